"""APA's journal article (`Title. Journal Name, 63(2), 1–29. https://doi.org/...`, or with
`Article e12345` for the pages) and its chapter without pages (`In A. Brown & B. White (Eds.),
Book title. Publisher.`), in author-date lists and in numbered lists that borrow them. Each is
read with its fields, not as a web page because of its DOI link; the other styles keep their
readings, and a web page stays a web page."""

from __future__ import annotations

import pytest

from refslint.grammar import parse_entry
from refslint.model import Entry, Kind, PositionMap, Reference
from tests.grammar.reading import parse


def _text(field) -> str | None:
    return None if field is None else field.text


def _article(ref: Reference) -> tuple:
    return (
        ref.kind,
        _text(ref.title),
        _text(ref.container),
        None if ref.date is None else ref.date.year,
        _text(ref.volume),
        _text(ref.issue),
        _text(ref.pages),
        _text(ref.article_number),
    )


@pytest.mark.parametrize(
    ("entry", "named", "numbers"),
    [
        (  # psychology, APA 7 itself: issue in parentheses, DOI link
            "Smith, J. A., & Lee, K. (2020). Working memory and reading in adolescents. Journal "
            "of Applied Psychology, 63(2), 1–29. https://doi.org/10.1037/apl0000123",
            ("Working memory and reading in adolescents", "Journal of Applied Psychology", 2020),
            ("63", "2", "1–29", None),
        ),
        (  # ecology: no issue, no DOI
            "Nguyen, T., Okafor, C., & Berg, M. (2018). Pollinator decline in temperate "
            "grasslands. Ecology Letters, 21, 1402–1411.",
            ("Pollinator decline in temperate grasslands", "Ecology Letters", 2018),
            ("21", None, "1402–1411", None),
        ),
        (  # a journal that numbers its articles: APA's `Article e...`
            "Costa, R. (2021). Sleep and mood in shift workers. PLOS ONE, 16(4), Article "
            "e0249876. https://doi.org/10.1371/journal.pone.0249876",
            ("Sleep and mood in shift workers", "PLOS ONE", 2021),
            ("16", "4", None, "e0249876"),
        ),
        (  # molecular biology in a numbered list: the journal abbreviated with periods
            "Gruber, A.J. and Zavolan, M. (2019) Alternative cleavage in health and disease. "
            "Nat. Rev. Genet., 20, 599–614. doi: 10.1038/s41576-019-0001-1",
            ("Alternative cleavage in health and disease", "Nat. Rev. Genet.", 2019),
            ("20", None, "599–614", None),
        ),
        (  # an abbreviation with a spaced dash inside (which RL811 then reports)
            "Bueno, M.J. and Malumbres, M. (2011) MicroRNAs and the cell cycle. Biochim. Biophys. "
            "Acta - Mol. Basis Dis., 1812, 592–601.",
            ("MicroRNAs and the cell cycle", "Biochim. Biophys. Acta - Mol. Basis Dis.", 2011),
            ("1812", None, "592–601", None),
        ),
        (  # a numbered list with Vancouver names, APA's tail, no year at all
            "Smith JA, Lee K. Rural clinics and vaccine uptake. Journal of Rural Health, 38(1), "
            "12–20. https://doi.org/10.1111/jrh.12345",
            ("Rural clinics and vaccine uptake", "Journal of Rural Health", None),
            ("38", "1", "12–20", None),
        ),
        (  # Vancouver names, the year after them in parentheses
            "Smith JA, Lee K (2020) Rural clinics and vaccine uptake. Journal of Rural Health, "
            "38(1), 12–20.",
            ("Rural clinics and vaccine uptake", "Journal of Rural Health", 2020),
            ("38", "1", "12–20", None),
        ),
        (  # a journal named `Proceedings`: its volume is no meeting's year
            "Tanaka, H. (2018). Bird song learning. Proceedings of the Royal Society B: "
            "Biological Sciences, 285(1890), 20180001.",
            ("Bird song learning", "Proceedings of the Royal Society B: Biological Sciences", 2018),
            ("285", "1890", None, "20180001"),
        ),
        (  # ... and as a sentence of its own
            "Smith JA, Lee K. (2020). Rural clinics and vaccine uptake. Journal of Rural Health, "
            "38(1), 12–20.",
            ("Rural clinics and vaccine uptake", "Journal of Rural Health", 2020),
            ("38", "1", "12–20", None),
        ),
    ],
)
def test_an_apa_journal_article_is_read_with_its_fields(entry, named, numbers):
    ref = parse(entry)
    assert _article(ref) == (Kind.ARTICLE, *named, *numbers)


