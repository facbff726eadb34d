"""A year printed bare beside the same authors' lettered year (RL881): `NBS, 2024.` in a list
that prints the same body's other work of that year as `2024a`.

Author-date styles tell an author's works of one year apart by letters, and every one of them
takes its letter: the bare year is the one a citation `(NBS, 2024)` cannot be matched to.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

_LETTERED = pattern(r"(?<![\w/.:-])(?P<year>(?:1[5-9]|20)\d\d)(?P<letter>[a-z])(?![\w/-])")
_BARE = pattern(r"(?<![\w/.:-])(?P<year>(?:1[5-9]|20)\d\d)(?![\w/-])")
_PLAIN = pattern(r"[^\W_]+")


def _names(ref: Reference) -> str:
    """The names that open the entry, as printed, without case or marks: its authors, or where
    none were read its first element (a body's name, `NBS – National Bureau of Statistics`)."""
    if ref.authors_span is not None:
        printed = ref.text[ref.authors_span.start : ref.authors_span.end]
    else:
        end = ref.text.find(". ", ref.body_start)
        printed = ref.text[ref.body_start : end if end > 0 else len(ref.text)]
    return " ".join(_PLAIN.findall(printed.lower()))


def _skipped(ref: Reference) -> list[Span]:
    """The entry's title, addresses and access note, whose years are not its date."""
    return [f.span for f in (ref.title, ref.access_note, *ref.urls) if f is not None]


def _lettered(ref: Reference) -> dict[int, str]:
    """The entry's lettered years (`2024a`) outside its title, addresses and access note."""
    found = list(_LETTERED.finditer(ref.text, ref.body_start))
    if not found:
        return {}
    skip = _skipped(ref)
    return {
        int(m["year"]): m["letter"]
        for m in found
        if not any(s.start <= m.start() < s.end for s in skip)
    }


def _bare(ref: Reference) -> dict[int, Span]:
    """The entry's bare years and where they stand: the year the grammar read as its date, or
    where it read none, every year outside its title, addresses and access note."""
    if ref.date is not None:
        span = ref.date.year_span
        if ref.text[span.end : span.end + 1].isalpha():
            return {}
        return {ref.date.year: Span(span.start, span.end)}
    skip = _skipped(ref)
    return {
        int(m["year"]): Span(m.start(), m.end())
        for m in _BARE.finditer(ref.text, ref.body_start)
        if not any(s.start <= m.start() < s.end for s in skip)
    }


@list_rule(
    code="RL881",
    name="year-letter-missing",
    category=Category.DATE,
    severity=Severity.WARNING,
    summary="A year printed bare where the same authors' other work of that year has a letter",
)
def year_letter_missing(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an entry whose year is printed bare (`2024`) where another entry of the same authors
    or body, printed the same way, gives its year a letter (`2024a`), in an author-date list.

    ## Why is this bad?
    Letters tell one author's works of one year apart, and each of the works takes one: a bare
    year beside `2024a` leaves the citation `(NBS, 2024)` matching neither entry for sure.

    ## Example
        1. Smith, J. (2024). Rivers in flood. London: Water Press.
        2. Smith, J. (2024a). Rivers in drought. London: Water Press.

    Use instead:
        1. Smith, J. (2024a). Rivers in flood. London: Water Press.
        2. Smith, J. (2024b). Rivers in drought. London: Water Press.

    ## Limitations
    Authors are compared as printed, without case or marks: the same people written two ways
    are two sets of authors here. Years in a title, an address or an access note are not read.
    """
    letters = [_lettered(ref) for ref in refs]
    if not any(letters):
        return
    lettered: dict[tuple[str, int], tuple[Reference, str]] = {}
    names = {id(ref): _names(ref) for ref in refs}
    for ref, found in zip(refs, letters, strict=True):
        for year, letter in found.items():
            lettered.setdefault((names[id(ref)], year), (ref, letter))
    for ref, found in zip(refs, letters, strict=True):
        if found or not names[id(ref)]:
            continue
        for year, span in _bare(ref).items():
            other = lettered.get((names[id(ref)], year))
            if other is None:
                continue
            where, letter = other
            number = where.number if where.number is not None else where.index
            yield Diagnostic(
                span,
                f"year `{year}` printed without a letter, where entry {number} of the same "
                f"authors prints `{year}{letter}`; give each work of {year} its letter",
                ref=ref,
            )
