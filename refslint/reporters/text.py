"""`path:line:col: CODE message`, one diagnostic a line, then a summary: the grep-able default."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from refslint.diagnostics import Located
from refslint.reporters import RunSummary, summary_line


def report(results: Sequence[Located], run: RunSummary, out: TextIO) -> None:
    for d in results:
        out.write(f"{d.path}:{d.line}:{d.column}: {d.code} {d.message}\n")
    out.write(summary_line(len(results), run) + "\n")
