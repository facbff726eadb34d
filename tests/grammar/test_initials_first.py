"""Names with their initials first, as biblatex, IEEE and ACM print them, where an initial is a
capital with an accent (`É. Gaussier`, `Ł. Kaiser`): the name is one of the authors, and the
title and the tail after it are read, not swallowed into the title."""

from __future__ import annotations

import pytest

from tests.grammar.reading import names, parse


@pytest.mark.parametrize("initial", ["E", "É", "Ł", "Ö"])
def test_an_accented_initial_before_the_family_name(initial: str) -> None:
    ref = parse(
        f"T. Trouillon, J. Welbl, S. Riedel, {initial}. Gaussier, and G. Bouchard. “Complex "
        "Embeddings for Simple Link Prediction.” In: Proceedings of the 33rd International "
        "Conference on Machine Learning. New York, NY, USA: JMLR.org, 2016, pp. 2071–2080."
    )
    assert names(ref.authors) == [
        ("Trouillon", "T"),
        ("Welbl", "J"),
        ("Riedel", "S"),
        ("Gaussier", initial),
        ("Bouchard", "G"),
    ]
    assert (
        ref.title is not None and ref.title.text == "Complex Embeddings for Simple Link Prediction"
    )
    assert ref.pages is not None and ref.pages.text == "2071–2080"


def test_stray_marks_among_the_initials_leave_the_name_readable() -> None:
    """`C. .-.-. J. Kuo` (`C.-C. J. Kuo` garbled): one name, not an unreadable author list."""
    ref = parse(
        "B. Wang and C. .-.-. J. Kuo. “SBERT-WK: A Sentence Embedding Method.” In: IEEE/ACM "
        "Transactions on Audio, Speech, and Language Processing 28 (2020), pp. 2146–2157."
    )
    assert [a.family for a in ref.authors] == ["Wang", "Kuo"]
    assert ref.authors[1].text == "C. .-.-. J. Kuo"
    assert ref.title is not None and ref.title.text.endswith("A Sentence Embedding Method")


def test_the_last_initial_without_its_period_is_read_as_a_name() -> None:
    """`and K Georg.`: the initial's period lost, read as one name (RL805 says so)."""
    ref = parse(
        "E.L. Allgower and K Georg. Numerical Path Following. Amsterdam: North-Holland; 1997."
    )
    assert names(ref.authors) == [("Allgower", "EL"), ("Georg", "K")]
    assert not ref.authors[1].is_group
