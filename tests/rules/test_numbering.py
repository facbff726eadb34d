"""Numbering rules (RL101-RL104): gaps, repeats, reversals and the first number."""

from __future__ import annotations

from refslint_rules import numbering

from tests.rules.refbuild import messages, numbered, run

ENTRY = "{n}. Drautz R. Atomic cluster expansion {n}. Phys Rev B 2019;99:0141{n:02d}."


def listing(*numbers: int) -> str:
    return "".join(ENTRY.format(n=n) + "\n" for n in numbers)


# RL101 number-gap


def test_gap_is_reported_once_at_the_entry_after_it():
    refs = numbered(109, 110, 112, 113)
    (found,) = run(numbering.number_gap, refs)
    assert found.message == "number 111 is missing: the list jumps from 110 to 112"
    assert found.ref is refs[2]
    assert found.span == refs[2].label.span


def test_a_run_of_missing_numbers_is_one_gap():
    assert messages(numbering.number_gap, numbered(1, 2, 6, 7)) == [
        "numbers 3-5 are missing: the list jumps from 2 to 6"
    ]


def test_every_separate_gap_is_reported():
    found = run(numbering.number_gap, numbered(1, 3, 4, 6))
    assert [d.ref.number for d in found] == [3, 6]


def test_numbers_that_appear_out_of_order_are_not_missing():
    assert run(numbering.number_gap, numbered(1, 2, 6, 7, 8, 3, 4, 5, 9)) == []


def test_gap_far_from_its_neighbour_is_worded_as_such():
    assert messages(numbering.number_gap, numbered(1, 2, 4, 3, 6, 5, 8)) == [
        "number 7 is missing: no entry is numbered between 6 and 8"
    ]


def test_no_gap_in_a_complete_list_or_below_the_first_number():
    assert run(numbering.number_gap, numbered(1, 2, 3)) == []
    assert run(numbering.number_gap, numbered(5, 6, 7)) == []


def test_unnumbered_entries_are_skipped():
    assert run(numbering.number_gap, numbered(1, None, 2, None, 3)) == []
    assert run(numbering.number_gap, numbered(None, None)) == []


def test_gap_through_the_engine(lint):
    found = lint(listing(1, 2, 4), select=["RL101"])
    assert [(d.code, d.entry, d.line, d.column) for d in found] == [("RL101", 4, 3, 1)]
    assert found[0].message == "number 3 is missing: the list jumps from 2 to 4"


# RL102 number-repeated


def test_repeat_is_reported_at_the_later_entry_with_a_suggestion():
    refs = numbered(1, 2, 3, 3, 5)
    (found,) = run(numbering.number_repeated, refs)
    assert found.ref is refs[3]
    assert found.message == (
        "number 3 is used twice: the 3rd entry is already numbered 3; "
        "each number should appear once (did you mean 4?)"
    )


def test_repeat_without_an_obvious_replacement_has_no_suggestion():
    assert messages(numbering.number_repeated, numbered(1, 2, 2, 3)) == [
        "number 2 is used twice: the 2nd entry is already numbered 2; "
        "each number should appear once"
    ]


def test_each_extra_copy_is_reported():
    found = run(numbering.number_repeated, numbered(1, 2, 2, 2))
    assert [d.ref.index for d in found] == [3, 4]


def test_distinct_numbers_are_not_repeats():
    assert run(numbering.number_repeated, numbered(1, 2, 3, None, None)) == []


def test_repeat_through_the_engine(lint):
    found = lint(listing(1, 2, 2), select=["RL102"])
    assert [(d.code, d.entry, d.line) for d in found] == [("RL102", 2, 3)]


# RL103 number-out-of-order


def test_a_moved_block_is_reported_once_where_the_order_breaks():
    refs = numbered(1, 2, 6, 7, 8, 3, 4, 5, 9)
    (found,) = run(numbering.number_out_of_order, refs)
    assert found.ref is refs[5]
    assert found.message == (
        "number 3 comes after 8: the list should count upwards, each number one more than the last"
    )


def test_a_swap_is_reported_once():
    found = run(numbering.number_out_of_order, numbered(1, 3, 2, 4))
    assert [d.ref.number for d in found] == [2]


def test_going_back_to_a_used_number_is_a_repeat_not_a_reversal():
    assert run(numbering.number_out_of_order, numbered(1, 2, 3, 2)) == []


def test_ascending_lists_with_gaps_are_in_order():
    assert run(numbering.number_out_of_order, numbered(1, 2, 5, 9, None, 10)) == []


def test_out_of_order_through_the_engine(lint):
    found = lint(listing(1, 3, 2), select=["RL103"])
    assert [(d.code, d.entry, d.line) for d in found] == [("RL103", 2, 3)]


# RL104 first-number-not-one


def test_list_starting_above_one():
    refs = numbered(3, 4, 5)
    (found,) = run(numbering.first_number_not_one, refs)
    assert (found.message, found.ref) == ("the list starts at 3; expected 1", refs[0])


def test_list_starting_at_zero():
    assert messages(numbering.first_number_not_one, numbered(0, 1, 2)) == [
        "the list starts at 0; expected 1"
    ]


def test_list_starting_at_one_after_unnumbered_entries():
    assert run(numbering.first_number_not_one, numbered(None, 1, 2)) == []


def test_misplaced_first_entry_is_left_to_the_order_rule():
    assert run(numbering.first_number_not_one, numbered(2, 1, 3)) == []


def test_first_number_through_the_engine(lint):
    found = lint(listing(2, 3), select=["RL104"])
    assert [(d.code, d.entry, d.line, d.column) for d in found] == [("RL104", 2, 1, 1)]
    assert lint(listing(1, 2), select=["RL104"]) == []


def test_the_corpus_gap_after_110(lint):
    text = listing(*range(105, 111)) + listing(112, 113)
    found = lint(text, select=["RL1"])
    assert [(d.code, d.entry) for d in found] == [("RL104", 105), ("RL101", 112)]
