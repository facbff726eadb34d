"""`--fix` and `--diff` for Word files: an edit is made only where it keeps the formatting.

An edit is applied when it lies wholly inside the text of one run (one `w:t` element), so the
run's formatting (bold, italic, font, colour) carries over to the new text, or, for an insertion,
at the end or start of such a text. Everything else is withheld and said so: an edit that crosses
runs (its text has two formattings), touches a hyperlink's text (its target would not follow) or a
field's result (Word rewrites it when the field is updated: a reference manager's bibliography is
one), touches Word's automatic numbering, spans paragraphs, or would insert a tab or a line break.
A withheld fix stays in the report as a display-only one, with the reason in its message.

Fixes apply in passes, as for text: a fix overlapping one already taken waits for the next pass,
after the document is read and linted again.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from refslint.diagnostics import Applicability, Located, LocatedEdit
from refslint.fixes import MAX_PASSES
from refslint.sources.docx import XML_SPACE, Piece, WordSource


@dataclass(frozen=True)
class _Change:
    piece: Piece
    start: int  # in the piece's text
    end: int
    text: str


def _piece_at(pieces: Sequence[Piece], start: int, end: int) -> Piece | str:
    """The one piece that holds [start, end) of a paragraph's text, or why there is none."""
    if start == end:  # an insertion: inside a text, else at the end of one, else at its start
        inside = [p for p in pieces if p.start < start < p.end]
        before = [p for p in pieces if p.end == start and p.text_element is not None]
        after = [p for p in pieces if p.start == start and p.text_element is not None]
        candidates = inside or [p for p in before + after if not (p.in_link or p.in_field)]
        if not candidates:
            candidates = inside or before + after
    else:
        candidates = [p for p in pieces if p.start <= start and end <= p.end]
    if not candidates:
        return "across runs with different formatting"
    piece = candidates[0]
    if piece.text_element is None:
        return "across runs with different formatting"
    if piece.in_field:
        return "inside a field's result, which Word rewrites"
    if piece.in_link:
        return "inside a hyperlink, whose target would not follow"
    return piece


def plan(source: WordSource, edits: Sequence[LocatedEdit]) -> list[_Change] | str:
    """The run changes one fix's edits make, or why they cannot be made safely."""
    changes = []
    for edit in edits:
        if edit.line != edit.end_line or not 1 <= edit.line <= len(source.paragraphs):
            return "across paragraphs"
        paragraph = source.paragraphs[edit.line - 1]
        start = edit.column - 1 - paragraph.prefix
        end = edit.end_column - 1 - paragraph.prefix
        if start < 0 or end < start or end > len(paragraph.text):
            return "on Word's automatic numbering"
        if "\t" in edit.text or "\n" in edit.text or "\r" in edit.text:
            return "inserting a tab or a line break"
        piece = _piece_at(paragraph.pieces, start, end)
        if isinstance(piece, str):
            return piece
        changes.append(_Change(piece, start - piece.start, end - piece.start, edit.text))
    return changes


def _overlaps(change: _Change, taken: Sequence[_Change]) -> bool:
    return any(
        other.piece.text_element is change.piece.text_element
        and change.start <= other.end
        and other.start <= change.end
        for other in taken
    )


def _apply(changes: Sequence[_Change]) -> None:
    by_element: dict[int, list[_Change]] = {}
    for change in changes:
        by_element.setdefault(id(change.piece.text_element), []).append(change)
    for group in by_element.values():
        element = group[0].piece.text_element
        text = element.text or ""
        for change in sorted(group, key=lambda c: (c.start, c.end), reverse=True):
            text = text[: change.start] + change.text + text[change.end :]
        element.text = text
        if text != text.strip():  # Word drops a text's outer spaces unless told to keep them
            element.set(XML_SPACE, "preserve")


def withheld_reason(source: WordSource, found: Located) -> str | None:
    """Why `found`'s fix cannot be applied to the Word file, or None when it can."""
    if found.fix_applicability is None or not found.edits:
        return None
    planned = plan(source, found.edits)
    return planned if isinstance(planned, str) else None


def mark_withheld(
    source: WordSource, results: Sequence[Located], minimum: Applicability
) -> tuple[list[Located], Counter[str]]:
    """Findings whose fixes cannot be applied in Word turned display-only (the reason added to
    the fix's message), and how many of those `--fix` would otherwise have applied, by reason."""
    out: list[Located] = []
    withheld: Counter[str] = Counter()
    for found in results:
        reason = withheld_reason(source, found)
        if reason is None:
            out.append(found)
            continue
        assert found.fix_applicability is not None
        if found.fix_applicability >= minimum:
            withheld[reason] += 1
        out.append(
            dataclasses.replace(
                found,
                fix_applicability=Applicability.DISPLAY_ONLY,
                fix_message=f"{found.fix_message} (not applied in Word: an edit {reason})",
            )
        )
    return out, withheld


@dataclass
class WordFixResult:
    source: WordSource  # the document with every applied fix, read again
    results: list[Located]  # its findings, withheld fixes display-only
    fixed: int
    withheld: Counter[str]


def fix_word(
    source: WordSource,
    lint: Callable[[WordSource], list[Located]],
    minimum: Applicability,
) -> WordFixResult:
    """Lint, apply what can be applied safely, read and lint again, until nothing changes."""
    results = lint(source)
    fixed = 0
    for _ in range(MAX_PASSES):
        taken: list[_Change] = []
        applied = 0
        for found in results:
            if found.fix_applicability is None or found.fix_applicability < minimum:
                continue
            if not found.edits:
                continue
            changes = plan(source, found.edits)
            if isinstance(changes, str) or any(_overlaps(c, taken) for c in changes):
                continue
            taken.extend(changes)
            applied += 1
        if not applied:
            break
        _apply(taken)
        fixed += applied
        source = source.reread()
        results = lint(source)
    marked, withheld = mark_withheld(source, results, minimum)
    return WordFixResult(source, marked, fixed, withheld)


def describe_withheld(path: str, withheld: Counter[str]) -> str:
    """`paper.docx: 2 fixes withheld ... (1 across runs ...; 1 inside a hyperlink ...)`."""
    from refslint.reporters import plural

    total = sum(withheld.values())
    reasons = "; ".join(f"{count} {reason}" for reason, count in withheld.most_common())
    return (
        f"{path}: {plural(total, 'fix', 'fixes')} withheld to keep the document's formatting"
        f" ({reasons}); they are shown as display-only fixes"
    )
