"""ABNT (NBR 6023), Brazil's national style: what its entries print unlike Vancouver's.

A book's imprint closes with a comma before the year, `Place: Publisher, Year.`, where Vancouver
prints `Place: Publisher; Year.`; in a chapter the book's pages may follow it, `São Paulo: Ed. da
UNESP, 1988. p.211-362.`, and a translator or an edition may stand between the book and the
imprint (`In: BAKHTIN, M. M. Estética da criação verbal. Tradução de Paulo Bezerra. 4. ed. São
Paulo: ...`). The imprint is read from the text so that a chapter's publisher, place and year are
there for the rules (RL501 asks a chapter for them).
"""

from __future__ import annotations

from refslint import patterns
from refslint.model import Field, PartialDate, Span

# `Place: Publisher, Year` after a sentence's end: the place one run of words (a state may follow
# it, `Campo Mourão, PR`), the publisher up to the last comma before a year that ends the
# sentence or comes before the pages (`Martins Fontes, 2011, p.307-336`); a publisher may hold
# periods (`Ed. da UNESP`), a colon never.
_IMPRINT = patterns.compile(
    r"(?:(?<=^)|(?<=[.?!]\s))(?P<place>[A-Z\u00c0-\u00de][^.:;,\[\]()]{1,40}?(?:,\s*[A-Z]{2})?)"
    r"\s*:\s+(?P<publisher>[^:;\[\]\s][^:;\[\]]{0,80}?)\s*,\s*"
    r"(?P<year>(?:1[5-9]|20)\d\d)[a-z]?(?=\s*(?:\.(?:\s|$)|,\s*p\.|$))"
)


def imprint(text: str, start: int, out: dict) -> bool:
    """Fill the place, publisher and (where none was read) date from the first imprint after
    `start`; whether one was found."""
    found = _IMPRINT.search(text, start)
    if found is None:
        return False
    out["place"] = Field(found["place"], Span(*found.span("place")))
    out["publisher"] = Field(found["publisher"], Span(*found.span("publisher")))
    if out.get("date") is None:
        year = Span(*found.span("year"))
        date = PartialDate(found["year"], year, int(found["year"]), year)
        out["date"] = date
        out["dates"] = (*out.get("dates", ()), date)
    return True
