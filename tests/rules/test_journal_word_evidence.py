"""RL811 weighing each word of a known journal's abbreviation: a cut the standards almost never
make of a word they keep whole (`Biol Contr`), a word printed whole that every standard form
cuts (`Popul Health Metrics`), and a word the journal's own standard form prints (`Colet` in
`Cienc Saude Colet`), which is standard whatever the other forms do.

Lists written for these tests: Vancouver (undotted NLM forms), AMA, Nature's dotted style and APA
(full titles), so that each finding is checked where it must be made and where it must not.
"""

from __future__ import annotations

VANCOUVER = [
    "Okafor C, Ruiz E. Growth factors in stroma. Cancer Immunol Res. 2017;5:426-33.",
    "Berg P, Sato K. Interleukins in cancer. Nat Rev Cancer. 2021;21:481-99.",
    "Sato K. Immune suppression. Int Immunol. 2018;30:445-55.",
    "Kowal T. Regulatory T cells. J Transl Med. 2024;22:293.",
    "Liu W. Targets in tumour cells. Br J Cancer. 2021;124:37-48.",
]
# AMA (JAMA's style): undotted NLM forms, the volume's issue in brackets, pages in full
AMA = [
    "Okafor C, Ruiz E. Growth factors in stroma. Cancer Immunol Res. 2017;5(4):426-433.",
    "Berg P, Sato K. Interleukins in cancer. Nat Rev Cancer. 2021;21(8):481-499.",
    "Sato K. Immune suppression. Int Immunol. 2018;30(10):445-455.",
    "Kowal T. Regulatory T cells. J Transl Med. 2024;22(1):293.",
    "Liu W. Targets in tumour cells. Br J Cancer. 2021;124(1):37-48.",
]
APA = [
    "Okafor, C., & Ruiz, E. (2017). Growth factors in stroma. Cancer Immunology Research, 5, 426–433.",
    "Berg, P., & Sato, K. (2021). Interleukins in cancer. Nature Reviews Cancer, 21, 481–499.",
    "Sato, K. (2018). Immune suppression. International Immunology, 30, 445–455.",
    "Kowal, T. (2024). Regulatory T cells. Journal of Translational Medicine, 22, 293.",
    "Liu, W. (2021). Targets in tumour cells. British Journal of Cancer, 124, 37–48.",
]
NATURE = [
    "Okafor, C. & Ruiz, E. Growth factors in stroma. Cancer Immunol. Res. 5, 426–433 (2017).",
    "Berg, P. et al. Interleukins in cancer. Nat. Rev. Cancer 21, 481–499 (2021).",
    "Sato, K. Immune suppression. Int. Immunol. 30, 445–455 (2018).",
    "Kowal, T. Regulatory T cells. J. Transl. Med. 22, 293 (2024).",
    "Liu, W. Targets in tumour cells. Br. J. Cancer 124, 37–48 (2021).",
]


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


def rl811(lint, entries: list[str]) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(numbered(entries), select=["RL811"])]


# --- a cut the standards almost never make -----------------------------------------------------


def test_a_cut_of_a_word_the_standards_keep_whole_is_flagged_in_an_undotted_list(lint):
    # the lists know Biological Control by its ISO 4 form alone (`Biol. Control`); 89 standard
    # forms of 92 print `Control` whole, 3 cut it to `Contr`
    entry = "Atehnkeng J, Cotty PJ. Field efficacy of a mixture. Biol Contr. 2014;72:62-70."
    for base in (VANCOUVER, AMA):
        found = rl811(lint, [*base, entry])
        assert [n for n, _ in found] == [6]
        assert "expected `Biol Control`" in found[0][1]


def test_the_standard_form_of_that_journal_passes(lint):
    entry = "Atehnkeng J, Cotty PJ. Field efficacy of a mixture. Biol Control. 2014;72:62-70."
    assert rl811(lint, [*VANCOUVER, entry]) == []


def test_a_cut_the_iso_form_keeps_whole_but_the_table_knows_too_little_of_still_passes(lint):
    # `Biomarker`: one form in the table, kept whole; NLM's own `Biomark Res` cannot be called
    # wrong from that
    entry = "Chen D. CD47 in tumours. Biomark Res. 2023;11:15."
    assert rl811(lint, [*VANCOUVER, entry]) == []


