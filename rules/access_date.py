"""Access-date rules (RL3xx): is the date a web source was last read there, recent and possible?"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from refslint import patterns
from refslint.api import (
    OTHER_WORKS,
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Kind,
    Reference,
    Severity,
    list_rule,
    rule,
)

from .missing import names_as_citing_medicine


@dataclass(frozen=True)
class StaleOptions:
    max_access_age: int = 365  # days; config key `max-access-age`


@rule(
    code="RL301",
    name="access-date-stale",
    category=Category.ACCESS_DATE,
    severity=Severity.WARNING,
    summary="Access date is more than `max-access-age` days before today",
    options=StaleOptions,
    fixable=True,
)
def access_date_stale(ref: Reference, ctx: Context, opts: StaleOptions) -> Iterator[Diagnostic]:
    """## What it does
    Flags an access date ("cited", "accessed on", "Last accessed on") more than `max-access-age`
    days before today. A date without a day counts from its last day ("2023 Oct" from Oct 31).

    ## Why is this bad?
    Web pages change or vanish. A reader who follows a link last checked years ago may find another
    page, or none.

    ## Example
    Linted on 2026 Nov 24:

        1. OQMD [Internet]. 2023 [cited 2024 Oct 21]. Available from: https://oqmd.org

    Use instead (after re-reading the page):
        1. OQMD [Internet]. 2023 [cited 2026 Nov 2]. Available from: https://oqmd.org

    ## Options
    - `max-access-age` (days, default 365); `today` (default: the real date).

    ## Fix safety
    Unsafe: today's date is only true once you have re-read the page and it still says what you
    cite. The fix writes the date in the entry's own style ("2026 Nov 24" or "24 Nov 2026").
    """
    accessed = ref.accessed
    if accessed is None:  # missing: RL304
        return
    latest = accessed.latest
    if latest > ctx.today:  # future: RL302
        return
    age = (ctx.today - latest).days
    if age > opts.max_access_age:
        yield Diagnostic(
            accessed.span,
            f"accessed on {accessed.iso()}, {age} days ago (limit {opts.max_access_age} days)",
            fix=Fix.unsafe(
                Edit(accessed.span, accessed.restyle(ctx.today)),
                message="Set the access date to today (re-read the page first)",
            ),
        )


@rule(
    code="RL302",
    name="access-date-future",
    category=Category.ACCESS_DATE,
    severity=Severity.ERROR,
    summary="Access date is after today",
)
def access_date_future(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an access date whose earliest possible day is after today.

    ## Why is this bad?
    Nobody can have read a page tomorrow: the date is mistyped (2062 for 2026, a swapped month and
    day) or was filled in ahead of time.

    ## Example
    Linted on 2026 Nov 24:

        1. MatBench [Internet]. [cited 2027 Oct 22]. Available from: https://matbench.org

    Use instead:
        1. MatBench [Internet]. [cited 2026 Oct 22]. Available from: https://matbench.org

    ## Options
    `today` (default: the real date).
    """
    accessed = ref.accessed
    if accessed is not None and accessed.earliest > ctx.today:
        yield Diagnostic(
            accessed.span,
            f"accessed on {accessed.iso()}, after today ({ctx.today.isoformat()}); "
            "an access date cannot be in the future",
        )


