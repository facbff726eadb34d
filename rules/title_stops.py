"""A period after a title where the list sets every element off by a comma (RL873).

Some styles run a whole entry as one sentence, its elements set off by commas (Copernicus'
`Surname, A.: Title, Journal, 12, 1-5, 2019.`, and its books `Title, Publisher, Place, 771 pp.,
1998.`). A period after one entry's title is another style's, left when the entry was pasted in,
and it splits the entry where the list does not. Learnt from the list; a list that closes its
titles with periods, or mixes the two, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    UNTYPED,
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    list_rule,
)

from .article_marks import _habit

COMMA = ","
_QUOTES = frozenset("\"'“”‘’«»")
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]$")


def _title_mark(ref: Reference) -> str | None:
    """The comma or period right after the title of an entry whose kind was read, or None."""
    title = ref.title
    if title is None or ref.kind in UNTYPED:
        return None  # (an unread entry's title may run on past its own end)
    end = title.span.end
    mark = ref.text[end : end + 1]
    if (
        ref.text[end + 1 : end + 2] in _QUOTES
        or ref.text[title.span.start - 1 : title.span.start] in _QUOTES
    ):
        return None  # IEEE's `"Title," Journal`: the comma is the quotation's, not the list's
    if _INITIAL_END.search(title.text):
        return None  # `Title, In F. Editor, eds.`: a title read on into the names, an initial's
    return mark if mark in (",", ".") else None


@list_rule(
    code="RL873",
    name="title-period-among-commas",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A period after a title where the list sets every element off by a comma",
    fixable=True,
)
def title_period_among_commas(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list sets its titles off by a comma (eight entries at least, two thirds
    of them) and flags an entry that closes its title with a period instead.

    ## Why is this bad?
    A list in this form runs each entry as one sentence; the period is another style's, left
    when the entry was set out again, and it cuts the entry where the list does not.

    ## Example
        1. Best, M. J.: Soil temperature schemes, Agric. For. Meteorol., 114, 111-142, 2005.
        2. Gandin, L. S.: Quality control of observations, Mon. Weather Rev., 116, 1137-1156,
           1988.
        3. Hu, Q. S.: A daily soil temperature dataset, J. Appl. Meteorol., 42, 1139-1156, 2003.
        4. Hu, Q. S.: Quality control for soil temperatures, J. Appl. Meteorol., 41, 607-619,
           2002.
        5. Lachenbruch, A. H.: Changing climate, Science, 234, 689-696, 1986.
        6. de Jeu, R. A. M.: Global soil moisture patterns, Surv. Geophys., 29, 399-420, 2008.
        7. Bertrand, C.: Quality control of air temperature data, Adv. Sci. Res., 10, 1-5, 2013.
        8. Wijk, W. R.: Periodic temperature variations, Physics of Plant Environment, 102-143,
           1963.
        9. Hillel, D.: Environmental soil physics. Academic Press, London, 771 pp., 1998.

    Use instead:
        1. Best, M. J.: Soil temperature schemes, Agric. For. Meteorol., 114, 111-142, 2005.
        2. Gandin, L. S.: Quality control of observations, Mon. Weather Rev., 116, 1137-1156,
           1988.
        3. Hu, Q. S.: A daily soil temperature dataset, J. Appl. Meteorol., 42, 1139-1156, 2003.
        4. Hu, Q. S.: Quality control for soil temperatures, J. Appl. Meteorol., 41, 607-619,
           2002.
        5. Lachenbruch, A. H.: Changing climate, Science, 234, 689-696, 1986.
        6. de Jeu, R. A. M.: Global soil moisture patterns, Surv. Geophys., 29, 399-420, 2008.
        7. Bertrand, C.: Quality control of air temperature data, Adv. Sci. Res., 10, 1-5, 2013.
        8. Wijk, W. R.: Periodic temperature variations, Physics of Plant Environment, 102-143,
           1963.
        9. Hillel, D.: Environmental soil physics, Academic Press, London, 771 pp., 1998.

    ## Fix safety
    Safe: only the mark after the title changes, to the list's comma.
    """
    habit = _habit(refs, _title_mark)
    if habit is None or habit[0] != COMMA:
        return
    _, count, total = habit
    for ref in refs:
        if _title_mark(ref) != ".":
            continue
        assert ref.title is not None
        at = ref.title.span.end
        yield Diagnostic(
            Span(at, at + 1),
            f"a period after the title; {count} of {total} entries set the title off by a comma",
            fix=Fix.safe(Edit(Span(at, at + 1), COMMA), message="Write a comma"),
            ref=ref,
        )
