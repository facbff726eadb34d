"""Roles in the numbered form of Chicago's notes that Wiley's journals adopted in 2024.

`I. Surname, I. Surname, and I. Surname, “Title,” Journal Name 96, no. 9 (2021): 1353–1365,
10.xxxx/yyy.`: the year stands in parentheses after the volume (and the issue, `no. 9`), the pages
or article number after a colon, and a DOI may follow bare, after a comma. A book closes on
`(Publisher, Year)` and perhaps the page cited (`Title (NYU Press, 2020), 21.`), a thesis on
`(PhD diss., University, Year)`. The grammar reads all this as free text; the pieces are told
apart here by their shapes, from the end of the entry.

An article is read so wherever its tail has this shape (`96, no. 9 (2021)` or `12 (2021): 45`),
which no other style prints; a book only where the ordinary reading found no date at all, since a
physics list's `Title (Wiley, New York, 1963)` is read well already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.fragments import DASH, LOCATION, YEAR
from refslint.grammar.transform import Part
from refslint.model import Author, Field, Kind, PartialDate, Span

# The parts that end the reading: identifiers and notes the grammar recognised itself.
_END_KINDS = frozenset(("url", "doi", "arxiv", "pmid", "access", "available"))
_VOLUME = r"[A-Za-z]{0,3}\d+[A-Za-z]?(?:[\-\u2013]\d+)?"
# the day and month a reference manager prints before the year: `(18 April 2017)`, `(May 2016)`
_DAY_MONTH = (
    r"(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+)?"
)
# `96, no. 9 (2021): 1353–1365`, `117 (2010): 1274–1274.e3`, `69, no. S1 (2009): 33–78`,
# `193, no. 4 (2021)` (the article number lost: RL501 says so)
_ARTICLE_TAIL = patterns.compile(
    rf"(?<![\w.])(?P<volume>{_VOLUME})"
    r"(?:\s*,\s*(?P<no>[Nn]o\b\.?)\s*(?P<issue>[^\s(),:;][^(),:;]{0,19}?))?"
    rf"\s*\({_DAY_MONTH}(?P<year>{YEAR})[a-z]?\)"
    rf"(?:\s*:\s*(?P<locator>{LOCATION}))?\s*$"
)
# `(NYU Press, 2020), 21`, `(PhD diss., The New School, 2021)`, `(Cambridge: CUP, 2001)`
_BOOK_TAIL = patterns.compile(
    rf"\((?P<inside>[^()]*?[^\s(),])\s*,\s*(?P<year>{YEAR})[a-z]?\)"
    rf"(?:\s*,\s*(?P<locator>{LOCATION}))?\s*$"
)
_THESIS = patterns.compile(r"^(?:PhD|Ph\.D\.|MA|MSc|MD|Doctoral|Master['’]?s)?\s*(?:diss|thesis)\b")
_PLACE = patterns.compile(r"^(?P<place>[^:]+?)\s*:\s*(?P<publisher>.+)$")
_EDITION = patterns.compile(
    r",\s*(?P<edition>(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+|Rev\.?|Revised)\s+(?:ed|edn|edition)\b"
    r"\.?(?:\s+ed\.?)?|[A-Z][a-z]+\s+Edition\s+ed\.?)$",
    re.IGNORECASE,
)
_BARE_DOI = patterns.compile(r"(?:,\s*|\s+)(?P<doi>10\.\d{4,9}/\S+)$")
# A title in quotation marks, its closing comma or period inside them (`“Title,” Journal`): it
# closes at the last closing mark that a space (or a comma and a space) follows, so that a
# quotation inside the title stays in it. Found by one scan, not by backtracking.
_CLOSING_QUOTE = patterns.compile(r"[”\"](?=,?\s+\S)")
# an article's handling editor, as a reference manager prints it before the journal:
# `Edited by Philip E. Bourne. PLoS Computational Biology`
_EDITED_BY = patterns.compile(r"Edited by [^.]+(?:\.(?<=\b[A-Z]\.)[^.]+)*\.\s+(?=\S)")
# British single quotation marks, the stop after the closing one: `‘Title’. Journal`
_CLOSING_SINGLE = patterns.compile(r"’(?=[.,]?\s+\S)")
_DASH_SPLIT = patterns.compile(rf"\s*{DASH}\s*")
_PLAIN_PAGE = patterns.compile(r"^[A-Za-z]?\d{1,5}$")
_IN = patterns.compile(r"^in\s+")
_EDITED = patterns.compile(r",\s*(?:eds?\.|edited by)\s")
_OPENING = '“"'
# the comma that closes an organisation's name before a quoted title
_GROUP_END = patterns.compile(r",\s+[“\"]")


def body(
    text: str, parts: Sequence[Part], start: int, out: dict, lead: str = ","
) -> tuple[int, int] | None:
    """Where the entry's own words stand after the names (`start`), past the marks in `lead`
    that close them (a comma; a period too in the forms that close names or a year with one),
    with a bare DOI after the last comma taken into `out`; None if nothing is left."""
    stop = next((p.start for p in parts if p.kind in _END_KINDS and p.start >= start), len(text))
    start, stop = stripped(text, start, stop, ",.")
    while start < stop and (text[start].isspace() or text[start] in lead):
        start += 1
    if stop <= start:
        return None
    doi = _BARE_DOI.search(text, start, stop)
    if doi is not None and "doi" not in out:
        out["doi"] = text_field(text, doi.span("doi"))
        start, stop = stripped(text, start, doi.start(), ",.")
    return (start, stop) if stop > start else None


def article(
    text: str, parts: Sequence[Part], start: int, out: dict, group_author: bool = False
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for an article in this form (the text after the names at `start`); return the
    title and the kind, or None where the entry's tail is not this form's. `group_author`: no
    names were read, so what stands before the quoted title, up to its comma, is an
    organisation's name."""
    if ")" not in text:
        return None  # (the commonest case, told at once)
    found_body = body(text, parts, start, dict(out))
    if found_body is None:
        return None
    start, stop = found_body
    tail = _ARTICLE_TAIL.search(text, start, stop)
    if tail is None or tail.start() <= start or (tail["no"] is None and tail["locator"] is None):
        return None  # `Phys. Rev. B 12, 345 (2001)`: a physics list's volume, page and year
    before = stripped(text, start, tail.start(), ",")
    group = None
    if group_author and text[before[0]] not in _OPENING:  # `World Health Organization, “Title,”`
        found = _GROUP_END.search(text, before[0], before[1])
        if found is None:
            return None
        group = text_field(text, stripped(text, before[0], found.start()))
        before = (found.end() - 1, before[1])
    title, container = _title_and_rest(text, *before)
    if container is None:
        return None  # no title in quotation marks: the ordinary reading stays
    body(text, parts, start, out)  # (now keep the bare DOI)
    edited = _EDITED_BY.match(container.text)  # the article's handling editor, no journal's
    if edited is not None:
        at = container.span.start + edited.end()
        container = text_field(text, (at, container.span.end))
    if group is not None:
        out["authors"] = (Author(group.text, group.span, group.text, is_group=True),)
        out["authors_span"] = group.span
    out["container"] = container
    out["volume"] = text_field(text, tail.span("volume"))
    if tail["issue"] is not None:
        out["issue"] = text_field(text, stripped(text, *tail.span("issue")))
    if tail["locator"] is not None:
        locate(text, tail.span("locator"), out)
    take_date(text, tail.span("year"), out)
    return title, Kind.ARTICLE


