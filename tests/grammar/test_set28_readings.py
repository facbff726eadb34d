"""Readings the twenty-eighth held-out set asked for: German APA's date of access in parentheses
after the address (`https://edlex.de/ (30. 7. 2023)`), a group author after a person and APA's
`&` (`Sahle, P., & Institut für Dokumentologie und Editorik (2014).`), and GOST's Cyrillic page
label (`С. 10–20`, a reference manager's `Сс.`), whose range is pages, never years."""

from __future__ import annotations

import pytest

from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("address", "day", "month"),
    [
        ("https://edlex.de/", 30, 7),
        ("https://doi.org/10.13173/9783447118095", 30, 7),
        ("https://www.i-d-e.de/kriterien-version-1-1/", 22, 9),
    ],
)
def test_a_bare_date_after_the_address_is_the_date_of_access(address, day, month):
    ref = parse(f"Kamzelak, R. S. (Hrsg.). (2016). Edlex. {address} ({day}. {month}. 2023)")
    assert ref.accessed is not None
    assert (ref.accessed.year, ref.accessed.month, ref.accessed.day) == (2023, month, day)
    assert ref.date is not None and ref.date.year == 2016


def test_the_date_of_access_without_the_space_after_the_month():
    ref = parse("Kamzelak, R. S. (Hrsg.). (2016). Edlex. https://edlex.de/ (22.09. 2023)")
    assert ref.accessed is not None
    assert (ref.accessed.year, ref.accessed.month, ref.accessed.day) == (2023, 9, 22)


@pytest.mark.parametrize("stop", ["", "."])
def test_a_group_after_a_person_and_the_ampersand_is_one_author(stop):
    ref = parse(
        f"Sahle, P., & Institut für Dokumentologie und Editorik{stop} (2014). Kriterienkatalog"
        " für die Besprechung digitaler Editionen. https://www.i-d-e.de/kriterien/"
    )
    assert [(a.text, a.is_group) for a in ref.authors] == [
        ("Sahle, P.", False),
        ("Institut für Dokumentologie und Editorik", True),
    ]
    assert ref.date is not None and ref.date.year == 2014
    assert ref.title is not None and ref.title.text.startswith("Kriterienkatalog")


def test_a_person_after_the_ampersand_stays_a_person():
    ref = parse(
        "Appel, M., & Pebesma, E. (2019). On-demand processing of data cubes from satellite"
        " image collections with the gdalcubes library. Data, 4(3), 92."
    )
    assert [(a.family, a.is_group) for a in ref.authors] == [
        ("Appel", False),
        ("Pebesma", False),
    ]


@pytest.mark.parametrize("label", ["С.", "Сс."])
def test_gost_pages_are_not_read_as_years(label):
    ref = parse(
        "Sumayya, P.A. VANET Based Vehicle Tracking Module for Safe and Efficient Road"
        " Transportation System / P.A. Sumayya, P.S. Shefeena // Procedia Computer Science. –"
        f" 2015. – Т. 46. – {label} 1173–1180. DOI: 10.1016/j.procs.2015.01.030."
    )
    assert ref.pages is not None and ref.pages.first == "1173"
    assert ref.date is None or ref.date.year != 1173
