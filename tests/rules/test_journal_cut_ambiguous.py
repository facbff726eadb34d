"""RL811 on a journal the shipped lists do not know: a cut that is the standard one of another
title word it may stand for (`Econom`, of Econometrics; Economics is `Econ`) is left alone."""

from __future__ import annotations

LIST = """\
1. Lombard JM (2014) Mycotoxin exposure and child growth. Ann Nutr Metab 64, 42–52.
2. Kannan S (2010) Finger millet in nutrition transition. Br J Nutr 104, 1733–1734.
3. Wild CP & Gong YY (2010) Mycotoxins and human disease. Carcinogenesis 31, 71–82.
4. Appoh LY & Krekling S (2005) Maternal nutritional knowledge. Matern Child Nutr 1, 100–110.
5. Lechner M (2011) The estimation of causal effects. Found Trends Econom 4, 165–224.
"""


def _found(lint, text: str) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL811"])]


def test_a_cut_that_stands_for_another_word_is_left_alone(lint):
    text = LIST + "6. Ward P (2009) Trade and growth. Off J Eur Union 12, 1–9.\n"
    assert _found(lint, text) == []


def test_a_cut_no_standard_makes_is_still_flagged(lint):
    text = LIST + "6. Ward P (2009) Trade and growth. Off J Europ Union 12, 1–9.\n"
    assert [e for e, _ in _found(lint, text)] == [6]
