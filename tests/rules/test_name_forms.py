"""RL590: an author's name out of the list's initials form, in lists written here: a given name
written out where the list prints the same author with its initial (`Chen Daniel S.` against
`Chen D.S.`), and initials standing alone as an author (`Ku T., L. G.`); silent on double
surnames (Spanish, Portuguese), Chinese names and lists that write given names in full."""

from __future__ import annotations

import pytest

# `Surname I.I.` with periods, as Elsevier's numbered lists print names
OTHERS = (
    "3. Lang F., Schrörs B., Löwer M. Neoantigens for cancer vaccines. Nat Rev Drug Discov "
    "2021;20:261–275.\n"
    "4. Dunn G.P., Old L.J., Schreiber R.D. The three Es of cancer immunoediting. Annu Rev "
    "Immunol 2004;22:329–360.\n"
    "5. Sharma P., Allison J.P. The future of immune checkpoint therapy. Science "
    "2015;348:56–61.\n"
)


def _found(lint, text: str) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL590"])]


def test_a_given_name_written_out_where_another_entry_gives_the_initial(lint):
    text = (
        "1. Mellman I., Chen D.S., Powles T. The cancer-immunity cycle. Immunity "
        "2023;56:2188–2205.\n"
        "2. Chen Daniel S., Mellman I. Oncology meets immunology. Immunity 2013;39:1–10.\n"
    ) + OTHERS
    found = lint(text, select=["RL590"])
    assert [(d.entry, str(d.severity)) for d in found] == [(2, "warning")]
    assert found[0].message == (
        "`Chen Daniel S.` writes out `Daniel`, which entry 1 prints as an initial (`Chen D.S.`), "
        "with a co-author in common; the list gives initials only"
    )


def test_initials_first_the_rarer_printing_is_flagged(lint):
    text = "".join(
        f"{n}. R. Podduturi, M. A. Petersen, and G. Hyldig, “Geosmin in aquaculture {n},” "
        f"Aquaculture {500 + n} (2020): 1–9.\n"
        for n in range(1, 4)
    ) + (
        "4. R. Podduturi, G. Hyldig, and M. Agerlin Petersen, “Off-flavour compounds,” Food "
        "Research International 173 (2023): 113375.\n"
        "5. J. Södergren and P. M. Noguera, “Myxobacteria,” Applied Microbiology 91 (2025): 1–9.\n"
    )
    found = _found(lint, text)
    assert [e for e, _ in found] == [4]
    assert "`M. Agerlin Petersen` writes out `Agerlin`, which entries 1, 2, 3 print" in found[0][1]


@pytest.mark.parametrize(
    "entry",
    [
        # double surnames with no other printing of the author: left alone
        "García Benito J., Lang F. Un estudio. Rev Esp Cardiol 2019;72:1–9.",
        "Santos Silva I., Lang F. Um estudo. Rev Saude Publica 2019;53:1–9.",
        "Gómez Pérez M., Navarro Gonzalez J. Un estudio. Med Clin 2018;150:1–9.",
        # a Chinese name printed with a two-syllable given name's first part
        "Zhang Wei X., Lang F. A study of cells. Cell Res 2019;29:1–9.",
        # the initials form elsewhere, but no co-author in common: perhaps two people
        "Chen Daniel S., Powles T. A study. Immunity 2013;39:1–10.",
    ],
)
def test_silent_on_double_surnames_and_without_the_list_s_evidence(lint, entry):
    text = "1. Mellman I., Chen D.S. The cycle. Immunity 2023;56:2188–2205.\n" + OTHERS
    assert _found(lint, text + f"6. {entry}\n") == []


def test_a_double_surname_against_a_rarer_cut_printing_is_left_alone(lint):
    # `G. García Márquez` twice, `G. G. Márquez` once: the cut may be the slip
    text = (
        "1. G. García Márquez and A. Smith, “A study,” J. Lit. 1 (2001): 1–9.\n"
        "2. G. García Márquez and A. Smith, “A second study,” J. Lit. 2 (2002): 1–9.\n"
        "3. G. G. Márquez and A. Smith, “A third study,” J. Lit. 3 (2003): 1–9.\n"
        "4. B. Jones and C. Brown, “Another study,” J. Lit. 4 (2004): 1–9.\n"
        "5. D. White and E. Black, “More,” J. Lit. 5 (2005): 1–9.\n"
        "6. F. Green and H. Grey, “Yet more,” J. Lit. 6 (2006): 1–9.\n"
    )
    assert _found(lint, text) == []


