"""Registry lookups on the 124-entry review list, against a local registry this script starts.

    .venv/bin/python benchmarks/lookup.py                 # warm: 5 runs each; cold: 1 run
    .venv/bin/python benchmarks/lookup.py --runs 3 --cold-runs 2

The registry is the test suite's (`tests/lookup/registry.py`, serving the records of
`tests/lookup/review124.py`) on 127.0.0.1, as Crossref and DataCite; OpenAlex and PubMed are two
more of them, each on its own port as each is its own host, holding nothing but the work each is
asked before its "not found" is believed. Every figure is a whole `refslint` process, as a user
runs it, so start-up is included.

- warm: a run with lookups whose answers are all cached, against an `--offline` run (no lookups
  answered at all, empty cache) and an `--offline` run reading the same cache. Goal: at most 1.5x
  the offline run.
- cold: an empty cache and registries that answer each request after 100 ms and answer 429 to
  anything beyond the limits they advertise: Crossref (with DataCite) and OpenAlex 10 requests a
  second with three at a time, PubMed 3 a second one at a time (as NCBI documents). The hosts are
  asked side by side, so the least time is the busiest host's: N requests at R a second need
  N / R seconds. Goal: within 20% of that, and no request refused after the first answer told the
  client the limits.
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
from tests.lookup.registry import Registry, Server, pointing_at

TODAY = "2026-11-24"
LIMITS = {"x-rate-limit-limit": "10", "x-rate-limit-interval": "1s", "x-concurrency-limit": "3"}
PUBMED_LIMITS = {
    "x-rate-limit-limit": "3",
    "x-rate-limit-interval": "1s",
    "x-concurrency-limit": "1",
}
FAST = {"x-rate-limit-limit": "1000", "x-rate-limit-interval": "1s", "x-concurrency-limit": "3"}
HOSTS = ("Crossref", "OpenAlex", "PubMed")
WARM_GOAL = 1.5
COLD_GOAL = 1.2


def refslint(
    list_path: Path, cache: Path, urls: dict[str, str], *extra: str
) -> subprocess.CompletedProcess:
    """A whole `refslint` run, every registry pointed at the local ones in `urls` (by host)."""
    command, _ = refslint_command()
    env = {
        **os.environ,
        **pointing_at(urls["Crossref"]),
        "REFSLINT_OPENALEX_URL": f"{urls['OpenAlex']}/openalex",
        "REFSLINT_PUBMED_URL": f"{urls['PubMed']}/eutils",
        "REFSLINT_CACHE_DIR": str(cache),
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


def registry(load: bool = True, **settings: object) -> Registry:
    served = Registry()
    if load:
        review124.load(served)
    for name, value in settings.items():
        setattr(served, name, value)
    return served


class Hosts:
    """Crossref (with DataCite), OpenAlex and PubMed, each a local registry on its own port."""

    def __init__(self, headers: dict[str, dict[str, str]], **settings: object):
        self.servers = {
            name: Server(registry(name == "Crossref", headers=dict(headers[name]), **settings))
            for name in HOSTS
        }

    def __enter__(self) -> dict[str, Registry]:
        return {name: server.__enter__() for name, server in self.servers.items()}

    def __exit__(self, *exc: object) -> None:
        for server in self.servers.values():
            server.__exit__(*exc)


def urls(hosts: dict[str, Registry]) -> dict[str, str]:
    return {name: served.url for name, served in hosts.items()}


def hits(hosts: dict[str, Registry]) -> int:
    return sum(len(served.hits) for served in hosts.values())


def warm(work: Path, list_path: Path, runs: int) -> list[tuple[str, str, float, str]]:
    with Hosts(dict.fromkeys(HOSTS, FAST)) as hosts:
        where = urls(hosts)
        cache, empty = work / "warm-cache", work / "empty-cache"
        filled = refslint(list_path, cache, where)
        asked = hits(hosts)
        offline, _ = timed(lambda: refslint(list_path, empty, where, "--offline"), runs)
        offline_kept, _ = timed(lambda: refslint(list_path, cache, where, "--offline"), runs)
        online, result = timed(lambda: refslint(list_path, cache, where), runs)
        extra = hits(hosts) - asked
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
    limits = {"Crossref": LIMITS, "OpenAlex": LIMITS, "PubMed": PUBMED_LIMITS}
    rates = {"Crossref": 10.0, "OpenAlex": 10.0, "PubMed": 3.0}
    for run in range(runs):
        with Hosts(limits, latency=0.1, enforce=True) as hosts:
            started = time.perf_counter()
            result = refslint(list_path, work / f"cold-cache-{run}", urls(hosts))
            seconds = time.perf_counter() - started
            asked = {name: list(served.hits) for name, served in hosts.items()}
        every = [hit for found in asked.values() for hit in found]
        first_answer = min(hit.finished for hit in every)
        refused_late = sum(1 for hit in every if hit.refused and hit.started > first_answer)
        accepted = {name: sum(1 for h in found if not h.refused) for name, found in asked.items()}
        # one start every 1/R s at each host, side by side: the busiest host's time
        allowed = max(accepted[name] / rates[name] for name in HOSTS)
        counts = ", ".join(f"{name} {accepted[name]}" for name in HOSTS)
        rows.append(
            (
                f"cold, run {run + 1}",
                "1",
                seconds,
                f"{sum(accepted.values())} requests ({counts}); limits allow {allowed:.1f} s: "
                f"{seconds / allowed:.2f}x (goal {COLD_GOAL}x); {refused_late} refused after "
                f"the first answer; {summary(result).split(' (')[0]}",
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
