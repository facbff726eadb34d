"""BibTeX's `plain` and `unsrt` styles, in which many computing papers print their lists.

`Robert Cloutier, Gerrit Muller, and Mary Bone. The concept of reference architectures. Systems
Engineering, 13(1):14–27, 2010.`: the names written out, given names first (as the records give
them, initials with or without periods: `George W Noblit`), `and` before the last; the title's
sentence; then `Journal, 13(1):14–27, 2010` an article, `In Proceedings ..., pages 81–90.
Publisher, 1994` a proceedings paper or chapter, `Publisher, 1988` a book, `PhD thesis, School,
2017` a thesis, `Technical report, Body, 2015` a report; the year last, and after it, in
`plainurl`, the links (`URL: http://...`, `doi:https://...`), which are read as links.

The grammar reads names as family names and initials and takes these for the title; here the
entry is read from its shape, as ACM's is (`acm`), where at least two names open it, each a
person's, and the year closes it (or no year, `Names. Title. In Proceedings ...`, which the
rules then report).
"""

from __future__ import annotations

import re

from refslint import patterns
from refslint.grammar.acm import (
    _CUT,
    _ET_AL,
    _GROUP_WORDS,
    _PARTICLES,
    _imprint,
    field,
    page_range,
    sentences,
)
from refslint.grammar.fragments import DASH
from refslint.model import Author, Field, Kind, PartialDate, Span

_MAX_NAMES_LENGTH = 600
_OTHER_MARKS = ("http", "“", '"', ";")
# the year closing the entry, a month perhaps before it (`dec 2021`, `09 2014`: kept apart)
_YEAR_LAST = patterns.compile(
    r"(?:,\s*|\.\s+|\s)(?:(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}"
    r"\.?|0[1-9]|1[0-2])\s+)?(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\s*\.?\s*$"
)
# the links `plainurl` prints after the year: `URL: http://...`, `doi:https://doi.org/10...`,
# one or both, comma-separated (a bare `doi:10...` is read as the grammar reads it)
_LINK = r"(?:URL:?\s*|doi:\s*)(?:https?|ftp)://\S+"
_LINKS_LAST = patterns.compile(rf"(?<=\d\.)\s+{_LINK}(?:,\s*{_LINK})*\s*$")
# `Journal, 13(1):14–27`, `Journal, 158:110400`, `Journal, 2`, `Journal, pages 75–105`
_ARTICLE = patterns.compile(
    r"^(?P<journal>[^\d,][^\d]*?),\s*(?:(?P<volume>\d+)(?:\((?P<issue>[^()]{1,12})\))?"
    rf"(?::(?P<pages>\w+(?:\s*{DASH}\s*\w+)?))?|pages?\s+(?P<marked>\w+(?:\s*{DASH}\s*\w+)?))$"
)
_IN = patterns.compile(r"^In\s+")
_PROCEEDINGS = patterns.compile(
    r"\b(?:(?:Proceedings|Conference|Symposium|Workshop|Congress|Meeting)\b|Proc\.)", re.IGNORECASE
)
# pages numbered by section, `12-1–12-55` (chapter 12, pages 1 to 55), an en dash between them
_SECTION_PAGES = r"\d+-\d+\s*[\u2013\u2014]\s*\d+-\d+\b"
_PAGES = patterns.compile(rf",\s*pages?\s+(?P<pages>{_SECTION_PAGES}|\w+(?:\s*{DASH}\s*\w+)?)")
# a word only journals' names hold (`IEEE transactions on ...` too)
_JOURNAL_WORD = patterns.compile(
    r"\b(?:Journal|Transactions|Reviews?|Quarterly|Bulletin|Annals|Letters|Revista|Zeitschrift)\b",
    re.IGNORECASE,
)
_THESIS = patterns.compile(r"^(?:PhD|Ph\.D\.|Master['’]s|Doctoral)\s+(?:thesis|dissertation)\b")
_REPORT = patterns.compile(r"^(?:Technical\s+report|Tech\.\s*Rep\.|Report)\b", re.IGNORECASE)
_HOUSE = patterns.compile(
    r"\b(?:Press|Publishers?|Publishing|Publications|Sons|Books|Inc|Ltd|Co|Verlag|Wiley|Springer"
    r"|Elsevier|Sage|Addison-Wesley|Pearson|McGraw-Hill|Prentice|Routledge|O['’]Reilly|Kaufmann"
    r"|Redbooks)\b",
    re.IGNORECASE,
)


