"""ACM's reference format, the style of the ACM's journals and proceedings in computer science.

`Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. 2016. Title. In Proceedings of the IEEE
Conference on Computer Vision and Pattern Recognition (CVPR). IEEE, 770–778. https://doi.org/...`:
the names written out, given names first (`and` before the last), the year after them, then the
title and what tells the kind of work: `In Proceedings ...` a proceedings paper (`In Book, Ian
Editor (Ed.)` a chapter), `Commun. ACM 51, 1 (Jan. 2008), 107–113` a journal article (`37, 4,
Article 112 (July 2018), 14 pages`), `arXiv:1706.03762` or `CoRR abs/1706.03762` a preprint,
`Publisher, Place` a book, a thesis's or report's mark before its university or body.

The grammar reads names as family names and initials, and rejects these or reads them as one
group's name; here the entry is read from its shape, the names checked word by word (each a
capitalised word or an initial, the last a family name with a small letter: `Surname AB. 2019.`
is ASM's, not ACM's), before the grammar is asked for the links and notes after the year.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from refslint import patterns
from refslint.grammar.fragments import DASH
from refslint.model import Author, Field, Kind, Pages, PartialDate, Span

_YEAR_AFTER_NAMES = patterns.compile(
    r"(?<=[^\s.])\.\s+(?P<year>(?:1[5-9]|20)\d\d)[a-z]?\.\s+(?=\S)"
)
_MAX_NAMES_LENGTH = 600
_CUT = patterns.compile(r",\s+and\s+|,\s+|\s+and\s+")
_ET_AL = patterns.compile(r"(?:,\s*|\s+)et\s+al\.?$")
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "du",
        "le",
        "la",
        "del",
        "dos",
        "das",
        "ten",
        "ter",
    ]
)
_GROUP_WORDS = patterns.compile(
    r"\b(?:Center|Centre|Organi[sz]ation|Association|Institute|Foundation|Team|Group|Council"
    r"|Agency|Bureau|Office|Ministry|Department|University|Society|Committee|Consortium|Project"
    r"|Inc|Corporation|Commission|Bank|Fund|Service|Survey|Collaboration|Community|Alliance)\b"
)
# a sentence's end: a period, `?` or `!` and a space, not an initial's or a short word's period
_STOP = patterns.compile(
    r"(?<![\s.][A-Z])"
    + "".join(
        rf"(?<!\b{word})" for word in ("ed", "Ed", "Vol", "vol", "No", "no", "pp", "St", "Co")
    )
    + r"[.?!]\s+"
)
_IN = patterns.compile(r"^In\s+")
_PROCEEDINGS = patterns.compile(
    r"\b(?:Proceedings|Proc\.|Conference|Symposium|Workshop|Congress|Meeting)\b"
)
_PAGES_CLOSING = patterns.compile(
    rf",\s*(?:(?P<pages>\d+\s*{DASH}\s*\d+|\d+)|Article\s+(?P<article>[\w\-]+)(?:,\s*\d+\s+pages)?"
    r"|\d+\s+pages)\s*\.?\s*$"
)
_EDITORS_CLOSING = patterns.compile(r",\s+[^,]+?\s\((?:Eds?|eds?)\.\)\s*$")
_ARTICLE = patterns.compile(
    r"(?P<journal>[A-Z][^\d]*?)\s+(?P<volume>\d+)(?:,\s*(?P<issue>[\w\-/]+))?"
    r"(?:,\s*Article\s+(?P<article>[\w\-]+))?\s*\((?P<when>[^()]*\b\d{4})\)"
    rf"(?:,\s*(?:(?P<pages>\d+\s*{DASH}\s*\d+|\d+)|\d+\s+pages))?\s*\.?\s*$"
)
_PREPRINT = patterns.compile(
    r"^(?:(?:arXiv|bioRxiv|medRxiv)\s+preprint\s+)?(?:arXiv:\s*\S+|CoRR\s+abs/\S+)", re.IGNORECASE
)
_THESIS_OR_REPORT = patterns.compile(
    r"^(?:(?:Ph\.\s?D\.|PhD|Master['’]?s|Bachelor['’]?s|Doctoral)\s+(?:[Dd]issertation|[Tt]hesis)"
    r"|Technical\s+Report\b[^.]*|Tech\.\s*Rep\.[^.]*)$"
)
_EDITION = patterns.compile(r"\s*\((?P<edition>\d+(?:st|nd|rd|th)\.?\s+ed\.?)\)$")
_PAGE_RANGE = patterns.compile(rf"\b\d+\s*{DASH}\s*\d+\b")
_ONLINE = patterns.compile(r"^(?:Retrieved|Accessed|Available|Last accessed|Online)\b")
_LINK = patterns.compile(r"(?i)^(?:https?://|doi:|www\.)")
_PLACE_PIECE = patterns.compile(
    r"^(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|[A-Z]{2,3}|(?:[A-Z]\.){2,3})$"
)
_HOUSE_WORDS = patterns.compile(r"\b(?:Inc|Ltd|Co|Press|Publishers?|Publishing|LLC|GmbH|Verlag)\b")


def head(
    text: str, start: int
) -> tuple[tuple[Author, ...], Field | None, Span, re.Match[str]] | None:
    """The names and year that open an entry in ACM's form; None where it opens otherwise."""
    while start < len(text) and text[start].isspace():
        start += 1
    found = _YEAR_AFTER_NAMES.search(text, start, min(len(text), start + _MAX_NAMES_LENGTH))
    if found is None or not text[start : start + 1].isupper():
        return None
    end = found.start()
    et_al = _ET_AL.search(text, start, end)
    stop = et_al.start() if et_al is not None else end
    names: list[Author] = []
    at = start
    for cut in [*_CUT.finditer(text, start, stop), None]:
        b = cut.start() if cut is not None else stop
        person = _person(text, at, b, alone=cut is None and not names)
        if person is None:
            return None
        names.append(person)
        if cut is not None:
            at = cut.end()
    if not any(not n.is_group and _written_out(text[n.span.start : n.span.end]) for n in names):
        return None  # (initials only: the Vancouver family's names, read by the grammar)
    marker = None
    if et_al is not None:
        words = text[et_al.start() : et_al.end()].lstrip(", ")
        marker = Field(words, Span(et_al.end() - len(words), et_al.end()))
    return tuple(names), marker, Span(start, end), found


