"""RL554 (a title opening in lower case), RL555 (an eponym in lower case) and RL556 (an element's
symbol in lower case), in several styles and fields, with the titles where each must stay
silent: symbols and names that open in lower case, lists in lower case throughout, Portuguese,
Spanish and German titles. Lists written here."""

from __future__ import annotations

import pytest

from refslint.api import Severity
from refslint.fixes import apply_edits
from tests.rules.title_lists import APA, IEEE, VANCOUVER


def vancouver(title: str) -> str:
    return f"1. Laport GG, Sheehan K. {title}. Biol Blood Marrow Transplant. 2011;17:1679-87.\n{VANCOUVER}"


def codes(lint, text: str, code: str) -> list[int | None]:
    return [d.entry for d in lint(text, select=[code])]


# --- RL554 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        vancouver("relationships of dental caries and malocclusion with quality of life"),
        "1. Laport, G. G. (2011). relationships of dental caries and malocclusion with quality of "
        "life. Biology of Blood and Marrow Transplantation, 17, 1679-1687.\n" + APA,
        '[1] G. G. Laport, "relationships of dental caries and malocclusion with quality of life," '
        "Biol. Blood Marrow Transplant., vol. 17, pp. 1679-1687, 2011.\n" + IEEE,
    ],
    ids=["vancouver", "apa", "ieee"],
)
def test_a_title_opening_in_lower_case_is_flagged_in_each_style(lint, text):
    (finding,) = lint(text, select=["RL554"])
    assert finding.entry == 1
    assert finding.severity is Severity.WARNING
    assert "`relationships`" in finding.message
    fixed = apply_edits(text, finding.edits)
    assert fixed is not None and "Relationships of dental caries" in fixed


@pytest.mark.parametrize(
    "title",
    [
        "mRNA vaccines against influenza in older adults",
        "p53 mutations in human cancers and their outcome",
        "iPhone use among adolescents in rural schools",
        "eIF4A1 controls the translation of oncogenes in leukaemia",
        "pH of the gut and the growth of bacteria in infants",
        "tRNA fragments in the serum of patients with sepsis",
        "n-3 fatty acids and the risk of cardiovascular disease",
        "α-synuclein aggregates in the brains of older adults",
        "trans-resveratrol and the survival of cultured neurons",
        "in vitro activity of new antibiotics against resistant bacteria",
        "de novo mutations in children with severe intellectual disability",
        "von Willebrand factor in the plasma of patients with sepsis",
        "vegan: community ecology package for the analysis of species",
        "limma powers differential expression analyses for sequencing studies",
    ],
)
def test_words_that_open_in_lower_case_in_any_style_are_left_alone(lint, title):
    assert codes(lint, vancouver(title), "RL554") == []


@pytest.mark.parametrize(
    ("title", "printed", "wanted"),
    [
        ("hemical Composition and Antimicrobial Activity of Thyme Oil", "hemical", "Chemical"),
        (
            "ntibacterial activity of plant extracts on resistant bacteria",
            "ntibacterial",
            "Antibacterial",
        ),
        ("rowth of bacteria in the gut of infants fed on formula", "rowth", "Growth"),
    ],
)
def test_a_title_that_lost_its_first_letter(lint, title, printed, wanted):
    (finding,) = lint(vancouver(title), select=["RL554"])
    assert finding.entry == 1
    assert f"has lost its first letter (`{printed}`)" in finding.message
    assert f"write `{wanted}`" in finding.message


@pytest.mark.parametrize(
    "title",
    [
        "lavaan: an R package for structural equation modeling",  # a package, before its colon
        "limma powers differential expression analyses for sequencing studies",
        "ecipe: a package for the preprocessing of data in statistical models",  # a tool's name
    ],
)
def test_a_lower_case_word_that_is_no_lost_letter_passes(lint, title):
    assert codes(lint, vancouver(title), "RL554") == []


def test_a_list_in_lower_case_throughout_is_left_alone(lint):
    lowered = vancouver("relationships of dental caries and quality of life")
    for word in ("Habitat", "Regional", "Natural", "Checkpoint", "Antigen"):
        lowered = lowered.replace(word, word.lower())
    assert codes(lint, lowered, "RL554") == []


