"""Format rules (RL5xx): does each entry carry what its type needs, and do its parts make sense?"""

from __future__ import annotations

import re
from collections.abc import Iterator

from refslint.api import (
    BOOKLIKE,
    UNTYPED,
    Category,
    Context,
    Diagnostic,
    Field,
    Kind,
    Pages,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

from .apa_forms import place_in_placeless_list as place_in_placeless_list
from .apa_forms import retrieved_from_before_doi as retrieved_from_before_doi

# the list-aware checks of missing elements live beside; the entry point loads this module
from .bare_works import (
    article_without_numbers,
    gost_book_without_imprint,
    journal_pages_without_volume,
    natbib_without_pages,
    place_as_publisher,
    proceedings_without_pages,
    report_without_body,
    vancouver_without_volume,
)
from .editor_roles import chapter_editors_without_role as chapter_editors_without_role
from .journal_case import known_serial
from .missing import book_without_place as book_without_place
from .missing import thesis_unmarked as thesis_unmarked
from .missing import web_document_undated as web_document_undated
from .number_marks import access_date_ambiguous as access_date_ambiguous
from .number_marks import number_split_by_space as number_split_by_space
from .page_ranges import page_range_same_ends as page_range_same_ends
from .place_names import place_name_form as place_name_form
from .publisher_names import publisher_name_form as publisher_name_form
from .publisher_names import publisher_named_twice as publisher_named_twice
from .publisher_names import publisher_two_ways as publisher_two_ways
from .publisher_year import publisher_year_unmarked as publisher_year_unmarked
from .tail_elements import volume_set_off_by_semicolon
from .web_publisher import web_document_without_publisher as web_document_without_publisher

NOT_YET_IN_ISSUE = pattern(
    r"\b(?:in press|ahead of print|forthcoming|early view|online first"
    r"|advance online publication)\b",
    re.I,
)
NEEDS = {
    Kind.ARTICLE: "a journal article needs journal, year, volume, and pages or an article number",
    Kind.BOOK: "a book needs its publisher (and the place of publication)",
    Kind.CHAPTER: "a book chapter needs the book's publisher (and the place of publication)",
    Kind.WEBPAGE: "a web page needs the address it was read at ('Available from: https://...')",
    Kind.THESIS: "a thesis needs the university that granted it",
    Kind.REPORT: "a report needs the body that issued it: an institution, an agency or a series",
    Kind.PATENT: "a patent needs its number (`U.S. Patent 5,123,456`)",
    Kind.SOFTWARE: "software needs where it is found: its publisher, a repository or an address",
    Kind.DATASET: "a data set needs where it is found: its repository, a DOI or an address",
    Kind.UNKNOWN: "a reader needs where the work was published: a journal, a publisher, a "
    "repository or an address",
}
NAMES = {
    Kind.ARTICLE: "journal article",
    Kind.BOOK: "book",
    Kind.CHAPTER: "book chapter",
    Kind.WEBPAGE: "web page",
    Kind.THESIS: "thesis",
    Kind.REPORT: "report",
    Kind.PATENT: "patent",
    Kind.SOFTWARE: "software",
    Kind.DATASET: "data set",
    Kind.UNKNOWN: "entry",
}
# the fields that say where a work was published, any one of which makes an entry findable
_SOURCE = (
    "container",
    "publisher",
    "place",
    "doi",
    "arxiv",
    "pmid",
    "volume",
    "issue",
    "pages",
    "article_number",
    "medium",
    "in_marker",
    "edition",
    "access_note",
)
# a version after the title (`version 1.3`) says which release, not where it is found
_VERSION = pattern(r"\b(?:version|ver\.|v\.?)\s*\d+(?:\.\d+)*", re.I)
_WORDS_OR_NUMBERS = pattern(r"[^\W_]")


_QUOTED_CLOSING = pattern(r"[.,]?[”\"][.,]?\s*")
# the rule Chicago prints for the names of the entry before (`———. 2014.`)
_SAME_AUTHORS = pattern(r"[—–]{2,}\.?\s")
_OPENING_QUOTES = ("“", '"')


def _bare(ref: Reference) -> bool:
    """Names (or Chicago's rule for the entry before's, `———.`), a title and its year, and
    nothing else: the year printed after the title (so the title's end is certain) and nothing
    but marks and a version beside it (`Hulme M, Jenkins G: Climate change scenarios for the
    United Kingdom. 1998.`)."""
    named = bool(ref.authors) or _SAME_AUTHORS.match(ref.text, ref.body_start) is not None
    if ref.problem is not None or ref.title is None or not named:
        return False
    if ref.urls or ref.editors or any(getattr(ref, name) for name in _SOURCE):
        return False
    if ref.date is None:
        # no year anywhere: names and a title of one sentence closing the entry, and no more
        # (`Hyde, A. An Initial Scholarly AI Taxonomy.`)
        return _title_alone(ref) and not _YEAR_PRINTED.search(ref.text, ref.body_start)
    if ref.date.span.start < ref.title.span.end:
        # the year before the title: what follows it may be the title's, unless the title
        # closes its quotation marks and the entry (`2011. “Pairwise Fused Lasso.”`)
        return _QUOTED_CLOSING.fullmatch(ref.text, ref.title.span.end) is not None and (
            ref.text[ref.title.span.start - 1 : ref.title.span.start] in _OPENING_QUOTES
        )
    rest = ref.text[ref.title.span.end : ref.date.span.start] + ref.text[ref.date.span.end :]
    return not _WORDS_OR_NUMBERS.search(_VERSION.sub("", rest))


_SENTENCE_BREAK = pattern(r"[.?!]\s+\S|[\[\]():;/]|https?:|www\.")


def _title_alone(ref: Reference) -> bool:
    """A title of one sentence closing the entry, nothing but its closing mark after it."""
    title = ref.title
    if title is None or ref.text[title.span.end :].strip(" .") or ref.access_note:
        return False
    # (a capital opens it: `in preparation` is a state, no title)
    return title.text[:1].isupper() and _SENTENCE_BREAK.search(title.text) is None


# What the grammar did not read but the entry prints outside its title, in styles it reads less
# well: a year in brackets, with a season or a day perhaps, or between commas (Chicago's `50
# (1971): 41–75`, `22 (spring 2000)`, APA's `(2008, May 24)`, MLA's `vol. 1, 2000, pp. 54-68`,
# ISO 690's `2010, vol. 51, n° 3, p. 421-450`), pages marked (`p.`, `pp.`, `S.`, `pages`, `546
# pp.`, MLA's `no pag.`), a range closing the entry (`1973, 38-39`) or a physics page before the
# year (`28, 1023 (1957)`), GB/T 7714's mark of a work that is no journal article (`[M]` a book,
# `[C]` a conference paper), a journal's volume and year read as a chapter's (DIN 1505's `12
# (1960), Nr. 4`, `14(1975)1`, `Heft 1`) and a publisher after its place (`Leipzig : Verlag`,
# `Champaign: University of Illinois Press`).
_YEAR = r"(?:1[5-9]|20)\d\d"
_YEAR_PRINTED = pattern(
    r"\((?![^()]*\b(?:accessed|cited|retrieved|consulted|visited)\b)[^()]{0,24}?\b"
    + _YEAR
    + r"\b[^()]{0,24}\)|(?<=[\s(])(?<![-–/:]\s)"
    + _YEAR
    + r"[a-z]?(?![\d\-–/])",
    re.I,
)
_PAGES_PRINTED = pattern(
    r"(?<![\w.])(?:pp?|pg|S)\.\s*[A-Za-z]?\d|\bpages\s+\d|\d\s*pp\b|\bno\s+pag\b"
    r"|[,:]\s*\d{1,5}\s*[-–]\s*\d{1,5}\s*\.?\s*$|,\s*[A-Za-z]?\d+\s*\(" + _YEAR + r"\)"
    r"|[,:]\s*(?!" + _YEAR + r"\b)[A-Za-z]?\d{1,5}\s*\.?\s*$"
    r"|\)\s*\d{1,5}\s*[-–]\s*\d{1,5}\s*\.?\s*$|\b(?:Abstract|Article|Paper)\s+(?:no\.?\s*)?\d"
    r"|\b\d{1,4}\s*:\s*\d{1,4}\s*:\s*[A-Za-z]?\d{1,6}\b"  # ASCE's `118:7: 1031`
)
# a meeting abstract's or paper's number the grammar read as the title's last sentence (`... chip
# shot. Abstract 76. Int J Exerc Sci Conf Proc 2(5).`): it locates the work as pages would
_NUMBER_CLOSING_TITLE = pattern(r"[.:;]\s*(?:Abstract|Paper|Poster)\s+(?:no\.?\s*)?[A-Z]?\d+\s*$")
# the United States' citations of a law: its code (`15 U.S.C. 1681`), public law (`Pub. L.
# 111-319`, `P.L. 107-347`), statutes at large (`124 Stat. 3457`) or regulations (`16 CFR Part 312`)
_LAW = pattern(
    r"\b\d+\s+U\.\s?S\.\s?C\.|\b(?:Pub\.\s?L\.|P\.\s?L\.)\s*\d+-\d+|\b\d+\s+Stat\.\s+\d"
    r"|\b\d+\s+C\.?F\.?R\.?\s+(?:Part\s+)?\d"
)
_GBT_NOT_ARTICLE = pattern(r"\[(?:M|C|D|R|P|S|N|G|Z|A|EB|DB|CP)(?:/OL)?\]")
_ISSUE_OF_JOURNAL = pattern(
    r"\b\d{1,4}\s*\(" + _YEAR + r"\)|\((?:1[5-9]|20)\d\d\)\s*,\s*(?:Nr|H|Heft|no|n°)\.?\s*\d"
    r"|\bHeft\s+\d|\b\d{1,4},?\s*\(\d{1,3}\)|\b\d{1,4}/" + _YEAR + r"\b"
)
_SPACED_PUBLISHER = pattern(
    r"(?<=[.,]\s)[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+){0,3}\s:\s[A-ZÀ-Ý]"
)
# a place, its colon, a name in capitals and the year (`Bielefeld: Transcript 2007`, DIN 1505's
# `– Berlin/Boston: De Gruyter, 2015`), or a name then its place and the year (`Luchterhand,
# Neuwied 1984`)
_PUBLISHER_AND_YEAR = pattern(
    r"(?<=[.,–]\s)[A-ZÀ-Ý][^\W\d_]+(?:[ /-][A-ZÀ-Ý][^\W\d_]+){0,2}\s?[:,]\s*[A-ZÀ-Ý][\w&.-]*"
    r"(?:\s[A-ZÀ-Ý][\w&.-]*){0,3},?\s+" + _YEAR + r"\b"
)
_PLACE_PUBLISHER = pattern(
    r"(?<=[.,]\s)[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+){0,3}(?:,\s*[A-Z]{2,})?\s?:\s*"
    r"[^.;:()]{0,60}?\b(?:Press|Verlag|Publishers?|Publishing|Publications|Books|Foundation"
    r"|Institute|Association|Society|Council|Ministry|Office|Department|Agency|Organi[sz]ation"
    r"|University|Editions?|[ÉE]ditions|Editora|Editorial)\b"
)
# a house's own word, or a house named by itself, after the title (`UK, Academic Press. pp.`,
# `Heidelberg: Springer. pp. 85–116`): a publisher printed the grammar did not read
_HOUSE = pattern(
    r"\b(?:[Pp]ress|Verlag|Publishers|Publishing|Springer(?:-Verlag)?|Elsevier|Wiley|Routledge"
    r"|Macmillan|Blackwell|Kluwer|Karger|Thieme|CRC|Sage|McGraw-Hill|Academic|Harmattan|Gruyter"
    r"|International)\b"
)
# a place, its colon and a one- to four-word name closing the entry or before its pages
# (`London: Vintage. pp. 224-279.`)
_PLACE_NAME_CLOSING = pattern(
    r"(?<=[.,]\s)[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+){0,2}\s?:\s*[A-ZÀ-Ý][\w&'’-]*"
    r"(?:\s[A-ZÀ-Ý][\w&'’-]*){0,3}[.,;]\s*(?:pp?\.|S\.|$)"
)
# a journal's numbers after `In:` where no editor is named: a volume and its issue or year
# (`Sonderpädagogik in Schleswig-Holstein 26, 4, S. 190-195`, `(1985) 7/8, 46`, `Nr. 65`), or
# Vancouver's year, volume and pages (`In: Proc Int Symp. Acta Hortic. 1996;426:419–26.`: a
# meeting's papers printed in a journal's volume)
_JOURNAL_NUMBERS = pattern(
    r"\b\d{1,4}\s*(?:/\s*\d{1,4}|,\s*\d{1,4}\s*,)|\bNr\.?\s*\d"
    r"|\b" + _YEAR + r"\s*;\s*\d{1,4}(?:\s*\([\w\s-]{1,12}\))?\s*:\s*[A-Za-z]?\d"
)
# a series of reports, named as such, read as a journal with no numbers (`NIST Special
# Publication, 2015.`): a report, asked for no volume and pages (`EEA Technical Reports.
# 2013;11.`, set out as a journal's issue, still is)
_REPORT_SERIES = pattern(
    r"(?i)\b(?:special publications?|technical (?:reports?|notes?|memorand(?:um|a))"
    r"|report series|working papers?|discussion papers?|white papers?)\W*$"
)


def _in_known_serial(ref: Reference) -> bool:
    """A paper after `In:` in a serial the shipped tables know (`In: Advances in neural
    information processing systems. 2019, pp. 5753–5763.`): the serial, not a publisher, finds
    it."""
    if ref.container is None or ref.editors or ref.in_marker is None:
        return False
    return known_serial(ref.container.text)


_EDITOR_WORD = pattern(r"(?i)\b(?:Hrsg|Hg|Hgg|eds?|editors?|edited|dir|coords?|orgs?|red)\b")
_OPENING_BRACKET = pattern(r"\s*\([^()]{0,30}\)")
_DATE_IN_TITLE = pattern(
    r"\(\s*"
    + _YEAR
    + r"[a-z]?\s*\)|(?<=,\s)(?:[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?\s+)?"
    + _YEAR
    + r"[a-z]?(?=\s*,)"
)
# a newspaper's or a magazine's date, which stands for its volume (MLA's `New York Times 5 Dec
# 1966: 47`, `Lutheran Forum, Winter 2008: 14-17`)
_DAY_OR_SEASON = pattern(
    r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+"
    + _YEAR
    + r"|\b(?:Spring|Summer|Fall|Autumn|Winter)\s+"
    + _YEAR
)
_READ_NOTE = pattern(
    r"\[[^\[\]]*\]|(?i:\b(?:accessed|cited|retrieved|consulted|visited|updated)\b)[^.;()\[\]]*"
)
_LINK = pattern(r"(?i)https?://\S+|\bdoi\s*:?\s*10\.\S+|\b10\.\d{4,9}/\S+")


def _after_title(ref: Reference) -> str:
    """The entry after its title, links blanked (a year or `p.` in a link is none)."""
    start = ref.title.span.end if ref.title is not None else ref.body_start
    return _LINK.sub(" ", ref.text[start:])


def _numbers_unread(ref: Reference) -> str:
    """The entry after its title with the volume and issue the grammar read blanked: a number
    closing the entry that was read as the volume (APA's `Socius, 8.`, `Mathematics, 9(11).`)
    is no page printed."""
    start = ref.title.span.end if ref.title is not None else ref.body_start
    text = _LINK.sub(lambda link: " " * len(link.group()), ref.text)
    last = max((f.span.end for f in (ref.volume, ref.issue) if f is not None), default=0)
    journal = ref.container.text if ref.container is not None else ""
    if any(c.isdigit() for c in text[last:] + journal):
        return text[start:]  # other numbers stand by (ASCE's `118:7: 1031`): they close nothing
    for field in (ref.volume, ref.issue):
        if field is not None and field.span.start >= start:
            at = field.span
            text = text[: at.start] + " " * (at.end - at.start) + text[at.end :]
    return text[start:]


def _outside_title(ref: Reference) -> str:
    """The entry but its title (a year there is the title's: `1918 influenza`), links, notes in
    square brackets and access notes blanked (`[cited 2020 Jan 5]`, `accessed 2 May 2020`: the
    day it was read, not the year of the work)."""
    before = ref.text[ref.body_start : ref.title.span.start] if ref.title is not None else ""
    if ref.title is not None:  # a date the grammar read into the title: `(2008, May 24).`,
        # `Keith (2004) 'The Mechanisms`, `J.M., 2014, High-Speed`, `Quarterly, Oct-Dec 1995, Vol`
        opening = _OPENING_BRACKET.match(ref.title.text)
        before += " " + (opening.group() if opening is not None else "")
        before += " " + " ".join(m.group() for m in _DATE_IN_TITLE.finditer(ref.title.text))
    return _READ_NOTE.sub(" ", before + " | " + _after_title(ref))


_PERIOD_PARENTHESIS = pattern(r"\.?\s*\(\s*")  # between APA's names and its year: `. (`


def _author_publishes(ref: Reference) -> bool:
    """An organisation's own book in an author-date style (`American Psychological Association.
    (2020). Publication manual (7th ed.).`): APA 7 leaves the publisher out when it is the
    author; Citing Medicine names it again, so a numbered list's book still needs it."""
    if ref.kind not in BOOKLIKE or len(ref.authors) != 1 or not ref.authors[0].is_group:
        return False
    if ref.date is None or ref.authors_span is None:
        return False
    gap = ref.text[ref.authors_span.end : ref.date.span.start]
    return _PERIOD_PARENTHESIS.fullmatch(gap) is not None


# a book read as an article: its place and publisher read as the journal (`Rome: FAO; 2010: 368
# pages.`), its page count as the pages
_PLACE_COLON_NAME = pattern(r"[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+){0,2}\s?:\s*[A-ZÀ-Ý]\S*")
_PAGE_COUNT = pattern(r"\s*(?:pages|pp)\b")


def _book_read_as_article(ref: Reference) -> bool:
    journal, pages = ref.container, ref.pages
    if journal is None or pages is None or pages.last is not None:
        return False
    if not _PLACE_COLON_NAME.fullmatch(journal.text.strip()):
        return False
    return _PAGE_COUNT.match(ref.text, pages.span.end) is not None


def _place_then_year_only(ref: Reference) -> bool:
    """A book read with its place and year and nothing between or after them (IEEE's `Title.
    Cambridge, U.K., 2003.`): the publisher was lost."""
    place, date = ref.place, ref.date
    if place is None or date is None or ref.publisher is not None or ref.problem is not None:
        return False
    between = ref.text[place.span.end : date.span.start]
    return between.strip() == "," and not ref.text[date.span.end :].strip(" .")


# DOIs an archive of software and data gives what it keeps: CRAN's packages
# (`10.32614/CRAN.package.rgeoda`), Zenodo's (`10.5281/zenodo.57492`); a work so named is kept
# there, whatever the grammar took it for
_ARCHIVE_DOI = pattern(r"(?i)\b10\.(?:32614/CRAN\.package\.|5281/zenodo\.)")


# a day's date (`17.04.2023`, `2023-04-17`): a site or magazine dates its articles so, a book not
_DAY_DATE = pattern(
    r"\b(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.\s?(?:19|20)\d\d\b"
    r"|\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b"
)
# a work after `In:` cited by its author and year (`In: Open-Access-Büro Berlin et al. (2024)
# Open-Access-Bericht Berlin.`), the author a body: the body issues its own report
_IN_AUTHOR_YEAR = pattern(
    r"\bIn:\s*(?P<author>[^().:;]{2,80}?)\s*(?:et\s+al\.?\s*)?\(" + _YEAR + r"[a-z]?\)"
)
_BODY_WORD = pattern(
    r"\b(?:Office|Bureau|Büro|Amt|Institut\w*|Verein|Verband|Stiftung|Ministerium|Ministry"
    r"|Foundation|Association|Council|Agency|Commission|Forschungsgemeinschaft)\b"
)


def _web_article(ref: Reference, after: str) -> bool:
    """An article of a site or web magazine read as a chapter (`In: iRights info, 17.04.2023,
    https://...`): dated by its day and found at its link, it has no book's publisher."""
    return bool(ref.urls) and _DAY_DATE.search(after) is not None


def _bodys_own_report(ref: Reference) -> bool:
    """A part of a report its issuing body wrote, cited by the body and the year after `In:`."""
    found = _IN_AUTHOR_YEAR.search(ref.text, ref.title.span.end if ref.title else ref.body_start)
    return found is not None and _BODY_WORD.search(found["author"]) is not None


# Journals published on the web that number neither their pages nor their articles: an article
# is cited by volume, issue and DOI or address (each journal's own page "How to cite")
_PAGELESS = frozenset(
    [
        "harvard data science review",
        "d-lib magazine",
        "first monday",
        "digital humanities quarterly",
        "libreas. library ideas",
        "libreas",
        "internet archaeology",
    ]
)


def _without_pages(journal: Field | None) -> bool:
    """Whether the journal is one that prints no pages or article numbers."""
    return journal is not None and journal.text.strip(" .,").lower() in _PAGELESS


def _missing(ref: Reference) -> list[str]:
    if ref.kind is Kind.ARTICLE:
        if _GBT_NOT_ARTICLE.search(ref.text) or _book_read_as_article(ref):
            return []
        if _LAW.search(ref.text):  # (a statute's citation read as a volume: `124 Stat. 3457`)
            return []
        series = ref.container is not None and _REPORT_SERIES.search(ref.container.text)
        if series and ref.volume is None and ref.issue is None and ref.pages is None:
            return [] if ref.date else ["year"]  # (set out as a journal's issue, it needs pages)
        missing = [
            name for name, value in (("journal", ref.container), ("year", ref.date)) if not value
        ]
        if "year" in missing and _YEAR_PRINTED.search(_outside_title(ref)):
            missing.remove("year")
        no_volume = ref.volume is None and ref.issue is None
        no_pages = ref.pages is None and ref.article_number is None
        after_title = ref.text[ref.title.span.end if ref.title else ref.body_start :]
        online_first = no_volume and no_pages and ref.doi is not None
        not_in_issue = online_first or NOT_YET_IN_ISSUE.search(after_title)
        if (no_volume or no_pages) and volume_set_off_by_semicolon(ref) is not None:
            return missing  # `2013;12;1-12`: the volume is there, set off wrongly (RL856's)
        if (no_volume or no_pages) and not not_in_issue:
            # an entry not yet in an issue has no volume or pages to give; nor has an article
            # published online first and cited by its DOI alone (`2023; 10.1093/nar/gkad1088`),
            # while one with a volume but no pages has lost them
            day = _DAY_OR_SEASON.search(_after_title(ref))
            if no_volume and day is None:
                missing += ["volume"]
            numbered = ref.title is not None and _NUMBER_CLOSING_TITLE.search(ref.title.text)
            # (a site's or paper's article dated by its day and read at its link has no pages;
            # its day's year may be read as the volume: `Dictionary, 28 September 2017.`)
            year_as_volume = (
                day is not None
                and ref.volume is not None
                and ref.issue is None
                and day.group().endswith(ref.volume.text)
            )
            online_by_day = day is not None and (no_volume or year_as_volume) and bool(ref.urls)
            pageless = numbered or _without_pages(ref.container) or online_by_day
            if no_pages and not _PAGES_PRINTED.search(_numbers_unread(ref)) and not pageless:
                missing += ["pages or article number"]
        return missing
    if ref.kind is Kind.BOOK and _place_then_year_only(ref):
        return ["publisher"]
    if ref.kind is Kind.BOOK and ref.doi is not None and _ARCHIVE_DOI.search(ref.doi.text):
        return []  # software or data kept in an archive, read as a book: the DOI is where
    if ref.kind in (Kind.BOOK, Kind.CHAPTER):
        after = _after_title(ref)
        found = (
            _ISSUE_OF_JOURNAL,
            _SPACED_PUBLISHER,
            _PLACE_PUBLISHER,
            _PUBLISHER_AND_YEAR,
            _PLACE_NAME_CLOSING,
            _HOUSE,
        )
        if any(p.search(after) for p in found):
            return []
        if not ref.editors and not _EDITOR_WORD.search(after) and _JOURNAL_NUMBERS.search(after):
            return []  # a journal's article read as a chapter
        if ref.publisher or _author_publishes(ref) or _in_known_serial(ref):
            return []
        if ref.kind is Kind.CHAPTER and (_web_article(ref, after) or _bodys_own_report(ref)):
            return []
        return ["publisher"]
    if ref.kind is Kind.WEBPAGE:
        return [] if ref.urls else ["URL"]
    if ref.kind is Kind.UNKNOWN and _bare(ref):
        return ["journal, publisher or address"]
    return _missing_of_own_kind(ref)


# who grants a thesis or issues a report: a university's or any body's word
_BODY = pattern(
    r"\b(?:Univ|University|Universit\w+|Universidad\w*|Universidade|Institut\w*|College|School"
    r"|Hochschule|Polytech\w*|Academy|Akademie|Faculty|Department|Dept|Laborator\w*|Lab|Labs"
    r"|Cent(?:er|re)|Agency|Office|Council|Ministry|Bureau|Organi[sz]ation|Foundation"
    r"|Association|Society|Commission|Corporation|Corp|Inc|Ltd|Bank|Fund|Service|Survey"
    r"|Authority|Board|Group|Programme|Program|Trust|Company|Administration|Press)\b"
)
# BibTeX's thesis: its mark, a comma and the school, whatever its words (`PhD thesis, ETH Zurich,
# 2002.`)
_THESIS_SCHOOL = pattern(
    r"\b(?:Ph\.?\s?D\.?|[Mm]aster['’]?s|[Dd]octoral|[Dd]iploma|[Bb]achelor['’]?s)\s+"
    r"(?:[Tt]hesis|[Dd]issertation),\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*,"
)
# a patent's number: six digits at least, grouped or not (`5,123,456`, `3 624 125`, `US 2002008715`)
_PATENT_NUMBER = pattern(r"(?<![\w.])(?:[A-Z]{2}\s?)?\d{1,3}(?:[,\s.]?\d{3}){1,3}(?:\s?[AB]\d?)?\b")
# what is no source: a bracketed description, a version, a year and marks
_NO_SOURCE = pattern(
    r"\[[^\[\]]*\]|\((?:[Vv]ersion|[Vv]er\.|v)\s*[\w.\-]+\)|\b(?:[Vv]ersion|[Vv]er\.)\s*[\w.\-]+"
    r"|\b(?:1[5-9]|20)\d\d[a-z]?\b"
)


def _missing_of_own_kind(ref: Reference) -> list[str]:
    """What a thesis, report, patent, software or data set lacks to be found: a thesis its
    university, a report the body that issued it, a patent its number, software and data where
    they are kept. A standard's designation names it, and its body in it."""
    if ref.problem is not None:
        return []
    # (with no names read, the first sentence read as the title may be the body's name)
    outside = _outside_title(ref) if ref.authors else ref.text[ref.body_start :]
    granted = _BODY.search(outside) or _THESIS_SCHOOL.search(ref.text, ref.body_start)
    if ref.kind is Kind.THESIS and ref.publisher is None and not granted:
        return ["university"]
    body = ref.publisher is not None or any(author.is_group for author in ref.authors)
    if ref.kind is Kind.REPORT and not body and not _BODY.search(outside):
        return ["issuing body"]
    if ref.kind is Kind.PATENT:
        numbers = (m.group() for m in _PATENT_NUMBER.finditer(outside))
        if not any(sum(c.isdigit() for c in number) >= 6 for number in numbers):
            return ["patent number"]
    if ref.kind in (Kind.SOFTWARE, Kind.DATASET):
        if ref.urls or ref.doi or ref.publisher or ref.container or ref.access_note:
            return []
        if not _WORDS_OR_NUMBERS.search(_NO_SOURCE.sub("", _after_title(ref))):
            return ["publisher, repository or address"]
    return []


@rule(
    code="RL501",
    name="missing-required-field",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An entry lacks a field its type needs",
)
def missing_required_field(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal article without its journal, year, volume, or pages/article number; a book or
    chapter without a publisher; a web page without a URL; a thesis without its university, a
    report without the body that issued it, a patent without its number, software or a data set
    with no publisher, repository or address.

    ## Why is this bad?
    Without these the reader cannot find the work: "J Am Chem Soc 2021:9423-8" leaves the volume
    to guess among the year's issues.

    ## Example
        1. Zhao X, Liu Y. Peroxide by oxygen reduction. J Am Chem Soc 2021:9423-8.

    Use instead:
        1. Zhao X, Liu Y. Peroxide by oxygen reduction. J Am Chem Soc 2021;143:9423-8.

    An entry that reads two ways is read as a journal article when it names a journal the shipped
    lists know: "Lancet; 2001." (not a book published by Lancet) has no volume or pages, and
    "Nature. 33:4-5." has no year; the message says which reading was chosen.

    ## Limitations
    An article marked "in press", "Epub ahead of print", "Advance online publication" and the
    like is not asked for volume and pages, nor is one cited by its DOI with neither volume nor
    pages (published online before its issue: "Nucleic Acids Res. 2023; 10.1093/nar/gkad1088.");
    a journal that numbers neither pages nor articles (`Harvard Data Science Review 2 (2).`,
    `First Monday`, `D-Lib Magazine`) is not asked for pages;
    a journal numbered by issue only ("2021;(3):12-5"), or a newspaper or magazine dated by its
    day or season (`New York Times 5 Dec 1966: 47`, `Winter 2008: 14-17`), is not asked for a
    volume, nor for pages where it is read at its link. Nor is an element asked for that the
    entry prints where the grammar did not read it:
    a year outside the title and any access note, or read into the title in brackets or between
    commas (Chicago's `50 (1971): 41–75`, `22 (spring 2000)`, MLA's `vol. 1, 2000`, `P. A. 2003
    Radiocarbon`, `J.M., 2014, High-Speed trains`), pages marked (`p.`, `pp.`, `S.`, `pages`,
    MLA's `no pag.`, `Abstract 7029`, `Article 2`, also as the title's last sentence:
    `Title. Abstract 76. Journal 2(5).`) or closing the entry (`1973, 38-39`, `Vol.
    96, 1227.`; not a number read as the volume, APA's `Frontiers in Earth Science, 7.`), a
    publisher before or after its place (`Leipzig : Verlag`, `Champaign: University of Illinois
    Press`, `– Berlin/Boston: De Gruyter, 2015`) or known by its house's word (`UK, Academic
    Press`, `Heidelberg: Springer`, `London: Vintage. pp.`, `De Gruyter Saur, S.`); nor a
    publisher of a site's or web magazine's article read as a chapter, dated by its day and
    found at its link (`In: iRights info, 17.04.2023, https://...`), or of a body's own report
    cited after `In:` by the body and year (`In: Open-Access-Büro Berlin (2024) Bericht.`);
    nor a work GB/T 7714 marks as no journal article (`[M]`, `[C]`), nor a law cited by its
    code or statute (`15 U.S.C. 1681m`, `124 Stat. 3457`), nor a thesis whose school follows
    its mark (`PhD thesis, ETH Zurich, 2002.`), or a journal's volume
    and year read as a chapter's (DIN 1505's `12
    (1960), Nr. 4`; `In: Sonderpädagogik 26, 4, S. 190-195`, with no editor named).
    An entry
    whose address after `Available from:` lost its scheme (`portalarquivos.saude.gov.br/x.pdf`)
    is told so: the address is there, but nothing follows it; so is a volume set off from the
    year by a colon (`2019:13:e240898`) and an article number split by a space (`1:e 000048`).
    An entry
    whose type could not be told is flagged only when it gives names, a title and the year after
    it and nothing else ("Hulme M, Jenkins G: Climate change scenarios. 1998."), or the year
    before a title in quotation marks that closes the entry (`Petry, Sebastian. 2011. “Pairwise
    Fused Lasso.”`), or no year at all, only names and a title of one sentence opened by a
    capital (`Hyde, A. An Initial Scholarly AI Taxonomy.`): a report or
    data set with no publisher, repository or address (a report, named so in its title, also when
    a link or DOI follows: it names nobody who issued it); or when it says when it was read online
    and gives no address, journal or publisher ("Title. accessed on 2019-03-29, 2018."), unless it
    names where it was read otherwise: MLA 7's medium (`Web. Accessed 3 Mar. 2012.`, a form that
    gives no address), APA 6's database (`Retrieved May 2, 2010, from LexisNexis`), or an address
    that lost its colon (`http //host/path`); or when only a proceedings' name stands between its
    title and its year ("Title. Proc. Cell. Mater. Cellmat 2012."): a paper with no volume,
    pages, place or publisher. A place
    followed at once by the year ("[Internet]. Brasília, DF: 2017 [cited ...]") is told that its
    publisher is missing, whatever the entry was read as, unless a journal or publisher was read;
    so is a city and its state or country read as the publisher (`Brasília, DF; 2009`,
    `Hamburg, Germany; 1996`, a country only in a work with no address).

    Some works are told what they lack by their ending, in any style: a report or working paper
    of people whose only "publisher" is its kind's name (`(Technical Report, 2010)`, `(Working
    Paper 32761, 2024)`: nobody issued it; a body as author issues its own); a journal article
    closed by the year in brackets with only one of its volume and pages, or neither
    (`Geophys. Res. Lett. 36 (2009).`, `EGUsphere, 1–29 (2023).`, a name alone only where the
    shipped tables know it as a journal's); one closed as BibTeX closes an article but for its
    pages (`"Title". ACM Computing Surveys, 6(4), 1974.`: a volume and its issue, or a volume
    after a serial's word); a journal article dated before its title and
    followed by the journal and its pages alone (`“Title.” The Annals of Statistics, 461–64.`,
    a journal the tables know or a word names so), or by the journal alone (`“Title.” The
    Economic Journal.`); and a proceedings paper after `In:` (`em:`,
    `en:`) with no pages and one name beside the year in brackets (`em: Thirty Fifth Annual
    Frequency Control Symposium (Philadelphia, 2008).`), which AIP's styles give as `(Publisher,
    Place, Year), p. 12`; and a book in GOST's form whose publication area is its year alone
    (`Incerto / Н.Н. Талеб. – 2001.`, `– 2023. – 320 с.`), its `Place : Publisher` lost.
    An organisation's own book in an author-date list (`American Psychological
    Association. (2020). Publication manual (7th ed.).`) needs no publisher: APA 7 leaves it out
    when it is the author. Nor is a paper after `In:` asked for a publisher when it sits in a
    serial the shipped tables know (`In: Advances in neural information processing systems. 2019,
    pp. 5753–5763.`) or gives a journal's `1996;426:419–26`, nor a work in a series of reports
    named so (`NIST Special Publication, 2015.`) for a volume and pages.
    """
    bare_place = (
        _place_without_publisher(ref)
        or _read_online_nowhere(ref)
        or _bare_report(ref)
        or _bare_proceedings(ref)
        or report_without_body(ref)
        or place_as_publisher(ref)
        or article_without_numbers(ref)
        or natbib_without_pages(ref)
        or vancouver_without_volume(ref)
        or journal_pages_without_volume(ref)
        or proceedings_without_pages(ref)
        or gost_book_without_imprint(ref)
    )
    if bare_place is not None:
        yield bare_place
        return
    missing = _missing(ref)
    if not missing:
        return
    if missing == ["URL"] and (address := _SCHEMELESS.search(ref.text)) is not None:
        at = Span(address.start("address"), address.end("address"))
        yield Diagnostic(
            at,
            f"web page's address `{address['address']}` has no scheme, so no reader or program "
            f"follows it; write it whole (`https://{address['address']}`, or `http://`)",
        )
        return
    damaged = _damaged_tail(ref, missing)
    if damaged is not None:
        yield damaged
        return
    shown = (ref.container, ref.date, ref.volume, ref.pages, ref.article_number)
    present = [f.span for f in shown if f is not None]
    where = Span(min(s.start for s in present), max(s.end for s in present)) if present else None
    words = [f"no {name}" for name in missing]
    what = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    guess = f" ({ref.guess})" if ref.guess else ""  # the reading the grammar chose, said
    yield Diagnostic(
        where or Span(ref.body_start, len(ref.text)),
        f"{NAMES[ref.kind]} has {what}; {NEEDS[ref.kind]}{guess}",
    )


