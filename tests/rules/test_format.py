"""Format rules (RL501, RL502): required fields by entry type, reversed page ranges."""

from __future__ import annotations

import pytest
from refslint_rules import format as format_rules

from refslint.api import Kind, Span
from tests.rules.refbuild import TODAY, date, messages, pages, ref, run

ARTICLE_NEEDS = "a journal article needs journal, year, volume, and pages or an article number"


def article(text: str, **fields):
    built = {"kind": Kind.ARTICLE, **fields}
    if "year" in built:
        built["date"] = date(text, built.pop("year"), year=fields["year"])
    if isinstance(built.get("pages"), str):
        built["pages"] = pages(text, built["pages"])
    return ref(text, **built)


# RL501 missing-required-field


def test_article_without_volume():
    text = "51. Zhao X, Liu Y. Peroxide by oxygen reduction. J Am Chem Soc 2021:9423-8."
    reference = article(text, container="J Am Chem Soc", year="2021", pages="9423-8")
    (found,) = run(format_rules.missing_required_field, reference)
    assert found.message == f"journal article has no volume; {ARTICLE_NEEDS}"
    assert found.span == Span(text.index("J Am"), len(text) - 1)


def test_every_missing_field_is_named():
    text = "1. Zhao X. Peroxide by oxygen reduction. Epub."
    assert messages(format_rules.missing_required_field, article(text)) == [
        "journal article has no journal, no year, no volume and no pages or article number; "
        + ARTICLE_NEEDS
    ]


def test_complete_articles_and_article_numbers_pass():
    text = "2. Jiang Z. Particle detachment. Nat Commun 2020;11:2310."
    complete = article(
        text, container="Nat Commun", year="2020", volume="11", article_number="2310"
    )
    assert run(format_rules.missing_required_field, complete) == []


def test_issue_only_journals_and_articles_not_yet_in_an_issue_pass():
    text = "1. Smith J. Title. Clin Trials 2021;(3):12-5."
    issue_only = article(text, container="Clin Trials", year="2021", issue="3", pages="12-5")
    assert run(format_rules.missing_required_field, issue_only) == []
    text = "1. Smith J. Title. Clin Trials 2021. Epub ahead of print."
    ahead = article(text, title="Title", container="Clin Trials", year="2021")
    assert run(format_rules.missing_required_field, ahead) == []
    text = "1. Smith J. Freedom in press coverage. Clin Trials 2021."
    titled = article(text, title="Freedom in press coverage", container="Clin Trials", year="2021")
    assert len(run(format_rules.missing_required_field, titled)) == 1  # the title says "in press"


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (
            Kind.BOOK,
            "book has no publisher; a book needs its publisher (and the place of publication)",
        ),
        (
            Kind.CHAPTER,
            "book chapter has no publisher; "
            "a book chapter needs the book's publisher (and the place of publication)",
        ),
        (
            Kind.WEBPAGE,
            "web page has no URL; "
            "a web page needs the address it was read at ('Available from: https://...')",
        ),
    ],
)
def test_books_chapters_and_web_pages(kind, message):
    text = "1. Smith J. A title. 2020."
    assert messages(format_rules.missing_required_field, ref(text, kind=kind)) == [message]


def test_types_that_have_their_field_or_are_not_checked_pass():
    text = "1. Smith J. A book. London: Springer; 2020. Available from: https://example.org"
    assert (
        run(format_rules.missing_required_field, ref(text, kind=Kind.BOOK, publisher="Springer"))
        == []
    )
    web = ref(text, kind=Kind.WEBPAGE, urls=["https://example.org"])
    assert run(format_rules.missing_required_field, web) == []
    for kind in (Kind.PREPRINT, Kind.CONFERENCE, Kind.UNKNOWN):
        assert run(format_rules.missing_required_field, ref("1. Smith J. Title.", kind=kind)) == []


