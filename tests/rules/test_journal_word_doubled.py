"""RL824: a journal name that prints a word's shortening and then the word itself, whole.

Lists written for these tests in Science's dotted style, Vancouver, IEEE and APA: the rule must
speak in any of them where the pair is there, and stay silent on the real names that come
closest (a shortening repeated, a shortening of another word before a whole one).
"""

from __future__ import annotations

import pytest


def science(journals: list[str]) -> str:
    return "".join(
        f"{n}. A. Author, B. Second, Study number {n}. {j} {10 + n}, {n}01–{n}09 ({2000 + n}).\n"
        for n, j in enumerate(journals, 1)
    )


def vancouver(journals: list[str]) -> str:
    return "".join(
        f"{n}. Author A, Second B. Study number {n}. {j}. {2000 + n};{10 + n}(2):{n}01-9.\n"
        for n, j in enumerate(journals, 1)
    )


def ieee(journals: list[str]) -> str:
    return "".join(
        f'[{n}] A. Author and B. Second, "Study number {n}," {j}, vol. {10 + n}, no. 2, '
        f"pp. {n}01–{n}09, {2000 + n}.\n"
        for n, j in enumerate(journals, 1)
    )


def apa(journals: list[str]) -> str:
    return "".join(
        f"Author{chr(64 + n)}, A., & Second, B. ({2000 + n}). Study number {n}. {j}, "
        f"{10 + n}(2), {n}01–{n}09.\n"
        for n, j in enumerate(journals, 1)
    )


def rl824(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL824"])]


def test_a_shortening_pasted_before_its_own_word_is_flagged_in_a_dotted_list(lint):
    found = rl824(lint, science(["Nat. Clim. Change", "Earth System Dyn. Dynamics"]))
    assert [n for n, _ in found] == [2]
    assert "`Dynamics` twice, shortened (`Dyn.`)" in found[0][1]


def test_and_in_an_undotted_list(lint):
    found = rl824(lint, vancouver(["J Ecol", "J Appl Ecol Ecology", "Oecologia"]))
    assert [n for n, _ in found] == [2]
    assert "`Ecology` twice" in found[0][1]


def test_the_finding_marks_the_pair_itself(lint):
    text = science(["Earth System Dyn. Dynamics"])
    (found,) = lint(text, select=["RL824"])
    line = text.splitlines()[0]
    assert line[found.column - 1 : found.end_column - 1] == "Dyn. Dynamics"


@pytest.mark.parametrize(
    "journal",
    [
        "Phys. Chem. Chem. Phys.",  # a shortening printed twice: the journal's own name
        "J. Magn. Magn. Mater.",
        "J. Pharm. Pharmacol.",  # a shortening of another word before a longer one
        "J. Thromb. Thrombolysis",  # `Thromb.` is Thrombosis, not Thrombolysis
        "Can. Cancer Conf.",  # Canadian, not Cancer
        "Mol. Gen. Genet.",
    ],
)
def test_the_real_names_that_come_closest_pass(lint, journal):
    assert rl824(lint, science([journal])) == []


def test_ieee_and_apa_lists_of_right_names_pass(lint):
    assert rl824(lint, ieee(["IEEE Trans. Power Electron.", "IEEE Trans. Ind. Electron."])) == []
    assert rl824(lint, apa(["Journal of Applied Ecology", "Ecology and Evolution"])) == []


def test_a_word_printed_twice_whole_is_not_this_rule(lint):
    # `Ecology Ecology`: a doubled word, but no shortening beside it
    assert rl824(lint, apa(["Journal of Ecology Ecology"])) == []