# A place, its colon, then the year at once (`[Internet]. Brasília, DF: 2017[cited ...]`,
# `Report. Geneva: 2019.`): the publisher that stands between them in `Place: Publisher; Year`
# is lost. The place follows a sentence's end: one to four capitalised words, a state or country
# after a comma; the year ends its part (not `Health in Europe: 2019 update`), and no ordinal's
# period stands before it (`(2. Auflage: 1878, München: ...)`: a reprint's edition, not a place).
_PLACE_THEN_YEAR = pattern(
    r"(?:(?<=[.\]])\s+|(?<=[.\]]))(?<!\d\.\s)(?<!\d\.)"
    r"(?P<place>[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+){0,3}"
    r"(?:,\s*[A-ZÀ-Ý][^\W\d_]+(?:\s[A-ZÀ-Ý][^\W\d_]+)?)?)\s*:\s*"
    r"c?(?:1[5-9]|20)\d\d[a-z]?(?=\s*[\[.;,(]|\s*$)"
)


def _place_without_publisher(ref: Reference) -> Diagnostic | None:
    """A book, report or web document that gives its place and, after the colon, its year at once:
    the publisher is missing, though the grammar may read no book at all."""
    if ref.publisher is not None or ref.container is not None or ref.problem is not None:
        return None
    if ref.kind not in (Kind.BOOK, Kind.WEBPAGE, *UNTYPED):
        return None
    start = ref.title.span.end if ref.title is not None else ref.body_start
    found = _PLACE_THEN_YEAR.search(ref.text, start)
    if found is None:
        return None
    place = found["place"]
    return Diagnostic(
        Span(found.start("place"), found.end()),
        f"the place `{place}:` is followed by the year, with no publisher between them; name "
        f"the publisher after the colon (`{place}: Publisher; Year`)",
    )


