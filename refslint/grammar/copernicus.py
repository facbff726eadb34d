"""Roles in Copernicus' author-date style, whose year stands last (the EGU journals, ASR, NHESS).

`Surname, I. I., Surname, I., and Surname, I.: Title, J. Abbrev., Volume, first–last, DOI,
Year.`: a colon closes the names; then the title, the journal, the volume, the pages or article
number and the DOI (bare, with no label) are set off by commas, and the year closes the entry.
The grammar cuts all of it at the journal's periods, and with no date before the volume the
Vancouver reading finds no journal at all. Here the tail is matched from the end, and the last
piece before the volume is the journal when its shape says so (`physics.is_journal`); what
stands between the colon and the journal is the title, commas and all. A book closes with its
publisher, place and number of pages (`Title, Academic Press, London, 771 pp., 1998.`).
"""

from __future__ import annotations

from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.chicago import locate, stripped, take_date, text_field
from refslint.grammar.fragments import BARE_DOI, DASH, LOCATION, YEAR
from refslint.grammar.physics import is_journal
from refslint.grammar.transform import Part
from refslint.model import Field, Kind

# `, 116, 1137–1156, 1988.`, `, 10, 1–5, 10.5194/asr-10-1-2013, 2013.`, `, 12, L07401, 2019.`
_TAIL = patterns.compile(
    rf",\s+(?P<volume>[A-Za-z]{{0,3}}\d+[A-Za-z]?(?:\s*{DASH}\s*\d+)?)"
    rf"(?:\s*\((?P<issue>[^()]{{1,12}})\))?,\s+(?P<locator>{LOCATION})"
    rf"(?:,\s+(?:https?://(?:dx\.)?doi\.org/)?(?P<doi>{BARE_DOI}))?,\s+(?P<year>{YEAR})[a-z]?\.?\s*$"
)

# a book's tail: `, Academic Press, London, 771 pp., 1998.` (the publisher, its place, the
# book's number of pages and the year)
_BOOK_TAIL = patterns.compile(
    r"(?P<mark>[,.])\s+(?P<publisher>[A-Z][^\s,.:]*(?:\s+[^\s,.:]+){0,5}),\s+"
    rf"(?P<place>[A-Z][^\d,.:]{{1,30}}),\s+\d+\s+pp\.,\s+(?P<year>{YEAR})\.?\s*$"
)

# a word of a journal cut short on both sides of a hyphen (`Bound.-Lay.`, `Z. Naturforsch.`)
_CUT_PIECES = patterns.compile(r"[A-Z][a-z]{0,11}\.(?:-[A-Z][a-z]{0,11}\.?)*")


def article(
    text: str, parts: Sequence[Part], start: int, out: dict
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for an article whose names a colon closes (the names end at `start`); return
    its title and kind, or None where the entry is not in this form."""
    rest = text[start:].lstrip()
    if not rest.startswith(":") and not text[:start].rstrip().endswith(":"):
        return None
    tail = _TAIL.search(text, start)
    if tail is None:
        return _book(text, start, rest, out)
    begin = start + (len(text[start:]) - len(rest)) + (1 if rest.startswith(":") else 0)
    head = text[begin : tail.start()]
    comma = head.rfind(", ")
    if comma < 0:
        return None
    journal = stripped(text, begin + comma + 1, tail.start())
    title = stripped(text, begin, begin + comma, ",")
    if title[1] <= title[0] or not _journal(text[journal[0] : journal[1]]):
        return None
    out["container"] = text_field(text, journal)
    out["volume"] = text_field(text, tail.span("volume"))
    if tail.group("issue"):
        out["issue"] = text_field(text, tail.span("issue"))
    locate(text, tail.span("locator"), out)
    if tail.group("doi") and "doi" not in out:
        out["doi"] = text_field(text, tail.span("doi"))
    # what the grammar took for dates inside the title, the journal and the tail is none
    out["dates"] = tuple(d for d in out.get("dates", ()) if d.span.end <= begin)
    take_date(text, tail.span("year"), out)
    return text_field(text, title), Kind.ARTICLE


def _book(text: str, start: int, rest: str, out: dict) -> tuple[Field | None, Kind] | None:
    """A book, `Title, Publisher, Place, 771 pp., Year.`, or None."""
    tail = _BOOK_TAIL.search(text, start)
    if tail is None:
        return None
    begin = start + (len(text[start:]) - len(rest)) + (1 if rest.startswith(":") else 0)
    title = stripped(text, begin, tail.start())
    if title[1] <= title[0]:
        return None
    out["publisher"] = text_field(text, tail.span("publisher"))
    out["place"] = text_field(text, tail.span("place"))
    out["dates"] = tuple(d for d in out.get("dates", ()) if d.span.end <= begin)
    take_date(text, tail.span("year"), out)
    return text_field(text, title), Kind.BOOK


def _journal(name: str) -> bool:
    """Whether `name` reads as a journal's: `physics.is_journal`'s shape, or every word but
    the last cut short with its period (`Bound.-Lay. Meteorol.`), as ISO 4 cuts them."""
    words = name.split()
    return is_journal(name) or (
        1 < len(words) <= 8
        and all(_CUT_PIECES.fullmatch(w) for w in words[:-1])
        and (_CUT_PIECES.fullmatch(words[-1]) is not None or words[-1][:1].isupper())
    )
