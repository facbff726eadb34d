"""A Vancouver list that names six authors and then `et al.` follows the ICMJE rule: an entry
that prints seven or more authors whole breaks it (RL806), even when no longer length is seen
twice; lists that name three, or ten, before `et al.` keep their own limits."""

from __future__ import annotations

SIX = "Aa B, Bb C, Cc D, Dd E, Ee F, Ff G"


def _names(n: int) -> str:
    return ", ".join(f"{chr(65 + i)}{chr(97 + i)}son {chr(65 + i)}" for i in range(n))


def _list(cut: int, named: int, full: list[int]) -> str:
    lines = []
    for i in range(cut):
        lines.append(f"{_names(named)}, et al. Cut title {i}. BMJ. 2010;{i + 1}:1-9.")
    for i, n in enumerate(full):
        lines.append(f"{_names(n)}. Whole title {i}. Lancet. 2011;{i + 1}:10-19.")
    lines.append("Smith AB, Jones C. Short title. Blood. 2012;119:3245-55.")
    return "".join(f"{k}. {line}\n" for k, line in enumerate(lines, 1))


def test_seven_or_more_printed_whole_in_a_six_and_et_al_list(lint):
    text = _list(cut=5, named=6, full=[7, 8, 12])
    found = lint(text, select=["RL806"])
    assert [(d.code, d.entry) for d in found] == [("RL806", 6), ("RL806", 7), ("RL806", 8)]
    assert "lists all 7 authors" in found[0].message


def test_longer_lists_as_many_as_the_cut_ones_set_no_limit(lint):
    # as many whole long lists as cut ones: the list has no clear limit
    assert lint(_list(cut=3, named=6, full=[7, 8, 12]), select=["RL806"]) == []


def test_three_and_et_al_keeps_all_up_to_six(lint):
    # "all authors up to six, else three and et al.": five names printed whole are right
    assert lint(_list(cut=5, named=3, full=[5, 4]), select=["RL806"]) == []


def test_ten_and_et_al_allows_an_eleventh(lint):
    # MDPI names ten then `et al.`, and prints an eleven-author list whole
    assert lint(_list(cut=5, named=10, full=[11]), select=["RL806"]) == []


def test_a_group_after_the_names_is_not_counted(lint):
    # twelve names and the group they wrote for: twelve listed where the list stops at six
    long = _names(12) + "; European Organisation for Research and Treatment of Cancer"
    text = _list(cut=5, named=6, full=[]) + f"7. {long}. Guidelines. Eur J Cancer. 2011;47:8-32.\n"
    found = lint(text, select=["RL806"])
    assert [(d.code, d.entry) for d in found] == [("RL806", 7)]
    assert "lists all 12 authors" in found[0].message
    # five names and a group are within the six
    short = _names(5) + "; European Organisation for Research and Treatment of Cancer"
    text = _list(cut=5, named=6, full=[]) + f"7. {short}. Guidelines. Eur J Cancer. 2011;47:8-32.\n"
    assert lint(text, select=["RL806"]) == []


def test_a_whole_list_no_longer_than_one_named_before_et_al_is_left_alone(lint):
    # cut to the first name, five names printed whole twice; one entry names ten before
    # `et al.` (that one breaks the rule): ten printed whole is no sign the limit lies below
    lines = [f"{_names(1)}, et al. Cut title {i}. BMJ. 2010;{i + 1}:1-9." for i in range(4)]
    lines += [f"{_names(10)}, et al. Cut title 9. BMJ. 2010;9:1-9."]
    lines += [f"{_names(5)}. Whole title {i}. Lancet. 2011;{i + 1}:10-19." for i in range(2)]
    text = "".join(f"{k}. {line}\n" for k, line in enumerate(lines, 1))
    long = f"8. {_names(10)}. Long title. Lancet. 2011;9:10-19.\n"
    found = lint(text + long, select=["RL806"])
    assert [(d.entry, d.message.split(";")[0]) for d in found] == [
        (5, "names 10 authors before `et al.`")
    ]
    # eleven printed whole is past it, and flagged
    longer = f"8. {_names(11)}. Long title. Lancet. 2011;9:10-19.\n"
    found = lint(text + longer, select=["RL806"])
    assert [(d.entry, d.message.split(";")[0]) for d in found] == [
        (5, "names 10 authors before `et al.`"),
        (8, "lists all 11 authors"),
    ]
