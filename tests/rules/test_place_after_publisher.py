"""ASM and some sciences print a book's place after its publisher (`1st ed. Elsevier, Amsterdam.`,
`ASM Press, Washington, DC.`): the place is given, so RL521 stays silent; a book that names only
its house, or a house and its legal form (`John Wiley & Sons, Inc.`), still has no place."""

from __future__ import annotations

import pytest

ARTICLES = (
    "1. Smith AB, Jones C. 2019. A trial of something. Appl Environ Microbiol 85:e02335-18. "
    "doi:10.1128/AEM.02335-18\n"
    "2. Hendrikx T, Duan Y, Wang Y. 2019. Bacteria engineered to produce IL-22. Gut "
    "68:1504–1515. doi:10.1136/gutjnl-2018-317232\n"
)


@pytest.mark.parametrize(
    "book",
    [
        "Dijkstra A, Massart D, Kaufman L. 1978. Evaluation of laboratory methods. 1st ed. "
        "Elsevier, Amsterdam.",
        "Miller JH. 1992. A short course in bacterial genetics. ASM Press, Washington, DC.",
        "Brown TA. 2016. Gene cloning and DNA analysis. 7th ed. Wiley-Blackwell, Oxford, "
        "United Kingdom.",
    ],
)
def test_a_place_after_the_publisher_is_a_place(lint, book):
    assert lint(ARTICLES + f"3. {book}\n", select=["RL521"]) == []


@pytest.mark.parametrize(
    ("book", "house"),
    [
        (
            "Green MR, Sambrook J. 2012. Molecular cloning. 4th ed. Cold Spring Harbor "
            "Laboratory Press.",
            "Cold Spring Harbor Laboratory Press",
        ),
        ("Lee K. 2001. Food microbiology. John Wiley & Sons, Inc.", "John Wiley & Sons, Inc"),
        # two houses, no place
        ("Lee K. 2001. Food microbiology. Elsevier, Academic Press.", "Elsevier, Academic Press"),
    ],
)
def test_a_house_alone_still_has_no_place(lint, book, house):
    found = lint(ARTICLES + f"3. {book}\n", select=["RL521"])
    assert [(d.code, d.entry) for d in found] == [("RL521", 3)]
    assert f"`Place: {house}`" in found[0].message


def test_vancouver_place_before_the_publisher_is_unchanged(lint):
    books = (
        "1. Anderberg MR. Cluster analysis for applications. New York: Academic Press; 1973.\n"
        "2. Everitt BS, Landau S. Cluster analysis. London: Arnold; 2001.\n"
        "3. Hartigan JA. Clustering algorithms. Wiley; 1975.\n"
    )
    found = lint(books, select=["RL521"])
    assert [(d.code, d.entry) for d in found] == [("RL521", 3)]


ASM_BOOKS = (
    "3. Dijkstra A, Massart D, Kaufman L. 1978. Evaluation of laboratory methods. 1st ed. "
    "Elsevier, Amsterdam.\n"
    "4. Miller JH. 1992. A short course in bacterial genetics. ASM Press, Washington, DC.\n"
    "5. Green MR, Sambrook J. 2012. Molecular cloning. 4th ed. Cold Spring Harbor Laboratory "
    "Press.\n"
)


def test_the_message_follows_the_lists_own_order(lint):
    """Where the list prints the place after the publisher, the message asks for it there."""
    found = lint(ARTICLES + ASM_BOOKS, select=["RL521"])
    assert [(d.code, d.entry) for d in found] == [("RL521", 5)]
    assert "after the publisher" in found[0].message
    assert "`Cold Spring Harbor Laboratory Press, Place`" in found[0].message
    assert "before" not in found[0].message


def test_a_list_that_puts_the_place_first_is_told_so(lint):
    books = (
        "3. Dijkstra A, Massart D. Evaluation of laboratory methods. Amsterdam: Elsevier; 1978.\n"
        "4. Miller JH. A short course in bacterial genetics. Washington: ASM Press; 1992.\n"
        "5. Green MR, Sambrook J. Molecular cloning. Cold Spring Harbor Laboratory Press; 2012.\n"
    )
    found = lint(ARTICLES + books, select=["RL521"])
    assert [(d.code, d.entry) for d in found] == [("RL521", 5)]
    assert "`Place: Cold Spring Harbor Laboratory Press`" in found[0].message
