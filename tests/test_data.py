"""The tests carry their own data: every fixture is in `tests/data/` with its origin and licence,
and no test reads a folder outside the repository."""

from __future__ import annotations

import re
from pathlib import Path

import tests.data
from tests.data import DATA

TESTS = Path(__file__).resolve().parent


def test_every_named_fixture_is_in_the_repository():
    paths = [v for k, v in vars(tests.data).items() if k.isupper() and isinstance(v, Path)]
    assert len(paths) >= 6
    for path in paths:
        assert path.exists(), path
        assert path.is_relative_to(DATA), path


def test_every_data_folder_says_where_its_files_come_from():
    folders = [p for p in DATA.iterdir() if p.is_dir() and p.name != "__pycache__"]
    assert {p.name for p in folders} >= {"api-responses", "citation-corpora", "corpus"}
    for folder in folders:
        sources = (folder / "SOURCES.md").read_text(encoding="utf-8")
        assert re.search(r"(?i)licen[cs]e|CC0|bibliographic facts", sources), folder
    assert (DATA / "citation-corpora" / "anystyle" / "LICENSE").is_file()  # BSD-2 wants it kept


def test_no_test_reads_the_team_data_folder():
    """Only `tests/data/rebuild.py`, which refreshes the fixtures, may name `../shared`."""
    allowed = {DATA / "rebuild.py", Path(__file__).resolve()}
    offenders = [
        str(path.relative_to(TESTS))
        for path in sorted(TESTS.rglob("*.py"))
        if path not in allowed
        and re.search(r"""["']shared["'/]|/work/shared""", path.read_text("utf-8"))
    ]
    assert offenders == []
