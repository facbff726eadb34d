"""Roles in the forms numbered lists borrow from APA: an article online before its issue, and a
chapter or proceedings paper whose pages stand in parentheses after the book.

`Title. Journal. 2025. Online ahead of print. https://doi.org/...`, `J Things. 2025 [Epub ahead
of print]. doi: ...`, APA's `Title. Journal. Advance online publication. https://doi.org/...`:
a journal article with no volume or pages yet, not a web page. The mark is what tells it; the
journal is the text just before the year (or before the mark, when the year follows the names).

`In Brown A, White B (eds.) Book Title (pp. 97–102). Springer: Cham. 2021.` and APA's `In A.
Brown & B. White (Eds.), Book title (pp. 97–102). Springer.`: the grammar reads the `In`, the
editors and the parenthesised pages; here the publisher is found after the book, set out as
`Publisher: Place.`, `Place: Publisher.` (either order, the year after it) or `Publisher.` alone.

`Title. Journal Name, 63(2), 1–29. https://doi.org/...` and `Journal, 15, Article e0229876.`:
APA's journal article, the journal, volume, issue and pages (or article number) in one sentence
set off by commas, the year after the names or nowhere. Numbered lists borrow it too
(`3. Smith JA, Lee K. Title. Journal Name, 63(2), 1–29.`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from refslint import patterns
from refslint.grammar.fragments import LOCATION, YEAR
from refslint.grammar.transform import Part
from refslint.model import Field, PartialDate, Span

# The marks of an article out before its issue, as the whole of a sentence, bracket or parenthesis.
AHEAD = patterns.compile(
    r"^[\[(]?\s*(?:(?:(?:Online|Epub|E-pub|Published\s+online)\s+)?ahead\s+of\s+print"
    r"|Advance\s+online\s+publication)\s*[\])]?$",
    re.IGNORECASE,
)
# What may stand between the journal's date and the mark: separators, dates and identifiers.
_BETWEEN = frozenset(("sep", "semi", "pub", "doi", "url", "pmid", "bracket"))
# Words of a publishing house's name, to tell `Springer: Cham` from `Cham: Springer`.
HOUSE = patterns.compile(
    r"\b(?:Press|Verlag|Publishers?|Publishing|Publications|Sons|Books|Editora|Editorial"
    r"|[ÉE]ditions?|Ediciones|Edizioni|Wiley|Springer|Elsevier|Routledge|Macmillan|McGraw|Hall"
    r"|Academic|CRC|Sage|SAGE|Karger|Thieme|Blackwell|Pearson|IEEE|ACM|Inc|Ltd|GmbH|LLC"
    r"|Nature|Taylor|Francis|Pergamon|Butterworth|Saunders|Mosby|Lippincott|Humana|Wolters)\b"
)
# APA's journal, volume, (issue) and pages or article number, the whole of one stretch of text: the
# journal holds a letter and the volume is a number (with a letter before or after it at most).
# Mathematics journals print the year in parentheses there too, after the volume and its issue
# (`Journal, 55 (1991), 115–119.`, `Journal, 17(1) (2012), 44–62.`).
JOURNAL_TAIL = patterns.compile(
    r"^(?P<journal>(?=[^,]*[^\W\d_])[^,]*(?:,(?!\s*\d)[^,]+)*?)\s*,\s*"
    r"(?:(?P<volume>[A-Za-z]?\d{1,5}[A-Za-z]?)\s*(?:\(\s*(?P<issue>[^()\s][^()]{0,20}?)\s*\))?"
    r"|(?=\(\s*(?:1[5-9]|20)\d\d\s*\)))"  # (or no volume: `Newsletter, (1985), 10–12`)
    r"(?:\s*\(\s*(?P<year>(?:1[5-9]|20)\d\d)\s*\))?\s*,\s*"
    r"(?:Article\s+(?:[Nn]o\.?\s*)?(?P<article>[A-Za-z]{0,3}\d[\w.\-]*)"
    rf"|(?P<locator>{LOCATION}))$"
)
# An article's sentence that lost its pages or its volume, `Journal, 4(1).`, `Journal, 8.`,
# `Journal, 119–147.`: read where the name is a journal's, so that RL501 can say what is lost
# (the groups a whole tail has and this one never does stand empty)
_SHORT_TAIL = patterns.compile(
    r"^(?P<journal>(?=[^,]*[^\W\d_])[^,]*?)\s*,\s*"
    r"(?:(?P<volume>\d{1,4})(?:\s*\(\s*(?P<issue>\d[^()]{0,8}?)\s*\))?"
    r"|(?P<locator>\d{1,5}\s*[\-\u2010-\u2015]\s*\d{1,5}))(?:(?P<year>(?!))|(?P<article>(?!)))?$"
)
_JOURNAL_NAME = patterns.compile(
    r"\b(?:Journal|Review|Research|Quarterly|Studies|Bulletin|Annals|Letters|Proceedings"
    r"|Science|Sciences|Revista|Zeitschrift|Transactions)\b"
)


def _short_tail(text: str) -> re.Match[str] | None:
    """`Journal, 4(1)` or `Journal, 119–147` where the name is a journal's: the shipped lists
    know it, or it holds a word only journals' names hold together (`Journal`, `Research`)."""
    from refslint.grammar.roles import CONFERENCE_WORDS
    from refslint.journals import lookup  # read only for entries like these

    found = _SHORT_TAIL.match(text)
    if found is None:
        return None
    name = found.group("journal")
    if CONFERENCE_WORDS.search(name):
        return None  # a meeting's proceedings set out as a journal: no volume to ask for
    return found if _JOURNAL_NAME.search(name) or lookup(name) else None


