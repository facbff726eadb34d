"""Output formats. Each reporter module has `report(results, run, out)`; modules load on demand."""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TextIO

from refslint.diagnostics import Applicability, Located

if TYPE_CHECKING:
    from refslint.model import Entry
    from refslint.rule import Rule

FORMATS = ("text", "json", "sarif", "github", "html")
SHOWS_TEXT = frozenset({"html"})  # formats that show the linted text: the run keeps it for them


def rule_anchor(code: str) -> str:
    """The id of a rule's row in the README's rule table (`ruletable` writes it)."""
    return code.lower()


@dataclass(frozen=True)
class Source:
    """A linted file's text, as the findings' lines and columns count it (after `--fix`, the
    fixed text): what a reporter that shows the list as written needs.

    `entries` gives each entry's lines and number as its reader found them, for a file whose
    text alone does not say (a Word paragraph numbered by Word, a PDF's lines); None: the text is
    read again by its file type."""

    path: str
    text: str
    entries: tuple[EntryLines, ...] | None = None


@dataclass(frozen=True)
class EntryLines:
    """Lines `first`..`last` (1-based) of a source's text hold the entry numbered `number`."""

    first: int
    last: int
    number: str


def entry_lines(entries: Sequence[Entry]) -> tuple[EntryLines, ...]:
    """Where each entry stands in its text, and its number (its index where it has none)."""
    return tuple(
        EntryLines(
            e.positions.position(0).line,
            e.positions.end_position(len(e.text)).line,
            str(e.number if e.number is not None else e.index),
        )
        for e in entries
    )


@dataclass(frozen=True)
class RunSummary:
    """What was checked, for the summary line."""

    files: int
    entries: int
    errors: int = 0  # files or rules that failed; their messages go to stderr
    fix_threshold: Applicability = Applicability.SAFE  # what `--fix` would apply (see `fixable`)
    fixed: int = 0  # fixes `--fix` applied
    fixable: int = 0  # diagnostics left with a fix at or above `fix_threshold`
    hidden_fixes: int = 0  # diagnostics left with an unsafe fix that `--unsafe-fixes` would show
    rules: tuple[Rule, ...] = ()  # the rules that ran, for reporters that describe them (SARIF)
    sources: tuple[Source, ...] = ()  # the linted texts, kept for the formats in `SHOWS_TEXT`

    @classmethod
    def counting_fixes(
        cls,
        results: Sequence[Located],
        threshold: Applicability,
        *,
        files: int,
        entries: int,
        errors: int = 0,
        fixed: int = 0,
    ) -> RunSummary:
        """A summary that counts which of `results` `--fix` (at `threshold`) would fix."""
        fixable = sum(1 for r in results if _has_fix(r, threshold))
        hidden = sum(1 for r in results if _has_fix(r, Applicability.UNSAFE)) - fixable
        return cls(
            files=files,
            entries=entries,
            errors=errors,
            fix_threshold=threshold,
            fixed=fixed,
            fixable=fixable,
            hidden_fixes=hidden,
        )


def _has_fix(result: Located, threshold: Applicability) -> bool:
    applicability = result.fix_applicability
    return applicability is not None and applicability >= threshold and bool(result.edits)


def is_fixable(result: Located, run: RunSummary) -> bool:
    """Marked `[*]` in text output: `--fix` (with this run's `--unsafe-fixes`) would fix it."""
    return _has_fix(result, run.fix_threshold)


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
        line = f"Found {plural(problems, 'problem')} in {files} ({entries}){failed}{_fixes(run)}."
    elif run.errors:
        line = f"No problems in what could be checked ({entries} in {files}){failed}."
    elif not run.entries:
        line = f"No reference list found in {files}."
    else:
        line = f"All checks passed: {entries} in {files}."
    if run.fixed:
        return f"Fixed {plural(run.fixed, 'problem')}; {line[0].lower()}{line[1:]}"
    return line


def _fixes(run: RunSummary) -> str:
    """'; 2 fixable with --fix (1 hidden fix can be enabled with --unsafe-fixes)', as ruff says."""
    flags = "--fix --unsafe-fixes" if run.fix_threshold <= Applicability.UNSAFE else "--fix"
    fixable = f"; {run.fixable} fixable with {flags}" if run.fixable else ""
    if not run.hidden_fixes:
        return fixable
    hidden = plural(run.hidden_fixes, "hidden fix", "hidden fixes")
    note = f"{hidden} can be enabled with --unsafe-fixes"
    return f"{fixable} ({note})" if fixable else f"; no fixes available ({note})"


@dataclass(frozen=True)
class Statistic:
    """One line of `--statistics`: a rule, its findings and how many of them a fix would mend."""

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