def book(
    text: str, parts: Sequence[Part], start: int, out: dict
) -> tuple[Field | None, Kind] | None:
    """A book or thesis in this form, `Title (Publisher, Year), 21.`; None if not one."""
    if ")" not in text:
        return None
    found_body = body(text, parts, start, dict(out))
    if found_body is None:
        return None
    start, stop = found_body
    if not (text[start].isalnum() or text[start] in "“‘\"'"):
        return None  # (`. e D.G. Rethwisch, Title`: the names were not all read)
    tail = _BOOK_TAIL.search(text, start, stop)
    if tail is None or not text[start : tail.start()].strip(" ,."):
        return None
    body(text, parts, start, out)
    title_stop = stripped(text, start, tail.start(), ",")[1]
    edition = _EDITION.search(text, start, title_stop)
    title_stop = stripped(text, start, title_stop, ".")[1]
    if edition is not None:
        out["edition"] = text_field(text, edition.span("edition"))
        title_stop = stripped(text, start, edition.start(), ",.")[1]
    inside = tail.span("inside")
    place = _PLACE.match(tail["inside"])
    if _THESIS.match(tail["inside"]):
        out["publisher"] = text_field(text, inside)
    elif place is not None:
        out["place"] = text_field(text, (inside[0], inside[0] + place.end("place")))
        out["publisher"] = text_field(text, (inside[0] + place.start("publisher"), inside[1]))
    else:
        out["publisher"] = text_field(text, inside)
    if tail["locator"] is not None:
        out["pages"] = pages_field(text, tail.span("locator"))
    take_date(text, tail.span("year"), out)
    title, container = _title_and_rest(text, start, title_stop)
    if container is not None and _IN.match(container.text):  # `“Chapter,” in Book, ed. ...`
        book_start = container.span.start + _IN.match(container.text).end()  # type: ignore[union-attr]
        edited = _EDITED.search(text, book_start, container.span.end)  # `, ed. C. Okafor`
        book_stop = edited.start() if edited is not None else container.span.end
        out["container"] = text_field(text, (book_start, book_stop))
        return title, Kind.CHAPTER
    return (title if container is None else text_field(text, (start, title_stop))), Kind.BOOK


