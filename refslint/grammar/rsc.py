"""Roles in the Royal Society of Chemistry's style, where a comma parts the title from the journal.

`I. Surname and I. Surname, Title, J. Abbrev., Year, Volume, pages.`: the grammar reads the
year, volume and pages, and the journal as the text before them; but that text runs on from
the title with nothing but a comma between (`Free energy calculations, Chem. Rev.`), so the
journal read may hold the title, or the journal be cut at one of its periods and the rest left
to the title (`..., Phys` and `Rev. Lett`). Here the two are parted again at the last comma
before the year, and past a comma that an abbreviation ends on (`Angew. Chem., Int. Ed.`), where
the words after it read as a journal's name.

Read only where the journal is set off from its year by a comma (`Faraday Discuss., 2025, 256`):
a Vancouver or ACS journal stands before its year with none.
"""

from __future__ import annotations

from refslint import patterns
from refslint.model import Field, Span

# the comma between the journal and its year (`Discuss., 2025`), the journal's period kept
_BEFORE_YEAR = patterns.compile(r"\.?\s*,\s*$")
_COMMA = patterns.compile(r",\s+")
# a word of a journal's name: capitalised, all capitals, a section letter, `(Weinh)`, a
# lower-case-led name (`npj`, `eLife`) or a joining word
_JOURNAL_WORD = patterns.compile(
    r"^(?:\(?[A-Z\u00c0-\u00de][\w'’\-.]*\)?[.,]?|[a-z]+[A-Z][\w\-.]*|npj|of|and|&|in|for|the|on"
    r"|de|des|der|und|für|di|e)$"
)
# an abbreviated word before a comma inside a journal's name: `Chem.,` in `Angew. Chem., Int. Ed.`
_ABBREVIATION_END = patterns.compile(r"(?:^|\s)[A-Z][\w\-]{0,11}\.$")
_LONGEST_JOURNAL = 12  # words


def split(text: str, out: dict) -> None:
    """Part the title from the journal in `out` where they run together at a comma."""
    container: Field | None = out.get("container")
    date = out.get("date")
    if container is None or date is None or date.span.start < container.span.end:
        return
    if not _BEFORE_YEAR.match(text[container.span.end : date.span.start]):
        return
    title: Field | None = out.get("title")
    start = container.span.start
    if title is not None and title.span.end <= container.span.start:
        start = title.span.start
    stop = container.span.end
    at = _journal_start(text, start, stop)
    if at is None or at == container.span.start:
        return
    title_end = text.rindex(",", start, at)
    while title_end > start and text[title_end - 1].isspace():
        title_end -= 1
    out["title"] = Field(text[start:title_end], Span(start, title_end))
    out["container"] = Field(text[at:stop], Span(at, stop))


def _journal_start(text: str, start: int, stop: int) -> int | None:
    """Where the journal begins: after the last comma between `start` and `stop` that no
    abbreviation ends on; None where none stands, or the words after it are no journal's."""
    commas = [m for m in _COMMA.finditer(text, start, stop) if m.start() > start]
    for comma in reversed(commas):
        if _ABBREVIATION_END.search(text, start, comma.start()):
            continue  # `Angew. Chem., Int. Ed.`: the comma is the journal's
        words = text[comma.end() : stop].split()
        if 0 < len(words) <= _LONGEST_JOURNAL and all(_JOURNAL_WORD.match(w) for w in words):
            return comma.end()
        return None
    return None
