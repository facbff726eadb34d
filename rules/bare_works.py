"""Works the grammar reads with too little to find them by, told apart by their ending (RL501).

Three forms a copy editor sends back, in any style: a report or working paper whose only
"publisher" is the word that names its kind (`(Technical Report, 2010)`, `(Working Paper 32761,
2024)`: nobody issued it); a journal article closed as the physical sciences close it but
without its volume or pages (`Geophys. Res. Lett. 36 (2009).`), which the grammar then reads as
no kind at all; and a proceedings paper after `In:` (`em:`, `en:`) given by the meeting's name
and one name in brackets with the year (`(Philadelphia, 2008)`) and no pages; a book or web
document whose "publisher" is a city and its state (`Brasília, DF; 2009`); a book in GOST's
form whose publication area is its year alone (`Incerto / Н.Н. Талеб. – 2001.`). `rules/format.py`'s
RL501 asks these before its own checks.
"""

from __future__ import annotations

from refslint.api import (
    BOOKLIKE,
    UNTYPED,
    Diagnostic,
    Kind,
    Reference,
    Span,
    journals_named,
    pattern,
)

from .missing import CITY_AND_REGION
from .missing import PUBLISHING_HOUSE as _HOUSE_NAME

_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"

# --- a report whose publisher is its kind's name --------------------------------------------------

# the kind's words alone, a number perhaps after them: what a report's issuing body is not
_KIND_ONLY = pattern(
    r"(?i)(?:(?:technical|tech\.?|research|internal|final|interim|annual|project|policy)\s+)?"
    r"(?:report|rep\.?|working\s+paper|discussion\s+paper|white\s+paper|occasional\s+paper"
    r"|technical\s+note|tech\.?\s+note|memorandum)"
    r"(?:\s*(?:no\.?|nr\.?|number|#)?\s*[\w./-]*\d[\w./-]*)?"
)
# what may stand after the kind: the year, marks and links
_YEAR_AND_LINKS = pattern(
    r"(?i)[\s.,;:()\[\]]*(?:" + _YEAR + r")?[\s.,;:()\[\]]*"
    r"(?:(?:https?://|doi\s*:?\s*10\.|10\.\d{4,9}/)\S*[\s.,;:()\[\]]*)*"
)


def report_without_body(ref: Reference) -> Diagnostic | None:
    """A book whose publisher, read by the grammar, is `Technical Report` or `Working Paper
    32761`: the entry names no body that issued the work. A body as author issues its own
    report (APA 7 then names it once), so only works of people are asked."""
    publisher = ref.publisher
    if ref.kind not in BOOKLIKE or publisher is None or ref.problem is not None:
        return None
    if not _KIND_ONLY.fullmatch(publisher.text.strip()):
        return None
    if ref.place is not None or not ref.authors or any(a.is_group for a in ref.authors):
        return None
    if not _YEAR_AND_LINKS.fullmatch(ref.text, publisher.span.end):
        return None  # something follows it: perhaps the body
    kind = publisher.text.strip()
    return Diagnostic(
        publisher.span,
        f"`{kind}` names the kind of work but nobody who issued it; give the institution "
        f"or series before or after it (`{kind}, Institution`)",
    )


# --- a place read as the publisher -------------------------------------------------------------

# a city and its state's two capitals or its country (`Boston, MA`, `Hamburg, Germany`)
_CITY_AND_STATE = CITY_AND_REGION
_STATE_CODE = pattern(r",\s*[A-Z]{2}\s*$")


def place_as_publisher(ref: Reference) -> Diagnostic | None:
    """A book or web document whose "publisher" is a city and its state or country (`Brasília,
    DF; 2009`, `Hamburg, Germany; 1996`): the place stands where the publisher should, with no
    publisher after it. A city and its country only where the work gives no address."""
    publisher = ref.publisher
    if ref.kind not in (*BOOKLIKE, Kind.WEBPAGE) or publisher is None or ref.place is not None:
        return None
    if ref.problem is not None or not _CITY_AND_STATE.fullmatch(publisher.text.strip()):
        return None
    if ref.urls and not _STATE_CODE.search(publisher.text):
        return None  # `R Core Team. R. Vienna, Austria; 2016. Available at:`: found online
    if _NOT_A_JOURNAL.search(publisher.text) or _HOUSE_NAME.search(publisher.text):
        return None  # `Springer, NY`: a house, then its place
    place = publisher.text.strip()
    return Diagnostic(
        publisher.span,
        f"the place `{place}` stands where the publisher should, and no publisher follows; "
        f"name the publisher after it (`{place}: Publisher; Year`)",
    )


# --- a journal article closed by `(Year)` without its volume or pages -----------------------------

