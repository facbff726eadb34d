"""Readable entries the seventh held-out set showed rejected or merged: a page given by its
address alone after a bare number, PubMed's `No` (`Neto`) after the initials, a chapter's
editors printed without their role word, a last note whose closing bracket was turned round,
and an access note after a comma (`, accessed in March 2021`)."""

from __future__ import annotations

from refslint.model import Kind
from refslint.sources.plaintext import read_entries
from tests.grammar.reading import parse

BARE_LIST = """\
1 Conley, B. L.; Williams, T. J.; Chem. Rev. 2010, 110, 2294.
2 https://www.example.org/catalog/product/668281, accessed in March 2021.
3 Alves, A. R.; Coutinho, A. R.; Mater. Res. 2015, 18, 106.
"""


def test_a_page_given_by_its_address_alone_is_an_entry_of_its_own():
    entries = read_entries(BARE_LIST)
    assert [e.number for e in entries] == [1, 2, 3]
    assert entries[1].text.startswith("2 https://")


def test_a_wrapped_line_with_a_far_number_before_an_address_still_continues_its_entry():
    text = "1 Smith J. Title. J Chem. 2010;1:2.\n40 https://www.example.org/a\n"
    assert [e.number for e in read_entries(text)] == [1]


def test_an_access_note_after_a_comma_is_read():
    ref = parse("https://www.example.org/catalog/product/668281, accessed in March 2021.")
    assert ref.accessed is not None and (ref.accessed.year, ref.accessed.month) == (2021, 3)
    assert ref.access_wording == "accessed"


def test_pubmeds_no_after_the_initials_is_a_suffix():
    ref = parse(
        "Moura EC, Malta IDC, Morais OL No. Fatores associados. Rev Bras Epidemiol. 2008;11:1-10."
    )
    assert [a.text for a in ref.authors] == ["Moura EC", "Malta IDC", "Morais OL No"]
    assert (ref.authors[2].family, ref.authors[2].initials) == ("Morais", "OL")
    ref = parse("Sousa R No, Tarabay CH. Reflexões. Rev SBPH. 2017;20(1):5-16.")
    assert [a.family for a in ref.authors] == ["Sousa", "Tarabay"]
    # a family name `No` keeps being one
    ref = parse("Smith J, No K. Title. J Chem. 2017;20(1):5-16.")
    assert [a.family for a in ref.authors] == ["Smith", "No"]


def test_a_chapters_editors_without_their_role_word_are_read():
    ref = parse(
        "Maia EB, Melo LL. O brinquedo terapêutico. In: Collet N, Toso BRGO, Vieira CS. Manual "
        "de enfermagem em pediatria. Goiânia: AB; 2020. p. 49-61."
    )
    assert ref.kind is Kind.CHAPTER
    assert [a.family for a in ref.editors] == ["Collet", "Toso", "Vieira"]
    assert ref.container is not None and ref.container.text == "Manual de enfermagem em pediatria"
    assert ref.pages is not None and ref.pages.text == "49-61"


def test_a_last_note_whose_closing_bracket_was_turned_round_is_read():
    ref = parse(
        "Atlas do Desenvolvimento Humano no Brasil. Ranking. Available from: "
        "http://www.atlasbrasil.org.br/2013/ranking. [Accessed on Nov 09, 2020] [In Portuguese[."
    )
    assert ref.accessed is not None and ref.accessed.iso() == "2020-11-09"
