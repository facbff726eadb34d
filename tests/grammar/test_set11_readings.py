"""Readings the eleventh held-out set asked for: a mathematics journal's year in parentheses after
the volume (`Journal, 55 (1991), 115–119.`)."""

from __future__ import annotations

from refslint.model import Kind
from tests.grammar.reading import parse


def test_a_year_in_parentheses_after_the_volume_is_the_date():
    ref = parse(
        "R.S. Burkard, S. Karisch & F. Rendl. A quadratic assignment problem library. "
        "European Journal of Operational Research, 55 (1991), 115–119."
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == (
        "European Journal of Operational Research"
    )
    assert (ref.date and ref.date.year, ref.volume and ref.volume.text, ref.issue) == (
        1991,
        "55",
        None,
    )
    assert ref.pages is not None and ref.pages.text == "115–119"


def test_the_issue_and_then_the_year_in_parentheses():
    ref = parse(
        "D.C. Fong & M.A. Saunders. CG versus MINRES: an empirical comparison. "
        "SQU Journal for Science, 17(1) (2012), 44–62."
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.date is not None and ref.date.year == 2012
    assert ref.issue is not None and ref.issue.text == "1"
    assert ref.pages is not None and ref.pages.text == "44–62"


def test_apas_issue_stays_an_issue_where_the_year_stands_after_the_names():
    ref = parse("Smith, J. A. (2003). A title. Journal of Things, 12(4), 45–67.")
    assert ref.date is not None and ref.date.year == 2003
    assert ref.issue is not None and ref.issue.text == "4"
