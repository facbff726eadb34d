"""One way for a test to assert that work grows linearly with its input, and never in seconds.

`assert_linear(small, large, bound=...)` times two callables (the same work on a small and on a
larger input) and asserts that the larger takes under `bound` times as long. Why it holds still on
a busy machine:

- times are this process's CPU time (`time.process_time`), so another process taking the CPU does
  not count against the work measured; the collector is paused during each run, as `timeit` does;
- each side is the best of `runs` runs, small and large taken in turn, so a slow moment slows both;
- a pair over the bound is measured again, up to `attempts` times in all: a stalled measurement
  passes on the next attempt, while quadratic work is over the bound every time and fails.

CPU time counts this process only: work handed to other processes (`--jobs`) is not measured.

A failure names every attempt's times and ratio, and the machine's speed at each (`speed`: how
long a fixed amount of plain work took beside it), so a reader can tell a slow machine from slow
code.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

RUNS = 3
ATTEMPTS = 3


@dataclass(frozen=True)
class Pair:
    """The best times of one attempt, in CPU seconds, and the plain work's time beside them."""

    small: float
    large: float
    speed: float

    @property
    def ratio(self) -> float:
        return self.large / max(self.small, 1e-9)

    def __str__(self) -> str:
        return (
            f"{self.small * 1000:.1f} ms, then {self.large * 1000:.1f} ms "
            f"({self.ratio:.1f}x; plain work {self.speed * 1000:.1f} ms)"
        )


def cpu_time(work: Callable[[], object]) -> float:
    """The CPU time one call of `work` takes, with the collector paused."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        started = time.process_time()
        work()
        return time.process_time() - started
    finally:
        if enabled:
            gc.enable()


def _plain_work() -> None:
    total = 0
    for k in range(100_000):
        total += k & 7


def best_pair(small: Callable[[], object], large: Callable[[], object], runs: int = RUNS) -> Pair:
    """The best of `runs` runs of each callable, taken in turn."""
    took_small = took_large = float("inf")
    gc.collect()  # the garbage of earlier work is not left for these runs to collect
    for _ in range(runs):
        took_small = min(took_small, cpu_time(small))
        took_large = min(took_large, cpu_time(large))
    return Pair(took_small, took_large, cpu_time(_plain_work))


def assert_linear(
    small: Callable[[], object],
    large: Callable[[], object],
    *,
    bound: float,
    runs: int = RUNS,
    attempts: int = ATTEMPTS,
    warm_up: bool = True,
    fast_enough: float | None = None,
    what: str = "",
) -> Pair:
    """Assert `large` takes under `bound` times as long as `small`; return the passing pair.

    `warm_up` runs `small` once untimed first (tables read, patterns compiled). `fast_enough`, in
    CPU seconds, also lets a pair pass whose larger run took less than that: for work so short
    that its ratio is mostly noise. Callables may assert on what they return; that is checked on
    every run.
    """
    if warm_up:
        small()
    tries = []
    for _ in range(attempts):
        pair = best_pair(small, large, runs)
        if pair.ratio < bound or (fast_enough is not None and pair.large < fast_enough):
            return pair
        tries.append(pair)
    label = f"{what}: " if what else ""
    raise AssertionError(
        f"{label}over {bound}x in each of {attempts} attempts: " + "; ".join(map(str, tries))
    )


def rule_run(rule, refs, ctx) -> Callable[[], object]:
    """One run of `rule` over a parsed list, as the engine runs it: a list rule once over the
    list, an entry rule entry by entry."""
    from refslint.rule import Kind

    if rule.kind is Kind.LIST:
        return lambda: list(rule.check(refs, ctx))
    return lambda: [d for ref in refs for d in rule.check(ref, ctx)]


def assert_rules_linear(
    codes: Sequence[str],
    make: Callable[[int], Sequence[object]],
    *,
    today: dt.date,
    sizes: tuple[int, int] = (200, 400),
    bound: float = 3,
    finding: bool = False,
) -> None:
    """Assert each rule of `codes` grows linearly: run over the parsed list `make(n)` builds at
    both `sizes`, the larger takes under `bound` times as long. Every code must name a loaded
    rule (a renamed code would otherwise leave its rule untimed); with `finding`, each must also
    report something in the smaller list, so what is timed is the work that finds a fault."""
    from refslint.registry import load_rules
    from refslint.rule import Context

    ctx = Context(today=today)
    small, large = make(sizes[0]), make(sizes[1])
    chosen = [r for r in load_rules() if r.code in codes]
    assert sorted(r.code for r in chosen) == sorted(codes)
    for rule in chosen:
        if finding:
            assert rule_run(rule, small, ctx)(), f"{rule.code} finds nothing to time"
        assert_linear(
            rule_run(rule, small, ctx), rule_run(rule, large, ctx), bound=bound, what=rule.code
        )
