"""One test per entry type and printed variant of the Vancouver family (Citing Medicine, ICMJE, older forms)."""

import pytest

from refslint.grammar import parse_entry
from refslint.model import Entry, Kind, PositionMap
from tests.grammar.reading import parse


def test_citing_medicine_article_with_issue_date_and_doi():
    ref = parse(
        "Arute F, Arya K, Babbush R, et al. Quantum supremacy using a programmable superconducting "
        "processor. Nature. 2019 Oct 24;574(7779):505-10. doi: 10.1038/s41586-019-1666-5."
    )
    assert ref.kind == Kind.ARTICLE and ref.container.text == "Nature"
    assert (ref.date.year, ref.date.month, ref.date.day) == (2019, 10, 24)
    assert (ref.volume.text, ref.issue.text, ref.pages.last) == ("574", "7779", "510")
    assert ref.doi.text == "10.1038/s41586-019-1666-5" and ref.doi_marker.text.startswith("doi")


def test_spaces_after_semicolon_and_colon_and_supplement():
    ref = parse(
        "Kern JH, Ortiz MA. Cytokine patterns in graft rejection. J Immunol 1994; 152: 2110-8."
    )
    assert (ref.container.text, ref.volume.text, ref.pages.text) == ("J Immunol", "152", "2110-8")
    ref = parse(
        "Dahl PK, Borg T. Seasonal influenza vaccination uptake. MMWR Suppl 2006;55 Suppl 2:S12-20."
    )
    assert ref.supplement.text.startswith("Suppl") and ref.pages.first == "S12"
    assert ref.pages.last == "S20"


def test_en_dash_page_range_and_article_number():
    ref = parse("Lind K, Varga P. Lattice strain in thin films. Phys Rev B 2016;93:1450–1436.")
    assert ref.pages.dash == "–" and ref.pages.last == "1436"
    ref = parse("Lind K, Varga P. Lattice strain in thin films. Sci Adv 2023;9:eadi3245.")
    assert ref.article_number.text == "eadi3245" and ref.pages is None


def test_colon_after_authors_suffix_and_group_author():
    ref = parse(
        "Harlan WR Jr, Corbin T: Blood lead levels in adults. Am J Epidemiol 1985;121:30-7."
    )
    assert ref.authors[0].suffix == "Jr" and ref.title.text == "Blood lead levels in adults"
    ref = parse(
        "Moss AJ, Zareba W; Multicenter Automatic Defibrillator Implantation Trial II Investigators. "
        "Prophylactic implantation of a defibrillator. N Engl J Med. 2002;346(12):877-83."
    )
    assert ref.authors[-1].is_group and ref.authors[-1].text.startswith("Multicenter")
    assert ref.title.text == "Prophylactic implantation of a defibrillator"


def test_organisation_as_author_of_a_book():
    ref = parse("World Health Organization. Global tuberculosis report 2019. Geneva: WHO; 2019.")
    assert ref.kind == Kind.BOOK and ref.authors[0].is_group
    assert ref.title.text == "Global tuberculosis report 2019"
    assert (ref.place.text, ref.publisher.text, ref.date.year) == ("Geneva", "WHO", 2019)


@pytest.mark.parametrize(
    ("entry", "place", "publisher"),
    [
        (
            "Kurz T. Food handbook. Weinheim, Germany: Wiley-VCH Verlag GmbH & Co. KGaA; 2006.",
            "Weinheim, Germany",
            "Wiley-VCH Verlag GmbH & Co. KGaA",
        ),
        (
            "Lund B. Tables. St Paul, MN: West Publishing Co. Inc; 1990.",
            "St Paul, MN",
            "West Publishing Co. Inc",
        ),
        (
            "Kurz T. Frying. In: Brennan JG, ed. Food processing handbook. Weinheim: Wiley-VCH "
            "Verlag GmbH & Co. KGaA; 2006, pp. 237-90.",
            "Weinheim",
            "Wiley-VCH Verlag GmbH & Co. KGaA",
        ),
    ],
)
def test_a_house_named_on_after_its_co_is_read_whole(entry, place, publisher):
    ref = parse(entry)
    assert (ref.place.text, ref.publisher.text) == (place, publisher)