def test_the_labelled_number_is_no_part_of_the_reading():
    entry = "12. Okafor C. Soil carbon under grazing. Geoderma, 402, 115312."
    ref = parse(entry, label_end=4)
    read = (Kind.ARTICLE, "Soil carbon under grazing", "Geoderma", None)
    assert _article(ref) == (*read, "402", None, None, "115312")


@pytest.mark.parametrize(
    ("entry", "title", "journal"),
    [
        (  # a full name after a title in two sentences: the second stays the title's
            "Smith, J. (2020). Deep learning. A Review. Neural Networks, 12, 3–14.",
            "Deep learning. A Review",
            "Neural Networks",
        ),
        (  # an abbreviation without its last period: gathered as far as a known journal
            "Smith, J. (2010). The complex. Biochim. Biophys. Acta, 1806, 230–239.",
            "The complex",
            "Biochim. Biophys. Acta",
        ),
    ],
)
def test_a_title_in_sentences_and_an_abbreviated_journal_are_told_apart(entry, title, journal):
    ref = parse(entry)
    assert (_text(ref.title), _text(ref.container)) == (title, journal)


@pytest.mark.parametrize(
    "link",
    [
        "Retrieved from http://jom.sagepub.com/content/37/1/9",  # APA 6, no DOI
        "Available from: http://jom.sagepub.com/content/37/1/9",  # a numbered list's wording
    ],
)
def test_an_article_linked_to_its_page_is_an_article(link):
    ref = parse(f"Jones, T. (2011). Boards and firms. Journal of Management, 37(1), 9–38. {link}")
    assert _article(ref) == (
        *(Kind.ARTICLE, "Boards and firms", "Journal of Management", 2011),
        *("37", "1", "9–38", None),
    )


def test_retrieved_from_is_no_access_date():
    """`Retrieved from https://...` names no date: the entry is read (a web page), where
    `from` was taken for a month and the entry rejected."""
    ref = parse("Lee, B. (2013). Page title. Retrieved from http://example.org/page")
    assert ref.kind is Kind.WEBPAGE and _text(ref.title) == "Page title"
    dated = parse("Lee, B. (2013). Page title. Retrieved March 3, 2020, from https://example.org/")
    assert dated.accessed is not None and dated.accessed.year == 2020


def test_the_journal_span_points_at_the_journal():
    entry = "Lee, K. (2020). A title. Journal of Things, 4(1), 5–9."
    ref = parse(entry)
    assert ref.container is not None and ref.volume is not None and ref.pages is not None
    span = ref.container.span
    assert entry[span.start : span.end] == "Journal of Things"
    assert entry[ref.volume.span.start : ref.volume.span.end] == "4"
    assert entry[ref.pages.span.start : ref.pages.span.end] == "5–9"


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        # a web page with a link, in APA's form: no volume, no pages
        (
            "World Health Organization. (2020). Fact sheet on measles. "
            "https://www.who.int/news-room/fact-sheets/detail/measles",
            Kind.WEBPAGE,
        ),
        # a workshop's year and marked pages after its name: no journal's volume
        (
            "Ibraimi L, Asim M and Petkovic M. Secure records by attribute-based encryption. 6th "
            "International Workshop on Wearable Technologies, 2009, pp.71–74. doi: "
            "10.1109/PHEALTH.2009.5754828",
            Kind.UNKNOWN,
        ),
        # a meeting's year and days: the conference word tells it
        (
            "Lee K. Title of the talk. Annual Meeting of Soil Scientists, 2019, 12–14. "
            "https://example.org/meeting",
            Kind.WEBPAGE,
        ),
    ],
)
def test_other_forms_with_commas_and_numbers_are_not_apa_articles(entry, kind):
    assert parse(entry).kind is kind


def test_names_the_grammar_could_not_read_keep_the_article_unread():
    """`Li, M. Shyu, A. Bin, ... (2014) Title.`: the names run into the title; reading the
    journal would give a title that begins with names and a year."""
    entry = (
        "Masamha, C.P., Li, M. Shyu, A. Bin, Li, W. and Wagner, E.J. (2014) CFIm25 links "
        "polyadenylation to tumour suppression. Nature, 510, 412–416."
    )
    ref = parse(entry)
    assert ref.kind is not Kind.ARTICLE


