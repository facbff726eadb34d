"""GitHub Actions workflow commands, which the runner turns into annotations on the pull request."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from refslint.diagnostics import Located, Severity
from refslint.reporters import RunSummary

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def report(results: Sequence[Located], run: RunSummary, out: TextIO) -> None:
    """One command per finding; a run-level note (RL409) names no file, so the runner shows it on
    the run's summary rather than on the first line of some file."""
    for d in results:
        if d.run_level:
            title = escape_property(f"{d.code} {d.name}")
            out.write(f"::{COMMANDS[d.severity]} title={title}::{escape_data(d.message)}\n")
            continue
        properties = ",".join(
            f"{key}={escape_property(str(value))}"
            for key, value in (
                ("file", d.path),
                ("line", d.line),
                ("col", d.column),
                ("endLine", d.end_line),
                ("endColumn", d.end_column),
                ("title", f"{d.code} {d.name}"),
            )
        )
        out.write(f"::{COMMANDS[d.severity]} {properties}::{escape_data(d.message)}\n")