def _given(word: str) -> bool:
    """`Robert`, `Jean-Michel`, `W`, `W.`, `JM`: a given name or its initials."""
    letters = word.replace(".", "").replace("-", "")
    if not letters.isalpha() or not word[:1].isupper():
        return False
    return (len(letters) <= 3 and letters.isupper()) or letters[1:].islower()


def _person(text: str, a: int, b: int, dotted: bool = False) -> Author | None:
    """`Alan R Hevner`, `Jan van Leeuwen`, `PerOlof Bengtsson`, `AH Werner` (initials with no
    periods, as the records may give them), and `D.J. Bates` where `dotted`; None for anything
    else."""
    name = text[a:b]
    words = name.split()
    if not 2 <= len(words) <= 5 or _GROUP_WORDS.search(name):
        return None
    family_at = len(words) - 1
    while family_at > 1 and words[family_at - 1] in _PARTICLES:
        family_at -= 1
    given, family = words[:family_at], words[family_at:]
    last = family[-1].replace("-", "").replace("'", "").replace("’", "")
    if not (last[:1].isupper() and last.isalpha() and any(c.islower() for c in last)):
        return None
    if not all(_given(w) for w in given) or (not dotted and all("." in w for w in given)):
        return None  # (dotted initials alone, `D.J. Bates`: the grammar's names)
    pieces = " ".join(given).replace("-", " ").replace(".", " ").split()
    initials = "".join(w if w.isupper() else w[0] for w in pieces)  # (`AH` is two)
    return Author(name, Span(a, b), " ".join(family), initials)


def _bare(name: Author) -> bool:
    """`CM Chandrashekar`, `C Cedzich`: initials in capitals without periods, the records' form
    (not `Matrix Computations`, a title's words after a name's comma)."""
    *given, _ = name.text.split()
    return bool(given) and all(w.isupper() and w.isalpha() and len(w) <= 3 for w in given)


def _names(
    text: str, start: int, stop: int, dotted: bool
) -> tuple[tuple[Author, ...], Field | None] | None:
    et_al = _ET_AL.search(text, start, stop)
    end = et_al.start() if et_al is not None else stop
    names: list[Author] = []
    at = start
    for cut in [*_CUT.finditer(text, start, end), None]:
        person = _person(text, at, cut.start() if cut is not None else end, dotted)
        if person is None:
            return None
        names.append(person)
        if cut is not None:
            at = cut.end()
    if len(names) < 2 and et_al is None and not (dotted and "." in names[0].text):
        return None  # (one name alone may be a body's: `Sigma Computing.`; not `D. Ellis`)
    marker = None
    if et_al is not None:
        words = text[et_al.start() : et_al.end()].lstrip(", ")
        marker = Field(words, Span(et_al.end() - len(words), et_al.end()))
    return tuple(names), marker


def read(text: str, start: int) -> dict | None:
    """The fields of an entry in BibTeX's `unsrt` form, without its links and notes; None where
    the entry is in another form."""
    while start < len(text) and text[start].isspace():
        start += 1
    links = _LINKS_LAST.search(text, start)
    if links is not None:  # `plainurl`'s `2012. URL: http://..., doi:https://...`: read before
        text = text[: links.start()]
    if not text[start : start + 1].isupper() or any(m in text for m in _OTHER_MARKS):
        return None  # (links, quoted titles and Vancouver's `2018;148:1-9` are other styles')
    pieces = sentences(text, start, len(text))
    if len(pieces) < 2 or pieces[0][1] - pieces[0][0] > _MAX_NAMES_LENGTH:
        return None
    # BibTeX's `, pages 51–60,` after the title's sentence says the form whatever the names:
    # `D.J. Bates` read too (not where the title runs on by commas: `Title, in Proc., pages`)
    dotted = len(pieces) > 2 and _PAGES.search(text, pieces[2][0]) is not None
    opening = _names(text, *pieces[0], dotted=False)
    by_pages = opening is None and dotted  # (read by the pages' mark alone)
    if opening is None:
        opening = _names(text, *pieces[0], dotted=True)
        # (dotted initials beside a name without them, `CM Chandrashekar, S. Banerjee`: the
        # records' form, mixed; read, so that the rules can compare the names)
        if opening is not None and not by_pages and not any(map(_bare, opening[0])):
            return None
    if opening is None:
        return None
    names, et_al = opening
    out: dict = {"authors": names, "authors_span": Span(*pieces[0]), "date": None}
    if et_al is not None:
        out["et_al"] = et_al
        out["authors_span"] = Span(pieces[0][0], et_al.span.start)
    rest = list(pieces[2:])
    title = pieces[1]
    year = _YEAR_LAST.search(text, start)
    if year is not None and year.start() >= title[0]:
        out["date"] = _date(text, year)
        if year.start() < title[1]:  # `Title, 2019.`: the year closes the title's sentence
            title = (title[0], year.start())
        elif rest:
            rest[-1] = (rest[-1][0], max(rest[-1][0], year.start()))
            if rest[-1][1] <= rest[-1][0]:
                rest.pop()
    out["title"] = field(text, *title)
    out["kind"] = _rest(text, rest, out)
    if by_pages and out["kind"] is Kind.ARTICLE and not _journals_name(text, out["container"]):
        return None  # (`Multimodal music processing, pages 73–94`: a book's, a meeting's?)
    return out


