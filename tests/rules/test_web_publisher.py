"""RL523 (a web document in Citing Medicine's form with no place or publisher) and RL501's place
with no publisher (`Brasília, DF: 2017`), on lists written here in the styles where they must
speak and in those where they must keep quiet."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2024, 8, 1)

# a Vancouver list that sets out `Place: Publisher; Year`, and one (the same journals) that does not
VANCOUVER = """\
1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
2. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.
3. Anderberg MR. Cluster analysis for applications. New York: Academic Press; 1973.
4. Ministério da Saúde (BR). Manual AIDPI Criança [Internet]. Brasília, DF: SVS; 2017 [cited 2020 Mar 23]. Available from: https://bvsms.saude.gov.br/aidpi.pdf
"""
JOURNALS_ONLY = """\
1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
2. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.
3. Gao YC, Yao N. Reductive stability. J Am Chem Soc. 2023;145:23764-70.
4. Lombardo T, Duquesnoy M. Battery research. Chem Rev. 2022;122:10899-969.
"""


def numbered(head: str, *entries: str) -> str:
    """`head` (four entries) followed by `entries`, numbered on from 5 in the head's form."""
    bracket = head.startswith("[")
    lines = [f"[{n}] {e}" if bracket else f"{n}. {e}" for n, e in enumerate(entries, 5)]
    return head + "".join(line + "\n" for line in lines)


def found(lint, text: str, code: str) -> list[int]:
    return [d.entry for d in lint(text, select=[code], today=TODAY)]


# --- RL523 ----------------------------------------------------------------------------------------

BARE = [
    "World Health Organization. Protecting, promoting and supporting breastfeeding [Internet]. "
    "2017 [cited 2020 Mar 25]. Available from: https://apps.who.int/iris/handle/10665/259386",
    # no space before the access note, as pasted
    "Alive & Thrive. The economic costs of not breastfeeding in Brazil [Internet]. 2020[cited "
    "2020 Oct 20]. Available from: https://aliveandthrive.org/country-stat/brazil/",
    # Portuguese access note, a year in the title
    "Brasil. Ministério da Saúde. VIGITEL Brasil 2013 [Internet]. 2014. 120 p. [citado em 2019 "
    "maio 21]. Disponível em: http://bvsms.saude.gov.br/bvs/publicacoes/vigitel_brasil_2013.pdf",
    # `[online]`, a copyright year
    "Cancer Research UK. Cancer statistics for the UK [online]. c2019 [cited 2021 Feb 1]. "
    "Available from: https://www.cancerresearchuk.org/statistics",
    # a document dated to the day, its medium straight after its title: no newspaper
    "World Health Organization. Statement on pesticides [Internet]. 2008 May 14 [cited 2017 "
    "Aug 8]. Available from: https://www.who.int/news/statement",
]


@pytest.mark.parametrize("entry", BARE)
def test_a_web_document_with_its_year_straight_after_the_medium(lint, entry):
    assert found(lint, numbered(VANCOUVER, entry), "RL523") == [5]


def test_the_message_says_what_to_write(lint):
    (finding,) = lint(numbered(VANCOUVER, BARE[0]), select=["RL523"], today=TODAY)
    assert "no place or publisher" in finding.message
    assert "Place: Publisher; Year" in finding.message
    assert str(finding.severity) == "warning"


COMPLETE = [
    # Citing Medicine's whole form
    "World Health Organization. Protecting breastfeeding [Internet]. Geneva: World Health "
    "Organization; 2017 [cited 2020 Mar 25]. Available from: https://apps.who.int/iris/259386",
    # a journal article on the Internet: its journal, and the volume after the access note
    "Pinheiro JGA, Rodrigues NS. Mother and nursing academic. Rev Enferm UFPE [Internet]. "
    "2019[cited 2020 Feb 10];13(5):1520-9. Available from: https://pesquisa.bvsalud.org/x",
    # a journal article whose journal the grammar may not know, volume straight after the year
    "Sousa AB. Cuidado de enfermagem. Rev Baiana Enferm [Internet]. 2017 [citado 2020 dez 23];"
    "31(2):e17398. Disponível em: https://periodicos.ufba.br/x",
    # a homepage dated by update in the note: place and publisher given
    "American Cancer Society [Internet]. Atlanta: ACS; c2020 [updated 2020 Jan 8; cited 2021 "
    "Feb 1]. Available from: https://www.cancer.org",
    # a journal article whose date gives its month, the stop lost before `Available`
    "Mensah KA, Osei B. Lead in cassava flour. J Food Saf Res [Internet]. 2015 Mar [cited 2019 "
    "Jun 2];4(2) Available from: 10.1234/jfsr.2015.42",
    # two volumes bound as one, after the month
    "Lind P. Residues in honey. J Chromatogr A [Internet]. 2016 Apr [cited 2017 Jul 31];"
    "1017–18:211–20. Available from: http://www.example.org/lind",
    # a newspaper's article: the medium after the paper's name, the date to the day
    "Okeke C. Pesticides banned after deaths. Daily Courier [Internet]. 2008 May 14 [cited 2017 "
    "Aug 8]. Available from: https://www.example.org/news/pesticides-banned",
    # no medium at all: other styles' web pages are not this rule's
    "World Health Organization. Protecting breastfeeding. 2017. Available from: "
    "https://apps.who.int/iris/handle/10665/259386",
]


