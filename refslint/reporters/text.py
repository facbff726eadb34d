"""`path:line:col: CODE message`, one diagnostic a line, then a summary: the grep-able default."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from refslint.diagnostics import Located
from refslint.reporters import RunSummary, is_fixable, summary_line


def report(results: Sequence[Located], run: RunSummary, out: TextIO) -> None:
    """A diagnostic `--fix` would fix carries `[*]` after its code, as ruff marks them; a run-level
    note (RL409) is `CODE message` with no file position, after the findings in files."""
    for d in results:
        if d.run_level:
            continue
        mark = " [*]" if is_fixable(d, run) else ""
        if d.place is None:
            out.write(f"{d.path}:{d.line}:{d.column}: {d.code}{mark} {d.message}\n")
        else:  # a Word or PDF position: the entry's number helps find it in the document
            entry = f" (entry {d.entry})" if d.entry is not None else ""
            out.write(f"{d.path}:{d.place}: {d.code}{mark} {d.message}{entry}\n")
    for d in results:
        if d.run_level:
            out.write(f"{d.code} {d.message}\n")
    out.write(summary_line(len(results), run) + "\n")