# a title that says the work is a report (`Final Report on ...`, `Technical report`)
_REPORT_WORD = pattern(r"(?i)\b(?:report|relat[óo]rio|informe|rapport|white\s+paper)\b")
# what may follow a report's title with no body named: its link, identifiers and year
_LINKS_AND_YEAR = pattern(
    r"(?i)(?:https?://\S+|\bdoi\s*:?\s*10\.\S+|\b10\.\d{4,9}/\S+|\b(?:1[5-9]|20)\d\d[a-z]?\b"
    r"|\b(?:Available\s+(?:from|at|online)|Retrieved\s+from)\b)"
)


# a proceedings' name standing alone between a title and its year (`. Proc. Cell. Mater.
# Cellmat 2012.`, `. Proceedings of the Fifth Workshop, 2012.`): no number in it
_PROCEEDINGS_ALONE = pattern(
    r"\W*(?P<name>(?:In:?\s+)?(?:Proc\.|Proceedings\b|Conf\.|Conference\b)[^\d\[\]()]*?)[\s,.;]*"
)
_MARKS_ALONE = pattern(r"[\s,.;]*")


def _bare_proceedings(ref: Reference) -> Diagnostic | None:
    """A paper given by its names, title, the proceedings' name and the year alone: read as no
    kind at all, since nothing after the name says journal or book; it has no volume, pages,
    place or publisher to find it by."""
    if ref.kind not in UNTYPED or ref.problem is not None or ref.title is None:
        return None
    if ref.date is None or not ref.authors or ref.date.span.start < ref.title.span.end:
        return None
    if ref.urls or ref.editors or any(getattr(ref, name) for name in _SOURCE):
        return None
    between = _PROCEEDINGS_ALONE.fullmatch(ref.text, ref.title.span.end, ref.date.span.start)
    if between is None or not _MARKS_ALONE.fullmatch(ref.text, ref.date.span.end):
        return None
    name = between["name"]
    return Diagnostic(
        Span(between.start("name"), ref.date.span.end),
        f"proceedings paper has no volume, pages, place or publisher, only the proceedings' "
        f"name (`{name}`) and the year; give the pages and who published the proceedings",
    )


