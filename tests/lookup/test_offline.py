"""An offline run, or one without lookup rules, never loads the HTTP stack."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.lookup.test_lookup import SREP_ENTRY

HEAVY = ("requests", "requests_cache", "urllib3")
PROBE = """
import sys
from refslint.cli import main
status = main(sys.argv[1:])
print(",".join(m for m in {heavy!r} if m in sys.modules))
raise SystemExit(status)
"""


def run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    refs = tmp_path / "refs.txt"
    refs.write_text(SREP_ENTRY, encoding="utf-8")
    env = {**os.environ, "REFSLINT_CACHE_DIR": str(tmp_path / "cache")}  # nothing cached yet
    return subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args, str(refs)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_offline_run_imports_no_http_library(tmp_path):
    result = run(tmp_path, "--offline", "--format", "json")
    assert result.stdout.splitlines()[-1] == "", result.stderr


def test_offline_run_with_nothing_kept_loads_no_lookup_code(tmp_path):
    """Nothing kept, nothing to look up with: the service, its records and SQLite stay unloaded,
    and the findings are the offline rules' alone."""
    lookup_code = ("refslint.lookup.service", "refslint.lookup.records", "sqlite3", "difflib")
    refs = tmp_path / "refs.txt"
    refs.write_text(SREP_ENTRY.replace("2015;", "2015 Noc 9;"), encoding="utf-8")
    env = {**os.environ, "REFSLINT_CACHE_DIR": str(tmp_path / "cache")}
    probe = [sys.executable, "-c", PROBE.format(heavy=lookup_code), "--offline", "--format", "json"]
    result = subprocess.run(
        [*probe, str(refs)], capture_output=True, text=True, env=env, timeout=60
    )
    lines = result.stdout.splitlines()
    assert lines[-1] == "", result.stderr
    assert '"RL204"' in result.stdout and '"RL409"' not in result.stdout


def test_run_without_lookup_rules_imports_no_http_library(tmp_path):
    result = run(tmp_path, "--select", "RL1,RL2", "--format", "json")
    assert result.stdout.splitlines()[-1] == "", result.stderr


def test_a_lookup_run_does_load_it(tmp_path):
    """The probe itself works: a run with lookups (refused at once here) loads requests."""
    result = run(tmp_path, "--format", "json")
    assert "requests" in result.stdout.strip().splitlines()[-1], result.stderr


def test_offline_run_answers_from_kept_records_without_the_http_library(registry, tmp_path):
    """Online once (the local registry knows the work), then offline: the finding is the same,
    the registry hears nothing, and no HTTP code is loaded to read what was kept."""
    from tests.lookup.test_lookup import SREP, crossref_work

    registry.add_work(crossref_work(SREP))
    refs = tmp_path / "refs.txt"
    refs.write_text(SREP_ENTRY.replace(":16696.", ":16697."), encoding="utf-8")
    env = {**os.environ}
    probe = [sys.executable, "-c", PROBE.format(heavy=HEAVY), "--format", "json"]
    online = subprocess.run(
        [*probe, str(refs)], capture_output=True, text=True, env=env, timeout=60
    )
    asked = len(registry.hits)
    offline = subprocess.run(
        [*probe, "--offline", str(refs)], capture_output=True, text=True, env=env, timeout=60
    )
    assert asked >= 1 and len(registry.hits) == asked
    assert offline.stdout.splitlines()[-1] == "", offline.stderr  # no HTTP library loaded
    codes = [line for line in offline.stdout.splitlines() if '"RL402"' in line]
    assert codes and codes == [line for line in online.stdout.splitlines() if '"RL402"' in line]


def test_a_damaged_store_is_set_aside_and_started_again(tmp_path, capsys):
    from refslint.lookup.records import Outcome, Status
    from refslint.lookup.store import AnswerStore

    path = tmp_path / "answers.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    told = []
    store = AnswerStore(path, found_days=30, not_found_days=1, notify=told.append)
    assert store.get("doi:10.1/x") is None  # nothing usable, and no exception
    store.put("doi:10.1/x", Outcome(Status.NOT_FOUND, key="10.1/x"))
    assert store.get("doi:10.1/x").status is Status.NOT_FOUND  # a new store took its place
    kept = list(tmp_path.glob("answers.sqlite.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    # said to the caller, once, and not printed: the faces decide what to print
    assert [(n.level, n.text.split(" (")[0]) for n in told] == [
        ("warning", f"the lookup cache {path} was unreadable")
    ]
    assert capsys.readouterr().err == ""


def test_a_list_worth_of_kept_answers_is_read_at_once(tmp_path):
    """More keys than one query binds: every kept answer comes back, nothing expired or unknown."""
    from refslint.lookup.records import Outcome, Status
    from refslint.lookup.store import CHUNK, AnswerStore

    store = AnswerStore(tmp_path / "answers.sqlite", found_days=30, not_found_days=1)
    keys = [f"doi:10.1/{n}" for n in range(2 * CHUNK + 7)]
    for key in keys[::3]:
        store.put(key, Outcome(Status.NOT_FOUND, key=key[4:], reason="kept"))
    store.close()
    stale = AnswerStore(tmp_path / "answers.sqlite", found_days=30, not_found_days=-1)
    stale.put("doi:10.1/expired", Outcome(Status.NOT_FOUND, key="10.1/expired"))
    stale.close()
    found = store.get_many([*keys, "doi:10.1/expired", "doi:10.1/never"])
    assert sorted(found) == sorted(keys[::3])
    assert all(o.status is Status.NOT_FOUND and o.from_cache for o in found.values())
