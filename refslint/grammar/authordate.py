"""Roles in Chicago's author-date style (17th and 18th editions), the humanities' and social
sciences' reference list.

`Granovetter, Mark S. 1973. "The Strength of Weak Ties." American Journal of Sociology 78 (6):
1360–80.`, `Tilly, Charles, and Sidney Tarrow. 2015. Contentious Politics. 2nd ed. Oxford: Oxford
University Press.`, `Hall, Stuart. 1996. "Who Needs Identity?" In Questions of Cultural Identity,
edited by Stuart Hall and Paul du Gay, 1–17. London: Sage.`: the names with their given names
written out (the first inverted, the others not), the bare year closed by a period, then the
title: in quotation marks for an article, a chapter or a page, in plain text for a book. The
grammar reads none of these names (its names carry initials), so it hands the whole entry over
as free text; the pieces are told apart here by their shapes, from the start of the entry.

Read only where the entry opens with such names (or an organisation's name) and `. Year.`:
the shape that no numbered style prints.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from refslint import patterns
from refslint.grammar.chicago import locate, stripped, take_date, text_field
from refslint.grammar.fragments import LOCATION, YEAR
from refslint.grammar.transform import Part
from refslint.model import Author, Field, Kind, Span

_END_KINDS = frozenset(("url", "doi", "arxiv", "pmid", "access", "available"))
_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-ſ]"  # (lower-case Latin Extended-A letters follow a capital: harmless)
_PARTICLE = r"(?:da|das|de|del|della|der|di|do|dos|du|la|le|van|von|ten|ter|bin|al|el|y)"
# A letter, its combining accents with it (text pasted in decomposed form: `Ko\u0308llner`)
_L = r"(?:[^\W\d_]|[\u0300-\u036f])"
# One word of a family name: `Lévi-Strauss`, `O’Brien`, `McAdam`, `DiMaggio`
_FAMILY_WORD = rf"{_CAPITAL}{_L}*(?:['’\-]{_CAPITAL}?{_L}+)*"
_FAMILY = rf"(?:{_PARTICLE}\s+){{0,2}}{_FAMILY_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_FAMILY_WORD}){{0,2}}"
# One word of a given name: written out, or an initial with its period (`W. E. B.`, `J.-P.`)
_GIVEN_WORD = (
    rf"(?:{_CAPITAL}\.(?:\s?-?\s?{_CAPITAL}\.)*|{_CAPITAL}{_L}+(?:-{_CAPITAL}{_L}+)?"
    rf"|{_CAPITAL}(?=\s+(?:and|&)\s|,\s|\s+{_CAPITAL}{_L}|$))"
)
_GIVEN = rf"{_GIVEN_WORD}(?:\s+{_GIVEN_WORD}){{0,3}}"
_SUFFIX = r"(?:,\s+|\s+)(?:Jr\.?|Sr\.?|II|III|IV)"
# The first name inverted, `Granovetter, Mark S.`; the others not, `Sidney Tarrow`, `Paul du Gay`,
# or inverted too, `Mervis, Carolyn B., & Greco, Carolyn`, `Bates, Elizabeth; Camaioni, Luigia`
_FIRST = rf"{_FAMILY},\s+{_GIVEN}(?:{_SUFFIX})?"
_OTHER = rf"{_GIVEN}\s+(?:{_PARTICLE}\s+){{0,2}}{_FAMILY_WORD}(?:{_SUFFIX})?"
# An organisation as author, `Pew Research Center. 2019.`: capitalised words and the small ones
_GROUP = (
    rf"{_CAPITAL}[\w&'’\-]*(?:,?\s+(?:{_CAPITAL}[\w&'’\-]*|of|for|and|the|on|in|&|de|du|des|la|le"
    r"|der|für)){0,12}"
)
_EDITORS = r",\s+(?P<editors>eds?\.|editors?)"
# The names of the entry above, not printed again: Chicago's and MLA's 3-em dash (`———. 1983.`)
REPEATED = r"(?:[—–]\s?){2,3}|-{3,6}|_{3,8}"
_GROUP_NAME = patterns.compile(_GROUP)
_REPEATED = patterns.compile(REPEATED)
_FAMILY_NAME = patterns.compile(_FAMILY)
_OTHER_NAME = patterns.compile(_OTHER)
# (and German's `Hrsg.`, `Hg.`: `Ralle, Inga Hanna, Hrsg. 2017.`)
_EDITORS_AT_END = patterns.compile(r",\s+(?:eds?|editors?|Hrsg|Hg)$")
# The year after the names, `. 1973.` (`, 2009.` in ISO 690's form), or `n.d.`: searched for, and
# the names before it checked piece by piece (one pattern for the whole list would try every way
# of cutting a long list into names before failing)
# An open range (`2002-.`, a corpus still growing) is dated by its first year; a work not yet
# out (`to appear.`, `forthcoming.`, `in press.`) has no year, as `n.d.` has none
_YEAR_AFTER = patterns.compile(
    rf"[.,]?\s+(?:(?P<year>{YEAR})(?:[a-z]|[-–])?\.|n\.\s?d\.|(?:to appear|forthcoming|in press)\.)"
    r"(?:\s+|$)"
)
_NAMES_REACH = 600  # characters: a longer run before the year is no list of names


class Head(NamedTuple):
    """The names that open an entry (without the period that closes them) and what follows."""

    names: tuple[int, int]
    kind: str  # "persons", "group" or "repeat" (the 3-em dash)
    editors: bool
    year: tuple[int, int] | None
    end: int  # where the title starts


def year_head(text: str, start: int) -> Head | None:
    """Chicago's author-date names and year: `Tilly, Charles, and Sidney Tarrow. 2015.`"""
    found = _YEAR_AFTER.search(text, start, start + _NAMES_REACH)
    if found is None:
        return None
    stop = found.start()
    while stop > start and text[stop - 1] == ".":  # (an initial's period ends the names too)
        stop -= 1
    names = names_kind(text, start, stop, groups=True)
    if names is None:
        return None
    kind, editors, stop = names
    year = found.span("year") if found["year"] else None
    return Head((start, stop), kind, editors, year, found.end())


