"""ISO 690, the reference style of many European journals (and Brazil's ABNT, its near kin).

`NOVÁK, Jan and SMITH, John A. Title of the article. Journal of Things. 2019, vol. 12, no. 3,
pp. 45–67. ISSN 1234-5678.`, `NOVÁK, Jan. Title of the book. 2nd ed. Praha: Academia, 2015.
ISBN ...`, `NOVÁK, J. Chapter. In: SMITH, J. (ed.). Book. Place: Publisher, 2015, pp. 1–9.`:
the family names in capitals, each before its given names and a comma; the journal's year before
its volume, issue and pages, each labelled (`vol.`, `roč.`, `Jg.`; `no.`, `č.`, `n°`, `Heft`;
`pp.`, `s.`, `S.`) or set out `12(3), 45–67`; a book's `Place: Publisher, Year`.

The grammar reads a capitalised name as a group's, and the journal's period before the year as a
title's; here the entry is read from its shape, and left to the grammar where no shape fits.
"""

from __future__ import annotations

from refslint import patterns
from refslint.grammar.acm import field, opening_names, page_range, sentences
from refslint.grammar.fragments import DASH
from refslint.model import Author, Field, Kind, PartialDate, Span

_YEAR = r"(?:1[5-9]|20)\d\d"
# a given name: an initial with its period, or a word with a small letter and none
_GIVEN = r"(?:[^\W\d_]{1,2}\.|[^\W\d_a-z](?=[^\W\d_]*[a-zß-öø-ÿ])[^\W\d_]+)"
# one name: `NOVÁK, Jan`, `VAN DER BERG, J. K.`, `GARCÍA-LÓPEZ, María José`: the given names
# initials with their periods or words without one (an initial's period ends them only where no
# further initial follows: `SOBRAL, A. U.;`)
_NAME = patterns.compile(
    r"(?P<family>[^\W\d_a-z][^\W\d_]+(?:[\-'’ ][^\W\d_]{2,}){0,3}),\s+"
    rf"(?P<given>{_GIVEN}(?:(?:[\s\-]+|(?<=\.)){_GIVEN}){{0,3}}?)"
    r"(?=\s*(?:;|,\s+|\s+(?:and|a|et|und|y|e|i)\s+|\.\s+|$)|(?<=\.)\s(?![^\W\d_]\.[\s;,]))"
)
# a name after the first, given names first (ČSN ISO 690's `NOVÁK, Jan, Petr DVOŘÁK a Karel
# ČERNÝ`)
_LAST_GIVEN_FIRST = patterns.compile(
    rf"(?<=\s)(?P<given>{_GIVEN}(?:[\s\-]+{_GIVEN}){{0,2}})\s+"
    r"(?P<family>[^\W\d_a-z][^\W\d_]+(?:[\-'’ ][^\W\d_]{2,}){0,2})"
    r"(?=\.\s|\.?$|,?\s+et\s+al|\s*,\s|\s+(?:and|a|et|und|y|e|i)\s)"
)
_BETWEEN = patterns.compile(r"\s*(?:;|,|\s(?:and|a|et|und|y|e|i)\s)\s*")
_ET_AL = patterns.compile(r"(?:,\s*|\s+)et\s+al\.")
_VOLUME = r"(?:vol|Vol|roč|Roč|Jg|Bd|T|t|v|sv|god|Vol)\."
_ISSUE = r"(?:no|No|č|Č|nr|Nr|n°|N°|Heft|H|iss|sz|br|n)\.?"
_PAGES = r"(?:pp|p|s|S|str|pag)\."
_RANGE = rf"[A-Za-z]?\d+(?:\s*{DASH}\s*[A-Za-z]?\d+)?"
# `2019, vol. 12, no. 3, pp. 45–67` or `2019, 12(3), 45–67` after the journal
_JOURNAL_TAIL = patterns.compile(
    rf"(?P<year>{_YEAR})[a-z]?"
    rf"(?:,\s*(?:{_VOLUME}\s*(?P<volume>[\w\-/]+)|(?P<bare_volume>\d+)(?:\s*\((?P<bare_issue>[\w\-/]+)\))?))?"
    rf"(?:,\s*{_ISSUE}\s*(?P<issue>[\w\-/]+))?"
    rf"(?:,\s*(?:{_PAGES}\s*)?(?P<pages>{_RANGE}))?"
    r"(?=\s*(?:\[[^\]]*\])?\s*(?:\.\s|\.?\s*$))"
)
# a book's imprint, its edition perhaps before it: `2nd ed. Praha: Academia, 2015`, `2. ed. São
# Paulo: Atlas, 1981`, a chapter's pages after it (`Warszawa: PWN, 2012, pp. 15–30`)
_IMPRINT = patterns.compile(
    r"(?:(?P<edition>\d+(?:st|nd|rd|th)?\.?\s*(?:ed|vyd|Aufl|éd|izd|wyd|edn)\.)\s+)?"
    r"(?P<place>[^\W\d_][^:;.…\d]{0,60}?)\s*:\s*(?P<publisher>[^\W\d_][^:;\d]{0,100}?),\s*"
    rf"(?P<year>{_YEAR})[a-z]?(?:(?:,|\.)\s*{_PAGES}\s*(?P<pages>{_RANGE})|,\s*(?P<bare>{_RANGE}))?"
    r"(?=\.\s|\.?\s*$)"
)
_IN = patterns.compile(r"(?:In|V|W|Im|Dans|En|Em):\s+")
_ONLINE = patterns.compile(r"\s*\[(?:online|on-line|Online)\]\s*$")
_YEAR_AFTER_STOP = patterns.compile(rf"\.\s+(?={_YEAR}[a-z]?,)")


