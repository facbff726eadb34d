"""The session behind every face: run-level rules speak once, after every file; the server's
cache-only lints never run them and say what is left to ask; offline with nothing kept, there is
no lookup service at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from refslint.session import Session, SessionError
from tests.lookup.test_lookup import SREP_ENTRY

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def files(tmp_path: Path, monkeypatch) -> list[str]:
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))  # nothing kept
    (tmp_path / "refslint.toml").write_text("", encoding="utf-8")
    return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_the_lookup_note_speaks_once_for_the_run_at_the_first_file_that_failed(files):
    """The registries are unreachable (the tests point them at a closed port)."""
    session = Session(today=TODAY)
    try:
        linted = [session.lint(path, SREP_ENTRY) for path in files]
        assert all("RL409" not in {d.code for d in each.results} for each in linted)
        closing = session.finish()
    finally:
        session.close()
    assert [(d.code, d.path, d.line, d.entry) for d in closing.results] == [
        ("RL409", files[0], 1, None)
    ]
    assert "could not verify 2 entries" in closing.results[0].message
    assert closing.results[0].run_level  # reporters give it no file position


def test_cache_only_lints_leave_the_network_to_the_caller(files):
    session = Session(today=TODAY, cache_only=True)
    linted = session.lint(files[0], SREP_ENTRY)
    assert list(linted.unanswered) == ["doi:10.1038/srep16696"]
    assert linted.lookup_settings is not None and not linted.lookup_settings.offline
    assert session.lookup is None  # no service outlives a lint
    assert session.finish().results == []


def test_offline_with_nothing_kept_drops_the_lookup_rules_without_loading_them(files):
    session = Session(today=TODAY, offline=True)
    linted = session.lint(files[0], SREP_ENTRY.replace("2015;", "2015 Noc 9;"))
    assert [d.code for d in linted.results] == ["RL204"]
    assert session.lookup is None  # no service: tests/lookup/test_offline.py checks the imports
    assert session.finish().results == []


def test_a_bad_config_is_one_error_for_every_face(files, tmp_path):
    (tmp_path / "refslint.toml").write_text("max-acess-age = 3\n", encoding="utf-8")
    with pytest.raises(SessionError, match=r"unknown key 'max-acess-age'"):
        Session(today=TODAY).lint(files[0], SREP_ENTRY)
