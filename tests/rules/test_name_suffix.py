"""RL869: a name's suffix printed as its surname, in entries written here in several styles; silent
on suffixes in their place, on a Japanese `Ii` and on group authors."""

from __future__ import annotations

import pytest


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL869"])]


@pytest.mark.parametrize(
    ("entry", "printed"),
    [
        ("Jr FEH. Regression modeling strategies. New York: Springer; 2015.", "Jr"),
        ("Smith A, Jr FEH, Lee B. Survival models. Stat Med. 2015;34:1-9.", "Jr"),
        ("Jr., F. E. H. (2015). Regression modeling strategies. Springer.", "Jr."),
        ("Lee A, III JM. Trauma care in rural hospitals. J Trauma. 2010;68:1-9.", "III"),
    ],
)
def test_a_suffix_printed_as_the_surname(lint, entry, printed):
    ((number, message),) = _found(lint, f"1. {entry}\n")
    assert number == 1 and message.startswith(f"`{printed}`, printed as the surname of")


@pytest.mark.parametrize(
    "entry",
    [
        "Harrell FE Jr. Regression modeling strategies. New York: Springer; 2015.",
        "Harrell, F. E., Jr. (2015). Regression modeling strategies. Springer.",
        "Lee A, Moore JM III. Trauma care in rural hospitals. J Trauma. 2010;68:1-9.",
        "Ii N, Sato K. Ocean heat uptake in the Pacific. J Oceanogr. 2012;68:1-9.",
        "Sr-Jr Study Group. Ageing in families. BMJ. 2012;344:e1-9.",
    ],
)
def test_suffixes_in_their_place_and_surnames_like_them_pass(lint, entry):
    assert _found(lint, f"1. {entry}\n") == []
