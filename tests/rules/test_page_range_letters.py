"""Page ranges with an electronic issue's letter (`D524–D527`, `W126–31`) in RL803: the digits
decide whether one is abbreviated, and an abbreviated one is flagged in a list that prints its
ranges in full; one printed whole is left alone (lists that abbreviate often keep it so)."""

from __future__ import annotations

FULL = "".join(
    f"{i}. Smith AB. Trial {i}. Gut. 2019;{i}:{1200 + i * 100}-{1215 + i * 100}.\n"
    for i in range(1, 6)
)
SHORT = "".join(
    f"{i}. Smith AB. Trial {i}. Gut. 2019;{i}:{1200 + i * 100}-15.\n" for i in range(1, 6)
)


def test_a_lettered_range_abbreviated_in_a_full_list(lint):
    text = FULL + "6. Puigbo P. HEG-DB. Nucleic Acids Res. 2008;36:D524-7.\n"
    found = lint(text, select=["RL803"])
    assert [(d.code, d.entry) for d in found] == [("RL803", 6)]
    assert "(`D524-D527`)" in found[0].message


def test_a_lettered_range_in_full_in_a_full_list_is_right(lint):
    text = FULL + "6. Puigbo P. HEG-DB. Nucleic Acids Res. 2008;36:D524-D527.\n"
    assert lint(text, select=["RL803"]) == []


def test_a_lettered_range_in_full_in_an_abbreviated_list_is_left_alone(lint):
    # lists that abbreviate often keep `F426-F433` whole: neither flagged nor counted
    text = SHORT + "6. Puigbo P. HEG-DB. Nucleic Acids Res. 2008;36:W126-W131.\n"
    assert lint(text, select=["RL803"]) == []


def test_digits_in_full_without_the_letter_are_neither_form(lint):
    # `D524-527`: not counted either way
    text = FULL + "6. Puigbo P. HEG-DB. Nucleic Acids Res. 2008;36:D524-527.\n"
    assert lint(text, select=["RL803"]) == []


def test_a_range_before_its_online_supplements_page_is_read(lint, tmp_path):
    # `114-5.e1`: the range cut short, then the supplement's page; the fix keeps the supplement
    text = FULL + "6. Wood RA. Food allergy. J Allergy Clin Immunol. 2014;133(2):114-5.e1.\n"
    (found,) = lint(text, select=["RL803"])
    assert found.entry == 6 and "(`114-115`)" in found.message
    assert [e.text for e in found.edits] == ["115"]
    whole = FULL + "6. Wood RA. Food allergy. J Allergy Clin Immunol. 2014;133:1216-1219.e5.\n"
    assert lint(whole, select=["RL803"]) == []
