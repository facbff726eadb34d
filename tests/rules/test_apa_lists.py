"""What the rules say of lists set out in APA 7, now that the grammar reads its books, reports,
theses and talks: nothing at warning on a right list (no place asked, no access date asked of
pages, whose style gives none), and the faults a copy editor marks on a faulty one: APA 6's
`Place: Publisher` (RL833), `Retrieved from` before a DOI (RL834), a `doi:` among links
(RL809)."""

from __future__ import annotations

from refslint.api import Severity
from refslint.fixes import apply_edits

CLEAN = """References

Bandura, A. (1997). Self-efficacy: The exercise of control. W. H. Freeman.

Bourdieu, P. (1984). Distinction: A social critique of the judgement of taste (R. Nice, Trans.). Harvard University Press.

Cohen, J. (1988). Statistical power analysis for the behavioral sciences (2nd ed.). Lawrence Erlbaum Associates.

Deci, E. L., & Ryan, R. M. (2000). The "what" and "why" of goal pursuits: Human needs and the self-determination of behavior. Psychological Inquiry, 11(4), 227–268. https://doi.org/10.1207/S15327965PLI1104_01

Gross, J. J. (Ed.). (2014). Handbook of emotion regulation (2nd ed.). Guilford Press.

Harris, L. T. (2014). Teacher efficacy and student achievement in urban middle schools [Doctoral dissertation, University of Michigan]. ProQuest Dissertations and Theses Global.

Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.

Lazarus, R. S., & Folkman, S. (1984). Stress, appraisal, and coping. Springer.

Park, S., & Kim, J. (2021, April 8–12). Peer feedback in online writing courses [Paper presentation]. American Educational Research Association Annual Meeting, Orlando, FL, United States.

Piaget, J. (1952). The origins of intelligence in children (M. Cook, Trans.). International Universities Press. (Original work published 1936)

Ryan, R. M., & Deci, E. L. (2017). Self-determination theory: Basic psychological needs in motivation, development, and wellness. Guilford Press. https://doi.org/10.1521/978.14625/28806

Smith, J. (2020, May 4). How to sleep well. Sleep Foundation. https://www.sleepfoundation.org/sleep-hygiene

Stuart, S. (2016). Nurse staffing and patient outcomes in acute care hospitals (Report No. 2016-04). Agency for Healthcare Research and Quality. https://www.ahrq.gov/research/findings/nursing-2016.html

Thompson, R. A. (2014). Socialization of emotion and emotion regulation in the family. In J. J. Gross (Ed.), Handbook of emotion regulation (2nd ed., pp. 173–186). Guilford Press.

Zimmerman, B. J. (2000). Attaining self-regulation: A social cognitive perspective. In M. Boekaerts, P. R. Pintrich, & M. Zeidner (Eds.), Handbook of self-regulation (pp. 13–39). Academic Press. https://doi.org/10.1016/B978-012109890-2/50031-7
"""

FAULTY = """References

Bandura, A. (1997). Self-efficacy: The exercise of control. New York, NY: W. H. Freeman.

Bronfenbrenner, U. (1979). The ecology of human development: Experiments by nature and design. Harvard University Press.

Cohen, J. (1988). Statistical power analysis for the behavioral sciences (2nd ed.). Lawrence Erlbaum Associates.

Deci, E. L., & Ryan, R. M. (2000). The "what" and "why" of goal pursuits. Psychological Inquiry, 11(4), 227–268. https://doi.org/10.1207/S15327965PLI1104_01

Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.

Lazarus, R. S., & Folkman, S. (1984). Stress, appraisal, and coping. Springer.

Nolen-Hoeksema, S., & Watkins, E. R. (2011). A heuristic for developing transdiagnostic models of psychopathology. Perspectives on Psychological Science, 6(6), 589–609. doi:10.1177/1745691611419672

Braun, V., & Clarke, V. (2006). Using thematic analysis in psychology. Qualitative Research in Psychology, 3(2), 77–101. Retrieved from https://doi.org/10.1191/1478088706qp063oa

Gross, J. J., & John, O. P. (2003). Individual differences in two emotion regulation processes. Journal of Personality and Social Psychology, 85(2), 348–362. https://doi.org/10.1037/0022-3514.85.2.348

Linehan, M. M. (1993). Cognitive-behavioral treatment of borderline personality disorder. Guilford Press.

Linnenbrink-Garcia, L., Patall, E. A., & Pekrun, R. (2016). Adaptive motivation and emotion in education. Policy Insights from the Behavioral and Brain Sciences, 3(2), 228–236. https://doi.org/10.1177/2372732216644450

Schunk, D. H., & Zimmerman, B. J. (Eds.). (2008). Motivation and self-regulated learning: Theory, research, and applications. Mahwah, NJ: Lawrence Erlbaum Associates.
"""