def _letters(word: str) -> str:
    return "".join(c for c in word if c not in "-'’.")


def _capitalised(word: str) -> bool:
    """`Gomez`, `McCallum`, `Henri-Jean`: a capital, then letters with a small one among them."""
    return word[:1].isupper() and _letters(word).isalpha() and any(c.islower() for c in word)


def _initial(word: str) -> bool:
    """`N.`, `J.-P.`: one to three capitals, each with its period."""
    letters = _letters(word)
    return word.endswith(".") and letters.isalpha() and letters.isupper() and len(letters) <= 3


def _written_out(name: str) -> bool:
    first = name.split()[0]
    return len(first) > 1 and first[1:].islower() and first.isalpha()


def _person(text: str, a: int, b: int, alone: bool) -> Author | None:
    """`Aidan N. Gomez`, `Łukasz Kaiser`, `Jan van Leeuwen`; a body's name alone (`Pew Research
    Center`) as a group."""
    name = text[a:b]
    words = name.split()
    if not words or words[0] in ("The", "A", "An"):
        return None
    if alone and len(words) >= 2 and _GROUP_WORDS.search(name):
        return Author(name, Span(a, b), name, is_group=True)
    if not 2 <= len(words) <= 5:
        return None
    family_at = len(words) - 1
    while family_at > 1 and words[family_at - 1] in _PARTICLES:
        family_at -= 1
    given, family = words[:family_at], words[family_at:]
    if not _capitalised(family[-1]) or not all(_initial(w) or _capitalised(w) for w in given):
        return None
    initials = "".join(w[0] for w in " ".join(given).replace("-", " ").replace(".", " ").split())
    return Author(name, Span(a, b), " ".join(family), initials)


