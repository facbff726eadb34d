"""An entry against its own DOI, offline (RL418, RL419): where the DOI's characters encode the
volume, issue, first page, article number or year, the entry must print the same; and a DOI
must be one of the cited kind of work, not the preprint's, the chapter's or the abstract's.

What each DOI form says is documented in doi_grammar.py, family by family.
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import (
    BOOKLIKE,
    UNTYPED,
    Category,
    Context,
    Diagnostic,
    Kind,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

from . import article_numbers, doi_grammar

_WITH_DOI = frozenset({Kind.ARTICLE, Kind.WEBPAGE}) | UNTYPED
# DOIs that carry their registration year were first issued in the 2000s: a `year` before this
# may be a volume read as a year (`Biochim Biophys Acta 1862`), not a date to hold against the
# DOI, unless it stands before the volume in a Vancouver tail
_FIRST_REGISTERED = 1995
_LEAD = pattern(r"^[a-z]+")


def _same(printed: str, encoded: str) -> bool:
    """Whether two locators name one place: letters before the digits (`e`, `RP`) and leading
    zeros aside (PLOS prints `e0130620` and, before 2015, `e54970` for `pone.0054970`)."""
    return _LEAD.sub("", printed.lower()).lstrip("0") == _LEAD.sub("", encoded.lower()).lstrip("0")


def _digits(field: str | None) -> str | None:
    return field if field is not None and field.isascii() and field.isdigit() else None


def _real_year(ref: Reference) -> bool:
    """Whether the entry's year is a date, not a volume read as one: from 1995 on, or a year of
    the last century set before the volume of a Vancouver tail (`Anal Chem 1965; 37: 1108-10`;
    `Acta. 1862;2017:` is a volume and a year swapped)."""
    assert ref.date is not None
    year = ref.date.year
    if year >= _FIRST_REGISTERED:
        return True
    return year >= 1900 and ref.volume is not None and ref.date.span.end <= ref.volume.span.start


def _contradictions(ref: Reference, doi: str) -> Iterator[tuple[Span, str, str]]:
    """Each printed element the DOI contradicts: where it stands, and what the DOI says."""
    if not doi_grammar.may_encode(doi):
        return
    where = article_numbers.locator(ref, _WITH_DOI, named=False)
    volume = _digits(ref.volume.text if ref.volume is not None else None)
    if volume is None and where is not None:
        volume = _digits(where.volume)
    year = ref.date.year if ref.date is not None else None
    encoded = doi_grammar.read(doi, year, volume)
    if encoded is None:
        return
    at_doi = ref.doi.span if ref.doi is not None else Span(0, len(ref.text))
    if encoded.volumes and volume is not None and volume.lstrip("0") not in encoded.volumes:
        said = " or ".join(encoded.volumes)
        span = ref.volume.span if ref.volume is not None else at_doi
        yield span, f"volume {volume}", f"gives volume {said}"
        return  # the rest of the DOI cannot be read against a volume it does not share
    issue = _digits(ref.issue.text if ref.issue is not None else None)
    if encoded.issue is not None and issue is not None and int(issue) != int(encoded.issue):
        assert ref.issue is not None
        yield ref.issue.span, f"issue {issue}", f"gives issue {encoded.issue}"
    lone = where is not None and (where.last is None or encoded.ranges)
    if encoded.first is not None and where is not None and lone and not where.from_one:
        rest = article_numbers.outside_identifiers(ref, where)
        if not _same(where.first, encoded.first) and not article_numbers.prints_number(
            encoded.first, rest
        ):
            printed = "page or article number" if where.last is None else "first page"
            said = f"gives {printed} {encoded.first}"
            yield where.span, f"{printed} {where.first}", said
    if year is not None and ref.date is not None:
        if encoded.year is not None and year != encoded.year:
            yield ref.date.year_span, f"year {year}", f"gives year {encoded.year}"
        elif encoded.registered is not None and year < encoded.registered and _real_year(ref):
            said = f"was registered in {encoded.registered}, after that year"
            yield ref.date.year_span, f"year {year}", said


@rule(
    code="RL418",
    name="doi-contradicts-entry",
    category=Category.IDENTIFIER,
    severity=Severity.WARNING,
    summary="The volume, issue, page, article number or year a DOI encodes differ from the entry's",
)
def doi_contradicts_entry(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Reads the DOIs that publishers build from the citation itself and compares them with what the
    entry prints: MDPI's (`10.3390/nu7010646`: volume 7, issue 1, article or first page 646),
    Copernicus's (`10.5194/acp-12-345-2012`: volume 12, first page 345, year 2012), APS's
    (`10.1103/PhysRevLett.77.3865`), IOP's before 2012 (`10.1088/0953-8984/14/11/302`), the
    BMJ's (`bmj.324.7337.573`, `bmj.m1234`), SICI DOIs (`...18:3<335::...`: volume 18, issue 3,
    first page 335, and the cover year), and the article numbers of PLOS, eLife, Frontiers,
    Hindawi, Cell Press, BMJ's open journals, EMBO, Wiley and SAGE. A DOI that carries the year
    it was registered (Frontiers, Springer Nature, Elsevier's `j.` DOIs, BMJ's) cannot belong to
    a work printed before that year.

    ## Why is this bad?
    One of the two is wrong: either a number was mistyped, or the DOI is another paper's. Readers
    who follow the DOI reach a work the citation does not describe, or the citation cannot be
    found by its volume and page.

    ## Example
        1. Gayer J, Smith G. Micronutrient fortification of food in Southeast Asia. Nutrients.
           2015;7(12):646-658. doi:10.3390/nu7010646

    Use instead:
        1. Gayer J, Smith G. Micronutrient fortification of food in Southeast Asia. Nutrients.
           2015;7(1):646-658. doi:10.3390/nu7010646

    ## Limitations
    DOIs whose suffix is opaque (most of them) say nothing, and a page span from 1 is left to
    RL586. Elsevier's PII DOIs (`S0140-6736(20)30183-5`) are not read: back issues were given
    PIIs with later years, and the digits after the year are no page. A printed year later than
    a DOI's registration year is accepted: articles online in one year appear in a later issue.
    """
    if ref.doi is None:
        return
    for span, printed, said in _contradictions(ref, ref.doi.text):
        yield Diagnostic(
            span,
            f"{printed}, but the entry's DOI {ref.doi.text} {said}; one of the two is wrong",
        )


