"""Roles in MLA's style (8th and 9th editions): the humanities' list of works cited.

`Granovetter, Mark S. "The Strength of Weak Ties." American Journal of Sociology, vol. 78, no. 6,
1973, pp. 1360–80.`, `Tilly, Charles, and Sidney Tarrow. Contentious Politics. 2nd ed., Oxford
UP, 2015.`: the names with given names written out (the first inverted), the title (in quotation
marks for a part of a larger work), then the container's elements set off by commas: its title,
`edited by`, the edition, `vol.`, `no.`, the publisher, the date, `pp.` and a location. The
grammar reads none of these names, so it hands the entry over as free text; the elements are told
apart here by their shapes.

Read only where the names open the entry, a date stands among the elements after the title, and
every element is one this style prints: the shape that no other style prints.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.authordate import (
    chapter_of,
    given_first,
    names_head,
    quoted_title,
    take_names,
)
from refslint.grammar.chicago import locate, stripped, take_date, text_field
from refslint.grammar.fragments import LOCATION, YEAR
from refslint.grammar.transform import Part
from refslint.model import Field, Kind

_END_KINDS = frozenset(("url", "doi", "arxiv", "pmid", "access", "available"))
_YEAR_NEXT = patterns.compile(rf"{YEAR}[a-z]?\.")
_IN = patterns.compile(r"In:?\s+")
_YEAR_AT_END = patterns.compile(
    rf",\s+(?P<year>{YEAR})(?:,\s+(?:pp?\.\s*)?(?P<pages>{LOCATION}))?$"
)
# A plain title ends at the first stop and space (a `?` or `!` kept with it)
_TITLE_END = patterns.compile(r"(?<!\b[A-Z])[.?!]\s+")
_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
    r"|Spring|Summer|Fall|Autumn|Winter"
)
# `1973`, `Dec. 2016`, `22 Dec. 2016`, `Fall 2019`, `2019-20`
_DATE = patterns.compile(
    rf"^(?:\d{{1,2}}\s+)?(?:(?:{_MONTH})\s+)?(?P<year>{YEAR})(?:[-–]\d{{2,4}})?$"
)
_DATE_PART = patterns.compile(
    rf"^(?:(?:Last\s+)?(?:[Mm]odified|[Uu]pdated|[Pp]ublished|[Pp]osted)\s+)?(?:{_MONTH})\s+\d{{1,2}}$"
)
_VOLUME = patterns.compile(r"^[Vv]ol\.\s*(?P<volume>\S+)$")
_ISSUE = patterns.compile(r"^no\.\s*(?P<issue>\S+)$")
_PAGES = patterns.compile(rf"^pp?\.\s*(?P<pages>{LOCATION})$")
_EDITED = patterns.compile(
    r"^(?:(?:edited|translated)(?:\s+and\s+\w+)?\s+by\s+|(?:Ed|Eds|Trans)\.\s+)", re.I
)
_EDITION = patterns.compile(r"^(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\s+ed\.?$")
_PLACE = patterns.compile(r"^(?P<place>[^:]{2,60}?):\s+(?P<publisher>\S.*)$")
_LINK = patterns.compile(r"^(?:https?://|www\.)\S+$")
# An element: up to the next comma outside quotation marks
_COMMA = patterns.compile(
    r",\s+|(?<!\b[A-Z])(?<!\bno)(?<!\bvol)(?<!\bVol)(?<!\bpp)(?<!\bp)(?<!\bSt)(?<!\bMass)"
    r"(?<!\bSept)(?<!\bEd)(?<!\bEds)(?<!\bTrans)"
    r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.\s+(?=[A-Za-z\d])"
)


def read(
    text: str, parts: Sequence[Part], start: int, out: dict
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for an entry in MLA's form (its names from `start`); return the title and the
    kind, or None where the entry is not in this form."""
    while start < len(text) and text[start].isspace():
        start += 1
    head = names_head(text, start)
    if head is None or _YEAR_NEXT.match(text, head.end):
        return None  # (a year after the names is Chicago's author-date form, not this one)
    from refslint.grammar import chicago  # `“Title.” Journal 20, no. 3 (1948): 305–12.`

    read = chicago.article(text, parts, head.end - 1, out)
    if read is not None:
        if head.kind != "repeat":
            take_names(text, head, out)
        return read
    stop = next((p.start for p in parts if p.kind in _END_KINDS and p.start >= start), len(text))
    start, stop = stripped(text, head.end, stop, ".,")
    if stop <= start:
        return None
    quoted = quoted_title(text, start, stop)
    if quoted is not None:
        title_stop = quoted.end("title") + (1 if quoted["end"] in ("?", "!") else 0)
        title = text_field(text, (quoted.start("title"), title_stop))
        rest = stripped(text, quoted.end(), stop, ".")[0]
        chapter = _IN.match(text, rest, stop)
        tail = _YEAR_AT_END.search(text, rest, stop)
        if chapter is not None and tail is not None:  # Chicago's bibliography: `“Chapter.” In
            # Book, edited by A. Editor. Place: Publisher, 1994, 14–38.`
            if head.kind != "repeat":
                take_names(text, head, out)
            take_date(text, tail.span("year"), out)
            if tail["pages"]:
                locate(text, tail.span("pages"), out)
            return title, chapter_of(text, chapter.end(), tail.start(), out)
    else:
        end = _TITLE_END.search(text, start, stop)
        if end is None:
            return None
        title = text_field(text, (start, end.start() + (text[end.start()] in "?!")))
        rest = end.end()
    found: dict = {}
    elements = _elements(text, rest, stop)
    if not elements or not _read_elements(text, elements, found, quoted is not None):
        return None
    if head.kind != "repeat":
        take_names(text, head, out)
    year = found.pop("year")
    take_date(text, year, out)
    out.update(found)
    if out.get("urls") and "doi" not in out:
        from refslint.grammar.roles import DOI_IN_URL

        doi = DOI_IN_URL.match(out["urls"][0].text)
        if doi is not None:
            at = out["urls"][0].span.start
            out["doi"] = text_field(text, (at + doi.start(1), at + doi.end(1)))
            out["doi_marker"] = text_field(text, (at, at + doi.start(1)))
    if quoted is None:
        return title, Kind.WEBPAGE if out.get("urls") and "publisher" not in out else Kind.BOOK
    if "volume" in out or "issue" in out:
        return title, Kind.ARTICLE
    if "editors" in found or ("publisher" in out and not out.get("urls")):
        return title, Kind.CHAPTER
    return title, Kind.WEBPAGE if out.get("urls") else Kind.ARTICLE


