"""Rules on forms the published lists of tests/data/real-lists print, each in a list written here."""

from __future__ import annotations

from refslint.fixes import apply_edits

PORTUGUESE_WEB = (
    "[1] A. Heeger, Semiconducting and Metallic Polymers, disponível em: "
    "https://www.nobelprize.org/prizes/chemistry/2000/heeger/lecture/, acessado em 01/07/2021.\n"
    "[2] H. Shirakawa, The Discovery of Polyacetylene Film, disponível em: "
    "https://www.nobelprize.org/prizes/chemistry/2000/shirakawa/lecture/, acessado em 01/07/2021.\n"
)


def test_an_access_date_in_portuguese_words_is_not_missing(lint):
    assert lint(PORTUGUESE_WEB, select=["RL304", "RL807"]) == []
    # without the date it is
    bare = PORTUGUESE_WEB.replace(", acessado em 01/07/2021", "")
    assert [d.code for d in lint(bare, select=["RL304"])] == ["RL304", "RL304"]


def test_a_note_in_other_words_among_cited_notes_is_an_odd_wording(lint):
    cited = "".join(
        f"{n}. Site {n} [Internet]. 2023 [cited 2023 Nov 3]. Available from: https://s{n}.org\n"
        for n in range(1, 6)
    )
    abnt = "6. Site 6 [Internet]. 2023. Available from: https://s6.org. Acesso em: 3 nov. 2023.\n"
    found = lint(cited + abnt, select=["RL807"])
    assert [(d.code, d.entry) for d in found] == [("RL807", 6)]
    assert "`Acesso em:`" in found[0].message


ET_AL = (
    "1. Barré T, Marcellin F, Protopopescu C et al. Hepatitis C virus cure. Liver Int. "
    "2020;40(4):811-21.\n"
    "2. Hamill V, Wong S, Mutimer D, et al. Mortality rates. Gastroenterology. 2023;164:135-45.\n"
    "3. Heeger AJ, Su WP et al Solitons in polymers. Rev Mod Phys. 1988;60:781-850.\n"
)


def test_et_al_run_on_from_the_last_name_lacks_its_comma(lint):
    found = lint(ET_AL, select=["RL530"])
    assert [(d.entry, d.message) for d in found] == [
        (1, "no comma before `et al.`; expected `Protopopescu C, et al.`"),
        (3, "no comma before `et al`; expected `Su WP, et al`"),
    ]
    assert str(found[0].fix_applicability) == "safe"
    fixed = apply_edits(ET_AL, [e for d in found for e in d.edits])
    assert fixed == ET_AL.replace("C et al.", "C, et al.").replace("WP et al", "WP, et al")


def test_et_al_after_a_name_written_initials_first_is_another_style(lint):
    physics = "1. A.J. Heeger, S. Kivelson et al., Rev. Mod. Phys. 60, 781 (1988).\n"
    assert lint(physics, select=["RL530"]) == []


PARTICLES = (
    "1. Lima SAV, Silva MRF da, Braga JPR. Access to primary care. Physis. 2015;25(2):631-55.\n"
    "2. Costa EM, da Silva AB, van Dam HJ. Right order. Estud Econ. 2018;48(1):137-73.\n"
)


def test_a_particle_after_the_initials_is_flagged_with_its_place(lint):
    found = lint(PARTICLES, select=["RL531"])
    assert [(d.entry, d.message) for d in found] == [
        (1, "name particle `da` after the initials in `Silva MRF da`; expected `da Silva MRF`")
    ]
    assert str(found[0].fix_applicability) == "unsafe"
    fixed = apply_edits(PARTICLES, list(found[0].edits))
    assert fixed == PARTICLES.replace("Silva MRF da", "da Silva MRF")


COMMA_VOLUME = (
    "1. Ren J, Wu J. Survey. Computer Communications. 2010, 33(4): 420–431.\n"
    "2. Fan CI, Ho PH. Anonymous encryption. IEEE Transactions on Computers, 2010, 59(9): 1239–49.\n"
    "3. Ren J, Wu J. Survey again. Comput Commun. 2010;33(4):420-31.\n"
    "4. Smith J. Title. Journal 2010, 5, 1-2.\n"  # APA-like: no colon before the pages
)


