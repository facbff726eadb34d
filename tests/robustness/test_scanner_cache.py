"""The lexer's compiled patterns kept in `scanners.cache`: same results, used by the next process,
and a damaged or foreign file is rebuilt rather than trusted."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lark import Lark

from refslint.grammar import grammar_text, scanners
from refslint.sources.plaintext import read_entries

REVIEW = Path(__file__).parents[3] / "shared" / "corpus" / "review-124.txt"
OPTIONS = {
    "parser": "lalr",
    "lexer": "contextual",
    "start": ["start", "body"],
    "maybe_placeholders": False,
}

pytestmark = pytest.mark.skipif(not scanners._AVAILABLE, reason="CPython's regex engine only")


def fresh_parser() -> Lark:
    return Lark(grammar_text(), **OPTIONS)


def tokens(lark: Lark, text: str) -> list[tuple[str, str]]:
    """Every token the contextual lexer produces for each entry, as the parser drives it."""
    found: list[tuple[str, str]] = []
    for entry in read_entries(text):
        body = " " * entry.label_end + entry.text[entry.label_end :]
        interactive = lark.parse_interactive(body, start="start")
        for token in interactive.iter_parse():
            found.append((token.type, str(token)))
    return found


def test_cached_programs_lex_exactly_as_compiled_patterns(tmp_path):
    text = REVIEW.read_text(encoding="utf-8")
    expected = tokens(fresh_parser(), text)

    writer = fresh_parser()
    scanners.install(writer, str(tmp_path / "scanners.cache"), "key")
    assert (tmp_path / "scanners.cache").exists()
    assert (
        next(iter(writer.parser.lexer.lexers.values())).re.added > 0
    )  # the first parser compiled and kept them

    reader = fresh_parser()
    scanners.install(reader, str(tmp_path / "scanners.cache"), "key")
    cached = next(iter(reader.parser.lexer.lexers.values())).re
    assert cached.programs and cached.added == 0
    assert tokens(reader, text) == expected
    assert cached.added == 0  # every state's pattern came from the file


def test_a_file_from_another_grammar_or_interpreter_is_rebuilt(tmp_path):
    path = tmp_path / "scanners.cache"
    scanners.install(fresh_parser(), str(path), "old grammar")
    reader = fresh_parser()
    scanners.install(reader, str(path), "new grammar")
    assert next(iter(reader.parser.lexer.lexers.values())).re.added > 0
    with open(path, "rb") as handle:
        header, programs = marshal.load(handle)
    assert header[2] == "new grammar" and programs


@pytest.mark.parametrize(
    "damage",
    [b"", b"not marshal data", marshal.dumps(((scanners.FORMAT, "other python", "k"), {}))],
)
@pytest.mark.parametrize("name", ["scanners.cache", "grammar.lark-cache"])
def test_damaged_grammar_cache_gives_the_same_findings(tmp_path, name, damage):
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


def test_programs_for_a_bad_pattern_fall_back_to_re(tmp_path):
    cached = scanners.CachedRe({})
    with pytest.raises(cached.error):
        cached.compile("(unclosed")
    good = cached.compile(r"(?P<YEAR>\d{4})|(?P<WORD>[a-z]+)")
    assert good.match("2020").lastgroup == "YEAR" and cached.added == 1