def _elements(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The container's elements, set off by commas, or by periods as Chicago's bibliography sets
    off its book's (`2nd ed. Madison: University of Wisconsin Press, 2002.`)."""
    spans: list[tuple[int, int]] = []
    at = start
    for found in _COMMA.finditer(text, start, stop):
        spans.append(stripped(text, at, found.start(), "."))
        at = found.end()
    spans.append(stripped(text, at, stop, "."))
    return [s for s in spans if s[1] > s[0]]


def _read_elements(text: str, elements: list[tuple[int, int]], out: dict, part: bool) -> bool:
    """Each element by its shape into `out`; False where one cannot be told or no date stands.
    `part`: the title was quoted, so the first unlabelled element is its container."""
    names: list[tuple[int, int]] = []
    for a, b in elements:
        element = text[a:b]
        date = _DATE.match(element)
        if "year" not in out and _DATE_PART.match(element):
            continue  # (`May 28, 2013`, `Last modified March 1, 2000`: the day before the year)
        if date is not None and "year" not in out:
            out["year"] = (a + date.start("year"), a + date.end("year"))
        elif (found := _VOLUME.match(element)) is not None and "year" not in out:
            out["volume"] = text_field(text, (a + found.start("volume"), b))
        elif (found := _ISSUE.match(element)) is not None:
            out["issue"] = text_field(text, (a + found.start("issue"), b))
        elif (found := _PAGES.match(element)) is not None:
            locate(text, (a + found.start("pages"), a + found.end("pages")), out)
        elif (found := _EDITED.match(element)) is not None:
            out["editors"] = given_first(text, a + found.end(), b)
        elif _EDITION.match(element):
            out["edition"] = text_field(text, (a, b))
        elif _LINK.match(element) and "year" in out:  # (a link the grammar took for text)
            out["urls"] = (text_field(text, (a, b)),)
        elif "year" in out:
            return False  # (after the date, only a location: `pp.`, a link)
        else:
            names.append((a, b))
    if "year" not in out or len(names) > 2:
        return False
    if part and names:
        out["container"] = text_field(text, names[0])
        names = names[1:]
    if names:
        a, b = names[-1]
        place = _PLACE.match(text[a:b])  # Chicago's bibliography: `New York: Knopf, 1961.`
        if place is not None:
            first = names[0][0] if len(names) == 2 and not part else a  # `Cambridge, Mass.:`
            out["place"] = text_field(text, (first, a + place.end("place")))
            a += place.start("publisher")
        out["publisher"] = text_field(text, (a, b))
    return True
