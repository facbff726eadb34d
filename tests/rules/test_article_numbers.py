"""RL580: pages `1–N` where another entry of the same journal prints an article number, offline,
in the styles lists are written in; and the lists where it must stay silent."""

from __future__ import annotations

from tests.conftest import lint


def hints(text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select="RL580")]


def test_vancouver_e_number_beside_a_span_from_one():
    text = (
        "1. Lembo A, Di Cunto F, Provero P. Shortening of 3'UTRs correlates with poor prognosis in "
        "breast and lung cancer. PLoS One. 2012;7(2):e31129.\n"
        "2. Xu J, Wu X, Zhou W, Liu A. Aurora-A identifies early recurrence and poor prognosis in "
        "triple negative breast cancer. PLoS One. 2013;8(2):1-11.\n"
        "3. Gruber AJ, Zavolan M. Alternative cleavage and polyadenylation in health and disease. "
        "Nat Rev Genet. 2019;20(10):599-614.\n"
    )
    findings = lint(text, select="RL580")
    assert [(d.entry, d.message) for d in findings] == [
        (
            2,
            "`1-11` may be the PDF's page span: entry 1 of the same journal prints an article "
            "number (e31129); cite this article's number",
        )
    ]
    assert findings[0].severity.name == "INFO"
    assert text.splitlines()[1][findings[0].column - 1 :].startswith("1-11")


def test_author_date_lists_the_grammar_reads_only_in_part():
    # NAR-like: `Surname, I. and Surname, I. (Year) Title. Journal, Volume, first–last.`
    text = (
        "1. Lembo, A., Di Cunto, F. and Provero, P. (2012) Shortening of 3′UTRs correlates with "
        "poor prognosis in breast and lung cancer. PLoS One, 7(): e31129.\n"
        "2. Xu, J., Wu, X. and Yuan, Z. (2013) Aurora-A Identifies Early Recurrence in Triple "
        "Negative Breast Cancer. PLoS One, 8, 1–11.\n"
        "3. Ghafouri-Fard, S. and Taheri, M. (2020) The role of non-coding RNAs in cancer cells. "
        "Front. Oncol., 10:608975.\n"
        "4. Lindon, C., Grant, R. and Min, M. (2016) Ubiquitin-mediated degradation of Aurora "
        "kinases. Front. Oncol., 5, 1–13.\n"
        "5. Gruber, A.J. and Zavolan, M. (2019) Alternative cleavage and polyadenylation in "
        "health and disease. Nat. Rev. Genet., 20, 599–614.\n"
    )
    assert [entry for entry, _ in hints(text)] == [2, 4]


def test_apa_long_article_number():
    text = (
        "References\n\n"
        "Chiang, T. W., & Jackson, S. P. (2016). CRISPR-Cas9 nickase-based genotypic and "
        "phenotypic screening. Scientific Reports, 6, 24356.\n\n"
        "Tosatto, L., & Klenerman, D. (2015). Single-molecule FRET studies on alpha-synuclein "
        "oligomerization. Scientific Reports, 5, 1–12.\n"
    )
    assert [entry for entry, _ in hints(text)] == [2]


def test_journals_known_to_number_their_articles_need_no_numbered_sibling():
    text = (
        "1. Willems E, Rogister B. The functional diversity of Aurora kinases: a comprehensive "
        "review. Cell Div. 2018;13:1-17.\n"
        "2. Du R, Dong Z. Targeting AURKA in cancer. Mol Cancer. 2021;20:1-27.\n"
        "3. Kretschmer C, Kemmner W. Identification of early molecular markers for breast cancer. "
        "Mol Cancer. 2011;10:1-11.\n"
    )
    assert [entry for entry, _ in hints(text)] == [1, 2, 3]


def test_silent_without_a_numbered_sibling_in_other_journals():
    text = (
        "1. Willems E, Rogister B. The functional diversity of Aurora kinases: a comprehensive "
        "review. J Cell Sci. 2018;13:1-17.\n"
        "2. Du R, Dong Z. Targeting AURKA in cancer. Oncogene. 2021;20:1-27.\n"
    )
    assert hints(text) == []


def test_silent_where_the_journal_also_prints_pages():
    # a journal that moved from pages to article numbers shows both: a span from 1 is then a
    # volume's first article as likely as a PDF's page span
    text = (
        "1. Ceperley DM, Alder BJ. Ground state of the electron gas by a stochastic method. Phys "
        "Rev Lett. 1980;45:566-569.\n"
        "2. Abbott BP, Abbott R. Observation of gravitational waves from a binary black hole "
        "merger. Phys Rev Lett. 2016;116:061102.\n"
        "3. Bardeen J. Tunnelling from a many-particle point of view. Phys Rev Lett. "
        "1961;6:1-3.\n"
    )
    assert hints(text) == []


