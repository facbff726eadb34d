"""Where an offline `refslint --jobs N` run spends its time: per-phase timestamps and CPU times.

    .venv/bin/python benchmarks/batch_phases.py              # --jobs 1 and --jobs 2, best of 5
    .venv/bin/python benchmarks/batch_phases.py --runs 9 --files 200 --entries 50

A shared machine's load makes wall times of whole runs noisy; the phases of one run are less so,
and they say where `--jobs 2` loses against twice the throughput of `--jobs 1`:

- start: from the command's first line of Python to the first file being linted (`--jobs 1`) or
  to the first chunk begun by a worker (`--jobs 2`): the part no worker can share;
- tail: how long the first worker to finish waited for the last one (a chunk handed out late);
- end: from the last chunk's end to the command's end (taking the results back, the report);
- CPU: the run's own process, and its workers together, against `--jobs 1`'s.

Each run is the command itself (`refslint.cli.main`) in a child process, with the batch
functions wrapped to note the moments: the report is the same as without them. The minimum of
each figure over `--runs` runs is shown (a busy machine only ever adds).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CHILD = "--child"


STARTED = time.perf_counter()
LOG = Path(os.devnull)
SEEN = {"first_lint": -1.0, "take_cpu": 0.0}  # this process's (a worker has its own copy)


def note(**what: object) -> None:
    """One line of the log, from whichever process: the run's own or a worker."""
    with LOG.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"pid": os.getpid(), **what}) + "\n")


def timed_some(files: list[str]) -> list[Any]:
    """A worker's chunk, noted: when it began and ended, its CPU. Module-level: the pool sends
    the function to its workers by name."""
    begun, cpu = time.perf_counter() - STARTED, time.process_time()
    done = LINT_SOME[0](files)
    ended = time.perf_counter() - STARTED
    note(chunk=len(files), begun=begun, ended=ended, cpu=time.process_time() - cpu)
    return done


LINT_SOME: list[Any] = []


def child(argv: list[str], log: Path) -> None:
    """Run the command with its phases noted into `log` (one JSON object a line, any process)."""
    global LOG
    LOG = log
    from refslint import batch, cli
    from refslint.session import Session

    LINT_SOME.append(batch._lint_some)
    lint, take = Session.lint, batch._take

    def timed_lint(self: Session, *args: Any, **kwargs: Any) -> Any:
        if SEEN["first_lint"] < 0:
            SEEN["first_lint"] = time.perf_counter() - STARTED
        return lint(self, *args, **kwargs)

    def timed_take(*args: Any) -> None:
        cpu = time.thread_time()
        take(*args)
        SEEN["take_cpu"] += time.thread_time() - cpu

    batch._lint_some = timed_some
    Session.lint = timed_lint  # type: ignore[method-assign]
    batch._take = timed_take
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    try:
        cli.main(argv)
    finally:
        sys.stdout.flush()
        wall = time.perf_counter() - STARTED
        note(parent=True, wall=wall, cpu=time.process_time(), **SEEN)


def one(folder: Path, jobs: int, work: Path) -> dict[str, float]:
    """One run's phases."""
    log = work / f"phases-{jobs}-{time.monotonic_ns()}.jsonl"
    from batch import TODAY  # this folder is on sys.path when a script here runs

    argv = ["--today", TODAY, "--offline", "--jobs", str(jobs), str(folder)]
    subprocess.run(
        [sys.executable, __file__, CHILD, str(log), *argv],
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent)},
    )
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    [parent] = [row for row in rows if row.get("parent")]
    chunks = [row for row in rows if "chunk" in row]
    if jobs == 1:
        return {
            "wall": parent["wall"],
            "start": parent["first_lint"],
            "tail": 0.0,
            "end": 0.0,
            "cpu": parent["cpu"],
            "workers": 0.0,
            "chunks": 0,
            "take_cpu": 0.0,
        }
    last = {}
    for row in chunks:
        last[row["pid"]] = max(last.get(row["pid"], 0.0), row["ended"])
    return {
        "wall": parent["wall"],
        "start": min(row["begun"] for row in chunks),
        "tail": max(last.values()) - min(last.values()),
        "end": parent["wall"] - max(last.values()),
        "cpu": parent["cpu"],
        "workers": sum(row["cpu"] for row in chunks),
        "chunks": len(chunks),
        "take_cpu": parent["take_cpu"],
        "sizes": " ".join(str(row["chunk"]) for row in sorted(chunks, key=lambda r: r["begun"])),
    }


def main() -> None:
    from batch import write_generated  # not in the child: its CPU is the command's alone
    from measure import table, with_bytecode

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--entries", type=int, default=50, help="entries per file")
    parser.add_argument("--runs", type=int, default=5, help="runs of each (the least taken)")
    parser.add_argument("--jobs", type=int, default=2, help="workers to compare with one")
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="compile refslint from source at each start if the environment says so "
        "(PYTHONDONTWRITEBYTECODE), instead of loading bytecode as an installed package does",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        lists = work / "generated"
        write_generated(lists, args.files, args.entries)
        os.environ["REFSLINT_CACHE_DIR"] = str(work / "cache")
        if not args.no_bytecode:
            os.environ.update(with_bytecode(dict(os.environ), work / "bytecode"))
            os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        for jobs in (1, args.jobs):  # untimed: Lark's tables and bytecode written, files read
            one(lists, jobs, work)
        load = [os.getloadavg()[0]]
        runs: dict[int, list[dict[str, float]]] = {1: [], args.jobs: []}
        for _ in range(args.runs):
            for jobs in runs:
                runs[jobs].append(one(lists, jobs, work))
        load.append(os.getloadavg()[0])
    best = {
        jobs: {key: min(r[key] for r in done) for key in done[0] if key != "sizes"}
        for jobs, done in runs.items()
    }
    single, many = best[1], best[args.jobs]
    rows = [
        (
            "whole run, wall",
            f"{single['wall']:.3f}",
            f"{many['wall']:.3f}",
            f"{single['wall'] / many['wall']:.2f}x the throughput",
        ),
        ("start, to the first file linted", f"{single['start']:.3f}", f"{many['start']:.3f}", ""),
        ("tail, one worker idle at the end", "-", f"{many['tail']:.3f}", ""),
        ("end, after the last chunk", "-", f"{many['end']:.3f}", ""),
        ("CPU, the run's own process", f"{single['cpu']:.3f}", f"{many['cpu']:.3f}", ""),
        ("CPU, taking results back", "-", f"{many['take_cpu']:.3f}", "the run's main thread"),
        (
            "CPU, its workers",
            "-",
            f"{many['workers']:.3f}",
            f"all: {(many['cpu'] + many['workers']) / single['cpu']:.2f}x --jobs 1's",
        ),
        (
            "chunks handed out",
            "-",
            f"{many['chunks']:.0f}",
            "sizes in order begun: " + runs[args.jobs][-1]["sizes"],
        ),
    ]
    print(
        f"{args.files} files x {args.entries} entries, least of {args.runs} runs each; "
        f"load average {load[0]:.1f} before, {load[1]:.1f} after; "
        + ("compiling from source" if args.no_bytecode else "loading compiled bytecode")
        + "\n"
    )
    print(table(("phase (seconds)", "--jobs 1", f"--jobs {args.jobs}", "notes"), rows))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == CHILD:
        child(sys.argv[3:], Path(sys.argv[2]))
    else:
        main()
