"""The Royal Society's style: the year after the names with no period after it, the journal's
abbreviation with its periods, `Volume, first–last`, numbers of five digits grouped by a space
and the DOI in parentheses (`Langer P. 2009 Title. J. Mammal. 90, 332–339. (doi:10...)`).
Read as a journal article whatever the abbreviation's last word (`Ecol.` is no month, `82, 1254`
no day and year), chapters and books too; a report or thesis keeps its year as its date. A
Vancouver title that opens with a year keeps the entry's own date."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import names, parse


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume", "first", "last"),
    [
        (
            "Quinn RL, Ames TJ. 2013 The composition of milks across mammals. J. Anim. Ecol. 82, "
            "1254–1264. (doi:10.1111/1365-2656.1)",
            "The composition of milks across mammals",
            "J. Anim. Ecol.",
            "82",
            "1254",
            "1264",
        ),
        (  # a journal opening with a month's name
            "Ward TM, Bell WD. 2004 Lactation strategies in seals. Mar. Mamm. Sci. 20, 86–114. "
            "(doi:10.1111/j.1748-7692.2004.x)",
            "Lactation strategies in seals",
            "Mar. Mamm. Sci.",
            "20",
            "86",
            "114",
        ),
        (  # five-digit pages grouped by a space
            "Hu L, Wu Q. 2011 Cellulose metabolism by the gut microbiome. Proc. Natl Acad. Sci. "
            "USA 108, 17 714–17 719. (doi:10.1073/pnas.1)",
            "Cellulose metabolism by the gut microbiome",
            "Proc. Natl Acad. Sci. USA",
            "108",
            "17714",
            "17719",
        ),
        (  # no period before the DOI; one word of journal
            "Pike C. 2003 Placental transport of antibodies. Vaccine 21, 3365–3369 "
            "(doi:10.1016/s0264-410x(03)00334-7)",
            "Placental transport of antibodies",
            "Vaccine",
            "21",
            "3365",
            "3369",
        ),
        (  # `et al.`, and the year read with the names
            "Moss T et al. 2004 Nomenclature of the milk proteins. J. Dairy Sci. 87, 1641–1674. "
            "(doi:10.3168/jds.1)",
            "Nomenclature of the milk proteins",
            "J. Dairy Sci.",
            "87",
            "1641",
            "1674",
        ),
    ],
)
def test_articles(text, title, journal, volume, first, last):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.volume.text == volume
    assert ref.pages is not None and (ref.pages.first, ref.pages.last) == (first, last)
    # the year is the only date: nothing in the journal or the pages is read as one
    assert [d.year for d in ref.dates] == [ref.date.year]
    assert ref.date.span.end < ref.title.span.start


def test_doi_in_parentheses_keeps_its_own_parentheses():
    ref = parse(
        "Adams FM, Dee J. 2000 Immune transfer in the pouch. Dev. Comp. Immunol. 24, 491–502. "
        "(doi:10.1016/s0145-305x(00)00012-4)"
    )
    assert ref.doi is not None and ref.doi.text == "10.1016/s0145-305x(00)00012-4"
    assert ref.doi_marker is not None and ref.doi_marker.text == "(doi:"


def test_article_number():
    ref = parse(
        "Gunn WE, Wild DE. 2015 Variation in the placenta. Phil. Trans. R. Soc. B 370, 20140072 "
        "(doi:10.1098/rstb.2014.0072)"
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.container.text == "Phil. Trans. R. Soc. B"
    assert ref.article_number is not None and ref.article_number.text == "20140072"


def test_chapter_in_a_book_with_editors():
    ref = parse(
        "Lee IK, Mont RJ. 2006 Diseases of captive bears. In Bears in captivity: biology and "
        "medicine, 2nd edn (eds DE Wild, A Zhang), pp. 377–409. Cambridge, UK: Cambridge "
        "University Press."
    )
    assert ref.kind is Kind.CHAPTER
    assert ref.title.text == "Diseases of captive bears"
    assert ref.container.text == "Bears in captivity: biology and medicine"
    assert ref.edition.text == "2nd edn"
    assert names(ref.editors) == [("Wild", "DE"), ("Zhang", "A")]
    assert (ref.pages.first, ref.pages.last) == ("377", "409")
    assert ref.page_marker.text == "pp."
    assert ref.place.text == "Cambridge, UK"
    assert ref.publisher.text == "Cambridge University Press"
    assert ref.date.text == "2006"


def test_proceedings_paper_without_pages():
    ref = parse(
        "Lee IK. 2007 Release of orphaned cubs. In Proc. of the Int. Workshop on Bear Cubs. "
        "Bubonitsy, Russia: International Fund for Animal Welfare."
    )
    assert ref.kind is Kind.CONFERENCE
    assert ref.container.text == "Proc. of the Int. Workshop on Bear Cubs"
    assert ref.place.text == "Bubonitsy, Russia"


def test_book():
    ref = parse(
        "Shaw GB, Hu J. 1985 The pandas of Wolong. Chicago, IL: University of Chicago Press."
    )
    assert ref.kind is Kind.BOOK
    assert ref.title.text == "The pandas of Wolong"
    assert ref.publisher.text == "University of Chicago Press"
    assert ref.date.text == "1985"


def test_thesis_keeps_its_year_as_date_and_out_of_the_title():
    ref = parse(
        "Tom FC. 2015 Acute phase proteins in bovine mastitis. PhD thesis. University of X."
    )
    assert ref.date is not None and ref.date.text == "2015"
    assert ref.title is not None and ref.title.text == "Acute phase proteins in bovine mastitis"


@pytest.mark.parametrize(
    ("text", "year", "title"),
    [
        # Vancouver: a title opening with a year keeps it, the date follows the journal
        (
            "Knuth J, Wolf W. 2019 ESC Guidelines on syncope. Eur Heart J. 2020;41:407-77.",
            "2020",
            "2019 ESC Guidelines on syncope",
        ),
        # a journal opening with `Mar` in Vancouver, a month before a year still read as a date
        ("Lo A, Ng B. Plastic debris. Mar Pollut Bull. 2020 Mar;150:110-8.", "2020 Mar", None),
        ("Lo A, Ng B. Plastic debris. Mar. Pollut. Bull. Mar. 2020;150:110-8.", "Mar. 2020", None),
        # IOP's numbered Harvard: the year bare after the names, no commas in the tail
        (
            "Zhao Q and Liu X 2016 Influences of Fe on conductivity J. Alloys Compd. 666 50–7",
            "2016",
            None,
        ),
    ],
)
def test_other_styles_read_as_before(text, year, title):
    ref = parse(text)
    assert ref.date is not None and ref.date.text == year
    if title is not None:
        assert ref.title is not None and ref.title.text == title


def test_a_year_before_a_lower_case_title_word_is_the_title_own():
    """With no date anywhere and no shape of the style to go by, `2019 novel coronavirus` is a
    title's year: the entry's date is missing, not read from it."""
    ref = parse("Zhu N, Wu Q. 2019 novel coronavirus in Wuhan. Lancet.")
    assert ref.date is None
    assert ref.title is not None and ref.title.text.startswith("2019 novel")
