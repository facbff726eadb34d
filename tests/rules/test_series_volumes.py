"""RL870: a volume of a series printed without the series' name (`volume 10319,`), in BibTeX's
`plain` and `alpha` forms and others; books' own volumes and named series where it keeps quiet."""

from __future__ import annotations

import pytest

CHAPTER = (
    "In Jean-Marie Jacquet and Mieke Massink, editors, Coordination Models and Languages, {vol},"
    " pages 219–236. Springer International Publishing, Cham, 2017."
)


def _entry(label: str, tail: str) -> str:
    return (
        f"{label} Francisco Durán and Gwen Salaün. Verifying timed processes using Maude. {tail}\n"
    )


OTHER = (
    "[BK08] Christel Baier and Joost-Pieter Katoen. Principles of Model Checking. MIT Press,"
    " 2008.\n"
)


def _list(entry: str) -> str:
    return "References\n" + OTHER + entry


@pytest.mark.parametrize(
    "text",
    [
        _entry("[DS17]", CHAPTER.format(vol="volume 10319")),
        _entry("[1]", CHAPTER.format(vol="volume 3925")),
        # `plain`'s proceedings, no editors
        "[2] Harmen Kastenberg and Arend Rensink. Model checking dynamic states in GROOVE. In"
        " Model Checking Software, volume 3925. Springer, 2006.\n",
    ],
)
def test_a_series_volume_without_its_series(lint, text):
    (finding,) = lint(_list(text), select=["RL870"])
    assert finding.code == "RL870"
    assert "`volume " in finding.message and "give the series" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        # the series named after the volume, or before it
        _entry("[DS17]", CHAPTER.format(vol="volume 10319 of Lecture Notes in Computer Science")),
        _entry("[1]", CHAPTER.format(vol="volume 10319 of LNCS")),
        "[3] A. Smith. A title. In Proc. X, ser. LNCS, volume 10319, pages 1–9. Springer, 2017.\n",
        # a book's own volume, and a journal's volume
        _entry("[HLB99]", CHAPTER.format(vol="volume 2")),
        "[4] Volkher B Scholz and Albert H Werner. Disordered quantum walks. Journal of"
        " Mathematical Physics, volume 1052, pages 1–9, 2011.\n",
        # a yearly volume
        _entry("[Y17]", CHAPTER.format(vol="volume 2017")),
        # the series in the book's title itself
        "[5] Carlo Rovelli. Simple model. In Journal of Physics: Conference Series, volume 1314,"
        " page 012006. IOP Publishing, 2011.\n",
    ],
)
def test_named_series_and_books_own_volumes_pass(lint, text):
    assert lint(_list(text), select=["RL870"]) == []
