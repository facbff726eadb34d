"""RL570: empty brackets where a template's field was left empty, in lists written here, and
silence where empty brackets are words of the text (code in a title, links)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.timing import assert_linear


def _found(lint, text: str) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL570"])]


ISSUE = "empty parentheses `()`: the issue was left out; fill it in or remove the parentheses"


@pytest.mark.parametrize(
    "entry",
    [  # author-date, the volume then empty issue parentheses
        "Lee, A. and Kim, B. (2019) A study of cells. J. Cell Sci., 12(): e1002. doi: 10.1/x",
        "Lee, A. and Kim, B. (2019) A study of cells. J. Cell Sci., 133 ():jcs1002.",
        # Vancouver
        "Lee A, Kim B. A study of cells. J Cell Sci. 2019;12():100-9.",
        # ABNT
        "LEE, A.; KIM, B. Estudo de células. Rev Bras Biol, v. 12(), p. 100-109, 2019.",
    ],
)
def test_empty_issue_parentheses_after_a_volume(lint, entry):
    assert _found(lint, f"1. {entry}\n") == [(1, ISSUE)]


def test_empty_brackets_and_parentheses_elsewhere(lint):
    text = (
        "1. Lee A, Kim B. A web page of cells []. 2019 [cited 2020 Jan 3]. Available from: "
        "https://example.org/cells\n"
        "2. Lee, A. () A study of cells. Cell Press, London.\n"
    )
    assert _found(lint, text) == [
        (1, "empty brackets `[]`: an element was left out; fill it in or remove the brackets"),
        (
            2,
            "empty parentheses `()`: an element was left out; fill it in or remove the parentheses",
        ),
    ]


def test_the_fix_removes_the_brackets_and_the_spaces_before_them(lint):
    text = "1. Lee, A. (2019) A study. J. Cell Sci., 133 ():jcs1002.\n"
    (finding,) = lint(text, select=["RL570"])
    assert finding.fix_message == "Remove the empty parentheses"
    (edit,) = finding.edits
    line = text[:-1]
    assert line[: edit.start_offset] + edit.text + line[edit.end_offset :] == (
        "1. Lee, A. (2019) A study. J. Cell Sci., 133:jcs1002."
    )


@pytest.mark.parametrize(
    "entry",
    [  # code in titles: a function call and an array type
        "Ritchie D. Using malloc() and free() in C programs. Commun ACM. 1990;33(4):10-5.",
        "Gosling J. Arrays as int[] values. In: Proc OOPSLA; 1996. p. 1-9.",
        "Wirth N, Gutknecht J. Calling f()x in Oberon. Softw Pract Exper. 1992;22:12-9.",
        # brackets inside a link or a DOI
        "Doe J. A page. 2020. Available from: https://example.org/a()/b[]",
        "Doe J. A title. J Chem. 2000;19(3):335-51. doi:10.1002/(SICI)1097()0258",
        # full entries in other styles
        "J. Doe, “A title,” IEEE Trans. Comput., vol. 12, no. 3, pp. 1–9, 2012.",
        "Doe, J. (2012). A title. Journal of Things, 12(3), 1–9.",
        "Doe J 2012 A title J. Phys. A 12 1–9",
    ],
)
def test_silent_where_the_brackets_are_text_or_absent(lint, entry):
    assert _found(lint, f"1. {entry}\n") == []


def _marks(lint, text: str) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL573"])]


def test_two_separators_around_an_empty_field(lint):
    text = (
        "1. Liu, R. (2002) A gene regulator. Genetics, 356;, 1585–1588.\n"
        "2. Liu R. A gene regulator. Genetics. 2002;20:; 1585-8.\n"
    )
    assert _marks(lint, text) == [
        (
            1,
            "`;,`: two separators in a row, where a field between them was left empty; "
            "expected one (`,`)",
        ),
        (
            2,
            "`:;`: two separators in a row, where a field between them was left empty; "
            "expected one (`;`)",
        ),
    ]


def test_one_separator_and_marks_inside_identifiers_are_not_two_separators(lint):
    text = (
        "1. Kim HJ. Permutation tests. Stat Med. 2000;19(3):335-51. "
        "doi:10.1002/(SICI)1097-0258(20000215)19:3<335::AID-SIM336>3.0.CO;2-Z\n"
        "2. Doe J. A page. 2020. Available from: https://example.org/a;,b\n"
        "3. Doe, J. (2012). A title. Journal of Things, 12(3), 1–9.\n"
        "4. Doe J, Roe R; Study Group. A title. Lancet. 2012;12:1-9.\n"
    )
    assert _marks(lint, text) == []


@pytest.mark.parametrize("unit", ["()", " ()", ";, ", "[ ] "])
def test_time_grows_linearly_with_the_marks_in_an_entry(unit):
    """Four times the marks take about four times as long (a quadratic scan would take 16)."""
    from refslint.engine import lint_text

    def check(n: int) -> partial[object]:
        text = f"1. Doe J. A title {unit * n}. Cell. 2019;1:1-9.\n"
        return partial(lint_text, text, select=["RL570", "RL573"], offline=True)

    assert_linear(check(1000), check(4000), bound=8)
