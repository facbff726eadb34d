"""RL533 in any style: a paper whose proceedings are set out as a journal's, where the list's
other papers in proceedings print `In` before theirs."""

from __future__ import annotations

import pytest

# Two papers with `In` before their proceedings, in an author-date list
WITH_IN = [
    "Breiman, L. 1996. “Bagging Predictors.” In Proceedings of the 13th International"
    " Conference on Machine Learning, 148–56.",
    "Quinlan, J. R. 1996. “Bagging, Boosting, and C4.5.” In Proceedings of the Thirteenth"
    " National Conference on Artificial Intelligence, 725–30.",
    "Cover, T., and P. Hart. 1967. “Nearest Neighbor Pattern Classification.” IEEE"
    " Transactions on Information Theory 13 (1): 21–27.",
]


def _list(*entries: str) -> str:
    return "References\n\n" + "".join(f"{entry}\n\n" for entry in (*WITH_IN, *entries))


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        (  # a volume before the pages, as a journal's
            "Fayyad, U. M., and K. B. Irani. 1995. “Multi-Interval Discretization.”"
            " Proceedings of the 13th International Joint Conference on Artificial"
            " Intelligence 2: 1022–27.",
            "Proceedings of the 13th International Joint Conference on Artificial Intelligence",
        ),
        (  # a series of proceedings volumes, its volume number after it
            "Margineantu, D. D. 2003. “Improved Class Probability Estimates.” Lecture Notes in"
            " Statistics - Nonlinear Estimation and Classification 171: 173–88.",
            "Lecture Notes in Statistics - Nonlinear Estimation and Classification",
        ),
        (  # the meeting named with its year and acronym, the pages after a comma
            "Weber, D., & Schenke, M. (2023). Safe reinforcement learning-based control in power"
            " electronic systems. 2023 International Conference on Future Energy Solutions"
            " (FES), 1–6.",
            "2023 International Conference on Future Energy Solutions (FES)",
        ),
    ],
)
def test_proceedings_set_out_as_a_journal_among_papers_with_in(lint, entry, name):
    found = lint(_list(entry), select=["RL533"])
    assert [d.entry for d in found] == [4]
    assert f"(`{name}`)" in found[0].message
    assert "2 of the list's other papers in proceedings" in found[0].message


@pytest.mark.parametrize(
    "entry",
    [
        # a journal the shipped lists know, whatever its name says
        "Astrom, K. J. 1987. “Adaptive Feedback Control.” Proceedings of the IEEE 75 (2): 185–217.",
        # a serial of proceedings the shipped lists know, cited as a journal
        "Liu, Han, and Larry Wasserman. 2010. “Stability Approach to Regularization Selection.”"
        " Advances in Neural Information Processing Systems 23: 24th Annual Conference on Neural"
        " Information Processing Systems 2010, NIPS 2010, 1–14.",
        # a journal's name with no meeting's word
        "Hunt, E. 1966. “Experiments in Induction.” Machine Learning 20 (1): 178–85.",
        # `In` printed: the list's own form
        "Kohavi, R. 1996. “Scaling Up.” In Proceedings of the Second International Conference"
        " on Knowledge Discovery, 202–7.",
    ],
)
def test_journals_and_papers_with_in_pass(lint, entry):
    assert lint(_list(entry), select=["RL533"]) == []


def test_a_list_without_the_in_habit_is_left_alone(lint):
    bare = (
        "Fayyad, U. M. 1995. “Multi-Interval Discretization.” Proceedings of the 13th"
        " International Joint Conference on Artificial Intelligence 2: 1022–27.\n"
        "Friedman, J. 1997. “Lazy Trees.” Proceedings of the 13th National Conference on"
        " Artificial Intelligence 1: 717–24.\n"
        "Margineantu, D. D. 2003. “Improved Estimates.” Lecture Notes in Statistics 171:"
        " 173–88.\n"
    )
    # one paper with `In` against three without: no habit to hold the others to
    one_in = "References\n\n" + "\n".join([WITH_IN[0], *bare.splitlines()]).replace("\n", "\n\n")
    assert lint(one_in, select=["RL533"]) == []
    assert [d.entry for d in lint(_list(bare.splitlines()[0]), select=["RL533"])] == [4]


def test_in_before_a_known_serial_of_proceedings_counts_among_the_lists_papers_with_in(lint):
    text = (
        "References\n\n"
        "McKinney, W. (2010). Data structures for statistical computing in Python. In S. van der"
        " Walt & J. Millman (Eds.), Proceedings of the 9th Python in Science Conference (pp."
        " 56–61).\n\n"
        "Paszke, A., & Gross, S. (2019). PyTorch: An imperative style, high-performance deep"
        " learning library. In Advances in neural information processing systems 32 (pp."
        " 8024–8035). Curran Associates, Inc.\n\n"
        "Weber, D., & Schenke, M. (2023). Safe reinforcement learning-based control in power"
        " electronic systems. 2023 International Conference on Future Energy Solutions (FES),"
        " 1–6.\n\n"
    )
    assert [d.entry for d in lint(text, select=["RL533"])] == [3]
    # without the second paper's `In`, one paper with it against one without: no habit
    assert lint(text.replace(" In Advances", " Advances"), select=["RL533"]) == []