def test_a_title_cut_after_a_number_is_left_alone(lint):
    """`2006 update of ...`: the grammar read the number as another element; the title's first
    word is `2006`, not `update`."""
    text = vancouver("2006 update of recommendations for the use of white blood cell factors")
    assert codes(lint, text, "RL554") == []


@pytest.mark.parametrize(
    "title",
    [
        "relações entre cárie dentária e qualidade de vida em adolescentes brasileiros",
        "análisis de la mortalidad infantil en las regiones rurales de México",
        "über die Verteilung der Arten in den Wäldern des Schwarzwaldes",
    ],
)
def test_titles_not_in_english_are_left_alone(lint, title):
    assert codes(lint, vancouver(title), "RL554") == []


TITLE_CASE = [
    "Habitat Loss and the Decline of Pollinators in Farmland",
    "Regional Variation in Hospital Admissions for Childhood Asthma",
    "Natural Killer Cells in the Control of Solid Tumours",
    "Checkpoint Blockade and the Response of the Tumour Microenvironment",
    "Antigen Escape after Chimeric Antigen Receptor Therapy in Children",
    "Teaching the Pelvic Examination to Medical Students with Simulated Patients",
    "Feedback from Standardised Patients in Clinical Skills Training",
    "Learning Clinical Reasoning at the Bedside: A Qualitative Study",
    "Peer Assessment in Undergraduate Medical Education for the Wards",
]


def chicago(titles: list[str]) -> str:
    """A list in the notes style of Wiley's journals, titles in title case within quotes."""
    return "".join(
        f'{i}. H. Arksey and L. Malley, "{t}," Medical Education {i} (2005): 19-32.\n'
        for i, t in enumerate(titles, 1)
    )


def test_an_article_capitalised_after_a_preposition_in_title_case(lint):
    text = chicago(["Scoping Studies: Towards A Methodological Framework", *TITLE_CASE])
    (finding,) = lint(text, select=["RL554"])
    assert finding.entry == 1 and "`A`" in finding.message
    fixed = apply_edits(text, finding.edits)
    assert fixed is not None and "Towards a Methodological Framework" in fixed


def test_a_sentence_case_title_among_title_case_ones(lint):
    text = chicago([*TITLE_CASE, "Smartphone fundoscopy"])
    assert [(d.entry, "sentence case" in d.message) for d in lint(text, select=["RL554"])] == [
        (10, True)
    ]


def test_one_title_in_five_in_sentence_case_is_a_slip(lint):
    """Two sentence-case titles among nine in title case; one keeps a name's capital."""
    slips = [
        "Inferring sparse graphical models with latent structure",
        "Multilevel Gaussian graphical model for multilevel networks",
    ]
    found = lint(chicago([*TITLE_CASE, *slips]), select=["RL554"])
    assert [(d.entry, "title in sentence case" in d.message) for d in found] == [
        (10, True),
        (11, True),
    ]


def test_main_words_left_in_lower_case_in_a_title_case_title(lint):
    text = chicago([*TITLE_CASE, "The Cluster Graphical Lasso for improved estimation of Networks"])
    (finding,) = lint(text, select=["RL554"])
    assert finding.entry == 10
    assert "main words in lower case (`improved`, `estimation`)" in finding.message


@pytest.mark.parametrize(
    "title",
    [
        "Interactions between Genes and Environment through Early Childhood",  # prepositions
        "Sparse Inverse Covariance Estimation with the Graphical lasso",  # one word alone
        "Growth of Aspergillus niger and Penicillium chrysogenum in Culture",  # epithets
        "In vitro and in vivo Activity of Long-term Antibiotic Treatment",  # Latin, compound
    ],
)
def test_small_words_and_one_lower_word_in_title_case_pass(lint, title):
    assert codes(lint, chicago([*TITLE_CASE, title]), "RL554") == []


