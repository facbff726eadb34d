"""Registry lookups on the 124-entry review list, against a local registry this script starts.

    .venv/bin/python benchmarks/lookup.py                 # warm: 5 runs each; cold: 1 run
    .venv/bin/python benchmarks/lookup.py --runs 3 --cold-runs 2

The registry is the test suite's (`tests/lookup/registry.py`, serving the records of
`tests/lookup/review124.py`) on 127.0.0.1. Every figure is a whole `refslint` process, as a user
runs it, so start-up is included.

- warm: a run with lookups whose answers are all cached, against an `--offline` run (no lookups
  answered at all, empty cache) and an `--offline` run reading the same cache. Goal: at most 1.5x
  the offline run.
- cold: an empty cache and a registry that answers each request after 100 ms, advertises 10
  requests a second with three at a time, and answers 429 to anything beyond that. The limits allow
  one request every 0.1 s, so N requests need at least N x 0.1 s. Goal: within 20% of that, and no
  request refused after the first answer told the client the limits.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measure import REPO, refslint_command, table, timed

sys.path.insert(0, str(REPO))  # the local registry lives with the tests

from tests.lookup import review124
from tests.lookup.registry import Registry, Server

TODAY = "2026-11-24"
LIMITS = {"x-rate-limit-limit": "10", "x-rate-limit-interval": "1s", "x-concurrency-limit": "3"}
WARM_GOAL = 1.5
COLD_GOAL = 1.2


def refslint(list_path: Path, cache: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    command, _ = refslint_command()
    env = {
        **os.environ,
        "REFSLINT_CACHE_DIR": str(cache),
        "REFSLINT_CROSSREF_URL": url,
        "REFSLINT_DATACITE_URL": url,
    }
    result = subprocess.run(
        [*command, "--today", TODAY, *extra, str(list_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    if result.returncode not in (0, 1):
        raise SystemExit(f"refslint failed ({result.returncode}): {result.stderr.strip()}")
    return result


def summary(result: subprocess.CompletedProcess) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("Checked ")]
    return lines[-1] if lines else "(no lookup summary)"


def registry(**settings: object) -> Registry:
    served = Registry()
    review124.load(served)
    for name, value in settings.items():
        setattr(served, name, value)
    return served


def warm(work: Path, list_path: Path, runs: int) -> list[tuple[str, str, float, str]]:
    fast = {"x-rate-limit-limit": "1000", "x-rate-limit-interval": "1s", "x-concurrency-limit": "3"}
    with Server(registry(headers=fast)) as served:
        cache, empty = work / "warm-cache", work / "empty-cache"
        filled = refslint(list_path, cache, served.url)
        asked = len(served.hits)
        offline, _ = timed(lambda: refslint(list_path, empty, served.url, "--offline"), runs)
        offline_kept, _ = timed(lambda: refslint(list_path, cache, served.url, "--offline"), runs)
        online, result = timed(lambda: refslint(list_path, cache, served.url), runs)
        extra = len(served.hits) - asked
    return [
        ("offline, nothing cached", f"{runs}", offline, "no lookup answered: the baseline"),
        ("offline, warm cache", f"{runs}", offline_kept, f"{offline_kept / offline:.2f}x baseline"),
        (
            "online, warm cache",
            f"{runs}",
            online,
            f"{online / offline:.2f}x baseline (goal {WARM_GOAL}x); {extra} requests; "
            f"{summary(filled).split(':')[0]}; then: {summary(result).split('(')[-1]}",
        ),
    ]


def cold(work: Path, list_path: Path, runs: int) -> list[tuple[str, str, float, str]]:
    rows = []
    for run in range(runs):
        with Server(registry(headers=dict(LIMITS), latency=0.1, enforce=True)) as served:
            started = time.perf_counter()
            result = refslint(list_path, work / f"cold-cache-{run}", served.url)
            seconds = time.perf_counter() - started
            hits = list(served.hits)
        first_answer = min(hit.finished for hit in hits)
        refused_late = sum(1 for hit in hits if hit.refused and hit.started > first_answer)
        accepted = sum(1 for hit in hits if not hit.refused)
        allowed = accepted * 0.1  # one start every 0.1 s, the last answered 0.1 s later
        rows.append(
            (
                f"cold, 10/s, 3 at a time, run {run + 1}",
                "1",
                seconds,
                f"{accepted} requests; limits allow {allowed:.1f} s: {seconds / allowed:.2f}x "
                f"(goal {COLD_GOAL}x); {refused_late} refused after the first answer; "
                f"most in flight {served.most_in_flight}; {summary(result).split(' (')[0]}",
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs per figure (median)")
    parser.add_argument("--cold-runs", type=int, default=1, help="cold runs (about 13 s each)")
    args = parser.parse_args()
    _, how = refslint_command()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        list_path = work / "review-124.txt"
        list_path.write_bytes(review124.LIST.read_bytes())
        rows = warm(work, list_path, args.runs) + cold(work, list_path, args.cold_runs)
    print(f"refslint run as {how}; the 124-entry review list\n")
    print(
        table(
            ("measure", "runs", "seconds", "notes"),
            [(name, runs, f"{seconds:.2f}", note) for name, runs, seconds, note in rows],
        )
    )


if __name__ == "__main__":
    main()