def _journal_article(ref: Reference) -> bool:
    """An entry citing a journal article: a journal, a volume and a place in it."""
    where = article_numbers.locator(ref, _WITH_DOI, named=False)
    if where is None:
        return False
    volume = ref.volume.text if ref.volume is not None else where.volume
    container = ref.container.text if ref.container is not None else ""
    return volume is not None and not doi_grammar.SERVER_WORDS.search(container)


def _outside_doi(ref: Reference) -> str:
    text = list(ref.text)
    for field in (ref.doi, ref.doi_marker, *ref.urls):
        if field is not None:
            text[field.span.start : field.span.end] = " " * (field.span.end - field.span.start)
    return "".join(text)


def _whole_book(ref: Reference) -> bool:
    """A book read as a whole: a publisher named in words, no chapter's marks, and no volume and
    page at the end (`Applied Energy, 96: 387` read as a book whose publisher is `387`)."""
    return (
        ref.kind in BOOKLIKE
        and ref.publisher is not None
        and any(char.isalpha() for char in ref.publisher.text)
        and article_numbers.journal_tail(ref) is None
        and ref.in_marker is None
        and not ref.editors
        and ref.pages is None
        and ref.container is None
        and ref.volume is None
    )


def _another_kind(ref: Reference, doi: str) -> str | None:
    """Why `doi` names another kind of work than the entry cites, if it does."""
    server = doi_grammar.preprint_server(doi)
    if server is not None:
        if _journal_article(ref) and not doi_grammar.SERVER_WORDS.search(_outside_doi(ref)):
            return (
                f"is a preprint's ({server}), but the entry cites the journal article; give "
                "the journal article's DOI"
            )
        return None
    if (m := doi_grammar.ABSTRACT.match(doi)) and _journal_article(ref):
        where = article_numbers.locator(ref, _WITH_DOI, named=False)
        number = m["n"] or m["m"]
        if where is not None and not _same(where.first, number):
            return (
                f"is a meeting abstract's (abstract {number}), but the entry cites an article "
                f"at {where.first}; give the article's DOI"
            )
        return None
    notice = _CORRECTION.match(ref.title.text) if ref.title is not None else None
    if notice is not None and _journal_article(ref):
        opening = notice.group().rstrip(_QUOTES)
        return (
            f"is a correction notice's (the title opens `{opening}`); cite the corrected "
            "article, its title and DOI, unless the notice itself is meant"
        )
    if _whole_book(ref):
        if doi_grammar.CHAPTER.match(doi):
            return "is one chapter's, but the entry cites the whole book; give the book's DOI"
        if doi_grammar.JOURNAL_ARTICLE.search(doi):
            return "is a journal article's, but the entry cites a book"
    return None


