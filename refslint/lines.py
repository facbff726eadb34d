"""Lines, columns and offsets of a text, counted one way for the readers, the engine, the fixes
and the language server.

A line ends at CRLF, CR or LF (never at U+2028 and kin, as in the editors' protocol: the plain-text
reader breaks entries at U+2028 and U+2029 without making them line ends); positions
are 1-based lines and 1-based code-point columns, and line 1 column 1 is the character after a
byte order mark, which is no part of any line's content. Only the language server converts a
position to the editor's units (UTF-16 by default), at its edge, with `units_before`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from refslint import patterns

NEWLINE = patterns.compile(r"\r\n|\r|\n")
BOM = "\ufeff"


class LineIndex:
    """Where each line's content starts and ends in `text`, built in one linear pass."""

    __slots__ = ("bom", "ends", "starts", "text")

    def __init__(self, text: str):
        self.text = text
        self.bom = 1 if text.startswith(BOM) else 0
        if "\r" in text:
            starts = [0]
            ends: list[int] = []
            for m in NEWLINE.finditer(text):
                ends.append(m.start())
                starts.append(m.end())
            ends.append(len(text))
        else:  # only `\n` endings, the usual case: add up line lengths instead of matching
            starts = [0, *accumulate(len(line) + 1 for line in text.split("\n")[:-1])]
            ends = [start - 1 for start in starts[1:]]
            ends.append(len(text))
        starts[0] = self.bom
        self.starts: list[int] = starts  # offset of each line's first character
        self.ends: list[int] = ends  # offset of each line's ending (or of the text's end)

    def __len__(self) -> int:
        return len(self.starts)

    def content(self, line: int) -> str:
        """Line `line`'s text without its ending (and without a BOM on line 1)."""
        return self.text[self.starts[line - 1] : self.ends[line - 1]]

    def offset(self, line: int, column: int) -> int:
        """The offset of a 1-based line and column, unchecked (a column may run past the line)."""
        return self.starts[line - 1] + column - 1

    def clamped_offset(self, line: int, column: int) -> int:
        """The offset of a line and column, kept within the text: a line past the last is the
        last one, a column past the line's end is its end."""
        index = min(max(line, 1), len(self.starts)) - 1
        start = self.starts[index]
        return min(start + max(column - 1, 0), self.ends[index])

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of an offset; an offset inside a CRLF or before a BOM is
        moved to the nearest place a position can name."""
        offset = min(max(offset, 0), len(self.text))
        index = max(bisect_right(self.starts, offset) - 1, 0)
        start = self.starts[index]
        return index + 1, min(max(offset, start), self.ends[index]) - start + 1

    def units_before(self, offset: int, count: Callable[[str], int]) -> tuple[int, int]:
        """An editor's position of an offset: (0-based line, the size of that line's text before
        it as `count` measures it, UTF-16 code units by default). A BOM counts as part of line 1
        here, as it is of the editor's text."""
        offset = min(max(offset, 0), len(self.text))
        index = max(bisect_right(self.starts, offset) - 1, 0)
        start = 0 if index == 0 else self.starts[index]
        return index, count(self.text[start : min(offset, self.ends[index])])