@pytest.mark.parametrize(
    "title",
    [
        "Vitamin A Deficiency in Children of Rural Districts",  # a name's letter, after a noun
        "Outbreaks of Hepatitis A Virus among Children at School",
        "Type A Aortic Dissection in Young Adults",
        "Smartphone Fundoscopy",
    ],
)
def test_title_case_left_alone(lint, title):
    assert codes(lint, chicago([title, *TITLE_CASE]), "RL554") == []


def test_a_list_that_capitalises_its_small_words_keeps_its_articles(lint):
    """Start case (`Of`, `And`, `The` capitalised): `Towards A` follows the list's own habit."""
    start_case = [t.replace(" and ", " And ").replace(" the ", " The ") for t in TITLE_CASE]
    start_case = [t.replace(" of ", " Of ").replace(" in ", " In ") for t in start_case]
    text = chicago(["Scoping Studies: Towards A Methodological Framework", *start_case])
    assert codes(lint, text, "RL554") == []


def test_a_mixed_list_has_no_case_to_hold_a_title_to(lint):
    mixed = [
        *TITLE_CASE[:5],
        "Teaching the pelvic examination to medical students",
        "Feedback from standardised patients in clinical skills training",
        "Learning clinical reasoning at the bedside: a qualitative study",
        "Peer assessment in undergraduate medical education",
    ]
    assert codes(lint, chicago([*mixed, "Smartphone fundoscopy"]), "RL554") == []


# --- RL555 ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "written", "wanted"),
    [
        ("Genomic surveillance of zika virus in the Amazon region", "zika", "Zika"),
        ("Cognitive decline in alzheimer's disease over ten years", "alzheimer", "Alzheimer"),
        ("Survival by kaplan-meier curves after cancer surgery", "kaplan-meier", "Kaplan-Meier"),
        ("Heart defects in children with down syndrome in Brazil", "down", "Down"),
        ("Hidden markov models for the analysis of gene expression", "markov", "Markov"),
        ("Solutions of the schrödinger equation in curved space", "schrödinger", "Schrödinger"),
        ("Outbreaks of west nile virus in horses and birds", "west nile", "West Nile"),
        ("Surface-enhanced raman spectroscopy of single molecules", "raman", "Raman"),
        ("Trafficking of proteins through the golgi apparatus", "golgi", "Golgi"),
        ("Spam filtering with naive bayes classifiers at scale", "bayes", "Bayes"),
        ("Estimates of gibbs free energy for protein folding", "gibbs", "Gibbs"),
    ],
)
def test_an_eponym_in_lower_case_is_a_hint(lint, title, written, wanted):
    text = vancouver(title)
    (finding,) = lint(text, select=["RL555"])
    assert finding.entry == 1
    assert finding.severity is Severity.INFO
    assert f"`{written}`" in finding.message and f"`{wanted}`" in finding.message
    fixed = apply_edits(text, finding.edits)
    assert fixed is not None and wanted in fixed


@pytest.mark.parametrize(
    "title",
    [
        "Genomic surveillance of Zika virus in the Amazon region",
        "Prices went down the line after the reform of the markets",  # an English word
        "The graves of the soldiers and the memory of the war in Europe",
        "Neutralising anti-ebola antibodies from survivors of the epidemic",  # a compound's piece
        "Vigilância genômica do vírus zika na região amazônica do Brasil",  # Portuguese
        "Análisis de la enfermedad de alzheimer en pacientes de edad avanzada",  # Spanish
        "GENOMIC SURVEILLANCE OF ZIKA VIRUS IN THE AMAZON REGION",  # in capitals
    ],
)
def test_eponyms_left_alone(lint, title):
    assert codes(lint, vancouver(title), "RL555") == []


