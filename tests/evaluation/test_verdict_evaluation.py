"""The existence-and-attribution evaluation, smaller and seeded: its goals hold.

Ten lists of 40 (400 entries) from the pool in `evaluation/data/`, linted against the pool served
as a Crossref-shaped registry on 127.0.0.1. The full run is `python evaluation/evaluate.py`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"


def _load():
    sys.path.insert(0, str(EVALUATION))
    try:
        spec = importlib.util.spec_from_file_location(
            "refslint_evaluation", EVALUATION / "evaluate.py"
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look themselves up there
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(EVALUATION))


@pytest.fixture(scope="module")
def result():
    return _load().evaluate(10, seed=20261206)


@pytest.mark.slow
def test_invented_references_are_flagged(result):
    assert result.count("invented") == 60
    assert result.flagged("invented") >= 0.95
    assert result.recall("invented") >= 0.95  # and as "no record", the right reason


@pytest.mark.slow
def test_misattributed_and_wrong_field_references_are_flagged_with_the_right_reason(result):
    for kind in ("other authors", "wrong year", "wrong volume"):
        assert result.count(kind) >= 30
        assert result.recall(kind) >= 0.90, kind
        assert (result.precision(kind) or 0) >= 0.90, kind


@pytest.mark.slow
def test_real_works_are_not_called_invented_or_misattributed(result):
    real = result.count("real")
    assert real == 240
    alarms = result.count("real", "no record") + result.count("real", "other authors")
    assert alarms <= real / 200
    assert result.recall("real") >= 0.95  # confirmed, typos, dropped subtitles and all


@pytest.mark.slow
def test_the_evaluation_is_reproducible(result):
    again = _load().evaluate(2, seed=20261206)
    assert again.verdicts == _load().evaluate(2, seed=20261206).verdicts
    assert sum(result.count(k) for k in result.verdicts) == 400
