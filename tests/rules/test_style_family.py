"""House style where the list's own majority is thin or split: spaced initials (RL805), a range
the grammar left unread (RL803), the style family's hint (RL814), the year after the authors
(RL813), the et al. rule of a list that names every author (RL806) and the words before a link
(RL807). Each rule is run on lists written here in several styles, where it must speak and where it
must stay silent."""

from __future__ import annotations

from refslint.fixes import apply_edits


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


def bracketed(entries: list[str]) -> str:
    return "".join(f"[{n}] {e}\n" for n, e in enumerate(entries, 1))


def codes(lint, text: str, *select: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.code) for d in lint(text, select=list(select))]


# --- RL805: initials spaced without periods --------------------------------------------------

UNDOTTED = [
    "Ollerton J, Winfree R, Tarrant S. Flowering plants. Oikos. 2011;120(3):321-6.",
    "Mattson WJ, Addy ND. Phytophagous insects. Science. 1975;190(4214):515-22.",
    "Yang LH, Gratton C. Insects as drivers. Curr Opin Insect Sci. 2014;2:26-32.",
    "Losey JE, Vaughan M. Ecological services. Bioscience. 2006;56(4):311-23.",
    "Goulson D, Lye GC, Darvill B. Bumble bees. Annu Rev Entomol. 2008;53:191-208.",
]
SPACED = "Morse H D. The insectivorous bird. Annu Rev Ecol Syst. 1971;2:177-200."


def test_initials_spaced_without_periods_break_a_list_that_runs_them_together(lint):
    text = numbered([*UNDOTTED, SPACED])
    (d,) = lint(text, select=["RL805"])
    assert (d.entry, d.code) == (6, "RL805")
    assert d.message == (
        "author initials are written spaced without periods; "
        "5 of 6 entries write initials without periods"
    )
    assert apply_edits(text, d.edits).splitlines()[5].startswith("6. Morse HD. The insectivorous")


FAMILY_FIRST_DOTTED = [
    "Lord R. K. and Shah V. A., “Smartphones in Ophthalmology,” Ophthalmology 117 (2010): 1–9.",
    "Chhablani J., Kaja S., and Shah V. A., “Smartphones,” Indian J Ophthalmol 60 (2012): 127–131.",
    "Haddock L. J. and Kim D. Y., “Fundus Photography,” Journal of Ophthalmology 13 (2013): 518.",
    "Espinheira G. F. and Ledbetter E. C., “Lens Adapter,” Vet Ophthalmol 21 (2018): 309–316.",
]


def test_hyphenated_dotted_initials_are_initials_with_periods(lint):
    """`Kim J.‐W.` (U+2010) and `Kim J.-W.` are dotted initials, as the list writes them."""
    for hyphen in ("\u2010", "-"):
        entry = f"Kim J.{hyphen}W. and Kim K., “Clinics in Korea,” Vet Med Int 25 (2025): 99."
        assert codes(lint, numbered([entry, *FAMILY_FIRST_DOTTED]), "RL805") == []
    # an entry that drops the periods is still the odd one out
    text = numbered(
        [*FAMILY_FIRST_DOTTED, "Kim JW and Kim K., “Clinics,” Vet Med Int 25 (2025): 99."]
    )
    assert codes(lint, text, "RL805") == [(5, "RL805")]


def test_a_list_that_spaces_its_initials_keeps_its_form(lint):
    spaced = [e.replace("WJ", "W J").replace("ND", "N D").replace("LH", "L H") for e in UNDOTTED]
    spaced = [e.replace("JE", "J E").replace("GC", "G C") for e in spaced]
    assert codes(lint, numbered([*spaced, SPACED]), "RL805") == []
    # and there, initials run together are the odd ones
    text = numbered(
        [*spaced, SPACED, "Koh JA, Enders GH. Tumour alleles. Nature. 1995;375:506-10."]
    )
    (d,) = lint(text, select=["RL805"])
    assert d.entry == 7
    assert d.message == (
        "author initials are written without periods; "
        "6 of 7 entries write initials spaced without periods"
    )
    assert apply_edits(text, d.edits).splitlines()[6].startswith("7. Koh J A, Enders G H.")


def test_a_capital_word_after_an_undotted_initial_is_not_an_initial(lint):
    # `Smith J A new method` has no period after `A`: a title begins, not a third initial
    loose = "Smith J A new method. J Biol. 2019;12:45-67."
    assert codes(lint, numbered([*UNDOTTED, loose]), "RL805") == []


# --- RL803: a range after a colon the grammar did not read --------------------------------------

