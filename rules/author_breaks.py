"""A period for the comma between two authors (RL872): `Khan DA, Bhatti MM, Khan FA. Naqvi ST,
Karam A. Title.`

In a list that separates its names with commas and ends them with a period, a period typed for
one of the commas ends the author list early: the grammar reads the names after it as the title's
first words. They are told from a title by their shape, the list's own (`Surname AB`), repeated
or with a surname no English dictionary knows (a title may open `Vitamin D. A review`).
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import Category, Context, Diagnostic, Reference, Severity, Span, pattern, rule

from .spelling import english_words

_NAME = r"[A-ZÀ-Þ][^\W\d_]+(?:[-'’][^\W\d_]+)?\s[A-Z]{1,3}"
# the names a title opens with, up to their period, and the title's next word after it
_OPENING = pattern(rf"(?P<names>{_NAME}(?:,\s{_NAME})*)\.\s+(?=[^\W\d_])")
_ONE_NAME = pattern(_NAME)
MIN_WORDS = 3  # words of the title after the names


def _names_opening(ref: Reference) -> Span | None:
    """The span of the names a title opens with, where the authors end with a period just
    before it and print the same form."""
    title, authors = ref.title, ref.authors
    if title is None or not authors or ref.authors_span is None:
        return None
    if any(a.is_group or _ONE_NAME.fullmatch(a.text) is None for a in authors):
        return None
    if len(authors) > 1 and ", " not in ref.text[authors[0].span.end : authors[1].span.start + 1]:
        return None  # names joined otherwise (`and`, `;`): not this list's form
    if ref.text[ref.authors_span.end : title.span.start] != ". ":
        return None
    found = _OPENING.match(title.text)
    if found is None or len(title.text[found.end() :].split()) < MIN_WORDS:
        return None
    names = found["names"].split(", ")
    surname, initials = names[0].rsplit(" ", 1)
    if len(names) == 1 and len(initials) == 1 and surname.lower() in english_words():
        return None  # `Vitamin D. A review`, `Hepatitis B. Title`: a title's own words
    return Span(title.span.start, title.span.start + found.end("names"))


@rule(
    code="RL872",
    name="author-period-for-comma",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A period for the comma between two authors (`Khan FA. Naqvi ST, Karam A. Title`)",
)
def author_period_for_comma(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags names in the list's own form (`Surname AB`) that open a title just after the author
    list's period (`Khan DA, Bhatti MM, Khan FA. Naqvi ST, Karam A. Adverse effects ...`): the
    period stands for the comma between two authors. A lone name with one initial whose surname
    is an English word (`Vitamin D. A review`) is a title's own opening and passes.

    ## Why is this bad?
    The period cuts the author list: the names after it are lost to an index, and the title
    reads as beginning with them.

    ## Example
        1. Khan DA, Bhatti MM, Khan FA. Naqvi ST, Karam A. Adverse effects of pesticides on
           farmers. Int J Clin Exp Med. 2008;1:274-82.

    Use instead:
        1. Khan DA, Bhatti MM, Khan FA, Naqvi ST, Karam A. Adverse effects of pesticides on
           farmers. Int J Clin Exp Med. 2008;1:274-82.
    """
    span = _names_opening(ref)
    if span is None:
        return
    assert ref.authors_span is not None  # read with the title's names
    names = ref.text[span.start : span.end]
    yield Diagnostic(
        Span(ref.authors_span.end, span.end),
        f"a period for the comma between two authors: `{ref.authors[-1].text}. "
        f"{names.split(',')[0]}`; the title reads `{names}` as its first words",
    )
