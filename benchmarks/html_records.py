"""How big an HTML report is when many entries have lookup findings against a registry record.

A 1,000-entry list from `generate.py` is linted offline (its own findings), and every second entry
is given three RL402 findings (year, volume, first page) that share one registry record of seven
fields, as RL402 reports them for an entry whose year, volume and page all differ. The page is
rendered in-process; the script prints its size, the findings, and how many record tables it holds.

    .venv/bin/python benchmarks/html_records.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time

from generate import generate  # this folder is on sys.path when a script here runs
from measure import REPO

sys.path.insert(0, str(REPO))
from refslint.diagnostics import (
    Category,
    Located,
    RecordComparison,
    RecordField,
    Severity,
)
from refslint.engine import lint_text
from refslint.lines import LineIndex
from refslint.reporters import RunSummary, Source
from refslint.reporters.html import render


def record_findings(path: str, text: str, every: int) -> list[Located]:
    """Three RL402 findings on every `every`-th entry line, sharing one record."""
    lines = LineIndex(text)
    found = []
    for line in range(2, len(lines) + 1):
        start, end = lines.starts[line - 1], lines.ends[line - 1]
        number = re.match(r"(\d+)\. ", text[start:end])
        if number is None or int(number[1]) % every:
            continue  # not an entry's first line, or not one of the entries given findings
        entry, length = int(number[1]), end - start
        record = RecordComparison(
            "Crossref",
            f"10.5555/bench.{entry}",
            (
                RecordField("authors", "Abel K, Brun L, Cato M", "Abel K, Brun L, Cato M, Dore N"),
                RecordField("title", "A study of a thing " * 4, "A study of a thing " * 4),
                RecordField("journal", "J Bench Stud", "Journal of Benchmark Studies"),
                RecordField("year", "2014", "2015", True),
                RecordField("volume", "6", "5", True),
                RecordField("issue", "2", "2"),
                RecordField("page", "101", "110", True),
            ),
        )
        for k, what in enumerate(("year 2014", "volume 6", "first page 101")):
            column = 1 + min(k * 10, max(length - 4, 0))
            found.append(
                Located(
                    path, line, column, "RL402", line, column + 3, entry, "record-field-differs",
                    Category.LOOKUP, Severity.WARNING,
                    f"{what} differs from the record of {record.doi}", record=record,
                )
            )  # fmt: skip
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="entries (default 1000)")
    parser.add_argument("--every", type=int, default=2, help="entries with RL402s: every Nth")
    args = parser.parse_args()
    path = "refs.txt"
    text = generate(args.n)
    results = sorted(
        lint_text(text, path=path, offline=True, today=dt.date(2026, 12, 6))
        + record_findings(path, text, args.every)
    )
    run = RunSummary(files=1, entries=args.n, sources=(Source(path, text),))
    started = time.perf_counter()
    page = render(results, run)
    took = time.perf_counter() - started
    rl402 = sum(1 for r in results if r.code == "RL402")
    tables = page.count('<table class="record')
    print(
        f"entries {args.n}, findings {len(results)} (RL402 {rl402}), "
        f"page {len(page.encode('utf-8')):,} bytes, record tables {tables}, "
        f"rendered in {took * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
