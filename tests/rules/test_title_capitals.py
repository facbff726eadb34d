"""RL587 (a common word capitalised inside a sentence-case title) and RL588 (a genus in lower case
before its epithet), across styles and fields, with the lists where both must stay silent. Lists
written here."""

from __future__ import annotations

import pytest

from refslint.api import Applicability, Severity
from refslint.fixes import apply_edits
from tests.rules.title_lists import APA, IEEE, VANCOUVER
from tests.timing import assert_linear


def vancouver(title: str, authors: str = "Laport GG, Sheehan K") -> str:
    return f"1. {authors}. {title}. Biol Blood Marrow Transplant. 2011;17:1679-87.\n{VANCOUVER}"


def found(lint, text: str, code: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=[code])]


# --- RL587 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "word"),
    [
        # a plural whose singular English writes in lower case
        ("Killer cells for patients with relapsed hematologic Malignancies", "Malignancies"),
        ("Gut-resident Lactobacilli activate hepatic pathways in mice", "Lactobacilli"),
        # a participle, also after a capitalised first part of a compound
        ("Mercury and Mercury-Containing preparations in traditional medicine", "Containing"),
        # a technical term numbered with a hyphen
        ("Treatment of murine colitis by bacteria secreting Interleukin-10", "Interleukin"),
    ],
)
def test_a_common_word_capitalised_in_a_vancouver_title(lint, title, word):
    findings = lint(vancouver(title), select=["RL587"])
    assert [d.entry for d in findings] == [1]
    assert findings[0].message.startswith(f"`{word}`")
    assert findings[0].severity is Severity.WARNING
    assert findings[0].fix_applicability is Applicability.UNSAFE


def test_the_list_writing_the_word_in_lower_case_is_evidence(lint):
    # `Quantum` after an article is a bare singular, no evidence alone; entry 7 writes it in
    # lower case
    text = vancouver("Neural message passing for the Quantum chemistry of materials") + (
        "7. Ng A, Chu B. Machine learning for quantum chemistry of small molecules. J Chem Phys."
        " 2018;148:1-9.\n"
    )
    assert [e for e, _ in found(lint, text, "RL587")] == [1]
    alone = vancouver("Neural message passing for the Quantum chemistry of materials")
    assert found(lint, alone, "RL587") == []


def test_a_name_the_list_lower_cases_elsewhere_keeps_its_capital(lint):
    # `fortran` in lower case in entry 7 is the slip; `Fortran` is no English word
    text = vancouver("Automatic parallelization of Fortran programs for parallel systems") + (
        "7. Ng A, Chu B. Performance prediction of fortran codes on clusters. J Parallel Comput."
        " 2018;48:1-9.\n"
    )
    assert found(lint, text, "RL587") == []


def test_a_word_another_title_prints_in_capitals_is_a_name(lint):
    # `structure` in lower case in entry 7 is evidence, but entry 8 names the program `STRUCTURE`
    title = "Software for summarising and evaluating Structure output"
    lowered = (
        "7. Ng A, Chu B. Genetic diversity and structure of wild millet. J Hered. 2018;48:1-9.\n"
    )
    program = (
        "8. Evanno G, Goudet J. Detecting the number of clusters using the software STRUCTURE:"
        " a simulation study. Mol Ecol. 2005;14:2611-20.\n"
    )
    assert [e for e, _ in found(lint, vancouver(title) + lowered, "RL587")] == [1]
    assert found(lint, vancouver(title) + lowered + program, "RL587") == []


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("A Serum bottle modification of the roll tube technique", "Serum"),
        ("The Mouse model of human colitis in practice", "Mouse"),
    ],
)
def test_a_title_case_capital_after_the_opening_article(lint, title, word):
    (finding,) = lint(vancouver(title), select=["RL587"])
    assert finding.message.startswith(f"`{word}` capitalised inside a title in sentence case")
    assert "after the opening article" in finding.message


@pytest.mark.parametrize(
    "title",
    [
        # before a small word it may open a name; a name, a place, a rare word keep theirs
        "The Relationship between expression and survival in cancer",
        "The State of the world's children in practice",
        "A Bayesian approach to sample size in trials",
        "The Netherlands cohort study on diet and cancer",
        "The Lancet commission on global surgery and health",
        "A Phase 2 study of nivolumab in cancer",
        # not the opening article's word
        "Modification of A Serum bottle for the roll tube technique",
    ],
)
def test_what_the_opening_article_rule_leaves_alone(lint, title):
    assert lint(vancouver(title), select=["RL587"]) == []


