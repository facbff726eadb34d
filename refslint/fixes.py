"""Applying fixes to a file's text: choosing which fixes apply, resolving overlaps, and diffs.

Rules speak of an entry's cleaned text, in which a wrapped entry's lines are joined by one space.
The engine places each edit in the file by line and column; this module turns those back into
offsets of the decoded file text, and keeps what the cleaned text does not show (the line break and
indentation a joining space stands for) wherever an edit does not really change it.

Fixes apply in passes: a fix whose edits overlap an edit already taken in this pass is left for
the next pass, after a fresh lint of the changed text, so overlapping fixes are never merged.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from refslint import patterns
from refslint.diagnostics import Applicability, Located, LocatedEdit
from refslint.lines import NEWLINE as _NEWLINE
from refslint.lines import LineIndex

MAX_PASSES = 10  # a fix that keeps producing new fixes is a rule's bug; stop rather than loop
_BREAK = patterns.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")


def is_fixable(d: Located, minimum: Applicability) -> bool:
    return d.fix_applicability is not None and d.fix_applicability >= minimum and bool(d.edits)


@dataclass(frozen=True)
class _Change:
    start: int
    end: int
    text: str


def _file_offset(lines: LineIndex, line: int, column: int, *, is_end: bool) -> int | None:
    """The file offset of an edit's line and column, or None when it is not in the text."""
    if not 1 <= line <= len(lines) or column < 1:
        return None
    offset = lines.offset(line, column)
    content_end = lines.ends[line - 1]
    if offset <= content_end:
        return offset
    if not is_end or offset > content_end + 1 or line == len(lines):
        return None
    # The span ended on the space that joins this line to the next one: in the file that space
    # is the line break and the next line's indentation.
    following = lines.starts[line]
    while following < lines.ends[line] and lines.text[following] in " \t":
        following += 1
    return following


def _changes(lines: LineIndex, edits: Sequence[LocatedEdit]) -> list[_Change] | None:
    """File-offset changes for one fix's edits, or None when an edit cannot be placed."""
    out = []
    for e in edits:
        start = _file_offset(lines, e.line, e.column, is_end=False)
        end = _file_offset(lines, e.end_line, e.end_column, is_end=True)
        if start is None or end is None or end < start:
            return None
        out.append(_Change(start, end, e.text))
    return out


def _overlaps(change: _Change, taken: Sequence[_Change]) -> bool:
    for other in taken:
        if change.start < other.end and other.start < change.end:
            return True
        if change.start == change.end == other.start == other.end:  # two insertions at one point
            return True
        if change.start == change.end and other.start < change.start < other.end:
            return True
    return False


def _minimal(original: str, replacement: str, newline: str) -> tuple[int, int, str]:
    """Shrink a change to the part that differs, keeping line breaks the replacement only joins.

    `original` is the file text under the edit; a line break with its indentation there counts as
    the single space it is in the entry text. Returns (start, end, text) relative to `original`.
    """
    replacement = _NEWLINE.sub(newline, replacement)
    collapsed: list[str] = []
    where: list[int] = []  # where[i] is the offset in `original` of collapsed[i]
    position = 0
    for m in _BREAK.finditer(original):
        for i in range(position, m.start()):
            collapsed.append(original[i])
            where.append(i)
        collapsed.append(" ")
        where.append(m.start())
        position = m.end()
    for i in range(position, len(original)):
        collapsed.append(original[i])
        where.append(i)
    seen = "".join(collapsed)
    prefix = 0
    limit = min(len(seen), len(replacement))
    while prefix < limit and seen[prefix] == replacement[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < limit - prefix
        and seen[len(seen) - 1 - suffix] == replacement[len(replacement) - 1 - suffix]
    ):
        suffix += 1
    start = where[prefix] if prefix < len(seen) else len(original)
    cut = len(seen) - suffix
    end = where[cut] if cut < len(seen) else len(original)  # a changed break goes whole
    return start, end, replacement[prefix : len(replacement) - suffix]


def apply_once(
    text: str, results: Sequence[Located], minimum: Applicability
) -> tuple[str, int, int]:
    """Apply every fix at `minimum` or above that overlaps no fix taken before it.

    Returns (new text, fixes applied, fixes left for a later pass). A fix is taken whole or not at
    all; a fix whose edits cannot be placed in this text is dropped, never guessed at.
    """
    lines = LineIndex(text)
    candidates = []
    for d in results:
        if not is_fixable(d, minimum):
            continue
        changes = _changes(lines, d.edits)
        if changes:
            candidates.append(changes)
    return _apply(text, candidates)


def apply_edits(text: str, edits: Sequence[LocatedEdit]) -> str | None:
    """The text with one fix's edits applied (a quick fix), or None when they cannot be placed
    in it or overlap one another."""
    changes = _changes(LineIndex(text), edits)
    if not changes or _self_overlapping(changes):
        return None
    return _apply(text, [changes])[0]


def _apply(text: str, candidates: list[list[_Change]]) -> tuple[str, int, int]:
    found = _NEWLINE.search(text)
    newline = found.group() if found else "\n"
    candidates.sort(key=lambda changes: (changes[0].start, changes[0].end))
    taken: list[_Change] = []
    applied = deferred = 0
    for changes in candidates:
        if any(_overlaps(c, taken) for c in changes) or _self_overlapping(changes):
            deferred += 1
            continue
        taken.extend(changes)
        applied += 1
    pieces = []
    position = 0
    for c in sorted(taken, key=lambda c: (c.start, c.end)):
        start, end, new = _minimal(text[c.start : c.end], c.text, newline)
        pieces.append(text[position : c.start + start])
        pieces.append(new)
        position = c.start + end
    pieces.append(text[position:])
    return "".join(pieces), applied, deferred


def _self_overlapping(changes: Sequence[_Change]) -> bool:
    ordered = sorted(changes, key=lambda c: (c.start, c.end))
    return any(a.end > b.start for a, b in itertools.pairwise(ordered))


@dataclass(frozen=True)
class FixResult:
    text: str  # the text after every pass
    results: list[Located]  # the diagnostics of the final text
    fixed: int  # fixes applied over all passes


def fix_text(text: str, lint: Callable[[str], list[Located]], minimum: Applicability) -> FixResult:
    """Lint, apply, lint again, until nothing applicable is left or nothing changes."""
    results = lint(text)
    fixed = 0
    for _ in range(MAX_PASSES):
        new, applied, _deferred = apply_once(text, results, minimum)
        if not applied or new == text:
            break
        fixed += applied
        text = new
        results = lint(text)
    return FixResult(text, results, fixed)


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of one file's fixes, `a/` and `b/` prefixed like `git diff`."""
    lines = difflib.unified_diff(
        _split_lines(before),
        _split_lines(after),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    out = []
    for line in lines:
        ended = line.endswith(("\n", "\r"))
        out.append(line if ended else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _split_lines(text: str) -> list[str]:
    """Lines with their endings, split only where the readers split (not at U+2028 and kin)."""
    return [m.group() for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)]


__all__ = [
    "MAX_PASSES",
    "FixResult",
    "apply_edits",
    "apply_once",
    "fix_text",
    "is_fixable",
    "unified_diff",
]
