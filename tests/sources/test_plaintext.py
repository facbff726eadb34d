"""Plain-text lists: where entries start, how wrapped lines join, how characters map back."""

from __future__ import annotations

import codecs

import pytest

from refslint.model import Entry
from refslint.sources import SourceError, decode, read_file
from refslint.sources.plaintext import read_entries


def where(entry: Entry, needle: str) -> tuple[int, int]:
    position = entry.positions.position(entry.text.index(needle))
    return position.line, position.column


def test_numbered_styles_each_start_an_entry():
    text = "1. Alpha A. One.\n[2] Beta B. Two.\n(3) Gamma C. Three.\n4.Delta D. Four.\n"
    entries = read_entries(text)
    assert [(e.index, e.number, e.text[: e.label_end]) for e in entries] == [
        (1, 1, "1."),
        (2, 2, "[2]"),
        (3, 3, "(3)"),
        (4, 4, "4."),
    ]
    assert entries[1].text == "[2] Beta B. Two."


def test_wrapped_lines_join_with_one_space_and_map_back_exactly():
    text = (
        "References\n\n12. Smith J, Doe K. A title\n      that wraps.   \n"
        "\tLancet 2020;1:2.\n13. Next N. X.\n"
    )
    first, second = read_entries(text)
    assert first.text == "12. Smith J, Doe K. A title that wraps. Lancet 2020;1:2."
    assert first.number == 12 and first.label_end == 3
    assert where(first, "Smith") == (3, 5)
    assert where(first, "that") == (4, 7)
    assert where(first, "Lancet") == (5, 2)
    assert second.number == 13 and where(second, "Next") == (6, 5)
    # every character of the entry maps to the same character in the file
    lines = text.split("\n")
    for offset, char in enumerate(first.text):
        pos = first.positions.position(offset)
        if char != " ":
            assert lines[pos.line - 1][pos.column - 1] == char


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_newline_style_and_a_bom(newline: str):
    text = "\ufeff" + newline.join(["1. Smith J. A", "   title.", "2. Doe K. B.", ""])
    first, second = read_entries(text)
    assert first.text == "1. Smith J. A title."
    assert where(first, "1.") == (1, 1)
    assert where(first, "title") == (2, 4)
    assert where(second, "Doe") == (3, 4)


@pytest.mark.parametrize(
    "heading",
    ["References", "REFERENCES", "Bibliography", "Literature cited", "# References", "References:"],
)
def test_headings_and_blank_lines_are_not_entries(heading: str):
    entries = read_entries(f"{heading}\n   \n1. Smith J. A.\n\n  \t\n2. Doe K. B.\n")
    assert [e.text for e in entries] == ["1. Smith J. A.", "2. Doe K. B."]


def test_text_before_the_heading_is_not_linted():
    text = "1. Introduction\nSome prose.\n\nReferences\n1. Smith J. A.\n2. Doe K. B.\n"
    assert [e.text for e in read_entries(text)] == ["1. Smith J. A.", "2. Doe K. B."]


def test_bare_numbers_start_entries_only_when_plausible():
    text = (
        "References\n"
        "1 Smith J. A title. Lancet.\n"
        "2020 Mar;12(3):45-9.\n"  # a wrapped date, not entry 2020
        "2 Doe K. Another. BMJ.\n"
        "15 patients were enrolled.\n"  # lower case after the number: prose
        '3 "Quoted" title. Nature.\n'
    )
    entries = read_entries(text)
    assert [e.number for e in entries] == [1, 2, 3]
    assert entries[0].text == "1 Smith J. A title. Lancet. 2020 Mar;12(3):45-9."
    assert entries[0].label_end == 1
    assert entries[1].text == "2 Doe K. Another. BMJ. 15 patients were enrolled."


def test_bare_numbers_do_not_start_a_list_in_prose_without_a_heading():
    assert read_entries("3 Results were mixed.\n4 Discussion follows.\n") == []


