"""How often the garbage collector runs while refslint works (`fewer_collections`).

A module of its own, importing nothing of refslint's, so that the command can enter it before it
imports Lark, the grammar and the rules: imports allocate hundreds of thousands of objects that
live as long as the process, and Python's defaults rescan them every 700 allocations.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

# Allocations between collections of the youngest objects, and young (then middle-aged)
# collections between collections of the next generation: Python's defaults are (700, 10, 10).
COLLECTION_THRESHOLDS = (50_000, 50, 100)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the garbage collector less often inside the block, then restore what was set.

    Every parsed reference stays alive until the list rules have seen them all, and a run frees
    almost nothing before it ends, so Python's defaults (a collection every 700 allocations, each
    surviving object rescanned as it ages) mostly rescan live data: a fifth of the time on 20,000
    entries. Only the thresholds change; nothing is switched off, a caller's higher setting is kept,
    and a block inside another changes nothing.

    This is the one place refslint tunes the collector: `lint_entries` runs in it, so the language
    server and library callers get it for the length of their call and no longer, and the command
    line runs in it from the moment it has read its arguments to its exit status (importing the
    grammar and the rules, reading the files and linting them).
    """
    before = gc.get_threshold()
    wanted = tuple(max(now, ours) for now, ours in zip(before, COLLECTION_THRESHOLDS, strict=True))
    if wanted == before:
        yield
        return
    gc.set_threshold(*wanted)
    try:
        yield
    finally:
        gc.set_threshold(*before)
