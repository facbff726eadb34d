"""A number run into the year by a period before the volume (RL871): `Journal. 2.2014;5:250-7`.

No style prints a number joined to the year this way: it is an issue or a volume moved out of
the tail (`2014;2(5):250-7` set out again wrong), and the reader cannot tell which number is the
volume. The grammar sets the number aside so that the journal and its date are still read.
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import Category, Context, Diagnostic, Reference, Severity, Span, pattern, rule

# the number, its period and the year after it, where the grammar sets such a number aside:
# after a stop and before the year, itself before the tail's semicolon or colon
STRAY = pattern(r"(?<=\.\s)(?P<number>\d{1,3})\.$")


def stray_before(ref: Reference) -> Span | None:
    """The span of a number run into the entry's year (`2.` of `2.2014;5:`), or None."""
    date = ref.date
    if date is None or ref.volume is None:
        return None
    start = date.span.start  # (the number and its period: four characters at most)
    found = STRAY.search(ref.text, max(0, start - 4), start)
    return Span(found.start(), found.end()) if found else None


@rule(
    code="RL871",
    name="number-run-into-year",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A number run into the year by a period before the volume (`2.2014;5:250-7`)",
)
def number_run_into_year(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a number joined to the year by a period where the year comes before the volume
    (`Journal. 2.2014;5:250-7`).

    ## Why is this bad?
    No style prints a number there: it is an issue or a volume moved out of the tail when the
    entry was set out again (`2014;2(5):250-7`), and the reader cannot tell which number is the
    volume.

    ## Example
        1. Obi AO, Ode B. Instant millet beverage powder. J Food Nutr Res. 2.2014;5:250-7.

    Use instead:
        1. Obi AO, Ode B. Instant millet beverage powder. J Food Nutr Res. 2014;2(5):250-7.
    """
    span = stray_before(ref)
    if span is None:
        return
    number = ref.text[span.start : span.end]
    assert ref.date is not None  # stray_before found the year
    yield Diagnostic(
        Span(span.start, ref.date.span.end),
        f"number `{number[:-1]}` run into the year (`{number}{ref.date.text}`): a volume or "
        "issue out of its place in the tail",
    )
