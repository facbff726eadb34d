"""RL520 (a web document without a year) and RL521 (a book without a place), on lists written
here in the styles they must speak in and the styles they must keep quiet in."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2024, 8, 1)

VANCOUVER = """\
1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
2. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.
3. Gao YC, Yao N. Reductive stability. J Am Chem Soc. 2023;145:23764-70.
4. Lombardo T, Duquesnoy M. Battery research. Chem Rev. 2022;122:10899-969.
"""

AUTHOR_DATE = """\
1. Mantegna RN (1999) Hierarchical structure in financial markets. Eur Phys J B 11: 193-7.
2. Onnela JP, Kaski K (2003) Asset trees and asset graphs. Phys Scr 106: 48-54.
3. Aste T, Hyde ST (2005) Complex networks on hyperbolic surfaces. Physica A 346: 20-6.
4. Tola V, Lillo F (2008) Cluster analysis for portfolio optimization. J Econ Dyn Control 32: 235-58.
"""

PHYSICS = """\
[1] H. Shirakawa, E.J. Louis e A.J. Heeger, J. Chem. Soc., Chem. Commun. 16, 578 (1977).
[2] C.K. Chiang, Y.W. Park e A.J. Heeger, Phys. Rev. Lett. 39, 1098 (1977).
[3] N.S. Sariciftci e F. Wudl, Science 258, 1474 (1992).
[4] M. Pope e P. Magnante, J. Chem. Phys. 38, 2042 (1963).
"""

APA7 = """\
1. Zheng, Y., & Yao, Y. (2020). Composite electrolytes. Chemical Society Reviews, 49, 8790-8839.
2. Wang, C., & Aykol, M. (2020). Ionic conduction. ACS Nano, 14, 5510-5519.
3. Gao, Y. C., & Yao, N. (2023). Reductive stability. Journal of the American Chemical Society, 145, 23764-23770.
4. Lombardo, T., & Duquesnoy, M. (2022). Battery research. Chemical Reviews, 122, 10899-10969.
5. Anderberg, M. R. (1973). Cluster analysis for applications. Academic Press.
6. Feller, W. (2008). An introduction to probability theory. John Wiley & Sons.
7. Mantegna, R. N., & Stanley, H. E. (2000). Introduction to econophysics. Cambridge University Press.
"""


def numbered(head: str, *entries: str) -> str:
    """`head` (four entries) followed by `entries`, numbered on from 5 in the head's form."""
    bracket = head.startswith("[")
    lines = [f"[{n}] {e}" if bracket else f"{n}. {e}" for n, e in enumerate(entries, 5)]
    return head + "".join(line + "\n" for line in lines)


def found(lint, text: str, code: str) -> list[int]:
    return [d.entry for d in lint(text, select=[code], today=TODAY)]


# --- RL520 ----------------------------------------------------------------------------------------

UNDATED = [
    "World Health Organization. Immunization agenda: a global strategy. Available from: "
    "https://www.who.int/ia2030/draft-2023-05-01.pdf. [cited 2023 Nov 3].",
    "Conselho Nacional de Saúde. Indicadores de imunização. Disponível em: "
    "https://portal.example.org/indicadores-2022. Acesso em: 28 out. 2023.",
    "The World Bank. Health expenditure per capita [Internet]. [cited 2023 Oct 6]. Available "
    "from: https://data.worldbank.org/indicator/SH.XPD",
    "Food and Drug Administration. Retail inspections. Available: https://www.fda.gov/x.htm. "
    "Accessed 1 October 2015.",
]


@pytest.mark.parametrize("entry", UNDATED)
def test_an_undated_web_document_in_a_vancouver_list_is_flagged(lint, entry):
    text = numbered(VANCOUVER, entry)
    results = lint(text, select=["RL520"], today=TODAY)
    assert [d.entry for d in results] == [5]
    assert str(results[0].severity) == "warning"
    assert "no year of publication" in results[0].message


def test_an_undated_web_page_in_an_author_date_list_is_flagged_even_with_a_title_alone(lint):
    text = numbered(AUTHOR_DATE, "A guide to industry classification. URL http://www.icb.com/.")
    assert found(lint, text, "RL520") == [5]


