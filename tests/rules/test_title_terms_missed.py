"""Title and journal faults that RL550, RL576, RL578 and RL588 once let pass, each with the
lists where the rule must stay silent. Lists written here, in several styles."""

from __future__ import annotations


def found(lint, text: str, code: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=[code])]


# --- RL576 and RL588: one finding for a lower-case genus ---------------------------------------

GENUS = """\
1. Ramadan A, Sabir JS. Metabolomic response of Calotropis procera growing in the desert to
   changes in water availability. PLoS One. 2014;9:e87895.
2. Khedr AH, Ali MS. Germination of calotropis procera seeds in the hyper-arid desert.
   J Arid Environ. 2015;117:28-36.
3. Adams RT. Regional variation in hospital admissions for asthma. BMJ. 2002;324:3-4.
"""


def test_a_lower_case_genus_rl588_warns_of_is_not_also_a_hint(lint):
    codes = [(d.entry, d.code) for d in lint(GENUS, select=["RL576", "RL588"])]
    assert codes == [(2, "RL588")]


def test_a_genus_rl588_does_not_know_is_still_a_hint(lint):
    # `Quaggaria` is in no genus table: only the list's own capital tells it is a name
    text = GENUS.replace("Calotropis", "Quaggaria").replace("calotropis", "quaggaria")
    assert [(d.entry, d.code) for d in lint(text, select=["RL576", "RL588"])] == [(2, "RL576")]


# --- RL578: a term's inner capitals lost, an epithet capitalised ---------------------------------

PRODUCT = """\
1. Boute N, Lowe P. {a} luciferase: a multifunctional tool for antibody screening. Front
   Pharmacol. 2016;7:27.
2. Sasaki M, Orba Y. A rapid method for viral entry using a {b} complementation assay. Virus
   Res. 2018;243:69-74.
3. Westerhausen S, Wagner S. A {c} luciferase-based assay of protein secretion. Mol Microbiol.
   2020;113:1240-54.
"""


def test_a_term_written_without_the_inner_capitals_the_list_gives_it(lint):
    text = PRODUCT.format(a="Nanoluc", b="nanoluc", c="NanoLuc")
    messages = found(lint, text, "RL578")
    assert [e for e, _ in messages] == [1, 2]
    assert "`Nanoluc` where the list writes `NanoLuc` once" in messages[0][1]


def test_a_term_of_inner_capitals_in_author_date_style(lint):
    text = (
        "1. Ahn, J., & Lee, K. (2019). Sequence retrieval from Genbank for phylogenetics. "
        "Bioinformatics, 35(2), 10-19.\n"
        "2. Benson, D. A., & Clark, K. (2018). GenBank: twenty years of sequence records. Nucleic "
        "Acids Research, 46(1), 41-47.\n"
    )
    assert [e for e, _ in found(lint, text, "RL578")] == [1]


def test_terms_written_one_way_or_taught_by_no_title_stay_silent(lint):
    # one form throughout; a letter before the capital (`mTOR`, a mouse gene `Mtor`); a word
    # English writes flat (`DataBase`); a site's name on a web page (`MatBench`)
    for a, b, c in [
        ("NanoLuc", "NanoLuc", "NanoLuc"),
        ("Mtor", "mtor", "mTOR"),
        ("Database", "database", "DataBase"),
    ]:
        assert found(lint, PRODUCT.format(a=a, b=b, c=c), "RL578") == [], (a, b, c)
    web = (
        "1. Dunn A, Jain A. Benchmarking materials property prediction methods: the Matbench "
        "test set. npj Comput Mater. 2020;6:138.\n"
        "2. MatBench. Available from: https://matbench.materialsproject.org/. [cited 2024 Oct 22].\n"
    )
    assert found(lint, web, "RL578") == []


