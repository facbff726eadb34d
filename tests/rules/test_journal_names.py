"""Journal names across styles: a form told by its words where the shipped lists do not know the
journal (RL811), a journal beside its subtitled form (RL810), capitals lost from an NLM
abbreviation (RL811), and a name no list knows that is a slip from a known one (RL815). Each
with the lists where the rule must stay silent. Lists written here."""

from __future__ import annotations

import pytest
from refslint_rules.style.journals import _name_form


def vancouver(journals: list[str]) -> str:
    return "".join(
        f"{n}. Author{chr(64 + n)} A, Second B. Study number {n}. {j}. 2015;{10 + n}(2):{100 + n}-9.\n"
        for n, j in enumerate(journals, 1)
    )


def plos_year(journals: list[str]) -> str:
    """PLOS's earlier numbered style: year after the authors, `Journal 11: 193.`"""
    return "".join(
        f"{n}. Author{chr(64 + n)} A ({1990 + n}) Study number {n}. {j} {n}: {n}00–{n}10.\n"
        for n, j in enumerate(journals, 1)
    )


def found(lint, text: str, code: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=[code])]


FULL_SENTENCE_CASE = [
    "American journal of obstetrics and gynecology",
    "Gynecologic oncology",
    "The American journal of surgical pathology",
    "Journal of the National Cancer Institute",
    "International journal of cancer",
    "Human pathology",
]
NLM = ["Am J Public Health", "Prev Med", "J Community Health", "Annu Rev Public Health",
       "Subst Use Misuse", "Psychol Methods"]  # fmt: skip
PHYSICS = ["Eur Phys J B", "Phys Scr", "New J Phys", "J Econ Dyn Control", "Sci Rep"]


# --- forms told by words ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Chin J Clin Oncol Rehabil", "undotted abbreviation"),  # unknown to the lists
        ("Lancet Gastroenterol Hepatol", "undotted abbreviation"),
        ("Quantitative Finance", "full title"),  # unknown, whole words abbreviations shorten
        ("Sichuan Medical Journal", "full title"),
        ("Physica A", None),  # its title is its abbreviation
        ("Health Place", None),  # the same in every form
        ("PLoS ONE", None),
        ("Natur am Niederrhein (NF)", "full title"),  # German `am` is no `Am`
    ],
)
def test_a_name_the_lists_do_not_know_is_told_by_its_words(name, form):
    assert _name_form(name, False) == form


def test_an_unknown_abbreviation_among_full_titles_is_flagged(lint):
    text = vancouver([*FULL_SENTENCE_CASE, "Chin J Clin Oncol Rehabil", "Sichuan Medical Journal"])
    assert [entry for entry, _ in found(lint, text, "RL811")] == [7]
    # with the year after the authors too
    text = plos_year(["Journal of Applied Ecology", "Global Change Biology", "Molecular Ecology",
                "Biological Conservation", "Functional Ecology", "Ecol Entomol Res"])  # fmt: skip
    assert [entry for entry, _ in found(lint, text, "RL811")] == [6]


def test_a_full_title_with_no_known_abbreviation_is_not_called_wrong(lint):
    # a journal the lists cannot abbreviate may have no abbreviation in the list's system: it is
    # said to be printed in full, with no form offered, only where a word names it a journal
    assert found(lint, plos_year([*PHYSICS, "Quantitative Finance"]), "RL811") == []
    ((entry, message),) = found(lint, plos_year([*PHYSICS, "Journal of Classification"]), "RL811")
    assert entry == 6 and message.endswith("are printed as undotted abbreviations")
    # one they can abbreviate is flagged, with its abbreviation
    ((entry, message),) = found(lint, plos_year([*PHYSICS, "Journal of Chemical Physics"]), "RL811")
    assert entry == 6 and "(`J Chem Phys`)" in message


def test_a_name_without_its_section_letter_is_not_given_one(lint):
    # `Acta Physica Polonica` is A or B: the lists' `Acta Phys Pol A` is a guess
    assert found(lint, plos_year([*PHYSICS, "Acta Physica Polonica"]), "RL811") == []
    (finding,) = found(lint, plos_year([*PHYSICS, "Multiscale Model Sim"]), "RL811")
    assert "expected `Multiscale Model Simul`" in finding[1]