def _title_and_rest(text: str, start: int, stop: int) -> tuple[Field | None, Field | None]:
    """The quoted title and what follows it (the journal); the whole as the title, and None,
    where no quoted title opens the text."""
    if text[start] not in '“"‘':
        return text_field(text, (start, stop)), None
    closing = None
    closings = _CLOSING_SINGLE if text[start] == "‘" else _CLOSING_QUOTE
    for found in closings.finditer(text, start + 1, stop):
        closing = found  # (the last one)
    if closing is None:
        return text_field(text, (start, stop)), None
    title = stripped(text, start + 1, closing.start(), ",.")
    rest = stripped(text, closing.end(), stop, ",")
    while rest[0] < rest[1] and text[rest[0]] in ", ":
        rest = (rest[0] + 1, rest[1])
    if text[start] == "‘" and text.startswith(".", rest[0]):  # `‘Title’. Journal`
        rest = stripped(text, rest[0] + 1, rest[1])
    return text_field(text, title), (text_field(text, rest) if rest[1] > rest[0] else None)


def locate(text: str, span: tuple[int, int], out: dict) -> None:
    """Pages when a range or one plain page, else an article number (`e70060`, `9925114`, and
    `e00757‐25`, whose leading zero no page has)."""
    printed = text[span[0] : span[1]]
    pieces = _DASH_SPLIT.split(printed)
    numbered = re.match(r"^[A-Za-z]*0\d", printed) is not None
    if not numbered and (len(pieces) == 2 or (len(pieces) == 1 and _PLAIN_PAGE.match(printed))):
        out["pages"] = pages_field(text, span)
    else:
        out["article_number"] = text_field(text, span)


def take_date(text: str, span: tuple[int, int], out: dict) -> None:
    """The year in parentheses as the entry's date, first of its dates (`out["dates"]` keeps
    the others the grammar read)."""
    year = PartialDate(
        text[span[0] : span[1]], Span(*span), int(text[span[0] : span[1]]), Span(*span)
    )
    others = tuple(
        d for d in out.get("dates", ()) if d.span.end <= span[0] or d.span.start >= span[1]
    )
    out["dates"] = (year, *others)
    out["date"] = year


def pages_field(text: str, span: tuple[int, int]):
    from refslint.grammar.roles import expand_pages  # roles imports this module

    return expand_pages(text_field(text, span))


def stripped(text: str, start: int, stop: int, also: str = "") -> tuple[int, int]:
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in also):
        stop -= 1
    return start, stop


def text_field(text: str, span: tuple[int, int]) -> Field:
    return Field(text[span[0] : span[1]], Span(*span))
