"""RL846-RL849: a reference manager's field left in, a comma's spaces, a mark after a sign that
needs none and an address broken by a space, on entries written here in several styles, with the
correct entries near them that must pass."""

from __future__ import annotations

import pytest


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


def author_date(entries: list[str]) -> str:
    return "References\n" + "".join(f"{e}\n" for e in entries)


def codes(lint, text: str, code: str):
    return [f for f in lint(text, select=[code]) if f.code == code]


# --- RL846 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "label"),
    [
        (
            "Moss, A. (2020). Ads and masks [Publisher: SAGE Publications Inc]. Political "
            "Communication, 37(4), 1-20. https://doi.org/10.1080/10584609.2020.1723755",
            "Publisher",
        ),
        (
            "Reed, T. (2019). Voting at home [Place: Chicago]. University of Chicago Press.",
            "Place",
        ),
        (
            "Lee K, Park S. Fermented millet [Library Catalog: PubMed]. Food Chem. "
            "2020;310:125-33.",
            "Library Catalog",
        ),
    ],
)
def test_a_field_with_its_label(lint, entry, label):
    (finding,) = codes(lint, author_date([entry]), "RL846")
    assert f"`{label}` field left in" in finding.message
    assert [e.text for e in finding.edits] == [""]


def test_a_report_type_with_no_number(lint):
    entry = (
        "Wallace, J., & Schwartz, J. L. (2022). Excess death rates during the pandemic "
        "(tech. rep.). National Bureau of Economic Research."
    )
    (finding,) = codes(lint, author_date([entry]), "RL846")
    assert "(`(tech. rep.)`)" in finding.message


@pytest.mark.parametrize(
    "entry",
    [
        # a medium, an access note and a report's number are a style's own
        "Smith J. Pandemic guidance [Internet]. Geneva: WHO; 2020 [cited 2021 May 3].",
        "Roe, P. (2021). Embedding regression (Working Paper No. 29637). National Bureau of "
        "Economic Research.",
        "J. Doe, Turbulence closures, Tech. Rep. 4512, NASA, Washington, DC, 2003.",
    ],
)
def test_a_style_s_own_notes_pass(lint, entry):
    assert codes(lint, author_date([entry]), "RL846") == []


# --- RL847 ----------------------------------------------------------------------------------------

ABNT = [
    "BRETÓN, A. Antología del humor negro. Barcelona: Anagrama, 2005.",
    "DIÓN DE PRUSA. Discursos I - XI. Madrid: Gredos, 1988.",
    "ONFRAY, M. Cinismos. Buenos Aires: Paidós, 2004.",
    "SENECA. Epístolas morales a Lucilio I. Madrid: Gredos, 1986.",
    "MARTÍN GARCÍA, J. A. Los filósofos cínicos. Madrid: Akal, 2008.",
]


def test_a_space_before_the_publisher_s_comma(lint):
    odd = "EPICTETO. Disertaciones por Arriano. Madrid: Gredos , 1993."
    (finding,) = codes(lint, author_date([*ABNT, odd]), "RL847")
    assert "(`Gredos ,`); expected `Gredos,`" in finding.message
    assert [e.text for e in finding.edits] == [""]


def test_a_space_before_a_period_outside_the_title(lint):
    odd = "Kim H, Cho Y. Rice bran oil. Seoul: Hanul Press . 2001."
    (finding,) = codes(lint, numbered([odd]), "RL847")
    assert "a space before the period (`Press .`)" in finding.message


def test_a_comma_run_into_the_year_or_the_next_word(lint):
    odd = "BRASIL. Constituição da República Federativa do Brasil. Brasília: Senado,1988."
    (finding,) = codes(lint, author_date([*ABNT, odd]), "RL847")
    assert "(`Senado,1988`); expected `Senado, 1988`" in finding.message
    odd = "Doe J. Soil physics. London,Academic Press; 1998."
    (finding,) = codes(lint, numbered([odd]), "RL847")
    assert "`London,Academic`" in finding.message


@pytest.mark.parametrize(
    "entry",
    [
        "Shirakawa H, Louis EJ. Synthesis of polyacetylene. J Chem Soc Chem Commun 16 , 578 "
        "(1977).",  # a space after a volume printed bold: the volume's, not a word's
        "Doe J. Ca,Mg ratios and N,N-dimethyl amides. Soil Sci. 2001;4:1-9.",
        "Doe J. Data. 2020. https://example.org/a ,b/x.html",
        "Doe J. Tools and more ... Chicago: Press; 2019.",  # an ellipsis
        "Doe J. Cells die in vitro . Cells. 2022;11:3692.",  # a title's: RL591's
    ],
)
def test_close_entries_pass(lint, entry):
    assert codes(lint, numbered([entry]), "RL847") == []


