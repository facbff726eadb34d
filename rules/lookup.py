"""Lookup rules (RL402-RL405, RL409-RL414): does each reference match its registry record?

The rules never fetch anything: the engine hands them `ctx.lookup`, whose answers were fetched
(or read from the cache) for the whole list before any rule ran. The record and matching helpers are
reached through `api.` on first use, so a run that does no lookups never loads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from refslint import api
from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Field,
    Fix,
    Kind,
    Reference,
    Severity,
    Span,
    rule,
    run_rule,
)

if TYPE_CHECKING:
    from refslint.api import LookupOutcome, Record, RecordComparison

ARTICLES = frozenset({Kind.ARTICLE, Kind.CONFERENCE})
RETRACTIONS = frozenset({"retraction", "withdrawal", "removal", "expression_of_concern"})
CORRECTIONS = frozenset({"correction", "erratum", "corrigendum", "addendum"})


def _outcome(ref: Reference, ctx: Context) -> LookupOutcome | None:
    if ctx.lookup is None:
        return None
    return ctx.lookup.outcome(ref, ctx.path)


def _found(ref: Reference, ctx: Context) -> Record | None:
    """The record of this very work: found, and not clearly another work."""
    outcome = _outcome(ref, ctx)
    if outcome is None or outcome.status is not api.LookupStatus.FOUND or outcome.record is None:
        return None
    if api.compare_with_record(ref, outcome.record).other:
        return None
    return outcome.record


def _plain(value: str) -> str:
    return api.fold(value).replace(" ", "").lstrip("0") or "0"


def _locator_equal(printed: str, recorded: str) -> bool:
    a, b = _plain(printed), _plain(recorded)
    return a == b or a.removeprefix("e") == b.removeprefix("e")


def _doi_pieces(doi: str) -> set[str]:
    suffix = doi.split("/", 1)[-1]
    return {piece.lstrip("0") for piece in re.split(r"[^0-9a-z]+", suffix.lower()) if piece}


@rule(
    code="RL402",
    name="record-field-differs",
    category=Category.IDENTIFIER,
    severity=Severity.WARNING,
    summary="Year, volume, issue, first page, article number or journal differ from the record",
    fixable=True,
    requires_lookup=True,
)
def record_field_differs(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Compares an entry with its registry record and flags the year, volume, issue, first page or
    article number, and journal where they disagree. The record is the DOI's, or for an entry
    without one the search candidate judged to be the same work: its title agrees (0.85 alike or
    more, typos and a dropped subtitle forgiven) and it has one of the printed authors, or the
    title is only half alike but authors, year, journal, volume and page all agree. Print and
    online years both count; "J Am Chem Soc" is "Journal of the American Chemical Society". When
    the wrong value is a piece of the DOI, the message says so. A preprint dated after its first
    arXiv version is not flagged: it may cite a later version (a date before the first version
    is RL206's).

    ## How it decides
    The record comes from the registries in turn: a DOI from Crossref (a list's DOIs 20 to a
    request), then DataCite, then OpenAlex (50 to a request); a printed PMID from PubMed; an
    entry without either from a search of Crossref, then of OpenAlex and PubMed when Crossref's
    candidates are not the work. A record found by identifier is compared first: when its title
    is under 0.5 alike and the first author or the year (within one) disagrees, it is another
    work (RL403) and no field is compared. Each field both sides have is then compared: volume,
    issue and first page or article number as printed (leading zeros and an "e" prefix aside),
    the year against every year the record gives, the journal allowing abbreviations.

    ## Why is this bad?
    A reader who follows the printed volume and page lands on another article; a number copied
    out of the DOI is the commonest way this happens.

    ## Example
        1. Chen W, Schmidt JN, Yan D, Vohra YK, Chen C. Machine learning and evolutionary
           prediction of superhard B-C-N compounds. npj Comput Mater. 2021;7:585.
           doi:10.1038/s41524-021-00585-0

    Use instead:
        1. Chen W, Schmidt JN, Yan D, Vohra YK, Chen C. Machine learning and evolutionary
           prediction of superhard B-C-N compounds. npj Comput Mater. 2021;7:114.
           doi:10.1038/s41524-021-00585-0

    ## Fix safety
    The fix writes the record's value in place of the printed one. It is unsafe: it changes the
    reference's content, and records are occasionally wrong themselves.
    """
    record = _found(ref, ctx)
    if record is None:
        return
    whose = f"the record of {record.doi}"
    shown = api.record_comparison(ref, record)
    if (
        ref.date is not None
        and record.years
        and ref.date.year not in record.years
        and not (_is_arxiv(record) and ref.date.year > min(record.years))
    ):
        years = "/".join(str(y) for y in sorted(record.years))
        fix = None
        if len(record.years) == 1:
            fix = Fix.unsafe(
                Edit(ref.date.year_span, str(record.years[0])),
                message=f"write the record's year {record.years[0]}",
            )
        yield Diagnostic(
            ref.date.year_span,
            f"year {ref.date.year} differs from {whose} ({years})",
            fix,
            record=shown,
        )
    for label, printed, recorded in (
        ("volume", ref.volume, record.volume),
        ("issue", ref.issue, record.issue),
    ):
        if printed is None or not recorded or _plain(printed.text) == _plain(recorded):
            continue
        yield Diagnostic(
            printed.span,
            f"{label} {printed.text} differs from {whose} ({recorded})",
            Fix.unsafe(
                Edit(printed.span, recorded), message=f"write the record's {label} {recorded}"
            ),
            record=shown,
        )
    yield from _locator(ref, record, whose, shown)
    if (
        ref.container is not None
        and record.containers
        and record.type in ("journal-article", "")
        and not api.journal_named(ref.container.text, record)
    ):
        names = " or ".join(f'"{c}"' for c in record.containers)
        yield Diagnostic(
            ref.container.span,
            f'journal "{ref.container.text}" differs from {whose} ({names})',
            record=shown,
        )