DATED = [
    "World Health Organization. Immunization agenda [Internet]. Geneva: WHO; 2020 [cited 2023 Nov "
    "3]. Available from: https://www.who.int/ia2030",
    "Ministério da Saúde. SI-PNI. c2023. Disponível em: <http://tabnet.example.br/>. Acesso em: 6 "
    "out. 2023.",
    "American Cancer Society. Cancer facts [Internet]. Atlanta: ACS; [updated 2021 Jan 8; cited "
    "2023 Mar 2]. Available from: https://www.cancer.org/facts",
    "Pediatrics Department. Play nicely [Internet]. Nashville: VUMC; [date unknown] [cited 2024 "
    "Feb 8]. Available from: https://pediatrics.example.org/play",
    "Pediatrics Department. Play nicely [Internet]. Nashville: VUMC; [s.d.][cited 2024 Feb 8]. "
    "Available from: https://pediatrics.example.org/play",
    "Food and Drug Administration. Retail inspection contracts 2015. Available: "
    "https://www.fda.gov/x.htm. Accessed 1 October 2015.",
    "Hao S. Expression of p16 in vulvar neoplasia. M.Sc. Thesis. China Medical University.2004. "
    "Available: http://www.cnki.net/detail.aspx?id=1",
    "Lynn B. The pairing-based cryptography library. 2014. Available: http://crypto.example.edu/.",
    "R Core Team. R: a language and environment; 2015. Available from: https://www.R-project.org/.",
    "Ministério da Saúde. Barreiras de acesso à saúde. Brasília: MS; 2019. Disponível em: "
    "https://x.example.br/. Acesso em: 3 nov. 2023.",
    "Science Watch. Highly cited papers 2019. Available from: https://sw.example.org/hc.",
    "Statistics Office. Census tables. Published 12/03/2019. Available from: https://x.example.org/."
    " Accessed 01/07/2021.",
    "Statistics Office. Census tables (n.d.). Retrieved from https://stats.example.org/2019/01/.",
    # Spanish `sin fecha`, shortened
    "Gil A. (s/f). Minimal computing. Accesible desde: https://go-dh.example.io/mincomp/.",
    "Gil A. Minimal computing [s.f.]. Disponible en: https://go-dh.example.io/mincomp/.",
]


@pytest.mark.parametrize("entry", DATED)
def test_a_web_document_dated_in_any_form_is_left_alone(lint, entry):
    assert found(lint, numbered(VANCOUVER, entry), "RL520") == []


def test_a_year_only_in_the_address_or_the_access_note_does_not_date_a_page(lint):
    entry = (
        "National Board of Health. Annual figures. Available from: "
        "https://example.org/2021/03/figures-2021.pdf. Accessed on 2 March 2022."
    )
    assert found(lint, numbered(VANCOUVER, entry), "RL520") == [5]


def test_a_site_named_by_its_title_alone_in_a_numbered_list_is_left_alone(lint):
    text = numbered(
        VANCOUVER,
        "The Materials Project. Available from: https://materialsproject.org/. [Last accessed on "
        "21 Oct 2024].",
    )
    assert found(lint, text, "RL520") == []


# AMA's journal references, the year before the volume as in Vancouver
AMA = """\
1. Hurrell R, Ranum P, de Pee S. Revised fortification guidelines. Food Nutr Bull. 2010;31:S7-S21.
2. Makhumula P, Dary O. Legislation in fortification programs. Food Nutr Bull. 2014;35:220-227.
3. Darnton-Hill I, Nalubola R. Fortification strategies. Public Health Nutr. 2002;5:281-286.
4. Mannar MGV, Hurrell RF. Fortification in a globalized world. Lancet. 2018;391:1024-1030.
"""


@pytest.mark.parametrize(
    "entry",
    [
        "Flour Millers Toolkit. Food Fortification Initiative website. "
        "http://www.ffinetwork.org/implement/toolkit.html Accessed April 18, 2018.",
        "Country and Lending Groups. World Bank website. https://datahelpdesk.worldbank.org/x. "
        "Accessed September 3, 2019.",
        # AMA's 11th edition: the access date before the address
        "Regional Activity. Food Fortification Initiative website. Accessed April 18, 2018. "
        "http://ffinetwork.org/regional_activity/",
    ],
)
def test_amas_page_with_its_access_date_alone_is_left_alone(lint, entry):
    assert found(lint, numbered(AMA, entry), "RL520") == []


def test_a_page_with_another_access_wording_in_an_ama_list_is_still_flagged(lint):
    entry = (
        "Country and Lending Groups. World Bank website. Available from: "
        "https://datahelpdesk.worldbank.org/x. [cited 2019 Sep 3]."
    )
    assert found(lint, numbered(AMA, entry), "RL520") == [5]


