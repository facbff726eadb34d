"""How long a fresh `refslint` process takes on the 124-entry review, against importing Lark alone.

    .venv/bin/python benchmarks/cold_start.py
    .venv/bin/python benchmarks/cold_start.py --runs 25 --importtime 15 --profile 20

A pre-commit hook or an editor pays start-up on every run, so this is the latency people feel.
The yardstick is `python -c "import lark"` in the same interpreter: refslint cannot start faster
than the library it parses with, and the goal is to stay within 3 times it. Each command runs
twice untimed (so the file cache is warm), then the commands take turns, so that drift on a busy
machine hits all of them alike.
"""

from __future__ import annotations

import argparse
import io
import os
import pstats
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measure import REPO, refslint_command, short, table

GOAL = 3.0  # refslint / `import lark`
CORPUS = REPO.parent / "shared" / "corpus" / "review-124.txt"
TODAY = "2026-11-24"


def python_env(pycache: str | None) -> dict[str, str]:
    """The environment for each child: bytecode cached in `pycache`, or never written when None.

    An installed package has its bytecode written at install time, so the cached case is what users
    see. The cache goes to a folder of our own (PYTHONPYCACHEPREFIX) so the source tree stays clean,
    and Lark and refslint are treated alike.
    """
    env = dict(os.environ)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def run_once(
    argv: list[str], env: dict[str, str]
) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    return time.perf_counter() - start, done


def import_times(lint_args: list[str], env: dict[str, str], top: int) -> str:
    """The slowest imports of one refslint run, as `python -X importtime` reports them."""
    argv = [sys.executable, "-m", "refslint", *lint_args]
    env = {**env, "PYTHONPROFILEIMPORTTIME": "1"}
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            own, cumulative, indent, name = match.groups()
            rows.append((int(cumulative), int(own), len(indent) // 2, name))
    rows.sort(reverse=True)
    shown = [(f"{c / 1000:.1f}", f"{o / 1000:.1f}", d, n) for c, o, d, n in rows[:top]]
    return table(("cumulative ms", "own ms", "depth", "module"), shown)


def profile(lint_args: list[str], env: dict[str, str], top: int) -> str:
    """Where one fresh refslint process spends its time, imports included."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp, "run.prof")
        traced = [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "refslint", *lint_args]
        subprocess.run(traced, capture_output=True, env=env, check=False)
        text = io.StringIO()
        stats = pstats.Stats(str(out), stream=text).strip_dirs()
        stats.sort_stats("cumulative").print_stats(top)
        stats.sort_stats("tottime").print_stats(top)
    return text.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=15, help="timed runs of each command (default 15)"
    )
    parser.add_argument("--warmups", type=int, default=2, help="untimed runs first (default 2)")
    parser.add_argument("--file", type=Path, default=CORPUS, help="the list to lint")
    parser.add_argument(
        "--no-bytecode-cache", action="store_true",
        help="recompile every module on every run, as with PYTHONDONTWRITEBYTECODE=1",
    )  # fmt: skip
    parser.add_argument(
        "--user-cache", action="store_true",
        help="use refslint's cache as the environment has it (REFSLINT_CACHE_DIR or the user's),"
        " registry answers and all, instead of a fresh one that the warm-ups fill",
    )  # fmt: skip
    parser.add_argument(
        "--importtime", type=int, nargs="?", const=20, metavar="TOP",
        help="also print refslint's TOP (default 20) slowest imports",
    )  # fmt: skip
    parser.add_argument(
        "--profile", type=int, nargs="?", const=25, metavar="TOP",
        help="also profile one run: TOP (default 25) functions by cumulative and own time",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if not args.file.is_file():
        print(f"cold_start: {args.file}: no such file", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as pycache, tempfile.TemporaryDirectory() as cache:
        env = python_env(None if args.no_bytecode_cache else pycache)
        if not args.user_cache:
            env["REFSLINT_CACHE_DIR"] = cache
        return measure(args, env)


def measure(args: argparse.Namespace, env: dict[str, str]) -> int:
    command, shown = refslint_command()
    lint_args = ["--offline", "--today", TODAY, str(args.file)]
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        'python -c "import lark"': [sys.executable, "-c", "import lark"],
        "refslint --offline": [*command, *lint_args],
    }
    for argv_ in commands.values():
        for _ in range(args.warmups):
            run_once(argv_, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    last: dict[str, subprocess.CompletedProcess[str]] = {}
    for _ in range(args.runs):
        for name, argv_ in commands.items():
            seconds, last[name] = run_once(argv_, env)
            times[name].append(seconds)

    lark_name, refslint_name = list(commands)[1:]
    medians = {name: statistics.median(values) for name, values in times.items()}
    rows = []
    for name, values in times.items():
        done = last[name]
        note = f"exit {done.returncode}"
        if name == refslint_name:
            summary = done.stdout.strip().splitlines() or [""]
            note += f"; {summary[-1]}"
            if done.returncode not in (0, 1) or "Traceback" in done.stderr:
                reason = done.stderr.strip().splitlines() or [""]
                note = f"FAILED exit {done.returncode}: {short(reason[-1])}"
        spread = f"{min(values) * 1000:.0f}-{max(values) * 1000:.0f}"
        rows.append((name, f"{medians[name] * 1000:.0f}", spread, note))

    ratio = medians[refslint_name] / medians[lark_name]
    verdict = "met" if ratio <= GOAL else "missed"
    print(f"refslint cold start: {args.runs} runs each after {args.warmups} warm-ups, "
          f"{args.file.name}, Python {sys.version.split()[0]} ({sys.executable})")  # fmt: skip
    cache = "off (every module compiled on every run)" if args.no_bytecode_cache else "on"
    kept = "the user's, as it is" if args.user_cache else "a fresh one (Lark's parse tables"
    kept += "" if args.user_cache else " from the warm-ups; no registry answers)"
    print(f"refslint is run as {shown}; bytecode cache {cache}; refslint cache {kept}")
    print()
    print(table(("command", "median ms", "min-max ms", "notes"), rows))
    print()
    print(f"refslint / import lark = {ratio:.2f}x (goal: within {GOAL}x, {verdict})")
    if args.importtime:
        print()
        print(import_times(lint_args, env, args.importtime))
    if args.profile:
        print()
        print(profile(lint_args, env, args.profile))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
