"""Roles in IEEE's numbered style, the reference style of engineering and computing papers.

`I. Surname, I. Surname, and I. Surname, "Title," in Proc. Conf. (ACR), City, ST, USA, Jun.
2016, pp. 770–778.` The title stands in quotation marks with its comma inside them; what follows
tells the kind of work: `in Proc. ...` a conference paper, `in Book, A. Editor, Ed. City:
Publisher, 2010, pp. 1–9` a chapter, `Ph.D. dissertation, Dept., Univ., City, 2019` a thesis,
`Org., City, Tech. Rep. TR-1, 2020` a report, `2014, arXiv:1412.6980` a preprint, `2015.
[Online]. Available: URL` a web page. A book's title is not quoted: `Title, 3rd ed. City, ST,
USA: Publisher, 2009.` (the year after a comma, where Citing Medicine puts a semicolon).

The grammar cuts all this at every abbreviation's period; here the pieces are told apart by
their shapes in the text after the names. A journal article (`vol. 55, no. 4`) keeps the
ordinary reading (`roles._labelled_roles`); so does any entry none of these shapes fits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.chicago import stripped, text_field
from refslint.grammar.fragments import DASH
from refslint.grammar.transform import Part
from refslint.model import MONTHS, Author, Field, Kind, PartialDate, Span

# The parts that end the reading: identifiers and notes the grammar recognised itself.
_END_KINDS = frozenset(("url", "doi", "arxiv", "pmid", "access", "available"))
_YEAR = r"(?:1[5-9]|20)\d\d"
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_MONTH = rf"{_MONTH_WORD}(?:\s*[\-\u2013/]\s*{_MONTH_WORD})?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
# IEEE's date: `2016`, `Jun. 2016`, `Jul. 16, 1990`, `May 7–9, 2018`
_DATE = (
    rf"(?:(?P<month>{_MONTH})\s*(?P<day>{_DAY}(?:\s*{DASH}\s*{_DAY})?)?\s*,?\s*)?"
    rf"(?P<year>{_YEAR})[a-z]?"
)
# The locator closing an entry: `pp. 770–778`, `p. 12`, `Art. no. 123456`, `ch. 3, pp. 1–9`
_LOCATOR = patterns.compile(
    rf",\s*(?:(?P<mark>pp?\.|pages)\s*(?P<pages>[A-Za-z]{{0,2}}\d+(?:\s*{DASH}\s*[A-Za-z]{{0,2}}\d+)?)"
    r"|(?P<art>Art\.\s*no\.\s*(?P<number>[\w\-]+))|(?:ch|sec)\.\s*\d+)\s*\.?\s*$"
)
# A journal article with an element's label lost: `Journal, 68, no. 4, pp. 1–9, Jan. 2020`,
# `Nature, vol. 521, no. 7553, 436–444, May 2015` (at least one label must stand)
_ARTICLE = patterns.compile(
    r"(?P<journal>[A-Z][^,]*?(?:,\s*[A-Z][^,\d]*)*?)(?:,\s*|\s+(?=\d+,\s*(?:pp?\.|pages)\s))"
    r"(?:(?P<vmark>[Vv]ol\.)\s*)?"
    r"(?P<volume>[A-Za-z]{0,2}\d+[A-Za-z]?)"
    r"(?:,\s*(?:(?P<nmark>[Nn]o\.)\s*)?(?P<issue>\d+(?:[/\-\u2013]\d+)?))?"
    rf",\s*(?:(?P<pmark>pp?\.|pages)\s*)?(?P<pages>[A-Za-z]{{0,2}}\d+(?:\s*{DASH}\s*[A-Za-z]{{0,2}}\d+)?)"
    rf",\s*{_DATE}\s*$"
)
# `[Online]. Available:` before a link: no part of the work's description
_ONLINE = patterns.compile(r"\s*(?:\[Online\]|Available\s*:)")
# The quoted title, its comma or period inside the marks (or a comma after them)
_OPENING = '“"'
_CLOSING = patterns.compile(r"(?P<mark>[,.?!])?[”\"](?P<comma>,)?(?=\s|$)")
_DATE_AT_END = patterns.compile(rf"(?:^|(?<=[\s,]))(?:{_DATE})\s*\.?$")
# A piece of a place: `Las Vegas`, `NV`, `USA`, `U.K.`, `St. Louis` (no digits, a few words)
_PLACE_PIECE = patterns.compile(
    r"^(?:[A-Z][a-zA-Z'’\-]+\.?|[A-Z]{2,3}|(?:[A-Z]\.){2,3}|St\.|de|du|la|am|an|der)"
    r"(?:\s+(?:[A-Z][a-zA-Z'’\-]+|[A-Z]{2,3}|(?:[A-Z]\.){2,3}|de|du|la|am|an|der|sur)){0,3}$"
)
_NOT_PLACE = patterns.compile(
    r"\b(?:Proc|Conf|Int|Symp|Workshop|Conference|Symposium|Proceedings|Meeting|Congress|Univ|"
    r"University|Dept|Inst|Institute|Lab|Laboratory|Press|Tech|Rep|Report|Std|Standard|Patent|"
    r"IEEE|ACM|Annu|Process|Syst|Comput|Sci|Eng|Commun|Signal|Speech|Mach|Learn|Netw|Vis|Res)\b"
)
_MAX_PLACE_PIECES = 3
# A place's last piece: a state's or country's code (`CA`, `USA`, `U.K.`)
_REGION = patterns.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
# `Ph.D. dissertation`, `M.S. thesis`, `Master's thesis`, `Doctoral dissertation`
_THESIS = patterns.compile(
    r"^(?:Ph\.\s?D\.|M\.\s?S\.|M\.\s?Sc\.|M\.\s?Eng\.|M\.\s?A\.|B\.\s?S\.|B\.\s?Sc\.|D\.\s?Phil\.|"
    r"Master['’]?s|Doctoral|Bachelor['’]?s|Diploma|Habilitation)\s+(?:dissertation|thesis)\b",
    re.IGNORECASE,
)
_INSTITUTION = patterns.compile(
    r"\b(?:Univ|University|Universit\w+|Inst|Institute|College|School|Polytech\w*|Acad|Academy|"
    r"Lab|Laboratory|Labs|Corp|Inc|Ltd|Center|Centre|Agency|Office|Council|Org|Organization)\b"
)
_REPORT = patterns.compile(
    r"\b(?:Tech\.\s*Rep(?:\.|ort\b)|Technical\s+Report|Tech\.\s*Memo\.|Rep\.)"
)
_PATENT = patterns.compile(r"\bPatent\b")
_STANDARD = patterns.compile(
    r"\b(?:[A-Z]{2,6}/)*(?:IEEE|ISO|IEC|ANSI|ITU-T)\s+(?:Std\b|Standard\b)"
)
_IN = patterns.compile(r"^[Ii]n:?\s+")
# Proceedings named with no `in` before them: `Proc. IEEE/IRPS, pp. 37-41, 1992`
_PROCEEDINGS = patterns.compile(
    r"^(?:Proc\.|Proceedings\b|(?:\d+(?:st|nd|rd|th)\s+)?(?:Annu\w*\.?\s+)?(?:[A-Z][\w/&.\-]*\s+)"
    r"{0,5}(?:Conference|Symposium|Workshop|Conf\.|Symp\.)\s+(?:on|of)\b)"
)
# Pages closing a book's title, before its place (`In Book, 879–880. London: Murray, 1899`)
_PAGES_CLOSING = patterns.compile(rf",\s*(?P<pages>\d+\s*{DASH}\s*\d+)\s*$")
# Pages before the year, an older order: `, pp. 37-41, 1992` (a bare range too: `, 262-269, 1996`)
_PAGES_BEFORE_DATE = patterns.compile(
    rf",\s*(?:(?P<mark>pp?\.|pages)\s*(?P<pages>[A-Za-z]{{0,2}}\d+(?:\s*{DASH}\s*[A-Za-z]{{0,2}}\d+)?)"
    rf"|(?P<range>\d+\s*{DASH}\s*\d+))\s*,\s*(?={_DATE}\s*\.?$)"
)
_CONFERENCE = patterns.compile(
    r"\b(?:Proc|Proceedings|Conf|Conference|Symp|Symposium|Workshop|Congress|Meeting|Colloq)\b",
    re.IGNORECASE,
)
# a meeting named by its acronym alone, as computing's lists name their proceedings (`In: AAAI.`,
# `In ICML 2019`, four letters at least): no book is titled by a bare acronym
_CONFERENCE_ACRONYM = patterns.compile(
    r"^[A-Z](?=[A-Za-z]*[A-Z])[A-Za-z]{3,9}(?:-[A-Z]{2,6})?(?:\s*['’]?(?:19|20)?\d\d)?[.,]?$"
)
# A chapter's book: `Book Title, 2nd ed., A. Editor and B. Editor, Eds. City: Publisher, 2010`:
# the editor word closing the text before the place, and the comma that opens the editors' names
# (an initial after it), the edition perhaps before them
_EDITOR_WORD = patterns.compile(r",?\s+Eds?\.\s*$")
_EDITED = patterns.compile(
    r",\s*(?:(?P<edition>\d+(?:st|nd|rd|th)\s+ed\.),?\s*)?(?=[A-Z][a-z]?\.[\s\-]*[A-Z])"
)
# Editors named inside a book's title: `(R. Chellappa, ed.)`, `Edited by`, `, ed.` (other styles)
_EDITORS_INSIDE = patterns.compile(r"\b(?:[Ee]ds?\.\)|[Ee]dited\s+by\b|,\s*eds?\.(?:\s|$))")
# A chapter's `In` and its editors or pages within a book's text
_CHAPTER_INSIDE = patterns.compile(r"[.?!]\s+In[:\s]|\((?:[Ee]ds?\.|pp?\.)")
# A book's (or chapter's) publisher: `Upper Saddle River, NJ, USA: Pearson, 2009`
_PUBLISHER = patterns.compile(
    r"(?:^|(?<=[.?!]\s))\s*(?P<place>[A-Z](?:[^:.;\d]|\.(?=[^\s:\d])|(?<=\b[A-Z])\.|(?<=\bSt)\.)*)"
    r"\s*:\s*"
    r"(?P<publisher>[^\W\d_][^:,;\d]*?(?:,\s*(?:Inc|Ltd|LLC|Co|GmbH)\.?)?)"
    rf",\s*(?P<date>{_DATE})\s*$"
)
# A book's edition before its place: `Title, 3rd ed. City`, `Title, Rev. ed. City`
_EDITION = patterns.compile(
    r",\s*(?P<edition>(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+|Rev\.)\s+(?:ed|edn)\.)\s*$"
)
# A preprint's server after the year, or before it: `2014, arXiv:1412.6980`, `arXiv:1412.6980, 2014`
_PREPRINT = patterns.compile(r"^(?:(?:arXiv|bioRxiv|medRxiv|TechRxiv)\b|(?:\S+\s+){0,2}preprint\b)")


def read(
    text: str, parts: Sequence[Part], start: int, out: dict, group_author: bool = False
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for an entry in IEEE's style (the text after the names at `start`); return the
    title and the kind, or None where no IEEE shape fits. `group_author`: no names were read,
    and an organisation's name may stand before the quoted title, up to its comma."""
    stop = next((p.start for p in parts if p.kind in _END_KINDS and p.start >= start), len(text))
    start, stop = stripped(text, start, stop, ",.")
    while start < stop and text[start] in ",.: ":
        start += 1
    online = _ONLINE.search(text, start, stop)
    if online is not None:
        stop = stripped(text, start, online.start(), ",.")[1]
    if stop <= start:
        return None
    trial = dict(out)  # (filled as the shapes are tried; kept only when one fits)
    if text[start] in _OPENING:
        read = _quoted(text, parts, start, stop, trial)
    elif group_author:
        read = _group_quoted(text, parts, start, stop, trial) or _standard(text, start, stop, trial)
    else:
        read = _book(text, start, stop, trial)
    if read is not None:
        out.update(trial)
    return read