@pytest.mark.parametrize(
    ("title", "word"),
    [
        (
            "Genome-wide profiling of transcription at Nucleotide resolution in human cells",
            "Nucleotide",
        ),
        ("Estrogen and Progesterone hormone receptor expression in oral cancer", "Progesterone"),
        ("In vitro digestibility of Alfalfa protein in growing lambs", "Alfalfa"),
    ],
)
def test_a_common_word_between_words_in_lower_case(lint, title, word):
    (finding,) = lint(vancouver(title), select=["RL587"])
    assert finding.message.startswith(f"`{word}` capitalised inside a title in sentence case")
    assert "between words in lower case" in finding.message


@pytest.mark.parametrize(
    "title",
    [
        # after an article it may open a name; a virus's species name opens with a capital
        "Fat body depletion during diapause in adults of the Solitary bee in spring",
        "Screening the watermelon collection for resistance to Papaya ringspot virus",
        # a genus before a short epithet, a compound, a name and a word no dictionary knows
        "Allergens in a core collection of Glycine max accessions in soybean",
        "Detection model of the target in Four-screen intersection testing systems",
        "Seasonal influenza in Boston hospitals during the winter months",
        "Degradation via Proteolytic mechanisms in yeast cells",
        "Sources of wheat resistance to Sunn pest in northern Syria",  # a rare word: a name's
    ],
)
def test_what_the_lower_case_neighbours_evidence_leaves_alone(lint, title):
    assert lint(vancouver(title), select=["RL587"]) == []


def test_a_short_title_with_a_main_word_in_lower_case_is_held_to_sentence_case(lint):
    # entry 7 writes `untranslated` in lower case; `regions` shows the short title is no title case
    extra = (
        "7. Ng A, Chu B. Shortening of untranslated regions in cancer cells. J Cell Biol. "
        "2018;148:1-9.\n"
    )
    text = vancouver("Regulation by 3'-Untranslated regions") + extra
    assert [e for e, _ in found(lint, text, "RL587")] == [1]
    title_case = vancouver("Regulation by 3'-Untranslated Regions") + extra
    assert found(lint, title_case, "RL587") == []


def test_places_names_do_not_count_against_sentence_case(lint):
    # half the title's long words are capitalised, but `Lagos` and `Nigeria` are places
    extra = (
        "7. Ng A, Chu B. Residues of organochlorine insecticides in soils. J Environ Sci. "
        "2018;148:1-9.\n"
    )
    title = "Analysis of Organochlorine pesticide residues in beans from Lagos State, Nigeria"
    assert [e for e, _ in found(lint, vancouver(title) + extra, "RL587")] == [1]


def test_one_finding_per_title_and_the_fix_lowers_every_word(lint):
    text = vancouver(
        "Relapsed Malignancies and Mercury-Containing preparations in children and their parents"
    )
    (finding,) = lint(text, select=["RL587"])
    assert "`Malignancies`, `Containing`" in finding.message
    fixed = apply_edits(text, finding.edits)
    assert fixed is not None
    assert "Relapsed malignancies and Mercury-containing preparations" in fixed


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "1. Laport, G. G. (2011). Killer cells for relapsed hematologic Malignancies in adults."
            " Biology of Blood and Marrow Transplantation, 17, 1679-1687.\n" + APA,
            1,
        ),
        (
            '[1] G. G. Laport, "Killer cells for relapsed hematologic Malignancies in adults,"'
            " Biol. Blood Marrow Transplant., vol. 17, pp. 1679-1687, 2011.\n" + IEEE,
            1,
        ),
    ],
)
def test_other_styles(lint, text, entry):
    assert [e for e, _ in found(lint, text, "RL587")] == [entry]