def _given_first(text: str, at: int, names: list[Author]) -> int:
    """The names after the first written given names first (`NOVÁK, Jan, Petr DVOŘÁK a Karel
    ČERNÝ`), onto `names`; where they end."""
    while (between := _BETWEEN.match(text, at)) is not None:
        found = _LAST_GIVEN_FIRST.match(text, between.end())
        if found is None or found["family"] != found["family"].upper():
            break
        given = found["given"].replace("-", " ").replace(".", " ").split()
        initials = "".join(w[0] for w in given)
        names.append(Author(found.group(), Span(*found.span()), found["family"], initials))
        at = found.end()
    return at


def _names(text: str, start: int) -> tuple[tuple[Author, ...], Field | None, int] | None:
    """The capitalised names that open the entry, and where they end (before their period)."""
    names: list[Author] = []
    at = start
    while True:
        found = _NAME.match(text, at)
        if found is None:
            break
        family = found["family"]
        if not any(c.isupper() for c in family) or family != family.upper() or len(family) < 2:
            break
        given = found["given"]
        initials = "".join(w[0] for w in given.replace("-", " ").replace(".", " ").split())
        names.append(Author(found.group(), Span(*found.span()), family, initials))
        at = found.end()
        between = _BETWEEN.match(text, at)
        if between is None or not _NAME.match(text, between.end()):
            at = _given_first(text, at, names)
            break
        at = between.end()
    if not names:
        return None
    et_al = _ET_AL.match(text, at)
    marker = None
    if et_al is not None:
        marker = Field(text[et_al.start() : et_al.end()].lstrip(", "), Span(at, et_al.end()))
        marker = Field(marker.text, Span(et_al.end() - len(marker.text), et_al.end()))
        at = et_al.end()
    if text.startswith(".", at):
        return tuple(names), marker, at
    if text[at - 1] == ".":  # (an initial's period ends the names too: `SMITH, John A.`)
        return tuple(names), marker, at - 1
    return None


def read(text: str, start: int) -> dict | None:
    """The fields of an entry in ISO 690's form; None where it is in another form."""
    opening = opening_names(text, start, _names)
    if opening is None:
        return None
    out, end = opening
    parts = sentences(text, end + 1, len(text))
    if len(parts) < 2:
        return None
    out["title"] = field(text, *parts[0])
    kind = _rest(text, parts[1][0], out) or _web_page(text, parts[0], parts[1][0], out)
    if kind is None:
        return None
    out["kind"] = kind
    return out


# a web page's year after its `[online]` title: `Title [online]. 2019 [cit. 2020-03-12].`
_PAGE_YEAR = patterns.compile(rf"(?P<year>{_YEAR})[a-z]?(?=\s*\[|\.\s|\.?\s*$)")


def _web_page(text: str, title: tuple[int, int], start: int, out: dict) -> Kind | None:
    """A web page: its title marked `[online]` and its year alone after it."""
    online = _ONLINE.search(text, *title)
    year = _PAGE_YEAR.match(text, start)
    if online is None or year is None:
        return None
    out["title"] = field(text, title[0], online.start())
    out["date"] = _date(text, year.span("year"))
    return Kind.WEBPAGE


def _date(text: str, span: tuple[int, int]) -> PartialDate:
    year = Span(span[0], span[0] + 4)
    printed = text[year.start : year.end]
    return PartialDate(printed, year, int(printed), year)


def _rest(text: str, start: int, out: dict) -> Kind | None:
    """What follows the title at `start`: an article's journal and numbers, a book's edition
    and imprint, a chapter's book and imprint."""
    marked = _IN.match(text, start)
    if marked is not None:
        word = marked.group().strip()
        out["in_marker"] = Field(word, Span(marked.start(), marked.start() + len(word)))
        start = marked.end()
        editors = _names(text, start)  # `In: BRAIT, B. (org.). Book.`, `In: SMITH, J. Book.`
        if editors is not None:
            out["editors"] = editors[0]
    for year in _YEAR_AFTER_STOP.finditer(text, start):
        tail = _JOURNAL_TAIL.match(text, year.end())
        if tail is None or not (tail["volume"] or tail["bare_volume"] or tail["pages"]):
            continue
        journal_end = year.start()
        online = _ONLINE.search(text, start, journal_end)
        if online is not None:
            journal_end = online.start()
        if journal_end <= start:
            return None
        out["container"] = field(text, start, journal_end)
        out["date"] = _date(text, tail.span("year"))
        for group in ("volume", "bare_volume", "issue", "bare_issue"):
            if tail[group] is not None:
                out[group.removeprefix("bare_")] = field(text, *tail.span(group))
        if tail["pages"] is not None:
            out["pages"] = page_range(text, tail.span("pages"))
        return Kind.ARTICLE
    after_stop = (m for m in _IMPRINT.finditer(text, start) if text[m.start() - 2] in ".…")
    imprint = _IMPRINT.match(text, start) or next(after_stop, None)
    if imprint is None or (marked is None and imprint.start() != start):
        return None  # (something between the title and the imprint)
    out["place"] = field(text, *imprint.span("place"))
    out["publisher"] = field(text, *imprint.span("publisher"))
    out["date"] = _date(text, imprint.span("year"))
    if imprint["edition"] is not None:
        out["edition"] = field(text, *imprint.span("edition"))
    pages = imprint["pages"] or imprint["bare"]
    if pages is not None:
        out["pages"] = page_range(text, imprint.span("pages" if imprint["pages"] else "bare"))
    if marked is None:
        return Kind.BOOK
    book = sentences(text, start, imprint.start())
    if not book:
        return None
    out["container"] = field(text, *book[-1])  # (`In: EDITOR, J. (ed.). Book.`)
    return Kind.CHAPTER
