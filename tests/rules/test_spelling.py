"""RL550: a probable misspelling in an English element, and the many words it must leave alone."""

from __future__ import annotations

import pytest

from refslint.api import Applicability
from refslint.engine import lint_text
from refslint.fixes import apply_edits

# Entries around the one tested, so that every list reads like a real one.
CONTEXT = """\
2. Weber L, Ortiz M. Habitat loss and the decline of pollinators. J Ecol. 2001;89:1-12.
3. Adams RT. Regional variation in hospital admissions for asthma. BMJ. 2002;324:3-4.
"""


def findings(first: str, context: str = CONTEXT) -> list:
    return lint_text(f"{first}\n{context}", select="RL550", offline=True)


@pytest.mark.parametrize(
    ("entry", "word", "correction"),
    [
        (  # Vancouver, first word of the title
            "1. Gillespie JH. Nautural selection for within-generation variance in offspring"
            " number. Genetics. 1974;76:601-6.",
            "Nautural",
            "Natural",
        ),
        (  # author-date, a word inside a sentence-case title
            "1. Zheng A, Peng Z (2000) Expression of the protein in premalignant lesions and"
            " caecinoma of the vulva. Sichuan Med J 5: 405-406.",
            "caecinoma",
            "carcinoma",
        ),
        (  # a publisher
            "1. Adams D. Statistical methods for field ecology. Ithaca (NY): Cornell Unversity;"
            " 2015.",
            "Unversity",
            "University",
        ),
        (  # APA: a dropped letter is likelier than a wrong one (`Vacation` is as near)
            "1. Kiesling, S., Dilley, L., & Raymond, W. D. (2006). The Varation in Conversation"
            " Project: Creation of a corpus. Ohio State University.",
            "Varation",
            "Variation",
        ),
        (  # APA, a letter doubled
            "1. Moore, K. (2019). A comparison of two methods for measuring blood presssure in"
            " children. Pediatrics, 143(2), 1–9.",
            "presssure",
            "pressure",
        ),
        (  # a prefixed noun in `-sis`, its slip ending as Latin does; the dictionary counts
            # `reanalysis` too rarely to offer it, `analysis` often
            "1. Bader, M. (2000). On the reanalyis of sentences after a garden path. Cognition,"
            " 4(1), 187–246.",
            "reanalyis",
            "reanalysis",
        ),
        (
            "1. Lee A, Cho K. Testing the hypothsis of a common cause of the two diseases in"
            " children. BMJ. 2012;344:1-9.",
            "hypothsis",
            "hypothesis",
        ),
    ],
)
def test_a_word_one_edit_from_a_common_word_is_flagged_with_its_fix(entry, word, correction):
    (found,) = findings(entry)
    assert found.code == "RL550"
    assert found.entry == 1
    assert f"`{word}`" in found.message and f"`{correction}`" in found.message
    assert found.fix_applicability is Applicability.UNSAFE
    text = f"{entry}\n{CONTEXT}"
    fixed = apply_edits(text, found.edits)
    assert fixed is not None
    assert correction in fixed.splitlines()[0] and word not in fixed.splitlines()[0]


