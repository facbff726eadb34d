"""Word fixtures: the annotated list as plain text and as .docx files python-docx writes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from refslint.cli import main
from tests.word import build

TODAY = "2026-11-26"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys) -> Run:
    """`refslint --offline --today ... ARGS`: (exit status, stdout, stderr)."""

    def invoke(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        status = main(["--offline", "--today", TODAY, *args])
        out, err = capsys.readouterr()
        return status, out, err

    return invoke


@pytest.fixture
def findings(run: Run) -> Callable[[Path], list[dict]]:
    """The JSON findings of one file."""

    def lint(path: Path, *args: str) -> list[dict]:
        status, out, err = run("--format", "json", str(path), *args)
        assert status in (0, 1), err
        return json.loads(out)

    return lint


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "list.txt"
    path.write_text(build.plain_text(), encoding="utf-8")
    return path


@pytest.fixture
def auto_docx(tmp_path: Path) -> Path:
    return build.word_document(tmp_path / "auto.docx")


@pytest.fixture
def typed_docx(tmp_path: Path) -> Path:
    return build.word_document(tmp_path / "typed.docx", numbering="typed")
