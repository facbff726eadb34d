"""ABNT (NBR 6023), Brazil's national style: what its entries print unlike Vancouver's.

A book's imprint closes with a comma before the year, `Place: Publisher, Year.`, where Vancouver
prints `Place: Publisher; Year.`; in a chapter the book's pages may follow it, `São Paulo: Ed. da
UNESP, 1988. p.211-362.`, and a translator or an edition may stand between the book and the
imprint (`In: BAKHTIN, M. M. Estética da criação verbal. Tradução de Paulo Bezerra. 4. ed. São
Paulo: ...`). The imprint is read from the text so that a chapter's publisher, place and year are
there for the rules (RL501 asks a chapter for them).

An article gives its journal, a place it may print, then the volume, issue and pages each with its
mark, and the year, all after commas: `Title. Journal, Place, v. 20, n. 40, p. 147-162, 2010.`
(months may stand before the year, `abr./jun. 2017`). The marks tell the form: at least the
volume's or the issue's must stand there.
"""

from __future__ import annotations

import re

from refslint import patterns
from refslint.grammar.chicago import pages_field
from refslint.grammar.transform import month_named
from refslint.model import Field, Kind, PartialDate, Span

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


# (an `n.` of more figures with no pages is the article's number in ABNT's `n.`, `Sci Rep, v. 12,
# n. 3473, 2022.`: no journal reaches issue 1000 of a volume)
_LONGEST_ISSUE = 3
_ARTICLE = patterns.compile(
    r"[.?!]\s+(?P<journal>[^\s,][^,]{0,120}?)(?:,\s*[^\d,][^,]{0,40}?){0,2}?,\s*"
    r"(?:v\.?\s*(?P<volume>\d[\w\-/]{0,9})\s*,?\s*)?"
    r"(?:n\.\s*(?P<issue>[\w\-/]{1,10})\s*,\s*)?"
    r"(?:p\.\s*(?P<pages>\d+(?:\s*-\s*\d+)?)\s*,\s*)?"
    r"(?:(?P<month>[A-Za-z][a-z]{2,9}\.?)(?:/(?P<end_month>[a-z]{3,9}\.?))?,?\s+)?"
    r"(?P<year>(?:1[5-9]|20)\d\d)[a-z]?(?=[.,]?(?:\s|$))"
)


def article(text: str, out: dict) -> Kind | None:
    """Read the journal, volume, issue and pages after the title (`out["title"]`) where they
    stand in ABNT's form; the kind, ARTICLE, or None where the form is not there."""
    title = out["title"]
    found = _ARTICLE.match(text, title.span.end)
    if found is None or (found["volume"] is None and found["issue"] is None):
        return None
    out["container"] = Field(found["journal"], Span(*found.span("journal")))
    for key in ("volume", "issue"):
        if found[key] is not None:
            out[key] = Field(found[key], Span(*found.span(key)))
    if found["pages"] is None and found["issue"] and len(found["issue"]) > _LONGEST_ISSUE:
        out["article_number"] = out.pop("issue")  # `Sci Rep, v. 12, n. 3473, 2022.`
    if found["pages"] is not None:
        out["pages"] = pages_field(text, found.span("pages"))
    read = out.get("date")
    if read is None:
        out["date"] = date = _issue_date(found)
        out["dates"] = (*out.get("dates", ()), date)
    elif read.month is None and read.year_span == Span(*found.span("year")):
        out["date"] = date = _issue_date(found)  # the months before the year read with it
        out["dates"] = tuple(date if d is read else d for d in out.get("dates", ()))
    return Kind.ARTICLE


def _issue_date(found: re.Match[str]) -> PartialDate:
    """The issue's year, with its months where printed (`abr./jun. 2017`, `Sept. 2006`)."""
    year = Span(*found.span("year"))
    if found["month"] is None or month_named(found["month"]) is None:
        return PartialDate(found["year"], year, int(found["year"]), year)
    start = found.start("month")
    stop = year.end + (found.string[year.end : year.end + 1].isalpha())  # (`2022b`)
    first = Field(found["month"], Span(start, found.end("month")))
    end = None
    if found["end_month"] is not None:
        end = Field(found["end_month"], Span(*found.span("end_month")))
    return PartialDate(
        found.string[start:stop],
        Span(start, stop),
        int(found["year"]),
        year,
        month=month_named(found["month"]),
        month_token=first,
        end_month=month_named(found["end_month"]) if end else None,
        end_month_token=end,
        order="mdy",
    )