def test_silent_in_a_list_that_writes_given_names_in_full(lint):
    text = (
        "1. Mellman Ira, Chen D.S. The cycle. Immunity 2023;56:2188–2205.\n"
        "2. Chen Daniel S., Mellman Ira. Oncology meets immunology. Immunity 2013;39:1–10.\n"
        "3. Lang Franziska, Schrörs Barbara. Neoantigens. Nat Rev Drug Discov 2021;20:261–275.\n"
        "4. Dunn Gavin P., Old Lloyd J. Immunoediting. Annu Rev Immunol 2004;22:329–360.\n"
        "5. Sharma Padmanee, Allison James P. Checkpoints. Science 2015;348:56–61.\n"
    )
    assert _found(lint, text) == []


# NAR's `Surname I.I.` with periods
NAR = (
    "1. Lawson C.L., Berman H.M., Chen L. The Nucleic Acid Knowledgebase. Nucleic Acids Res. "
    "2023; 51:D1–D9.\n"
    "2. Sayers E.W., Beck J., Bolton E.E. Database resources of the NCBI. Nucleic Acids Res. "
    "2023; 51:D29–D38.\n"
    "3. Arita M., Karsch-Mizrachi I., Cochrane G. The nucleotide sequence database "
    "collaboration. Nucleic Acids Res. 2021; 49:D121–D124.\n"
    "4. Yuan D., Ahamed A., Burgin J. The European Nucleotide Archive. Nucleic Acids Res. "
    "2023; 51:D47–D53.\n"
)


@pytest.mark.parametrize(
    ("entry", "alone", "broken"),
    [
        (
            "Ghafouri H., Lazar T., Ku T., L. G., Tompa P., Monzon A.M. PED in 2024. Nucleic "
            "Acids Res. 2023; 51:D1–D9.",
            "L. G.",
            "Ku T., L. G.",
        ),
        (
            "de Magalhães J.P., Abidi Z., Santos D., G. A., Avelar R.A. et al. Human Ageing "
            "Genomic Resources. Nucleic Acids Res. 2023; 51:D1–D9.",
            "G. A.",
            "Santos D., G. A.",
        ),
    ],
)
def test_initials_standing_alone_as_an_author(lint, entry, alone, broken):
    found = _found(lint, NAR + f"5. {entry}\n")
    assert found == [
        (
            5,
            f"initials `{alone}` stand alone as an author, with no surname: a name broken in two "
            f"(`{broken}`), its surname taken for the name before them?",
        )
    ]


@pytest.mark.parametrize(
    "entry",
    [
        # a title that starts with initials, after the names' stop
        "Ghafouri H., Lazar T. U.S. patients in 2024. Nucleic Acids Res. 2023; 51:D1–D9.",
        # physics: initials first
        "H. Ghafouri, T. Lazar, L. G. Ku, Phys. Rev. B 5, 1 (2023).",
    ],
)
def test_initials_that_are_no_broken_name_are_left_alone(lint, entry):
    # (the physics entry's spaced `L. G.` among the list's close ones is another finding)
    found = _found(lint, NAR + f"5. {entry}\n")
    assert [m for _, m in found if not m.startswith("initials of")] == []


# --- part of a Korean or Chinese given name written out before the one-word surname -----------

AIP = [
    "J. Chen, W. Jong Yoo, and D. S. H. Chan, J. Electrochem. Soc. 153, G483 (2006).",
    "S. D. Elliott, M. Nolan, and A. M. Cano, Chem. Mater. 32, 3414 (2020).",
    "K. J. Kanarik, T. Lill, and E. A. Hudson, J. Vac. Sci. Technol. A 33, 020802 (2015).",
    "H. Kim, S. Park, and J. de la Cruz, Appl. Phys. Lett. 104, 1 (2014).",
    "N. Abu Bakar, S. Ben Yahia, and M. DiMaggio, Thin Solid Films 520, 1 (2012).",
    "Y. Li, X.-Y. Wang, and M. Ritala, Chem. Mater. 27, 1 (2015).",
    "S. M. George, T. Blomberg, and M. Tuominen, ACS Nano 10, 1 (2016).",
]


def test_a_syllable_written_out_before_a_korean_or_chinese_surname_is_flagged(lint):
    text = "".join(f"{n} {e}\n" for n, e in enumerate(AIP, 1))
    found = _found(lint, text)
    assert [e for e, _ in found] == [1]
    assert "`W. Jong Yoo` writes out `Jong`, part of a given name" in found[0][1]
    vancouver = (
        "1. Zhang Ming X., Chen J., Park S. Etching of hafnia. J Vac Sci Technol A "
        "2020;38:1–9.\n"
        "2. Mellman I., Chen D.S., Powles T. The cancer-immunity cycle. Immunity "
        "2023;56:2188–2205.\n"
    ) + OTHERS
    assert [e for e, _ in _found(lint, vancouver)] == [1]