PAGES = """References

World Health Organization. (2021, June 17). Mental health: Strengthening our response. https://www.who.int/news-room/fact-sheets/detail/mental-health

Centers for Disease Control and Prevention. (2022, March 3). Physical activity basics. https://www.cdc.gov/physicalactivity/basics/index.htm

Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.

Lazarus, R. S., & Folkman, S. (1984). Stress, appraisal, and coping. Springer.

Linehan, M. M. (1993). Cognitive-behavioral treatment of borderline personality disorder. Guilford Press.
"""


def test_a_right_apa_list_draws_nothing_at_warning(lint):
    found = [(f.entry, f.code, f.message) for f in lint(CLEAN) if f.severity >= Severity.WARNING]
    assert found == []


def test_nothing_unread_on_the_right_list(lint):
    assert [f.code for f in lint(CLEAN, select=["RL001", "RL501", "RL521", "RL304"])] == []


def test_the_faults_of_a_faulty_list_are_found(lint):
    found = sorted((f.entry, f.code) for f in lint(FAULTY, select=["RL809", "RL833", "RL834"]))
    assert found == [(1, "RL833"), (7, "RL809"), (8, "RL834"), (12, "RL833")]


def test_the_place_is_removed_and_the_words_before_the_doi(lint):
    found = {f.entry: f for f in lint(FAULTY, select=["RL833", "RL834"])}
    assert [e.text for e in found[1].edits] == [""]
    assert "`New York, NY`" in found[1].message
    assert "Retrieved from" in found[8].message


def test_apa_pages_need_no_access_date(lint):
    assert lint(PAGES, select=["RL304"]) == []


def test_an_apa_list_that_dates_its_pages_asks_it_of_each(lint):
    dated = PAGES.replace(
        "Mental health: Strengthening our response. https",
        "Mental health: Strengthening our response. Retrieved July 3, 2021, from https",
    ).replace(
        "Guilford Press.\n",
        "Guilford Press.\n\nNational Institute of Mental Health. (2023, May 1). Anxiety."
        " Retrieved June 2, 2023, from https://www.nimh.nih.gov/health/topics/anxiety\n",
    )
    assert [(f.entry, f.code) for f in lint(dated, select=["RL304"])] == [(2, "RL304")]


def test_an_apa_list_that_dates_only_its_undated_pages_leaves_a_dated_one_alone(lint):
    undated = (
        "\n\nThe Carpentries. (n.d.). Lesson template. Retrieved September 1, 2023, from"
        " https://carpentries.org/lessons/\n\nMishra, S. (n.d.). Deep learning basics. In Udemy."
        " Retrieved January 2, 2024, from https://www.udemy.com/course/basics/\n"
    )
    more = undated.replace("Carpentries", "Open Lessons").replace("Mishra, S.", "Slim, J.")
    # most pages carry a retrieval date, all of them undated: the two dated ones need none
    text = PAGES.rstrip("\n") + undated + more.rstrip("\n")
    assert lint(text, select=["RL304"]) == []
    # an undated page without its retrieval date is still asked for one
    bare = text + "\n\nNIMH. (n.d.). Anxiety. https://www.nimh.nih.gov/health/anxiety\n"
    assert [f.entry for f in lint(bare, select=["RL304"])] == [10]


def test_a_vancouver_page_still_needs_its_access_date(lint):
    text = (
        "1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.\n"
        "2. Wang C, Aykol M. Ionic conduction in solids. ACS Nano. 2020;14:5510-9.\n"
        "3. World Health Organization. Mental health [Internet]. 2021. Available from:"
        " https://www.who.int/mental-health\n"
    )
    assert [f.code for f in lint(text, select=["RL304"])] == ["RL304"]


