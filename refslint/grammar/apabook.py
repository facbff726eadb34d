"""APA 7's works that are not journal articles: books, reports, theses, conference talks and the
pages of a site, each set out after `Names. (Year).` as `Title. Source. Link`.

`Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.`: a book, its title's
sentence, then the publisher's name alone (APA 7 gives no place). Between the title and its period
stand APA's notes in parentheses and brackets: the edition (`(2nd ed.)`), a volume, the
translator or editors of an authored book (`(R. Nice, Trans.)`), a report's number (`(Report No.
123)`, `(NCES 2019-144)`), and a description in brackets (`[Doctoral dissertation, University of
Michigan]`, `[Paper presentation]`). What follows the title's sentence is the publisher, the
university's database, the conference and its city, or the site's name. APA 6's `New York, NY:
Guilford.` is read too, its place kept apart, so that the list's rules can see it.

Read only where the year stands in parentheses closed by a period right after the names (APA's
`(2011).`, not PLOS's `(2011) Title`), and where nothing else was read: no journal's volume, no
`In`, no pages. The text is read as characters here rather than as the grammar's sentences, since
a publisher's name may hold periods (`W. H. Freeman`) and a note may too (`(R. Nice, Trans.)`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.apa import HOUSE
from refslint.grammar.roles import DOI_IN_URL, sub
from refslint.grammar.transform import Part
from refslint.model import Field, Kind, PartialDate, Span

# the closing of APA's year after the names: `2011).`, `2021, June 17).`
YEAR_CLOSED = patterns.compile(r"[^()]{0,30}?\)\s*\.")
# APA's `(n.d.).` after the names: a work with no date
NO_DATE = patterns.compile(r"\.?\s*\(\s*n\.\s?d\.\s*\)\.")
# Parts that end the work's own text: its link, DOI, access note.
_LINKS = frozenset(("url", "doi", "access", "available", "arxiv", "pmid"))
# Parts that belong to another reading: a journal's date block, `In`, pages, IEEE's labels.
_OTHER = frozenset(("pub", "in", "pages", "volume", "editors"))
# APA's note of an older original, last: `(Original work published 1936)`
_ORIGINAL = patterns.compile(r"\s*\(Original\s+work\s+published[^()]*\)\.?\s*$")
# `Retrieved from` (APA 6) or `Retrieved July 3, 2021, from` left before the link
# (and APA 6's database named after it: `Retrieved from netLibrary:`; the words of APA's Spanish
# and French lists: `Retirado de`, `Recuperado de`, `Repéré à`, `Consulté à l'adresse`; Turkish
# `Erişim adresi:`, Indonesian `Diakses dari`, Dutch `Geraadpleegd van`, German `Abgerufen von`)
_RETRIEVED = patterns.compile(
    r"(?:[.,]\s*|^)(?i:Retrieved\b[^.]*?\bfrom|Retirado\s+de|Recuperado\s+de|Rep[ée]r[ée]\s+[àa]"
    r"|Consult[ée]\s+[àa]|Disponible\s+(?:en|sur)|Erişim\s+adresi:?|Diakses\s+dari"
    r"|Geraadpleegd\s+van|Abgerufen\s+von)(?:\s[^.]{0,60})?$"
)
# The notes that may close a book's title, in parentheses.
_EDITION = patterns.compile(
    r"^(?P<edition>(?:\d+(?:st|nd|rd|th)|Rev\.|Revised|Updated|Abridged|Special)\s+ed\.?)"
    r"(?:\s*,\s*(?:Vols?\.\s*[\w\-–]+|pp?\.\s*[\w\-–]+))?$"
)
_VOLUME = patterns.compile(r"^Vols?\.\s*[\w\-–]+$")
# (the translator in the list's language: Turkish `Çev.`, Spanish and Italian `Trad.`, German
# `Übers.`, Dutch `Vert.`, Indonesian `Penerj.`)
_PEOPLE = patterns.compile(
    r"^[^()]{3,300},\s*(?:Trans|Çev|Trad|Übers|Vert|Penerj|Eds?|Ed\.\s*&\s*Trans"
    r"|Eds\.\s*&\s*Trans)\.$"
)
_REPORT = patterns.compile(
    r"^(?:[A-Z][\w.&\-]*\s+){1,6}(?:(?:Report|Publication|Paper|Brief|Document|Bulletin)"
    r"\s+)?(?:No\.\s*)?[\w.\-–/]*\d[\w.\-–/]*$"
)
_THESIS = patterns.compile(
    r"^(?:(?:Doctoral|Master['’]s|Bachelor['’]s|Honou?rs|PhD|Ph\.D\.|Unpublished\s+doctoral"
    r"|Unpublished\s+master['’]s)\s+(?:dissertation|thesis)|Dissertation|Thesis)"
    r"(?:\s*,\s*(?P<university>[^\[\]]+))?$",
)
_TALK = patterns.compile(
    r"^(?:Paper|Conference|Poster|Keynote|Symposium|Roundtable|Panel|Oral|Invited)"
    r"(?:\s+(?:presentation|session|address|paper|talk|discussion))?$"
)
_LINK_WORD = patterns.compile(r"^(?:URL|Available(?:\s+(?:at|from|online))?)\s*:?$")
# Abbreviated words a publisher's or a title's sentence goes on after.
_ABBREVIATIONS = frozenset(
    [
        *("Pub", "Publ", "Co", "Corp", "Assoc", "Univ", "Dept", "Inc", "Ltd", "Bros", "Soc"),
        *("Inst", "Natl", "Acad", "Intl", "St", "Mt", "Ft", "vs", "No", "Vol", "Ed", "Eds"),
        *("ed", "eds", "Jr", "Sr", "Dr", "Mr", "Mrs", "Ms", "Rev", "Ph", "Tech", "rep", "Nat"),
        *("Am", "Gov", "Govt", "Min", "Dep"),
    ]
)
# A thesis or report named by its mark before the university or body (`Ph.D. thesis, Edinburgh
# University`, `Tech. rep., Department of Statistics`, `Working paper, California Institute`)
_MARKED_SOURCE = patterns.compile(
    r"^(?:(?:Ph\.?\s?D\.?|Doctoral|Master['’]?s|M\.?\s?Sc\.?|M\.?\s?A\.?|Unpublished(?:\s+\w+)?)"
    r"\s+(?:[Tt]hesis|[Dd]issertation)|(?:Tech(?:nical)?\.?\s+[Rr]ep(?:ort)?\.?|Working\s+[Pp]aper)"
    r"(?:\s+(?:No\.\s*)?[\w\-/]*\d[\w\-/]*)?)\s*,\s*(?P<rest>[^,].*)$"
)
# The publisher, then its place after commas: capitalised words, no `and` (`Farrar, Straus and
# Giroux` is one name)
_PUBLISHER_PLACE = patterns.compile(
    r"^(?P<publisher>[^,]{2,80}?),\s*(?P<place>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
    r"(?:,\s*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}){0,2})$"
)
# a state's or country's code closing a place (`Berkeley, CA`, `Upper Saddle River, N.J`)
_STATE = patterns.compile(r",\s*(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.?|UK|USA|U\.S\.A?\.?)$")
# a city and its state's code alone, no publisher (`Ann Arbor, MI`, `Washington, D.C`)
_PLACE_ONLY = patterns.compile(
    r"^[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2},\s*(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.?)$"
)
MAX_SOURCE_WORDS = 12  # a publisher's, database's or site's name is short
_PLACE_PUBLISHER = patterns.compile(r"^(?P<place>[^:]{2,60}?)\s*:\s*(?P<publisher>[^:]{2,})$")


def read(
    text: str, segments: Sequence[Sequence[Part]], out: dict, year: PartialDate | None
) -> tuple[list[list[Part]], Kind] | None:
    """Fill `out` for an APA book, report, thesis, talk or site page; return no title segments
    (the title is set in `out`) and the kind, or None where the entry is not in that form."""
    if not segments:
        return None
    if year is not None and YEAR_CLOSED.match(text, year.span.end) is None:
        return None
    span = out.get("authors_span")
    if year is None and (span is None or NO_DATE.match(text, span.end) is None):
        return None
    names = out.get("authors") or out.get("editors") or ()
    if not names or not all(a.is_group or "," in a.text for a in names):
        return None  # APA's `Surname, I.`, not `Surname I (1999).` of the numbered styles
    parts = [p for s in segments for p in s]
    start = parts[0].start
    stop = next((p.start for p in parts if p.kind in _LINKS), len(text))
    stretch = text[start:stop].rstrip()
    original = _ORIGINAL.search(stretch)
    if original is not None:
        stretch = stretch[: original.start()]
    retrieved = _RETRIEVED.search(stretch)
    if retrieved is not None:
        stretch = stretch[: retrieved.start()]
    stretch = stretch.rstrip(" .,")
    ends = _sentence_ends(stretch)
    if len(ends) > 1:
        return None  # a title of two sentences, or a source that is more than a name
    end = ends[0] if ends else len(stretch)
    if not stretch:
        return None
    title_stop, notes = _notes(stretch, end)
    if title_stop <= 0:
        return None
    inside = [(start + a, start + b) for a, b, _ in notes]
    for part in parts:
        if part.kind in _OTHER and not any(a <= part.start < b for a, b in inside):
            return None  # (`(Report No. 2016-04)` may hold what reads as a date)
    marks = _read_notes(text, start, notes, out)
    if marks is None:
        return None
    rest_start = end + 1
    while rest_start < len(stretch) and stretch[rest_start].isspace():
        rest_start += 1
    source = stretch[rest_start:]
    title_text = stretch[:title_stop].rstrip()
    if end < len(stretch) and stretch[end] in "?!" and title_stop == end:
        title_text = stretch[: end + 1]
    out["title"] = sub(text, Span(start, start + len(title_text)))
    kind = _source(text, start + rest_start, source, marks, out)
    if kind is None:
        out.pop("title")
        for key in ("edition", "publisher", "place", "container"):
            out.pop(key, None)
        return None
    return [], kind


def _sentence_ends(stretch: str) -> list[int]:
    """Where sentences end: each `.`, `?` or `!` outside parentheses and brackets followed by a
    space, not an initial's period (`W. H. Freeman`, `U.S.`) nor an abbreviation's (`Pub.
    Co.`)."""
    depth = 0
    ends = []
    for i, char in enumerate(stretch):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char in ".?!" and depth == 0 and i + 1 < len(stretch) and stretch[i + 1] == " ":
            if char == "." and _abbreviation_before(stretch, i):
                continue
            ends.append(i)
    return ends


def _abbreviation_before(stretch: str, at: int) -> bool:
    """Whether the period at `at` closes an initial or an abbreviation rather than a sentence."""
    start = at
    while start > 0 and stretch[start - 1] not in " .":
        start -= 1
    word = stretch[start:at]
    return (len(word) == 1 and word.isupper()) or word in _ABBREVIATIONS


def _notes(stretch: str, end: int) -> tuple[int, list[tuple[int, int, str]]]:
    """The end of the title proper and APA's notes in parentheses and brackets that close it,
    each as (start, stop, bracket), first to last."""
    notes: list[tuple[int, int, str]] = []
    at = end
    while at > 0:
        before = stretch[:at].rstrip()
        if not before or before[-1] not in ")]":
            break
        closing = before[-1]
        opening = "(" if closing == ")" else "["
        depth, i = 0, len(before) - 1
        while i >= 0:
            if before[i] == closing:
                depth += 1
            elif before[i] == opening:
                depth -= 1
                if depth == 0:
                    break
            i -= 1
        if i <= 0:
            break
        notes.insert(0, (i, len(before), opening))
        at = i
    return len(stretch[:at].rstrip()), notes


def _read_notes(text: str, base: int, notes: list[tuple[int, int, str]], out: dict) -> set | None:
    """What the notes say (`edition`, `report`, `people`, `thesis`, `talk`, `described`); None
    where a parenthesis is none of APA's notes (`(COVID-19)` ends the title itself)."""
    marks: set[str] = set()
    for start, stop, opening in notes:
        inside = text[base + start + 1 : base + stop - 1].strip()
        if opening == "[":
            thesis = _THESIS.match(inside)
            if thesis is not None:
                marks.add("thesis")
                if thesis.group("university"):
                    at = base + start + 1 + text[base + start + 1 :].index(thesis["university"])
                    out["publisher"] = sub(text, Span(at, at + len(thesis["university"])))
            elif _TALK.match(inside):
                marks.add("talk")
            else:
                marks.add("described")  # `[Fact sheet]`, `[Video]`, `[Data set]`
            continue
        edition = _EDITION.match(inside)
        if edition is not None:
            at = base + start + 1 + text[base + start + 1 :].index(edition["edition"])
            out["edition"] = sub(text, Span(at, at + len(edition["edition"])))
            marks.add("edition")
        elif _VOLUME.match(inside) or _PEOPLE.match(inside):
            marks.add("people")
        elif _REPORT.match(inside) and any(c.isdigit() for c in inside):
            marks.add("report")
        else:
            return None
    if len(notes) != len(set(notes)) or ("thesis" in marks and "talk" in marks):
        return None
    return marks


