"""The spaces in a Vancouver tail printed unlike the list's others (RL861).

A list in Vancouver's form sets the year, volume and pages out one way: tight (`2003;80(1):51-4`,
Citing Medicine's) or with a space after the semicolon and the colon (`2003; 80(1): 51-4`, as
several publishers print it). One entry printed the other way in a list that keeps to one was
pasted from elsewhere. Learnt from the list; a list split on it, or too short to tell, is left
alone, and so is an entry that spaces one mark and not the other.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import (
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
)

from .date_strays import stray_before
from .style.conventions import deviations

# between the year and the pages: `;80(1):`, `; 80(1): `, `;49:` (the parentheses kept)
_TAIL = pattern(
    r"[ \t]*;(?P<semi>[ \t]*)[^\s;:()]+(?:[ \t]*\([^()\s]{1,12}\))?[ \t]*:(?P<colon>[ \t]*)"
)
TIGHT, SPACED = "no space after the semicolon and the colon", "a space after each"


def _tail(ref: Reference):
    """The marks between a journal article's year and its pages, where it prints both."""
    date, volume = ref.date, ref.volume
    locator = ref.pages or ref.article_number
    if ref.kind is not Kind.ARTICLE or date is None or volume is None or locator is None:
        return None
    if not date.span.end <= volume.span.start < locator.span.start:
        return None
    if stray_before(ref) is not None:
        return None  # a number run into the year (RL871's): the tail is to be set out again
    return _TAIL.fullmatch(ref.text, date.span.end, locator.span.start)


def _locator(ref: Reference) -> str:
    locator = ref.pages or ref.article_number
    return locator.text if locator is not None else ""


def _form(ref: Reference) -> str | None:
    m = _tail(ref)
    if m is None:
        return None
    semi, colon = bool(m.group("semi")), bool(m.group("colon"))
    if semi != colon:
        return None
    return SPACED if semi else TIGHT


@list_rule(
    code="RL861",
    name="tail-spacing-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal article's tail spaced unlike the list's others (`2003;80:51-4`)",
    fixable=True,
)
def tail_spacing_inconsistent(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list prints a space after the semicolon and the colon of a journal
    article's tail (`2003; 80(1): 51-4`) or none (`2003;80(1):51-4`), and flags the entry that
    does otherwise. A convention needs at least five articles with both marks, 80% of them in one
    form; an entry that spaces one mark and not the other is not measured.

    ## Why is this bad?
    A list sets every tail out one way; the entry printed otherwise was pasted from another list
    or database, and shows it.

    ## Example
        1. Ali MA, Abdalla AH. Fermentation of millet. Food Chem 2003; 80(1): 51-4.
        2. Onyango C, Bley T. Extruded uji. LWT Food Sci Technol 2004; 37: 827-32.
        3. Elmaki HB, Babiker EE. Germination of sorghum. Food Chem 1999; 64: 331-6.
        4. Pelembe LA, Erasmus C. Malting of millet. J Cereal Sci 2002; 36: 327-9.
        5. Hamad AM, Fields ML. Fermented cereals. J Food Sci 1979; 44: 456-9.
        6. Chandrasekara A, Shahidi F. Millet phenolics. J Agric Food Chem 1984;49:516-9.

    Use instead:
        1. Ali MA, Abdalla AH. Fermentation of millet. Food Chem 2003; 80(1): 51-4.
        2. Onyango C, Bley T. Extruded uji. LWT Food Sci Technol 2004; 37: 827-32.
        3. Elmaki HB, Babiker EE. Germination of sorghum. Food Chem 1999; 64: 331-6.
        4. Pelembe LA, Erasmus C. Malting of millet. J Cereal Sci 2002; 36: 327-9.
        5. Hamad AM, Fields ML. Fermented cereals. J Food Sci 1979; 44: 456-9.
        6. Chandrasekara A, Shahidi F. Millet phenolics. J Agric Food Chem 1984; 49: 516-9.

    ## Fix safety
    Safe: only the spaces after the two marks change.
    """
    found, odd = deviations(refs, _form)
    if found is None:
        return
    for ref, form in odd:
        m = _tail(ref)
        assert m is not None
        space = "" if found.form == TIGHT else " "
        text = ref.text
        assert ref.date is not None
        begin, end = ref.date.span.start, m.end() + len(_locator(ref))
        semi, colon = m.span("semi"), m.span("colon")
        printed = text[begin:end]
        wanted = (
            text[begin : semi[0]] + space + text[semi[1] : colon[0]] + space + text[colon[1] : end]
        )
        yield Diagnostic(
            Span(begin, end),
            f"{form} in the tail (`{printed}`); "
            + found.says(f"journal articles print {found.form}")
            + f" (`{wanted}`)",
            fix=Fix.safe(
                Edit(Span(*semi), space),
                Edit(Span(*colon), space),
                message=f"Write `{wanted}`",
            ),
            ref=ref,
        )