# What may follow the journal's sentence: identifiers, notes and separators, nothing a book or a
# web page would have (a publisher, a site name, another date).
_AFTER_JOURNAL = frozenset(
    ("sep", "semi", "doi", "url", "pmid", "arxiv", "access", "bracket", "available")
)
YEAR_LIKE = patterns.compile(r"^(?:19|20)\d\d$")
# APA 6's link to an article with no DOI: `Retrieved from http://...` (Turkish `Erişim adresi:`,
# Indonesian `Diakses dari`, Dutch `Geraadpleegd van`, German `Abgerufen von`)
RETRIEVED = patterns.compile(
    r"^(?:Retrieved\s+from|Erişim\s+adresi:?|Diakses\s+dari|Geraadpleegd\s+van|Abgerufen\s+von)$",
    re.IGNORECASE,
)
# APA's year in parentheses read as the title's first sentence (`Smith JA, Lee K. (2020). Title.`)
PAREN_YEAR = patterns.compile(rf"^\(\s*{YEAR}[a-z]?\s*\)$")
DASH_WORD = patterns.compile(r"^[\-\u2010-\u2015]$")
PAREN_YEAR_INSIDE = patterns.compile(rf"\(\s*{YEAR}[a-z]?\s*\)")
EDITORS_CLOSE = patterns.compile(r"\s*\(\s*[^\W\d_]{1,20}\.?\s*\)\s*,")
_PLACE_HOUSE = patterns.compile(r"^(?P<first>[^:]{1,60}?)\s*:\s*(?P<second>[^:]{1,80})$")


def is_ahead_mark(part: Part) -> bool:
    return part.kind in ("text", "bracket") and AHEAD.match(part.text) is not None


def ahead_of_print(text: str, segments: list[list[Part]], out: dict) -> list[list[Part]] | None:
    """Fill `out` for a journal article marked as out before its issue; return the title's
    segments, or None where no mark stands after a journal's name."""
    from refslint.grammar.roles import _abbreviated_from, _is_title_like, _texts, sub

    flat = [(i, p) for i, s in enumerate(segments) for p in s]
    mark_at = next((k for k, (_, p) in enumerate(flat) if is_ahead_mark(p)), None)
    if mark_at is None:
        return None
    # back from the mark over dates, identifiers and separators to the journal's name
    anchor = mark_at
    while anchor > 0 and flat[anchor - 1][1].kind in _BETWEEN:
        anchor -= 1
    dates = [p for _, p in flat[anchor:mark_at] if p.kind == "pub" and p.date is not None]
    if any(p.volume or p.issue or p.locator for p in dates):
        return None  # a volume or pages stand there: the ordinary reading's
    if anchor == 0 or flat[anchor - 1][1].kind != "text":
        return None
    at, last = flat[anchor - 1]
    texts = _texts(segments[at])
    first = texts[0]
    if at == 0 or any(p.kind not in ("text", "sep") for p in segments[at] if p.end <= last.start):
        return None  # no title before it, or more than a name stands there
    journal = Span(first.start, last.end)
    at, first = _abbreviated_from(text, segments, at, first, journal)
    out["container"] = sub(text, Span(first.start, journal.end))
    if dates:
        out["date"] = dates[0].date
    mark = flat[mark_at][1]
    medium = out.get("medium")
    if medium is not None and medium.span.start == mark.start:
        del out["medium"]  # `[Online ahead of print]` is no medium
    return [s for s in segments[:at] if _is_title_like(s)]


class Published(NamedTuple):
    """A book's place and publisher after its title, the date part after them, and the index of
    their segment."""

    place: Field | None
    publisher: Field
    date: Part | None
    at: int