def _standard(text: str, start: int, stop: int, out: dict) -> tuple[Field | None, Kind] | None:
    """`Title, IEEE Std 802.11-2016, 2016.`: a standard with no author, its title first."""
    # (the last: a title may begin `IEEE Standard for ...`)
    found = next(reversed(list(_STANDARD.finditer(text, start, stop))), None)
    if found is None:
        return None
    title = stripped(text, start, found.start(), ",. ")
    if title[1] <= title[0] or text[title[1] : found.start()].strip() != ",":
        return None
    _dated(text, (found.start(), stop), out)
    return text_field(text, title), Kind.UNKNOWN


def _group_quoted(
    text: str, parts: Sequence[Part], start: int, stop: int, out: dict
) -> tuple[Field | None, Kind] | None:
    """`The MathWorks, "MATLAB documentation," 2015. [Online].`: an organisation's name, then a
    quoted title."""
    found = re.compile(r",\s+[“\"]").search(text, start, stop)
    if found is None or found.start() - start > 120:
        return None
    name = stripped(text, start, found.start())
    if not text[name[0]].isupper() or any(c in text[name[0] : name[1]] for c in '”"'):
        return None
    read = _quoted(text, parts, found.end() - 1, stop, out)
    if read is not None:
        group = text_field(text, name)
        out["authors"] = (Author(group.text, group.span, group.text, is_group=True),)
        out["authors_span"] = group.span
    return read


