"""RL861: a journal article's tail spaced unlike the list's others, on lists written here in
both forms, with the lists and entries where it must keep quiet."""

from __future__ import annotations

import pytest

SPACED = [
    "Ali MA, Abdalla AH. Fermentation of millet. Food Chem 2003; 80(1): 51–4.",
    "Onyango C, Bley T. Extruded uji. LWT Food Sci Technol 2004; 37: 827–32.",
    "Elmaki HB, Babiker EE. Germination of sorghum. Food Chem 1999; 64: 331–6.",
    "Pelembe LA, Erasmus C. Malting of millet. J Cereal Sci 2002; 36: 327–9.",
    "Hamad AM, Fields ML. Fermented cereals. J Food Sci 1979; 44: 456–9.",
]
TIGHT = [
    "Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.",
    "Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14(5):5510-9.",
    "Gao YC, Yao N. Reductive stability. J Am Chem Soc. 2023;145:23764-70.",
    "Lombardo T, Duquesnoy M. Battery research. Chem Rev. 2022;122:10899-969.",
    "Merchant A, Batzner S. Deep learning. Nature. 2023;624(7990):80-5.",
]


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


def found(lint, entries: list[str]):
    return lint(numbered(entries), select=["RL861"])


@pytest.mark.parametrize(
    "odd",
    [
        "Chandrasekara A, Shahidi F. Millet phenolics. J Agric Food Chem 1984;49:516–9.",
        "Ali MM, Tinay AH. Cooking of millet. World J Dairy Food Sci. 2009;4(1):41–5.",
    ],
)
def test_a_tight_tail_in_a_spaced_list(lint, odd):
    (finding,) = found(lint, [*SPACED, odd])
    assert finding.entry == 6
    assert "no space after the semicolon and the colon" in finding.message
    assert "5 of 6 journal articles print a space after each" in finding.message
    assert [e.text for e in finding.edits] == [" ", " "]


def test_a_spaced_tail_in_a_tight_list(lint):
    odd = "Kong X, Yang B. Removal of impurities. Appl Surf Sci. 2014; 105: 17-20."
    (finding,) = found(lint, [*TIGHT, odd])
    assert finding.entry == 6 and "`2014; 105: 17-20`" in finding.message
    assert "(`2014;105:17-20`)" in finding.message
    assert [e.text for e in finding.edits] == ["", ""]


def test_lists_that_keep_to_one_form_or_are_split_pass(lint):
    assert found(lint, SPACED) == []
    assert found(lint, TIGHT) == []
    assert found(lint, SPACED[:3] + TIGHT[:3]) == []


def test_one_mark_spaced_and_the_other_not_is_not_measured(lint):
    # `2020; 49:8790` spaces the semicolon alone: neither form, left alone
    odd = "Li Y, Xu Z. Hydrogen content. Mater Sci Eng A. 2011; 704:1201-4."
    assert found(lint, [*TIGHT, odd]) == []