@pytest.mark.parametrize(
    "entry",
    [
        # Portuguese, Spanish, German and French titles
        "1. Silva AB, Souza CD. Vigilância epidemiológica das hepatites virais no Brasil: uma"
        " análise descritiva. Rev Saude Publica. 2020;54:1-9.",
        "1. García L. Prevalencia de obesidad infantil en escuelas públicas de Madrid. Gac"
        " Sanit. 2018;32:100-5.",
        "1. Müller H. Untersuchungen zur Verbreitung der Borreliose in Nordbayern. Dtsch Med"
        " Wochenschr. 2010;135:1-5.",
        "1. Dupont P. Analyse des politiques publiques pour la santé des enfants. Sante"
        " Publique. 2015;27:11-9.",
        # acronyms, mixed case, digits
        "1. Lonsdale J. The Genotype-Tissue Expression (GTEx) project and mRNA levels at CpG"
        " islands. Nat Genet. 2013;45:580-5.",
        # British spellings
        "1. Hughes R. Tumour programmes and haematology services in the organisation of"
        " paediatric care. Br J Haematol. 2012;12:1-9.",
        # Latin: species, phrases, anatomy
        "1. Brenner S. The genetics of Caenorhabditis elegans and behaviour in vitro."
        " Genetics. 1974;77:71-94.",
        "1. Wang H. Lichen sclerosus of the vulva in older women. J Low Genit Tract Dis."
        " 2012;16:1-5.",
        # names: hyphenated pairs, a short capitalised word in a title, names with initials
        "1. Tumminello M. Kullback-Leibler distance as a measure of filtered information."
        " Phys Rev E. 2007;76:031123.",
        "1. Sanchez SF. The Calar Alto legacy integral field area survey. Astron Astrophys."
        " 2012;538:A8.",
        # journal abbreviations
        "1. Baker T. Sleep and memory in older adults. J Clin Psychol Technol. 2014;3:1-8.",
        # technical vocabulary one letter from a common word
        "1. Kim S. Anionic redox chemistry of analytes and titin in cardiomyocytes. Adv"
        " Mater. 2024;36:e2303612.",
        # the ocean and atmosphere sciences' words (`advective`, one edit from `adjective`)
        "1. A. Author, Advective and diffusive heat fluxes in a warming ocean. J. Phys. Oceanogr."
        " 40, 1-12 (2010).",
        "1. Moore K. Heat advected by eddies and the advection of salt in the upper ocean."
        " J Clim. 2015;28:1-9.",
        # names where the grammar found none, or beside initials
        "1. Bird, Jon, Barry Curtis, and Lisa Tickner, eds. Mapping the Futures: Local Cultures,"
        " Global Change. London: Routledge, 1993.",
        "1. Lifschitz V. On the semantics of planning. In: Allen J, Tate A, editors. Readings in"
        " Planning. Edited by J. Hendler. San Mateo: Morgan Kaufmann; 1990. p. 523-30.",
        "1. Robert Y. Vector architectures and Gaussian elimination. New York: Halsted Press;"
        " 1990.",
        # editors' names written out before APA's `(Eds.)`
        "1. Adams, W. (2010). Data structures for statistical computing. In Anne Brown & Jarrod"
        " Millman (Eds.), Proceedings of the 9th Conference (pp. 56–61). Publisher.",
        # an editor's name written out after `edited by` (`Thaller`, one edit from `Taller`)
        "1. Fiormonte, D. (2012). Towards a Cultural Critique. In Controversies around the"
        " Digital Humanities, edited by Manfred Thaller, 59-76.",
        # a term of computing
        "1. Kluyver T. Jupyter notebooks: a publishing format for reproducible computational"
        " workflows. Positioning and Power in Academic Publishing. 2016:87-90.",
        # a word broken at a line's end
        "1. Hancock J. Numbers of scaled accelerograms required for dynamic analyses. Earthquake"
        " Engi-neering & Structural Dynamics. 2008;37:1585-607.",
        "1. Walker R. The mental health of children centred on their schools. Child Care Health"
        " Dev. 2011;37:1-9.",
        # drug names, by the stems of their nonproprietary names
        "1. Mitchell J. Impact of Statins on Outcomes Following Coronary Artery Calcium Scoring."
        " J Am Coll Cardiol. 2018;72:3233-42.",
        # a verb with the prefix biology writes solid
        "1. Chan HS. Serine protease PRSS23 is upregulated by estrogen receptor. PLoS One."
        " 2012;7:e30397.",
        "1. Lin KT. Genes downregulated in breast cancer cells. Oncogene. 2013;32:1-9.",
        # species epithets end as Latin does, and are no slips of English nouns in `-sis`
        "1. Kim S. Antifungal activity of Salvia officinalis and Thymus vulgaris essential oils"
        " against Candida tenuis in food. Food Control. 2015;48:1-9.",
        # a misspelt month is the date rules' to report
        "1. Halvorsen TK. Bone density after lithium treatment. J Bone Miner Res. 2019"
        " Septmber 12;34(9):1611-9.",
    ],
)
def test_words_that_are_not_misspellings_stay_silent(entry):
    assert findings(entry) == []