def _bare_report(ref: Reference) -> Diagnostic | None:
    """A report given by its names, title, year and link alone (`Bell S and Davis B 2003 Final
    Report on Refining Technologies (https://doi.org/...)`): nobody is named as issuing it."""
    if ref.kind not in UNTYPED or ref.problem is not None or ref.title is None:
        return None
    if ref.date is None or not _REPORT_WORD.search(ref.title.text):
        return None
    if not any(not author.is_group for author in ref.authors):
        return None  # a body as author publishes its own report (APA 7 then names it once)
    if ref.container or ref.publisher or ref.place or ref.editors or ref.in_marker:
        return None
    if ref.volume or ref.pages or ref.access_note or ref.notes:
        return None
    if not (ref.urls or ref.doi):
        return None  # names, title and year alone: `_bare`'s, said as it says it
    rest = ref.text[ref.title.span.end :]
    if _WORDS_OR_NUMBERS.search(_LINKS_AND_YEAR.sub("", rest)):
        return None  # something stands after the title: perhaps the body
    return Diagnostic(
        ref.title.span,
        "report names no body that issued or published it; give it after the title "
        "(`Place: Agency; Year. Report No.`)",
    )


# an address, its scheme's colon lost included (`http //gmv.cast.uark.edu/...`)
_ANY_ADDRESS = pattern(r"(?i)(?:https?|ftp)\s?:?\s?//|\bwww\.|\bdoi\.org/")
# where the work was read, said otherwise than by an address: MLA 7's medium (`Web. Accessed 3
# Mar. 2012.`: its form gives no address) or APA 6's database (`Retrieved May 2, 2010, from
# LexisNexis`)
_READ_WHERE = pattern(
    r"\bWeb\.(?=\s|$)|(?i:\b(?:retrieved|accessed|downloaded)\b)[^.]{0,40}?\bfrom\s+(?:the\s+)?"
    r"[A-Z][\w&-]+"
)


