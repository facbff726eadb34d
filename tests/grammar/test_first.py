"""`first_characters`: what a terminal's match can begin with, read from its pattern; sure where it
answers (every match of every terminal on real lists begins with a character it names), None where
it cannot read the pattern, and the scanner skips by it only terminals that could not match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from refslint.grammar import parse_entry, parser
from refslint.grammar.first import first_characters
from refslint.sources.plaintext import read_entries

DATA = Path(__file__).parents[1] / "data"
LISTS = [
    DATA / "corpus" / "review-124.txt",
    *sorted(DATA.glob("real-lists/*.txt"))[:3],
    *sorted(DATA.glob("unseen-lists-17/*.txt"))[:2],
]


def _begins(regexp: str, flags: int = 0) -> str:
    """The characters of a sample alphabet that `first_characters` lets a match begin with."""
    found = first_characters(regexp, flags)
    assert found is not None, regexp
    return "".join(c for c in "aAbeIp1.,;( -[é\n" if found.match(c))


@pytest.mark.parametrize(
    ("regexp", "begins"),
    [
        (r"[A-Z][a-z]+", "AI"),
        (r"\d{1,2}\s*", "1"),
        (r"(?:pp?\.\s*)?\d+", "p1"),  # an optional part: what follows it may begin too
        (r"(?<=[.?!]\s)In(?=\s)", "I"),  # assertions consume nothing
        (r"(?:(?<!\bal\.)|(?!\d{4}))(?:1\d|2[01])\d\d", "1"),
        (r"(?i:arXiv)\s*:", "aA"),
        (r"(?P<mark>[,.?!])?[”\"]", ".,"),
        (r"\b[^\W\d_]+", "aAbeIpé"),
        (r"(?:and|&)?\s+x", "a \n"),
        (r"a*b+c", "ab"),
        (r"\.|\(|\-|\[", ".(-["),
        (r"[]a]|b", "ab"),
        (r".x", "aAbeIp1.,;( -[é"),  # any character but a line break
    ],
)
def test_what_a_match_can_begin_with(regexp, begins):
    assert _begins(regexp) == begins


def test_ignorecase_given_as_a_flag_counts():
    assert _begins(r"available", re.IGNORECASE) == "aA"


@pytest.mark.parametrize(
    "regexp",
    [
        r"(?:x)?\1",  # a back-reference where a match may begin
        r"\u2010x",  # escapes it does not read
        r"(?x: a )",  # a verbose group
        r"(?=a)*b",  # a quantified assertion
        r"a?",  # a match of nothing
        r"(?:)",
        r"\b",
        r"{a}",
    ],
)
def test_what_it_cannot_read_is_none(regexp):
    assert first_characters(regexp) is None


def test_no_match_of_the_grammar_terminals_begins_where_it_says_none_can():
    terminals = {}
    lexer = parser().parser.lexer
    for state in [*lexer.lexers.values(), lexer.root_lexer]:
        for terminal in state.terminals:
            regexp = terminal.pattern.to_regexp()
            terminals[terminal.name] = (re.compile(regexp), first_characters(regexp))
    assert sum(first is not None for _, first in terminals.values()) >= 0.9 * len(terminals)
    matches = 0
    for path in LISTS:
        text = path.read_text(encoding="utf-8")
        for name, (pattern, first) in terminals.items():
            if first is None:
                continue
            for pos in range(len(text)):
                if pattern.match(text, pos):
                    matches += 1
                    assert first.match(text[pos]), (name, text[pos : pos + 40])
    assert matches > 10_000


def test_a_scanner_tries_only_the_terminals_a_token_can_begin_with():
    for entry in read_entries(LISTS[0].read_text(encoding="utf-8"))[:20]:
        parse_entry(entry)
    scanners = [
        state._scanner
        for state in parser().parser.lexer.lexers.values()
        if getattr(state, "_scanner", None) is not None
    ]
    assert scanners
    tried = sum(len(scanner._worth_trying("7")) for scanner in scanners)
    every = sum(len(scanner._matchers) for scanner in scanners)
    assert tried < every / 2  # a digit begins no name, no word, no mark
