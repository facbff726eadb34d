"""RL501 on works set out with too little to find them by, in lists written here in several
styles: a report whose only "publisher" is its kind's name, a journal article closed by `(Year)`
without its volume or pages, a proceedings paper with one name in brackets and no pages; silent
where the work is whole, or set out in a style that gives what looks missing elsewhere."""

from __future__ import annotations

import pytest

SCIENCE = (
    "1. W. E. Johns, M. O. Baringer, Continuous estimates of ocean heat transport. "
    "J. Climate 24, 2429–2449 (2011).\n"
    "2. M. A. Srokosz, H. L. Bryden, Observing the overturning circulation. "
    "Science 348, 1255575 (2015).\n"
)


def _messages(lint, text: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for d in lint(text, select=["RL501"]):
        found.setdefault(d.entry, []).append(d.message)
    return found


def _last(lint, entry: str) -> list[str]:
    """RL501's messages on `entry`, set out as the third of a short Science list."""
    return _messages(lint, SCIENCE + f"3. {entry}\n").get(3, [])


# --- a report that names only its kind --------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "kind"),
    [  # Science, PNAS, and a Harvard list's bracketless form
        (
            "R. Smith, P. Jones, The parallel ocean program reference manual "
            "(Technical Report, 2010).",
            "Technical Report",
        ),
        (
            "E. Hunke, W. Lipscomb, The Los Alamos sea ice model "
            "(Technical Report LA-CC-06-012, 2008).",
            "Technical Report LA-CC-06-012",
        ),
        (
            "I. B. Nath, V. A. Ramey, “How much will global warming cool global growth?” "
            "(Working Paper 32761, 2024).",
            "Working Paper 32761",
        ),
    ],
)
def test_a_report_naming_only_its_kind_is_asked_who_issued_it(lint, entry, kind):
    (message,) = _last(lint, entry)
    assert message.startswith(f"`{kind}` names the kind of work but nobody who issued it")


@pytest.mark.parametrize(
    "entry",
    [
        "R. Smith, P. Jones, The parallel ocean program reference manual (Technical Report "
        "LAUR-10-01853, Los Alamos National Laboratory, 2010).",
        "I. B. Nath, V. A. Ramey, How much will global warming cool global growth? (National "
        "Bureau of Economic Research, Working Paper 32761, 2024).",
        # a body as author issues its own report: APA 7 names it once
        "World Health Organization, Global tuberculosis report (Technical Report, 2019).",
    ],
)
def test_a_report_with_its_body_is_left_alone(lint, entry):
    assert not any("nobody who issued it" in m for m in _last(lint, entry))


def test_an_apa_report_with_its_publisher_is_left_alone(lint):
    apa = (
        "1. Nath, I. B., & Ramey, V. A. (2024). How much will global warming cool global "
        "growth? (Working Paper No. 32761). National Bureau of Economic Research.\n"
        "2. Smith, R., & Jones, P. (2010). The parallel ocean program reference manual "
        "(Technical Report LAUR-10-01853). Los Alamos National Laboratory.\n"
    )
    assert not any("nobody who issued it" in m for ms in _messages(lint, apa).values() for m in ms)


# --- a journal article closed by its year without volume or pages -------------------------------


@pytest.mark.parametrize(
    ("entry", "missing"),
    [
        (
            "P. Goodwin, T. M. Lenton, Quantifying the feedback between ocean heating and CO2 "
            "solubility. Geophys. Res. Lett. 36 (2009).",
            "has no pages or article number",
        ),
        (
            "R. M. van Westen, H. A. Dijkstra, Persistent climate model biases in the "
            "freshwater transport. EGUsphere, 1–29 (2023).",
            "has no volume",
        ),
        (
            "C. Vogel, K. O’Brien, Vulnerability and global environmental change: Rhetoric and "
            "reality. Aviso (2004).",
            "has no volume or pages",
        ),
    ],
)
def test_a_journal_article_closed_by_its_year_alone_is_asked_for_what_it_lost(lint, entry, missing):
    (message,) = _last(lint, entry)
    assert message.startswith("journal article in `") and missing in message