ABBREVIATED = [
    "Crum CP. Carcinoma of the vulva. Obstet Gynecol. 1992;79(3):448-54.",
    "Kagie MJ, Kenter GG. Papillomavirus infection. Gynecol Oncol. 1997;67(2):178-83.",
    "Kurman RJ, Toki T. Basaloid carcinomas. Am J Surg Pathol. 1993;17(2):133-45.",
    "Sideri M, Jones RW. Squamous neoplasia. J Reprod Med. 2005;50(11):807-10.",
    "Chen YZ, Liu D. Promoter methylation. DNA Cell Biol. 2014;33(10):729-38.",
]


def test_a_full_range_after_an_issue_only_number_is_read_and_flagged(lint):
    odd = "Wei L, Pu D. Expression of p16. Matern Child Health Care China. 2008; (22):3168-3170."
    text = numbered([*ABBREVIATED, odd])
    (d,) = lint(text, select=["RL803"])
    assert d.entry == 6
    assert d.message == (
        "page range `3168-3170` is full; 5 of 6 page ranges in this list are abbreviated "
        "(`3168-70`)"
    )
    assert apply_edits(text, d.edits).rstrip().endswith("2008; (22):3168-70.")


def test_numbers_after_a_colon_in_a_title_are_not_pages(lint):
    # the title comes before the year; only what follows the year is read as pages
    odd = "Wei L. Trends:1990-1995 in care. Matern Child Health Care China. 2008; (22):3168-70."
    assert codes(lint, numbered([*ABBREVIATED, odd]), "RL803") == []


# --- RL814: the style family's form where the list is split --------------------------------------

SPLIT_VANCOUVER = [
    "Freeman RE, Daley MF. Vaccine timeliness. Vaccine. 2022;40(5):765-773.",
    "Luman ET, Barker LE. Timeliness of vaccinations. JAMA. 2005;293(10):1204-11.",
    "Tiley KS, White JM. Inequalities in vaccination. Vaccine. 2018;36(45):6726-6735.",
    "Lima SAV, Braga JPR. Access to primary care. Physis. 2015;25(2):635-56.",
    "Cobo B, Cruz C. Inequalities in access. Cien Saude Colet. 2021;26(9):4021-4032.",
    "Mariano FZ, Costa EM. Diferenciais de rendimentos. Estud Econ. 2018;48(1):137-73.",
]


def test_a_vancouver_list_split_on_ranges_is_hinted_at_abbreviated_ones(lint):
    text = numbered(SPLIT_VANCOUVER)
    found = lint(text, select=["RL803", "RL814"])
    assert [(d.entry, d.code, str(d.severity)) for d in found] == [
        (1, "RL814", "info"),
        (3, "RL814", "info"),
        (5, "RL814", "info"),
    ]
    assert found[0].message == (
        "page range `765-773` is full; this list writes 3 of 6 ranges abbreviated, and "
        "Vancouver (Citing Medicine) abbreviates them (`765-73`)"
    )
    assert apply_edits(text, found[0].edits).splitlines()[0].endswith("2022;40(5):765-73.")


def test_a_list_that_writes_ranges_in_full_is_never_hinted(lint):
    full = [e.replace("1204-11", "1204-1211").replace("635-56", "635-656") for e in SPLIT_VANCOUVER]
    full = [e.replace("137-73", "137-173") for e in full]
    assert codes(lint, numbered(full), "RL803", "RL814") == []
    # mostly full (5 of 6) sets the list's own convention, and RL803 speaks, not the family
    mostly = [*full[:5], SPLIT_VANCOUVER[5]]
    assert codes(lint, numbered(mostly), "RL803", "RL814") == [(6, "RL803")]


def test_split_lists_of_styles_that_write_ranges_in_full_get_no_hint(lint):
    # APA-like and physics lists print ranges in full; a split there is not Vancouver's business
    apa = [
        "Freeman RE, Daley MF (2022) Vaccine timeliness. Vaccine 40: 765-773.",
        "Luman ET, Barker LE (2005) Timeliness of vaccinations. JAMA 293: 1204-11.",
        "Tiley KS, White JM (2018) Inequalities in vaccination. Vaccine 36: 6726-6735.",
        "Lima SAV, Braga JPR (2015) Access to primary care. Physis 25: 635-56.",
        "Cobo B, Cruz C (2021) Inequalities in access. Cien Saude Colet 26: 4021-4032.",
        "Mariano FZ, Costa EM (2018) Diferenciais de rendimentos. Estud Econ 48: 137-73.",
    ]
    assert codes(lint, numbered(apa), "RL803", "RL814") == []
    physics = [
        "R.E. Freeman and M.F. Daley, Vaccine 40, 765-773 (2022).",
        "E.T. Luman and L.E. Barker, JAMA 293, 1204-11 (2005).",
        "K.S. Tiley and J.M. White, Vaccine 36, 6726-6735 (2018).",
        "S.A.V. Lima and J.P.R. Braga, Physis 25, 635-56 (2015).",
        "B. Cobo and C. Cruz, Cien. Saude Colet. 26, 4021-4032 (2021).",
        "F.Z. Mariano and E.M. Costa, Estud. Econ. 48, 137-73 (2018).",
    ]
    assert codes(lint, bracketed(physics), "RL803", "RL814") == []


