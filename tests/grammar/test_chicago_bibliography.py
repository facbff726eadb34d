"""Chicago's notes-bibliography form as a reference manager prints it: given names written out
after the first name, British single quotation marks with the stop outside, a day and month
before the year, and an article's handling editor before the journal."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import names, parse

TAIL = "Journal of Data Quality 7, no. 4 ({date}): 1–5. https://doi.org/10/gc5sjd."


@pytest.mark.parametrize(
    ("title", "date"),
    [
        ("‘The Challenge of Software Citation’.", "6 October 2016"),
        ("“The Challenge of Software Citation.”", "2016"),
        ("‘The Challenge of Software Citation’.", "October 2016"),
    ],
)
def test_given_names_with_initials_are_persons(title, date):
    ref = parse(
        f"Niemeyer, Kyle E., Arfon M. Smith, and Daniel S. Katz. {title} " + TAIL.format(date=date)
    )
    assert ref.kind is Kind.ARTICLE
    assert names(ref.authors) == [("Niemeyer", "KE"), ("Smith", "AM"), ("Katz", "DS")]
    assert ref.title.text == "The Challenge of Software Citation"
    assert ref.container.text == "Journal of Data Quality"
    assert ref.date.year == 2016 and ref.volume.text == "7" and ref.pages.first == "1"


def test_the_handling_editor_is_no_part_of_the_journal():
    ref = parse(
        "Sandve, Geir Kjetil, and Eivind Hovig. ‘Ten Simple Rules’. Edited by Philip E. Bourne. "
        "PLoS Computational Biology 9, no. 10 (24 October 2013): e1003285."
    )
    assert names(ref.authors) == [("Sandve", "GK"), ("Hovig", "E")]
    assert ref.container.text == "PLoS Computational Biology"
    assert ref.article_number.text == "e1003285"


def test_a_group_author_stays_one():
    ref = parse("World Health Organization. Global report on diabetes. Geneva: WHO; 2016.")
    assert len(ref.authors) == 1 and ref.authors[0].is_group


def test_initials_without_their_periods_are_read_as_initials():
    ref = parse(
        "Wilson, Paul M, Mark Petticrew, Mike W Calnan, and Irwin Nazareth. ‘Disseminating "
        "Research Findings’. Implementation Science 5, no. 1 (December 2010): 91."
    )
    assert names(ref.authors) == [
        ("Wilson", "PM"),
        ("Petticrew", "M"),
        ("Calnan", "MW"),
        ("Nazareth", "I"),
    ]
    assert ref.title.text == "Disseminating Research Findings"