def test_a_list_that_spaces_its_commas_is_left_alone(lint):
    spaced = [e.replace(",", " ,", 1) if ":" in e else e for e in ABNT]
    assert codes(lint, author_date(spaced), "RL847") == []


# --- RL848 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        (
            "Li, X. (2019). Which way forward?: Navigating China's growth. World Bank.",
            "a colon after the `?`",
        ),
        (
            "Karnieli-Miller O, Werner P. Are you talking to me!: An exploration. Patient Educ "
            "Couns. 2012;88(3):381-90.",
            "a colon after the `!`",
        ),
        (
            "Rio Riande, G. (2018). Dónde está lo abierto en las Humanidades Digitales?. Actas "
            "del III Congreso.",
            "a period after the `?`",
        ),
        ("BRASIL. Lei nº. 13.104, de 9 de março de 2015. Brasília, 2015.", "`nº.`"),
        (
            "SILVA, A. Texto. Disponível em: https://example.org/a. Acesso em: 10 maio. 2022.",
            "a month written in full (`maio.`)",
        ),
        ("Doe, J. (2020). Report. Retrieved 3 June. 2020, from Agency.", "`June.`"),
        ("PÉREZ, J. Notas. El País, Madrid, 2 de junio. de 2021.", "`junio.`"),
    ],
)
def test_a_mark_after_a_sign(lint, entry, said):
    (finding,) = codes(lint, author_date([entry]), "RL848")
    assert said in finding.message
    assert [e.text for e in finding.edits] == [""]


@pytest.mark.parametrize(
    "entry",
    [
        "Li, X. (2019). Which way forward? Navigating China's growth. World Bank.",
        "Doe J. Where are we now?, Asia Pac J Ophthalmol 9 (2020): 308-314.",
        "BRASIL. Lei nº 13.104, de 9 de março de 2015. Brasília, 2015.",
        "Doe, J. (2020). Report. Retrieved Sept. 3, 2020, from Agency.",
        "SILVA, A. Texto. Acesso em: 10 maio 2022.",
        "Doe J. Life on Mars. 2020. https://example.org/search?q=a?:b 2020",
    ],
)
def test_signs_with_no_mark_after_pass(lint, entry):
    assert codes(lint, author_date([entry]), "RL848") == []


# --- RL849 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "shown"),
    [
        (
            "NBS. Report on migrant workers. Available at: https://www.gov.cn/gzdt/2013-05/27/"
            "content 2411923.htm. Last access: Jan. 14, 2024.",
            "`content 2411923.htm`",
        ),
        (
            "WHO. Guidance. Geneva; 2020. Available from: http://www.who.int/docs/report final.pdf",
            "`report final.pdf`",
        ),
        (
            "Doe, J. (2021). Notes. https://example.org/files/t20230203 1900299.html#1",
            "`t20230203 1900299.html#1`",
        ),
        (
            "MELIN, L. E. Rising debt and falling assets in China’s key markets. 2023. Available "
            "at: https://www.academia.edu/106020121/Rising Debt and Falling Assets in Chinas Key "
            "Markets. Last access: Jan. 23, 2024.",
            "`Rising Debt and Falling Assets in Chinas Key Markets`",
        ),
        (  # the host cut before its top-level domain
            "Quidu, M. (2014). L'articulation des données. Intellectica, 62(2), 7-34. "
            "https://doi. org/10.3406/intel.2014.1031.",
            "`https://doi. org/10.3406/intel.2014.1031`",
        ),
        (  # the host cut after its first label
            "Quidu, M. (2014). L'articulation des données. Intellectica, 62(2), 7-34. "
            "http://dx. doi.org/10.3406/intel.2014.1031.",
            "`http://dx. doi.org/10.3406/intel.2014.1031`",
        ),
    ],
)
def test_an_address_broken_by_a_space(lint, entry, shown):
    (finding,) = codes(lint, author_date([entry]), "RL849")
    assert shown in finding.message


@pytest.mark.parametrize(
    "entry",
    [
        "NBS. Report. Available at: https://www.gov.cn/xinwen/2014-05/12/content_2677889.htm. "
        "Last access: Jan. 14, 2024.",
        # an address ending on a slash or a mark, then a word that is not a file's name
        "Doe J. Data. https://example.org/ index.html was moved.",
        "Doe J. Data. Available from: https://example.org/data, report.pdf (2019).",
        "Doe J. Data. Available from: https://example.org/data accessed 2019.",
        # words after an address that are not the title's
        "Doe J. Rising debt in China. 2023. Available at: https://example.org/report Geneva "
        "World Health Organization. Last access: Jan. 23, 2024.",
        # a host with its domain, then a sentence
        "Doe J. Data. https://doi.org/10.3406/intel.2014.1031. org/ is a domain.",
    ],
)
def test_whole_addresses_pass(lint, entry):
    assert codes(lint, author_date([entry]), "RL849") == []
