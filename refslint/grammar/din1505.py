"""DIN 1505-2, the German standard, and the German house styles that follow it.

`Müller, H. ; Schmidt, K.: Titel. In: Zeitschrift für Dinge 5 (2019), Nr. 2, S. 10–20`, `Müller,
Hans: Das Buch. 2. Aufl. Berlin : Springer, 2018`, `Müller, H.: Ein Kapitel. In: Schmidt, K.
(Hrsg.): Handbuch. Berlin : Springer, 2018, S. 45–67`: the names set off by semicolons and closed
by a colon (`u. a.` for the rest), a journal's volume before its year in parentheses, then `Nr.`
and `S.`; a book's `Place : Publisher, Year`. The grammar reads no name closed by a colon before a
title's sentence, nor a volume before its year; here the entry is read from its shape, and left to
the grammar where none fits.
"""

from __future__ import annotations

from refslint import patterns
from refslint.grammar.acm import field, imprint_fields, opening_names, page_range, year_at
from refslint.grammar.fragments import DASH
from refslint.model import Author, Field, Kind, Span

_YEAR = r"(?:1[5-9]|20)\d\d"
_RANGE = rf"\d+(?:\s*{DASH}\s*\d+)?"
_GIVEN = r"[^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)?\.?"
# one name: `Müller, H.`, `MÜLLER, Hans`, `Schmidt-Ott, K.-H.`, `von Weizsäcker, C. F.` (no `,` or
# `:` inside)
_NAME = patterns.compile(
    r"(?P<family>(?:(?:von|van|de|der|zu)\s+)?[^\W\d_a-z][^\W\d_]+(?:[\-'’][^\W\d_]+)?),\s+"
    rf"(?P<given>{_GIVEN}(?:\s*{_GIVEN}){{0,3}})"
)
_BETWEEN = patterns.compile(r"\s*;\s*")
_CLOSE = patterns.compile(r"(?P<et_al>\s*;?\s*u\.\s*a\.)?\s*(?:\((?:Hrsg|Hg)\.\))?\s*:\s+")
# what follows `In:` in an article: `Zeitschrift 5 (2019), Nr. 2, S. 10–20`
_JOURNAL = patterns.compile(
    rf"(?P<journal>[^\W\d_][^:;()]{{1,150}}?)\s+(?P<volume>\d+[\w/\-]*)\s+\((?P<year>{_YEAR})\)"
    rf"(?:,\s*(?:Nr|Heft|H)\.\s*(?P<issue>[\w/\-]+))?(?:,\s*S\.\s*(?P<pages>{_RANGE}))?"
    r"(?=\s*(?:\.|,|$|\[|URL|DOI|doi|https?:))"
)
# a book's imprint: `2. Aufl. Berlin : Springer, 2018`, a chapter's pages after it
_IMPRINT = patterns.compile(
    r"(?:(?P<edition>\d+\.\s*(?:Aufl|Ausg)\.)\s+)?"
    r"(?P<place>[^\W\d_][^\W\d_\s]*(?:\s[^\W\d_]+)?(?:\s*;\s*[^\W\d_]+)?)\s*:\s+"
    rf"(?P<publisher>[^\W\d_][^:;,]{{0,80}}?),\s+(?P<year>{_YEAR})"
    rf"(?:,\s*S\.\s*(?P<pages>{_RANGE}))?(?=\s*(?:\.|$|\(|\[|URL|ISBN|https?:))"
)
_IN = patterns.compile(r"\.\s+In:\s+")
_STOP = patterns.compile(r"\.\s+")


def _names(text: str, start: int) -> tuple[tuple[Author, ...], Field | None, int] | None:
    """The names that open the entry, closed by their colon, and where the title starts."""
    found_names: list[Author] = []
    at = start
    while (found := _NAME.match(text, at)) is not None:
        given = found["given"].replace("-", " ").replace(".", " ").split()
        initials = "".join(w[0] for w in given)
        found_names.append(Author(found.group(), Span(*found.span()), found["family"], initials))
        at = found.end()
        between = _BETWEEN.match(text, at)
        if between is None or _NAME.match(text, between.end()) is None:
            break
        at = between.end()
    close = _CLOSE.match(text, at) if found_names else None
    if close is None:
        return None
    et_al = None
    if close["et_al"]:
        marker = close["et_al"].lstrip(" ;")
        et_al = Field(marker, Span(close.end("et_al") - len(marker), close.end("et_al")))
    return tuple(found_names), et_al, close.end()


def read(text: str, start: int) -> dict | None:
    """The fields of an entry in DIN 1505's form; None where it is in another form."""
    opening = opening_names(text, start, _names)
    if opening is None:
        return None
    out, title_start = opening
    marked = _IN.search(text, title_start)
    if marked is not None:
        out["title"] = field(text, title_start, marked.start())
        out["in_marker"] = Field("In:", Span(marked.start() + 2, marked.start() + 5))
        return _after_in(text, marked.end(), out)
    stop = _STOP.search(text, title_start)
    while stop is not None:
        imprint = _IMPRINT.match(text, stop.end())
        if imprint is not None and imprint["pages"] is None:
            out["title"] = field(text, title_start, stop.start())
            imprint_fields(text, imprint, out)
            return {**out, "kind": Kind.BOOK}
        stop = _STOP.search(text, stop.end())
    return None


def _after_in(text: str, start: int, out: dict) -> dict | None:
    """A journal and its numbers (an article), or editors, a book and its imprint (a chapter)."""
    journal = _JOURNAL.match(text, start)
    if journal is not None:
        out["container"] = field(text, *journal.span("journal"))
        out["date"] = year_at(text, journal.span("year"))
        out["volume"] = field(text, *journal.span("volume"))
        if journal["issue"] is not None:
            out["issue"] = field(text, *journal.span("issue"))
        if journal["pages"] is not None:
            out["pages"] = page_range(text, journal.span("pages"))
        return {**out, "kind": Kind.ARTICLE}
    editors = _names(text, start)
    book_start = start
    if editors is not None:
        out["editors"], _, book_start = editors
    stop = _STOP.search(text, book_start)
    if stop is None:
        return None
    imprint = _IMPRINT.match(text, stop.end())
    if imprint is None:
        return None
    out["container"] = field(text, book_start, stop.start())
    imprint_fields(text, imprint, out)
    return {**out, "kind": Kind.CHAPTER}
