"""RL589: names that run into the title with no stop, in lists written here: the last initial
without its period (`Berman H.M The`, `Le Mercier P ViralZone`) and a group author before the
title (`UniProt Consortium UniProt:`); silent in styles that set the names off otherwise."""

from __future__ import annotations

import pytest

from refslint.fixes import apply_edits

# five entries that end the names with a period, in NAR's `Surname I.I.` with periods
NAR = (
    "1. Lawson C.L., Berman H.M., Chen L. The Nucleic Acid Knowledgebase. Nucleic Acids Res. "
    "2023; 51:D1–D9.\n"
    "2. Sayers E.W., Beck J., Bolton E.E. Database resources of the NCBI. Nucleic Acids Res. "
    "2023; 51:D29–D38.\n"
    "3. Arita M., Karsch-Mizrachi I., Cochrane G. The international nucleotide sequence database "
    "collaboration. Nucleic Acids Res. 2021; 49:D121–D124.\n"
    "4. Yuan D., Ahamed A., Burgin J., Cummins C., Devraj R. et al. The European Nucleotide "
    "Archive in 2023. Nucleic Acids Res. 2023; 51:D47–D53.\n"
    "5. Shi Q., Li X., Liu Y., Chen Z., He X. FLIBase: a repository of isoforms. Nucleic Acids "
    "Res. 2023; 51:D2–D9.\n"
)
# and the same list's names in Vancouver, with no periods in the initials
VANCOUVER = (
    "1. Lawson CL, Berman HM, Chen L. The Nucleic Acid Knowledgebase. Nucleic Acids Res. "
    "2023;51:D1-9.\n"
    "2. Sayers EW, Beck J, Bolton EE. Database resources of the NCBI. Nucleic Acids Res. "
    "2023;51:D29-38.\n"
    "3. Arita M, Karsch-Mizrachi I, Cochrane G. The nucleotide sequence database collaboration. "
    "Nucleic Acids Res. 2021;49:D121-4.\n"
    "4. Yuan D, Ahamed A, Burgin J, et al. The European Nucleotide Archive in 2023. Nucleic Acids "
    "Res. 2023;51:D47-53.\n"
    "5. Shi Q, Li X, Liu Y, Chen Z, He X. FLIBase: a repository of isoforms. Nucleic Acids Res. "
    "2023;51:D2-9.\n"
)


def _found(lint, text: str) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL589"])]


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        (
            "Coimbatore Narayanan B., Westbrook J., Berman H.M The Nucleic Acid Database: new "
            "features. Nucleic Acids Res. 2014; 42:D114–D122.",
            "Berman H.M The",
        ),
        (
            "De Castro E., Hulo C., Bridge A., Le Mercier P ViralZone 2024 provides images. "
            "Nucleic Acids Res. 2023; 51:D1–D9.",
            "Le Mercier P ViralZone",
        ),
        (
            "Yurekten O., Payne T., Williams M., O’Donovan C MetaboLights: open data for "
            "metabolomics. Nucleic Acids Res. 2023; 51:D1–D9.",
            "O’Donovan C MetaboLights:",
        ),
        (  # the names before it damaged too: initials alone, a group inverted
            "Ghafouri H., Lazar T., Ku T., L. G., Consortium P.E.D., Tompa P., Monzon A.M PED in "
            "2024: improving deposition. Nucleic Acids Res. 2023; 51:D1–D9.",
            "Monzon A.M PED",
        ),
    ],
)
def test_a_last_initial_without_its_period_is_flagged_and_fixed(lint, entry, words):
    text = NAR + f"6. {entry}\n"
    found = lint(text, select=["RL589"])
    assert [(d.entry, str(d.severity)) for d in found] == [(6, "warning")]
    assert found[0].message == (
        f"no stop between the names and the title (`{words}`): the last initial has no period; "
        "5 of 6 entries end the names with a period before the title"
    )
    fixed = apply_edits(text, [e for d in found for e in d.edits])
    assert fixed is not None
    before, _, after = words.rpartition(" ")
    assert f"{before}. {after}" in fixed


def test_a_period_whose_space_was_lost_still_sets_the_list_s_stop(lint):
    # entries that lost the space after the names (`Kwon YW.The`) still end them with a period
    lost = "".join(
        f"{n}. Lee HT, Kwon YW.The role of methylation {n}. J Lipid Res. 2020;9:41-9.\n"
        for n in range(6, 9)
    )
    group = (
        "9. Global Burden of Disease 2021 Forecasting Collaborators Burden of disease. Lancet. "
        "2024;1:2-9.\n"
    )
    assert [e for e, _ in _found(lint, VANCOUVER + lost + group)] == [9]


