"""RL852: a prime printed for the apostrophe in a name, in entries written here in several styles;
silent on apostrophes of every kind, on the soft sign of transliterated Russian, and on primes
outside names."""

from __future__ import annotations

import pytest

from refslint.fixes import apply_edits


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL852"])]


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("Ilaoui M, M′bark LA. Essential oil of thyme. Ind Crops Prod. 2019;4:1-9.", "M′bark LA"),
        ("O′Connor, D., & Lee, B. (2015). Reading again. Memory, 4, 1–9.", "O′Connor, D."),
        ("D. O′Connor and B. Lee, “Reading again,” Memory, vol. 4, pp. 1–9, 2015.", "D. O′Connor"),
        (
            "Smith A. Surgery. In: Lee B, D′Souza P, editors. Care of the injured. London: Mosby;"
            " 2015. p. 1-9.",
            "D′Souza P",
        ),
    ],
)
def test_a_prime_for_the_apostrophe_in_a_name(lint, entry, name):
    found = _found(lint, f"1. {entry}\n")
    assert found and all(number == 1 for number, _ in found)
    assert found[0][1].startswith(f"`{name}` prints a prime")


def test_the_fix_writes_the_apostrophe_the_entry_prints(lint):
    text = "1. O′Connor D, O'Hara B. Reading again. Memory. 2015;4:1-9.\n"
    (finding,) = lint(text, select=["RL852"])
    assert apply_edits(text, finding.edits).startswith("1. O'Connor D, O'Hara B.")
    text = "1. M′bark LA, Aboufatim H. Essential oil. Ind Crops Prod. 2019;4:1-9.\n"
    (finding,) = lint(text, select=["RL852"])
    assert apply_edits(text, finding.edits).startswith("1. M’bark LA,")


@pytest.mark.parametrize(
    "entry",
    [
        "M’bark LA, O'Connor D. Essential oil of thyme. Ind Crops Prod. 2019;4:1-9.",
        "Golʹdman AB, Lee B. Waves in plasma. J Plasma Phys. 2019;4:1-9.",  # the soft sign
        "Lee B. Stars at 12′30″ of arc from the pole. Astron J. 2019;4:1-9.",  # a title's units
        "Lee, B. (2015). The function f′x and its roots. Analysis, 4, 1–9.",
    ],
)
def test_apostrophes_soft_signs_and_primes_outside_names_pass(lint, entry):
    assert _found(lint, f"1. {entry}\n") == []
