"""RL575 (a place, nation or language name in lower case) and RL576 (a word or genus in lower
case that the list capitalises elsewhere), across styles, with the lists where both must stay
silent. Lists written here."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest

from refslint.api import Applicability, Severity
from refslint.fixes import apply_edits
from tests.timing import assert_linear

# Entries around the one tested, so that every list reads like a real one.
VANCOUVER = """\
2. Weber L, Ortiz M. Habitat loss and the decline of pollinators. J Ecol. 2001;89:1-12.
3. Adams RT. Regional variation in hospital admissions for asthma. BMJ. 2002;324:3-4.
"""


def found(lint, text: str, code: str = "RL575") -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=[code])]


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        (  # Vancouver, a country
            "1. Khanum R, Mumtaz AS, Kumar S. Predicting impacts of climate change on medicinal"
            " asclepiads of pakistan using maxent modeling. Acta Oecol. 2013;49:23-31.",
            "Pakistan",
        ),
        (  # a country of three words
            "1. El-Keblawy A, Khedr AHA. Relationships between landforms and dominant xerophytes"
            " in the hyper-arid northern united arab emirates. J Arid Environ. 2015;117:28-36.",
            "United Arab Emirates",
        ),
        (  # a possessive
            "1. Leathwick J, Austin M. Competitive interactions between tree species in"
            " new zealand’s old-growth indigenous forests. Ecology. 2001;82:2560-73.",
            "New Zealand",
        ),
        (  # a province, whose ISO name carries its kind (`Yunnan Sheng`)
            "1. Yi YJ, Cheng X. Modeling the potential distribution of an endangered medicinal"
            " plant in yunnan, China. Ecol Eng. 2016;92:260-9.",
            "Yunnan",
        ),
        (  # a continent
            "1. Deb JC, Phinn S. Climatic shifts in the distribution of teak in tropical asia:"
            " implications for forest management. Environ Manage. 2017;60:422-35.",
            "Asia",
        ),
        (  # a region of English words
            "1. Smith J, Jones K. Water scarcity and food prices across the middle east since"
            " the drought. Food Policy. 2010;35:1-9.",
            "Middle East",
        ),
        (  # a nation's adjective
            "1. Frosi G, Oliveira MT. Water relations of an exotic shrub in the brazilian"
            " semi-arid region during drought. Acta Physiol Plant. 2013;35:335-44.",
            "Brazilian",
        ),
        (  # a language
            "1. Smith J, Jones K. Validation of the english version of a quality of life"
            " questionnaire for children. Qual Life Res. 2010;19:1-9.",
            "English",
        ),
    ],
)
def test_a_name_in_lower_case_in_a_vancouver_title(lint, entry, name):
    findings = lint(f"{entry}\n{VANCOUVER}", select=["RL575"])
    assert [d.entry for d in findings] == [1]
    assert f"`{name}" in findings[0].message
    assert findings[0].severity is Severity.WARNING
    assert findings[0].fix_applicability is Applicability.UNSAFE


def test_the_fix_writes_the_name_as_iso_writes_it(lint):
    text = (
        "1. Hulme M, Jenkins G. Climate change scenarios for the united kingdom: scientific"
        f" report. Norwich: Climatic Research Unit; 1998.\n{VANCOUVER}"
    )
    (finding,) = lint(text, select=["RL575"])
    fixed = apply_edits(text, finding.edits)
    assert fixed is not None
    assert "scenarios for the United Kingdom: scientific" in fixed


def test_each_name_is_one_finding(lint):
    text = (
        "1. Fatemi SS, Rahimi M. Predicting the impacts of climate change on the distribution"
        " of juniperus in the central and eastern alborz mountains, iran. IForest."
        f" 2018;11:643-50.\n{VANCOUVER}"
    )
    assert [m.split("`")[1] for _, m in found(lint, text)] == ["alborz", "iran"]


def test_a_word_of_a_name_lowered_after_its_capital_is_found(lint):
    # `states` is an English word, yet after `United` it is the name's own: not a description
    text = (
        "1. Hu QS, Feng S. Soil temperature climatology of the contiguous United states."
        f" J Appl Meteorol. 2003;42:1139-56.\n{VANCOUVER}"
    )
    assert [m for _, m in found(lint, text)] == [
        "`United states` in the title is a name in lower case: `United States`"
    ]


def test_a_title_all_in_lower_case_is_one_finding(lint):
    text = (
        "1. Raes N, Roos MC. botanical richness of borneo and sumatra compared with"
        f" madagascar. Ecography. 2009;32:180-92.\n{VANCOUVER}"
    )
    (finding,) = found(lint, text)
    assert "entirely in lower case" in finding[1]
    assert "`Borneo`, `Sumatra`, `Madagascar`" in finding[1]


@pytest.mark.parametrize(
    "text",
    [
        (  # author-date
            "1. Pearson RG, Raxworthy CJ (2007) Predicting species distributions from small numbers"
            " of records: a test case using geckos in madagascar. J Biogeogr 34: 102–117.\n"
            "2. Weber L (2001) Habitat loss and the decline of pollinators. J Ecol 89: 1–12.\n"
        ),
        (  # IEEE
            '[1] A. Khan and B. Ali, "Load forecasting for the grid of pakistan using deep'
            ' networks," IEEE Trans. Power Syst., vol. 35, no. 2, pp. 1–9, 2020.\n'
            '[2] L. Weber, "Habitat loss and the decline of pollinators," J. Ecol., vol. 89,'
            " pp. 1–12, 2001.\n"
        ),
    ],
)
def test_other_styles(lint, text):
    assert len(found(lint, text)) == 1


@pytest.mark.parametrize(
    "title",
    [
        "Feeding preferences of the wild turkey in managed forests",  # English words
        "Hand-painted china and the trade in ceramics",
        "Reading comprehension and mobile devices in central schools",
        "Weight loss in guinea pigs fed a western diet",
        "Growth of Aspergillus niger on agricultural residues",  # a species epithet
        "Growth of A. niger on agricultural residues",
        "Genetic diversity of Morus alba populations in orchards",
        "Sorting the files `iran.csv` and `pakistan.csv` by hand",  # code and file names
        "Maps of rainfall from the file iran.shp for the whole region",
        "Climate of Pakistan and the United Arab Emirates compared",  # capitalised already
        "Surveillance in New Zealand and the Asia–Pacific region",
        "Shocked quartz of an impact structure in western Australia",  # describing, not naming
        "Emulsifying properties of gum arabic in beverages",  # a substance
        "Yield of lima bean cultivars under irrigation",  # a plant
        "Lymphocytes of the bursa of Fabricius in chickens",  # a province, and an organ
        "Burrow use by the mara in the Monte desert",  # a region, and a rodent
        "The place of pro bono work in legal education",  # Latin
    ],
)
def test_silent_on_what_is_not_a_lower_case_name(lint, title):
    text = f"1. Smith J, Jones K. {title}. J Ecol. 2010;19:1-9.\n{VANCOUVER}"
    assert found(lint, text) == []


def test_an_entry_the_grammar_cannot_type_is_read_after_its_names(lint):
    """APA with `&` and `(2007).` leaves the title untyped: the text after the names is read."""
    text = (
        "1. Pearson, R. G., Raxworthy, C. J., & Nakamura, M. (2007). Predicting species"
        " distributions from small numbers of records: A test case using geckos in madagascar."
        " Journal of Biogeography, 34(1), 102–117.\n"
        "2. Weber, L. (2001). Habitat loss and the decline of pollinators. Journal of Ecology,"
        " 89(2), 1–12.\n"
    )
    assert [(e, m.split("`")[1]) for e, m in found(lint, text)] == [(1, "madagascar")]


def test_silent_on_a_name_in_an_address_or_doi(lint):
    text = (
        "1. World Bank. Poverty assessment of the northern provinces. Washington (DC): World"
        " Bank; 2015. Available from: https://data.example.org/pakistan/iran/reports.\n"
        "2. Weber L. Habitat loss and the decline of pollinators. J Ecol. 2001;89:1-12."
        " doi:10.1000/iran.madagascar.2001\n"
    )
    assert found(lint, text) == []


def test_silent_on_a_portuguese_list_abnt(lint):
    """ABNT: Portuguese titles write `brasil` as `Brasil` (not an ISO name), and the adjectives of
    languages and nations in lower case."""
    text = (
        "1. SILVA, J. A.; SOUZA, M. Ensino de língua inglesa e cultura americana em escolas do"
        " Brasil. Revista Brasileira de Educação, v. 12, n. 3, p. 45-60, 2015.\n"
        "2. COSTA, P. Os imigrantes italianos e a formação da indústria paulista. São Paulo:"
        " Editora da Universidade, 2010.\n"
        "3. LIMA, R. A influência da literatura inglesa e do latim na poesia de um autor"
        " mineiro. Belo Horizonte: Autêntica, 2012.\n"
    )
    assert found(lint, text) == []


def test_silent_on_a_french_list(lint):
    """French writes the adjectives of languages and peoples in lower case: `le latin`,
    `la langue anglaise`, `les paysans français`."""
    text = (
        "1. Dupont J, Martin P. Le latin et le français dans les écoles de la Troisième"
        " République. Rev Hist. 2004;12:33-48.\n"
        "2. Lefèvre A. Les paysans et la politique agricole dans le sud de la France et en"
        " italie du nord. Paris: Presses universitaires; 1999.\n"
    )
    assert found(lint, text) == []


def test_silent_on_a_spanish_title(lint):
    text = (
        "1. García M, López J. La literatura española y la lengua latina en la educación"
        " secundaria de méxico. Rev Educ. 2011;3:1-9.\n"
        f"{VANCOUVER}"
    )
    assert found(lint, text) == []


# --- RL576 --------------------------------------------------------------------------------------


def test_a_word_the_list_capitalises_elsewhere(lint):
    text = (
        "1. Frosi G, Oliveira MT. Ecophysiological performance of an exotic species in the"
        " caatinga under drought. Acta Physiol Plant. 2013;35:335-44.\n"
        "2. Santos MG, Frosi G. Drought tolerance of woody plants of the Caatinga under a"
        " changing climate. Oecologia. 2014;175:1-12.\n"
        f"{VANCOUVER.replace('2. ', '3. ').replace('3. Adams', '4. Adams')}"
    )
    findings = lint(text, select=["RL576"])
    assert [(d.entry, d.severity) for d in findings] == [(1, Severity.INFO)]
    assert "`Caatinga`" in findings[0].message


def test_a_genus_the_list_capitalises_elsewhere(lint):
    # `Rhazya` is in no genus table (RL588 warns of those): the list's capital is the evidence
    text = (
        "1. Ramadan A, Sabir JS. Metabolomic response of Rhazya stricta growing in the"
        " desert to water availability. PLoS One. 2014;9:e87895.\n"
        "2. Frosi G, Oliveira MT. Ecophysiological performance of rhazya stricta: an"
        " exotic and evergreen species. Acta Physiol Plant. 2013;35:335-44.\n"
    )
    assert [e for e, _ in found(lint, text, "RL576")] == [2]


@pytest.mark.parametrize(
    "titles",
    [
        (  # a capital that opens the title or a sentence is no evidence
            "Colorectal cancer statistics, 2020",
            "Value of cathepsin X in serum from colorectal cancer patients",
        ),
        (  # a term the list mostly writes in lower case
            "Monitoring with the bispectral index during sedation",
            "Closed loop control of anaesthesia using the Bispectral index",
            "An assessment of the bispectral index as the target of control",
        ),
        (  # a capital in a run of them, or after a hyphen
            "Crystal structures of the Ketosteroid Isomerase active site",
            "The mechanism of the 3-Ketosteroid isomerase reaction in bacteria",
            "The energetics of the ketosteroid isomerase reaction",
        ),
        (  # a common English word
            "Heat waves in Western Europe and their effect on crops",
            "Crop yields in the western part of the plains",
        ),
        (  # title case: every capital says nothing
            "The Ecology of Tropical Savannas in Northern Australia",
            "Fire and the dynamics of tropical savannas under grazing",
        ),
    ],
)
def test_rl576_silent(lint, titles):
    text = "".join(
        f"{n}. Smith J, Jones K. {title}. J Ecol. 20{10 + n};19:1-9.\n"
        for n, title in enumerate(titles, 1)
    )
    assert found(lint, text, "RL576") == []


def test_rl576_leaves_place_names_to_rl575(lint):
    text = (
        "1. Raes N, Roos MC. Botanical richness and endemicity patterns of borneo derived from"
        " species distribution models. Ecography. 2009;32:180-92.\n"
        "2. Slik JW, Raes N. Tree diversity patterns in Borneo are shaped by climate and soils."
        " J Biogeogr. 2009;36:12-20.\n"
    )
    assert found(lint, text, "RL576") == []
    assert [e for e, _ in found(lint, text, "RL575")] == [1]


def test_the_names_are_kept_and_read_back_the_same(tmp_path, monkeypatch):
    """The table built from pycountry's names is kept in the cache folder, and a later run
    reads the same table back, in the same order, without importing pycountry; a damaged copy
    is rebuilt."""
    from refslint_rules import proper_nouns

    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path))
    fresh = proper_nouns.build_names(proper_nouns.raw_names())
    assert fresh[("yunnan",)].form == "Yunnan" and fresh[("united", "kingdom")].country

    def kept() -> list[tuple[tuple[str, ...], proper_nouns.Name]]:
        proper_nouns.names.cache_clear()
        return list(proper_nouns.names().items())

    assert kept() == list(fresh.items())
    (copy,) = tmp_path.glob("place-names-*.tsv")
    assert kept() == list(fresh.items())
    copy.write_bytes(b"\xff\xfe not text")
    assert kept() == list(fresh.items())
    copy.write_text("".join(copy.read_text().splitlines(keepends=True)[:100]))  # cut short
    assert kept() == list(fresh.items())
    assert kept() == list(fresh.items())  # and kept again whole
    rows = copy.read_text().splitlines(keepends=True)
    assert len(rows) == len(fresh) + 1
    copy.write_text(rows[0].replace("\t", "\tx", 1) + "".join(rows[1:]))  # read, not rebuilt
    (first_key, first_name), *_ = fresh.items()
    (key, name), *_ = kept()
    assert key == ("x" + first_key[0], *first_key[1:]) and name == first_name
    proper_nouns.names.cache_clear()


def test_an_abbreviation_in_lower_case_after_the_words_it_spells(lint):
    text = (
        "1. Allouche O, Tsoar A, Kadmon R. Assessing the accuracy of species distribution"
        " models: prevalence, kappa and the true skill statistic (tss). J Appl Ecol."
        f" 2006;43:1223-32.\n{VANCOUVER}"
    )
    (finding,) = lint(text, select=["RL576"])
    assert finding.entry == 1 and "`true skill statistic` abbreviated" in finding.message
    assert apply_edits(text, finding.edits).startswith(text.split("(tss)")[0] + "(TSS)")


@pytest.mark.parametrize(
    "title",
    [
        "Ozone at two parts per million (ppm) in urban air",  # units keep their lower case
        "Counts of colony-forming units (cfu) in raw milk",
        "Effects of the drug (see text) on sleep",  # not an abbreviation of the words before
        "Models of the true skill statistic (TSS) in ecology",  # in capitals already
        "Resistance to the drug in the (mdr) strains of tuberculosis",
    ],
)
def test_silent_on_brackets_that_are_no_lower_case_abbreviation(lint, title):
    text = f"1. Smith J, Jones K. {title}. J Ecol. 2010;19:1-9.\n{VANCOUVER}"
    assert found(lint, text, "RL576") == []


def test_an_english_title_in_an_abnt_list_and_in_a_french_list(lint):
    """The language that matters is the title's: an English title in a Portuguese or French list
    is held to English capitals, its neighbours in their own languages are not."""
    abnt = (
        "1. SILVA, J. A.; SOUZA, M. Drought and land use in the semi-arid north of brazil and"
        " argentina. Journal of Arid Environments, v. 12, n. 3, p. 45-60, 2015.\n"
        "2. COSTA, P. Os imigrantes italianos e a formação da indústria paulista. São Paulo:"
        " Editora da Universidade, 2010.\n"
    )
    french = (
        "1. Dupont J, Martin P. Le latin et le français dans les écoles de la Troisième"
        " République. Rev Hist. 2004;12:33-48.\n"
        "2. Martin P. Rainfall variability and rice yields in the highlands of madagascar."
        " J Hydrol. 2008;350:1-12.\n"
    )
    assert [(e, m.split("`")[1]) for e, m in found(lint, abnt)] == [
        (1, "brazil"),
        (1, "argentina"),
    ]
    assert [(e, m.split("`")[1]) for e, m in found(lint, french)] == [(2, "madagascar")]


def test_time_grows_linearly_with_the_words_of_a_title():
    """Four times the words (names, capitals and brackets among them) take about four times as
    long: a quadratic scan would take sixteen."""
    from refslint.engine import lint_text

    unit = "the forests of borneo and New Zealand (fnz) in Caatinga and caatinga "

    def check(n: int) -> Callable[[], object]:
        text = f"1. Doe J. Growth {unit * n}. Ecology. 2019;1:1-9.\n"
        return partial(lint_text, text, select=["RL575", "RL576"], offline=True)

    check(10)()  # the tables, read once
    assert_linear(check(400), check(1600), bound=8)


def test_an_acronym_the_list_writes_in_capitals(lint):
    text = (
        "1. Ksiksi T, Guenaoui C. Early growth stages of a rare shrub in the UAE: a first step"
        " towards conservation. Nat Resour. 2012;3:1-5.\n"
        "2. El-Keblawy A, Ksiksi T. Artificial forests as conservation sites for the native flora"
        " of the uae. Forest Ecol Manag. 2005;213:288-96.\n"
        "3. El-Keblawy A, Ksiksi T. Camel grazing and species diversity in the deserts of the"
        " UAE. J Arid Environ. 2009;73:347-54.\n"
    )
    assert [(e, m.split("`")[-2]) for e, m in found(lint, text, "RL576")] == [(2, "UAE")]


@pytest.mark.parametrize(
    "titles",
    [
        (  # a digit makes a gene symbol, and each species writes its own case
            "Loss of TP53 function in human tumours",
            "Mutations of tp53 in zebrafish models of cancer",
        ),
        (  # a title in capitals says nothing about its words
            "RAINFALL AND MAXENT MODELS OF SHRUB COVER",
            "Habitat models with maxent for rare shrubs",
        ),
        (  # an English word
            "Knowledge of AIDS among adolescents in schools",
            "Hearing aids for older adults in primary care",
        ),
    ],
)
def test_silent_on_capitals_that_are_no_acronym(lint, titles):
    text = "".join(
        f"{n}. Smith J, Jones K. {title}. J Ecol. 20{10 + n};19:1-9.\n"
        for n, title in enumerate(titles, 1)
    )
    assert found(lint, text, "RL576") == []


def test_a_numbered_symbol_the_list_prints_in_capitals(lint):
    text = (
        "1. Gopalakrishnan V, Spencer CN. Gut microbiome modulates response to anti-PD-1"
        " immunotherapy in melanoma patients. Science. 2018;359:97-103.\n"
        "2. Routy B, Le Chatelier E. Gut microbiome influences efficacy of PD-1-based"
        " immunotherapy against epithelial tumors. Science. 2018;359:91-7.\n"
        "3. Szostak N, Handschuh L. Gut mycobiota dysbiosis is associated with melanoma and"
        " response to anti-pd-1 therapy. Cancer Immunol Res. 2023;11:1-9.\n"
    )
    assert [(e, m.split("`")[-2]) for e, m in found(lint, text, "RL576")] == [(3, "PD-1")]


def test_silent_on_a_numbered_symbol_the_list_never_prints_in_capitals(lint):
    text = (
        "1. Smith J, Jones K. Response to anti-pd-1 therapy in melanoma. J Ecol. 2011;19:1-9.\n"
        "2. Smith J, Jones K. Gut microbiome and immunotherapy in melanoma. J Ecol. 2012;19:1-9.\n"
    )
    assert found(lint, text, "RL576") == []


@pytest.mark.parametrize(
    "title",
    [
        "TTD: therapeutic Target Database describing target druggability information",
        "Druggability information in the therapeutic Target Database (TTD) of 2023",
    ],
)
def test_a_name_beside_its_acronym_with_a_capital_lost(lint, title):
    text = f"1. Zhou Y, Zhu F. {title}. Nucleic Acids Res. 2023;51:D1-9.\n"
    assert [(e, m.split("`")[-2]) for e, m in found(lint, text, "RL576")] == [(1, "Therapeutic")]


@pytest.mark.parametrize(
    "title",
    [
        "TTD: Therapeutic target database describing target druggability information",
        "Primary Epstein-Barr virus (EBV) infection in Kenyan infants",
        "Mismatch amplification mutation assay (MAMA): application to the ras gene",
        "Lymphoid cells grown in T cell growth factor (TCGF) and their fate",
        "Changes in body mass index (BMI) among adolescents in rural schools",
    ],
)
def test_silent_on_names_beside_acronyms_that_lost_no_capital(lint, title):
    text = f"1. Zhou Y, Zhu F. {title}. Nucleic Acids Res. 2023;51:D1-9.\n"
    assert found(lint, text, "RL576") == []


def test_a_title_ending_inside_a_longer_learnt_name_is_read_to_its_end(lint):
    # the list learns `National Immunization Survey-Child` (four words) and `National Health
    # Survey` (three); a title that ends on the three-word name was read as if four could follow
    text = "".join(
        [
            "1. Freeman RE, Thaker J, Daley MF, Glanz JM, Newcomer SR. Vaccine timeliness and"
            " prevalence of undervaccination patterns in children ages 0-19 months, U.S., Nat"
            "ional Immunization Survey-Child 2017. Vaccine. 2022;40(5):765-773. doi: 10.1016/"
            "j.vaccine.2021.12.037."
            "\n",
            "2. Malta DC, Gomes CS, Stopa SR, Andrade FMD, Prates EJS, Oliveira PPV, Ferreira"
            " SAM, Pereira CA. Inequalities in health care and access to health services amon"
            "g adults with self-reported arterial hypertension: Brazilian National Health Sur"
            "vey. Cad Saude Publica. 2022; 38 Suppl 1(Suppl 1):e00125421. doi: 10.1590/0102-3"
            "11Xe00125421."
            "\n",
            "3. Flores TR, Nunes BP, Neves RG, Wendt AT, Costa CS, Wehrmeister FC, et al. Mat"
            "ernal breastfeeding and associated factors in children under two years: the Braz"
            "ilian National Health Survey, 2013. Cad Saúde Pública. 2017;33(11):e00068816. ht"
            "tps://doi.org/10.1590/0102-311x00068816"
            "\n",
            "4. Malta D, Duncan B, Schmidt M, Machado I, Silva A, Bernal R, et al. Prevalence"
            " of diabetes mellitus as determined by glycated hemoglobin in the Brazilian adul"
            "t population, National Health Survey. Rev Bras Epidemiol. 2019;22(Suppl. 02):E19"
            "0006.SUPL.2. PMid:31596377."
            "\n",
        ]
    )
    assert lint(text, select=["RL576"]) == []  # no finding, and no failure of the rule


APA_US = (
    "References\n"
    "Gollust, S. E., & Fowler, E. F. (2020). The emergence of COVID-19 in the US: A public health "
    "crisis. Journal of Health Politics, 45(6), 967–981.\n"
    "Mordecai, M. (2020). Opinion about coronavirus is divided in U.S. than elsewhere. Pew "
    "Research Center.\n"
)


def test_us_in_lower_case_where_no_pronoun_stands(lint):
    text = APA_US + (
        "Barry, C. L. (2020). Guns in political advertising over four us election cycles. "
        "Health Affairs, 39(2), 327–333.\n"
        "Neumann, M. (2024). Local news coverage of face coverings in the us through the "
        "pandemic. Political Communication, 41(1), 66–106.\n"
    )
    got = lint(text, select=["RL576"])
    assert [d.entry for d in got] == [3, 4]
    assert got[0].message == (
        "`us` in the title is the United States' abbreviation in lower case: `US`"
    )
    fixed = apply_edits(text, [e for d in got for e in d.edits])
    assert fixed is not None
    assert "four US election cycles" in fixed and "in the US through" in fixed


def test_the_pronoun_us_and_a_list_without_the_capitals_pass(lint):
    pronoun = (
        "Swigger, N. (2012). What the news tells us about the two of us. Political Communication, "
        "29(4), 367–386.\n"
        "Kramer, S. (2020). Let us wear masks: the us-versus-them mentality. Pew Research Center.\n"
    )
    assert lint(APA_US + pronoun, select=["RL576"]) == []
    lower = (
        "Barry, C. L. (2020). Guns in political advertising over four us election cycles. "
        "Health Affairs, 39(2), 327–333.\n"
    )
    plain = "References\nDoe, J. (2019). Masks and the news. Journal, 3(1), 1–9.\n"
    assert lint(plain + lower, select=["RL576"]) == []


def test_the_group_author_s_own_name_lowered_in_its_title(lint):
    text = APA_US + (
        "Roll Call. (2020). Roll call election guide. https://www.rollcall.com/election-guide/\n"
        "Pew Research Center. (2021). The Pew Research Center's survey of voters. Pew.\n"
    )
    got = lint(text, select=["RL576"])
    assert [d.entry for d in got] == [3]
    assert got[0].message == (
        "`Roll call` in the title is the author's own name in lower case: `Roll Call`"
    )
    # the name written whole, or only part of it, in the title says nothing
    vancouver = (
        "1. National Cancer Institute. The National Cancer Institute's programme. Bethesda: "
        "NCI; 2019.\n"
        "2. World Health Organization. World health statistics 2020. Geneva: WHO; 2020.\n"
        "3. Cancer Research UK. Cancer research in the UK. London: CRUK; 2018.\n"
    )
    assert lint(vancouver, select=["RL576"]) == []


def test_an_acronym_the_list_spells_out_is_flagged_however_often_lowered(lint):
    """`Probability of Informed Trading (PIN)`: the list says what PIN stands for, so `pin` in
    lower case elsewhere (BibTeX's lowering) is the acronym, even where it is printed lower
    more often and is an English word too."""
    text = (
        "1. D. Abad. From pin to order flow toxicity. Span Rev Financ Econ. 2012;10:74-83.\n"
        "2. J. Duarte. Why is pin priced? J Financ Econ. 2009;91:119-38.\n"
        "3. O. Ersan. Estimating the probability of informed trading (pin). J Int Financ Mark. "
        "2016;43:74-94.\n"
        "4. D. Celik. InfoTrad: Calculates the Probability of Informed Trading (PIN). R J. "
        "2017;10:31-42.\n"
    )
    found = lint(text, select=["RL576"])
    assert [d.entry for d in found] == [1, 2, 3]
    assert found[0].message.endswith("in lower case: `PIN`")
    # without the spelt-out form, `pin` is an English word the list mostly writes in lower case
    plain = text.replace("(PIN)", "PIN")
    assert lint(plain, select=["RL576"]) == []


def test_an_acronym_the_list_prints_outside_its_titles(lint):
    """A journal, publisher or group author printing `JBI` or `NIST` is the list's evidence; a
    title lowered whole but for its first letter (`Nist big data`) lost the acronym's capitals
    where it opens."""
    text = (
        "1. Munn Z, Barker TH. Methodological quality of case series studies: an introduction"
        " to the jbi critical appraisal tool. JBI Evid Synth. 2020;18:2127-33.\n"
        "2. Chang WL, Boyd D. Nist big data interoperability framework: volume 6, reference"
        " architecture. Gaithersburg: NIST; 2018.\n"
        "3. National Institute of Standards and Technology. Guide to the reference architectures"
        " of big data systems. Gaithersburg: NIST; 2019.\n"
    )
    got = [(e, m.split("`")[-2]) for e, m in found(lint, text, "RL576")]
    assert got == [(1, "JBI"), (2, "NIST")]


def test_a_name_in_mixed_case_however_often_lowered(lint):
    text = (
        "1. Paszke A, Gross S. PyTorch: an imperative style, high-performance deep learning"
        " library. Adv Neural Inf Process Syst. 2019;32:8024-35.\n"
        "2. Howard J, Gugger S. Deep learning for coders with fastai and pytorch. Sebastopol:"
        " O'Reilly; 2020.\n"
        "3. Smith J, Jones K. Pytorch models of crop growth. J Ecol. 2021;19:1-9.\n"
        "4. Smith J, Jones K. Training neural networks with pytorch on small data. J Ecol."
        " 2022;19:1-9.\n"
    )
    got = [(e, m.split("`")[-2]) for e, m in found(lint, text, "RL576")]
    assert got == [(2, "PyTorch"), (3, "PyTorch"), (4, "PyTorch")]


def test_a_name_english_writes_only_with_capitals(lint):
    """`nasdaq` and `nyse` in a BibTeX list that never prints them in capitals: English does
    (SCOWL's word lists know `NASDAQ` and `NYSE` in no other form)."""
    text = (
        "1. Huang RD, Stoll HR. Dealer versus auction markets: a paired comparison of execution"
        " costs on nasdaq and the nyse. J Financ Econ. 1996;41:313-57.\n"
        "2. Ellis K, Michaely R. The accuracy of trade classification rules: evidence from"
        " dealer markets. J Financ Quant Anal. 2000;35:529-51.\n"
    )
    got = [(e, m.split("`")[-2]) for e, m in found(lint, text, "RL576")]
    assert got == [(1, "NASDAQ"), (1, "NYSE")]
    # where the list itself writes `Nasdaq`, its own form is the one asked for
    own = text.replace("from dealer markets", "from the Nasdaq market")
    assert [m.split("`")[-2] for _, m in found(lint, own, "RL576")] == ["Nasdaq", "NYSE"]
    assert "a name English writes with capitals" in found(lint, text, "RL576")[0][1]


@pytest.mark.parametrize(
    "titles",
    [
        (  # a word shouted once at a title's start is no acronym
            "HOLINS: the protein clocks of bacteriophage infections",
            "Holins in the release of phage from the host cell",
        ),
        (  # an English word opening a title, however often the list prints its capitals
            "Osprey nesting success along the lower river valleys",
            "The OSPREY trial of rehabilitation in older adults",
            "Outcomes of the OSPREY trial at one year of follow-up",
        ),
        (  # an acronym inside a sentence with its first capital is a house's style
            "Trading costs on the NASDAQ after decimalisation in the markets",
            "Quote revisions on NASDAQ stocks and their dealers",
            "Evidence from the Nasdaq market on dealer quotes",
        ),
        (  # a prefix, and a word of another language, as SCOWL's acronyms are spelt
            "Combustion of iso-octane and its blends with ethanol in engines",
            "Schwebfliegen des Wahnbachtals im Bergischen Land",
        ),
        (  # an acronym beside a number
            "Covid-19 and the ventilation of public buildings in winter",
            "Ventilation of schools during the COVID pandemic in Europe",
            "Air quality in the COVID years of the pandemic",
        ),
    ],
)
def test_silent_on_capitals_no_evidence_calls_lost(lint, titles):
    text = "".join(
        f"{n}. Smith J, Jones K. {title}. J Ecol. 20{10 + n};19:1-9.\n"
        for n, title in enumerate(titles, 1)
    )
    assert found(lint, text, "RL576") == []


def test_an_abbreviation_in_an_entry_the_grammar_could_not_read(lint):
    """`Checklists, critical appraisal skills programme (casp)` after a group author: the
    grammar finds no title, and the abbreviation is read in the words after the names."""
    text = (
        "References\n"
        "[1] A. Smith. The thing we study. Journal, 2(1):1-2, 2019.\n"
        "[2] CASP Tools. Checklists, critical appraisal skills programme (casp), 2018.\n"
        "[3] CASP Tools. Checklists for appraisal of the programme (casp), 2018.\n"
    )
    got = [(d.entry, d.message.split("`")[-2]) for d in lint(text, select=["RL576"])]
    assert got == [(2, "CASP")]


APA_GERMAN = """\
Meng, M., & Bader, M. (2000). Mode of disambiguation: An investigation of ambiguities in German. \
Language and Speech, 43(1), 43–74.
Weskott, T., & Kliegl, R. (2011). Contextual licensing of word order in German. Linguistische \
Berichte, 2011(225), 3–18.
Frazier, L., & Rayner, K. (1982). Making and correcting errors during sentence comprehension. \
Cognitive Psychology, 14(2), 178–210.
"""


def test_a_short_title_the_list_capitalises_the_name_of_elsewhere(lint):
    # too short, and misspelt, to read as English alone; the list writes `German` in two titles
    entry = "Bader, M. (2000). On reanalyis: Evidence from german. Cognition, 4(1), 187–246.\n"
    text = "References\n" + APA_GERMAN + entry
    assert found(lint, text) == [(4, "`german` in the title is a name in lower case: `German`")]
    # a list that never writes the name capitalised gives no such evidence
    alone = "References\n" + APA_GERMAN.replace("German", "Dutch") + entry
    assert found(lint, alone) == []
    # nor does a title with another language's little words (`en`, `de`)
    spanish = "Bader, M. (2000). Sobre el reanálisis en el german de hoy. Cognición, 4(1), 1–9.\n"
    assert found(lint, "References\n" + APA_GERMAN + spanish) == []


def test_an_acronym_printed_twice_is_flagged_lowered_though_english_has_the_word(lint):
    """`BERT` twice in capitals and `bert` once: the list's acronym lowered by BibTeX, though
    English has the name; a word the list lowers as often as it shouts stays a word."""
    text = (
        "1. Devlin J, Chang M. BERT: pre-training of deep bidirectional transformers for"
        " language understanding. Proc NAACL. 2019;1:4171-86.\n"
        "2. Liu Y, Ott M. RoBERTa: a robustly optimized BERT pretraining approach. arXiv."
        " 2019;1:1-13.\n"
        "3. Lan Z, Chen M. Albert: a lite bert for self-supervised learning of language"
        " representations. arXiv. 2019;1:1-17.\n"
    )
    assert [(e, m.split("`")[-2]) for e, m in found(lint, text, "RL576")] == [(3, "BERT")]
    # lowered as often as printed in capitals: the list's own word, not a lost acronym
    twice = text + (
        "4. Kim S, Park J. Reading with bert and ernie in the classroom: a study of"
        " children's television. J Child Media. 2020;4:1-9.\n"
    )
    assert found(lint, twice, "RL576") == []


@pytest.mark.parametrize(
    "title",
    [
        "The huge package for high-dimensional undirected graph estimation in r",
        "A unified framework for parallel and distributed processing in r using futures",
        "Infotrad: an r package for estimating the probability of informed trading",
        "Spatial regression models in r: a practical guide",
    ],
)
def test_the_language_r_in_lower_case(lint, title):
    text = f"1. Zhao T, Liu H. {title}. J Mach Learn Res. 2012;13:1059-62.\n"
    assert [m.split("`")[-2] for _, m in found(lint, text, "RL576")] == ["R"]


@pytest.mark.parametrize(
    "title",
    [
        "Random walks in r dimensions and their limits",  # a variable
        "Correlation in R: a practical guide",
        "Pearson's r and the reliability of clinical scales",
        "The r-process and the origin of heavy elements",
    ],
)
def test_silent_on_an_r_that_is_no_language_or_is_capitalised(lint, title):
    text = f"1. Zhao T, Liu H. {title}. J Mach Learn Res. 2012;13:1059-62.\n"
    assert found(lint, text, "RL576") == []
