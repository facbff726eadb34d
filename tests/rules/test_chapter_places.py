"""RL521 on Chicago's chapters: a chapter whose house closes the entry (`In Book, edited by A.
Editor, 667–82. Series. Springer.`) has no place where the list's chapters and proceedings papers
give one; a DOI link makes no book a web page, and a title's `Dataset` makes it no data set. A
list's books are still measured against its books alone."""

from __future__ import annotations

CHICAGO = [
    'Brickley, Dan, und Natasha Noy. 2019. "Building a Search Engine for Datasets." In The World '
    "Wide Web Conference, 1365–75. New York: Association for Computing Machinery. "
    "https://doi.org/10.1145/3308558.3313685.",
    'Chen, Jinchi, und Yuzhong Qu. 2019. "Towards More Usable Dataset Search." In Proceedings of '
    "the 28th Conference on Information and Knowledge Management, 2445–48. New York: Association "
    "for Computing Machinery. https://doi.org/10.1145/3357384.3358096.",
]
CHAPTER = (
    'Carevic, Zeljko, und Philipp Mayr. 2020. "Characteristics of Dataset Retrieval Sessions." In '
    "Digital Libraries for Open Knowledge, edited by Mark Hall, Tanja Merčun, und Fabien "
    "Duchateau, 185–93. Lecture Notes in Computer Science. Springer. "
    "https://doi.org/10.1007/978-3-030-54956-5_14."
)


def _lint(lint, entries: list[str]):
    return lint("References\n" + "\n".join(entries) + "\n", select=["RL521"])


def test_a_chapter_without_its_place_among_proceedings_that_give_one(lint):
    found = _lint(lint, [*CHICAGO, CHAPTER])
    assert [(d.entry, d.code) for d in found] == [(3, "RL521")]
    assert "`Place: Springer`" in found[0].message


def test_a_chapter_with_its_place_passes(lint):
    placed = CHAPTER.replace("Science. Springer.", "Science. Cham: Springer.")
    assert _lint(lint, [*CHICAGO, placed]) == []


def test_books_are_measured_against_books_alone(lint):
    ieee = [
        "[1] M. McFarland, “Autopilot design,” in AIAA Guidance Conference. San Diego, CA: "
        "AIAA, 1997, pp. 1–9.",
        "[2] J. Smith, “Adaptive flight control,” in IFAC Congress. Oxford: Pergamon Press, "
        "2002, pp. 10–19.",
        "[3] E. Lavretsky and K. A. Wise, Robust and Adaptive Control. Springer, 2013.",
    ]
    assert lint("\n".join(ieee) + "\n", select=["RL521"]) == []


def test_a_journal_read_as_a_place_and_pages_teaches_no_place(lint):
    # an abbreviated journal whose last period is lost reads as `Place: Publisher` (`Sci 5 (1):
    # 17–60`): a "publisher" of numbers is no book's place, so the list gives no book a place
    journal = (
        'Erdős, Paul, and Alfréd Rényi. 1960. "On the Evolution of Random Graphs." Publ. Math. '
        "Inst. Hung. Acad. Sci 5 (1): 17–60."
    )
    chapter = (
        'Akaike, Hirotugu. 1998. "Information Theory and an Extension of the Maximum Likelihood '
        'Principle." In Selected Papers of Hirotugu Akaike, 199–213. Springer.'
    )
    assert _lint(lint, [journal, chapter]) == []
    # beside a proceedings paper that gives its place, the chapter is still told
    assert [d.entry for d in _lint(lint, [CHICAGO[0], chapter])] == [2]


# A Chicago list whose books mostly give no place, but whose one house is printed with its place
HOUSED = [
    "Assfalg, Rolf. 2023. „Metadaten“. In Grundlagen der Informationswissenschaft, herausgegeben "
    "von Rainer Kuhlen und Dirk Lewandowski, 245–56. Berlin, Boston: De Gruyter Saur. "
    "https://doi.org/10.1515/9783110769043-021.",
    "Kern, Christian. 2011. RFID für Bibliotheken. Springer.",
    "Shneiderman, Ben. 2005. Designing the user interface. Pearson.",
    "Brown, Ann. 2010. Libraries and their catalogues. Wiley.",
    "Georgy, Ursula. 2019. „Smart Services“. In Praxishandbuch Informationsmarketing, "
    "herausgegeben von Frauke Schade, 343–57. De Gruyter Saur. "
    "https://doi.org/10.1515/9783110539011-023.",
]


def test_a_house_the_list_prints_with_its_place_is_asked_for_it(lint):
    found = _lint(lint, HOUSED)
    assert [(d.entry, d.code) for d in found] == [(5, "RL521")]  # not Springer's, nor Pearson's
    assert "`Berlin, Boston: De Gruyter Saur`" in found[0].message


def test_a_house_given_its_place_each_time_passes(lint):
    placed = HOUSED[4].replace("343–57. De Gruyter", "343–57. Berlin: De Gruyter")
    assert _lint(lint, [*HOUSED[:4], placed]) == []


# An APA 6 list whose books give `Place: Publisher`
APA_BOOKS = [
    "Bartlett, F. C. (1932). Remembering: A study in social psychology. Cambridge, England: "
    "Cambridge University Press.",
    "Chomsky, N. (1965). Aspects of the theory of syntax. Cambridge, MA: MIT Press.",
    "Gardner, H. (1983). Frames of mind: The theory of multiple intelligences. New York: Basic "
    "Books.",
]


def test_a_house_run_into_the_title_after_a_comma_is_read_as_the_publisher(lint):
    comma = "Gilford, J. P. (1967) The nature of human intelligence, McGraw-Hill."
    found = _lint(lint, [*APA_BOOKS, comma])
    assert [(d.entry, d.code) for d in found] == [(4, "RL521")]
    assert "`Place: McGraw-Hill`" in found[0].message


def test_a_house_named_in_capitals_is_read_as_the_publisher(lint):
    sage = "Organ, D. W. (2005). Organizational citizenship behavior: Its nature. SAGE."
    assert [(d.entry, d.code) for d in _lint(lint, [*APA_BOOKS, sage])] == [(4, "RL521")]


def test_a_title_closed_by_a_comma_and_no_house_is_left_alone(lint):
    plain = "Gilford, J. P. (1967) The nature of human intelligence, revisited."
    assert _lint(lint, [*APA_BOOKS, plain]) == []
