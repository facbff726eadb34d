"""RL577: one author's initials printed in two orders, a given name run into the surname, or a
surname's first word taken for an initial; only where the entries share a co-author."""

from functools import partial

import pytest

from tests.timing import assert_linear


def _found(lint, entries):
    text = "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))
    return [(d.entry, d.message) for d in lint(text, select="RL577")]


AUTHOR_DATE = [
    "Akman, H.B., Oyken, M., Can, T. and Erson-Bensan, A.E. (2015) UTR shortening in breast "
    "cancer. Hum. Mol. Genet., 24, 6910–6920.",
    "Akman, B.H., Can, T. and Elif Erson-Bensan, A. (2012) Upregulation of CDC6. Nucleic Acids "
    "Res., 40, 10679–10688.",
    "Abdelbaki, A., Akman, H.B., Can, T. and Lindon, C. (2020) Destruction at mitotic exit. J. "
    "Cell Sci., 133, 1–9.",
]


def test_reversed_initials_and_a_run_in_given_name_are_found(lint):
    found = _found(lint, AUTHOR_DATE)
    assert [entry for entry, _ in found] == [2, 2]
    assert "`Akman, B.H.` is printed `Akman, H.B.` in entry 1" in found[0][1]
    assert "initials reversed" in found[0][1]
    assert "`Elif Erson-Bensan, A.` is printed `Erson-Bensan, A.E.` in entry 1" in found[1][1]
    assert "given name run into the surname" in found[1][1]


def test_vancouver_and_initials_first_styles_are_read_too(lint):
    vancouver = [
        "Akman HB, Oyken M, Can T. UTR shortening in breast cancer. Hum Mol Genet. "
        "2015;24:6910-20.",
        "Akman BH, Can T. Upregulation of CDC6. Nucleic Acids Res. 2012;40:10679-88.",
        "Abdelbaki A, Akman HB, Can T. Destruction at mitotic exit. J Cell Sci. 2020;133:1-9.",
    ]
    assert [entry for entry, _ in _found(lint, vancouver)] == [2]
    ieee = [
        "H. B. Akman, M. Oyken, and T. Cannon, “UTR shortening,” Hum. Mol. Genet., vol. 24, "
        "pp. 6910–6920, 2015.",
        "B. H. Akman and T. Cannon, “Upregulation of CDC6,” Nucleic Acids Res., vol. 40, "
        "pp. 10679–10688, 2012.",
        "A. Abdelbaki, H. B. Akman, and T. Cannon, “Mitotic exit,” J. Cell Sci., vol. 133, "
        "pp. 1–9, 2020.",
    ]
    assert [entry for entry, _ in _found(lint, ieee)] == [2]


def test_a_surname_cut_at_its_particle_is_found_on_the_cut_printing(lint):
    entries = [
        "Sánchez, S.F.; Kennicutt, R.C.; Gil de Paz, A. CALIFA. Astron. Astrophys. 2012, 538, A8.",
        "Sánchez, S.F.; Pérez, E.; de Paz, A.G. Pipe3D. Rev. Mex. Astron. Astrofis. 2016, 52, 21.",
    ]
    found = _found(lint, entries)
    assert [entry for entry, _ in found] == [2]
    assert "surname cut" in found[0][1]


@pytest.mark.parametrize(
    "entries",
    [
        # no shared co-author: two people may share a surname
        [
            "Akman HB, Oyken M. First work. Hum Mol Genet. 2015;24:6910-20.",
            "Akman BH, Can T. Second work. Nucleic Acids Res. 2012;40:10679-88.",
        ],
        # both printed in one entry: two people of one team
        [
            "Akman HB, Akman BH, Can T. First work. Hum Mol Genet. 2015;24:6910-20.",
            "Akman BH, Can T. Second work. Nucleic Acids Res. 2012;40:10679-88.",
            "Akman HB, Can T. Third work. J Cell Sci. 2020;133:1-9.",
        ],
        # a short surname with one shared co-author only: `Li HB` and `Li BH` are often two people
        [
            "Li HB, Wang Q. First work. Hum Mol Genet. 2015;24:6910-20.",
            "Li BH, Wang Q. Second work. Nucleic Acids Res. 2012;40:10679-88.",
        ],
        # a word before a one-word surname may be a double surname (`García Márquez`)
        [
            "García Márquez G, Ortiz A. First work. Rev Med Chile. 2015;24:69-70.",
            "Márquez GG, Ortiz A. Second work. Rev Med Chile. 2012;40:106-8.",
        ],
        # different initials, not reordered ones
        [
            "Akman HB, Can T. First work. Hum Mol Genet. 2015;24:6910-20.",
            "Akman HC, Can T. Second work. Nucleic Acids Res. 2012;40:10679-88.",
        ],
    ],
)
def test_silent_where_two_people_are_as_likely(lint, entries):
    assert _found(lint, entries) == []