def test_too_few_ranges_get_no_hint(lint):
    assert codes(lint, numbered(SPLIT_VANCOUVER[:4]), "RL814") == []


# --- RL813: the year after the authors ------------------------------------------------------

PLOS = [
    "Mantegna RN (1999) Hierarchical structure. Eur Phys J B 11: 193.",
    "Onnela JP, Kaski K (2003) Asset trees. Phys Scr T106: 48.",
    "Aste T, Hyde ST (2005) Complex networks. Physica A 346: 20.",
    "Cont R (2001) Empirical properties of asset returns. Quant Finance 1: 223-236.",
    "Efron B (1979) Bootstrap methods. Ann Stat 7: 1-26.",
]


def test_a_year_punctuated_unlike_the_list_is_flagged_and_fixed(lint):
    odd = "Aste T (2012). An algorithm for graphs. URL http://www.example.org/pmfg."
    text = numbered([*PLOS, odd])
    (d,) = lint(text, select=["RL813"])
    assert (d.entry, str(d.severity)) == (6, "warning")
    assert d.message == (
        "year printed `(2012).` after the authors; "
        "5 of 6 entries with the year there print `(YYYY)`"
    )
    assert "6. Aste T (2012) An algorithm for graphs." in apply_edits(text, d.edits)


def test_the_list_sets_the_year_form_whatever_it_is(lint):
    harvard = [
        "Smith J, Lee K. 2020. Deep learning for proteins. J Biol 12:45-67.",
        "Brown T. 2019. Networks in ecology. Ecol Lett 22:1-10.",
        "Garcia M, Chen L, Okafor N. 2018. Soil carbon. Nat Geosci 11:100-105.",
        "Novak P. 2017. Sparse coding. Vision Res 37:3311-3325.",
        "Ito A. 2016. Grain growth kinetics. J Ceram 80:879-884.",
    ]
    assert codes(lint, numbered(harvard), "RL813") == []
    odd = "Lind E, Ko P (2015) Sampling. Statistics 3:1-9."
    text = numbered([*harvard, odd])
    (d,) = lint(text, select=["RL813"])
    assert d.entry == 6 and "print `.YYYY.`" in d.message
    assert "6. Lind E, Ko P. 2015. Sampling." in apply_edits(text, d.edits)
    # the PLOS form is the odd one only where the list prints the other
    assert codes(lint, numbered(PLOS), "RL813") == []


def test_lists_that_print_the_year_elsewhere_or_are_split_are_not_lectured(lint):
    assert (
        codes(lint, numbered(ABBREVIATED), "RL813") == []
    )  # Vancouver: the year after the journal
    split = [*PLOS[:3], *(e.replace(") ", "). ", 1) for e in PLOS[3:]), PLOS[0]]
    assert codes(lint, numbered(split), "RL813") == []  # 4 of 6 is no convention


# --- RL806: et al. in a list that names every author ----------------------------------------

LONG = "Ab A, Bc B, Cd C, De D, Ef E, Fg F, Gh G"  # seven authors


NAMES_ALL = [
    f"{LONG}. Ethnic disparities. BMJ Glob Health. 2022;7(5):e008833.",
    f"{LONG}, Hi H, Ij I. Unequal interactions. Soc Sci Med. 2018;200:238-48.",
    f"{LONG}, Hi H. Vaccine delays. BMC Public Health. 2018;18(1):1364.",
    f"{LONG}. Timely vaccinations. BMC Pediatr. 2015;15:180.",
    "Tiley KS, White JM. Inequalities. Vaccine. 2018;36(45):6726-35.",
    "Mesenburg MA, Restrepo-Mendez MC, Amigo H, et al. Ethnic group inequalities. "
    "Lancet Glob Health. 2018;6:e902-13.",
]


def test_et_al_after_three_in_a_vancouver_list_naming_up_to_nine_is_flagged(lint):
    (d,) = lint(numbered(NAMES_ALL), select=["RL806"])
    assert d.entry == 6
    assert d.message == (
        "names 3 authors before `et al.`; 4 of 5 entries with more than 6 authors name them all "
        "(up to 9), past the 6 at which Vancouver variants cut to `et al.`"
    )


