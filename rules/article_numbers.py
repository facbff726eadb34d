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
    rule,
)

JOURNALS = frozenset({Kind.ARTICLE, Kind.UNKNOWN})
DASHES = "\\-\u2010-\u2015"
# `, 13, 1–17`, `, 6(): e18640`, `10:608975`, `, vol. 9, pp. 41–56`: a volume (an issue in
# parentheses, empty or not), a comma or colon, and the locator ending the entry's tail
_TAIL = pattern(
    r"(?:,\s|\s)(?:vol\.\s?)?(?P<volume>\d{1,5})\s?(?:\([^()]*\))?\s?(?:,\s?|:\s?)"
    r"(?P<marker>pp?\.\s?)?"
    r"(?P<loc>(?P<first>[eE]?\d+)(?:\s?[" + DASHES + r"]\s?(?P<last>[eE]?\d+))?)"
    r"(?=\s*(?:[.;,]\s|[.;]?$))"
)
_SENTENCE = re.compile(r"(?<=[.?!])\s+")
LONG_NUMBER = 5  # a lone locator of this many digits is no page: `608975`


class Locator(NamedTuple):
    """How an entry locates its article: a page span from 1 (`span`), an article number
    (`number`), or other pages; with the span to rewrite and the journal it belongs to."""

    journal: str
    first: str
    last: str | None
    span: Span  # the range (or number) as printed, with a `pp.` before it
    number: bool

    @property
    def from_one(self) -> bool:
        return (
            self.last is not None
            and self.first.isdigit()
            and self.last.isdigit()
            and self.first.lstrip("0") == "1"
            and int(self.last) > 1
        )


def _tail(ref: Reference) -> re.Match[str] | None:
    tails = list(_TAIL.finditer(ref.text, ref.body_start))
    return tails[-1] if tails else None


def _journal(ref: Reference, before: int | None) -> str:
    """The journal's key: the longest name the shipped lists know at the end of the text before
    the volume (or of the parsed journal), else the parsed journal or the last sentence there."""
    text = ref.container.text if ref.container is not None else ""
    if before is not None and not text:
        text = ref.text[ref.body_start : before].rstrip(" ,")
    if not text:
        return ""
    pieces = _SENTENCE.split(text)
    for size in range(min(4, len(pieces)), 0, -1):
        name = " ".join(pieces[-size:])
        known = journals_named(name)
        if known:
            return journal_key(known[0].title)
    return journal_key(text if ref.container is not None else pieces[-1])


def locator(
    ref: Reference, kinds: frozenset[Kind] = JOURNALS, *, named: bool = True
) -> Locator | None:
    """Where the entry places its article, read from the parse or, when the grammar could not
    read the entry, from its tail; with `named` false the journal is left empty, which spares
    reading the journal tables where no entry could need them."""
    if ref.kind not in kinds:
        return None
    marker = ref.page_marker.span.start if ref.page_marker is not None else None
    if ref.article_number is not None:
        # `jcs243071`, `S12a`: article numbers of some journals, supplement pages of others
        where, text = ref.article_number.span, ref.article_number.text
        return Locator(_journal(ref, None) if named else "", text, None, where, _numbered(text))
    if ref.pages is not None:
        pages = ref.pages
        start = marker if marker is not None and marker < pages.span.start else pages.span.start
        number = not pages.is_range and _numbered(pages.first)
        journal = _journal(ref, None) if named else ""
        return Locator(journal, pages.first, pages.last, Span(start, pages.span.end), number)
    if ref.container is not None:
        return None
    tail = _tail(ref)
    if tail is None:
        return None
    start = tail.start("marker") if tail["marker"] else tail.start("loc")
    before = tail.start("volume") - (1 if tail[0].startswith(",") else 0)
    journal = _journal(ref, before) if named else ""
    number = tail["last"] is None and _numbered(tail["first"])
    return Locator(journal, tail["first"], tail["last"], Span(start, tail.end("loc")), number)


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
    if ctx.lookup is None:
        return
    found = locator(ref, frozenset(Kind))
    if found is None or found.last is None:
        return
    outcome = ctx.lookup.outcome(ref, ctx.path)
    if outcome is None or outcome.status is not api.LookupStatus.FOUND or outcome.record is None:
        return
    record = outcome.record
    if api.compare_with_record(ref, record).other:
        return
    number = api.page_span_for_number(found.first, found.last, record)
    if number is None:
        return
    printed = ref.text[found.span.start : found.span.end]
    whose = f"the record of {record.doi}" if record.doi else f"{record.source}'s record"
    what = "the PDF's page span" if found.from_one else "no pages of the record"
    if number.stated:
        message = f"`{printed}` is {what}: {whose} gives article number {number.value}"
        fixed = f"write the record's article number {number.value}"
    else:  # one locator the record does not call an article number: a first page alone, maybe
        message = (
            f"`{printed}` looks like {what}: {whose} gives one locator, {number.value}, "
            "where pages would be a span"
        )
        fixed = f"write the record's locator {number.value}"
    yield Diagnostic(
        found.span,
        message,
        Fix.unsafe(Edit(found.span, number.value), message=fixed),
        record=api.record_comparison(ref, record),
    )


