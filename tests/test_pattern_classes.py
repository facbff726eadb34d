"""`patterns.either` matches what one class of the same characters matches, and compiles faster."""

from __future__ import annotations

import re
import time

import pytest

from refslint import patterns
from refslint.grammar import fragments

# (characters up to U+00FF, characters after it), as the grammar's fragments split them
SPLITS = [
    (r"\-\u00ad", r"\u2010-\u2015\u2212"),
    ("'`´", "’"),
    (r"\-\u00ad", r"\u2010\u2011"),
    (r"A-Z\u00c0-\u00de", r"\u0100-\u017f"),
    (r"\w&'\-", "’"),
    ("(\"'", "“‘"),
    (r"\s.?!\[\]\"»'", "”’"),
]
EVERY_CHARACTER = "".join(map(chr, range(0x10000))) + "\U0001d400\U00010000\U0010ffff"


@pytest.mark.parametrize(("latin1", "beyond"), SPLITS)
def test_either_matches_what_the_one_class_matches(latin1: str, beyond: str) -> None:
    one = re.compile(f"[{latin1}{beyond}]")
    split = re.compile(patterns.either(latin1, beyond))
    assert [m.start() for m in split.finditer(EVERY_CHARACTER)] == [
        m.start() for m in one.finditer(EVERY_CHARACTER)
    ]
    assert one.search(EVERY_CHARACTER[0x100:]), "each split has characters after U+00FF"


@pytest.mark.parametrize(("latin1", "beyond"), SPLITS)
def test_either_repeated_and_optional(latin1: str, beyond: str) -> None:
    """Under a quantifier and in a lookahead the two forms find the same spans."""
    text = "a-\u00ad\u2010b ’x `y \u2212\u2212z ÀĀ “q ‘r ”. ’, ..."
    for shape in ("{}+", "{}{{1,3}}\\w", "(?={})..", "\\w(?!{}|\\Z)"):
        one = re.compile(shape.format(f"[{latin1}{beyond}]"))
        split = re.compile(shape.format(patterns.either(latin1, beyond)))
        assert [m.span() for m in split.finditer(text)] == [m.span() for m in one.finditer(text)]


def _compile_time(source: str, runs: int = 40) -> float:
    """Seconds to compile `runs` patterns that differ only in a trailing literal (so that `re`'s
    own cache never answers), best of five."""
    best = float("inf")
    for attempt in range(5):
        start = time.perf_counter()
        for i in range(runs):
            re.compile(f"{source}#{attempt}.{i}")
        best = min(best, time.perf_counter() - start)
    re.purge()
    return best


def test_either_compiles_faster_than_one_mixed_class() -> None:
    one = _compile_time("['’`´][-\u00ad\u2010\u2011]")
    split = _compile_time(
        patterns.either("'`´", "’") + patterns.either(r"\-\u00ad", "\u2010\u2011")
    )
    assert one / split > 2, (one, split)  # about 3.3x, with `re`'s fixed cost of a pattern in both


def test_the_name_fragment_reads_the_same_words() -> None:
    """The word fragment's one optional mark (apostrophe or hyphens) before each letter finds what
    its three alternatives found."""
    letter = rf"[^\W\d_]{fragments.COMBINING}"
    before = rf"{letter}(?:{letter}|['’`´]{letter}|[-\u00ad\u2010\u2011]{{1,3}}{letter})*"
    words = (
        "O’Brien D'Angelo Aleshko-\u00ad\u2010Ozhevskii Mu\u0308ller Smith--Jones ab---cd "
        "a----b x’ ’y Ng l’Hôpital Ka`ne Jo´se İnal Łukasz Şahin -lead trail- 12ab"
    )
    found_before = [m.span() for m in re.finditer(before, words)]
    assert [m.span() for m in re.finditer(fragments._WORD, words)] == found_before
    assert len(found_before) > 15
