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
