"""Requests paced from when they really leave: many processes sharing one budget, all starting
at once, against a registry with a short interval (so the rate's margin is a few ms and a process
descheduled between its turn and its request shows at once), counting what it refuses."""

from __future__ import annotations

import contextlib
import multiprocessing
from pathlib import Path
from typing import Any

from refslint.lookup.http import Client
from refslint.lookup.settings import LookupSettings, RegistryUnavailable
from tests.lookup.registry import Registry, Server

PROCESSES = 8
ROUNDS = 6  # all processes start together in each: the moments a turn and its request drift apart
EACH = 2  # requests per process per round, each for another record
# 10 a second as 1 per 0.1 s: the 5% margin is 5 ms over the window instead of 50 ms over 1 s
TIGHT = {"x-rate-limit-limit": "1", "x-rate-limit-interval": "0.1s", "x-concurrency-limit": "3"}


def ask(url: str, cache: str, start: Any, who: int) -> None:
    """One process: `ROUNDS` times, wait for the others, then ask `EACH` records in turn."""
    client = Client(LookupSettings(cache_dir=cache, retries=0, budget=120.0))
    for round_ in range(ROUNDS):
        start.wait()
        for n in range(EACH):
            with contextlib.suppress(RegistryUnavailable):  # refused: the registry counted it
                client.get(f"{url}/works/10.5555/{who}-{round_}-{n}")


def test_processes_starting_together_stay_within_a_tight_rate(tmp_path: Path) -> None:
    registry = Registry(enforce=True)
    registry.headers.update(TIGHT)
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(PROCESSES)
    with Server(registry):
        workers = [
            spawn.Process(target=ask, args=(registry.url, str(tmp_path / "cache"), start, who))
            for who in range(PROCESSES)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(120)
    assert [worker.exitcode for worker in workers] == [0] * PROCESSES
    asked = [hit for hit in registry.hits if hit.path.startswith("/works/10.5555/")]
    assert len(asked) == PROCESSES * ROUNDS * EACH  # each asked once: nothing left out
    refused = [(n, hit.why) for n, hit in enumerate(registry.hits) if hit.refused]
    assert refused == []
    assert registry.most_in_flight <= 3
