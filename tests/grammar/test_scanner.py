"""The one-terminal-at-a-time scanner (`refslint.grammar.scanner`) reads every entry as Lark's own
scanner does: the same tokens of the same types at the same places, and the same faults."""

from pathlib import Path

import pytest
from lark import Lark, Token, UnexpectedInput

from refslint.grammar import grammar_text
from refslint.grammar.scanner import OneByOneContextualLexer
from refslint.sources.plaintext import read_entries

DATA = Path(__file__).parents[1] / "data"
LISTS = sorted(
    [
        *DATA.glob("real-lists/*.txt"),
        *DATA.glob("unseen-lists/*.txt"),
        *DATA.glob("unseen-lists-2/*.txt"),
        *DATA.glob("unseen-lists-3/*.txt"),
        *DATA.glob("unseen-lists-4/*.txt"),
        *DATA.glob("unseen-lists-5/*.txt"),
        *DATA.glob("unseen-lists-6/*.txt"),
        *DATA.glob("unseen-lists-7/*.txt"),
        *DATA.glob("unseen-lists-8/*.txt"),
        *DATA.glob("unseen-lists-9/*.txt"),
        *DATA.glob("unseen-lists-10/*.txt"),
        *DATA.glob("unseen-lists-11/*.txt"),
        *DATA.glob("unseen-lists-12/*.txt"),
        *DATA.glob("unseen-lists-13/*.txt"),
        *DATA.glob("unseen-lists-14/*.txt"),
        *DATA.glob("unseen-lists-15/*.txt"),
        *DATA.glob("unseen-lists-16/*.txt"),
        *DATA.glob("unseen-lists-17/*.txt"),
        *DATA.glob("unseen-lists-18/*.txt"),
        *DATA.glob("unseen-lists-19/*.txt"),
        *DATA.glob("unseen-lists-20/*.txt"),
        *DATA.glob("unseen-lists-21/*.txt"),
        *DATA.glob("unseen-lists-22/*.txt"),
        *DATA.glob("unseen-lists-23/*.txt"),
        DATA / "corpus" / "review-124.txt",
    ]
)
OPTIONS = {"parser": "lalr", "lexer": "contextual", "start": ["start", "body"]}


@pytest.fixture(scope="module")
def parsers() -> tuple[Lark, Lark]:
    text = grammar_text()
    stock = Lark(text, **OPTIONS)
    ours = Lark(text, **OPTIONS, _plugins={"ContextualLexer": OneByOneContextualLexer})
    return stock, ours


def _reading(parser: Lark, text: str) -> object:
    try:
        tree = parser.parse(text, start="start")
    except UnexpectedInput as error:
        # the terminals Lark expected, as a sorted list: its message prints them from a set,
        # whose order may differ between two parsers built alike
        expected = getattr(error, "allowed", None) or getattr(error, "expected", None) or ()
        first_line = str(error).split("\n", 1)[0]
        return type(error).__name__, error.pos_in_stream, first_line, sorted(expected)
    tokens = [
        (t.type, str(t), t.start_pos) for t in tree.scan_values(lambda v: isinstance(v, Token))
    ]
    return tree.pretty(), tokens


def test_every_entry_reads_as_with_lark_own_scanner(parsers):
    stock, ours = parsers
    assert type(ours.parser.lexer) is OneByOneContextualLexer
    entries = [e for path in LISTS for e in read_entries(path.read_text(encoding="utf-8"))]
    assert len(entries) > 500
    for entry in entries:
        body = " " * entry.label_end + entry.text[entry.label_end :]
        assert _reading(ours, body) == _reading(stock, body), entry.text


def test_text_no_terminal_matches_is_the_same_fault(parsers):
    stock, ours = parsers
    for text in ["Smith J. \x00\x01", "§§§", "1. Smith J, Doe A. Title. J Med. 2020;1:1-2. ¤"]:
        assert _reading(ours, text) == _reading(stock, text)
