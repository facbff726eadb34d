"""Chicago's author-date style: names with given names written out, the bare year after them,
the title in quotation marks (articles, chapters, pages) or plain (books). Before these were read,
the names were taken for the title, and the year, journal, volume and pages were lost."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from refslint.api import Severity
from refslint.engine import lint_text
from refslint.grammar.authordate import names_head, year_head
from refslint.model import Kind
from tests.grammar.reading import names, parse


def test_article_with_volume_issue_and_pages():
    ref = parse(
        'Granovetter, Mark S. 1973. "The Strength of Weak Ties." American Journal of Sociology '
        "78 (6): 1360–80."
    )
    assert ref.kind is Kind.ARTICLE
    assert names(ref.authors) == [("Granovetter", "MS")]
    assert ref.authors_span is not None and ref.text[: ref.authors_span.end] == (
        "Granovetter, Mark S"
    )  # the initial's period ends the names, as the grammar's names leave it
    assert ref.date is not None and ref.date.year == 1973
    assert ref.title is not None and ref.title.text == "The Strength of Weak Ties"
    assert ref.container is not None and ref.container.text == "American Journal of Sociology"
    assert (ref.volume.text, ref.issue.text) == ("78", "6")  # type: ignore[union-attr]
    assert ref.pages is not None and (ref.pages.first, ref.pages.last) == ("1360", "1380")


def test_article_with_no_issue_and_a_doi():
    ref = parse(
        "Lamont, Michèle, and Virág Molnár. 2002. “The Study of Boundaries in the Social "
        "Sciences.” Annual Review of Sociology 28:167–95. "
        "https://doi.org/10.1146/annurev.soc.28.110601.141107."
    )
    assert ref.kind is Kind.ARTICLE
    assert names(ref.authors) == [("Lamont", "M"), ("Molnár", "V")]
    assert ref.container is not None and ref.container.text == "Annual Review of Sociology"
    assert ref.volume is not None and ref.volume.text == "28" and ref.issue is None
    assert ref.doi is not None and ref.doi.text.startswith("10.1146/")


def test_book_with_edition_place_and_publisher():
    ref = parse(
        "Tilly, Charles, and Sidney Tarrow. 2015. Contentious Politics. 2nd ed. Oxford: Oxford "
        "University Press."
    )
    assert ref.kind is Kind.BOOK
    assert names(ref.authors) == [("Tilly", "C"), ("Tarrow", "S")]
    assert ref.date is not None and ref.date.year == 2015
    assert ref.title is not None and ref.title.text == "Contentious Politics"
    assert ref.edition is not None and ref.edition.text == "2nd ed"
    assert (ref.place.text, ref.publisher.text) == (  # type: ignore[union-attr]
        "Oxford",
        "Oxford University Press",
    )


@pytest.mark.parametrize(
    ("line", "authors", "title", "place", "publisher"),
    [
        (
            "Anderson, Benedict. 1983. Imagined Communities: Reflections on the Origin and Spread"
            " of Nationalism. London: Verso.",
            [("Anderson", "B")],
            "Imagined Communities: Reflections on the Origin and Spread of Nationalism",
            "London",
            "Verso",
        ),
        (
            "Putnam, Robert D., Robert Leonardi, and Raffaella Y. Nanetti. 1993. Making Democracy"
            " Work: Civic Traditions in Modern Italy. Princeton, NJ: Princeton University Press.",
            [("Putnam", "RD"), ("Leonardi", "R"), ("Nanetti", "RY")],
            "Making Democracy Work: Civic Traditions in Modern Italy",
            "Princeton, NJ",
            "Princeton University Press",
        ),
        (
            "King, Martin Luther, Jr. 1963. Why We Can't Wait. New York: Harper and Row.",
            [("King", "ML")],
            "Why We Can't Wait",
            "New York",
            "Harper and Row",
        ),
        (
            "Lévi-Strauss, Claude. 1962. La pensée sauvage. Paris: Plon.",
            [("Lévi-Strauss", "C")],
            "La pensée sauvage",
            "Paris",
            "Plon",
        ),
    ],
)
def test_books(line, authors, title, place, publisher):
    ref = parse(line)
    assert ref.kind is Kind.BOOK
    assert names(ref.authors) == authors
    assert ref.title is not None and ref.title.text == title
    assert ref.place is not None and ref.place.text == place
    assert ref.publisher is not None and ref.publisher.text == publisher
    assert ref.date is not None


def test_suffix_is_no_author():
    ref = parse("King, Martin Luther, Jr. 1963. Why We Can't Wait. New York: Harper and Row.")
    assert [a.suffix for a in ref.authors] == ["Jr"]


def test_chapter_with_editors_pages_and_publisher():
    ref = parse(
        'Hall, Stuart. 1996. "Who Needs Identity?" In Questions of Cultural Identity, edited by '
        "Stuart Hall and Paul du Gay, 1–17. London: Sage."
    )
    assert ref.kind is Kind.CHAPTER
    assert ref.title is not None and ref.title.text == "Who Needs Identity?"
    assert ref.container is not None and ref.container.text == "Questions of Cultural Identity"
    assert names(ref.editors) == [("Hall", "S"), ("du Gay", "P")]
    assert ref.pages is not None and ref.pages.text == "1–17"
    assert (ref.place.text, ref.publisher.text) == ("London", "Sage")  # type: ignore[union-attr]


def test_chapter_with_editors_in_parentheses_and_plain_title():
    ref = parse(
        "Genesee, Fred. 2006. Bilingual first language acquisition in perspective. In P. McCardle"
        " and E. Hoff (eds.), Childhood bilingualism (45–67). Clevedon, UK: Multilingual Matters."
    )
    assert ref.kind is Kind.CHAPTER
    assert ref.container is not None and ref.container.text == "Childhood bilingualism"
    assert names(ref.editors) == [("McCardle", "P"), ("Hoff", "E")]
    assert ref.pages is not None and ref.pages.text == "45–67"


def test_article_with_plain_title():
    ref = parse(
        "Bagatto, Giuseppe, Louise C. Paquette, and Joseph D. Shorthouse. 1995. Influence of "
        "galls on carbon partitioning. Entomologia Experimentalis et Applicata 79: 111–117."
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == (
        "Entomologia Experimentalis et Applicata"
    )
    assert ref.volume is not None and ref.volume.text == "79"


def test_web_page_of_an_organisation():
    ref = parse(
        "Pew Research Center. 2019. “Trust in Scientists.” Accessed May 1, 2020. "
        "https://www.pewresearch.org/science/2019/08/02/trust."
    )
    assert ref.kind is Kind.WEBPAGE
    assert [(a.family, a.is_group) for a in ref.authors] == [("Pew Research Center", True)]
    assert ref.title is not None and ref.title.text == "Trust in Scientists"
    assert ref.date is not None and ref.date.year == 2019
    assert ref.accessed is not None and (ref.accessed.year, ref.accessed.month) == (2020, 5)


def test_editors_as_authors():
    ref = parse(
        "Hall, Stuart, and Paul du Gay, eds. 1996. Questions of Cultural Identity. London: Sage."
    )
    assert ref.kind is Kind.BOOK
    assert names(ref.editors) == [("Hall", "S"), ("du Gay", "P")] and not ref.authors


@pytest.mark.parametrize(
    "line",
    [
        # Vancouver, APA, Harvard with initials: the grammar's own readings, left alone
        "Smith AB, Jones C. Title of the work. J Med. 2019;12(3):45-67.",
        "Smith, J. A., & Jones, B. (2019). Title of the work. Journal, 12(3), 45–67.",
        "World Health Organization. Global report. Geneva: WHO; 2020.",
    ],
)
def test_other_styles_are_not_read_so(line):
    ref = parse(line)
    assert not any(a.family == "Smith" and a.initials == "" for a in ref.authors)
    assert ref.kind is not Kind.UNKNOWN


CLEAN = """References