def test_wrapped_dois_years_and_issues_continue_the_entry():
    text = (
        "1. Smith J. A title. Lancet 2020;1:2. doi:\n"
        "10.1016/S0140-6736(20)30183-5\n"
        "2. Doe K. B. J Chem 2019;4\n"
        "(2):11-9.\n"
        "3. Roe P. C. Nature\n"
        "2021. Available from: x\n"
    )
    entries = read_entries(text)
    assert [e.number for e in entries] == [1, 2, 3]
    assert entries[1].text == "2. Doe K. B. J Chem 2019;4 (2):11-9."


def test_a_file_without_numbers_or_heading_holds_no_entries():
    assert read_entries("lark>=1.2\npytest\n\nSome README prose about the project.\n") == []


def test_after_a_heading_unnumbered_lines_are_entries():
    text = (
        "References\nSmith J. A title. 2020.\nDoe K. Another.\n  Wrapped with a hanging indent.\n"
    )
    entries = read_entries(text)
    assert [e.text for e in entries] == [
        "Smith J. A title. 2020.",
        "Doe K. Another. Wrapped with a hanging indent.",
    ]
    assert [(e.number, e.label_end, e.index) for e in entries] == [(None, 0, 1), (None, 0, 2)]


def test_after_a_heading_blank_separated_paragraphs_are_entries():
    text = "Bibliography\n\nSmith J. A title\nthat wraps. 2020.\n\nDoe K. Another.\n"
    entries = read_entries(text)
    assert [e.text for e in entries] == ["Smith J. A title that wraps. 2020.", "Doe K. Another."]
    assert where(entries[0], "that") == (4, 1)


def test_read_file_detects_boms_and_newlines(tmp_path):
    body = "1. Jørgensen Ø. Title.\r\n2. B.\r\n"
    cases = {
        "utf8.txt": (body.encode("utf-8"), "utf-8"),
        "utf8sig.txt": (codecs.BOM_UTF8 + body.encode("utf-8"), "utf-8-sig"),
        "le.txt": (codecs.BOM_UTF16_LE + body.encode("utf-16-le"), "utf-16-le"),
        "be.txt": (codecs.BOM_UTF16_BE + body.encode("utf-16-be"), "utf-16-be"),
    }
    for name, (data, encoding) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert read_file(tmp_path / name) == (body, encoding, "\r\n"), name
    assert decode(b"no newline", "x")[2] == "\n"


def test_undecodable_and_binary_files_give_one_clear_line(tmp_path):
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("1. Müller K. A.\n".encode("latin-1"))
    with pytest.raises(SourceError) as caught:
        read_file(latin)
    assert str(caught.value) == f"{latin}: not UTF-8 text: cannot decode byte 0xfc at offset 4"
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(SourceError, match=r"image.txt: binary file \(NUL byte at offset 8\)"):
        read_file(binary)
    with pytest.raises(SourceError, match="no such file"):
        read_file(tmp_path / "missing.txt")


def test_alpha_labels_of_an_unnumbered_list_are_set_apart():
    """BibTeX's `alpha` labels (`[AG93]`, `[GKK+04]`, `[Bra]`) are no number and no part of the
    entry: the names after them are read as the names."""
    text = (
        "References\n"
        "[AG93] E.L. Allgower and K. Georg. Continuation, Acta Numerica, pages 1-64, 1993.\n"
        "[GKK+04] T. Gunji and S. Kim. PHoM, Computing, 73(4):55-77, 2004.\n"
        "[Bra] G. Brandl. Sphinx, available at http://sphinx-doc.org.\n"
    )
    entries = read_entries(text)
    assert [e.text[: e.label_end] for e in entries] == ["[AG93]", "[GKK+04]", "[Bra]"]
    assert [e.number for e in entries] == [None, None, None]
    # a bracket opening a few entries only is text: no alpha-labelled list
    mixed = text.replace("[GKK+04] ", "").replace("[Bra] ", "")
    assert [e.label_end for e in read_entries(mixed)] == [0, 0, 0]
