"""Author names: one author spelt two ways (RL538), group authors printed as a person's (RL539,
RL540) and initials accented by autocorrection (RL541), on lists written here in several styles,
with the lists where each must stay silent."""

from __future__ import annotations

from functools import partial

from refslint.diagnostics import Applicability
from tests.timing import assert_linear

NAMES = ["RL538", "RL539", "RL540", "RL541"]


def found(lint, text: str, select=NAMES) -> list[tuple[int | None, str, str]]:
    """The findings of the name rules, on a list the grammar reads whole (a silence on an
    entry it could not read would prove nothing)."""
    findings = lint(text, select=[*select, "RL001"])
    assert [d.entry for d in findings if d.code == "RL001"] == []
    return [(d.entry, d.code, d.message) for d in findings]


def numbered(*entries: str) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


# --- RL538: one author spelt two ways --------------------------------------------------------


def test_a_dropped_letter_is_reported_on_the_entry_that_dropped_it(lint):
    text = numbered(
        "Suckling J, Barnes A, Job D, Brennan D. The calibration experiment. "
        "Hum Brain Mapp. 2008;29:364-73.",
        "Suckling J, Barnes A, Job D, Brenan D. Power calculations for imaging studies. "
        "Hum Brain Mapp. 2010;31:1183-95.",
    )
    assert found(lint, text) == [
        (
            2,
            "RL538",
            "`Brenan D` is spelt `Brennan D` in entry 1, which shares the co-authors "
            "Barnes A, Job D, Suckling J; one author spelt two ways",
        )
    ]


def test_the_spelling_most_entries_print_is_taken_as_right(lint):
    # `Brenan` twice, `Brennan` once: the rarer one is the odd one, even if longer
    text = numbered(
        "Suckling J, Brenan D. First study of things. Hum Brain Mapp. 2008;29:364-73.",
        "Suckling J, Brenan D. Second study of things. Hum Brain Mapp. 2009;30:364-73.",
        "Suckling J, Brennan D. Third study of things. Hum Brain Mapp. 2010;31:364-73.",
    )
    assert [(e, c) for e, c, _ in found(lint, text)] == [(3, "RL538")]


def test_a_surname_in_two_words_printed_joined_is_the_slip_however_often(lint):
    # `Van Berg` once, `VanBerg` twice: the joined printing lost a space, whichever is commoner
    text = numbered(
        "Okafor N, Van Berg TA. First study of soils. Geoderma. 2008;29:364-73.",
        "Okafor N, VanBerg TA. Second study of soils. Geoderma. 2009;30:364-73.",
        "VanBerg TA, Okafor N. Third study of soils. Geoderma. 2010;31:364-73.",
    )
    assert [(e, c) for e, c, _ in found(lint, text)] == [(2, "RL538"), (3, "RL538")]
    # printed in two words throughout, or joined throughout: one spelling, nothing to report
    same = numbered(
        "Okafor N, Van Berg TA. First study of soils. Geoderma. 2008;29:364-73.",
        "Okafor N, Van Berg TA. Second study of soils. Geoderma. 2009;30:364-73.",
    )
    assert found(lint, same) == []


def test_two_letters_swapped_are_reported_on_the_entry_printed_later(lint):
    text = numbered(
        "Fitzgerald M, Okafor N. Paper one. Ecology. 2018;99:1-10.",
        "Fitzgerlad M, Okafor N. Paper two. Ecology. 2019;100:1-10.",
    )
    assert [(e, c) for e, c, _ in found(lint, text)] == [(2, "RL538")]
    # the same names in the other order: the finding follows the later entry
    swapped = numbered(
        "Fitzgerlad M, Okafor N. Paper one. Ecology. 2018;99:1-10.",
        "Fitzgerald M, Okafor N. Paper two. Ecology. 2019;100:1-10.",
    )
    assert [(e, c) for e, c, _ in found(lint, swapped)] == [(2, "RL538")]


