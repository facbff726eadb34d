"""The title rules that read names, symbols and acronyms (RL554-RL556, RL576) grow linearly with
the list, and still find what they look for when the list is long."""

from __future__ import annotations

import datetime as dt

from refslint.grammar import parse_entry
from refslint.registry import load_rules
from refslint.rule import Context
from refslint.sources.plaintext import read_entries
from tests.timing import assert_rules_linear, rule_run

TITLES = (
    "Genomic surveillance of zika virus in the Amazon region {n}",
    "Modification of eutectic si in casting Al-Si alloys {n}",
    "TTD: therapeutic Target Database for drug discovery {n}",
    "Blockade of anti-pd-1 and PD-1 in tumours of the liver {n}",
    "A review of Kaplan-Meier estimates at www.example.org/{n} and `code_{n}`",
    "Extraction of Al from waste of the smelter {n}",
)
CODES = ("RL554", "RL555", "RL556", "RL576")


def _refs(count: int):
    text = "".join(
        f"{n}. Silva A, Costa B. {TITLES[n % len(TITLES)].format(n=n)}. J Test. 2020;{n}:1-9.\n"
        for n in range(1, count + 1)
    )
    return [parse_entry(e) for e in read_entries(text)]


def test_the_title_rules_grow_linearly_with_the_list():
    assert_rules_linear(CODES, _refs, today=dt.date(2026, 11, 26))


def test_the_long_list_still_has_its_findings():
    ctx = Context(today=dt.date(2026, 11, 26))
    refs = _refs(400)
    found = {
        r.code: [d.message for d in rule_run(r, refs, ctx)()]
        for r in load_rules()
        if r.code in CODES
    }
    assert any("`zika`" in m for m in found["RL555"])
    assert any("`si`" in m for m in found["RL556"])
    assert any("`therapeutic`" in m for m in found["RL576"])
    assert any("`anti-pd-1`" in m or "`pd-1`" in m for m in found["RL576"])