# what follows the title: the journal's name, a volume perhaps, pages perhaps, and the year in
# brackets closing the entry (`. Geophys. Res. Lett. 36 (2009).`, `. EGUsphere, 1–29 (2023).`)
_JOURNAL_CLOSING = pattern(
    r"[.,]\s+(?P<journal>[A-Z][^\d()\[\]:;,]{1,80}?)(?:\s+(?P<volume>\d{1,5}[A-Z]?))?"
    r"(?:,\s*(?P<pages>[A-Za-z]?\d{1,6}(?:\s*[-–]\s*[A-Za-z]?\d{1,6})?))?"
    r"\s+\((?P<year>" + _YEAR + r")\)\.?\s*"
)
# a title read to one short word after a comma, a quotation mark or a number: the journal's first
# word, abbreviated, after a quoted title or a law review's volume (`, 40 Buff. L. Rev. 567`)
_CUT_TITLE = pattern(r"(?:[,”\"’]|\b\d+)\s+[A-Z][\w]{0,7}$")
# a publishing house's, a thesis's or a report's word: a book or report, not a journal
_NOT_A_JOURNAL = pattern(
    r"(?i)\b(?:press|verlag|publish\w*|publications?|books|editora|editions?|springer|elsevier"
    r"|wiley|routledge|thesis|dissertation|report|university|universit\w+|institute|preprint"
    r"|arxiv|manuscript|submitted|unpublished|in\s+press|personal|communication|software)\b"
)


def article_without_numbers(ref: Reference) -> Diagnostic | None:
    """An entry of no kind whose title is followed by a journal's name and the year in brackets
    alone, or with only one of the volume and the pages: the journal article has lost the
    other. A name alone must be a journal the shipped tables know (not a house's name)."""
    if ref.kind not in UNTYPED or ref.problem is not None or ref.title is None:
        return None
    if not ref.authors or ref.date is not None or ref.urls or ref.doi or ref.arxiv:
        return None
    if any((ref.container, ref.publisher, ref.place, ref.volume, ref.pages, ref.in_marker)):
        return None
    if _CUT_TITLE.search(ref.title.text):
        return None  # the journal's name begins in the title: `,” Tech. Rep.`, `, 40 Buff. L.`
    found = _JOURNAL_CLOSING.fullmatch(ref.text, ref.title.span.end)
    if found is None or _NOT_A_JOURNAL.search(found["journal"]):
        return None
    journal = found["journal"].strip()
    volume, pages = found["volume"], found["pages"]
    if volume and pages:
        return None  # a whole article: the grammar's to read
    known = bool(journals_named(found["journal"].strip()))
    if not known and not (bool(volume or pages) and _abbreviated_or_titled(journal)):
        return None  # a name alone must be a journal's; with a number, one printed as one
    missing = "volume" if pages else "pages or article number" if volume else "volume or pages"
    return Diagnostic(
        Span(found.start("journal"), found.end("year")),
        f"journal article in `{journal}` has no {missing}; a journal article needs journal, "
        "year, volume, and pages or an article number",
    )


# Vancouver's tail without its volume: the journal, the year, a semicolon and the pages alone
# (`. Environ Health Perspect 2006; 1930–1934.`), which the grammar may take for two years
_VANCOUVER_NO_VOLUME = pattern(
    r"[.,]\s+(?P<journal>[A-Z][^\d()\[\]:;,]{1,80}?)\.?\s+(?P<year>" + _YEAR + r")\s*;\s*"
    r"(?P<pages>[A-Za-z]?\d{1,6}\s*[-–]\s*[A-Za-z]?\d{1,6})\.?\s*"
)


def vancouver_without_volume(ref: Reference) -> Diagnostic | None:
    """An entry of no kind closed by a known journal, the year and, after the semicolon, the
    pages with no volume (`Environ Health Perspect 2006; 1930–1934.`): read as no article when
    the pages look like two years."""
    if ref.kind not in UNTYPED or ref.problem is not None or ref.title is None:
        return None
    if not ref.authors or ref.urls or ref.doi or ref.container or ref.publisher or ref.volume:
        return None
    found = _VANCOUVER_NO_VOLUME.fullmatch(ref.text, ref.title.span.end)
    if found is None or not journals_named(found["journal"].strip()):
        return None
    journal = found["journal"].strip()
    return Diagnostic(
        Span(found.start("journal"), found.end("pages")),
        f"journal article in `{journal}` has no volume (`{found['year']}; {found['pages']}`); "
        "a journal article needs journal, year, volume, and pages or an article number",
    )


