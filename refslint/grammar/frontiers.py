"""Roles in Frontiers' Vancouver variant, where the year stands in parentheses after the journal.

`Surname AB, Surname C, et al. Title. Abbrev J. (2010) 12(3):345–56. doi: 10..., PMID: N`: the
journal's closing period, the year in parentheses, then the volume, issue and pages with no
semicolon. The grammar reads this tail as free text (a year inside parentheses starts no date);
the pieces are told apart here by their shapes, from the end of the entry, as `chicago.py` does
for Wiley's form.

Read only where a title and a journal, each closed by its period, come before `(Year) Volume`:
no other style prints a bare volume straight after a parenthesised year. What the entry lost or
damaged is read all the same, so that the rules can say what is wrong: the year printed again as
the volume (`(2024) 2024:1–15`: no volume, which RL501 reports), a stray mark inside the year's
parentheses or before the volume (`(. 2008) ;28:`, which RL511 reports), pages lost after the
volume (`12 021`: no pages, which RL501 reports).
"""

from __future__ import annotations

from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.chicago import body, locate, stripped, take_date, text_field
from refslint.grammar.fragments import LOCATION, YEAR
from refslint.grammar.transform import Part
from refslint.model import Field, Kind

_VOLUME = r"[A-Za-z]{0,3}\d+[A-Za-z]?"
_TAIL = patterns.compile(
    rf"(?<=[.?!])\s*\(\s*[.,;:]?\s*(?P<year>{YEAR})[a-z]?\s*\)\s*[;:,]?\s*(?P<volume>{_VOLUME})"
    r"(?:\s*\((?P<issue>[^()]{1,20})\))?"
    rf"(?:\s*:\s*(?P<locator>{LOCATION})(?:\s*[\-\u2013])?|\s+\d+)?\s*$"
)
# Where the journal's name starts: after the title's closing mark (`Title. J Immunol.`)
_SENTENCE_END = patterns.compile(r"[.?!][\"”’']?\s+(?=\S)")


def article(
    text: str, parts: Sequence[Part], start: int, out: dict
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for an article in this form (the text after the names at `start`); return the
    title and the kind, or None where the entry's tail is not this form's."""
    if ")" not in text:
        return None  # (the commonest case, told at once)
    found_body = body(text, parts, start, dict(out), lead=",.")
    if found_body is None:
        return None
    start, stop = found_body
    tail = _TAIL.search(text, start, stop)
    if tail is None:
        return None
    journal_stop = stripped(text, start, tail.start(), ".")[1]
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, journal_stop)]
    if not ends:
        return None  # no title before the journal: another form
    journal_start = ends[-1]
    body(text, parts, start, out)  # (now keep a bare DOI, if any)
    out["container"] = text_field(text, (journal_start, journal_stop))
    year = tail["year"]
    if tail["volume"] != year:  # `(2024) 2024:1–15`: the year again, no volume
        out["volume"] = text_field(text, tail.span("volume"))
    if tail["issue"] is not None:
        out["issue"] = text_field(text, stripped(text, *tail.span("issue")))
    if tail["locator"] is not None:
        locate(text, tail.span("locator"), out)
    take_date(text, tail.span("year"), out)
    title = stripped(text, start, journal_start, ".")
    return text_field(text, title) if title[1] > title[0] else None, Kind.ARTICLE