# --- a word printed whole that every standard form cuts ----------------------------------------


def test_a_word_every_standard_form_cuts_printed_whole_is_flagged(lint):
    entry = "Queiroz BL, Abreu DMX. Completeness of death registration. Popul Health Metrics. 2020;18:11."
    found = rl811(lint, [*VANCOUVER, entry])
    assert [n for n, _ in found] == [6]
    assert "expected `Popul Health Metr` (NLM)" in found[0][1]


def test_the_full_title_of_that_journal_in_a_list_of_full_titles_passes(lint):
    entry = (
        "Queiroz, B. L. (2020). Completeness of death registration. Population Health Metrics, "
        "18, 11."
    )
    assert rl811(lint, [*APA, entry]) == []


def test_a_word_the_standards_keep_whole_as_often_as_they_cut_it_passes(lint):
    # `Forest`: ISO 4 forms keep it whole, NLM's cut it (`For Ecol Manage`); either is standard
    entry = "Mori AS. Reframing management. Forest Ecol Manag. 2013;165:115-27."
    assert rl811(lint, [*VANCOUVER, entry]) == []


# --- the journal's own standard form's words ---------------------------------------------------


def test_a_word_of_the_journals_own_standard_form_is_standard(lint):
    # NLM writes `Cien Saude Colet`; `Cienc` is how the standards cut `Ciencia` (3 of 4) and
    # `Colet` is NLM's own word: a form the journal itself prints, not a wrong one
    entries = [
        "Silva AB, Souza CD. Desigualdades em saude. Cienc Saude Colet. 2019;24(3):101-10.",
        "Lima EF. Mortalidade infantil. Cienc Saude Colet. 2020;25(1):21-30.",
    ]
    assert rl811(lint, [*VANCOUVER, *entries]) == []


def test_a_dotted_list_still_keeps_its_variants_apart(lint):
    # a dotted list's cut at another letter is RL816's hint, never RL811's warning
    entry = "Gaustad, G. & Olivetti, E. Aluminium recycling. J. Clean. Prod. 58, 79–87 (2012)."
    assert rl811(lint, [*NATURE, entry]) == []


# --- RL815: a word no title begins with, a slip of a word the list prints ----------------------


def rl815(lint, entries: list[str]) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(numbered(entries), select=["RL815"])]


def test_a_word_with_a_letter_dropped_from_another_journals_word_is_flagged(lint):
    # `Gob` begins no title word of the lists; `Glob` (Lancet Glob Health) is NLM's cut of Global
    entries = [
        "Williams J, Allen L. Non-communicable diseases. J Gob Health. 2018;8(2):020409.",
        "Schuck-Paim C. Pneumonia mortality in Brazil. Lancet Glob Health. 2019;7(2):e249-56.",
    ]
    found = rl815(lint, [*VANCOUVER, *entries])
    assert [n for n, _ in found] == [6]
    assert "`Gob`" in found[0][1] and "entry 7 prints `Glob`" in found[0][1]
    assert found[0][1].endswith("write `J Glob Health`")


def test_two_letters_swapped_in_an_ama_list_are_flagged_too(lint):
    entries = [
        "Roy S. Measles in schools. J Gloab Health. 2018;8(2):020409.",
        "Lima P. Pneumonia mortality. Lancet Glob Health. 2019;7(2):e249-56.",
    ]
    assert rl815(lint, [*AMA, *entries]) == []  # `Gloab`: a letter added, not dropped
    entries[0] = "Roy S. Measles in schools. J Golb Health. 2018;8(2):020409."
    assert [n for n, _ in rl815(lint, [*AMA, *entries])] == [6]


def test_a_word_changed_by_a_letter_is_no_such_slip(lint):
    # `Nery` (Escola Anna Nery) is one letter changed from `Nerv`: a name, not a dropped letter
    entries = [
        "Souza M. Cuidado de enfermagem. Esc Anna Nery. 2019;23(1):e2018.",
        "Hall R. Panic disorder. J Nerv Ment Dis. 2017;205(3):201-9.",
    ]
    assert rl815(lint, [*VANCOUVER, *entries]) == []


