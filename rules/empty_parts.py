"""Elements left unfilled (RL570): what a reference manager prints when a field is empty.

A template writes its brackets whether or not the field has a value, so a missing issue leaves
`7():` and a missing medium or year leaves `[]` or `()`. The rule stays quiet where empty brackets
are words of the text: a function call or an array type in a title (`malloc()`, `int[]`) has a
letter right before its brackets, and links and identifiers are never read.
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

# An empty pair, spaces allowed inside.
_EMPTY = pattern(r"\(\s*\)|\[\s*\]")
_NAMES = {"(": "parentheses", "[": "brackets"}


def _in_identifier(ref: Reference, start: int, end: int) -> bool:
    spans = [u.span for u in ref.urls]
    if ref.doi is not None:
        spans.append(ref.doi.span)
    return any(s.start < end and start < s.end for s in spans)


def _is_code(text: str, start: int, end: int) -> bool:
    """Brackets that belong to a word (`malloc()`, `int[]`, `f()g`): code, not a blank field."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before.isalpha() or before == "_" or after.isalnum() or after == "_"


@rule(
    code="RL570",
    name="empty-brackets",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Empty brackets left where an element was not filled in (`7():`, `()`, `[]`)",
    fixable=True,
)
def empty_brackets(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags empty parentheses or square brackets (`7():`, `133 ():`, `[]`): the mark of a
    reference manager's template whose field (the issue, the year, the medium) was empty.

    ## Why is this bad?
    The brackets promise an element the entry does not give; a copy editor either fills it in
    or removes them.

    ## Example
        1. Lembo A, Provero P. Shortening of 3'UTRs in cancer. PLoS One 2012;7():e31129.

    Use instead:
        1. Lembo A, Provero P. Shortening of 3'UTRs in cancer. PLoS One 2012;7(2):e31129.

    ## Fix safety
    Unsafe: the brackets are removed, which leaves the element out; where it is known, filling
    it in is the better repair.
    """
    text = ref.text
    start_at = ref.label.span.end if ref.label is not None else 0
    for match in _EMPTY.finditer(text, start_at):
        start, end = match.span()
        if _is_code(text, start, end) or _in_identifier(ref, start, end):
            continue
        pair = match.group()
        what = _NAMES[pair[0]]
        # the spaces before the pair go with it (`133 ():` becomes `133:`)
        cut = start
        while cut > start_at and text[cut - 1].isspace():
            cut -= 1
        if cut == start_at:
            cut = start
        after_volume = pair[0] == "(" and cut > 0 and text[cut - 1].isdigit()
        element = "the issue" if after_volume else "an element"
        yield Diagnostic(
            Span(start, end),
            f"empty {what} `{pair}`: {element} was left out; fill it in or remove the {what}",
            fix=Fix.unsafe(Edit(Span(cut, end), ""), message=f"Remove the empty {what}"),
        )


# A semicolon and a comma (or colon) in a row: the separators on either side of an empty field
# (`356;, 1585`), each printed though nothing stands between them. Followed by a space or the end,
# so that a mark inside an unspaced identifier (`...CO;2-Z`) is never read.
_TWO_MARKS = pattern(r"(;\s*[,:]|[,:]\s*;)(?=\s|$)")


@rule(
    code="RL573",
    name="separators-of-empty-field",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Two separators in a row where a field between them was left empty (`356;, 1585`)",
    fixable=True,
)
def separators_of_empty_field(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a semicolon and a comma (or a colon) in a row (`356;, 1585`): the separators a
    template prints around a field, left when the field was empty.

    ## Why is this bad?
    One mark is stray; a copy editor deletes it (or fills in the missing element).

    ## Example
        1. Khan M, Lee J. A gene regulator. Genetics. 2002;20;, 1585-8.

    Use instead:
        1. Khan M, Lee J. A gene regulator. Genetics. 2002;20:1585-8.

    ## Fix safety
    Unsafe: the first mark is removed, which is right where nothing was meant to stand between
    the two; where an element is missing, filling it in is the better repair.
    """
    for match in _TWO_MARKS.finditer(ref.text, ref.body_start):
        start, end = match.span(1)
        if _in_identifier(ref, start, end):
            continue
        pair = match.group(1)
        last = pair[-1]
        yield Diagnostic(
            Span(start, end),
            f"`{pair}`: two separators in a row, where a field between them was left empty; "
            f"expected one (`{last}`)",
            fix=Fix.unsafe(Edit(Span(start, end - 1), ""), message=f"Keep only the `{last}`"),
        )
