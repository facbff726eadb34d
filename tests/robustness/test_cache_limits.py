"""A cache that cannot be used costs one bounded wait and one note, never the run.

Another process holding a cache file's lock, a disk that takes no more bytes (RLIMIT_FSIZE in the
child: every write fails, as on a full disk), a stored answer of the wrong shape, and a registry
address that moved. Each case is a real `refslint` process against a local registry, bounded by
a subprocess timeout well under what one wait per answer would take (20 entries x 5 s).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from refslint.lookup.settings import LOCK_WAIT
from tests.lookup.registry import Registry, Server, crossref_work, pointing_at

SREP = "crossref-work-journal-article-srep-article-number-16696.json"
TITLE = crossref_work(SREP)["title"][0]
BOUND = 60  # seconds: a wait per answer would be 20 x LOCK_WAIT = 100 s
NOTE = "refslint: note: the lookup cache {path} cannot be used ({why}); this run keeps its answers in memory"


def listing(count: int = 20) -> str:
    return "".join(
        f"{n}. Tosatto L, Horrocks MH. {TITLE}. Sci Rep. 2015;5:{n}. doi:10.1038/srep{n}\n"
        for n in range(1, count + 1)
    )


@pytest.fixture
def registry() -> Iterator[Registry]:
    fast = {"x-rate-limit-limit": "1000", "x-rate-limit-interval": "1s", "x-concurrency-limit": "8"}
    with Server(Registry(headers=fast)) as running:
        for n in range(1, 21, 2):  # every other DOI is known; the rest are not found anywhere
            running.add_work(crossref_work(SREP, DOI=f"10.1038/srep{n}", article_number=str(n)))
        yield running


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    path = tmp_path / "refs.txt"
    path.write_text(listing(), encoding="utf-8")
    return path


def command(cache: Path, url: str, *args: str) -> tuple[list[str], dict[str, str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFSLINT_")}
    env.update(REFSLINT_CACHE_DIR=str(cache), **pointing_at(url))
    argv = [sys.executable, "-m", "refslint", "--today", "2026-11-26", "--select", "RL4", *args]
    return argv, env


def refslint(cache: Path, url: str, *args: str, **popen) -> subprocess.CompletedProcess:
    argv, env = command(cache, url, *args)
    return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=BOUND, **popen)


def notes(run: subprocess.CompletedProcess) -> list[str]:
    assert "Traceback" not in run.stderr, run.stderr
    return [line for line in run.stderr.splitlines() if line.startswith("refslint: note:")]


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another process holding `path`'s write lock (BEGIN EXCLUSIVE) until the block ends."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
            "db.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "time.sleep(600)\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "locked\n"
        yield
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture
def expected(tmp_path: Path, registry: Registry, refs: Path) -> subprocess.CompletedProcess:
    """The run with a cache that works: what every run below must still report."""
    run = refslint(tmp_path / "healthy", registry.url, str(refs))
    assert run.returncode == 1 and run.stdout.count("RL404") == 10, run.stdout
    assert notes(run) == []
    return run


@pytest.mark.parametrize("name", ["lookup.sqlite", "answers.sqlite"])
def test_a_cache_file_locked_by_another_process_costs_one_bounded_wait(
    tmp_path, registry, refs, expected, name
):
    cache = tmp_path / "cache"
    cache.mkdir()
    with locked(cache / name):
        run = refslint(cache, registry.url, str(refs))
    assert run.returncode == expected.returncode and run.stdout == expected.stdout
    why = f"another process held its lock for more than {LOCK_WAIT:g} s"
    assert notes(run) == [NOTE.format(path=cache / name, why=why)]
    again = refslint(cache, registry.url, "--offline", str(refs))  # the lock gone: used again
    assert notes(again) == []


def test_a_cache_locked_in_the_middle_of_a_run_is_left_alone_after_one_wait(
    tmp_path, registry, refs, expected
):
    cache = tmp_path / "cache"
    registry.latency = 0.2  # answers come slowly enough for the lock to be taken meanwhile
    registry.headers["x-concurrency-limit"] = "1"
    argv, env = command(cache, registry.url, str(refs))
    asked = len(registry.hits)
    run = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while len(registry.hits) == asked:
            time.sleep(0.01)
        assert (cache / "lookup.sqlite").exists()  # opened before the lock was taken
        with locked(cache / "lookup.sqlite"):
            out, err = run.communicate(timeout=BOUND)
    finally:
        run.kill()
    done = subprocess.CompletedProcess(argv, run.returncode, out, err)
    assert done.returncode == expected.returncode and out == expected.stdout
    [note] = notes(done)
    assert note.startswith(f"refslint: note: the lookup cache {cache / 'lookup.sqlite'} cannot")


def test_a_disk_that_takes_no_more_bytes_is_one_note(tmp_path, registry, refs, expected):
    cache = tmp_path / "cache"
    argv, env = command(cache, registry.url, str(refs))
    full = (  # the same command in a process that may write no byte to any file
        "import resource, runpy, sys\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))\n"
        "sys.argv = ['refslint', *sys.argv[1:]]\n"
        "runpy.run_module('refslint', run_name='__main__')\n"
    )
    argv[1:3] = ["-c", full]
    run = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=BOUND)
    assert run.returncode == expected.returncode and run.stdout == expected.stdout
    [note] = notes(run)
    assert note.startswith(f"refslint: note: the lookup cache {cache}")
    assert note.endswith("; this run keeps its answers in memory")
    assert "Checked 20 entries" in run.stderr


def store_rows(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT key, outcome FROM answers ORDER BY key").fetchall()


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("outcome", "[]"),
        ("outcome", '{"status": "found", "record": {"source": 1, "doi": "10.1/x"}}'),
        ("outcome", '{"status": "found", "record": {"source": "x", "doi": "y", "years": ["1"]}}'),
        ("outcome", '{"status": "not-found", "sources": "Crossref"}'),
        ("outcome", "[" * 100_000),
        ("outcome", b"\x00\xff not text"),
        ("expires", None),
        ("expires", "tomorrow"),
    ],
)
def test_a_stored_answer_of_the_wrong_shape_sets_the_file_aside(
    tmp_path, registry, refs, expected, column, value
):
    cache = tmp_path / "cache"
    assert refslint(cache, registry.url, str(refs)).stdout == expected.stdout
    store = cache / "answers.sqlite"
    key = store_rows(store)[0][0]  # a DOI's answer, under this registry's address
    with closing(sqlite3.connect(store)) as db, db:
        db.execute(f"UPDATE answers SET {column} = ? WHERE key = ?", (value, key))
    asked = len(registry.hits)

    run = refslint(cache, registry.url, "--offline", str(refs))
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr
    [warning] = [line for line in run.stderr.splitlines() if "warning" in line]
    assert warning.startswith(f"refslint: warning: the lookup cache {store} was unreadable")
    assert "a stored answer of the wrong shape" in warning
    assert "19 from cache" in run.stderr  # every other answer still served
    [kept] = cache.glob("answers.sqlite.corrupt-*")  # kept for a bug report
    assert value in [v for _k, v in store_rows(kept)] or column == "expires"
    assert len(store_rows(store)) == len(store_rows(kept)) - 1  # the good answers carried over

    again = refslint(cache, registry.url, "--offline", str(refs))
    assert "warning" not in again.stderr and "19 from cache" in again.stderr
    online = refslint(cache, registry.url, str(refs))  # the one answer lost is asked again
    assert online.stdout == expected.stdout and "warning" not in online.stderr
    assert len(registry.hits) <= asked + 2  # that one DOI of Crossref and DataCite, no more


def test_answers_are_kept_per_registry_address(tmp_path, registry, refs, expected):
    """Another address (a mirror holding other records) first, then the configured one: what the
    other one said is never served for this one, however the address is spelt, and the reverse."""
    cache = tmp_path / "cache"
    with Server(Registry(headers=dict(registry.headers))) as mirror:
        for n in range(1, 21):  # holds every DOI of the list
            mirror.add_work(crossref_work(SREP, DOI=f"10.1038/srep{n}", article_number=str(n)))
        there = refslint(cache, mirror.url, str(refs))
        assert there.returncode == 0 and "RL404" not in there.stdout, there.stdout
        here = refslint(cache, registry.url, str(refs))
        assert here.stdout == expected.stdout and "0 from cache" in here.stderr
        for url in (registry.url, f"{registry.url}/", registry.url.replace("http://", "HTTP://")):
            offline = refslint(cache, url, "--offline", str(refs))
            assert offline.stdout == expected.stdout and "20 from cache" in offline.stderr
        back = refslint(cache, mirror.url, "--offline", str(refs))
        assert back.stdout == there.stdout and "20 from cache" in back.stderr


def test_a_store_row_is_json_of_the_outcome_under_the_registry(tmp_path, registry, refs):
    """What the wrong-shape tests rewrite is the row the store reads: the format they assume."""
    cache = tmp_path / "cache"
    refslint(cache, registry.url, str(refs))
    key, outcome = store_rows(cache / "answers.sqlite")[0]
    addresses = [registry.url, registry.url, f"{registry.url}/openalex", f"{registry.url}/eutils"]
    assert key.startswith(" ".join(addresses) + "\ndoi:10.1038/srep")
    assert json.loads(outcome)["status"] in ("found", "not-found")
