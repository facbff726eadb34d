"""Many processes, one registry budget: the issue's runs, with real processes, a real local
registry counting what is beyond its advertised limits, and a real redis-server."""

from __future__ import annotations

import json

import pytest

from tests.budget import fleet

pytestmark = pytest.mark.slow  # the review list through the registries, by several processes
LOOKUP_FAILED = "could not verify"  # the note of a run that left entries unverified


def check_complete(results: list[fleet.Result | None], alone: fleet.Result) -> None:
    """Every process verified every entry and said the same as one process alone."""
    finished = [r for r in results if r is not None]
    assert finished
    for result in finished:
        assert result.status == alone.status == 1, result.err
        assert "Traceback" not in result.err
        assert result.out == alone.out
    found = json.loads(alone.out)
    codes = [d["code"] for d in found]
    assert codes.count("RL405") == 6 and codes.count("RL402") == 1  # as `test_review124` says
    assert not [d for d in found if LOOKUP_FAILED in d["message"]]


def within_one_budget(served, alone) -> None:
    assert len(served.hits) <= alone.requests * 1.05
    assert served.refused() == 0


def test_one_process_alone_is_within_the_limits(alone):
    assert alone.status == 1 and alone.requests >= 121
    check_complete([alone], alone)


@pytest.mark.parametrize("processes", [4, 8])
def test_processes_sharing_a_cache_folder_share_one_budget(served, alone, processes):
    results = fleet.run_together(served.refs, [served.env("cache")] * processes, served.folder)
    within_one_budget(served, alone)
    check_complete(results, alone)


@pytest.mark.redis
def test_processes_in_separate_folders_share_one_budget_through_redis(served, alone, redis_url):
    envs = [served.env(f"cache{n}", redis_url) for n in range(4)]
    results = fleet.run_together(served.refs, envs, served.folder)
    within_one_budget(served, alone)
    check_complete(results, alone)
    # nothing was written beside any of them: the cache and the budget are in Redis
    assert not any((served.folder / f"cache{n}" / "lookup.sqlite").exists() for n in range(4))


@pytest.mark.parametrize("through", ["folder", pytest.param("redis", marks=pytest.mark.redis)])
def test_a_process_killed_mid_run_does_not_hold_up_the_others(served, alone, through, request):
    if through == "redis":
        url = request.getfixturevalue("redis_url")
        envs = [served.env(f"cache{n}", url) for n in range(4)]
    else:
        envs = [served.env("cache")] * 4
    results = fleet.run_together(served.refs, envs, served.folder, kill_one_after=alone.seconds / 4)
    assert results[0] is None
    check_complete(results, alone)
    assert max(r.seconds for r in results if r is not None) < alone.seconds * 2
    assert served.refused() == 0
