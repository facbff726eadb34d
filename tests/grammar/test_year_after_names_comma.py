"""Names closed by a comma and the year, then a period (`Strauss JH, Strauss EG, 1994. Title.`):
AJTMH's numbered author-year style and Elsevier's Harvard. The year is the entry's date; an
article's journal, volume and pages are read from the end (`Microbiol Rev 58: 491–562`, `J.
Appl. Ecol. 12, 1–9`), also where the title holds a year of its own; a chapter and a book
closing on `Place: Publisher.` are read too. Lists in other styles read as before."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import names, parse


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume", "locator"),
    [
        (
            "Hale JK, Ortiz MP, 1994. The flaviviruses: structure and replication. "
            "Microbiol Rev 58: 491–562.",
            "The flaviviruses: structure and replication",
            "Microbiol Rev",
            "58",
            "491–562",
        ),
        (  # a year in the title does not stop the reading
            "Okafor N, Lund BT, Price A, 2007. Dengue in travellers returning from Brazil, 2006. "
            "Emerg Infect Dis 13: 764–767.",
            "Dengue in travellers returning from Brazil, 2006",
            "Emerg Infect Dis",
            "13",
            "764–767",
        ),
        (
            "Ruiz C, 1956. A method for feeding mosquitoes through a membrane. "
            "J Hyg (Lond) 54: 192–200.",
            "A method for feeding mosquitoes through a membrane",
            "J Hyg (Lond)",
            "54",
            "192–200",
        ),
        (
            "Park S, Liu W, 2012. Vertical transmission in the laboratory. PLoS ONE 7: e28360.",
            "Vertical transmission in the laboratory",
            "PLoS ONE",
            "7",
            "e28360",
        ),
        (  # Elsevier's Harvard: dotted initials, the volume and pages after a comma
            "Smith, J., Jones, K., 2020. Carabid beetles in field margins. J. Appl. Ecol. 12, "
            "1–9. https://doi.org/10.1111/jae.1",
            "Carabid beetles in field margins",
            "J. Appl. Ecol.",
            "12",
            "1–9",
        ),
    ],
)
def test_articles(text, title, journal, volume, locator):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.date is not None and ref.date.span.end <= ref.title.span.start
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.volume.text == volume
    printed = ref.pages.text if ref.pages is not None else ref.article_number.text
    assert printed == locator


def test_the_year_is_the_date_and_among_the_dates():
    ref = parse("Hale JK, Ortiz MP, 1994. The flaviviruses. Microbiol Rev 58: 491–562.")
    assert names(ref.authors) == [("Hale", "JK"), ("Ortiz", "MP")]
    assert ref.date is not None and ref.date.text == "1994"
    assert [d.text for d in ref.dates] == ["1994"]


def test_chapter_with_its_editors_volume_and_pages():
    ref = parse(
        "Ward PG, Lim BM, 1988. Alphavirus disease. Moreno TP, Kay A, eds. The Arboviruses: "
        "Epidemiology and Ecology, Vol II. Boca Raton, FL: CRC Press, 137–157."
    )
    assert ref.kind is Kind.CHAPTER
    assert ref.title.text == "Alphavirus disease"
    assert ref.container.text == "The Arboviruses: Epidemiology and Ecology"
    assert ref.volume.text == "II"
    assert names(ref.editors) == [("Moreno", "TP"), ("Kay", "A")]
    assert ref.pages.first == "137" and ref.pages.last == "157"
    assert ref.place.text == "Boca Raton, FL" and ref.publisher.text == "CRC Press"
    assert ref.date.text == "1988"


def test_book_with_place_and_publisher():
    ref = parse(
        "Baker WA, 1990. The Islands of Micronesia, Natural Resources Map. Honolulu, HI: The "
        "East-West Center."
    )
    assert ref.kind is Kind.BOOK
    assert ref.title.text == "The Islands of Micronesia, Natural Resources Map"
    assert ref.place.text == "Honolulu, HI" and ref.publisher.text == "The East-West Center"
    assert ref.date.text == "1990"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # PLOS's former style: the year in parentheses, no comma before it
        ("Mantegna RN (1999) Hierarchical structure. Eur Phys J B 11: 193–197.", "1999"),
        # Vancouver: the names closed by a period, the date after the journal
        ("Hale JK, Ortiz MP. The flaviviruses. Microbiol Rev. 1994;58:491-562.", "1994"),
        # Vancouver with a title opening with a year
        ("Knuth J, Wolf W. 2019 ESC Guidelines on syncope. Eur Heart J. 2020;41:407-77.", "2020"),
    ],
)
def test_other_styles_read_as_before(text, year):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.date is not None and ref.date.text.startswith(year)
    assert ref.title is not None and not ref.title.text.startswith("(")
