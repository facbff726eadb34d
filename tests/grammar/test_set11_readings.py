"""Readings the eleventh held-out set asked for: a mathematics journal's year in parentheses after
the volume (`Journal, 55 (1991), 115–119.`), a journal or a title whose first word looks like a
month (`Quim. Nova 23, 664`, `Novel 45-kilodalton`), a particle cut to its letter between two
initials (`Pereira JdA`), a family name's apostrophe followed by a space (`Dell’ Agnolo CM`) and a
name numbered like a year in a title (`IS1500`)."""

from __future__ import annotations

from refslint.model import Kind
from tests.grammar.reading import names, parse


def test_a_year_in_parentheses_after_the_volume_is_the_date():
    ref = parse(
        "R.S. Burkard, S. Karisch & F. Rendl. A quadratic assignment problem library. "
        "European Journal of Operational Research, 55 (1991), 115–119."
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == (
        "European Journal of Operational Research"
    )
    assert (ref.date and ref.date.year, ref.volume and ref.volume.text, ref.issue) == (
        1991,
        "55",
        None,
    )
    assert ref.pages is not None and ref.pages.text == "115–119"


def test_the_issue_and_then_the_year_in_parentheses():
    ref = parse(
        "D.C. Fong & M.A. Saunders. CG versus MINRES: an empirical comparison. "
        "SQU Journal for Science, 17(1) (2012), 44–62."
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.date is not None and ref.date.year == 2012
    assert ref.issue is not None and ref.issue.text == "1"
    assert ref.pages is not None and ref.pages.text == "44–62"


def test_apas_issue_stays_an_issue_where_the_year_stands_after_the_names():
    ref = parse("Smith, J. A. (2003). A title. Journal of Things, 12(4), 45–67.")
    assert ref.date is not None and ref.date.year == 2003
    assert ref.issue is not None and ref.issue.text == "4"


def test_a_journal_named_like_a_month_before_its_volume_and_page_is_read():
    ref = parse("H. Varela, M. Malta e R.M. Torresi, Quim. Nova 23, 664 (2000).")
    assert [a.text for a in ref.authors] == ["H. Varela", "M. Malta", "R.M. Torresi"]
    assert ref.date is not None and ref.date.year == 2000
    assert (ref.volume and ref.volume.text, ref.pages and ref.pages.text) == ("23", "664")


def test_a_month_its_day_and_a_year_after_a_comma_are_still_a_date():
    ref = parse("Smith J. A title. Chem Rev. Nov 23, 2019;12:664-70.")
    assert ref.date is not None and (ref.date.year, ref.date.month, ref.date.day) == (2019, 11, 23)


def test_a_title_opening_on_a_month_like_word_before_a_hyphenated_number_is_a_title():
    ref = parse(
        "Matsunaga J, Bolin CA & Haake DA (2002). Novel 45-kilodalton leptospiral protein. "
        "Infection and Immunity, 70: 323-334."
    )
    assert ref.title is not None and ref.title.text == "Novel 45-kilodalton leptospiral protein"
    assert ref.date is not None and ref.date.year == 2002


def test_a_particle_cut_to_its_letter_between_initials_stays_in_the_name():
    ref = parse(
        "Bastos MJRP, Pereira JdA, Smarzaro DC, et al. Ecological analysis of violence. "
        "Rev Saude Publica. 2009;43(1):123-32."
    )
    assert names(ref.authors) == [("Bastos", "MJRP"), ("Pereira", "JdA"), ("Smarzaro", "DC")]
    assert not any(a.is_group for a in ref.authors)


def test_a_family_names_apostrophe_followed_by_a_space_stays_in_the_name():
    ref = parse(
        "Alarcão ACJ, Dell’ Agnolo CM, Vissoci JR, et al. Suicide mortality among youth. "
        "Braz J Psychiatry. 2020;42(1):46-53."
    )
    assert names(ref.authors) == [("Alarcão", "ACJ"), ("Dell’ Agnolo", "CM"), ("Vissoci", "JR")]


def test_names_with_their_apostrophe_closed_and_a_double_surname_read_as_before():
    ref = parse("O'Brien K, Dell'Agnolo CM, Costa e Silva AB. A title. Lancet. 2001;357:1-5.")
    assert names(ref.authors) == [("O'Brien", "K"), ("Dell'Agnolo", "CM"), ("Costa e Silva", "AB")]


def test_pages_after_a_year_in_parentheses_are_no_year_of_their_own():
    ref = parse(
        "D.M. Gay. Electronic mail distribution of test problems. COAL Newsletter, (1985), 1012."
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == "COAL Newsletter"
    assert [d.year for d in ref.dates] == [1985]
    assert (ref.volume, ref.pages and ref.pages.text) == (None, "1012")


def test_a_year_below_1500_alone_is_still_read_as_a_year():
    ref = parse("Smith J. A title. Lancet. 1012;3:45-50.")
    assert ref.date is not None and ref.date.year == 1012


def test_a_name_numbered_like_a_year_in_the_title_is_no_second_date():
    """`IS1500`, an insertion sequence: the author-year journal tail after it is still read."""
    for title, journal in [
        ("IS1500, an IS3-like element from Leptospira interrogans", "Microbiology"),
        ("Analysis of a locus containing a new IS, IS1502", "FEMS Microbiology Letters"),
    ]:
        ref = parse(f"Zuerner RL & Huang WM (1995). {title}. {journal}, 141: 2165-2173.")
        assert ref.kind is Kind.ARTICLE
        assert ref.title is not None and ref.title.text == title
        assert ref.container is not None and ref.container.text == journal
        assert (ref.date and ref.date.year, ref.volume and ref.volume.text) == (1995, "141")
    part = parse(
        "Haake DA (2000). Spirochaetal lipoproteins. Microbiology, 146 (Part 7): 1491-1504."
    )
    assert part.issue is not None and part.issue.text == "Part 7"