# --- RL810: a journal and its subtitled form ---------------------------------------------------


def test_a_journal_beside_its_subtitled_form_is_written_two_ways(lint):
    long = "Phys Rev E Stat Nonlin Soft Matter Phys"
    text = plos_year(["Phys Rev E", long, long, "Sci Rep", long])
    ((entry, message),) = found(lint, text, "RL810")
    assert entry == 1 and f"and `{long}` in entries 2, 3, 5" in message
    text = vancouver(
        [*NLM, "Tob Control", "Tob Control", "Tobacco Control: An International Journal"]
    )
    ((entry, message),) = found(lint, text, "RL810")
    assert entry == 9 and "`Tob Control` in entries 7, 8" in message


@pytest.mark.parametrize(
    "pair",
    [
        ("Eur J Cancer", "Eur J Cancer Prev"),  # no subtitle: another journal
        ("Phys Rev", "Phys Rev Lett"),
        ("J Biol", "J Biol Chem"),
        ("Clin Infect Dis", "Clin Infect Dis Res"),
        ("An Pediatr", "An Pediatr (Engl Ed)"),  # an edition of its own
    ],
)
def test_a_name_that_only_starts_like_another_is_another_journal(lint, pair):
    assert found(lint, vancouver([*NLM, *pair]), "RL810") == []


# --- RL811: capitals of an NLM abbreviation ------------------------------------------------------


def test_an_nlm_abbreviation_that_lowers_its_inner_capitals_is_flagged(lint):
    ((entry, message),) = found(lint, vancouver([*NLM, "PloS One"]), "RL811")
    assert entry == 7 and "lowers the capitals of `PLoS`" in message
    # the journal's own capitals, and a list of sentence-case titles, are left alone
    assert found(lint, vancouver([*NLM, "PLoS ONE"]), "RL811") == []
    assert found(lint, vancouver([*FULL_SENTENCE_CASE, "PloS one"]), "RL811") == []


FULL_TITLE_CASE = [
    "International Journal of Food Microbiology",
    "Food Chemistry",
    "Journal of Essential Oil Research",
    "Industrial Crops and Products",
    "Journal of Agricultural and Food Chemistry",
]


def test_an_abbreviation_iso_and_nlm_share_is_flagged_among_full_titles(lint):
    # `Food Microbiol.` is ISO 4's and NLM's form alike, but among full titles an abbreviation
    ((entry, message),) = found(lint, vancouver([*FULL_TITLE_CASE, "Food Microbiol"]), "RL811")
    assert entry == 6 and "is printed as an abbreviation; 5 of 5 journals" in message
    # a journal whose title is its abbreviation, and one printed whole, are no abbreviations
    assert found(lint, vancouver([*FULL_TITLE_CASE, "Health & Place"]), "RL811") == []
    assert found(lint, vancouver([*FULL_TITLE_CASE, "Food Microbiology"]), "RL811") == []
    # in a list of abbreviations it is the list's own form
    assert found(lint, vancouver([*NLM, "Food Microbiol"]), "RL811") == []


def test_a_journal_named_by_its_acronym_printed_as_a_word_is_flagged(lint):
    ((entry, message),) = found(lint, vancouver([*FULL_TITLE_CASE, "Bmj"]), "RL811")
    assert entry == 6 and "expected `BMJ`" in message
    assert found(lint, vancouver([*FULL_TITLE_CASE, "BMJ"]), "RL811") == []
    # a word that is no acronym's journal stays as printed
    assert found(lint, vancouver([*FULL_TITLE_CASE, "Nature"]), "RL811") == []


def test_a_one_word_journal_and_its_cut_are_one_journal_written_two_ways(lint):
    apa = "References\n" + "".join(
        f"Author{chr(64 + n)}, A. ({2000 + n}). Study number {n}. {j}, {n}(2), {n}01–{n}09.\n"
        for n, j in enumerate(["Nature", "Nature", "Science", "Cell", "Nat.", "Gene.", "Genes"], 1)
    )
    ((entry, message),) = found(lint, apa, "RL810")
    assert entry == 5 and "written `Nat.` here and `Nature` in entries 1, 2" in message


