"""IOP's numbered Harvard: names, a bare year, the title run into the journal, volume and pages.

Every entry here is written for these tests (none is taken from a published list). The style is
read without changing how any other style reads: the Vancouver cases at the end must stay as
they were, and a list of right IOP entries must draw no finding at all.
"""

from __future__ import annotations

from refslint.model import Kind
from tests.grammar.reading import names, parse

ARTICLES = [
    "Moreau P, Lindqvist K A and Okafor C 2019 Grain growth in annealed copper and nickel films"
    " J. Appl. Phys. 125 245301",
    "Kowal T and Ruiz E 2018 Heat and mass transfer in porous media and foams"
    " Int. J. Heat Mass Transfer 120 88–97",
    "Brandt H et al 2020 Edge turbulence in a stellarator Nucl. Fusion 60 066001",
    "Haldane J B 1926 On being the right size Nature 118 1212–4",
    "Li W, Gao F and Ji S 2015 Sedimentation of iron-rich phases in Al-Si alloys"
    " Trans. Nonferrous Met. Soc. China 25 1704–14",
    "Cho T T, Meng Y and Sato K 2015 Separation of tramp elements by semisolid processing"
    " Int. J. Precis. Eng. Manuf. 16 177–83",
]
OTHERS = [
    "Ashby M F 2011 Materials Selection in Mechanical Design (Oxford: Butterworth-Heinemann)",
    "Lee S and Park J 2015 Thin film growth by sputtering, in: Handbook of Deposition"
    " Technologies (Norwich: William Andrew) pp 10–25",
    "Novak J and Berg P 2012 Flux modelling in arc furnaces Proc. 9th Int. Conf. on Molten Slags"
    " (Santiago, Chile) pp 221–9",
    "Okafor C 2010 Creep of nickel superalloys PhD Thesis University of Leeds",
    "Ruiz E 2025 Aluminium recycling statistics (https://example.org/stats) (accessed 3 May 2026)",
]


def test_an_article_reads_names_year_title_journal_volume_and_article_number():
    ref = parse(ARTICLES[0])
    assert names(ref.authors) == [("Moreau", "P"), ("Lindqvist", "KA"), ("Okafor", "C")]
    assert ref.kind is Kind.ARTICLE and ref.date.year == 2019
    assert ref.title.text == "Grain growth in annealed copper and nickel films"
    assert (ref.container.text, ref.volume.text) == ("J. Appl. Phys.", "125")
    assert ref.article_number.text == "245301" and ref.pages is None
    assert ref.guess == ""  # a journal the shipped lists know: no guess to report


def test_and_in_the_title_and_an_abbreviated_page_range():
    ref = parse(ARTICLES[1])
    assert names(ref.authors) == [("Kowal", "T"), ("Ruiz", "E")]
    assert ref.title.text == "Heat and mass transfer in porous media and foams"
    assert ref.container.text == "Int. J. Heat Mass Transfer"
    assert (ref.pages.first, ref.pages.last) == ("88", "97")


def test_et_al_and_a_single_author_with_a_one_word_journal():
    ref = parse(ARTICLES[2])
    assert names(ref.authors) == [("Brandt", "H")] and ref.et_al.text == "et al"
    assert (ref.container.text, ref.article_number.text) == ("Nucl. Fusion", "066001")
    ref = parse(ARTICLES[3])
    assert names(ref.authors) == [("Haldane", "JB")]
    assert (ref.title.text, ref.container.text, ref.pages.last) == (
        "On being the right size",
        "Nature",
        "1214",
    )


def test_a_journal_ending_in_a_word_like_a_month_is_no_date():
    ref = parse(ARTICLES[4])
    assert [d.year for d in ref.dates] == [2015]
    assert ref.container.text == "Trans. Nonferrous Met. Soc. China"
    assert (ref.volume.text, ref.pages.first, ref.pages.last) == ("25", "1704", "1714")


def test_spaced_single_initials_are_two_initials():
    ref = parse(ARTICLES[5])
    assert names(ref.authors)[0] == ("Cho", "TT")


