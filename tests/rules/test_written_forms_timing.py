"""RL865-RL867 grow linearly with the list: RL865 counts the list's words once, whatever their
number, and its patterns look at a long run of letters once."""

from __future__ import annotations

import datetime as dt

from refslint.grammar import parse_entry
from refslint.sources.plaintext import read_entries
from tests.timing import assert_linear, assert_rules_linear

ENTRIES = (
    "MOSS, A.; LIMA, B. Analise {n} do discurso. Política, v. 3, n. 2, p. 1-20, 2020.",
    "EPICTETO. Disertaciones {n}. Campinas, Sp: Gredos, 1993 (Trad. cast. en el Collége).",
    "ROHLING, N. A análise {n} dialógica. Cadernos de Politica, v. 15, p. 44-60, 2014.",
    "Fowler, E. F., & Ridout, T. N. (2021). Political advertising {n} (2nd). Routledge.",
    "Carpinella, C., & Bauer, N. M. (2021). Framing {n}. Behavior, 9(2), 369-386.",
)
CODES = ("RL865", "RL866", "RL867")


def _refs(count: int):
    text = "References\n" + "".join(
        ENTRIES[n % len(ENTRIES)].format(n=n) + "\n" for n in range(1, count + 1)
    )
    return [parse_entry(e) for e in read_entries(text)]


def test_the_rules_grow_linearly_with_the_list():
    assert_rules_linear(CODES, _refs, today=dt.date(2026, 12, 7), finding=True)


def test_long_runs_are_looked_at_once():
    from refslint_rules.written_forms import _EDITION, _STATE, _WORD

    cases = [
        ("RL865", lambda n: "a" * n + "/", _WORD),
        ("RL866", lambda n: "(" * n + "1st", _EDITION),
        ("RL867", lambda n: "a, Sp" * n, _STATE),
    ]
    for what, make, found in cases:

        def scan(n: int, make=make, found=found):
            text = make(n)
            return lambda: list(found.finditer(text))

        assert_linear(scan(5_000), scan(10_000), bound=3, what=what)