def _quoted(
    text: str, parts: Sequence[Part], start: int, stop: int, out: dict
) -> tuple[Field | None, Kind] | None:
    """A work whose title stands in quotation marks: what follows them tells its kind."""
    closing = None
    for found in _CLOSING.finditer(text, start + 1, stop + 1 if stop < len(text) else stop):
        if found["mark"] or found["comma"] or found.end() >= stop:
            closing = found
            break
    if closing is None:
        return None
    title_span = stripped(text, start + 1, closing.start(), ",")
    if title_span[1] <= title_span[0]:
        return None
    title = text_field(text, title_span)
    rest = stripped(text, closing.end(), stop, ",.")
    while rest[0] < rest[1] and text[rest[0]] in ", ":
        rest = (rest[0] + 1, rest[1])
    after = text[rest[0] : rest[1]]
    labelled = re.search(r"(?:^|,\s*)[Vv]ol\.\s*[A-Za-z]{0,2}\d", after)
    if labelled and re.search(r",\s*(?:pp?\.|Art\.\s*no\.)\s*\w", after):
        return None  # a journal article, every element labelled: the labelled reading stays
    tail = _ARTICLE.match(text, rest[0], rest[1])
    if tail is not None and (tail["vmark"] or tail["nmark"] or tail["pmark"]):
        return title, _article(text, tail, out)
    if labelled:
        return None
    links = any(p.kind in ("url", "available") for p in parts if p.start >= stop)
    marked = _IN.match(after)
    if marked or _PROCEEDINGS.match(after):
        at = rest[0] + (marked.end() if marked else 0)
        if marked:  # IEEE's lower-case `in` marks the container as Vancouver's `In:` does
            out["in_marker"] = text_field(text, stripped(text, rest[0], at, ":"))
        kind = _in_part(text, at, rest[1], out)
        return (title, kind) if kind is not None else None
    if "arxiv" in out or _PREPRINT.match(after):
        return title, _preprint(text, rest, out)
    if _THESIS.match(after):
        _thesis(text, rest, out)
        return title, Kind.UNKNOWN
    if _PATENT.search(after) or _STANDARD.search(after):
        _dated(text, rest, out)
        return title, Kind.UNKNOWN
    report = _REPORT.search(after)
    if report is not None:
        _dated(text, rest, out)
        _issuer(text, stripped(text, rest[0], rest[0] + report.start(), ", "), out)
        return title, Kind.UNKNOWN
    if not links and "doi" not in out:
        return None
    date = _DATE_AT_END.search(text, rest[0], rest[1]) if rest[1] > rest[0] else None
    if rest[1] > rest[0] and (date is None or date.start() != rest[0]):
        return None  # something stands before the date: a container the shape does not know
    if date is not None:
        _take(text, date, out)
    else:
        out["date"] = None
    if not links:
        return None
    return title, Kind.WEBPAGE