def test_a_word_the_list_uses_twice_is_the_fields_own():
    entry = "1. Nanda S. Clustering stock market data for porfolio management. Expert Syst"
    again = "4. Pai GA. Diversified porfolio selection with clustering. Expert Syst. 2009;13:1-5."
    assert findings(entry, CONTEXT + again + "\n") == []
    assert [f.message for f in findings(entry + ". 2010;37:1-6.")] == [
        "`porfolio` is probably misspelt: `portfolio`?"
    ]


def test_an_authors_name_is_never_a_misspelling():
    entry = "1. Keywood C, Adams R. Migraine treatment with Keywood scales in adults. Headache. 2002;42:1-9."
    assert findings(entry) == []


def test_the_rule_documents_itself():
    from refslint_rules import spelling

    doc = spelling.probable_misspelling.docs
    assert "pyspellchecker" in doc and "Use instead" in doc


def test_the_word_list_is_read_only_when_the_rule_runs():
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from refslint.engine import lint_text\n"
        "text = '1. Gillespie JH. Nautural selection in offspring. Genetics. 1974;76:601-6.\\n'\n"
        "import refslint_rules.spelling as spelling\n"
        "lint_text(text, ignore='RL550', offline=True)\n"
        "print(spelling.english_words.cache_info().currsize == 1)\n"
        "lint_text(text, select='RL550', offline=True)\n"
        "print(spelling.english_words.cache_info().currsize == 1)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]


def _load_words(folder) -> str:
    """Load the word list in a fresh process whose cache folder is `folder`; its word count."""
    import os
    import subprocess
    import sys

    probe = "import refslint_rules.spelling as s; print(len(s.english_words()))"
    env = dict(os.environ, REFSLINT_CACHE_DIR=str(folder))
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    return done.stdout.strip()


def test_the_word_list_is_kept_in_the_cache_folder_and_a_damaged_copy_is_rebuilt(tmp_path):
    first = _load_words(tmp_path)
    (kept,) = tmp_path.glob("words-en-*.crc")
    assert int(first) > 100_000
    assert _load_words(tmp_path) == first  # read back from the kept copy
    kept.write_bytes(b"\x00not a word table")
    assert _load_words(tmp_path) == first  # decoded from the library's list again
    assert kept.stat().st_size > 1_000_000  # and kept whole once more


def test_str_strip_and_the_pattern_space_agree_on_every_character():
    """`_broken_before` finds the run of spaces with `str.rstrip` and matches it with `\\s`."""
    import re
    import sys

    space = re.compile(r"\s")
    differ = [c for c in map(chr, range(sys.maxunicode + 1)) if bool(space.match(c)) != c.isspace()]
    assert differ == []


def test_a_word_broken_at_a_line_end_is_found_from_the_run_of_spaces_alone():
    from refslint_rules import spelling

    texts = [
        "Engi-  neering of sys- tems",
        "a- \n",
        "a-\n",
        "9- x",
        "_- x",
        "é-\u00a0x",
        "-- x",
        "x",
    ]
    texts += ["Mole- \u2003cular bio-\n\nlogy", "Some title without a break at all"]
    for text in texts:
        for start in range(len(text) + 1):
            whole = spelling._BROKEN_BEFORE.search(text, 0, start) is not None
            assert spelling._broken_before(text, start) == whole, (text, start)