def test_corpus_entry_51_through_the_engine(lint):
    text = (
        "50. Li Y, Wu Y, Han Y, et al. Local environment interaction-based machine learning "
        "framework for predicting molecular adsorption energy. J Mater Inf 2024;4:4.\n"
        "51. Zhao X, Liu Y. Origin of selective production of hydrogen peroxide by electrochemical "
        "oxygen reduction. J Am Chem Soc 2021:9423-8.\n"
    )
    found = lint(text, today=TODAY, select=["RL501"])
    assert [(d.code, d.entry, d.message) for d in found] == [
        ("RL501", 51, f"journal article has no volume; {ARTICLE_NEEDS}")
    ]


def test_chapter_without_publisher_through_the_engine(lint):
    text = "1. Smith J. Chapter. In: Doe J, editor. Big Book. 2020. p. 1-10.\n"
    assert [d.code for d in lint(text, today=TODAY, select=["RL501"])] == ["RL501"]
    published = (
        "1. Smith J. Chapter. In: Doe J, editor. Big Book. London: Springer; 2020. p. 1-10.\n"
    )
    assert lint(published, today=TODAY, select=["RL501"]) == []


# RL502 page-range-reversed


@pytest.mark.parametrize(
    ("printed", "last", "message"),
    [
        (
            "1450-1436",
            None,
            "page range 1450-1436 runs backwards; expected the last page after the first (1450)",
        ),
        (
            "1450-36",
            None,
            "page range 1450-1436 runs backwards (printed '1450-36'); "
            "expected the last page after the first (1450)",
        ),
        (
            "1450-36",
            "1436",
            "page range 1450-1436 runs backwards (printed '1450-36'); "
            "expected the last page after the first (1450)",
        ),
        (
            "L212-198",
            None,
            "page range L212-L198 runs backwards (printed 'L212-198'); "
            "expected the last page after the first (L212)",
        ),
    ],
)
def test_reversed_page_ranges(printed, last, message):
    text = f"1. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:{printed}."
    reference = ref(text, kind=Kind.ARTICLE, pages=pages(text, printed, last=last))
    (found,) = run(format_rules.page_range_reversed, reference)
    assert found.message == message
    assert found.span == reference.pages.span


@pytest.mark.parametrize(
    "printed",
    [
        "1201-15",
        "99-101",
        "1153-73",
        "e12-e15",
        "S1-S4",
        "xii-xiv",
        "XII-XIV",
        "ix-xii",
        "xiv-12",
        "S12-e3",
        "1450-1450",
        "7",
    ],
)
def test_ranges_in_order_and_single_pages(printed):
    text = f"1. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:{printed}."
    reference = ref(text, kind=Kind.ARTICLE, pages=pages(text, printed))
    assert run(format_rules.page_range_reversed, reference) == []


def test_reversed_roman_range_is_compared_by_value(lint):
    text = (
        "1. Shapeev AV. Moment tensor potentials. In: Doe J, editor. Potentials. London: Wiley;"
        " 2016. p. xxi-xii.\n"
    )
    (found,) = lint(text, today=TODAY, select=["RL502"])
    assert found.message == (
        "page range xxi-xii runs backwards (21 to 12 in Roman numerals); "
        "expected the last page after the first"
    )
    assert text[found.column - 1 : found.end_column - 1] == "xxi-xii"


def test_reversed_range_through_the_engine(lint):
    text = "1. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1173-53.\n"
    found = lint(text, today=TODAY, select=["RL502"])
    assert [(d.code, text[d.column - 1 : d.end_column - 1]) for d in found] == [
        ("RL502", "1173-53")
    ]
    assert lint(text.replace("1173-53", "1153-73"), today=TODAY, select=["RL502"]) == []
    letters = "1. Smith J. Solar flares. Astrophys J Lett 2016;14:L212-198.\n"
    assert [d.code for d in lint(letters, today=TODAY, select=["RL502"])] == ["RL502"]