_STOP_AFTER_NAMES = patterns.compile(r"\.\s+")
_ONE_MORE_WORD = patterns.compile(rf"\.\s+(?P<word>{_CAPITAL}{_L}*)(?=\.\s)")


def names_head(text: str, start: int) -> Head | None:
    """MLA's names closed by a period and the title after them (no year between)."""
    found = _STOP_AFTER_NAMES.search(text, start, start + _NAMES_REACH)
    if found is None:
        return None
    stop = found.start()
    kind = names_kind(text, start, stop, groups=False)
    if kind is None:
        return None  # (the first stop closes the names, or they are none)
    while text[stop - 1].isupper() and not text[stop - 2 : stop - 1].isalpha():
        # the stop was an initial's: `Elizabeth H. Boquet.`, `John A. B.`, the names go on over
        # one more word, or to the next stop (`Kyle E., Arfon M. Smith, and Daniel S. Katz.`),
        # where they are names still
        more = _ONE_MORE_WORD.match(text, stop)
        further = more.end("word") if more else None
        if further is None:
            nxt = _STOP_AFTER_NAMES.search(text, stop + 1, start + _NAMES_REACH)
            further = nxt.start() if nxt is not None else None
        longer = names_kind(text, start, further, groups=False) if further else None
        if further is None or longer is None:
            break
        stop, kind = further, longer
    kind_name, editors, end = kind
    after = _STOP_AFTER_NAMES.match(text, stop)
    return Head((start, end), kind_name, editors, None, after.end() if after else stop + 1)


def names_kind(text: str, start: int, stop: int, groups: bool) -> tuple[str, bool, int] | None:
    """Whether `text[start:stop]` is a list of persons, an organisation (where `groups`) or the
    3-em dash; whether they are editors; and where the names end (before `, eds.`)."""
    if stop <= start:
        return None
    if _REPEATED.fullmatch(text, start, stop):
        return "repeat", False, stop
    edited = _EDITORS_AT_END.search(text, start, stop)
    if edited is not None:
        stop = edited.start()
    if _OPENS_WITH_PERSON.match(text, start, stop) and _names(text, start, stop) is not None:
        return "persons", edited is not None, stop
    if groups and _GROUP_NAME.fullmatch(text, start, stop):
        return "group", edited is not None, stop
    return None