@pytest.mark.parametrize(
    ("entry", "journal", "volume", "issue", "pages"),
    [
        (  # Vancouver: the year's tail
            "Smith JA, Lee K. Rural clinics. J Rural Health. 2020;38(1):12-20. "
            "doi:10.1111/jrh.12345",
            "J Rural Health",
            "38",
            "1",
            "12-20",
        ),
        (  # MDPI and ACS: the year before the volume
            "Smith, J.; Lee, K. Rural clinics. J. Rural Health 2020, 38, 12–20.",
            "J. Rural Health",
            "38",
            None,
            "12–20",
        ),
        (  # IEEE: the volume labelled
            '[4] J. Smith and K. Lee, "Rural clinics," IEEE Trans. Med. Imaging, vol. 38, '
            "no. 1, pp. 12–20, 2020.",
            "IEEE Trans. Med. Imaging",
            "38",
            "1",
            "12–20",
        ),
        (  # a journal named `In Vivo` is no chapter's `In`
            "Brown, A. (2019). Imaging of the liver. In Vivo, 12(3), 45–67.",
            "In Vivo",
            "12",
            "3",
            "45–67",
        ),
    ],
)
def test_other_article_styles_keep_their_readings(entry, journal, volume, issue, pages):
    label_end = 4 if entry.startswith("[4]") else 0
    ref = parse(entry, label_end=label_end)
    assert ref.kind is Kind.ARTICLE
    found = (_text(ref.container), _text(ref.volume), _text(ref.issue), _text(ref.pages))
    assert found == (journal, volume, issue, pages)


# --- chapters ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "book", "publisher", "editors"),
    [
        (  # APA 7: the chapter's pages left out
            "Brown, A. (2019). Grief in childhood. In A. Brown & B. White (Eds.), Handbook of "
            "grief. Guilford.",
            "Handbook of grief",
            "Guilford",
            ["Brown", "White"],
        ),
        (  # one editor, an edition in parentheses, a DOI
            "Rossi, P. (2017). Soil microbes. In M. Costa (Ed.), Soil biology (2nd ed.). "
            "Springer. https://doi.org/10.1007/978-3-319-00000-0_3",
            "Soil biology (2nd ed.)",
            "Springer",
            ["Costa"],
        ),
        (  # a numbered list that borrows the form, the year after the publisher
            "Okafor C, Berg M. Grazing and soil. In J. Smith & K. Lee (Eds.), Rangelands of "
            "Africa. Earthscan; 2015.",
            "Rangelands of Africa",
            "Earthscan",
            ["Smith", "Lee"],
        ),
    ],
)
def test_an_apa_chapter_without_pages_is_read_as_a_chapter(entry, book, publisher, editors):
    ref = parse(entry)
    assert ref.kind is Kind.CHAPTER
    assert (_text(ref.container), _text(ref.publisher)) == (book, publisher)
    assert [e.family for e in ref.editors] == editors


def test_a_title_that_starts_with_in_is_no_chapter():
    """`In A. Brown` needs APA's `(Eds.),` after the names to be a chapter's `In`."""
    entry = "Brown, A. (2019). In A. Brown's footsteps: a memoir. Guilford."
    ref = parse_entry(Entry(entry, PositionMap((0,), (1,), (1,)), 1, None, 0))
    assert ref.kind is not Kind.CHAPTER


def test_a_long_sentence_of_commas_is_tried_as_a_journal_tail_in_linear_time():
    """Each stretch between commas is one repetition of the journal's pattern, whatever spaces
    follow a comma: a sentence of a hundred commas once took `re` longer than a user waits."""
    from functools import partial

    from refslint.grammar.apa import JOURNAL_TAIL
    from tests.timing import assert_linear

    def tried(n: int) -> None:
        for text in ("ab, " * n, "ab ,  " * n, "Journal of x, " * n + "12 and more"):
            assert JOURNAL_TAIL.match(text) is None

    assert JOURNAL_TAIL.match("Journal of Things, Series B, 63(2), 1–29") is not None
    assert_linear(partial(tried, 2_000), partial(tried, 4_000), bound=3, runs=5, fast_enough=0.01)


@pytest.mark.parametrize(
    ("entry", "month", "day"),
    [
        (
            "Boake, C. (2002, 24 maja). From the Binet-Simon to the Wechsler-Bellevue. Journal of"
            " Clinical and Experimental Neuropsychology, 24(3), 383–405.",
            5,
            24,
        ),
        (
            "Locke, E. A. (2005, 14 kwietnia). Why emotional intelligence is an invalid concept."
            " Journal of Organizational Behavior, 26, 425–431.",
            4,
            14,
        ),
        (
            "Nowak, A. (2012, 1 listopada). Jak myślimy. Polityka, 3(2), 10–12.",
            11,
            1,
        ),
    ],
)
def test_a_polish_day_and_month_after_the_year_are_the_date(entry, month, day):
    ref = parse(entry)
    assert ref.date is not None and (ref.date.month, ref.date.day) == (month, day)
    assert ref.authors and ref.container is not None and ref.volume is not None
