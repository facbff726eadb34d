"""RL559: a code or data repository cited by its host alone, in lists written here, and silence
where the repository or the work is named, in any style."""

from __future__ import annotations

import pytest


def _found(lint, text: str) -> list[int]:
    return [d.entry for d in lint(text, select=["RL559"])]


@pytest.mark.parametrize(
    "entry",
    [  # AIP, Vancouver, APA
        "R. Mull (2022). GitHub, https://github.com/RitaMull/Thermal-ALE-aHfO2-using-HF.",
        "Mull R. GitHub repository; 2022. Available from: https://github.com/RitaMull/ale",
        "Smith, J., & Lee, K. (2021). Zenodo. https://zenodo.org/record/12345",
        "Smith J. GitLab; 2020. https://gitlab.com/smith/tools",
    ],
)
def test_a_repository_without_a_title(lint, entry):
    assert _found(lint, f"1. {entry}\n") == [1]


@pytest.mark.parametrize(
    "entry",
    [
        "Mull R. Thermal-ALE-aHfO2-using-HF [software]. GitHub; 2022. Available from: "
        "https://github.com/RitaMull/Thermal-ALE-aHfO2-using-HF",
        "Mull, R. (2022). Thermal ALE scripts [Computer software]. GitHub. "
        "https://github.com/RitaMull/Thermal-ALE",
        "R. Mull, Thermal-ALE-aHfO2-using-HF (2022), https://github.com/RitaMull/ale.",
        "Smith J, Lee K. Data for: soil carbon. Zenodo; 2021. https://zenodo.org/record/12345",
        "Pedregosa F, Varoquaux G. Scikit-learn. J Mach Learn Res. 2011;12:2825-30. "
        "https://github.com/scikit-learn/scikit-learn",
        # a host that keeps no code: a web page with no title is another rule's matter
        "Smith J. 2021. https://example.org/record/12345",
    ],
)
def test_a_named_repository(lint, entry):
    assert _found(lint, f"1. {entry}\n") == []
