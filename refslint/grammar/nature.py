"""Roles in Nature's numbered style, where the year closes the entry in parentheses.

`Surname, I. I., Surname, I. & Surname, I. Title. Abbrev. J. 21, 233–243 (2016).`: the journal,
its abbreviated words each with a period, then the volume, a comma, the pages or article number
and the year in parentheses. The grammar reads this tail as free text, and may read an
abbreviation, a volume and a page that looks like a year (`Immunol. 20, 1002`) as a month, a
day and a year; here the tail is read by its shape, from the end of the entry, and any date the
grammar found inside the journal or the tail is dropped: the year is the one in parentheses.

Read only where a title, closed by its period, stands between the names and the journal: a
physics list's `A. Author, Phys. Rev. Lett. 39, 1098 (1977)` has no title and keeps its reading.
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
    # (a section in brackets before the volume: `J. Geophys. Res. [Oceans] 124`)
    rf"(?<=[\w.)\]])\s+(?P<volume>{_VOLUME})(?:\s*\((?P<issue>[^()]{{1,20}})\))?\s*,\s*"
    rf"(?P<locator>{LOCATION})\s*\(\s*(?P<year>{YEAR})[a-z]?\s*\)\s*$"
)
# A sentence end inside the text after the names: where the title may stop and the journal start
_SENTENCE_END = patterns.compile(r"[.?!][\"”’']?\s+(?=\S)")
# A word of a journal's name: capitalised, all capitals, a lower-case-led name (`npj`, `eLife`)
# or a joining word (`of`, `and`, `&`, `in`, `for`), or a section set in brackets (`[Oceans]`,
# which RL811 reports)
_JOURNAL_WORD = patterns.compile(
    r"^(?:[A-Z][\w'’\-]*|[a-z]+[A-Z][\w\-]*|npj|of|and|&|in|for|the|\[[A-Z][a-z]+\])$"
)
_MAX_PIECE_WORDS = 3  # a journal's piece between two periods: `Cell Biol`, `Natl Acad`


def article(
    text: str, parts: Sequence[Part], start: int, out: dict
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for an article in this form (the text after the names at `start`); return the
    title and the kind, or None where the entry's tail is not this form's."""
    if not text.rstrip().rstrip(".").endswith(")"):
        return None  # (the commonest case, told at once)
    found_body = body(text, parts, start, dict(out), lead=",.")
    if found_body is None:
        return None
    start, stop = found_body
    tail = _TAIL.search(text, start, stop)
    if tail is None:
        return None
    journal_stop = stripped(text, start, tail.start())[1]
    journal_start = _journal_start(text, start, journal_stop)
    if journal_start is None:
        return None  # no title before the journal: another form
    body(text, parts, start, out)  # (now keep a bare DOI, if any)
    out["container"] = text_field(text, stripped(text, journal_start, journal_stop, ","))
    out["volume"] = text_field(text, tail.span("volume"))
    if tail["issue"] is not None:
        out["issue"] = text_field(text, stripped(text, *tail.span("issue")))
    locate(text, tail.span("locator"), out)
    # what the grammar took for dates inside the journal and the tail is none (`Immunol. 20, 1002`)
    out["dates"] = tuple(
        d for d in out.get("dates", ()) if d.span.end <= journal_start or d.span.start >= stop
    )
    take_date(text, tail.span("year"), out)
    title = stripped(text, start, journal_start, ".")
    return text_field(text, title) if title[1] > title[0] else None, Kind.ARTICLE


def _journal_start(text: str, start: int, stop: int) -> int | None:
    """Where the journal's name begins: after the last sentence end whose following pieces (up
    to the volume) all read as pieces of an abbreviated name; None if no title is left before."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, stop)]
    if not ends:
        return None
    found = None
    for at in reversed(ends):
        piece_stop = found if found is not None else stop
        words = text[at:piece_stop].strip().rstrip(".").split()
        if found is not None and not _abbreviation_piece(words):
            break
        found = at
    if found is None or not text[start:found].strip(" ."):
        return None
    title = text[start:found].rstrip(" .")
    comma = title.rfind(", ")
    if comma >= 0 and _abbreviation_piece(title[comma + 2 :].split()):
        return None  # `Title of paper, Phys. Rev. Lett. 39, 1098 (1977)`: the journal after a comma
    return found


def _abbreviation_piece(words: list[str]) -> bool:
    """A piece between two periods that can be part of a journal's name (`Mol`, `Cell Biol`)."""
    return 0 < len(words) <= _MAX_PIECE_WORDS and all(_JOURNAL_WORD.match(w) for w in words)
