"""What refslint keeps in the user's cache folder: Lark's parse tables after a lint run, nothing
at all for a program that only imports it, and a damaged or unwritable folder changes no finding."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from refslint import api, patterns
from tests.data import REVIEW_124 as REVIEW

LINT = [sys.executable, "-m", "refslint", "--offline", "--today", "2026-11-24", str(REVIEW)]
IMPORT_ALL = (
    "import refslint, refslint.api, refslint.engine, refslint.cli, refslint.lsp;"
    "from refslint.registry import load_rules; assert len(load_rules()) > 40"
)


def isolated(tmp_path: Path, **extra: str) -> dict[str, str]:
    """An environment whose every cache location (REFSLINT_CACHE_DIR, XDG_CACHE_HOME, HOME) lies
    under `tmp_path`, so a test sees all that a process writes."""
    env = {key: value for key, value in os.environ.items() if key != "REFSLINT_CACHE_DIR"}
    env.update(HOME=str(tmp_path / "home"), XDG_CACHE_HOME=str(tmp_path / "xdg"), **extra)
    return env


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_importing_refslint_writes_nothing_to_any_cache_folder(tmp_path):
    (tmp_path / "home").mkdir()
    cache = tmp_path / "cache"
    for env in (isolated(tmp_path), isolated(tmp_path, REFSLINT_CACHE_DIR=str(cache))):
        run = subprocess.run(
            [sys.executable, "-c", IMPORT_ALL], env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        assert files_under(tmp_path) == ["home"]  # no cache folder made, nothing written at exit


@pytest.mark.slow  # the review list through the command, in a fresh process
def test_a_lint_run_keeps_only_larks_parse_tables_and_the_rules_word_tables(tmp_path):
    cache = tmp_path / "cache"
    run = subprocess.run(
        LINT, env=isolated(tmp_path, REFSLINT_CACHE_DIR=str(cache)), capture_output=True, text=True
    )
    assert run.returncode == 1 and run.stderr == ""
    grammar, places, words = files_under(cache)
    assert grammar == "grammar.lark-cache"
    assert places.startswith("place-names-") and places.endswith(".tsv")  # RL575's names
    assert words.startswith("words-en-") and words.endswith(".crc")  # RL550's word table


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05truncated"])
@pytest.mark.slow  # the review list through the command, in two fresh processes
def test_damaged_grammar_cache_gives_the_same_findings(tmp_path, damage):
    cache = tmp_path / "cache"
    env = isolated(tmp_path, REFSLINT_CACHE_DIR=str(cache))
    first = subprocess.run(LINT, env=env, capture_output=True, text=True, timeout=120)
    assert (cache / "grammar.lark-cache").stat().st_size > 1000
    (cache / "grammar.lark-cache").write_bytes(damage)
    second = subprocess.run(LINT, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == first.returncode == 1
    assert second.stdout == first.stdout and second.stderr == first.stderr == ""
    assert (cache / "grammar.lark-cache").stat().st_size > 1000  # rebuilt


@pytest.mark.slow
def test_a_cache_folder_that_cannot_be_made_leaves_findings_unchanged(tmp_path):
    """REFSLINT_CACHE_DIR naming a file: nothing is kept, and nothing else changes."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go\n", encoding="utf-8")
    fine = subprocess.run(LINT, capture_output=True, text=True, timeout=120)
    env = {**os.environ, "REFSLINT_CACHE_DIR": str(blocked)}
    run = subprocess.run(LINT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == fine.returncode == 1 and run.stdout == fine.stdout
    assert run.stderr == "" and blocked.read_text(encoding="utf-8").startswith("a file")


def test_patterns_compile_is_re_compile_once_per_process():
    found = api.pattern(r"(?P<word>arxiv)\s*:\s*(?P<id>\S+)", re.IGNORECASE)
    assert found is patterns.compile(r"(?P<word>arxiv)\s*:\s*(?P<id>\S+)", re.IGNORECASE)
    assert found.match("arXiv: 2105.01234").group("id") == "2105.01234"
    assert found.flags == re.compile("", re.IGNORECASE).flags
    assert found.groupindex == {"word": 1, "id": 2}
    with pytest.raises(re.error):
        patterns.compile("(unclosed").search("text")  # compiled on first use


def test_every_pattern_in_the_source_compiles():
    """Patterns compile on first use, so one that is not valid would fail only in the run that
    reaches it: compile every pattern the package and its rules make at import."""
    from refslint.registry import load_rules

    load_rules()
    made = [p for p in patterns.made() if p.pattern != "(unclosed"]  # the test above's
    assert len(made) > 100
    assert all(p.compiled.pattern == p.pattern for p in made)


def test_no_private_interpreter_apis():
    """The regular-expression engine's internals (`_sre`, `re._compiler`) change between Python
    releases; refslint uses `re` alone."""
    package = Path(patterns.__file__).parent
    private = re.compile(r"\b(?:_sre|sre_compile|sre_parse|re\._compiler|re\._parser)\b")
    offenders = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if private.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
