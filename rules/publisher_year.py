"""No semicolon between a book's publisher and its year, where the list prints one (RL599).

Citing Medicine and the Vancouver styles close a book with `Place: Publisher; Year.`. A slip that
loses the semicolon runs the publisher into the year (`Georgetown, Guyana: Caribbean Community
Secretariat 1995.`), and the grammar then reads no publisher at all. The list decides: only where
its other books print the semicolon is the bare form a fault, and only a publisher whose name
holds a house's or an institution's word (`Secretariat`, `Press`, `Ministry`) is taken for one,
so that a subtitle ending in a year (`Global report: Tuberculosis 2019.`) is no publisher.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
# `: Publisher Year.` closing the entry: up to eight words after a place's colon, then the year
_UNMARKED = pattern(
    r"(?<=:\s)(?P<publisher>[A-ZÀ-Ý][\w&'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w&'’.-]*|of|and|for|the|de|da"
    r"|do|dos|das|e|y|&)){0,7})\s+(?P<year>" + _YEAR + r")\.?\s*$"
)
# a house's or an institution's own word
_BODY_WORD = pattern(
    r"\b(?:Press|Publishers?|Publishing|Publications|Secretariat|Ministry|Minist[ée]rio|Ministerio"
    r"|Organi[sz]ation|Organiza[çc][ãa]o|Institute|Institut|Instituto|University|Universidade"
    r"|Universidad|Department|Council|Office|Agency|Society|Association|Foundation|Cent(?:re|er)"
    r"|Centro|Bank|Commission|Board|Fund|Programme|Editora|Editorial|Verlag|Books|Academy"
    r"|Service|Authority|Bureau|Federation|Secretaria)\b"
)
# the list's books with the semicolon: `: Publisher; Year`
_MARKED = pattern(r":\s[^:;]{2,80};\s*" + _YEAR + r"\b")
MIN_MARKED = 2  # books of the list that print `Publisher; Year`


def _unmarked(ref: Reference) -> re.Match[str] | None:
    """The entry's closing `: Publisher Year`, its publisher holding a house's word."""
    if ref.problem is not None or ":" not in ref.text:
        return None
    found = _UNMARKED.search(ref.text, ref.body_start)
    if found is None or not _BODY_WORD.search(found["publisher"]):
        return None
    return found


@list_rule(
    code="RL599",
    name="publisher-year-unmarked",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="No semicolon between a book's publisher and its year where the list prints one "
    "(`Georgetown: Caribbean Community Secretariat 1995`)",
    fixable=True,
)
def publisher_year_unmarked(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an entry that closes with `Place: Publisher Year.`, the publisher run into the year
    with no mark between them, in a list whose other books print `Publisher; Year` (two at
    least). The publisher must hold a house's or an institution's word (`Press`, `Secretariat`,
    `Ministry`, `Universidade`).

    ## Why is this bad?
    The semicolon ends the publisher: without it the year reads as part of the name, and a
    reader or a reference manager cannot tell where the publisher stops.

    ## Example
        1. Mannar MG. Food fortification. Geneva: World Health Organization; 2006.
        2. Allen L. Guidelines on food fortification. Geneva: World Health Organization; 2006.
        3. Caribbean Community Secretariat. Specification for wheat flour. Georgetown, Guyana:
           Caribbean Community Secretariat 1995.

    Use instead:
        1. Mannar MG. Food fortification. Geneva: World Health Organization; 2006.
        2. Allen L. Guidelines on food fortification. Geneva: World Health Organization; 2006.
        3. Caribbean Community Secretariat. Specification for wheat flour. Georgetown, Guyana:
           Caribbean Community Secretariat; 1995.

    ## Fix safety
    Unsafe: a semicolon is put before the year; whether another element was lost with it only
    the work tells.

    ## Limitations
    Only the entry's end is looked at, after a colon; a list with fewer than two books in the
    `Publisher; Year` form (Harvard's `Publisher, Year`, APA's year after the names), or with as
    many books without the semicolon as with it (a catalogue's `Place : Publisher Year`), is not.
    """
    marked = sum(1 for ref in refs if _MARKED.search(ref.text))
    if marked < MIN_MARKED:
        return
    bare = [(ref, found) for ref in refs if (found := _unmarked(ref)) is not None]
    if len(bare) >= marked:
        return  # the list's own way (a catalogue's `Place : Publisher Year`)
    for ref, found in bare:
        end = found.end("publisher")
        yield Diagnostic(
            Span(found.start("publisher"), found.end("year")),
            f"no semicolon between the publisher `{found['publisher']}` and the year; the "
            f"list's books print `Publisher; Year` (`{found['publisher']}; {found['year']}`)",
            fix=Fix.unsafe(Edit(Span(end, end), ";"), message="Put a semicolon before the year"),
            ref=ref,
        )
