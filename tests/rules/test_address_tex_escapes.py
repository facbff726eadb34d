"""RL420 on TeX's escape left in an address, raw or percent-encoded (`edit%5C#gid=0`,
`report\\_2020.pdf`); silent on a percent-encoded backslash before a letter and on clean
addresses. Entries written for these tests."""

from __future__ import annotations

from refslint.engine import lint_text


def _messages(entry: str) -> list[str]:
    text = f"References\n{entry}\n"
    return [f.message for f in lint_text(text, select=["RL420"], offline=True)]


def test_a_percent_encoded_tex_escape_is_flagged():
    entry = (
        "Daily Kos Election. (2016). Guide. "
        "https://docs.google.com/spreadsheets/d/1XbUX/edit%5C#gid=0"
    )
    found = _messages(entry)
    assert len(found) == 1
    assert found[0].endswith("`%5C` before `#`, TeX's escape of the sign left in (remove it)")


def test_a_raw_tex_escape_is_flagged():
    entry = "Office for Budget. (2020). Report. https://example.org/files/report\\_2020.pdf"
    found = _messages(entry)
    assert len(found) == 1
    assert "`\\` before `_`" in found[0]


def test_an_encoded_backslash_before_a_letter_and_clean_addresses_pass():
    assert _messages("Lab. (2019). Paths. https://example.org/get?path=C:%5Cdata") == []
    assert _messages("Lab. (2019). Sheet. https://docs.google.com/d/1XbUX/edit#gid=0") == []
