"""Faults the published lists of tests/data/real-lists showed refslint missing, each in a list
written here: a month written in full with four letters (`2017 July`, RL812), and `and` before a
last author whose name opens with a particle (`and de Vink EP`, RL512)."""

from __future__ import annotations

from refslint_rules.style.dates import _in_full

MONTHS = ("Nov", "Jan", "Mar", "Apr", "Aug", "Feb")


def article(n: int, month: str) -> str:
    return (
        f"{n}. Author{chr(65 + n)} A, Second B. Study number {n}. J Hepatol. "
        f"2020 {month};{40 + n}(5):{100 + n}-9.\n"
    )


def test_june_and_july_are_months_in_full_for_all_their_four_letters(lint):
    assert _in_full("July") and _in_full("June") and _in_full("September")
    assert not _in_full("Jul") and not _in_full("Sept") and not _in_full("May")
    assert _in_full("março") and not _in_full("mar")  # other languages go by length
    text = "".join(article(n, m) for n, m in enumerate(MONTHS, 1)) + article(7, "July")
    found = [(d.entry, d.message) for d in lint(text, select=["RL812"])]
    assert found == [
        (
            7,
            "'2020 July' is written year month day, month in full; 6 of 7 publication dates "
            "are written year month day, abbreviated month",
        )
    ]
    # a list that writes `Jul` everywhere has nothing to say
    same = "".join(article(n, "Jul") for n in range(1, 8))
    assert lint(same, select=["RL812"]) == []


def test_and_before_a_last_author_with_a_particle_is_a_stray_word(lint):
    text = (
        "22. Mauw S, Verschuren JHS and de Vink EP. A formalization of anonymity and onion "
        "routing. In: Samarati P, editor. Computer security: ESORICS 2004. Berlin: Springer; "
        "2004. p. 109-24.\n"
    )
    (found,) = lint(text, select=["RL512"])
    assert found.entry == 22
    assert text[found.column - 1 : found.end_column - 1].strip() == "and"
    assert lint(text.replace(" and de Vink", ", de Vink"), select=["RL512"]) == []
