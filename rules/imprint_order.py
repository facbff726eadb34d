"""A publisher and its place printed in the other order than the list's imprints (RL864).

Chicago, ABNT, ISO 690 and most humanities styles print `Place: Publisher` (`Berlin: Akademie
Verlag`); some publishers' styles print `Publisher: Place` throughout. An entry that swaps the two
(`De Gruyter: Berlin, Boston` among `Berlin: Akademie Verlag`) was typed from another source. A
place is known by the table of publishing places RL525 keeps, or by the list itself: a name it
prints before the colon of two imprints. The list's order needs at least `MIN_IMPRINTS` imprints
whose place is known, `RATIO` times as many as the others.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

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

from .place_names import FOREIGN_FORMS, PLACES

MIN_IMPRINTS = 3
RATIO = 3
WORDS = 6  # a place or a publisher longer than this is a title's colon, not an imprint
KNOWN = frozenset((*PLACES, *FOREIGN_FORMS, *FOREIGN_FORMS.values()))
PLACE_FIRST, PUBLISHER_FIRST = "Place: Publisher", "Publisher: Place"

# `. Berlin: Akademie Verlag.`, `Hildesheim, Zürich: Olms, 2014`: two names around a colon, the
# first after a stop, the second before a stop, a year, a parenthesis or the entry's end
_IMPRINT = pattern(
    r"(?:^|(?<=[.)]\s))(?P<a>[A-ZÀ-Ý][^.:;()]{1,50}?):\s(?P<b>[A-ZÀ-Ý][^.:;()]{1,60}?)"
    r"(?=\.(?:\s|$)|,\s(?:1[5-9]|20)\d\d|\s\(|;|$)"
)
_CUT = pattern(r",|/|\s[-–]\s")


def _parts(names: str) -> list[str]:
    return [part.strip() for part in _CUT.split(names) if part.strip()]


def _imprints(ref: Reference) -> list[re.Match[str]]:
    return [
        m
        for m in _IMPRINT.finditer(ref.text, ref.body_start)
        if len(m["a"].split()) <= WORDS and len(m["b"].split()) <= WORDS
    ]


def _order(match: re.Match[str], places: frozenset[str] | set[str]) -> str | None:
    first, second = _parts(match["a"]), _parts(match["b"])
    if first and first[0] in places and not any(p in places for p in second):
        return PLACE_FIRST
    if second and second[0] in places and not any(p in places for p in first):
        return PUBLISHER_FIRST
    return None


@list_rule(
    code="RL864",
    name="place-publisher-reversed",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Publisher and place in the other order than the list's imprints (`Olms: Hildesheim`)",
    fixable=True,
)
def place_publisher_reversed(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list prints its imprints `Place: Publisher` or `Publisher: Place`, from
    those whose place it knows (RL525's table of publishing places, or a name the list prints
    before the colon of two imprints), and flags an imprint in the other order. The list needs
    three imprints in its order, three times as many as in the other.

    ## Why is this bad?
    The reader takes the place for the publisher and back; the entry was copied from a source
    set out another way.

    ## Example
        1. Karge, Henrik. 2014. Schriften. Hildesheim: Olms.
        2. Sahle, Patrick. 2013. Editionsformen. Stuttgart: Steiner.
        3. Schulze, Winfried. 1996. Ego-Dokumente. Berlin: Akademie Verlag.
        4. Ralle, Inga. 2017. Selbstzeugnisse. Hildesheim: Olms.
        5. Dumont, Stefan. 2020. Annotieren. De Gruyter: Stuttgart.

    Use instead:
        1. Karge, Henrik. 2014. Schriften. Hildesheim: Olms.
        2. Sahle, Patrick. 2013. Editionsformen. Stuttgart: Steiner.
        3. Schulze, Winfried. 1996. Ego-Dokumente. Berlin: Akademie Verlag.
        4. Ralle, Inga. 2017. Selbstzeugnisse. Hildesheim: Olms.
        5. Dumont, Stefan. 2020. Annotieren. Stuttgart: De Gruyter.

    ## Fix safety
    Unsafe: the two names are swapped, which is right only where the list's reading of them is.
    """
    found = [(ref, _imprints(ref)) for ref in refs]
    learned = Counter(p for _, ms in found for m in ms for p in _parts(m["a"]))
    places = KNOWN | {place for place, count in learned.items() if count >= 2}
    orders = [(ref, m, order) for ref, ms in found for m in ms if (order := _order(m, places))]
    counts = Counter(order for _, _, order in orders)
    if not counts:
        return
    kept, count = counts.most_common(1)[0]
    if count < MIN_IMPRINTS or count < RATIO * (len(orders) - count):
        return
    for ref, m, order in orders:
        if order == kept:
            continue
        swapped = f"{m['b']}: {m['a']}"
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"`{m.group()}` prints {order}; {count} of {len(orders)} imprints print {kept} "
            f"(`{swapped}`)",
            fix=Fix.unsafe(Edit(Span(m.start(), m.end()), swapped), message=f"Write `{swapped}`"),
            ref=ref,
        )
