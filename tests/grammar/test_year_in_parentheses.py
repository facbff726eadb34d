"""Two numbered forms that print the year in parentheses inside the tail: Wiley's numbered
Chicago (`“Title,” Journal 96, no. 9 (2021): 1353–1365`) and Frontiers' Vancouver variant
(`Title. Abbrev J. (2010) 12(3):345–56`), with the names these lists print (family name first
with dotted initials, hyphenated initials with `-` or U+2010).

Every entry here is written for these tests (none is taken from a published list). Each form is
read without changing how any other style reads: the physics, Vancouver and book cases at the end
must stay as they were, and lists of right entries in each form must draw no finding at all.
"""

from __future__ import annotations

from functools import partial

from refslint.model import Kind
from tests.grammar.reading import names, parse
from tests.timing import assert_linear

WILEY = [
    "A. Moreau, B. Lindqvist, and C. Okafor, “Grain Growth in Annealed Copper Films,” Journal of"
    " Applied Metallurgy 96, no. 9 (2021): 1353–1365, 10.1016/j.jam.2021.01.002.",
    "D. Kowal and E. Ruiz, “Heat Transfer in Porous Media,” Ophthalmology 117 (2010): 1274–1274.e3.",
    "F. Brandt, G. Haldane, H. Ito, et al., “Edge Turbulence in a Stellarator,” Veterinary Medicine"
    " International 2025 (2025): 9925114.",
    "S. Koning, H.\u2010G. Janssen, and U. A. T. Brinkman, “Sample Preparation for GC,” Separation"
    " Science 69, no. S1 (2009): 33–78, 10.1365/s10337-008-0937-3.",
    "J.-P. Martin and K. Lee, “Why Consent Matters?,” Bioethics Quarterly 32, no. 5 (2018): 298–307.",
    "L. Okoro, “Direct Injection Mass Spectrometry,” Applied Microbiology 91, no. 9 (2025):"
    " e00757\u201025, 10.1128/aem.00757-25.",
]
WILEY_FAMILY_FIRST = [
    "Lord R. K., Shah V. A., San Filippo A. N., and Krishna R., “Novel Uses of Smartphones,”"
    " Ophthalmology 117 (2010): 1274–1274.e3.",
    "Kim J.\u2010W., Kim H. Y. S., and Kim K., “Ophthalmic Services in Companion Animal Clinics,”"
    " Veterinary Medicine International 2025 (2025): 9925114.",
    "Espinheira G. F. and Ledbetter E. C., “Fundus Photography in Dogs,” Veterinary Ophthalmology"
    " 21 (2018): 309–316.",
    "Das S., Kuht H. J., Tudor Car L., et al., “Handheld Fundus Cameras,” Eye 37 (2023): 274–279.",
]
WILEY_BOOKS = [
    "K. Underman, Feeling Medicine: How Exams Shape Training (NYU Press, 2020), 21.",
    "M. G. Garzon, A Mixed-Methods Study of Pelvic Exams (PhD diss., The New School, 2021).",
    "B. Kolb and L. S. Ettre, Static Headspace Gas Chromatography, 2nd ed. (Wiley, 2006).",
    "A. Bleakley and J. Browne, Medical Education for the Future (Dordrecht: Springer, 2011).",
]
FRONTIERS = [
    "Moreau P, Lindqvist KA, Okafor C, et al. Grain growth in annealed copper films. J Appl Metall."
    " (2019) 125(3):245–56. doi: 10.1016/j.jam.2019.01.002, PMID: 31234567",
    "Kowal T, Ruiz E. Heat transfer in porous media. Int J Heat Mass Transf. (2018) 120:88–97.",
    "Brandt H. Is edge turbulence universal? Nucl Fusion. (2020) 60:066001. doi: 10.1088/1741-4326/ab1",
]


def test_a_wiley_article_reads_names_title_journal_volume_issue_year_pages_and_doi():
    ref = parse(WILEY[0])
    assert names(ref.authors) == [("Moreau", "A"), ("Lindqvist", "B"), ("Okafor", "C")]
    assert ref.kind is Kind.ARTICLE and ref.date.year == 2021
    assert ref.title.text == "Grain Growth in Annealed Copper Films"
    assert ref.container.text == "Journal of Applied Metallurgy"
    assert (ref.volume.text, ref.issue.text) == ("96", "9")
    assert (ref.pages.first, ref.pages.last) == ("1353", "1365")
    assert ref.doi.text == "10.1016/j.jam.2021.01.002" and ref.doi_marker is None
    assert ref.guess == ""


