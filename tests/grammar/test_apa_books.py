"""APA 7's works that are not journal articles: books (edited, translated, in an edition, with a
DOI), reports with their number, theses, conference talks and the pages of a site. Each is read
into its kind, title, edition, publisher (and APA 6's place, kept apart), not as an unknown
entry or a web page; entries of other styles with a year after the names keep their readings."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import names, parse


def _read(entry: str) -> dict:
    ref = parse(entry)

    def text(field):
        return None if field is None else field.text

    return {
        "kind": ref.kind,
        "title": text(ref.title),
        "publisher": text(ref.publisher),
        "place": text(ref.place),
        "edition": text(ref.edition),
        "container": text(ref.container),
        "year": text(ref.date),
    }


@pytest.mark.parametrize(
    ("entry", "title", "publisher", "edition"),
    [
        (
            "Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.",
            "Thinking, fast and slow",
            "Farrar, Straus and Giroux",
            None,
        ),
        (
            "Cohen, J. (1988). Statistical power analysis for the behavioral sciences (2nd ed.)."
            " Lawrence Erlbaum Associates.",
            "Statistical power analysis for the behavioral sciences",
            "Lawrence Erlbaum Associates",
            "2nd ed.",
        ),
        (  # the translator's note holds periods of its own
            "Bourdieu, P. (1984). Distinction (R. Nice, Trans.). Harvard University Press.",
            "Distinction",
            "Harvard University Press",
            None,
        ),
        (  # a publisher whose name holds initials
            "Bandura, A. (1997). Self-efficacy: The exercise of control. W. H. Freeman.",
            "Self-efficacy: The exercise of control",
            "W. H. Freeman",
            None,
        ),
        (  # the book's DOI link: not a web page
            "Ryan, R. M., & Deci, E. L. (2017). Self-determination theory. Guilford Press."
            " https://doi.org/10.1521/978.14625/28806",
            "Self-determination theory",
            "Guilford Press",
            None,
        ),
        (  # the group author is the publisher, left out; the DOI link
            "American Psychological Association. (2020). Publication manual of the American"
            " Psychological Association (7th ed.). https://doi.org/10.1037/0000165-000",
            "Publication manual of the American Psychological Association",
            None,
            "7th ed.",
        ),
        (  # an original's year, last
            "Piaget, J. (1952). The origins of intelligence in children (M. Cook, Trans.)."
            " International Universities Press. (Original work published 1936)",
            "The origins of intelligence in children",
            "International Universities Press",
            None,
        ),
        (  # a title closed by a question mark
            "Lee, A. (2019). Why do students cheat? Teachers College Press.",
            "Why do students cheat?",
            "Teachers College Press",
            None,
        ),
    ],
)
def test_books(entry: str, title: str, publisher: str | None, edition: str | None) -> None:
    read = _read(entry)
    assert read["kind"] is Kind.BOOK
    assert (read["title"], read["publisher"], read["edition"]) == (title, publisher, edition)
    assert read["place"] is None


def test_edited_book_names_its_editors_and_year() -> None:
    ref = parse(
        "Schunk, D. H., & Zimmerman, B. J. (Eds.). (2008). Motivation and self-regulated"
        " learning: Theory, research, and applications. Lawrence Erlbaum Associates."
    )
    assert ref.kind is Kind.BOOK
    assert names(ref.editors) == [("Schunk", "D.H"), ("Zimmerman", "B.J")]
    assert ref.authors == ()
    assert ref.date is not None and ref.date.year == 2008
    assert ref.title is not None and ref.title.text.startswith("Motivation and")
    assert ref.publisher is not None and ref.publisher.text == "Lawrence Erlbaum Associates"


def test_one_editor_and_an_edition() -> None:
    read = _read("Gross, J. J. (Ed.). (2014). Handbook of emotion regulation (2nd ed.). Guilford.")
    assert read == {
        "kind": Kind.BOOK,
        "title": "Handbook of emotion regulation",
        "publisher": "Guilford",
        "place": None,
        "edition": "2nd ed.",
        "container": None,
        "year": "2014",
    }


def test_apa6_place_is_kept_apart() -> None:
    read = _read("Bandura, A. (1997). Self-efficacy. New York, NY: W. H. Freeman.")
    assert (read["kind"], read["place"], read["publisher"]) == (
        Kind.BOOK,
        "New York, NY",
        "W. H. Freeman",
    )


@pytest.mark.parametrize(
    ("entry", "kind", "title", "publisher"),
    [
        (
            "National Institute of Mental Health. (2017). Anxiety disorders (NIH Publication No."
            " 17-3879). U.S. Department of Health and Human Services."
            " https://www.nimh.nih.gov/health/publications/anxiety-disorders",
            Kind.BOOK,
            "Anxiety disorders",
            "U.S. Department of Health and Human Services",
        ),
        (  # the number may read as a date
            "Stuart, S. (2016). Nurse staffing in acute care (Report No. 2016-04). Agency for"
            " Healthcare Research and Quality. https://www.ahrq.gov/research/nursing.html",
            Kind.REPORT,
            "Nurse staffing in acute care",
            "Agency for Healthcare Research and Quality",
        ),
        (
            "Harris, L. T. (2014). Teacher efficacy in urban middle schools [Doctoral"
            " dissertation, University of Michigan]. ProQuest Dissertations and Theses Global.",
            Kind.THESIS,
            "Teacher efficacy in urban middle schools",
            "University of Michigan",
        ),
        (
            "Lee, K. (2018). Sleep hygiene among nursing students [Master's thesis]. TSpace."
            " https://hdl.handle.net/1807/89123",
            Kind.THESIS,
            "Sleep hygiene among nursing students",
            "TSpace",
        ),
    ],
)
def test_reports_and_theses(entry: str, kind: Kind, title: str, publisher: str) -> None:
    """Read as books are (the university or body the publisher), each of its own kind where its
    mark names one (a publication number names none)."""
    read = _read(entry)
    assert (read["kind"], read["title"], read["publisher"]) == (kind, title, publisher)


def test_conference_talk_with_its_days() -> None:
    ref = parse(
        "Evans, A. C., Jr., Garbarino, J., & Márquez-Greene, N. (2019, August 8–11). Gun"
        " violence: An event on the power of community [Conference presentation]. APA 2019"
        " Convention, Chicago, IL, United States. https://convention.apa.org/2019-video"
    )
    assert ref.kind is Kind.CONFERENCE
    assert names(ref.authors)[0] == ("Evans", "A.C")
    assert len(ref.authors) == 3
    assert ref.title is not None and ref.title.text.endswith("power of community")
    assert ref.container is not None and ref.container.text.startswith("APA 2019 Convention")
    assert ref.date is not None and (ref.date.year, ref.date.month, ref.date.day) == (2019, 8, 8)


def test_a_site_page_names_its_site() -> None:
    read = _read(
        "Smith, J. (2020, May 4). How to sleep well. Sleep Foundation."
        " https://www.sleepfoundation.org/sleep-hygiene"
    )
    assert (read["kind"], read["title"], read["publisher"]) == (
        Kind.WEBPAGE,
        "How to sleep well",
        "Sleep Foundation",
    )


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        # the numbered styles' `Surname AB (Year).`: not APA's names, left to the other readings
        (
            "Faine S, Adler B, Bolin C & Perolat P (1999). Leptospira and Leptospirosis."
            " MediSci, Melbourne, Australia.",
            Kind.UNKNOWN,
        ),
        # PLOS's `(Year) Title`: no period after the year
        ("Smith, J. (1999) Thinking about things. Guilford Press.", Kind.UNKNOWN),
        # `URL` names no site
        (
            "Aste, T. (2014). An algorithm for clustering. URL http://www.mathworks.com/x",
            Kind.WEBPAGE,
        ),
        # a journal whose volume and pages were lost is no publisher
        ("Smith, J. (2019). A study of things. Lancet.", Kind.UNKNOWN),
    ],
)
def test_other_forms_keep_their_readings(entry: str, kind: Kind) -> None:
    ref = parse(entry)
    assert ref.kind is kind
    assert ref.publisher is None


def test_a_title_closing_parenthesis_is_no_note() -> None:
    """`(COVID-19)` ends the title itself: the entry is not read as a book."""
    ref = parse(
        "World Health Organization. (2020). Coronavirus disease 2019 (COVID-19). Situation"
        " reports. https://www.who.int/emergencies/diseases/situation-reports"
    )
    assert ref.kind is not Kind.BOOK
    assert ref.edition is None


def test_vancouver_book_is_unchanged() -> None:
    read = _read("Kahneman D. Thinking, fast and slow. New York: Farrar; 2011.")
    assert (read["kind"], read["place"], read["publisher"]) == (Kind.BOOK, "New York", "Farrar")


def test_a_reports_city_alone_is_its_place() -> None:
    read = _read(
        "Kolbe, T., & Partridge, M. (2011). Time and learning in schools. Boston, MA."
        " Retrieved from http://www.timeandlearning.org/report"
    )
    assert (read["kind"], read["place"], read["publisher"]) == (Kind.WEBPAGE, "Boston, MA", None)


def test_apa6_database_is_no_publisher() -> None:
    read = _read(
        "Eckes, T. (2000). The developmental social psychology of gender. Retrieved from"
        " netLibrary: http://www.netlibrary.com"
    )
    assert read["publisher"] is None


def test_a_suffix_with_no_comma_before_the_title_keeps_the_names_read() -> None:
    """`G. W. Jr., Title`: not APA's `A. C., Jr.,`; the entry is still read, not rejected."""
    ref = parse(
        "Jovanovic, S., Reed, G. W. Jr., Trace elements in drillhole samples. In: Boden, A.,"
        " eds., Deep Drilling in Crystalline Bedrock. Springer, Berlin, 1988."
    )
    assert ref.authors[0].family == "Jovanovic"


