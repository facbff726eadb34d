"""refslint on twelve published reference lists, each entry judged by hand (tests/data/real-lists).

The floors below are what refslint achieves today, per list: faults found may only grow, false
alarms and rejected readable entries may only shrink. The figures are printed (`pytest -s`); the
README table is `python evaluation/real_lists.py`.
"""

from __future__ import annotations

import pytest

from refslint.registry import load_rules
from tests.data import REAL_LISTS

# list: (faults found at least, false alarms at most, readable entries rejected at most)
FLOORS = {
    "plos-brain-morphometry": (9, 0, 0),
    "plos-ecology-insects": (16, 0, 0),
    "plos-financial-networks": (11, 0, 0),
    "plos-onion-routing": (52, 0, 0),
    "plos-tobacco-minors": (36, 0, 0),
    "plos-vulvar-cancer": (18, 0, 0),
    "scielo-bjmbr": (2, 0, 0),
    "scielo-einstein-covid": (1, 0, 0),
    "scielo-rbef-physics": (4, 0, 0),
    "scielo-ress-vaccination": (32, 0, 0),
    "scielo-rlae-child-abuse": (7, 0, 0),
    "scielo-rsp-hepatitis": (29, 0, 0),
}


@pytest.fixture(scope="module")
def results(real_lists):
    found = real_lists.evaluate()
    print()
    print(real_lists.table(found))
    return {r.judged.name: r for r in found}


def test_the_lists_are_many_real_and_judged_in_full(real_lists):
    names = real_lists.names()
    assert len(names) >= 6
    assert set(names) == set(FLOORS)
    known = {rule.code for rule in load_rules()}
    total = 0
    for name in names:
        judged = real_lists.load(name)
        lines = judged.text.splitlines()
        assert sorted(judged.entries) == list(range(1, len(lines) + 1)), name  # every entry
        assert all(
            code in known for faults in judged.entries.values() for f in faults for code in f.codes
        ), name
        assert name in (REAL_LISTS / "SOURCES.md").read_text(encoding="utf-8")
        total += len(lines)
    assert total >= 400


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_list_does_worse_than_today(results, name):
    result = results[name]
    found, alarms, rejected = FLOORS[name]
    assert len(result.found) >= found, [f.text for _, f in result.missed]
    assert len(result.alarms) <= alarms, [(a.entry, a.code, a.message) for a in result.alarms]
    assert len(result.rejected) <= rejected, result.rejected


@pytest.mark.slow
def test_over_all_lists_the_figures_hold(results):
    every = list(results.values())
    entries = sum(r.entries for r in every)
    faults = sum(r.judged.faults for r in every)
    found = sum(len(r.found) for r in every)
    alarms = sum(len(r.alarms) for r in every)
    assert entries == 446
    assert found / faults >= 0.93
    assert 100 * alarms / entries <= 0.0


# --- the scoring itself, on a list written here ---------------------------------------------------

LIST = """\
1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
2. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020:55510-9.
3. Gao YC, Yao N. Reductive stability. J Am Chem Soc. 2023;145:23764-70.
4. Lombardo T, Duquesnoy M. Battery research. Chem Rev. 2022;122.
"""


def test_a_judged_fault_reported_on_its_entry_is_found_and_a_finding_on_an_ok_entry_is_an_alarm(
    real_lists,
):
    import datetime as dt

    judged = real_lists.Judged(
        "written",
        LIST,
        dt.date(2024, 1, 1),
        {
            1: (),
            2: (real_lists.Fault.read("RL501 no volume"),),
            3: (real_lists.Fault.read("misspelt title"),),
            4: (),  # judged ok on purpose: RL501 here is an alarm
        },
    )
    findings, read = real_lists.lint(judged)
    assert read == {1, 2, 3, 4}
    result = real_lists.score(judged, findings, read)
    assert [(n, f.text) for n, f in result.found] == [(2, "no volume")]
    assert [(n, f.text) for n, f in result.missed] == [(3, "misspelt title")]
    assert [(a.entry, a.code) for a in result.alarms] == [(4, "RL501")]
    assert result.recall == 0.5 and result.reach == 1.0
    assert result.alarms_per_100 == 25.0
    assert result.rejected == []


def test_an_entry_the_grammar_cannot_read_is_rejected_unless_judged_unreadable(real_lists):
    import datetime as dt

    text = "1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.\n"
    fault = real_lists.Fault.read("RL001|RL203 damaged")
    assert fault.codes == {"RL001", "RL203"} and fault.text == "damaged"
    finding = real_lists.Finding(1, "RL001", "error", "cannot read")
    readable = real_lists.Judged("w", text, dt.date(2024, 1, 1), {1: ()})
    assert real_lists.score(readable, [finding], {1}).rejected == [1]
    damaged = real_lists.Judged("w", text, dt.date(2024, 1, 1), {1: (fault,)})
    assert real_lists.score(damaged, [finding], {1}).rejected == []
    assert real_lists.score(readable, [], set()).rejected == [1]  # never found by the reader
    hint = real_lists.Finding(1, "RL411", "info", "a correction exists")
    assert real_lists.score(readable, [hint], {1}).alarms == []  # info is a hint, not an alarm


def test_the_table_of_a_clean_list_reads_all_found_and_no_alarm(real_lists):
    import datetime as dt

    text = "1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.\n"
    clean = real_lists.Judged("clean", text, dt.date(2024, 1, 1), {1: ()})
    findings, read = real_lists.lint(clean)
    table = real_lists.table([real_lists.score(clean, findings, read)])
    assert table.splitlines()[-1] == "| **all 1 lists** | 1 | 0 | 0 | 1.00 | 1.00 | 0.0 | 0 |"
