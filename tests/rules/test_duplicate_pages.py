"""RL601 by first author, year and page range, where one of the two titles is garbled; lists
where the same range is a coincidence stay silent."""

from __future__ import annotations

from functools import partial

from tests.timing import assert_linear


def numbered(*entries: str) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


GECKOS = (
    "Pearson RG, Raxworthy CJ, Nakamura M, et al.: Predicting species distributions from small "
    "numbers of occurrence records. J Biogeogr. 2007; 34(1): 102–117."
)
GARBLED = (
    "Pearson RG: Raxworthy cj, nakamura m, townsend peterson a. Madagascar J Biogeogr. 2007; "
    "1: 102–117."
)
OTHER = "Elith J, Phillips SJ, Hastie T, et al.: A statistical explanation. Divers Distrib. 2011; 17(1): 43–57."


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    findings = lint(text, select=["RL601", "RL001"])
    assert [d.entry for d in findings if d.code == "RL001"] == []
    return [(d.entry, d.message) for d in findings]


def test_a_garbled_title_is_matched_by_author_year_and_pages(lint):
    assert _found(lint, numbered(GECKOS, OTHER, GARBLED)) == [
        (
            3,
            "same work as entry 1 (first author, year and pages 102–117 match); cite it under "
            "one number",
        )
    ]
    ieee = (
        '[1] R. G. Pearson, C. J. Raxworthy, and M. Nakamura, "Predicting species distributions '
        'from small numbers of occurrence records," J. Biogeogr., vol. 34, no. 1, pp. 102–117, '
        "2007.\n"
        '[2] R. G. Pearson, "Raxworthy cj, nakamura m," Madagascar J. Biogeogr., vol. 1, '
        "pp. 102–117, 2007.\n"
    )
    assert [e for e, _ in _found(lint, ieee)] == [2]


def test_the_same_pages_by_other_authors_or_in_other_years_are_other_works(lint):
    for other in (
        GARBLED.replace("Pearson RG", "Pearson TK"),  # another Pearson
        GARBLED.replace("2007", "2008"),  # another year
        GARBLED.replace("102–117", "102–118"),  # other pages
    ):
        assert _found(lint, numbered(GECKOS, other)) == []


def test_articles_paged_from_one_are_not_matched_by_their_pages(lint):
    # journals that number articles print every one from page 1
    text = numbered(
        "Wang L, Chen X. Deep learning for proteins. Sci Rep. 2020; 10: 1–12.",
        "Wang L, Zhou Y. Graph networks for cells. Sci Rep. 2020; 10: 1–12.",
    )
    assert _found(lint, text) == []


def test_two_different_dois_are_two_works(lint):
    text = numbered(
        GECKOS + " doi:10.1111/j.1365-2699.2006.01594.x",
        GARBLED + " doi:10.1111/j.1365-2699.2006.09999.x",
    )
    assert _found(lint, text) == []


def _one_author(n: int) -> str:
    """`n` articles by one first author in one year, each on its own pages."""
    return "".join(
        f"{i}. Pearson RG, Nakamura M. Study number {i} of geckos. J Biogeogr. 2007; 34(1): "
        f"{10 * i + 2}–{10 * i + 9}.\n"
        for i in range(1, n + 1)
    )


def test_matching_by_pages_grows_linearly_with_the_list(lint):
    """Four times the entries, all by one first author in one year, well under sixteen times the
    time: entries are keyed by their pages, never compared two by two."""
    small, large = _one_author(150), _one_author(600)
    assert lint(large, select=["RL601"]) == []
    assert_linear(
        partial(lint, small, select=["RL601"]), partial(lint, large, select=["RL601"]), bound=8
    )