def _issuer(text: str, span: tuple[int, int], out: dict) -> None:
    """`Org., City, ST` before `Tech. Rep.`: the body that issued the report as its publisher,
    the place-like pieces after it as its place."""
    pieces = text[span[0] : span[1]].split(", ")
    place_pieces = 0
    if len(pieces) > 2 and _REGION.fullmatch(pieces[-1]):  # (`Service, Station`: a body's parts)
        while (
            place_pieces < min(_MAX_PLACE_PIECES, len(pieces) - 1)
            and _PLACE_PIECE.match(pieces[-1 - place_pieces])
            and not _NOT_PLACE.search(pieces[-1 - place_pieces])
        ):
            place_pieces += 1
    body = ", ".join(pieces[: len(pieces) - place_pieces])
    if not body.strip():
        return
    out["publisher"] = text_field(text, stripped(text, span[0], span[0] + len(body), ","))
    if place_pieces:
        out["place"] = text_field(text, (span[0] + len(body) + 2, span[1]))


def _article(text: str, tail: re.Match[str], out: dict) -> Kind:
    """The journal, volume, issue, pages and date of `_ARTICLE`'s match."""
    out["container"] = text_field(text, tail.span("journal"))
    out["volume"] = text_field(text, tail.span("volume"))
    if tail["issue"] is not None:
        out["issue"] = text_field(text, tail.span("issue"))
    out["pages"] = _pages(text, tail.span("pages"))
    if tail["pmark"] is not None:
        out["page_marker"] = text_field(text, tail.span("pmark"))
    _take(text, tail, out)
    return Kind.ARTICLE