def test_a_compound_of_common_words_named_once_is_no_term(lint):
    # `WavePacket` names a program once; `Wavepacket dancing` is the physicist's compound noun
    text = (
        "[1] R. Kosloff and D. Tannor, Wavepacket dancing: achieving chemical selectivity by"
        " shaping light pulses, Chem. Phys. 139, 201 (1989).\n"
        "[2] B. Schmidt and C. Hartmann, WavePacket: a Matlab package for numerical quantum"
        " dynamics, Comput. Phys. Commun. 228, 229 (2018).\n"
    )
    assert found(lint, text, "RL578") == []
    # written so twice, the term's case is the list's
    twice = text + text.replace("[1]", "[3]").replace("[2]", "[4]").replace(
        "Wavepacket", "WavePacket"
    )
    assert [e for e, _ in found(lint, twice, "RL578")] == [1]
    # a term whose parts are no two common words is held to its case at once (`Nanoluc`)
    assert found(lint, PRODUCT.format(a="Nanoluc", b="NanoLuc", c="NanoLuc"), "RL578") != []


SPECIES = """\
1. Berlec A, Strukelj B. In vivo imaging of Lactococcus lactis, Lactobacillus {a} and
   Escherichia coli expressing infrared fluorescent protein. Microb Cell Fact. 2015;14:181.
2. Javorsky P, Pristas P. Establishment of Lactobacillus plantarum strain in honey bee digestive
   tract. Benef Microbes. 2017;8:291-7.
3. Wegmann U, Kok J. Complete genome sequence of the prototype lactic acid bacterium
   Lactococcus {b} subsp. cremoris MG1363. J Bacteriol. 2007;189:3256-70.
"""


def test_a_term_the_entry_itself_writes_with_inner_capitals(lint):
    """`Citylab` in the title of an entry whose site is `CityLab`: the entry's own evidence, in
    a web page as in an article; its web address's letters keep no case."""
    text = (
        "1. Montgomery, D. (2020). Citylab congressional density index. CityLab."
        " https://github.com/theatlantic/citylab-data\n"
        "2. Lee, K. (2019). Notes on the Github pull request. In GitHub Blog (pp. 1-4). Acme.\n"
        "3. Park, S. (2018). Urban data for cities. Cities, 12(3), 1-9.\n"
    )
    got = [(e, m.split("`")[1], m.split("`")[3]) for e, m in found(lint, text, "RL578")]
    assert got == [(1, "Citylab", "CityLab"), (2, "Github", "GitHub")]


def test_terms_the_entry_writes_one_way_or_only_in_its_address_stay_silent(lint):
    text = (
        "1. Montgomery, D. (2020). Citylab congressional density index. Retrieved from"
        " https://www.cityLab.com/data\n"
        "2. Lee, K. (2019). A database of the GitHub pull requests. GitHub Blog, 3, 1-4.\n"
        "3. DeWitt, B. (2018). Dewitt county records in Texas. Texas Archives, 12(3), 1-9.\n"
    )
    assert found(lint, text, "RL578") == []


def test_an_epithet_capitalised_where_the_list_writes_it_in_lower_case(lint):
    messages = found(lint, SPECIES.format(a="Plantarum", b="Lactis"), "RL578")
    assert [e for e, _ in messages] == [1, 3]
    assert "`Lactobacillus plantarum` elsewhere" in messages[0][1]


def test_epithets_in_lower_case_or_in_title_case_titles_stay_silent(lint):
    assert found(lint, SPECIES.format(a="plantarum", b="lactis"), "RL578") == []
    # title case capitalises every main word: `Mitral` is no epithet, `Transcatheter` no genus
    text = (
        "1. Feldman T, Kar S. Percutaneous Transcatheter Mitral Valve Repair With the Edge to "
        "Edge Technique. J Am Coll Cardiol. 2011;57:1-9.\n"
        "2. Stone GW, Mack MJ. Transcatheter mitral-valve repair in patients with heart "
        "failure. N Engl J Med. 2018;379:2307-18.\n"
        "3. Obadia JF, Messika D. Percutaneous repair or medical treatment for secondary "
        "mitral regurgitation. N Engl J Med. 2018;379:2297-306.\n"
    )
    assert found(lint, text, "RL578") == []


