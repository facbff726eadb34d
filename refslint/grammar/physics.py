"""Roles in the physics and chemistry styles that print no article titles (APS, AIP, AVS, RBEF).

`I. Surname, I. Surname, and I. Surname, J. Abbrev. Volume, page (Year).`: after the comma that
closes the names comes the journal, then the volume, a comma, the first page or article number,
and the year in parentheses. The grammar reads all of it as free text cut at the journal's
periods, and Nature's reading (a title, then the journal) would take the journal's first piece
(`Phys.`) for a title. Here the words between the names and the volume are read as the journal
when their shape says they are one: each piece a period ends inside the name is a word cut short
(`Phys.`, `Environ.`, `J.`), and every word is a journal's (capitalised, `&`, `and`, `of`, a
dash, a qualifier in parentheses such as `(London)`). A comma inside stands only before a
section (`Sensors and Actuators, B: Chemical`) or in a name the shipped lists know (`TrAC, Trends
Anal. Chem.`): elsewhere it ends a title (`Title, Phys. Rev. Lett.`), and the entry is left to
the other readings.

The same tail after a title (`I. Surname and I. Surname, Title, J. Abbrev. 20, 080201 (2018),
doi:...`, SciPost's style and titled APS lists) is read by `titled_article`: the journal is the
longest run of the words after a comma inside the body that reads as one, the title all before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.chicago import body, locate, stripped, take_date, text_field
from refslint.grammar.fragments import DASH, LOCATION, YEAR
from refslint.grammar.transform import Part
from refslint.model import Field, Kind

# a volume may be a range (`111–112`) or carry a letter (`B50`)
_VOLUME = rf"[A-Za-z]{{0,3}}\d+[A-Za-z]?(?:\s*{DASH}\s*\d+)?"
# `25, 297 (1981)`, `41, 7892(R) (1990)`, `39, 032601 (2021)`
_TAIL = patterns.compile(
    rf"(?<=[\w.)])\s+(?P<volume>{_VOLUME})\s*,\s*(?P<locator>{LOCATION})(?:\s*\([A-Z]\))?"
    rf"\s*\(\s*(?P<year>{YEAR})[a-z]?\s*\)\s*$"
)
# a word of a journal's name: capitalised or all capitals (`TrAC`, `Biomed`), a lower-case-led
# name (`npj`, `eLife`), a joining word, `&`, a dash, a qualifier in parentheses (`(Basel)`)
_WORD = re.compile(
    r"(?:[A-Z][\w'’\-]*|[a-z]+[A-Z][\w\-]*|npj|of|and|&|in|for|the|on|de|der|für|"
    rf"{DASH}|\([A-Z][\w.\s]*\))(?:\.[:,]?|[:,])?$"
)
# a section after a comma: `B: Chemical`, `A`, `Section B`
_SECTION = re.compile(r"^(?:[A-H](?::\s.*)?|Section [A-H])$")
# a word cut short before its period: consonant-final, as ISO 4 cuts (`Rend`, `Accad`, `Chang`)
_CUT_WORD = re.compile(r"[A-Z][A-Za-z]{0,11}[^aeiouyAEIOUY\W\d]")
_MAX_WORDS = 10


def article(
    text: str, parts: Sequence[Part], start: int, out: dict
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for an untitled article (the text after the names at `start`, which a comma
    closes); return no title and the kind, or None where the entry is not in this form."""
    if not text.rstrip().rstrip(".").endswith(")"):
        return None  # (the commonest case, told at once)
    if not text[start:].lstrip().startswith(","):
        return None  # the names closed by a period: a title follows (Nature's, Vancouver's)
    found_body = body(text, parts, start, dict(out))
    if found_body is None:
        return None
    begin, stop = found_body
    tail = _TAIL.search(text, begin, stop)
    if tail is None:
        return None
    journal = stripped(text, begin, tail.start(), ",")
    if journal[1] <= journal[0] or not is_journal(text[journal[0] : journal[1]]):
        return None
    _fill(text, parts, start, out, journal, tail, stop)
    return None, Kind.ARTICLE


def titled_article(
    text: str, parts: Sequence[Part], start: int, out: dict
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for a titled article in this form (the text after the names at `start`, which
    a comma closes); return the title and the kind, or None where the entry is not in it."""
    if "(" not in text or not text[start:].lstrip().startswith(","):
        return None
    found_body = body(text, parts, start, dict(out))
    if found_body is None:
        return None
    begin, stop = found_body
    tail = _TAIL.search(text, begin, stop)
    if tail is None:
        return None
    journal = None
    for comma in (m.end() for m in re.finditer(r",\s", text[begin : tail.start()])):
        span = stripped(text, begin + comma, tail.start(), ",")
        if span[1] > span[0] and is_journal(text[span[0] : span[1]]):
            journal = span
            break
    if journal is None:
        return None
    title = stripped(text, begin, journal[0], ",")
    if title[1] <= title[0]:
        return None
    _fill(text, parts, start, out, journal, tail, stop)
    return text_field(text, title), Kind.ARTICLE


def _fill(
    text: str,
    parts: Sequence[Part],
    start: int,
    out: dict,
    journal: tuple[int, int],
    tail: re.Match[str],
    stop: int,
) -> None:
    """Fill `out` with the journal, volume, locator and year of an entry read in this form."""
    body(text, parts, start, out)  # (now keep a bare DOI, if any)
    out["container"] = text_field(text, journal)
    out["volume"] = text_field(text, tail.span("volume"))
    locate(text, tail.span("locator"), out)
    # what the grammar took for dates inside the journal and the tail is none (`Res. 53, 1151`)
    out["dates"] = tuple(
        d for d in out.get("dates", ()) if d.span.end <= journal[0] or d.span.start >= stop
    )
    take_date(text, tail.span("year"), out)


def is_journal(name: str) -> bool:
    """Whether `name`, all the words between the names and the volume, reads as a journal's."""
    words = name.split()
    if not words or len(words) > _MAX_WORDS or not all(_WORD.match(w) for w in words):
        return False
    if not words[0][:1].isupper() and words[0] != "npj":
        return False
    for word in words[:-1]:
        cut = word.rstrip(":,")
        if cut.endswith(".") and not _cut_short(cut[:-1]):
            return False  # `Climate Change. Nature`: a title's sentence, then the journal
    comma = [at for at, word in enumerate(words[:-1]) if word.endswith(",")]
    if not comma:
        return True
    after = " ".join(words[comma[-1] + 1 :])
    if len(comma) == 1 and _SECTION.match(after.rstrip(".")):
        return True
    from refslint.journals import lookup  # the table is read only for entries like these

    return bool(lookup(name))


def _cut_short(word: str) -> bool:
    """A word ended by a period inside a journal's name: an initial (`J`), a word the shipped
    abbreviations shorten to (`Phys`, `Sci`), or one cut as they cut and no title word whole
    (`Rend`, `Chang`)."""
    if len(word) == 1 or word.isupper():
        return True
    from refslint import journals  # the word lists are read only for entries like these

    lower = word.lower()
    if journals.shortened_form(lower):
        return True
    return _CUT_WORD.fullmatch(word) is not None and journals.title_word(lower) is None
