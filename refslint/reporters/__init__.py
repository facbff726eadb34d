"""Output formats. Each reporter module has `report(results, run, out)`; modules load on demand."""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TextIO

from refslint.diagnostics import Applicability, Located

FORMATS = ("text", "json", "github")  # sarif arrives with its own issue


@dataclass(frozen=True)
class RunSummary:
    """What was checked, for the summary line."""

    files: int
    entries: int
    errors: int = 0  # files or rules that failed; their messages go to stderr


class Reporter(Protocol):
    def __call__(self, results: Sequence[Located], run: RunSummary, out: TextIO) -> None: ...


def get(name: str) -> Reporter:
    """The `report` function of the named format."""
    if name not in FORMATS:
        raise ValueError(f"unknown output format {name!r}")
    return importlib.import_module(f"refslint.reporters.{name}").report


def plural(count: int, word: str, words: str = "") -> str:
    return f"{count} {word}" if count == 1 else f"{count} {words or word + 's'}"


def summary_line(problems: int, run: RunSummary) -> str:
    """'Found 3 problems in 1 file (124 entries).' or 'All checks passed: 124 entries in 1 file.'"""
    files, entries = plural(run.files, "file"), plural(run.entries, "entry", "entries")
    failed = (
        f"; {plural(run.errors, 'error')} stopped part of the run (see above)" if run.errors else ""
    )
    if problems:
        return f"Found {plural(problems, 'problem')} in {files} ({entries}){failed}."
    if run.errors:
        return f"No problems in what could be checked ({entries} in {files}){failed}."
    if not run.entries:
        return f"No reference list found in {files}."
    return f"All checks passed: {entries} in {files}."


@dataclass(frozen=True)
class Statistic:
    code: str
    name: str
    count: int
    fixable_count: int

    def as_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "count": self.count,
            "fixable": self.fixable_count > 0,
            "fixable_count": self.fixable_count,
        }


def statistics(results: Sequence[Located]) -> list[Statistic]:
    """Count per rule, most frequent first (ties by code)."""
    counts = Counter(r.code for r in results)
    fixable = Counter(
        r.code
        for r in results
        if r.fix_applicability is not None and r.fix_applicability >= Applicability.UNSAFE
    )
    names = {r.code: r.name for r in results}
    ordered = sorted(counts, key=lambda code: (-counts[code], code))
    return [Statistic(code, names[code], counts[code], fixable[code]) for code in ordered]


def report_statistics(results: Sequence[Located], run: RunSummary, out: TextIO, fmt: str) -> None:
    """`--statistics`: one line per rule (or a JSON array with `--format json`)."""
    stats = statistics(results)
    if fmt == "json":
        import json

        json.dump([s.as_json() for s in stats], out, indent=2)
        out.write("\n")
        return
    width = max((len(str(s.count)) for s in stats), default=1)
    code_width = max((len(s.code) for s in stats), default=0)
    for s in stats:
        out.write(f"{s.count:>{width}}\t{s.code:<{code_width}}\t{s.name}\n")
    out.write(summary_line(len(results), run) + "\n")