def read(text: str, start: int) -> dict | None:
    """The fields of an entry in ACM's form (names and year read, then the rest by its shape),
    without its links and notes; None where the entry is in another form."""
    opening = head(text, start)
    if opening is None:
        return None
    names, et_al, names_span, found = opening
    out: dict = {"authors": names, "authors_span": names_span}
    if et_al is not None:
        out["et_al"] = et_al
    year = found.span("year")
    out["date"] = PartialDate(text[year[0] : year[1]], Span(*year), int(found["year"]), Span(*year))
    pieces = sentences(text, found.end(), len(text))
    if not pieces:
        return None
    title = pieces[0]
    if _LINK.match(text, title[0]) or any(mark in text[title[0] : title[1]] for mark in '“”"«»'):
        return None  # (a quoted title is Chicago's: ACM quotes none)
    edition = _EDITION.search(text, *title)
    if edition is not None:  # `Title (3rd ed.)`
        out["edition"] = Field(edition["edition"], Span(*edition.span("edition")))
        title = (title[0], edition.start())
    out["title"] = Field(text[title[0] : title[1]], Span(*title))
    rest = [s for s in pieces[1:] if not _LINK.match(text[s[0] : s[1]])]
    out["kind"] = _rest(text, rest, out)
    if out["kind"] is Kind.UNKNOWN:
        return None  # (no shape of ACM's after the title: the other readers are asked)
    if out["kind"] is Kind.BOOK and _PAGE_RANGE.search(out["title"].text):
        return None  # (a chapter's pages in what would be a book's title)
    return out


