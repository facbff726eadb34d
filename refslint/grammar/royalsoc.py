"""Roles in the Royal Society's style, where the year follows the names with no period after it.

`Langer P. 2009 Title. J. Mammal. 90, 332–339. (doi:10.1644/08-mamm-a-071.1)`: the year opens
the text after the names, the journal's ISO 4 abbreviation keeps its periods, the volume and the
pages are set off by a comma, numbers of five digits are grouped by a space (`17 714–17 719`)
and the DOI stands in parentheses. The grammar reads the year and title as one stretch of text
and may read an abbreviation, a volume and a page that looks like a year (`Ecol. 82, 1254`) as a
month, a day and a year; here the tail is read by its shape, from the end of the entry, and a
date the grammar found inside the journal or the tail is dropped.

A chapter closes on `In Book (eds AB Editor, ...), pp. 1–9. Place: Publisher.`, a book on
`Place: Publisher.`. An entry in another form whose text opens with a bare year (a report, a
thesis) keeps the ordinary reading, with that year for its date (`lead_year`), where the
grammar found no other date: a Vancouver title may open with a year too (`2019 ESC Guidelines
for ...`), and the entry's date then follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.ajtmh import PUBLISHED, names
from refslint.grammar.chicago import body, locate, stripped, text_field
from refslint.grammar.fragments import DASH, LOCATION, YEAR
from refslint.grammar.nature import _JOURNAL_WORD, _abbreviation_piece
from refslint.grammar.transform import Part
from refslint.model import Field, Kind, Pages, PartialDate, Span

# the year opening the text after the names, a title's word after it (not a month or a number)
_LEAD_YEAR = patterns.compile(rf"(?P<year>{YEAR})[a-z]?\s+(?=[^\W\d_]|[“‘\"'(])")
# a number of five digits or more grouped by thin or ordinary spaces: `17 714`
_GROUPED = r"\d{1,3}(?:[ \u2009\u202f]\d{3})+"
_VOLUME = r"[A-Za-z]{0,3}\d+[A-Za-z]?"
_TAIL = patterns.compile(
    rf"(?<=[\w.)])\s+(?P<volume>{_VOLUME})(?:\s*\((?P<issue>[^()]{{1,20}})\))?\s*,\s*"
    rf"(?P<locator>{_GROUPED}(?:\s*{DASH}\s*{_GROUPED})?|{LOCATION})\s*\.?\s*$"
)
_CLOSE = patterns.compile(r"[a-z]?\s*\)")  # what closes a year in parentheses: `2015a)`
_NUMBER_SET_OFF = patterns.compile(r"\d,")  # a number and a comma: no journal's name holds these
_GROUP_SPACE = patterns.compile(r"[ \u2009\u202f]")
_DASH_SPLIT = patterns.compile(rf"\s*{DASH}\s*")
_SENTENCE_END = patterns.compile(r"[.?!][\"”’']?\s+(?=\S)")
_PART_NUMBER = patterns.compile(r"^(?:[IVX]{1,4}|Part\s+\w+)$")
# `Title. In Book, 3rd edn (eds AB Editor, CD Editor), pp. 1–9` before `Place: Publisher.`
_CHAPTER = patterns.compile(
    r"(?P<title>.+?[^\s.])\.\s+(?P<in>In)\s+(?P<book>[^\s(].*?)"
    r"(?:\s*\(\s*eds?\.?\s+(?P<editors>[^()]+?)\s*\))?"
    rf"(?:\s*,\s*(?P<marker>pp?\.)\s*(?P<pages>{LOCATION}))?$"
)
_EDITION = patterns.compile(
    r",\s*(?P<edition>\d+(?:st|nd|rd|th)\s+(?:edn|ed|edition)\.?)$", re.IGNORECASE
)
_CONFERENCE = patterns.compile(r"\b(?:Proc|Proceedings|Conf|Conference|Symp|Workshop|Meeting)\b")


def read(
    text: str,
    parts: Sequence[Part],
    start: int,
    out: dict,
    read_year: PartialDate | None = None,
    books: bool = True,
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for an article, chapter or book in this form (the text after the names at
    `start`); return the title and the kind, or None where the entry is not this form's.
    `read_year`: the year the grammar read with the names (`Nakamura T et al. 2003 Title`), or
    in parentheses after them (Cambridge's `Snapp SS & Fisher M (2015) Title`); `books`: whether
    a book or chapter is read too (not where other styles share the names' form)."""
    year = read_year or lead_year(text, parts, start, dated=True)
    if year is None:
        return None
    after = year.span.end
    # (the year in parentheses after the names, Cambridge's `Snapp SS & Fisher M (2015) Title`)
    closed = _CLOSE.match(text, after) if read_year is not None else None
    if closed is not None:
        after = closed.end()
    if not text[after : after + 1].isspace():
        return None
    span = body(text, parts, after, dict(out))
    if span is None:
        return None
    found = article(text, parts, year, span, out)
    return found if found is not None or not books else _book(text, parts, year, span, out)