def test_lists_that_print_the_year_at_the_end_are_not_asked_for_a_web_page_year(lint):
    text = numbered(
        PHYSICS,
        "A. Heeger, Semiconducting and Metallic Polymers, disponível em: "
        "https://www.nobelprize.org/prizes/chemistry/2000/heeger/lecture/, acessado em 01/07/2021.",
    )
    assert found(lint, text, "RL520") == []
    ieee = (
        '[1] A. Author, "Composite electrolytes," Chem. Soc. Rev., vol. 49, pp. 8790-8839, 2020.\n'
        '[2] B. Author, "Ionic conduction," ACS Nano, vol. 14, pp. 5510-5519, 2020.\n'
        '[3] C. Author, "Reductive stability," J. Am. Chem. Soc., vol. 145, pp. 23-70, 2023.\n'
        '[4] IEEE, "Editorial style manual." [Online]. Available: https://ieee.org/style\n'
    )
    assert found(lint, ieee, "RL520") == []


def test_a_physics_list_that_dates_one_web_page_is_held_to_it_for_the_others(lint):
    text = numbered(
        PHYSICS,
        "A. Heeger, Semiconducting and Metallic Polymers, disponível em: "
        "https://www.nobelprize.org/prizes/chemistry/2000/heeger/lecture/, acessado em 01/07/2021.",
        "GitHub: Where the world builds software (2008), https://github.com/collections, "
        "acessado em: 09/08/2019",
        "L. Torvalds, Git manual, Online: http://git-scm.com/docs, accessed 3 May 2020.",
        "M. Banzi, Arduino Cookbook (O'Reilly Media, Sebastopol, 2011), https://example.org/ac.",
    )
    assert found(lint, text, "RL520") == [5, 7]
    # the same pages where the journal articles print their year after the volume without brackets
    unbracketed = text.replace(" (19", " 19").replace("7).", "7.").replace("2).", "2.")
    unbracketed = unbracketed.replace("3).", "3.")
    assert found(lint, unbracketed, "RL520") == []


def test_a_journal_article_with_a_link_is_left_to_rl501(lint):
    entry = "Yang W. Anion doping. Rare Metal Mat Eng 43:3133-7. Available from: http://x.cn/a."
    assert found(lint, numbered(VANCOUVER, entry), "RL520") == []


def test_a_list_with_too_few_journal_articles_is_not_judged(lint):
    text = "1. World Bank. Health expenditure. Available from: https://data.worldbank.org/x.\n"
    assert found(lint, text, "RL520") == []


# --- RL521 ----------------------------------------------------------------------------------------

PLACELESS = [
    "Anderberg MR. Cluster analysis for applications. Academic Press; 1973.",
    "Farmer JC, Wax RS. Preparing your ICU for disaster response. Society of Critical Care "
    "Medicine; 2012.",
    "Mantegna RN, Stanley HE. Introduction to econophysics. Cambridge University Press; 2000.",
    "Patel R. Epidemiology. In: Brown A, editor. Handbook of care. Springer; 2015. p. 1-20.",
    "Ministério da Saúde. Guia de vigilância em saúde. Ministério da Saúde; 2019.",
]


@pytest.mark.parametrize("entry", PLACELESS)
def test_a_book_without_a_place_in_a_citing_medicine_list_is_flagged(lint, entry):
    results = lint(numbered(VANCOUVER, entry), select=["RL521"], today=TODAY)
    assert [d.entry for d in results] == [5]
    assert str(results[0].severity) == "warning"
    assert "no place of publication" in results[0].message


def test_an_author_date_book_ending_with_a_publishing_house_is_flagged(lint):
    text = numbered(
        AUTHOR_DATE,
        "Anderberg MR (1973) Cluster analysis for applications. Academic Press.",
        "Feller W (2008) An introduction to probability theory, volume 2. John Wiley & Sons.",
        "Wagner S (2007) Comparing clusterings. Technical Report, Universität Karlsruhe.",
    )
    assert found(lint, text, "RL521") == [5, 6]