def _in_part(text: str, start: int, stop: int, out: dict) -> Kind | None:
    """`in Proc. Conf. (ACR), City, Country, Jun. 2016, pp. 1–9` or `in Book, A. Editor, Ed.
    City: Publisher, 2010, pp. 1–9`: the container, place, publisher, date and pages."""
    locator = _LOCATOR.search(text, start, stop)
    end = stop
    if locator is not None:
        if locator["pages"] is not None:
            out["pages"] = _pages(text, locator.span("pages"))
            out["page_marker"] = text_field(text, locator.span("mark"))
        elif locator["number"] is not None:
            out["article_number"] = text_field(text, locator.span("number"))
        end = locator.start()
        chapter = re.compile(r",\s*(?:ch|sec)\.\s*\d+\s*$").search(text, start, end)
        if chapter is not None:
            end = chapter.start()
    publisher = _PUBLISHER.search(text, start, end)
    if (
        publisher is not None
        and publisher.start("place") > start
        and _place_like(publisher["place"])
    ):
        out["place"] = text_field(text, publisher.span("place"))
        out["publisher"] = text_field(text, stripped(text, *publisher.span("publisher"), ","))
        _take(text, publisher, out)
        book_stop = stripped(text, start, publisher.start("place"), ".")[1]
        word = _EDITOR_WORD.search(text, start, publisher.start("place"))
        edited = _EDITED.search(text, start, word.start()) if word is not None else None
        if edited is not None and edited.start() > start:
            if edited["edition"] is not None:
                out["edition"] = text_field(text, edited.span("edition"))
            book_stop = edited.start()
        else:
            edition = _EDITION.search(text, start, publisher.start("place"))
            if edition is not None:
                out["edition"] = text_field(text, edition.span("edition"))
                book_stop = edition.start()
        container = stripped(text, start, book_stop, ",.")
        pages = _PAGES_CLOSING.search(text, *container)
        if pages is not None and "pages" not in out:  # Chicago's `In Book, 879–880. Place:`
            out["pages"] = _pages(text, pages.span("pages"))
            container = stripped(text, container[0], pages.start(), ",.")
        return _container(text, container, out)
    date = _DATE_AT_END.search(text, start, stripped(text, start, end, ",.")[1])
    if date is None:
        return None
    _take(text, date, out)
    before = stripped(text, start, date.start(), ",")
    pages = _PAGES_BEFORE_DATE.search(text, start, end) if locator is None else None
    if pages is not None:
        if pages["mark"] is not None:
            out["pages"] = _pages(text, pages.span("pages"))
            out["page_marker"] = text_field(text, pages.span("mark"))
        else:
            out["pages"] = _pages(text, pages.span("range"))
        before = stripped(text, start, pages.start(), ",")
    pieces = text[before[0] : before[1]].split(", ")
    place_pieces = 0
    while (
        place_pieces < min(_MAX_PLACE_PIECES, len(pieces) - 1)
        and _PLACE_PIECE.match(pieces[-1 - place_pieces])
        and not _NOT_PLACE.search(pieces[-1 - place_pieces])
    ):
        place_pieces += 1
    container_text = ", ".join(pieces[: len(pieces) - place_pieces])
    container = (before[0], before[0] + len(container_text))
    if place_pieces:
        place_start = before[0] + len(container_text) + 2
        out["place"] = text_field(text, (place_start, before[1]))
    return _container(text, stripped(text, *container, ","), out)