@pytest.mark.parametrize(
    "entry",
    [
        # a double surname of two syllables or in another language
        "J. Chen, W. Kondati Natarajan, and D. S. H. Chan, J. Electrochem. Soc. 153, 1 (2006).",
        "J. Chen, G. García Lee, and D. S. H. Chan, J. Electrochem. Soc. 153, 1 (2006).",
        # two surnames: which is which is not said
        "J. Chen, W. Kim Lee, and D. S. H. Chan, J. Electrochem. Soc. 153, 1 (2006).",
        # a particle: Dutch `de Jong`
        "J. Chen, W. de Jong, and D. S. H. Chan, J. Electrochem. Soc. 153, 1 (2006).",
    ],
)
def test_other_two_word_surnames_are_left_alone(lint, entry):
    text = "".join(f"{n} {e}\n" for n, e in enumerate([entry, *AIP[1:]], 1))
    assert _found(lint, text) == []


# --- initials damaged: no surname at all, or a particle's letter run in -----------------------

PHYSICS = [
    "A. Janshoff, H.-J. Galla and C. Steinem, Angew. Chem. 39, 4004 (2000).",
    "K.A. Marx, Biomacromolecules 4, 1099 (2003).",
    "M. Rodahl, F. Höök and B. Kasemo, Anal. Chem. 68, 2219 (1996).",
    "G. Sauerbrey, Z. Phys. 155, 206 (1959).",
]


def test_a_last_author_cut_to_initials_is_flagged(lint):
    text = "".join(f"{i}. {e}\n" for i, e in enumerate(PHYSICS, 1)) + (
        "5. M. Hussain, F. Rupp, H.P. Wendel e F.K., TrAC 102, 194 (2018).\n"
    )
    assert _found(lint, text) == [
        (5, "`F.K.` is initials alone, with no surname: the author's surname was cut off")
    ]


def test_a_particle_s_letter_run_into_compact_initials_is_flagged(lint):
    text = (
        "1. Bastos MJRP, Pereira JdA, Smarzaro DC. Accidents and violence. Rev Saude Publica. "
        "2009;43:123-32.\n"
        "2. Souza ER, Lima ML. Violence in Brazil. Cien Saude Colet. 2006;11:363-73.\n"
        "3. Barreto ML, Teixeira MG. Health in Brazil. Lancet. 2011;377:1877-89.\n"
    )
    assert _found(lint, text) == [
        (
            1,
            "`Pereira JdA` has a particle's letter run into its initials (`JdA`); the list "
            "prints initials in capitals",
        )
    ]


@pytest.mark.parametrize(
    "entry",
    [
        # Russian romanisation writes digraphs as initials
        "Kuznetsov YuV, Petrov ShA, Ivanova ZhN. Plasma waves. JETP Lett. 2001;73:1-9.",
        # a one-letter surname, and a Chinese name read surname first
        "W. E, S. Yu, B. Engquist, Commun. Math. Sci. 1, 87 (2003).",
    ],
)
def test_initials_that_are_a_name_s_own_are_left_alone(lint, entry):
    text = (
        "1. Souza ER, Lima ML. Violence in Brazil. Cien Saude Colet. 2006;11:363-73.\n"
        "2. Barreto ML, Teixeira MG. Health in Brazil. Lancet. 2011;377:1877-89.\n"
        f"3. {entry}\n"
    )
    assert _found(lint, text) == []


# --- initials spaced where the list sets them close, or back ----------------------------------

CLOSE_NAMES = [
    "R.S. Burkard, S.E. Karisch & F.R. Rendl. Qaplib. Eur. J. Oper. Res. 55 (1991), 115-119.",
    "D.M. Gay. Electronic mail distribution. Math. Program. Soc. 13 (1985), 10-12.",
    "G.H. Golub & C.F. Van Loan. Matrix Computations. Johns Hopkins (1996).",
    "J.L. Kennington, W.J. Carolan & S.J. Wichmann. An evaluation. Oper. Res. 4 (1990), 1-9.",
    "C.D. Meyer. Matrix analysis. SIAM (2000).",
    "R.D.C. Monteiro & M.G.C. Resende. An affine scaling algorithm. Math. Program. 44 (1989), "
    "27-41.",
]