def publisher_after(
    text: str, segments: Sequence[Sequence[Part]], apa_pages: bool
) -> Published | None:
    """The place, publisher and date part of a book set out after its title as `Publisher:
    Place. 2021.`, `Place: Publisher. 2021.` or `Publisher.`: a sentence of one stretch of text,
    followed by a bare year or by nothing but identifiers. A name alone is taken for the
    publisher only after APA's parenthesised pages (`apa_pages`) or when it names a publishing
    house: `In: Proc X. Sydney. 2019.` names a place. None where the segments hold none."""
    from refslint.grammar.roles import sub

    for i, segment in enumerate(segments):
        body = [p for p in segment if p.kind != "sep"]
        if len(body) != 1 or body[0].kind != "text":
            continue
        rest = [p for s in segments[i + 1 :] for p in s if p.kind != "sep"]
        date = rest[0] if rest and rest[0].kind == "pub" else None
        if date is not None and (date.volume or date.issue or date.locator):
            return None
        following = rest[1:] if date is not None else rest
        if any(p.kind not in ("doi", "url", "pmid", "access", "available") for p in following):
            continue
        part = body[0]
        found = _PLACE_HOUSE.match(part.text)
        if found is None:
            if apa_pages or HOUSE.search(part.text):
                return Published(None, part.field, date, i)
            return None
        first = sub(text, Span(part.start + found.start("first"), part.start + found.end("first")))
        second = sub(
            text, Span(part.start + found.start("second"), part.start + found.end("second"))
        )
        if HOUSE.search(first.text) and not HOUSE.search(second.text):
            return Published(second, first, date, i)  # `Springer: Cham`
        return Published(first, second, date, i)  # `Cham: Springer`, as Vancouver sets it
    return None


def editors_in_parentheses(text: str, marker: Part) -> bool:
    """Whether the editors after `In` close with APA's `(Eds.),` (`In A. Brown & B. White
    (Eds.), Book title. Guilford.`): then a name alone after the book is its publisher."""
    return bool(marker.editors) and EDITORS_CLOSE.match(text, marker.end) is not None


def book(text: str, segments: list[list[Part]]) -> Published | None:
    """A book set out as `Title. 5th edn. McGraw-Hill: New York. 2017.` (either order around the
    colon, the year after): read only where one side names a publishing house, since `Title.
    Cardiology: Research. 2015.` may be a journal that lost its volume."""
    found = publisher_after(text, segments[1:], apa_pages=False)
    if found is None or found.place is None:
        return None
    if not (HOUSE.search(found.publisher.text) or HOUSE.search(found.place.text)):
        return None
    return found._replace(at=found.at + 1)


def article(
    text: str, segments: list[list[Part]], out: dict, year: PartialDate | None = None
) -> list[list[Part]] | None:
    """Fill `out` for APA's `Title. Journal, 63(2), 1–29.` (the last sentence before the
    identifiers); return the title's segments, or None where no sentence reads so."""
    from refslint.grammar.roles import CONFERENCE_WORDS, _first_date, _is_title_like, _texts

    for at in range(len(segments) - 1, 0, -1):
        body = [p for p in segments[at] if p.kind != "sep"]
        if len(body) == 1 and body[0].kind == "text":
            break
        if _retrieved_from(body):
            continue
        if any(p.kind not in _AFTER_JOURNAL for p in body):
            return None  # a date, an `In`, free text: another form
    else:
        return None
    part = body[0]
    found = JOURNAL_TAIL.match(part.text) or _short_tail(part.text)
    if found is None or (found.group("locator") or "")[:1] == "p":
        return None  # (`Workshop on X, 2009, pp. 71–74`: a proceedings' year and marked pages)
    volume = found.group("volume") or ""
    if CONFERENCE_WORDS.search(found.group("journal")) and YEAR_LIKE.match(volume):
        return None  # `Annual Meeting of X, 2019, 12–14`: a meeting's year and days, no volume
    date = _first_date(segments)
    titles = [s for s in segments[:at] if _is_title_like(s)]
    if titles and len(_texts(titles[0])) == 1 and PAREN_YEAR.match(titles[0][0].text):
        printed = titles[0][0]  # `Smith JA, Lee K. (2020). Title.`: the year, not the title
        titles = titles[1:]
        if date is None:
            date = _paren_year(printed)
    if not titles:
        return None
    if date is None and year is None and PAREN_YEAR_INSIDE.search(text, 0, part.start):
        return None  # `Li, M. Shyu, A. Bin, ... (2014) Title.`: names the grammar did not read
    journal = _piece(text, part, found, "journal")
    at, first = _journal_from(text, segments, at, part, journal.span)
    span = Span(first.start, journal.span.end)
    out["container"] = Field(text[span.start : span.end], span)
    out["volume"] = _piece(text, part, found, "volume") if found.group("volume") else None
    out["issue"] = _piece(text, part, found, "issue") if found.group("issue") else None
    printed_year = "year" if found.group("year") else None
    if printed_year is None and YEAR_LIKE.match(found.group("issue") or ""):
        printed_year, out["issue"] = "issue", None  # `Journal, 55 (1991), 115–119`: no issue
    if date is None and year is None and printed_year is not None:
        date = _year_at(_piece(text, part, found, printed_year))
        out["dates"] = (date, *out.get("dates", ()))
    if found.group("article"):
        out["article_number"] = _piece(text, part, found, "article")
    elif found.group("locator"):
        _locator(_piece(text, part, found, "locator"), out)
    out["date"] = date
    return [s for s in titles if s[0].end <= first.start]


