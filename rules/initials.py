"""Initials written first (RL536): the space between the last initial and the family name."""

from __future__ import annotations

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

from .style.conventions import convention

# `M. Akhtar`, `N.P. Menezes`, `W.-P. Su` against `M.Akhtar`, `N.P.Menezes`
_INITIALS_FIRST = pattern(r"(?:[A-Z]\.(?:-[A-Z]\.)?\s?)*[A-Z]\.(?:-[A-Z]\.)?(?P<gap>\s*)[^\W\d_]")
SPACED, RUN_ON = "a space after the initials", "no space after the initials"


def _names(refs: Sequence[Reference]) -> Iterator[tuple[Reference, Span, int, str]]:
    """Every initials-first name: its reference and span, where its family name starts, its
    form."""
    for ref in refs:
        for author in ref.authors:
            found = _INITIALS_FIRST.match(author.text)
            if found is None or author.is_group:
                continue
            form = SPACED if found.group("gap") else RUN_ON
            yield ref, author.span, author.span.start + found.start("gap"), form


@list_rule(
    code="RL536",
    name="initials-run-into-name",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Initials written first and run into the family name (`M.Akhtar`)",
    fixable=True,
)
def initials_run_into_name(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In a list that writes initials before the family name with a space between (`M. Akhtar`,
    `N.P. Menezes`), flags a name whose initials run into it (`M.Akhtar`).

    ## Why is this bad?
    The space is lost in typing or in a paste; the name reads as one word and no index finds it.

    ## Example
        [1] A.J. Heeger, Rev. Mod. Phys. 60, 781 (1988).
        [2] B.R. Weinberger, M.Akhtar e S.C. Gau, Synthetic Metals 4, 187 (1982).
        [3] F. Thomazi, C.K. Saul, Current Nanoscience 12, 611 (2016).

    Use instead:
        [1] A.J. Heeger, Rev. Mod. Phys. 60, 781 (1988).
        [2] B.R. Weinberger, M. Akhtar e S.C. Gau, Synthetic Metals 4, 187 (1982).
        [3] F. Thomazi, C.K. Saul, Current Nanoscience 12, 611 (2016).

    ## Fix safety
    Safe: a space is put before the family name.
    """
    names = list(_names(refs))
    found = convention([form for *_, form in names])
    if found is None or found.form != SPACED:
        return
    for ref, span, at, form in names:
        if form == RUN_ON:
            yield Diagnostic(
                span,
                f"no space between the initials and the family name; "
                f"{found.says('initials-first names put one there')}",
                fix=Fix.safe(Edit(Span(at, at), " "), message="Put a space after the initials"),
                ref=ref,
            )
