"""Roles in IOP's numbered Harvard, where nothing but word shapes separates the elements.

`Zhao Q and Liu X 2016 Influences of Fe on conductivity J. Alloys Compd. 666 50–7`: the year
stands bare after the names (the grammar reads it with them), and the title runs into the journal
with no punctuation between. The volume and pages close the entry; a book closes on
`(Place: Publisher)`, a chapter or proceedings paper on `pp 1–9`, a chapter may open its book with
`in:`, and a link stands in parentheses. The journal is the run of capitalised words before the
volume: the longest tail of that run that the shipped journal lists know, else the run from its
first abbreviated word (`Adv.`), which is a guess and is said to be one in `guess`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lark import UnexpectedInput

from refslint import patterns
from refslint.grammar.chicago import pages_field, stripped, text_field
from refslint.grammar.fragments import DASH, LOCATION
from refslint.grammar.transform import Part
from refslint.model import Field, Kind

# The parts that end the reading: identifiers, notes and links the grammar recognised itself.
_END_KINDS = frozenset(("url", "doi", "arxiv", "pmid", "access", "available", "bracket"))
# A link in parentheses inside the text: `(https://proquest.com/...)`.
_LINK = patterns.compile(r"\(?((?:https?|ftp)://[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)\)?")
_ACCESS = patterns.compile(
    r"\(\s*(?:last\s+)?(?:accessed|viewed|retrieved|cited)\b(?:\s+on)?\s*:?[^()]{1,40}\)"
    r"|\[\s*(?:last\s+)?(?:accessed|viewed|retrieved|cited)\b[^\[\]]{1,40}\]",
    re.IGNORECASE,
)
_ACCESS_WORDING = patterns.compile(
    r"[\[(]\s*((?:last\s+)?(?:accessed|viewed|retrieved|cited)(?:\s+on)?)", re.IGNORECASE
)
_DOI_LINK = patterns.compile(r"^https?://(?:dx\.)?doi\.org/(10\..+)$", re.IGNORECASE)
_PAGES = patterns.compile(rf"(?:,\s*)?(?<!\S)(?P<marker>pp?\.?)\s*(?P<pages>{LOCATION})\.?$")
_PUBLISHER = patterns.compile(r"\((?P<place>[^():]+?)(?::\s*(?P<publisher>[^():]+?))?\)\.?$")
_IN = patterns.compile(r",?\s+[Ii]n\s*:\s+")
_VOLUME = r"[A-Za-z]{0,3}\d+[A-Za-z]?(?:[\-\u2013]\d+)?"
_TAIL = patterns.compile(
    rf"(?<!\S)(?P<volume>{_VOLUME})(?:\s*\((?P<issue>[^()]{{1,20}})\))?"
    rf"(?:[\s,:]+(?P<locator>{LOCATION}|\S*\d\S*))?\.?$"
)
_RANGE_AT_END = patterns.compile(rf"(?<!\S)(?P<pages>\d+\s*{DASH}\s*\d+)\.?$")
_DASH_SPLIT = patterns.compile(rf"\s*{DASH}\s*")
_WORD = patterns.compile(r"\S+")
# A word a journal's name may hold: capitalised (`Alloys`, `Compd.`, `(Basel).`, `Trans.,`), `&`.
_JOURNAL_WORD = patterns.compile(r"^(?:\(?[A-Z\u00c0-\u00de]|&$)")
_ABBREVIATED = patterns.compile(r"^[A-Z\u00c0-\u00de][^\s.]*\.[,:]?$")
_LINKING = patterns.compile(r"^(?:of|on|and|for|the|in|\d+(?:st|nd|rd|th))$")
_EDITED = patterns.compile(r"(?<=\S)\s+(?:ed|eds|Ed|Eds)\.?\s+(?=[A-Z])")
_ACRONYM = patterns.compile(r"^[A-Z]{2,}$")
CONFERENCE = patterns.compile(r"conf|proc|symp|meet|congr|workshop|colloq", re.IGNORECASE)
_LONGEST_JOURNAL = 12  # words: a longer run of capitalised words is a title in title case


def roles(text: str, parts: Sequence[Part], start: int, out: dict) -> tuple[Field | None, Kind]:
    """Fill `out` from the text after the year (at `start`); return the title and the kind."""
    stop = next((p.start for p in parts if p.kind in _END_KINDS and p.start >= start), len(text))
    access = _ACCESS.search(text, start, stop)
    if access is not None:
        keep_access(text, access, out)
        stop = min(stop, access.start())
    link = _LINK.search(text, start, stop)
    if link is not None and text[start : link.start()].strip():
        _keep_link(text, link, out)
        stop = link.start()
    body = _trimmed(text, start, stop)
    if body is None:
        return None, Kind.UNKNOWN
    start, stop = body
    found = _PAGES.search(text, start, stop)
    kind = None
    if found is not None and found.start() > start:
        out["pages"] = pages_field(text, found.span("pages"))
        out["page_marker"] = text_field(text, found.span("marker"))
        stop = _end(text, start, found.start())
        kind = Kind.CONFERENCE
    found = _PUBLISHER.search(text, start, stop)
    if found is not None and found.start() > start:
        out["place"] = text_field(text, stripped(text, *found.span("place")))
        if found["publisher"] is not None:
            out["publisher"] = text_field(text, stripped(text, *found.span("publisher")))
            kind = Kind.CHAPTER if kind else Kind.BOOK
        else:
            kind = Kind.CONFERENCE  # `(Espoo, Finland)`: where the meeting was
        stop = _end(text, start, found.start())
        if kind is Kind.BOOK:
            return _title(text, start, stop), kind
    marker = _IN.search(text, start, stop)
    if marker is not None:
        out["in_marker"] = text_field(text, stripped(text, *marker.span()))
        if "pages" not in out:
            pages = _RANGE_AT_END.search(text, marker.end(), stop)
            if pages is not None:
                out["pages"] = pages_field(text, pages.span("pages"))
                stop = _end(text, marker.end(), pages.start())
        conference = None
        if stop > marker.end():
            out["container"] = text_field(text, (marker.end(), stop))
            conference = CONFERENCE.search(out["container"].text)
        return _title(text, start, marker.start()), (
            Kind.CONFERENCE if conference or "publisher" not in out else Kind.CHAPTER
        )
    if kind is not None:  # `Title Book (Place: Publisher) pp 9–20`, `Title Proc. Meeting pp 9–20`
        if kind is Kind.CHAPTER and CONFERENCE.search(text[start:stop]):
            kind = Kind.CONFERENCE
        edited = _EDITED.search(text, start, stop)  # `Book Title ed J Jones`: the book ends there
        if edited is not None and edited.start() > start:
            stop = edited.start()
        return _split(text, start, stop, out, "book"), kind
    found = _TAIL.search(text, start, stop)
    if found is None or found.start() == start:
        if "arxiv" in out:
            return _title(text, start, stop), Kind.PREPRINT
        web = out.get("urls") and "doi" not in out  # a DOI link is a work's, not a page's
        return _title(text, start, stop), Kind.WEBPAGE if web else Kind.UNKNOWN
    if found["locator"] is None and not found["volume"].isalnum():
        return _title(text, start, stop), Kind.UNKNOWN  # `Germany 1–22`: pages, not a volume
    out["volume"] = text_field(text, found.span("volume"))
    if found["issue"] is not None:
        out["issue"] = text_field(text, found.span("issue"))
    if found["locator"] is not None:
        locator = text_field(text, found.span("locator"))
        pieces = _DASH_SPLIT.split(locator.text)
        if len(pieces) == 2 or (locator.text.isdigit() and len(locator.text) <= 5):
            out["pages"] = pages_field(text, found.span("locator"))
        else:
            out["article_number"] = locator
    return _split(text, start, _end(text, start, found.start()), out, "journal"), Kind.ARTICLE


def _split(text: str, start: int, stop: int, out: dict, what: str) -> Field | None:
    """Cut `text[start:stop]` into the title and the journal (or book) named after it."""
    from refslint.journals import key, lookup  # read only for entries in this style

    words = list(_WORD.finditer(text, start, stop))
    if len(words) < 2:  # one word: a title, or a name, with nothing to tell which
        return text_field(text, (start, stop)) if words else None
    run = len(words)
    while run > 0 and len(words) - run < _LONGEST_JOURNAL:
        word = words[run - 1][0]
        inside = run > 1 and _JOURNAL_WORD.match(words[run - 2][0])
        if not (_JOURNAL_WORD.match(word) or (inside and _LINKING.match(word))):
            break  # (`Proc. 9th Int. Conf. on Molten Slags`: a linking word inside the name)
        run -= 1
    first = max(run, 1)  # (a title keeps one word at least)
    abbreviated = [i for i in range(first, len(words)) if _ABBREVIATED.match(words[i][0])]
    # (with none, a one-word journal, `Nature`; a book's title is the whole run, `Handbook of X`)
    guess = abbreviated[0] if abbreviated else len(words) - 1 if what == "journal" else first
    guess = min(guess, len(words) - 1)
    while guess > first and (
        _ACRONYM.match(words[guess - 1][0]) or words[guess][0].startswith("(")
    ):
        guess -= 1  # `UPB Sci. Bull.`, `Metals (Basel).`: the name opens before
    at = None
    for i in range(first, guess + 1):  # the longest known name that takes in the guess
        name = text[words[i].start() : stop].rstrip(".,")
        if any(key(name) in (key(j.iso), key(j.nlm), key(j.title)) for j in lookup(name)):
            at = i
            break
    guessed = at is None
    if at is None:
        at = guess
    if at <= 0:
        out["container"] = text_field(text, (start, stop))
        out["guess"] = f"read in IOP's numbered Harvard form; no title found before the {what}"
        return None
    journal = text_field(text, (words[at].start(), stop))
    out["container"] = journal
    if guessed:
        out["guess"] = (
            f"read in IOP's numbered Harvard form: the {what} taken to be `{journal.text}`, the"
            " words before it the title"
        )
    return text_field(text, stripped(text, start, words[at - 1].end(), ",."))


def keep_access(text: str, found: re.Match[str], out: dict) -> None:
    """ "(accessed 3 May 2022)", read by the grammar's own access-note rule."""
    from refslint.grammar import _parse  # the parser module imports this one

    try:
        _, parts = _parse(" " * found.start() + found.group(), "body")
    except UnexpectedInput:
        return  # not a date the grammar reads: the note stays text
    for part in parts:
        if part.kind == "access" and part.date is not None:
            out["accessed"], out["access_note"] = part.date, part.field
            wording = _ACCESS_WORDING.match(part.text)
            out["access_wording"] = " ".join(wording[1].split()) if wording else ""


def _keep_link(text: str, link: re.Match[str], out: dict) -> None:
    url = text_field(text, link.span(1))
    out["urls"] = (*out.get("urls", ()), url)
    doi = _DOI_LINK.match(url.text)
    if doi and "doi" not in out:
        out["doi"] = text_field(text, (url.span.start + doi.start(1), url.span.end))
        out["doi_marker"] = text_field(text, (url.span.start, url.span.start + doi.start(1)))


def _trimmed(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """`start` and `stop` moved past white space and a closing comma; None if nothing is left."""
    start, stop = stripped(text, start, stop, ",;")
    return (start, stop) if stop > start else None


def _end(text: str, start: int, stop: int) -> int:
    """Where the text before `stop` ends, past white space and a closing comma."""
    found = _trimmed(text, start, stop)
    return start if found is None else found[1]


def _title(text: str, start: int, stop: int) -> Field | None:
    """The title from `start` to `stop`; None where nothing stands there."""
    return text_field(text, (start, stop)) if stop > start else None