Anderson, Benedict. 1983. Imagined Communities: Reflections on the Origin and Spread of \
Nationalism. London: Verso.

Geertz, Clifford. 1973. The Interpretation of Cultures. New York: Basic Books.

Granovetter, Mark S. 1973. "The Strength of Weak Ties." American Journal of Sociology 78 (6): \
1360–80.

Hall, Stuart. 1996. "Who Needs Identity?" In Questions of Cultural Identity, edited by Stuart \
Hall and Paul du Gay, 1–17. London: Sage.

King, Martin Luther, Jr. 1963. Why We Can't Wait. New York: Harper and Row.

Lamont, Michèle, and Virág Molnár. 2002. "The Study of Boundaries in the Social Sciences." \
Annual Review of Sociology 28:167–95.

Pew Research Center. 2019. "Americans' Trust in Scientists." Accessed May 1, 2020. \
https://www.pewresearch.org/science/2019/08/02/trust.

Putnam, Robert D., Robert Leonardi, and Raffaella Y. Nanetti. 1993. Making Democracy Work: \
Civic Traditions in Modern Italy. Princeton, NJ: Princeton University Press.

Scott, James C. 1998. Seeing Like a State: How Certain Schemes to Improve the Human Condition \
Have Failed. New Haven, CT: Yale University Press.