# --- scale -----------------------------------------------------------------------------------


def _common_surname(n: int) -> str:
    """`n` entries by `Wang X.Y.` or `Wang Y.X.` (every other one), each with a co-author of its
    own: the worst case, one surname printed two ways everywhere and no evidence of one person."""
    return "".join(
        f"{i}. Wang {'XY' if i % 2 else 'YX'}, Coauthor{i} A. A study {i}. "
        f"J Biol Chem. 2010;285:{i}-9.\n"
        for i in range(1, n + 1)
    )


def test_comparing_printings_grows_linearly_with_the_list(lint):
    """Four times the entries, well under sixteen times the time: an odd printing is compared
    only with the entries of the usual one that share a co-author, never with all of them."""

    def silent(text: str) -> None:
        assert lint(text, select=["RL577"]) == []

    small, large = _common_surname(500), _common_surname(2000)
    assert_linear(partial(silent, small), partial(silent, large), bound=8)


# --- more ways one person is printed two ways --------------------------------------------------

BRAZILIAN = [
    "Paula JS, Meneghim MC, Pereira AC. Oral health and quality of life. BMC Oral Health. "
    "2015;15:26.",
    "Santos PR, Meneghim MC, Vedovello SAS, Vedovello-Filho M. Family structure and oral "
    "health. Braz J Oral Sci. 2020;19:e206621.",
    "Vedovello SAS, Dos Santos PR, Vedovello-Filho M, de C Meneghim M. Occlusal conditions in "
    "the mixed dentition. Angle Orthod. 2020;90(4):564-70.",
    "Vedovello SA, Pereira AC, Filho MV. Malocclusion and quality of life. Am J Orthod "
    "Dentofacial Orthop. 2016;150(1):58-63.",
    "Abreu MGL, Milani AJ, Antunes LS, Antunes LAA. Dental trauma in primary dentition. Int J "
    "Burns Trauma. 2020;10(5):201-9.",
    "Abreu MGL, Germano F, Azeredo Alves Antunes L. Oral health of preschoolers. Glob Pediatr "
    "Health. 2021;8:1-9.",
    "Malta DC, Iser BPM, Moura L. Diabetes in Brazil. Rev Bras Epidemiol. 2015;18:3-16.",
    "Iser BPM, Malta DC, Duncan BB. Prevalence of diabetes. Cien Saude Colet. 2014;19:10-8.",
    "Iser BPM, Claro RM, Malta IDC. Telephone survey of risk factors. Epidemiol Serv Saude. "
    "2011;20:11-20.",
]


def test_an_initial_run_into_the_surname_is_found(lint):
    found = [
        (e, m)
        for e, m in _found(lint, BRAZILIAN)
        if m.startswith("`Meneghim") or m.startswith("`de C Meneghim")
    ]
    assert [e for e, _ in found] == [3]
    assert "`de C Meneghim M` is printed `Meneghim MC` in entry 2" in found[0][1]
    assert "an initial run into the surname" in found[0][1]


def test_a_hyphenated_surname_cut_at_its_hyphen_is_found_through_a_cut_co_author(lint):
    # entry 4 prints the shared co-author `Vedovello SA`, entry 2 `Vedovello SAS`
    found = [(e, m) for e, m in _found(lint, BRAZILIAN) if m.startswith("`Filho")]
    assert [e for e, _ in found] == [4]
    assert "`Filho MV` is printed `Vedovello-Filho M`" in found[0][1]
    assert "surname cut" in found[0][1]