def test_a_list_whose_books_give_their_place_draws_no_rl833(lint):
    text = FAULTY.replace("Harvard University Press.", "Cambridge, MA: Harvard University Press.")
    text = text.replace("Lawrence Erlbaum Associates.\n", "Hillsdale, NJ: Erlbaum.\n", 1)
    text = text.replace("Farrar, Straus and Giroux.", "New York, NY: Farrar.")
    text = text.replace("Springer.", "New York, NY: Springer.")
    text = text.replace("Guilford Press.", "New York, NY: Guilford Press.")
    assert lint(text, select=["RL833"]) == []


def test_retrieved_from_before_an_address_is_apa6s_own(lint):
    text = "1. Smith, J. (2009). A report on things. Retrieved from http://www.example.org/report\n"
    assert lint(text, select=["RL834"]) == []


def test_a_group_authors_period_is_apas_own(lint):
    """`World Health Organization. (2021).` among `Cohen, J. (1988).`: the group's period stands
    where the persons' initials put theirs; among `Mantegna RN (1999)` it is a mark of its own."""
    assert lint(PAGES + CLEAN.split("\n", 1)[1], select=["RL813"]) == []
    plos = (
        "1. Mantegna RN (1999) Hierarchical structure. Eur Phys J B 11: 193.\n"
        "2. Onnela JP, Kaski K (2003) Asset trees. Phys Scr T106: 48.\n"
        "3. Aste T, Hyde ST (2005) Complex networks. Physica A 346: 20.\n"
        "4. Cont R (2001) Empirical properties. Quant Finance 1: 223-236.\n"
        "5. Efron B (1979) Bootstrap methods. Ann Stat 7: 1-26.\n"
        "6. World Health Organization. (2019). Mental health. Geneva: WHO.\n"
    )
    assert [(f.entry, f.code) for f in lint(plos, select=["RL813"])] == [(6, "RL813")]


def test_an_organisation_s_own_book_needs_no_publisher_in_apa(lint):
    apa = (
        "References\n\nAmerican Psychological Association. (2020). Publication manual of the "
        "American Psychological Association (7th ed.). https://doi.org/10.1037/0000165-000\n\n"
        "Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.\n"
    )
    assert lint(apa, select=["RL501"]) == []
    # a person's book without its publisher is still one fault
    person = apa.replace("American Psychological Association. (2020)", "Smith, J. (2020)")
    assert [(f.entry, f.code) for f in lint(person, select=["RL501"])] == [(1, "RL501")]


def test_a_place_after_the_publisher_in_a_placeless_list(lint):
    osborn = (
        "Osborn, T. L. (2012). How women represent women: Political parties, gender and "
        "representation in the state legislatures. Oxford University Press, USA.\n"
    )
    text = CLEAN + "\n" + osborn
    found = lint(text, select=["RL833"])
    assert [f.code for f in found] == ["RL833"]
    assert found[0].message.startswith("place of publication `USA` after the publisher;")
    assert "legislatures. Oxford University Press.\n" in apply_edits(text, found[0].edits)
    # where the list's books give their place after the publisher, that is its own form
    placed = "References\n\n" + "\n".join(
        f"Author{n}, A. (2001). Book number {n}. {house}, {place}.\n"
        for n, (house, place) in enumerate(
            [("Routledge", "London"), ("Springer", "Berlin"), ("Wiley", "Chichester")], start=1
        )
    )
    assert lint(placed + "\n" + osborn, select=["RL833"]) == []


def test_a_package_named_by_its_archives_doi_needs_no_publisher(lint):
    entries = [
        "Li, X., & Anselin, L. (2022). Rgeoda: R library for spatial data analysis. "
        "https://doi.org/10.32614/CRAN.package.rgeoda",
        "Horst, A. M., & Gorman, K. B. (2020). Palmerpenguins: Penguin data. "
        "https://doi.org/10.5281/zenodo.3960218",
        # a book whose DOI is a publisher's still names no publisher
        "Bivand, R. (2013). Applied spatial data analysis with R. "
        "https://doi.org/10.1007/978-1-4614-7618-4",
    ]
    text = "References\n\n" + "\n\n".join(entries) + "\n"
    assert [(f.entry, f.code) for f in lint(text, select=["RL501"])] == [(3, "RL501")]
