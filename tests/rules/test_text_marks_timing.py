"""RL846-RL851 grow linearly with the list, and their patterns look at a long run of marks or
letters once."""

from __future__ import annotations

import datetime as dt

from refslint.grammar import parse_entry
from refslint.sources.plaintext import read_entries
from tests.timing import assert_linear, assert_rules_linear

ENTRIES = (
    "MOSS, A.; LIMA, B. Ads {n} [Publisher: SAGE]. Política, v. 3, n. 2, p. 1-20, 2020.",
    "EPICTETO. Disertaciones {n}. Madrid: Gredos , 1993.",
    "BRASIL. Lei nº. {n}. Brasília: Senado,1988. Acesso em: 10 maio. 2022.",
    "DESTRI, A./ MARCHEZAN, R. Análise {n}?: revisão. Revista, n. 2, v. 20, p. 1-25, 2021.",
    "NBS. Report {n}. Available at: https://www.gov.cn/gzdt/2013/content 2411923.htm.",
    "Carpinella, C., & Bauer, N. M. (2021). Framing {n}. Behavior, 9(2), 369-386.",
)
CODES = ("RL846", "RL847", "RL848", "RL849", "RL850", "RL851")


def _refs(count: int):
    text = "References\n" + "".join(
        ENTRIES[n % len(ENTRIES)].format(n=n) + "\n" for n in range(1, count + 1)
    )
    return [parse_entry(e) for e in read_entries(text)]


def test_the_rules_grow_linearly_with_the_list():
    assert_rules_linear(CODES, _refs, today=dt.date(2026, 12, 7))


def test_long_runs_are_looked_at_once():
    from refslint_rules.list_joins import _JOIN
    from refslint_rules.text_marks import _SPACED, _STRAY, _TIGHT

    cases = [
        ("RL847 spaces", lambda n: "a" + " " * n + "b", _SPACED),
        ("RL847 commas", lambda n: "ab," * n, _TIGHT),
        ("RL848", lambda n: "ab." * n, _STRAY),
        ("RL850", lambda n: "A. " * n + "x", _JOIN),
    ]
    for what, make, found in cases:

        def scan(n: int, make=make, found=found):
            text = make(n)
            return lambda: list(found.finditer(text))

        assert_linear(scan(5_000), scan(10_000), bound=3, what=what)