@rule(
    code="RL303",
    name="access-date-before-publication",
    category=Category.ACCESS_DATE,
    severity=Severity.WARNING,
    summary="Access date is before the work's own date",
)
def access_date_before_publication(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an access date that ends before the work's own date could begin: read in 2022, a page
    dated 2023 did not exist yet.

    ## Why is this bad?
    One of the two dates is wrong, or the access date was copied from another entry.

    ## Example
        1. OQMD [Internet]. 2026 [cited 2025 Dec 9]. Available from: https://oqmd.org

    Use instead:
        1. OQMD [Internet]. 2026 [cited 2026 Jan 9]. Available from: https://oqmd.org

    ## Limitations
    Only dates that cannot overlap are flagged: "2024 [cited 2024 Jan 9]" passes because the page
    may have been dated January 2024.
    """
    accessed, published = ref.accessed, ref.date
    if accessed is None or published is None or published == accessed:
        return
    if accessed.latest < published.earliest:
        yield Diagnostic(
            accessed.span,
            f"accessed on {accessed.iso()}, before the work's own date ({published.text}); "
            f"expected {published.earliest.isoformat()} or later",
        )


# An access date in the words of another language (`acessado em 01/07/2021`, `Acesso em: 3 nov.
# 2023`, cut short `Acesso: 3 nov. 2023`, `consultado el`, `consulté le`, `abgerufen am`, `Zugriff
# am 14. September 2024`, `accesso il`, `consultato il`) or in
# English words no style prints (`last access on 05/21/2021`, `date of access: 3 May 2021`): the
# date is there, in a form the grammar does not read; whether the list should word it so is
# RL807's business.
ACCESS_IN_OTHER_WORDS = patterns.compile(
    r"(?i)\b(?P<words>(?:acess(?:ado|o)|consultad[oa]|accedido|consulté|consultat[oa]|accesso"
    r"|abgerufen|aufgerufen|zugegriffen|zugriff)\s+(?:em|el|en|le|am|il)"
    r"|acess(?:ado|o)(?=\s*:)|last\s+access\s+on|date\s+of\s+access)"
    r"\s*:?\s*\d"
)

# An access date in English words with no brackets around them that the grammar did not read
# (Harvard's `viewed 10 March 2016, from URL`), followed by a day, a month's name or a year:
# `Retrieved from URL` alone gives no date.
_ACCESS_UNBRACKETED = patterns.compile(
    r"\b(?:[Ll]ast\s+)?(?:[Vv]iewed|[Aa]ccessed|[Rr]etrieved)(?:\s+on)?\s*:?\s+"
    r"(?:\d{1,4}\b|[A-Z][a-z]{2,8}\.?\s+\d)"
)


# An archived copy's address, which carries the day and time the page was captured
# (`https://web.archive.org/web/20240912123734/https://...`), or names a copy whose archive
# records the day it was made (`https://perma.cc/V765-8LQT`, `https://archive.ph/AbC12`): the
# version cited is fixed and dated
_ARCHIVED = patterns.compile(
    r"(?i)\bweb\.archive\.org/web/\d{8,14}\b|//perma\.cc/[0-9A-Z]{4}-[0-9A-Z]{4}\b"
    r"|//archive\.(?:ph|today|is)/\w{4,}"
)


# A month and year after the address, closing the entry (`https://github.com/..., October 2023.`):
# BibTeX's `plain`/`alpha` styles print a `@misc` entry's month and year there, the only date they
# have for a page and the one its author read it on
_MONTH_AFTER_LINK = patterns.compile(
    r"https?://\S+,\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+(?:1[6-9]|20)\d\d\.?\s*$"
)


# A thesis, report or book that also gives a link is found through its own mark, number or
# university, not the page: its access date is optional (Citing Medicine, APA, ABNT).
_NOT_A_PAGE = patterns.compile(
    r"(?i)\b(?:thes[ie]s|dissertation|disserta[çc][ãa]o|tese|tesis|th[èe]se|doutorado|doctorado"
    r"|mestrado|doctoral|trabajo\s+de\s+fin\s+de\s+(?:m[áa]ster|grado)"
    r"|Ph\.?\s?D|M\.?\s?Sc|master['’]?s|habilitation|technical\s+report"
    r"|tech\.?\s+rep|working\s+paper|report\s+no|ISBN"
    r"|(?:Projekt|Abschluss|Bachelor|Master|Diplom|Magister|Seminar|Haus)arbeit|student\s+paper)\b"
)
# Citing Medicine's and others' own mark of a web source
_WEB_MARK = patterns.compile(r"(?i)\[(?:Internet|online|homepage[^\]]*|web\s*page)\]")
# a university itself (not its press), ending the text before the link: where a person's work
# was accepted, a thesis whose mark was lost (`... University of Illinois (https://...)`)
_UNIVERSITY_LAST = patterns.compile(
    r"(?i)\b(?:University|Universit[éàa]|Universidade|Universidad|Universit[äa]t|Universiteit"
    r"|Institute\s+of\s+Technology)\b[^.()\[\]]*[.,]?\s*(?:\(|URL:?)?\s*$"
)


# Citing Medicine's (and PLOS's) way of giving where a work was read online, which goes with a
# `[cited ...]` or `Accessed` date whatever the work: a thesis read there needs one too
_AVAILABLE = patterns.compile(r"(?i)\bAvailable(?:\s+(?:from|at|online))?\s*:")


# a publishing house named as a sentence of its own, the year after it (`Title. Springer Nature.
# 2021. URL`, `Title. Oxford University Press; 2019.`): a book, whatever the grammar read
_HOUSE_AND_YEAR = patterns.compile(
    r"(?<=[.?!]\s)(?:[A-Z][\w&-]*\s){0,3}(?:Press|Verlag|Publishers?|Publishing|Springer"
    r"(?:\sNature)?|Elsevier|Wiley(?:-Blackwell)?|Routledge|Macmillan|CRC|Karger|Thieme)"
    r"\s*[.;,]\s*(?:1[5-9]|20)\d\d\b"
)


def _not_a_page(ref: Reference) -> bool:
    """Whether an entry with a link is a thesis, report or book rather than a web page, set out
    in a style that gives no access date for those (IOP, APA 7, ABNT); Citing Medicine's
    `Available from:` asks for one whatever the work."""
    if not ref.urls or _AVAILABLE.search(ref.text):
        return False
    if _NOT_A_PAGE.search(ref.text):
        return True
    if _HOUSE_AND_YEAR.search(ref.text, 0, ref.urls[0].span.start):
        return True
    if _WEB_MARK.search(ref.text):
        return False
    people = ref.authors and not any(a.is_group for a in ref.authors)
    before = ref.text[: ref.urls[0].span.start]
    return bool(people) and _UNIVERSITY_LAST.search(before) is not None and "Press" not in before


def _only_url(ref: Reference) -> bool:
    others = (ref.doi, ref.arxiv, ref.pmid, ref.volume, ref.pages, ref.article_number)
    return bool(ref.urls) and all(locator is None for locator in (*others, ref.publisher))


# Software pinned to one revision, as eLife sets it out (`Github. 3e823ab. URL`, `Software
# Heritage. swh:1:rev:3e82....`): the commit names a fixed version, as a DOI does; so does a
# package's release, as R's citations print it (`R package version 1.2.2`), and a DOI printed
# bare, without its `doi:` or resolver (`URL, 10.5281/zenodo.57492`)
# A work not yet out, dated so in place of its year (`Surname, Given. to appear. Title.`)
_NOT_YET_OUT = patterns.compile(r"[.,]\s+(?:to appear|forthcoming|in press)[.,]\s", re.I)
_REVISION = patterns.compile(
    r"(?<=\.\s)(?:swh:1:[a-z]{3}:[0-9a-f]{40}"
    r"|(?!e\d+\.)(?=[0-9A-Fa-f]*\d)(?=[0-9A-Fa-f]*[A-Fa-f])[0-9A-Fa-f]{7,40})(?=\.\s)"
    r"|\b[Pp]ackage\s+version\s+\d+(?:[.\-]\d+)+"
    r"|(?<![\w./])10\.\d{4,9}/[^\s,;]+\w"
)
# A release (`Version 1.3.3`, `(Version 0.1.0)`) kept at a code host, which keeps every tagged
# release: a fixed version. On a project's own site the link shows only the latest release.
_RELEASE = patterns.compile(r"\b[Vv]ersion\s+v?\d+(?:[.\-]\d+)+")
_CODE_HOST = patterns.compile(
    r"(?i)//(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)/"
)

# A note of the citing article, not a work: AIP's and APS's `See supplementary material at URL
# for ...`, `See also https://...`; what it points to is the article's own
_NOTE = patterns.compile(r"(?i)\s*see\s+(?:also\b|supplement|the\s+supplement|https?://)")

# The physical sciences' journal article, closed by `Volume, page (Year).` (APS, AIP, Nature:
# `J. Vac. Sci. Technol. A 33, 020802 (2015).`, `Nature 409, 1092–1095 (2001).`), or by its DOI
# after them (SciPost: `Phys. Rev. A 84, 022326 (2011), doi:10.1103/...`): styles that ask for
# no access date
_VOLUME_PAGE_YEAR = patterns.compile(
    r"\b\d+[A-Z]?,\s*[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?\s*\((?:1[6-9]|20)\d\d[a-z]?\)"
    r"(?:,\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+?)?[.;]?\s*$"
)
MIN_VOLUME_PAGE_YEAR = 5  # entries in that form before the list counts as set in such a style


def closes_volume_page_year(refs: Sequence[Reference]) -> bool:
    """Whether the list's journal articles close with `Volume, page (Year).`: at least half its
    entries, and `MIN_VOLUME_PAGE_YEAR` at least."""
    closed = sum(
        1
        for ref in refs
        # what the pattern ends with, looked at before it is run over the whole entry
        if ((text := ref.text.rstrip()).endswith((")", ").", ");")) or "doi" in text)
        and _VOLUME_PAGE_YEAR.search(text)
    )
    return closed >= MIN_VOLUME_PAGE_YEAR and 2 * closed >= len(refs)


# BibTeX's natbib styles' journal article (plainnat, abbrvnat, the R Journal's: `Journal,
# 10(2):74–83, 7 2012.`, or with the month's name, `180:111007, October 2021.`, as `plainurl` and
# `alphaurl` print it), whose styles have no field for an access date and print a link bare
_VOLUME_ISSUE_PAGES_YEAR = patterns.compile(
    r"\b\d+(?:\(\d+\))?:[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?,\s*"
    r"(?:\d{1,2}\s+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?"
    r"(?:1[6-9]|20)\d\d\b"
)


def natbib_articles(refs: Sequence[Reference]) -> bool:
    """Whether the list sets its journal articles as BibTeX's natbib styles do (`Journal,
    10(2):74–83, 2012.`): at least half its entries, and `MIN_VOLUME_PAGE_YEAR` at least."""
    set_so = sum(1 for ref in refs if _VOLUME_ISSUE_PAGES_YEAR.search(ref.text))
    return set_so >= MIN_VOLUME_PAGE_YEAR and 2 * set_so >= len(refs)


# APA's date right after the names, in parentheses closed by a period: `Cohen, J. (1988).`, `World
# Health Organization. (2021, June 17).`, `(n.d.).` (PLOS's and Harvard's `(1988) Title` have none)
_APA_DATE = patterns.compile(
    r"\(\s*(?:(?:1[5-9]|20)\d\d[a-z]?(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?)?"
    r"|n\.\s?d\.)\s*\)\.(?=\s|$)"
)


def apa_dated(ref: Reference) -> bool:
    """Whether the entry opens with names and APA's `(Year).` before its title."""
    start = ref.body_start
    stop = ref.title.span.start if ref.title is not None else min(len(ref.text), start + 300)
    return _APA_DATE.search(ref.text, start, stop) is not None


def dates_after_names_apa(refs: Sequence[Reference]) -> bool:
    """Whether the list sets its dates as APA does (`Names. (Year). Title.`): at least half its
    entries, and `MIN_VOLUME_PAGE_YEAR` at least. APA 7 asks a retrieval date only of a page
    designed to change, so such a list gives most pages none."""
    dated = sum(1 for ref in refs if apa_dated(ref))
    return dated >= MIN_VOLUME_PAGE_YEAR and 2 * dated >= len(refs)


def _asks_no_access_date(refs: Sequence[Reference], pages: Sequence[Reference]) -> bool:
    """Whether the list is set in a style that gives web sources no access date (its journal
    articles closed by `Volume, page (Year).` or set as natbib's `Journal, 10(2):74–83, 2012.`,
    or its dates set as APA's `(Year).` after the names, at least half its entries) and does
    not give them anyway: at most half of its web sources carry one."""
    styles = (closes_volume_page_year, dates_after_names_apa, natbib_articles)
    if not any(style(refs) for style in styles):
        return False
    dated = sum(1 for ref in pages if ref.accessed is not None)
    return 2 * dated <= len(pages)


MIN_UNDATED = 3  # web sources a humanities list leaves undated before its style counts as so


def _read_on(ref: Reference) -> bool:
    """Whether the entry says when it was read, in a note or in plain words."""
    text = ref.text
    return ref.accessed is not None or bool(
        ACCESS_IN_OTHER_WORDS.search(text) or _ACCESS_UNBRACKETED.search(text)
    )


def _rarely_read_on(pages: Sequence[Reference]) -> bool:
    """Whether one web source in four at most says when it was read: the few that do are
    entries pasted in another style's form (Harvard's `[Last accessed 30 June 2021]`)."""
    return 4 * sum(map(_read_on, pages)) <= len(pages)


MIN_ARCHIVED = 3  # archived copies before a list counts as fixing its pages by archiving them


def _archived(ref: Reference) -> bool:
    return any(_ARCHIVED.search(url.text) for url in ref.urls)


def archives_its_links(pages: Sequence[Reference]) -> bool:
    """Whether the list fixes the pages it cites by archiving them rather than by dating them:
    half its web sources or more (`MIN_ARCHIVED` at least) are archived copies, and none gives an
    access date. The archive's copy is its way of naming the version read, so a page it did not
    archive (a law's official text, a mailing list's archive) is not asked for a date either."""
    archived = sum(1 for ref in pages if _archived(ref))
    if archived < MIN_ARCHIVED or 2 * archived < len(pages):
        return False
    return all(ref.accessed is None for ref in pages)


# A first author with the given name written out (`Granovetter, Mark S.`), as Chicago, MLA and
# APA's humanities lists print it: styles that ask a web source for an access date only where it
# gives no date of its own
_GIVEN_NAME_WRITTEN_OUT = patterns.compile(r"[^\W\d_][^,]*,\s+[A-Z][a-z]")


def _first_name(ref: Reference) -> str:
    """The first author as read, or the entry's opening where the grammar read no names (German
    `und` between them, `eds.` after them): the name is printed all the same."""
    return ref.authors[0].text if ref.authors else ref.text[ref.body_start :]


def _dated_by_themselves(refs: Sequence[Reference], pages: Sequence[Reference]) -> bool:
    """Whether a web source's own date is enough: the list names its authors with given names
    written out (half its entries, five at least) and most of its web sources give no access
    date, or it sets its dates as APA does and most of its dated web sources give none (APA
    asks a retrieval date of the undated page, `(n.d.). Retrieved ...`, not of a dated one)."""
    written_out = sum(1 for ref in refs if _GIVEN_NAME_WRITTEN_OUT.match(_first_name(ref)))
    dated = sum(1 for ref in pages if ref.accessed is not None)
    if written_out >= 5 and 2 * written_out >= len(refs) and 2 * dated <= len(pages):
        return True
    own = [ref for ref in pages if ref.date is not None]
    read = sum(1 for ref in own if ref.accessed is not None)
    apa = dates_after_names_apa(refs) and not closes_volume_page_year(refs)
    return bool(own) and 2 * read <= len(own) and apa


# A date of issue printed before the entry's first link, a month's name and the year: the
# document's own date, however the grammar read the rest (a government's `Title, July 28, 2016,
# available at: URL`, `Guide, April 2011, available at: URL`); a year alone may be a release's
_ISSUED = patterns.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2})?,?\s+"
    r"(?:1[6-9]|20)\d\d(?![\w/-])"
)
# the marks of styles that date every web source they cite, whatever its own date: Citing
# Medicine's `[Internet]`, `[cited` and `Available from:`, IEEE's `[Online]`
_DATES_EVERY_PAGE = patterns.compile(r"(?i)\[(?:Internet|Online|cited)\b|\bAvailable\s+from\s*:")