def lead_year(
    text: str, parts: Sequence[Part], start: int, dated: bool = False
) -> PartialDate | None:
    """The bare year opening the first text after the names (at `start`), with a title word
    after it; None where there is none or, unless `dated` (read with the entry's shape), where
    the grammar read a date or the title's word is in lower case."""
    for first in parts:
        if first.start >= start and first.kind != "sep":
            break
    else:
        return None
    if first.kind != "text" or first.text[:1] not in "12":  # (told at once for most entries)
        return None
    found = _LEAD_YEAR.match(first.text)
    if found is None:
        return None
    if not dated and any(p.date is not None for p in parts):
        return None  # `et al. 2019 ESC Guidelines for ... Eur Heart J. 2020;41:407`
    if not dated and not first.text[found.end() : found.end() + 1].isupper():
        return None  # `2019 novel coronavirus ...`: a title's own year, the entry's date lost
    at = first.start + found.start("year")
    stop = first.start + found.end("year")
    printed = text[at : first.start + found.end()].rstrip()
    return PartialDate(printed, Span(at, at + len(printed)), int(text[at:stop]), Span(at, stop))


def article(
    text: str, parts: Sequence[Part], year: PartialDate, span: tuple[int, int], out: dict
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for `Title. Abbrev. J. 90, 332–339.` (the entry's words in `span`, after its
    year); return the title and the kind, or None where the tail is not this form's."""
    start, stop = span
    tail = _TAIL.search(text, start, stop)
    if tail is None:
        return None
    journal_stop = stripped(text, start, tail.start(), ",")[1]
    journal_start = _journal_start(text, start, journal_stop)
    if journal_start is None or _NUMBER_SET_OFF.search(text, journal_start, journal_stop):
        return None  # (`Am J Clin Nutr 70, Suppl. 3, 439S–450S`: a volume and its supplement)
    if _dated_before(year, journal_start, out):
        return None
    body(text, parts, year.span.end, out)  # (now keep a bare DOI, if any)
    out["container"] = text_field(text, (journal_start, journal_stop))
    out["volume"] = text_field(text, tail.span("volume"))
    if tail["issue"] is not None:
        out["issue"] = text_field(text, stripped(text, *tail.span("issue")))
    if _GROUP_SPACE.search(tail["locator"]):
        out["pages"] = _grouped_pages(text, tail.span("locator"))
    else:
        locate(text, tail.span("locator"), out)
    _take_year(year, stop, out)
    title = stripped(text, start, journal_start, ".")
    return text_field(text, title) if title[1] > title[0] else None, Kind.ARTICLE


def _book(
    text: str, parts: Sequence[Part], year: PartialDate, span: tuple[int, int], out: dict
) -> tuple[Field | None, Kind] | None:
    """`Title. Place: Publisher.` and `Title. In Book (eds ...), pp. 1–9. Place: Publisher.`"""
    start, stop = span
    if _dated_before(year, stop, out):
        return None
    published = PUBLISHED.search(text, start, stop)
    if published is None or published["pages"] is not None or published.start() <= start:
        return None
    middle = stripped(text, start, published.start(), ".")
    if middle[1] <= middle[0]:
        return None
    out["place"] = text_field(text, published.span("place"))
    out["publisher"] = text_field(text, published.span("publisher"))
    _take_year(year, stop, out)
    chapter = _CHAPTER.match(text, *middle)
    if chapter is None:
        return text_field(text, middle), Kind.BOOK
    from refslint.grammar.roles import expand_pages

    book = chapter.span("book")
    edition = _EDITION.search(text, *book)
    if edition is not None:
        out["edition"] = text_field(text, edition.span("edition"))
        book = (book[0], edition.start())
    out["container"] = text_field(text, book)
    out["in_marker"] = text_field(text, chapter.span("in"))
    if chapter["editors"] is not None:
        out["editors"] = names(text, chapter.span("editors"), family_first=False)
    if chapter["pages"] is not None:
        out["pages"] = expand_pages(text_field(text, chapter.span("pages")))
        out["page_marker"] = text_field(text, chapter.span("marker"))
    kind = Kind.CONFERENCE if _CONFERENCE.search(text, *book) else Kind.CHAPTER
    return text_field(text, chapter.span("title")), kind


def _journal_start(text: str, start: int, stop: int) -> int | None:
    """Where the journal's name begins: after the last sentence end whose following pieces (up
    to the volume) all read as pieces of an abbreviated name (`J. Mammary Gland Biol.
    Neoplasia`, `Proc. Natl Acad. Sci. USA`, `Zoology`); None if no title is left before. A
    title's part number (`II.`) is no piece of a journal's name."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, stop)]
    found = None
    for at in reversed(ends):
        piece_stop = found if found is not None else stop
        piece = text[at:piece_stop].strip().rstrip(".")
        if found is not None and (
            not _abbreviation_piece(piece.split()) or _PART_NUMBER.match(piece)
        ):
            if _known_head(piece, text[at:stop]):
                found = at
            break
        found = at
    if found is None or not text[start:found].strip(" ."):
        return None
    return found


def _known_head(piece: str, journal: str) -> bool:
    """Whether a longer piece of capitalised words opens a journal the shipped lists know, read
    with the rest (`Stat Appl Genet Mol. Biol.`, its first periods lost): a title's words run on
    to the journal seldom are."""
    words = piece.split()
    if len(words) > _LONGEST_PIECE or not all(_JOURNAL_WORD.match(w) for w in words):
        return False
    from refslint.journals import lookup  # the table is read only for entries like these

    return bool(lookup(journal.strip()))


_LONGEST_PIECE = 6


def _grouped_pages(text: str, span: tuple[int, int]) -> Pages:
    """`17 714–17 719`: the pages as numbers (`17714`, `17719`), the printed text kept."""
    printed = text[span[0] : span[1]]
    pieces = [_GROUP_SPACE.sub("", p) for p in _DASH_SPLIT.split(printed, maxsplit=1)]
    if len(pieces) == 1:
        return Pages(printed, Span(*span), pieces[0])
    dash = _DASH_SPLIT.search(printed)
    return Pages(
        printed, Span(*span), pieces[0], pieces[1], pieces[1], dash.group().strip() if dash else ""
    )


def _dated_before(year: PartialDate, stop: int, out: dict) -> bool:
    """Whether the grammar read a date other than the year before `stop`: in the title, a
    Vancouver date (`et al. 2019 ESC Guidelines for ... 2020;41:407`), another form."""
    return any(d.span.start != year.span.start and d.span.end <= stop for d in out["dates"])


def _take_year(year: PartialDate, stop: int, out: dict) -> None:
    """The year as the entry's date, first of its dates; a date the grammar read inside the
    journal or the tail (`Ecol. 82, 1254`) is none, one after them (an access note) stays."""
    out["date"] = year
    out["dates"] = (year, *(d for d in out["dates"] if d.span.start >= stop))