def test_a_lost_capital_is_found_in_names_the_grammar_keeps_joined_by_and(lint):
    text = numbered(
        "Baek J, Newmarch J, Safavi-naini R and Susilo W. A survey of identity-based "
        "cryptography. Proc Aust Unix Users Group Annu Conf. 2004:95-102.",
        "Baek J, Safavi-Naini R and Susilo W. Efficient multi-receiver identity-based "
        "encryption. Lect Notes Comput Sci. 2005;3386:380-97.",
    )
    assert found(lint, text) == [
        (
            1,
            "RL538",
            "`Safavi-naini R` is spelt `Safavi-Naini R` in entry 2, which shares the co-authors "
            "Baek J, Susilo W; one author spelt two ways",
        )
    ]


def test_initials_first_physics_lists_are_read_too(lint):
    text = (
        "[1] H. Shirakawa, E.J. Louis, A.G. MacDiarmid, C.K. Chiang e A.J. Heeger, "
        "J. Chem. Soc. Chem. Commun. 16, 578 (1977).\n"
        "[2] C.K. Chiang, A.J. Heeger, H. Shirakawa, E.J. Lois e A.G. MacDiarmid, "
        "Phys. Rev. Lett. 39, 1098 (1977).\n"
    )
    assert [(e, c) for e, c, _ in found(lint, text)] == [(2, "RL538")]


def test_distinct_people_with_near_names_are_left_alone(lint):
    text = numbered(
        # short surnames one letter apart, with a shared co-author: two people of one team
        "Li Y, Zhang X, Chen D. Paper one. J Biol Chem. 2010;285:1-10.",
        "Lu Y, Zhang X, Cheng D. Paper two. J Biol Chem. 2011;286:1-10.",
        "Wang J, Zhang X, Kim S. Paper three. J Biol Chem. 2012;287:1-10.",
        "Wong J, Zhang X, Kin S. Paper four. J Biol Chem. 2013;288:1-10.",
        # one letter changed in a name under seven letters: often another name
        "Hansen P, Moreau L. Paper five. Ecology. 2014;95:1-10.",
        "Hanson P, Moreau L. Paper six. Ecology. 2015;96:1-10.",
        # the same surnames with other initials: other people
        "Brennan D, Moreau L. Paper seven. Ecology. 2016;97:1-10.",
        "Brenan K, Moreau L. Paper eight. Ecology. 2017;98:1-10.",
        # no co-author in common: nothing ties the two names to one person
        "Fitzgerald M, Okafor N. Paper nine. Ecology. 2018;99:1-10.",
        "Fitzgerrald M, Haddad R. Paper ten. Ecology. 2019;100:1-10.",
        # both spellings in one entry: two people
        "Petersen A, Pettersen A, Moreau L. Paper eleven. Ecology. 2020;101:1-10.",
        "Petersen A, Moreau L. Paper twelve. Ecology. 2021;102:1-10.",
    )
    assert found(lint, text) == []


def test_two_neighbouring_letters_garbled_are_reported_on_the_unlikely_spelling(lint):
    text = numbered(
        "Webb TL, Joseph J, Yardkly L, Michie S. Using the internet to promote health. J Med "
        "Internet Res. 2010;12:e4.",
        "Morrison LG, Yardley L, Powell J, Michie S. What design features are used? Telemed J E "
        "Health. 2012;18:137-44.",
    )
    ((entry, code, message),) = found(lint, text)
    assert (entry, code) == (1, "RL538")
    assert message.startswith("`Yardkly L` is spelt `Yardley L` (two letters garbled) in entry 2")


def test_garbled_spellings_the_letters_do_not_decide_are_left_alone(lint):
    text = numbered(
        # two plausible names of one length two neighbouring letters apart: either may be right
        "Nikolaev A, Petrov S. Ion channels. Biophys J. 2015;108:1-9.",
        "Nikolaou A, Petrov S. Ion pumps. Biophys J. 2016;110:1-9.",
        # a garbled-looking spot in a short surname: under seven letters, names one letter apart
        "Gadky R, Moreau L. Soil carbon. Ecology. 2014;95:1-10.",
        "Gadey R, Moreau L. Soil water. Ecology. 2015;96:1-10.",
        # no co-author in common
        "Yardkly P, Okafor N. Paper nine. Ecology. 2018;99:1-10.",
        "Yardley P, Haddad R. Paper ten. Ecology. 2019;100:1-10.",
    )
    assert found(lint, text) == []