def test_a_group_in_vancouver_too(lint):
    text = VANCOUVER + (
        "6. UniProt Consortium UniProt: the Universal Protein Knowledgebase in 2023. Nucleic Acids "
        "Res. 2023;51:D523-31.\n"
        "7. UniProt Consortium. UniProt: the Universal Protein Knowledgebase in 2021. Nucleic Acids "
        "Res. 2021;49:D480-9.\n"
    )
    assert [e for e, _ in _found(lint, text)] == [6]


@pytest.mark.parametrize(
    ("entry", "group"),
    [
        (
            "UniProt Consortium UniProt: the Universal Protein Knowledgebase in 2023.",
            "UniProt Consortium",
        ),
        ("wwPDB consortium Protein Data Bank: the single global archive.", "wwPDB consortium"),
        (
            "Gene Ontology Consortium The Gene Ontology resource: enriching a GOld mine.",
            "Gene Ontology Consortium",
        ),
        (
            "CNCB-NGDC Members and Partners Database Resources of the National Genomics Data Center.",
            "CNCB-NGDC Members and Partners",
        ),
        (  # a common noun as the head: an article or a name with capitals must follow
            "Cancer Genome Atlas Research Network The immune landscape of cancer.",
            "Cancer Genome Atlas Research Network",
        ),
        (  # a year in the group's name
            "Global Burden of Disease 2021 Forecasting Collaborators Burden of disease scenarios.",
            "Global Burden of Disease 2021 Forecasting Collaborators",
        ),
        (
            "ICGC/TCGA Pan-Cancer Analysis of Whole Genomes Consortium Pan-cancer analysis of whole genomes.",
            None,
        ),
    ],
)
def test_a_group_author_run_into_the_title_is_flagged(lint, entry, group):
    text = NAR + f"6. {entry} Nucleic Acids Res. 2023; 51:D523–D531.\n"
    found = lint(text, select=["RL589"])
    assert [d.entry for d in found] == [6]
    assert found[0].message.startswith("no stop between the group author `")
    if group is not None:
        assert f"`{group}` and the title" in found[0].message
        # the group's end is a guess: offered as an unsafe fix
        fixed = apply_edits(text, [e for d in found for e in d.edits])
        assert fixed is not None and f"6. {group}. " in fixed


@pytest.mark.parametrize(
    "entry",
    [
        # the stop is there
        "UniProt Consortium. UniProt: the Universal Protein Knowledgebase in 2023.",
        "Berman H.M. The Nucleic Acid Database: new features.",
        "Westbrook J., Berman H.M. et al. The Nucleic Acid Database: new features.",
        # a title without names that holds a group's word followed by lower case, or at its end
        "Report of the Working Group on influenza vaccines.",
        "Global burden of disease: the Collaborative Network.",
        "The Cancer Genome Atlas Research Network.",
        # a common noun of a title-case title, not a group's head word
        "Social Network Analysis of Hospital Wards.",
        "Working Group Report on Influenza Vaccines.",
        "Focus Group Study of Nurses in 2020.",
        "Support Team Members Survey 2019.",
        # a title that starts with a word and a capital (`Vitamin D`, `Hepatitis C`) after names
        # with their stop
        "Smith J., Doe A. Vitamin D Deficiency in adults.",
        "Smith J., Doe A. Hepatitis C Virus in 2023.",
    ],
)
def test_silent_where_the_names_have_their_stop(lint, entry):
    text = NAR + f"6. {entry} Nucleic Acids Res. 2023; 51:D523–D531.\n"
    assert _found(lint, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # IEEE: names set off by a comma, title in quotes
        "".join(
            f'[{n}] A. Smith{n} and B. Jones, "A study of things {n}," IEEE Trans. Ind. Electron., '
            f"vol. {n}, no. 2, pp. 1–9, 2019.\n"
            for n in range(1, 6)
        )
        + '[6] UniProt Consortium "UniProt: the knowledgebase," Nucleic Acids Res., vol. 51, '
        "pp. 1–9, 2023.\n",
        # the year after the names (PLOS's former style, Harvard)
        "".join(
            f"{n}. Smith{n} J, Doe A ({2000 + n}) A study of things. Nature {n}: 1–9.\n"
            for n in range(1, 6)
        )
        + "6. Berman H, Le Mercier P (2023) ViralZone 2024 provides images. Nature 6: 1–9.\n",
        # APA
        "".join(
            f"Smith{n}, J., & Doe, A. ({2000 + n}). A study of things. Nature, {n}, 1–9.\n"
            for n in range(1, 6)
        )
        + "Gene Ontology Consortium. (2021). The Gene Ontology resource. Nucleic Acids Research, "
        "49, D325–D334.\n",
        # physics: initials first, no title
        "".join(
            f"[{n}] J. Smith{n} and A. Doe, Phys. Rev. B {n}, 1 ({2000 + n}).\n"
            for n in range(1, 7)
        ),
        # fewer than five entries with the stop
        NAR.split("3. ")[0] + "3. UniProt Consortium UniProt: the knowledgebase. Nucleic Acids "
        "Res. 2023; 51:D523–D531.\n",
    ],
)
def test_silent_in_styles_without_a_stop_after_the_names(lint, text):
    assert _found(lint, text) == []


