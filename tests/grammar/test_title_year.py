"""A year inside a title (`JASPAR 2024: 20th anniversary of ...`) is the title's, not the work's
date: the date is the one in the date position, so RL201 does not call the entry dated in the
future. A year with its pages (`2021:9423-8.`) is still a date."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.grammar.reading import parse

TODAY = dt.date(2023, 11, 30)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (  # NAR: the bare DOI of an article online before its issue
            "Rauluseviciute I., Lucas J. et al. JASPAR 2024: 20th anniversary of the open-access "
            "database. Nucleic Acids Res. 2023; 10.1093/nar/gkad1059.",
            "JASPAR 2024: 20th anniversary of the open-access database",
            2023,
        ),
        (  # Vancouver
            "Siegel RL, Miller KD. Cancer statistics 2024: 10 years of registry data. CA Cancer J "
            "Clin. 2023;73:17-48.",
            "Cancer statistics 2024: 10 years of registry data",
            2023,
        ),
    ],
)
def test_a_year_in_the_title_is_not_the_date(text, title, year):
    ref = parse(text)
    assert ref.title is not None and ref.title.text == title
    assert ref.date is not None and ref.date.year == year


@pytest.mark.parametrize(
    "entry",
    [
        "1. Rauluseviciute I., Lucas J. et al. JASPAR 2024: 20th anniversary of the open-access "
        "database. Nucleic Acids Res. 2023; 10.1093/nar/gkad1059.\n",
        "1. Siegel RL, Miller KD. Cancer statistics 2024: 10 years of registry data. CA Cancer J "
        "Clin. 2023;73:17-48.\n",
    ],
)
def test_no_future_date_for_a_title_year(lint, entry):
    assert lint(entry, select=["RL201", "RL501", "RL001"], today=TODAY) == []


def test_a_year_with_its_pages_is_still_a_date(lint):
    # the NLM form for a journal without volumes, then a future year
    ref = parse("Zhao X, Liu Y. Peroxide by oxygen reduction. J Am Chem Soc 2021:9423-8.")
    assert ref.date is not None and ref.date.year == 2021
    assert ref.pages is not None and ref.pages.first == "9423"
    future = "1. Zhao X, Liu Y. Peroxide by oxygen reduction. J Am Chem Soc 2025:9423-8.\n"
    assert [d.code for d in lint(future, select=["RL201"], today=TODAY)] == ["RL201"]