def test_particles_and_capitalised_styles_are_not_slips(lint):
    text = numbered(
        # a particle capitalised at the start of a name
        "van Dijk HJ, Moreau L. Paper three. Ecology. 2012;93:1-10.",
        "Van Dijk HJ, Moreau L. Paper four. Ecology. 2013;94:1-10.",
        # other people whose names differ in their accents: other initials
        "Müller MT, Moreau L. Paper five. Ecology. 2014;95:1-10.",
        "Muller S, Moreau L. Paper six. Ecology. 2015;96:1-10.",
    )
    assert found(lint, text) == []
    abnt = (
        "1. SOUZA, A. B.; MOREAU, L. Um estudo. Revista, v. 3, n. 2, p. 1-10, 2010.\n"
        "2. Souza, A. B.; Moreau, L. Outro estudo. Revista, v. 4, n. 1, p. 1-10, 2011.\n"
    )
    assert found(lint, abnt) == []


def test_a_double_surname_with_and_without_its_hyphen_is_one_name(lint):
    text = (
        "1. Pérez, E.; Cid Fernandes, R.; García-Benito, R. Paper one. Astron. J. 2013, 5, 1.\n"
        "2. Cid Fernandes, R.; García Benito, R.; Pérez, E. Paper two. Astron. J. 2014, 6, 2.\n"
    )
    assert found(lint, text) == []
    # a letter dropped in the same name is still a slip
    slip = text.replace("García Benito", "García-Bennito")
    assert [code for _, code, _ in found(lint, slip)] == ["RL538"]


def test_an_accent_and_a_letter_in_one_part_of_a_hyphenated_surname_are_one_slip(lint):
    text = numbered(
        "Sánchez, S.F.; Rosales-Ortega, F.F.; Mollá, M. CALIFA. Astron. Astrophys. 2012, 538, A8.",
        "Pérez, E.; Rosales-Ortega, F.F.; Sánchez, S.F. Gradients. Astron. Astrophys. 2014, 1, 2.",
        "Sánchez, S.F.; Pérez, E.; Rosález-Ortega, F.F. Pipe3D. Rev. Mex. Astron. 2016, 52, 21.",
    )
    assert [(e, code) for e, code, _ in found(lint, text)] == [(3, "RL538")]
    # two people: a part two letters away, both parts changed, a short part (`Gomes`/`Gómez`)
    for odd, usual in [
        ("Rosario-Ortega", "Rosales-Ortega"),
        ("Rosález-Ortego", "Rosales-Ortega"),
        ("Gomes-Ortega", "Gómez-Ortega"),
    ]:
        names = text.replace("Rosales-Ortega", usual).replace("Rosález-Ortega", odd)
        assert found(lint, names) == []


def test_one_author_printed_with_other_accents_is_a_finding_of_its_own(lint):
    """Databases often print names without accents; a list that mixes the two printings of one
    person's name is inconsistent all the same, and the printing most entries use is taken."""
    text = numbered(
        "Gonçalves MR, Moreau L. Paper one. Cad Saude Publica. 2010;26:1-10.",
        "Gonçalves MR, Moreau L. Paper two. Cad Saude Publica. 2011;27:1-10.",
        "Goncalves MR, Moreau L. Paper three. Cad Saude Publica. 2012;28:1-10.",
    )
    assert found(lint, text) == [
        (
            3,
            "RL538",
            "`Goncalves MR` is spelt `Gonçalves MR` (other accents) in entry 1, which shares the "
            "co-author Moreau L; one author spelt two ways",
        )
    ]
    # an accent misplaced is as much a slip as one dropped: the rarer printing is reported
    misplaced = numbered(
        "Fernández FJ, Moreau L. Paper one. Astron J. 2010;26:1-10.",
        "Fernandéz FJ, Moreau L. Paper two. Astron J. 2011;27:1-10.",
        "Fernández FJ, Moreau L. Paper three. Astron J. 2012;28:1-10.",
    )
    assert [(e, c) for e, c, _ in found(lint, misplaced)] == [(2, "RL538")]
    # at a tie, the printing that lost its accents
    tie = numbered(
        "Goncalves MR, Moreau L. Paper one. Cad Saude Publica. 2010;26:1-10.",
        "Gonçalves MR, Moreau L. Paper two. Cad Saude Publica. 2011;27:1-10.",
    )
    assert [(e, c) for e, c, _ in found(lint, tie)] == [(1, "RL538")]


