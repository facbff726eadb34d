"""Numbering rules (RL1xx): does the list count 1, 2, 3 ... with no gaps, repeats or reversals?

Only printed numbers count: an entry the source found without a number is skipped, so a list that
numbers nothing raises nothing here. Every finding points at the entry's printed label.
"""

from __future__ import annotations

import itertools
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
    rule,
)


def _numbered(refs: Sequence[Reference]) -> list[tuple[int, Reference]]:
    """The entries that carry a printed number, each beside that number."""
    return [(ref.number, ref) for ref in refs if ref.number is not None]


def _label(ref: Reference) -> Span | None:
    return ref.label.span if ref.label else None


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@list_rule(
    code="RL101",
    name="number-gap",
    category=Category.NUMBERING,
    severity=Severity.ERROR,
    summary="A number is missing from the list",
)
def number_gap(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a number that no entry carries although the list counts past it, once per gap, at the
    entry that follows the gap.

    ## Why is this bad?
    A gap usually means an entry was deleted without renumbering, so every citation after it points
    one reference too far; or an entry was lost in copy-editing.

    ## Example
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.
        4. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.

    Use instead:
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.
        3. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.

    ## Limitations
    Numbers below the first printed number are left to `first-number-not-one` (RL104). A single
    mistyped number (40 for 4) shows up as a gap where it should have stood and another below it.
    """
    numbered = _numbered(refs)
    first_with: dict[int, int] = {}  # number -> position in `numbered` of its first entry
    for pos, (number, _) in enumerate(numbered):
        first_with.setdefault(number, pos)
    present = sorted(first_with)
    for low, high in itertools.pairwise(present):
        if high - low < 2:
            continue
        missing = f"number {low + 1} is" if high - low == 2 else f"numbers {low + 1}-{high - 1} are"
        pos = first_with[high]
        if pos > 0 and numbered[pos - 1][0] == low:
            why = f"the list jumps from {low} to {high}"
        else:
            why = f"no entry is numbered between {low} and {high}"
        ref = numbered[pos][1]
        yield Diagnostic(_label(ref), f"{missing} missing: {why}", ref=ref)


@list_rule(
    code="RL102",
    name="number-repeated",
    category=Category.NUMBERING,
    severity=Severity.ERROR,
    summary="Two entries carry the same number",
)
def number_repeated(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an entry whose printed number an earlier entry already carries.

    ## Why is this bad?
    A citation "[3]" can only point at one reference; with two entries numbered 3, the reader cannot
    tell which one is meant, and usually every number after the repeat is off by one.

    ## Example
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.
        2. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.

    Use instead:
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.
        3. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.
    """
    numbered = _numbered(refs)
    present = {number for number, _ in numbered}
    first: dict[int, Reference] = {}
    for pos, (number, ref) in enumerate(numbered):
        earlier = first.setdefault(number, ref)
        if earlier is ref:
            continue
        message = (
            f"number {number} is used twice: the {_ordinal(earlier.index)} entry is already "
            f"numbered {number}; each number should appear once"
        )
        expected = numbered[pos - 1][0] + 1
        if expected not in present:
            message += f" (did you mean {expected}?)"
        yield Diagnostic(_label(ref), message, ref=ref)


@list_rule(
    code="RL103",
    name="number-out-of-order",
    category=Category.NUMBERING,
    severity=Severity.ERROR,
    summary="The numbering goes backwards",
)
def number_out_of_order(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags the entry where the numbering goes back to a smaller number that no earlier entry used.
    A block of entries moved as a whole is reported once, where the order breaks.

    ## Why is this bad?
    Readers find a reference by scanning for its number; an entry out of order looks missing, and
    it often means entries were moved without being renumbered.

    ## Example
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        3. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.

    Use instead:
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.
        3. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.

    ## Limitations
    A number used before is reported by `number-repeated` (RL102) instead.
    """
    numbered = _numbered(refs)
    seen: set[int] = set()
    previous: int | None = None
    for number, ref in numbered:
        if previous is not None and number < previous and number not in seen:
            message = (
                f"number {number} comes after {previous}: "
                "the list should count upwards, each number one more than the last"
            )
            yield Diagnostic(_label(ref), message, ref=ref)
        seen.add(number)
        previous = number


@list_rule(
    code="RL104",
    name="first-number-not-one",
    category=Category.NUMBERING,
    severity=Severity.ERROR,
    summary="The list does not start at 1",
)
def first_number_not_one(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a list whose first printed number is not 1 (and no entry further down is numbered 1).

    ## Why is this bad?
    A list starting at 3 has lost its first entries, or was cut from a longer document; either way
    the citations "[1]" and "[2]" in the text point at nothing.

    ## Example
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.
        3. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.

    Use instead:
        1. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.
        2. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.

    ## Limitations
    When entry 1 exists but stands further down, `number-out-of-order` (RL103) reports it instead.
    """
    numbered = _numbered(refs)
    if not numbered:
        return
    start, first = numbered[0]
    if start != 1 and (start < 1 or all(number != 1 for number, _ in numbered)):
        yield Diagnostic(_label(first), f"the list starts at {start}; expected 1", ref=first)


STRAY = pattern(r"^(\S{1,3})[ \t]+(?=\S)")


@rule(
    code="RL105",
    name="stray-before-number",
    category=Category.NUMBERING,
    severity=Severity.WARNING,
    summary="A stray token before an entry's number (`1 32.`)",
    fixable=True,
)
def stray_before_number(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a token printed before an entry's number: a digit left from another numbering, a
    bullet, a letter (`1 32.`, `• 33.`). The entry is read as starting at its number, so it does
    not run into the entry above and the numbering rules see the number it carries.

    ## Why is this bad?
    The stray token is printed as part of the list; it is usually the trace of a list pasted from
    a word processor's automatic numbering, and readers take `1 32.` for a garbled number.

    ## Example
        1. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.
        1 2. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.

    Use instead:
        1. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.
        2. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.

    ## Fix safety
    Safe: the stray token and the space after it are removed; the number stays.

    ## Limitations
    Only in plain-text lists, and only where the number after the token is the next number of
    the list (or up to three past it) in the list's own style (`2.` after `1.`); otherwise the
    line is read as the wrapped end of the entry above, as before.
    """
    label = ref.label
    if label is None or ref.number is None:
        return
    stray = STRAY.match(label.text)
    if stray is None:
        return
    start = label.span.start
    token = stray.group(1)
    yield Diagnostic(
        Span(start, start + len(token)),
        f"stray `{token}` before the number {ref.number}; the entry starts at {ref.number}",
        fix=Fix.safe(Edit(Span(start, start + stray.end()), ""), message=f"Remove `{token}`"),
    )
