"""The existence-and-attribution evaluation, smaller and seeded: its goals hold.

Ten lists of 40 (400 entries) from the pool in `evaluation/data/`, linted against the pool served
as Crossref, OpenAlex and PubMed on 127.0.0.1, each holding a seeded share of it. The full run is
`python evaluation/evaluate.py`.
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
def evaluation():
    return _load()


@pytest.fixture(scope="module")
def result(evaluation):
    return evaluation.evaluate(10, seed=20261206)


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
def test_every_real_work_is_verified_when_every_registry_answers(result):
    assert result.count("real", "not verified") == 0
    # Crossref does not hold them all: some are confirmed by OpenAlex's record alone
    assert result.confirmed_by["OpenAlex"] > 0
    assert result.requests["OpenAlex"] > 0 and result.requests["PubMed"] > 0


@pytest.mark.slow
def test_the_lookups_keep_to_the_registries_limits_and_near_their_pace(result):
    assert result.allowed_seconds > 0
    # never faster than the limits allow; the goal is 1.2x (1.09x over 60 lists, 1.13x over
    # these 10), with room here for a busy machine
    assert 1.0 <= result.over_limits <= 1.5


@pytest.mark.slow
def test_an_entry_that_could_not_be_verified_is_never_read_as_confirmed(evaluation):
    down = evaluation.evaluate(2, seed=20261206, down=("PubMed",))
    # invented works reach PubMed, which is down: unverified, never "confirmed" nor "no record"
    assert down.count("invented", "not verified") == down.count("invented") == 12
    assert down.count("invented", "confirmed") == 0
    assert down.requests["PubMed"] == 0
    assert evaluation.verdict([], "failed") == "not verified"
    assert evaluation.verdict([], "found") == "confirmed"


@pytest.mark.slow
def test_the_evaluation_is_reproducible(result, evaluation):
    first, second = (evaluation.evaluate(2, seed=20261206) for _ in range(2))
    assert first.verdicts == second.verdicts
    assert first.requests == second.requests
    assert sum(result.count(k) for k in result.verdicts) == 400
