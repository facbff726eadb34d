"""Identifier rules, offline (RL401, RL406-RL408, RL415): are DOIs, arXiv identifiers, article
numbers and PubMed Central ids shaped the way their registries issue them? (RL402-RL405 ask the
registries themselves.)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    MONTH_ABBR,
    Category,
    Context,
    Diagnostic,
    Edit,
    Field,
    Fix,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
    rule,
)

DOI = pattern(r"10\.\d{4,9}(?:\.\d+)*/\S+")
DOI_PREFIX = pattern(r"10\.(\d+)(?:\.\d+)*")
NEW_ARXIV = pattern(r"(\d{2})(\d{2})\.(\d+)(?:v\d+)?")
OLD_ARXIV = pattern(r"[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/(\d{2})(\d{2})(\d+)(?:v\d+)?")
ARXIV_IN_LINK = pattern(r"(?:10\.48550/arxiv\.|arxiv\.org/(?:abs|pdf|html)/)([^\s?#]+)", re.I)
# Springer Nature DOI suffixes: "s41570-018-0121" (journal, year, article) and, before 2017,
# "npjcompumats.2016.28" (journal code, year, article).
NATURE_SUFFIX = pattern(r"(s\d{5})-?(\d{3})-?(\d{4,5})(?:-?([0-9a-z]))?")
NATURE_OLD_SUFFIX = pattern(r"([a-z]{2,})(\.?)((?:19|20)\d{2})\2(\d{1,4})")
# AGU's DOI suffix (10.1029/2004GL021450: the year, the journal's two letters, six digits). AGU
# numbers an article by its paragraph id (`L09702`) or, since 2019, by `e` and this suffix
# (`e2020GL089000`): the suffix alone is neither.
AGU_SUFFIX = pattern(r"(?:19|20)\d{2}[A-Z]{2}\d{6}")


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _doi_problem(doi: str) -> tuple[str, str | None]:
    """What is wrong with `doi` and, where it is clear, what it should be."""
    prefix = DOI_PREFIX.match(doi)
    if prefix is None:
        return "it does not start with '10.' and a registrant number", None
    if not 4 <= len(prefix.group(1)) <= 9:
        return "the registrant number after '10.' should have 4 to 9 digits", None
    rest = doi[prefix.end() :]
    if not rest.startswith("/"):
        guess = f"{doi[: prefix.end()]}/{rest}" if rest[:1].isalpha() else None
        return f"there is no '/' between the prefix {doi[: prefix.end()]} and the suffix", guess
    if len(rest) == 1:
        return "nothing follows the '/'", None
    return "it contains a space", None


@rule(
    code="RL401",
    name="doi-malformed",
    category=Category.IDENTIFIER,
    severity=Severity.ERROR,
    summary="A DOI is not shaped like 10.NNNN/suffix",
)
def doi_malformed(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a DOI that is not "10.", a registrant number of 4-9 digits, "/" and a suffix:
    `10.1021jacs.0c01234` (no slash), `doi: 10.1038/` (no suffix); and a DOI link whose slash
    after the resolver became another mark (`https://doi.org;10.1007/s00355-011-0570-1`), or
    whose resolver is printed twice or followed by the DOI's label, as a reference manager joins
    a DOI field that holds a link to its own resolver (`https://doi.org/https://doi.org/10.1515/x`,
    `https://doi.org/doi:10.1515/x`).

    ## Why is this bad?
    A malformed DOI does not resolve, so the one link that should never break leads nowhere.

    ## Example
        1. Zhao X. Peroxide production. J Am Chem Soc 2021;143:9423-8. doi:10.1021jacs.1c03025

    Use instead:
        1. Zhao X. Peroxide production. J Am Chem Soc 2021;143:9423-8. doi:10.1021/jacs.1c03025
    """
    if ref.doi is None:
        if ref.doi_marker is not None:
            yield Diagnostic(
                ref.doi_marker.span,
                f"'{ref.doi_marker.text}' is not followed by a DOI; expected 10.NNNN/suffix",
            )
        yield from _damaged_doi_links(ref)
        return
    if DOI.fullmatch(ref.doi.text):
        return
    problem, guess = _doi_problem(ref.doi.text)
    message = f"DOI '{ref.doi.text}' is malformed: {problem}; expected 10.NNNN/suffix"
    yield Diagnostic(ref.doi.span, message + (f" (did you mean '{guess}'?)" if guess else ""))


