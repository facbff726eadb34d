"""The `refslint` command: find files, pick rules and settings, lint, report, and say how it went.

Exit status: 0 nothing at warning or error severity, 1 at least one warning or error, 2 the run
itself failed. A failed run prints one `refslint: error: ...` line per cause, never a traceback.
Heavy modules (the grammar, reporters, json) load only when the command needs them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from refslint import __version__

if TYPE_CHECKING:
    from refslint.config import Config
    from refslint.diagnostics import Located
    from refslint.rule import Rule

STDIN = "-"
STDIN_NAME = "<stdin>"
SKIPPED_DIRS = {"node_modules", "__pycache__", "site-packages"}
LATER = {  # accepted so scripts can be written today; each arrives with its own issue
    "fix": "--fix",
    "unsafe_fixes": "--unsafe-fixes",
    "diff": "--diff",
}


class Failure(Exception):
    """The run cannot go on; the message is the text after `refslint: error: `."""


@dataclass
class Run:
    results: list[Located] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    files: int = 0
    entries: int = 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting, so tests can call it."""
    args = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    _tune_garbage_collector()
    try:
        if args[:1] == ["parse"]:
            return _parse_command(args[1:])
        if args[:1] == ["lsp"]:
            raise Failure("the language server (refslint lsp) is not available yet")
        return _lint_command(args)
    except Failure as exc:
        _error(str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `refslint ... | head`: the reader left; stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # a bug in refslint or a plugin: one clear line, not a traceback
        if os.environ.get("REFSLINT_DEBUG"):
            raise
        _error(f"internal error: {type(exc).__name__}: {exc} (set REFSLINT_DEBUG=1 for details)")
        return 2


def _tune_garbage_collector() -> None:
    """A lint run keeps every parsed reference alive until the list rules have seen them all and
    frees almost nothing before it ends, so collecting young objects every 700 allocations only
    rescans live data: on 20,000 entries that costs a fifth of the run (see benchmarks/)."""
    import gc

    gc.set_threshold(50_000, 50, 100)


def _lint_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="refslint",
        description="Lint numbered reference lists: numbering, dates, access dates, identifiers.",
        epilog="Subcommands: 'refslint parse PATH...' prints what the grammar read. "
        "Exit status: 0 clean, 1 problems found, 2 the run failed.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or directories; - reads stdin"
    )
    parser.add_argument(
        "--format",
        default="text",
        choices=("text", "json", "sarif", "github"),
        help="output format (default: text)",
    )
    parser.add_argument(
        "--today", type=_date_argument, metavar="YYYY-MM-DD", help="the date to measure from"
    )
    parser.add_argument("--offline", action="store_true", help="never use the network")
    for flag, what in (
        ("--select", "rules to run instead of the default set"),
        ("--ignore", "rules not to run"),
        ("--extend-select", "rules to run in addition"),
    ):
        parser.add_argument(
            flag, action="append", metavar="CODES", help=f"{what} (codes or prefixes)"
        )
    parser.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    parser.add_argument("--unsafe-fixes", action="store_true", help="also apply unsafe fixes")
    parser.add_argument("--diff", action="store_true", help="print fixes as a unified diff")
    parser.add_argument("--list-rules", action="store_true", help="print the rule table and exit")
    parser.add_argument("--explain", metavar="CODE", help="print one rule's documentation and exit")
    parser.add_argument("--config", type=Path, metavar="FILE", help="use this config file")
    parser.add_argument("--statistics", action="store_true", help="count problems per rule")
    parser.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when problems are found"
    )
    parser.add_argument("--version", action="version", version=f"refslint {__version__}")
    return parser


def _parse_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="refslint parse",
        description="Print what the grammar read from each entry: CSL-JSON, or JSON with spans.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or directories; - reads stdin"
    )
    parser.add_argument("--format", default="csl-json", choices=("csl-json", "json"))
    return parser