def test_a_stroked_letter_printed_plain_is_an_accent_lost(lint):
    """`ø`, `ł`, `đ` have no accent that Unicode splits off, but databases print them as `o`,
    `l`, `d` all the same: at a tie, the printing without them is the slip, whichever comes
    first, in Vancouver and in Wiley's numbered form."""
    text = numbered(
        "Podduturi R, Jorgensen NOG. Paper one. Aquaculture. 2020;514:734501.",
        "Podduturi R, Jorgensen NOG. Paper two. Aquaculture. 2021;530:735754.",
        "Podduturi R, Jørgensen NOG. Paper three. Food Res Int. 2023;173:113375.",
        "Podduturi R, Jørgensen NOG. Paper four. Appl Environ Microbiol. 2025;91:e00757.",
    )
    assert [(e, c) for e, c, _ in found(lint, text)] == [(1, "RL538"), (2, "RL538")]
    wiley = numbered(
        "A. Kowalski and J. Dołęga, “Paper One,” Polymer 12, no. 3 (2020): 45–67.",
        "A. Kowalski and J. Dolega, “Paper Two,” Polymer 13, no. 1 (2021): 1–9.",
    )
    assert found(lint, wiley) == [
        (
            2,
            "RL538",
            "`J. Dolega` is spelt `J. Dołęga` (other accents) in entry 1, which shares the "
            "co-author Kowalski A; one author spelt two ways",
        )
    ]


def test_a_whole_name_but_its_accents_needs_no_shared_co_author(lint):
    """Two or more initials and the surname letter for letter but for its accents: one person,
    whoever else wrote the papers; the printing without them is reported."""
    text = numbered(
        "Kozma D., Simon I., Tusnady G.E. PDBTM after eight years. Nucleic Acids Res. "
        "2012;41:D524-9.",
        "Dobson L., Reményi I., Tusnády G.E. The TOPDB database. Nucleic Acids Res. "
        "2015;43:D283-9.",
        "Dobson L., Zeke A., Tusnády G.E. Unified resources. Nucleic Acids Res. 2023;51:D1-9.",
    )
    assert found(lint, text) == [
        (
            1,
            "RL538",
            "`Tusnady G.E` is spelt `Tusnády G.E` (other accents) in entry 2; one author "
            "spelt two ways",
        )
    ]
    # in author-date form too
    apa = (
        "1. Kozma, D., & Tusnady, G. E. (2012). PDBTM after eight years. Nucleic Acids Research, "
        "41, D524-D529.\n"
        "2. Dobson, L., & Tusnády, G. E. (2015). The TOPDB database. Nucleic Acids Research, 43, "
        "D283-D289.\n"
    )
    assert [c for _, c, _ in found(lint, apa)] == ["RL538"]
    # one initial and no co-author in common: `Muller S` and `Müller S` may be two people
    one_initial = numbered(
        "Kozma D, Muller S. Paper one. Nucleic Acids Res. 2012;41:D524-9.",
        "Dobson L, Müller S. Paper two. Nucleic Acids Res. 2015;43:D283-9.",
    )
    assert found(lint, one_initial) == []


def test_a_name_most_entries_print_plain_is_not_faulted_for_its_accents(lint):
    """Where the list prints a name plain in most entries, the one entry with the author's
    accents is right, and the plain ones were a database's: neither is reported."""
    text = (
        "[1] Ebrahimi M, Naseri R and Gode C 2018 Equal channel extrusion of tubes Mater. Sci. "
        "Eng. A 731 569-76\n"
        "[2] Ebrahimi M, Attarilar S and Gode C 2021 Pressing of wire-formed alloy J. Strain "
        "Anal. 56 1-9\n"
        "[3] Attarilar S, Ebrahimi M and Göde C 2021 Vibration-assisted rolling Mater. Sci. "
        "Eng. A 803 140489\n"
    )
    assert found(lint, text) == []
    # the same names the other way round: the plain printing is the slip
    turned = (
        text.replace("Gode C", "Göde X").replace("Göde C", "Gode C").replace("Göde X", "Göde C")
    )
    assert [(e, c) for e, c, _ in found(lint, turned)] == [(3, "RL538")]