def _is_arxiv(record: Record) -> bool:
    """An arXiv record: its year is the first version's, and later versions carry later dates."""
    return record.doi.startswith("10.48550/arxiv.")


def _locator(
    ref: Reference, record: Record, whose: str, shown: RecordComparison
) -> Iterator[Diagnostic]:
    recorded = [v for v in (record.article_number, record.first_page) if v]
    if not recorded:
        return
    printed: Field | None = ref.article_number
    label = "article number"
    if printed is None and ref.pages is not None:
        printed = Field(ref.pages.first, ref.pages.span)
        # "7:585" is read as a page, but where the record has an article number, that is what it is
        label = (
            "article number" if record.article_number and not record.first_page else "first page"
        )
        if ref.pages.is_range:
            last = ref.pages.last or ""
            if api.page_span_for_number(ref.pages.first, last, record) is not None:
                return  # the PDF's page span where the record numbers the article: RL417's
            start = ref.pages.span.start
            printed = Field(ref.pages.first, Span(start, start + len(ref.pages.first)))
    if printed is None or any(_locator_equal(printed.text, value) for value in recorded):
        return
    expected = recorded[0]
    message = f"{label} {printed.text} differs from {whose} ({expected})"
    if _plain(printed.text) in _doi_pieces(record.doi):
        message += f"; {printed.text} is part of that DOI, not the {label}"
    fix = Fix.unsafe(Edit(printed.span, expected), message=f"write the record's {label} {expected}")
    yield Diagnostic(printed.span, message, fix, record=shown)


