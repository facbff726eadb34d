"""Parse rules (RL0xx): entries the grammar could not read as a reference."""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import Category, Context, Diagnostic, Reference, Severity, Span, rule


@rule(
    code="RL001",
    name="parse-error",
    category=Category.PARSE,
    severity=Severity.ERROR,
    summary="Entry could not be read as a reference",
)
def parse_error(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Reports an entry the grammar could not read, at the first character it could not make sense of.

    ## Why is this bad?
    An entry that does not follow the list's style is hard for readers to follow and for
    reference managers to import. It often hides a real slip: a missing period after the title, a
    year run into the journal name, or two references pasted into one. The other rules only see
    what could be read around the problem, so they may miss faults in the rest of the entry.

    ## Example
        1. Chen X, Zhang Q Machine learning for batteries Angew Chem 2021 60 24354

    Use instead:
        1. Chen X, Zhang Q. Machine learning for batteries. Angew Chem 2021;60:24354-66.

    ## Limitations
    Only the first unreadable place of an entry is reported; fix it and lint again to see the next.
    """
    problem = ref.problem
    if problem is None:
        return
    start = min(max(problem.offset, 0), len(ref.text))
    end = min(start + 1, len(ref.text))
    message = problem.message
    if problem.context:
        message = f"{message} (at {problem.context!r})"
    yield Diagnostic(span=Span(start, end), message=message)
