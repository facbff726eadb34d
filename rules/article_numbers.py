"""A PDF's page span printed where an article number belongs (RL417 with the record, RL580 without).

Journals that number their articles (eLife `e07957`, Scientific Reports `24356`, BMC, PLOS, Hindawi
`Article ID`) print each article as pages 1 to N of its own PDF; a reference manager that reads
the PDF writes `6, 1–17`, and the reader cannot find the article by it. The record says so for
sure (RL417); the list itself hints at it where another entry of the same journal prints an
article number (RL580).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from refslint import api
from refslint.api import (
    UNTYPED,
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Kind,
    Reference,
    Severity,
    Span,
    journal_key,
    journals_named,
    list_rule,
    pattern,
    per_list,
    rule,
)

from . import numbered_journals

JOURNALS = frozenset({Kind.ARTICLE}) | UNTYPED
# an APA entry ending in its DOI link may be read as a web page: its tail still places the article
_WITH_DOI = JOURNALS | {Kind.WEBPAGE}
DASHES = "\\-\u2010-\u2015"
# `, 13, 1–17`, `, 6(): e18640`, `10:608975`, `, vol. 9, pp. 41–56`: a volume (an issue in
# parentheses, empty or not), a comma or colon, and the locator ending the entry's tail
_TAIL = pattern(
    r"(?:,\s|\s)(?:vol\.\s?)?(?P<volume>\d{1,5})\s?(?:\([^()]*\))?\s?(?:,\s?|:\s?)"
    r"(?P<marker>pp?\.\s?)?"
    r"(?P<loc>(?P<first>[eE]?\d+)(?:\s?[" + DASHES + r"]\s?(?P<last>[eE]?\d+))?)"
    r"(?=\s*(?:[.;,]\s|[.;]?$))"
)
_SENTENCE = pattern(r"(?<=[.?!])\s+")
LONG_NUMBER = 5  # a lone locator of this many digits is no page: `608975`


class Locator(NamedTuple):
    """How an entry locates its article: a page span from 1 (`span`), an article number
    (`number`), or other pages; with the span to rewrite and the journal it belongs to."""

    journal: str
    first: str
    last: str | None
    span: Span  # the range (or number) as printed, with a `pp.` before it
    number: bool
    name: str = ""  # the journal as printed (or as the grammar read it)
    volume: str | None = None

    @property
    def from_one(self) -> bool:
        return (
            self.last is not None
            and self.first.isdigit()
            and self.last.isdigit()
            and self.first.lstrip("0") == "1"
            and int(self.last) > 1
        )


def journal_tail(ref: Reference) -> re.Match[str] | None:
    """The entry's last journal tail (`2015;5:16696`), where its volume and locator stand."""
    tails = list(_TAIL.finditer(ref.text, ref.body_start))
    return tails[-1] if tails else None


def _journal(ref: Reference, before: int | None) -> tuple[str, str]:
    """The journal's key and printed name: the longest name the shipped lists know at the end of
    the text before the volume (or of the parsed journal), else the parsed journal or the last
    sentence there."""
    text = ref.container.text if ref.container is not None else ""
    if before is not None and not text:
        text = ref.text[ref.body_start : before].rstrip(" ,")
    if not text:
        return "", ""
    pieces = _SENTENCE.split(text)
    for size in range(min(4, len(pieces)), 0, -1):
        name = " ".join(pieces[-size:])
        known = journals_named(name)
        if known:
            return journal_key(known[0].title), name
    printed = text if ref.container is not None else pieces[-1]
    return journal_key(printed), printed


def locator(
    ref: Reference, kinds: frozenset[Kind] = JOURNALS, *, named: bool = True
) -> Locator | None:
    """Where the entry places its article, read from the parse or, when the grammar could not
    read the entry, from its tail; with `named` false the journal is left empty, which spares
    reading the journal tables where no entry could need them."""
    if ref.kind not in kinds:
        return None
    marker = ref.page_marker.span.start if ref.page_marker is not None else None
    volume = ref.volume.text if ref.volume is not None else None
    if ref.article_number is not None:
        # `jcs243071`, `S12a`: article numbers of some journals, supplement pages of others
        where, text = ref.article_number.span, ref.article_number.text
        journal, name = _journal(ref, None) if named else ("", "")
        return Locator(journal, text, None, where, _numbered(text), name, volume)
    if ref.pages is not None:
        pages = ref.pages
        start = marker if marker is not None and marker < pages.span.start else pages.span.start
        number = not pages.is_range and _numbered(pages.first)
        journal, name = _journal(ref, None) if named else ("", "")
        span = Span(start, pages.span.end)
        return Locator(journal, pages.first, pages.last, span, number, name, volume)
    if ref.container is not None:
        return None
    tail = journal_tail(ref)
    if tail is None:
        return None
    start = tail.start("marker") if tail["marker"] else tail.start("loc")
    before = tail.start("volume") - (1 if tail[0].startswith(",") else 0)
    journal, name = _journal(ref, before) if named else ("", "")
    number = tail["last"] is None and _numbered(tail["first"])
    span = Span(start, tail.end("loc"))
    return Locator(journal, tail["first"], tail["last"], span, number, name, tail["volume"])


