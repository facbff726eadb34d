"""Field accuracy on 279 hand-labelled real citations (AnyStyle's data, Vancouver family)."""

import pytest

from tests.grammar.accuracy import FIELDS, evaluate


@pytest.fixture(scope="module")
def report():
    return evaluate()


def test_at_least_95_percent_read_without_a_parse_diagnostic(report):
    assert report.total == 279
    assert report.share_read() >= 0.95, f"{report.read}/{report.total} read"


@pytest.mark.parametrize("name", FIELDS)
def test_field_agreement_at_least_95_percent(report, name):
    assert report.labelled[name] >= 130, "too few labels left to measure"
    misses = [m[:4] for m in report.misses if m[1] == name]
    assert report.agreement(name) >= 0.95, misses