def _container(text: str, span: tuple[int, int], out: dict) -> Kind | None:
    """The proceedings or book `span` as the container; the kind it tells, None where it holds
    another quoted title (two works run together, which no shape here reads)."""
    if span[1] <= span[0] or any(mark in text[span[0] : span[1]] for mark in '“”"'):
        return None
    if _EDITORS_INSIDE.search(text, *span):
        return None  # (Chicago's and MLA's `Book, ed. A. Editor`: not IEEE's shape)
    out["container"] = text_field(text, span)
    named = _CONFERENCE.search(text, *span) or _CONFERENCE_ACRONYM.match(out["container"].text)
    return Kind.CONFERENCE if named else Kind.CHAPTER


def _preprint(text: str, rest: tuple[int, int], out: dict) -> Kind:
    """`2014, arXiv:1412.6980`, `arXiv preprint arXiv:1412.6980, 2014`: the year and server."""
    found = re.compile(rf"(?<!\d)({_YEAR})(?!\d)").search(text, *rest)
    if found is None and "arxiv" in out:
        found = re.compile(rf"(?<!\d)({_YEAR})(?!\d)").search(text, rest[0])
    if found is not None:
        _take_year(text, found.span(1), out)
    else:
        out["date"] = None
    server = re.compile(r"\b(?:arXiv|bioRxiv|medRxiv|TechRxiv)\b").search(text, rest[0])
    if server is not None:
        out["container"] = text_field(text, server.span())
    return Kind.PREPRINT


def _thesis(text: str, rest: tuple[int, int], out: dict) -> None:
    """`Ph.D. dissertation, Dept. Elect. Eng., Stanford Univ., Stanford, CA, USA, 2019`: the
    university as the publisher, the place after it, the year."""
    date = _dated(text, rest, out)
    stop = date if date is not None else rest[1]
    pieces = _pieces(text, rest[0], stop)
    school = next(
        (i for i, (a, b) in enumerate(pieces) if i and _INSTITUTION.search(text, a, b)), None
    )
    if school is None:
        return
    out["publisher"] = text_field(text, pieces[school])
    if school + 1 < len(pieces):
        out["place"] = text_field(text, (pieces[school + 1][0], pieces[-1][1]))


def _dated(text: str, rest: tuple[int, int], out: dict) -> int | None:
    """The date closing `rest` taken into `out`; where it starts, None if there is none."""
    date = _DATE_AT_END.search(text, *rest)
    if date is None:
        out["date"] = None
        return None
    _take(text, date, out)
    return date.start()