def test_in_nature_s_style_the_stop_is_the_initial_s_period(lint):
    text = "".join(
        f"{n}. Smith{'abcde'[n - 1]}, J. & Doe, A. A study of things {n}. Nature {n}, 1–9 "
        f"({2000 + n}).\n"
        for n in range(1, 6)
    ) + (
        "6. Gene Ontology Consortium The Gene Ontology resource. Nucleic Acids Res. 49, "
        "D325–D334 (2021).\n"
        "7. Gene Ontology Consortium. The Gene Ontology knowledgebase. Genetics 224, 1–9 (2023).\n"
    )
    assert [e for e, _ in _found(lint, text)] == [6]


def test_a_group_read_as_a_person_with_the_title_s_first_word_as_its_initial(lint):
    # `R Core Team R: ...`: the grammar reads `R` as the initials of a person `R Core Team`
    text = VANCOUVER + (
        "6. R Core Team R: A language and environment for statistical computing. Vienna: R "
        "Foundation for Statistical Computing; 2021.\n"
        "7. R Core Team. R: A language and environment for statistical computing. Vienna: R "
        "Foundation for Statistical Computing; 2023.\n"
    )
    found = lint(text, select=["RL589"])
    assert [d.entry for d in found] == [6]
    assert found[0].message.startswith("no stop between the group author `R Core Team` and")
    fixed = apply_edits(text, [e for d in found for e in d.edits])
    assert fixed is not None and "6. R Core Team. R: A language" in fixed


# --- names set off by a comma (RSC, APS, AIP): the last name run into what follows ---------------

RSC = [
    "A. P. Bartók, M. C. Payne, R. Kondor and G. Csányi, Gaussian approximation potentials, "
    "Phys. Rev. Lett., 2010, 104, 136403.",
    "J. Behler and M. Parrinello, Generalized neural-network representation, Phys. Rev. Lett., "
    "2007, 98, 146401.",
    "W. J. Yoo, J. de la Cruz and N. Abu Bakar, Etching of hafnia, J. Mater. Chem. A, 2019, 7, "
    "1–9.",
    "S. Ben Yahia, X.-Y. Li and J.-H. Kim, Learning interatomic potentials, Digital Discovery, "
    "2023, 2, 10–19.",
    "M. A. Caro, Optimizing many-body atomic descriptors, Phys. Rev. B, 2019, 100, 024112.",
    "U. Oswal, S. Jain, K. S. Xu and B. Eriksson Block CUR: Decomposing Matrices using Groups of "
    "Columns, arXiv, 2017, preprint, arXiv.1703.06065.",
]
APS = [
    "L. J. Rothschild and R. L. Mancinelli, Nature (London) 409, 1092 (2001).",
    "D. D. Sasselov, D. Valencia, and R. J. O'Connell, Phys. Scr. T130, 014035 (2008).",
    "D. Sasselov The Life of Super-Earths (Basic, New York, 2011).",
    "D. Valencia, R. J. O'Connell, and D. Sasselov, Astrophys. Space Sci. 322, 135 (2009).",
    "W. Slattery (unpublished).",
    "S. Kondati Natarajan, A. M. Cano, and S. D. Elliott, J. Phys. Chem. C 125, 25589 (2021).",
    "H. Kim, J. de la Cruz, and M. DiMaggio, Z. Anorg. Allg. Chem. 178, 1 (1929).",
]


def _numbered(entries: list[str], bracketed: bool = False) -> str:
    return "".join(
        (f"[{n}] " if bracketed else f"{n} ") + entry + "\n" for n, entry in enumerate(entries, 1)
    )


