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
