"""A number right after a page label (`pp.`, `p.`) is a page, never a year: IEEE's
`vol. 55, no. 4, pp. 1572–1582, 2012.` has its year last, and first pages from 1000 to 2199 used to
be read as a range of years (then called implausibly early)."""

import pytest

from tests.grammar.reading import parse

IEEE = (
    "A. B. Writer and C. Author, “A synthesis of new derivatives,” Journal of Organic Things, "
    "vol. 55, no. 4, pp. {pages}, 2012."
)


@pytest.mark.parametrize("pages", ["1572–1582", "1107-1115", "2019–2024", "1377–1390"])
def test_ieee_first_page_is_not_a_year_and_the_year_comes_last(pages):
    ref = parse(IEEE.format(pages=pages))
    assert [d.year for d in ref.dates] == [2012]
    assert ref.pages is not None and ref.pages.text == pages


def test_ieee_pages_outside_the_year_range_still_read_the_same():
    ref = parse(IEEE.format(pages="41–56"))
    assert [d.year for d in ref.dates] == [2012]


def test_no_implausible_year_is_reported_for_the_ieee_first_page(lint):
    text = "".join(
        f"{n}. " + IEEE.format(pages=p) + "\n"
        for n, p in enumerate(["1572–1582", "1107–1115", "41–56"], 1)
    )
    assert [d for d in lint(text) if d.code in {"RL201", "RL202"}] == []


@pytest.mark.parametrize(
    ("text", "year", "pages"),
    [  # Vancouver: the year first, then the pages; unchanged
        ("Smith J. A title. Nat Med. 2012;18:1572-82.", 2012, "1572-82"),
        # a chapter with its pages after the year
        (
            "Smith J. A chapter. In: Doe A, editor. A book. Berlin: Springer; 2012. p. 1572-82.",
            2012,
            "1572-82",
        ),
        # a year range in a title is still read in the title, the year after it is the date
        ("Smith J. Letters 1572-1582 of a printer. Hist J. 2001;12:4-9.", 2001, "4-9"),
    ],
)
def test_other_styles_keep_their_year_and_pages(text, year, pages):
    ref = parse(text)
    assert ref.date is not None and ref.date.year == year
    assert ref.pages is not None and ref.pages.text == pages