def test_a_list_that_cuts_as_often_as_it_names_all_is_not_told_which(lint):
    # two long lists in full, two cut: the list has no rule for RL806 to name
    cut = "Koh J, Enders GH, Dynlacht BD, et al. Tumour alleles. Nature. 1995;375(6531):506-10."
    entries = [*NAMES_ALL[:2], *NAMES_ALL[4:], cut]
    assert codes(lint, numbered(entries), "RL806") == []


def test_et_al_is_left_alone_where_the_list_never_names_more_than_six(lint):
    # Vancouver's "all up to six, else three and et al.": full lists of 4-6 are the rule's own
    six = "Ab A, Bc B, Cd C, De D, Ef E, Fg F"
    entries = [
        f"{six}. Ethnic disparities. BMJ Glob Health. 2022;7(5):e008833.",
        f"{six}. Unequal interactions. Soc Sci Med. 2018;200:238-48.",
        "Freeman RE, Thaker J, Daley MF, Glanz JM. Timeliness. Vaccine. 2022;40(5):765-73.",
        "Riise OR, Laake I. Timely vaccinations. BMC Pediatr. 2015;15:180.",
        "Tiley KS, White JM. Inequalities. Vaccine. 2018;36(45):6726-35.",
        "Mesenburg MA, Restrepo-Mendez MC, Amigo H, et al. Ethnic group inequalities. "
        "Lancet Glob Health. 2018;6:e902-13.",
    ]
    assert codes(lint, numbered(entries), "RL806") == []


def test_styles_that_name_ten_and_cut_to_one_are_not_vancouver(lint):
    # Science names up to ten authors, else the first and et al.; its lists are not Vancouver's
    entries = [
        f"{LONG}, Hi H, Ij I, Jk J, Science 370, 1-5 (2020).",
        f"{LONG}, Hi H, Science 371, 6-9 (2021).",
        f"{LONG}, Science 372, 10-14 (2021).",
        "Mesenburg MA et al., Science 373, 15-19 (2021).",
        "Tiley KS, White JM, Science 374, 20-24 (2021).",
    ]
    assert codes(lint, numbered(entries), "RL806") == []


# --- RL807: the words before a link ------------------------------------------------------------

NOBEL = [
    "[1] A. Heeger, Semiconducting Polymers, disponível em: https://www.nobelprize.org/a, "
    "acessado em 01/07/2021.",
    "[2] A.G. MacDiarmid, Synthetic Metals, disponível: https://www.nobelprize.org/b, "
    "acessado em 02/07/2021.",
    "[3] H. Shirakawa, Polyacetylene Film, disponível em: https://www.nobelprize.org/c, "
    "acessado em 01/07/2021.",
]


def test_one_link_of_three_with_a_word_dropped_is_a_slip(lint):
    text = "\n".join(NOBEL) + "\n"
    (d,) = lint(text, select=["RL807"])
    assert d.entry == 2
    assert d.message == (
        "link introduced by `disponível:`; the list's 2 other links are introduced by "
        "`disponível em:`"
    )
    assert "Synthetic Metals, disponível em: https://www.nobelprize.org/b" in apply_edits(
        text, d.edits
    )


def test_few_links_in_two_unrelated_wordings_or_two_each_are_not_lectured(lint):
    other = NOBEL[1].replace("disponível:", "Available at:")
    assert codes(lint, "\n".join([NOBEL[0], other, NOBEL[2]]) + "\n", "RL807") == []
    two_each = [*NOBEL, NOBEL[1].replace("[2]", "[4]")]
    assert codes(lint, "\n".join(two_each) + "\n", "RL807") == []
    assert codes(lint, "\n".join(NOBEL[:2]) + "\n", "RL807") == []  # two links set nothing


def test_a_list_of_links_learns_its_words(lint):
    sites = [
        f"Site {n} [Internet]. 2023 [cited 2023 Nov 3]. Available from: https://s{n}.org"
        for n in range(1, 6)
    ]
    odd = "Site 6 [Internet]. 2023 [cited 2023 Nov 3]. Available at: https://s6.org"
    (d,) = lint(numbered([*sites, odd]), select=["RL807"])
    assert d.entry == 6
    assert d.message == (
        "link introduced by `Available at:`; 5 of 6 links are introduced by `Available from:`"
    )
    # PLOS's `Available:` throughout is a form of its own, and words without a colon set none
    plos = [s.replace("Available from:", "Available:") for s in sites]
    assert codes(lint, numbered(plos), "RL807") == []
    bare = [*sites, "Site 6 [Internet]. 2023 [cited 2023 Nov 3]. WHO https://s6.org"]
    assert codes(lint, numbered(bare), "RL807") == []