@pytest.mark.parametrize("entry", COMPLETE)
def test_whole_web_documents_and_journal_articles_pass(lint, entry):
    assert found(lint, numbered(VANCOUVER, entry), "RL523") == []


def test_a_list_that_never_sets_out_place_and_publisher_is_left_alone(lint):
    assert found(lint, numbered(JOURNALS_ONLY, BARE[0], BARE[1]), "RL523") == []


@pytest.mark.parametrize(
    "text",
    [
        # APA 7: the site after the title, no medium
        "1. World Health Organization. (2017). Protecting breastfeeding. "
        "https://apps.who.int/iris/handle/10665/259386\n"
        "2. Anderberg, M. R. (1973). Cluster analysis for applications. New York: Academic Press.\n",
        # ABNT: `Disponível em:` and `Acesso em:`, no medium
        "1. BRASIL. Ministério da Saúde. Caderneta de saúde da criança. Brasília, DF: Ministério "
        "da Saúde, 2018. Disponível em: https://bvsms.saude.gov.br/x.pdf. Acesso em: 22 jan. 2021.\n"
        "2. ALIVE & THRIVE. The economic costs of not breastfeeding. 2020. Disponível em: "
        "https://aliveandthrive.org/x. Acesso em: 20 out. 2020.\n",
        # Harvard: `[Online]` then `Available at:`, the year after the names
        "1. World Health Organization (2017) Protecting breastfeeding [Online]. Geneva: WHO. "
        "Available at: https://apps.who.int/iris/259386 (Accessed: 25 March 2020).\n"
        "2. Anderberg, M.R. (1973) Cluster analysis for applications. New York: Academic Press.\n",
        # IEEE: `[Online]. Available:` after the year
        "[1] World Health Organization, \u201cProtecting breastfeeding,\u201d Geneva, 2017. "
        "[Online]. Available: https://apps.who.int/iris/259386\n"
        "[2] M. R. Anderberg, Cluster Analysis for Applications. New York: Academic Press, 1973.\n",
    ],
)
def test_other_styles_web_pages_are_not_this_rules(lint, text):
    assert found(lint, text, "RL523") == []


# --- RL501: the place, then the year, with no publisher --------------------------------------------

PLACE_THEN_YEAR = [
    "Ministério da Saúde (BR). Caderneta de Saúde da Criança [Internet]. Brasília, DF: 2018[cited "
    "2021 Jan 22]. Available from: https://bvsms.saude.gov.br/caderneta.pdf",
    "World Health Organization. Global tuberculosis report [Internet]. Geneva: 2019 [cited 2020 "
    "Jan 2]. Available from: https://www.who.int/tb/report",
]


@pytest.mark.parametrize("entry", PLACE_THEN_YEAR)
def test_a_place_with_its_year_and_no_publisher(lint, entry):
    findings = [
        d for d in lint(numbered(VANCOUVER, entry), select=["RL501"], today=TODAY) if d.entry == 5
    ]
    assert len(findings) == 1
    assert "no publisher between them" in findings[0].message


@pytest.mark.parametrize(
    "entry",
    [
        "Feller W. An introduction to probability theory. New York: Wiley; 1968.",
        "World Health Organization. Health in Europe: 2019 update [Internet]. Geneva: WHO; 2019 "
        "[cited 2020 Jan 2]. Available from: https://www.who.int/europe",
        "Smith J. Nutrition report: 2019. Lancet. 2020;395:1-9.",
        "BRASIL. Ministério da Saúde. Guia alimentar. Brasília, DF: Ministério da Saúde, 2014.",
    ],
)
def test_a_place_with_its_publisher_passes(lint, entry):
    messages = [
        d.message
        for d in lint(numbered(VANCOUVER, entry), select=["RL501"], today=TODAY)
        if d.entry == 5
    ]
    assert not [m for m in messages if "no publisher between them" in m]


# --- RL501: read online, but no address, journal or publisher ---------------------------------------

