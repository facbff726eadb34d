"""Readings the sixteenth held-out set asked for: in the author-year form with the year in
parentheses after the names (`Smyth, G. K. (2004) Title. Journal 3, 1–25`), a journal whose first
words lost their periods, a longer piece than an abbreviation's, is still read whole where the
shipped lists know it (`Stat Appl Genet Mol. Biol.`)."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("entry", "journal"),
    [
        (
            "Smyth, G. K. (2004) Linear models and empirical bayes methods for assessing "
            "differential expression in microarray experiments. Stat Appl Genet Mol. Biol. 3, 1–25",
            "Stat Appl Genet Mol. Biol.",
        ),
        (
            "Smyth GK (2004) Linear models for microarray experiments. Stat Appl Genet Mol. Biol. "
            "3, Article3",
            "Stat Appl Genet Mol. Biol.",
        ),
    ],
)
def test_a_known_journal_with_a_long_first_piece_is_read_whole(entry, journal):
    ref = parse(entry)
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == journal
    assert ref.title is not None and ref.title.text.endswith("microarray experiments")


def test_a_titles_capitalised_words_before_an_unknown_journal_stay_in_the_title():
    ref = parse(
        "Lee, A. (2004) Linear models. The Great Lakes Water Study. Lake Res. Lett. 3, 1–25"
    )
    assert ref.container is not None and ref.container.text == "Lake Res. Lett."
    assert ref.title is not None and ref.title.text == "Linear models. The Great Lakes Water Study"
