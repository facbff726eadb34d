"""Forms from another style or language, learnt per list (RL542, RL543, RL546-RL548): each in lists
written here, with the styles and languages in which the same form is right."""

from __future__ import annotations

from refslint.fixes import apply_edits

# --- RL542: `6. ed.` in a list whose apparatus is English ----------------------------------------

ENGLISH_WEB = "".join(
    f"{n}. Agency {n}. Report {n} [Internet]. Geneva: WHO; 2019 [cited 2024 Feb 8]. "
    f"Available from: https://example.org/r{n}\n"
    for n in range(1, 4)
)
ABNT_EDITION = "4. Orlandi EP. Análise de discurso. 13. ed. Campinas: Pontes; 2020. 100 p.\n"
CHAPTER = (
    "5. Bronfenbrenner U. The bioecological model. In: Damon W, Lerner RM, editors. Handbook of "
    "Child Psychology. 6ª ed. Hoboken, NJ: Wiley; 2007. p. 793-828.\n"
)


def test_an_abnt_edition_in_an_english_list_is_a_hint_with_the_ordinal(lint):
    text = ENGLISH_WEB + ABNT_EDITION + CHAPTER
    found = lint(text, select=["RL542"])
    assert [(d.entry, str(d.severity)) for d in found] == [(4, "info"), (5, "info")]
    assert "`13. ed.`" in found[0].message and "`13th ed.`" in found[0].message
    assert "apparatus" in found[0].message
    fixed = apply_edits(text, [e for d in found for e in d.edits])
    assert "13th ed. Campinas" in fixed and "6th ed. Hoboken" in fixed


def test_the_list_own_english_editions_are_named(lint):
    english = "6. Smith J. Physiology. 2nd ed. London: Churchill; 2001.\n"
    found = lint(ENGLISH_WEB + ABNT_EDITION + english, select=["RL542"])
    assert [d.entry for d in found] == [4]
    assert "1 other edition of the list written so" in found[0].message


def test_an_abnt_list_writes_its_editions_its_own_way(lint):
    abnt = (
        "1. ORLANDI, E. P. Análise de discurso. 13. ed. Campinas: Pontes, 2020.\n"
        "2. GIL, A. C. Métodos de pesquisa. 6. ed. São Paulo: Atlas, 2008. Disponível em: "
        "https://example.org/gil. Acesso em: 3 nov. 2023.\n"
        "3. BRASIL. Plano nacional. Brasília: MS, 2018. Disponível em: https://example.org/p. "
        "Acesso em: 4 nov. 2023.\n"
    )
    assert lint(abnt, select=["RL542"]) == []


def test_edited_by_and_a_list_without_english_apparatus_are_left_alone(lint):
    edited = "4. Papers on things. Vol. 6. ed. by Smith J. London: Wiley; 2001.\n"
    assert lint(ENGLISH_WEB + edited, select=["RL542"]) == []
    assert lint(ABNT_EDITION + CHAPTER.replace("editors", "orgs"), select=["RL542"]) == []


# --- RL543: the mark between publisher and year ---------------------------------------------------

IMPRINTS = (
    "1. WHO. Report on the global tobacco epidemic, 2008: the MPOWER package. Geneva: WHO; 2008.\n"
    "2. IOM. Minimum age of legal access. Washington, DC: The National Academies Press; 2015.\n"
    "3. Schmitt CL. Sales to minor girls. Baltimore, MD: University of Maryland, Baltimore County; "
    "2001.\n"
    "4. UNICEF. The state of the world's children. Florence: UNICEF; 2023.\n"
    "5. Smith J. An article. J Chem Phys. 2019;150:1-9.\n"
    "6. GAO. Synar Amendment implementation. Washington, DC: Author, 2001.\n"
    "7. Brasil. Plano para eliminação. Brasília, DF: Ministério da Saúde; 2018 [cited 2024 Apr 4]. "
    "Available from: https://example.org/plano\n"
)


def test_a_comma_before_the_year_among_semicolons_is_flagged_and_fixed(lint):
    found = lint(IMPRINTS, select=["RL543"])
    assert [(d.entry, str(d.severity)) for d in found] == [(6, "warning")]
    assert "5 of 6 imprints write a semicolon" in found[0].message
    assert "`Author` as publisher is APA's form" in found[0].message
    fixed = apply_edits(IMPRINTS, list(found[0].edits))
    assert "Washington, DC: Author; 2001." in fixed