Swidler, Ann. 1986. "Culture in Action: Symbols and Strategies." American Sociological Review \
51 (2): 273–86.

Tilly, Charles, and Sidney Tarrow. 2015. Contentious Politics. 2nd ed. Oxford: Oxford \
University Press.
"""


def _findings(text: str) -> list:
    return lint_text(text, today=dt.date(2020, 6, 1), offline=True)


def test_clean_list_draws_no_warning():
    found = [f for f in _findings(CLEAN) if f.severity >= Severity.WARNING]
    assert found == []


def test_faults_in_the_style_are_found():
    faulty = CLEAN.replace("1360–80", "1380–1360").replace(
        "The Interpretation of Cultures. New York: Basic Books.", "The Interpretation of Cultures."
    )
    faulty += (
        "\nTilly, Charles, and Sidney Tarrow. 2015. Contentious Politics. 2nd ed. Oxford: "
        "Oxford University Press.\n"
    )
    codes = {(f.code, f.entry) for f in _findings(faulty)}
    assert ("RL502", 3) in codes  # the page range runs backwards
    assert ("RL501", 2) in codes  # the book has no publisher
    assert ("RL601", 12) in codes  # the same work twice


def test_repeated_names_dash():
    ref = parse('———. 1990. "The Scholastic Point of View." Cultural Anthropology 5 (4): 380–91.')
    assert ref.kind is Kind.ARTICLE and not ref.authors
    assert ref.container is not None and ref.container.text == "Cultural Anthropology"
    assert ref.date is not None and ref.date.year == 1990


def test_undated_work():
    ref = parse('Smith, John. n.d. "A Page of Notes." Accessed May 1, 2020. https://example.org/n.')
    assert ref.kind is Kind.WEBPAGE and ref.date is None
    assert names(ref.authors) == [("Smith", "J")]
    assert ref.title is not None and ref.title.text == "A Page of Notes"


# ---- MLA 9 ----


def test_mla_article():
    ref = parse(
        'Granovetter, Mark S. "The Strength of Weak Ties." American Journal of Sociology, '
        "vol. 78, no. 6, 1973, pp. 1360–80."
    )
    assert ref.kind is Kind.ARTICLE
    assert names(ref.authors) == [("Granovetter", "MS")]
    assert ref.title is not None and ref.title.text == "The Strength of Weak Ties"
    assert ref.container is not None and ref.container.text == "American Journal of Sociology"
    assert (ref.volume.text, ref.issue.text) == ("78", "6")  # type: ignore[union-attr]
    assert ref.date is not None and ref.date.year == 1973
    assert ref.pages is not None and ref.pages.last == "1380"


def test_mla_book_with_edition():
    ref = parse(
        "Tilly, Charles, and Sidney Tarrow. Contentious Politics. 2nd ed., Oxford UP, 2015."
    )
    assert ref.kind is Kind.BOOK
    assert names(ref.authors) == [("Tilly", "C"), ("Tarrow", "S")]
    assert ref.title is not None and ref.title.text == "Contentious Politics"
    assert ref.edition is not None and ref.edition.text == "2nd ed"
    assert ref.publisher is not None and ref.publisher.text == "Oxford UP"
    assert ref.date is not None and ref.date.year == 2015


def test_mla_chapter_and_et_al():
    ref = parse(
        'Hall, Stuart, et al. "Who Needs Identity?" Questions of Cultural Identity, edited by '
        "Stuart Hall and Paul du Gay, Sage, 1996, pp. 1–17."
    )
    assert ref.kind is Kind.CHAPTER
    assert names(ref.authors) == [("Hall", "S")] and ref.et_al is not None
    assert ref.container is not None and ref.container.text == "Questions of Cultural Identity"
    assert names(ref.editors) == [("Hall", "S"), ("du Gay", "P")]
    assert ref.publisher is not None and ref.publisher.text == "Sage"
    assert ref.pages is not None and ref.pages.text == "1–17"


def test_mla_dated_web_article():
    ref = parse(
        'Smith, Zadie. "On Optimism and Despair." The New York Review of Books, 22 Dec. 2016, '
        "www.nybooks.com/articles/2016/12/22/on-optimism-and-despair/."
    )
    assert ref.kind is Kind.WEBPAGE
    assert ref.container is not None and ref.container.text == "The New York Review of Books"
    assert ref.date is not None and ref.date.year == 2016 and ref.urls


def test_chicago_bibliography_book():
    ref = parse(
        "Child, Julia, Louisette Bertholle, and Simone Beck. Mastering the Art of French "
        "Cooking. New York: Knopf, 1961."
    )
    assert ref.kind is Kind.BOOK
    assert names(ref.authors) == [("Child", "J"), ("Bertholle", "L"), ("Beck", "S")]
    assert (ref.place.text, ref.publisher.text) == ("New York", "Knopf")  # type: ignore[union-attr]
    assert ref.date is not None and ref.date.year == 1961


MLA = """Works Cited

