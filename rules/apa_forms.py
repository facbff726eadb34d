"""APA 6's forms left in a list set out as APA 7 sets it (RL833, RL834).

APA 7 names a book's publisher alone (`Guilford Press.`) where APA 6 gave its city first (`New
York, NY: Guilford Press.`), and gives a DOI as a link with no words before it where APA 6 wrote
`Retrieved from` before an address. An entry copied from an older list keeps the old form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    BOOKLIKE,
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Kind,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
    rule,
)

from .access_date import apa_dated

MIN_PLACELESS = 3  # books with a publisher and no place before the list counts as placeless


def _book_place(ref: Reference) -> tuple[Span, Span] | None:
    """The place and its publisher, where a book or chapter sets out `Place: Publisher`, or the
    place after its publisher and a comma (`Oxford University Press, USA`)."""
    if ref.problem is not None or ref.kind not in (*BOOKLIKE, Kind.CHAPTER):
        return None
    place, publisher = ref.place, ref.publisher
    if place is None or publisher is None or not place.text.strip():
        return None
    if publisher.span.end <= place.span.start:
        after = ref.text[publisher.span.end : place.span.start]
        return (place.span, publisher.span) if after.strip() == "," else None
    between = ref.text[place.span.end : publisher.span.start]
    if place.span.end > publisher.span.start or ":" not in between:
        return None
    return place.span, publisher.span


def _placeless(ref: Reference) -> bool:
    return (
        ref.problem is None
        and ref.kind in (*BOOKLIKE, Kind.CHAPTER)
        and ref.publisher is not None
        and ref.place is None
        and any(c.isalpha() for c in ref.publisher.text)
    )


@list_rule(
    code="RL833",
    name="place-in-placeless-list",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A book's place of publication where the list's other books give none (APA 7)",
    fixable=True,
)
def place_in_placeless_list(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a book or chapter that sets out `Place: Publisher`, or its place after the publisher
    (`Oxford University Press, USA`), in a list whose other books name their publisher alone:
    three of them at least, and twice as many as those with a place.
    Only entries dated as APA dates them (`Names. (Year).`) are counted: Chicago, which may
    leave the place out, is left to its own rules.

    ## Why is this bad?
    APA 7 dropped the place of publication that APA 6 asked for; an entry that keeps it was
    copied from an older list, and the list reads two ways.

    ## Example
        1. Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.
        2. Lazarus, R. S., & Folkman, S. (1984). Stress, appraisal, and coping. Springer.
        3. Linehan, M. M. (1993). Cognitive-behavioral treatment. Guilford Press.
        4. Bandura, A. (1997). Self-efficacy: The exercise of control. New York, NY:
           W. H. Freeman.

    Use instead:
        1. Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.
        2. Lazarus, R. S., & Folkman, S. (1984). Stress, appraisal, and coping. Springer.
        3. Linehan, M. M. (1993). Cognitive-behavioral treatment. Guilford Press.
        4. Bandura, A. (1997). Self-efficacy: The exercise of control. W. H. Freeman.

    ## Limitations
    Only books whose place and publisher the grammar read are counted. A list whose books give
    their place (Citing Medicine, Chicago, ABNT, APA 6) is left alone; a book there without one
    is RL521's.

    ## Fix safety
    Safe: the place and its colon are removed, the publisher kept.
    """
    apa = [ref for ref in refs if apa_dated(ref)]
    placed = [(ref, spans) for ref in apa if (spans := _book_place(ref)) is not None]
    if not placed:
        return
    placeless = sum(1 for ref in apa if _placeless(ref))
    if placeless < MIN_PLACELESS or placeless < 2 * len(placed):
        return
    for ref, (place, publisher) in placed:
        after = publisher.end <= place.start
        cut = Span(publisher.end, place.end) if after else Span(place.start, publisher.start)
        yield Diagnostic(
            Span(publisher.start, place.end) if after else cut,
            f"place of publication `{ref.text[place.start : place.end]}` "
            f"{'after' if after else 'before'} the publisher; {placeless} of the list's "
            f"{placeless + len(placed)} books name the publisher alone, as APA 7 does",
            fix=Fix.safe(
                Edit(cut, ""),
                message=f"Write `{ref.text[publisher.start : publisher.end]}` alone",
            ),
            ref=ref,
        )


# APA 6's words before a link, followed by a DOI's address (`Retrieved from https://doi.org/10...`)
_RETRIEVED_DOI = pattern(
    r"\bRetrieved\s+from:?\s+(?=(?:https?://)?(?:dx\.)?doi\.org/10\.)", re.IGNORECASE
)


@rule(
    code="RL834",
    name="retrieved-from-before-doi",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="`Retrieved from` before a DOI's link",
    fixable=True,
)
def retrieved_from_before_doi(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags `Retrieved from` written before a DOI's link (`https://doi.org/10...`).

    ## Why is this bad?
    A DOI names the work wherever it is kept: nothing was retrieved from a place. APA 6 wrote
    `Retrieved from` before the address of a work with no DOI, and APA 7 before no link at all
    (only a retrieval date, `Retrieved March 3, 2020, from`, for a page designed to change).

    ## Example
        1. Braun, V., & Clarke, V. (2006). Using thematic analysis in psychology. Qualitative
           Research in Psychology, 3(2), 77–101. Retrieved from
           https://doi.org/10.1191/1478088706qp063oa

    Use instead:
        1. Braun, V., & Clarke, V. (2006). Using thematic analysis in psychology. Qualitative
           Research in Psychology, 3(2), 77–101. https://doi.org/10.1191/1478088706qp063oa

    ## Fix safety
    Safe: the words are removed, the link kept.
    """
    found = _RETRIEVED_DOI.search(ref.text, ref.body_start)
    if found is None:
        return
    yield Diagnostic(
        Span(found.start(), found.end()),
        f"`{found.group().strip()}` before a DOI's link; a DOI is given as its link alone",
        fix=Fix.safe(Edit(Span(found.start(), found.end()), ""), message="Remove the words"),
    )