def test_a_word_no_other_journal_of_the_list_prints_is_left_alone(lint):
    entry = "Williams J, Allen L. Non-communicable diseases. J Gob Health. 2018;8(2):020409."
    assert rl815(lint, [*VANCOUVER, entry]) == []


def test_full_titles_in_an_apa_list_are_left_alone(lint):
    entries = [
        "Williams, J. (2018). Non-communicable diseases. Journal of Global Health, 8, 020409.",
        "Schuck-Paim, C. (2019). Pneumonia mortality. The Lancet Global Health, 7, 249–256.",
    ]
    assert rl815(lint, [*APA, *entries]) == []


# --- a word cut by one letter is no variant -----------------------------------------------------


def test_a_word_cut_by_its_last_letter_alone_is_a_warning_not_a_variant(lint):
    entry = (
        "Schmidt, T. S. & Huenteler, J. Anticipating change. Glob. Environ. Chang. 38, 8 (2016)."
    )
    text = numbered([*NATURE, entry])
    assert [d.entry for d in lint(text, select=["RL811"])] == [6]
    assert "`Glob. Environ. Change`" in lint(text, select=["RL811"])[0].message
    assert lint(text, select=["RL816"]) == []


def test_a_word_cut_by_more_letters_stays_a_variant(lint):
    entry = "Gaustad, G. & Olivetti, E. Aluminium recycling. J. Clean. Prod. 58, 79–87 (2012)."
    text = numbered([*NATURE, entry])
    assert lint(text, select=["RL811"]) == []
    assert [d.entry for d in lint(text, select=["RL816"])] == [6]


# --- RL815: a title word given another ending ---------------------------------------------------

# author-date (Harvard's older form): `Surname, A. (Year) Title. Journal Volume(Issue): pages.`
HARVARD = [
    "Burkard, R. (1991) Qaplib. Mathematical Programming 55(1): 115–119.",
    "Karmarkar, N. (1984) A polynomial-time algorithm. Operations Research 4(2): 373–395.",
    "Gondzio, J. (2012) Interior point methods. SIAM Journal on Optimization 22(3): 1–24.",
    "Wright, S. (1997) Primal-dual methods. Linear Algebra and Its Applications 9(1): 3–9.",
]


def test_a_full_title_with_a_word_given_another_ending_is_flagged(lint):
    entry = "Burkard, R. (1991) A library. European Journal of Operations Research 55(1): 115–119."
    found = [(d.entry, d.message) for d in lint(numbered([*HARVARD, entry]), select=["RL815"])]
    assert [n for n, _ in found] == [5]
    assert found[0][1].endswith("write `European Journal of Operational Research`")
    entry = "Burkard, R. (1991). A library. Environmental Science and Technologies, 55, 115–119."
    found = [(d.entry, d.message) for d in lint(numbered([*APA, entry]), select=["RL815"])]
    assert [n for n, _ in found] == [6] and "`Technology`" in found[0][1]


def test_the_right_title_and_its_abbreviation_pass(lint):
    entries = [
        "Burkard, R. (1991) A library. European Journal of Operational Research 55(1): 1–9.",
        "Burkard, R. (1992) A library. Eur. J. Oper. Res. 56(1): 1–9.",
    ]
    assert lint(numbered([*HARVARD, *entries]), select=["RL815"]) == []


def test_words_that_share_a_start_but_are_other_words_pass(lint):
    # `Psychology` and `Psychopharmacology` share six letters; the rest is no ending
    entry = "Okafor, C. (2017). Trials. Journal of Clinical Psychopharmacology, 5, 426–433."
    assert lint(numbered([*APA, entry]), select=["RL815"]) == []


# --- RL817: a month between the journal and its volume ------------------------------------------

# PLOS's former author-year numbered style: `Surname A (Year) Title. Journal Volume: pages.`
PLOS_YEAR = [
    "Rezza G, Nicoletti L (2007) Chikungunya in Italy. Lancet 370: 1840–1846.",
    "Powers AM (2011) Genomic evolution. Am J Trop Med Hyg 84: 909–914.",
    "Ross RW (1956) A laboratory technique. Emerg Infect Dis 13: 192–200.",
    "Strauss JH (1994) The alphaviruses. Microbiol Rev 58: 491–562.",
    "Lanciotti RS (2007) Chikungunya virus in travellers. Clin Infect Dis 13: 764–767.",
]


