"""Access dates and months in German, French, Spanish and Italian: a month written out in those
languages is read as its month (RL204 stays silent, the date keeps its month), an access note in
their words (`Zugriff am 14. September 2024`, `accesso il`) is an access date, and so is an
archived copy's address, which carries the day the page was captured. Entries written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from refslint.engine import lint_text
from refslint.grammar.transform import month_named

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("Februar", 2),
        ("März", 3),
        ("Dezember", 12),
        ("Jänner", 1),
        ("février", 2),
        ("août", 8),
        ("Diciembre", 12),
        ("septiembre", 9),
        ("febbraio", 2),
        ("Ottobre", 10),
    ],
)
def test_a_month_written_out_in_another_language_is_read(word, month):
    assert month_named(word) == month


@pytest.mark.parametrize("word", ["Februr", "Dezemba", "Marx", "Fevrir"])
def test_a_word_that_is_no_month_in_any_language_is_none(word):
    assert month_named(word) is None


@pytest.mark.parametrize(
    "entry",
    [
        "Müller, Anna. 2021. „Briefe.“ Archiv 3, Februar 2021: 12–20.",
        "Rossi, Marco. 2019. «Lettere». Rivista 4, febbraio 2019: 5-9.",
    ],
)
def test_rl204_silent_on_a_month_in_another_language(entry):
    found = lint_text(f"1. {entry}\n", select=["RL204"], offline=True)
    assert found == []


def test_rl204_still_flags_a_misspelt_month():
    found = lint_text(
        "1. Okafor C. Growth. Cell Immunol. 2020 Febr 3;20:1002-22.\n", select=["RL204"]
    )
    assert [d.code for d in found] == ["RL204"]


@pytest.mark.parametrize(
    "entry",
    [
        "9. Akademie der Wissenschaften, Hrsg. 2025. Wörterbuch. https://example.org/dwb/. "
        "Zugriff am 13. Februar 2025.",
        "9. Bianchi, Luca. Archivio digitale. https://example.org/archivio. Accesso il 3 marzo "
        "2024.",
        "9. Akademie der Wissenschaften. 2020. „Register.“ Briefe digital. "
        "https://web.archive.org/web/20240912122809/https://example.org/register.html.",
    ],
)
def test_an_access_note_in_other_words_or_an_archived_address_dates_the_page(lint, entry):
    assert lint(entry + "\n", today=TODAY, select=["RL304"]) == []


@pytest.mark.parametrize(
    "entry",
    [
        # the archive's own page, no capture date in the address
        "9. Internet Archive. Wayback Machine. https://web.archive.org/.",
        # `Zugriff` with no date after it
        "9. Akademie der Wissenschaften. Wörterbuch. https://example.org/dwb/. Zugriff frei.",
    ],
)
def test_a_page_without_such_a_date_still_needs_one(lint, entry):
    found = lint(entry + "\n", today=TODAY, select=["RL304"])
    assert [(d.code, d.entry) for d in found] == [("RL304", 9)]