def test_no_date_after_the_names() -> None:
    ref = parse("Smith, J. (n.d.). Sleep hygiene basics. Sleep Foundation. https://www.sf.org/x")
    assert ref.kind is Kind.WEBPAGE and ref.date is None
    assert (ref.title.text, ref.publisher.text) == ("Sleep hygiene basics", "Sleep Foundation")


def _read_only(text: str) -> None:
    parse(text)


def test_reading_these_forms_grows_linearly_with_the_entry() -> None:
    """Long runs of what this reading scans (notes in parentheses and brackets closing the
    title, a publisher's initials, sentences of the title): twice the text costs about twice the
    time, not four times."""
    from functools import partial

    from tests.timing import assert_linear

    shapes = [
        lambda n: "Smith, J. (2020). Title " + "(2nd ed.) [Video] " * n + ". Guilford Press.",
        lambda n: "Smith, J. (2020). Title. " + "W. H. " * n + "Freeman.",
        lambda n: "Smith, J. (2020). " + "Words of a title. " * n + "Guilford Press.",
        lambda n: "Smith, J. (2020). Title (" + "R. Nice, " * n + "Trans.). Harvard Press.",
    ]
    for make in shapes:
        small, large = make(300), make(600)
        assert len(large) < 20_000  # under the entry limit, so that the grammar reads it all
        assert_linear(
            partial(_read_only, small), partial(_read_only, large), bound=3, runs=5, what=small[:30]
        )


def test_a_countrys_body_before_apas_year_is_a_group() -> None:
    ref = parse(
        "U.S. Census Bureau. (n.d.). U.S. and world population clock. U.S. Department of"
        " Commerce. https://www.census.gov/popclock/"
    )
    assert [a.text for a in ref.authors] == ["U.S. Census Bureau"]
    assert ref.authors[0].is_group
    assert (ref.title.text, ref.publisher.text) == (
        "U.S. and world population clock",
        "U.S. Department of Commerce",
    )


def test_a_countrys_body_in_vancouver_keeps_its_reading() -> None:
    """`U.S. General Accounting Office. Title.` with no year after it: read as before."""
    ref = parse("U.S. General Accounting Office. Synar Amendment. Washington: GAO; 2001.")
    assert [a.text for a in ref.authors] == ["U.S. General Accounting Office"]
