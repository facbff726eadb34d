"""How an entry ends: its final period, and how the DOI or preprint it ends with is linked (RL808,
RL809).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

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
    list_rule,
    pattern,
)

from .conventions import (
    MIN_ENTRIES,
    WORKS,
    Learnt,
    deviations,
    deviations_by_work,
    style_form,
    work_of,
)
from .database_pages import database_pages, publisher_doi_pages

UNKNOWN = WORKS[Kind.UNKNOWN]

# a link, a labelled DOI or a bare one (`10.1093/ije/dyq028.`) that ends the entry
_ENDS_WITH_LINK = pattern(
    r"(?:(?:https?://|doi:\s*10\.|www\.)\S*|(?<!\S)10\.\d{4,9}/\S+)$", re.IGNORECASE
)


# APA's note of an older original closes the entry with no period after it
_ORIGINAL_WORK = pattern(r"\(Original\s+work\s+published\s[^()]{1,40}\)$")


def _ending(ref: Reference) -> str | None:
    body = ref.text[ref.body_start :].rstrip()
    if not body or _ENDS_WITH_LINK.search(body, _last_words(body, 2)):
        return None  # Citing Medicine ends a link with no period, so links set no convention
    if _ORIGINAL_WORK.search(body, max(0, len(body) - 80)):
        return None  # `(Original work published 1936)`: APA sets no period after it
    if body[-1] in "\"”’'" and len(body) > 1:
        body = body[:-1]  # Chicago closes a title ending the entry inside its quotes: `data.”`
    return "period" if body[-1] in ".?!" else "none"


# a web address that ends the entry (`https://...pdf.`); a DOI labelled or bare is not one
_ENDS_WITH_ADDRESS = pattern(r"(?:https?://|www\.)\S*$", re.IGNORECASE)


def _link_ending(ref: Reference) -> str | None:
    """How an entry that ends with a web address ends: with a period after it or not; None for
    the others. A list whose entries close their links with a period, as the rest, holds them
    all to it."""
    body = ref.text[ref.body_start :].rstrip()
    if not body or not _ENDS_WITH_ADDRESS.search(body, _last_words(body, 1)):
        return None
    return "period" if body[-1] == "." else "none"


def _address_ending(ref: Reference) -> str | None:
    """How an entry that ends with a web address, not a DOI, closes: "period"
    (`https://x.org/a/.`) or "none"; None for an entry ending otherwise."""
    body = ref.text[ref.body_start :].rstrip()
    link = _ENDS_WITH_LINK.search(body, _last_words(body, 2)) if body else None
    if link is None or "doi" in link.group().lower() or link.group().startswith("10."):
        return None  # (a DOI is closed by a period or not as often, even within one style)
    return "period" if body.endswith(".") else "none"


MIN_LINKS_CLOSED = 3  # links closed by a period before a list counts as closing its links so


def _closes_links(refs: Sequence[Reference]) -> tuple[int, int] | None:
    """Whether the list closes the web addresses that end its entries with a period, as Chicago
    does: three at least, and twice as many as it leaves open; (closed, all) if so."""
    forms = [form for ref in refs if (form := _address_ending(ref)) is not None]
    closed = forms.count("period")
    if closed >= MIN_LINKS_CLOSED and closed >= 2 * forms.count("none"):
        return closed, len(forms)
    return None


def _last_words(text: str, count: int) -> int:
    """Where the last `count` words of `text` (which ends in a word) start: where a link that
    ends the entry lies (`doi: 10.1000/1`)."""
    at = start = len(text)
    for _ in range(count):
        while at > 0 and not text[at - 1].isspace():
            at -= 1
        start = at
        while at > 0 and text[at - 1].isspace():
            at -= 1
    return start


@list_rule(
    code="RL808",
    name="terminal-punctuation-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An entry that does not end with a period where the list's others do",
    fixable=True,
)
def terminal_punctuation(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list ends its entries with a period and flags entries that do not. Entries
    that end with a link or a DOI, labelled or bare (`10.1093/ije/dyq028`), are left out: Citing
    Medicine ends those without a period; where the list's entries that end with a web address
    close it with a period (five at least, four in five; or, as Chicago does, three at least and
    twice as many as it leaves open, DOIs apart), one without is flagged too.

    ## Why is this bad?
    A missing final period is small, and exactly what a copy editor marks.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-5

    Use instead:
        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-5.

    ## Fix safety
    Safe: a period is added at the end of the entry.
    """
    wanted, style = style_form(ctx, lambda s: s.terminal_period)
    pinned = (None if wanted is None else "period" if wanted else "none", style)
    found, odd = deviations(refs, _ending, pinned)
    if found is not None and found.form != "period":
        return
    said = [(ref, found.says("entries end with one")) for ref, _ in odd] if found else []
    linked, odd_links = deviations(refs, _link_ending)
    closing = _closes_links(refs)
    if linked is not None and linked.form == "period":
        usual = linked.says("entries that end with an address close it with one")
        said = sorted([*said, *((ref, usual) for ref, _ in odd_links)], key=lambda p: p[0].index)
    elif closing is not None:
        usual = f"{closing[0]} of {closing[1]} entries that end with an address close it with one"
        open_ = [ref for ref in refs if _address_ending(ref) == "none"]
        said = sorted([*said, *((ref, usual) for ref in open_)], key=lambda p: p[0].index)
    for ref, usual in said:
        end = len(ref.text.rstrip())
        yield Diagnostic(
            Span(end - 1, end),
            f"entry does not end with a period; {usual}",
            fix=Fix.safe(Edit(Span(end, end), "."), message="Add a period"),
            ref=ref,
        )


