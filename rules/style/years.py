"""The year after the author list, as author-date styles print it: `(1999) Title`, `(1999).
Title`, `1999. Title` (RL813).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

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

from .conventions import deviations

# What may stand between the author list and the year, and between the year and what follows: no
# letter or digit, and at most a few marks. A lower-case letter after the year is its suffix
# (`2020a`), printed before the punctuation.
_LEAD = pattern(r"[\s.,:;(\[]{0,4}")
_TAIL = pattern(r"[a-z]?(?P<marks>[\s.,:;)\]]{1,4})(?=[\w\"']|[“‘]{1})")


class YearMarks(NamedTuple):
    """How one entry prints its year after the authors: the marks before and after it."""

    lead: Span
    tail: Span
    form: str  # the marks without spaces, the year as `year`: "(year).", "(year)", ".year."


def _marks(ref: Reference) -> YearMarks | None:
    """The year's marks, where the year follows the author list directly, else None."""
    date, authors = ref.date, ref.authors_span
    if date is None or authors is None or not ref.authors or date.span.start < authors.end:
        return None
    lead = _LEAD.fullmatch(ref.text, authors.end, date.span.start)
    tail = _TAIL.match(ref.text, date.span.end)
    if lead is None or tail is None:
        return None
    before = "".join(lead.group(0).split())
    after = "".join(tail.group("marks").split())
    if before.count("(") != after.count(")") or before.count("[") != after.count("]"):
        return None  # not one bracketed year
    return YearMarks(
        Span(authors.end, date.span.start),
        Span(tail.start("marks"), tail.end("marks")),
        f"{before}year{after}",
    )


def _form(ref: Reference) -> str | None:
    found = _marks(ref)
    return found.form if found is not None else None


@list_rule(
    code="RL813",
    name="year-punctuation-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="The year after the authors punctuated unlike the list's others",
    fixable=True,
)
def year_punctuation(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In lists that print the year right after the authors (author-date styles and their numbered
    variants), learns how the year is set off: `(1999) Title`, `(1999). Title`, `1999. Title`
    and so on, and flags entries that punctuate it another way: where 80% of at least five
    entries, or 70% of at least twelve, print one form. Lists that print the year elsewhere
    (Vancouver, physics styles) have no such entries and are never flagged.

    ## Why is this bad?
    A style punctuates the year one way; an entry that does not was pasted in from elsewhere.

    ## Example
    Five entries set the convention, the sixth breaks it:

        1. Mantegna RN (1999) Hierarchical structure. Eur Phys J B 11: 193.
        2. Onnela JP, Kaski K (2003) Asset trees. Phys Scr T106: 48.
        3. Aste T, Hyde ST (2005) Complex networks. Physica A 346: 20.
        4. Cont R (2001) Empirical properties of asset returns. Quant Finance 1: 223-236.
        5. Efron B (1979) Bootstrap methods. Ann Stat 7: 1-26.
        6. Kendall MG (1938). A new measure of rank correlation. Biometrika 30: 81-93.

    Use instead:
        1. Mantegna RN (1999) Hierarchical structure. Eur Phys J B 11: 193.
        2. Onnela JP, Kaski K (2003) Asset trees. Phys Scr T106: 48.
        3. Aste T, Hyde ST (2005) Complex networks. Physica A 346: 20.
        4. Cont R (2001) Empirical properties of asset returns. Quant Finance 1: 223-236.
        5. Efron B (1979) Bootstrap methods. Ann Stat 7: 1-26.
        6. Kendall MG (1938) A new measure of rank correlation. Biometrika 30: 81-93.

    ## Fix safety
    Safe: only the marks around the year change, to those most entries of the list print.
    """
    found, odd = deviations(refs, _list_form(refs), many=True)
    if found is None:
        return
    usual = Counter(
        (ref.text[m.lead.start : m.lead.end], ref.text[m.tail.start : m.tail.end])
        for ref in refs
        if (m := _marks(ref)) is not None and m.form == found.form
    )
    lead, tail = usual.most_common(1)[0][0]
    shown = found.form.replace("year", "YYYY")
    for ref, _ in odd:
        marks = _marks(ref)
        assert marks is not None and ref.date is not None
        printed = ref.text[marks.lead.start : marks.tail.end].strip()
        wanted = f"{lead}{ref.text[ref.date.span.start : marks.tail.start]}{tail}".strip()
        yield Diagnostic(
            Span(marks.lead.start, marks.tail.end),
            f"year printed `{printed}` after the authors; "
            f"{found.says(f'entries with the year there print `{shown}`')}",
            fix=Fix.safe(
                Edit(marks.lead, lead), Edit(marks.tail, tail), message=f"Write `{wanted}`"
            ),
            ref=ref,
        )


def _list_form(refs: Sequence[Reference]) -> Callable[[Reference], str | None]:
    """`_form`, where the period of `et al.` stands for the mark the list's other entries print
    after their names (`Nakamura T et al. 2003 Title` among `Langer P. 2009 Title`): it closes
    the names too. Where the others print none (`Smith AB, et al. (1999)` among `Mantegna RN
    (1999)`), the period is the abbreviation's alone."""
    plain = Counter(form for ref in refs if not _et_al_period(ref) and (form := _form(ref)))
    # APA's persons close their names with an initial's period (`Cohen, J. (1988).`), its groups
    # with a period of their own (`World Health Organization. (2021).`): the same form; not a
    # person's name with its initials first (`and M. Rundell. (2008).`)
    dotted = Counter(form for ref in refs if _names_dotted(ref) and (form := _form(ref)))

    def form_of(ref: Reference) -> str | None:
        form = _form(ref)
        if form is not None and _et_al_period(ref) and plain[f".{form}"] > plain[form]:
            return f".{form}"
        if (
            form is not None
            and form.startswith(".")
            and ref.et_al is None
            and not _names_dotted(ref)
            and not _person_last(ref)
            and dotted[form[1:]] > plain[form]
        ):
            return form[1:]
        return form

    return form_of


def _person_last(ref: Reference) -> bool:
    """Whether the last name is a person's with initials (`M. Rundell`): a period after it, not
    an initial's, is the list's slip, where a group's (`World Health Organization.`) is APA's."""
    if not ref.authors or ref.authors[-1].is_group:
        return False
    return _INITIALS_FIRST.fullmatch(ref.authors[-1].text) is not None


_INITIALS_FIRST = pattern(r"(?:[A-Z]\.\s?)+[^\W\d_][\w'’-]+")


def _names_dotted(ref: Reference) -> bool:
    """Whether the author list ends with a period of its own (an initial's: `Cohen, J.`)."""
    span = ref.authors_span
    return span is not None and ref.et_al is None and ref.text[span.start : span.end].endswith(".")


def _et_al_period(ref: Reference) -> bool:
    return ref.et_al is not None and ref.et_al.text.endswith(".")