def _read_online_nowhere(ref: Reference) -> Diagnostic | None:
    """An entry of no known kind that says when it was read (`accessed on 2019-03-29`) but names
    no site, journal, publisher or address: the note stands where the source should."""
    note = ref.access_note
    if note is None or ref.kind is not Kind.UNKNOWN or ref.problem is not None:
        return None
    if ref.urls or ref.container or ref.publisher or ref.place or ref.volume or ref.pages:
        return None
    if ref.doi or ref.pmid or ref.arxiv or _ANY_ADDRESS.search(ref.text):
        return None
    if _READ_WHERE.search(ref.text):
        return None
    return Diagnostic(
        note.span,
        "entry says when it was read online but gives no address, nor a journal or publisher; "
        "name the site that published it and give its address ('Available from: https://...')",
    )


# The year's volume set off by a colon, not a semicolon (`2019:13:e240898`)
_YEAR_COLON = pattern(
    r"\s*(?P<mark>:)\s*\d{1,4}[A-Za-z]?(?:\s*\([^()]{1,20}\))?\s*:\s*[A-Za-z]{0,3}\d"
)
# An article number with a space inside (`1:e 000048`)
_SPLIT_NUMBER = pattern(
    r"\s*(?:\([^()]{1,20}\))?\s*:\s*(?P<number>[A-Za-z]{1,3}\s+\d{3,})(?![\w-])"
)