@pytest.mark.parametrize(
    "title",
    [
        "Structures of the Protein Data Bank and their ligands",  # a run of capitals: a name
        "Annotation of genes with the Gene Ontology in mammals",
        "Guidelines of the World Health Organization for malaria",
        "The Adaptor Protein CARD9 protects against colon cancer",
        "Cohort studies in the UK Biobank and their limits",  # beside an acronym
        "Open Genes: a database of genes associated with ageing",  # a short named head
        "Metformin in Type 2 diabetes among older adults",  # a word before a number
        "Outcomes of Phase III trials in lung cancer",
        "Bayesian inference of Gaussian processes in ecology",  # proper adjectives
        "Cognitive decline in Alzheimer's disease and Parkinson's disease",  # eponyms
        "Migration of European workers and their families",  # a nation's adjective
        "Health of Black women in rural counties",  # a word that is also a name
        "Industrial pollution by Mercury in rivers",
        "Clinical course of Candida infections in neonates",  # a genus
        "Vitamin production by engineered Lactobacillus reuteri strains",
        "Long-term outcomes in children: Implications for practice",  # a subtitle
        "Long-term outcomes in children – Implications for practice",
        "Long-term outcomes in children (Review of the evidence)",
        "Forest cover mapped from Sentinel-2 imagery in the tropics",  # an everyday word numbered
        "Notch signalling in the development of the intestine",  # a bare singular
        "Validation of the Smith criteria in general practice",  # an author's name
    ],
)
def test_what_rl587_leaves_alone(lint, title):
    authors = "Smith J, Jones K" if "Smith" in title else "Laport GG, Sheehan K"
    assert found(lint, vancouver(title, authors), "RL587") == []


def test_a_title_case_list_is_left_alone(lint):
    text = (
        "1. Laport GG. Killer Cells for Patients With Relapsed Hematologic Malignancies. Biol"
        " Blood Marrow Transplant. 2011;17:1679-87.\n"
        "2. Weber L. Habitat Loss and the Decline of Pollinators in Farmland. J Ecol."
        " 2001;89:1-12.\n"
        "3. Adams RT. Regional Variation in Hospital Admissions for Childhood Asthma. BMJ."
        " 2002;324:3-4.\n"
        "4. Kim H. Natural Killer Cells in the Control of Solid Tumours. Cancer Res."
        " 2016;76:112-20.\n"
        "5. Ruiz A. Checkpoint Blockade and the Response of the Tumour Microenvironment. Nat Med."
        " 2019;25:44-52.\n"
        "6. Park J. Antigen escape after chimeric antigen receptor therapy in hematologic"
        " Malignancies. Blood. 2020;135:10-19.\n"
    )
    assert found(lint, text, "RL587") == []


@pytest.mark.parametrize(
    "title",
    [
        "Die Bedeutung der Entzündung für chronische Erkrankungen und Zellen",  # German
        "Avaliação das Infecções hospitalares em pacientes internados no Brasil",  # Portuguese
        "KILLER CELLS FOR RELAPSED HEMATOLOGIC MALIGNANCIES IN ADULTS",  # capitals
    ],
)
def test_titles_not_in_english_or_in_capitals_are_left_alone(lint, title):
    assert found(lint, vancouver(title), "RL587") == []


def test_a_short_list_has_no_case_to_hold_a_title_to(lint):
    text = (
        "1. Laport GG. Killer cells for relapsed hematologic Malignancies in adults. Biol Blood"
        " Marrow Transplant. 2011;17:1679-87.\n"
        "2. Weber L. Habitat loss and the decline of pollinators. J Ecol. 2001;89:1-12.\n"
    )
    assert found(lint, text, "RL587") == []


# --- RL588 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "genus"),
    [
        (
            vancouver("Inhibition of cell division in escherichia coli by electrolysis products"),
            "Escherichia",
        ),
        (
            "1. Liu, Z., & Li, Y. (2022). Intestinal candida albicans promotes hepatocarcinogenesis"
            " by up-regulating NLRP6. Frontiers in Microbiology, 13, 812771.\n" + APA,
            "Candida",
        ),
        (
            '[1] C. Y. Wang and S. Dawid, "ABC transporter content diversity in streptococcus'
            ' pneumoniae impacts competence regulation," Proc. Natl. Acad. Sci. USA, vol. 115,'
            " pp. 5776-5785, 2018.\n" + IEEE,
            "Streptococcus",
        ),
        (  # an epithet that is also an English word
            vancouver("Drug resistance of mycobacterium tuberculosis in Kenya"),
            "Mycobacterium",
        ),
        (  # a tree, with a place in lower case beside it
            vancouver("Climatic shifts in the distribution of teak (tectona grandis) in asia"),
            "Tectona",
        ),
    ],
)
def test_a_genus_in_lower_case(lint, text, genus):
    findings = lint(text, select=["RL588"])
    assert [d.entry for d in findings] == [1]
    assert f"`{genus}`" in findings[0].message
    assert findings[0].severity is Severity.WARNING
    fixed = apply_edits(text, findings[0].edits)
    assert fixed is not None
    assert f"{genus} " in fixed


def test_a_binomial_in_a_compound(lint):
    text = vancouver("Cytokines released by escherichia coli-infected macrophages in mice")
    assert [m.split("`")[1] for _, m in found(lint, text, "RL588")] == ["escherichia"]


