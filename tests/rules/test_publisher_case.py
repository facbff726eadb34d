"""A publisher that has lost its capitals (`sage`, `Ieee`), as citation exports lower it, is
RL524's; a house's own name (`transcript` prints itself so), and an unnamed publisher's marks,
are not."""

from __future__ import annotations

import pytest

_BOOK = "[1] Matthew B Miles and A Michael Huberman. Qualitative data analysis. {}, 1994.\n"
_PAPER = (
    "[1] Gastón Márquez and Hernán Astudillo. Architectural patterns in microservices. In 2018 "
    "25th Asia-Pacific Software Engineering Conference (APSEC), pages 31–40. {}, 2018.\n"
)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [(_BOOK.format("sage"), "Sage"), (_PAPER.format("Ieee"), "IEEE")],
)
def test_a_publisher_without_its_capitals_is_flagged(lint, text, wanted):
    found = lint(text, select=["RL524"])
    assert [d.code for d in found] == ["RL524"]
    assert f"`{wanted}`" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        _BOOK.format("Sage"),
        _BOOK.format("SAGE Publications"),
        _BOOK.format("Springer"),
        _PAPER.format("IEEE"),
        _BOOK.format("s.n."),
        # a house that prints its own name in lower case
        _BOOK.format("transcript"),
    ],
)
def test_a_house_as_it_prints_itself_passes(lint, text):
    assert lint(text, select=["RL524"]) == []