def sentences(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The sentences of `text[start:stop]`, without their stops; a period inside parentheses
    or after an initial ends none."""
    spans: list[tuple[int, int]] = []
    at = start
    for found in _STOP.finditer(text, start, stop):
        if text.count("(", at, found.start()) > text.count(")", at, found.start()):
            continue  # (a period inside parentheses: `(Jan. 2008)`)
        mark = text[found.start()]
        spans.append((at, found.start() + (1 if mark in "?!" else 0)))
        at = found.end()
    end = len(text[:stop].rstrip(" ."))
    if at < end:
        spans.append((at, end))
    return spans


Names = tuple[tuple[Author, ...], Field | None, int]  # names, `et al.`, where they end


def opening_names(
    text: str, start: int, read_names: Callable[[str, int], Names | None]
) -> tuple[dict, int] | None:
    """The fields of the names that open an entry, read by a style's own `read_names` after any
    space, and where they end: shared by the readers of ISO 690, GOST and DIN 1505."""
    while start < len(text) and text[start].isspace():
        start += 1
    opening = read_names(text, start)
    if opening is None:
        return None
    names, et_al, end = opening
    out: dict = {"authors": names, "authors_span": Span(start, names[-1].span.end)}
    if et_al is not None:
        out["et_al"] = et_al
    return out, end


def year_at(text: str, span: tuple[int, int]) -> PartialDate:
    """The year printed at `span` as a date of its own."""
    year = Span(*span)
    return PartialDate(text[year.start : year.end], year, int(text[year.start : year.end]), year)


def imprint_fields(text: str, imprint: re.Match[str], out: dict) -> None:
    """A book's place, publisher, year, and edition and pages where printed, from a match that
    names them so (GOST's and DIN 1505's imprints)."""
    out["place"] = field(text, *imprint.span("place"))
    out["publisher"] = field(text, *imprint.span("publisher"))
    out["date"] = year_at(text, imprint.span("year"))
    if imprint["edition"] is not None:
        out["edition"] = field(text, *imprint.span("edition"))
    if imprint["pages"] is not None:
        out["pages"] = page_range(text, imprint.span("pages"))


def field(text: str, a: int, b: int) -> Field:
    """`text[a:b]` as a field, without the commas, spaces and periods around it."""
    while a < b and text[a] in " ,":
        a += 1
    while b > a and text[b - 1] in " ,.":
        b -= 1
    return Field(text[a:b], Span(a, b))


# pages numbered by section, `12-1–12-55`: chapter 12's pages 1 to 55
_SECTION_RANGE = patterns.compile(r"\d+-\d+\s*[\u2013\u2014]\s*\d+-\d+")


def page_range(text: str, span: tuple[int, int]) -> Pages:
    """The pages printed at `span`: one page or a range."""
    printed = text[span[0] : span[1]]
    section = _SECTION_RANGE.fullmatch(printed)  # (`12-1–12-55`: split at the en dash alone)
    ends = re.split(r"\s*[\u2013\u2014]\s*" if section else rf"\s*{DASH}\s*", printed)
    last = ends[1] if len(ends) == 2 else None
    dash = printed[len(ends[0]) : len(printed) - len(last)].strip() if last else ""
    return Pages(printed, Span(*span), ends[0], last, last, dash)


def _rest(text: str, rest: list[tuple[int, int]], out: dict) -> Kind:
    """What follows the title: its kind and its fields."""
    if not rest:
        return Kind.UNKNOWN
    a, b = rest[0]
    first = text[a:b]
    if _ONLINE.match(first):
        return Kind.WEBPAGE
    preprint = _PREPRINT.match(first)
    if preprint is not None:
        server = re.match(r"[A-Za-z]+", first)  # `arXiv`, `CoRR`, `bioRxiv`: the first word
        out["container"] = field(text, a, a + (server.end() if server else 0))
        return Kind.PREPRINT
    marked = _IN.match(first)
    if marked is not None:
        return _in(text, [(a + marked.end(), b), *rest[1:]], out)
    article = None
    for j, (_, d) in enumerate(rest):  # (a journal's abbreviations end sentences: `Commun. ACM`)
        article = _ARTICLE.match(text, a, d)
        if article is not None or any(c.isdigit() for c in text[rest[j][0] : d]):
            break
    if article is not None:
        out["container"] = field(text, *article.span("journal"))
        out["volume"] = field(text, *article.span("volume"))
        if article["issue"] is not None:
            out["issue"] = field(text, *article.span("issue"))
        if article["article"] is not None:
            out["article_number"] = field(text, *article.span("article"))
        if article["pages"] is not None:
            out["pages"] = page_range(text, article.span("pages"))
        return Kind.ARTICLE
    if _THESIS_OR_REPORT.match(first) and len(rest) > 1:
        _imprint(text, rest[1], out)
        return Kind.THESIS if re.search(r"(?i)thesis|dissertation", first) else Kind.REPORT
    if len(rest) == 1 and not any(c.isdigit() for c in first):
        _imprint(text, rest[0], out)
        return Kind.BOOK
    if len(rest) == 2 and re.match(r"^\(?\d+(?:st|nd|rd|th)\.?\s+ed\.?\)?$", first):
        out["edition"] = field(text, a, b)
        _imprint(text, rest[1], out)
        return Kind.BOOK
    return Kind.UNKNOWN


def _imprint(text: str, span: tuple[int, int], out: dict) -> None:
    """`Publisher, City, ST` (or the university of a thesis, and its place)."""
    a, b = span
    colon = text.find(": ", a, b)
    if colon > a:  # `Place: Publisher`, as Chicago prints it
        out["place"] = field(text, a, colon)
        out["publisher"] = field(text, colon + 1, b)
        return
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^,]+", text[a:b])]
    place_from = len(pieces)
    while place_from > 1 and len(pieces) - place_from < 3:
        piece = text[a + pieces[place_from - 1][0] : a + pieces[place_from - 1][1]].strip()
        if not _PLACE_PIECE.match(piece) or _HOUSE_WORDS.search(piece):
            break
        place_from -= 1
    publisher_end = a + pieces[place_from - 1][1] if place_from else b
    out["publisher"] = field(text, a, publisher_end)
    if place_from < len(pieces):
        out["place"] = field(text, a + pieces[place_from][0], b)


def _in(text: str, rest: list[tuple[int, int]], out: dict) -> Kind:
    """`In Proceedings of ... (CVPR). IEEE, 770–778.` or `In Book, Ian Editor (Ed.). Publisher,
    Place, 51–80.`: the container, its publisher and place, the pages."""
    a, b = rest[0]
    out["in_marker"] = Field("In", Span(a - 3, a - 1)) if text[a - 3 : a - 1] == "In" else None
    if out["in_marker"] is None:
        del out["in_marker"]
    container_end = b
    editors = _EDITORS_CLOSING.search(text, a, b)
    if editors is not None:
        container_end = editors.start()
    out["container"] = field(text, a, container_end)
    kind = Kind.CONFERENCE if _PROCEEDINGS.search(text, a, container_end) else Kind.CHAPTER
    if len(rest) > 1:
        c, d = rest[1]
        pages = _PAGES_CLOSING.search(text, c, d)
        if pages is not None:
            if pages["pages"] is not None:
                out["pages"] = page_range(text, pages.span("pages"))
            elif pages["article"] is not None:
                out["article_number"] = field(text, *pages.span("article"))
            d = pages.start()
        if d > c:
            _imprint(text, (c, d), out)
    return kind