@pytest.mark.parametrize(
    ("entry", "place", "publisher"),
    [
        (
            "McMullin R. Techniques. 2nd ed. New York: W. W. Norton Company; 1999.",
            "New York",
            "W. W. Norton Company",
        ),
        ("Lee A. Rivers. London: J. Murray; 1860.", "London", "J. Murray"),
        (
            "Roe D. Seas. In: Fox E, editor. Water. New York: W. H. Freeman; 2002. p. 1-9.",
            "New York",
            "W. H. Freeman",
        ),
    ],
)
def test_a_house_named_after_its_initials_is_read_whole(entry, place, publisher):
    ref = parse(entry)
    assert (ref.place.text, ref.publisher.text) == (place, publisher)
    assert "Freeman" not in ref.title.text and "Norton" not in ref.title.text


def test_book_chapter_with_editors():
    ref = parse(
        "Meltzer PS, Trent JM. Chromosome alterations in human solid tumors. In: Vogelstein B, "
        "Kinzler KW, editors. The genetic basis of human cancer. New York: McGraw-Hill; 2002. p. 93-113."
    )
    assert ref.kind == Kind.CHAPTER and ref.in_marker.text == "In:"
    assert [e.family for e in ref.editors] == ["Vogelstein", "Kinzler"]
    assert ref.container.text == "The genetic basis of human cancer"
    assert (ref.publisher.text, ref.date.year, ref.pages.text) == ("McGraw-Hill", 2002, "93-113")
    assert ref.page_marker.text == "p."


def test_conference_paper():
    ref = parse(
        "Chen L, Okafor N. Sparse attention for long documents. In: Proceedings of the IEEE Conference "
        "on Computer Vision; 2019 Jun 9-15; Long Beach, CA, USA. Piscataway: IEEE; 2019. p. 1120-9."
    )
    assert ref.kind == Kind.CONFERENCE and ref.container.text.startswith("Proceedings of the IEEE")
    event = ref.dates[0]
    assert (event.month, event.day, event.end_day) == (6, 9, 15)
    assert (ref.publisher.text, ref.date.year, ref.pages.last) == ("IEEE", 2019, "1129")


def test_citing_medicine_preprint_and_web_page():
    ref = parse(
        "Vaswani A, Shazeer N. Attention is all you need. arXiv [Preprint]. 2017 Jun 12 "
        "[cited 2024 Jan 9]. Available from: https://arxiv.org/abs/1706.03762"
    )
    assert ref.kind == Kind.PREPRINT and ref.medium.text == "[Preprint]"
    assert ref.date.iso() == "2017-06-12" and ref.accessed.iso() == "2024-01-09"
    assert ref.access_wording == "cited" and ref.arxiv.text == "1706.03762"
    ref = parse(
        "Materials Project [Internet]. Berkeley (CA): Lawrence Berkeley National Laboratory; 2023 "
        "[cited 2024 Mar 3]. Available from: https://materialsproject.org"
    )
    assert ref.kind == Kind.WEBPAGE and ref.title.text == "Materials Project"
    assert ref.publisher.text == "Lawrence Berkeley National Laboratory"
    assert ref.date.year == 2023 and ref.accessed.iso() == "2024-03-03"


def test_dotted_iso_journal_and_quoted_title():
    ref = parse('Young W, Rewa G. "Nurses and pathways." Can. J. Cardiovasc. Nurs. 2004;14:24-31.')
    assert ref.container.text == "Can. J. Cardiovasc. Nurs"
    assert ref.title.text == '"Nurses and pathways'


def test_numbers_in_brackets_parentheses_and_plain():
    for text, end in (
        ("[12] Kern JH. Title here. J Immunol 1994;152:2110-8.", 4),
        ("(12) Kern JH. Title here. J Immunol 1994;152:2110-8.", 4),
        ("12 Kern JH. Title here. J Immunol 1994;152:2110-8.", 2),
    ):
        ref = parse(text, end)
        assert ref.label.text == text[:end] and ref.authors[0].family == "Kern"


def test_unreadable_entry_reports_one_problem_and_keeps_identifiers():
    text = (
        "Kern JH, Ortiz, MA, 12 Smith. Title. J Immunol 1994;152:2110-8. "
        "doi: 10.1000/xyz123 [accessed on 2024 Oct 21]"
    )
    ref = parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1))
    assert ref.problem is not None and text[ref.problem.offset :].startswith("12 Smith")
    assert "author" in ref.problem.message
    assert ref.doi.text == "10.1000/xyz123" and ref.accessed.iso() == "2024-10-21"


@pytest.mark.parametrize("month", ["Noc", "Septmber"])
def test_misspelt_month_is_read_as_a_month_that_does_not_exist(month):
    ref = parse(f"Kern JH. Title. J Immunol. 2020 {month} 9;152(3):2110-8.")
    assert ref.date.month is None and ref.date.month_token.text == month
