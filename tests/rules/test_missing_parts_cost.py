"""RL501's new forms, RL568, RL569 and RL599 grow linearly: twice the entries (or an entry twice
as long) cost about twice the time, measured as ratios of CPU time, never in seconds."""

from __future__ import annotations

import datetime as dt

from refslint.grammar import parse_entry
from refslint.registry import load_rules
from refslint.rule import Context
from refslint.sources.plaintext import read_entries
from tests.timing import assert_linear

ENTRIES = (
    "Mannar MG. Food fortification. Geneva: World Health Organization; 2006.",
    "Maia EB. O brinquedo. In: Collet N, Toso BRGO, organizador. Manual. Goiânia: AB; 2020. "
    "p. 49-61.",
    "R. Smith, P. Jones, The parallel ocean program (Technical Report, 2010).",
    "P. Goodwin, T. M. Lenton, Ocean heating. Geophys. Res. Lett. 36 (2009).",
    "C.D. Meyer. Matrix analysis. SIAM Publications, SIAM, (2000).",
    "Caribbean Community Secretariat. Wheat flour. Georgetown: Caribbean Community Secretariat "
    "1995.",
)


def _list(n: int) -> list:
    text = "".join(f"{i}. {ENTRIES[i % len(ENTRIES)]}\n" for i in range(1, n + 1))
    return [parse_entry(e) for e in read_entries(text)]


def test_the_rules_grow_linearly_with_the_list():
    ctx = Context(today=dt.date(2026, 12, 1))
    small, large = _list(300), _list(600)
    for rule in [r for r in load_rules() if r.code in ("RL501", "RL568", "RL569", "RL599")]:

        def run(refs: list, rule=rule) -> object:
            if rule.kind.name == "LIST":
                return list(rule.check(refs, ctx))
            return [list(rule.check(r, ctx)) for r in refs]

        assert_linear(
            lambda run=run: run(small), lambda run=run: run(large), bound=3, what=rule.code
        )


def test_a_long_entry_is_scanned_once():
    ctx = Context(today=dt.date(2026, 12, 1))

    def entry(n: int) -> list:
        text = "1. A. Lee. Title. " + "SIAM Press, " * n + "Publications, (2000).\n"
        return [parse_entry(e) for e in read_entries(text)]

    small, large = entry(2_000), entry(4_000)
    for rule in [r for r in load_rules() if r.code in ("RL501", "RL568")]:
        assert_linear(
            lambda rule=rule: [list(rule.check(r, ctx)) for r in small],
            lambda rule=rule: [list(rule.check(r, ctx)) for r in large],
            bound=3,
            what=rule.code,
        )