# a correction notice's title, the corrected article's after it (`Author Correction: Title`,
# Springer Nature's; `Erratum to: Title`, `Corrigendum to "Title"`, Elsevier's and others')
_CORRECTION = pattern(
    r"(?:Author|Publisher)\s+[Cc]orrection\s*:|(?:Erratum|Corrigendum|Correction)(?:\s+to)?\s*:"
    r"|(?:Erratum|Corrigendum|Correction)\s+to\s+[\"“]"
)
_QUOTES = ' "“'


@rule(
    code="RL419",
    name="doi-of-another-kind",
    category=Category.IDENTIFIER,
    severity=Severity.WARNING,
    summary="A DOI of another kind of work: a preprint's, a chapter's, an abstract's, an article's",
)
def doi_of_another_kind(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a DOI whose form names another kind of work than the entry cites: a preprint server's
    DOI (bioRxiv's `10.1101/2023.06.29.547082`, Research Square's `10.21203/rs.3.rs-...`, SSRN,
    arXiv, OSF, ChemRxiv ...) on an entry that cites a journal with its volume and pages; a
    chapter's DOI (Wiley's `.ch2`, Springer's `978-..._7`) on a whole book; a correction
    notice's, whose title the entry prints (`Author correction: genome-wide mapping ...`), on
    an entry that cites a journal with its volume and place, where the article is meant; a meeting
    abstract's DOI (AACR's `10.1158/1538-7445.AM2022-5589`, ASCO's `..._suppl.4000`) on an
    article elsewhere; a journal article's DOI (`10.1002/pam.4050050217`) on a book.

    ## Why is this bad?
    The DOI leads to a related but different work: the preprint (unreviewed, with other pages
    and often other results), one chapter, or an abstract. It is a warning, not an error: the
    work cited is still found by the rest of the entry, and a copy editor replaces the DOI with
    the version of record's.

    ## Example
        1. Martins T, Kaymak D, Tatari N. Enhancing CAR T cell therapy. Nat Commun.
           2024;15(1):9718. doi:10.1101/2023.08.31.555122

    Use instead:
        1. Martins T, Kaymak D, Tatari N. Enhancing CAR T cell therapy. Nat Commun.
           2024;15(1):9718. doi:10.1038/s41467-024-54129-w

    ## Limitations
    An entry that names the preprint too (`Preprint at bioRxiv`, `medRxiv`) is left alone: it
    cites both on purpose. Whether a DOI is another article's of the same kind only a registry
    can tell (RL402-RL405).
    """
    if ref.doi is None:
        return
    why = _another_kind(ref, ref.doi.text)
    if why is not None:
        yield Diagnostic(ref.doi.span, f"DOI {ref.doi.text} {why}")