def test_a_period_after_the_journal_before_a_month_and_the_volume_is_flagged(lint):
    entry = (
        "Sabella C (2010) Measles: not just a childhood rash. Cleve Clin J Med. Mar 77(3): 207–13."
    )
    found = lint(numbered([*PLOS_YEAR, entry]), select=["RL817"])
    assert [d.entry for d in found] == [6]
    assert "`Cleve Clin J Med` carries a period after it" in found[0].message


def test_a_month_after_a_journal_without_a_period_passes(lint):
    entry = (
        "Sabella C (2010) Measles: not just a childhood rash. Cleve Clin J Med Mar 77(3): 207–13."
    )
    assert lint(numbered([*PLOS_YEAR, entry]), select=["RL817"]) == []


def test_a_dotted_abbreviations_own_period_before_a_month_passes(lint):
    entries = [
        "Rezza, G. Chikungunya in Italy. Lancet 370, 1840–1846 (2007).",
        "Powers, A. M. Genomic evolution. Am. J. Trop. Med. Hyg. 84, 909–914 (2011).",
        "Ross, R. W. A laboratory technique. Emerg. Infect. Dis. 13, 192–200 (1956).",
        "Strauss, J. H. The alphaviruses. Microbiol. Rev. 58, 491–562 (1994).",
        "Lanciotti, R. S. Chikungunya virus. Clin. Infect. Dis. 13, 764–767 (2007).",
        "Sabella, C. Measles. Cleve. Clin. J. Med. Mar 77, 207–213 (2010).",
    ]
    assert lint(numbered(entries), select=["RL817"]) == []


def test_a_word_and_the_word_with_an_ending_added_are_left_alone(lint):
    # `Education` and `Educational` both name journals (`Journal of Education Policy`)
    entry = "Okafor, C. (2017). Trials. Journal of Education Psychology, 5, 426–433."
    assert lint(numbered([*APA, entry]), select=["RL815"]) == []


# --- a word printed whole that few titles hold, where only ISO 4's form is known ------------------


def test_a_rarely_met_word_printed_whole_may_be_nlms_own_form(lint):
    # the tables know only ISO 4's `Desalin. Water Treat.`; five titles hold `Desalination`,
    # too few to say NLM cuts it, and NLM's own form prints it whole
    entry = "Lozano B, Abeln E. Pesticides in soil. Desalination Water Treat. 2016;57:1310-21."
    assert rl811(lint, [*VANCOUVER, entry]) == []


def test_a_commonly_met_word_printed_whole_is_still_flagged(lint):
    # `Treatment`: 32 titles, every standard form cuts it to `Treat`
    entry = "Lozano B, Abeln E. Pesticides in soil. Desalination Water Treatment. 2016;57:1310-21."
    found = rl811(lint, [*VANCOUVER, entry])
    assert [n for n, _ in found] == [6]
    assert "expected `Desalin Water Treat`" in found[0][1]


# --- a title in another language ---------------------------------------------------------------


def test_another_languages_small_words_and_a_stems_shortening_are_standard(lint):
    # Journal de la Societe Algerienne de Chimie: ISO 4 drops `de la`, and shortens the stem
    # `Alger-` as the table's `Algerie` is (`Alger`), though the lists print `J. Soc. Alg. Chim.`
    entry = "Fellah S. Extraction des huiles essentielles. J Soc Alger Chim. 2006;16:193-202."
    assert rl811(lint, [*VANCOUVER, entry]) == []
    # a cut no stem of the word is shortened to is still flagged
    odd = "Fellah S. Extraction des huiles essentielles. J Soc Algeri Chim. 2006;16:193-202."
    assert [n for n, _ in rl811(lint, [*VANCOUVER, odd])] == [6]


def test_another_ending_weighs_only_titles_the_nlm_catalogue_carries(lint):
    # the ISO lists alone carry `Romanian Biotechnology Letters`, the journal's name printed
    # with another ending: no evidence that `Biotechnological` is the slip
    entry = "Burkard, R. (1991) A library. Romanian Biotechnological Letters 55(1): 115–119."
    assert lint(numbered([*HARVARD, entry]), select=["RL815"]) == []
