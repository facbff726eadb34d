"""Entries that read two ways: the grammar takes the journal-article reading and says so."""

from __future__ import annotations

from refslint.grammar import parse_entry
from refslint.model import Entry, Kind, PositionMap


def parse(text: str):
    ref = parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1, None, 0))
    assert ref.problem is None, ref.problem
    return ref


def test_a_journal_article_with_no_year_is_read_as_one_and_reported(lint):
    for tail in ("Nature. 33(2):4-5.", "Nature; 33(2):4-5.", "Nature 33(2):4-5."):
        ref = parse(f"Weber L, Garcia M. A study of things. {tail}")
        assert ref.kind is Kind.ARTICLE, tail
        assert (ref.container.text, ref.volume.text, ref.issue.text) == ("Nature", "33", "2")
        assert ref.date is None and ref.pages.last == "5"
        assert ref.title.text == "A study of things"
    (found,) = lint("1. Weber L, Garcia M. A study of things. Nature. 33(2):4-5.\n", select="RL501")
    assert found.message == (
        "journal article has no year; a journal article needs journal, year, volume, and pages or"
        " an article number (read as a journal article with no year: `Nature` then volume and"
        " pages `33(2):4-5`)"
    )
    assert str(found.severity) == "warning"


def test_a_journal_that_could_be_a_publisher_is_read_as_a_journal(lint):
    for tail in ("Lancet; 2001.", "Lancet. 2001.", "Lancet 2001."):
        ref = parse(f"Weber L, Garcia M. A study of things. {tail}")
        assert ref.kind is Kind.ARTICLE, tail
        assert ref.container.text == "Lancet" and ref.publisher is None
        assert ref.date.year == 2001 and ref.volume is None
    (found,) = lint("1. Weber L, Garcia M. A study of things. Lancet; 2001.\n", select="RL501")
    assert found.message.startswith("journal article has no volume and no pages or article number")
    assert found.message.endswith(
        "(read as a journal article with no volume or pages: `Lancet` is a journal, not a book's"
        " publisher)"
    )


def test_books_stay_books():
    ref = parse("Weber L. A study of things. London: Lancet; 2001.")  # a place: a publisher
    assert ref.kind is Kind.BOOK and ref.publisher.text == "Lancet"
    ref = parse("Weber L. A study of things. Elsevier; 2001.")  # not a journal
    assert ref.kind is Kind.BOOK and ref.publisher.text == "Elsevier"
    assert ref.guess == ""


def test_an_entry_that_reads_one_way_makes_no_guess():
    ref = parse("Weber L. A study of things. Nature. 2001;33(2):4-5.")
    assert ref.guess == "" and ref.date.year == 2001


def test_the_year_after_the_names_is_the_works_year():
    """PLOS ONE's former numbered style: `Mantegna RN (1999) Title. Journal 11: 193.`"""
    ref = parse(
        "Onnela JP, Chakraborti A, Kanto A (2003) Asset trees and asset graphs. Phys Scr T106:"
        " 48-52. doi: 10.1238/Physica.Topical.106a00048"
    )
    assert [a.family for a in ref.authors] == ["Onnela", "Chakraborti", "Kanto"]
    assert (ref.kind, ref.date.year, ref.date.text) == (Kind.ARTICLE, 2003, "2003")
    assert (ref.title.text, ref.container.text) == ("Asset trees and asset graphs", "Phys Scr")
    assert (ref.volume.text, ref.pages.text) == ("T106", "48-52")
    assert ref.guess == ""  # the year is printed: nothing was guessed
    ref = parse(
        "Fenn DJ, Porter MA, et al. (2012) Dynamical clustering of exchange rates. Quantitative"
        " Finance 12: 1493."
    )
    assert ref.et_al is not None and ref.date.year == 2012
    assert (ref.volume.text, ref.pages.text) == ("12", "1493")  # a page, not the year 1493


def test_a_year_in_parentheses_elsewhere_is_no_missing_year(lint):
    text = "1. Mantegna RN. Hierarchical structure (1999). Eur Phys J B 11: 193.\n"
    assert lint(text, select="RL501") == []