def _retrieved_from(body: Sequence[Part]) -> bool:
    return (
        len(body) == 2
        and body[0].kind == "text"
        and RETRIEVED.match(body[0].text) is not None
        and body[1].kind == "url"
    )


def _journal_from(
    text: str, segments: list[list[Part]], at: int, first: Part, journal: Span
) -> tuple[int, Part]:
    """Where the journal's name starts: back over the pieces of an abbreviation cut at its
    periods, a title staying before it; the segment and the first part of the name. Where the
    name before the comma ends in a period (`Nat. Rev. Genet.,`, `Biochim. Biophys. Acta - Rev.
    Cancer.,`) it is abbreviated and its pieces are gathered back; where it does not (`Biochim.
    Biophys. Acta, 1806`, or `Deep learning. A review. Neural Networks, 12`), only as far as
    the pieces make a journal the shipped lists know."""
    from refslint.grammar.roles import JOURNAL_WORDS

    name = text[journal.start : journal.end]
    if not name.endswith("."):
        from refslint.journals import lookup  # read only for entries like these

        found = (at, first)
        cut = True  # every piece so far one word cut short (`J. Res. Nat. Bureau Standards`)
        while at > 1 and _is_piece(segments[at - 1]):
            at -= 1
            cut = cut and _cut_piece(segments[at])
            if cut or lookup(text[segments[at][0].start : journal.end]):
                found = (at, segments[at][0])
        return found
    abbreviated = len(name.split()) <= 3
    while at > 1 and _is_piece(segments[at - 1]):
        before = segments[at - 1]
        if not (abbreviated or _words(before)[-1] in JOURNAL_WORDS):
            break
        at -= 1
        first = before[0]
    return at, first


def _cut_piece(segment: Sequence[Part]) -> bool:
    """`J`, `Res`, `Nat`: one word ended by its period that only a journal's name prints so, an
    initial or a word the shipped abbreviations shorten to; no title's last sentence."""
    from refslint.journals import shortened_form  # read only for entries like these

    word = segment[0].text
    return (len(word) == 1 and word.isupper()) or (word.isalpha() and shortened_form(word.lower()))


def _words(segment: Sequence[Part]) -> list[str]:
    return [w for w in segment[0].text.split() if not DASH_WORD.match(w)]


def _is_piece(segment: Sequence[Part]) -> bool:
    """`Nat`, `Biochim`, `Acta - Mol`: a piece of a journal abbreviation cut at its periods,
    capitalised words ended by a period (not by the `?` that ends a title)."""
    if (
        len(segment) > 2
        or segment[0].kind != "text"
        or segment[-1].text not in (".", segment[0].text)
    ):
        return False
    words = _words(segment)
    return 0 < len(words) <= 4 and all(
        (w[:1].isupper() and len(w) <= 12) or (len(w) <= 2 and w.isalpha() and w.islower())
        for w in words
    )


def _piece(text: str, part: Part, found: re.Match[str], group: str) -> Field:
    span = Span(part.start + found.start(group), part.start + found.end(group))
    return Field(text[span.start : span.end], span)


def _locator(locator: Field, out: dict) -> None:
    """Pages when a range or one plain page, else an article number (`e0229876`)."""
    from refslint.grammar.roles import DASH_SPLIT, PLAIN_PAGE, _pages

    pieces = DASH_SPLIT.split(locator.text)
    if len(pieces) == 2 or (len(pieces) == 1 and PLAIN_PAGE.match(locator.text)):
        out["pages"] = _pages(locator, pieces)
    else:
        out["article_number"] = locator


def _paren_year(part: Part) -> PartialDate:
    """The date of `(2020)` or `(2020a)` read as text."""
    start = part.start + part.text.index("(") + 1
    while _char_at(part, start).isspace():
        start += 1
    year_span = Span(start, start + 4)
    stop = start + 4 + (1 if _char_at(part, start + 4).isalpha() else 0)
    printed = part.text[start - part.start : stop - part.start]
    return PartialDate(printed, Span(start, stop), int(printed[:4]), year_span)


def _year_at(printed: Field) -> PartialDate:
    """The date of a year printed alone (`1991` in `55 (1991), 115–119`)."""
    return PartialDate(printed.text, printed.span, int(printed.text), printed.span)


def _char_at(part: Part, offset: int) -> str:
    return part.text[offset - part.start : offset - part.start + 1]