SEROVAR = """\
1. Wain J, Hendriks RS. Typhoid fever. Lancet. 2015;385:1136-45.
2. Balaji V, Sharma A. Revised ciprofloxacin breakpoints for Salmonella {a}: its implications.
   Indian J Med Microbiol. 2014;32:161-3.
3. Singhal L, Gupta PK. Trends in antimicrobial susceptibility of Salmonella {b} from North India.
   Indian J Med Microbiol. 2014;32:149-52.
4. Olarte J, Galindo E. Salmonella {c} resistant to chloramphenicol and ampicillin during an
   epidemic in Mexico. Antimicrob Agents Chemother. 1973;4:597-601.
"""


def test_a_word_the_list_mostly_capitalises_after_a_genus_is_a_name_not_an_epithet(lint):
    # a serovar's name is capitalised (`Salmonella Typhi`): the list's one `typhi` is not the rule
    assert found(lint, SEROVAR.format(a="Typhi", b="Typhi", c="typhi"), "RL578") == []
    # where the list writes the lower case as often, the capital is still the odd one
    messages = found(lint, SEROVAR.format(a="Typhi", b="typhi", c="typhi"), "RL578")
    assert [e for e, _ in messages] == [2]


# --- RL576: a name of several words in lower case ----------------------------------------------

STUDY = """\
1. Silverman MG, Blaha MJ. Impact of coronary artery calcium on coronary heart disease events
   in individuals at the extremes of risk: the Multi-Ethnic Study of Atherosclerosis. Eur Heart
   J. 2014;35:2232-41.
2. Martin SS, Blaha MJ. Dyslipidemia, coronary artery calcium, and incident cardiovascular
   disease: implications for statin therapy from the {a}. Circulation. 2014;129:77-86.
3. Budoff MJ, Young R. Ten-year association of coronary artery calcium with cardiovascular
   events: the {b} (MESA). Eur Heart J. 2018;39:2401-8.
"""


def test_a_name_of_several_words_in_lower_case(lint):
    text = STUDY.format(
        a="Multi-Ethnic Study of Atherosclerosis", b="multi-ethnic study of atherosclerosis"
    )
    (finding,) = lint(text, select=["RL576"])
    assert finding.entry == 3
    assert "`Multi-Ethnic Study of Atherosclerosis`" in finding.message
    assert str(finding.severity) == "info"


def test_a_name_with_one_word_lowered_in_author_date_style(lint):
    text = (
        "1. Burley, S. K. (2019). wwPDB consortium Protein Data Bank: the single global archive"
        " for 3D macromolecular structure data. Nucleic Acids Research, 47, D520-D528.\n"
        "2. Kozma, D., & Simon, I. (2012). PDBTM: protein Data Bank of transmembrane proteins"
        " after 8 years. Nucleic Acids Research, 41, D524-D529.\n"
    )
    messages = found(lint, text, "RL576")
    assert [e for e, _ in messages] == [2]
    assert "`protein Data Bank`" in messages[0][1]


def test_names_the_list_does_not_capitalise_in_sentence_case_stay_silent(lint):
    # the list mostly writes it in lower case
    lower = STUDY.format(
        a="multi-ethnic study of atherosclerosis", b="multi-ethnic study of atherosclerosis"
    )
    assert found(lint, lower, "RL576") == []
    # two capitalised words are as often a term capitalised in error as a name
    text = (
        "1. Ponikowski P, Voors AA. Outcomes of patients with Heart Failure in primary care."
        " Eur Heart J. 2016;37:2129-200.\n"
        "2. Yancy CW, Jessup M. Management of heart failure in older adults. Circulation."
        " 2013;128:1810-52.\n"
    )
    assert found(lint, text, "RL576") == []
    # a title-case title says nothing of a name: every main word takes a capital there
    text = (
        "1. Handy CE, Desai CS. The Association of Coronary Artery Calcium With Noncardiovascular"
        " Disease. JACC Cardiovasc Imaging. 2016;9:568-76.\n"
        "2. Blaha MJ, Budoff MJ. Coronary artery calcium and noncardiovascular disease in older"
        " adults. Circulation. 2016;133:849-58.\n"
    )
    assert found(lint, text, "RL576") == []