def test_year_volume_and_pages_set_off_by_commas(lint):
    found = lint(COMMA_VOLUME, select=["RL532"])
    assert [(d.entry, d.message) for d in found] == [
        (
            1,
            "year, volume and pages set out as `2010, 33(4): 420–431`; "
            "Vancouver writes `2010;33(4):420–431`",
        ),
        (
            2,
            "year, volume and pages set out as `2010, 59(9): 1239–49`; "
            "Vancouver writes `2010;59(9):1239–49`",
        ),
    ]
    fixed = apply_edits(COMMA_VOLUME, [e for d in found for e in d.edits])
    assert "Communications. 2010;33(4):420–431." in fixed
    assert "Computers, 2010;59(9):1239–49." in fixed


def test_a_supplement_printed_again_as_the_issue_is_still_an_article_number(lint):
    text = (
        "1. Malta DC, Gomes CS. Inequalities in health care. Cad Saude Publica. "
        "2022;38 Suppl 1(Suppl 1):e00125421.\n"
    )
    assert lint(text, select=["RL501"]) == []


PROCEEDINGS = (
    "1. Shamir A. Identity-based cryptosystems. Advances in Cryptology, Lecture Notes in Computer "
    "Science Volume 196, 1985, pp. 47–53.\n"
    "2. Catalano D, Fiore D. Certificateless onion routing. Proceedings of the 16th ACM Conference "
    "on Computer and Communications Security, 2009, pp. 151–160.\n"
    "3. Gilmer J, Dahl GE. Neural message passing. In: Proceedings of the 34th International "
    "Conference on Machine Learning; 2017 Aug 6-11; Sydney. PMLR; 2017. p. 1263-72.\n"
    "4. Ceballos G, Dirzo R. Biological annihilation. Proceedings of the National Academy of "
    "Sciences. 2017; p. 201704949.\n"
    "5. Fischl B, Dale AM. Measuring cortex. Proc Natl Acad Sci U S A. 2000;97(20):11050-5.\n"
)


def test_a_proceedings_paper_needs_its_in(lint):
    found = lint(PROCEEDINGS, select=["RL533"])
    assert [d.entry for d in found] == [1, 2]
    assert found[0].message.startswith("a paper in proceedings without `In:`")


def test_a_meetings_proceedings_are_no_journal_printed_in_full(lint):
    abbreviated = "".join(
        f"{n}. Author{chr(64 + n)} A ({1990 + n}) Title {n}. Phys Rev E {n}: {n}00-{n}10.\n"
        for n in range(1, 6)
    )
    meeting = (
        "6. MacQueen J (1967) Some methods for classification. Proceedings of the Fifth Berkeley "
        "Symposium on Mathematical Statistics and Probability 1: 281–297.\n"
    )
    assert lint(abbreviated + meeting, select=["RL811"]) == []
    journal = "6. Hubert L (1985) Comparing partitions. Journal of Chemical Physics 2: 193–218.\n"
    assert [d.entry for d in lint(abbreviated + journal, select=["RL811"])] == [6]


def test_an_acronym_with_a_period_does_not_hide_a_journal_run_into_its_year(lint):
    articles = "".join(
        f"{n}. Author{chr(64 + n)} A. Title {n}. Soc Sci Med. 20{10 + n};{n}:{n}0-{n}9.\n"
        for n in range(1, 6)
    )
    acronym = "6. Hill HA. Coverage. MMWR. Morbidity and Mortality Weekly Report. 2018;67:1123-8.\n"
    run_on = "7. Huang Y. Ethnicity. Lancet Glob Health 2018;6:e39-56.\n"
    found = lint(articles + acronym + run_on, select=["RL516"])
    assert [d.entry for d in found] == [7]


ACCESSION = (
    "1. Landrine H, Klonoff EA. Validity of assessments. Am J Public Health. 2003;93(11):1883-6. "
    "doi: 10.2105/AJPH.93.11.1883 2003-09633-012. pmid:14600057\n"
    "2. Weber L. A study. Nature. 2012;5:1-2. WOS:000301234500012\n"
    "3. Weber L. A report. Geneva: WHO; 2003. Report No.: 2003-1. doi: 10.1000/2003-09633-012\n"
)