@pytest.mark.parametrize(
    "entry",
    [  # whole articles, a book in Science's brackets, a thesis, a law review's Bluebook form
        "P. Goodwin, T. M. Lenton, Quantifying the feedback. Geophys. Res. Lett. 36, L15609 "
        "(2009).",
        "M. Margolis, Arduino Cookbook (O’Reilly Media, Massachusetts, 2011).",
        "H. Lee, Ocean heat uptake. Thesis, University of Washington (2011).",
        "J. A. Chiappinelli, The Right to a Clean and Safe Environment, 40 Buff. L. Rev. 567 "
        "(1992).",
        "S. Groblacher, O. Painter, “Highly efficient coupling to a silicon cavity,” Tech. Rep. "
        "18 (2013).",
        # a one-word name no table knows as a journal: a house, perhaps
        "A. Lee, Ocean models. Kluwerton (2004).",
    ],
)
def test_an_entry_that_is_no_article_short_of_numbers_is_left_alone(lint, entry):
    assert not any(m.startswith("journal article in `") for m in _last(lint, entry))


# --- a proceedings paper with one name in brackets ----------------------------------------------

PHYSICS = (
    "1. W.R.S. Silva e D.P. Souza, Rev. Pesqui. Qual. 7, 428 (2019).\n"
    "2. D.R. Shonnard e D.T. Allen, Environ. Sci. Technol. 37, 5453 (2003).\n"
)


@pytest.mark.parametrize(
    "entry",
    [
        "V.E. Bottom, em: Thirty Fifth Annual Frequency Control Symposium (Philadelphia, 2008).",
        "K. Qian e F. Zhai, em: Proceedings of the 3rd International Conference on Education "
        "(Singapura, 2019).",
        "A. Lee and B. Kim, in: Proceedings of the Fifth Workshop on Aerogels (Springfield, 2012).",
    ],
)
def test_a_proceedings_paper_with_one_name_and_no_pages_is_flagged(lint, entry):
    found = _messages(lint, PHYSICS + f"3. {entry}\n").get(3, [])
    (message,) = found
    assert message.startswith("proceedings paper has no pages, and `(")


@pytest.mark.parametrize(
    "entry",
    [  # AIP's whole form, a book in the same brackets, a paper with its pages
        "V.E. Bottom, in: Proceedings of the 35th Annual Frequency Control Symposium, edited by "
        "A. Ballato (IEEE, Philadelphia, 1981), p. 562.",
        "M. Margolis, Arduino Cookbook (Massachusetts, 2011).",
        "A. Lee and B. Kim, in: Proceedings of the Fifth Workshop on Aerogels (Springfield, "
        "2012), p. 12.",
    ],
)
def test_a_proceedings_paper_that_can_be_found_is_left_alone(lint, entry):
    found = _messages(lint, PHYSICS + f"3. {entry}\n").get(3, [])
    assert not any(m.startswith("proceedings paper has no pages, and") for m in found)


# --- a place read as the publisher --------------------------------------------------------------

VANCOUVER = (
    "1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.\n"
    "2. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.\n"
)


@pytest.mark.parametrize(
    "entry",
    [
        "Ministério da Saúde (BR). Manual para investigação do óbito. Brasília, DF; 2009 [cited "
        "2021 May 5]. Available from: https://bvsms.saude.gov.br/bvs/manual.pdf",
        "Lee A. Handbook of care. 2nd ed. Boston, MA; 2010.",
        "Perkin-Elmer. Plasma 400: users manual. Hamburg, Germany; 1996.",
        "Lee A. Handbook of care. 2nd ed. Leiden, The Netherlands; 2010.",
    ],
)
def test_a_city_and_its_state_read_as_the_publisher_is_flagged(lint, entry):
    (message,) = _messages(lint, VANCOUVER + f"3. {entry}\n")[3]
    assert message.startswith("the place `") and "stands where the publisher should" in message