# After the title: a journal's name and its pages alone, a link or DOI perhaps after them
# (Chicago's `.” The Annals of Statistics, 461–64.`, `. Mycologia: 655–677. 10.1080/...`)
_JOURNAL_AND_PAGES = pattern(
    r"[\s.,”\"’]*(?P<journal>[A-Z][^\d()\[\]:;,.]{1,80}?)\s*[,:]\s*"
    r"(?P<pages>\d{1,6}\s*[-–]\s*\d{1,6})\s*\.?\s*(?:(?:https?://|doi:?\s*|10\.\d)\S*\s*)?"
)
# a word only journals' names hold
_JOURNAL_WORD = pattern(r"\b(?:Journal|Annals|Review|Revista|Transactions|Letters|Bulletin)\b")
# a meeting's word: its proceedings set out as a journal are RL533's
_MEETING_WORD = pattern(r"\b(?:Proceedings|Conference|Symposium|Workshop|Congress|Meeting)\b")


def journal_pages_without_volume(ref: Reference) -> Diagnostic | None:
    """An entry of no kind whose title, dated before it, is followed by a journal's name and
    the pages alone (`2003. “Title.” The Annals of Statistics, 461–64.`): the article's volume
    is lost; or by the journal's name alone (`_journal_alone`). The name must be a journal's,
    known or named so by a word (`Journal`, `Annals`)."""
    if ref.kind not in (*UNTYPED, Kind.WEBPAGE) or ref.problem is not None or ref.title is None:
        return None
    if not ref.authors or ref.date is None or ref.date.span.start > ref.title.span.start:
        return None
    if any((ref.publisher, ref.volume, ref.pages, ref.in_marker)):
        return None
    found = _JOURNAL_AND_PAGES.fullmatch(ref.text, ref.title.span.end)
    if found is None:
        return _journal_alone(ref)
    read = ref.container.span if ref.container is not None else None
    if read is not None and not found.start("journal") <= read.start < read.end <= found.end():
        return None  # (a site's name read from the journal and its pages: the same words)
    journal = found["journal"].strip()
    if _NOT_A_JOURNAL.search(journal) or _MEETING_WORD.search(journal):
        return None
    if not (_JOURNAL_WORD.search(journal) or journals_named(journal)):
        return None
    return Diagnostic(
        Span(found.start("journal"), found.end("pages")),
        f"journal article in `{journal}` has no volume (`{found['pages']}` alone); a journal "
        "article needs journal, year, volume, and pages or an article number",
    )


# BibTeX's article closed by its volume (and issue) and the year, the pages lost: `"Title".
# ACM Computing Surveys, 6(4), 1974.`, `Journal, 15, December 1983.` (with them `6(4):11–21`)
_NATBIB_NO_PAGES = pattern(
    r"[.”\"']\s+(?P<journal>[^\d\s,.][^\d,.\"”]{1,80}?),\s+(?P<volume>\d{1,4})(?P<issue>\(\d{1,4}\))?,\s+"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+)?(?P<year>" + _YEAR + r")\.\s*$"
)


def natbib_without_pages(ref: Reference) -> Diagnostic | None:
    """An entry of no kind closed as BibTeX closes a journal article, `Journal, 6(4), 1974.`,
    with no pages: a volume and its issue, or a volume after a name a serial's word holds
    (`Computing Surveys`, `Transactions`, `Queue`, `News`)."""
    if ref.kind not in UNTYPED or ref.problem is not None or ref.urls or ref.doi:
        return None
    if ref.pages is not None or ref.article_number is not None:
        return None
    found = _NATBIB_NO_PAGES.search(ref.text, ref.body_start)
    if found is None:
        return None
    journal = found["journal"].strip()
    if _MEETING_WORD.search(journal) or "Proc" in journal:
        return None
    serial = _JOURNAL_WORD.search(journal) or _SERIAL_WORD.search(journal)
    if not found["issue"] and (_NOT_A_JOURNAL.search(journal) or not serial):
        return None  # (a volume and its issue are a journal's, whatever its name)
    return Diagnostic(
        Span(found.start("journal"), found.end("year")),
        f"journal article in `{journal}` has no pages or article number; a journal article "
        "needs journal, year, volume, and pages or an article number",
    )


# the words of serials' names beside `_JOURNAL_WORD`'s (`ACM Computing Surveys`, `ACM Queue`,
# `SIGSOFT Software Engineering Notes`, `SIGCSE Bulletin`, `IEEE Software`)
_SERIAL_WORD = pattern(r"\b(?:Surveys|Queue|Notes|Magazine|Quarterly|Newsletter|News|Software)\b")


# a journal's name alone closing the entry after a quoted title (`“Title.” The Economic Journal.`)
_JOURNAL_ALONE = pattern(r"[.,]?[”\"]\s+(?P<journal>[A-Z][^\d()\[\]:;,.“”\"]{1,80}?)\.?\s*")
# the words of a series, a paper or a course that a name alone may be
_NOT_AN_ISSUE = pattern(r"(?i)\b(?:working|paper|series|lecture|notes?|guide|handbook|course)\b")