def _lint_command(argv: list[str]) -> int:
    args = _parse_args(_lint_parser(), argv)
    if isinstance(args, int):
        return args
    for attribute, flag in LATER.items():
        if getattr(args, attribute):
            raise Failure(f"{flag} is not available yet")
    if args.format == "sarif":
        raise Failure("--format sarif is not available yet")

    from refslint import registry

    rules = _load_rules()
    if args.list_rules:
        _print_rule_table(rules)
        return 0
    if args.explain:
        _explain(args.explain, rules)
        return 0
    if not args.paths:
        raise Failure("no paths given: name files or directories to lint, or - for standard input")

    cli_layer = registry.Selection(
        select=_codes(args.select) if args.select else None,
        ignore=_codes(args.ignore),
        extend_select=_codes(args.extend_select),
    )
    try:
        registry.check_selectors(cli_layer.selectors(), rules)
    except registry.SelectionError as exc:
        raise Failure(str(exc)) from None

    configs = _Configs(rules, args.config)
    # read every config before linting, so a bad one stops the run before any output
    plans = [(file, configs.for_file(file)) for file in _expand(args.paths)]

    run = Run()
    chosen: dict[tuple[Path | None, tuple[str, ...]], list[Rule]] = {}
    for file, cfg in plans:
        ignored = cfg.ignored_for(file) if file != STDIN else ()
        key = (cfg.path, ignored)
        if key not in chosen:
            chosen[key] = registry.without(
                registry.select_rules(rules, [cfg.selection, cli_layer]), ignored
            )
        _lint_file(file, cfg, chosen[key], args.today, run)

    from refslint import reporters

    summary = reporters.RunSummary(files=run.files, entries=run.entries, errors=len(run.errors))
    for (
        message
    ) in run.errors:  # before the report, so the summary's "see above" holds on a terminal
        _error(message)
    sys.stderr.flush()
    if args.statistics:
        reporters.report_statistics(run.results, summary, sys.stdout, args.format)
    else:
        reporters.get(args.format)(run.results, summary, sys.stdout)
    sys.stdout.flush()
    if run.errors:
        return 2
    if args.exit_zero:
        return 0
    from refslint.diagnostics import Severity

    return 1 if any(d.severity >= Severity.WARNING for d in run.results) else 0


def _lint_file(file: str, cfg: Config, rules: list[Rule], today: dt.date | None, run: Run) -> None:
    from refslint.engine import lint_entries
    from refslint.rule import Context
    from refslint.sources import SourceError, read_entries

    name = STDIN_NAME if file == STDIN else file
    try:
        text = _read(file)
    except SourceError as exc:
        run.errors.append(str(exc))
        return
    entries = read_entries(name, text)
    ctx = Context(today=today or cfg.today or dt.date.today(), path=name, settings=cfg.options)
    run.results.extend(lint_entries(entries, rules, ctx, source_text=text, failures=run.errors))
    run.files += 1
    run.entries += len(entries)


