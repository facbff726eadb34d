"""RL593 on two hyphens typed for a title's dash (`BLAT--the BLAST-like`, `decay -- a new`), as
TeX and typewriters write one, in lists written here in several styles; silent on two hyphens
between numbers (a range) and on one hyphen of a compound."""

from __future__ import annotations

import pytest


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL593"])]


@pytest.mark.parametrize(
    ("entry", "printed"),
    [
        (
            "Kent WJ. 2002. BLAT--the BLAST-like alignment tool. Genome Research 12:656–664.",
            "`BLAT—the`",
        ),
        (
            "Vasudevan S, Peltz SW. Non-stop decay--a new mRNA surveillance pathway. Bioessays. "
            "2002;24:785-8.",
            "`decay—a`",
        ),
        (
            "Smith, A. (2019). Reading lists -- a practical guide. Journal of Tests, 4, 1–9.",
            "`lists—a`",
        ),
    ],
)
def test_two_hyphens_for_a_dash(lint, entry, printed):
    ((entry_no, message),) = _found(lint, f"1. {entry}\n")
    assert entry_no == 1 and message.startswith("two hyphens") and printed in message
    (finding,) = lint(f"1. {entry}\n", select=["RL593"])
    assert finding.edits[0].text == "—"


@pytest.mark.parametrize(
    "entry",
    [
        "Kent WJ. 2002. BLAT—the BLAST-like alignment tool. Genome Research 12:656--664.",
        "Vasudevan S. Non-stop decay of mRNA. Bioessays. 2002;24:785-8.",
        "Smith, A. (2019). A state-of-the-art guide. Journal of Tests, 4, 1--9.",
    ],
)
def test_a_range_or_a_compound_is_left_alone(lint, entry):
    assert _found(lint, f"1. {entry}\n") == []


def test_two_hyphens_in_an_entry_whose_title_was_not_read(lint):
    """An alphabetic label (`[GKK+04]`) and a comma after the title leave the grammar no title:
    the words after the names are read instead; an address keeps its hyphens."""
    text = (
        "References\n"
        "[AG93] E.L. Allgower and K. Georg. Continuation and path following, Acta Numerica,"
        " pages 1-64, 1993.\n"
        "[GKK+04] T. Gunji, S. Kim, and T. Mizutani. PHoM -- a polyhedral homotopy continuation"
        " method for polynomial systems, Computing, 73(4):55-77, 2004.\n"
        "[MNO+11] M. Maekawa, M. Noro, and Y. Tamura. An open system to integrate mathematical"
        " software, 2011, available at http://www.open--xm.org.\n"
    )
    found = lint(text, select=["RL593"])
    assert [(d.entry, d.message.split("`")[1]) for d in found] == [(2, "PHoM -- a")]
