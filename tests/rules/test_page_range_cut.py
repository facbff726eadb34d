"""RL803's second measure: where an abbreviating list cuts its ranges, to the digits that change
(`325–9`) or to two (`325–29`), learnt from the ranges the two cuts print differently, or set
by Citing Medicine where the list is in Vancouver's form. Lists written here."""

from __future__ import annotations


def apa(pages: list[str]) -> str:
    """An author-date list whose articles print `Journal, Volume, pages.`"""
    return "".join(
        f"{n}. Surname{chr(64 + n)}, A., & Second, B. ({1990 + n}). Study number {n}. Journal of "
        f"Tests, {n + 10}, {p}.\n"
        for n, p in enumerate(pages, 1)
    )


def vancouver(pages: list[str]) -> str:
    return "".join(
        f"{n}. Surname{chr(64 + n)} A, Second B. Study number {n}. J Tests. {1990 + n};{n + 10}:{p}.\n"
        for n, p in enumerate(pages, 1)
    )


def found(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL803"])]


def test_a_range_cut_to_two_digits_among_ranges_cut_to_what_changes(lint):
    text = apa(["530–5", "333–8", "1247–8", "331–6", "327–9", "1013–16"])
    ((entry, message),) = found(lint, text)
    assert entry == 6
    assert "`1013–16` is cut to two digits" in message and "(`1013–6`)" in message
    (finding,) = lint(text, select=["RL803"])
    assert finding.edits[0].text == "6"


def test_a_range_cut_to_what_changes_among_ranges_cut_to_two(lint):
    text = apa(["530–35", "333–38", "1247–48", "331–36", "327–29", "1013–6"])
    ((entry, message),) = found(lint, text)
    assert entry == 6 and "cut to the digits that change" in message and "(`1013–16`)" in message


def test_citing_medicine_cuts_to_what_changes(lint):
    # Vancouver's form: the style decides though the list's own ranges are split
    text = vancouver(["315–23", "110–15", "325–29", "93–7", "1365–71", "2299–303"])
    assert sorted(entry for entry, _ in found(lint, text)) == [2, 3]
    assert "Citing Medicine" in found(lint, text)[0][1]


def test_ranges_both_cuts_print_alike_decide_nothing(lint):
    # `1365–71`, `2299–303` and `2000–01` read alike in both cuts
    assert found(lint, vancouver(["1365–71", "2299–303", "2000–01", "244–52", "1228–9"])) == []
    assert found(lint, apa(["530–35", "333–8", "1247–48", "331–6", "327–29", "1013–6"])) == []


def test_a_vancouver_list_that_settles_its_own_cut_keeps_it(lint):
    # Aging's Vancouver ranges cut to two digits at least: the list's own cut, not Citing
    # Medicine's, and a range cut to what changes breaks it
    text = vancouver(["530–35", "333–38", "1247–48", "331–36", "327–29", "990–96"])
    assert found(lint, text) == []
    ((entry, message),) = found(
        lint, vancouver(["530–35", "333–38", "1247–48", "331–36", "1013–6"])
    )
    assert entry == 5 and "Citing Medicine" not in message and "(`1013–16`)" in message


def test_a_two_figure_last_page_is_no_full_range_where_the_list_cuts_to_two(lint):
    # `10–14` cut to two figures prints both; `10–4` would be Citing Medicine's cut
    text = vancouver(["530–35", "333–38", "1247–48", "331–36", "4593–98", "10–14"])
    assert found(lint, text) == []
    # a list that cuts to what changes still wants `10–4`
    text = apa(["530–5", "333–8", "1247–8", "331–6", "327–9", "10–14"])
    assert [entry for entry, _ in found(lint, text)] == [6]
    # and a three-figure last page written whole is still a full range among two-figure cuts
    text = vancouver(["530–35", "333–38", "1247–48", "331–36", "4593–98", "110–114"])
    assert [entry for entry, _ in found(lint, text)] == [6]
