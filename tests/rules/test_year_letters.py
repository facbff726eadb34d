"""RL881 (a year printed bare beside the same authors' lettered year), on author-date lists
written here in APA, Harvard and ABNT, and silent where every work of the year has its letter."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("entries", "bare"),
    [
        (  # APA
            [
                "Smith, J., & Lee, K. (2020). Rivers in flood. Water Research, 5, 1–9.",
                "Smith, J., & Lee, K. (2020a). Rivers in drought. Water Research, 5, 10–19.",
            ],
            1,
        ),
        (  # Harvard, the lettered one first
            [
                "Okafor, C. 2019a. Clean air. Atmospheric Environment 35: 1–9.",
                "Okafor, C. 2019. Dirty air. Atmospheric Environment 36: 1–9.",
            ],
            2,
        ),
        (  # ABNT, a body's name and the year at the end
            [
                "NBS – National Bureau of Statistics of China. National data. Beijing: NBS,"
                " 2024. Available at: https://data.stats.gov.cn/. Last access: Jan. 14, 2024.",
                "NBS – National Bureau of Statistics of China. National economy. Beijing: NBS,"
                " 2024a. Available at: https://www.stats.gov.cn/. Last access: Jan. 14, 2024.",
            ],
            1,
        ),
    ],
)
def test_a_bare_year_beside_a_lettered_one_is_flagged(lint, entries, bare):
    [found] = lint("References\n" + "\n".join(entries) + "\n", select=["RL881"])
    assert found.entry == bare
    assert "without a letter" in found.message


@pytest.mark.parametrize(
    "entries",
    [
        [  # every work of the year lettered
            "Smith, J. (2020a). Rivers in flood. Water Research, 5, 1–9.",
            "Smith, J. (2020b). Rivers in drought. Water Research, 5, 10–19.",
        ],
        [  # other authors in the same year
            "Smith, J., & Lee, K. (2020). Rivers in flood. Water Research, 5, 1–9.",
            "Smith, J. (2020a). Rivers in drought. Water Research, 5, 10–19.",
            "Smith, J. (2020b). Rivers in spate. Water Research, 5, 20–29.",
        ],
        [  # the same authors in another year; the lettered year in a title or an address
            "Smith, J. (2021). Report 2020a revisited. Water Research, 5, 1–9.",
            "Smith, J. (2020a). Rivers. https://example.org/2020a/rivers.",
            "Smith, J. (2019). Rivers in 2020. Water Research, 5, 10–19.",
        ],
    ],
)
def test_lists_that_letter_every_work_pass(lint, entries):
    assert lint("References\n" + "\n".join(entries) + "\n", select=["RL881"]) == []
