"""Roles in the Harvard of British universities (Cite Them Right), the title in single quotes.

`Smith, J. (2019) 'Title of paper', Journal of Things, 5(2), pp. 10–20.` and `Smith, J. (2017)
'Title of chapter', in Brown, A. (ed.) Book title. Oxford: Blackwell, pp. 45–67.`: the year in
parentheses after the names with no stop after it, the title quoted and closed by a comma, then the
journal, volume, issue and pages set off by commas (the pages after `pp.`), or `in` and the book.
The grammar takes the quoted title and all that follows for one stretch of text; here the quoted
title and the journal's elements are read by their shapes, and nothing where they are not there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.chicago import pages_field, stripped, text_field
from refslint.grammar.fragments import DASH
from refslint.grammar.transform import Part
from refslint.model import Field, Kind, PartialDate

_END_KINDS = frozenset(("url", "doi", "arxiv", "pmid", "access", "available", "bracket"))
_YEAR = patterns.compile(r"\s*\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)\s*(?=[‘'“\"])")
_QUOTED = patterns.compile(r"(?P<open>[‘“'\"])(?P<title>[^‘’“”\"]+?)(?P<close>[’”'\"]),\s+")
# `Journal of Things, 5(2), pp. 10–20`, `Journal, 12, e0123`, `Journal, 5(2)`
_JOURNAL = patterns.compile(
    r"(?P<journal>[^\W\d_][^,]*?),\s+(?P<volume>\d+[A-Za-z]?)(?:\s*\((?P<issue>[^()]{1,20})\))?"
    rf"(?:,\s+(?:pp?\.\s*)?(?P<pages>[A-Za-z]?\d+(?:\s*{DASH}\s*[A-Za-z]?\d+)?))?$"
)
# `in Brown, A. (ed.) Book title. Oxford: Blackwell, pp. 45–67`
_CHAPTER = patterns.compile(
    r"in\s+(?:[^()]{1,200}?\s*\((?:eds?|edn?s?)\.?\)\s+)?(?P<book>[^.]{2,300}?)\.\s+"
    r"(?P<place>[^\W\d_][^:.,]{1,40}):\s+(?P<publisher>[^\W\d_][^,:]{1,80}?),\s+"
    rf"pp?\.\s*(?P<pages>\d+(?:\s*{DASH}\s*\d+)?)$",
    re.IGNORECASE,
)


def read(
    text: str, parts: Sequence[Part], start: int, out: dict, year: PartialDate
) -> tuple[Field | None, Kind] | None:
    """Fill `out` from the text after the names (at `start`), with the `year` read after them;
    the title and the kind, or None where the entry is in another form."""
    opening = _YEAR.match(text, start)
    if opening is None:
        return None
    stop = next((p.start for p in parts if p.kind in _END_KINDS and p.start >= start), len(text))
    begin, stop = stripped(text, opening.end(), stop, ".,;")
    quoted = _QUOTED.match(text, begin, stop)
    if quoted is None or quoted["open"] + quoted["close"] not in ("''", "‘’", '""', "“”"):
        return None
    title = text_field(text, quoted.span("title"))
    rest = quoted.end()
    out["date"], out["dates"] = year, (year, *out.get("dates", ()))
    chapter = _CHAPTER.fullmatch(text, rest, stop)
    if chapter is not None:
        for name in ("book", "place", "publisher"):
            out["container" if name == "book" else name] = text_field(text, chapter.span(name))
        out["pages"] = pages_field(text, chapter.span("pages"))
        return title, Kind.CHAPTER
    journal = _JOURNAL.fullmatch(text, rest, stop)
    if journal is None:
        return None
    out["container"] = text_field(text, journal.span("journal"))
    out["volume"] = text_field(text, journal.span("volume"))
    if journal["issue"]:
        out["issue"] = text_field(text, journal.span("issue"))
    if journal["pages"]:
        out["pages"] = pages_field(text, journal.span("pages"))
    return title, Kind.ARTICLE
