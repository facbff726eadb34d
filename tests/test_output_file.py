"""`--output FILE`: the report goes to the file, whole, and standard output stays quiet."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

LIST = "1. Smith J. A title. Nature. 2020;5:1-2.\n3. Jones K. Another. Cell. 2019;4:3-9.\n"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "refslint", "--offline", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_json_report_goes_to_the_file_not_stdout(tmp_path: Path) -> None:
    (tmp_path / "refs.txt").write_text(LIST)
    done = _run("--format", "json", "--output", "report.json", "refs.txt", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    report = json.loads((tmp_path / "report.json").read_text())
    assert any(item["code"] == "RL101" for item in report)  # the gap between 1 and 3


def test_an_old_report_is_replaced_whole(tmp_path: Path) -> None:
    (tmp_path / "refs.txt").write_text(LIST)
    (tmp_path / "report.txt").write_text("x" * 100_000)
    _run("-o", "report.txt", "refs.txt", cwd=tmp_path)
    text = (tmp_path / "report.txt").read_text()
    assert "xxxx" not in text and "RL101" in text
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_folder_as_output_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "refs.txt").write_text(LIST)
    (tmp_path / "out").mkdir()
    done = _run("--output", "out", "refs.txt", cwd=tmp_path)
    assert done.returncode == 2
    assert "is a folder" in done.stderr and "Traceback" not in done.stderr
