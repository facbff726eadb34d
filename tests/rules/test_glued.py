"""Elements run together, printed twice or misspelt (RL416, RL506, RL544, RL545, RL549): each in lists
written here, with the right entries of other fields and styles that must pass."""

from __future__ import annotations

from refslint.fixes import apply_edits

# --- RL544: a year run into the word before it ----------------------------------------------------

GLUED = (
    "1. Food and Drug Administration. Compliance check inspections [Internet Site]. Silver Spring, "
    "MD2015 [updated August 31]. Available: https://example.org/insp. Accessed 1 October 2015.\n"
    "2. Smith J. Physiology. Oxford: Oxford University Press2015.\n"
)


def test_a_year_glued_to_a_word_in_an_entry_without_a_year_is_flagged(lint):
    found = lint(GLUED, select=["RL544"])
    assert [(d.entry, str(d.severity)) for d in found] == [(1, "warning"), (2, "warning")]
    assert "year `2015` run into `MD`" in found[0].message
    fixed = apply_edits(GLUED, [e for d in found for e in d.edits])
    assert "Silver Spring, MD 2015 [updated" in fixed and "Press 2015." in fixed


def test_names_with_a_year_in_entries_that_have_one_are_left_alone(lint):
    named = (
        "1. Chen L. Deep nets at CVPR2019. In: Proceedings of CVPR. Long Beach: IEEE; 2019. "
        "p. 1-9.\n"
        "2. European Commission. Horizon2020 work programme. Brussels: EC; 2014.\n"
        "3. Data. Available from: https://example.org/MD2015. Accessed 1 October 2015.\n"
        "4. Stead LF. Interventions. Cochrane Database Syst Rev. 2005;(1):CD001497.\n"
    )
    assert lint(named, select=["RL544"]) == []


# --- RL545: a supplement printed twice ------------------------------------------------------------

SUPPLEMENTS = (
    "1. Malta DC. Inequalities in health care. Cad Saude Publica. 2022; 38 Suppl 1(Suppl 1):"
    "e00125421.\n"
    "2. Domingues CM. The Brazilian programme. Cad Saude Publica. 2020;Suppl 2(Suppl 2):e00222919.\n"
    "3. Landrine H. Minors' access to tobacco. Tob Control. 2000;9 Suppl 2:II15-7.\n"
    "4. Smith J. Title. Clin Infect Dis. 2001;33(Suppl 1):S1-9.\n"
    "5. Jones K. Title. Eur Heart J. 2019;40 Suppl 1(3):S12.\n"
)


def test_a_supplement_printed_twice_is_flagged_once_it_is_the_same(lint):
    found = lint(SUPPLEMENTS, select=["RL545"])
    assert [d.entry for d in found] == [1, 2]
    assert found[0].message == ("supplement printed twice (`Suppl 1(Suppl 1)`); expected `Suppl 1`")
    fixed = apply_edits(SUPPLEMENTS, [e for d in found for e in d.edits])
    assert "2022; 38 Suppl 1:e00125421" in fixed and "2020;Suppl 2:e00222919" in fixed


# --- RL416: a DOI cut by a space ------------------------------------------------------------------

CUT = (
    "1. Kim HJ, Fay MP. Permutation tests. Statistics Med. 2000 Jan;19(3):335-51. "
    "https://doi.org/10.1002/(SICI)1097-0258(20000215)19: 3%3C335::AID-SIM336%3E3.0.CO;2-Z\n"
    "2. Lee K. Old Wiley paper. J Comp Neurol. 1998;391(1):1-9. "
    "doi:10.1002/(SICI)1096-9861(19980202)391:1 <1::AID-CNE1>3.0.CO;2-X.\n"
)


def test_a_doi_cut_by_a_space_is_one_doi_with_its_brackets(lint):
    found = lint(CUT, select=["RL416"])
    assert [(d.entry, str(d.severity)) for d in found] == [(1, "error"), (2, "error")]
    whole = "10.1002/(SICI)1097-0258(20000215)19:3<335::AID-SIM336>3.0.CO;2-Z"
    assert found[0].message.endswith(f"expected `{whole}`")
    fixed = apply_edits(CUT, [e for d in found for e in d.edits])
    assert f"https://doi.org/{whole}\n" in fixed
    assert "doi:10.1002/(SICI)1096-9861(19980202)391:1<1::AID-CNE1>3.0.CO;2-X." in fixed


