"""What a source finds in a file besides its entries, and the tools sources share to find it.

`Mapped` is text whose every character remembers its offset in the file, so markup can be removed
and commands decoded while positions stay exact: a kept character maps to itself, a decoded one
("ö" from `{\\"o}`) to where its source begins.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from refslint import patterns
from refslint.model import Citation, Entry, Location, PositionMap, Suppression


@dataclass(frozen=True)
class Document:
    """Entries plus what the rest of the file says about them.

    `citations` is None when the file has no body text (a bare list), so citation rules stay off;
    an empty tuple means body text that cites nothing.
    """

    entries: list[Entry]
    citations: tuple[Citation, ...] | None = None
    suppressions: tuple[Suppression, ...] = ()
    # whether the file's text [start, end) may be replaced by a text: a format whose markup a
    # fix could break (XML) says which edits are safe; those it refuses are shown, not applied.
    # None: any edit whose span shows in the file as it does in the entry.
    edit_guard: Callable[[int, int, str], bool] | None = None


class Mapped:
    """A string with the file offset of each of its characters.

    `extend` collects pieces and `text` joins them when read: growing a string attribute with
    `+=` copies it each time, which made reading a long file quadratic.
    """

    __slots__ = ("_pieces", "_text", "offsets")

    def __init__(self, text: str = "", offsets: Sequence[int] = ()):
        self._text = text
        self._pieces: list[str] = []
        # a list is taken as it is (slices and sums are new lists already); copying it again
        # was a fifth of reading a long line
        self.offsets = offsets if isinstance(offsets, list) else list(offsets)

    @property
    def text(self) -> str:
        if self._pieces:
            self._text = "".join([self._text, *self._pieces])
            self._pieces = []
        return self._text

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Mapped:
        """The file's characters [start, end) as they stand."""
        return cls(source[start:end], range(start, end))

    @classmethod
    def put(cls, text: str, offset: int) -> Mapped:
        """Text that stands for something else in the file, placed where that begins."""
        return cls(text, [offset] * len(text))

    def __len__(self) -> int:
        return len(self.offsets)

    def __getitem__(self, key: slice) -> Mapped:
        return Mapped(self.text[key], self.offsets[key])

    def __add__(self, other: Mapped) -> Mapped:
        return Mapped(self.text + other.text, self.offsets + other.offsets)

    def extend(self, other: Mapped) -> None:
        self._pieces.append(other.text)
        self.offsets.extend(other.offsets)

    def strip(self) -> Mapped:
        start = len(self.text) - len(self.text.lstrip())
        end = len(self.text.rstrip())
        return self[start:end] if end > start else Mapped()

    def sub(
        self, pattern: patterns.Pattern, repl: Callable[[Mapped, re.Match[str]], Mapped]
    ) -> Mapped:
        """Like `re.sub`, with a replacement built from the match's own mapped pieces."""
        out = Mapped()
        last = 0
        for match in pattern.finditer(self.text):
            out.extend(self[last : match.start()])
            out.extend(repl(self, match))
            last = match.end()
        out.extend(self[last:])
        return out

    def group(self, match: re.Match[str], name: int | str) -> Mapped:
        start, end = match.span(name)
        return self[start:end] if start >= 0 else Mapped()

    def positions(self, starts: Sequence[int]) -> PositionMap:
        """One run per stretch of characters that follow each other on one line of the file."""
        run_starts: list[int] = []
        lines: list[int] = []
        columns: list[int] = []
        previous = -2
        next_line = 0  # where the current run's line ends: a run never crosses into the next
        for index, offset in enumerate(self.offsets):
            if offset != previous + 1 or offset >= next_line:
                line = bisect_right(starts, offset)
                run_starts.append(index)
                lines.append(line)
                columns.append(offset - starts[line - 1] + 1)
                next_line = starts[line] if line < len(starts) else len(self.offsets) + offset + 1
            previous = offset
        if not run_starts:
            run_starts, lines, columns = [0], [1], [1]
        return PositionMap(tuple(run_starts), tuple(lines), tuple(columns))


def locate(starts: Sequence[int], start: int, end: int) -> Location:
    """File offsets [start, end) as a 1-based `Location` (end column exclusive)."""
    line = bisect_right(starts, start)
    end_line = bisect_right(starts, max(end - 1, start))
    end_column = max(end - 1, start) - starts[end_line - 1] + 2 if end > start else None
    column = start - starts[line - 1] + 1
    return Location(line, column, end_line, end_column if end_column is not None else column)


