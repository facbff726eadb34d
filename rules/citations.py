"""Citation rules (RL7xx): do the body text's citations and the reference list agree?

They read `ctx.citations`, which a source fills from the text around the list: `[1]`, `[1, 3-5]`,
`[1]–[4]` and `^1^` in Markdown and plain text, `\\cite{key}` and its relatives in LaTeX. A file
with no body text (a bare list), or body text that cites nothing by number or key, is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import (
    Category,
    Citation,
    Context,
    Diagnostic,
    Reference,
    Severity,
    list_rule,
)


def _number(ref: Reference) -> int:
    return ref.number if ref.number is not None else ref.index


def _cited(ctx: Context) -> tuple[Citation, ...]:
    return ctx.citations or ()


@list_rule(
    code="RL701",
    name="citation-missing-reference",
    category=Category.CITATION,
    severity=Severity.ERROR,
    summary="The text cites a reference the list does not have",
)
def citation_missing_reference(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a citation in the text whose number (or LaTeX key) no entry of the list carries, at the
    citation.

    ## Why is this bad?
    The reader follows the citation and finds nothing, or the wrong work: usually an entry was
    deleted, or the list was renumbered and the text was not.

    ## Example
        1. Introduction
        Atom-centred descriptors [1] and cluster expansions [3] are compared.

        References
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.

    Use instead:
        1. Introduction
        Atom-centred descriptors [1] and cluster expansions [2] are compared.

        References
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.

    ## Limitations
    A range of numbers (`[3-5]`) is reported once, naming every number in it that is missing.
    """
    numbers = {_number(ref) for ref in refs}
    marks: dict[tuple[int, object], list[Citation]] = {}
    for citation in _cited(ctx):
        if citation.number is None or citation.number not in numbers:
            marks.setdefault((citation.group, citation.location), []).append(citation)
    for missing in marks.values():
        first = missing[0]
        if first.number is None:
            message = f"'{first.key}' is cited, but no entry of the list has that key"
        elif len(missing) == 1:
            message = f"reference {first.number} is cited, but the list has no entry {first.number}"
        else:
            shown = ", ".join(str(c.number) for c in missing)
            message = f"references {shown} are cited, but the list has no such entries"
        top = max(numbers, default=0)
        if first.number is not None:
            message += f" (it numbers up to {top})" if top else " (it is empty)"
        yield Diagnostic(None, message, at=first.location)


@list_rule(
    code="RL702",
    name="reference-not-cited",
    category=Category.CITATION,
    severity=Severity.WARNING,
    summary="An entry of the list is never cited in the text",
)
def reference_not_cited(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an entry that no citation in the text points at, at the entry's number.

    ## Why is this bad?
    Most journals ask that every listed reference is cited in the text. An uncited entry is often
    a citation that was deleted in revision, or one typed with the wrong number.

    ## Example
        1. Introduction
        Atom-centred descriptors [1] are compared.

        References
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.

    Use instead:
        1. Introduction
        Atom-centred descriptors [1] and cluster expansions [2] are compared.

        References
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.

    ## Limitations
    Body text that cites nothing at all (a paper citing by author and year, a README with a list of
    further reading) is left alone rather than flagged entry by entry.
    """
    cited = {citation.number for citation in _cited(ctx)}
    if not cited:
        return
    for ref in refs:
        if _number(ref) not in cited:
            yield Diagnostic(
                ref.label.span if ref.label else None,
                f"reference {_number(ref)} is never cited in the text",
                ref=ref,
            )


@list_rule(
    code="RL703",
    name="citation-order",
    category=Category.CITATION,
    severity=Severity.WARNING,
    summary="References are not numbered in the order they are first cited",
)
def citation_order(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Checks Vancouver's rule that references are numbered in the order of their first citation, and
    reports the first citation where that order breaks; it reports nothing after it, since one
    moved reference puts every later number out of step.

    ## Why is this bad?
    Journals using the Vancouver style number references by first citation; a reader who meets
    [3] before [2] suspects a missing or misnumbered reference, and copy editors send it back.

    ## Example
        1. Introduction
        Cluster expansions [2] extend atom-centred descriptors [1].

        References
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.

    Use instead:
        1. Introduction
        Atom-centred descriptors [1] are extended by cluster expansions [2].

        References
        1. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.

    ## Limitations
    References cited together (`[2, 1]`) count as cited at once. Entries never cited are left to
    `reference-not-cited` (RL702), citations of missing entries to `citation-missing-reference`
    (RL701). Lists ordered another way (alphabetically, by author and year) should switch it off.
    """
    by_number = {_number(ref): ref for ref in refs}
    first: list[tuple[int, Citation]] = []  # each entry's first citation, beside its number
    seen: set[int] = set()
    for citation in _cited(ctx):
        number = citation.number
        if number is not None and number in by_number and number not in seen:
            seen.add(number)
            first.append((number, citation))
    waiting = sorted(seen)  # numbers in the order their first citations should come
    position = 0
    groups: dict[int, list[tuple[int, Citation]]] = {}
    for number, citation in first:
        groups.setdefault(citation.group, []).append((number, citation))
    for together in groups.values():
        for number, citation in sorted(together, key=lambda pair: pair[0]):
            expected = waiting[position]
            position += 1
            if number != expected:
                yield Diagnostic(
                    None,
                    f"reference {number} is first cited before reference {expected}; "
                    "number references in the order they are first cited",
                    ref=by_number[number],
                    at=citation.location,
                )
                return