def test_words_of_the_surname_another_entry_gives_as_initials_are_found(lint):
    found = [(e, m) for e, m in _found(lint, BRAZILIAN) if m.startswith("`Azeredo")]
    assert [e for e, _ in found] == [6]
    assert "`Azeredo Alves Antunes L` is printed `Antunes LAA` in entry 5" in found[0][1]


def test_a_letter_added_before_the_initials_is_found_against_the_lists_habit(lint):
    found = [(e, m) for e, m in _found(lint, BRAZILIAN) if m.startswith("`Malta")]
    assert [e for e, _ in found] == [9]
    assert "`Malta IDC` is printed `Malta DC`" in found[0][1]
    assert "a letter added before the initials" in found[0][1]


def test_the_same_faults_are_found_in_author_date_style(lint):
    entries = [
        "Iser, B.P.M., Malta, D.C. and Duncan, B.B. (2014) Prevalence of diabetes. Cien. Saude "
        "Colet., 19, 10–18.",
        "Malta, D.C., Iser, B.P.M. and Moura, L. (2015) Diabetes in Brazil. Rev. Bras. "
        "Epidemiol., 18, 3–16.",
        "Iser, B.P.M., Claro, R.M. and Malta, I.D.C. (2011) Telephone survey. Epidemiol. Serv. "
        "Saude, 20, 11–20.",
        "Li, Y., Xu, Z.B. and Zeng, J.M. (2012) Impurities in melt. Adv. Mater. Res., 97, 1045.",
        "Bin Xu, Z., Zou, Y.Z. and Zeng, J.M. (2010) Aluminium alloys. Adv. Mater. Res., 98, 10.",
    ]
    # a list long enough to show that it prints one-word surnames
    entries += [
        f"{a}, A., {b}, B. and {c}, C. (2009) Study {n}. Light Met., 9, {n}."
        for n, (a, b, c) in enumerate(
            zip(
                ["Okafor", "Haddad", "Kowalski", "Nguyen", "Brown"],
                ["Tanaka", "Müller", "Rossi", "Dubois", "Kaur"],
                ["Smith", "Jensen", "Novak", "Ivanova", "Moreau"],
                strict=True,
            ),
            1,
        )
    ]
    assert [e for e, _ in _found(lint, entries)] == [3, 5]


def _plain_names(entries: list[str]) -> list[str]:
    """`entries` and five more of one-word surnames: a list that shows it prints them so."""
    return entries + [
        f"{a} A, {b} B, {c} C. Study {n}. Circulation. 2009;9:{n}-9."
        for n, (a, b, c) in enumerate(
            zip(
                ["Okafor", "Haddad", "Kowalski", "Nguyen", "Brown"],
                ["Tanaka", "Müller", "Rossi", "Dubois", "Kaur"],
                ["Smith", "Jensen", "Novak", "Ivanova", "Moreau"],
                strict=True,
            ),
            1,
        )
    ]


def test_a_given_name_run_in_needs_no_shared_co_author_in_a_list_of_one_word_surnames(lint):
    entries = [
        "Leigh A, McEvoy JW, Carr JJ, Oelsner EC. Coronary calcium. JACC Cardiovasc Imaging. "
        "2019;12:1-9.",
        "Budoff MJ, Young R, Jeffrey Carr J, Folsom AR. Ten-year association of coronary "
        "calcium. Eur Heart J. 2018;39:2401-8.",
    ]
    found = _found(lint, _plain_names(entries))
    assert [e for e, _ in found] == [2]
    assert "`Jeffrey Carr J` is printed `Carr JJ` in entry 1;" in found[0][1]
    # a surname under four letters asks for a shared co-author: `Xu ZB` may be another Xu
    short = [e.replace("Carr", "Xu") for e in entries]
    assert _found(lint, _plain_names(short)) == []


