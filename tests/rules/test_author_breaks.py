"""RL872: a period for the comma between two authors, which the grammar reads as the end of the
names; the titles that open with a name-like word, and other name forms, where it keeps quiet."""

from __future__ import annotations

import pytest


def found(lint, entry: str):
    return lint(f"1. {entry}\n", select=["RL872"])


@pytest.mark.parametrize(
    ("entry", "names"),
    [
        (
            "Khan DA, Bhatti MM, Khan FA. Naqvi ST, Karam A. Adverse effects of pesticides on "
            "farmers. Int J Clin Exp Med. 2008;1:274-82.",
            "`Khan FA. Naqvi ST`; the title reads `Naqvi ST, Karam A`",
        ),
        (
            "Okafor CE. Eze MO. Heavy metals in river fish from the delta. Environ Monit Assess. "
            "2019;191:12.",
            "`Okafor CE. Eze MO`; the title reads `Eze MO`",
        ),
        (
            "Müller K, Öztürk A. Schäfer B, Young D. Soil moisture in alpine meadows. "
            "Hydrol Process. 2011;25:112-20.",
            "`Öztürk A. Schäfer B`",
        ),
    ],
)
def test_names_cut_from_the_list_by_a_period(lint, entry, names):
    (finding,) = found(lint, entry)
    assert "a period for the comma between two authors" in finding.message
    assert names in finding.message


@pytest.mark.parametrize(
    "entry",
    [
        "Khan DA, Bhatti MM, Khan FA, Naqvi ST, Karam A. Adverse effects of pesticides on "
        "farmers. Int J Clin Exp Med. 2008;1:274-82.",
        # a title that opens with a word and a capital letter
        "Holick MF. Vitamin D. A review of its role in bone health. N Engl J Med. 2007;357:266-81.",
        "Lok AS. Hepatitis B. Current treatment of the chronic carrier. Lancet. 2002;360:10-5.",
        # names with periods, or joined by `and`: other forms than the list's
        "Smith J. and Lee K. Jones AB. Survey of methods in ecology. Ecology. 2001;8:1-9.",
        "Smith, J., Lee, K. Jones AB. Survey of methods in ecology. Ecology. 2001;8:1-9.",
        # names then too short a title to be one run on
        "Khan DA. Naqvi ST. Report. Lahore; 2001.",
    ],
)
def test_titles_and_other_forms_pass(lint, entry):
    assert found(lint, entry) == []
