"""Roles in the forms numbered lists borrow from APA: an article online before its issue, and a
chapter or proceedings paper whose pages stand in parentheses after the book.

`Title. Journal. 2025. Online ahead of print. https://doi.org/...`, `J Things. 2025 [Epub ahead
of print]. doi: ...`, APA's `Title. Journal. Advance online publication. https://doi.org/...`:
a journal article with no volume or pages yet, not a web page. The mark is what tells it; the
journal is the text just before the year (or before the mark, when the year follows the names).

`In Brown A, White B (eds.) Book Title (pp. 97–102). Springer: Cham. 2021.` and APA's `In A.
Brown & B. White (Eds.), Book title (pp. 97–102). Springer.`: the grammar reads the `In`, the
editors and the parenthesised pages; here the publisher is found after the book, set out as
`Publisher: Place.`, `Place: Publisher.` (either order, the year after it) or `Publisher.` alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from refslint import patterns
from refslint.grammar.transform import Part
from refslint.model import Field, Span

# The marks of an article out before its issue, as the whole of a sentence, bracket or parenthesis.
AHEAD = patterns.compile(
    r"^[\[(]?\s*(?:(?:(?:Online|Epub|E-pub|Published\s+online)\s+)?ahead\s+of\s+print"
    r"|Advance\s+online\s+publication)\s*[\])]?$",
    re.IGNORECASE,
)
# What may stand between the journal's date and the mark: separators, dates and identifiers.
_BETWEEN = frozenset(("sep", "semi", "pub", "doi", "url", "pmid", "bracket"))
# Words of a publishing house's name, to tell `Springer: Cham` from `Cham: Springer`.
HOUSE = patterns.compile(
    r"\b(?:Press|Verlag|Publishers?|Publishing|Publications|Sons|Books|Editora|Editorial"
    r"|[ÉE]ditions?|Ediciones|Edizioni|Wiley|Springer|Elsevier|Routledge|Macmillan|McGraw|Hall"
    r"|Academic|CRC|Sage|SAGE|Karger|Thieme|Blackwell|Pearson|IEEE|ACM|Inc|Ltd|GmbH|LLC"
    r"|Nature|Taylor|Francis|Pergamon|Butterworth|Saunders|Mosby|Lippincott|Humana|Wolters)\b"
)
_PLACE_HOUSE = patterns.compile(r"^(?P<first>[^:]{1,60}?)\s*:\s*(?P<second>[^:]{1,80})$")


def is_ahead_mark(part: Part) -> bool:
    return part.kind in ("text", "bracket") and AHEAD.match(part.text) is not None


def ahead_of_print(text: str, segments: list[list[Part]], out: dict) -> list[list[Part]] | None:
    """Fill `out` for a journal article marked as out before its issue; return the title's
    segments, or None where no mark stands after a journal's name."""
    from refslint.grammar.roles import _abbreviated_from, _is_title_like, _texts, sub

    flat = [(i, p) for i, s in enumerate(segments) for p in s]
    mark_at = next((k for k, (_, p) in enumerate(flat) if is_ahead_mark(p)), None)
    if mark_at is None:
        return None
    # back from the mark over dates, identifiers and separators to the journal's name
    anchor = mark_at
    while anchor > 0 and flat[anchor - 1][1].kind in _BETWEEN:
        anchor -= 1
    dates = [p for _, p in flat[anchor:mark_at] if p.kind == "pub" and p.date is not None]
    if any(p.volume or p.issue or p.locator for p in dates):
        return None  # a volume or pages stand there: the ordinary reading's
    if anchor == 0 or flat[anchor - 1][1].kind != "text":
        return None
    at, last = flat[anchor - 1]
    texts = _texts(segments[at])
    first = texts[0]
    if at == 0 or any(p.kind not in ("text", "sep") for p in segments[at] if p.end <= last.start):
        return None  # no title before it, or more than a name stands there
    journal = Span(first.start, last.end)
    at, first = _abbreviated_from(text, segments, at, first, journal)
    out["container"] = sub(text, Span(first.start, journal.end))
    if dates:
        out["date"] = dates[0].date
    mark = flat[mark_at][1]
    medium = out.get("medium")
    if medium is not None and medium.span.start == mark.start:
        del out["medium"]  # `[Online ahead of print]` is no medium
    return [s for s in segments[:at] if _is_title_like(s)]


class Published(NamedTuple):
    """A book's place and publisher after its title, the date part after them, and the index of
    their segment."""

    place: Field | None
    publisher: Field
    date: Part | None
    at: int


def publisher_after(
    text: str, segments: Sequence[Sequence[Part]], apa_pages: bool
) -> Published | None:
    """The place, publisher and date part of a book set out after its title as `Publisher:
    Place. 2021.`, `Place: Publisher. 2021.` or `Publisher.`: a sentence of one stretch of text,
    followed by a bare year or by nothing but identifiers. A name alone is taken for the
    publisher only after APA's parenthesised pages (`apa_pages`) or when it names a publishing
    house: `In: Proc X. Sydney. 2019.` names a place. None where the segments hold none."""
    from refslint.grammar.roles import sub

    for i, segment in enumerate(segments):
        body = [p for p in segment if p.kind != "sep"]
        if len(body) != 1 or body[0].kind != "text":
            continue
        rest = [p for s in segments[i + 1 :] for p in s if p.kind != "sep"]
        date = rest[0] if rest and rest[0].kind == "pub" else None
        if date is not None and (date.volume or date.issue or date.locator):
            return None
        following = rest[1:] if date is not None else rest
        if any(p.kind not in ("doi", "url", "pmid", "access", "available") for p in following):
            continue
        part = body[0]
        found = _PLACE_HOUSE.match(part.text)
        if found is None:
            if apa_pages or HOUSE.search(part.text):
                return Published(None, part.field, date, i)
            return None
        first = sub(text, Span(part.start + found.start("first"), part.start + found.end("first")))
        second = sub(
            text, Span(part.start + found.start("second"), part.start + found.end("second"))
        )
        if HOUSE.search(first.text) and not HOUSE.search(second.text):
            return Published(second, first, date, i)  # `Springer: Cham`
        return Published(first, second, date, i)  # `Cham: Springer`, as Vancouver sets it
    return None


def book(text: str, segments: list[list[Part]]) -> Published | None:
    """A book set out as `Title. 5th edn. McGraw-Hill: New York. 2017.` (either order around the
    colon, the year after): read only where one side names a publishing house, since `Title.
    Cardiology: Research. 2015.` may be a journal that lost its volume."""
    found = publisher_after(text, segments[1:], apa_pages=False)
    if found is None or found.place is None:
        return None
    if not (HOUSE.search(found.publisher.text) or HOUSE.search(found.place.text)):
        return None
    return found._replace(at=found.at + 1)