@pytest.mark.parametrize(
    "entries",
    [
        # a list of Spanish double surnames: a word before a surname may be a surname too
        [
            "Cid Fernandes R, García Benito R, Márquez GG. Stellar populations. Astron "
            "Astrophys. 2013;557:A86.",
            "Sánchez SF, García Márquez G, Falcón Barroso J. The CALIFA survey. Astron "
            "Astrophys. 2012;538:A8.",
            "Sánchez SF, Pérez Montero E, Ruiz Lara T. Gradients. Astron Astrophys. 2014;563:A49.",
            "Márquez GG, Sánchez SF, López Sánchez AR. Ionized gas. Astron Astrophys. "
            "2016;590:A44.",
            "Duarte Puertas S, Ramos Carmona E, Fernández Lorenzo M, Argudo Fernández M, Gil de "
            "Paz A. Isolated galaxies. Astron Astrophys. 2017;599:A71.",
            "Mollá M, Díaz ÁI, Cavichia O, Ascasibar Y, Vílchez JM, Pérez Gallego J, Iglesias "
            "Páramo J, Sánchez Blázquez P. Abundance gradients. Mon Not R Astron Soc. "
            "2019;482:3071.",
        ],
        # a letter added before the initials where the other printing is as rare: two people
        [
            "Malta DC, Iser BPM. Diabetes in Brazil. Rev Bras Epidemiol. 2015;18:3-16.",
            "Iser BPM, Malta IDC. Telephone survey. Epidemiol Serv Saude. 2011;20:11-20.",
        ],
        # one initial, or a short surname: `Wang J` and `Wang YJ` are often two people
        [
            "Wang J, Zhang L, Chen Q. Graphene. Carbon. 2015;90:1-9.",
            "Wang J, Zhang L. Oxides. Carbon. 2016;91:1-9.",
            "Zhang L, Wang YJ. Films. Carbon. 2017;92:1-9.",
        ],
        # Korean, Arabic and Dutch names, particles and hyphens printed one way throughout
        [
            "Kim JH, Park SY, Abd El-Hack ME, van der Berg J. Feed additives. Animals. "
            "2020;10:1-9.",
            "Park SY, Kim JH, El Alqamy H, van der Berg J. Gazelles. Oryx. 2019;53:1-9.",
            "Abd El-Hack ME, Park SY, Lee-Kim SJ. Poultry. Animals. 2021;11:1-9.",
        ],
        # a hyphenated surname and its second part with other initials: two people
        [
            "Vedovello SAS, Vedovello-Filho M. Occlusion. Angle Orthod. 2020;90:564-70.",
            "Vedovello SAS, Filho AB. Malocclusion. Angle Orthod. 2016;86:58-63.",
        ],
    ],
)
def test_silent_where_the_printings_may_be_two_people_or_a_style(lint, entries):
    assert _found(lint, entries) == []


def test_the_same_faults_are_found_with_initials_first(lint):
    entries = [
        "B. P. M. Iser, D. C. Malta, and B. B. Duncan, “Prevalence of diabetes,” Cien. Saude "
        "Colet., vol. 19, pp. 10–18, 2014.",
        "D. C. Malta, B. P. M. Iser, and L. Moura, “Diabetes in Brazil,” Rev. Bras. Epidemiol., "
        "vol. 18, pp. 3–16, 2015.",
        "B. P. M. Iser, R. M. Claro, and I. D. C. Malta, “Telephone survey,” Epidemiol. Serv. "
        "Saude, vol. 20, pp. 11–20, 2011.",
        "S. A. S. Vedovello, P. R. Santos, and M. Vedovello-Filho, “Occlusion,” Angle Orthod., "
        "vol. 90, pp. 564–570, 2020.",
        "S. A. Vedovello, A. C. Pereira, and M. V. Filho, “Malocclusion,” Am. J. Orthod., vol. "
        "150, pp. 58–63, 2016.",
    ]
    found = _found(lint, entries)
    assert [e for e, _ in found] == [3, 5]
    assert "a letter added before the initials" in found[0][1]
    assert "surname cut" in found[1][1]


# --- a surname's first word printed as an initial, with no particle or hyphen to say which ------