def test_each_binomial_is_a_finding(lint):
    text = vancouver("Co-infection by candida albicans and staphylococcus aureus in mice")
    assert [m.split("`")[1] for _, m in found(lint, text, "RL588")] == ["candida", "staphylococcus"]


CLINICAL = """\
1. Ahmed S, Brown T. Glycaemic control in diabetes mellitus after bariatric surgery. Lancet. \
2015;385:1-9.
2. Chen L, Diaz R. Outcomes of status epilepticus in adults treated in intensive care. Neurology. \
2016;86:2-10.
3. Evans P, Ford M. Renal involvement in systemic lupus erythematosus: a cohort study. Ann Rheum \
Dis. 2017;76:3-11.
4. Gray K, Hill N. Herpes zoster vaccination in older adults. N Engl J Med. 2018;378:4-12.
5. Ito Y, Jang S. Antifungal activity in vitro and in vivo against candida biofilms. Antimicrob \
Agents Chemother. 2019;63:5-13.
6. Khan A, Lopez M. Bacillus Calmette-Guérin and bladder cancer: bacillus calmette-guerin \
revisited. Eur Urol. 2019;75:6-14.
7. Moore J, Nash P. Salmonella infection and listeria outbreaks in processed foods. Food Microbiol. \
2020;90:7-15.
8. Ortiz D, Pratt E. Drosophila larvae and arabidopsis roots as models of development. Dev Biol. \
2020;460:8-16.
9. Quinn R, Roy S. Acanthamoeba keratitis in contact lens wearers. Ophthalmology. 2021;128:9-17.
10. Shah V, Tan W. Growth of E. coli and Escherichia coli K-12 in minimal media. J Bacteriol. \
2021;203:10-18.
11. Uddin M, Vega L. candida albicans in a title all in lower case. J Infect. 2022;84:11-19.
12. Wong A, Xu B. Aspergillus species and aspergillus hyphae in chronic sinusitis. Med Mycol. \
2022;60:12-20.
"""


def test_clinical_titles_with_medical_latin_are_left_alone(lint):
    assert found(lint, CLINICAL, "RL588") == []
    assert found(lint, CLINICAL, "RL587") == []


def test_a_title_not_in_english_is_left_alone(lint):
    text = vancouver("Composición química de los aceites esenciales de rosa canina en los Andes")
    assert found(lint, text, "RL588") == []


def test_both_rules_take_linear_time(lint):
    title = "Effects of Malignancies on candida albicans and the outcome in adults"

    def run(n: int):
        entries = "".join(
            f"{i}. Kim H, Lee S. {title} number {i}. J Ecol. 2001;89:1-12.\n"
            for i in range(1, n + 1)
        )
        return lambda: lint(entries, select=["RL587", "RL588"])

    assert_linear(run(200), run(400), bound=3.0, what="RL587 and RL588 on 200 and 400 entries")


def test_a_word_the_list_lowers_is_held_to_it_before_a_year(lint):
    """`care in Diabetes 2018`: the list writes `diabetes` in lower case, and a group author's
    words (`American Diabetes Association`) are no person's name."""
    text = (
        "1. American Diabetes Association. Management of diabetes in pregnancy: standards of "
        "medical care in Diabetes 2018. Diabetes Care. 2018;41:S137-43.\n"
        "7. Lowe WL, Scholtens DM. Maternal glucose and the risk of diabetes in the offspring. "
        "Diabetologia. 2019;62:598-610.\n" + VANCOUVER
    )
    assert [d.entry for d in lint(text, select=["RL587"])] == [1]


@pytest.mark.parametrize(
    "title",
    [
        "A protocol for a Horizon 2020 project on responsible research in schools",
        "Progress towards the goals of Vision 2030 in primary care",
        "Standards of medical care in Diabetes 2018 for adults in primary care",
    ],
)
def test_a_name_before_a_year_is_left_alone(lint, title):
    """A programme's name before its year, and a word the list never writes in lower case."""
    assert found(lint, vancouver(title), "RL587") == []


