"""Suppression comments that silence nothing (opt-in, like ruff's unused `noqa`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import Category, Context, Diagnostic, Severity, Suppression, suppression_rule


@suppression_rule(
    code="RL002",
    name="unused-suppression",
    category=Category.PARSE,
    severity=Severity.WARNING,
    summary="A refslint: disable comment silences nothing",
    default_enabled=False,
)
def unused_suppression(unused: Sequence[Suppression], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a `refslint: disable` comment (`<!-- ... -->` in Markdown, `%` in LaTeX, `#` in plain
    text) that silenced no finding in this run, naming the codes that went unused.

    ## Why is this bad?
    A suppression outlives the problem it was written for: once the entry is fixed, the comment
    only hides the next, unrelated problem of the same kind.

    ## Example
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        # refslint: disable=RL301
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.

    Use instead:
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.

    ## Limitations
    A code whose rule did not run (switched off, or not selected) counts as unused, as in ruff.
    """
    for comment in unused:
        if comment.file_wide:
            where = "in this file"
        elif comment.entry is None:
            where = "(no entry follows the comment)"
        else:
            where = f"in entry {comment.entry}, the entry it applies to"
        if comment.codes:
            codes = ", ".join(comment.codes)
            message = f"unused suppression of {codes}: no {codes} finding {where}"
        else:
            message = f"unused suppression: no finding {where}"
        yield Diagnostic(None, message, at=comment.location)
