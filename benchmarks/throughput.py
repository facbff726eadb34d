"""How many entries a second refslint lints offline: in-process, through the CLI, and parsing alone.

    .venv/bin/python benchmarks/throughput.py            # 20,000 generated entries
    .venv/bin/python benchmarks/throughput.py -n 5000 --runs 3 --profile

Each figure is the median of several runs over the list `generate.py` writes. The in-process engine
run is timed after one untimed warm-up (grammar compiled, rules loaded), so it measures linting, not
start-up; the CLI runs are whole processes and include start-up, reading the file, and writing the
report to a pipe. The goal, printed beside each figure, is 5,000 entries a second.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generate  # this folder is on sys.path when a script here runs
from measure import refslint_command, short, table, timed, with_bytecode

TODAY = dt.date(2026, 11, 24)
GOAL = 5_000  # entries per second
Row = tuple[str, str, float | None, str]  # measure, runs, median seconds (None: failed), notes


def engine_row(text: str, runs: int) -> Row:
    from refslint.engine import lint_text

    start = time.perf_counter()
    found = lint_text(text, path="generated.txt", today=TODAY, offline=True)
    first = time.perf_counter() - start
    seconds, found = timed(
        lambda: lint_text(text, path="generated.txt", today=TODAY, offline=True), runs
    )
    note = f"{len(found)} diagnostics; first run {first:.2f} s"
    return "engine.lint_text", f"median of {runs}", seconds, note


def parse_row(text: str, runs: int) -> Row:
    from refslint.grammar import parse_entry
    from refslint.sources.plaintext import read_entries

    def parse_all() -> int:
        refs = [parse_entry(entry) for entry in read_entries(text)]
        return sum(ref.problem is not None for ref in refs)

    parse_all()  # grammar construction is start-up, not parsing
    seconds, problems = timed(parse_all, runs)
    return "read_entries + parse_entry", f"median of {runs}", seconds, f"{problems} unreadable"


def cli_row(path: Path, runs: int) -> Row:
    """The command's median wall time, its modules loaded from bytecode as an installed
    package's are (written by an untimed first run), not compiled from source in every run."""
    command, _ = refslint_command()
    argv = [*command, "--offline", "--today", TODAY.isoformat(), str(path)]
    env = with_bytecode(dict(os.environ), path.parent / "bytecode")

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(argv, capture_output=True, text=True, check=False, env=env)

    run()  # writes the bytecode
    seconds, done = timed(run, runs)
    name = "CLI: refslint --offline"
    # exit 1 means "found problems", but an uncaught exception exits 1 too
    if done.returncode not in (0, 1) or "Traceback" in done.stderr:
        reason = done.stderr.strip().splitlines() or [""]
        return name, "failed", None, f"exit {done.returncode}: {short(reason[-1])}"
    summary = done.stdout.strip().splitlines() or [""]
    return name, f"median of {runs}", seconds, f"exit {done.returncode}; {summary[-1]}"


def profile(text: str, top: int) -> str:
    """Where an in-process lint spends its time, by own time and by cumulative time."""
    from refslint.engine import lint_text

    lint_text(text, path="generated.txt", today=TODAY, offline=True)
    profiler = cProfile.Profile()
    profiler.enable()
    lint_text(text, path="generated.txt", today=TODAY, offline=True)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def rate_rows(rows: list[Row], entries: int) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for name, runs, seconds, note in rows:
        if seconds is None:
            out.append((name, runs, "-", "-", "-", note))
            continue
        rate = entries / seconds
        verdict = "met" if rate >= GOAL else f"missed ({rate / GOAL:.0%} of goal)"
        out.append((name, runs, f"{seconds:.3f}", f"{rate:,.0f}", verdict, note))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20_000, help="entries to generate (default 20000)")
    parser.add_argument("--seed", type=int, default=124)
    parser.add_argument("--runs", type=int, default=5, help="timed in-process runs (default 5)")
    parser.add_argument("--cli-runs", type=int, default=3, help="timed CLI runs (default 3)")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI measurement")
    parser.add_argument(
        "--profile", type=int, nargs="?", const=25, metavar="TOP",
        help="also print the TOP (default 25) functions by own time and by cumulative time",
    )  # fmt: skip
    args = parser.parse_args(argv)

    text = generate(args.n, args.seed)
    entries = args.n
    try:
        from refslint.sources.plaintext import read_entries

        entries = len(read_entries(text))
    except Exception as exc:
        print(f"cannot count entries ({short(exc)}); assuming {args.n:,}")
    rows: list[Row] = []
    for label, measure in (
        ("read_entries + parse_entry", lambda: parse_row(text, args.runs)),
        ("engine.lint_text", lambda: engine_row(text, args.runs)),
    ):
        try:
            rows.append(measure())
        except Exception as exc:  # a stub or a broken module: report it and measure the rest
            rows.append((label, "failed", None, short(f"{type(exc).__name__}: {exc}")))

    if not args.no_cli:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "generated.txt")
            path.write_text(text, encoding="utf-8")
            rows.append(cli_row(path, args.cli_runs))

    print(f"refslint throughput: {args.n:,} generated entries (seed {args.seed}), "
          f"offline, --today {TODAY.isoformat()}, Python {sys.version.split()[0]}")  # fmt: skip
    print(f"refslint is run as {refslint_command()[1]}")
    if entries != args.n:
        print(
            f"warning: the plain-text source read {entries:,} entries, not {args.n:,}; "
            "rates below are per entry read"
        )
    print()
    header = ("measure", "runs", "seconds", "entries/s", f"goal {GOAL:,}/s", "notes")
    print(table(header, rate_rows(rows, entries)))
    if args.profile:
        print()
        try:
            print(profile(text, args.profile))
        except Exception as exc:
            print(short(f"profile failed: {type(exc).__name__}: {exc}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
