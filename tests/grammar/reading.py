"""What the grammar tests share: one entry read on its own, and its names as (family, initials)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from refslint.grammar import parse_entry
from refslint.model import Entry, PositionMap, Reference


def parse(text: str, label_end: int = 0) -> Reference:
    """The entry's reading, which must have no problem (a parse failure fails the test here)."""
    ref = parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1, None, label_end))
    assert ref.problem is None, ref.problem
    return ref


def names(authors: Iterable[Any]) -> list[tuple[str, str]]:
    return [(a.family, a.initials) for a in authors]