# Where one name of the list ends and the next begins (or a family name and its given names;
# German joins the last by `und`)
_NAME_CUT = patterns.compile(
    r";\s*(?:(?:and|&)\s+)?|,?\s+(?:and|&|und)\s+|,\s+(?!(?:Jr|Sr|II|III|IV)\b)"
)
# The first person inverted: one family word (particles and hyphens aside) or given names with
# an initial or one word only, so that `Anoop Gupta, Andrew Tucker` is not read as one person
_FIRST_PERSON = patterns.compile(
    rf"(?:{_PARTICLE}\s+){{0,2}}{_FAMILY_WORD},\s+.+"
    rf"|{_FAMILY},\s+(?:{_GIVEN_WORD}(?:\s+{_GIVEN_WORD})*\s+)?{_CAPITAL}\.?(?:{_SUFFIX})?"
    rf"|{_FAMILY},\s+{_CAPITAL}{_L}+(?:-{_CAPITAL}{_L}+)?(?:{_SUFFIX})?"
)
# One person alone, two family words and given names written out (`Losada Palenzuela, José Luis`,
# Spanish double surnames): with no third name after them, no list of names given first
_ONE_PERSON = patterns.compile(rf"{_FAMILY},\s+{_GIVEN}(?:{_SUFFIX})?")
# (a quick look at the start before the whole list is cut: the family name, its comma, a capital)
_OPENS_WITH_PERSON = patterns.compile(rf"{_FAMILY},\s+{_CAPITAL}")
_GIVEN_ONLY = patterns.compile(rf"{_GIVEN}(?:{_SUFFIX})?")
_PARTICLES_FIRST = patterns.compile(rf"(?:{_PARTICLE}\s+)*\S+")
_ET_AL = patterns.compile(r",?\s+et\s+al\.?$")
_SUFFIX_AT_END = patterns.compile(r"(?:,\s+|\s+)(?P<suffix>Jr\.?|Sr\.?|II|III|IV)$")

# A title in quotation marks with its closing mark inside: `"Title."`, `“Title?”`
_QUOTED = patterns.compile(r"[\"“](?P<title>[^\"“”]+?)(?P<end>[.?!,]?)[\"”]")
# British single quotation marks (the closing one no apostrophe: a stop or a space follows it)
# and French guillemets: `‘Title’.`, `« Titre »`
_OTHER_QUOTES = (
    patterns.compile(r"‘(?P<title>[^‘]+?)(?P<end>[.?!,]?)’(?=[.,]?(?:\s|$))"),
    patterns.compile(r"«\s*(?P<title>[^«»]+?)\s*(?P<end>[.?!,]?)\s*»"),
)


def quoted_title(text: str, start: int, stop: int) -> re.Match[str] | None:
    """A title in quotation marks at `start`: double, single or guillemets."""
    found = _QUOTED.match(text, start, stop)
    for other in _OTHER_QUOTES:
        if found is not None:
            break
        found = other.match(text, start, stop)
    return found