def test_a_last_name_run_into_the_title_in_a_comma_list_is_flagged(lint):
    found = _found(lint, _numbered(RSC))
    assert [e for e, _ in found] == [6]
    assert "no comma between the last name and what follows (`Eriksson Block CUR:" in found[0][1]
    assert "5 of 5 entries set their names off with a comma" in found[0][1]
    found = _found(lint, _numbered(APS, bracketed=True))
    assert [e for e, _ in found] == [3]
    assert "(`Sasselov The Life of Super-Earths (Basic`)" in found[0][1]


@pytest.mark.parametrize(
    "entries",
    [
        # every name set off: particles, hyphens, Korean, Chinese and Arabic names, `and` in
        # Portuguese and Spanish, a journal whose abbreviation opens with an initial
        [e for e in RSC[:-1]]
        + [
            "W. D. Callister Jr. e D. G. Rethwisch, Ciência e Engenharia de Materiais (LTC, Rio "
            "de Janeiro, 2016).",
            "M. Alonso y E. J. Finn, Física (Addison-Wesley, México, 1995).",
            # a group after the names
            "B. P. Abbott and the LIGO Scientific Collaboration, Observation of gravitational "
            "waves, Phys. Rev. Lett., 2016, 116, 061102.",
        ],
        [e for e in APS if "The Life" not in e] + ["J. Smith (private communication)."],
        # names closed by a period, as some lists print initials-first names: no comma habit
        [
            "A. Smith. The Life of Stars. Astrophys J. 2010;1:1-9.",
            "B. Jones. A Study of Planets. Icarus. 2011;2:1-9.",
            "C. Brown and D. Green. On Comets. Icarus. 2012;3:1-9.",
            "E. White. Of Moons and Rings. Icarus. 2013;4:1-9.",
            "F. Black. The Sun. Sol Phys. 2014;5:1-9.",
            "G. Grey. The Solar Wind. Sol Phys. 2015;6:1-9.",
        ],
    ],
)
def test_silent_where_comma_set_names_end_well_or_the_list_sets_them_off_otherwise(lint, entries):
    assert _found(lint, _numbered(entries)) == []


def test_reading_comma_set_names_grows_linearly_with_the_list(lint):
    """Four times the entries of twelve names each, well under sixteen times the time."""
    from functools import partial

    from tests.timing import assert_linear

    names = ", ".join(f"A. B. Name{k}" for k in range(11))

    def aps(n: int) -> str:
        return "".join(
            f"[{i}] {names}, and C. Last, Phys. Rev. B {i}, 1 (2010).\n" for i in range(1, n + 1)
        )

    def silent(text: str) -> None:
        assert lint(text, select=["RL589"]) == []

    small, large = aps(250), aps(1000)
    assert_linear(partial(silent, small), partial(silent, large), bound=8)


# an AMA list whose compact names end with a period; its last names run into the title
AMA = (
    "1. Hurrell R, Ranum P, de Pee S. Revised fortification guidelines. Food Nutr Bull. "
    "2010;31(1 Suppl):S7-S21.\n"
    "2. Allen L, de Benoist B, Dary O, Hurrell R. Guidelines on Food Fortification. Geneva: World "
    "Health Organization; 2006.\n"
    "3. Makhumula P, Dary O, Guamuch M. Legislation in fortification programs. Food Nutr Bull. "
    "2014;35(2):220-227.\n"
    "4. Darnton-Hill I, Nalubola R. Fortification strategies to meet micronutrient needs. Public "
    "Health Nutr. 2002;5(2A):281-286.\n"
    "5. Mannar MGV, Hurrell RF. Food Fortification in a Globalized World. London: Academic Press; "
    "2018.\n"
)


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        (
            "Isabelle M, Chan P, Wijaya SY Report on Regulatory Status of Fortification. "
            "Singapore: International Life Sciences Institute; 2011.",
            "Wijaya SY Report",
        ),
        (
            "Vapnek J, Spreij M Perspectives and Guidelines on Food Legislation. Rome: Food and "
            "Agriculture Organization; 2005.",
            "Spreij M Perspectives",
        ),
    ],
)
def test_compact_names_run_into_the_title_are_read_and_flagged(lint, entry, words):
    text = AMA + f"6. {entry}\n"
    found = lint(text, select=["RL589", "RL001"])
    assert [(d.code, d.entry) for d in found] == [("RL589", 6)]
    assert f"`{words}`" in found[0].message
    fixed = apply_edits(text, [e for d in found for e in d.edits])
    assert fixed is not None
    before, _, after = words.rpartition(" ")
    assert f"{before}. {after}" in fixed


