"""Lists written for these tests in Citing Medicine and older printed styles, with faults planted in them.

Each fault must be reported once, at its entry, and nothing else: the lists are run through the
installed console script, as a user or pre-commit runs it.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LISTS = Path(__file__).parent / "lists"
REFSLINT = Path(sys.executable).with_name("refslint")

PLANTED = {
    "citing-medicine-planted.txt": {
        (2, "RL204"),
        (3, "RL203"),
        (4, "RL201"),
        (6, "RL101"),
        (7, "RL206"),
        (8, "RL401"),
        (9, "RL501"),
        (10, "RL502"),
        (11, "RL304"),
        (12, "RL205"),
        (13, "RL301"),
        (14, "RL408"),
        (14, "RL102"),
        (14, "RL302"),
    },
    # entry 3 writes `30–37` in full where the list abbreviates (`2110–8`, `879–84`, `3311–25`)
    # entry 2 writes `MMWR Suppl` undotted where 4 of 5 journals are dotted (`J. Electrochem. Soc`
    # is now read whole, no longer as an undotted `Soc`): ISO 4 writes `MMWR Suppl.`
    "older-print-planted.txt": {
        (2, "RL811"),
        (3, "RL803"),
        (4, "RL502"),
        (5, "RL103"),
        (9, "RL408"),
    },
    "citing-medicine-clean.txt": set(),
}


def run(path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    return subprocess.run(
        [str(REFSLINT), "--offline", "--today", "2026-11-24", *args, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_every_planted_fault_is_reported_once_and_nothing_else(name):
    result = run(LISTS / name, "--format", "json")
    assert result.returncode == (1 if PLANTED[name] else 0), result.stderr
    found = [(d["entry"], d["code"]) for d in json.loads(result.stdout)]
    assert sorted(found) == sorted(PLANTED[name])


def test_planted_fault_points_at_the_word_in_the_file():
    diagnostics = json.loads(run(LISTS / "citing-medicine-planted.txt", "--format", "json").stdout)
    lines = (LISTS / "citing-medicine-planted.txt").read_text(encoding="utf-8").splitlines()
    month = next(d for d in diagnostics if d["code"] == "RL204")
    line = lines[month["line"] - 1]
    assert line[month["column"] - 1 : month["end_column"] - 1] == "Septmber"
    assert "did you mean 'September'" in month["message"]