# --- RL815: misspelt journal names --------------------------------------------------------------


def test_a_name_one_letter_from_a_known_journal_is_flagged(lint):
    journals = ["Journal of Applied Ecology", "Expert System with Applications"]
    ((entry, message),) = found(lint, plos_year(journals), "RL815")
    assert entry == 2 and "write `Expert Systems with Applications`" in message
    assert found(lint, vancouver(["J Econ Dyn Control", "Physics Report"]), "RL815")


def test_a_name_one_word_from_another_journal_of_the_list_is_flagged(lint):
    text = vancouver([*NLM, "J Pediatr Health Care", "J Pediatr Child Health Care"])
    ((entry, message),) = found(lint, text, "RL815")
    assert entry == 8 and "entry 7 has `J Pediatr Health Care`, one word apart" in message


def test_a_journal_and_a_word_more_cited_twice_is_a_sibling_journal(lint):
    # the list's own name with a word at its end, cited in two entries: a journal of its own
    sibling = [*NLM, "J Allergy Clin Immunol", "J Allergy Clin Immunol Pract"]
    assert found(lint, vancouver([*sibling, "J Allergy Clin Immunol Pract"]), "RL815") == []
    # cited once, the word more is still a slip from the list's journal
    once = vancouver([*NLM, "J Pediatr Health Care", "J Pediatr Health Care Nurs"])
    assert [e for e, _ in found(lint, once, "RL815")] == [8]


@pytest.mark.parametrize(
    "pair",
    [
        ("J Biol Chem", "J Biol"),  # known journals, one word apart
        ("Phys Rev A", "Phys Rev B"),
        ("Ann Intern Med", "Ann Med"),
        ("Rev Pediatr", "Rev Paul Pediatr"),  # a place after the first word: another journal
        ("J Child Media", "Acad Pediatr"),  # unknown to the lists, and near nothing
    ],
)
def test_real_journals_close_to_others_are_not_misspelt(lint, pair):
    assert found(lint, vancouver([*NLM, *pair]), "RL815") == []
    assert found(lint, plos_year([*NLM, *pair]), "RL815") == []


def test_an_abbreviation_one_letter_from_another_form_of_it_is_no_slip(lint):
    # ISO 4 shortens `Management` to `Manag.`; older lists print `Manage.`: both are in use
    text = vancouver([*NLM, "J. Mater. Cycles Waste Manag.", "J. Clean. Prod."])
    assert found(lint, text, "RL815") == []


def test_a_slip_rl810_reports_is_not_told_twice(lint):
    text = vancouver([*NLM, "BMC Infect Dis", "BMC Infec Dis"])
    assert found(lint, text, "RL815") == []
    assert [entry for entry, _ in found(lint, text, "RL810")] == [8]


def test_a_doi_holding_a_year_does_not_hide_the_journal(lint):
    # `(2010) Title. Journal 37: 8793–8798. doi: 10.1016/j.eswa.2010.06.026`: the `2010` inside
    # the DOI is no second year, so the entry is read as an article and its journal checked
    entry = (
        "2. Nanda S, Mahanty B, Tiwari MK (2010) Clustering stock market data. Expert System with"
        " Applications 37: 8793–8798. doi: 10.1016/j.eswa.2010.06.026\n"
    )
    first = "1. Cont R (2001) Empirical properties. Quantitative Finance 1: 223–236.\n"
    assert [number for number, _ in found(lint, first + entry, "RL815")] == [2]


def test_a_name_spelt_right_is_no_slip_of_a_table_entry_spelt_wrong(lint):
    # the ISO list prints `Flavour and Fragance Journal`; `Fragrance` is the English word, and
    # `Fragance` names no other journal
    journals = ["Journal of Applied Ecology", "Flavour and Fragrance Journal"]
    assert found(lint, plos_year(journals), "RL815") == []
    assert found(lint, vancouver([*NLM, "Flavour and Fragrance Journal"]), "RL815") == []
    # a printed word that is no English word is still a slip of the table's
    journals = ["Journal of Applied Ecology", "Expert Systems with Aplications"]
    assert [e for e, _ in found(lint, plos_year(journals), "RL815")] == [2]
