"""GOST 7.1 and 7.0.5 (Russia) and DSTU 8302 (Ukraine), and the same entries set in Latin letters.

`Иванов И. И., Петров П. П. Заглавие // Журнал. 2019. Т. 5, № 2. С. 10–20.`: the family name
before its initials, no period between the names and the title; an article's journal after `//`,
then its year, volume, issue and pages, each a sentence of its own and each labelled (`Т.`,
`Vol.`; `№`, `no.`, `Вып.`; `С.`, `P.`); a book's `М. : Наука, 2018. 320 с.`, a chapter's book
after `//` with its imprint and pages. A statement of responsibility after ` / ` is none of the
title, the book or the journal. The Latin-script form prints the journal's tail after commas
(`Journal, 2019, vol. 5, no. 2, pp. 10–20.`), as Russian journals' English versions do.

The grammar reads a name with its initials after it only with no period before the title, and
takes `//` for text; here the entry is read from its shape, and left to the grammar where none
fits.
"""

from __future__ import annotations

from refslint import patterns
from refslint.grammar.acm import field, imprint_fields, opening_names, page_range, year_at
from refslint.grammar.fragments import DASH
from refslint.model import Author, Field, Kind, Span

# (each class split at U+00FF, so that `re` compiles it small: `patterns.either`)
_UPPER = patterns.either("A-ZÀ-ÖØ-Þ", "А-ЯЁЄІЇҐ")
_LOWER = patterns.either("a-zß-öø-ÿ'", "а-яёєіїґ’")
_YEAR = r"(?:1[89]|20)\d\d"
_RANGE = rf"\d+(?:\s*{DASH}\s*\d+)?"
# one name: `Иванов И. И.`, `Ivanov I.I.`, `Петров-Водкин К. С.`
_NAME = patterns.compile(
    rf"(?P<family>{_UPPER}{_LOWER}+(?:-{_UPPER}{_LOWER}+)?)\s+"
    rf"(?P<initials>{_UPPER}\.(?:\s?-?{_UPPER}\.){{0,2}})"
)
_BETWEEN = patterns.compile(r",\s*")
_ET_AL = patterns.compile(r"\s*(?:\[и\s+др\.\]|\[та\s+ін\.\]|et\s+al\.|и\s+др\.|та\s+ін\.)")
# ` // ` between a work and its journal or book
_SLASHES = patterns.compile(r"\s+//\s+")
# a statement of responsibility, up to the next sentence: ` / И. И. Иванов, П. П. Петров`
_RESPONSIBILITY = patterns.compile(r"\s+/\s+")
# an article's tail after its journal: `. 2019. Т. 5, № 2. С. 10–20` (or `Vol. 5, no. 2. P.`)
_VOLUME = r"(?:Т|т|Том|Vol|vol|V|v)\."
_ISSUE = r"(?:№|No\.|no\.|Вып\.|Iss\.)"
_PAGE = r"(?:С|с|P|p|Pp|pp|S)\."
_ARTICLE_TAIL = patterns.compile(
    rf"\.\s+(?P<year>{_YEAR})\.\s+"
    rf"(?:{_VOLUME}\s*(?P<volume>\d+[\w\-/]*)\s*[,.]\s*)?"
    rf"(?:{_ISSUE}\s*(?P<issue>\d+[\w\-/]*)\s*\.\s*)?"
    rf"(?:{_PAGE}\s*(?P<pages>{_RANGE}))?"
    r"(?=\.?\s*(?:$|URL|DOI|doi|EDN|\[|\(|https?:))"
)
# the Latin-script tail: `Journal, 2019, vol. 5, no. 2, pp. 10–20.`
_COMMA_TAIL = patterns.compile(
    rf",\s+(?P<year>{_YEAR}),\s+(?:vol|Vol)\.\s*(?P<volume>\d+[\w\-/]*)"
    rf"(?:,\s+(?:no|No)\.\s*(?P<issue>\d+[\w\-/]*))?,\s+(?:pp|p|P|Pp)\.\s*(?P<pages>{_RANGE})"
    r"(?=\.?\s*(?:$|URL|DOI|doi|EDN|\[|\(|https?:))"
)
# a book's imprint: `2-е изд. М. : Наука, 2018. 320 с.` (the pages of a chapter after it)
_IMPRINT = patterns.compile(
    rf"(?:(?P<edition>\d+-?(?:е|e)?\s*(?:изд|вид|ed)\.(?:,\s*[^.]{{1,30}}\.)?)\s+)?"
    rf"(?P<place>{_UPPER}[^\W\d_]{{0,20}}\.?)\s+:\s+(?P<publisher>[^:;,/]{{1,80}}?),\s+"
    rf"(?P<year>{_YEAR})\."
    rf"(?:\s+(?:{_PAGE}\s*(?P<pages>{_RANGE})|(?P<extent>\d+)\s*(?:с|p|S)\.?))?"
    r"(?=\.?\s*(?:$|URL|DOI|doi|ISBN|\[|\(|https?:))"
)