def _parse_command(argv: list[str]) -> int:
    args = _parse_args(_parse_parser(), argv)
    if isinstance(args, int):
        return args
    import importlib.util

    if importlib.util.find_spec("refslint.csl") is None:
        raise Failure("refslint parse is not available yet (refslint.csl is missing)")
    import json

    from refslint import csl
    from refslint.grammar import parse_entry
    from refslint.sources import SourceError, read_entries

    parsed = []
    failed = False
    for file in _expand(args.paths):
        name = STDIN_NAME if file == STDIN else file
        try:
            text = _read(file)
        except SourceError as exc:
            _error(str(exc))
            failed = True
            continue
        parsed.extend((parse_entry(entry), entry) for entry in read_entries(name, text))
    if args.format == "csl-json":  # one bibliography: ids stay unique across files
        items = csl.to_csl_list(ref for ref, _ in parsed)
    else:
        items = [csl.to_span_json(ref, entry) for ref, entry in parsed]
    json.dump(items, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 2 if failed else 0


class _Configs:
    """Config per file: `--config` for all, else the nearest one; each file read once."""

    def __init__(self, rules: Sequence[Rule], explicit: Path | None):
        from refslint import config

        self._config = config
        self._rules = rules
        self._by_path: dict[Path | None, Config] = {}
        self._nearest: dict[Path, Path | None] = {}
        self._explicit = explicit
        if explicit is not None:
            if not explicit.is_file():
                raise Failure(f"{explicit}: config file not found")
            self._load(explicit)

    def for_file(self, file: str) -> Config:
        if self._explicit is not None:
            return self._by_path[self._explicit]
        folder = Path.cwd() if file == STDIN else Path(file).parent
        if folder not in self._nearest:
            try:
                self._nearest[folder] = self._config.find(folder)
            except self._config.ConfigError as exc:
                raise Failure(str(exc)) from None
        return self._load(self._nearest[folder])

    def _load(self, path: Path | None) -> Config:
        if path not in self._by_path:
            try:
                self._by_path[path] = (
                    self._config.Config() if path is None else self._config.load(path, self._rules)
                )
            except self._config.ConfigError as exc:
                raise Failure(str(exc)) from None
        return self._by_path[path]


def _expand(paths: Sequence[str]) -> Iterator[str]:
    """Files to lint, in the order given; directories are walked (sorted) for list files."""
    from refslint.sources import SUFFIXES

    missing = [p for p in paths if p != STDIN and not os.path.exists(p)]
    if missing:
        raise Failure("; ".join(f"{p}: no such file or directory" for p in missing))
    seen: set[str] = set()
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            found = [path]
        else:
            found = list(_walk(path, SUFFIXES))
            if not found:
                raise Failure(
                    f"{path}: no {', '.join(SUFFIXES[:-1])} or {SUFFIXES[-1]} files to lint"
                )
        for file in found:
            if file not in seen:
                seen.add(file)
                yield file


def _walk(root: str, suffixes: Sequence[str]) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and d not in SKIPPED_DIRS
            and not os.path.exists(os.path.join(folder, d, "pyvenv.cfg"))  # a virtual environment
        )
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(tuple(suffixes)):
                yield os.path.join(folder, name)


def _read(file: str) -> str:
    from refslint.sources import decode, read_file

    if file == STDIN:
        data = sys.stdin.buffer.read() if sys.stdin is not None else b""
        return decode(data, STDIN_NAME)[0]
    return read_file(file)[0]


def _load_rules() -> tuple[Rule, ...]:
    from refslint.registry import RegistryError, load_rules

    try:
        return load_rules()
    except RegistryError as exc:
        raise Failure(str(exc)) from None


def _print_rule_table(rules: Sequence[Rule]) -> None:
    rows = [("code", "name", "category", "severity", "fixable", "summary")]
    for r in rules:
        summary = r.summary if r.default_enabled else f"{r.summary} (off by default)"
        rows.append(
            (
                r.code,
                r.name,
                str(r.category),
                str(r.severity),
                "yes" if r.fixable else "no",
                summary,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[5]]))


def _explain(code: str, rules: Sequence[Rule]) -> None:
    by_code = {r.code: r for r in rules}
    found = by_code.get(code.strip().upper())
    if found is None:
        from refslint.registry import did_you_mean

        raise Failure(f"unknown rule code {code!r}{did_you_mean(code.strip().upper(), by_code)}")
    print(f"{found.code} {found.name}: {found.summary}")
    traits = [
        f"category: {found.category}",
        f"severity: {found.severity}",
        f"fixable: {'yes' if found.fixable else 'no'}",
    ]
    if not found.default_enabled:
        traits.append("off by default")
    if found.origin:
        traits.append(f"from {found.origin}")
    print("; ".join(traits))
    if found.docs:
        print()
        print(found.docs)


def _codes(values: Sequence[str] | None) -> tuple[str, ...]:
    from refslint.registry import split_codes

    return tuple(code for value in values or () for code in split_codes(value))


def _date_argument(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {value!r}") from None


def _parse_args(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace | int:
    """argparse without its exits: usage errors return 2, --help and --version return 0."""
    try:
        return parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)


def _error(message: str) -> None:
    sys.stdout.flush()
    print(f"refslint: error: {message}", file=sys.stderr)


def _tolerant_output() -> None:
    """A message with a character the terminal cannot show must not crash the run."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


if __name__ == "__main__":
    raise SystemExit(main())