@pytest.mark.parametrize(
    "entry",
    [
        "Lee A. Handbook of care. 2nd ed. Boston, MA: Little, Brown; 2010.",
        "Lee A. Handbook of care. 2nd ed. Springer, NY; 2010.",
        "Lee A. Handbook of care. 2nd ed. Boston: Little, Brown; 2010.",
        "Lee A. Handbook of care. 2nd ed. Hamburg, Germany: Springer; 2010.",
        "Lee A. Handbook of care. 2nd ed. Springer, Germany; 2010.",
        # a country in a work found online: the place may stand for the body that issued it
        "R Core Team. R: a language for computing. Vienna, Austria; 2016. Available at: "
        "www.r-project.example/",
    ],
)
def test_a_publisher_after_its_place_or_with_its_own_is_left_alone(lint, entry):
    found = _messages(lint, VANCOUVER + f"3. {entry}\n").get(3, [])
    assert not any("stands where the publisher should" in m for m in found)


def test_a_vancouver_tail_without_its_volume_is_flagged_though_its_pages_look_like_years(lint):
    text = VANCOUVER + (
        "3. Ebi KL, Kovats RS. An approach for assessing vulnerability. Environ Health Perspect "
        "2006; 1930–1934.\n"
        "4. Ebi KL, Lewis ND. Climate variability and change. Environ Health Perspect 2006; "
        "114: 1957–1963.\n"
        "5. Lee A. Health in the Pacific 1930–1934. Ministry of Health; 1936.\n"
    )
    found = _messages(lint, text)
    assert list(found) == [3]
    assert found[3] == [
        "journal article in `Environ Health Perspect` has no volume (`2006; 1930–1934`); a "
        "journal article needs journal, year, volume, and pages or an article number"
    ]


# --- a GOST book whose publication area is its year alone --------------------------------------

GOST = (
    "Список литературы\n"
    "1. Компанеец, А.С. Может ли окончиться физическая наука / А.С. Компанеец. – Москва : "
    "Знание, 1967. – 46 с.\n"
    "2. Горобец, Б.С. Круг Ландау / Б.С. Горобец. – Москва : Изд-во ЛКИ, 2008. – 928 с.\n"
)


@pytest.mark.parametrize(
    "entry",
    [
        "Талеб, Н.Н. Incerto / Н.Н. Талеб. – 2001.",
        "Капаноглу, С. Кодер с улицы / С. Капаноглу. – 2023. – 320 с.",
    ],
)
def test_a_gost_book_with_its_year_alone_lacks_place_and_publisher(lint, entry):
    found = _messages(lint, GOST + f"3. {entry}\n").get(3, [])
    assert any("`– Place : Publisher, Year`" in m for m in found)


@pytest.mark.parametrize(
    "entry",
    [  # its place and publisher; an article in a journal (`//`), which has no publisher
        "Талеб, Н.Н. Incerto / Н.Н. Талеб. – Москва : КоЛибри, 2001. – 320 с.",
        "Липкин, А.И. Физика / А.И. Липкин // Вопросы философии. – 2001. – № 5. – С. 1–9.",
    ],
)
def test_a_gost_work_with_its_imprint_or_in_a_journal_passes(lint, entry):
    found = _messages(lint, GOST + f"3. {entry}\n").get(3, [])
    assert not any("GOST" in m for m in found)


# --- names and a title alone, no year -----------------------------------------------------------


def test_a_work_given_by_its_author_and_title_alone_lacks_its_source(lint):
    found = _last(lint, "A. Hyde, An Initial Scholarly AI Taxonomy.")
    assert any("no journal, publisher or address" in m for m in found)


@pytest.mark.parametrize(
    "entry",
    [  # a state, no title; a journal's volume and pages after a comma
        "A. Larrouy, S. Patsch et al., in preparation.",
        "A. Hyde, An Initial Scholarly AI Taxonomy. Nature 12, 1–9.",
    ],
)
def test_a_state_or_a_work_with_its_source_is_not_asked(lint, entry):
    assert not any("no journal, publisher or address" in m for m in _last(lint, entry))