# --- RL550: a word opened by capitals; corrections the checksum table only seems to know -------

ACRONYM = """\
1. Schmidt TSB, Fullam A, Bork P. SPIRE: a Searchable, Planetary-scale mIcrobiome {a}.
   Nucleic Acids Res. 2023;52:D777-83.
2. Sayers EW, Beck J. Database resources of the National Center for Biotechnology
   Information. Nucleic Acids Res. 2023;51:D29-38.
"""


def test_a_slip_in_a_word_opened_by_capitals(lint):
    (finding,) = lint(ACRONYM.format(a="REsoure"), select=["RL550"])
    assert finding.entry == 1
    assert "`REsoure` is probably misspelt: `REsource`?" in finding.message


def test_words_opened_by_capitals_that_are_names_or_words_stay_silent(lint):
    for word in ("REsource", "DScribe", "MOFormer", "IForest", "GTPases"):
        assert found(lint, ACRONYM.format(a=word), "RL550") == [], word


def test_a_word_whose_only_correction_is_a_checksum_twin_stays_silent(lint):
    # each has a string one edit away whose checksum a listed word shares (`joujneytomars`,
    # `hymorheology`, `agostno`): no such string is a word
    for word in ("journeytomars", "hemorheology"):
        text = (
            f"1. Lee K, Park J. The {word} of blood flow in small vessels of the human retina."
            " J Appl Physiol. 2010;108:1-9.\n"
        )
        assert found(lint, text, "RL550") == [], word


# --- RL811: a journal's inner capitals lowered in a list of full titles --------------------------

FULL = [
    "European Heart Journal",
    "Journal of the American College of Cardiology",
    "American Heart Journal",
    "Journal of Interventional Cardiology",
    "International Journal of Cardiology",
    "Progress in Cardiovascular Diseases",
]


def full_titles(last: str) -> str:
    return "".join(
        f"{n}. Author{chr(64 + n)} A, Second B. Study number {n}. {j}. 2015;{10 + n}:{100 + n}-9.\n"
        for n, j in enumerate([*FULL, last], 1)
    )


def test_a_journal_that_lowers_its_own_inner_capitals_in_a_list_of_full_titles(lint):
    ((entry, message),) = found(lint, full_titles("PloS One"), "RL811")
    assert entry == 7
    assert "lowers the capitals of `PLoS`" in message and "`PLoS ONE`" in message


def test_a_journals_own_or_standard_spelling_stays_silent(lint):
    # the journal's own capitals; NLM's own form (`Neuroimage`, NeuroImage); a catalogue's
    # capitals that are no spelling (`Journal of Magnetic Resonance IMAging`)
    for name in ("PLoS ONE", "Neuroimage", "NeuroImage", "Journal of Magnetic Resonance Imaging"):
        assert found(lint, full_titles(name), "RL811") == [], name


def test_time_grows_linearly_with_the_names_a_list_teaches():
    """Four times the entries, each naming its own study of three capitalised words in one
    title and in lower case in the next, take about four times as long: looking every name up
    in every title would take sixteen."""
    from functools import partial

    from refslint.engine import lint_text
    from tests.timing import assert_linear

    def word(i: int) -> str:
        letters = ""
        for _ in range(3):
            i, r = divmod(i, 26)
            letters += "abcdefghijklmnopqrstuvwxyz"[r]
        return "Stu" + letters

    def check(n: int):
        lines = []
        for i in range(n):
            name = f"{word(i)} Heart Study"
            lines.append(
                f"{2 * i + 1}. Doe J. Calcium scores and lipids in older adults of the {name} cohort."
                f" Circulation. 2019;1:1-9."
            )
            lines.append(
                f"{2 * i + 2}. Roe K. Lipids and risk in the {name.lower()} cohort of adults."
                f" Circulation. 2020;2:1-9."
            )
        return partial(lint_text, "\n".join(lines) + "\n", select=["RL576"], offline=True)

    assert len(check(3)()) == 3  # each lower-case name is found
    assert_linear(check(100), check(400), bound=8)