@pytest.mark.parametrize(
    ("title", "written", "wanted"),
    [
        # a tabled name's `-ian` and plural forms, `non-` before them
        ("Open quantum systems: Markovian versus non-markovian dynamics", "markovian", "Markovian"),
        ("Optimal control methods for rapidly time-varying hamiltonians", "hamiltonians", "Hamiltonians"),
        ("A bayesian approach to the estimation of informed trading", "bayesian", "Bayesian"),
        # two names joined before the noun they name
        ("Quantum walks as models of the klein-gordon and wave equations", "klein-gordon", "Klein-Gordon"),
        ("Numerical solutions of the navier-stokes equations in a channel", "navier-stokes", "Navier-Stokes"),
        # a word no dictionary knows before such a noun
        ("Efficient algorithms for optimal control: the krotov method unencumbered", "krotov", "Krotov"),
        ("On the expressive power of (petri-net-based) workflow languages", "petri", "Petri"),
        ("Convergence of the lanczos algorithm in finite precision arithmetic", "lanczos", "Lanczos"),
    ],
)  # fmt: skip
def test_a_name_read_from_its_form_in_lower_case(lint, title, written, wanted):
    (finding,) = lint(vancouver(title), select=["RL555"])
    assert f"`{written}`" in finding.message and f"`{wanted}`" in finding.message


@pytest.mark.parametrize(
    "title",
    [
        "The Klein-Gordon equation, non-Markovian dynamics and Hamiltonians of the Krotov method",
        "The time-dependent wave equation and the master equation of open systems",
        "A black-white model of the brown-field method for the simplex method",
        "Neutral networks and the newton method for the heat equation in two dimensions",
        "Training deep nets with the sgd algorithm and the mcmc method for sampling",
        "Anti-markovian pieces of compound words and the post-hamiltonian era of mechanics",
        "Deterministic quantum walks and the discrete models of the lattice equations",
    ],
)
def test_names_read_from_their_form_left_alone(lint, title):
    assert codes(lint, vancouver(title), "RL555") == []


def test_rl576_leaves_rl555s_names_to_it(lint):
    """A list that prints `Hodgkin` and lowers it elsewhere: one finding, RL555's."""
    text = vancouver("Relapsed or refractory hodgkin lymphoma in young adults") + (
        "7. Ansell SM, Lesokhin AM. Treatment of Hodgkin lymphoma with checkpoint blockade in "
        "adults. N Engl J Med. 2015;372:311-9.\n"
    )
    found = [(d.entry, d.code) for d in lint(text, select=["RL555", "RL576"])]
    assert found == [(1, "RL555")]


# --- RL556 ----------------------------------------------------------------------------------------

MATERIALS = """\
[2] Zhao Q and Liu X 2016 Influences of Fe, Si and homogenization on electrical conductivity of \
dilute Al-Mg-Si alloy J. Alloys Compd. 666 50-7
[3] Li B, Wang Y and Gao B 2021 Extraction of Al from coarse Al-Si alloy by the selective \
liquation method Materials 14 3680
[4] Ma C and He X 2014 Melting purification process and refining effect of 5083 Al-Mg alloy \
Trans. Nonferrous Met. Soc. China 24 1346-51
"""


def materials(title: str) -> str:
    return f"[1] Mazahery A and Shabani M O 2014 {title} JOM 66 726-38\n{MATERIALS}"


@pytest.mark.parametrize(
    ("title", "written", "wanted"),
    [
        ("Modification mechanism of eutectic si in casting alloys: a review", "si", "Si"),
        ("Removal of low-content impurities from al by super-gravity", "al", "Al"),
        ("Behavior of al4c3 particles during flotation in aluminum melts", "al4c3", "Al4C3"),
    ],
)
def test_a_symbol_the_list_prints_is_flagged_in_lower_case(lint, title, written, wanted):
    text = materials(title)
    (finding,) = lint(text, select=["RL556"])
    assert finding.entry == 1
    assert finding.severity is Severity.WARNING
    assert f"`{written}`" in finding.message and f"`{wanted}`" in finding.message
    fixed = apply_edits(text, finding.edits)
    assert fixed is not None and wanted in fixed


def test_a_symbol_in_vancouver_style(lint):
    text = (
        "1. Mazahery A, Shabani MO. Modification mechanism of eutectic si in casting Al-Si "
        "alloys. JOM. 2014;66:726-38.\n" + VANCOUVER
    )
    assert codes(lint, text, "RL556") == [1]


