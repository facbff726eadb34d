"""The forms numbered lists borrow from APA: a proceedings paper or chapter with its pages in
parentheses after the book (`In 2019 IEEE ... (ICRA) (pp. 1120–1126)`, `In Brown A (eds.) Book
(pp. 97–102). Springer: Cham. 2021.`), and a journal article out before its issue (`Journal. 2025.
Online ahead of print.`). Each is read into its fields, not as a web page because of its DOI link;
the Vancouver forms keep their readings."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


def _fields(ref) -> dict:
    def text(field):
        return None if field is None else field.text

    return {
        "kind": ref.kind,
        "title": text(ref.title),
        "container": text(ref.container),
        "year": text(ref.date),
        "volume": text(ref.volume),
        "pages": text(ref.pages),
        "publisher": text(ref.publisher),
        "place": text(ref.place),
        "doi": text(ref.doi),
    }


def _read(entry: str) -> dict:
    return _fields(parse(entry))


# --- proceedings papers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "container", "pages", "year", "publisher"),
    [
        (  # robotics: the year first, the acronym in parentheses, the year again after the pages
            "Lee K, Park J. Grasping objects in clutter. In 2019 IEEE International Conference on "
            "Robotics and Automation (ICRA) (pp. 1120–1126). 2019. "
            "https://doi.org/10.1109/ICRA.2019.8793001",
            "2019 IEEE International Conference on Robotics and Automation (ICRA)",
            "1120–1126",
            "2019",
            None,
        ),
        (  # neural networks: `Proceedings of`, the year inside the name
            "Silva R, Costa P. Deep learning for EEG. In Proceedings of the 2020 International "
            "Joint Conference on Neural Networks (IJCNN) (pp. 1–8). 2020. "
            "https://doi.org/10.1109/IJCNN48605.2020.9206001",
            "Proceedings of the 2020 International Joint Conference on Neural Networks (IJCNN)",
            "1–8",
            "2020",
            None,
        ),
        (  # computer vision, APA's own form: the year after the names, the publisher after the pages
            "He, K., Zhang, X., Ren, S., & Sun, J. (2016). Deep residual learning for image "
            "recognition. In 2016 IEEE Conference on Computer Vision and Pattern Recognition "
            "(CVPR) (pp. 770–778). IEEE. https://doi.org/10.1109/CVPR.2016.90",
            "2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)",
            "770–778",
            "2016",
            "IEEE",
        ),
    ],
)
def test_a_proceedings_paper_with_its_pages_in_parentheses(
    entry, container, pages, year, publisher
):
    read = _read(entry)
    assert read["kind"] is Kind.CONFERENCE
    assert (read["container"], read["pages"], read["year"]) == (container, pages, year)
    assert read["publisher"] == publisher
    assert read["doi"] is not None


# --- chapters -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (  # cardiac surgery: publisher, colon, place; then the year and the DOI link
            "Smith J. Cardiac surgery in the elderly. In Brown A, White B (eds.) Heart Surgery: "
            "Principles and Practice (pp. 97–102). Springer: Cham. 2021. "
            "https://doi.org/10.1007/978-3-030-12345-6_7",
            ("Heart Surgery: Principles and Practice", "97–102", "Springer", "Cham", "2021"),
        ),
        (  # the same with the place first, as Vancouver sets it
            "Smith J. Cardiac surgery in the elderly. In Brown A, White B (Eds.) Heart Surgery "
            "(pp. 97–102). Cham: Springer. 2021. https://doi.org/10.1007/978-3-030-12345-6_7",
            ("Heart Surgery", "97–102", "Springer", "Cham", "2021"),
        ),
        (  # neuroscience: one editor, `(ed.)`, a university press and its city
            "Tanaka Y. Dopamine and reward. In Ito K (ed.) Neurobiology of Motivation "
            "(pp. 45–60). Tokyo: Kyoto University Press. 2018.",
            ("Neurobiology of Motivation", "45–60", "Kyoto University Press", "Tokyo", "2018"),
        ),
        (  # psychology, APA's author-date form: initials first, `&`, `(Eds.),`, no place
            "Miyake, A., & Shah, P. (1999). Toward unified theories of working memory. In A. "
            "Miyake & P. Shah (Eds.), Models of working memory (pp. 442–481). Cambridge "
            "University Press.",
            ("Models of working memory", "442–481", "Cambridge University Press", None, "1999"),
        ),
        (  # APA: the edition before the pages inside the parentheses
            "Miyake, A., & Shah, P. (1999). Toward unified theories. In A. Miyake & P. Shah "
            "(Eds.), Models of working memory (2nd ed., pp. 442–481). Cambridge University Press.",
            ("Models of working memory", "442–481", "Cambridge University Press", None, "1999"),
        ),
        (  # cardiology: the volume before the pages
            "Smith J. Valve repair. In Brown A (ed.) Cardiac Surgery (Vol. 2, pp. 97–102). "
            "Springer: Berlin. 2015.",
            ("Cardiac Surgery", "97–102", "Springer", "Berlin", "2015"),
        ),
        (  # ecology: a chapter's own title starting with `In`, title-cased
            "Moreau L. In Vivo Imaging of Root Growth. In Garcia M (Ed.), Plant Methods "
            "(pp. 1–20). Wiley: Hoboken. 2020.",
            ("Plant Methods", "1–20", "Wiley", "Hoboken", "2020"),
        ),
    ],
)
def test_a_chapter_with_its_pages_in_parentheses(entry, expected):
    read = _read(entry)
    assert read["kind"] is Kind.CHAPTER
    got = (read["container"], read["pages"], read["publisher"], read["place"], read["year"])
    assert got == expected


@pytest.mark.parametrize(
    "entry",
    [
        # no pages: the editor word in parentheses after the name marks the `In`
        "Smith J. Valve repair. In Brown A (eds.) Cardiac Surgery. Springer: Berlin, Heidelberg. "
        "2015.",
        # Citing Medicine's `In:` and `editor.`, the publisher before its places
        "Smith J. Valve repair. In: Brown A, editor. Cardiac Surgery. Springer: Berlin, "
        "Heidelberg. 2015.",
    ],
)
def test_a_chapter_whose_publisher_comes_before_its_place(entry):
    read = _read(entry)
    assert read["kind"] is Kind.CHAPTER
    got = (read["container"], read["publisher"], read["place"], read["year"])
    assert got == ("Cardiac Surgery", "Springer", "Berlin, Heidelberg", "2015")


@pytest.mark.parametrize(
    "entry",
    [
        "Smith J. Valve repair. In: Brown A, editor. Cardiac Surgery. London. 2019.",
        "Smith J. Valve repair. In: Proceedings of the Heart Meeting. Sydney, Australia. 2019.",
    ],
)
def test_a_place_alone_after_the_book_is_no_publisher(entry):
    read = _read(entry)
    assert read["kind"] in (Kind.CHAPTER, Kind.CONFERENCE)
    assert (read["publisher"], read["year"]) == (None, "2019")


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "Brown T. Cardiac Surgery in the Adult. 5th edn. McGraw-Hill: New York. 2017.",
            ("Cardiac Surgery in the Adult", "McGraw-Hill", "New York", "2017", Kind.BOOK),
        ),
        (  # a title with a colon of its own, the place first
            "Smith J. Cardiac Surgery: A Handbook. Berlin: Springer. 2015.",
            ("Cardiac Surgery: A Handbook", "Springer", "Berlin", "2015", Kind.BOOK),
        ),
        (  # a book's DOI link is no web page's
            "Brown T. Cardiac CT. Springer: Berlin, Heidelberg. 2019. "
            "https://doi.org/10.1007/978-3-662-00001-1",
            ("Cardiac CT", "Springer", "Berlin, Heidelberg", "2019", Kind.BOOK),
        ),
    ],
)
def test_a_book_whose_publisher_and_place_come_after_the_title(entry, expected):
    read = _read(entry)
    got = (read["title"], read["publisher"], read["place"], read["year"], read["kind"])
    assert got == expected


def test_a_colon_with_no_publishing_house_on_either_side_is_no_book():
    read = _read("Smith J. Title of a paper. Cardiology: Research. 2015.")
    assert (read["kind"], read["publisher"]) == (Kind.UNKNOWN, None)


def test_a_chapter_keeps_its_title_and_editors():
    ref = parse(
        "Moreau L. In Vivo Imaging of Root Growth. In Garcia M, Chen L (Eds.), Plant Methods "
        "(pp. 1–20). Wiley: Hoboken. 2020."
    )
    assert ref.title is not None and ref.title.text == "In Vivo Imaging of Root Growth"
    assert [e.text for e in ref.editors] == ["Garcia M", "Chen L"]
    # the pages' span is the range inside the parentheses, not the marker
    assert ref.pages is not None and ref.text[ref.pages.span.start : ref.pages.span.end] == "1–20"
    assert ref.page_marker is None  # `(pp.` is APA's form, not a `p.`/`pp.` marker to compare


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Smith J & Jones K. A title here. J Things. 2020;12:1-5.", ["Smith J", "Jones K"]),
        (
            "A. Brown & B. White, Physics of things, Phys. Rev. B 12, 345 (2001).",
            ["A. Brown", "B. White"],
        ),
    ],
)
def test_names_joined_by_an_ampersand_are_names(entry, expected):
    """The `&` between editors' names (`In A. Brown & B. White (Eds.),`) ends a name as `and`
    does, in an author list too."""
    assert [a.text for a in parse(entry).authors] == expected


# --- articles out before their issue --------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "journal", "year"),
    [
        (
            "Rossi M, Bianchi L. Sleep and memory consolidation. J Sleep Res. 2025. Online "
            "ahead of print. https://doi.org/10.1111/jsr.14001",
            "J Sleep Res",
            "2025",
        ),
        (
            "Kim H, Choi S. Stroke outcomes after thrombectomy. Stroke. 2024 [Epub ahead of "
            "print]. doi: 10.1161/STROKEAHA.124.04321",
            "Stroke",
            "2024",
        ),
        (  # the mark after the DOI, as PubMed prints it
            "Kim H, Choi S. Stroke outcomes after thrombectomy. Stroke. 2024 Jan 3. "
            "doi: 10.1161/STROKEAHA.124.04321. Epub ahead of print.",
            "Stroke",
            "2024 Jan 3",
        ),
        (  # a dotted abbreviation, split at its periods
            "Nowak P. Soil carbon under maize. J. Agric. Food Chem. 2023. Online ahead of print. "
            "doi: 10.1021/acs.jafc.3c01234",
            "J. Agric. Food Chem",
            "2023",
        ),
        (  # the year and the mark after a semicolon
            "Nowak P. Soil carbon under maize. Geoderma 2023; Online ahead of print. "
            "doi: 10.1016/j.geoderma.2023.116500",
            "Geoderma",
            "2023",
        ),
        (  # APA: the year after the names, `Advance online publication.`
            "Oberauer, K., & Lewandowsky, S. (2025). Forgetting in working memory. Psychological "
            "Review. Advance online publication. https://doi.org/10.1037/rev0000500",
            "Psychological Review",
            "2025",
        ),
        (  # the mark in parentheses
            "Patel R. Atrial fibrillation after surgery. Heart Rhythm. 2024. (Online ahead of "
            "print). doi: 10.1016/j.hrthm.2024.01.001",
            "Heart Rhythm",
            "2024",
        ),
        (  # the mark in brackets with `Online` in it is no medium
            "Rossi M. Sleep spindles. Journal of Sleep Research. 2025 Mar 3. [Online ahead of "
            "print]. https://doi.org/10.1111/jsr.14002",
            "Journal of Sleep Research",
            "2025 Mar 3",
        ),
    ],
)
def test_an_article_online_ahead_of_print_is_an_article(entry, journal, year):
    ref = parse(entry)
    read = _fields(ref)
    assert read["kind"] is Kind.ARTICLE
    assert (read["container"], read["year"], read["volume"], read["pages"]) == (
        journal,
        year,
        None,
        None,
    )
    assert ref.medium is None


# --- what keeps its reading -----------------------------------------------------------------


@pytest.mark.parametrize(
    "entry",
    [
        # the mark right after the title: no journal named
        "Rossi M. Sleep and memory. 2025. Epub ahead of print. doi: 10.1111/jsr.14001",
        # a web page with a link
        "World Health Organization. Hepatitis B fact sheet [Internet]. 2023. Available from: "
        "https://www.who.int/news-room/fact-sheets/detail/hepatitis-b",
    ],
)
def test_no_journal_no_article(entry):
    assert parse(entry).kind is not Kind.ARTICLE


def test_an_article_with_volume_and_pages_and_the_mark_keeps_its_tail():
    read = _read(
        "Kim H. Stroke outcomes. Lancet. 2024 Jan 3;403(10):S0140-6736(24)00001-2. "
        "doi: 10.1016/S0140-6736(24)00001-2. Epub ahead of print."
    )
    assert (read["kind"], read["container"], read["volume"]) == (Kind.ARTICLE, "Lancet", "403")


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (  # Citing Medicine's chapter: `In:`, `editors.`, place: publisher; year, `p.`
            "Smith J. Chapter title. In: Brown A, White B, editors. Book Title. 2nd ed. Cham: "
            "Springer; 2021. p. 97–102.",
            ("Book Title", "97–102", "Springer", "Cham", "2021"),
        ),
        (  # BMC's: `Edited by:`, then `Place: Publisher; Year:pages`
            "Young R. Phage lysis. In Lambda II. Edited by: Hendrix RW, Roberts JW. Cold Spring "
            "Harbor: Cold Spring Harbor Laboratory; 1983:21-51.",
            ("Lambda II", "21-51", "Cold Spring Harbor Laboratory", "Cold Spring Harbor", "1983"),
        ),
    ],
)
def test_a_vancouver_chapter_keeps_its_reading(entry, expected):
    read = _read(entry)
    assert read["kind"] is Kind.CHAPTER
    got = (read["container"], read["pages"], read["publisher"], read["place"], read["year"])
    assert got == expected


def test_a_title_starting_with_in_stays_a_title_without_parenthesised_pages():
    read = _read("Smith J. In vivo imaging of the brain. J Imaging. 2020;12:1-20.")
    assert (read["kind"], read["title"], read["container"]) == (
        Kind.ARTICLE,
        "In vivo imaging of the brain",
        "J Imaging",
    )


# --- cost -----------------------------------------------------------------------------------


def _read_only(text: str) -> None:
    from refslint.grammar import parse_entry
    from refslint.model import Entry, PositionMap

    parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1))


def test_reading_these_forms_grows_linearly_with_the_entry():
    """Long runs of what these readings look for (`In` before a sentence that never reaches its
    parenthesised pages, the pages themselves, the ahead-of-print mark): twice the text costs
    about twice the time, not four times."""
    from functools import partial

    from tests.timing import assert_linear

    shapes = [
        lambda n: "Smith J. Title. " + "In Book of words " * n + "(pp. 1–2). Springer.",
        lambda n: "Smith J. Title. In Brown A (eds.) Book " + "(pp. 1–2) " * n + ". Springer.",
        lambda n: "Smith J. Title. J Things. 2025. " + "Online ahead of print. " * n,
    ]
    for make in shapes:
        small, large = make(300), make(600)
        assert len(large) < 20_000  # under the entry limit, so that the grammar reads it all
        assert_linear(
            partial(_read_only, small), partial(_read_only, large), bound=3, runs=5, what=small[:30]
        )
