"""`--statistics` and `--format github` with the built-in rules, through the real command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from refslint.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = (ROOT / "examples" / "references.txt").read_text(encoding="utf-8")
ARGS = ["--today", "2026-11-26", "--offline", "--select", "RL1,RL2,RL3,RL5"]


@pytest.fixture
def cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "refs.txt").write_text(EXAMPLE, encoding="utf-8")
    return tmp_path


def test_statistics_as_text_count_per_rule(cwd, capsys):
    assert main(["refs.txt", "--statistics", *ARGS]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:-1] == [
        "1\tRL101\tnumber-gap",
        "1\tRL204\tmonth-invalid",
        "1\tRL301\taccess-date-stale",
    ]
    assert lines[-1].startswith("Found 3 problems in 1 file (10 entries)")


def test_statistics_as_json_have_ruffs_shape(cwd, capsys):
    (cwd / "more.txt").write_text(EXAMPLE.replace("2021 Noc", "2021 Dex"), encoding="utf-8")
    assert main(["refs.txt", "more.txt", "--statistics", "--format", "json", *ARGS]) == 1
    assert json.loads(capsys.readouterr().out) == [  # most frequent first, then by code
        {"code": "RL101", "name": "number-gap", "count": 2, "fixable": False, "fixable_count": 0},
        {"code": "RL204", "name": "month-invalid", "count": 2, "fixable": True, "fixable_count": 2},
        {
            "code": "RL301",
            "name": "access-date-stale",
            "count": 2,
            "fixable": True,
            "fixable_count": 2,
        },
    ]


def test_github_annotations_from_the_console_script(cwd):
    script = shutil.which("refslint", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the refslint console script is not installed beside this Python")
    done = subprocess.run(
        [script, "refs.txt", "--format", "github", *ARGS],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
    )
    assert done.returncode == 1
    assert done.stderr == ""
    assert done.stdout.splitlines() == [
        "::error file=refs.txt,line=6,col=28,endLine=6,endColumn=31,title=RL204 month-invalid"
        "::'Noc' is not a month (2021 Noc); did you mean 'Nov'?",
        "::warning file=refs.txt,line=10,col=28,endLine=10,endColumn=39,title=RL301 access-date-stale"
        "::accessed on 2023-03-14, 1353 days ago (limit 365 days)",
        "::error file=refs.txt,line=11,col=1,endLine=11,endColumn=3,title=RL101 number-gap"
        "::number 6 is missing: the list jumps from 5 to 7",
    ]


def test_statistics_with_sarif_is_refused_before_any_output(cwd, capsys):
    assert main(["refs.txt", "--statistics", "--format", "sarif", *ARGS]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "refslint: error: --statistics prints text or JSON; "
        "it cannot be combined with --format sarif\n"
    )
