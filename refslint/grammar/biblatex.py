"""Roles in biblatex's standard styles (`numeric`, `alphabetic`), whose `In:` stands before a
journal and a preprint server as before a book.

`“Title.” In: Neural Computation 9.8 (1997), pp. 1735–1780.`: a journal article, the volume
and number joined by a period, the year in parentheses and the pages marked `pp.` after a comma
in the next sentence. `“Title.” In: arXiv preprint arXiv:1901.09590 (2019).`: a preprint (the
`journal` field of an export filled with the server's name). Both are read as what they are, so
that a chapter's rules (its publisher, RL501) do not judge them.
"""

from __future__ import annotations

from refslint import patterns
from refslint.grammar.apa import PAREN_YEAR as _PAREN_YEAR
from refslint.grammar.apa import YEAR_LIKE, _locator, _paren_year, _piece, _year_at
from refslint.grammar.transform import Part
from refslint.model import Field, Kind, Span

# `Journal 9.8 (1997), pp` or `Journal 585 (2020)`: the journal holds a letter, the volume is a
# number with its number after a period at most; the pages follow in the next sentence. (The
# month may stand with the year, `(Apr. 2018)`: the year is the date read.)
_JOURNAL = patterns.compile(
    r"^(?P<journal>(?=.*[^\W\d_])[^()]+?)\s+(?P<volume>\d{1,5})(?:\.(?P<issue>\d{1,4}))?"
    r"\s+\((?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+)?"
    r"(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\)(?:\s*,\s*(?P<marker>pp?))?$"
)
# An abbreviated journal's words up to a period (`Commun.`, `J. Comput. Appl. Math.`)
_ABBREVIATION = patterns.compile(r"^(?:[A-Z][a-z]{0,9}\.?\s+){0,4}[A-Z][a-z]{0,9}$")
_PAGES = patterns.compile(r"^(?P<locator>[A-Za-z]{0,2}\d+(?:\s*[–-]\s*[A-Za-z]{0,2}\d+)?)$")
# `arXiv preprint` (before its `arXiv:` identifier), `arXiv e-prints (2019)`, `CoRR abs/1901.09590
# (2019)`: the server's name, the identifier and the year in parentheses.
_SERVER = patterns.compile(
    r"^(?P<server>(?:arXiv|CoRR|bioRxiv|medRxiv)(?:\s+(?:preprint|e-prints))?)"
    r"(?:\s+abs/\d{4}\.\d{4,5}(?:v\d+)?)?(?:\s+\((?P<year>(?:19|20)\d\d)\))?$"
)


def read_in(text: str, segments: list[list[Part]], at: int, out: dict) -> Kind | None:
    """Fill `out` for a journal article or preprint named after the `In:` of segment `at`; its
    kind, or None where the segment reads otherwise (a book, a proceedings)."""
    from refslint.grammar.roles import CONFERENCE_WORDS, _first_date

    rest = [p for p in segments[at] if p.kind not in ("in", "sep")]
    if not rest or rest[0].kind != "text":
        return None
    server = _SERVER.match(rest[0].text)
    if server is not None and all(p.kind == "arxiv" or _PAREN_YEAR.match(p.text) for p in rest[1:]):
        out["in_marker"] = next(p for p in segments[at] if p.kind == "in").marker
        out["container"] = _piece(text, rest[0], server, "server")
        years = [p for p in rest[1:] if p.kind == "text"]
        if years:
            out["date"] = _paren_year(years[0])
        elif server.group("year"):
            out["date"] = _year_at(_piece(text, rest[0], server, "year"))
        else:
            out["date"] = _first_date(segments[at:])
        if out["date"] is not None and not out.get("dates"):
            out["dates"] = (out["date"],)
        return Kind.PREPRINT
    if len(rest) != 1:
        return None
    part, last = rest[0], at
    found = _JOURNAL.match(part.text)
    # `In: Commun. ACM 61.5 (Apr. 2018)`: an abbreviated journal's periods end segments
    while found is None and _ABBREVIATION.match(part.text) and last + 1 < len(segments):
        last += 1
        more = [p for p in segments[last] if p.kind != "sep"]
        if len(more) != 1 or more[0].kind != "text":
            return None
        part = Part("text", part.start, more[0].end, text[part.start : more[0].end])
        found = _JOURNAL.match(part.text)
    if found is None:
        return None
    if CONFERENCE_WORDS.search(found["journal"]) and YEAR_LIKE.match(found["volume"]):
        return None  # `In: Workshop on Things 2019 (2019)`: a meeting's year, no volume
    after = segments[last + 1] if last + 1 < len(segments) else []
    pages = [p for p in after if p.kind != "sep"]
    if found.group("marker"):
        if len(pages) != 1 or pages[0].kind != "text" or not _PAGES.match(pages[0].text):
            return None
        _locator(pages[0].field, out)
        span = Span(part.start + found.start("marker"), part.start + found.end("marker") + 1)
        out["page_marker"] = Field(text[span.start : span.end], span)
    out["in_marker"] = next(p for p in segments[at] if p.kind == "in").marker
    out["container"] = _piece(text, part, found, "journal")
    out["volume"] = _piece(text, part, found, "volume")
    out["issue"] = _piece(text, part, found, "issue") if found.group("issue") else None
    out["date"] = _year_at(_piece(text, part, found, "year"))
    if not out.get("dates"):
        out["dates"] = (out["date"],)
    return Kind.ARTICLE