# A DOI link whose slash after the resolver's host became another mark
# (`https://doi.org;10.1007/s00355-011-0570-1`): the address names another host and leads nowhere.
_DAMAGED_DOI_LINK = pattern(
    r"(?P<host>(?:https?://)?(?:dx\.)?doi\.org)(?P<mark>[;:,.]\s*)(?P<doi>10\.\d{4,9}/\S+)"
)


# ... or whose resolver was printed twice, or followed by the DOI's label, as a reference manager
# joins a record's DOI field to its own resolver (`https://doi.org/https://doi.org/10.1515/x`,
# `https://doi.org/doi:10.1515/x`)
_DOUBLED_DOI_LINK = pattern(
    r"(?P<host>(?:https?://)?(?:dx\.)?doi\.org/)"
    r"(?P<extra>(?:https?://)?(?:dx\.)?doi\.org/|doi:\s*)(?P<doi>10\.\d{4,9}/\S+)",
    re.I,
)


def _damaged_doi_links(ref: Reference) -> Iterator[Diagnostic]:
    for url in ref.urls:
        doubled = _DOUBLED_DOI_LINK.fullmatch(url.text)
        if doubled is not None:
            what = (
                "the resolver printed twice"
                if "/" in doubled["extra"]
                else "`doi:` after the resolver"
            )
            yield Diagnostic(
                url.span,
                f"DOI link '{url.text}' is malformed: {what}; expected "
                f"'{doubled['host']}{doubled['doi']}'",
            )
            continue
        found = _DAMAGED_DOI_LINK.fullmatch(url.text)
        if found is None:
            continue
        wanted = f"{found['host']}/{found['doi']}"
        yield Diagnostic(
            url.span,
            f"DOI link '{url.text}' is malformed: `{found['mark'].strip()}` where the address "
            f"needs `/` after the resolver; expected '{wanted}'",
        )


def _arxiv_problem(text: str, today: dt.date) -> str | None:
    if m := NEW_ARXIV.fullmatch(text):
        year, month, number = 2000 + int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= month <= 12:
            return f"'{m.group(2)}' is not a month (the first four digits are YYMM)"
        if (year, month) < (2007, 4):
            return "identifiers of the form YYMM.NNNNN begin in April 2007 (0704)"
        if dt.date(year, month, 1) > today:
            return f"it would be issued in {MONTH_ABBR[month - 1]} {year}, after today"
        digits = 5 if year >= 2015 else 4
        if len(number) != digits:
            era = "since January 2015" if digits == 5 else "before 2015"
            return f"{era} the number after the dot has {digits} digits, not {len(number)}"
        return None
    if m := OLD_ARXIV.fullmatch(text):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            return f"'{m.group(2)}' is not a month (the digits after '/' start with YYMM)"
        if 7 < year < 91 or (year < 91 and (year, month) > (7, 3)):
            return "identifiers of the form archive/YYMMNNN run from 1991 to March 2007"
        if len(m.group(3)) != 3:
            return f"the number after YYMM has 3 digits, not {len(m.group(3))}"
        return None
    return "expected YYMM.NNNNN (as in 2401.00096) or archive/YYMMNNN (as in hep-th/9901001)"


def _arxiv_ids(ref: Reference) -> Iterator[Field]:
    """Every arXiv identifier the entry prints: its own field, and inside arXiv DOIs and links."""
    if ref.arxiv:
        yield ref.arxiv
    for link in (ref.doi, *ref.urls):
        if link is not None and (m := ARXIV_IN_LINK.search(link.text)):
            text = m.group(1).rstrip(".").removesuffix(".pdf")
            start = link.span.start + m.start(1)
            yield Field(text, Span(start, start + len(text)))