F1000 = """\
1. Mechoulam R: Structure of the plant cannabinoids. J Org Chem. 1965; 30: 1-8.
2. Devinsky O: Cannabidiol in patients with epilepsy. Lancet Neurol. 2016; 15: 270-8.
3. Bonn-Miller MO: Labeling accuracy of cannabidiol extracts. JAMA. 2017; 318: 1708-9.
4. Grotenhermen F: Pharmacokinetics of cannabinoids. Clin Pharmacokinet. 2003; 42: 327-60.
"""


@pytest.mark.parametrize(
    ("head", "entry"),
    [
        (
            F1000,
            "Sarill M: Researching safety and efficacy of CBD, hemp extracts. accessed on "
            "2019-03-29, 2018.",
        ),
        (VANCOUVER, "Smith J. Hemp extracts and their safety [cited 2019 Mar 29]. 2018."),
    ],
)
def test_read_online_with_no_address(lint, head, entry):
    findings = [
        d for d in lint(numbered(head, entry), select=["RL501"], today=TODAY) if d.entry == 5
    ]
    assert len(findings) == 1
    assert "read online but gives no address" in findings[0].message


@pytest.mark.parametrize(
    ("head", "entry"),
    [
        (
            F1000,
            "Sarill M: Researching safety of CBD. Natural Products Insider. 2018; accessed on "
            "2019-03-29. https://www.naturalproductsinsider.com/cbd",
        ),
        # ABNT's address in angle brackets
        (
            VANCOUVER,
            "Brazil. Ministério da Saúde. SI-PNI. c2023. Disponível em: "
            "<http://tabnet.datasus.gov.br/cgi/dhdat.exe?bd_pni/cpnibr.def>. Acesso em: 6 jun. 2023.",
        ),
        # a journal article with its access note
        (
            VANCOUVER,
            "Sousa AB. Cuidado de enfermagem. Rev Baiana Enferm [Internet]. 2017 "
            "[cited 2020 Dec 23];31(2):e17398.",
        ),
    ],
)
def test_read_online_with_an_address_or_a_journal_passes(lint, head, entry):
    messages = [
        d.message
        for d in lint(numbered(head, entry), select=["RL501"], today=TODAY)
        if d.entry == 5
    ]
    assert not [m for m in messages if "read online" in m]


# --- RL501: a report that names no body ---------------------------------------------------------------

IOP = """\
[1] Zhao Q, Qian Z and Liu X 2016 Influences of scandium on alloys J. Alloys Compd. 666 50–7
[2] Cho T T and Wu Y 2015 Melt filtration of aluminium Light Met. 12 100–9
[3] Li H and Wang J 2018 Grain refinement of aluminium melts Mater. Sci. Eng. A 712 1–9
[4] Kim S and Park J 2019 Casting defects in aluminium alloys Metall. Mater. Trans. B 50 10–21
"""


@pytest.mark.parametrize(
    ("head", "entry"),
    [
        (
            IOP,
            "Bell S, Davis B and Javaid A 2003 Final Report on Refining Technologies of "
            "Aluminum (https://doi.org/10.13140/RG.2.2.27655.39847)",
        ),
        (
            VANCOUVER,
            "Hulme M, Jenkins G. Climate change scenarios: technical report. 1998. "
            "doi:10.5281/zenodo.1234567",
        ),
    ],
)
def test_a_report_that_names_no_body(lint, head, entry):
    findings = [
        d for d in lint(numbered(head, entry), select=["RL501"], today=TODAY) if d.entry == 5
    ]
    assert [f.message[:35] for f in findings] == ["report names no body that issued or"]


@pytest.mark.parametrize(
    ("head", "entry"),
    [
        (
            IOP,
            "Bell S and Davis B 2003 Final Report on Refining Technologies of Aluminum "
            "(Ottawa: CANMET) (https://doi.org/10.13140/RG.2.2.27655.39847)",
        ),
        (
            VANCOUVER,
            "Hulme M, Jenkins G. Climate change scenarios: technical report. Norwich: "
            "Climatic Research Unit; 1998.",
        ),
        # a journal's report on a case
        (VANCOUVER, "Lee K. Pitting corrosion: a case report. J Clin Med. 2019;8:120-5."),
        # APA 7: a body as author publishes its own report, named once
        (
            VANCOUVER,
            "World Bank. (2019). World development report 2019: The changing nature of work. "
            "https://doi.org/10.1596/978-1-4648-1328-3",
        ),
        # APA: the body as author, the site after the title
        (
            VANCOUVER,
            "World Wildlife Fund. (2016). Living planet report 2016. WWF International. "
            "https://www.worldwildlife.org/lpr",
        ),
    ],
)
def test_a_report_with_its_body_or_a_journal_passes(lint, head, entry):
    messages = [
        d.message
        for d in lint(numbered(head, entry), select=["RL501"], today=TODAY)
        if d.entry == 5
    ]
    assert not [m for m in messages if m.startswith("report names no body")]