def test_a_book_with_its_place_is_left_alone(lint):
    text = numbered(
        VANCOUVER,
        "Anderberg MR. Cluster analysis for applications. New York: Academic Press; 1973.",
        "Schmitt CL. Decision heuristics. Baltimore, MD: University of Maryland; 2001.",
        "Sokal RR, Rohlf FJ: Biometry. 3rd edition. New York, New York: W. H. Freeman and "
        "Company; 1995.",
        # the house's name goes on after `Co.`: `KGaA` is no house of its own, nor `Inc`
        "Kurz T. Food processing. In: Brennan JG, ed. Handbook. Weinheim, Germany: Wiley-VCH "
        "Verlag GmbH & Co. KGaA; 2006, pp. 237-90.",
        "Lund B. Tables of tests. St Paul, MN: West Publishing Co. Inc; 1990.",
        # the place stands where the publisher should (RL501's): no place to ask for
        "Perkin-Elmer. Plasma 400: users manual. Hamburg, Germany; 1996.",
        # ... and a city with its state and country, the issuer printed before it
        "Clinical and Laboratory Standards Institute. Performance standards for antimicrobial "
        "susceptibility testing. Clinical and Laboratory Standards Institute. Wayne, PA, USA; "
        "2013.",
    )
    assert found(lint, text, "RL521") == []


def test_apa7_books_without_a_place_are_its_style(lint):
    assert found(lint, APA7, "RL521") == []


def test_a_list_whose_books_give_a_place_flags_the_one_that_does_not(lint):
    text = (
        "1. Zheng, Y. and Yao, Y. (2020) Composite electrolytes. Chem Soc Rev, 49, 8790-8839.\n"
        "2. Kittel, C. (1987) Quantum theory of solids. New York: Wiley.\n"
        "3. Greiner, W. (1996) Field quantization. Berlin: Springer.\n"
        "4. Feller, W. (2008) Probability theory. John Wiley & Sons.\n"
    )
    assert found(lint, text, "RL521") == [4]


APA7_WITH_PLACES = """\
1. Bourdieu, P. (1984). Distinction: A social critique of the judgement of taste. Harvard University Press.
2. Lee, A., & Kim, B. (2019). Memory and attention. Journal of Experimental Psychology, 45(3), 210–225. https://doi.org/10.1037/xge0000123
3. Smith, J. (2018). Social learning. Psychological Review, 125(2), 100–120. https://doi.org/10.1037/rev0000100
4. Jones, K. (2017). Habits. Cognition, 160, 1–10.
5. Bandura, A. (1977). Social learning theory. Englewood Cliffs, NJ: Prentice Hall.
6. Goffman, E. (1959). The presentation of self in everyday life. New York: Doubleday.
"""


def test_an_apa7_list_is_not_asked_for_places_whatever_some_of_its_books_print(lint):
    # APA 7 drops the place; the two books that print one are APA 6's leftovers
    assert found(lint, APA7_WITH_PLACES, "RL521") == []


def test_an_apa6_list_whose_books_give_a_place_still_flags_the_one_that_does_not(lint):
    apa6 = APA7_WITH_PLACES.replace("https://doi.org/", "doi:").replace(
        "Cognition, 160, 1–10.", "Cognition, 160, 1–10. doi:10.1016/j.cognition.2016.12.001"
    )
    assert found(lint, apa6, "RL521") == [1]


def test_a_chicago_author_date_list_flags_the_book_without_its_place(lint):
    chicago = (
        "1. Kahneman, Daniel. 2011. Thinking, Fast and Slow. New York: Farrar, Straus and "
        "Giroux.\n"
        "2. Lee, Ann, and Bo Kim. 2019. “Memory and Attention.” Journal of Experimental "
        "Psychology 45 (3): 210–25. https://doi.org/10.1037/xge0000123.\n"
        "3. Putnam, Robert D. 2000. Bowling Alone. New York: Simon & Schuster.\n"
        "4. Smith, John. 2018. “Social Learning.” Psychological Review 125 (2): 100–120.\n"
        "5. Bourdieu, Pierre. 1984. Distinction: A Social Critique of the Judgement of Taste. "
        "Harvard University Press.\n"
    )
    assert found(lint, chicago, "RL521") == [5]


NOT_BOOKS = [
    "Mathews v. United States. 485 U.S. 58, 66; 1988.",
    "Substance Abuse Act. Pub. L. No. 102-321; 1992.",
    "WWF International. Living planet report 2016. World Wide Fund for Nature; 2016.",
    "Schmitt CL. Decision heuristics [dissertation]. University of Maryland; 2001.",
    "StataCorp. Stata statistical software: release 17 [software]. StataCorp LLC; 2021.",
    "Bates D. lme4: linear mixed-effects models. R package version 1.1. CRAN; 2015.",
    "World Bank. Health expenditure [Internet]. World Bank Publications; 2020. Available from: "
    "https://data.worldbank.org/x",
    "Mantegna RN. Hierarchical structure. Eur Phys J B. 1999;11:193-7.",
    "Brasil. Lei nº 8.080, de 19 de setembro de 1990. Diário Oficial da União; 1990.",
    "R Core Team. R: a language and environment for statistical computing. R Foundation; 2020.",
    "Smith J. Growth of cells. Obscure Journal of Cell Growth; 2001.",
    "IEEE. IEEE standard for event logs. IEEE Computer Society; 2016.",
    "Lee K. Deep learning. Proceedings of the International Conference on Learning; 2019.",
    "Smith J. Storm hits city. The Daily Herald; 2019 Mar 3.",
]