def test_a_particle_capitalised_against_the_lists_habit_is_reported(lint):
    """`Von Bardeleben` once where three entries print `von Bardeleben`: the list's habit is
    clear, and the capital is the slip; one printing each stays silent (styles differ)."""
    text = numbered(
        "Metra M, von Bardeleben RS, Anker SD. Evidence generation. Circulation. 2025;151:1342-63.",
        "Shuvy M, von Bardeleben RS, Lurz P. Safety of clipping. ESC Heart Fail. 2023;10:1122-32.",
        "von Bardeleben RS, Rogers JH, Lurz P. Real-world outcomes. JACC Cardiovasc Interv. "
        "2023;16:1463-73.",
        "Anker SD, Friede T, Von Bardeleben RS, Butler J. Baseline characteristics. Eur J Heart "
        "Fail. 2024;26:1608-15.",
    )
    assert found(lint, text) == [
        (
            4,
            "RL538",
            "`Von Bardeleben RS` is spelt `von Bardeleben RS` (the particle's capital) in entry "
            "1, which shares the co-author Anker SD; one author spelt two ways",
        )
    ]
    # two printings each: no habit to hold the others to
    even = text.replace("Shuvy M, von", "Shuvy M, Von")
    assert found(lint, even) == []


def test_a_capital_lost_after_mc_or_an_apostrophe_needs_no_shared_co_author(lint):
    text = numbered(
        "Mciver L, Woodward A, Davies S. Health impacts of climate change in Kiribati. Int J "
        "Environ Res Public Health. 2014;11:5224-40.",
        "McIver L. Climate change and health in the Pacific. Inform Action. 2012;36:3-6.",
        "McIver L, Kim R, Hales S. Health impacts of climate change in Pacific island "
        "countries. Environ Health Perspect. 2016;124:1707-14.",
    )
    assert [(e, c) for e, c, _ in found(lint, text)] == [(1, "RL538")]
    apa = (
        "1. O'neill, J., & Chen, W. (2019). Harbour seals. Marine Biology, 166(3), 1-9.\n"
        "2. O'Neill, J., & Park, S. (2020). Grey seals. Marine Biology, 167(2), 1-9.\n"
        "3. O'Neill, J., & Abu Bakar, N. (2021). Fur seals. Marine Biology, 168(4), 1-9.\n"
    )
    assert [(e, c) for e, c, _ in found(lint, apa)] == [(1, "RL538")]


def test_names_of_their_own_with_mac_di_or_a_particle_are_left_alone(lint):
    text = numbered(
        "Macdonald J, Woodward A. Rainfall. Clim Res. 2014;11:5-40.",
        "MacDonald J, Kim R. Heat. Clim Res. 2016;12:7-14.",
        "Dimaggio C, Chen W. Injuries. Inj Prev. 2015;21:1-9.",
        "DiMaggio C, Park S. Falls. Inj Prev. 2017;23:1-9.",
        "de la Cruz A, Lee K. Dengue. Trop Med Health. 2015;43:1-9.",
        "De la Cruz A, Abu Bakar N. Zika. Trop Med Health. 2016;44:1-9.",
        # other initials: another McIver
        "Mciver P, Tan H. Floods. Clim Res. 2018;13:1-9.",
        "McIver L, Tan H. Storms. Clim Res. 2019;14:1-9.",
    )
    assert found(lint, text) == []


# --- RL539: a group author cut to an initial -------------------------------------------------


def test_a_group_cut_to_an_initial_is_found_by_its_organisation_word(lint):
    text = numbered(
        "Biomarkers Definitions Working G. Biomarkers and surrogate endpoints. "
        "Clin Pharmacol Ther. 2001;69(3):89-95.",
        "Smith J, Jones K. Another paper. Clin Pharmacol Ther. 2002;70(3):89-95.",
    )
    assert found(lint, text) == [
        (
            1,
            "RL539",
            "`Biomarkers Definitions Working G` reads as a group's name with its last word cut "
            "to the initial `G`, as a person's would be; write the group's name in full",
        )
    ]


