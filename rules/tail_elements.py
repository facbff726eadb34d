"""The elements closing a Vancouver entry set out otherwise than Citing Medicine sets them
(RL856-RL858): the volume and pages set off by a semicolon, no stop before `Available from:` or
`Report No.:`, and a bare DOI where `Available from:` asks for an address.

Each is a fault of the printed entry whatever the list: Citing Medicine, and the Vancouver styles
after it, join the volume to the pages with a colon, close each element with a period, and give
an address after `Available from:`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
    pattern,
    rule,
)

# `2013;2013;1–12.`, `[cited 2017 Jul 31];12;1-12`: a year or the access note, its semicolon, a
# volume (its issue perhaps), a second semicolon and the pages closing the tail
_SEMICOLON_PAGES = pattern(
    r"(?:(?<![\w/.-])(?:1[5-9]|20)\d\d|\])\s*;\s*(?P<volume>\d{1,5}[A-Za-z]?(?:\s*\(\s*[^()\s]{1,10}"
    r"\s*\))?)(?P<semi>\s*;\s*)(?P<pages>[A-Za-z]?\d{1,6}(?:\s*[\-\u2010-\u2015]\s*[A-Za-z]?\d{1,6})?)"
    r"(?=\s*(?:\.(?![\w/])|$))"  # (not a DOI's `10.` after the semicolon: `51; 10.1093/...`)
)


def volume_set_off_by_semicolon(ref: Reference) -> re.Match[str] | None:
    """The `;Volume;Pages` closing a journal article's tail, where the entry prints it so."""
    if ref.kind is not Kind.ARTICLE or ref.problem is not None or ref.text.count(";") < 2:
        return None
    start = ref.title.span.end if ref.title is not None else ref.body_start
    return _SEMICOLON_PAGES.search(ref.text, start)


@rule(
    code="RL856",
    name="volume-pages-semicolon",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal article's volume and pages set off by a semicolon (`2013;12;1-12`)",
    fixable=True,
)
def volume_pages_semicolon(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal article whose volume and pages are set off by a semicolon (`2013;12;1-12`,
    `[cited 2017 Jul 31];2013;1-12`) where Vancouver joins them with a colon (`2013;12:1-12`).

    ## Why is this bad?
    The semicolon ends the date; with a second one the volume reads as a second date or part of
    it, and a reader or a parser takes the article for one with no volume.

    ## Example
        1. Okoya AA, Torto N. Pesticides in sediments. Soil Sci. 2013;12;1-12.

    Use instead:
        1. Okoya AA, Torto N. Pesticides in sediments. Soil Sci. 2013;12:1-12.

    ## Fix safety
    Safe: only the mark between the volume and the pages changes.

    ## Limitations
    Read only where the pages close the tail (a period or the end after them): a semicolon
    between two numbers elsewhere may join two issues or two parts of a supplement.
    """
    found = volume_set_off_by_semicolon(ref)
    if found is None:
        return
    volume, pages = found["volume"], found["pages"]
    yield Diagnostic(
        Span(found.start("volume"), found.end("pages")),
        f"volume and pages set off by a semicolon (`{volume}{found['semi']}{pages}`); "
        f"Vancouver joins them with a colon (`{volume}:{pages}`)",
        fix=Fix.safe(Edit(Span(*found.span("semi")), ":"), message="Write a colon"),
    )


# `2(1) Available from:`, `106–11 Available from:`, `2001 Report No.:`: an element run on after a
# word, a number or a bracket with no stop (a period, a bracket's own `]` of a note excepted)
_NO_STOP = pattern(r"(?<=[\w)])(?P<gap>\s+)(?P<element>Available\s+from\s*:|Report\s+No\.\s*:)")


@rule(
    code="RL857",
    name="element-stop-missing",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="No stop before `Available from:` or `Report No.:` (`2(1) Available from:`)",
    fixable=True,
)
def element_stop_missing(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags `Available from:` or `Report No.:` run on after the element before it with no period
    (`2013 Jan;2(1) Available from: https://...`, `2001 Report No.: WHO/PCS/01.4.`).

    ## Why is this bad?
    Citing Medicine closes each element with a period; without it the pages, the issue or the
    year run into the note, and the entry reads as if it were cut.

    ## Example
        1. Lozano B, Hrynko I. Pesticide residues in fruit. Agric Sci. 2013;4(5):106-11 Available
           from: https://example.org/as.pdf

    Use instead:
        1. Lozano B, Hrynko I. Pesticide residues in fruit. Agric Sci. 2013;4(5):106-11. Available
           from: https://example.org/as.pdf

    ## Fix safety
    Safe: a period is put before the element.

    ## Limitations
    Only these two elements, whose capital and colon are Citing Medicine's own, are read; after
    a note in brackets (`[cited 2020 May 3] Available from:`) the bracket ends the element.
    """
    if "Available" not in ref.text and "Report" not in ref.text:
        return  # (most entries: the pattern's look-behind is not tried at every character)
    for found in _NO_STOP.finditer(ref.text, ref.body_start):
        element, gap = " ".join(found["element"].split()), found.start("gap")
        yield Diagnostic(
            Span(found.start("element"), found.end("element")),
            f"no stop before `{element}`; Citing Medicine closes the element before it with a "
            "period",
            fix=Fix.safe(Edit(Span(gap, gap), "."), message="Add a period"),
        )


# `Available from: 10.4172/2324-8661.1000106`: a DOI without its resolver where an address belongs
_BARE_DOI = pattern(r"Available\s+from\s*:\s*(?P<doi>10\.\d{4,9}/\S+?)(?=[.,;]?(?:\s|$))")


@rule(
    code="RL858",
    name="bare-doi-as-address",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A bare DOI after `Available from:`, where an address belongs",
    fixable=True,
)
def bare_doi_as_address(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a DOI printed bare after `Available from:` (`Available from: 10.1155/2013/131647`),
    the place of an address.

    ## Why is this bad?
    `Available from:` gives where the work is read: an address a reader can follow. A bare DOI
    there is no address; Citing Medicine gives the DOI as its own element (`doi:10.1155/...`) or
    as the resolver's address (`Available from: https://doi.org/10.1155/...`).

    ## Example
        1. Okoya AA, Torto N. Pesticides in sediments. J Sci Food Agric. 2013;93:101-12.
           Available from: 10.1002/jsfa.6001

    Use instead:
        1. Okoya AA, Torto N. Pesticides in sediments. J Sci Food Agric. 2013;93:101-12.
           Available from: https://doi.org/10.1002/jsfa.6001

    ## Fix safety
    Unsafe: the DOI is written as the resolver's address; a list may rather give it as
    `doi:10...` after the entry.
    """
    if "Available" not in ref.text:
        return
    for found in _BARE_DOI.finditer(ref.text, ref.body_start):
        doi = found["doi"]
        link = f"https://doi.org/{doi}"
        yield Diagnostic(
            Span(found.start("doi"), found.end("doi")),
            f"a bare DOI `{doi}` after `Available from:`, where an address belongs; write the "
            f"resolver's address (`{link}`)",
            fix=Fix.unsafe(Edit(Span(*found.span("doi")), link), message=f"Write `{link}`"),
        )