def _numbered(single: str) -> bool:
    """A lone locator no page could be: an `e`-number or a long number."""
    return bool(re.fullmatch(r"[eE]\d+", single)) or (
        single.isdigit() and len(single.lstrip("0")) >= LONG_NUMBER
    )


@rule(
    code="RL417",
    name="page-span-for-article-number",
    category=Category.IDENTIFIER,
    severity=Severity.WARNING,
    summary="A PDF's page span (`1–17`) printed where the record gives an article number",
    fixable=True,
    requires_lookup=True,
)
def page_span_for_article_number(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a page range printed for an article whose registry record gives an article number
    instead of pages: the range is the PDF's own page span (`1–17`), which a reference manager
    read from the file, and it locates nothing. The message gives the record's article number.

    ## How it decides
    The record is the DOI's (or PMID's, or the search candidate judged to be the work, as for
    RL402). It gives an article number when Crossref has an `article-number`, or its `page`,
    OpenAlex's `biblio` or PubMed's `pages` is one locator rather than a span (`e109823`,
    `e1603-e1603`, `24356`), or PubMed's `elocationid` names the item number (`pii: e109823`).
    A printed range from page 1 is then the PDF's page span; a range elsewhere is flagged only
    where the record calls the number an article number and gives no pages of its own. A record
    with a page range and no article number (`1-17` in a journal paginated by issue) is left
    alone, and so is an entry with no record. RL402 stays silent on a range this rule reports.

    ## Why is this bad?
    Every article of such a journal runs from page 1: `6, 1–17` matches a hundred articles of
    the volume, and the index, the publisher's site and PubMed all locate it by its number.

    ## Example
        1. Tosatto L, Horrocks MH, Dear AJ, Knowles TPJ, Dalla Serra M, Cremades N, et al.
           Single-molecule FRET studies on alpha-synuclein oligomerization of Parkinson's
           disease genetically related mutants. Sci Rep. 2015;5:1-12. doi:10.1038/srep16696

    Use instead:
        1. Tosatto L, Horrocks MH, Dear AJ, Knowles TPJ, Dalla Serra M, Cremades N, et al.
           Single-molecule FRET studies on alpha-synuclein oligomerization of Parkinson's
           disease genetically related mutants. Sci Rep. 2015;5:16696. doi:10.1038/srep16696

    ## Fix safety
    The fix writes the record's article number in place of the range (and of a `pp.` before
    it). It is unsafe: it changes the reference's content, and records are occasionally wrong.
    """
    found = locator(ref, frozenset(Kind))
    if found is None:
        return
    told = _from_record(ref, ctx, found)
    if told is None:
        return
    record, number, stated = told
    printed = ref.text[found.span.start : found.span.end]
    whose = f"the record of {record.doi}" if record.doi else f"{record.source}'s record"
    what = "the PDF's page span" if found.from_one else "no pages of the record"
    if stated:
        message = f"`{printed}` is {what}: {whose} gives article number {number}"
        fixed = f"write the record's article number {number}"
    else:  # one locator the record does not call an article number: a first page alone, maybe
        message = (
            f"`{printed}` looks like {what}: {whose} gives one locator, {number}, "
            "where pages would be a span"
        )
        fixed = f"write the record's locator {number}"
    yield Diagnostic(
        found.span,
        message,
        Fix.unsafe(Edit(found.span, number), message=fixed),
        record=api.record_comparison(ref, record),
    )


def _from_record(
    ref: Reference, ctx: Context, found: Locator
) -> tuple[api.Record, str, bool] | None:
    """The record's article number where the record says the printed range is none (RL417)."""
    if ctx.lookup is None or found.last is None:
        return None
    outcome = ctx.lookup.outcome(ref, ctx.path)
    if outcome is None or outcome.status is not api.LookupStatus.FOUND or outcome.record is None:
        return None
    record = outcome.record
    if api.compare_with_record(ref, record).other:
        return None
    number = api.page_span_for_number(found.first, found.last, record)
    return None if number is None else (record, number.value, number.stated)