def _journal_alone(ref: Reference) -> Diagnostic | None:
    """A quoted title, dated before it, followed by a journal's name alone: the shipped tables'
    or named so by a word (`Science and Public Policy.`, `The Economic Journal.`), an article
    with no volume, issue or pages."""
    assert ref.title is not None
    found = _JOURNAL_ALONE.fullmatch(ref.text, ref.title.span.end)
    if found is None or ref.container is not None or ref.urls or ref.doi is not None:
        return None
    journal = found["journal"].strip()
    if _NOT_A_JOURNAL.search(journal) or _MEETING_WORD.search(journal):
        return None
    if _NOT_AN_ISSUE.search(journal) or len(journal.split()) < 2:
        return None
    if not (_JOURNAL_WORD.search(journal) or journals_named(journal)):
        return None
    return Diagnostic(
        Span(found.start("journal"), found.end("journal")),
        f"journal article in `{journal}` has no volume, issue or pages; a journal article needs "
        "journal, year, volume, and pages or an article number",
    )


def _abbreviated_or_titled(name: str) -> bool:
    """A journal's name as printed: abbreviated words (`Geophys. Res.`) or one word set in
    capitals inside (`EGUsphere`), not a phrase of common words."""
    words = name.split()
    return any(w.endswith(".") for w in words) or (
        len(words) == 1 and any(c.isupper() for c in words[0][1:])
    )


# --- a proceedings paper with one name in brackets and no pages -----------------------------------

_IN_MEETING = pattern(
    r"(?i)(?:in|em|en|dans)\s*:?\s*(?:the\s+)?[^()]*?\b(?:proc\.|proceedings|conference|conf\."
    r"|symposium|workshop|congress|congresso|congreso|meeting|colloquium|encontro|semin[aá]rio)"
)
_YEAR_CLOSING = pattern(r"\s*,\s*" + _YEAR + r"\s*\)\.?\s*")
_ONE_NAME = pattern(r"[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}")


def proceedings_without_pages(ref: Reference) -> Diagnostic | None:
    """A paper given after `In:` by its meeting's name and, in brackets, one name and the year
    (`em: Thirty Fifth Annual Frequency Control Symposium (Philadelphia, 2008).`): AIP's and the
    physics styles' `(Publisher, Place, Year), p. 12` with the pages and one of the two lost."""
    if ref.kind not in BOOKLIKE or ref.problem is not None or ref.title is None:
        return None
    publisher, date = ref.publisher, ref.date
    if publisher is None or date is None or ref.place is not None or ref.pages is not None:
        return None
    if not _IN_MEETING.match(ref.title.text) or ref.editors:
        return None
    name = publisher.text.strip()
    if not _ONE_NAME.fullmatch(name) or _NOT_A_JOURNAL.search(name):
        return None
    opening = ref.text.rfind("(", 0, publisher.span.start)
    if opening < ref.title.span.end or ref.text[opening + 1 : publisher.span.start].strip():
        return None  # not `(Name, Year)`
    if not _YEAR_CLOSING.fullmatch(ref.text, publisher.span.end):
        return None
    return Diagnostic(
        Span(opening, len(ref.text.rstrip(" ."))),
        f"proceedings paper has no pages, and `({name}, {date.text})` names one of the "
        "publisher and the place only; give both and the pages (`(Publisher, Place, Year), p. 1`)",
    )


# --- a GOST book whose publication area is its year alone ---------------------------------------

# GOST's statement of responsibility after the title's slash, then `. – Year.` and nothing but the
# number of pages (`Incerto / Н.Н. Талеб. – 2001.`, `– 2023. – 320 с.`): no `Place : Publisher`
_GOST_YEAR_ALONE = pattern(
    r"\s/\s+[^/–—]{2,200}?\.\s+[–—-]\s+(?P<year>" + _YEAR + r")\."
    r"(?:\s+[–—-]\s+\d{1,5}\s*[сcСC]{1,2}\.)?\s*$"
)


def gost_book_without_imprint(ref: Reference) -> Diagnostic | None:
    """A book in GOST's form whose publication area is its year alone: the place and the
    publisher (`– Москва : Наука, 2001.`) lost. A part of a journal or book (`//`) and an
    online resource (an address) have areas of their own."""
    if "//" in ref.text or ref.urls or ref.doi is not None:
        return None
    found = _GOST_YEAR_ALONE.search(ref.text, ref.body_start)
    if found is None:
        return None
    return Diagnostic(
        Span(found.start("year"), found.end("year")),
        "book has no place or publisher: its publication area gives the year alone; GOST sets "
        "it out as `– Place : Publisher, Year`",
    )