def test_wiley_tails_with_no_issue_a_suffixed_page_an_article_number_and_a_supplement():
    ref = parse(WILEY[1])
    assert (ref.container.text, ref.volume.text, ref.issue) == ("Ophthalmology", "117", None)
    assert ref.pages.text == "1274–1274.e3" and ref.date.year == 2010
    ref = parse(WILEY[2])
    assert ref.et_al is not None and [a.family for a in ref.authors] == ["Brandt", "Haldane", "Ito"]
    assert (ref.volume.text, ref.article_number.text, ref.pages) == ("2025", "9925114", None)
    assert ref.title.text == "Edge Turbulence in a Stellarator"
    ref = parse(WILEY[3])
    assert ref.issue.text == "S1" and ref.pages.text == "33–78"
    # an article number with a leading zero and a hyphen is no page range
    ref = parse(WILEY[5])
    assert ref.article_number.text == "e00757\u201025" and ref.pages is None


def test_a_title_ending_in_a_question_mark_keeps_it():
    ref = parse(WILEY[4])
    assert ref.title.text == "Why Consent Matters?" and ref.container.text == "Bioethics Quarterly"
    ref = parse(
        "J. Johnston and H. Reid, “Simulation Versus Simulacrum?” Medical Education 54, no. 10"
        " (2020): 903–907."
    )
    assert ref.title.text == "Simulation Versus Simulacrum?"
    assert ref.container.text == "Medical Education"


def test_a_quotation_inside_a_title_stays_in_it():
    ref = parse(
        "K. Hacker and L. Rubin, ““I’m Getting Violated”: Experiences of Pelvic Exams,” Women's"
        " Health 9, no. 3 (2022): 161–182."
    )
    assert ref.title.text == "“I’m Getting Violated”: Experiences of Pelvic Exams"
    assert ref.container.text == "Women's Health"


def test_hyphenated_initials_with_either_hyphen_are_one_given_name():
    ref = parse(WILEY[3])
    assert names(ref.authors) == [("Koning", "S"), ("Janssen", "H\u2010G"), ("Brinkman", "UAT")]
    ref = parse(WILEY[4])
    assert names(ref.authors) == [("Martin", "J-P"), ("Lee", "K")]


def test_family_names_first_with_dotted_initials():
    ref = parse(WILEY_FAMILY_FIRST[0])
    assert [a.family for a in ref.authors] == ["Lord", "Shah", "San Filippo", "Krishna"]
    assert ref.title.text == "Novel Uses of Smartphones" and ref.date.year == 2010
    ref = parse(WILEY_FAMILY_FIRST[1])
    assert [(a.family, a.text) for a in ref.authors] == [
        ("Kim", "Kim J.\u2010W."),
        ("Kim", "Kim H. Y. S."),
        ("Kim", "Kim K."),
    ]
    assert ref.article_number.text == "9925114"
    ref = parse(WILEY_FAMILY_FIRST[2])
    assert [a.family for a in ref.authors] == ["Espinheira", "Ledbetter"]
    ref = parse(WILEY_FAMILY_FIRST[3])
    assert [a.family for a in ref.authors] == ["Das", "Kuht", "Tudor Car"]
    assert ref.et_al is not None and ref.container.text == "Eye"


def test_books_theses_and_editions_in_the_wiley_form():
    ref = parse(WILEY_BOOKS[0])
    assert ref.kind is Kind.BOOK and ref.date.year == 2020
    assert ref.title.text == "Feeling Medicine: How Exams Shape Training"
    assert (ref.publisher.text, ref.pages.text) == ("NYU Press", "21")
    ref = parse(WILEY_BOOKS[1])
    assert ref.kind is Kind.THESIS and ref.publisher.text == "The New School"
    ref = parse(WILEY_BOOKS[2])
    assert ref.edition.text == "2nd ed." and ref.title.text == "Static Headspace Gas Chromatography"
    ref = parse(WILEY_BOOKS[3])
    assert (ref.place.text, ref.publisher.text) == ("Dordrecht", "Springer")


def test_a_chapter_an_organisation_and_a_book_with_its_doi_link(lint):
    ref = parse(
        "A. Moreau and B. Lindqvist, “Grain Growth in Copper,” in Handbook of Metals, ed. C."
        " Okafor (Springer, 2019), 12–34."
    )
    assert ref.kind is Kind.CHAPTER and ref.title.text == "Grain Growth in Copper"
    assert (ref.container.text, ref.publisher.text, ref.pages.text) == (
        "Handbook of Metals",
        "Springer",
        "12–34",
    )
    group = (
        "World Health Organization, “Global Report on Copper,” Journal of Applied Metallurgy 12,"
        " no. 3 (2020): 45–67."
    )
    ref = parse(group)
    assert [(a.text, a.is_group) for a in ref.authors] == [("World Health Organization", True)]
    assert (ref.title.text, ref.date.year, ref.volume.text) == (
        "Global Report on Copper",
        2020,
        "12",
    )
    book = "H. Ito, Statistics for Experimenters, 2nd ed. (Wiley, 2005), https://doi.org/10.1002/04719."
    ref = parse(book)
    assert ref.kind is Kind.BOOK and ref.doi.text == "10.1002/04719"
    assert lint(f"1. {group}\n2. {book}\n") == []  # no yearless article, no web page undated


