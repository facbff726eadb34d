"""RL599: no semicolon between a book's publisher and its year, where the list's books print one;
lists written here in Citing Medicine (where it speaks), Harvard, APA 7 and a catalogue's form
(where it must stay silent), and a subtitle ending in a year, which is no publisher."""

from __future__ import annotations

from refslint.fixes import apply_edits

VANCOUVER = """\
1. Mannar MG. Food fortification. Geneva: World Health Organization; 2006.
2. Allen L. Guidelines on food fortification. Geneva: World Health Organization; 2006.
3. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
"""


def test_a_publisher_run_into_the_year_is_flagged_where_the_list_prints_the_semicolon(lint):
    text = VANCOUVER + (
        "4. Caribbean Community Secretariat. Specification for wheat flour. Georgetown, Guyana: "
        "Caribbean Community Secretariat 1995.\n"
    )
    found = lint(text, select=["RL599"])
    assert [(d.entry, str(d.severity)) for d in found] == [(4, "warning")]
    assert found[0].message.startswith(
        "no semicolon between the publisher `Caribbean Community Secretariat` and the year"
    )
    fixed = apply_edits(text, [e for d in found for e in d.edits])
    assert "Guyana: Caribbean Community Secretariat; 1995." in fixed


def test_a_subtitle_ending_in_a_year_is_no_publisher(lint):
    text = VANCOUVER + "4. World Health Organization. Global report: Tuberculosis 2019.\n"
    assert lint(text, select=["RL599"]) == []


def test_lists_without_the_semicolon_form_are_left_alone(lint):
    harvard = (
        "1. Mannar, M.G. (2006) Food fortification. Geneva: World Health Organization.\n"
        "2. Allen, L. (2006) Guidelines. Geneva: World Health Organization.\n"
        "3. Lee, A. Handbook. London: Oxford University Press 1998.\n"
    )
    assert lint(harvard, select=["RL599"]) == []
    catalogue = (
        "1. Ancient mosaics. Roger Ling. Princeton, NJ : Princeton University Press 1998\n"
        "2. Mosaics of Rome. Ann Lee. London : British Museum Press 2001\n"
        "3. Mosaics. Bo Kim. Oxford : Oxford University Press; 2003\n"
        "4. Tesserae. Jo Hall. Oxford : Clarendon Press; 2005\n"
    )
    assert lint(catalogue, select=["RL599"]) == []  # as many without the semicolon as with it