class Known(NamedTuple):
    """Why a range from 1 is taken for a PDF's page span without a record: the DOI's family or
    the journal's name says the journal numbers its articles; `number` where the DOI gives it."""

    why: str
    number: str | None


# an article number printed beside the range: `e0123456, 1–12` is the list's own choice
_PRINTED_NUMBER = pattern(
    r"(?<![\w/.\-])[eE]\d{4,}\b|\bArt(?:icle|\.)\s?(?:ID|[Nn]o\.?|[Nn]umber)\s?\d"
)
_LABEL = pattern(r"\b(?:Article ID|Article [Nn]o\.|Art\. [Nn]o\.|Article number|Article)\s?$")


_YEAR = pattern(r"(?<![\d.:\-])(?:19|20)\d\d(?![\d\-])")


def _year(ref: Reference, rest: str) -> int | None:
    """The entry's year: the parsed date, else the first year-like number outside the
    identifiers (an entry the grammar could not read keeps its `(2013)` in the text)."""
    if ref.date is not None:
        return ref.date.year
    if ref.dates:
        return ref.dates[0].year
    found = _YEAR.search(rest, ref.body_start)
    return int(found[0]) if found else None


def outside_identifiers(ref: Reference, where: Locator) -> str:
    """The entry's text with the locator, DOI and links blanked out."""
    text = list(ref.text)
    spans = [where.span, *(u.span for u in ref.urls)]
    if ref.doi is not None:
        spans.append(ref.doi.span)
    for span in spans:
        text[span.start : span.end] = " " * (span.end - span.start)
    return "".join(text)


def prints_number(number: str, rest: str) -> bool:
    """Whether the entry prints the article number elsewhere: anywhere, when it is long enough
    to be no other number, else as a locator after a comma, colon or semicolon."""
    digits = number.lstrip("e")
    if len(digits) >= LONG_NUMBER:
        return re.search(rf"(?<!\d){digits}(?!\d)", rest) is not None
    return re.search(rf"[,:;]\s?e?{digits}(?![\d\-\u2010-\u2015])", rest) is not None


def known(ref: Reference, where: Locator) -> Known | None:
    """Whether the DOI or the journal's name says the range from 1 at `where` is no page span of
    the volume: a journal article, printing no article number beside the range."""
    if not where.from_one or ref.editors or ref.in_marker is not None:
        return None
    rest = outside_identifiers(ref, where)
    if ref.article_number is not None or _PRINTED_NUMBER.search(rest):
        return None
    year = _year(ref, rest)
    if ref.doi is not None:
        doi = ref.doi.text
        told = numbered_journals.from_doi(doi, year, where.volume)
        if told is not None:
            if told.number is not None:
                if prints_number(told.number, rest):
                    return None
                return Known(f"the DOI {doi} ({told.family}) gives article number", told.number)
            return Known(
                f"{doi} is a DOI of {told.family}, whose journals number their articles", None
            )
    if where.name and numbered_journals.by_name(where.name, year):
        name = where.name.rstrip(" .,")
        return Known(f"{name} numbers its articles", None)
    if _year_for_volume(ref, where, year):
        return Known(
            f"the volume is the year ({where.volume}), as journals that number their articles "
            "print it (Hindawi's, SpringerOpen's)",
            None,
        )
    return None


def _year_for_volume(ref: Reference, where: Locator, year: int | None) -> bool:
    """Whether a journal article prints its year twice, as its date and as its volume, and no
    issue (`Journal of Chemistry, vol. 2013, pp. 1–8, 2013`): how journals that number their
    articles count their volumes. A journal with issues (`2013(5):1-8`, as Chinese journals
    print theirs) paginates each issue, and its first article starts on page 1; a year printed
    once before the pages (`New York: Holt, 1995, 1–20`, a chapter), or run into a meeting's
    name (`Dredging 2002: 1–14`), is no volume."""
    volume, date = ref.volume, ref.date
    if ref.kind is not Kind.ARTICLE or ref.issue is not None or volume is None or date is None:
        return False
    if volume.span.start < date.span.end and date.span.start < volume.span.end:
        return False  # one number read as both: the year printed once
    if not _VOLUME_SET_OFF.search(ref.text, 0, volume.span.start):
        return False  # `Dredging 2002: 1–14`: a meeting named by its year, not a volume
    return year is not None and year >= 1990 and volume.text == where.volume == str(year)


