"""refslint on four held-out reference lists (tests/data/unseen-lists), judged before it was run.

No rule is written or tuned against these lists, so their figures say how refslint does on lists
it has never seen. The floors are the figures of the day they were added, per list: faults found
may only grow, false alarms and rejected readable entries may only shrink. They are low on
purpose: raising them is the work, lowering them is a regression. The table is
`python evaluation/real_lists.py --unseen` (printed here with `pytest -s`).
"""

from __future__ import annotations

import pytest

from refslint.registry import load_rules

# list: (faults found at least, false alarms at most, readable entries rejected at most)
FLOORS = {
    "bmc-phage-lysis": (1, 0, 0),
    "degruyter-sky-screen": (1, 0, 0),
    # after IOP's numbered Harvard was read, then its journal endings (RL816, RL817): no longer unseen
    "iop-aluminium-refining": (16, 2, 0),
    "mdpi-galaxies-manga": (4, 1, 0),
}


@pytest.fixture(scope="module")
def results(real_lists):
    found = real_lists.evaluate(folder=real_lists.UNSEEN)
    print()
    print(real_lists.table(found))
    return {r.judged.name: r for r in found}


def test_the_held_out_lists_are_judged_in_full_and_apart_from_the_others(real_lists):
    unseen = real_lists.UNSEEN
    names = real_lists.names(unseen)
    assert set(names) == set(FLOORS)
    assert not set(names) & set(real_lists.names())
    known = {rule.code for rule in load_rules()}
    sources = (unseen / "SOURCES.md").read_text(encoding="utf-8")
    seen_lines = {
        line.split(" ", 1)[1]
        for name in real_lists.names()
        for line in real_lists.load(name).text.splitlines()
        if " " in line
    }
    total = 0
    for name in names:
        judged = real_lists.load(name, unseen)
        lines = judged.text.splitlines()
        assert sorted(judged.entries) == list(range(1, len(lines) + 1)), name  # every entry
        assert all(
            code in known for faults in judged.entries.values() for f in faults for code in f.codes
        ), name
        assert name in sources
        assert not {line.split(" ", 1)[1] for line in lines} & seen_lines, name
        total += len(lines)
    assert total >= 150


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_held_out_list_does_worse_than_the_day_it_was_added(results, name):
    result = results[name]
    found, alarms, rejected = FLOORS[name]
    assert len(result.found) >= found, [f.text for _, f in result.missed]
    assert len(result.alarms) <= alarms, [(a.entry, a.code, a.message) for a in result.alarms]
    assert len(result.rejected) <= rejected, result.rejected


@pytest.mark.slow
def test_over_the_held_out_lists_the_figures_hold(results):
    every = list(results.values())
    entries = sum(r.entries for r in every)
    faults = sum(r.judged.faults for r in every)
    found = sum(len(r.found) for r in every)
    alarms = sum(len(r.alarms) for r in every)
    rejected = sum(len(r.rejected) for r in every)
    assert (entries, faults) == (176, 49)
    assert found >= 22
    assert alarms <= 3  # 1.7 per 100 entries (96.0 the day they were added)
    assert rejected == 0  # 73 the day they were added


def test_the_evaluation_prints_the_held_out_table_on_request(real_lists, capsys):
    assert real_lists.main(["--unseen"]) == 0
    out = capsys.readouterr().out
    assert "| **all 4 lists** | 176 | 49 |" in out
    assert all(f"| {name} |" in out for name in FLOORS)
    assert "plos-" not in out and "scielo-" not in out  # the tuned-on lists stay out of it


def test_a_folder_with_no_judged_lists_is_a_one_line_error(real_lists, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        real_lists.main(["--lists", str(tmp_path)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].endswith(f"no judged lists (NAME.yaml beside NAME.txt) in {tmp_path}")