Anderson, Benedict. Imagined Communities: Reflections on the Origin and Spread of Nationalism. \
Verso, 1983.

Granovetter, Mark S. "The Strength of Weak Ties." American Journal of Sociology, vol. 78, no. 6, \
1973, pp. 1360–80.

Hall, Stuart. "Who Needs Identity?" Questions of Cultural Identity, edited by Stuart Hall and \
Paul du Gay, Sage, 1996, pp. 1–17.

Lamont, Michèle, and Virág Molnár. "The Study of Boundaries in the Social Sciences." Annual \
Review of Sociology, vol. 28, 2002, pp. 167–95.

Putnam, Robert D., et al. Making Democracy Work: Civic Traditions in Modern Italy. Princeton UP, \
1993.

Smith, Zadie. "On Optimism and Despair." The New York Review of Books, 22 Dec. 2016, \
www.nybooks.com/articles/2016/12/22/on-optimism-and-despair/.

Tilly, Charles, and Sidney Tarrow. Contentious Politics. 2nd ed., Oxford UP, 2015.
"""


def test_clean_mla_list_draws_nothing():
    assert _findings(MLA) == []


def test_dated_web_source_needs_no_access_date_in_these_styles():
    """Chicago and MLA ask a web source for an access date only where it has no date of its
    own: the dated one passes, the undated one (`n.d.`) is flagged."""
    text = CLEAN + (
        '\nSmith, Zadie. 2016. "On Optimism and Despair." New York Review of Books, December 22, '
        "2016. https://www.nybooks.com/articles/2016/12/22/on-optimism-and-despair/.\n"
        '\nSmith, John. n.d. "A Page of Notes." https://example.org/notes.\n'
    )
    found = [(f.code, f.entry) for f in _findings(text) if f.severity >= Severity.WARNING]
    assert found == [("RL304", 13)]


def test_and_before_the_last_name_is_the_style_s_own():
    """`and` before the last name, after a bare initial: Chicago's, not a stray Vancouver word."""
    text = CLEAN + (
        "\nTallman, Ellis W and Jon R Moen. 1999. “Why Didn’t the United States Establish a "
        "Central Bank Until After the Panic of 1907.” Federal Reserve Bank of Atlanta Working "
        "Paper 99 (16): 1–26.\n"
    )
    assert [f for f in _findings(text) if f.code == "RL512"] == []