def test_compact_names_with_their_stop_stay_silent(lint):
    text = AMA + (
        "6. Isabelle M, Chan P, Wijaya SY. Report on Regulatory Status of Fortification. "
        "Singapore: International Life Sciences Institute; 2011.\n"
    )
    assert lint(text, select=["RL589", "RL001"]) == []


# six entries in AMA's style, names ending with a period and titles in sentence case
AMA_SENTENCE = (
    "1. Allen L, de Benoist B. Guidelines on food fortification with micronutrients. Nutr Rev. "
    "2006;64(5):1-9.\n"
    "2. Hurrell RF, Ranum P. Revised recommendations for iron fortification of wheat flour. Food "
    "Nutr Bull. 2010;31(1):7-21.\n"
    "3. Codling K, Quang NV. Regulatory monitoring systems of fortified salt and wheat flour. "
    "Food Nutr Bull. 2013;34(2):102-11.\n"
    "4. Pena-Rosas JP, Parvanta I. Monitoring and evaluation in flour fortification programs. "
    "Nutr Rev. 2008;66(3):148-62.\n"
    "5. Dary O, Mora JO. Food fortification to reduce vitamin deficiencies in developing "
    "countries. J Nutr. 2002;132(9):2927-33.\n"
    "6. Mason JB, Deitchler M. Rapid assessment of micronutrient programs and their coverage. "
    "Food Nutr Bull. 2005;26(1):3-14.\n"
)


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        (
            "7. Hemenway D Monitoring and Compliance: The Political Economy of Inspection. "
            "Greenwich, CT: JAI Press; 1985.\n",
            "Hemenway D Monitoring",
        ),
        (
            "7. Nathan R Regulation of fortified foods: legislation and enforcement. Ottawa: "
            "Micronutrient Initiative; 1999.\n",
            "Nathan R Regulation",
        ),
    ],
)
def test_a_lone_name_run_into_the_title_is_flagged(lint, entry, words):
    (found,) = lint(AMA_SENTENCE + entry, select=["RL589"])
    assert found.entry == 7 and f"(`{words}`)" in found.message
    assert apply_edits(AMA_SENTENCE + entry, found.edits).endswith(
        entry.replace(words, _stop(words))
    )


def _stop(words: str) -> str:
    """`Hemenway D Monitoring` -> `Hemenway D. Monitoring`."""
    name, initials, title = words.split(" ", 2)
    return f"{name} {initials}. {title}"


@pytest.mark.parametrize(
    "entry",
    [
        "7. Vitamin D Supplementation in Pregnancy. Geneva: World Health Organization; 2012.\n",
        "7. Hepatitis B Virus Infection in Africa. Geneva: World Health Organization; 2015.\n",
        "7. Apolipoprotein E Genotype and Dementia. Bethesda: National Institutes; 2010.\n",
        "7. Cyclin D Expression in Tumours. London: Cancer Research UK; 2011.\n",
        "7. Group B Streptococcal Disease. Atlanta: Centers for Disease Control; 2010.\n",
        "7. Vitamin D supplementation in pregnancy. Geneva: World Health Organization; 2012.\n",
        "7. Haemophilus B Conjugate Vaccines. Geneva: World Health Organization; 1998.\n",
        "7. Serogroup B Meningococcal Disease in Europe. Stockholm: ECDC; 2015.\n",
        "7. Delta A Variant of Concern. London: Public Health England; 2021.\n",
    ],
)
def test_a_title_opening_with_a_term_and_a_letter_is_no_name(lint, entry):
    assert lint(AMA_SENTENCE + entry, select=["RL589"]) == []


def test_a_lone_name_is_not_looked_for_in_a_list_of_title_case_titles(lint):
    # there a capitalised word after a letter may go on the title (`Serotype A Antibodies`)
    entry = "7. Hemenway D Monitoring and Compliance. Greenwich, CT: JAI Press; 1985.\n"
    assert lint(VANCOUVER + entry.replace("7.", "6."), select=["RL589"]) == []


def test_a_lone_name_is_not_looked_for_without_the_list_s_stop(lint):
    author_date = "".join(
        f"{i}. {name} ({year}) A study of things. J Things {i}, 1-9.\n"
        for i, (name, year) in enumerate(
            [("Smith J", 2010), ("Jones K", 2011), ("Brown L", 2012), ("Lee M", 2013)], 1
        )
    )
    entry = "5. Hemenway D Monitoring and Compliance. Greenwich, CT: JAI Press; 1985.\n"
    assert lint(author_date + entry, select=["RL589"]) == []