# A journal's volume, issue and pages: `78 (6): 1360–80`, `28:167–95`, `12, no. 3: 45–67`
_JOURNAL_TAIL = patterns.compile(
    r"^(?P<journal>.+?),?\s+(?:[Vv]ol\.\s*)?(?P<volume>\d{1,5}[A-Za-z]?)"
    r"(?:\s*\((?P<issue>[^()]{1,25})\)"
    r"|\s*,\s*[Nn]o\.\s*(?P<number>[^\s:,()]+)(?:\s*\([^()]{1,25}\))?)?"
    rf"(?:\s*[:,]\s*(?P<pages>{LOCATION}))?$"
)
# A journal with its pages and no volume (`Southern Economic Journal pp. 191–204`: lost)
_JOURNAL_PAGES = patterns.compile(rf"^(?P<journal>.+?),?\s+pp?\.\s*(?P<pages>{LOCATION})$")
# A newspaper's or magazine's date: `New York Review of Books, December 22, 2016`
_DATED_CONTAINER = patterns.compile(
    r"^(?P<journal>[^,]+?),\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?$"
)
_THESIS = patterns.compile(
    r"^(?:PhD|Ph\.\s?D\.|MA|MSc|EdD|Doctoral|Master['’]?s)\s+(?:diss(?:ertation)?|thesis)\.?,\s+"
)
_PLACE = patterns.compile(r"^(?P<place>[^:]{2,60}?):\s+(?P<publisher>\S.*)$")
_EDITION = patterns.compile(
    r"^(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+|Rev\.?|Revised)\s+(?:ed|edn|edition)\.?$", re.I
)
_EDITED_BY = patterns.compile(r"^(?:Edited|Translated|Compiled)(?:\s+and\s+\w+)?\s+by\s+", re.I)
_IN = patterns.compile(r"In:?\s+")
# (after a quoted title closed by its comma, `“Title,” in Book`, lower case; not `in press`)
_IN_AFTER_QUOTED = patterns.compile(r"[Ii]n:?\s+(?!press\b)")
_CHAPTER_EDITORS = patterns.compile(
    r",\s+(?:(?:edited|translated)(?:\s+and\s+\w+)?\s+by|eds?\.(?:\s+by)?)\s+"
)
_CHAPTER_PAGES = patterns.compile(
    rf"(?:,\s+(?:pp?\.\s*)?(?P<pages>{LOCATION})|\s+\((?:pp?\.\s*)?(?P<inside>{LOCATION})\))$"
)
_BOOK_VOLUME = patterns.compile(r",\s+[Vv]ol\.\s*(?P<volume>[IVXLC]+|\d+)\b.*$")
_PAGES_ALONE = patterns.compile(rf"^(?:pp?\.\s*)?{LOCATION}$")
_EDITORS_BEFORE = patterns.compile(r"\s*\((?:eds?|gen\.\s+ed|éds?|Hrsg)\.?\),?\s+")
# Where a sentence ends: a stop and a space, not after an initial or a usual abbreviation
_STOP = patterns.compile(
    r"(?<!\b[A-Z])(?<!\bno)(?<!\bNo)(?<!\bvs)(?<!,\sed)(?<!,\seds)(?<!\bgen)(?<!\bvol)(?<!\bVol)(?<!\bpp)(?<!\bSt)(?<!\btrans)"
    r"(?<!\bRev)(?<!\bdiss)(?<!\bPh\.D)[.?!][\"”’]?\s+"
)
_CONFERENCE = patterns.compile(r"proceed|conference|symposium|workshop|congress|meeting", re.I)