@rule(
    code="RL406",
    name="arxiv-id-malformed",
    category=Category.IDENTIFIER,
    severity=Severity.ERROR,
    summary="An arXiv identifier is not shaped the way arXiv issues them",
)
def arxiv_id_malformed(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an arXiv identifier that arXiv cannot have issued: a month 13, a number with the wrong
    count of digits for its year (four before 2015, five since), a month still to come.

    ## Why is this bad?
    The identifier leads to another paper or to none; usually a digit was lost or added in copying.

    ## Example
        1. Batatia I. A foundation model. arXiv [Preprint]. 2024 Mar 1. arXiv:2401.0096.

    Use instead:
        1. Batatia I. A foundation model. arXiv [Preprint]. 2024 Mar 1. arXiv:2401.00096.
    """
    seen: set[str] = set()
    for identifier in _arxiv_ids(ref):
        text = identifier.text.removeprefix("arXiv:").removeprefix("arxiv:")
        if text in seen:
            continue
        seen.add(text)
        problem = _arxiv_problem(text, ctx.today)
        if problem:
            yield Diagnostic(identifier.span, f"arXiv identifier '{text}' is malformed: {problem}")


_NOT_ALNUM = pattern(r"[^0-9a-z]")


def _squash(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


# A DOI suffix a journal prints as the article's e-locator: digits, or an ISSN (its check
# character may be X) followed by digits
_SAGE_LOCATOR = pattern(r"\d+|\d{7}[\dX]\d{6,}")


def _suffix_behind(value: str, doi: Field | None) -> tuple[bool, str | None]:
    """Whether `value` is a DOI suffix rather than an article number, and that suffix when known.

    Publisher records carry an internal id made of "BF" and the DOI suffix without punctuation
    ("BFs415700180121" for 10.1038/s41570-018-0121, "BF01234567" for 10.1007/BF01234567), and some
    exports print it as the article number. A DOI suffix printed on its own is no article number
    either.
    """
    body = value.removeprefix("BF")
    from_bf = body != value and (body[:1].islower() or re.fullmatch(r"\d{8}", body) is not None)
    own = doi.text.split("/", 1)[1] if doi is not None and "/" in doi.text else ""
    if own and _squash(body) == _squash(own):
        # SAGE and others make a digits-only DOI suffix the article's e-locator
        # (Tumour Biol 2018;40:1010428318799255, doi:10.1177/1010428318799255): a real number,
        # also where the journal's ISSN leading it ends in its check letter X
        # (Glob Pediatr Health 2021;8:2333794X21999145, doi:10.1177/2333794X21999145)
        return (False, None) if value == own and _SAGE_LOCATOR.fullmatch(own) else (True, own)
    if m := NATURE_SUFFIX.fullmatch(body):
        journal, year, article, check = m.groups()
        if check is None and len(article) == 5 and "-" not in body:
            return True, None  # five digits, or four and a check digit: cannot tell
        return True, f"{journal}-{year}-{article}" + (f"-{check}" if check else "")
    if (m := NATURE_OLD_SUFFIX.fullmatch(body)) and (from_bf or m.group(2)):
        return True, f"{m.group(1)}.{m.group(3)}.{m.group(4)}"
    if from_bf:
        return True, value if body.isdigit() else None
    if AGU_SUFFIX.fullmatch(value):
        return True, value
    return False, None


def _locators(ref: Reference) -> Iterator[Field]:
    """The article number, and the whole word printed where the pages start ("s41570-018-0121"
    read as a page range still names one DOI suffix)."""
    if ref.article_number is not None:
        yield ref.article_number
    if ref.pages is not None:
        start = ref.pages.span.start
        word = ref.text[start:].split(maxsplit=1)[0].rstrip(".,;")
        yield Field(word, Span(start, start + len(word)))


@rule(
    code="RL407",
    name="article-number-doi-fragment",
    category=Category.IDENTIFIER,
    severity=Severity.ERROR,
    summary="An article number that is really a piece of a DOI",
)
def article_number_doi_fragment(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an article number (or what stands where the pages should) that is a DOI suffix in
    disguise: a publisher's record id such as `BFnpjcompumats201628` ("BF" and the DOI suffix
    npjcompumats.2016.28 run together), or the entry's own DOI suffix.

    ## Why is this bad?
    The real article number (16028 for that paper) is lost, so readers and databases cannot find
    the paper from volume and article number; it comes from reference-manager exports, so whole
    lists are often affected.

    ## Example
        1. Ward L. Machine learning for materials. npj Comput Mater 2016;2:BFnpjcompumats201628.

    Use instead:
        1. Ward L. Machine learning for materials. npj Comput Mater 2016;2:16028.

    ## Limitations
    The real article number is not derived: how journals turn a DOI into an article number varies,
    so the message names the DOI suffix and asks you to check the record. A suffix of digits alone
    printed as it is (`2018;40:1010428318799255` with doi:10.1177/1010428318799255) is left alone:
    SAGE and others give articles their DOI suffix as the article number.
    AGU's DOI suffix printed where the article number goes (`Geophys. Res. Lett. 32,
    2004GL021450`) is flagged: AGU numbers an article by its paragraph id (`L09702`) or by `e`
    and the suffix (`e2020GL089000`), never by the suffix alone.
    """
    seen: set[int] = set()
    for number in _locators(ref):
        if number.span.start in seen:
            continue
        seen.add(number.span.start)
        fragment, suffix = _suffix_behind(number.text, ref.doi)
        if not fragment:
            continue
        if suffix is None:
            what = "a DOI suffix with its punctuation removed"
        elif number.text.startswith("BF") and not suffix.startswith("BF"):
            what = f"'BF' and the DOI suffix {suffix} run together"
        else:
            what = f"the DOI suffix {suffix}"
        yield Diagnostic(
            number.span,
            f"article number '{number.text}' is {what}, not an article number; "
            "check the record for the real article number",
        )


@list_rule(
    code="RL408",
    name="doi-repeated",
    category=Category.IDENTIFIER,
    severity=Severity.WARNING,
    summary="Two entries carry the same DOI, or one entry prints its DOI twice",
)
def doi_repeated(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an entry whose DOI (compared without regard to case) an earlier entry already carries,
    and an entry that prints one DOI twice (`doi: 10.1145/3191513. URL:
    https://doi.org/10.1145/3191513.`). A DOI cut to its journal's ISSN (`10.1016/0168-5597`, an
    old DOI cut at its `(`) names no one work: two articles of the journal cut so are not one
    work listed twice.

    ## Why is this bad?
    One work listed twice splits its citations between two numbers; or one of the two DOIs was
    pasted into the wrong entry and points at the other paper. A DOI printed twice in one entry
    is an export's DOI and URL fields both printed: one link is enough.

    ## Example
        1. Xie T. Crystal graphs. Phys Rev Lett 2018;120:145301. doi:10.1103/PhysRevLett.120.145301
        2. Xie T. Crystal graphs. Phys Rev Lett 2018;120:145301. doi:10.1103/physrevlett.120.145301

    Use instead:
        1. Xie T. Crystal graphs. Phys Rev Lett 2018;120:145301. doi:10.1103/PhysRevLett.120.145301
    """
    first: dict[str, Reference] = {}
    for ref in refs:
        yield from _doi_twice(ref)
        if ref.doi is None or not DOI.fullmatch(ref.doi.text) or _ISSN_ONLY.fullmatch(ref.doi.text):
            continue
        earlier = first.setdefault(ref.doi.text.lower(), ref)
        if earlier is ref:
            continue
        name = f"entry {earlier.number}" if earlier.number is not None else "an earlier entry"
        name += f" (the {_ordinal(earlier.index)} in the list)" if earlier.number is None else ""
        yield Diagnostic(
            ref.doi.span,
            f"DOI {ref.doi.text} is also on {name}; each work should be listed once",
            ref=ref,
        )


# a DOI in the text, its closing marks left off (`10.1145/3191513.`, `(doi:10.1/x)`)
_DOI_IN_TEXT = pattern(r"10\.\d{4,9}/[^\s<>\"]+?(?=[.,;)\]]*(?:\s|$))")


def _doi_twice(ref: Reference) -> Iterator[Diagnostic]:
    """The second printing of a DOI the entry has printed already, bare or in a link."""
    if ref.text.count("10.") < 2:
        return
    seen: set[str] = set()
    for found in _DOI_IN_TEXT.finditer(ref.text, ref.body_start):
        doi = found[0].lower()
        if doi in seen:
            yield Diagnostic(
                Span(found.start(), found.end()),
                f"DOI {found[0]} is printed twice in this entry; give it once",
                ref=ref,
            )
            return
        seen.add(doi)


# A PubMed Central id is `PMC` and digits. Reference-manager exports print the prefix twice
# (`PMCID: PMCPMC1255050`, `PMCPmc3555860`) or drop it after the label (`PMCID: 1255050`).
PMCID_DOUBLED = pattern(r"\bPMC((?:PMC)+)(\d{1,9})\b", re.IGNORECASE)
PMCID_BARE = pattern(r"\bPMCID:?\s*(\d{1,9})\b")


# a DOI whose suffix is an ISSN alone: an old DOI (`10.1016/0168-5597(92)90016-6`) cut at its `(`
_ISSN_ONLY = pattern(r"10\.\d{4,9}/\d{4}-\d{3}[\dXx]")


@rule(
    code="RL415",
    name="pmcid-malformed",
    category=Category.IDENTIFIER,
    severity=Severity.ERROR,
    summary="A PubMed Central id is not `PMC` and digits",
    fixable=True,
)
def pmcid_malformed(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a PubMed Central id printed with its `PMC` prefix twice (`PMCPMC1255050`,
    `PMCPmc3555860`) or without it after its label (`PMCID: 1255050`).

    ## Why is this bad?
    PubMed Central finds no article by the id as printed. Reference-manager exports print whole
    lists this way, so one broken id usually means many.

    ## Example
        1. Hawkins CH. Legal restrictions on minors' smoking. Am J Public Health.
           1964;54:1741-4. PubMed Central PMCID: PMCPMC1255050.

    Use instead:
        1. Hawkins CH. Legal restrictions on minors' smoking. Am J Public Health.
           1964;54:1741-4. PubMed Central PMCID: PMC1255050.

    ## Fix safety
    Safe: the repeated prefix is removed, or the missing one added; the digits stay.
    """
    # Both patterns need the letters `pmc`: a substring test skips the entries without them (all
    # but a few), where the case-blind pattern would try a match at every word start.
    if "pmc" not in ref.text.lower():
        return
    for m in PMCID_DOUBLED.finditer(ref.text, ref.body_start):
        fixed = f"PMC{m.group(2)}"
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"PubMed Central id '{m.group()}' prints its prefix twice; expected '{fixed}'",
            fix=Fix.safe(Edit(Span(m.start(1), m.end(1)), ""), message=f"Write `{fixed}`"),
        )
    for m in PMCID_BARE.finditer(ref.text, ref.body_start):
        fixed = f"PMC{m.group(1)}"
        yield Diagnostic(
            Span(m.start(1), m.end(1)),
            f"PubMed Central id '{m.group(1)}' lacks its 'PMC' prefix; expected '{fixed}'",
            fix=Fix.safe(Edit(Span(m.start(1), m.start(1)), "PMC"), message=f"Write `{fixed}`"),
        )
