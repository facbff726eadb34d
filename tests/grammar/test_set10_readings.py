"""Readings the tenth held-out set asked for: an article identifier of AGU's form where the pages
go (`Geophys. Res. Lett. 32, 2004GL021450 (2005).`, `e2020GL089000`), which a word before the
volume must not turn into a month, a day and a year; and a compact author list whose last name
runs into the title with no stop (`Chan P, Wijaya SY Report on ...`), read up to the comma."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import names, parse


@pytest.mark.parametrize(
    ("entry", "number", "year"),
    [
        (
            "P. de Vries, S. L. Weber, The Atlantic freshwater budget as a diagnostic. "
            "Geophys. Res. Lett. 32, 2004GL021450 (2005).",
            "2004GL021450",
            2005,
        ),
        (
            "A. Author, B. Writer, Ocean heat uptake in a warming climate. Geophys. Res. Lett. 47, "
            "e2020GL089000 (2020).",
            "e2020GL089000",
            2020,
        ),
    ],
)
def test_an_agu_identifier_after_the_volume_is_the_article_number(entry, number, year):
    ref = parse(entry)
    assert ref.kind is Kind.ARTICLE
    assert ref.article_number is not None and ref.article_number.text == number
    assert ref.date is not None and ref.date.year == year


def test_a_month_before_a_day_and_a_year_is_still_a_date():
    ref = parse("Smith J. Title of the piece. New York Times. Mar 12, 2005:A1.")
    assert ref.date is not None and (ref.date.year, ref.date.month, ref.date.day) == (2005, 3, 12)


@pytest.mark.parametrize(
    ("entry", "read", "title"),
    [
        (
            "Isabelle M, Chan P, Wijaya SY Report on Regulatory Status of Micronutrient "
            "Fortification. Singapore: International Life Sciences Institute; 2011.",
            [("Isabelle", "M"), ("Chan", "P")],
            "Wijaya SY Report on Regulatory Status of Micronutrient Fortification",
        ),
        (
            "Vapnek J, Spreij M Perspectives and Guidelines on Food Legislation. Rome: Food and "
            "Agriculture Organization; 2005.",
            [("Vapnek", "J")],
            "Spreij M Perspectives and Guidelines on Food Legislation",
        ),
    ],
)
def test_a_last_name_run_into_the_title_ends_the_names_at_its_comma(entry, read, title):
    ref = parse(entry)
    assert names(ref.authors) == read
    assert ref.title is not None and ref.title.text == title
    assert ref.date is not None


def test_names_that_end_with_their_stop_read_as_before():
    ref = parse(
        "Isabelle M, Chan P, Wijaya SY. Report on Regulatory Status. Singapore: ILSI; 2011."
    )
    assert names(ref.authors) == [("Isabelle", "M"), ("Chan", "P"), ("Wijaya", "SY")]
    assert ref.title is not None and ref.title.text == "Report on Regulatory Status"


def test_cambridges_author_year_article_is_read():
    ref = parse(
        "Snapp SS & Fisher M (2015) ‘Filling the maize basket’ supports crop diversity in Malawi. "
        "Food Sec 7, 83–96."
    )
    assert ref.kind is Kind.ARTICLE
    assert names(ref.authors) == [("Snapp", "SS"), ("Fisher", "M")]
    assert ref.title is not None and ref.title.text == (
        "‘Filling the maize basket’ supports crop diversity in Malawi"
    )
    assert ref.container is not None and ref.container.text == "Food Sec"
    assert (ref.volume and ref.volume.text, ref.pages and ref.pages.text) == ("7", "83–96")
    assert ref.date is not None and ref.date.year == 2015


def test_a_supplement_set_off_by_commas_is_not_taken_into_the_journal():
    ref = parse(
        "Messina AJ (1999) Legumes and soybeans: overview of their nutritional profiles. "
        "Am J Clin Nutr 70, Suppl. 3, 439S–450S."
    )
    assert ref.container is None or "," not in ref.container.text


def test_plos_former_style_keeps_its_reading():
    ref = parse(
        "Mantegna RN (1999) Hierarchical structure in financial markets. Eur Phys J B 11: 193–197."
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == "Eur Phys J B"
    assert ref.pages is not None and ref.pages.text == "193–197"


def test_a_run_on_name_whose_title_never_closes_stays_unread():
    from refslint.grammar import parse_entry
    from refslint.model import Entry, PositionMap

    text = "Chen X, Zhang Q Machine learning for batteries Angew Chem 2021 60 24354"
    ref = parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1, None, 0))
    assert ref.problem is not None and "Zhang" in ref.problem.message