def _damaged_tail(ref: Reference, missing: list[str]) -> Diagnostic | None:
    """A journal article's volume or article number that is there, but set out so that it
    cannot be read: the volume after a colon (`2019:13:e240898`), an article number split by a
    space (`2011;1:e 000048`). Said as what it is, not as a missing element."""
    if ref.kind is not Kind.ARTICLE or ref.date is None:
        return None
    if missing == ["volume"] and ref.issue is None:
        found = _YEAR_COLON.match(ref.text, ref.date.span.end)
        if found is not None:
            mark = Span(found.start("mark"), found.end("mark"))
            return Diagnostic(
                mark,
                "a colon for the semicolon between the year and the volume, so no volume "
                "is read; write `;`",
            )
    if missing == ["pages or article number"] and ref.volume is not None:
        found = _SPLIT_NUMBER.match(ref.text, ref.volume.span.end)
        if found is not None:
            number = found["number"]
            return Diagnostic(
                Span(found.start("number"), found.end("number")),
                f"a space inside the article number `{number}`, so it is not read; "
                f"write `{''.join(number.split())}`",
            )
    return None


# An address without its scheme after the words that introduce a link (`Available from:
# portalarquivos.saude.gov.br/imagens/x.pdf`): a host of two or more labels, then a path
_SCHEMELESS = pattern(
    r"(?i)\b(?:Available\s+(?:from|at|online)|Dispon[ií]vel\s+em|Disponible\s+en|URL)\s*:?\s*"
    r"(?P<address>(?!(?:https?|ftp)://)[a-z0-9][\w-]*(?:\.[\w-]+)+/[^\s\[\]<>\"]*[^\s\[\]<>\".,;:])"
)


