"""What several list rules learn from the same list, worked out once (`per_list`).

List rules each get the whole list, and some ask the same question of it (which journals the list
prints two ways, which form it gives its journals): asked by each, the answer was worked out
again for each, over every entry. A function decorated with `per_list` keeps its answers for the
list it was last given, so the rules after the first get the answer the first one paid for.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Sequence
from typing import Any, Concatenate, ParamSpec, TypeVar

from refslint.model import Reference

P = ParamSpec("P")
T = TypeVar("T")


def _same(kept: tuple[Reference, ...], refs: Sequence[Reference]) -> bool:
    """Whether `refs` holds the very entries of `kept`, in order (the engine hands every list
    rule one list)."""
    return len(kept) == len(refs) and all(map(operator.is_, kept, refs))


def per_list(
    fn: Callable[Concatenate[Sequence[Reference], P], T],
) -> Callable[Concatenate[Sequence[Reference], P], T]:
    """`fn(refs, *args)` answered once for the list it was last asked of and the same arguments.

    The answer is kept for the very entries (`is`, not `==`: comparing whole references costs
    what the answer saves) and the very arguments (by identity too: a `Context` is not
    hashable); both are held, so no other object can take their identity while kept. A new list
    lets the last one go. The answer is shared, so callers must not change it. A thread reads the
    pair of list and answers in one step, so two threads linting two lists do not mix theirs.
    """
    kept: tuple[tuple[Reference, ...], dict[tuple[object, ...], tuple[Any, T]]] | None = None

    @functools.wraps(fn)
    def remembered(refs: Sequence[Reference], *args: P.args, **kwargs: P.kwargs) -> T:
        nonlocal kept
        now = kept
        if now is None or not _same(now[0], refs):
            now = kept = (tuple(refs), {})
        key: tuple[object, ...] = (*map(id, args), *kwargs, *map(id, kwargs.values()))
        hit = now[1].get(key)
        if hit is None:
            hit = now[1][key] = ((args, kwargs), fn(refs, *args, **kwargs))
        return hit[1]

    return remembered
