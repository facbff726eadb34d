"""Marks damaged inside titles (RL591-RL595), in lists written here in several styles and
languages: each rule finds its fault, and stays silent on the right titles that look like it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from refslint.cli import main
from refslint.fixes import apply_edits
from tests.timing import assert_linear

CODES = ["RL591", "RL592", "RL593", "RL594", "RL595"]


def found(lint, text: str, code: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=[code])]


def numbered(*entries: str) -> str:
    return "".join(f"{n}. {entry}\n" for n, entry in enumerate(entries, 1))


# --- RL591: a space before a title's closing mark -------------------------------------------------

VANCOUVER = numbered(
    "Rao Q, Zuo B, Lu Z. Tumor-derived exosomes elicit tumor suppression in vitro . Hepatology. "
    "2016;64:456-72.",
    "Smith J, Jones K. Stem cells , and their niches: a review. Cell. 2020;18:1-9.",
    "Lee A, Park B. Does exercise help ? A trial in older adults. Lancet. 2019;393:22-30.",
    "Wang L, Chen H. Outcomes of surgery: a cohort study. BMJ. 2018;360:k12.",
    "Ortiz A, Lund B. Statins and cancer: what is known? Nat Rev Cancer. 2017;17:20-9.",
    "Kim S, Cho D. Sleep and memory... and what comes after. Neuron. 2015;88:1-10.",
    "Roy E, Sato C. P values below .05: a reappraisal. JAMA. 2016;315:1-3.",
)


def test_a_space_before_a_titles_mark_is_flagged_and_removed(lint):
    hits = lint(VANCOUVER, select=["RL591"])
    assert [(d.entry, str(d.severity)) for d in hits] == [
        (1, "warning"),
        (2, "warning"),
        (3, "warning"),
    ]
    assert hits[0].message == "space before `.` in the title (`vitro .`); expected `vitro.`"
    fixed = apply_edits(VANCOUVER, [e for d in hits for e in d.edits])
    assert "in vitro. Hepatology" in fixed
    assert "Stem cells, and" in fixed and "help? A trial" in fixed


FRENCH = numbered(
    "Dupont J, Martin P. La santé publique : enjeux et perspectives. Rev Epidemiol Sante "
    "Publique. 2018;66:1-9.",
    "Bernard C. Le vaccin : pourquoi hésiter ? Presse Med. 2019;48:12-8.",
    "Petit L, Roux M. Les soins primaires : une revue. Rev Prat. 2020;70:33-40.",
    "Moreau A. Quelle place pour la prévention ? Sante Publique. 2017;29:5-12.",
    "Girard T. Éthique et soins : une approche clinique. Ethique Sante. 2016;13:4-10.",
)


def test_french_spacing_before_colons_and_question_marks_is_the_lists_own(lint):
    assert found(lint, FRENCH, "RL591") == []


def test_a_french_title_in_an_english_list_keeps_its_spaced_colon(lint):
    text = VANCOUVER.replace("Tumor-derived exosomes elicit tumor suppression in vitro .", "Title.")
    text = text.replace("Does exercise help ? A trial in older adults.", "Does it help? A trial.")
    text += "8. Dupont J. La santé publique : enjeux et perspectives pour la France. Rev Prat. 2018;1:1.\n"
    assert [entry for entry, _ in found(lint, text, "RL591")] == [2]


def test_an_english_title_in_a_list_set_in_french_typography_keeps_its_spaced_colon(lint):
    text = (
        "1. S.G. Calabresi, « Federalism and the Rehnquist Court : a normative defense », The "
        "Annals, 574, 2001, p. 24-36.\n"
        "2. J. Dupont, « La santé publique », Revue, 12, 2018, p. 1-9.\n"
        "3. P. Martin, « Les soins: une revue », Revue, 13, 2019, p. 10-19.\n"
    )
    assert found(lint, text, "RL591") == []


PHYSICS = (
    "[1] H. Shirakawa e A.J. Heeger, Chemical Communications 16 , 578 (1977).\n"
    "[2] C.K. Chiang e A.G. MacDiarmid, Phys. Rev. Lett. 39 , 1098 (1977).\n"
    "[3] N.S. Sariciftci e F. Wudl, Science 258 , 1474 (1992).\n"
    "[4] J.M. Halls, Photoconductive properties of conjugated polymers . Doctoral Thesis, "
    "University of Cambridge, 1994.\n"
    "[5] J.C. Slater e G.F. Koster, Physical Review 94 , 1498 (1954).\n"
)


def test_a_list_that_spaces_its_commas_on_purpose_is_left_alone(lint):
    assert found(lint, PHYSICS, "RL591") == []


def test_names_numbers_placeholders_and_ellipses_are_not_a_title_mark(lint):
    right = numbered(
        "Filippo Fonio , 2008, Sono storie d'amore e basta. Cahiers d'études italiennes.",
        "__________ . The evolution of corporate planning. Harvard Bus Rev. 1980;58:1-9.",
        "Adams P. Waiting for . . . something. Lit Rev. 2001;4:1-9.",
        "Bell R. The .NET framework in practice. Softw Pract. 2005;35:1-9.",
        "Cole M. Nicotine & tobacco research. Nicotine Tob Res : official journal of the "
        "Society. 2010;12:1-9.",
    )
    assert found(lint, right, "RL591") == []


# --- RL592: no space after a subtitle's colon -----------------------------------------------------

NAR = numbered(
    "Cui C, Zhong B, Fan R, Cui Q. HMDD v4.0: a database for microRNA-disease associations. "
    "Nucleic Acids Res. 2024;52:D1-9.",
    "Shu C, Sun Q, Fan G. VarEPS-Influ:an evaluation system of influenza virus genomes. Nucleic "
    "Acids Res. 2024;52:D10-9.",
    "Conroy MJ, Andrews RM. LIPID MAPS: update to databases and tools. Nucleic Acids Res. "
    "2024;52:D20-9.",
    "Zhang Y, Liu X. INTEDE 2.0: the metabolic roadmap of drugs. Nucleic Acids Res. 2024;52:D30-9.",
)

APA_NOTATION = (
    "Alvarez, R., & Chen, L. (2019). Calcium:magnesium ratios in soil: A field study. "
    "Geoderma, 12, 45-67.\n"
    "Brown, T. (2018). Ti:sapphire lasers at 10:30 fs: A review. Optics Letters, 43, 1-9.\n"
    "Cruz, D. (2020). BCR:ABL and HLA-A*02:01 in leukemia: New data. Blood, 135, 1-9.\n"
    "Dyer, K. (2017). Reading John 3:16 today: A commentary. Theology, 120, 1-9.\n"
    "Evans, M. (2016). Ca:Mg and Nd:YAG, doi:10.1000/x and urn:nbn:de:1: Notes. Chem, 1, 1-9.\n"
    "Ford, J. (2015). The gag:pol ratio of retroviruses: A model. J Virol, 89, 1-9.\n"
)


def test_a_glued_subtitle_colon_is_flagged_and_spaced(lint):
    hits = lint(NAR, select=["RL592"])
    assert [d.entry for d in hits] == [2]
    assert hits[0].message == (
        "no space after the colon in the title (`VarEPS-Influ:an`); expected `VarEPS-Influ: an`"
    )
    fixed = apply_edits(NAR, [e for d in hits for e in d.edits])
    assert "VarEPS-Influ: an evaluation" in fixed


def test_ratios_notation_verses_and_identifiers_keep_their_colons(lint):
    assert found(lint, APA_NOTATION, "RL592") == []


def test_a_list_that_never_spaces_its_colons_is_its_own_style(lint):
    unspaced = NAR.replace(": ", ":")
    assert found(lint, unspaced, "RL592") == []


# --- RL593: a hyphen where the title has a dash ---------------------------------------------------

DASHES = numbered(
    "Kumar M, Michael S. ELM-the Eukaryotic Linear Motif resource-2024 update. Nucleic Acids "
    "Res. 2024;52:D442-55.",
    "Wishart DS, Kruger R. PathBank 2.0-the pathway database for model organisms. Nucleic Acids "
    "Res. 2024;52:D654-62.",
    "Rafikova E, Nemirovich N. Open Genes-a new comprehensive database of human genes. Nucleic "
    "Acids Res. 2024;52:D1-9.",
)

COMPOUNDS = (
    "[1] A. Lee, “State-of-the-art methods and up-to-the-minute data,” IEEE Trans. Med. "
    "Imaging, vol. 5, no. 2, pp. 1–9, 2019.\n"
    "[2] B. Kim, “A one-a-day pill, know-how and an all-the-way approach,” IEEE Access, vol. 7, pp. 1–9, "
    "2019.\n"
    "[3] C. Park, “Pre-and post-operative, pre-and postnatal care of vitamin-a deficiency,” IEEE Access, vol. 7, "
    "pp. 10–19, 2019.\n"
    "[4] D. Cho, “Hepatitis-a virus and type-a behaviour in man-in-the-middle attacks,” IEEE "
    "Access, vol. 7, pp. 20–29, 2019.\n"
    "[5] E. Ruiz, “Over-the-counter drugs and a hit-and-run analysis,” IEEE Access, vol. 7, "
    "pp. 30–39, 2019.\n"
    "[6] F. Sato, “TNF-a induces apoptosis and PPAR-a a shift in lipid use,” IEEE Access, "
    "vol. 7, pp. 40–49, 2019.\n"
)


def test_a_hyphen_before_a_clause_of_its_own_is_flagged_as_a_dash(lint):
    hits = lint(DASHES, select=["RL593"])
    assert [(d.entry, str(d.severity)) for d in hits] == [(1, "warning")] * 2 + [
        (2, "warning"),
        (3, "warning"),
    ]
    assert hits[0].message == "hyphen where the title has a dash (`ELM-the`); expected `ELM—the`"
    assert all(str(d.fix_applicability) == "unsafe" for d in hits)
    fixed = apply_edits(DASHES, [e for d in hits for e in d.edits])
    assert "ELM—the Eukaryotic" in fixed and "resource—2024 update" in fixed
    assert "PathBank 2.0—the" in fixed and "Open Genes—a new" in fixed


def test_english_compounds_and_letter_designators_keep_their_hyphens(lint):
    assert found(lint, COMPOUNDS, "RL593") == []


# an acronym joined by a hyphen to the words it stands for, in Vancouver and author-date styles
ACRONYMS = numbered(
    "Swofford DL (2000). PAUP*-Phylogenetic Analysis Using Parsimony (*and other methods). "
    "Version 4. Sinauer Associates, Sunderland, MA, USA.",
    "Altschul SF, Gish W. BLAST-Basic Local Alignment Search Tool revisited. J Mol Biol. "
    "1990;215:403-10.",
    "Smith, J., & Lee, K. (2019). QOL-Quality of Life in older adults. Age and Ageing, 48, 1–9.",
)
# acronyms before a hyphen and a capital that do not spell them: compounds in title case
NOT_EXPANSIONS = numbered(
    "Heaton RK, Clifford DB. HIV-Associated Neurocognitive Disorders Persist in the Era of Potent "
    "Antiretroviral Therapy. Neurology. 2010;75:2087-96.",
    "Park J. MRI-Guided Biopsy of the Prostate. Radiology. 2018;289:1-9.",
    "Lee, A. (2021). COVID-Related Stress and Sleep. Sleep, 44, 1–9.",
    "Kim S. DNA-Protein Interactions in Chromatin. Cell. 2015;161:1-9.",
)


def test_an_acronym_hyphened_to_its_own_expansion_wants_a_dash(lint):
    hits = lint(ACRONYMS, select=["RL593"])
    assert [d.entry for d in hits] == [1, 2, 3]
    assert hits[0].message == (
        "hyphen where the title has a dash (`PAUP*-Phylogenetic`); expected `PAUP*—Phylogenetic`"
    )
    fixed = apply_edits(ACRONYMS, [e for d in hits for e in d.edits])
    assert "BLAST—Basic Local" in fixed and "QOL—Quality of Life" in fixed
    assert found(lint, NOT_EXPANSIONS, "RL593") == []


def test_a_portuguese_title_keeps_its_hyphenated_pronouns(lint):
    text = numbered(
        "Silva AB, Souza CD. Conhecê-la e tratá-la: a doença renal crônica-a revisão. Rev Saude "
        "Publica. 2018;52:1-9.",
    )
    assert found(lint, text, "RL593") == []


# --- RL594: two titles run together ---------------------------------------------------------------

RUN_TOGETHER = numbered(
    "Coldicott Y, Nesheim BI. The ethics of intimate examinations: teaching tomorrow's "
    "doctorsCommentary: respecting the patient. BMJ. 2003;326:97-101.",
    "Vitale A. Mitochondrial andMyogenic Roles of a Small Heat Shock Protein. Circ Res. "
    "2018;122:1-9.",
)

CAMEL = (
    "1. Lee A. Using PathBank, NanoLuc and DeepMind tools on an iPhone. eLife. 2020;9:e1.\n"
    "2. Kim B. McDonald and MacArthur on mRNA and pH in GitHub and JavaScript. Cell. 2020;1:1.\n"
    "3. Cho C. The forEach loop and the useEffect hook in practice. Softw Eng. 2021;2:1-9.\n"
    "4. Park D. Preprints on bioRxiv and medRxiv: a census. PLoS Biol. 2021;19:e1.\n"
    "5. Ruiz E. The rateLimiter pattern in rateLimiter design. Softw Eng. 2021;2:10-9.\n"
    "6. Liao Y, Smyth GK. featureCounts: an efficient general purpose program. Bioinformatics. "
    "2014;30:923-30.\n"
    "7. Wu T, Hu E. Enrichment analysis with clusterProfiler, an R package. Innovation. "
    "2021;2:100141.\n"
    "8. Ramirez F. Exploring deepTools in practice: a web server. Nucleic Acids Res. "
    "2016;44:W160-5.\n"
    "9. Lee Y. Reads counted with featureCounts in mice. Genome Res. 2015;25:1-9.\n"
)


def test_titles_run_together_are_flagged_with_a_stop_or_a_space(lint):
    hits = lint(RUN_TOGETHER, select=["RL594"])
    assert [(d.entry, d.message) for d in hits] == [
        (1, "two titles run together (`doctorsCommentary`); expected `doctors. Commentary`"),
        (2, "two words run together (`andMyogenic`); expected `and Myogenic`"),
    ]
    fixed = apply_edits(RUN_TOGETHER, [e for d in hits for e in d.edits])
    assert "tomorrow's doctors. Commentary:" in fixed and "Mitochondrial and Myogenic" in fixed


def test_camel_case_names_products_and_code_are_left_alone(lint):
    assert found(lint, CAMEL, "RL594") == []


# --- RL595: a stray symbol at the end of a title or entry -----------------------------------------

STRAY = (
    "1. K. Kaur and S. Salwi, “Pelvic Exams Under Anesthesia: A Multi-Institutional Study✰,” "
    "Journal of Surgical Education 79, no. 6 (2022): 1413–1421.\n"
    "2. Hart, A. (2019). Outcomes of day surgery†. Surgery, 12, 1-9.\n"
    "3. Lund B. Cell death and autophagy. Cell. 2020;18:1-9.‡\n"
)

NAMES = (
    "[1] G. K. Pedersen, C*-algebras and their automorphism groups. London: Academic Press, "
    "1979.\n"
    "[2] P. E. Hart and N. J. Nilsson, “A formal basis for the A* search,” IEEE Trans. Syst. Sci. "
    "Cybern., vol. 4, no. 2, pp. 100–107, 1968.\n"
    "[3] D. Syme, Expert F#. Berkeley, CA: Apress, 2007.\n"
    "[4] J. Albahari, Programming in C#. Sebastopol, CA: O'Reilly, 2010.\n"
    "[5] P. Dirac, “On the operator a†,” Proc. R. Soc. A, vol. 114, pp. 243–265, 1927.\n"
    "[6] T. Reed, *Bull. Brit. Mus. Zool.*\n"
    "[7] ASH, Le gouvernement fait le point sur son action. ASH, 14/02/14, n°2847.*\n"
)


def test_a_footnote_mark_left_at_a_titles_or_an_entrys_end_is_flagged(lint):
    hits = lint(STRAY, select=["RL595"])
    assert [(d.entry, d.message) for d in hits] == [
        (1, "stray symbol `✰` at the end of the title: a footnote mark left from a PDF"),
        (2, "stray symbol `†` at the end of the title: a footnote mark left from a PDF"),
        (3, "stray symbol `‡` at the end of the entry: a footnote mark left from a PDF"),
    ]
    fixed = apply_edits(STRAY, [e for d in hits for e in d.edits])
    assert "Study,”" in fixed and "day surgery." in fixed and "1-9.\n" in fixed


def test_symbols_that_belong_to_a_name_are_left_alone(lint):
    assert found(lint, NAMES, "RL595") == []


# --- all five: right lists stay silent, fixes are atomic and applied once -------------------------


def test_the_right_lists_of_every_style_are_silent_under_all_five(lint):
    for text in (FRENCH, PHYSICS, APA_NOTATION, COMPOUNDS, CAMEL, NAMES):
        assert lint(text, select=CODES) == [], text


def test_fix_then_a_second_fix_changes_nothing(tmp_path: Path, capsys):
    lines = (VANCOUVER + DASHES + RUN_TOGETHER + STRAY).splitlines()
    text = "".join(f"{n}. {line.split('. ', 1)[1]}\n" for n, line in enumerate(lines, 1))
    path = tmp_path / "refs.txt"
    path.write_text(text, encoding="utf-8")
    args = [str(path), "--offline", "--today", "2026-11-26", "--select", ",".join(CODES)]
    assert main([*args, "--fix"]) == 1  # safe fixes applied; the dashes and stops remain
    safe = path.read_text(encoding="utf-8")
    assert "in vitro. Hepatology" in safe and "Study,”" in safe and "ELM-the" in safe
    assert main([*args, "--fix", "--unsafe-fixes"]) == 1  # it changed the file
    first = path.read_bytes()
    assert "ELM—the".encode() in first and b"doctors. Commentary" in first
    mtime = path.stat().st_mtime_ns
    capsys.readouterr()
    assert main([*args, "--fix", "--unsafe-fixes"]) == 0
    assert path.read_bytes() == first and path.stat().st_mtime_ns == mtime
    assert "Fixed" not in capsys.readouterr().out


def test_each_pattern_grows_linearly_with_what_it_looks_for():
    """Long runs of what each pattern looks for (spaces before no mark, hyphenated letters, camel
    case, symbols after no word): twice the text costs about twice the time, not four times."""
    from refslint_rules import title_marks as rules

    shapes = {
        "RL591": (rules._SPACED_MARK, "a" + " " * 40, "b ."),
        "RL592": (rules._GLUED_COLON, "ab-", "abc:an b"),
        "RL592 word": (rules._GLUED_COLON, "abcd", " x"),
        "RL593": (rules._HYPHEN_CLAUSE, "a-the", " b"),
        "RL593 token": (rules._SPACED_HYPHEN, "ab)", " x"),
        "RL593 spaces": (rules._SPACED_HYPHEN, "ab" + " " * 20, "-"),
        "RL593 spaced": (rules._SPACED_HYPHEN, "ab - ", "c"),
        "RL594": (rules._RUN_TOGETHER, "abcAbcd", " x"),
        "RL595": (rules._STRAY, "ab✰", " x"),
    }
    for name, (found, unit, end) in shapes.items():

        def scan(n: int, found=found, unit=unit, end=end) -> Callable[[], object]:
            text = unit * n + end
            return lambda: list(found.finditer(text))

        assert_linear(scan(2000), scan(4000), bound=3, what=name)


# --- RL593: a spaced hyphen for a dash, in a list that prints no dash -----------------------------

SPACED_TITLES = (
    "Barbosa TS, Gaviao MB. Quality of life and oral health in children - Part I: the Brazilian "
    "version. Cien Saude Colet. 2011;16(10):4077-85.",
    "American Diabetes Association. Standards of medical care in diabetes - 2016. Diabetes Care. "
    "2016;39(1):1-111.",
    "Iser BP, Claro RM. Fatores de risco obtidos por inquérito telefônico - VIGITEL Brasil - 2009. "
    "Rev Bras Epidemiol. 2011;14(1):90-102.",
    "Assis AB, Lima CD. Qualidade de vida (AUQEI -Autoquestionnaire Qualité de Vie Enfant Imagé). "
    "Rev Saude Publica. 2010;44(2):20-9.",
    "Terp K, Strand A. Parents' experiences after their child was admitted to a PICU-An interview "
    "study. Intensive Crit Care Nurs. 2017;43:143-8.",
)
RANGES_AND_MINUS = (
    "Souza AB, Melo CD. Vaccination coverage, Brazil, 1990 - 2000. Rev Saude Publica. "
    "2003;37(2):10-9.",
    "Lima AB, Reis CD. Hospital admissions, January - March 2020. Cad Saude Publica. "
    "2021;37(1):30-9.",
    "Australian Bureau of Statistics. 4364.0 - National Health Survey: summary of results. Canberra: "
    "ABS; 2009.",
    "Costa AB, Dias CD. Pre- and post-operative care of x - y plots. Rev Bras Cir. 2015;42(3):1-9.",
    "Naso FD, Boi D. Nuclear localisation of Aurora-A kinase in cancer. Open Biol. 2021;11(1):4-9.",
    "Reis AB, Melo CD. Anti - inflammatory and dose - dependent effects on T - cell activation. "
    "Rev Bras Imunol. 2014;12(2):50-9.",
)


def test_a_spaced_hyphen_in_a_list_that_prints_no_dash_is_flagged(lint):
    text = numbered(*SPACED_TITLES, *RANGES_AND_MINUS)
    hits = lint(text, select=["RL593"])
    assert [(d.entry, str(d.severity)) for d in hits] == [
        (1, "warning"),
        (2, "warning"),
        (3, "warning"),
        (3, "warning"),
        (4, "warning"),
        (5, "warning"),
    ]
    assert hits[0].message == (
        "spaced hyphen where the title has a dash (`children - Part`), in a list that prints no "
        "dash; expected `children—Part`"
    )
    fixed = apply_edits(text, [e for d in hits for e in d.edits])
    assert "children—Part I" in fixed and "diabetes—2016" in fixed
    assert "telefônico—VIGITEL Brasil—2009" in fixed and "(AUQEI—Autoquestionnaire" in fixed
    assert "PICU—An interview" in fixed
    assert "1990 - 2000" in fixed and "January - March" in fixed and "4364.0 - National" in fixed
    assert "Pre- and post-operative" in fixed and "x - y" in fixed and "Aurora-A kinase" in fixed
    assert "Anti - inflammatory and dose - dependent effects on T - cell" in fixed


def test_a_list_that_prints_dashes_keeps_its_spaced_hyphens(lint):
    # F1000's own form: spaced hyphens in titles beside en-dash ranges
    f1000 = (
        "1. Lachenmeier DW: Hemp food products - A problem? Deut Lebensm Rundsch. 2004; 100: "
        "481–490.\n"
        "2. Lachenmeier DW, Bock V: Hemp food products - an update. Deut Lebensm Rundsch. 2019; "
        "115: 351–372.\n"
        "3. Expert Committee: Cannabidiol (CBD) - Critical review report. World Health "
        "Organization: Geneva, 2018.\n"
    )
    apa = (
        "Barbosa, T. S., & Gaviao, M. B. (2011). Quality of life in children - Part I. Ciência & "
        "Saúde Coletiva, 16(10), 4077–4085.\n\n"
        "Iser, B. P., & Claro, R. M. (2011). Standards of care - 2016. Diabetes Care, 39(1), "
        "1–111.\n\n"
        "Lima, A. (2012). Hospital care—a review. Health Policy, 4(1), 1–9.\n"
    )
    ieee = (
        '[1] A. Lee, "Workshop on epidemiology - a report," IEEE Access, vol. 5, pp. 1–9, 2019.\n'
        '[2] B. Kim, "Sensor networks," IEEE Sens. J., vol. 7, no. 2, pp. 10–19, 2019.\n'
    )
    for text in (f1000, apa, ieee):
        assert found(lint, text, "RL593") == []


def test_a_list_with_too_few_ranges_to_tell_is_left_alone(lint):
    # physics lists give first pages or article numbers: nothing shows how they set a range
    text = (
        "[1] A. Smith and B. Jones, Spin waves - a review, Phys. Rev. B 99, 014104 (2019).\n"
        "[2] C. Wu, Magnons - theory, Phys. Rev. Lett. 120, 117 (2018).\n"
    )
    assert found(lint, text, "RL593") == []


def test_abnt_spaced_hyphen_in_a_hyphen_list_is_flagged(lint):
    # ABNT: `SOBRENOME, A. Título. Revista, v. 1, n. 2, p. 10-20, 2020.`, every range a hyphen
    text = (
        "1. SILVA, A. B. Saúde bucal na infância - revisão. Revista de Saúde, v. 1, n. 2, "
        "p. 10-20, 2020.\n"
        "2. SOUZA, C. D. Cárie dentária. Revista de Saúde, v. 2, n. 1, p. 30-40, 2021.\n"
        "3. LIMA, E. F. Fluoretação. Revista de Saúde, v. 3, n. 1, p. 50-60, 2022.\n"
    )
    assert [d.entry for d in lint(text, select=["RL593"])] == [1]