def test_a_database_accession_number_is_flagged_outside_the_doi(lint):
    found = lint(ACCESSION, select=["RL534"])
    assert [(d.entry, d.message.split("`")[1]) for d in found] == [
        (1, "2003-09633-012"),
        (2, "WOS:000301234500012"),
    ]
    fixed = apply_edits(ACCESSION, list(found[0].edits))
    assert "AJPH.93.11.1883. pmid:14600057" in fixed


def test_a_mark_left_before_the_final_period_is_stray(lint):
    text = (
        "1. Ellenberg H. Zeigerwerte der Gefäßpflanzen. Göttingen: Goltze; 1974;.\n"
        "2. Ellenberg H. Zeigerwerte. Göttingen: Goltze; 1974.\n"
    )
    found = lint(text, select=["RL511"])
    assert [(d.entry, d.message) for d in found] == [
        (1, "`;.` is a stray `;` before the final period; expected `.`")
    ]
    assert apply_edits(text, list(found[0].edits)) == text.replace("1974;.", "1974.", 1)


def test_abnt_access_notes_in_a_vancouver_list(lint):
    articles = "".join(
        f"{n}. Author{chr(64 + n)} A. Title {n}. Soc Sci Med. 20{10 + n};{n}(2):{n}0-{n}9.\n"
        for n in range(1, 6)
    )
    abnt = (
        "6. Brasil. Ministério da Saúde. SI-PNI. Brasília; 2023. Disponível em: "
        "http://pni.datasus.gov.br. Acesso em: 3 nov. 2023.\n"
    )
    found = lint(articles + abnt, select=["RL807"])
    assert [(d.entry, d.message.split(",")[0]) for d in found] == [
        (6, "access note says `Acesso em`")
    ]
    # a list in another style altogether (no Vancouver journal articles) keeps its own words
    assert lint(PORTUGUESE_WEB + abnt, select=["RL807"]) == []


CAPITALISED = "".join(
    f"{n}. Weber L. Title {n}. {name}. 200{n};{n}:1-2.\n"
    for n, name in enumerate(
        [
            "Journal of Ecology",
            "Ecological Entomology",
            "Biological Conservation",
            "npj Comput Mater",
            "Mitteilungen aus dem Entomologischen Verein",
            "Oecologia",
        ],
        start=1,
    )
)


def test_a_journal_in_lower_case_among_capitalised_ones(lint):
    odd = "7. Weber L. Title 7. Journal of vegetation science. 2007;7:1-2.\n"
    found = lint(CAPITALISED + odd, select=["RL535"])
    assert [(d.entry, d.message) for d in found] == [
        (
            7,
            "journal `Journal of vegetation science` has main words in lower case (`vegetation`, "
            "`science`); 5 of 6 journal names capitalise every main word",
        )
    ]


def test_a_list_in_sentence_case_is_its_own_convention(lint):
    sentence = "".join(
        f"{n}. Weber L. Title {n}. {name}. 200{n};{n}:1-2.\n"
        for n, name in enumerate(
            [
                "Human brain mapping",
                "Journal of digital imaging",
                "Psychological methods",
                "Clinical pharmacology and therapeutics",
                "Neuroimage",
                "Brain and Cognition",
            ],
            start=1,
        )
    )
    assert lint(sentence, select=["RL535"]) == []


PHYSICS = (
    "[1] A.J. Heeger, S. Kivelson e J.R. Schrieffer, Rev. Mod. Phys. 60, 781 (1988).\n"
    "[2] B.R. Weinberger, M.Akhtar e S.C. Gau, Synthetic Metals 4, 187 (1982).\n"
    "[3] F. Thomazi, C.K. Saul e C.A. Dartora, Current Nanoscience 12, 611 (2016).\n"
)


def test_initials_run_into_the_family_name(lint):
    found = lint(PHYSICS, select=["RL536"])
    assert [(d.entry, d.column, d.message) for d in found] == [
        (
            2,
            22,
            "no space between the initials and the family name; "
            "8 of 9 initials-first names put one there",
        )
    ]
    assert "M. Akhtar e" in apply_edits(PHYSICS, list(found[0].edits))


RUN_TOGETHER = (
    "1. Wang L. Clinical analysis of vulvar.Sichuan Med J. 2013;34(4):533-4.\n"
    "2. Li H. Vulvar carcinoma. Chin J Clin Oncol Rehabil.2013;20(4):401-3.\n"
    "3. Ward L. LiNi0.8Co0.1 cathodes in J.A. Smith's study. Phys.Rev. 2020;5:1-2. "
    "doi: 10.1016/j.Neuroimage.2009.01.001\n"
)