def _names(text: str, start: int) -> tuple[tuple[Author, ...], Field | None, int] | None:
    """The names that open the entry, and where they end (after the last initial's period)."""
    names: list[Author] = []
    at = start
    while (found := _NAME.match(text, at)) is not None:
        initials = found["initials"].replace(".", "").replace(" ", "")
        names.append(Author(found.group(), Span(*found.span()), found["family"], initials))
        at = found.end()
        between = _BETWEEN.match(text, at)
        if between is None or _NAME.match(text, between.end()) is None:
            break
        at = between.end()
    if not names or at >= len(text) or not text[at].isspace():
        return None
    et_al = _ET_AL.match(text, at)
    if et_al is None:
        return tuple(names), None, at
    marker = text[et_al.start() : et_al.end()].lstrip()
    return tuple(names), Field(marker, Span(et_al.end() - len(marker), et_al.end())), et_al.end()


def _without_responsibility(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` cut before its statement of responsibility (` / И. И. Иванов`)."""
    found = _RESPONSIBILITY.search(text, start, end)
    return (start, found.start()) if found is not None else (start, end)


def read(text: str, start: int) -> dict | None:
    """The fields of an entry in GOST's form; None where it is in another form."""
    opening = opening_names(text, start, _names)
    if opening is None:
        return None
    out, end = opening
    slashes = _SLASHES.search(text, end)
    if slashes is not None:
        out["title"] = field(text, *_without_responsibility(text, end, slashes.start()))
        return _after_slashes(text, slashes.end(), out)
    tail = _COMMA_TAIL.search(text, end)
    if tail is not None:  # `Title. Journal, 2019, vol. 5, no. 2, pp. 10–20.`
        stop = text.rfind(". ", end, tail.start())
        if stop < 0:
            return None
        out["title"] = field(text, end, stop)
        out["container"] = field(text, stop + 1, tail.start())
        _numbers(text, tail, out)
        return {**out, "kind": Kind.ARTICLE}
    imprint = next((m for m in _IMPRINT.finditer(text, end) if text[m.start() - 2] == "."), None)
    if imprint is None or imprint["pages"] is not None:
        return None
    out["title"] = field(text, *_without_responsibility(text, end, imprint.start() - 2))
    imprint_fields(text, imprint, out)
    return {**out, "kind": Kind.BOOK}


def _numbers(text: str, tail, out: dict) -> None:
    out["date"] = year_at(text, tail.span("year"))
    for group in ("volume", "issue"):
        if tail[group] is not None:
            out[group] = field(text, *tail.span(group))
    if tail["pages"] is not None:
        out["pages"] = page_range(text, tail.span("pages"))


def _after_slashes(text: str, start: int, out: dict) -> dict | None:
    """A journal and its tail (an article) or a book and its imprint (a chapter) after `//`."""
    tail = _ARTICLE_TAIL.search(text, start)
    imprint = next((m for m in _IMPRINT.finditer(text, start) if text[m.start() - 2] == "."), None)
    if imprint is not None and (tail is None or imprint.start() < tail.start()):
        out["container"] = field(text, *_without_responsibility(text, start, imprint.start() - 2))
        imprint_fields(text, imprint, out)
        return {**out, "kind": Kind.CHAPTER}
    if tail is None or not (tail["volume"] or tail["issue"] or tail["pages"]):
        return None
    out["container"] = field(text, start, tail.start())
    _numbers(text, tail, out)
    return {**out, "kind": Kind.ARTICLE}
