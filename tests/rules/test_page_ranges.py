"""RL585: a page range whose two ends are the same page or article number.

Entries written for these tests, in several styles; the rule flags only a range printed with
the same value at both ends, and its fix writes the value once.
"""

from __future__ import annotations

import pytest

from refslint.diagnostics import Applicability, Severity
from refslint.engine import lint_text
from refslint.fixes import fix_text

SAME_ENDS = [
    ("Okafor C. A one-page note. Cancer Res. 2025;85:1212-1212.", "1212"),  # Vancouver
    ("Okafor C. A note. Sci Signal. 2016;9:ra19-ra19.", "ra19"),
    ("Okafor C. A note. PLoS One. 2016;9:e123-e123.", "e123"),
    ("Okafor, C. & Ruiz, E. A note on growth. Cancer Res. 85, 1212–1212 (2025).", "1212"),  # Nature
    ("Okafor, C.; Ruiz, E. A Note. J. Org. Chem. 2016, 9, 445–445.", "445"),  # ACS
    ("Okafor C. A book. London: Wiley; 2016. p. xii-xii.", "xii"),
]
DIFFERENT_ENDS = [
    "Okafor C. A note. Cancer Res. 2016;9:1212-14.",  # abbreviated: left alone
    "Okafor C. A note. PLoS One. 2016;9:e123-e124.",
    "Okafor C. A note. PLoS One. 2016;9:e123.",
    "Okafor, C. & Ruiz, E. A note on growth. Cancer Res. 85, 1212–1213 (2025).",
    "Okafor, C. (2016). A note. Journal of Notes, 9(2), 12–21.",  # APA
    "C. Okafor, “A note,” IEEE Trans. Softw. Eng., vol. 9, no. 2, pp. 33–38, 2016.",  # IEEE
    "Okafor C and Ruiz E 2016 A note on growth J. Appl. Phys. 125 245301",  # IOP
]


def _found(entry: str):
    return lint_text(f"1. {entry}\n", select=["RL585"], offline=True)


def _fixed(text: str) -> str:
    lint = lambda t: lint_text(t, select=["RL585"], offline=True)  # noqa: E731
    return fix_text(text, lint, Applicability.SAFE).text


@pytest.mark.parametrize(("entry", "single"), SAME_ENDS)
def test_a_range_with_the_same_ends_is_flagged(entry, single):
    found = _found(entry)
    assert [f.code for f in found] == ["RL585"]
    assert found[0].severity is Severity.WARNING
    assert f"expected `{single}`" in found[0].message


@pytest.mark.parametrize("entry", DIFFERENT_ENDS)
def test_a_real_range_or_a_single_page_is_not(entry):
    assert _found(entry) == []


def test_the_fix_writes_the_value_once():
    text = "1. Okafor C. A note. Sci Signal. 2016;9:ra19-ra19.\n"
    assert _fixed(text) == "1. Okafor C. A note. Sci Signal. 2016;9:ra19.\n"


def test_the_fix_makes_a_plural_page_label_singular():
    entry = "C. Okafor, “A note,” IEEE Trans. Softw. Eng., vol. 9, no. 2, pp. 33–33, 2016."
    assert "vol. 9, no. 2, p. 33, 2016." in _fixed(f"1. {entry}\n")


def test_an_abbreviated_range_that_writes_out_to_one_page_is_flagged_without_a_fix():
    text = "1. Okafor C. A note. Cancer Res. 2016;9:1212-12.\n"
    (found,) = _found(text[3:-1])
    assert "writes out to `1212` at both ends" in found.message
    assert _fixed(text) == text
