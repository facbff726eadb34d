"""RL538 beyond shared co-authors: a surname in two words printed joined (`ElTinay AH`, `El Tinay
AH`), once an entry shows it by its co-authors, carried to every entry printing the joined name
with the same initials (a letter changed is not: it may be another person); two letters of a long
surname swapped, with two initials or more the same (`Hijamns RJ`, `Hijmans RJ`)."""

from __future__ import annotations

JOINED = """\
1. Ali MA, El Tinay AH, Abdalla AH. Fermentation of pearl millet. Food Chem 2003; 80: 51–4.
2. Abdalla AA, ElTinay AH, Abdalla AH. Phytate in pearl millet. Food Chem 1998; 63: 79–84.
3. Elmaki HB, Babiker EE, ElTinay AH. Malting of sorghum. Food Chem 1999; 64: 331–6.
4. Hamad AM, Fields ML. Fermented cereals. J Food Sci 1979; 44: 456–9.
"""


def _found(lint, text: str) -> list[int]:
    return [d.entry for d in lint(text, select=["RL538"])]


def test_a_joined_surname_shown_once_is_found_in_every_entry(lint):
    found = lint(JOINED, select=["RL538"])
    assert [d.entry for d in found] == [2, 3]
    assert "as entry 2 shows by its co-authors" in found[1].message


def test_without_co_authors_anywhere_a_joined_surname_is_left_alone(lint):
    text = JOINED.replace("Abdalla AA, ElTinay AH, Abdalla AH", "Osman KA, ElTinay AH")
    assert _found(lint, text) == []


LETTER = """\
1. Ali MA, Elsayed AH, Abdalla AH. Fermentation of pearl millet. Food Chem 2003; 80: 51–4.
2. Abdalla AA, Elsayad AH, Abdalla AH. Phytate in pearl millet. Food Chem 1998; 63: 79–84.
3. Elmaki HB, Babiker EE, Elsayad AH. Malting of sorghum. Food Chem 1999; 64: 331–6.
4. Omar KA, Elsayed AH. Sorghum flour. J Cereal Sci 2001; 33: 12–9.
5. Nour LM, Elsayed AH. Millet bread. J Cereal Sci 2004; 40: 1–8.
"""


def test_a_letter_changed_is_not_carried_to_entries_without_co_authors(lint):
    assert _found(lint, LETTER) == [2]


# two letters of a long surname swapped, with two initials the same: one person, co-authors or not
SWAPPED = """\
1. Hijmans RJ, Cameron SE, Parra JL. Very high resolution climate surfaces. Int J Climatol 2005;25:1965–78.
2. Fick SE, Hijamns RJ. Worldclim 2: new climate surfaces. Int J Climatol 2017;37:4302–15.
"""


def test_two_letters_swapped_in_a_long_surname_with_two_initials(lint):
    (finding,) = lint(SWAPPED, select=["RL538"])
    assert finding.entry == 2
    assert "`Hijamns RJ` is spelt `Hijmans RJ` in entry 1; one author" in finding.message


def test_a_swap_with_one_initial_or_in_a_short_surname_needs_a_co_author(lint):
    assert _found(lint, SWAPPED.replace("RJ", "R")) == []
    short = SWAPPED.replace("Hijmans", "Hanson").replace("Hijamns", "Hasnon")
    assert _found(lint, short) == []


SAME_WORK = """\
1. Guilford JP. The nature of human intelligence. New York: McGraw-Hill; 1967.
2. Sternberg RJ. Beyond IQ: a triarchic theory of human intelligence. Cambridge: CUP; 1985.
3. Gilford JP. The nature of human intelligence, McGraw-Hill. 1967.
4. Gardner H. Frames of mind. New York: Basic Books; 1983.
"""


def test_one_work_cited_twice_is_evidence_enough_without_co_authors(lint):
    (d,) = lint(SAME_WORK, select=["RL538"])
    assert d.entry == 3
    assert d.message == (
        "`Gilford JP` is spelt `Guilford JP` in entry 1, which cites the same work; "
        "one author spelt two ways"
    )


def test_another_work_or_another_year_is_no_such_evidence(lint):
    other_title = SAME_WORK.replace(
        "Gilford JP. The nature of human intelligence, McGraw-Hill",
        "Gilford JP. Creativity in the classroom",
    )
    other_year = SAME_WORK.replace("McGraw-Hill. 1967", "McGraw-Hill. 1971")
    assert _found(lint, other_title) == []
    assert _found(lint, other_year) == []
