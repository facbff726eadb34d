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


@pytest.mark.parametrize(
    ("text", "book", "editors", "pages"),
    [
        (
            "Corballis, M. C., Suddendorf, T. (2007). Memory, time, and language. W: C. Pasternak"
            " (red.), What makes us human (s. 17–36). Oxford, UK: Oneworld Publications.",
            "What makes us human",
            ["C. Pasternak"],
            "17–36",
        ),
        (
            "Goldstone, R. L., Kersten, A. (2003). Concepts and categorization. W: A. F. Healy,"
            " R. W. Proctor (red.), Handbook of psychology (vol. 4, s. 599–622). Hoboken, NJ:"
            " John Wiley & Sons.",
            "Handbook of psychology",
            ["A. F. Healy", "R. W. Proctor"],
            "599–622",
        ),
        (  # the same chapter in English
            "Corballis, M. C., Suddendorf, T. (2007). Memory, time, and language. In C. Pasternak"
            " (Ed.), What makes us human (pp. 17–36). Oxford, UK: Oneworld Publications.",
            "What makes us human",
            ["C. Pasternak"],
            "17–36",
        ),
    ],
)
def test_polish_w_opens_the_book_of_a_chapter_and_s_marks_its_pages(text, book, editors, pages):
    ref = parse(text)
    assert ref.kind is Kind.CHAPTER
    titles = ("Memory, time, and language", "Concepts and categorization")
    assert ref.title is not None and ref.title.text in titles
    assert ref.container is not None and ref.container.text == book
    assert [e.text for e in ref.editors] == editors
    assert ref.pages is not None and ref.pages.text == pages


def test_a_capital_w_inside_a_title_opens_no_book():
    ref = parse(
        "Smith, J. (2001). Reading the letter W: a history of its shapes. Journal of Letters,"
        " 3, 1–20."
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.in_marker is None
    assert ref.container is not None and ref.container.text == "Journal of Letters"