@pytest.mark.parametrize(
    "title",
    [
        "Modification mechanism of eutectic Si in casting alloys: a review",
        "Uptake of co2 by cast alloys in humid air at high temperature",  # CO2 or Co2
        "Growth of the oxide as in earlier studies of the melt at high temperature",
        "Casting of alloys as described by Smith et al in earlier work",  # `et al`
        "Análisis de la fundición si el metal contiene impurezas de hierro",  # Spanish
    ],
)
def test_symbols_left_alone(lint, title):
    assert codes(lint, materials(title), "RL556") == []


def test_a_list_that_prints_no_symbols_learns_none(lint):
    text = vancouver("Eutectic si phases in the clinical literature on bone cement")
    assert codes(lint, text, "RL556") == []


def test_german_titles_capitalising_nouns_stay_silent(lint):
    text = (
        "1. Müller H, Schmidt K. Die Verteilung der Arten in den Wäldern des Schwarzwaldes. "
        "Forstwiss Centralbl. 2001;120:1-12.\n"
        "2. Weber L, Ortiz M. Der Einfluss von Al und Si auf die Festigkeit von Gusslegierungen. "
        "Giesserei. 2003;90:44-9.\n"
        "3. Adams RT. Über die Verteilung der Krankheiten in ländlichen Regionen. Gesundheitswesen. "
        "2002;64:3-4.\n"
        "4. Kim H, Lee S. Die Behandlung der Alzheimer-Krankheit im Alter. Nervenarzt. "
        "2016;87:112-20.\n"
        "5. Park J, Cho K. Zur Geschichte der Medizin im Mittelalter. Medizinhist J. "
        "2020;55:10-19.\n"
    )
    assert [d.code for d in lint(text, select=["RL554", "RL555", "RL556"])] == []


# --- cost -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("RL556", "cococococococococo-"),  # a long lower-case token: no reading is tried twice
        ("RL556", "al4co3co2co1x9 si"),
        ("RL555", "alzheimer's zika virus and down syndrome"),
        ("RL554", "Scoping Studies Towards A Methodological Framework"),
    ],
)
def test_time_grows_linearly_with_the_words_of_a_title(lint, code, words):
    from tests.timing import assert_linear

    def run(n: int):
        title = " ".join([words] * n)
        text = materials(f"Modification of eutectic phases {title} in casting alloys")
        return lambda: lint(text, select=[code])

    assert_linear(run(50), run(200), bound=8.0, what=f"{code} on titles of 50 and 200 runs")


def test_time_grows_linearly_with_the_list():
    from refslint.engine import lint_text
    from tests.timing import assert_linear

    def run(n: int):
        text = "".join(
            f"[{i}] Mazahery A and Shabani M O 2014 Modification of eutectic si in casting Al-Si"
            f" alloys and zika virus {i} JOM 66 726-38\n"
            for i in range(1, n + 1)
        )
        return lambda: lint_text(text, select=["RL554", "RL555", "RL556"], offline=True)

    assert_linear(run(200), run(400), bound=3.0, what="RL554-RL556 on 200 and 400 entries")


# --- lists of other fields and styles where nothing may fire -------------------------------------

