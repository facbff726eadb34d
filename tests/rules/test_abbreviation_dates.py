"""A journal's abbreviated word, its volume and a page are no month, day and year.

`Cell Mol. Immunol. 20, 1002-1022; 2023`: the grammar may read `Immunol. 20, 1002` as a date;
where the entry has its year elsewhere and the word is no month nor near one, RL204 and RL202
stay silent. A misspelt month (`Octbr.`) is still flagged. Entries written for these tests.
"""

from __future__ import annotations

from refslint.engine import lint_text


def _codes(entry: str) -> list[str]:
    return [f.code for f in lint_text(f"1. {entry}\n", select=["RL2"], offline=True)]


def test_an_abbreviation_before_a_volume_and_a_page_is_no_month():
    entry = "Okafor C, Ruiz E. Growth factors. Cell Mol. Immunol. 20, 1002-1022; 2023."
    assert _codes(entry) == []


def test_a_misspelt_month_is_still_flagged():
    entry = (
        "Okafor C. Growth factors. Paper presented at: Annual Meeting; Octbr. 12, 2020; Leeds."
        " J Biol. 2021;3:4-9."
    )
    assert _codes(entry) == ["RL204"]


def test_without_a_year_elsewhere_the_date_is_still_read():
    entry = "Okafor C, Ruiz E. Growth factors. Cell Mol. Immunol. 20, 1002-1022."
    assert "RL204" in _codes(entry)
