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

A preprint is set out the same way, the server where the journal stands and the word `preprint`
after the year (`Title, arXiv, 2023, preprint, arXiv.2412.16551, DOI: 10.48550/...`): its title,
server and year are read here where the ordinary reading found neither title nor date.
"""

from __future__ import annotations

from refslint import patterns
from refslint.grammar.fragments import YEAR
from refslint.model import Field, PartialDate, Span

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
# a year printed alone, not inside an identifier (`arXiv.2412.16551`, `10.48550/...`)
_LONE_YEAR = patterns.compile(r"(?<![\w./:])(?:1[5-9]|20)\d\d(?![\w./])")
_PREPRINT = patterns.compile(
    r"(?P<title>[^\s,].*?)\s*,\s*(?P<server>arXiv|bioRxiv|medRxiv|ChemRxiv|Research Square"
    rf"|SSRN|TechRxiv|EarthArXiv)\s*,\s*(?P<year>{YEAR})[a-z]?\s*,\s*preprint\b"
)


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
    if title is not None and not _journal_name(text[at:stop]):
        return  # `Dengue in Recife, Brazil. Rev Saude Publica, 2019`: a title's place, no journal
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


def preprint(text: str, start: int, out: dict) -> None:
    """`Title, arXiv, 2023, preprint, arXiv.2412.16551, ...` after the names (at `start`): the
    title, the server and the year kept in `out`, where it holds no title or date yet."""
    if out.get("title") is not None or out.get("date") is not None:
        return
    while start < len(text) and text[start] in " ,.:":
        start += 1
    found = _PREPRINT.match(text, start)
    if found is None or _LONE_YEAR.search(text, found.end()):
        return  # (a second year printed alone: which one dates the preprint is a guess)
    out["title"] = Field(found["title"], Span(*found.span("title")))
    out["container"] = Field(found["server"], Span(*found.span("server")))
    at, stop = found.span("year")
    year = PartialDate(found["year"], Span(at, stop), int(found["year"]), Span(at, stop))
    out["date"] = year
    out["dates"] = (year, *out.get("dates", ()))


def _journal_name(name: str) -> bool:
    """Whether `name` reads as a journal's, where the first reading had another: one the shipped
    lists know, or one whose first word is an abbreviation's (`J.`, `Phys.`, `Comput.`)."""
    from refslint.journals import lookup, shortened_form  # read only for entries like these

    first = name.split(None, 1)[0]
    if not first.endswith("."):
        return bool(lookup(name))
    word = first.rstrip(".")
    return (len(word) == 1 and word.isupper()) or shortened_form(word.lower()) or bool(lookup(name))
