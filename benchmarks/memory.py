"""How much memory one `refslint --offline --format json` process needs, by the size of its list.

    .venv/bin/python benchmarks/memory.py                    # 2,500, 10,000 and 40,000 entries
    .venv/bin/python benchmarks/memory.py -n 1000 -n 4000

Each size is one whole process on the list `generate.py` writes; its peak resident memory is what
the kernel reports when the process is reaped (`wait4`'s `ru_maxrss`), so it counts the
interpreter, the grammar and the rules as well as the list. The figure per megabyte of list is
taken between the smallest and each larger size, so start-up cancels out: it is what a larger
list costs, the figure a user weighing the 20 MB input limit needs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generate  # this folder is on sys.path when a script here runs
from measure import refslint_command, table, with_bytecode

SIZES = (2_500, 10_000, 40_000)


def peak(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Peak resident megabytes, CPU seconds and exit status of one process."""
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(child.pid, 0)
    # Linux reports ru_maxrss in kilobytes
    return (
        usage.ru_maxrss / 1024,
        usage.ru_utime + usage.ru_stime,
        os.waitstatus_to_exitcode(status),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, action="append", help="entries (repeatable)")
    args = parser.parse_args(argv)
    sizes = sorted(args.n or SIZES)
    command, named = refslint_command()
    print(f"refslint: {named}; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}")
    rows: list[tuple[object, ...]] = []
    with tempfile.TemporaryDirectory() as folder:
        env = with_bytecode(dict(os.environ), Path(folder) / "pycache")
        first: tuple[float, float] | None = None
        for size in sizes:
            path = Path(folder) / f"list-{size}.txt"
            path.write_text(generate(size), encoding="utf-8")
            megabytes = path.stat().st_size / 1_000_000
            lint = [*command, "--offline", "--today", "2026-11-24", "--format", "json", str(path)]
            if first is None:
                peak(lint, env)  # untimed: bytecode and Lark's cache written
            started = time.perf_counter()
            rss, cpu, status = peak(lint, env)
            wall = time.perf_counter() - started
            per_mb = "" if first is None else f"{(rss - first[1]) / (megabytes - first[0]):.0f}"
            per_entry = (
                "" if first is None else f"{(rss - first[1]) * 1000 / (size - sizes[0]):.1f}"
            )
            if first is None:
                first = (megabytes, rss)
            rows.append(
                (
                    f"{size:,}",
                    f"{megabytes:.2f}",
                    f"{rss:.0f}",
                    per_mb,
                    per_entry,
                    f"{cpu:.1f}",
                    f"{wall:.1f}",
                    status,
                )
            )
    header = ("entries", "list MB", "peak MB", "MB per list MB", "kB per entry", "CPU s", "wall s")
    print(table((*header, "exit"), rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
