"""RL557-RL559, RL567, RL593's lone spaced hyphen, RL501's bare proceedings and RL521's ACS
books grow linearly with the list, and their patterns look at a long run of letters, digits or
spaces once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from refslint.grammar import parse_entry
from refslint.sources.plaintext import read_entries
from tests.timing import assert_linear, assert_rules_linear

ENTRIES = (
    "Biggerstaff BJ. PooledInfRate, Version4.0: tool {n}. Fort Collins (CO): CDC; 2009.",
    "Ahola T, Kaariainen L. Protein nsPl and nsP3 of virus {n}. Proc Natl Acad Sci USA. "
    "1995;92:507–511.",
    "Straub G, Slattery W. (Los Alamos report {n}, 1990 (unpublished).",
    "Mull R. GitHub; 2022. https://github.com/mull/ale{n}",
    "Hospodarova V. Fibers {n}. Am J Anal Chem. 2018;09:303–310.",
    "Karadagli I, Milow B. Aerogels {n}. Proc. Cell. Mater. Cellmat 2012.",
    "Thomas, S.; Pothan, L. A. Biobased aerogels {n}; Royal Society of Chemistry, 2018.",
    "Aegerter, M. A.; Leventis, N. Aerogels Handbook {n}; Springer: New York, 2011.",
    "Pacific Climate Change Science Program. Climate change {n} and new research - Country "
    "report. Melbourne: CSIRO; 2011.",
)
CODES = ("RL501", "RL521", "RL557", "RL558", "RL559", "RL567", "RL593")


def _refs(count: int):
    text = "".join(f"{n}. {ENTRIES[n % len(ENTRIES)].format(n=n)}\n" for n in range(1, count + 1))
    return [parse_entry(e) for e in read_entries(text)]


def test_the_rules_grow_linearly_with_the_list():
    assert_rules_linear(CODES, _refs, today=dt.date(2026, 12, 6))


def test_long_runs_are_looked_at_once():
    from refslint_rules.entry_marks import _ANNOUNCED, _LETTER_ONE, _NUMBERED, _unclosed
    from refslint_rules.format import _PROCEEDINGS_ALONE
    from refslint_rules.missing import _SEMICOLON_HOUSE

    def scan(pattern, unit: str, n: int) -> Callable[[], object]:
        text = "1. " + unit * n + " x"
        return lambda: list(pattern.finditer(text))

    for name, pattern, unit in (
        ("RL557 word", _ANNOUNCED, "Version"),
        ("RL557 stem", _NUMBERED, "aB"),
        ("RL557 letter", _LETTER_ONE, "aB"),
    ):
        assert_linear(scan(pattern, unit, 5_000), scan(pattern, unit, 10_000), bound=3, what=name)

    def proceedings(n: int) -> Callable[[], object]:
        text = ". Proc. " + "Ab " * n + " ,. " * n + "1"
        return lambda: _PROCEEDINGS_ALONE.fullmatch(text, 0, len(text) - 1)

    assert_linear(proceedings(2_000), proceedings(4_000), bound=3, what="RL501 proceedings")

    def house(n: int) -> Callable[[], object]:
        text = "; " + "Ab " * n + ", x"
        return lambda: _SEMICOLON_HOUSE.search(text)

    assert_linear(house(2_000), house(4_000), bound=3, what="RL521 ACS book")

    def brackets(n: int) -> Callable[[], object]:
        (entry,) = read_entries("1. Lee A. " + "(" * n + "x" + ")" * (n - 1) + ".\n")
        ref = parse_entry(entry)
        return lambda: _unclosed(ref)

    assert_linear(brackets(2_000), brackets(4_000), bound=3, what="RL558")