@rule(
    code="RL403",
    name="doi-other-work",
    category=Category.IDENTIFIER,
    severity=Severity.ERROR,
    summary="The DOI, arXiv identifier or PMID belongs to a different work",
    requires_lookup=True,
)
def doi_other_work(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a DOI (or arXiv identifier) whose record has a clearly different title and disagrees on
    the first author or year, and names the work it belongs to.

    ## How it decides
    Only a record reached by the entry's own identifier (DOI, arXiv identifier or PMID) is
    judged. Its title is compared with the printed one (letters and shared words, typos
    forgiven): under 0.5 alike, and the first author (among the record's first three) or the
    year (within one) disagrees, or neither can be compared, the identifier belongs to another
    work. A title 0.5 alike or more is never called another work.

    ## Why is this bad?
    The link sends readers to another paper; usually a DOI was copied from the neighbouring entry.

    ## Example
        1. Perdew JP. SIC for DFT. Phys Rev B. 1981;23:5048. doi:10.1103/PhysRevLett.45.566

    Use instead:
        1. Perdew JP. SIC for DFT. Phys Rev B. 1981;23:5048. doi:10.1103/PhysRevB.23.5048
    """
    outcome = _outcome(ref, ctx)
    if outcome is None or outcome.status is not api.LookupStatus.FOUND:
        return
    record = outcome.record
    if outcome.via not in ("doi", "pmid") or record is None:
        return
    if not api.compare_with_record(ref, record).other:
        return
    where, name = _identifier(ref, outcome)
    yield Diagnostic(
        where.span if where is not None else None,
        f"{name} belongs to {record.describe()}, not to this entry's title",
        record=api.record_comparison(ref, record),
    )


@rule(
    code="RL404",
    name="doi-unresolved",
    category=Category.IDENTIFIER,
    severity=Severity.ERROR,
    summary="No registry knows the DOI, arXiv identifier or PMID",
    requires_lookup=True,
)
def doi_unresolved(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a well-formed DOI (or arXiv identifier) that no registry has a record of: Crossref,
    then DataCite, then OpenAlex (which holds the DOIs of other agencies) are asked, and a
    registry's "not found" counts only once it has shown it holds a DOI it is known to hold. A
    printed PMID is checked against PubMed the same way.

    ## How it decides
    Crossref is asked a list's DOIs 20 to a request; a DOI a complete answer lacks goes to
    DataCite, then to OpenAlex, 50 to a request (`filter=doi:A|B|...`); a DOI an answer in doubt
    lacks (a work it cannot map back, fewer works on the page than it counts) is asked alone.
    Only a registry that is asked counts (`registries`). Before any registry's "not found" is
    believed, it must find a DOI it surely holds (Crossref 10.5555/12345678, DataCite
    10.5438/0012, OpenAlex 10.7717/peerj.4375), once a run, unless it already showed a record;
    PubMed must match the citation of PMID 2014248 (NCBI's own ecitmatch example). A registry
    that is down, slow, rate-limiting (429 after its retries) or answers in the wrong shape
    leaves the entry unverified (RL409), never unknown.

    ## Why is this bad?
    The DOI leads nowhere: a digit was lost in copying, or the reference was never published.

    ## Example
        1. Tosatto L. Single-molecule FRET. Sci Rep. 2015;5:16696. doi:10.1038/srep16969

    Use instead:
        1. Tosatto L. Single-molecule FRET. Sci Rep. 2015;5:16696. doi:10.1038/srep16696
    """
    outcome = _outcome(ref, ctx)
    if outcome is None or outcome.status is not api.LookupStatus.NOT_FOUND:
        return
    if outcome.via not in ("doi", "pmid"):
        return
    if len(outcome.sources) > 1:
        who = f"neither {' nor '.join(outcome.sources)} has a record of it"
    else:
        who = f"{outcome.sources[0]} has no record of it"
    where, name = _identifier(ref, outcome)
    if outcome.via == "pmid":
        yield Diagnostic(where.span if where else None, f"{name} is unknown: {who}")
    elif ref.doi is not None:
        yield Diagnostic(ref.doi.span, f"DOI {ref.doi.text} does not resolve: {who}")
    elif ref.arxiv is not None:
        yield Diagnostic(ref.arxiv.span, f"arXiv identifier {ref.arxiv.text} is unknown: {who}")


@rule(
    code="RL405",
    name="no-record-found",
    category=Category.IDENTIFIER,
    severity=Severity.WARNING,
    summary="No registry record matches a journal article or conference paper",
    requires_lookup=True,
)
def no_record_found(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal article or conference paper without a DOI when a search by its title,
    authors, journal and year finds only other works, and names the nearest one with what
    differs: "nearest: 'Lithium diffusion in garnet-type solid electrolytes' by Lee H (2021):
    other authors, other journal, title similarity 0.58". Title similarity is the mean of how
    alike the letters are and how many words the titles share. A candidate is another work when
    its title is less than half alike (unless authors, journal, volume, page and year are all
    the record's), or it shares none of the printed authors without having the same title, or
    the rest disagrees: the same authors with two of journal, year (more than one off), volume
    and first page different, or a title under 0.7 alike with one of them different. Web pages,
    books and reports are not searched; an entry the grammar could not read cleanly is never
    called missing, and a candidate that is neither this work nor clearly another makes the
    verdict "undecided" (RL414), not this warning.

    ## How it decides
    Every registry that covers the entry, of those asked (`registries`), must have been asked:
    Crossref's bibliographic search (five candidates), OpenAlex's title search, and, for a
    journal article with journal, year, volume, first page and first author, PubMed's
    ecitmatch. All their candidates are judged together; one that is the work confirms it. A
    registry that could not be asked (down, slow, offline with its answer not kept, answering
    garbage) leaves the entry unverified (RL409); PubMed's "no match" counts only from a PubMed
    that matches the citation of PMID 2014248.

    ## Why is this bad?
    Nearly every journal article since the 2000s has a registry record. A reference without one
    may be mistyped beyond recognition, or may never have been published: invented references
    borrow half a real title, real names and a real journal.

    ## Example
        1. Quillfeather AB. Lattice healing in perovskite glasses. J Imag Mater. 2023;12:455-67.

    Use instead:
        1. Tosatto L. Single-molecule FRET of alpha-synuclein mutants. Sci Rep. 2015;5:16696.
    """
    if ref.kind not in ARTICLES or ref.doi is not None or ref.arxiv is not None:
        return
    outcome = _outcome(ref, ctx)
    if outcome is None or outcome.status is not api.LookupStatus.NOT_FOUND:
        return
    if outcome.via != "search":  # a printed PMID PubMed does not hold is RL404's
        return
    searched = _and(outcome.sources) or "the registries"
    nearest = outcome.record
    yield Diagnostic(
        None,
        f"no registry record matches this reference (searched {searched} by title, authors, "
        f"year); {outcome.reason}",
        record=api.record_comparison(ref, nearest) if nearest is not None else None,
    )


@rule(
    code="RL413",
    name="title-other-authors",
    category=Category.IDENTIFIER,
    severity=Severity.WARNING,
    summary="The title is that of a registry record by other authors",
    requires_lookup=True,
)
def title_other_authors(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal article or conference paper without a DOI whose title a search finds in a
    registry record (typos and a dropped subtitle forgiven, similarity 0.9 or more) that has
    none of the printed authors, and names the record's authors and year. A title of fewer than
    four words must also agree on the journal, year, volume or page, since short titles recur.
    No candidate may be the work itself: a record with the title and one of the authors wins.

    ## How it decides
    The candidates of every registry asked (Crossref, OpenAlex, PubMed) are judged together, as
    for RL405; the family names are compared folded (accents, case, particles), against all of
    the record's authors.

    ## Why is this bad?
    The reference credits a real paper to people who did not write it, or the title was pasted
    into the wrong entry: readers looking for these authors' work will not find it.

    ## Example
        1. Nguyen A, Okafor B. Single-molecule FRET studies on alpha-synuclein oligomerization of
           Parkinson's disease genetically related mutants. Sci Rep. 2015;5:16696.

    Use instead:
        1. Tosatto L, Horrocks MH, Dear AJ. Single-molecule FRET studies on alpha-synuclein
           oligomerization of Parkinson's disease genetically related mutants. Sci Rep.
           2015;5:16696.
    """
    if ref.kind not in ARTICLES or ref.doi is not None or ref.arxiv is not None:
        return
    outcome = _outcome(ref, ctx)
    if outcome is None or outcome.status is not api.LookupStatus.OTHER_AUTHORS:
        return
    printed = ", ".join(a.text.rstrip(",.") for a in ref.authors[:3])
    yield Diagnostic(
        ref.authors_span,
        f"{outcome.reason}, not of {printed}{' et al.' if len(ref.authors) > 3 else ''}; "
        "check the authors and the title",
        record=api.record_comparison(ref, outcome.record) if outcome.record is not None else None,
    )


@rule(
    code="RL414",
    name="record-undecided",
    category=Category.IDENTIFIER,
    severity=Severity.INFO,
    summary="A search found a record that may or may not be this work",
    requires_lookup=True,
)
def record_undecided(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Notes a journal article or conference paper without a DOI whose search found a candidate
    that is neither convincingly this work nor clearly another, and names it with what agrees.
    Such a candidate has the same authors and a title at least half alike (under 0.85) with at
    most one of journal, year, volume and first page different; or the same authors, journal,
    volume and page under a title less alike or a year one off; or the title itself but only
    0.85 to 0.9 alike, or too short to tell, by other authors. A candidate that is the work wins
    over it, and so does one with the title by other authors (RL413). The summary line counts
    these entries as undecided.

    ## How it decides
    The candidates of every registry asked are judged together, as for RL405; the one named is
    the one whose title is most alike, then the one with most fields agreeing. An entry that
    could not be asked of every registry that covers it is unverified (RL409), not undecided.

    ## Why is this bad?
    It may be fine, but nothing confirmed it: a look at the named record settles it, and adding
    the DOI makes the next check exact.

    ## Example
        1. Tosatto L. Single-molecule FRET studies on alpha-synuclein oligomers. Sci Rep.
           2016;5:16696.

    Use instead:
        1. Tosatto L, Horrocks MH, Dear AJ. Single-molecule FRET studies on alpha-synuclein
           oligomerization of Parkinson's disease genetically related mutants. Sci Rep.
           2015;5:16696.
    """
    if ref.kind not in ARTICLES or ref.doi is not None or ref.arxiv is not None:
        return
    outcome = _outcome(ref, ctx)
    if (
        outcome is None
        or outcome.status is not api.LookupStatus.UNCERTAIN
        or outcome.record is None
    ):
        return
    yield Diagnostic(
        None,
        f"could not tell whether a registry record is this work; {outcome.reason}; "
        "check it, or add the DOI",
        record=api.record_comparison(ref, outcome.record),
    )


@rule(
    code="RL410",
    name="retracted",
    category=Category.IDENTIFIER,
    severity=Severity.WARNING,
    summary="The cited work has been retracted, withdrawn or carries an expression of concern",
    requires_lookup=True,
)
def retracted(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a reference whose Crossref record is updated by a retraction, withdrawal or expression of
    concern (Crossref's `updated-by` relations, which include Retraction Watch data), naming the
    notice's DOI and date.

    ## How it decides
    Read from the record of this very work only: one found by the entry's DOI (or a search
    candidate confirmed as the work) whose title is not clearly another's (RL403). Crossref's
    `updated-by` entries of type retraction, withdrawal, removal or expression of concern
    count; DataCite, OpenAlex and PubMed records carry none.

    ## Why is this bad?
    Citing a retracted paper as support spreads its findings after they were withdrawn.

    ## Example
        1. Wakefield AJ. Ileal hyperplasia. Lancet. 1998;351:637. doi:10.1016/S0140-6736(97)11096-0

    Use instead:
        1. Tosatto L. Single-molecule FRET. Sci Rep. 2015;5:16696. doi:10.1038/srep16696
    """
    record = _found(ref, ctx)
    if record is None:
        return
    for update in record.updates:
        if update.kind in RETRACTIONS:
            when = f" on {update.date}" if update.date else ""
            what = update.kind.replace("_", " ")
            yield Diagnostic(
                ref.doi.span if ref.doi is not None else None,
                f"this work is subject to a {what}{when} (notice {update.doi})",
                record=api.record_comparison(ref, record),
            )


@rule(
    code="RL411",
    name="corrected",
    category=Category.IDENTIFIER,
    severity=Severity.INFO,
    summary="The cited work has a correction (erratum)",
    requires_lookup=True,
)
def corrected(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Notes a reference whose Crossref record is updated by a correction, naming the notice.

    ## How it decides
    As for RL410, from Crossref's `updated-by` entries of type correction, erratum, corrigendum
    or addendum on the record of this very work.

    ## Why is this bad?
    It is not wrong to cite a corrected paper, but readers should know the correction exists.

    ## Example
        1. Sadasivan S, Pond BB, Pani AK, et al. Methylphenidate exposure induces dopamine neuron
           loss and activation of microglia in the basal ganglia of mice. PLoS One.
           2012;7(3):e33693. doi:10.1371/journal.pone.0033693

    Use instead:
        1. Tosatto L. Single-molecule FRET. Sci Rep. 2015;5:16696. doi:10.1038/srep16696
    """
    record = _found(ref, ctx)
    if record is None:
        return
    for update in record.updates:
        if update.kind in CORRECTIONS:
            when = f" on {update.date}" if update.date else ""
            yield Diagnostic(
                ref.doi.span if ref.doi is not None else None,
                f"this work was corrected{when} (notice {update.doi})",
                record=api.record_comparison(ref, record),
            )


@rule(
    code="RL412",
    name="preprint-published",
    category=Category.IDENTIFIER,
    severity=Severity.INFO,
    summary="A cited preprint has since been published; the journal version can be cited",
    requires_lookup=True,
)
def preprint_published(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Notes a preprint whose record names a published version, with that version's DOI.

    ## How it decides
    From the preprint's own record: Crossref's `is-preprint-of` relation, or DataCite's
    `IsPreviousVersionOf` related identifier of type DOI (arXiv's records), naming the DOI of
    the published version.

    ## Why is this bad?
    The peer-reviewed version is what readers and reviewers expect to be cited.

    ## Example
        1. Smith J. Neural ripples. bioRxiv [Preprint]. 2020. doi:10.1101/2020.12.01.406702

    Use instead:
        1. Tosatto L. Single-molecule FRET. Sci Rep. 2015;5:16696. doi:10.1038/srep16696
    """
    record = _found(ref, ctx)
    if record is None or not record.published_as:
        return
    target = ref.doi if ref.doi is not None else ref.arxiv
    yield Diagnostic(
        target.span if target is not None else None,
        f"this preprint has been published as {record.published_as[0]}; cite that version",
        record=api.record_comparison(ref, record),
    )


@run_rule(
    code="RL409",
    name="lookup-failed",
    category=Category.LOOKUP,
    severity=Severity.INFO,
    summary="Some entries could not be verified against the registries (said once per run)",
    requires_lookup=True,
)
def lookup_failed(ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Says once per run how many entries could not be checked against the registries, and
    why: no network, a timeout, a registry error. An info note, so an offline commit is not
    blocked; `--strict-lookup` (or `strict = true` in `[tool.refslint.lookup]`) makes it an error.

    ## How it decides
    An entry is unverified when a registry that covers it could not give an answer: no
    network, a timeout, 429 or 5xx past the retries (waiting as `Retry-After` says), an answer
    of the wrong shape, the run's lookup budget (`budget`) spent, or a registry that says "not
    found" even to a work it surely holds (see RL404). Such an entry is never counted as
    confirmed or missing. The note counts each entry once, across every file of the run, and
    sits at the top of the first file that had one.

    ## Why is this bad?
    An unverified list is not a verified one; the note keeps a failed lookup from passing silently.

    ## Example
        1. Tosatto L. Single-molecule FRET. Sci Rep. 2015;5:16696. doi:10.1038/srep16696

    Use instead:
        1. Tosatto L. Single-molecule FRET. Sci Rep. 2015;5:16696. doi:10.1038/srep16696
    """
    if ctx.lookup is None:
        return
    note = ctx.lookup.failure_note()
    if note:
        yield Diagnostic(None, note)


def _and(names: Sequence[str]) -> str:
    """`Crossref, OpenAlex and PubMed`."""
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)


def _identifier(ref: Reference, outcome: LookupOutcome) -> tuple[Field | None, str]:
    """The identifier a record was found (or not) by, and its name for a message."""
    if outcome.via == "pmid":
        return ref.pmid, f"PMID {outcome.key}"
    if ref.doi is not None:
        return ref.doi, f"DOI {ref.doi.text}"
    if ref.arxiv is not None:
        return ref.arxiv, f"arXiv:{ref.arxiv.text}"
    return None, "the identifier"
