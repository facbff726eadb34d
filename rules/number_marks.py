"""Numbers printed so that a reader cannot take them as meant (RL827, RL828): a date or an
ordinal split by a space (`14/11/ 2019`, `3 a ed.` for `3ª ed.`), and an access date in numbers
whose day and month can be read either way (`accessed 11.01.2024`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    MONTH_NAMES,
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

# --- RL827: a date or an ordinal split by a space -------------------------------------------------

# A numeric date with a space beside one of its slashes: `14/11/ 2019`, `14 /11/2019`
_DATE = pattern(r"(?<![\w/.])\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:1[5-9]|20)\d\d(?![\w/])")
# An edition's ordinal whose feminine indicator lost its place (`3 a ed.` for `3ª ed.`): Portuguese
# and Spanish number editions `3ª`, and a lost superscript leaves the `a` as a word
_ORDINAL = pattern(
    r"(?<!\w)(?<!\d[.,])(?P<number>\d{1,2})(?P<gap>\s)a\.?(?=\s+(?:ed\b|edição\b|edición\b|edicao\b))"
)


def _in_links(ref: Reference, at: int) -> bool:
    return any(f.span.start <= at < f.span.end for f in (ref.doi, *ref.urls) if f is not None)


@rule(
    code="RL827",
    name="number-split-by-space",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A date or an ordinal split by a space (`14/11/ 2019`, `3 a ed.`)",
    fixable=True,
)
def number_split_by_space(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a date in numbers with a space beside one of its slashes (`acessado em 14/11/ 2019`)
    and an edition's ordinal whose indicator was set off as a word (`3 a ed.` for `3ª ed.`),
    outside the entry's links.

    ## Why is this bad?
    The space is a slip of typing or of a lost superscript: the date breaks over a line, and `3
    a ed.` reads as three and a word. No style prints either.

    ## Example
        1. OpenQCM. https://openqcm.com/openqcm, acessado em 14/11/ 2019.
        2. Golub GH, Van Loan CF. Matrix computations. 3 a ed. Baltimore: JHU Press; 1996.

    Use instead:
        1. OpenQCM. https://openqcm.com/openqcm, acessado em 14/11/2019.
        2. Golub GH, Van Loan CF. Matrix computations. 3ª ed. Baltimore: JHU Press; 1996.

    ## Fix safety
    Safe: the spaces inside the date are removed, or the ordinal's `a` is set as its indicator
    `ª`; no digit changes.
    """
    text = ref.text
    for found in _DATE.finditer(text, ref.body_start):
        printed = found.group()
        if not any(c.isspace() for c in printed) or _in_links(ref, found.start()):
            continue
        whole = "".join(printed.split())
        span = Span(found.start(), found.end())
        yield Diagnostic(
            span,
            f"date `{printed}` split by a space; write `{whole}`",
            fix=Fix.safe(Edit(span, whole), message=f"Write `{whole}`"),
        )
    for found in _ORDINAL.finditer(text, ref.body_start):
        if _in_links(ref, found.start()):
            continue
        span = Span(found.start(), found.end())
        wanted = f"{found['number']}ª"
        yield Diagnostic(
            span,
            f"edition's ordinal printed `{found.group()}`, its indicator set off as a word; "
            f"write `{wanted}`",
            fix=Fix.safe(Edit(span, wanted), message=f"Write `{wanted}`"),
        )


# --- RL828: an access date in numbers that reads two ways -----------------------------------------

# A date in numbers, the year last: `11.01.2024`, `03/04/2020`, `5-6-2021`
_NUMERIC = r"(?P<first>\d{1,2})(?P<sep>[./-])(?P<second>\d{1,2})(?P=sep)(?P<year>(?:1[5-9]|20)\d\d)"
_ANY_NUMERIC = pattern(r"(?<![\w./-])" + _NUMERIC + r"(?![\w/-])")
# The same after the words of an English access note: in another language, its order is the
# reader's (`Acesso em: 11/01/2024`, `consulté le 11/01/2024` read day first)
_ENGLISH_NOTE = pattern(
    r"(?i)\b(?:accessed|access|cited|retrieved|viewed|visited|consulted)\b(?:\s+on)?\s*:?\s*"
    + _NUMERIC
    + r"(?![\w/-])"
)


def _outside_links(ref: Reference, found: re.Match[str]) -> bool:
    return not _in_links(ref, found.start())


@list_rule(
    code="RL828",
    name="access-date-ambiguous",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An access date in numbers whose day and month can be read either way",
)
def access_date_ambiguous(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an access date written in numbers, the year last, whose first two numbers could each be
    the month (`accessed 11.01.2024`: 11 January or 1 November), in an access note worded in
    English (`accessed`, `cited`, `retrieved`, `viewed`), where no date of the list written in
    numbers with the same mark settles the order (a number over 12 in the first or second
    place, `05/21/2021`).

    ## Why is this bad?
    English readers on either side of the Atlantic read such a date in opposite orders; the
    reader cannot tell when the page was read. Notes in other languages read day first, and are
    left alone.

    ## Example
        1. The Engineering ToolBox. 2001. https://www.engineeringtoolbox.com (accessed
           10.11.2026).

    Use instead:
        1. The Engineering ToolBox. 2001. https://www.engineeringtoolbox.com (accessed
           2026-11-10).

    ## Limitations
    There is no fix: which order was meant needs the author.
    """
    dates = [
        (ref, m)
        for ref in refs
        for m in _ANY_NUMERIC.finditer(ref.text, ref.body_start)
        if _outside_links(ref, m)
    ]
    settled = {m["sep"] for _, m in dates if int(m["first"]) > 12 or int(m["second"]) > 12}
    for ref in refs:
        for m in _ENGLISH_NOTE.finditer(ref.text, ref.body_start):
            first, second, sep = int(m["first"]), int(m["second"]), m["sep"]
            if sep in settled or first == second or not first or not second:
                continue
            if first > 12 or second > 12 or not _outside_links(ref, m):
                continue
            printed = ref.text[m.start("first") : m.end("year")]
            yield Diagnostic(
                Span(m.start("first"), m.end("year")),
                f"access date `{printed}` reads as {first} {MONTH_NAMES[second - 1]} or "
                f"{second} {MONTH_NAMES[first - 1]} {m['year']}; write the month as a word or "
                "the date as `YYYY-MM-DD`",
                ref=ref,
            )