@list_rule(
    code="RL580",
    name="page-span-in-numbered-journal",
    category=Category.FORMAT,
    severity=Severity.INFO,
    summary="Pages `1–N` where another entry shows the journal numbers its articles",
)
def page_span_in_numbered_journal(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Hints that a page range from 1 (`1–11`) may be a PDF's page span printed for an article
    number, where another entry of the same journal in the list prints an article number
    (`e31129`, `Article ID 5836491`, a lone number too long to be a page) and none prints
    pages. With registry lookups, RL417 says it for sure and gives the number.

    ## Why is this bad?
    Every article of a journal that numbers its articles runs from page 1 of its own PDF: the
    range locates nothing, and the reader needs the article number.

    ## Example
        1. Lembo A, Di Cunto F, Provero P. Shortening of 3'UTRs correlates with poor prognosis
           in breast and lung cancer. PLoS One. 2012;7:e31129.
        2. Xu J, Wu X, Zhou W, Liu A. Aurora-A identifies early recurrence in triple negative
           breast cancer. PLoS One. 2013;8:1-11.

    Use instead:
        1. Lembo A, Di Cunto F, Provero P. Shortening of 3'UTRs correlates with poor prognosis
           in breast and lung cancer. PLoS One. 2012;7:e31129.
        2. Xu J, Wu X, Zhou W, Liu A. Aurora-A identifies early recurrence in triple negative
           breast cancer. PLoS One. 2013;8:e56919.

    ## Limitations
    A journal that once printed pages and now numbers its articles (or the reverse) shows both:
    when any entry of the journal prints pages that do not start at 1, nothing is said.
    """
    glance = [locator(ref, named=False) for ref in refs]
    if not any(w is not None and w.number for w in glance):
        return
    if not any(w is not None and w.from_one for w in glance):
        return
    found = [(ref, locator(ref)) for ref in refs]
    numbered: dict[str, Reference] = {}
    paged: set[str] = set()
    for ref, where in found:
        if where is None or not where.journal:
            continue
        if where.number:
            numbered.setdefault(where.journal, ref)
        elif where.last is not None and not where.from_one:
            paged.add(where.journal)
    for ref, where in found:
        if where is None or not where.from_one or where.journal in paged:
            continue
        other = numbered.get(where.journal)
        if other is None or other is ref:
            continue
        shown = locator(other)
        assert shown is not None
        printed = ref.text[where.span.start : where.span.end]
        label = other.number if other.number is not None else other.index
        yield Diagnostic(
            where.span,
            f"`{printed}` may be the PDF's page span: entry {label} of the same journal prints "
            f"an article number ({shown.first}); cite this article's number",
            ref=ref,
        )