def _journals_name(text: str, container: Field) -> bool:
    """Whether the container is a journal's: the shipped lists know it, or a word says so; and
    printed as BibTeX prints it, with no period of its own before `, pages` (`Language
    Process., pages`: cut, or typed by hand, and so maybe no name the list prints elsewhere),
    unless the period stands after a whole word of a name a journal's word names
    (`Transactions on ... Language Processing., pages`: a stray period, the name whole)."""
    from refslint.journals import lookup, starts_longer_word  # read only for entries like these

    name = container.text
    if text[container.span.end : container.span.end + 1] == ".":
        # a stray period after a whole word (`Language Processing., pages`), not a cut one's
        last = re.findall(r"[A-Za-z]+", name)[-1:]
        cut = not last or starts_longer_word(last[0].lower())
        return not cut and bool(_JOURNAL_WORD.search(name))
    return bool(_JOURNAL_WORD.search(name) or lookup(name))


def _date(text: str, year: re.Match[str]) -> PartialDate:
    ys = year.span("year")
    start = year.start("month") if year["month"] is not None else ys[0]
    return PartialDate(text[start : ys[1]], Span(start, ys[1]), int(year["year"]), Span(*ys))


def _rest(text: str, rest: list[tuple[int, int]], out: dict) -> Kind:
    """What follows the title, its year taken off: its kind and its fields."""
    if not rest:
        return Kind.UNKNOWN
    a, b = rest[0]
    first = text[a:b]
    marked = _IN.match(first)
    if marked is not None:  # (the proceedings' title may hold a period: `In Proceedings. Fourth`)
        out["in_marker"] = Field("In", Span(a, a + 2))
        pages = _PAGES.search(text, a, rest[-1][1])
        end, after = b, rest[1:]
        if pages is not None:
            out["pages"] = page_range(text, pages.span("pages"))
            end, after = pages.start(), [s for s in rest if s[0] >= pages.end()]
        out["container"] = field(text, a + marked.end(), end)
        if after:
            _imprint(text, after[0], out)
        proceedings = _PROCEEDINGS.search(text, a, end)
        return Kind.CONFERENCE if proceedings else Kind.CHAPTER
    school = _THESIS.match(first)
    if school is not None:
        if b > a + school.end():
            _imprint(text, (a + school.end(), b), out)
        return Kind.THESIS
    if _REPORT.match(first):
        return Kind.REPORT
    article = _ARTICLE.match(first)
    if article is not None and len(rest) == 1:
        out["container"] = field(text, a + article.start("journal"), a + article.end("journal"))
        if article["volume"] is not None:
            out["volume"] = field(text, a + article.start("volume"), a + article.end("volume"))
        if article["issue"] is not None:
            out["issue"] = field(text, a + article.start("issue"), a + article.end("issue"))
        group = "pages" if article["pages"] is not None else "marked"
        if article[group] is not None:
            out["pages"] = page_range(text, (a + article.start(group), a + article.end(group)))
        return Kind.ARTICLE
    if len(rest) == 1 and _HOUSE.search(first) and not any(c.isdigit() for c in first):
        _imprint(text, rest[0], out)
        return Kind.BOOK
    return Kind.UNKNOWN