def _issued(ref: Reference) -> bool:
    """Whether the web source gives a date of issue of its own (month and year) before its link."""
    stop = ref.urls[0].span.start if ref.urls else len(ref.text)
    return _ISSUED.search(ref.text, ref.body_start, stop) is not None


def dates_no_page(refs: Sequence[Reference], pages: Sequence[Reference]) -> bool:
    """Whether the list gives none of its web sources an access date (in no words at all), in a
    style that does not ask for one: its names are not Citing Medicine's (`Anderberg MR`), and
    it prints none of the marks of the styles that date every page (`[Internet]`, `[cited ...]`,
    `Available from:`, `[Online]`)."""
    if any(map(_read_on, pages)) or any(_DATES_EVERY_PAGE.search(ref.text) for ref in refs):
        return False
    return not names_as_citing_medicine(refs)


# `Available from:` before a thesis's or report's link: Citing Medicine's mark of a work read online
_AVAILABLE = patterns.compile(r"(?i)\bavailable(?:\s+(?:from|at|online))?\s*:")


def _read_online(ref: Reference) -> bool:
    """A thesis, report or other work of its own kind that says it was read at its link."""
    return ref.kind in OTHER_WORKS and bool(ref.urls) and _AVAILABLE.search(ref.text) is not None


def _web_source(ref: Reference) -> bool:
    """A web page, or an entry found only through its URL or read online, that is no note of the
    article."""
    if not (ref.kind is Kind.WEBPAGE or _only_url(ref) or _read_online(ref)):
        return False
    return not _NOTE.match(ref.text, ref.body_start)