def test_elements_run_together_at_a_period(lint):
    found = lint(RUN_TOGETHER, select=["RL537"])
    assert [(d.entry, d.message) for d in found] == [
        (1, "no space after the period in `vulvar.Sichuan`"),
        (2, "no space after the period in `Rehabil.2013;20(4):401-3.`"),
    ]
    fixed = apply_edits(RUN_TOGETHER, [e for d in found for e in d.edits])
    assert "vulvar. Sichuan" in fixed and "Rehabil. 2013;" in fixed


BMC_LIST = (
    "1. Avery SV: Microbial cell individuality. Nat Rev Microbiol 2006, 4:577-587.\n"
    "2. Longo D, Hasty J: Dynamics of single-cell gene expression. Mol Syst Biol 2006, 2:64.\n"
    "3. Losick R, Desplan C: Stochasticity and cell fate. Science 2008, 320:65-68.\n"
    "4. Rao CV, Arkin AP: Control of intracellular noise. Nature 2002, 420:231-237.\n"
    "5. Raser JM, O'Shea EK: Noise in gene expression. Science 2005, 309:2010-2013.\n"
    "6. Davidson CJ, Surette MG: Individuality in bacteria. Annu Rev Genet 2008, 42:253-268.\n"
)


def test_a_list_that_keeps_the_compact_comma_form_throughout_is_not_lectured(lint):
    assert lint(BMC_LIST, select=["RL532"]) == []
    # the same compact form among Vancouver entries is still the odd one out
    vancouver = (
        "".join(f"{n}. Smith J. Title {n}. J Biol. 2006;{n}:1-9.\n" for n in range(1, 6))
        + "6. Avery SV. Individuality. Nat Rev Microbiol 2006, 4:577-587.\n"
    )
    found = lint(vancouver, select=["RL532"])
    assert [(d.entry, d.message) for d in found] == [
        (
            6,
            "year, volume and pages set out as `2006, 4:577-587`; "
            "Vancouver writes `2006;4:577-587`",
        )
    ]


def test_ieees_lower_case_in_before_the_proceedings_is_their_mark(lint):
    ieee = (
        "[1] L. Deshotels and A. Lakhotia, “Automated familial classification of Android malware,”"
        " in Proc. ACM SIGPLAN Program Protection Reverse Eng. Workshop (PPREW), 2014, pp. 1–12.\n"
        "[2] K. W. Wong and H. Kress-Gazit, “Need-based coordination for robot control,” in 2016"
        " IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS), Oct. 2016,"
        " pp. 2209–2216.\n"
    )
    assert lint(ieee, select=["RL533"]) == []
    # with the `in` lost, the proceedings read as the paper's journal
    lost = ieee.replace("” in Proc.", "” Proc.")
    assert [d.entry for d in lint(lost, select=["RL533"])] == [1]


def test_a_journal_named_proceedings_with_its_issue_needs_no_in(lint):
    journal = (
        "[1] K. J. Astrom, “Adaptive feedback control,” Proceedings of the IEEE, vol. 75, no. 2,"
        " pp. 185–217, Feb. 1987.\n"
    )
    assert lint(journal, select=["RL533"]) == []
    meeting = (
        "[1] K. J. Astrom, “Adaptive feedback control,” Proceedings of the IEEE Conference on"
        " Decision and Control, pp. 185–217, 1987.\n"
    )
    assert [d.entry for d in lint(meeting, select=["RL533"])] == [1]


def test_a_report_issued_by_a_body_is_no_book_without_its_place(lint):
    books = "".join(
        f"[{n}] A. Author{n}, Book {n}. New York, NY, USA: Wiley, 20{10 + n}.\n"
        for n in range(1, 4)
    )
    report = (
        "[4] CSIRO, “Assessment of retardants in wildfire control,” Australian Department of"
        " Natural Resources and Environment, Tech. Rep., Feb. 2000.\n"
    )
    assert lint(books + report, select=["RL501", "RL521"]) == []
    book = "[4] A. Author4, Book 4. Wiley, 2014.\n"
    assert [d.entry for d in lint(books + book, select=["RL521"])] == [4]