# A resolver's address as printed: `https://doi.org/`, `http://dx.doi.org/`, `doi.org/`
_RESOLVER = pattern(r"(?:https?://)?(?:dx\.)?doi\.org/", re.IGNORECASE)


def _doi_form(ref: Reference) -> str | None:
    """How the DOI is printed: `doi:` after its label, or the resolver address it is linked by,
    told apart by host and scheme (`https://doi.org/` is not `http://dx.doi.org/`)."""
    if ref.doi is None or ref.doi_marker is None:
        return None
    marker = ref.doi_marker.text.strip().lower()
    resolver = _RESOLVER.search(marker)
    if resolver is not None:  # a resolver address, even after a "doi:" label, is a link
        return resolver.group()
    return "doi:" if marker.startswith("doi") else marker


def _doi_prefix(ref: Reference) -> str:
    assert ref.doi_marker is not None and ref.doi is not None
    return ref.text[ref.doi_marker.span.start : ref.doi.span.start]


def _arxiv_link(ref: Reference) -> str | None:
    """How an arXiv work is linked: by its DOI, by an arxiv.org page, or not at all (None)."""
    if ref.arxiv is None:
        return None
    if ref.doi is not None and ref.doi.text.lower().startswith("10.48550/"):
        return "doi"
    if any("arxiv.org/" in u.text.lower() for u in ref.urls):
        return "arxiv.org"
    return None


def _doi_deviations(refs: Sequence[Reference], learnt: Learnt, named: bool) -> Iterator[Diagnostic]:
    """One kind of work's DOIs printed unlike its others (`named`: say which kind it is)."""
    found = learnt.convention
    if not learnt.odd:
        return
    same = [
        ref
        for ref in refs
        if (not learnt.work or work_of(ref) == learnt.work) and ref.doi is not None
    ]
    printed = Counter(_doi_prefix(ref) for ref in same if _doi_form(ref) == found.form)
    common = printed.most_common(1)
    prefix = common[0][0] if common else found.form  # "doi:" or "doi: " as the list has it
    dois = f"DOIs of {learnt.work}" if named else "DOIs"
    for ref, _form in learnt.odd:
        assert ref.doi_marker is not None and ref.doi is not None
        span = Span(ref.doi_marker.span.start, ref.doi.span.start)
        printed_as = _doi_prefix(ref).strip()
        # "doi: https://doi.org/10..." to the list's "doi:" or back drops or adds only a
        # resolver beside the label: the same DOI, printed the same way
        labelled = printed_as.lower().startswith("doi") and found.form == "doi:"
        make = Fix.safe if labelled else Fix.unsafe
        yield Diagnostic(
            ref.doi_marker.span,
            f"DOI printed as `{printed_as}`; {found.says(f'{dois} are printed as `{found.form}`')}",
            fix=make(Edit(span, prefix), message=f"Print the DOI as `{prefix}{ref.doi.text}`"),
            ref=ref,
        )