# Suppression comments ------------------------------------------------------------------------

DIRECTIVE = patterns.compile(
    r"refslint:\s*(?P<kind>disable-file|disable)\b\s*(?:=\s*(?P<codes>[A-Za-z0-9_]+(?:\s*,\s*[A-Za-z0-9_]+)*))?",
)


def directive(
    comment: str, starts: Sequence[int], start: int, end: int
) -> tuple[Suppression, bool] | None:
    """The suppression a comment's text holds, if any, and whether it covers the whole file."""
    match = DIRECTIVE.search(comment)
    if match is None:
        return None
    codes = tuple(
        code.strip().upper() for code in (match.group("codes") or "").split(",") if code.strip()
    )
    file_wide = match.group("kind") == "disable-file"
    return Suppression(codes, locate(starts, start, end), file_wide=file_wide), file_wide


def attach(
    entries: list[Entry], pending: Sequence[tuple[int, Suppression]], entry_starts: Sequence[int]
) -> tuple[list[Entry], tuple[Suppression, ...]]:
    """Give each `disable` comment (at file offset) to the first entry that starts after it."""
    suppressions: list[Suppression] = []
    codes_by_entry: dict[int, set[str]] = {}
    for offset, found in pending:
        if found.file_wide:
            suppressions.append(found)
            continue
        target = bisect_right(entry_starts, offset)
        if target < len(entries):
            index = entries[target].index
            found = replace(found, entry=index)
            codes_by_entry.setdefault(index, set()).update(found.codes or ("",))
        suppressions.append(found)
    if codes_by_entry:
        entries = [
            replace(e, suppressed=e.suppressed | frozenset(codes_by_entry[e.index]))
            if e.index in codes_by_entry
            else e
            for e in entries
        ]
    return entries, tuple(suppressions)


# Numeric citations ----------------------------------------------------------------------------

_NUMBERS = r"\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)*"
NUMERIC_CITATION = patterns.compile(
    # [1], [1, 3-5], [1]–[4] and pandoc's superscript ^1,2^; not a link text "[1](...)",
    # a link definition "[1]: ...", a reference link "[text][1]" or a footnote "[^1]"
    rf"(?<![\]\w\\])\[(?P<list>{_NUMBERS})\](?:\s*[-–—]\s*\[(?P<to>\d{{1,4}})\])?(?![(:\[])"
    rf"|(?<![\^\\])\^(?P<sup>{_NUMBERS})\^"
)
ITEM = patterns.compile(r"(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?")
MAX_RANGE = 200  # "[1990-2020]" is a span of years, not thirty-one references


def numeric_citations(
    text: str, starts: Sequence[int], offset: int = 0, first_group: int = 0
) -> Iterator[Citation]:
    """Numbered citations in `text`, which begins at file offset `offset`."""
    group = first_group
    for match in NUMERIC_CITATION.finditer(text):
        group += 1
        name = "list" if match.group("list") is not None else "sup"
        base = match.start(name)
        items = list(ITEM.finditer(match.group(name)))
        if match.group("to") is not None:  # [1]–[4]: one range written as two marks
            low, high = int(items[-1].group(1)), int(match.group("to"))
            if items[-1].group(2) is None and 0 < high - low <= MAX_RANGE:
                where = locate(starts, offset + match.start(), offset + match.end())
                yield from _range(low, high, where, group)
                continue
        for item in items:
            where = locate(starts, offset + base + item.start(), offset + base + item.end())
            low = int(item.group(1))
            high = int(item.group(2)) if item.group(2) else low
            if 0 <= high - low <= MAX_RANGE:
                yield from _range(low, high, where, group)
            else:
                yield Citation(str(low), low, where, group)
                yield Citation(str(high), high, where, group)
        if match.group("to") is not None:
            where = locate(starts, offset + match.start("to"), offset + match.end("to"))
            yield Citation(match.group("to"), int(match.group("to")), where, group)


def _range(low: int, high: int, where: Location, group: int) -> Iterator[Citation]:
    for number in range(low, high + 1):
        yield Citation(str(number), number, where, group)


def has_words(text: str) -> bool:
    return re.search(r"[^\W\d_]{2}", text) is not None
