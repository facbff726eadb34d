"""A prime printed for the apostrophe in a name (RL852): `M′bark` for `M’bark`, `O′Brien`.

The prime (′, U+2032) marks minutes, feet and derivatives; in a name it stands where the
apostrophe goes, picked from a symbol table or carried over by a conversion that took one mark for
the other. Catalogues and indexes search the apostrophe, so the name no longer matches its
author's other works. The soft sign of transliterated Russian (`Golʹdman`) is another character,
the modifier letter prime (U+02B9), and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

# a prime between two letters of a name
_PRIME = pattern(r"(?<=[^\W\d_])′(?=[^\W\d_])")


@rule(
    code="RL852",
    name="prime-for-apostrophe",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A prime printed for the apostrophe in a name (`M′bark` for `M’bark`)",
    fixable=True,
)
def prime_for_apostrophe(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a prime (′) between two letters of an author's or editor's name
    (`M′bark LA`, `O′Connor, D.`), where the name means an apostrophe. The modifier letter prime
    of transliterated Russian (`Golʹdman`, U+02B9) is another character and passes.

    ## Why is this bad?
    A prime is a symbol of units and derivatives, not a letter of names: catalogues and indexes
    search the apostrophe, and the name no longer matches its author's other works.

    ## Example
        1. Ilaoui M, M′bark LA, Aboufatim H. Essential oil of thyme. Ind Crops Prod. 2019;4:1-9.

    Use instead:
        1. Ilaoui M, M’bark LA, Aboufatim H. Essential oil of thyme. Ind Crops Prod. 2019;4:1-9.

    ## Fix safety
    Safe: the prime becomes the apostrophe the entry prints elsewhere, else `’`.
    """
    if "′" not in ref.text:
        return  # most entries: nothing to read
    apostrophe = "'" if "'" in ref.text and "’" not in ref.text else "’"
    for author in (*ref.authors, *ref.editors):
        if author.is_group:
            continue
        for m in _PRIME.finditer(author.text):
            at = author.span.start + m.start()
            yield Diagnostic(
                Span(at, at + 1),
                f"`{author.text.strip()}` prints a prime (`{m.group()}`) for the apostrophe; "
                f"write `{apostrophe}`",
                fix=Fix.safe(Edit(Span(at, at + 1), apostrophe), message=f"Write `{apostrophe}`"),
            )