def test_a_surname_word_printed_as_an_initial_is_found_on_the_rarer_printing(lint):
    vancouver = [
        "Khairallah M, Yahia SB, Toumi A. Ocular typhus. Br J Ophthalmol. 2009;93:938-42.",
        "Khairallah M, Kahloun R, Ben Yahia S. Posterior uveitis. Ophthalmic Res. 2013;49:66-72.",
        "Khairallah M, Ben Yahia S, Ladjimi A. West Nile virus. Ophthalmology. 2004;111:2065-70.",
    ]
    found = _found(lint, vancouver)
    assert [e for e, _ in found] == [1]
    assert "`Yahia SB` is printed `Ben Yahia S` in entry 2" in found[0][1]
    assert "surname cut: its first word printed as an initial" in found[0][1]
    aip = [
        "S. Kondati Natarajan, A. M. Cano, and S. D. Elliott, J. Phys. Chem. C 125, 25589 (2021).",
        "S. K. Natarajan, M. Nolan, and P. Theofanis, ACS Appl. Mater. Interfaces 12, 349 (2020).",
        "R. Mullins, S. Kondati Natarajan, and M. Nolan, Chem. Mater. 32, 3414 (2020).",
        "S. Kondati Natarajan and S. D. Elliott, Chem. Mater. 30, 5912 (2018).",
    ]
    found = _found(lint, aip)
    assert [e for e, _ in found] == [2]
    assert "`S. K. Natarajan` is printed `S. Kondati Natarajan` in entry 3" in found[0][1]


def test_arabics_article_taken_for_an_initial_is_the_cut_printing(lint):
    # `El` and `Al` are no given names: one printing each, yet the cut one is said
    for article in ("El", "Al"):
        entries = [
            f"Omer MA, {article} Tinay AH, Abdalla AH. Millet protein. Food Chem. 2003;80:51-4.",
            f"Omer MA, Tinay AH{article[0]}, Babiker EE. Millet cooking. Food Chem. 2009;4:41-5.",
        ]
        found = _found(lint, entries)
        assert [e for e, _ in found] == [2]
        assert "its first word taken for an initial" in found[0][1]


@pytest.mark.parametrize(
    "entries",
    [
        # each printing as common as the other: which one is the slip is not said
        [
            "Khairallah M, Yahia SB. Ocular typhus. Br J Ophthalmol. 2009;93:938-42.",
            "Khairallah M, Ben Yahia S. Posterior uveitis. Ophthalmic Res. 2013;49:66-72.",
        ],
        # no co-author in common: `Cruz JD` may be another Cruz
        [
            "de la Cruz J, Abu Bakar N. Dengue in Manila. Trop Med Health. 2015;43:1-9.",
            "Reyes P, Santos M. Dengue vectors. Trop Med Health. 2016;44:1-9.",
            "Cruz JD, Lim K. Aedes. Trop Med Health. 2017;45:1-9.",
            "de la Cruz J, Tan H. Zika. Trop Med Health. 2018;46:1-9.",
        ],
        # the other initial is not the first word's: two people
        [
            "Abu Bakar N, Lee SH, Park JY. Malaria. Malar J. 2015;14:1-9.",
            "Bakar NM, Lee SH. Dengue. Malar J. 2016;15:1-9.",
            "Abu Bakar N, Lee SH. Zika. Malar J. 2017;16:1-9.",
        ],
        # Korean and Chinese names printed one way throughout
        [
            "Kim JH, Park SY, Ben Salem A. Feed additives. Animals. 2020;10:1-9.",
            "Park SY, Kim JH, Ben Salem A. Gazelles. Oryx. 2019;53:1-9.",
            "Zhang WJ, Park SY, Ben Salem A, Kim J. Poultry. Animals. 2021;11:1-9.",
        ],
    ],
)
def test_silent_where_no_printing_is_the_rarer_or_the_letters_disagree(lint, entries):
    assert _found(lint, entries) == []


# --- an initial misread for a letter of like shape -------------------------------------------


