"""Timing for the doubling tests of rules: the processor time of this process alone (other
processes on a loaded machine do not count), the best of a few blocks of repetitions."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

BLOCK = 0.03  # seconds a timed block should last at the smaller size


def repetitions(run: Callable[[], object]) -> int:
    """How many runs of `run` make a block of about `BLOCK` seconds."""
    start = time.process_time()
    run()
    once = max(time.process_time() - start, 1e-6)
    return max(1, int(BLOCK / once))


def best_time(run: Callable[[], object], reps: int, tries: int = 3) -> float:
    """The shortest of `tries` blocks of `reps` runs, with the collector paused in each (a full
    collection of refslint's tables would cost more than the block)."""
    best = float("inf")
    for _ in range(tries):
        gc.disable()
        try:
            start = time.process_time()
            for _ in range(reps):
                run()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def doubling(make: Callable[[int], Callable[[], object]], n: int) -> tuple[float, float]:
    """Times of `make(n)` and `make(2 * n)` (each a run to time), in blocks of the same length."""
    return pair(make(n), make(2 * n))


def pair(small: Callable[[], object], large: Callable[[], object]) -> tuple[float, float]:
    """Times of two runs, the second on twice the input, in blocks of the same length."""
    reps = repetitions(small)
    return best_time(small, reps), best_time(large, reps)