def _source(text: str, start: int, source: str, marks: set, out: dict) -> Kind | None:
    """Read what follows the title (publisher, database, conference, site) and give the kind."""
    links = out.get("urls", ())
    doi_only = bool(links) and all(DOI_IN_URL.match(u.text) for u in links)
    if "talk" in marks:
        if source:
            out["container"] = sub(text, Span(start, start + len(source)))
        return Kind.CONFERENCE
    if "thesis" in marks:
        if "publisher" not in out and source and len(source.split()) <= MAX_SOURCE_WORDS:
            out["publisher"] = sub(text, Span(start, start + len(source)))
        return Kind.BOOK
    bookish = bool(marks & {"edition", "people", "report"}) or doi_only or out.get("doi")
    if _LINK_WORD.match(source):
        return None  # `Title. URL http://...`: no source named
    if not source:
        # (the author is the publisher: `Association. (2020). Manual (7th ed.). https://doi...`)
        web_link = bool(links) and not doi_only
        if marks & {"edition", "people"} or (bookish and not web_link):
            return Kind.BOOK
        return None
    if len(source.split()) > MAX_SOURCE_WORDS or any(c.isdigit() for c in source):
        return None
    if any(c in source for c in "()[];"):
        return None
    from refslint.journals import lookup  # read only for entries like these

    if lookup(source):
        return None  # a journal whose volume and pages were lost: the article's reading
    if source.startswith("In "):  # `Resilience. In Merriam-Webster.com dictionary.`: an entry
        skip = len(source) - len(source[3:].lstrip())
        if skip >= len(source):
            return None
        out["container"] = sub(text, Span(start + skip, start + len(source)))
        return Kind.WEBPAGE if links and not doi_only else Kind.CHAPTER
    if _PLACE_ONLY.match(source):  # `Boston, MA`: a report's place, its author the publisher
        out["place"] = sub(text, Span(start, start + len(source)))
        return Kind.WEBPAGE if links and not doi_only else Kind.BOOK
    marked = _MARKED_SOURCE.match(source)
    if marked is not None:  # `Ph.D. thesis, University of X`, `Tech. rep., Department of X`
        out["publisher"] = _field(text, start, marked, "rest")
        return Kind.BOOK
    pair = _PLACE_PUBLISHER.match(source)
    after = _PUBLISHER_PLACE.match(source)
    if pair is not None:  # APA 6's `New York, NY: Guilford Press`
        place = _field(text, start, pair, "place")
        publisher = _field(text, start, pair, "publisher")
        if HOUSE.search(place.text) and not HOUSE.search(publisher.text):
            place, publisher = publisher, place  # `Routledge: New York and London`
        out["place"], out["publisher"] = place, publisher
    elif after is not None and (
        HOUSE.search(after["publisher"]) or _STATE.search(after["place"])
    ):  # `Wiley, New York`, `Research Institute, Berkeley, CA`: the place after the publisher
        out["place"] = _field(text, start, after, "place")
        out["publisher"] = _field(text, start, after, "publisher")
    else:
        out["publisher"] = sub(text, Span(start, start + len(source)))
    if links and not doi_only and not marks:
        return Kind.WEBPAGE  # `Title. Site Name. https://...`: the site names its page
    return Kind.BOOK


def _field(text: str, base: int, found: re.Match[str], group: str) -> Field:
    return sub(text, Span(base + found.start(group), base + found.end(group)))
