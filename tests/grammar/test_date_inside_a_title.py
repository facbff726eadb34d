"""A title that names a meeting's days in running text (`am 8. und 9. Juni 1967 in Berlin`): the
month and year followed by more words in lower case are the title's, not the entry's date, and
the entry is read whole. A month and year closing their part are still a date."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    "meeting",
    [
        "am 8. und 9. Juni 1967 in Berlin",
        "am 9. Juni 1967 in Berlin",
        "vom 3.–5. Mai 1971 in Wien",
    ],
)
def test_a_meetings_days_in_a_title_are_the_titles(meeting):
    ref = parse(
        f"Goltdammer, I. (1967). Die Rationalisierung der Arbeit: Internationale Tagung {meeting}. "
        "Zentralblatt für Bibliothekswesen, 81(1), 667–675."
    )
    assert ref.problem is None
    assert ref.kind is Kind.ARTICLE
    assert ref.title is not None and ref.title.text.endswith(meeting)
    assert ref.container is not None and ref.container.text == "Zentralblatt für Bibliothekswesen"
    assert ref.date is not None and ref.date.text == "1967"


def test_a_month_and_year_closing_their_part_are_a_date():
    ref = parse("Smith J. Notes on trees. The Times. 5 June 1967. p. 12.")
    assert ref.date is not None and "June" in ref.date.text