def test_a_group_cut_to_an_initial_is_found_by_the_lists_common_nouns(lint):
    text = numbered(
        "Zhang D, Shen D, Alzheimer's Disease Neuroimaging I. Multimodal classification. "
        "Neuroimage. 2011;55(3):856-67.",
        "Jack CR. Tracking pathophysiological processes in disease with neuroimaging. "
        "Lancet Neurol. 2010;9(1):119-28.",
    )
    assert [(e, c) for e, c, _ in found(lint, text)] == [(1, "RL539")]
    # one common noun among the words is not enough
    alone = text.replace("disease with neuroimaging", "Alzheimer's disease")
    assert found(lint, alone) == []


def test_family_names_of_several_words_are_not_groups(lint):
    text = numbered(
        "dos Santos Silva I, Souza Lima A, De Souza e Silva JP. Estudo de coorte. "
        "Cad Saude Publica. 2010;26(3):1-10.",
        "García Márquez G, Pérez Costa Rocha A. Estudio de caso sobre la rocha. "
        "Rev Esp Salud Publica. 2011;85(1):1-10.",
        # a surname that begins like an organisation's word (`Board`, `Panel`) is none
        "Boardman Panella Lima A, Souza B. Estudo transversal. Cad Saude Publica. 2012;28(2):1-10.",
    )
    assert found(lint, text) == []


def test_a_person_ending_a_group_of_organisations_is_found(lint):
    text = numbered(
        "World Health Organization, Western Pacific Regional Office, Manila P. Regional "
        "Framework for Action on Climate Change. Manila: WHO; 2007.",
        "Pan American Health Organization, Regional Office for the Americas. Dengue. "
        "Washington: PAHO; 2019.",
    )
    assert found(lint, text) == [
        (
            1,
            "RL539",
            "`Manila P` ends a group author as a person's name, a word and an initial: a place "
            "or the group's last word cut to its initial, as reference managers print a group; "
            "write it in full",
        )
    ]


def test_people_after_groups_and_groups_with_places_are_left_alone(lint):
    text = numbered(
        # a place written out after the office
        "World Health Organization, Regional Office for Europe, Copenhagen. Health 2020. "
        "Copenhagen: WHO; 2013.",
        # persons, then a group after a semicolon
        "de la Cruz J, Abu Bakar N; Dengue Study Group. Dengue in Manila. Trop Med Health. "
        "2015;43:1-9.",
        # persons with a Korean and a Chinese name, then the group
        "Kim JH, Zhang W; National Cancer Center. Screening. Cancer Res Treat. 2019;51(3):1-9.",
        # a group of words that are no organisation's, then a name
        "MacDonald, DiMaggio, Lee K. Notes on a survey. J Surv. 2011;5:1-9.",
    )
    assert [c for _, c, _ in found(lint, text) if c in ("RL539", "RL540")] == []


# --- RL540: a group author inverted ----------------------------------------------------------


def test_an_inverted_group_is_turned_back_with_an_unsafe_fix(lint):
    text = numbered(
        "Consortium GTEx. The genotype-tissue expression (GTEx) project. Nat Genet. "
        "2013;45(6):580-5.",
    )
    (finding,) = lint(text, select=NAMES)
    assert (finding.code, finding.message) == (
        "RL540",
        "`Consortium GTEx` reads as a group's name inverted as a person's; "
        "the group is `GTEx Consortium`",
    )
    assert finding.fix_applicability is Applicability.UNSAFE
    assert [e.text for e in finding.edits] == ["GTEx Consortium"]


def test_an_inverted_group_cut_to_an_initial_has_no_fix(lint):
    text = numbered(
        "Moher D, Liberati A, Tetzlaff J, Altman DG, Group P. Preferred reporting items for "
        "systematic reviews. Ann Intern Med. 2009;151(4):264-9.",
    )
    (finding,) = lint(text, select=NAMES)
    assert finding.code == "RL540" and "cut to an initial" in finding.message
    assert finding.fix_applicability is None and finding.edits == ()