HUMANITIES = """\
1. Claude Lévi-Strauss, Tristes tropiques (Paris: Plon, 1955).
2. Marc Bloch, "La société féodale," Annales 12 (1939): 1-20.
3. Max Weber, "Die protestantische Ethik und der Geist des Kapitalismus," Archiv für \
Sozialwissenschaft 20 (1904): 1-54.
4. Natalie Zemon Davis, "The Rites of Violence: Religious Riot in Sixteenth-Century France," \
Past and Present 59 (1973): 51-91.
5. Carlo Ginzburg, "Clues: Roots of an Evidential Paradigm," History Workshop 9 (1980): 5-36.
6. Keith Thomas, "The Place of Laughter in Tudor and Stuart England," Times Literary Supplement \
21 (1977): 77-81.
7. Lynn Hunt, "The Unstable Boundaries of the French Revolution," Journal of Modern History 52 \
(1980): 1-29.
8. Peter Burke, "The Invention of Leisure in Early Modern Europe," Past and Present 67 (1975): \
136-42.
9. Robert Darnton, "The Great Cat Massacre and Other Episodes in French Cultural History," \
American Historical Review 90 (1984): 1-30.
10. Joan Scott, "Gender: A Useful Category of Historical Analysis," American Historical Review 91 \
(1986): 1053-75.
11. Edward Thompson, "The Moral Economy of the English Crowd in the Eighteenth Century," Past and \
Present 50 (1971): 76-136.
"""
ABNT = """\
1. SILVA, João da. Vigilância da cárie dentária em escolares de Minas Gerais. Revista de Saúde \
Pública, v. 40, n. 2, p. 10-19, 2006.
2. SANTOS, Maria. Qualidade de vida e saúde bucal: um estudo transversal. Cadernos de Saúde \
Pública, v. 22, n. 3, p. 33-41, 2007.
3. OLIVEIRA, Pedro. Determinantes sociais da saúde bucal na infância. Ciência & Saúde Coletiva, \
v. 15, n. 1, p. 5-12, 2010.
4. COSTA, Ana. mHealth e cuidado em saúde: revisão integrativa. Revista Brasileira de \
Enfermagem, v. 70, n. 4, p. 80-88, 2017.
5. PEREIRA, Luís. in vitro: estudo da aderência bacteriana ao esmalte. Brazilian Oral Research, \
v. 24, n. 1, p. 50-56, 2010.
"""
PHYSICS = """\
[1] A. Einstein, Ann. Phys. 17, 891 (1905).
[2] P. A. M. Dirac, Proc. R. Soc. A 117, 610 (1928).
[3] E. Schrödinger, Phys. Rev. 28, 1049 (1926).
[4] R. P. Feynman, Phys. Rev. 76, 769 (1949).
[5] J. Bardeen, L. N. Cooper, and J. R. Schrieffer, Phys. Rev. 108, 1175 (1957).
"""
HARVARD = """\
Adams, R.T. (2002) 'Regional variation in hospital admissions for childhood asthma', BMJ, 324, \
pp. 3-4.
Kim, H. and Lee, S. (2016) 'Natural killer cells in the control of solid tumours', Cancer \
Research, 76, pp. 112-120.
Park, J. and Cho, K. (2020) 'Antigen escape after chimeric antigen receptor therapy in children', \
Blood, 135, pp. 10-19.
Ruiz, A. and Diaz, B. (2019) 'mRNA vaccines and the response of the tumour microenvironment', \
Nature Medicine, 25, pp. 44-52.
Weber, L. and Ortiz, M. (2001) 'p53 and the decline of pollinators in farmland', Journal of \
Ecology, 89, pp. 1-12.
"""


@pytest.mark.parametrize(
    "text", [HUMANITIES, ABNT, PHYSICS, HARVARD], ids=["humanities", "abnt", "physics", "harvard"]
)
def test_lists_of_other_fields_and_styles_stay_silent(lint, text):
    assert [(d.entry, d.code) for d in lint(text, select=["RL554", "RL555", "RL556"])] == []


def test_a_short_foreign_title_in_a_title_case_list_is_its_own_sentence_case(lint):
    """`Tristes tropiques` is too short to tell its language, and is no journal article in an
    English journal: a title-case list keeps a foreign title in that language's case."""
    titles = [t for t in TITLE_CASE]
    text = chicago(titles) + "10. Claude Lévi-Strauss, Tristes tropiques (Paris: Plon, 1955).\n"
    assert codes(lint, text, "RL554") == []


def test_a_marker_with_a_count_is_no_formula(lint):
    """`cd4` in a list that prints cadmium's `Cd`: one symbol and a count names a marker (`CD4`)."""
    text = (
        "[1] Ma C and He X 2014 Uptake of Cd by roots of rice grown in polluted soils J. Soils 24"
        " 1346-51\n[2] Li B and Gao B 2021 Counts of cd4 cells in workers exposed to Cd-Zn dust"
        " Materials 14 3680\n"
    )
    assert codes(lint, text, "RL556") == []


