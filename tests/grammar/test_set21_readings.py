"""Readings the twenty-first held-out set asked for: in APA's form, a group author after the
persons' names (`Renlund, C.; Helsinki Psychotherapy Study Group. (2008).`) is read as one more
author, a group, whether a semicolon or a comma sets it off."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize("mark", [";", ","])
def test_a_group_author_after_the_names_is_read_as_a_group(mark):
    ref = parse(
        f"Kaipainen, M., Renlund, C.{mark} Helsinki Psychotherapy Study Group. (2008). Randomized"
        " trial on the effectiveness of psychotherapy. Psychological Medicine, 38, 689–703."
    )
    assert ref.kind is Kind.ARTICLE
    assert [(a.text, a.is_group) for a in ref.authors] == [
        ("Kaipainen, M.", False),
        ("Renlund, C.", False),
        ("Helsinki Psychotherapy Study Group", True),
    ]
    assert ref.date is not None and ref.date.year == 2008
    assert ref.title is not None and ref.title.text.startswith("Randomized trial")
    assert ref.container is not None and ref.container.text == "Psychological Medicine"


def test_names_alone_before_the_year_stay_persons():
    ref = parse(
        "Kaipainen, M., Renlund, C. (2008). Randomized trial on psychotherapy. Psychological"
        " Medicine, 38, 689–703."
    )
    assert [(a.family, a.is_group) for a in ref.authors] == [
        ("Kaipainen", False),
        ("Renlund", False),
    ]