def read(
    text: str, parts: Sequence[Part], start: int, out: dict
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for an entry in Chicago's author-date form (its names from `start`); return the
    title and the kind, or None where the entry does not open with this form's names and year."""
    while start < len(text) and text[start].isspace():
        start += 1
    head = year_head(text, start)
    if head is None:
        return None
    stop = next((p.start for p in parts if p.kind in _END_KINDS and p.start >= start), len(text))
    body = stripped(text, head.end, stop, ".,")
    if body[1] <= body[0]:
        return None
    if head.year is not None:  # (`n.d.`: no date, which a web page's access date stands for)
        take_date(text, head.year, out)
    if head.kind != "repeat":  # (the 3-em dash: whose names they are, the entry above says)
        take_names(text, head, out)
    return _body(text, *body, out)


def take_names(text: str, head: Head, out: dict) -> None:
    """The authors (or the editors) of `head` into `out`."""
    names_span = head.names
    names = _names(text, *names_span) if head.kind == "persons" else None
    if names is None:
        group = text_field(text, names_span)
        names = (Author(group.text, group.span, group.text, is_group=True),)
    if head.editors:
        out["editors"] = names
    else:
        out["authors"] = names
        out["authors_span"] = Span(*names_span)
        et_al = _ET_AL.search(text, *names_span)
        if et_al is not None:
            words = text[et_al.start() : et_al.end()].lstrip(", ")
            out["et_al"] = text_field(text, (et_al.end() - len(words), et_al.end()))


def _names(text: str, start: int, stop: int) -> tuple[Author, ...] | None:
    """The persons of `Tilly, Charles, and Sidney Tarrow` (the first inverted, the rest not) or
    of `Mervis, Carolyn B., & Greco, Carolyn` (all inverted)."""
    end = stop
    et_al = _ET_AL.search(text, start, stop)
    if et_al is not None:
        end = et_al.start()
    first = _NAME_CUT.search(text, start, end)
    if first is None or _NAME_CUT.search(text, first.end(), end) is None:
        pieces = [(start, first.start()), (first.end(), end)] if first is not None else []
    else:  # (the first person told before the rest is cut: most text that is no names stops here)
        second = _NAME_CUT.search(text, first.end(), end)
        assert second is not None
        pieces = [(start, first.start()), (first.end(), second.start())]
    if len(pieces) < 2:
        return None
    alone = first is not None and len(pieces) == 2 and pieces[1][1] == end
    if not _FIRST_PERSON.fullmatch(text, start, pieces[1][1]) and not (
        alone and _ONE_PERSON.fullmatch(text, start, end)
    ):
        return None  # (`Anoop Gupta, Andrew Tucker, and ...`: names given first, a comma between)
    at = pieces[1][1]
    for cut in _NAME_CUT.finditer(text, at, end):
        if cut.start() > at:
            pieces.append((at, cut.start()))
        at = cut.end()
    if at < end and at > pieces[-1][1]:
        pieces.append((at, end))
    semicolons = ";" in text[start:end]
    names: list[Author] = []
    i = 0
    while i < len(pieces):
        a, b = pieces[i]
        inverted = (
            i + 1 < len(pieces)
            and (i == 0 or semicolons or _PARTICLES_FIRST.fullmatch(text, a, b) is not None)
            and _FAMILY_NAME.fullmatch(text, a, b) is not None
            and _GIVEN_ONLY.fullmatch(text, *pieces[i + 1]) is not None
        )
        if inverted:
            given_at = pieces[i + 1]
            names.append(_person(text, a, given_at[1], text[a:b], text[given_at[0] : given_at[1]]))
            i += 2
            continue
        if i == 0 or _OTHER_NAME.fullmatch(text, a, b) is None:
            return None  # (a piece no name can be: these are not names)
        words = text[a:b].split()
        cut_at = len(words) - 1
        while cut_at > 1 and re.fullmatch(_PARTICLE, words[cut_at - 1]):
            cut_at -= 1
        names.append(_person(text, a, b, " ".join(words[cut_at:]), " ".join(words[:cut_at])))
        i += 1
    return tuple(names)


def _person(text: str, a: int, b: int, family: str, given: str) -> Author:
    """One person, printed at `a`..`b`, by family name and given names (a suffix after them)."""
    suffix = _SUFFIX_AT_END.search(given)
    if suffix is not None:
        given = given[: suffix.start()]
    initials = "".join(w[0] for w in given.replace("-", " ").replace(".", " ").split())
    found = suffix["suffix"].rstrip(".") if suffix else ""
    return Author(text[a:b], Span(a, b), family.strip(), initials, found)


def _sentences(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The sentences of `text[start:stop]`, each without its closing stop (a `?` or `!` kept)."""
    spans: list[tuple[int, int]] = []
    at = start
    for found in _STOP.finditer(text, start, stop):
        mark = text[found.start()]
        spans.append((at, found.start() + (1 if mark in "?!" else 0)))
        at = found.end()
    if at < stop:
        spans.append((at, stop))
    return [s for s in spans if s[1] > s[0]]


def _body(text: str, start: int, stop: int, out: dict) -> tuple[Field | None, Kind]:
    """What follows the year: a quoted title and its container, or a book's title and imprint."""
    quoted = quoted_title(text, start, stop)
    if quoted is not None:
        title_stop = quoted.end("title") + (1 if quoted["end"] in ("?", "!") else 0)
        title = text_field(text, (quoted.start("title"), title_stop))
        rest = stripped(text, quoted.end(), stop, ".,")
        while rest[0] < rest[1] and text[rest[0]] in ".,; ":  # (`‘Title’. Journal`)
            rest = (rest[0] + 1, rest[1])
        return title, _after_quoted(text, *rest, out)
    sentences = _sentences(text, start, stop)
    title = text_field(text, sentences[0])
    if len(sentences) > 1:
        after = sentences[1][0]
        found_in = _IN.match(text, after, stop)
        if found_in is not None:  # `Title. In Book, edited by ...`
            return title, chapter_of(text, found_in.end(), stop, out)
        if _unified_journal(text, sentences[1:], out):  # `Title. Journal 24(4). 721–734.`
            return title, Kind.ARTICLE
        if _journal(text, sentences[1], out):  # `Title. Journal 79: 111–117.` (no quotation marks)
            return title, Kind.ARTICLE
    thesis = _THESIS_AFTER_TITLE.search(text, *sentences[-1])
    if thesis is not None and len(sentences) == 1:  # `Title: University dissertation.`
        title = text_field(text, (sentences[0][0], thesis.start()))
        out["publisher"] = text_field(text, thesis.span("university"))
        return title, Kind.THESIS
    return title, _imprint(text, sentences[1:], out)


# The Unified Style Sheet for Linguistics' journal: its volume and issue, then the pages (or an
# article number and the pages) each set off by a period: `Lingua 115. 1243–1276.`,
# `Glossa: A Journal of General Linguistics 4(1). 62. 1–31.`
_UNIFIED_JOURNAL = patterns.compile(
    r"^(?P<journal>[A-Z].*?)\s+(?P<volume>\d{1,5}[A-Za-z]?)(?:\s*\((?P<issue>[^()]{1,25})\))?$"
)
_UNIFIED_PAGES = patterns.compile(rf"^{LOCATION}$")
# A thesis named after the title's colon: `Title: University of Cambridge dissertation.`
_THESIS_AFTER_TITLE = patterns.compile(
    r":\s+(?P<university>(?!(?:A|An|The)\s)[A-Z][^:]{1,80}?)"
    r"\s+(?:(?:MA|MSc|MPhil|PhD|Ph\.\s?D\.|doctoral|master['’]?s)\s+)?(?:dissertation|thesis)$"
)


def _unified_journal(text: str, sentences: list[tuple[int, int]], out: dict) -> bool:
    """Whether `sentences` open with a journal and its volume in the Unified Style Sheet's form,
    the pages in a sentence of their own (taken into `out`)."""
    if len(sentences) < 2:
        return False
    at = sentences[0][0]
    journal = _UNIFIED_JOURNAL.match(text[at : sentences[0][1]])
    numbers = [s for s in sentences[1:3] if _UNIFIED_PAGES.match(text[s[0] : s[1]])]
    if journal is None or not numbers or numbers[0] != sentences[1]:
        return False
    out["container"] = text_field(text, (at, at + journal.end("journal")))
    out["volume"] = text_field(text, (at + journal.start("volume"), at + journal.end("volume")))
    if journal["issue"]:
        out["issue"] = text_field(text, (at + journal.start("issue"), at + journal.end("issue")))
    if len(numbers) == 2 and numbers[1] == sentences[2]:  # `4(1). 62. 1–31.`: number, pages
        out["article_number"] = text_field(text, numbers[0])
        locate(text, numbers[1], out)
    else:
        locate(text, numbers[0], out)
    first = numbers[0][0]  # (`115. 1243–1276`: a page, not a year)
    out["dates"] = tuple(d for d in out.get("dates", ()) if d.span.start < first)
    return True


def _after_quoted(text: str, start: int, stop: int, out: dict) -> Kind:
    """An article's journal, a chapter's book, a thesis's university or a page's site."""
    web = bool(out.get("urls")) or "accessed" in out
    if stop <= start:
        return Kind.WEBPAGE if web else Kind.UNKNOWN
    rest = text[start:stop]
    found_in = _IN_AFTER_QUOTED.match(rest)
    if found_in is not None:
        return chapter_of(text, start + found_in.end(), stop, out)
    sentences = _sentences(text, start, stop)
    first = text[sentences[0][0] : sentences[0][1]]
    if _journal(text, sentences[0], out):
        return Kind.ARTICLE
    dotted = _dotted_journal(text, sentences)
    if dotted is not None and _journal(text, dotted, out):
        return Kind.ARTICLE  # `Found. Trends Mach. Learn. 3 (1): 1–122`
    dated = _DATED_CONTAINER.match(first)
    if dated is not None:
        at = sentences[0][0]
        out["container"] = text_field(text, (at, at + dated.end("journal")))
        return Kind.WEBPAGE if web else Kind.ARTICLE  # (a newspaper's page online: no volume)
    thesis = _THESIS.match(first)
    if thesis is not None:
        at = sentences[0][0]
        out["publisher"] = text_field(text, (at + thesis.end(), sentences[0][1]))
        return Kind.BOOK
    if web:
        out["container"] = text_field(text, sentences[0])
        return Kind.WEBPAGE
    return _imprint(text, sentences, out, unknown=True)


_CUT_WORD = patterns.compile(r"(?<!\S)(?P<word>[A-Z][a-z]{1,7})$")
_MOST_CUTS = 6  # periods of a dotted journal's name read across sentences at most


def _dotted_journal(text: str, sentences: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The sentences a dotted journal abbreviation was split into, joined up to the one that ends
    on its volume (`Found. Trends Mach. Learn. 3 (1): 1–122`, split after each cut word), where
    each sentence before that one ends on a title word cut short (`Found`, `Mach`)."""
    for at in range(1, min(len(sentences), _MOST_CUTS + 1)):
        cut = _CUT_WORD.search(text, sentences[at - 1][0], sentences[at - 1][1])
        if cut is None or not _cut_title_word(cut["word"].lower()):
            return None
        if _JOURNAL_TAIL.match(text[sentences[0][0] : sentences[at][1]]):
            return sentences[0][0], sentences[at][1]
    return None


def _cut_title_word(word: str) -> bool:
    from refslint.journals import shortened_form, starts_longer_word

    return shortened_form(word) or starts_longer_word(word)


def _journal(text: str, sentence: tuple[int, int], out: dict) -> bool:
    """Whether `sentence` is a journal with its volume and issue or pages (taken into `out`)."""
    at = sentence[0]
    tail = _JOURNAL_TAIL.match(text[at : sentence[1]])
    if tail is None or not (tail["issue"] or tail["number"] or tail["pages"]):
        pages = _JOURNAL_PAGES.match(text[at : sentence[1]])
        if pages is None:
            return False
        out["container"] = text_field(text, (at, at + pages.end("journal")))
        locate(text, (at + pages.start("pages"), at + pages.end("pages")), out)
        return True
    out["container"] = text_field(text, (at + tail.start("journal"), at + tail.end("journal")))
    out["volume"] = text_field(text, (at + tail.start("volume"), at + tail.end("volume")))
    issue = "issue" if tail["issue"] else "number" if tail["number"] else None
    if issue is not None:
        out["issue"] = text_field(text, (at + tail.start(issue), at + tail.end(issue)))
    if tail["pages"]:
        locate(text, (at + tail.start("pages"), at + tail.end("pages")), out)
    return True


def chapter_of(text: str, start: int, stop: int, out: dict) -> Kind:
    """`In Book, edited by A. Editor and B. Editor, 45–67. City: Publisher.`"""
    marker = text[:start].rstrip()
    out["in_marker"] = text_field(text, (marker.lower().rindex("in"), len(marker)))
    sentences = _sentences(text, start, stop)
    book_start, book_stop = sentences[0]
    named = _EDITORS_BEFORE.search(text, book_start, book_stop)  # `A. Brown (ed.), Book`
    if named is not None:  # (or inverted, as the Unified Style Sheet allows: `Brown, Ann (ed.)`)
        out["editors"] = _names(text, book_start, named.start()) or given_first(
            text, book_start, named.start()
        )
        book_start = named.end()
    pages = _CHAPTER_PAGES.search(text, book_start, book_stop)
    if pages is not None:
        locate(text, pages.span("pages" if pages["pages"] else "inside"), out)
        book_stop = pages.start()
    volume = _BOOK_VOLUME.search(text, book_start, book_stop)
    if volume is not None:  # `Handbook, vol. III: Cognitive development`
        out["volume"] = text_field(text, volume.span("volume"))
        book_stop = volume.start()
    edited = _CHAPTER_EDITORS.search(text, book_start, book_stop)
    if edited is not None:
        out["editors"] = given_first(text, edited.end(), book_stop)
        book_stop = edited.start()
    out["container"] = text_field(text, (book_start, book_stop))
    _imprint(text, sentences[1:], out)
    return Kind.CONFERENCE if _CONFERENCE.search(out["container"].text) else Kind.CHAPTER


def given_first(text: str, start: int, stop: int) -> tuple[Author, ...]:
    """Editors named given name first: `Stuart Hall and Paul du Gay`."""
    names: list[Author] = []
    at = start
    for cut in [*_NAME_CUT.finditer(text, start, stop), None]:
        b = cut.start() if cut is not None else stop
        words = text[at:b].split()
        if words:
            cut_at = len(words) - 1
            while cut_at > 1 and re.fullmatch(_PARTICLE, words[cut_at - 1]):
                cut_at -= 1
            given = words[:cut_at]
            initials = "".join(w[0] for w in given if w[:1].isupper())
            family = " ".join(words[cut_at:])
            names.append(Author(text[at:b], Span(at, b), family, initials))
        if cut is not None:
            at = cut.end()
    return tuple(names)


def _imprint(text: str, sentences: list[tuple[int, int]], out: dict, unknown: bool = False) -> Kind:
    """A book's edition, editors, place and publisher, sentence by sentence after its title."""
    kind = Kind.UNKNOWN if unknown else Kind.BOOK
    leftover = None
    for a, b in sentences:
        sentence = text[a:b]
        if _EDITION.match(sentence):
            out["edition"] = text_field(text, (a, b))
            continue
        edited = _EDITED_BY.match(sentence)
        if edited is not None:
            if sentence.lower().startswith("edited") and not out.get("editors"):
                out["editors"] = given_first(text, a + edited.end(), b)
            continue
        if "pages" not in out and _PAGES_ALONE.match(sentence) and ("publisher" in out or leftover):
            at = a + len(sentence) - len(sentence.lstrip("p. "))
            locate(text, (at, b), out)  # `London: Sage. 103–120.`: a chapter's pages, last
            continue
        place = _PLACE.match(sentence)
        if place is not None and "publisher" not in out:
            out["place"] = text_field(text, (a, a + place.end("place")))
            out["publisher"] = text_field(text, (a + place.start("publisher"), b))
            kind = Kind.BOOK
            continue
        thesis = _THESIS.match(sentence)
        if thesis is not None:
            out["publisher"] = text_field(text, (a + thesis.end(), b))
            kind = Kind.BOOK
            continue
        leftover = (a, b)
    if leftover is not None and "publisher" not in out:
        from refslint.grammar.roles import PREPRINT_SERVERS

        if PREPRINT_SERVERS.match(text[leftover[0] : leftover[1]]):  # `Title. arXiv.`
            out["container"] = text_field(text, leftover)
            return Kind.PREPRINT
    if out.get("urls") and "publisher" not in out and "in_marker" not in out:
        if (
            leftover is not None
        ):  # (not a chapter's publisher before its DOI: `167–76. De Gruyter.`)
            out["container"] = text_field(text, leftover)
        return Kind.WEBPAGE
    if leftover is not None and "publisher" not in out and not unknown:
        out["publisher"] = text_field(text, leftover)  # Chicago's 18th edition: no place
    return kind