_CURRENT = "https://doi.org/"
_OLD_HOST = pattern(r"(?i)^(?:https?://)?dx\.doi\.org/$")


def _old_resolver(refs: Sequence[Reference], held: set[int]) -> Iterator[Diagnostic]:
    """DOIs linked through the resolver's old host (`http://dx.doi.org/`) in a list that links
    its others through its current address (`https://doi.org/`), `MIN_ENTRIES` at least and at
    least as many: the list has moved to the current form, and the old one is what is left of
    the records it was copied from (`held`: entries a learnt form already flags)."""
    forms = [(ref, form) for ref in refs if (form := _doi_form(ref)) is not None]
    current = sum(1 for _, form in forms if form == _CURRENT)
    old = [(ref, form) for ref, form in forms if _OLD_HOST.match(form)]
    if not old or current < MIN_ENTRIES or current < len(old):
        return
    for ref, _form in old:
        if id(ref) in held:
            continue
        assert ref.doi_marker is not None and ref.doi is not None
        span = Span(ref.doi_marker.span.start, ref.doi.span.start)
        yield Diagnostic(
            ref.doi_marker.span,
            f"DOI linked through `{_doi_prefix(ref).strip()}`, the resolver's old address; "
            f"{current} of the list's DOIs are linked through `{_CURRENT}`",
            fix=Fix.unsafe(
                Edit(span, _CURRENT), message=f"Link the DOI as `{_CURRENT}{ref.doi.text}`"
            ),
            ref=ref,
        )