def test_initials_spaced_among_close_ones_are_flagged(lint):
    entries = [
        *CLOSE_NAMES,
        "D.C. Fong & M. A. Saunders. CG versus MINRES. SQU J. 17 (2012), 44-62.",
    ]
    text = "".join(f"{i}. {e}\n" for i, e in enumerate(entries, 1))
    ((entry, message),) = _found(lint, text)
    assert entry == 7
    assert message.startswith("initials of `M. A. Saunders` spaced where the list sets them close")


def test_close_initials_among_spaced_ones_are_flagged_in_apa(lint):
    names = [
        ("Smith, J. A.", "Lee, K. M."),
        ("Brown, P. R.", "Green, T. S."),
        ("White, A. B.", "Black, C. D."),
        ("Young, E. F.", "King, G. H."),
    ]
    entries = [
        f"{a}, & {b} (201{i}). A study. J Psychol, {i}, 1-9." for i, (a, b) in enumerate(names)
    ]
    entries.append("Hill, M.N., & Moore, R. T. (2019). Another study. J Psychol, 9, 1-9.")
    text = "".join(f"{i}. {e}\n" for i, e in enumerate(entries, 1))
    found = _found(lint, text)
    assert [(e, m.split("`")[1]) for e, m in found] == [(5, "Hill, M.N.")]


def test_three_names_of_four_show_a_short_list_s_habit(lint):
    entries = [
        "Barbier, J.M. (2011). Vocabulaire d'analyse des activités. PUF.",
        "Schön, D.A. (1983). The reflective practitioner. Basic Books.",
        "Durand, M.P. (2001). Chronomètre et survêtement. Revigny.",
        "Suchman, L. A. (1987). Plans and situated actions. Cambridge University Press.",
        "Piaget, J. (1936). La naissance de l'intelligence chez l'enfant. Delachaux et Niestlé.",
        "Leplat, J. (1997). Regards sur l'activité en situation de travail. PUF.",
    ]
    text = "References\n" + "".join(f"{e}\n" for e in entries)
    found = [m for _, m in _found(lint, text) if "initials of" in m]
    assert [m.split("`")[1] for m in found] == ["Suchman, L. A."]
    assert found[0].endswith("3 of 4 names with two initials or more")
    # two against one show none
    short = "References\n" + "".join(f"{e}\n" for e in entries[1:])
    assert [m for _, m in _found(lint, short) if "initials of" in m] == []


@pytest.mark.parametrize(
    "extra",
    [
        # hyphened given names are close in every style
        "J.-F. Liegeois & J.-M. Kauffmann. Drug design. J. Med. Chem. 40 (1997), 1-9.",
        # a list split nearly evenly shows no habit
        "A. B. Smith, C. D. Jones & E. F. Brown. Sparse solvers. SIAM J. 1 (2001), 1-9.",
    ],
)
def test_hyphened_initials_and_split_lists_are_left_alone(lint, extra):
    entries = [*CLOSE_NAMES[:3], extra]
    text = "".join(f"{i}. {e}\n" for i, e in enumerate(entries, 1))
    assert [m for _, m in _found(lint, text) if "initials of" in m] == []


ABNT = (
    "References\n"
    "BRETÓN, A. Antología del humor negro. Barcelona: Anagrama, 2005.\n"
    "CHAVES, E. Michel Foucault e a verdade cínica. Campinas: Editora PHI, 2013.\n"
    "HADOT, P. La ciudadela interior. Salamanca: Alpha Decay, 2013.\n"
    "ONFRAY, M. Cinismos. Buenos Aires: Paidós, 2004.\n"
    "PAQUET, L. Les Cyniques grecs. Ottawa: L’Université d’Ottawa, 1975.\n"
)


def test_a_name_without_initials_whose_surname_the_entry_prints_with_them(lint):
    text = ABNT + (
        "GOULET-CAZÉ, M.-O.; BRACHT BRANHAM. Introducción. In: BRANHAM, B.; GOULET-CAZÉ, "
        "M.-O. (ed.). Los cínicos. Barcelona: Seix Barral, 2000.\n"
    )
    ((entry, message),) = _found(lint, text)
    assert entry == 6
    assert message.startswith("`BRACHT BRANHAM` has no initials, where the entry prints `BRANHAM")


def test_names_without_initials_of_their_own_pass(lint):
    text = ABNT + (
        "DIÓGENES LAERCIO. Vidas y opiniones de los filósofos. Madrid: Lucina, 2010.\n"
        "PLUTARCO. Sobre el anciano. In: Obras morales y de costumbres. Madrid: Gredos, 2003.\n"
        "SMITH, J.; WORLD HEALTH ORGANIZATION. Report. In: HEALTH, A. (ed.). Geneva: WHO, 2001.\n"
    )
    assert _found(lint, text) == []