def _best_time(read, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        read(text, 0)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("read", [year_head, names_head])
def test_long_lists_of_names_take_bounded_time(read):
    """A long list of names with no year after it (`Ericson, Lars M.; Fan, Hong Q.; ...`) looks
    like the start of these styles' names: reading it must not try every way of cutting it into
    persons (one pattern over the whole list took minutes on such an entry)."""
    names = "".join(f"Name{chr(97 + i % 26)}, Lars M.; Other, Hong Q.; " for i in range(20))

    def entry(copies: int) -> str:
        return f"{names * copies}Title of a paper. J. Am. Chem. Soc. 2005, 127, 1234-1240."

    read(entry(1), 0)
    ratio = _best_time(read, entry(4)) / _best_time(read, entry(2))
    assert ratio < 3, ratio


def test_bibliography_chapter_with_year_and_pages_last():
    ref = parse(
        "Cage, John. “Overpopulation and Art.” In John Cage: Composed in America, edited by "
        "Marjorie Perloff and Charles Junkerman. Chicago: University of Chicago Press, 1994, 14–38."
    )
    assert ref.kind is Kind.CHAPTER
    assert ref.title is not None and ref.title.text == "Overpopulation and Art"
    assert ref.container is not None and ref.container.text == "John Cage: Composed in America"
    assert names(ref.editors) == [("Perloff", "M"), ("Junkerman", "C")]
    assert ref.publisher is not None and ref.publisher.text == "University of Chicago Press"
    assert ref.date is not None and ref.date.year == 1994
    assert ref.pages is not None and ref.pages.text == "14–38"


def test_single_quoted_chapter_title():
    ref = parse(
        "Bakhtin, Mikhail M. 1982. ‘Forms of Time and of the Chronotope in the Novel’. In The "
        "Dialogic Imagination, edited by Michael Holquist, 84–258. Austin: University of Texas "
        "Press."
    )
    assert ref.kind is Kind.CHAPTER
    assert ref.title is not None and ref.title.text == (
        "Forms of Time and of the Chronotope in the Novel"
    )
    assert ref.container is not None and ref.container.text == "The Dialogic Imagination"


def test_place_with_its_state():
    ref = parse("Lynch, Kevin. The Image of the City. Cambridge, Mass.: MIT Press, 1960.")
    assert ref.kind is Kind.BOOK
    assert (ref.place.text, ref.publisher.text) == ("Cambridge, Mass.", "MIT Press")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "book"),
    [
        (
            "Voß, Jakob. 2021. „Datenqualität als Grundlage“. In Qualität in der"
            " Inhaltserschließung, 167–76. De Gruyter Saur."
            " https://doi.org/10.1515/9783110691597-010.",
            "Qualität in der Inhaltserschließung",
        ),
        (
            "Hall, Stuart. 1996. “Who Needs Identity?” In Questions of Cultural Identity, edited"
            " by Stuart Hall and Paul du Gay, 1–17. Sage. https://doi.org/10.4135/9781446221907.n1.",
            "Questions of Cultural Identity",
        ),
    ],
)
def test_a_chapter_s_publisher_before_its_link_is_its_publisher(text, book):
    ref = parse(text)
    assert ref.kind is Kind.CHAPTER
    assert ref.container is not None and ref.container.text == book
    assert ref.publisher is not None and ref.publisher.text in ("De Gruyter Saur", "Sage")
    assert ref.place is None


@pytest.mark.parametrize(
    ("tail", "journal"),
    [
        ("Found. Trends Mach. Learn. 3 (1): 1–122.", "Found. Trends Mach. Learn."),
        ("J. Stat. Phys. 85 (5): 551–74.", "J. Stat. Phys."),
        ("Publ. Math. Inst. Hung. Acad. Sci 5 (1): 17–60.", "Publ. Math. Inst. Hung. Acad. Sci"),
    ],
)
def test_a_dotted_journal_abbreviation_is_read_whole(tail, journal):
    # each period after a cut word ends no sentence: the journal runs to its volume
    ref = parse(f"Boyd, Stephen, and Neal Parikh. 2011. “Distributed Optimization.” {tail}")
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.pages is not None


def test_a_report_after_a_quoted_title_is_no_dotted_journal():
    # a sentence closing on a whole word (`Paper`) is no cut: not read as a journal's name
    ref = parse(
        "Smith, John. 2010. “Local Trees.” Working Paper. Cambridge, MA: National Bureau of "
        "Economic Research."
    )
    assert ref.container is None or "Paper" not in ref.container.text