@list_rule(
    code="RL809",
    name="identifier-link-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A DOI or preprint linked in a different form than the list's others",
    fixable=True,
)
def identifier_link(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns how the list prints DOIs (`https://doi.org/...` or `doi: ...`) and flags the others;
    and where the list links arXiv preprints by their DOI (`https://doi.org/10.48550/arXiv...`),
    flags a preprint linked to an arxiv.org page instead, and a journal article linked to a
    database's copy (JSTOR, ProQuest, EBSCOhost, ResearchGate) in the place of the DOI that
    four in five of the list's journal articles give (at least five), and a work linked to its
    publisher's page whose address holds its DOI (`degruyter.com/document/doi/10.1515/x/pdf`)
    where four in five of the list's DOIs (at least five) are resolver links. Resolver addresses are
    told apart by host and scheme (`https://doi.org/` among `http://dx.doi.org/`). The DOI form
    is learnt apart for journal articles, books and chapters, and preprints and web pages:
    Citing Medicine prints a journal article's DOI as `doi:10...` and a preprint's as the link
    after `Available from:`. Entries of no kind refslint knows, too few to learn a form of
    their own, are held to the whole list's. A named
    style's `doi-link` is the form of its journal articles, books and chapters. A DOI linked
    through the resolver's old address (`http://dx.doi.org/`) is flagged where the list links
    at least as many through the current one (`https://doi.org/`, five at least).

    ## Why is this bad?
    A DOI link is stable and says which work is meant; an `arxiv.org/html/...v1` page is one
    rendering of one version.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. Xie T, Fu X. Crystal diffusion. arXiv. [Preprint.] 2022 [accessed on 2026 Oct 21].
           Available from: https://doi.org/10.48550/arXiv.2110.06197.
        2. Cao Z, Luo X. Space group transformer. arXiv. [Preprint.] 2024 [accessed on 2026 Oct 21].
           Available from: https://doi.org/10.48550/arXiv.2403.15734.
        3. Gebauer NWA. Symmetry-adapted generation. arXiv. [Preprint.] 2020
           [accessed on 2026 Oct 21]. Available from: https://doi.org/10.48550/arXiv.1906.00957.
        4. Satorras VG. Equivariant graph networks. arXiv. [Preprint.] 2022
           [accessed on 2026 Oct 21]. Available from: https://doi.org/10.48550/arXiv.2102.09844.
        5. Zhang D, Liu X. DPA-2. arXiv. [Preprint.] 2023 [accessed on 2026 Oct 21].
           Available from: https://arxiv.org/html/2312.15492v1.

    Use instead:
        1. Xie T, Fu X. Crystal diffusion. arXiv. [Preprint.] 2022 [accessed on 2026 Oct 21].
           Available from: https://doi.org/10.48550/arXiv.2110.06197.
        2. Cao Z, Luo X. Space group transformer. arXiv. [Preprint.] 2024 [accessed on 2026 Oct 21].
           Available from: https://doi.org/10.48550/arXiv.2403.15734.
        3. Gebauer NWA. Symmetry-adapted generation. arXiv. [Preprint.] 2020
           [accessed on 2026 Oct 21]. Available from: https://doi.org/10.48550/arXiv.1906.00957.
        4. Satorras VG. Equivariant graph networks. arXiv. [Preprint.] 2022
           [accessed on 2026 Oct 21]. Available from: https://doi.org/10.48550/arXiv.2102.09844.
        5. Zhang D, Liu X. DPA-2. arXiv. [Preprint.] 2023 [accessed on 2026 Oct 21].
           Available from: https://doi.org/10.48550/arXiv.2312.15492.

    ## Fix safety
    Unsafe: the DOI names the work rather than one version of it, which may not be what the
    authors meant to cite; and a DOI reprinted as a link (or back) changes what readers click.
    Safe where a DOI written after its label as a resolver address (`doi: http://dx.doi.org/10...`)
    is printed the list's `doi:` way: only the redundant address goes.
    """
    yield from database_pages(refs)
    yield from publisher_doi_pages(refs)
    works = {work_of(ref) for ref in refs if _doi_form(ref) is not None}
    pinned = style_form(ctx, lambda s: s.doi_link)
    by_work = deviations_by_work(refs, _doi_form, pinned)
    for learnt in by_work:
        yield from _doi_deviations(refs, learnt, named=len(works) > 1)
    held = {id(ref) for learnt in by_work for ref, _ in learnt.odd}
    yield from _old_resolver(refs, held)
    if UNKNOWN in works and all(learnt.work != UNKNOWN for learnt in by_work):
        # too few entries of no known kind to learn from: they follow the whole list's form
        found, odd = deviations(refs, _doi_form, pinned)
        odd = [(ref, form) for ref, form in odd if work_of(ref) == UNKNOWN]
        if found is not None:
            yield from _doi_deviations(refs, Learnt("", found, odd), named=False)
    found, odd = deviations(refs, _arxiv_link, style_form(ctx, lambda s: s.preprint_link))
    if found is None or found.form != "doi":
        return
    for ref, _form in odd:
        assert ref.arxiv is not None
        url = next(u for u in ref.urls if "arxiv.org/" in u.text.lower())
        identifier = re.sub(r"v\d+$", "", ref.arxiv.text)
        link = f"https://doi.org/10.48550/arXiv.{identifier}"
        yield Diagnostic(
            url.span,
            f"preprint linked to `{url.text}`; "
            f"{found.says('preprints are linked by their DOI')} (`{link}`)",
            fix=Fix.unsafe(Edit(url.span, link), message=f"Link `{link}`"),
            ref=ref,
        )