def test_an_article_that_lost_its_pages_is_read_and_reported(lint):
    text = (
        "1. S. Mustapha and A. K. Mohammed, “A Critical Review on Geosmin,” Environmental"
        " Monitoring and Assessment 193, no. 4 (2021), 10.1007/s10661-021-08980-9.\n"
    )
    (found,) = lint(text, select="RL501")
    assert "no pages or article number" in found.message


def test_frontiers_articles_read_journal_year_volume_issue_and_pages():
    ref = parse(FRONTIERS[0])
    assert ref.kind is Kind.ARTICLE and ref.date.year == 2019
    assert ref.title.text == "Grain growth in annealed copper films"
    assert (ref.container.text, ref.volume.text, ref.issue.text) == ("J Appl Metall", "125", "3")
    assert ref.pages.text == "245–56" and ref.doi.text == "10.1016/j.jam.2019.01.002"
    ref = parse(FRONTIERS[1])
    assert (ref.container.text, ref.volume.text, ref.pages.text) == (
        "Int J Heat Mass Transf",
        "120",
        "88–97",
    )
    ref = parse(FRONTIERS[2])
    assert ref.title.text == "Is edge turbulence universal?"
    assert (ref.container.text, ref.article_number.text) == ("Nucl Fusion", "066001")


def test_frontiers_damaged_tails_are_read_so_that_the_rules_can_say_what_is_wrong(lint):
    # the year printed again where the volume belongs: no volume
    text = "1. Chaoul N, Cives M. Cellular therapy. Expert Opin Biol Ther. (2024) 2024:1–15.\n"
    assert parse(text[3:]).volume is None
    (found,) = lint(text, select="RL501")
    assert "has no volume" in found.message
    # a stray mark inside the year's parentheses and before the volume: read, then reported
    text = "1. Wu C, Xu N. Chemotherapy in lung cancer. Anticancer Res. (. 2008) ;28:3997–4002.\n"
    ref = parse(text[3:])
    assert (ref.date.year, ref.volume.text, ref.pages.text) == (2008, "28", "3997–4002")
    assert [f.code for f in lint(text, select=["RL001", "RL511"])] == ["RL511"]
    # the pages lost after the volume
    text = "1. Savanur MA, Gross G. Logic gates for immunotherapy. Front Immunol. (2021) 12 021.\n"
    ref = parse(text[3:])
    assert ref.volume.text == "12" and ref.pages is None and ref.article_number is None
    (found,) = lint(text, select="RL501")
    assert "no pages or article number" in found.message


def test_lists_of_right_entries_in_either_form_draw_no_finding(lint):
    for entries in (WILEY, WILEY_FAMILY_FIRST, WILEY_BOOKS, FRONTIERS):
        text = "".join(f"{i}. {entry}\n" for i, entry in enumerate(entries, 1))
        assert [(f.entry, f.code, f.message) for f in lint(text)] == []


def test_other_styles_read_as_before():
    # physics: volume, page and year in parentheses, no colon and no issue
    ref = parse("C. Kittel and P. Anderson, “Spin Waves,” Phys. Rev. B 12, 345 (2001).")
    assert ref.date is None or ref.volume is None or ref.volume.text != "345"
    # Vancouver with a year in parentheses inside its title
    ref = parse("Smith AB, Jones C. Survey results (2001): a review. Lancet. 2003;12:45-67.")
    assert (ref.title.text, ref.container.text) == ("Survey results (2001): a review", "Lancet")
    assert (ref.date.year, ref.volume.text) == (2003, "12")
    # a year in parentheses with no period before it is no Frontiers journal
    ref = parse("Kittel C, Jones P. Quantum theory (2001) 12. Wiley; 1963.")
    assert ref.kind is Kind.BOOK and ref.date.year == 1963
    # an article tail without a quoted title is left to the ordinary reading
    ref = parse("A. Smith, Survey of Things, Journal of Things 12, no. 3 (2020): 45–67.")
    assert ref.title is None or "Journal of Things" in ref.title.text


def _read(text: str) -> None:
    from refslint.grammar import parse_entry
    from refslint.model import Entry, PositionMap

    parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1))


def test_reading_either_form_grows_linearly_with_the_entry():
    """Long runs of what each reader looks for (quotation marks, parenthesised years, books'
    parentheses): twice the text costs about twice the time, not four times."""
    shapes = [
        lambda n: "A. Smith, “" + "a” b " * n + "c,” Journal 12, no. 3 (2020): 1–2.",
        lambda n: "Smith A. Title. " + "J. (2020) 12 " * n + "J. (2020) 12:1–2.",
        lambda n: "A. Smith, " + "(P, 2020) " * n + "T (P, 2020), 21.",
    ]
    for make in shapes:
        small, large = make(500), make(1000)
        assert_linear(
            partial(_read, small), partial(_read, large), bound=3, runs=5, what=small[:30]
        )
