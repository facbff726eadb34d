"""Where a record places a work: its pages, or the article number of a journal that numbers them.

A reference manager that reads a PDF of an article-numbered journal (eLife, Scientific Reports,
BMC, PLOS, Hindawi) prints the PDF's own page span, `1–17`, where the article number belongs.
Only the record can say that the journal numbers its articles: Crossref's `article-number`, a
`page` (or OpenAlex `biblio`, or PubMed `pages`) that is one locator rather than a span, PubMed's
`elocationid` item number. Pure functions, no network: RL417 and RL402 both ask them, so that one
fault is reported once.
"""

from __future__ import annotations

from dataclasses import dataclass

from refslint import patterns
from refslint.lookup.match import fold
from refslint.lookup.records import Record

E_NUMBER = patterns.compile(r"[eE]\d+")


@dataclass(frozen=True)
class ArticleNumber:
    """A record's article number; `stated` where the record calls it one (Crossref's
    `article-number`, PubMed's item number, an `e`-number), not where it is only a single
    locator where pages would be a span."""

    value: str
    stated: bool


def _plain(value: str) -> str:
    return fold(value).replace(" ", "").lstrip("0") or "0"


def same_locator(printed: str, recorded: str) -> bool:
    """One locator however written: leading zeros and an `e` prefix aside."""
    a, b = _plain(printed), _plain(recorded)
    return a == b or a.removeprefix("e") == b.removeprefix("e")


def article_number(record: Record) -> ArticleNumber | None:
    """The record's article number, or None where it gives pages (or nothing)."""
    if record.article_number:
        return ArticleNumber(record.article_number, True)
    first, last = record.first_page, record.last_page
    if not first or (last and not same_locator(first, last)):
        return None  # no locator, or a true page span
    if E_NUMBER.fullmatch(first):
        return ArticleNumber(first, True)
    if first.isdigit() and _plain(first) != "1":
        return ArticleNumber(first, False)
    return None


def page_span_for_number(first: str, last: str, record: Record) -> ArticleNumber | None:
    """The record's article number where the printed range `first`-`last` stands in its place.

    A range from page 1 is a PDF's page span whenever the record gives an article number; a range
    elsewhere only where the record states an article number and gives no pages of its own (the
    printed range is then no page of the record at all). A range the record itself holds as the
    work's pages, beside a stated number, is left alone unless it starts at 1.
    """
    number = article_number(record)
    if number is None or same_locator(first, number.value):
        return None
    if not (first.isdigit() and last.isdigit()) or int(last) <= int(first):
        return None
    if _plain(first) == "1":
        return number
    if not number.stated:
        return None
    has_pages = record.first_page and not same_locator(record.first_page, number.value)
    return None if has_pages else number