def test_polish_no_date_mark_dates_a_web_page(lint):
    articles = "".join(
        f"Author{chr(64 + n)}, A. (20{10 + n}). Title {n}. Journal of Things, {n}, 1–4.\n"
        for n in range(1, 6)
    )
    web = (
        "Cyclopedia of Puzzles. ({mark}). Pobrane z: http://www.mathpuzzle.com/loyd/.\n"
        "Dates and Events. ({mark}). Oprah Winfrey timeline. Pobrane z: http://www.dates.org/o.\n"
    )
    articles = "References\n" + articles
    assert lint(articles + web.format(mark="b.r."), select=["RL520"]) == []
    assert lint(articles + web.format(mark="b. d."), select=["RL520"]) == []
    undated = articles + web.replace(" ({mark}).", "")
    assert [d.entry for d in lint(undated, select=["RL520"])] == [6, 7]


def test_an_ordinals_period_before_a_comma_is_no_stray_mark(lint):
    entry = "1. Association AP. Diagnostic manual (wydanie {n}, s. 34–36). Washington: APA; 2013.\n"
    assert lint(entry.format(n="5."), select=["RL511"]) == []
    pages = "1. Lee A. A title. J Things. 2013;4:2237–42., PMID 12345.\n"
    assert [d.code for d in lint(pages, select=["RL511"])] == ["RL511"]


def test_a_publishers_word_alone_is_no_house_asking_for_a_place(lint):
    books = "References\n" + "".join(
        f"Author{chr(64 + n)}, A. (20{10 + n}). Book {n}. New York: Wiley.\n" for n in range(1, 4)
    )
    cut = "Maslach, C. (1998). Theories of stress, (68–85). Oxford, UK: Oxford Univ. Press.\n"
    assert lint(books + cut, select=["RL521"]) == []
    house = "Maslach, C. (1998). Theories of stress. Oxford University Press.\n"
    assert [d.entry for d in lint(books + house, select=["RL521"])] == [4]


def test_a_short_verb_ending_in_two_consonants_takes_ing(lint):
    entry = (
        "1. Bayer JB, Campbell SW. {word} while driving on automatic: the frequency of habit."
        " Comput Human Behav. 2012;28:2083-90.\n"
    )
    assert lint(entry.format(word="Texting"), select=["RL550"]) == []
    assert lint(entry.format(word="Helping"), select=["RL550"]) == []
    # a vowel and a consonant double before `-ing`: `Sheding` is still a slip
    assert [d.code for d in lint(entry.format(word="Sheding"), select=["RL550"])] == ["RL550"]


def test_a_journal_with_a_main_word_lower_cased_is_the_form_flagged(lint):
    articles = (
        "[1] Tore Dyba and Anna Lund. One title. Information and software technology,"
        " 50(9):833–859, 2008.\n"
        "[2] Sergi Nadal and Victor Herrero. Two title. Information and software technology,"
        " 90:75–92, 2017.\n"
        "[3] Samuil Angelov and Paul Grefen. Three title. Information and Software Technology,"
        " 54(4):417–431, 2012.\n"
    )
    found = lint(articles, select=["RL810"])
    assert [d.entry for d in found] == [1, 2]
    assert "`Information and Software Technology` in entry 3" in found[0].message


def test_a_meetings_sponsor_printed_again_as_its_publisher(lint):
    entry = (
        "[1] R. Gadient and E. Lavretsky, “State limiter for model following control,” in AIAA"
        " Guidance, Navigation and Control Conference{sponsor}. Portland, OR: {publisher},"
        " August 2011.\n"
    )
    twice = entry.format(
        sponsor=", AIAA", publisher="American Institute of Aeronautics and Astronautics"
    )
    found = lint(twice, select=["RL568"])
    assert [d.entry for d in found] == [1]
    assert "`AIAA` is printed after the meeting's name" in found[0].message
    # named once, or other initials than the publisher's: nothing
    once = entry.format(sponsor="", publisher="American Institute of Aeronautics and Astronautics")
    assert lint(once, select=["RL568"]) == []
    other = entry.format(
        sponsor=", IEEE", publisher="American Institute of Aeronautics and Astronautics"
    )
    assert lint(other, select=["RL568"]) == []
