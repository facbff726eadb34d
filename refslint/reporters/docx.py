"""`--format docx --output FILE`: the copy editor's deliverable, a reviewed copy of a Word file.

Each finding becomes one Word comment (author "refslint", initials "RL") anchored on the text it
is about: its message, its code and rule name, and its fix if it has one ("Fix: ... "“Noc” →
“Nov”"). Runs are split at the finding's first and last character so the comment covers exactly
that text; a split copies the run's formatting to both halves, so the copy looks as the original
does. The original file is read, never written.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Any

from refslint.diagnostics import Located
from refslint.sources.docx import XML_SPACE, Paragraph, WordSource, q

AUTHOR = "refslint"
INITIALS = "RL"


def review(path: str, results: Sequence[Located]) -> bytes:
    """The Word file at `path` with one comment per finding (findings placed by `WordSource`)."""
    source = WordSource.read(path)
    anchors = [_anchor(source, found) for found in results]
    for number in sorted({a[0] for a in anchors if a is not None}):
        cuts = {c for a in anchors if a is not None and a[0] == number for c in a[1:]}
        _split_at(source.paragraphs[number - 1], cuts)
    source = source.reread()  # the same text, in more runs
    from docx.text.run import Run

    for found, anchor in zip(results, anchors, strict=True):
        if anchor is None:
            continue
        number, start, end = anchor
        pieces = [
            p for p in source.paragraphs[number - 1].pieces if p.end > start and p.start < end
        ]
        if not pieces:
            continue
        first = Run(pieces[0].run, source.document)
        last = Run(pieces[-1].run, source.document)
        source.document.add_comment([first, last], _text(source, found), AUTHOR, INITIALS)
    return source.save()


def _anchor(source: WordSource, found: Located) -> tuple[int, int, int] | None:
    """(paragraph, first character, end) a finding's comment covers: its own text, or the word at
    a point it names; a finding about the whole list goes on the list's heading."""
    paragraphs = source.paragraphs
    if not paragraphs:
        return None
    number = min(max(found.line, 1), len(paragraphs))
    start = found.column - 1
    end = found.end_column - 1 if found.end_line == found.line else len(paragraphs[number - 1].text)
    if found.entry is None and found.place is None and source.heading is not None:
        number, start, end = source.heading, 0, len(paragraphs[source.heading - 1].text)
    text = paragraphs[number - 1].text
    while not text.strip():  # an empty paragraph has nothing to anchor on: the next one
        if number >= len(paragraphs):
            return None
        number += 1
        text = paragraphs[number - 1].text
        start, end = 0, len(text)
    start = min(max(start, 0), len(text) - 1)
    if end <= start:  # a point (an automatic number, a missing mark): the word that stands there
        found_word = re.compile(r"\S+").search(text, start)
        end = found_word.end() if found_word is not None else start + 1
    return number, start, min(end, len(text))


def _split_at(paragraph: Paragraph, cuts: set[int]) -> None:
    """Split the paragraph's runs so each of `cuts` falls between two runs."""
    for cut in sorted(cuts, reverse=True):  # from the end: earlier pieces stay where they were
        for piece in paragraph.pieces:
            if piece.start < cut < piece.end and piece.text_element is not None:
                _split_run(piece.run, piece.text_element, cut - piece.start)
                break


def _split_run(run: Any, text_element: Any, at: int) -> None:
    """Cut `run` in two at character `at` of its `text_element`; both halves keep its `w:rPr`."""
    content = [child for child in run if child.tag != q("rPr")]
    index = content.index(text_element)
    twin = copy.deepcopy(run)
    twin_content = [child for child in twin if child.tag != q("rPr")]
    text = text_element.text or ""
    for child in content[index + 1 :]:
        run.remove(child)
    for child in twin_content[:index]:
        twin.remove(child)
    text_element.text, twin_content[index].text = text[:at], text[at:]
    text_element.set(XML_SPACE, "preserve")
    twin_content[index].set(XML_SPACE, "preserve")
    run.addnext(twin)


def _text(source: WordSource, found: Located) -> str:
    """The comment: message; code, rule name and severity; the fix, with what it replaces."""
    lines = [found.message, f"{found.code} {found.name} ({found.severity})"]
    if found.fix_applicability is not None:
        changes = []
        for edit in found.edits:
            paragraph = source.paragraphs[min(max(edit.line, 1), len(source.paragraphs)) - 1]
            before = paragraph.text[edit.column - 1 : edit.end_column - 1]
            if edit.line == edit.end_line:
                changes.append(f"“{before}” → “{edit.text}”")
        shown = f" ({'; '.join(changes)})" if changes else ""
        lines.append(f"Fix: {found.fix_message}{shown}")
    return "\n".join(lines)