_PAGE_NUMBER = pattern(r"([A-Za-z]*)(\d+)")


def _page_number(text: str) -> tuple[str, int] | None:
    """Split "L212" into ("L", 212); None for pages that are not numbered in digits."""
    m = _PAGE_NUMBER.fullmatch(text.strip())
    return (m.group(1), int(m.group(2))) if m else None


def _expanded_last(pages: Pages) -> str | None:
    """The last page in full, also when it is still printed short ("1201-15" -> "1215")."""
    first, last = _page_number(pages.first), _page_number(pages.last or "")
    if first is None or last is None or last[0] not in ("", first[0]):
        return None
    digits_first, digits_last = str(first[1]), str(last[1])
    if len(digits_last) < len(digits_first):
        digits_last = digits_first[: len(digits_first) - len(digits_last)] + digits_last
    return (last[0] or first[0]) + digits_last


_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_ROMAN = pattern(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


def _roman(text: str) -> int | None:
    """The value of a well-formed Roman numeral in one case ("xxi" -> 21), else None."""
    if not text or not (text.islower() or text.isupper()):
        return None
    lower = text.lower()
    if not _ROMAN.fullmatch(lower):
        return None
    values = [_ROMAN_VALUES[c] for c in lower]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


@rule(
    code="RL502",
    name="page-range-reversed",
    category=Category.FORMAT,
    severity=Severity.ERROR,
    summary="A page range ends before it starts",
)
def page_range_reversed(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a page range whose last page, once an abbreviated range is written out in full, comes
    before its first: "1450-1436", "L212-198".

    ## Why is this bad?
    The range is mistyped (usually a shortened "1450-36" meant as 1450-1536 or 1436-1450), and
    readers are sent to the wrong pages.

    ## Example
        1. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1173-53.

    Use instead:
        1. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.

    Roman numerals (front matter: "xxi-xii") are compared by their value.

    ## Limitations
    Pages with different letters ("S12-e3") or mixing Roman and Arabic numerals are not compared.
    """
    pages = ref.pages
    if pages is None or not pages.is_range:
        return
    roman = _roman(pages.first), _roman(pages.last or "")
    if roman[0] is not None and roman[1] is not None:
        if roman[1] < roman[0]:
            yield Diagnostic(
                pages.span,
                f"page range {pages.first}-{pages.last} runs backwards ({roman[0]} to "
                f"{roman[1]} in Roman numerals); expected the last page after the first",
            )
        return
    first, last = _page_number(pages.first), _expanded_last(pages)
    last_number = _page_number(last) if last is not None else None
    if first is None or last is None or last_number is None or last_number[1] >= first[1]:
        return
    printed = f" (printed '{pages.text}')" if last not in pages.text else ""
    yield Diagnostic(
        pages.span,
        f"page range {pages.first}-{last} runs backwards{printed}; "
        f"expected the last page after the first ({pages.first})",
    )
