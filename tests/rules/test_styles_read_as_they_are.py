"""Habits of three kinds of list read as they are, each in a list written here: Chicago
author-date as a citation processor prints it from BibTeX records (bare middle initials, `The`
before a publisher, a publisher's page count after the range, Chicago's whole ranges and its
ten-and-seven et al. rule, a bilingual journal, PNAS), Chicago notes-bibliography typed by hand
with Harvard's and APA's entries among it (web addresses closed by a period, access dates given
by few, a site's article dated by its day), and an author-date style typed by hand (a particle
after the initial, `Vries, M, de,`)."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2025, 10, 6)
SURNAMES = ("Abbot", "Barlow", "Carver", "Dunmore", "Ellery", "Fenwick", "Garrow", "Hollis")
GIVEN = ("Alma", "Bruno", "Cyrus", "Delia", "Edwin", "Flora", "Gideon", "Hazel")
JOURNALS = ("Journal of Field Studies", "Review of Applied Methods", "Survey Practice Quarterly")


def chicago_article(n: int, pages: str = "", journal: str = "", names: str = "") -> str:
    """A Chicago author-date article as a processor prints it, middle initials bare."""
    s = SURNAMES[n % len(SURNAMES)]
    names = names or f"{s}, {GIVEN[n % 8]} M, and {GIVEN[(n + 3) % 8]} K {SURNAMES[(n + 1) % 8]}"
    journal = journal or JOURNALS[n % len(JOURNALS)]
    pages = pages or f"{1021 + 100 * n}–{25 + n % 3}"
    return f"{names}. {2000 + n}. “Measuring Outcome Number {n}.” {journal} {n} (2): {pages}.\n"


def chicago_list(*extra: str, count: int = 8) -> str:
    return (
        "References\n" + "".join(chicago_article(n) for n in range(1, count + 1)) + "".join(extra)
    )


def test_chicago_keeps_whole_the_ranges_it_prints_whole(lint):
    # cut to two digits, as Chicago cuts: `2600–2606` and `3895–3962` stay whole there
    whole = chicago_article(20, "2600–2606") + chicago_article(21, "3895–3962")
    assert lint(chicago_list(whole), select=["RL803"]) == []
    (found,) = lint(chicago_list(chicago_article(22, "964–988")), select=["RL803"])
    assert found.entry == 9 and "`964–988` is full" in found.message


def test_a_publishers_page_count_after_the_range_leaves_the_article_read(lint):
    text = chicago_list(
        *(chicago_article(n, journal="The Stata Journal") for n in (11, 12, 13)),
        chicago_article(14, "964–988(25)", journal="Stata Journal"),
    )
    found = lint(text, select=["RL810"])
    assert [(d.entry, d.message.split(";")[0]) for d in found] == [
        (12, "journal written `Stata Journal` here and `The Stata Journal` in entries 9, 10, 11")
    ]


def test_chicago_names_seven_before_et_al_and_lists_up_to_ten(lint):
    def names(count: int, tail: str) -> str:
        more = (*SURNAMES, "Ingle", "Jarvis", "Kemp", "Lowry")
        rest = [f"{GIVEN[k % 8]} {more[k]}" for k in range(1, count)]
        return f"Ingram, Ivo, {', '.join(rest)}{tail}"

    cut = tuple(chicago_article(n, names=names(7, ", et al")) for n in range(26, 31))
    # seven printed whole twice, as lists of seven are: Chicago still lists nine whole
    seven = tuple(chicago_article(n, names=names(6, ", and Olga Page")) for n in (34, 35))
    nine = chicago_article(32, names=names(8, ", and Olga Page"))
    assert lint(chicago_list(*cut, *seven, nine), select=["RL806"]) == []
    twelve = chicago_article(33, names=names(11, ", and Olga Page"))
    (found,) = lint(chicago_list(*cut, twelve), select=["RL806"])
    assert found.entry == 14 and "lists all 12 authors" in found.message


def test_dotted_initials_among_a_chicago_lists_bare_ones(lint):
    dotted = chicago_article(40, names="Quarry, Paul J., and Vera Lind")
    (found,) = lint(chicago_list(dotted, count=12), select=["RL805"])
    assert found.entry == 13 and "`J.` have a period" in found.message
    # three dotted make dots the Chicago list's rule: the bare ones are then its faults
    three = [
        chicago_article(41 + k, names=f"Quarry, Paul {c}., and Vera Lind")
        for k, c in enumerate("JKL")
    ]
    assert all(
        "have a period" not in d.message
        for d in lint(chicago_list(*three, count=12), select=["RL805"])
    )


def test_the_second_half_of_a_bilingual_journal_keeps_its_own_case(lint):
    text = chicago_list(
        chicago_article(50, journal="Canadian Journal of Trade/Revue canadienne du commerce")
    )
    assert lint(text, select=["RL535"]) == []
    odd = chicago_list(chicago_article(50, journal="Canadian journal of trade"))
    assert [d.entry for d in lint(odd, select=["RL535"])] == [9]


def test_a_journal_with_volume_and_issue_is_no_meeting(lint):
    papers = "".join(
        f"Ames, Ruth. {2010 + k}. “Paper {k}.” In Proceedings of the {k}th Meeting on Data, "
        f"{10 + k}–{20 + k}. ACM.\n"
        for k in range(2, 6)
    )
    pnas = chicago_article(
        60, "2600–2606", journal="Proceedings of the National Academy of Sciences"
    )
    assert lint(chicago_list(papers, pnas), select=["RL533"]) == []
    meeting = "Ames, Ruth. 2019. “Paper.” Proceedings of the 9th Meeting on Data 2: 1022–27.\n"
    assert [d.entry for d in lint(chicago_list(papers, meeting), select=["RL533"])] == [13]


def test_a_publisher_without_the_article_the_list_prints(lint):
    book = "Lamb, Nora, and Otto Reyes. {y}. Cash Transfers and Outcome {y}. {house}.\n"
    text = chicago_list(
        *(book.format(y=y, house="The World Bank") for y in (2011, 2012, 2013)),
        book.format(y=2014, house="World Bank"),
    )
    found = lint(text, select=["RL880"])
    assert [d.entry for d in found] == [12] and "`The World Bank`" in found[0].message
    assert lint(text.replace("The World Bank", "World Bank"), select=["RL880"]) == []


NB = (
    "Ames, Ruth. “A Study of Ledgers.” Archival Review 4, no. 2 (2019): 11–20.",
    "Brook, Saul. “Crowds and Papers.” Blog. Notes from the Stacks, March 3, 2018. https://stacks.example.org/2018/crowds/.",
    "Crane, Thea. “Volunteers at Work.” The Reading Room (blog). May 9, 2020. https://reading.example.org/volunteers/.",
    "Drake, Ulla. “Scripts in the Margins.” Library Quarterly 45, no. 3 (2016): 122–33.",
    "Eaton, Vera. “Transcribing the Past.” Notes (blog). June 1, 2021. https://notes.example.org/past/.",
    "Frost, Wade. “Data after the Project.” Archives Today 12, no. 1 (2017): 5–19.",
    "Gale, Yara. “A Decade of Volunteers.” Stacks (blog). July 2, 2019. https://stacks2.example.org/decade/.",
    "Hale, Zora. “Counting the Crowd.” Digital Heritage 7, no. 4 (2015): 40–52.",
)


def notes_bibliography(*extra: str) -> str:
    return "References\n" + "\n".join((*NB, *extra)) + "\n"


def test_web_addresses_closed_by_a_period_are_the_lists_form(lint):
    open_link = "Iles, Abe. “Open Data.” Stacks (blog). May 9, 2020. https://open.example.org/data/"
    (found,) = lint(notes_bibliography(open_link), select=["RL808"])
    assert found.entry == 9
    assert lint(notes_bibliography(open_link + "."), select=["RL808"]) == []


def test_harvard_and_apa_years_after_the_names_in_a_chicago_list(lint):
    harvard = "Jones, P., 2017. Release notes. Notes Online, 28 September 2017. Available at https://notes.example.org/r/ [Last accessed 30 June 2021]."
    found = lint(notes_bibliography(*NB[:5], harvard), select=["RL547"])
    assert [(d.entry, "`, 2017`" in d.message) for d in found] == [(14, True)]
    # a site's article dated by its day and read at its link has no pages to give
    assert lint(notes_bibliography(harvard), select=["RL501"]) == []
    # one page dated among the undated: the list's style gives none, and none is asked
    assert lint(notes_bibliography(harvard), select=["RL304"]) == []


def test_a_particle_after_its_initial_and_comma(lint):
    text = (
        "References\n"
        + "".join(
            f"{s}, {g[0]}. ({2000 + k}). A handbook of words {k}. London: Longman.\n"
            for k, (s, g) in enumerate(zip(SURNAMES, GIVEN, strict=True))
        )
        + "Vries, M, de, Verslag over het woordenboek. Haarlem: Kruseman, 1854.\n"
    )
    found = lint(text, select=["RL001", "RL805"])
    assert [(d.code, d.entry) for d in found] == [("RL805", 9)]
    # read, and of the list's form where its other initials are bare too
    bare = text.replace(". (", " (")
    assert lint(bare, select=["RL001", "RL805"]) == []


def test_a_first_edition_and_a_publisher_named_twice_in_chicago(lint):
    book = "Wren, Hilda. 2017. Tidy Data in Practice. {ed}Harbour Media.\n"
    (found,) = lint("References\n" + book.format(ed="1st ed. "), select=["RL866"])
    assert "`1st ed.`" in found.message
    assert lint("References\n" + book.format(ed="2nd ed. "), select=["RL866"]) == []
    # other styles print every edition: an entry not opened in Chicago's way is left alone
    asm = "Wren H, Lamb N. 2017. Tidy data in practice. 1st ed. Harbour Media, Leeds.\n"
    assert lint("References\n" + asm, select=["RL866"]) == []
    twice = (
        "Stone, Jay. 2005. “Weak Tests.” In Models, edited by Don Ames, 80–108. New York: "
        "Cambridge University Press; Cambridge University Press.\n"
    )
    (found,) = lint("References\n" + twice, select=["RL568"])
    assert "printed twice" in found.message
    once = twice.replace("Press; Cambridge University Press.", "Press.")
    assert lint("References\n" + once, select=["RL568"]) == []


def test_a_quotation_opened_with_a_closing_mark(lint):
    entry = "Chang, Ada. 2015. “Is Research Replicable? Sixty Papers Say {q}Usually Not’.” Notes.\n"
    (found,) = lint("References\n" + entry.format(q="’"), select=["RL529"])
    assert "do not pair" in found.message
    assert lint("References\n" + entry.format(q="‘"), select=["RL529"]) == []
    # an elision opening a word is no quotation (`’tis`)
    assert (
        lint(
            "References\n" + "Lamb, Nora. 2015. “And ’tis Said’s Book.” Notes.\n", select=["RL529"]
        )
        == []
    )


def test_a_country_with_an_elision_in_lower_case(lint):
    title = "Dunn, Cleo. 2017. Public Works Programs: Evidence from {c}. The World Bank.\n"
    (found,) = lint("References\n" + title.format(c="côte d’ivoire"), select=["RL575"])
    assert "côte d’ivoire" in found.message
    assert lint("References\n" + title.format(c="Côte d’Ivoire"), select=["RL575"]) == []


def test_a_work_after_chicagos_rule_with_nothing_after_its_title(lint):
    text = chicago_list(
        "Wada, Roy. 2014. “Tabulate: Stata Module to Arrange Outputs.” Boston College.\n",
        "———. 2015. “Regtab: Stata Module to Arrange Regression Tables.”\n",
    )
    assert [d.entry for d in lint(text, select=["RL501"])] == [10]


def test_a_quoted_title_followed_by_its_journal_alone(lint):
    article = "Ives, Nell. 2017. “The Power of Bias in Trade Research.” {after}\n"
    (found,) = lint(
        "References\n" + article.format(after="The Economic Journal."), select=["RL501"]
    )
    assert "`The Economic Journal` has no volume, issue or pages" in found.message
    assert (
        lint("References\n" + article.format(after="Working Paper Series."), select=["RL501"]) == []
    )
    whole = article.format(after="The Economic Journal 127 (605): 236–65.")
    assert lint("References\n" + whole, select=["RL501"]) == []


def test_a_period_after_a_persons_name_before_the_year(lint):
    entries = "".join(
        f"{s}, {g[0]}., & Lowry, T. ({2000 + k}). A guide to words {k}. Oxford: Clarendon.\n"
        for k, (s, g) in enumerate(zip(SURNAMES, GIVEN, strict=True))
    )
    odd = "Ames, R. and M. Rundell. (2008). The guide to lexicography. Oxford: Clarendon.\n"
    found = lint("References\n" + entries + odd, select=["RL813"])
    assert [d.entry for d in found] == [9]
    # a group's own period before the year is APA's, as `Cohen, J. (1988).` is
    group = "World Health Organization. (2021). Words in health. Geneva: WHO.\n"
    assert lint("References\n" + entries + group, select=["RL813"]) == []


def test_a_chapters_pages_run_into_the_publishers_word(lint):
    chapter = "Gale, A. (2007). The corpus. In C. Fell (ed.) Idioms. London: Continuum {p}.\n"
    (found,) = lint("References\n" + chapter.format(p="Press23–40"), select=["RL557"])
    assert "`23–40` run into the publisher's `Press`" in found.message and found.edits == ()
    assert lint("References\n" + chapter.format(p="Press, 23–40"), select=["RL557"]) == []