def test_a_hemisphere_after_a_degree_sign_makes_no_run_of_capitals(lint):
    """`34.5°S During 2009–2017`: the `S` is a hemisphere, not a word of a name, so `During`
    stands alone and the list's `during` in lower case (before a year, more often than not) is
    the evidence; the same in APA."""
    during = (
        "7. Ng A, Chu B. Sea ice loss during polar night. J Clim. 2018;31:1-9.\n"
        "8. Roy E. Ocean heat uptake during the hiatus. Nat Clim Chang. 2016;6:1-9.\n"
    )
    text = vancouver("Overturning transport at 34.5°S During 2009–2017 in the basin") + during
    assert [d.entry for d in lint(text, select=["RL587"])] == [1]
    apa = (
        "1. Meinen, C. S. (2018). Overturning transport at 34.5°S During 2009–2017 in the basin."
        " Geophysical Research Letters, 45, 4180–4188.\n"
        "7. Ng, A. (2018). Sea ice loss during polar night. Journal of Climate, 31, 1–9.\n"
        "8. Roy, E. (2016). Ocean heat uptake during the hiatus. Nature Climate Change, 6, 1–9.\n"
        + APA
    )
    assert [d.entry for d in lint(apa, select=["RL587"])] == [1]


@pytest.mark.parametrize(
    "title",
    [
        # a capital letter not after a degree sign still makes a run (`Vitamin D Receptor`)
        "Signalling through the Vitamin D Receptor During infection",
        # a degree sign before a capital that starts a name: the name's own run
        "Growth at 37°C in Dulbecco's Modified Eagle Medium",
    ],
)
def test_a_capital_beside_a_letter_or_a_name_stays_alone(lint, title):
    during = (
        "7. Ng A, Chu B. Sea ice loss during polar night. J Clim. 2018;31:1-9.\n"
        "8. Roy E. Ocean heat uptake during the hiatus. Nat Clim Chang. 2016;6:1-9.\n"
    )
    assert found(lint, vancouver(title) + during, "RL587") == []


def test_a_compound_with_a_lower_case_tail_is_no_word_of_a_name(lint):
    """`a Convection-permitting GCM`: beside the acronym, but a name would capitalise
    `permitting` too; the list writes `convection` in lower case. `Protein-coding RNA` stays
    alone where the list never lowers `protein`."""
    convection = (
        "7. Ng A, Chu B. Deep convection in a warming climate. J Clim. 2018;31:1-9.\n"
        "8. Roy E. Organised convection over the tropics. Nat Clim Chang. 2016;6:1-9.\n"
    )
    text = (
        vancouver("Rainfall extremes in a Convection-permitting GCM over tropical western regions")
        + convection
    )
    assert [d.entry for d in lint(text, select=["RL587"])] == [1]
    alone = (
        vancouver("Rainfall extremes in a Protein-coding RNA model of cellular stress responses")
        + convection
    )
    assert found(lint, alone, "RL587") == []


@pytest.mark.parametrize(
    "title",
    [
        "Essential oil of Oliveria decumbens Vent. and its activity against bacteria",
        "Composition of the essential oil of Thymus daenensis Celak from western Iran",
        "Antifungal activity of Origanum ehrenbergii Boiss essential oil on stored grain",
    ],
)
def test_an_authority_after_a_binomial_keeps_its_capital(lint, title):
    # the list writes `vent` in lower case in another title: no evidence against an authority
    text = vancouver(title) + (
        "7. Ng A, Chu B. A vent and a boiss and celak for the drying of grain. J Food Eng."
        " 2018;48:1-9.\n"
    )
    assert found(lint, text, "RL587") == []
    # the same word after a common noun, not a binomial, is still a slip
    text = vancouver("Essential oil of the decumbent plant Vent and its activity") + (
        "7. Ng A, Chu B. A vent for the drying of grain. J Food Eng. 2018;48:1-9.\n"
    )
    assert [e for e, _ in found(lint, text, "RL587")] == [1]


# --- RL587: a book's title in title case among an APA list's sentence-case titles ----------------

APA_BOOKS = """\
Bartlett, F. C. (1932). Remembering: A study in experimental and social psychology. Cambridge University Press.
Berlin, B., & Kay, P. (1969). Basic color terms: Their universality and evolution. University of California Press.
Gardner, H. (1983). Frames of mind: The theory of multiple intelligences. Basic Books.
Sternberg, R. J. (1988). The triarchic mind: A new theory of human intelligence. Viking.
Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.
Rymer, R. (1993). {title}. HarperCollins.
Lenneberg, E. H. (1967). Biological foundations of language. Wiley.
Kay, P., & Kempton, W. (1984). What is the Sapir-Whorf hypothesis? American Anthropologist, 86(1), 65-79.
Miller, G. A. (1956). The magical number seven, plus or minus two: Some limits on our capacity for processing information. Psychological Review, 63(2), 81-97.
Tversky, A., & Kahneman, D. (1974). Judgment under uncertainty: Heuristics and biases. Science, 185(4157), 1124-1131.
Wason, P. C. (1960). On the failure to eliminate hypotheses in a conceptual task. Quarterly Journal of Experimental Psychology, 12(3), 129-140.
Neisser, U., & Boodoo, G. (1996). Intelligence: Knowns and unknowns. American Psychologist, 51(2), 77-101.
"""