@pytest.mark.parametrize("entry", NOT_BOOKS)
def test_cases_statutes_reports_theses_software_and_pages_are_not_asked_for_a_place(lint, entry):
    assert found(lint, numbered(VANCOUVER, entry), "RL521") == []


# --- RL522 ----------------------------------------------------------------------------------------


def test_one_authors_book_published_by_a_university_is_a_thesis_hint(lint):
    text = numbered(
        VANCOUVER,
        "Schmitt CL. Decision heuristics. Baltimore, MD: University of Maryland; 2001.",
    )
    results = lint(text, select=["RL522"], today=TODAY)
    assert [d.entry for d in results] == [5]
    assert str(results[0].severity) == "info"
    assert "[dissertation]" in results[0].message


@pytest.mark.parametrize(
    "entry",
    [
        "Schmitt CL. Decision heuristics [dissertation]. Baltimore: University of Maryland; 2001.",
        "Halls JJM. Photoconductive polymers [PhD thesis]. Cambridge: University of Cambridge; 1997.",
        "Schmitt CL. Decision heuristics. Baltimore: Johns Hopkins University Press; 2001.",
        "Schmitt CL, Lee K. Decision heuristics. Baltimore: University of Maryland; 2001.",
        "Schmitt CL. Decision heuristics. Technical report 12. Baltimore: University of Maryland; 2001.",
        "Schmitt CL. Decision heuristics. Baltimore: Academic Press; 2001.",
    ],
)
def test_marked_theses_presses_several_authors_and_reports_are_left_alone(lint, entry):
    assert found(lint, numbered(VANCOUVER, entry), "RL522") == []


def test_a_physics_book_closed_by_its_year_in_brackets_is_read_by_its_publisher(lint):
    books = (
        "[5] G.H. Golub e C.F. Van Loan, Matrix Computations. Baltimore: The Johns Hopkins "
        "University Press, (1996).\n"
        "[6] C.D. Meyer, Matrix analysis and applied linear algebra. SIAM Publications, SIAM, "
        "(2000).\n"
    )
    results = lint(PHYSICS + books, select=["RL521"], today=TODAY)
    assert [d.entry for d in results] == [6]
    assert results[0].message == (
        "book has no place of publication; give the city before the publisher "
        "(`Place: SIAM Publications`)"
    )
    # a physics list whose books give no place is its own style
    placeless = books.replace("Baltimore: ", "")
    assert found(lint, PHYSICS + placeless, "RL521") == []


AMA11 = """\
1. Smith A, Jones B. Radar imaging of storms. JAMA. 2019;321(3):100-110. doi:10.1001/jama.2019.1
2. Lee C. Survey of Routing. 2nd ed. McGraw-Hill; 2010.
3. World Health Organization. Global Tuberculosis Report 2019. Accessed May 3, 2020. https://www.who.int/tb
4. Wu E, Ng F. Cloud costs. BMJ. 2018;360:k123.
5. Ho G. Fast transforms. In: Moe M, ed. Signal Processing. Springer; 2015:1-20.
6. Li H. Queueing. In: Poe L, Roe K, eds. Networks. Wiley; 2012:30-41.
"""


def test_an_ama11_list_is_not_asked_for_places_by_its_names_alone(lint):
    # AMA 11 names people as Citing Medicine does but gives a book no place
    assert found(lint, AMA11, "RL521") == []
    # where its books mostly give one, the one without is still asked
    placed = AMA11.replace("McGraw-Hill; 2010", "New York, NY: McGraw-Hill; 2010").replace(
        "Springer; 2015", "Berlin: Springer; 2015"
    )
    assert found(lint, placed, "RL521") == [6]
    # Citing Medicine's own marks: the names decide again
    cited = AMA11.replace("Accessed May 3, 2020.", "[cited 2020 May 3]. Available from:")
    assert found(lint, cited, "RL521") == [2, 5, 6]
