"""RL537: the authors' closing period run into the title (`Kwon YW.The Key`)."""

from __future__ import annotations

import pytest

from refslint.fixes import apply_edits


def _found(lint, entry: str) -> list[str]:
    return [d.message for d in lint(f"1. {entry}\n", select=["RL537"])]


@pytest.mark.parametrize(
    ("entry", "shown"),
    [
        (
            "Lee HT, Kwon YW.The key role of DNA methylation. J Lipid Atheroscler. 2020;9:419-34.",
            "Kwon YW.The",
        ),
        ("Mattei AL, Meissner A.DNA methylation. Trends Genet. 2022;38:676-707.", "Meissner A.DNA"),
        ("Kile ML, Christiani DC.A panel study. Environ Health. 2013;12:47.", "Christiani DC.A"),
    ],
)
def test_initials_run_into_the_title_are_flagged_with_a_space_put_in(lint, entry, shown):
    text = f"1. {entry}\n"
    [finding] = lint(text, select=["RL537"])
    assert finding.message == f"no space after the period in `{shown}`"
    fixed = apply_edits(text, list(finding.edits))
    assert fixed == text.replace(shown, shown.replace(".", ". "))
    assert lint(fixed, select=["RL537"]) == []


@pytest.mark.parametrize(
    "entry",
    [
        "Lee HT, Kwon YW. The key role of DNA methylation. J Lipid Atheroscler. 2020;9:419-34.",
        # a dotted list's initial after the period is no title
        "Leontis N.B., Berman H.M The Nucleic Acid Database. Nucleic Acids Res. 2014;42:1-9.",
        "Lee HT, Kwon Y. Key roles. J Lipid Atheroscler. 2020;9:419-34.",
    ],
)
def test_spaced_names_and_dotted_initials_are_left_alone(lint, entry):
    assert _found(lint, entry) == []