def test_an_initial_misread_for_a_letter_of_like_shape_is_found(lint):
    aps = [
        "D. D. Sasselov, D. Valencia, and R. J. O'Connell, Phys. Scr. T130, 014035 (2008).",
        "D. Valencia, R. O'Connell, and O. Sasselov, Icarus 181, 545 (2006).",
        "D. Valencia, R. J. O'Connell, and D. Sasselov, Astrophys. Space Sci. 322, 135 (2009).",
    ]
    found = _found(lint, aps)
    assert [e for e, _ in found] == [2]
    assert "`O. Sasselov` is printed `D. Sasselov` in entry 3" in found[0][1]
    assert "an initial misprinted as a letter of like shape" in found[0][1]
    vancouver = [
        "Gubler DJ, Clark GG, Reiter P. Dengue in Yap. Am J Trop Med Hyg. 2003;68:1-9.",
        "Savage HM, Clark GG, Reiter P, Gubler DI. Aedes hensilli. Am J Trop Med Hyg. 2004;70:1-9.",
        "Gubler DJ, Reiter P, Clark GG. Dengue vectors. Am J Trop Med Hyg. 1998;58:1-9.",
    ]
    assert [e for e, _ in _found(lint, vancouver)] == [2]


@pytest.mark.parametrize(
    "entries",
    [
        # two letters unlike in shape: two people of one team (Spanish astronomers)
        [
            "Pérez E, Cid Fernandes R, González Delgado RM. Stellar mass. Astrophys J Lett. "
            "2013;764:L1.",
            "Pérez I, Cid Fernandes R, González Delgado RM. Bars. Astron Astrophys. 2017;607:A1.",
            "Pérez E, Cid Fernandes R, González Delgado RM. Ages. Astron Astrophys. 2015;581:A1.",
        ],
        # Chinese and Korean names of one team: short surnames, each printing alike often
        [
            "Zhang C, Wang Y, Li X. Graphene. Carbon. 2015;90:1-9.",
            "Zhang G, Wang Y, Li X. Oxides. Carbon. 2016;91:1-9.",
            "Zhang C, Wang Y, Li X. Films. Carbon. 2017;92:1-9.",
            "Kim JO, Park SY, Lee K. Dyes. Carbon. 2017;92:1-9.",
            "Kim JD, Park SY, Lee K. Inks. Carbon. 2018;93:1-9.",
            "Kim JO, Park SY, Lee K. Paints. Carbon. 2019;94:1-9.",
        ],
        # one shared co-author only, or the other letter in one entry only
        [
            "Sasselov D, Valencia D. Planets. Icarus. 2006;181:545-9.",
            "Sasselov O, Valencia D. Cores. Icarus. 2007;182:545-9.",
            "Sasselov D, Valencia D, O'Connell RJ. Mantles. Icarus. 2008;183:545-9.",
            "MacDonald CG, de la Cruz J, Abu Bakar N. Dengue. Trop Med Health. 2015;43:1-9.",
            "MacDonald CC, de la Cruz J, Abu Bakar N. Zika. Trop Med Health. 2016;44:1-9.",
        ],
    ],
)
def test_silent_where_a_changed_initial_may_be_another_person(lint, entries):
    assert _found(lint, entries) == []


def test_looking_for_misread_initials_grows_linearly_with_the_list(lint):
    """Every entry by `Sasselov D.` or `Sasselov O.` with a co-author of its own: four times the
    entries, well under sixteen times the time."""

    def lookalike(n: int) -> str:
        return "".join(
            f"{i}. Sasselov {'D' if i % 2 else 'O'}, Coauthor{i} A. A study {i}. "
            f"Icarus. 2010;85:{i}-9.\n"
            for i in range(1, n + 1)
        )

    def silent(text: str) -> None:
        assert lint(text, select=["RL577"]) == []

    small, large = lookalike(500), lookalike(2000)
    assert_linear(partial(silent, small), partial(silent, large), bound=8)


def test_initials_joined_by_a_hyphen_are_a_given_name_not_a_cut_surname(lint):
    entries = [
        "Ledermann JP, Griggs A, Bel M, Duffy MR, Ho-Chen T, Powers AM. Aedes hensilli. PLoS "
        "Negl Trop Dis. 2014;8:e3188.",
        "Duffy MR, Chen T-H, Griggs A, Bel M. Zika virus outbreak on Yap Island. N Engl J Med. "
        "2009;360:2536-43.",
        "Kim J-H, Park SY, Lee K. Dengue. J Korean Med Sci. 2015;30:1-9.",
        "Kim-Hwang J, Park SY. Zika. J Korean Med Sci. 2016;31:1-9.",
    ]
    assert _found(lint, entries) == []
