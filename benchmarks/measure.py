"""What the benchmark scripts share: timing, finding the `refslint` command, printing a table."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
REPO = Path(__file__).resolve().parent.parent


def timed(action: Callable[[], T], runs: int) -> tuple[float, T]:
    """Median wall time of `runs` calls, and what the last call returned."""
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def refslint_command() -> tuple[list[str], str]:
    """The console script beside this interpreter, else `python -m refslint`; and how to name it.

    The console script is what users run, so it is preferred: its start-up includes the entry-point
    wrapper that `python -m` skips.
    """
    script = Path(sys.executable).with_name("refslint")
    if script.exists():
        return [str(script)], f"the console script {script}"
    return [sys.executable, "-m", "refslint"], "python -m refslint"


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Left-aligned columns with a rule under the header, fit for a terminal or a README."""
    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def short(message: object, limit: int = 160) -> str:
    """One line of at most `limit` characters: a failure note must not drown the table."""
    text = " ".join(str(message).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def with_bytecode(env: dict[str, str], folder: Path) -> dict[str, str]:
    """`env` for commands that load compiled bytecode, as an installed package does (installers
    compile it): written once into `folder` by the first command, read by the rest. Without this,
    a checkout run with PYTHONDONTWRITEBYTECODE set compiles every module from source at each
    start, a serial cost no user of an installed refslint pays."""
    env = {**env, "PYTHONPYCACHEPREFIX": str(folder)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env
