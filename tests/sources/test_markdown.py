"""Markdown manuscripts: which list is read, how markup is removed, where findings point."""

from __future__ import annotations

import pytest

from refslint.sources import read_document
from tests.sources.manuscript_checks import MANUSCRIPTS, assert_maps_back, findings, quoted


def entries(text: str) -> list:
    return read_document("paper.md", text).entries


def texts(text: str) -> list[str]:
    return [entry.text for entry in entries(text)]


ONE = "Kern JH, Ortiz MA. Cytokine patterns in graft rejection. J Immunol. 1994;152:2110-8."
TWO = "Dahl PK, Borg T. Seasonal influenza vaccination uptake. Vaccine. 2006;24(3):12-20."


@pytest.mark.parametrize(
    "heading",
    [
        "# References",
        "### bibliography",
        "## Works Cited",
        "References\n==========",
        "Literature cited\n----------------",
        "**References**",
    ],
)
def test_the_list_under_a_bibliography_heading_of_any_level_and_case(heading: str):
    text = (
        f"# Title\n\nSome text [1].\n\n{heading}\n\n1. {ONE}\n2. {TWO}\n\n# Appendix\n\n1. Step.\n"
    )
    assert texts(text) == [f"1. {ONE}", f"2. {TWO}"]


def test_numbered_steps_without_such_a_heading_are_not_a_list():
    assert entries("# Install\n\n1. Download it.\n2. Run it.\n") == []
    assert read_document("README.md", "1. Download it.\n").citations is None


@pytest.mark.parametrize(
    ("items", "labels", "numbers"),
    [
        (f"1. {ONE}\n2. {TWO}\n", ["1.", "2."], [1, 2]),
        (f"1) {ONE}\n2) {TWO}\n", ["1)", "2)"], [1, 2]),
        (f"[1] {ONE}\n[2] {TWO}\n", ["[1]", "[2]"], [1, 2]),
        (f"[^1]: {ONE}\n[^2]: {TWO}\n", ["[^1]:", "[^2]:"], [1, 2]),
        (f"- {ONE}\n- {TWO}\n", ["", ""], [None, None]),
    ],
)
def test_ordered_bracketed_footnote_and_bullet_lists(items, labels, numbers):
    found = entries(f"## References\n\n{items}")
    assert [e.text[: e.label_end] for e in found] == labels
    assert [e.number for e in found] == numbers
    assert [e.text[e.label_end :].strip() for e in found] == [ONE, TWO]


def test_wrapped_items_join_and_a_paragraph_after_a_blank_line_does_not():
    text = (
        "## References\n\n1. Kern JH, Ortiz MA. Cytokine patterns\n"
        "in graft rejection. J Immunol.\n\n   1994;152:2110-8.\n\nA closing remark.\n"
    )
    assert texts(text) == [f"1. {ONE}"]


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("*Cytokine patterns* in", "Cytokine patterns in"),
        ("**Cytokine** _patterns_ in", "Cytokine patterns in"),
        ("***Cytokine patterns*** in", "Cytokine patterns in"),
        ("`Cytokine` <b>patterns</b> in", "Cytokine patterns in"),
        ("Sequence \\[draft\\] \\*not\\* 50\\% in", "Sequence [draft] *not* 50% in"),
        ("see [the report](https://who.int/a_b_c).", "see the report https://who.int/a_b_c."),
        ("doi: [10.1038/nm_1](https://doi.org/10.1038/nm_1).", "doi: 10.1038/nm_1."),
        ("at <https://example.org/snake_case_path>.", "at https://example.org/snake_case_path."),
        ("at https://example.org/~x_y_z/**.", "at https://example.org/~x_y_z/."),
        ("snake_case_word stays", "snake_case_word stays"),
    ],
)
def test_inline_markup_is_removed_for_parsing(markdown: str, plain: str):
    text = f"## References\n\n1. Kern JH. {markdown}\n"
    (entry,) = entries(text)
    assert entry.text == f"1. Kern JH. {plain}"
    assert_maps_back(entry, text)


def test_fenced_code_and_html_comments_are_never_entries():
    text = (
        "## References\n\n```\n1. Fenced JH. Not an entry. 2000.\n```\n"
        f"<!--\n2. Commented out. Not an entry.\n-->\n1. {ONE} <!-- note -->\n"
        f"~~~~\n[2] Fenced again.\n~~~~\n2. {TWO}\n"
    )
    assert texts(text) == [f"1. {ONE}", f"2. {TWO}"]


def test_every_character_maps_back_through_wrapping_markup_and_accents():
    text = (MANUSCRIPTS / "paper.md").read_text(encoding="utf-8")
    found = entries(text)
    assert [e.number for e in found] == [1, 2, 4, 5]
    for entry in found:
        assert_maps_back(entry, text)
    position = found[3].positions.position(found[3].text.index("Élan"))
    assert (position.line, position.column) == (22, 27)  # after '***'


def test_a_bom_and_crlf_line_endings_keep_columns():
    text = "\ufeff## References\r\n\r\n1. Kern JH. *A* title.\r\n   Lancet. 2001;1:2.\r\n"
    (entry,) = entries(text)
    assert entry.text == "1. Kern JH. A title. Lancet. 2001;1:2."
    assert_maps_back(entry, text.lstrip("\ufeff"))


def test_citations_in_the_body_text():
    text = (
        "Intro [1], a list [2, 4-6], a range [7]–[9], superscripts^10,11^ and a note[^12].\n"
        "Not citations: [13](https://x.org), `[14]`, [text][15], [16]: https://x.org\n\n"
        "## References\n\n" + "".join(f"{n}. Entry {n}. Lancet. 2001;1:2.\n" for n in range(1, 17))
    )
    document = read_document("paper.md", text)
    assert [c.number for c in document.citations] == [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, None]
    assert [c.group for c in document.citations] == [1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5]
    four = document.citations[2].location
    assert (four.line, four.column, four.end_column) == (1, 23, 26)  # "4-6"


def test_a_bare_list_has_no_body_text():
    document = read_document("refs.md", f"# References\n\n1. {ONE}\n")
    assert document.citations is None


def test_manuscript_reports_what_the_plain_text_list_reports(capsys):
    """The acceptance test: the same faults, each at its own place in the Markdown file."""
    plain = findings(MANUSCRIPTS / "references.txt", capsys)
    paper = MANUSCRIPTS / "paper.md"
    found = findings(paper, capsys)
    assert [(d["code"], d["entry"], d["message"]) for d in found] == [
        (d["code"], d["entry"], d["message"]) for d in plain
    ]
    text = paper.read_text(encoding="utf-8")
    assert [(d["line"], d["column"], quoted(text, d)) for d in found] == [
        (18, 9, "Noc"),
        (20, 1, "4."),
        (21, 27, "2020 Jan 3"),
        (22, 66, "2031"),
    ]
    plain_text = (MANUSCRIPTS / "references.txt").read_text(encoding="utf-8")
    assert [quoted(text, d) for d in found] == [quoted(plain_text, d) for d in plain]
