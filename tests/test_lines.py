"""One line index for every part: lines end at CRLF, CR or LF, line 1 starts after a BOM, and
building it takes time in proportion to the text."""

from __future__ import annotations

from functools import partial

from refslint.diagnostics import LocatedEdit
from refslint.fixes import apply_edits
from refslint.lines import LineIndex
from refslint.sources import line_starts
from tests.timing import assert_linear

MIXED = "\ufeffab\r\ncd\ref\ngh"


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_every_line_ending_and_the_bom_are_counted_once():
    lines = LineIndex(MIXED)
    assert len(lines) == 4
    assert [lines.content(n) for n in range(1, 5)] == ["ab", "cd", "ef", "gh"]
    assert lines.offset(1, 1) == 1  # after the BOM
    assert lines.offset(3, 2) == MIXED.index("f")
    assert lines.position(MIXED.index("f")) == (3, 2)
    assert lines.position(0) == (1, 1)  # the BOM itself is no column
    assert lines.position(MIXED.index("\n")) == (1, 3)  # inside a CRLF: the line's end
    assert line_starts(MIXED) == lines.starts


def test_only_newlines_and_any_ending_agree():
    text = "one\ntwo\n\nfour"
    assert LineIndex(text).starts == LineIndex(text.replace("\n", "\r")).starts
    assert LineIndex(text).ends == LineIndex(text.replace("\n", "\r")).ends


def test_positions_past_the_end_are_kept_inside_the_text():
    lines = LineIndex("ab\ncd")
    assert lines.clamped_offset(9, 9) == 5
    assert lines.clamped_offset(1, 99) == 2


def test_editor_units_count_the_bom_and_astral_characters():
    text = "\ufeff𝛼x\n𝛼y"
    lines = LineIndex(text)
    assert lines.units_before(lines.offset(1, 2), utf16) == (0, 3)  # BOM + two units
    assert lines.units_before(lines.offset(2, 2), utf16) == (1, 2)
    assert lines.units_before(lines.offset(2, 2), len) == (1, 1)  # code points, if negotiated


def test_a_fix_lands_after_the_bom():
    text = "\ufeffTeh list\n"
    assert apply_edits(text, [LocatedEdit(1, 1, 1, 4, "The")]) == "\ufeffThe list\n"


def test_building_the_index_is_linear():
    """Double the text, and the time roughly doubles (best of several runs; never seconds)."""
    unit = "1. Okafor CU. The phase.\r\n2. Becker F. A study.\n3. Lindqvist E. Ends.\r"

    def build(text: str) -> None:
        LineIndex(text).position(len(text) // 2)

    small = unit * 20_000
    # quadratic work would make it about 4
    assert_linear(partial(build, small), partial(build, small * 2), bound=3, runs=5)


def test_line_and_paragraph_separators_are_characters_of_their_line():
    text = "ab\u2028cd\u2029ef\rgh"
    lines = LineIndex(text)
    assert len(lines) == 2  # only the CR ends a line, as in the editors' protocol
    assert lines.position(text.index("e")) == (1, 7)
    assert lines.units_before(text.index("e"), utf16) == (0, 6)


def test_the_plain_text_reader_breaks_entries_at_the_separators():
    from refslint.sources import plaintext

    text = (
        "1. Lind K. Strain\u2028in films. Phys Rev B 2016;93:1450-60.\u2029"
        "2. Varga P. Thin films. Phys Rev B 2016;93:1461-70.\n"
    )
    first, second = plaintext.read_entries(text)
    assert first.text == "1. Lind K. Strain in films. Phys Rev B 2016;93:1450-60."
    assert (second.number, second.text[:11]) == (2, "2. Varga P.")
    # entry 2 starts in the middle of line 1, where the separator left it
    start = second.positions.position(0)
    assert (start.line, start.column) == (1, text.index("2. Varga") + 1)
    # the piece after U+2028 keeps its own column, on the same line
    films = first.positions.position(first.text.index("in films"))
    assert (films.line, films.column) == (1, text.index("in films") + 1)


def test_in_an_unnumbered_list_a_line_separator_goes_on_the_entry():
    from refslint.sources import plaintext

    text = (
        "References\n"
        "Lind K. Strain in films.\u2028Phys Rev B 2016;93:1450-60.\u2029"
        "Varga P. Thin films. Phys Rev B 2016;93:1461-70.\n"
    )
    entries = plaintext.read_entries(text)
    assert [e.text for e in entries] == [
        "Lind K. Strain in films. Phys Rev B 2016;93:1450-60.",
        "Varga P. Thin films. Phys Rev B 2016;93:1461-70.",
    ]
