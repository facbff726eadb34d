"""RL811 on a section's letter joined to its name by a hyphen (`Ser. B-Stat. Methodol.`, Web of
Science's form) in a list of dotted abbreviations; entries written here."""

from __future__ import annotations

import pytest

LIST = (
    "1. Smith, A. (2001) Clean air. Atmos. Environ. 35, 1–9.\n"
    "2. Jones, B. (2002) Fast spectra. J. Chem. Phys. 116, 10–19.\n"
    "3. Lee, C. (2003) Slow spectra. Phys. Rev. Lett. 90, 20–29.\n"
    "4. Okafor, D. (2004) Lattices. J. Phys. Chem. B 108, 30–39.\n"
    "5. Ruiz, E. (1995) Testing. {journal} 57, 289–300.\n"
)


@pytest.mark.parametrize(
    ("journal", "joined"),
    [
        ("J. R. Stat. Soc. Ser. B-Stat. Methodol.", "B-Stat."),
        ("J. Phys. A-Math. Gen.", "A-Math."),
    ],
)
def test_a_section_letter_joined_by_a_hyphen_is_flagged(lint, journal, joined):
    found = [d for d in lint(LIST.format(journal=journal), select=["RL811"]) if d.entry == 5]
    assert len(found) == 1
    assert f"`{joined}`" in found[0].message


@pytest.mark.parametrize(
    "journal",
    [
        "J. R. Stat. Soc. Ser. B Stat. Methodol.",
        "Bound.-Lay. Meteorol.",  # the title's own hyphen (Boundary-Layer Meteorology)
        "X-Ray Spectrom.",
    ],
)
def test_a_section_letter_set_apart_passes(lint, journal):
    found = lint(LIST.format(journal=journal), select=["RL811"])
    assert not [d for d in found if "hyphen" in d.message]
