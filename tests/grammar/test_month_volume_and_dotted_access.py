"""Three forms the grammar rejected: a month printed before a volume whose year stands after the
names (`(2010) Title. Cleve Clin J Med. Mar 77(3): 207–13.`), names closed by a period before
PLOS's `(Year)` (`Sabella C. (2010) Title`), and an access date in figures set off by periods
(`(accessed 11.01.2024)`). Dates written with a month's word read as before."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


def test_month_before_the_volume_is_no_date_and_no_part_of_the_journal():
    ref = parse(
        "Sable C (2010) Measles: not just a rash. Cleve Clin J Med. Mar 77(3): 207–13. "
        "doi: 10.3949/ccjm.77a.1"
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.container.text == "Cleve Clin J Med"
    assert (ref.volume.text, ref.issue.text) == ("77", "3")
    assert ref.pages.first == "207" and ref.pages.last == "213"
    assert ref.date.text == "2010"


def test_names_closed_by_a_period_before_the_year_in_parentheses():
    ref = parse("Rifkin L, Shaw S. (2012) Acute retinitis. Ocul Immunol Inflamm; 20: 230–232.")
    assert ref.date is not None and ref.date.text == "2012"
    assert ref.title.text == "Acute retinitis"
    assert ref.container.text == "Ocul Immunol Inflamm"


@pytest.mark.parametrize(
    ("note", "day", "month", "year"),
    [
        ("(accessed 11.01.2024)", 11, 1, 2024),
        ("(accessed 3.9.2023)", 3, 9, 2023),
        ("(accessed 01.13.2024)", 13, 1, 2024),  # the first number is the month's
    ],
)
def test_access_date_in_figures(note, day, month, year):
    ref = parse(f"The Engineering Site. 2001. https://www.example.com {note}.")
    assert ref.accessed is not None
    assert (ref.accessed.day, ref.accessed.month, ref.accessed.year) == (day, month, year)
    assert ref.accessed.text == note[10:-1]


def test_access_date_in_figures_out_of_range_is_read_for_the_rules():
    ref = parse("The Engineering Site. 2001. https://www.example.com (accessed 32.13.2024).")
    assert ref.accessed is not None and ref.accessed.month is None and ref.accessed.day == 32


@pytest.mark.parametrize(
    ("text", "month", "year"),
    [
        ("Lo A. Title. Nature. 2020 Mar 5;580:1-9.", 3, 2020),
        ("Lo A. Title. Nature. Mar 2020;580:1-9.", 3, 2020),
        ("Lo A. Title. Nature. Mar. 2020;580:1-9.", 3, 2020),
        ("Lo A. Title. Nature. Mar 5, 2020;580:1-9.", 3, 2020),
        ("Lo A. Title. Nature. 5 Mar 2020;580:1-9.", 3, 2020),
    ],
)
def test_months_in_dates_read_as_before(text, month, year):
    ref = parse(text)
    assert ref.date is not None and (ref.date.month, ref.date.year) == (month, year)
    assert ref.volume.text == "580"
