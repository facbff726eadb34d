"""RL811 in a list of full titles whose few abbreviations follow no one system (`Sci Rep` and
`Comp. Econ. Stud.`), and a title word with an accent read whole (`Económica`, not `Econ`).
Entries written for these tests."""

from __future__ import annotations

import datetime as dt

from refslint.engine import lint_text

TODAY = dt.date(2024, 8, 1)

FULL = """\
References
CINTRA, M. China em transformação. Revista de Economia Política, v. 37, n. 2, p. 381-400, 2017.
GOMES, A. Industrial policy. Cambridge Journal of Economics, v. 47, n. 1, p. 45-66, 2023.
LI, H. The end of cheap labor. Journal of Economic Perspectives, v. 26, n. 4, p. 57-74, 2012.
MAJEROWICZ, E. Wage setting. Bulletin of Political Economy, v. 16, n. 1, p. 21-56, 2022.
SYED, A. Military expenditure. Revista Finanzas y Politica Económica, v. 13, n. 1, p. 77-97, 2021.
"""


def _messages(text: str) -> list[str]:
    return [f.message for f in lint_text(text, select=["RL811"], offline=True, today=TODAY)]


def test_abbreviations_of_two_systems_in_a_list_of_full_titles_are_flagged():
    text = FULL + (
        "CHEN, J. Carbon peak. Sci Rep, v. 12, n. 3, p. 1-9, 2022.\n"
        "ROZELLE, S. Moving beyond Lewis. Comp. Econ. Stud., v. 62, p. 555-589, 2020.\n"
    )
    found = _messages(text)
    assert len(found) == 2
    assert found[0].startswith("journal `Sci Rep` is printed as an undotted abbreviation")
    assert found[1].startswith("journal `Comp. Econ. Stud.` is printed as a dotted abbreviation")


def test_abbreviations_of_one_system_are_left_to_the_list():
    text = FULL + (
        "CHEN, J. Carbon peak. Sci Rep, v. 12, n. 3, p. 1-9, 2022.\n"
        "ROZELLE, S. Moving beyond Lewis. Comp Econ Stud, v. 62, p. 555-589, 2020.\n"
        "ZHANG, W. Urban growth. J Geogr Sci, v. 27, p. 943-966, 2017.\n"
    )
    assert _messages(text) == []


def test_a_series_whose_one_cut_looking_word_is_a_word_among_whole_ones_is_no_abbreviation():
    series = "MOODY, R. Plot analysis. Stanford Literary Lab Pamphlets, v. 5, p. 1-20, 2014.\n"
    assert _messages(FULL + series) == []
    cut = "MOODY, R. Plot analysis. Stanford Lit Lab Pamphl, v. 5, p. 1-20, 2014.\n"
    assert _messages(FULL + cut) != []
