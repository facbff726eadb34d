"""Copernicus' author-date style, the year last: `Surname, I. I., Surname, I., and Surname, I.:
Title, J. Abbrev., Volume, first–last, DOI, Year.`. The names a colon closes are read (the last
one's period before the colon is the name's), and the title, journal, volume, pages, bare DOI and
year are told apart from the end, commas in the title kept. Entries in other forms with a colon
after the names, or whose last piece before the volume is no journal, keep their readings."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "authors", "title", "journal", "volume", "pages", "year"),
    [
        (
            "Okafor, R. T., Lindqvist, A., and Moreau, P.-L.: Frost depth under bare and grassed"
            " plots, Agr. Forest Meteorol., 201, 12–25, 2015.",
            ["Okafor", "Lindqvist", "Moreau"],
            "Frost depth under bare and grassed plots",
            "Agr. Forest Meteorol.",
            "201",
            ("12", "25"),
            2015,
        ),
        (
            "Tanaka, H. and Brandt, S.: Snow, ice and runoff: a review, Bound.-Lay. Meteorol.,"
            " 98, 1–40, 2001.",
            ["Tanaka", "Brandt"],
            "Snow, ice and runoff: a review",
            "Bound.-Lay. Meteorol.",
            "98",
            ("1", "40"),
            2001,
        ),
        (
            "Quist, M.: Radiosonde drift over the Alps, Atmos. Meas. Tech., 7, 301–310,"
            " 10.5194/amt-7-301-2014, 2014.",
            ["Quist"],
            "Radiosonde drift over the Alps",
            "Atmos. Meas. Tech.",
            "7",
            ("301", "310"),
            2014,
        ),
        (
            "van Dijk, A. J. and de Boer, K.: Hail climatology, Science, 310, 455–458, 2005.",
            ["van Dijk", "de Boer"],
            "Hail climatology",
            "Science",
            "310",
            ("455", "458"),
            2005,
        ),
    ],
)
def test_the_year_last_article_is_read(text, authors, title, journal, volume, pages, year):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert [a.family for a in ref.authors] == authors
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.volume.text == volume
    assert ref.pages is not None and (ref.pages.first, ref.pages.last) == pages
    assert ref.date is not None and ref.date.year == year


def test_the_bare_doi_before_the_year_is_the_entrys():
    ref = parse(
        "Quist, M.: Radiosonde drift, Atmos. Meas. Tech., 7, 301–310, 10.5194/amt-7-301-2014, 2014."
    )
    assert ref.doi is not None and ref.doi.text == "10.5194/amt-7-301-2014"
    assert [d.year for d in ref.dates] == [2014]


@pytest.mark.parametrize(
    "text",
    [
        # the last piece before the volume is a title's sentence, not a journal
        "Quist, M.: Radiosonde drift over the Alps, with notes on the wind, 7, 301–310, 2014.",
        # no year closing the entry: not this form
        "Quist, M.: Radiosonde drift, Atmos. Meas. Tech., 7, 301–310.",
    ],
)
def test_other_entries_are_not_read_as_this_form(text):
    ref = parse_text_or_problem(text)
    assert ref.container is None or ref.container.text != "Atmos. Meas. Tech."
    assert ref.kind is not Kind.ARTICLE or ref.volume is None or ref.date is None


def parse_text_or_problem(text: str):
    from refslint.grammar import parse_entry
    from refslint.model import Entry, PositionMap

    return parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1, None, 0))


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        # a Vancouver entry with a colon in its title keeps its reading
        (
            "Smith AB, Jones C. Frost: a review. J Appl Meteorol. 2003;42:1139–56.",
            "Frost: a review",
            "J Appl Meteorol",
        ),
        # APA's year after the names
        (
            "Smith, A. B. (2003). Frost: a review. Journal of Applied Meteorology, 42, 1139–1156.",
            "Frost: a review",
            "Journal of Applied Meteorology",
        ),
    ],
)
def test_other_forms_keep_their_readings(text, title, journal):
    ref = parse(text)
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text.rstrip(".") == journal
