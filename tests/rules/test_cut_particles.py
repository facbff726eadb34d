"""RL531 on a particle cut to its letter after dotted initials (`Aguiar, R. B. d.`), in
Nature's style; entries written for these tests."""

from __future__ import annotations


def test_a_particle_cut_to_its_letter_is_flagged_without_a_fix(lint):
    text = (
        "1. Aguiar, R. B. d. & Moraes, J. Z. d. Mechanisms of growth factors. Front. Immunol."
        " 10, 1023 (2019).\n"
    )
    found = lint(text, select=["RL531"])
    assert [d.code for d in found] == ["RL531", "RL531"]
    assert "`de Aguiar, R. B.`" in found[0].message
    assert all(d.fix_applicability is None for d in found)


def test_names_with_the_particle_in_front_are_not(lint):
    text = (
        "1. de Aguiar, R. B. & van Dam, J. Z. Mechanisms of growth factors. Front. Immunol."
        " 10, 1023 (2019).\n"
        "2. Okafor, C. D. & Ruiz, E. Signalling. Nat. Rev. Cancer 21, 481–499 (2021).\n"
    )
    assert lint(text, select=["RL531"]) == []
