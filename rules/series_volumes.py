"""A volume of a series printed without the series' name (RL870).

BibTeX's `plain` family prints a paper in a book of a numbered series as `In Editors, editors,
Book Title, volume 10319 of Lecture Notes in Computer Science, pages 219–236. Publisher, 2017.`
When the database gives the volume but not the series, it prints `volume 10319,` alone: a number
that reads as the book's own volume, with nothing to say which series it counts in. A book of
one title never runs to a thousand volumes, so a volume of four digits or more after an `In` is
a series' number; the rule speaks only where no series stands in the book's part of the entry.
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import Category, Context, Diagnostic, Reference, Severity, Span, pattern, rule

# `volume 10319,` or `volume 3925.` after a book's title: no `of Series` after the number
_VOLUME = pattern(r"(?<=,\s)volume\s+(?P<number>\d{4,5})(?=\s*[,.](?:\s|$))")
_IN = pattern(r"(?:^|[.?!]\s+)In\s")
# a series named after the `In`: `Lecture Notes in ...`, `LNCS`, `Conference Series`
_SERIES = pattern(
    r"\b(?:Lecture\s+Notes|LN[A-Z]{1,3}|Series|Studies\s+in|Advances\s+in|Communications\s+in"
    r"|Leibniz\s+International|LIPIcs|EPTCS|CEUR)\b|\bser\."
)


@rule(
    code="RL870",
    name="series-volume-without-series",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A volume of a series printed without the series' name (`Book, volume 10319, pages`)",
)
def series_volume_without_series(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a paper in a book whose volume number runs to four digits or more (`volume 10319,`)
    with no series named anywhere in the entry: the number of a series such as Lecture Notes in
    Computer Science, printed without the series' name (BibTeX's `plain` family does so when the
    record gives the volume but not the series).

    ## Why is this bad?
    The number reads as the book's own volume; without the series it counts in, a reader cannot
    find the book by it.

    ## Example
        [1] Francisco Durán and Gwen Salaün. Verifying timed BPMN processes using Maude. In
        Jean-Marie Jacquet and Mieke Massink, editors, Coordination Models and Languages,
        volume 10319, pages 219–236. Springer, Cham, 2017.

    Use instead:
        [1] Francisco Durán and Gwen Salaün. Verifying timed BPMN processes using Maude. In
        Jean-Marie Jacquet and Mieke Massink, editors, Coordination Models and Languages,
        volume 10319 of Lecture Notes in Computer Science, pages 219–236. Springer, Cham, 2017.

    ## Limitations
    Only `volume` written out, as the `plain` family prints it, after an `In`; a volume below
    1000 may be a book's own (`volume 2` of a handbook) and is left alone, and so is an entry
    that names a series anywhere after its `In`.
    """
    text = ref.text
    if "volume" not in text:
        return  # (most entries, told at once)
    found = _VOLUME.search(text)
    if found is None:
        return
    marked = _IN.search(text, ref.label.span.end if ref.label is not None else 0, found.start())
    if marked is None or _SERIES.search(text, marked.end()):
        return  # (no book, or a series named in it or after it)
    year = ref.date.year if ref.date is not None else None
    if year is not None and str(year) == found["number"]:
        return  # `volume 2017.`: a yearly volume, not a series' number
    yield Diagnostic(
        Span(*found.span()),
        f"`{found.group()}` with no series named: a volume of four digits is a series' number "
        f"(`volume {found['number']} of Lecture Notes in ...`); give the series",
        ref=ref,
    )
