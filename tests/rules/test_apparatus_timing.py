"""The apparatus rules (RL596-RL598, RL820, and RL807's and RL546's new halves) grow linearly with
the list, and their patterns look at a long run of letters or spaces once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from refslint.grammar import parse_entry
from refslint.sources.plaintext import read_entries
from tests.timing import assert_linear, assert_rules_linear

ENTRIES = (
    "Ministério da Saúde (BR). Caderneta {n}[Internet]. Brasília: Ministério da Saúde; 2018[citado "
    "2021 Jan 22]. Disponível em: Disponível em: https://bvsms.saude.gov.br/{n}.pdf",
    "Sousa R. Visits {n}. Rev SBPH. [Internet]. 2017 [cited 2021 jun 15];20(1): e{n}. "
    "Available from: http://pepsic.bvsalud.org/{n}",
    "Winnicott DW. Book {n}. São Paulo; Martins Fontes; 1994.",
    "Malta DC. Survey {n}. PLoS One. 2014;9(9):e108044 . http://dx.doi.org/10.1371/{n}",
)


def _refs(count: int):
    text = "".join(f"{n}. {ENTRIES[n % len(ENTRIES)].format(n=n)}\n" for n in range(1, count + 1))
    return [parse_entry(e) for e in read_entries(text)]


def test_the_apparatus_rules_grow_linearly_with_the_list():
    assert_rules_linear(
        ("RL546", "RL596", "RL597", "RL598", "RL807", "RL820"), _refs, today=dt.date(2026, 11, 26)
    )


def test_long_runs_are_looked_at_once():
    from refslint_rules.apparatus import _RUN_INTO, _SPACED_TAIL_PERIOD, _TWICE
    from refslint_rules.apparatus_habits import _IMPRINT
    from refslint_rules.month_case import _DATED_MONTH

    def scan(pattern, unit: str, n: int) -> Callable[[], object]:
        text = "1. " + unit * n + " x"
        return lambda: list(pattern.finditer(text))

    for name, pattern, unit in (
        ("RL596 note", _RUN_INTO, "a"),
        ("RL596 tail", _SPACED_TAIL_PERIOD, " "),
        ("RL597", _TWICE, "a"),
        ("RL597 words", _TWICE, "ab "),
        ("RL820", _IMPRINT, "Ab "),
        ("RL546", _DATED_MONTH, "2020 "),
    ):
        assert_linear(scan(pattern, unit, 5_000), scan(pattern, unit, 10_000), bound=3, what=name)