def test_silent_for_another_journal_whose_name_ends_alike():
    text = (
        "1. Siegel RL, Miller KD. Cancer statistics, 2020. Cancer. 2020;70:e1234.\n"
        "2. Du R, Dong Z. Targeting AURKA in cancer. Int J Cancer. 2021;20:1-27.\n"
    )
    assert hints(text) == []


def test_a_short_lone_number_is_no_evidence():
    # `7, 14` may be a one-page article as well as an article number
    text = (
        "1. Tvingsholm, S.A. and Hautaniemi, S. (2018) Let-7 microRNA controls invasion. "
        "Oncogenesis, 7, 14.\n"
        "2. Smith, J. and Jones, K. (2019) Another study of invasion. Oncogenesis, 8, 1–12.\n"
    )
    assert hints(text) == []


def test_the_numbered_entry_itself_and_books_are_left_alone():
    text = (
        "1. Lembo A, Provero P. Shortening of 3'UTRs. PLoS One. 2012;7:e31129.\n"
        "2. Lembo A, Provero P. Shortening again. PLoS One. 2013;8:e41129.\n"
        "3. Smith J. Introduction. In: Jones K, editor. PLoS One: a history. Boston: Beacon; "
        "2015. p. 1-17.\n"
    )
    assert hints(text) == []


def test_a_lettered_locator_is_no_evidence():
    # `S12a` may be a one-page supplement abstract of a paginated journal
    text = (
        "1. Smith J, Jones K. A meeting abstract. J Clin Oncol. 2019;37:S12a.\n"
        "2. Brown A, Green B. A full article. J Clin Oncol. 1983;1:1-9.\n"
    )
    assert hints(text) == []


def test_a_volume_that_is_the_year_marks_a_numbered_journal():
    # Hindawi's own style: `Journal, vol. 2013, pp. 1–8, 2013.`, no DOI, a journal no table names
    hindawi = (
        '1. M. N. Jadhav and S. B. Wagh, "Tricyclic antipsychotics," Journal of Chemistry, '
        "vol. 2013, pp. 1–8, 2013.\n"
        '2. A. Lee and B. Kim, "Flow cytometry," Cytometry Part A, vol. 85, no. 2, pp. 101–109, '
        "2014.\n"
    )
    assert hints(hindawi) == [
        (
            1,
            "`pp. 1–8` may be the PDF's page span: the volume is the year (2013), as journals "
            "that number their articles print it (Hindawi's, SpringerOpen's); cite this article's "
            "number",
        )
    ]
    # Vancouver, the same
    vancouver = "1. Li X, Wu Y. Inequalities. J Inequal Appl. 2013;2013:1-12.\n"
    assert [entry for entry, _ in hints(vancouver)] == [1]


def test_a_volume_that_is_the_year_with_an_issue_or_other_pages_says_nothing():
    # a journal that counts its volumes by year and paginates each issue (`2013(5):1-8`)
    chinese = (
        "1. Wang L, Chen H. Rice yields. Chin J Agric Sci. 2013;2013(5):1-8.\n"
        "2. Zhao Q, Li J. Rice yields again. Chin J Agric Sci. 2014;2014(2):9-16.\n"
    )
    assert hints(chinese) == []
    # a volume of another number, and a range that does not start at 1
    other = (
        "1. Li X, Wu Y. Inequalities. J Inequal Appl. 2013;13:1-12.\n"
        "2. Li X, Wu Y. Inequalities again. Math Ann. 2013;2013:13-24.\n"
    )
    assert hints(other) == []
    # the year printed once before the pages: a chapter, a proceedings named by its year
    chicago = (
        "12. Ballard, J. “The Concentration City.” In The Best Short Stories of J. G. Ballard. "
        "New York: Holt, 1995, 1–20.\n"
        "13. Ruiz, C. E., and T. K. Gerald. 2002. Evaluation of Contaminant Flux from CAD Sites. "
        "Dredging 2002: 1–14.\n"
        "14. Sato, K. The Simile of the Painter. Journal of the International Association of "
        "Buddhist Studies, Volume 39, 2016, 1-50.\n"
    )
    assert hints(chicago) == []
