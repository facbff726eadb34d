"""Roles in the Harvard of Australian government style, the year between commas after the names.

`Allison, E.H. & Horemans, B., 2006, ‘Putting ...’, Marine Policy 30, 757–766.` and `Bulling, S.,
2011, Poverty causes disasters ..., CARE International, Geneva.`: many South African and
Australian journals print it. An article's or chapter's title stands in quotes and its journal
follows with the volume, issue and pages; a book's title stands bare and runs into its publisher
and place with only commas between, so only where the title ends is unsure: the reading keeps
what is certain (the quoted title, the journal and its numbers) and reads no more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.authordate import names_kind
from refslint.grammar.chicago import pages_field, stripped, take_date, text_field
from refslint.grammar.fragments import DASH
from refslint.grammar.harvard import keep_access
from refslint.grammar.transform import Part
from refslint.model import Author, Field, Kind, Span

_END_KINDS = frozenset(("url", "doi", "arxiv", "pmid", "access", "available", "bracket"))
# `viewed 10 March 2016, from http://...`, the style's access note: the reading stops before it
_VIEWED = patterns.compile(
    r"(?<![^\s,])(?:viewed|accessed|retrieved)\s+\d[^,()]{0,30}?\d{4}(?!\d)", re.IGNORECASE
)
# An organisation as the author: `World Bank, 2015, Poverty overview, viewed ...`
_GROUP_HEAD = patterns.compile(
    r"(?P<names>[^\W\d_][^,]{1,150}?),\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?,\s+(?=[‘“'\"]?[^\W\d_])"
)
_QUOTED = patterns.compile(r"(?P<open>[‘“'\"])(?P<title>.+?)(?P<close>[’”'\"]),\s+")
# `Marine Policy 30, 757–766`, `Urban Design and Planning 164(3), 175–187`, `Jàmbá: Journal of
# Disaster Risk Studies 7(1), Art. #197, 1–8`
_JOURNAL = patterns.compile(
    r"(?P<journal>[^\W\d_][^,]*?)\s+(?P<volume>\d+[A-Za-z]?)(?:\s*\((?P<issue>[^()]{1,20})\))?"
    r"(?:,\s*(?:Art\.?\s*(?:no\.?\s*)?#?\s*\w+,\s*)?"
    rf"(?P<pages>[A-Za-z]?\d+(?:\s*{DASH}\s*[A-Za-z]?\d+)?))?$"
)
_CHAPTER = patterns.compile(r"in\s+", re.IGNORECASE)
_PAGES = patterns.compile(rf"(?<!\S)pp?\.\s*(?P<pages>\d+\s*{DASH}\s*\d+|\d+)(?=,|$)")


def read(text: str, parts: Sequence[Part], start: int, out: dict) -> tuple[Field | None, Kind]:
    """Fill `out` from the text after the year's comma (at `start`); the title and the kind."""
    stop = next((p.start for p in parts if p.kind in _END_KINDS and p.start >= start), len(text))
    viewed = _VIEWED.search(text, start, stop)
    if viewed is not None:
        if "accessed" not in out:
            keep_access(text, viewed, out)
        stop = viewed.start()
    while start < stop and text[start] in ", ":
        start += 1
    start, stop = stripped(text, start, stop, ".,;")
    quoted = _QUOTED.match(text, start, stop)
    if quoted is None:
        return None, Kind.UNKNOWN  # a book or report: where its title ends is unsure
    title = text_field(text, quoted.span("title"))
    rest_start = quoted.end()
    if _CHAPTER.match(text, rest_start, stop):
        pages = _PAGES.search(text, rest_start, stop)
        if pages is not None:
            out["pages"] = pages_field(text, pages.span("pages"))
        return title, Kind.CHAPTER
    journal = _JOURNAL.fullmatch(text, rest_start, stop)
    if journal is None:
        return title, Kind.UNKNOWN
    out["container"] = text_field(text, journal.span("journal"))
    out["volume"] = text_field(text, journal.span("volume"))
    if journal.group("issue"):
        out["issue"] = text_field(text, journal.span("issue"))
    if journal.group("pages"):
        out["pages"] = pages_field(text, journal.span("pages"))
    return title, Kind.ARTICLE


_ACRONYM = patterns.compile(r"\s+\([A-Z]{2,10}\)$")


def group(
    text: str, parts: Sequence[Part], start: int, out: dict
) -> tuple[Field | None, Kind] | None:
    """An organisation, its year between commas, then the work (`World Bank, 2015, Title, ...`);
    None where the entry does not open so."""
    while start < len(text) and text[start].isspace():
        start += 1
    head = _GROUP_HEAD.match(text, start)
    if head is None:
        return None
    stop = head.end("names")
    acronym = _ACRONYM.search(text, head.start("names"), stop)  # `... Action (ATHA)`
    names = names_kind(text, head.start("names"), acronym.start() if acronym else stop, groups=True)
    if names is None or names[0] != "group" or names[1]:
        return None
    take_date(text, head.span("year"), out)
    name = text_field(text, head.span("names"))
    out["authors"] = (Author(name.text, name.span, name.text, is_group=True),)
    out["authors_span"] = Span(*head.span("names"))
    return read(text, parts, head.end(), out)