def test_an_abnt_list_of_commas_flags_its_one_semicolon(lint):
    abnt = (
        "".join(f"{n}. AUTOR, A. Livro {n}. São Paulo: Atlas, 20{n:02d}.\n" for n in range(1, 6))
        + "6. AUTOR, B. Livro 6. Rio de Janeiro: Fiocruz; 2006.\n"
    )
    found = lint(abnt, select=["RL543"])
    assert [d.entry for d in found] == [6]
    assert "write a comma (`Publisher, Year`)" in found[0].message


def test_a_list_of_one_form_or_too_few_imprints_is_not_lectured(lint):
    commas = IMPRINTS.replace("; 20", ", 20")
    assert lint(commas, select=["RL543"]) == []
    few = "".join(IMPRINTS.splitlines(keepends=True)[3:])  # 4, 6 and 7: three imprints
    assert lint(few, select=["RL543"]) == []


def test_a_colon_in_a_title_is_no_imprint(lint):
    titles = IMPRINTS.replace(
        "6. GAO. Synar Amendment implementation. Washington, DC: Author, 2001.",
        "6. Smith J. Hepatitis C: a review, 2001 update. Lancet. 2001;358:1-9.",
    )
    assert lint(titles, select=["RL543"]) == []


# --- RL546: a journal date's month in lower case --------------------------------------------------

MONTHS = (
    "1. Cata-Preta BO. Ethnic disparities. BMJ Glob Health. 2022 May;7(5):e008833.\n"
    "2. Valier MR. Coverage. MMWR. 2023 Jan 6;72(1):1-8.\n"
    "3. Fenton AT. Unequal interactions. Soc Sci Med. 2018 Mar;200:238-48.\n"
    "4. Luman ET. Timeliness. JAMA. 2005 Mar 9;293(10):1204-11.\n"
    "5. Dunn CE. Spatial data. Health Place. 2001 Mar;7(1):1-12.\n"
    "6. Anselin L. Local indicators. Geogr Anal. 1995 Apr;27(2):93-115.\n"
    "7. Pawlotsky JM. Recommendations. J Hepatol. 2020 Nov-Dec;73(5):1170-218.\n"
    "8. Perazzo H. Mortality rates. BMC Infect Dis. 2017 July;17(1):527.\n"
    "9. Yokokura AV. Cobertura vacinal. Cad Saude Publica. 2013 mar;29(3):522-34.\n"
    "10. Lima SA. Acesso. Physis. 2015 set;25(2):635-56.\n"
)


def test_a_lower_case_month_among_capitalised_ones_is_written_in_english(lint):
    found = lint(MONTHS, select=["RL546"])
    assert [(d.entry, str(d.severity)) for d in found] == [(9, "warning"), (10, "warning")]
    assert "8 of 10 journal dates with a month capitalise it" in found[0].message
    assert "`mar` in lower case; Citing Medicine writes `Mar`" in found[0].message
    fixed = apply_edits(MONTHS, [e for d in found for e in d.edits])
    assert "2013 Mar;29(3)" in fixed and "2015 Sep;25(2)" in fixed
    ranged = MONTHS.replace("2015 set;", "2015 nov-dez;")
    found = lint(ranged, select=["RL546"])
    assert "2015 Nov-Dec;" in apply_edits(ranged, list(found[1].edits))


def test_lower_case_months_as_the_list_convention_are_left_alone(lint):
    lower = MONTHS.replace("May;", "maio;").replace("Jan 6", "jan 6").replace("Mar", "mar")
    lower = lower.replace("Apr;", "abr;").replace("Nov-Dec", "nov-dez").replace("July", "july")
    assert lint(lower, select=["RL546"]) == []
    access = MONTHS.replace("2013 mar;29(3):522-34.", "2013;29(3):522-34 [citado 2020 mar 3].")
    access = access.replace("2015 set;", "2015;")
    assert lint(access, select=["RL546"]) == []  # an access note is not a journal date


# --- RL547: an author-date year after the authors -------------------------------------------------