# a volume set off as one: after `vol.` or `Volume`, or after the year's semicolon (`2013;2013`)
_VOLUME_SET_OFF = pattern(r"(?:\b[Vv]ol(?:\.|ume)|\d;)\s*$")


def _paged(found: Sequence[tuple[Reference, Locator | None]]) -> set[str]:
    """Journals some entry prints pages of that do not start at 1: a journal that moved from
    pages to numbers (or back) shows both, and a range from 1 is then no evidence."""
    return {
        where.journal
        for _, where in found
        if where is not None
        and where.journal
        and where.last is not None
        and not where.from_one
        and not where.number
    }


def _label(found: Sequence[tuple[Reference, Locator | None]]) -> str:
    """How the list introduces its article numbers (`Article ID `), or "" for none."""
    for ref, where in found:
        if where is None or not where.number:
            continue
        before = _LABEL.search(ref.text, 0, where.span.start)
        if before is not None:
            return before[0].rstrip() + " "
    return ""


@per_list  # RL586 and RL580 both ask
def _from_one(refs: Sequence[Reference]) -> list[tuple[Reference, Locator | None]] | None:
    """Every entry's locator, named, or None where no entry prints a range from 1 (most lists:
    the journal tables are then never read)."""
    kinds = [_WITH_DOI if ref.doi is not None else JOURNALS for ref in refs]
    glance = [locator(ref, k, named=False) for ref, k in zip(refs, kinds, strict=True)]
    if not any(w is not None and w.from_one for w in glance):
        return None
    pairs = zip(refs, kinds, glance, strict=True)
    return [(ref, locator(ref, k) if w is not None else None) for ref, k, w in pairs]


@list_rule(
    code="RL586",
    name="page-span-for-doi-article-number",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Pages `1–N` where the DOI gives the article number",
    fixable=True,
)
def page_span_for_doi_article_number(
    refs: Sequence[Reference], ctx: Context
) -> Iterator[Diagnostic]:
    """## What it does
    Flags a page range from 1 (`1–17`) in a journal article whose DOI gives its article number:
    the range is the PDF's own page span, which a reference manager read from the file. The DOIs
    of some publishers carry the number: PLOS (`10.1371/journal.pone.0056919` is e56919; every
    digit from 2015 on), eLife (`10.7554/eLife.07957`, e07957), Frontiers
    (`10.3389/fonc.2015.00307`, 307), Hindawi (`10.1155/2016/6503162`), Scientific Reports before
    2017 (`srep24356`), Cell Press's open journals (`j.isci.2024.109546`, `j.heliyon.2021.e07706`),
    BMJ's open journals (`bmjopen-2017-015823`, e015823), EMBO J from 2018, Wiley's BioEssays,
    Small and Advanced Materials (e1900022), SAGE's numbered journals (the DOI's suffix) and
    MDPI's (volume, issue, then the number: `ijms21010001`, from 2016).

    ## How it decides
    The range must start at 1 and the entry must print no article number of its own (`e31129,
    1–12` is the list's choice); a journal some entry of the list prints other pages of is left
    alone, and so are books and chapters. Where the DOI names the family but not the number
    (BMC, Nature Portfolio's s41598-style DOIs) RL580 gives the hint instead; with registry
    lookups, RL417 speaks where the record says it and this rule stays silent.

    ## Why is this bad?
    Every article of such a journal runs from page 1: the range matches a hundred articles of
    the volume, and the index, the publisher's site and PubMed all locate it by its number.

    ## Example
        1. Xu J, Wu X, Zhou W, Liu A. Aurora-A identifies early recurrence in triple negative
           breast cancer. PLoS One. 2013;8:1-11. doi:10.1371/journal.pone.0056919

    Use instead:
        1. Xu J, Wu X, Zhou W, Liu A. Aurora-A identifies early recurrence in triple negative
           breast cancer. PLoS One. 2013;8:e56919. doi:10.1371/journal.pone.0056919

    ## Fix safety
    The fix writes the DOI's article number in place of the range (and of a `pp.` before it),
    after the label the list gives its article numbers (`Article ID`), if any. It is unsafe: it
    changes the reference's content, and a DOI is occasionally another work's.
    """
    found = _from_one(refs)
    if found is None:
        return
    paged = _paged(found)
    label = _label(found)
    for ref, where in found:
        if where is None or not where.from_one or where.journal in paged:
            continue
        told = known(ref, where)
        if told is None or told.number is None:
            continue
        if _from_record(ref, ctx, where) is not None:
            continue  # the record says it, with its own number: RL417's
        printed = ref.text[where.span.start : where.span.end]
        written = label + told.number
        yield Diagnostic(
            where.span,
            f"`{printed}` is the PDF's page span: {told.why} {told.number}",
            Fix.unsafe(Edit(where.span, written), message=f"write the article number {written}"),
            ref=ref,
        )


