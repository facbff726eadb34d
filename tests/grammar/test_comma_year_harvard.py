"""The Harvard of Australian government style, which many South African and Australian journals
print: the names, a comma, the year, a comma, then the title (in single quotes for an article or
chapter, bare for a book or report), the journal with its volume, issue and pages, or the
publisher and place. An organisation may be the author; `viewed 3 May 2017, from URL` is its
access note. SAGE's `et al (eds)` closing a chapter's editors is read too. Lists in other styles
read as before."""

from __future__ import annotations

import datetime

import pytest

from refslint.engine import lint_text
from refslint.model import Kind
from tests.grammar.reading import names, parse


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume", "issue", "pages"),
    [
        (
            "Mokoena, T.P. & Naidoo, S., 2014, ‘Drought and household food security in the "
            "Free State’, South African Journal of Science 110(5), 33–41. "
            "https://doi.org/10.1590/sajs.2014.0001",
            "Drought and household food security in the Free State",
            "South African Journal of Science",
            "110",
            "5",
            "33–41",
        ),
        (  # no issue; a title holding commas and a colon
            "Hart, K., 2009, ‘Rivers, dams and towns: A history of water law’, Water Policy 11, "
            "201–219.",
            "Rivers, dams and towns: A history of water law",
            "Water Policy",
            "11",
            None,
            "201–219",
        ),
        (  # an article number before the pages; a journal with a colon
            "Dube, E., Ncube, B. & Moyo, P., 2019, ‘Early warning in rural districts’, Jàmbá: "
            "Journal of Disaster Risk Studies 11(1), Art. #640, 1–9.",
            "Early warning in rural districts",
            "Jàmbá: Journal of Disaster Risk Studies",
            "11",
            "1",
            "1–9",
        ),
    ],
)
def test_articles(text, title, journal, volume, issue, pages):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.volume.text == volume
    assert (ref.issue.text if ref.issue else None) == issue
    assert ref.pages is not None and ref.pages.text == pages
    assert ref.date is not None and 1900 < ref.date.year < 2100


def test_names_and_year():
    ref = parse("Mokoena, T.P., Naidoo, S. & Van Wyk, J., 2014, ‘A title’, Koedoe 56(1), 1–8.")
    assert names(ref.authors) == [("Mokoena", "T.P"), ("Naidoo", "S"), ("Van Wyk", "J")]
    assert ref.date is not None and ref.date.year == 2014
    assert ref.date.text == "2014"


def test_a_chapter_keeps_its_title_and_pages():
    ref = parse(
        "Holloway, A., 2003, ‘Disaster risk reduction in southern Africa’, in J. Smith (ed.), "
        "Hazards and livelihoods, pp. 29–54, Juta, Cape Town."
    )
    assert ref.kind is Kind.CHAPTER
    assert ref.title is not None and ref.title.text == "Disaster risk reduction in southern Africa"
    assert ref.pages is not None and ref.pages.text == "29–54"


def test_a_book_is_read_without_guessing_where_its_title_ends():
    ref = parse("Bulling, S., 2011, Poverty and disasters, CARE International, Geneva.")
    assert names(ref.authors) == [("Bulling", "S")]
    assert ref.date is not None and ref.date.year == 2011
    assert ref.title is None  # the title runs into the publisher with only commas between
    assert ref.kind is Kind.UNKNOWN


def test_an_organisation_and_its_access_note():
    ref = parse(
        "Australian Bureau of Statistics (ABS), 2016, Census of population and housing, viewed "
        "3 May 2017, from http://www.abs.gov.au/census"
    )
    assert [a.text for a in ref.authors] == ["Australian Bureau of Statistics (ABS)"]
    assert ref.authors[0].is_group
    assert ref.date is not None and ref.date.year == 2016
    assert ref.accessed is not None and (ref.accessed.year, ref.accessed.month) == (2017, 5)
    assert ref.accessed.day == 3


def test_a_person_with_a_viewed_note():
    ref = parse(
        "Chambers, R., 1992, Rural appraisal, Discussion Paper 311, IDS, Brighton, viewed "
        "27 November 2016, from http://www.ids.ac.uk/dp311.pdf"
    )
    assert ref.accessed is not None and (ref.accessed.year, ref.accessed.day) == (2016, 27)
    assert [u.text for u in ref.urls] == ["http://www.ids.ac.uk/dp311.pdf"]


def test_et_al_closes_the_editors_of_a_chapter():
    ref = parse(
        "Tutin TG (1980) Gramineae. In: Tutin TG, Heywood VH, Burges NA, et al (eds) Flora "
        "Europaea. Cambridge: Cambridge University Press, pp. 118–154."
    )
    assert ref.kind is Kind.CHAPTER
    assert names(ref.editors) == [("Tutin", "TG"), ("Heywood", "VH"), ("Burges", "NA")]
    vancouver = parse(
        "Smith AB, Jones C. Title of chapter. In: Brown D, White E, et al, editors. Book title. "
        "London: Wiley; 2001. p. 1-9."
    )
    assert names(vancouver.editors) == [("Brown", "D"), ("White", "E")]
    assert vancouver.container is not None and vancouver.container.text == "Book title"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # AJTMH's and Elsevier's year closed by a period
        (
            "Hale JK, Ortiz MP, 1994. The flaviviruses. Microbiol Rev 58: 491–562.",
            "The flaviviruses",
        ),
        ("Smith, J., Jones, K., 2020. Carabid beetles. J. Appl. Ecol. 12, 1–9.", "Carabid beetles"),
        # IOP's bare year
        ("Zhao Q and Liu X 2016 Influences of Fe on conductivity J. Alloys Compd. 666 50–7", None),
        # APA's year in parentheses
        ("Smith, J. A., & Jones, B. (2019). Field margins. Ecology, 12(3), 1–9.", "Field margins"),
        # Vancouver
        ("World Health Organization. Global report on diabetes. Geneva: WHO; 2016.", None),
    ],
)
def test_other_styles_read_as_before(text, title):
    ref = parse(text)
    assert ref.date is not None
    if title is not None:
        assert ref.title is not None and ref.title.text == title
    assert not (ref.authors and ref.authors[0].is_group and ref.authors[0].text.endswith(","))


def test_a_list_in_the_style_has_no_false_alarm():
    text = "\n".join(
        [
            "References",
            "Bulling, S., 2011, Poverty and disasters, CARE International, Geneva.",
            "Hart, K., 2009, ‘Rivers, dams and towns: A history of water law’, Water Policy 11, "
            "201–219.",
            "Mokoena, T.P. & Naidoo, S., 2014, ‘Drought and household food security in the Free "
            "State’, South African Journal of Science 110(5), 33–41.",
            "World Bank, 2015, Poverty overview, viewed 06 February 2016, from "
            "http://www.worldbank.org/en/topic/poverty",
        ]
    )
    found = lint_text(text, path="list.txt", today=datetime.date(2016, 6, 1), offline=True)
    assert [(d.entry, d.code) for d in found] == []
