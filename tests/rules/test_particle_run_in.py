"""RL531 on a given name's particle run into the initials, as MEDLINE prints it (`Barbosa Tde S`);
entries written for these tests."""

from __future__ import annotations

import pytest

from refslint.api import Applicability


def _found(lint, entries):
    text = "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))
    return lint(text, select=["RL531"])


def test_a_particle_run_into_the_initials_is_flagged_with_an_unsafe_fix(lint):
    found = _found(
        lint,
        [
            "Barbosa Tde S, Gavião MB. Quality of life and oral health in children. Cien Saude "
            "Colet. 2011;16(10):4077-85.",
            "Okafor CD, Oliveira MRdos S, Ruiz E. Signalling in caries. Braz Oral Res. 2020;34:e1.",
        ],
    )
    assert [(d.entry, d.code) for d in found] == [(1, "RL531"), (2, "RL531")]
    assert "`Barbosa TS`" in found[0].message
    assert "`Oliveira MRS`" in found[1].message
    assert all(d.fix_applicability is Applicability.UNSAFE for d in found)


@pytest.mark.parametrize(
    "names",
    [
        # a vowel and a particle may be a given name written out
        "Hansen Ole J, Lindenberg Udo K, Okafor Ada C",
        # the particle in front of the surname, or spaced from the initials
        "da Silva MRF, de Carvalho EMF, Fernandes R de CP",
        # plain initials, a surname ending in a particle's letters
        "Dedo MC, Rosado JA, Alcalde MT",
    ],
)
def test_names_that_are_not_a_run_in_particle_are_left_alone(lint, names):
    entry = f"{names}. Oral health in children. Cien Saude Colet. 2011;16(10):4077-85."
    assert _found(lint, [entry]) == []


def test_a_vowel_and_a_particle_among_initials_only_is_flagged_without_a_fix(lint):
    found = _found(
        lint,
        [
            "Braks M, Husman Ade R. Climate change and water-borne disease. Air Water Borne Dis. "
            "2013;2:1-8.",
        ],
    )
    assert [(d.entry, d.code) for d in found] == [(1, "RL531")]
    assert "`Ade` in `Husman Ade R`" in found[0].message
    assert found[0].fix_applicability is None


@pytest.mark.parametrize(
    "names",
    [
        # alone: `Ade R` may be the author's own given name and initial
        "Husman Ade R",
        # beside names written out (Nigerian, Korean, Malay)
        "Husman Ade R, Adeyemi Tunde O, Kim Min Jun",
        # a Portuguese surname of two words: MEDLINE's own form of a given name's particle
        "Nogueira MC, Guedes Neto Ede P, Rosa MW",
        # a particle before the surname, as Vancouver writes it
        "de la Cruz J, Ben Yahia S, Abu Bakar N, DiMaggio C",
    ],
)
def test_a_vowel_and_a_particle_elsewhere_is_left_alone(lint, names):
    entry = f"{names}. Oral health in children. Cien Saude Colet. 2011;16(10):4077-85."
    assert _found(lint, [entry]) == []