def test_an_inverted_program_cut_to_initials_is_found(lint):
    text = numbered(
        "Program PCCS. Climate Change in the Pacific: Scientific Assessment. Country Report "
        "for Kiribati. Melbourne: CSIRO; 2011.",
        "Network TG. The genome network study. Nature. 2012;490:1-9.",
    )
    got = [(e, c, m) for e, c, m in found(lint, text)]
    assert [(e, c) for e, c, _ in got] == [(1, "RL540"), (2, "RL540")]
    assert got[0][2] == (
        "`Program PCCS` reads as a group's name inverted as a person's; the group is "
        "`PCCS Program`, or `PCCS` the initials of its words"
    )


def test_an_inverted_organisation_or_association_is_found(lint):
    text = numbered(
        "Prüss-Üstün A, Corvalán CF, Organization WH. Preventing disease through healthy "
        "environments. Geneva: WHO; 2006.",
        "Smith J, Association AD. Standards of care in diabetes. Diabetes Care. 2019;42:1-5.",
        "Foundation CF. Patient registry report. Bethesda: CFF; 2020.",
    )
    got = found(lint, text)
    assert [(e, c) for e, c, _ in got] == [(1, "RL540"), (2, "RL540"), (3, "RL540")]
    assert got[0][2] == (
        "`Organization WH` reads as a group's name inverted as a person's; the group is "
        "`WH Organization`, or `WH` the initials of its words"
    )


def test_organisations_in_their_own_order_are_left_alone(lint):
    text = numbered(
        "World Health Organization. Progress on sanitation and drinking water. Geneva: WHO; 2015.",
        "American Diabetes Association. Standards of care. Diabetes Care. 2019;42:1-5.",
        "Smith J, Organ WH. A study of organ donation. BMJ. 2019;358:j1-5.",
    )
    assert found(lint, text) == []


def test_groups_in_their_own_order_are_left_alone(lint):
    text = numbered(
        "GTEx Consortium. The genotype-tissue expression project. Nat Genet. 2013;45:580-5.",
        "Writing Group for the Women's Health Initiative Investigators. Risks and benefits. "
        "JAMA. 2002;288(3):321-33.",
        "Smith J; Committee on Publication Ethics. Guidance. BMJ. 2010;340:c1-5.",
        "Project Management Institute. A Guide to the Project Management Body of Knowledge. "
        "Newtown Square: PMI; 2017.",
        # Portuguese puts the head noun first, and rightly
        "Moraes JC, Grupo ICV. Inquérito de cobertura vacinal. Epidemiol Serv Saude. "
        "2020;29(1):1-10.",
    )
    assert found(lint, text) == []


# --- RL541: initials accented by autocorrection ----------------------------------------------


def test_initials_autocorrected_into_a_word_are_found(lint):
    text = numbered(
        "Valier MR, Elam-Evans LD, Pingali C, Singleton JÁ. Racial and ethnic differences "
        "in vaccination coverage. Vaccine. 2023;41(3):612-20.",
    )
    (finding,) = lint(text, select=NAMES)
    assert (finding.code, finding.message) == (
        "RL541",
        "the initials `JÁ` read as an accented word, on a name and in an entry without "
        "accents; an autocorrected `JA`?",
    )
    assert finding.fix_applicability is Applicability.UNSAFE
    assert [e.text for e in finding.edits] == ["JA"]


def test_accented_initials_that_are_given_names_are_left_alone(lint):
    text = numbered(
        # three initials, a circumflex: `Elaine Ângela C.`
        "Lima SAV, Pessoa EÂC, Braga JPR. Factors that influence access to primary care. "
        "Cien Saude Colet. 2021;26(1):1-10.",
        # an accented first initial: `Ítalo L.`
        "Trindade TA, Pavan ÍL. Segregação urbana. Rev Bras Ci Soc. 2022;37(110):1-10.",
        # the entry's other names carry accents: accented given names are its own
        "Gonçalves MR, Silva JÁ. Vaccination coverage. Vaccine. 2023;41(3):612-20.",
        # the family name carries accents
        "Jónsdóttir JÁ, Smith K. Vaccination coverage. Vaccine. 2023;41(3):612-20.",
    )
    assert found(lint, text) == []


# --- scale -----------------------------------------------------------------------------------

