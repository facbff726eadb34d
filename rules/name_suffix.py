"""A name's generational suffix printed where the surname goes (RL869): `Jr FEH` for `Harrell FE
Jr`, `Jr., F. E. H.` for `Harrell, F. E., Jr.`.

No family name is `Jr`, `Sr` or a roman numeral: a reference manager or a typist that took the
suffix for the last word of the name put it first, and the surname went among the initials or was
lost. Which letters were the surname the entry cannot say, so the rule names the fault only.
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Reference,
    Severity,
    rule,
)

# the suffixes, as styles print them (`Jr`, `Jr.`, `Sr`, `II`, `III`, `IV`); not `Ii`, a Japanese
# surname
_SUFFIXES = frozenset(("Jr", "Sr", "JR", "SR", "II", "III", "IV"))


@rule(
    code="RL869",
    name="suffix-as-surname",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A name's suffix printed as its surname (`Jr FEH` for `Harrell FE Jr`)",
)
def suffix_as_surname(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author or editor whose surname, as printed, is a generational suffix: `Jr`, `Sr`
    (with or without a period) or a roman numeral `II`, `III`, `IV` (`Jr FEH` in Vancouver,
    `Jr., F. E. H.` in APA). A group author, and `Ii`, a Japanese surname, are left alone.

    ## Why is this bad?
    No family name is a suffix: the suffix was read as the name's last word and put first, and
    the surname went among the initials (`FEH` for Frank E. Harrell) or was lost. The entry no
    longer sorts under its author, and an index cannot match it.

    ## Example
        1. Jr FEH. Regression modeling strategies. 2nd ed. New York: Springer; 2015.

    Use instead:
        1. Harrell FE Jr. Regression modeling strategies. 2nd ed. New York: Springer; 2015.

    ## Fix safety
    No fix: which letters were the surname only the work can say.
    """
    for author in (*ref.authors, *ref.editors):
        if author.is_group or author.family.rstrip(".") not in _SUFFIXES:
            continue
        yield Diagnostic(
            author.span,
            f"`{author.family}`, printed as the surname of `{author.text}`, is a name's "
            "suffix; print the surname first and the suffix after the initials",
        )
