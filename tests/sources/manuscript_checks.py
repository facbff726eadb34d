"""Helpers shared by the Markdown and LaTeX source tests: run the real command, read positions."""

from __future__ import annotations

import json
from pathlib import Path

from refslint.cli import main
from refslint.model import Entry

MANUSCRIPTS = Path(__file__).resolve().parents[1] / "manuscripts"
TODAY = "2026-11-26"


def findings(path: Path, capsys, *args: str) -> list[dict]:
    """What `refslint --format json` reports for `path`."""
    main(["--offline", "--today", TODAY, "--format", "json", *args, str(path)])
    return json.loads(capsys.readouterr().out)


def quoted(text: str, found: dict) -> str:
    """The file's text under a one-line finding, as the editor would underline it."""
    assert found["line"] == found["end_line"]
    line = text.splitlines()[found["line"] - 1]
    return line[found["column"] - 1 : found["end_column"] - 1]


def assert_maps_back(entry: Entry, text: str, decoded: str = "") -> None:
    """Every character of the entry stands at its own place in the file, except spaces and the
    characters in `decoded`, which a source made out of markup and which map to where it begins."""
    lines = text.splitlines()
    for offset, char in enumerate(entry.text):
        if char == " " or char in decoded:
            continue
        position = entry.positions.position(offset)
        found = lines[position.line - 1][position.column - 1]
        assert found == char, (offset, char, position, found)