def test_books_chapters_proceedings_theses_and_web_pages():
    book, chapter, proceedings, thesis, page = (parse(text) for text in OTHERS)
    assert book.kind is Kind.BOOK and book.title.text == "Materials Selection in Mechanical Design"
    assert (book.place.text, book.publisher.text) == ("Oxford", "Butterworth-Heinemann")
    assert chapter.kind is Kind.CHAPTER and chapter.in_marker.text == ", in:"
    assert chapter.title.text == "Thin film growth by sputtering"
    assert chapter.container.text == "Handbook of Deposition Technologies"
    assert (chapter.publisher.text, chapter.pages.last) == ("William Andrew", "25")
    assert proceedings.kind is Kind.CONFERENCE and proceedings.place.text == "Santiago, Chile"
    assert proceedings.title.text == "Flux modelling in arc furnaces"
    assert proceedings.container.text == "Proc. 9th Int. Conf. on Molten Slags"
    assert thesis.kind is Kind.UNKNOWN and thesis.date.year == 2010
    assert thesis.title.text.startswith("Creep of nickel superalloys")
    assert page.kind is Kind.WEBPAGE and page.urls[0].text == "https://example.org/stats"
    assert page.accessed.year == 2026 and page.title.text == "Aluminium recycling statistics"


def test_a_chapter_with_its_editor_and_a_preprint():
    ref = parse(
        "Smith A 2000 Growth of thin films Handbook of Crystal Growth ed J Jones"
        " (London: Wiley) pp 1–10"
    )
    assert ref.kind is Kind.CHAPTER and ref.title.text == "Growth of thin films"
    assert (ref.container.text, ref.publisher.text) == ("Handbook of Crystal Growth", "Wiley")
    ref = parse("Zhang Y and Li Q 2020 Quantum sensing with defects arXiv:2001.01234")
    assert ref.kind is Kind.PREPRINT and ref.arxiv.text == "2001.01234"
    assert ref.title.text == "Quantum sensing with defects"


def test_a_journal_the_lists_do_not_know_is_a_guess_and_said_to_be_one(lint):
    text = "Petrov A 2019 Quenching of alloy plates Zeitschr. Metallkd. Forsch. 12"
    ref = parse(text)
    assert ref.container.text == "Zeitschr. Metallkd. Forsch." and ref.volume.text == "12"
    (found,) = lint(f"[1] {text}\n", select="RL501")
    assert "no pages or article number" in found.message
    assert "the journal taken to be `Zeitschr. Metallkd. Forsch.`" in found.message


def test_a_list_of_right_iop_entries_draws_no_finding(lint):
    entries = [*ARTICLES, *OTHERS]
    text = "".join(f"[{i}] {entry}\n" for i, entry in enumerate(entries, 1))
    assert [(f.code, f.message) for f in lint(text, max_access_age=3650)] == []


def test_iop_slips_are_still_found(lint):
    # `and` between names that are not the last two, and initials doubled in a list that runs
    # initials together, are faults in this style too
    text = "[1] Wu Y and Liu X, Chen Z 2016 A study of things J. Appl. Phys. 12 3–4\n"
    assert [f.code for f in lint(text, select="RL512")] == ["RL512"]
    text = "[1] Smith J J, Weber LA and Ng KT 2016 A study of things J. Appl. Phys. 12 3–4\n"
    assert [f.code for f in lint(text, select="RL513")] == ["RL513"]


def test_vancouver_reads_as_before(lint):
    ref = parse("Smith AB, Jones C. A study of things. J Chem Phys. 2016;12:34-5.")
    assert (ref.title.text, ref.container.text, ref.volume.text) == (
        "A study of things",
        "J Chem Phys",
        "12",
    )
    text = "1. Nakamura T and Weber L. A study of things. J Chem Phys 2018;148:241722.\n"
    assert [f.code for f in lint(text, select="RL512")] == ["RL512"]
    text = "1. Weber L, Garcia M et al A study of things. J Chem Phys 2018;148:241722.\n"
    assert {f.code for f in lint(text, select=["RL515", "RL530"])} == {"RL515", "RL530"}


def test_odd_remains_after_the_year_read_without_failing(lint):
    # each once made the reading fail: one word left, a link first, pages straight after `in:`
    odd = [
        "Smith A and Jones B 2016 xxx–2 (2)",
        "Smith A and Jones B 2016 (https://x.org/a) pp. 1999",
        "Smith A and Jones B 2016 Title words, in: 12–14",
        "Smith A and Jones B 2016 Nature (Espoo, Finland) pp 1–2",
        "Smith A and Jones B 2016 in: Title words (Espoo, Finland) pp 1–2 ed J Jones (2)",
    ]
    for text in odd:
        ref = parse(text)
        assert ref.date.year == 2016, text
        assert ref.title is None or ref.title.text.strip(), text  # never an empty title
    text = "".join(f"[{i}] {entry}\n" for i, entry in enumerate(odd, 1))
    assert all(f.code != "RL001" for f in lint(text))
