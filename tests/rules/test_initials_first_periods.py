"""RL805 on initials-first names: `K Georg`, its initial's period lost, in a list whose other
initials-first names (`E.L. Allgower`, `K. Georg`) write theirs."""

from __future__ import annotations

_DOTTED = (
    "1. E.L. Allgower and K. Georg. Continuation and path following. Acta Numer. 1993;2:1-64.\n"
    "2. T. Gao, T.Y. Li, and M. Wu. Algorithm 846. ACM Trans Math Softw. 2005;31:555-60.\n"
    "3. A. Leykin and J. Verschelde. Numerical algebraic geometry. J Softw. 2011;3:5-10.\n"
)


def test_an_initial_without_its_period_among_dotted_ones_is_flagged(lint):
    text = _DOTTED + "4. E.L. Allgower and K Georg. Numerical path following. Elsevier; 1997.\n"
    found = lint(text, select=["RL805"])
    assert [(d.entry, d.message) for d in found] == [
        (
            4,
            "the initial `K` of `K Georg` has no period; "
            "8 of the list's 9 initials-first names write one",
        )
    ]
    assert str(found[0].fix_applicability) == "safe"


def test_dotted_initials_first_and_a_list_without_periods_are_left_alone(lint):
    text = _DOTTED + "4. E.L. Allgower and K. Georg. Numerical path following. Elsevier; 1997.\n"
    assert lint(text, select=["RL805"]) == []
    # too few dotted names to set the list's habit
    short = "1. E.L. Allgower and K Georg. Numerical path following. Elsevier; 1997.\n"
    assert lint(short, select=["RL805"]) == []
