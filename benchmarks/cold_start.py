"""How long a fresh `refslint` process takes on the 124-entry review, against importing Lark alone.

    .venv/bin/python benchmarks/cold_start.py
    .venv/bin/python benchmarks/cold_start.py --runs 25 --importtime 15 --profile 20

A pre-commit hook or an editor pays start-up on every run, so this is the latency people feel.
The yardstick is `python -c "import lark"` in the same interpreter: refslint cannot start faster
than the library it parses with, and the goal is to stay within 3 times it. Each command runs
twice untimed (so the file cache is warm), then the commands take turns, so that drift on a busy
machine hits all of them alike. Each run is timed by the clock and by the CPU time of its whole
process (user and system, from the operating system's account of the child): on a shared
machine the clock counts the time other work held the CPUs, the CPU time much less so.
`--against TREE` times another checkout's `refslint` (its `.venv`) in the same turns, with a
cache folder of its own: the code before a change, measured in the same minutes.
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
) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall and CPU seconds of one process (its own user and system time, as `wait4` reports it
    when reaping it), and what it printed (kept in files, so that no pipe makes it wait)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        printed = []
        for handle in (out, err):
            handle.seek(0)
            printed.append(handle.read().decode("utf-8", "replace"))
    done = subprocess.CompletedProcess(argv, child.returncode, printed[0], printed[1])
    return wall, usage.ru_utime + usage.ru_stime, done


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
        "--against", type=Path, metavar="TREE",
        help="also time TREE/.venv/bin/refslint (another checkout, in its own virtual"
        " environment) in the same turns, with a cache folder of its own",
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
    if args.against is not None and not against_command(args.against).exists():
        print(f"cold_start: {against_command(args.against)}: no such file", file=sys.stderr)
        return 2

    with (
        tempfile.TemporaryDirectory() as pycache,
        tempfile.TemporaryDirectory() as cache,
        tempfile.TemporaryDirectory() as other_cache,
    ):
        env = python_env(None if args.no_bytecode_cache else pycache)
        if not args.user_cache:
            env["REFSLINT_CACHE_DIR"] = cache
        return measure(args, env, {**env, "REFSLINT_CACHE_DIR": other_cache})


def against_command(tree: Path) -> Path:
    """The console script of the checkout `tree`, in its own virtual environment."""
    return tree.resolve() / ".venv" / "bin" / "refslint"


def measure(args: argparse.Namespace, env: dict[str, str], other_env: dict[str, str]) -> int:
    command, shown = refslint_command()
    lint_args = ["--offline", "--today", TODAY, str(args.file.resolve())]
    commands = {
        "python -c pass": ([sys.executable, "-c", "pass"], env),
        'python -c "import lark"': ([sys.executable, "-c", "import lark"], env),
        "refslint --offline": ([*command, *lint_args], env),
    }
    if args.against is not None:
        other = str(against_command(args.against))
        commands[f"refslint --offline ({args.against})"] = ([other, *lint_args], other_env)
    for argv_, env_ in commands.values():
        for _ in range(args.warmups):
            run_once(argv_, env_)
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    last: dict[str, subprocess.CompletedProcess[str]] = {}
    for _ in range(args.runs):
        for name, (argv_, env_) in commands.items():
            seconds, cpu_seconds, last[name] = run_once(argv_, env_)
            times[name].append(seconds)
            cpu[name].append(cpu_seconds)

    lark_name, refslint_name = list(commands)[1:3]
    medians = {name: statistics.median(values) for name, values in times.items()}
    rows = []
    for name, values in times.items():
        done = last[name]
        note = f"exit {done.returncode}"
        if name.startswith(refslint_name):
            summary = done.stdout.strip().splitlines() or [""]
            note += f"; {short(summary[-1], 60)}"
            if done.returncode not in (0, 1) or "Traceback" in done.stderr:
                reason = done.stderr.strip().splitlines() or [""]
                note = f"FAILED exit {done.returncode}: {short(reason[-1])}"
        spread = f"{min(values) * 1000:.0f}-{max(values) * 1000:.0f}"
        own = cpu[name]
        used = f"{min(own) * 1000:.0f} / {statistics.median(own) * 1000:.0f}"
        rows.append((name, f"{medians[name] * 1000:.0f}", spread, used, note))

    ratio = medians[refslint_name] / medians[lark_name]
    verdict = "met" if ratio <= GOAL else "missed"
    print(f"refslint cold start: {args.runs} runs each after {args.warmups} warm-ups, "
          f"{args.file.name}, Python {sys.version.split()[0]} ({sys.executable})")  # fmt: skip
    cache = "off (every module compiled on every run)" if args.no_bytecode_cache else "on"
    kept = "the user's, as it is" if args.user_cache else "a fresh one (Lark's parse tables"
    kept += "" if args.user_cache else " from the warm-ups; no registry answers)"
    print(f"refslint is run as {shown}; bytecode cache {cache}; refslint cache {kept}")
    print()
    print(table(("command", "median ms", "min-max ms", "CPU best / median ms", "notes"), rows))
    print()
    print(
        f"refslint / import lark = {ratio:.2f}x by the clock (medians; goal within {GOAL}x, {verdict})"
    )
    for name in list(commands)[2:]:
        best = min(cpu[name]) / min(cpu[lark_name])
        median = statistics.median(cpu[name]) / statistics.median(cpu[lark_name])
        print(f"{name} / import lark by CPU time: {best:.2f}x best, {median:.2f}x median")
    print(f"load average after the runs: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.importtime:
        print()
        print(import_times(lint_args, env, args.importtime))
    if args.profile:
        print()
        print(profile(lint_args, env, args.profile))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