# --- RL554: a subtitle after a question mark in lower case ---------------------------------------

APA_SUBTITLES = "".join(
    f"Author{n}, A. (2020). The {place} case: {word} the question of the day. Journal, {n}(2), "
    f"1–9.\n"
    for n, (place, word) in enumerate(
        [
            ("Boston", "How"),
            ("Denver", "Evidence"),
            ("Chicago", "The"),
            ("Dallas", "A"),
            ("Austin", "Lessons"),
            ("Phoenix", "Results"),
            ("Seattle", "Toward"),
            ("Atlanta", "What"),
        ],
        start=1,
    )
)


def test_a_subtitle_after_a_question_mark_in_lower_case(lint):
    odd = (
        "Neumann, M. (2024). Politicizing masks? examining the volume of local news coverage. "
        "Political Communication, 41(1), 66–106.\n"
    )
    text = "References\n" + APA_SUBTITLES + odd
    (finding,) = lint(text, select=["RL554"])
    assert finding.entry == 9
    assert "the subtitle after `?` opens in lower case (`examining`)" in finding.message
    assert "capitalises 8 of its 8 subtitles after a colon" in finding.message
    assert "masks? Examining the" in apply_edits(text, finding.edits)


def test_a_subtitle_in_lower_case_among_nine_in_ten_capitalised(lint):
    # one subtitle in lower case after a colon among nine capitalised is a slip too
    more = "Author9, A. (2020). The Reno case: Notes on the day. Journal, 9(2), 1–9.\n"
    odd = (
        "Margolin, S. (2018). It may not be that difficult the second time around: the effects "
        "of rereading on comprehension. Journal of Research in Reading, 41(2), 392–402.\n"
        "Hughes, G. (2011). One action system or two? evidence for common mechanisms. Journal "
        "of Neuroscience, 31(46), 16692–16699.\n"
    )
    found = lint("References\n" + APA_SUBTITLES + more + odd, select=["RL554"])
    assert [(d.entry, d.message.split(" opens")[0]) for d in found] == [
        (10, "the subtitle after `:`"),
        (11, "the subtitle after `?`"),
    ]
    assert "capitalises 9 of its 10 subtitles after a colon" in found[0].message
    # a Vancouver list keeps a title as the journal printed it: a colon's lower case is no slip
    vancouver = "".join(
        f"{n}. Author{n} A. The {word} case: {after} the question. J Tests. 2020;{n}:1-9.\n"
        for n, (word, after) in enumerate(
            [("Boston", "How"), ("Denver", "Evidence"), ("Chicago", "The"), ("Dallas", "A"),
             ("Austin", "Lessons"), ("Phoenix", "Results"), ("Seattle", "Toward"),
             ("Atlanta", "What"), ("Reno", "Notes"), ("Salem", "genetic")],
            start=1,
        )
    )  # fmt: skip
    assert lint(vancouver, select=["RL554"]) == []


def test_a_question_mark_s_lower_case_where_subtitles_are_not_all_capitalised(lint):
    odd = (
        "Neumann, M. (2024). Politicizing masks? examining the volume of local news coverage. "
        "Political Communication, 41(1), 66–106.\n"
    )
    lower = "Doe, J. (2019). Masks in the news: a review of the coverage. Journal, 3(1), 1–9.\n"
    assert lint("References\n" + APA_SUBTITLES + lower + odd, select=["RL554"]) == []
    # too few subtitles to tell
    assert lint("References\n" + APA_SUBTITLES[:300] + odd, select=["RL554"]) == []
    # a name or a word the dictionary lacks, or a title in another language
    names = (
        "Lee, K. (2021). Which package? limma and edgeR compared. Journal, 2(1), 1–9.\n"
        "Silva, A. (2021). Quem decide? a política da saúde no Brasil. Revista, 2(1), 1–9.\n"
    )
    assert lint("References\n" + APA_SUBTITLES + names, select=["RL554"]) == []
