"""RL571: a two-part given name printed as an initial and a lower-case word (`Zhou, W. hua`), in
lists written here; silent on the lower-case words that rightly follow initials, and in styles
that print no such names."""

from __future__ import annotations

import pytest


def _found(lint, text: str) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL571"])]


def test_split_given_names_in_an_author_date_list(lint):
    text = (
        "1. Xu, J., Zhou, W. hua, Liu, A. wen and Wu, J. bing (2013) A target. PLoS One, 8, 1–11.\n"
        "2. Chen, L. and Wang, Y. fei (2019) Cell cycle control. Cell, 12, 100–109.\n"
        "3. Zhou, W.H. and Liu, A.W. (2014) A study. Cell, 13, 1–9.\n"
    )
    assert _found(lint, text) == [
        (
            1,
            "part of a given name left as a lower-case word after the initial (`Zhou, W. hua`, "
            "`Liu, A. wen`, `Wu, J. bing`); expected its initial (`Zhou, W.H.`)",
        ),
        (
            2,
            "part of a given name left as a lower-case word after the initial (`Wang, Y. fei`); "
            "expected its initial (`Wang, Y.F.`)",
        ),
    ]


def test_more_than_three_are_counted_not_named(lint):
    names = ", ".join(f"Li{c}, W. hua" for c in "abcde")
    (message,) = [
        m for _, m in _found(lint, f"1. {names} and Xu, J. (2013) A title. Cell, 8, 1–2.\n")
    ]
    assert "`Lia, W. hua`, `Lib, W. hua`, `Lic, W. hua` and 2 more" in message


@pytest.mark.parametrize(
    "entry",
    [  # particles and editor words after the initials are right
        "Gogh, V. van and Beethoven, L. van (1990) Letters. Art J., 3, 1–9.",
        "Hoff, J. H. van 't, Doe, J. de, and Roe, R. von (2001) A title. Chem. Rev., 1, 2–9.",
        "Doe, J. ed, Roe, R. eds, (2001) A book. Springer, Berlin.",
        "Smith, J. et al. (2001) A title. Nature, 1, 2–9.",
        # a name after the date (an editor in a chapter) is not read
        "Smith, J. (2001) A chapter. In Doe, J. hua, ed. A book. Springer, Berlin.",
        # Vancouver, physics, IEEE and ABNT entries
        "Zhou WH, Liu AW. A target. PLoS One. 2013;8:e56919.",
        "W. H. Zhou and A. W. Liu, Phys. Rev. B 8, 1 (2013).",
        "W. H. Zhou, “A target,” PLoS One, vol. 8, pp. 1–9, 2013.",
        "ZHOU, W. H.; LIU, A. W. Um alvo. Rev. Bras., v. 8, p. 1-9, 2013.",
        # species in a Vancouver title, before the year (`A. dracunculus`)
        "Kordali S, Ala A. Oils of Turkish Artemisia absinthium, A. dracunculus, A. santonicum"
        " and A. spicigera. J Agric Food Chem. 2005;53:9452-8.",
        # no year at all: nothing is known to be the author list
        "Zhou, W. hua. A target. PLoS One.",
    ],
)
def test_silent_where_the_lower_case_word_is_right_or_not_a_name(lint, entry):
    assert _found(lint, f"1. {entry}\n") == []


def _pieces(lint, text: str) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL574"])]


def test_a_piece_of_the_journals_abbreviation_read_as_the_last_author(lint):
    text = (
        "1. A. Costa, J. M. Brea, and J. Med, “Synthesis of triazoles,” European Journal of "
        "Medicinal Chemistry, vol. 98, pp. 212–220, 2015.\n"
        "2. Meltzer HY, Lee JC, Pharmacol J. Classification of drugs. J Pharmacol Exp Ther. "
        "1989;251(1):238-46.\n"
    )
    assert _pieces(lint, text) == [
        (
            1,
            "author `J. Med` is a piece of the journal's abbreviation (`Eur. J. Med. Chem.`), "
            "not a person; remove it",
        ),
        (
            2,
            "author `Pharmacol J` is a piece of the journal's abbreviation "
            "(`J. Pharmacol. Exp. Ther.`), not a person; remove it",
        ),
    ]


@pytest.mark.parametrize(
    "entry",
    [  # real last authors, whatever the journal
        "A. Costa and J. Medina, “Triazoles,” European Journal of Medicinal Chemistry, vol. 98, "
        "pp. 212–220, 2015.",
        "Meltzer HY, Lee JC. Classification of drugs. J Pharmacol Exp Ther. 1989;251(1):238-46.",
        # the pair is in an abbreviation, but not of the journal this entry names
        "A. Costa and J. Med, “Triazoles,” Nature, vol. 98, pp. 212–220, 2015.",
        # a one-author entry is never read this way
        "J. Med, “Triazoles,” European Journal of Medicinal Chemistry, vol. 98, pp. 2–9, 2015.",
        "Smith, J. and Chem, A. (2001) Analysis. Analytical Chemistry, 73, 1–9.",
    ],
)
def test_silent_for_real_authors_and_other_journals(lint, entry):
    assert _pieces(lint, f"1. {entry}\n") == []
