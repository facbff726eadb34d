"""Compiled patterns kept in `patterns.cache`: the same results, used by the next process, and a
damaged or foreign file is rebuilt rather than trusted."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from lark import Lark

from refslint import patterns
from refslint.grammar import grammar_text
from refslint.sources.plaintext import read_entries
from tests.data import REVIEW_124 as REVIEW

OPTIONS = {
    "parser": "lalr",
    "lexer": "contextual",
    "start": ["start", "body"],
    "maybe_placeholders": False,
}

pytestmark = pytest.mark.skipif(not patterns._AVAILABLE, reason="CPython's regex engine only")


def written(path: Path) -> tuple[tuple, dict]:
    """(header, programs) of a cache file, as `PatternCache.save` lays it out."""
    header, _checksum, payload = marshal.loads(path.read_bytes())
    return header, marshal.loads(payload)


def forged(header: tuple, programs: dict) -> bytes:
    """A cache file with a correct checksum: only its header or its programs are wrong."""
    payload = marshal.dumps(programs)
    return marshal.dumps((header, zlib.crc32(payload), payload))


def tokens(cache: patterns.PatternCache | None, text: str) -> list[tuple[str, str]]:
    """Every token a fresh parser's contextual lexer produces for each entry, as its parser
    drives it, with the lexer's patterns compiled through `cache` (or by `re` when None)."""
    lark = Lark(grammar_text(), **OPTIONS)
    if cache is not None:
        patterns.install(lark, cache)
    found: list[tuple[str, str]] = []
    for entry in read_entries(text):
        body = " " * entry.label_end + entry.text[entry.label_end :]
        found.extend((t.type, str(t)) for t in lark.parse_interactive(body, "start").iter_parse())
    return found


def test_cached_programs_lex_exactly_as_compiled_patterns(tmp_path):
    text = REVIEW.read_text(encoding="utf-8")
    expected = tokens(None, text)
    path = str(tmp_path / "patterns.cache")

    writer = patterns.PatternCache(path)
    assert tokens(writer, text) == expected
    assert writer.added > 5  # one pattern per lexer state the list reached
    writer.save()

    reader = patterns.PatternCache(path)
    assert tokens(reader, text) == expected
    assert reader.used and reader.added == 0  # every state's pattern came from the file


def test_flags_and_groups_survive_the_file(tmp_path):
    path = str(tmp_path / "patterns.cache")
    writer = patterns.PatternCache(path)
    writer.compile(r"(?P<word>arxiv)\s*:\s*(?P<id>\S+)", re.IGNORECASE)
    writer.save()
    reader = patterns.PatternCache(path)
    found = reader.compile(r"(?P<word>arxiv)\s*:\s*(?P<id>\S+)", re.IGNORECASE)
    assert reader.added == 0
    assert found.match("arXiv: 2105.01234").group("id") == "2105.01234"
    assert found.flags == re.compile("", re.IGNORECASE).flags and found.groupindex == {
        "word": 1,
        "id": 2,
    }


def test_a_file_from_another_interpreter_is_not_trusted(tmp_path):
    path = tmp_path / "patterns.cache"
    writer = patterns.PatternCache(str(path))
    writer.compile(r"\d+")
    program = writer.programs[(r"\d+", 0)]
    path.write_bytes(forged((patterns.FORMAT, "another python"), {(r"\d+", 0): program}))
    reader = patterns.PatternCache(str(path))
    assert reader.compile(r"\d+").match("42") and reader.added == 1
    reader.save()
    header, programs = written(path)
    assert header != (patterns.FORMAT, "another python") and (r"\d+", 0) in programs


def test_a_program_changed_on_disk_is_not_trusted(tmp_path):
    """A flipped byte the engine's own check would let through (a minimum length) is caught by
    the file's checksum: the pattern is compiled again and matches as it should."""
    path = tmp_path / "patterns.cache"
    writer = patterns.PatternCache(str(path))
    writer.compile(r"x+y")
    writer.save()
    data = bytearray(path.read_bytes())
    at = data.find(marshal.dumps(writer.programs[(r"x+y", 0)][1])[5:])  # the program's words
    assert at > 0
    data[at + 12] ^= 0x40  # the pattern's minimum length, in its INFO block
    path.write_bytes(bytes(data))
    reader = patterns.PatternCache(str(path))
    assert reader.compile(r"x+y").match("xy") and reader.added == 1


def test_a_full_file_keeps_what_the_last_run_used(tmp_path, monkeypatch):
    monkeypatch.setattr(patterns, "LIMIT", 3)
    path = str(tmp_path / "patterns.cache")
    first = patterns.PatternCache(path)
    for n in range(4):
        first.compile(rf"a{{{n}}}")
    first.save()  # over the limit: only what this run used, which is all four
    second = patterns.PatternCache(path)
    second.compile(r"b+")
    second.save()
    _, programs = written(Path(path))
    assert set(programs) == {(r"b+", 0)}


def test_a_bad_pattern_raises_as_re_would(tmp_path):
    cache = patterns.PatternCache(str(tmp_path / "patterns.cache"))
    with pytest.raises(re.error):
        cache.compile("(unclosed")
    assert cache.added == 0


@pytest.mark.parametrize(
    "damage", [b"", b"not marshal data", forged((patterns.FORMAT, "other python"), {})]
)
@pytest.mark.parametrize("name", ["patterns.cache", "grammar.lark-cache"])
@pytest.mark.slow  # the review list through the command, in two fresh processes
def test_damaged_cache_file_gives_the_same_findings(tmp_path, name, damage):
    cache = tmp_path / "cache"
    cache.mkdir()
    env = {**os.environ, "REFSLINT_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "refslint", "--offline", "--today", "2026-11-24", str(REVIEW)]
    first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert (cache / name).stat().st_size > 1000
    (cache / name).write_bytes(damage)
    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == first.returncode == 1
    assert second.stdout == first.stdout and second.stderr == first.stderr == ""
    assert (cache / name).stat().st_size > 1000  # rebuilt


@pytest.mark.slow
def test_a_cache_folder_that_cannot_be_made_leaves_findings_unchanged(tmp_path):
    """REFSLINT_CACHE_DIR naming a file: nothing is kept, and nothing else changes."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go\n", encoding="utf-8")
    command = [sys.executable, "-m", "refslint", "--offline", "--today", "2026-11-24", str(REVIEW)]
    fine = subprocess.run(command, capture_output=True, text=True, timeout=120)
    env = {**os.environ, "REFSLINT_CACHE_DIR": str(blocked)}
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == fine.returncode == 1 and run.stdout == fine.stdout
    assert run.stderr == "" and blocked.read_text(encoding="utf-8").startswith("a file")