@list_rule(
    code="RL580",
    name="page-span-in-numbered-journal",
    category=Category.FORMAT,
    severity=Severity.INFO,
    summary="Pages `1–N` in a journal known to number its articles",
)
def page_span_in_numbered_journal(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Hints that a page range from 1 (`1–11`) may be a PDF's page span printed for an article
    number, where the journal is known to number its articles: another entry of the same
    journal in the list prints an article number (`e31129`, `Article ID 5836491`, a lone number
    too long to be a page), or the DOI is of a family whose journals all number their articles
    (BMC and SpringerOpen's `10.1186/`, Nature Portfolio's open journals: `s41598`, `s41467`,
    `s41419`, `s41392`, ..., `ncomms`, `cddis`), or the journal's name is one of a short table
    (PLOS's journals, eLife, Scientific Reports, Nature Communications and the Communications
    journals, `Commun Earth Environ`, `Commun Biol` ..., Cell Death & Disease,
    BMC's, Frontiers', Heliyon, iScience, MDPI's from 2016: Energies, Int J Mol Sci, Molecules,
    Cancers, Nutrients, Sensors ...), in any form the journal lists know, or the volume is the
    year and no issue is printed (`Journal of Chemistry, vol. 2013, pp. 1–8, 2013`: Hindawi's
    and SpringerOpen's journals count their volumes so). Where the DOI gives
    the number itself, RL586 says it at warning; with registry lookups, RL417 says it for sure.

    ## Why is this bad?
    Every article of a journal that numbers its articles runs from page 1 of its own PDF: the
    range locates nothing, and the reader needs the article number.

    ## Example
        1. Willems E, Dedobbeleer M, Digregorio M, Lombard A, Lumapat PN, Rogister B. The
           functional diversity of Aurora kinases: a comprehensive review. Cell Div.
           2018;13:1-17.

    Use instead:
        1. Willems E, Dedobbeleer M, Digregorio M, Lombard A, Lumapat PN, Rogister B. The
           functional diversity of Aurora kinases: a comprehensive review. Cell Div.
           2018;13:7.

    ## Limitations
    A journal that once printed pages and now numbers its articles (or the reverse) shows both:
    when any entry of the journal prints pages that do not start at 1, nothing is said. A
    journal in the table is named with the first year it is known to number its articles and
    is left alone before it; an entry printing an article number beside the range is the
    list's choice.
    """
    found = _from_one(refs)
    if found is None:
        return
    numbered: dict[str, Reference] = {}
    for ref, where in found:
        if where is not None and where.journal and where.number:
            numbered.setdefault(where.journal, ref)
    paged = _paged(found)
    for ref, where in found:
        if where is None or not where.from_one or where.journal in paged:
            continue
        printed = ref.text[where.span.start : where.span.end]
        told = known(ref, where)
        if told is not None and told.number is not None:
            continue  # the DOI gives the number: RL586's
        other = numbered.get(where.journal)
        if other is not None and other is not ref:
            shown = locator(other)
            assert shown is not None
            label = other.number if other.number is not None else other.index
            yield Diagnostic(
                where.span,
                f"`{printed}` may be the PDF's page span: entry {label} of the same journal "
                f"prints an article number ({shown.first}); cite this article's number",
                ref=ref,
            )
            continue
        if told is None:
            continue
        yield Diagnostic(
            where.span,
            f"`{printed}` may be the PDF's page span: {told.why}; cite this article's number",
            ref=ref,
        )
