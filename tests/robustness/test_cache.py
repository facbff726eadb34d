"""The lookup cache under pre-commit's load: several refslint processes at once, and damaged files.

Both cache files are exercised: `lookup.sqlite` (HTTP answers, requests-cache) and `answers.sqlite`
(the answers as rules use them). Processes are real `python -m refslint` runs against a local
registry server.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.lookup.registry import Registry, Server, crossref_work, pointing_at

SREP = "crossref-work-journal-article-srep-article-number-16696.json"
TITLE = crossref_work(SREP)["title"][0]


def entry(n: int) -> str:
    return f"{n}. Tosatto L, Horrocks MH. {TITLE}. Sci Rep. 2015;5:{n}. doi:10.1038/srep{n}\n"


def listing(numbers: range) -> str:
    return "".join(entry(i).replace(f"{i}. ", f"{k}. ", 1) for k, i in enumerate(numbers, 1))


@pytest.fixture
def registry():
    fast = {"x-rate-limit-limit": "1000", "x-rate-limit-interval": "1s", "x-concurrency-limit": "8"}
    with Server(Registry(headers=fast)) as running:
        for n in range(1, 41, 2):  # every other DOI is known; the rest are not found anywhere
            running.add_work(crossref_work(SREP, DOI=f"10.1038/srep{n}", article_number=str(n)))
        yield running


def refslint(cache: Path, registry: Registry, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "REFSLINT_CACHE_DIR": str(cache),
        **pointing_at(registry.url),
    }
    command = [sys.executable, "-m", "refslint", "--today", "2026-11-26", "--select", "RL4", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def healthy(path: Path) -> bool:
    with sqlite3.connect(path) as db:
        return db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_four_processes_sharing_one_cache_neither_corrupt_it_nor_fail(tmp_path, registry):
    cache = tmp_path / "cache"
    files = []
    for k in range(4):  # overlapping lists: the same DOIs are fetched and written concurrently
        path = tmp_path / f"refs{k}.txt"
        path.write_text(listing(range(1 + 5 * k, 21 + 5 * k)), encoding="utf-8")
        files.append(path)
    with ThreadPoolExecutor(4) as pool:
        runs = list(pool.map(lambda path: refslint(cache, registry, str(path)), files))
    for run in runs:
        assert run.returncode in (0, 1), run.stderr
        assert "RL409" not in run.stdout, run.stdout  # no lookup failed on a lock
        assert "Traceback" not in run.stderr and "warning" not in run.stderr, run.stderr
        assert "Checked 20 entries" in run.stderr
    assert healthy(cache / "lookup.sqlite") and healthy(cache / "answers.sqlite")
    asked = len(registry.hits)
    for path in files:  # every answer was kept: the next runs ask nothing
        again = refslint(cache, registry, "--offline", str(path))
        assert "20 from cache" in again.stderr, again.stderr
        assert "not verified" not in again.stderr
    assert len(registry.hits) == asked


def damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "garbage":
        path.write_bytes(b"this is not a database at all\n" * 200)
    else:  # zeroed pages in the middle
        middle = len(data) // 2
        path.write_bytes(data[:4096] + b"\x00" * (middle - 4096) + data[middle:])


@pytest.mark.parametrize(
    ("name", "how"),
    [
        ("answers.sqlite", "truncated"),
        ("answers.sqlite", "garbage"),
        ("lookup.sqlite", "truncated"),
        ("lookup.sqlite", "zeroed"),
    ],
)
def test_a_damaged_cache_file_is_set_aside_and_rebuilt_with_a_warning(
    tmp_path, registry, name, how
):
    cache = tmp_path / "cache"
    refs = tmp_path / "refs.txt"
    refs.write_text(listing(range(1, 21)), encoding="utf-8")
    first = refslint(cache, registry, str(refs))
    assert first.returncode in (0, 1) and "warning" not in first.stderr
    damage(cache / name, how)
    second = refslint(cache, registry, "--refresh", str(refs))
    assert second.returncode == first.returncode, second.stderr
    assert second.stdout == first.stdout  # the same findings, fetched again
    assert "Traceback" not in second.stderr
    [warning] = [line for line in second.stderr.splitlines() if "warning" in line]
    assert warning.startswith(f"refslint: warning: the lookup cache {cache / name} was unreadable")
    assert warning.endswith("and started a new one")
    [kept] = list(cache.glob(f"{name}.corrupt-*"))
    assert kept.stat().st_size > 0  # kept for a bug report, not deleted
    assert healthy(cache / name)
    third = refslint(cache, registry, "--offline", str(refs))
    assert "20 from cache" in third.stderr and "warning" not in third.stderr
