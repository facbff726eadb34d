"""Roles in ASM's numbered style, where the year stands after the names as a sentence of its own.

`Surname AB, Surname C. 2019. Title. Abbrev J 85:e02335-18. doi:10...`: the grammar reads the
year as a date with nothing hanging on it, and the title, journal, volume and pages after it as
free text. The journal and its numbers are told apart here by their shapes, from the end of the
entry's own words, as `frontiers.py` does for its form.

Read only where the year stands alone right after the names and the last sentence before the
identifiers ends in a volume (`Gut 68:1504–1515`, `Nucleic Acids Res 36:D524–7`). A volume
without pages (`Appl Environ Microbiol 86.`) is read all the same, so that RL501 can say what
is missing; a book (`1st ed. Elsevier, Amsterdam.`) is left to the ordinary reading.
"""

from __future__ import annotations

from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.chicago import body, locate, stripped, text_field
from refslint.grammar.fragments import LOCATION
from refslint.grammar.transform import Part
from refslint.model import Field, Kind, PartialDate

_TAIL = patterns.compile(
    r"\s(?P<volume>\d{1,5}[A-Za-z]?)(?:\s*\((?P<issue>[^()]{1,20})\))?"
    r"(?:\s+(?P<supplement>Suppl(?:ement)?\.?(?:\s*[A-Za-z0-9]{1,6})?))?"
    rf"(?:\s*:\s*(?P<locator>{LOCATION}))?\s*$"
)
# Where the journal's name starts: after the title's closing mark (`Title. Gut 68:`)
_SENTENCE_END = patterns.compile(r"[.?!][\"”’']?\s+(?=\S)")
# what may stand between the names and the year: the names' period, spaces
_LEAD = patterns.compile(r"[\s.,]*")


def article(
    text: str, parts: Sequence[Part], start: int, out: dict, read_year: PartialDate | None = None
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for an article in this form (the text after the names at `start`); return the
    title and the kind, or None where the entry is not this form's. `read_year`: the year the
    grammar read with the names (`Pristas P. 2017.`), where it did."""
    if read_year is not None:
        date, end = read_year, read_year.span.end
        if not text.startswith(".", end):
            return None  # `Liu X 2016 Title`: IOP's numbered Harvard, the year no sentence
    else:
        year = next((p for p in parts if p.start >= start and p.kind != "sep"), None)
        if year is None or year.kind != "pub" or year.date is None:
            return None
        if year.volume or year.issue or year.locator or year.supplement:
            return None  # `2020;49:8790-839`: a Vancouver date with its volume, not ASM's
        if _LEAD.fullmatch(text, start, year.start) is None:
            return None
        date, end = year.date, year.end
    if date.month is not None:
        return None  # (ASM prints the year alone)
    found_body = body(text, parts, end, dict(out), lead=",.")
    if found_body is None:
        return None
    start, stop = found_body
    tail = _TAIL.search(text, start, stop)
    if tail is None:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, tail.start())]
    if not ends:
        return None  # no title before the journal: another form
    journal_start = ends[-1]
    journal = stripped(text, journal_start, tail.start(), ",")
    if journal[1] <= journal[0] or not text[journal[0]].isalpha():
        return None
    body(text, parts, end, out)  # (now keep a bare DOI, if any)
    out["container"] = text_field(text, journal)
    out["volume"] = text_field(text, tail.span("volume"))
    if tail["issue"] is not None:
        out["issue"] = text_field(text, stripped(text, *tail.span("issue")))
    if tail["supplement"] is not None:
        out["supplement"] = text_field(text, tail.span("supplement"))
    if tail["locator"] is not None:
        locate(text, tail.span("locator"), out)
    out["date"] = date
    title = stripped(text, start, journal_start, ".")
    return text_field(text, title) if title[1] > title[0] else None, Kind.ARTICLE