VANCOUVER = "".join(
    f"{n}. Zheng Y{n}, Yao Y. Composite electrolytes {n}. Chem Soc Rev. 20{n:02d};49:8790-839.\n"
    for n in range(1, 6)
)
AUTHOR_DATE = "6. Ma H (2002) Expression of PTEN in vulvar cancer. M.Sc. Thesis. Qingdao; 2002.\n"


def test_a_year_after_the_authors_in_a_vancouver_list_is_flagged(lint):
    found = lint(VANCOUVER + AUTHOR_DATE, select=["RL547"])
    assert [(d.entry, str(d.severity)) for d in found] == [(6, "warning")]
    assert "5 of 6 entries put the year after the journal or publisher" in found[0].message
    fixed = apply_edits(VANCOUVER + AUTHOR_DATE, list(found[0].edits))
    assert "6. Ma H. Expression of PTEN" in fixed


def test_no_fix_when_the_year_is_printed_only_after_the_authors(lint):
    once = AUTHOR_DATE.replace("Qingdao; 2002.", "Qingdao University.")
    found = lint(VANCOUVER + once, select=["RL547"])
    assert [d.entry for d in found] == [6] and found[0].fix_applicability is None


def test_an_author_date_list_keeps_its_years_after_the_authors(lint):
    plos = "".join(
        f"{n}. Mantegna RN{n} (1999) Hierarchical structure {n}. Eur Phys J B 11: 193.\n"
        for n in range(1, 6)
    )
    apa = "".join(
        f"{n}. Smith, J. (20{n:02d}). A study of things {n}. Journal of Stuff, 5, 1-9.\n"
        for n in range(1, 6)
    )
    assert lint(plos + AUTHOR_DATE, select=["RL547"]) == []
    assert lint(apa, select=["RL547"]) == []


# --- RL548: ABNT's Latin marks in an English list -------------------------------------------------

SD = (
    "4. Vanderbilt University. Play Nicely [Internet]. Nashville, TN: Vanderbilt; "
    "[s.d.][cited 2024 Feb 08]. Available from: https://example.org/play\n"
)


def test_s_d_in_an_english_list_is_date_unknown_and_the_run_on_is_said(lint):
    found = lint(ENGLISH_WEB + SD, select=["RL548"])
    assert [(d.entry, str(d.severity)) for d in found] == [(4, "warning")]
    assert "`[date unknown]`" in found[0].message and "no space" in found[0].message
    fixed = apply_edits(ENGLISH_WEB + SD, list(found[0].edits))
    assert "Vanderbilt; [date unknown] [cited 2024 Feb 08]." in fixed


def test_s_d_in_an_abnt_list_is_its_own_mark(lint):
    abnt = (
        "1. VANDERBILT. Play Nicely. Nashville: Vanderbilt, [s.d.]. Disponível em: "
        "https://example.org/a. Acesso em: 8 fev. 2024.\n"
        "2. BRASIL. Plano. [S.l.]: [s.n.], 2018. Disponível em: https://example.org/b. "
        "Acesso em: 8 fev. 2024.\n"
    )
    assert lint(abnt, select=["RL548"]) == []


def test_an_apa_entry_in_a_vancouver_list_is_flagged_and_a_half_and_half_list_is_not(lint):
    apa = "6. Smith, J. (2001). Physiology of things. London: Churchill Livingstone.\n"
    found = lint(VANCOUVER + apa, select=["RL547"])
    assert [d.entry for d in found] == [6] and "`(2001)`" in found[0].message
    halves = VANCOUVER.replace("1. Zheng Y1, Yao Y.", "1. Zheng, Y. (2001).").replace(
        "2. Zheng Y2, Yao Y.", "2. Zheng, Y. (2002)."
    )
    assert lint(halves + apa, select=["RL547"]) == []


def test_an_access_note_is_no_imprint(lint):
    web = "".join(
        f"{n}. Site {n}. Report. Available from: www.example.org/r{n}, 2019.\n" for n in range(1, 6)
    )
    found = lint(IMPRINTS + web.replace("1. Site", "8. Site", 1), select=["RL543"])
    assert len(found) == 1 and "`Author, 2001`" in found[0].message