@list_rule(
    code="RL304",
    name="access-date-missing",
    category=Category.ACCESS_DATE,
    severity=Severity.WARNING,
    summary="A web source has no access date",
)
def access_date_missing(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a web page, or an entry that can only be found through its URL (no DOI, arXiv identifier,
    PubMed ID, volume, pages or publisher), that does not say when it was last read. A work with a
    DOI (`doi:10.1000/x`, `https://doi.org/10.1000/x`) is never flagged, whatever else it lacks:
    the DOI names one fixed version of it; so does software's commit, printed as its own part
    of the entry (`Github. 3e823ab. https://github.com/...`, `swh:1:rev:...`).

    ## Why is this bad?
    Web content changes without notice; the access date tells the reader which version was cited.

    ## Example
        1. MatBench. Available from: https://matbench.org/.

    Use instead:
        1. MatBench. Available from: https://matbench.org/. [Last accessed on 22 Oct 2026].

    ## Limitations A thesis, report or book that also gives a link is not a web page and is left
    alone: one with a thesis, student paper or report mark (`PhD thesis`, `Projektarbeit`,
    `Technical Report`), an ISBN, a
    publishing house and its year (`Springer Nature. 2021. URL`), or a person's work whose
    university is named just before the link (a thesis whose mark was lost). Set out as Citing
    Medicine sets what was read online (`Available from: URL`), it still needs its `[cited ...]`
    date. A note of the article (`See supplementary material at URL for ...`, `See also URL`) is
    no work and needs none. A date the entry gives in plain words (`viewed 10 March 2016, from
    URL`, `accessed on 3 May 2021`, `Zugriff am 14. September 2024`) is an access date too, and
    so is an archived copy's address (`https://web.archive.org/web/20240912123734/https://...`),
    which carries the day the page was captured, or `https://perma.cc/V765-8LQT`, whose archive
    records it; a list that archives half its web sources or more (three at least) and dates
    none fixes its versions so, and no page of it is asked for a date. So is a month and year
    printed after the link to close the entry (`https://github.com/bpmn-io/bpmnlint, October
    2023.`), where
    BibTeX's `plain` and `alpha` styles put the only date a `@misc` entry has. So is a package's
    release (`R package version 1.2.2`), or a release kept at a code host (`Version 1.3.3.
    https://github.com/...`; a project's own site shows only its latest), which names a fixed
    version as a DOI or a commit does, and a DOI printed bare (`URL, 10.5281/zenodo.57492`).

    The list decides whether its style asks for access dates at all. The physical sciences'
    styles (APS, AIP, Nature), whose journal articles close with `Volume, page (Year).`, give a
    web source none: in a list where half the entries or more (five at least) end so, and at
    most half of the web sources give an access date, none is asked for. Where most of them
    give one, the list's own habit is to date them, and one without is flagged. So do BibTeX's
    natbib styles (plainnat, abbrvnat, the R Journal's), which have no field for an access date:
    their journal articles read `Journal, 10(2):74–83, 2012.`. APA 7 likewise
    asks a retrieval date only of a page designed to change (`Retrieved March 3, 2020, from
    URL`): a list whose entries set the date as APA does after the names (`Cohen, J. (1988).`,
    `World Health Organization. (2021, June 17).`), half of them or more (five at least), is
    read the same way; where it gives its undated pages one (`(n.d.). Retrieved ...`) but most
    of its dated pages none, a dated page is left alone.
    In the humanities' styles (Chicago, MLA, APA with given names written out, `Granovetter,
    Mark S.`, half the entries or more, five at least), which ask for an access date only where a
    source gives no date of its own, a dated web source is left alone and an undated one (`n.d.`)
    is flagged, unless most of the list's web sources give one; where none of them (three at
    least), or one in four at most, gives an access date, the list's style gives none, and
    none is asked for. So in any list that dates none of its web sources (three at least) while
    most of them print a date of issue before the link (a government's `Title, July 28, 2016,
    available at: URL`), unless it bears a mark of the styles that date every page (Citing
    Medicine's `Anderberg MR`, `[Internet]`, `[cited ...]`, `Available from:`; IEEE's
    `[Online]`): its house style.
    """
    pages = [ref for ref in refs if _web_source(ref)]
    if not pages or _asks_no_access_date(refs, pages) or archives_its_links(pages):
        return
    own_date_enough = _dated_by_themselves(refs, pages)
    if own_date_enough and len(pages) >= MIN_UNDATED and _rarely_read_on(pages):
        return  # (a humanities list dating few web sources or none: its style gives none)
    issued = 2 * sum(map(_issued, pages)) > len(pages)
    if len(pages) >= MIN_UNDATED and issued and dates_no_page(refs, pages):
        return  # (a list that dates its web sources by their dates of issue alone: its style)
    for ref in pages:
        if ref.accessed is not None or ref.doi is not None:  # a DOI names a fixed version
            continue
        if any(_SHORT_DOI.match(url.text) for url in ref.urls):  # (so does a short DOI)
            continue
        if _REVISION.search(ref.text):  # (so does a commit)
            continue
        if _RELEASE.search(ref.text) and any(_CODE_HOST.search(u.text) for u in ref.urls):
            continue
        if own_date_enough and (ref.date is not None or _NOT_YET_OUT.search(ref.text)):
            continue  # (Chicago's and MLA's dated web source, or one dated `to appear`)
        if ACCESS_IN_OTHER_WORDS.search(ref.text) or _ACCESS_UNBRACKETED.search(ref.text):
            continue
        if _archived(ref):  # dated by its capture
            continue
        if _MONTH_AFTER_LINK.search(ref.text):
            continue
        if _not_a_page(ref):
            continue
        where = ref.urls[0].span if ref.urls else ref.span
        kind = "web page" if ref.kind is Kind.WEBPAGE else "source known only by its URL"
        if _read_online(ref):
            kind = f"{ref.kind.value} read online"
        yield Diagnostic(
            where,
            f"{kind} without an access date; "
            f"add the date it was last read (e.g. {_access_example(ref, refs, ctx)})",
            ref=ref,
        )


# a short DOI's link, `https://doi.org/10/gbrb4b`, which the resolver keeps as a DOI's
_SHORT_DOI = patterns.compile(r"(?i)^(?:https?://)?(?:dx\.)?doi\.org/10/[a-z0-9]+/?$")


# IEEE's mark of a web source (`2015. [Online]. Available: URL`), and its access note
_ONLINE_MARK = patterns.compile(r"\[Online\]\.?\s*Available\s*:")
_IEEE_ACCESSED = patterns.compile(r"^Accessed:\s")
_IEEE_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.")


def _access_example(ref: Reference, refs: Sequence[Reference], ctx: Context) -> str:
    """The access note in the form the entry's style gives it: IEEE's `Accessed: Dec. 6, 2026.`
    where the entry or the list's other notes are set out so, Citing Medicine's `[cited ...]`
    otherwise."""
    ieee = _ONLINE_MARK.search(ref.text) is not None or any(
        r.access_note is not None and _IEEE_ACCESSED.match(r.access_note.text) for r in refs
    )
    today = ctx.today
    if ieee:
        month = (*_IEEE_MONTHS, "Nov.", "Dec.")[today.month - 1]
        return f"Accessed: {month} {today.day}, {today.year}."
    return f"[cited {today:%Y %b} {today.day}]"
