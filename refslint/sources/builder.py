"""The entry builder every line-based reader shares: pieces of text and where each one came from.

Readers differ in how they split and join lines (a PDF joins a hyphenated word, a Word file turns
a tab into a space); what they keep is the same, so the bookkeeping lives here once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from refslint.model import Entry, PositionMap

if TYPE_CHECKING:
    from refslint.sources.plaintext import Label


class EntryBuilder:
    """Collects the pieces of one entry and the runs that map its text back to the file.

    Pieces are joined once, in `build`: growing one string with `+=` made a long entry quadratic.
    """

    def __init__(self, label: Label | None):
        self.label = label
        self.key_end = 0  # the end of a label that is no number (`[Knu84]`): set by the reader
        self.pieces: list[str] = []
        self.length = 0  # of the text so far, the spaces between pieces included
        self.starts: list[int] = []
        self.lines: list[int] = []
        self.columns: list[int] = []

    def space(self) -> None:
        """A space between two pieces, standing for no character of the file."""
        self.pieces.append(" ")
        self.length += 1

    def piece(self, line: int, column: int, text: str) -> None:
        """`text`, which starts at 1-based `line` and `column` of the file."""
        self.starts.append(self.length)
        self.lines.append(line)
        self.columns.append(column)
        self.pieces.append(text)
        self.length += len(text)

    def build(self, index: int) -> Entry:
        label = self.label
        return Entry(
            text="".join(self.pieces),
            positions=PositionMap(tuple(self.starts), tuple(self.lines), tuple(self.columns)),
            index=index,
            number=label.number if label else None,
            label_end=label.length if label else self.key_end,
        )
