"""False alarms the published lists of tests/data/real-lists showed, each in a list written here:
a SAGE e-locator is a real article number (RL407), and the colons of an old Wiley DOI cut by a
stray space are no doubled punctuation (RL511)."""

from __future__ import annotations

SAGE = (
    "19. Carneiro A, Priante Kayano P, Gomes Barbosa AR, et al. Are localized prostate cancer "
    "biomarkers useful in the clinical practice? Tumour Biol 2018; 40: 1010428318799255, "
    "doi: 10.1177/1010428318799255.\n"
)


def test_a_digits_only_doi_suffix_printed_as_the_article_number_is_a_real_e_locator(lint):
    assert lint(SAGE, select=["RL407"]) == []
    # the same suffix run into a publisher record id is still a fragment, not a number
    record = SAGE.replace("40: 1010428318799255,", "40: BF1010428318799255,")
    assert [d.code for d in lint(record, select=["RL407"])] == ["RL407"]
    # and a suffix with letters printed where the number goes still is
    other = (
        "1. Ward L. Machine learning. J Power Sources 2020;450:jjpowsour2020228123. "
        "doi:10.1016/j.jpowsour.2020.228123\n"
    )
    assert [d.code for d in lint(other, select=["RL407"])] == ["RL407"]


CUT_DOI = (
    "17. Kim HJ, Fay MP, Feuer EJ, Midthune DN. Permutation tests for joinpoint regression with "
    "applications to cancer rates. Stat Med. 2000 Jan;19(3):335–51. "
    "https://doi.org/10.1002/(SICI)1097-0258(20000215)19: 3%3C335::AID-SIM336%3E3.0.CO;2-Z\n"
)


def test_colons_inside_a_cut_doi_are_not_doubled_punctuation(lint):
    assert lint(CUT_DOI, select=["RL511"]) == []
    # doubled marks in the text around it still are
    doubled = CUT_DOI.replace("Midthune DN.", "Midthune DN..").replace("rates.", "rates::")
    found = [(d.code, d.message) for d in lint(doubled, select=["RL511"])]
    assert found == [
        ("RL511", "`..` is doubled punctuation; expected `.`"),
        ("RL511", "`::` is doubled punctuation; expected `:`"),
    ]
