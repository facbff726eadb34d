"""Batch runs (`refslint --jobs N`) over 200 files of 50 entries: offline throughput, and lookups
against local registries that refuse what is beyond their advertised limits.

    .venv/bin/python benchmarks/batch.py                  # offline: best of 3; lookups: 1 cold, 1 warm
    .venv/bin/python benchmarks/batch.py --runs 5 --files 100 --no-lookups

- offline: 200 lists written by `generate.py` (a seed each), linted `--offline` by one process
  (`--jobs 1`) and by two workers (`--jobs 2`), the two taking turns; the best of `--runs` each,
  in wall time and in CPU time (the command and its workers together: what the workers cost
  beyond the work itself). Goal: `--jobs 2` at least 1.7x the throughput of `--jobs 1` on a
  2-core machine; that needs the two cores free, which a shared machine's load can deny, so each
  round also times two busy loops at once against one alone (what two processes gain on the
  machine at that moment), and `--jobs 2`'s gain is also given as a share of that, round by
  round. `batch_phases.py` says where a run's time goes (start, tail, CPU). Last, two plain
  `--jobs 1` commands at once on every other file each: what two processes cost with no batch
  machinery, the floor for `--jobs 2`'s CPU (two processes at once run slower per instruction
  than one alone); `--jobs 2`'s CPU against it is what the workers themselves add.
- lookups: 200 lists of 50 entries drawn from the 124-entry review list (each list its own
  stretch of it, renumbered), so the lists share works as a day's manuscripts do. The registries
  are the test suite's (`tests/lookup/registry.py`, serving `tests/lookup/review124.py`): Crossref
  and DataCite on one, OpenAlex and PubMed on another, each advertising 10 requests a second with
  3 at a time and answering 429 beyond that. `--jobs 4` with an empty cache (cold), then again
  with the cache it filled (warm). The limits allow one request start every 0.1 s per registry,
  so N distinct requests need at least N x 0.1 s on the busier one. Goal: cold within 1.2x of
  that, no request beyond the limits, and no more requests than `--jobs 1` sends (within 5%).
  The workers lint each file's offline part while the answers are asked, so what comes after
  the last answer is the lookup rules' part of the files answered last, the report and the
  exit: the cold row says how long that took ("last answer to end"), and how long the run took
  to send its first request.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from generate import generate  # this folder is on sys.path when a script here runs
from measure import REPO, refslint_command, table, with_bytecode

sys.path.insert(0, str(REPO))  # the local registries live with the tests

TODAY = "2026-11-24"
SPEEDUP_GOAL = 1.7
COLD_GOAL = 1.2
SPACING = 0.1  # seconds between request starts that 10 requests a second allow


def write_generated(folder: Path, files: int, entries: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(files):
        (folder / f"list{n:03d}.txt").write_text(generate(entries, seed=n), encoding="utf-8")


def write_review_stretches(folder: Path, files: int, entries: int) -> None:
    """List n: entries 7n+1 .. 7n+50 of the review list (wrapping round), renumbered from 1."""
    from tests.lookup import review124

    lines = review124.LIST.read_text(encoding="utf-8").splitlines()
    items = [line.split(". ", 1)[1] for line in lines if line[:1].isdigit()]
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(files):
        chosen = [items[(7 * n + i) % len(items)] for i in range(entries)]
        body = "".join(f"{i}. {text}\n" for i, text in enumerate(chosen, 1))
        (folder / f"list{n:03d}.txt").write_text("References\n" + body, encoding="utf-8")


def run(folder: Path, jobs: int, env: dict[str, str], *extra: str) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (the command and its workers, user and system) and the report."""
    command, _ = refslint_command()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [*command, "--today", TODAY, "--jobs", str(jobs), *extra, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if done.returncode not in (0, 1) or "Traceback" in done.stderr:
        raise SystemExit(f"refslint failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    return seconds, cpu, done.stdout


def halves(folder: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of two `--jobs 1` commands at once, each on every other file: what
    two processes cost on this machine with no batch machinery at all. Two processes at once run
    slower per instruction than one alone (shared caches, a busy host), so this, not `--jobs 1`,
    is the floor for `--jobs 2`'s CPU."""
    command, _ = refslint_command()
    files = sorted(str(path) for path in folder.iterdir())
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    both = [
        subprocess.Popen(
            [*command, "--today", TODAY, "--offline", *files[half::2]],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        for half in (0, 1)
    ]
    for process in both:
        process.wait()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


LOOP = [sys.executable, "-c", "sum(range(30_000_000))"]


def loops() -> tuple[float, float]:
    """Wall seconds of a pure-Python loop alone, then of two copies at once: what two processes
    can gain on this machine now. On two free cores the pair takes as long as one (2.0x the
    throughput); a machine busy with other work gives less, and `--jobs 2` can gain no more."""
    started = time.perf_counter()
    subprocess.run(LOOP, check=True)
    alone = time.perf_counter() - started
    started = time.perf_counter()
    both = [subprocess.Popen(LOOP) for _ in range(2)]
    for process in both:
        process.wait()
    return alone, time.perf_counter() - started


def offline(
    work: Path, files: int, entries: int, runs: int, bytecode: bool
) -> list[tuple[str, str, str]]:
    """Each round: `--jobs 1`, `--jobs 2`, two halves at once, and the busy loops, back to back,
    so that each round's `--jobs 2` gain can be read against what the machine gave two processes
    in that same round (the load of a shared machine changes from minute to minute)."""
    folder = work / "generated"
    write_generated(folder, files, entries)
    env = {**os.environ, "REFSLINT_CACHE_DIR": str(work / "offline-cache")}
    if bytecode:
        env = with_bytecode(env, work / "bytecode")
    for jobs in (1, 2):  # untimed: Lark's tables and the bytecode written, the files read
        run(folder, jobs, env, "--offline")
    times: dict[int, list[float]] = {1: [], 2: []}
    cpus: dict[int, list[float]] = {1: [], 2: []}
    outputs: dict[int, str] = {}
    apart: list[tuple[float, float]] = []
    machine: list[tuple[float, float]] = []
    for _ in range(runs):
        for jobs in (1, 2):
            seconds, cpu, outputs[jobs] = run(folder, jobs, env, "--offline")
            times[jobs].append(seconds)
            cpus[jobs].append(cpu)
        apart.append(halves(folder, env))
        machine.append(loops())
    pair, cpu_pair = min(seconds for seconds, _ in apart), min(cpu for _, cpu in apart)
    alone, both = min(a for a, _ in machine), min(b for _, b in machine)
    ceiling = 2 * alone / both
    # each round's --jobs 2 gain over what the machine gave two processes in that round
    rounds = zip(times[1], times[2], machine, strict=True)
    shares = sorted((t1 / t2) / (2 * a / b) for t1, t2, (a, b) in rounds)
    one, two = min(times[1]), min(times[2])
    cpu_one, cpu_two = min(cpus[1]), min(cpus[2])
    total = files * entries
    same = "same report" if outputs[1] == outputs[2] else "REPORTS DIFFER"
    return [
        (
            "two busy loops at once",
            f"{both:.2f}",
            f"one alone {alone:.2f} s: the machine gave two processes {ceiling:.2f}x the "
            "throughput of one (2.00x on two free cores)",
        ),
        ("offline, --jobs 1", f"{one:.2f}", f"{total / one:,.0f} entries/s; CPU {cpu_one:.2f} s"),
        (
            "offline, --jobs 2",
            f"{two:.2f}",
            f"{total / two:,.0f} entries/s: {one / two:.2f}x --jobs 1 (goal {SPEEDUP_GOAL}x), "
            f"{one / two / ceiling:.2f} of the busy loops' gain (per round: best "
            f"{shares[-1]:.2f}, median {shares[len(shares) // 2]:.2f}); "
            f"CPU {cpu_two:.2f} s ({cpu_two / cpu_one:.2f}x); {same}",
        ),
        (
            "two --jobs 1, half each",
            f"{pair:.2f}",
            f"at once, every other file each: {one / pair:.2f}x --jobs 1; CPU {cpu_pair:.2f} s "
            f"({cpu_pair / cpu_one:.2f}x): --jobs 2's CPU is {cpu_two / cpu_pair:.2f}x this",
        ),
    ]


def lookups(work: Path, files: int, entries: int, jobs: int) -> list[tuple[str, str, str]]:
    from tests.budget import fleet
    from tests.lookup.registry import Registry, Server

    folder = work / "review"
    write_review_stretches(folder, files, entries)
    rows = []
    reports = {}
    sent_cold: dict[int, int] = {}
    for workers in (1, jobs):
        cache = work / f"lookup-cache-{workers}"
        with Server(Registry()) as main, Server(Registry()) as second:
            fleet.serve_review_list(main, second)  # enforcing the advertised limits
            env = fleet.environment(main.url, second.url, cache)
            for label in ("cold", "warm"):
                if label == "warm" and workers == 1:
                    continue
                main.hits.clear()
                second.hits.clear()
                began = time.monotonic()  # the registries' clock
                seconds, _, reports[workers, label] = run(
                    folder, workers, env, "--select", "RL4", "--format", "json"
                )
                ended = time.monotonic()
                if label == "cold":
                    sent_cold[workers] = sum(not h.refused for h in main.hits + second.hits)
                rows.append((f"lookups, --jobs {workers}, {label}", f"{seconds:.2f}"))
                rows[-1] += (requests(main.hits, second.hits, (began, ended), label),)
    same = len(set(reports.values())) == 1
    note = "every report the same" if same else "REPORTS DIFFER"
    if len(sent_cold) == 2 and sent_cold[1]:
        ratio = sent_cold[jobs] / sent_cold[1]
        note += f"; --jobs {jobs} cold sent {ratio:.2f}x the requests of --jobs 1"
        note += " (goal within 1.05x)"
    rows.append(("", "", note))
    return rows


def requests(first: list, second: list, run: tuple[float, float], label: str) -> str:
    """What was asked of the two registries, against what their limits allow; `run` is when the
    command started and ended, on the registries' clock (`time.monotonic`). Where the time
    went: before the first request (start-up), the requests' span, and after the last answer
    (what the linting left to do then, the report, the exit)."""
    seconds = run[1] - run[0]
    accepted = [hit for hit in first + second if not hit.refused]
    refused = len(first) + len(second) - len(accepted)
    per_host = [sum(not hit.refused for hit in hits) for hits in (first, second)]
    repeated = sum(n - 1 for n in Counter(h.path + str(h.query) for h in accepted).values())
    note = f"{len(accepted)} requests ({per_host[0]} + {per_host[1]}), {refused} refused"
    note += f", {repeated} asked twice"
    if label == "cold":
        allowed = max(per_host) * SPACING
        note += f"; limits allow {allowed:.1f} s: {seconds / allowed:.2f}x (goal {COLD_GOAL}x)"
        hits = first + second
        first_asked, last_answer = min(h.started for h in hits), max(h.finished for h in hits)
        span = last_answer - first_asked
        note += f"; requests spanned {span:.1f} s ({span / allowed:.2f}x)"
        note += f", first after {first_asked - run[0]:.1f} s, last answer to end {run[1] - last_answer:.1f} s"
    if refused:
        note += "; refused: " + ", ".join(h.path for h in first + second if h.refused)
    return note


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--entries", type=int, default=50, help="entries per file")
    parser.add_argument("--runs", type=int, default=3, help="offline runs of each (best taken)")
    parser.add_argument("--jobs", type=int, default=4, help="workers for the lookup runs")
    parser.add_argument("--no-offline", action="store_true")
    parser.add_argument("--no-lookups", action="store_true")
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="offline runs compile refslint from source at each start if the environment says so "
        "(PYTHONDONTWRITEBYTECODE), instead of loading bytecode as an installed package does",
    )
    args = parser.parse_args()
    _, how = refslint_command()
    rows: list[tuple[str, str, str]] = []
    loaded = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if not args.no_offline:
            rows += offline(work, args.files, args.entries, args.runs, not args.no_bytecode)
        if not args.no_lookups:
            rows += lookups(work, args.files, args.entries, args.jobs)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    load_text = f"load average {loaded:.1f} before, {load:.1f} after"
    print(
        f"refslint run as {how}; {args.files} files x {args.entries} entries; "
        f"{cpus} CPUs, {load_text}; offline runs "
        + ("compiling from source" if args.no_bytecode else "loading compiled bytecode")
        + "\n"
    )
    print(table(("measure", "seconds", "notes"), rows))


if __name__ == "__main__":
    main()
