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