@pytest.mark.parametrize(
    "word", ["nautural", "caecinoma", "presssure", "aaaaaa", "abbccb", "varation", "seesaw", "ab"]
)
def test_edits_are_every_one_edit_string_that_keeps_both_ends(word):
    """`_edits` makes only the strings with the word's first and last letters: the same, kind by
    kind, as making every string one edit away and keeping those (doubled letters at the ends
    included, where an edit at an end gives a string an inner edit gives too)."""
    from refslint_rules.spelling import _ALPHABET, _edits

    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    dropped = {a + c + b for a, b in splits for c in _ALPHABET}
    dropped |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changed = {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    added = {a + b[1:] for a, b in splits if b}
    every = [edits - {word} for edits in (dropped, changed, added)]
    kept = [{e for e in edits if e and e[0] == word[0] and e[-1] == word[-1]} for edits in every]
    assert list(_edits(word)) == kept


@pytest.mark.parametrize(
    ("entry", "word", "correction"),
    [
        (  # a rare word, which the one-edit check would not dare
            "1. Baltensperger DD. Progress with proso, pearl and other milllets. Crop Sci."
            " 2002;42:100-3.",
            "milllets",
            "millets",
        ),
        (  # capitalised inside a sentence-case title, where a name would be left alone
            "1. Ling KS, Levi A. Sources of resistances to Zuccchini yellow mosaic virus in"
            " Lagenaria siceraria germplasm. HortScience 2007;42:1124-1126.",
            "Zuccchini",
            "Zucchini",
        ),
        (  # a word the list spells right in another entry
            "1. Smith A. Bioassays of gibbberellin extracts. Crop Sci. 2010;42:1-3.",
            "gibbberellin",
            "gibberellin",
        ),
    ],
)
def test_a_letter_printed_three_times_is_flagged(entry, word, correction):
    context = CONTEXT + "4. Lee B. Gibberellin in dry lands. Field Crops Res. 2003;81:1-9.\n"
    (found,) = findings(entry, context)
    assert f"`{word}`" in found.message and f"`{correction}`" in found.message
    fixed = apply_edits(f"{entry}\n{context}", found.edits)
    assert fixed is not None and correction in fixed.splitlines()[0]


@pytest.mark.parametrize(
    "entry",
    [
        "1. Smith A. Data from www and the isciii registry. Gut. 2001;3:1-2.",
        "1. Smith A. Die Schifffahrt auf dem Rhein. Z Verkehr. 2001;3:1-2.",
        "1. Smith A. The GGGCCC repeat in ALS. Gut. 2001;3:1-2.",
        "1. Smith A. Progress with proso, pearl and other millets. Crop Sci. 2002;42:100-3.",
    ],
)
def test_three_letters_nothing_explains_pass(entry):
    assert findings(entry) == []


GENEBANK = """\
2. Weber L. Identification of drought tolerance in wheat landraces. Crop Sci. 2001;41:1-12.
3. Adams RT. Molecular identification of barley accessions. Genet Resour. 2002;49:3-4.
4. Chen Y. Identification of duplicates in a genebank collection. Euphytica. 2003;12:5-9.
"""


@pytest.mark.parametrize(
    ("entry", "word", "correction"),
    [
        (  # capitalised inside a sentence-case title, a letter dropped
            "1. Bari A, Amri A. Predicting rust resistance using Focused Identiication of"
            " Germplasm Strategy (FIGS). J Agric Sci. 2014;152:906-16.",
            "Identiication",
            "Identification",
        ),
        (  # lower case, two letters swapped
            "1. Bari A. Rapid idnetification of resistant accessions. J Agric Sci."
            " 2014;152:906-16.",
            "idnetification",
            "identification",
        ),
    ],
)
def test_a_word_one_letter_from_a_term_of_the_list_is_flagged(entry, word, correction):
    (found,) = findings(entry, GENEBANK)
    assert f"`{word}`" in found.message and f"`{correction}`" in found.message
    fixed = apply_edits(f"{entry}\n{GENEBANK}", found.edits)
    assert fixed is not None and correction in fixed.splitlines()[0]


@pytest.mark.parametrize(
    "entry",
    [
        # the term in two titles only: too little to call it the list's
        "1. Bari A. Focused Identiication of Germplasm Strategy. J Agric Sci. 2014;152:906-16.",
        # a Latin ending, as the other checks leave alone
        "1. Bari A. Identificatus and related rust races. J Agric Sci. 2014;152:906-16.",
        # the list's own term with an ending of its own
        "1. Bari A. Identifications of resistant wheat. J Agric Sci. 2014;152:906-16.",
    ],
)
def test_words_near_a_term_of_the_list_pass(entry):
    context = GENEBANK if "Identiication" not in entry else GENEBANK.split("4.")[0]
    assert findings(entry, context) == []
