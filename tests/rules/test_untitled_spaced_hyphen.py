"""RL593 on a spaced hyphen in an entry whose title the grammar could not read, in a list that
types its dashes as hyphens (no en or em dash anywhere, ranges joined by hyphens): read after
the names, or from the entry's start where no names were read; silent where the list prints a
dash, and on an address's hyphens."""

from __future__ import annotations


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL593"])]


LABELLED = (
    "References\n"
    "[AG93] E.L. Allgower and K. Georg. Continuation and path following, Acta Numerica,"
    " pages 1-64, 1993.\n"
    "[Ver99] J. Verschelde. Algorithm 795: PHCpack, ACM Trans. Math. Softw., 25(2):251-276, 1999.\n"
    "[SOH+98] M. Snir, S. Otto, and J. Dongarra. MPI - The Complete Reference Volume 1, The MPI"
    " Core, Massachusetts Institute of Technology, 1998.\n"
    "[Wam11] C.W. Wampler. Numerical algebraic geometry, SIAM Rev., 53(4):629-665, 2011.\n"
)
EVENT = (
    "1. Lee A, Kim B. Dengue in the Pacific. Clim Res. 1998;11:31-38.\n"
    "2. Park C, Cho D. Rainfall and malaria. Trop Med Health. 2011;39:101-109.\n"
    "3. Workshop on Virus Evolution and Molecular Epidemiology - Face-to-face Workshop (VEME)"
    " [Internet];2021 Sep 5-10. Belo Horizonte: KU Leuven; 2021.\n"
)


def test_a_spaced_hyphen_after_the_names_of_an_untitled_entry(lint):
    found = _found(lint, LABELLED)
    assert found == [
        (
            3,
            "spaced hyphen where the title has a dash (`MPI - The`), in a list that prints no "
            "dash; expected `MPI—The`",
        )
    ]
    (finding,) = lint(LABELLED, select=["RL593"])
    assert finding.edits[0].text == "—"


def test_a_spaced_hyphen_of_an_entry_with_no_names(lint):
    ((entry, message),) = _found(lint, EVENT)
    assert entry == 3 and "`Epidemiology—Face`" in message


def test_left_alone_where_the_list_prints_a_dash(lint):
    assert _found(lint, LABELLED.replace("1-64", "1–64")) == []
    assert _found(lint, EVENT.replace("31-38", "31–38")) == []


def test_an_address_keeps_its_hyphens(lint):
    text = EVENT.replace(
        "Molecular Epidemiology - Face-to-face Workshop (VEME)",
        "Molecular Epidemiology (VEME) https://example.org/a - b",
    )
    assert _found(lint, text) == []