def test_text_after_a_whole_doi_is_no_piece_of_it(lint):
    whole = (
        "1. Kim HJ. Tests. Stat Med. 2000;19(3):335-51. "
        "doi: 10.1002/(SICI)1097-0258(20000215)19:3<335::AID-SIM336>3.0.CO;2-Z\n"
        "2. Forster JL. Youth access. Annu Rev Public Health. 1998;19:203-35. "
        "doi: 10.1146/annurev.publhealth.19.1.203 pmid:9611618.\n"
        "3. Brown T. C++ templates. Softw Pract Exp. 2001;31:1-9. doi: 10.1002/spe.1 "
        "Accessed: std::vector notes.\n"
    )
    assert lint(whole, select=["RL416"]) == []


# --- RL549: a misspelt word of the apparatus ------------------------------------------------------

SLIPS = (
    "1. Baek J. A survey of identity-based cryptography. Prooceedings of the Australian Unix "
    "Users Group Annual Conference, 2004, pp. 95-102.\n"
    "2. Smith J. A study. Jounral of Things. 2001;5:1-9.\n"
    "3. Jones K. Physiology. Oxford: Oxford Universtiy Press; 2001.\n"
)


def test_a_doubled_or_swapped_letter_in_an_apparatus_word_is_a_slip(lint):
    found = lint(SLIPS, select=["RL549"])
    assert [(d.entry, d.message) for d in found] == [
        (1, "`Prooceedings` is misspelt; expected `Proceedings`"),
        (2, "`Jounral` is misspelt; expected `Journal`"),
        (3, "`Universtiy` is misspelt; expected `University`"),
    ]
    fixed = apply_edits(SLIPS, [e for d in found for e in d.edits])
    assert "Prooceedings" not in fixed and "Journal of Things" in fixed


def test_other_languages_forms_of_the_words_are_no_slips(lint):
    foreign = (
        "1. Silva A. Estudo. Jornal Brasileiro de Pneumologia. 2001;27:1-9.\n"
        "2. Pérez J. Estudio. Revista Internacional de Sociología. 2005;63:1-9.\n"
        "3. Müller K. Studie. Berlin: Universitat Verlag; 2001.\n"
        "4. Dupont P. Étude. Annales de l'Institut Pasteur. 1999;10:1-9.\n"
        "5. Martin L. Faculté des Lettres. Paris: Presses Universitaires; 2001.\n"
        "6. Smith J. Proceedings of the Royal Society. Proc R Soc A. 2001;457:1-9.\n"
    )
    assert lint(foreign, select=["RL549"]) == []


def test_an_acronym_with_a_year_is_no_glued_year(lint):
    acronyms = "1. WHO. COVID2019 situation report. Available from: https://example.org/sr\n"
    assert lint(acronyms, select=["RL544"]) == []


# --- RL506: a year printed twice ----------------------------------------------------------------

YEARS_TWICE = (
    "1. Иванов И. И., Петров П. П. Заглавие статьи // Вопросы психологии. 2019. 2019. Т. 5, № 2. "
    "С. 10–20.\n"
    "2. Ivanov I. I. Title of the paper. Voprosy Psikhologii, 2019, 2019, vol. 5, no. 2, "
    "pp. 10–20.\n"
    "3. Müller H. Das Buch der Dinge. Berlin: Springer, 2018. 2018.\n"
)


def test_a_year_printed_twice_is_flagged_and_removed(lint):
    found = lint(YEARS_TWICE, select=["RL506"])
    assert [d.entry for d in found] == [1, 2, 3]
    assert found[0].message == "year printed twice (`2019. 2019`); expected `2019`"
    fixed = apply_edits(YEARS_TWICE, [e for d in found for e in d.edits])
    assert "психологии. 2019. Т. 5" in fixed
    assert "Psikhologii, 2019, vol. 5" in fixed
    assert "Springer, 2018.\n" in fixed


def test_a_year_that_is_the_volume_or_a_conference_name_is_left_alone(lint):
    right = (
        "1. Stead LF. Interventions. Cochrane Database Syst Rev. 2019;2019(5):CD001497.\n"
        "2. NOVÁK, Jan. Název. Časopis. 2019, 2019, 45–67.\n"
        "3. Chen L. Deep nets. In: Proceedings of ICML 2019. 2019. p. 1-9.\n"
        "4. Smith J. Annual report 2019. Geneva: WHO; 2019.\n"
        "5. Ivanov I. I. Title. Journal. 2019. Vol. 5. P. 2019–2025.\n"
    )
    assert lint(right, select=["RL506"]) == []
