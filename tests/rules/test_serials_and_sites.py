"""What a work lacks depends on what it is: a paper after `In:` in a serial the shipped tables
know, or printed with a journal's `Year;Volume:Pages`, needs no publisher; a series of reports
named so needs no volume or pages (RL501). NLM's qualifier in brackets (`BMJ (Clinical research
ed)`) is the catalogue's wording, not the list's case (RL535); a site named with the body that
keeps it is a home page (RL520)."""

from __future__ import annotations

import pytest

_QUOTED = "Z. Yang and Q. V. Le. “Xlnet: Generalized autoregressive pretraining.” In: "


@pytest.mark.parametrize(
    "container",
    [
        "Advances in neural information processing systems. 2019, pp. 5753–5763.",
        "Advances in Neural Information Processing Systems 32. 2019, pp. 5753–5763.",
    ],
)
def test_a_paper_in_a_known_serial_needs_no_publisher(lint, container):
    assert lint("1. " + _QUOTED + container + "\n", select=["RL501"]) == []


def test_a_book_of_advances_still_needs_its_publisher(lint):
    found = lint("1. " + _QUOTED + "Advances in the history of rhetoric. 2019, pp. 5-7.\n")
    assert [d.code for d in found if d.code == "RL501"] == ["RL501"]


def test_a_meeting_printed_in_a_journal_volume_needs_no_publisher(lint):
    entry = (
        "1. Li YL, Potter T. Effect of light level on sage. In: Medicinal and Aromatic Plants "
        "Days. Acta Hortic. 1996;426:419–26.\n"
    )
    assert lint(entry, select=["RL501"]) == []
    # a chapter with its editors and no publisher still lacks it
    chapter = (
        "1. Li YL, Potter T. Effect of light level on sage. In: Craker LE, editor. Herbs and "
        "spices. 1996. p. 419–26.\n"
    )
    assert [d.code for d in lint(chapter, select=["RL501"])] == ["RL501"]


def test_a_report_series_needs_no_volume_or_pages(lint):
    entry = (
        "[1] NIST Big Data Public Working Group. Big data interoperability framework: volume 5, "
        "architectures white paper survey. NIST Special Publication, 2015.\n"
    )
    assert lint(entry, select=["RL501"]) == []
    # set out as a journal's issue, it has lost its pages
    issue = "1. Jol A, Fox B. Air quality in Europe. EEA Technical Reports. 2013;11.\n"
    assert [d.code for d in lint(issue, select=["RL501"])] == ["RL501"]


_JOURNALS = [
    "Journal of Ecology. 2001;1:1-2.",
    "Oecologia. 2002;2:3-4.",
    "Ecological Entomology. 2003;3:5-6.",
    "Biological Conservation. 2004;4:7-8.",
    "Insect Conservation and Diversity. 2005;5:9-10.",
]


def _list(last: str) -> str:
    entries = [*_JOURNALS, last]
    return "".join(f"{i}. Weber L. Title {i}. {j}\n" for i, j in enumerate(entries, 1))


def test_a_catalogue_qualifier_in_brackets_keeps_its_own_case(lint):
    assert lint(_list("BMJ (Clinical research ed). 2006;6:11-2."), select=["RL535"]) == []
    found = lint(_list("Journal of vegetation science. 2006;6:11-2."), select=["RL535"])
    assert [(d.code, d.entry) for d in found] == [("RL535", 6)]
    # lower case outside the brackets is still the name's own
    found = lint(_list("Journal of vegetation (Oxford). 2006;6:11-2."), select=["RL535"])
    assert [(d.code, d.entry) for d in found] == [("RL535", 6)]


def _vancouver(page: str) -> str:
    articles = [
        "Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.",
        "Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.",
        "Gao YC, Yao N. Reductive stability. J Am Chem Soc. 2023;145:23764-70.",
    ]
    return "".join(f"{i}. {e}\n" for i, e in enumerate([*articles, page], 1))


def test_a_site_named_with_the_body_that_keeps_it_is_a_home_page(lint):
    page = (
        "Department for Environment, Food and Rural Affairs. UK AIR Air Information Resource "
        "[Internet]. [cited 2025 Feb 19]. https://example.org/uk-air/report.pdf"
    )
    assert lint(_vancouver(page), select=["RL520"]) == []


@pytest.mark.parametrize(
    "page",
    [
        # a document's title in sentence case is no site's name
        "Department of Health. Guidance on air quality and health [Internet]. [cited 2025 Feb "
        "19]. https://example.org/doh/guidance",
        # a person is no body that keeps a site
        "Smith J. UK Air Information Resource [Internet]. [cited 2025 Feb 19]. "
        "https://example.org/uk-air",
    ],
)
def test_an_undated_document_is_still_flagged(lint, page):
    assert [(d.code, d.entry) for d in lint(_vancouver(page), select=["RL520"])] == [("RL520", 4)]


def test_a_volume_closing_the_entry_is_no_page(lint):
    article = (
        "References\n\n"
        "Lund, J., & Forster, R. R. (2020). Mapping snowmelt progression with radar. Frontiers "
        "in Earth Science, {}. https://doi.org/10.3389/feart.2019.00318\n"
        "Mahecha, M. D., & Gans, F. (2020). Earth system data cubes. Earth System Dynamics, "
        "11(1), 201–234. https://doi.org/10.5194/esd-11-201-2020\n"
    )
    found = lint(article.format("7"), select=["RL501"])
    assert [d.code for d in found] == ["RL501"] and "pages" in found[0].message
    assert lint(article.format("7, 318"), select=["RL501"]) == []
    assert lint(article.format("7(2), 12–19"), select=["RL501"]) == []


def test_a_known_serial_read_as_a_book_is_measured_with_the_journals(lint):
    paper = "In: Advances in neural information processing systems 32. 2019. p. 5753-63."
    found = lint(_list(paper), select=["RL535"])
    assert [(d.code, d.entry) for d in found] == [("RL535", 6)]
    # a book's title after `In` is no serial's name: its case is the book's
    book = "In: Advances in the history of rhetoric. 2019. p. 5753-63."
    assert lint(_list(book), select=["RL535"]) == []
