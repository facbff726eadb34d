"""`cache-url` checked like every setting; a Redis that cannot be used is one line and exit 2;
the ledger's pause and slots are seen by every process that shares it."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from refslint.lookup.budget import Budget, FileLedger
from refslint.lookup.settings import LookupSettings, SettingError, problem
from tests.budget import fleet


@pytest.mark.parametrize(
    "url", ["redis://localhost:6379/0", "rediss://:pw@cache.example.org:6380/3", "redis://h"]
)
def test_redis_addresses_are_accepted(url):
    assert problem("cache-url", url) is None
    assert LookupSettings.resolve({"cache-url": url}, environ={}).cache_url == url


@pytest.mark.parametrize(
    "url", ["http://localhost:6379", "redis://:s3cret@h/abc", "redis://", "redis://h:0/1", 7]
)
def test_other_values_are_refused_without_showing_a_password(url):
    why = problem("cache-url", url)
    assert why is not None and "s3cret" not in why
    with pytest.raises(SettingError, match="REFSLINT_CACHE_URL") as caught:
        LookupSettings.resolve(environ={"REFSLINT_CACHE_URL": str(url)})
    assert "s3cret" not in str(caught.value)


def lint(tmp_path, cache_url: str) -> subprocess.CompletedProcess[str]:
    refs = tmp_path / "refs.txt"
    refs.write_text("1. Smith J. A title. Nature. 2020;1:1-2. doi:10.1038/x\n", encoding="utf-8")
    env = fleet.environment("http://127.0.0.1:9", "http://127.0.0.1:9", tmp_path / "c", cache_url)
    return subprocess.run(
        [sys.executable, "-m", "refslint", str(refs)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_an_unreachable_redis_is_one_line_naming_it_without_its_password(tmp_path):
    done = lint(tmp_path, f"redis://:s3cret@127.0.0.1:{fleet.free_port()}/0")
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("refslint: error: cannot use the lookup cache redis://127.0.0.1:")
    assert "s3cret" not in line and not (tmp_path / "c").exists()  # no fallback to the folder


@pytest.mark.redis
def test_a_misconfigured_redis_is_one_line_too(tmp_path, redis_url):
    done = lint(tmp_path, redis_url.rpartition("/")[0] + "/999")  # no such database
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert "cannot use the lookup cache redis://127.0.0.1:" in line and "/999" in line


def test_a_retry_after_seen_through_one_ledger_delays_another(tmp_path):
    first = Budget(FileLedger(tmp_path), slot_lease=30, claim_lease=30).gate("r.example")
    other = Budget(FileLedger(tmp_path), slot_lease=30, claim_lease=30).gate("r.example")
    first.pause(0.6)
    started = time.monotonic()
    assert other.enter()
    assert time.monotonic() - started >= 0.55
    other.leave({"x-concurrency-limit": "1"}, ok=True)


def test_slots_of_a_process_that_is_gone_are_freed(tmp_path):
    ledger = FileLedger(tmp_path)
    budget = Budget(ledger, slot_lease=300, claim_lease=300)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with budget.state() as (data, now):  # a slot and a claim left by a process killed holding them
        data["slots"]["t"] = [f"{os.uname().nodename}:{dead.pid}", now + 300, "r.example"]
        data["claims"]["k"] = [f"{os.uname().nodename}:{dead.pid}", now + 300, "t"]
    assert budget.claim("k") is not None
    gate = budget.gate("r.example")
    started = time.monotonic()
    assert gate.enter(deadline=time.monotonic() + 2)
    assert time.monotonic() - started < 1