SYLLABLES = ["ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "za", "dre", "gan", "hol"]


def _surname(k: int) -> str:
    parts = []
    for _ in range(3):
        parts.append(SYLLABLES[k % len(SYLLABLES)])
        k //= len(SYLLABLES)
    return "".join(parts).capitalize() + "er"


def _many(n: int) -> str:
    """`n` entries of six authors, every one with the initial J and a surname of its own."""
    return "".join(
        f"{i}. {', '.join(f'{_surname(6 * i + j)} J' for j in range(6))}. A study {i}. "
        f"J Biol Chem. 2010;285:{i}-9.\n"
        for i in range(1, n + 1)
    )


def test_comparing_names_grows_linearly_with_the_list(lint):
    """Four times the names (all with one initial), well under sixteen times the time: names
    are compared only with those one edit away, never all with all."""

    small, large = _many(150), _many(600)
    assert_linear(
        partial(lint, small, select=["RL538"]), partial(lint, large, select=["RL538"]), bound=8
    )


def test_a_name_longer_than_any_surname_is_not_compared(lint):
    """Damage or a hostile input, not a person: its one-letter variants would cost the square
    of its length, and no copy editor would call it a misspelt name."""
    long = "A" + "b" * 5000
    text = numbered(
        f"{long} J, Smith K. Title one. J Biol. 2010;1:1-9.",
        f"{long}c J, Smith K. Title two. J Biol. 2011;1:1-9.",
    )
    assert found(lint, text, select=["RL538"]) == []


def test_a_name_romanized_whole_is_no_slip(lint):
    """`Caliskan M` beside `Çalışkan M`: three marks taken off at once is an index's printing;
    one mark lost (`Goncalves`) is still a slip."""
    romanized = numbered(
        "Caliskan M, Ober C, Gilad Y. Paper one. PLoS Genet. 2011;7:e1002002.",
        "Çalışkan M, Ober C, Gilad Y. Paper two. PLoS One. 2014;9:e107166.",
    )
    assert found(lint, romanized) == []
    one_lost = numbered(
        "Calışkan M, Ober C, Gilad Y. Paper one. PLoS Genet. 2011;7:e1002002.",
        "Çalışkan M, Ober C, Gilad Y. Paper two. PLoS One. 2014;9:e107166.",
    )
    assert [(e, c) for e, c, _ in found(lint, one_lost)] == [(1, "RL538")]


def test_every_entry_names_are_read_once_for_the_four_rules_reading_them():
    """RL527, RL538, RL577 and RL590 share one reading of the list's names: the same answer for
    the same entries, the names `names` gives each entry, worked out again for another list."""
    from refslint.grammar import parse_entry
    from refslint.sources.plaintext import read_entries
    from rules.author_names import every_entry_names, names

    text = numbered(
        "Suckling J, Barnes A and Job D. The calibration experiment. Hum Brain Mapp. 2008;29:1-3.",
        "World Health Organization. Global report. Geneva: WHO; 2020.",
    )
    refs = [parse_entry(entry) for entry in read_entries(text)]
    first = every_entry_names(refs)
    assert every_entry_names(list(refs)) is first
    assert first == [tuple(names(ref)) for ref in refs]
    assert [n.family for n in first[0]] == ["Suckling", "Barnes", "Job"] and first[1] == ()
    assert every_entry_names(refs[:1]) is not first


def test_at_a_tie_the_spelling_that_is_a_common_word_is_the_slip(lint):
    text = (
        "[1] R. Gadient, E. Lavretsky, and D. Hyde, “State limiter for model following control,”"
        " J. Guid. Control Dyn., vol. 30, no. 2, pp. 1–9, 2011.\n"
        "[2] E. Lavretsky and R. Gradient, “Robust adaptive design for aerial vehicles,” J. Guid."
        " Control Dyn., vol. 33, no. 6, pp. 1743–1752, 2010.\n"
    )
    found = lint(text, select=["RL538"])
    assert [d.entry for d in found] == [2]
    assert "`R. Gradient` is spelt `R. Gadient` in entry 1" in found[0].message
    # with neither a word, the dropped letter is still the slip
    other = text.replace("Gradient", "Gadienst")
    assert [d.entry for d in lint(other, select=["RL538"])] == [1]