# A word of a place's name: capitalised, a state's code, dotted initials, or a joining particle
_PLACE_WORD = patterns.compile(
    r"^(?:[A-ZÀ-Ý][\w'’\-]*\.?|(?:[A-Z]\.){1,3}|de|do|da|del|di|la|le|and|upon|on|am|an|der"
    r"|sur|y|e|und)$"
)


def _place_like(place: str) -> bool:
    """Whether `place` reads as a place: a few comma-set pieces of a few place words each (`Upper
    Saddle River, NJ, USA`), so that a subtitle before a colon is never taken for one."""
    pieces = place.strip().split(", ")
    if len(pieces) > _MAX_PLACE_PIECES + 1 or len(place) > 60:
        return False
    return all(
        0 < len(words := piece.split()) <= 4 and all(_PLACE_WORD.match(w) for w in words)
        for piece in pieces
    )


def _pieces(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The comma-separated pieces between `start` and `stop`, each without its spaces."""
    found = []
    at = start
    for comma in re.compile(r",\s").finditer(text, start, stop):
        found.append(stripped(text, at, comma.start()))
        at = comma.end()
    found.append(stripped(text, at, stop, ","))
    return [p for p in found if p[1] > p[0]]


def _take(text: str, found: re.Match[str], out: dict) -> None:
    """The date matched by `_DATE` (its named groups) as the entry's date."""
    year = found.span("year")
    month = found.span("month") if found["month"] is not None else None
    day = found.span("day") if found["day"] is not None else None
    first = month or day or year
    span = Span(first[0], year[1])
    month_field = None
    month_number = None
    end_month = end_month_field = None
    if month is not None:
        words = re.split(r"\s*[\-\u2013/]\s*", text[month[0] : month[1]])
        month_field = Field(words[0], Span(month[0], month[0] + len(words[0])))
        month_number = MONTHS.get(words[0].rstrip(".").lower())
        if month_number is None:
            _take_year(text, year, out)
            return
        if len(words) == 2:
            at = month[1] - len(words[1])
            end_month_field = Field(words[1], Span(at, month[1]))
            end_month = MONTHS.get(words[1].rstrip(".").lower())
    day_number = end_day = None
    day_span = end_day_span = None
    if day is not None:
        days = re.split(rf"\s*{DASH}\s*", text[day[0] : day[1]])
        day_number, day_span = int(days[0]), Span(day[0], day[0] + len(days[0]))
        if len(days) == 2:
            end_day, end_day_span = int(days[1]), Span(day[1] - len(days[1]), day[1])
    date = PartialDate(
        text[span.start : span.end],
        span,
        int(text[year[0] : year[0] + 4]),
        Span(year[0], year[0] + 4),
        month=month_number,
        month_token=month_field,
        day=day_number,
        day_span=day_span,
        end_month=end_month,
        end_month_token=end_month_field,
        end_day=end_day,
        end_day_span=end_day_span,
        order="mdy",
    )
    _keep(date, out)


def _take_year(text: str, span: tuple[int, int], out: dict) -> None:
    year = PartialDate(
        text[span[0] : span[0] + 4],
        Span(span[0], span[0] + 4),
        int(text[span[0] : span[0] + 4]),
        Span(span[0], span[0] + 4),
    )
    _keep(year, out)


def _keep(date: PartialDate, out: dict) -> None:
    """`date` as the entry's date, in place of the grammar's dates within its span."""
    others = tuple(
        d
        for d in out.get("dates", ())
        if d.span.end <= date.span.start or d.span.start >= date.span.end
    )
    out["dates"] = tuple(sorted((date, *others), key=lambda d: d.span.start))
    out["date"] = date


def _pages(text: str, span: tuple[int, int]):
    from refslint.grammar.roles import expand_pages  # roles imports this module

    return expand_pages(text_field(text, span))


# A book whose publisher was lost: `Title. Cambridge, U.K., 2003.`, its place a city and its state
# or country (physics' `Publisher, Place, Year` names a house first: `Wiley, New York, 1990`)
_PLACE_ONLY = patterns.compile(
    r"(?:^|(?<=[.?!]\s))\s*(?P<place>[A-Z][a-z][^,:;.\d]*(?:,\s*[^,:;\d]+?){1,2})"
    rf",\s*(?P<date>{_DATE})\s*\.?\s*$"
)
_STATE_OR_COUNTRY = patterns.compile(
    r"^(?:[A-Z]{2}|U\.\s?K\.|UK|USA|U\.\s?S\.(?:\s?A\.)?|Germany|France|Italy|Spain|Japan|China"
    r"|India|Canada|Australia|(?:The\s+)?Netherlands|Switzerland|Sweden|Norway|Denmark|Finland"
    r"|Belgium|Austria|Singapore|England|Scotland|Brazil|Russia|Israel|Korea|Poland)$"
)
_HOUSE = patterns.compile(
    r"\b(?:Wiley|Springer|Elsevier|Pergamon|Academic|Press|Verlag|McGraw|Prentice|Addison|Pearson"
    r"|Dover|Macmillan|Kluwer|Birkh\w+|CRC|Taylor|Routledge|Sage|Artech|Morgan|Norton|Freeman"
    r"|Saunders|Blackwell|Nostrand|Interscience|Publishers?|Publishing|Books|Inc|Ltd|Co)\b"
)


def _publisher_lost(text: str, start: int, stop: int) -> re.Match[str] | None:
    """`Cambridge, U.K., 2003` closing a book: a place alone before the year."""
    found = _PLACE_ONLY.search(text, start, stop)
    if found is None or found.start("place") <= start:
        return None
    pieces = [piece.strip() for piece in found["place"].split(",")]
    if not _STATE_OR_COUNTRY.match(pieces[-1]) or _HOUSE.search(found["place"]):
        return None
    if not all(_PLACE_PIECE.match(p) and not _NOT_PLACE.search(p) for p in pieces):
        return None
    return found


_CENTURIES = frozenset(("15", "16", "17", "18", "19", "20"))  # `_YEAR`'s first two digits


def _ends_with_year(text: str, start: int, stop: int) -> bool:
    """Whether `text[start:stop]` ends as `_PUBLISHER` and `_PLACE_ONLY` end: a year, perhaps a
    letter after it, then perhaps a period, and spaces."""
    tail = text[start:stop].rstrip()
    if tail.endswith("."):
        tail = tail[:-1].rstrip()
    if "a" <= tail[-1:] <= "z":
        tail = tail[:-1]
    return tail[-4:-2] in _CENTURIES and tail[-2:].isdigit()


def _book(text: str, start: int, stop: int, out: dict) -> tuple[Field | None, Kind] | None:
    """`Title, 3rd ed. City, ST, USA: Publisher, 2009`: a book, its year after a comma; also
    with its publisher lost (`Title. Cambridge, U.K., 2003.`), which RL501 then asks for."""
    if not _ends_with_year(text, start, stop):
        return None  # what both patterns below need (most entries end with their pages)
    found = _PUBLISHER.search(text, start, stop)
    if found is None:
        found = _publisher_lost(text, start, stop)
    if found is None or found.start("place") <= start:
        return None
    if not _place_like(found["place"]):
        return None
    title_stop = stripped(text, start, found.start("place"))[1]
    if _CHAPTER_INSIDE.search(text, start, title_stop):
        return None  # (APA's `Title. In A. Editor (Eds.), Book (pp. 1–9). Place: Publisher`)
    if text[title_stop - 1] not in ".?!":
        return None  # (the lookbehind saw a period; this keeps the title's own `?` or `!`)
    edition = _EDITION.search(text, start, title_stop)
    if edition is not None:
        out["edition"] = text_field(text, edition.span("edition"))
        title_stop = edition.start()
    title = stripped(text, start, title_stop, ".,")
    if title[1] <= title[0]:
        return None
    out["place"] = text_field(text, found.span("place"))
    if "publisher" in found.re.groupindex:
        out["publisher"] = text_field(text, stripped(text, *found.span("publisher"), ","))
    _take(text, found, out)
    return text_field(text, title), Kind.BOOK