def test_a_book_title_in_title_case_among_an_apa_lists_sentence_case_books(lint):
    text = "References\n\n" + APA_BOOKS.format(title="Genie: A Scientific Tragedy")
    got = found(lint, text, "RL587")
    assert [e for e, _ in got] == [6]
    assert "`Scientific`, `Tragedy`" in got[0][1] and "title in title case" in got[0][1]
    # the fix lowers the common words and leaves the title's first word and its name alone
    (d,) = lint(text, select=["RL587"])
    assert "Genie: A scientific tragedy." in apply_edits(text, d.edits)


@pytest.mark.parametrize(
    "change",
    [
        # the list's books printed as their publishers print them: title case is its habit
        {
            "Biological foundations of language": "Biological Foundations of Language",
            "Thinking, fast and slow": "Thinking, Fast and Slow",
            "Frames of mind: The theory of multiple intelligences": "Frames of Mind: The Theory of Multiple Intelligences",
        },
        # dated as Vancouver dates, not as APA does: the style keeps a title as published
        {
            "(1932).": "1932.",
            "(1969).": "1969.",
            "(1983).": "1983.",
            "(1988).": "1988.",
            "(2011).": "2011.",
            "(1993).": "1993.",
            "(1967).": "1967.",
            "(1984).": "1984.",
            "(1956).": "1956.",
            "(1960).": "1960.",
            "(1974).": "1974.",
            "(1996).": "1996.",
        },
    ],
)
def test_a_title_case_book_stays_silent_without_the_lists_evidence(lint, change):
    text = APA_BOOKS.format(title="Genie: A Scientific Tragedy")
    for old, new in change.items():
        text = text.replace(old, new)
    assert [e for e, m in found(lint, "References\n\n" + text, "RL587") if "title case" in m] == []


@pytest.mark.parametrize(
    "title",
    [
        "Genie: A scientific tragedy",  # sentence case
        "Linguistics in Northern Ireland",  # a name, not a main word capitalised
        "Natural Selection in the wild",  # a main word in lower case: not title case
    ],
)
def test_a_book_title_not_in_title_case_stays_silent(lint, title):
    text = "References\n\n" + APA_BOOKS.format(title=title)
    assert [e for e, m in found(lint, text, "RL587") if "title case" in m] == []


def test_a_series_in_title_case_closing_a_books_title_is_left_alone(lint):
    text = vancouver("Scrambling and information structure (Dissertations in Linguistics)")
    assert found(lint, text, "RL587") == []
    # a parenthesis in sentence case is the title's own words, held to its case
    text = vancouver("Outcomes in hematologic Malignancies (a review of the evidence)")
    assert [e for e, _ in found(lint, text, "RL587")] == [1]


LINGUISTICS = """\
References
Bergen, Benjamin. 2005. Embodied Construction Grammar in language understanding. Cognitive \
Linguistics 16(2). 147–190.
Goldberg, Adele. 2013. Explanation and Constructions: Response to Adger. Mind and Language \
28(4). 479–491.
Goldberg, Adele. 2004. The English resultative as a family of Constructions. Language 80(3). \
532–568.
Goldberg, Adele. 2013. Argument structure Constructions vs. lexical rules. Mind and Language \
28(4). 435–465.
Croft, William. 2003. Lexical rules vs. constructions: A false dichotomy. Lingua 113. 1–20.
Kay, Paul. 1999. Grammatical constructions and linguistic generalizations. Language 75(1). 1–33.
Smith, Ann. 2010. The syntax of negation in three languages. Lingua 120. 10–40.
Jones, Bob. 2012. Prosody and the structure of the clause. Language 88(2). 90–120.
"""


def test_a_theorys_term_the_list_capitalises_throughout_is_left_alone(lint):
    assert found(lint, LINGUISTICS, "RL587") == []
    # without the singular's capital (`Construction Grammar`), three capitals are title case
    # left over, as a clinical list's `Malignancies` is
    lowered = LINGUISTICS.replace("Embodied Construction Grammar", "Embodied grammar")
    assert [e for e, _ in found(lint, lowered, "RL587")] == [3, 4]
