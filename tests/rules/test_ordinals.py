"""RL877: an ordinal number with the wrong suffix (`22th`), outside links."""

from __future__ import annotations

import pytest
from refslint_rules.ordinals import suffix

from refslint.fixes import apply_edits


@pytest.mark.parametrize(
    ("number", "wanted"),
    [
        (1, "st"),
        (2, "nd"),
        (3, "rd"),
        (4, "th"),
        (11, "th"),
        (12, "th"),
        (13, "th"),
        (21, "st"),
        (22, "nd"),
        (111, "th"),
        (112, "th"),
        (123, "rd"),
        (100, "th"),
    ],
)
def test_the_suffix_follows_the_last_digits(number, wanted):
    assert suffix(number) == wanted


def test_a_wrong_suffix_is_flagged_with_a_safe_fix(lint):
    text = (
        "1. Guan Y. Parallel solvers. In: Proceedings of the 22th HPC Symposium; 2008. p. 117-23.\n"
        "2. Smith J. Handbook of things. 3th ed. London: Wiley; 2001.\n"
        "3. Lee K. A meeting. In: Proceedings of the 11st Conference on Things; 2010. p. 1-9.\n"
    )
    found = lint(text, select=["RL877"])
    assert [(d.entry, d.message) for d in found] == [
        (1, "`22th` has the wrong ordinal suffix; expected `22nd`"),
        (2, "`3th` has the wrong ordinal suffix; expected `3rd`"),
        (3, "`11st` has the wrong ordinal suffix; expected `11th`"),
    ]
    assert all(str(d.fix_applicability) == "safe" for d in found)


def test_right_suffixes_and_links_are_left_alone(lint):
    text = (
        "1. Guan Y. Parallel solvers. In: Proceedings of the 22nd HPC Symposium; 2008. p. 117-23.\n"
        "2. Smith J. Handbook of things. 13th ed. London: Wiley; 2001. https://x.org/3th/a\n"
        "3. Lee K. The 21st century and the 112th Congress. Science. 2010;1:1-9.\n"
    )
    assert lint(text, select=["RL877"]) == []


def test_an_edition_s_number_without_its_suffix(lint):
    text = (
        "1. Adams RP. Identification of essential oils by gas chromatography and mass"
        " spectrometry. 3 ed. Carol Stream: Allured Publishing; 2007.\n"
        "2. European pharmacopoeia. 5 ed. Strasbourg: Council of Europe; 2004. p. 217-8.\n"
        "3. Field, A. (2013). Discovering statistics using IBM SPSS statistics (4 edn)."
        " Sage.\n"
    )
    found = lint(text, select=["RL877"])
    assert [(d.entry, d.message) for d in found] == [
        (1, "the edition's number has no ordinal suffix (`3 ed.`); expected `3rd ed.`"),
        (2, "the edition's number has no ordinal suffix (`5 ed.`); expected `5th ed.`"),
        (3, "the edition's number has no ordinal suffix (`4 edn`); expected `4th edn`"),
    ]
    fixed = apply_edits(text, found[0].edits)
    assert fixed is not None and "spectrometry. 3rd ed. Carol" in fixed


def test_editions_in_their_own_forms_and_other_languages_pass(lint):
    text = (
        "1. SOUZA, A. Manual de enfermagem em saúde da família. 3. ed. São Paulo: Atheneu, 2012.\n"
        "2. Müller K. Handbuch der Chemie der Böden und ihrer Pflanzen. 3. Aufl. Berlin:"
        " Springer; 2001.\n"
        "3. Lopes M. Manual de técnicas de enfermagem para a atenção básica em saúde. 2 ed. São"
        " Paulo: Atheneu; 2010.\n"
        "4. Smith J. Handbook of things. 3rd ed. London: Wiley; 2001.\n"
    )
    assert lint(text, select=["RL877"]) == []
