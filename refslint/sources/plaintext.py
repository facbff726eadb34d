"""Plain-text reference lists: one numbered entry per paragraph-start, wrapped lines joined.

A list is found by its numbers ("1.", "[1]", "(1)", or "1 " before a capital letter), or, when
nothing is numbered, by a "References" heading, after which every line or paragraph is one entry.
A file with neither holds no entries, so README and requirements files in a repository stay quiet.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from refslint import patterns
from refslint.model import Citation, Entry
from refslint.sources import NEWLINE, line_starts
from refslint.sources.builder import EntryBuilder
from refslint.sources.document import (
    Document,
    attach,
    directive,
    has_words,
    numeric_citations,
)

# Each run of spaces has one place in the pattern: with `\s*:?\s*[*_]{0,2}\s*...`, a heading
# followed by 200 spaces and a letter took 22 s, trying every way to share the spaces out.
HEADING = patterns.compile(
    r"\s*(?:#{1,6}\s*)?(?:[*_]{1,2}\s*)?"
    r"(?:references|bibliography|literature\s+cited|works\s+cited|reference\s+list)"
    r"\s*(?::\s*)?(?:[*_]{1,2}\s*)?(?::\s*)?(?:#+\s*)?",
    re.IGNORECASE,
)
DIRECTIVE_LINE = patterns.compile(r"\s*#\s*refslint:.*")
NEXT_HEADING = patterns.compile(r"\s{0,3}#{1,6}\s+\S")
RULER = patterns.compile(r"\s*([=\-_*~#])\1{2,}\s*")  # a heading's underline or a separator
_AFTER_LABEL = r"(?=\s|$|[^\W\d_]|[\"'«]|[“‘]{1})"  # not "10.1038", "(2):45" or "[3]-"
EXPLICIT_LABELS = (
    ("dot", patterns.compile(r"(\d{1,6})\." + _AFTER_LABEL)),
    ("bracket", patterns.compile(r"\[(\d{1,6})\]" + _AFTER_LABEL)),
    ("paren", patterns.compile(r"\((\d{1,6})\)" + _AFTER_LABEL)),
)
SEPARATOR = patterns.compile("[\u2028\u2029]")  # line and paragraph separators (see `_lines`)
BARE_LABEL = patterns.compile(r"(\d{1,6})[ \t]+(\S)")
# A stray token before a label ("1 32.", "• 33."): a digit or two left from another numbering, a
# bullet, a letter. Read only where the label after it is the next number in the list's own style,
# so the entry starts there instead of running into the one above; RL105 names the stray token.
STRAY_BEFORE_LABEL = patterns.compile(r"(?:\d{1,3}|[^\w\s]|[A-Za-z])[ \t]+(?=\S)")
QUOTES = "\"'“‘«"
MAX_JUMP = (
    100  # a later explicit number further ahead than this is a wrapped year or page, not a label
)
# A family name's lower-case particle, then the name: a bare label may come before it too
NAME_PARTICLE = patterns.compile(
    r"(?:(?:d[aeiou]s?|del|della|van|von|der|den|ter|ten|la|le)[ \t]+)+[A-Z]"
)

# A web address: an entry may be a page given by its address alone
WEB_ADDRESS = patterns.compile(r"(?:https?://|www\.)\S")


class Line(NamedTuple):
    """One line as the reader sees it: a line of the file, or the piece of one after a U+2028
    LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR (see `_lines`)."""

    number: int  # 1-based line number in the file
    text: str  # without its line ending, and without a BOM: editors do not count it as a column
    column: int = 1  # 1-based column in the file's line where `text` starts
    soft: bool = False  # begun by U+2028: a line break inside a paragraph

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())

    @property
    def blank(self) -> bool:
        return not self.text.strip()


class Label(NamedTuple):
    number: int
    length: int
    style: str


class _Builder(EntryBuilder):
    def __init__(self, line: Line, label: Label | None):
        super().__init__(label)
        self.add(line)

    def add(self, line: Line) -> None:
        if self.length:
            self.space()
        self.piece(line.number, line.column + line.indent, line.text.strip())


def read_entries(text: str, *, require_heading: bool = False) -> list[Entry]:
    """Every reference in `text`, in order; `\\n`, `\\r\\n`, `\\r` and a BOM are understood."""
    return _entries(list(_lines(text)), require_heading)[0]


# A line that reads like an unnumbered reference: a capital or a quotation mark first, a year, and
# two sentences at least (names, title, source)
_LIKE_REFERENCE = patterns.compile(
    r"^\s*[A-Z\"“][^\n]*?(?<!\d)(?:1[5-9]|20)\d\d[a-z]?(?!\d)(?=[^\n]*\.\s[^\n]*\.)"
)
MIN_LIKE_REFERENCES = 2


def looks_like_unnumbered_list(text: str) -> bool:
    """Whether a text with no list read from it holds lines that read like unnumbered references
    (most of its lines, two at least): an author-date list pasted without its heading, which is
    read only under one, so that prose, notes and dated logs are never taken for a list."""
    lines = [line for line in text.splitlines() if line.strip()]
    alike = sum(1 for line in lines if _LIKE_REFERENCE.match(line))
    return alike >= MIN_LIKE_REFERENCES and 2 * alike > len(lines)


def read_document(text: str) -> Document:
    """Entries, plus `# refslint: disable=...` lines and the citations in text before the heading.

    A directive line is taken out before entries are found, so it never joins the entry above.
    """
    starts = line_starts(text)
    lines: list[Line] = []
    pending = []
    for line in _lines(text):
        if DIRECTIVE_LINE.fullmatch(line.text):
            start = starts[line.number - 1] + line.column - 1 + line.indent
            found = directive(line.text, starts, start, start + len(line.text.strip()))
            if found is not None:
                pending.append((start, found[0]))
                continue
        lines.append(line)
    entries, heading = _entries(lines, require_heading=False)
    entry_starts = [starts[e.positions.lines[0] - 1] + e.positions.columns[0] - 1 for e in entries]
    entries, suppressions = attach(entries, pending, entry_starts)
    citations = None
    if entries and heading is not None:
        body = lines[:heading]
        if any(has_words(line.text) for line in body):
            found_citations: list[Citation] = []
            for line in body:
                offset = starts[line.number - 1]
                group = found_citations[-1].group if found_citations else 0
                found_citations.extend(numeric_citations(line.text, starts, offset, group))
            citations = tuple(found_citations)
    return Document(entries, citations, suppressions)


def _entries(lines: list[Line], require_heading: bool) -> tuple[list[Entry], int | None]:
    heading = next((i for i, line in enumerate(lines) if HEADING.fullmatch(line.text)), None)
    if heading is None and require_heading:
        return [], None
    body = lines[heading + 1 :] if heading is not None else lines
    if require_heading:  # a manuscript's list ends at its next heading
        end = next((i for i, line in enumerate(body) if NEXT_HEADING.match(line.text)), len(body))
        body = body[:end]
    builders = _numbered(body, after_heading=heading is not None)
    if not builders and heading is not None:
        builders = _unnumbered(body)
    entries = [builder.build(index) for index, builder in enumerate(builders, start=1)]
    return entries, heading


def _lines(text: str) -> list[Line]:
    """The file's lines, each cut again at U+2028 and U+2029.

    A line of the file ends at `\n`, `\r\n` or `\r` alone, as in the editors' protocol, so
    positions count the separators as characters of their line. Text pasted from a word
    processor uses them as line and paragraph breaks, so the reader breaks there too: a label
    after either starts an entry, and a line begun by U+2028 (a break inside a paragraph) goes
    on the entry before it, as an indented line does, in an unnumbered list.
    """
    pieces = NEWLINE.split(text.removeprefix("\ufeff"))
    if not pieces[-1]:  # the text ends with a line ending, or is empty
        pieces.pop()
    if "\u2028" not in text and "\u2029" not in text:
        return [Line(number, piece) for number, piece in enumerate(pieces, start=1)]
    lines: list[Line] = []
    for number, piece in enumerate(pieces, start=1):
        column, soft = 1, False
        for found in SEPARATOR.finditer(piece):
            lines.append(Line(number, piece[column - 1 : found.start()], column, soft))
            column, soft = found.end() + 1, found.group() == "\u2028"
        lines.append(Line(number, piece[column - 1 :], column, soft))
    return lines


def _skipped(line: Line) -> bool:
    return (
        line.blank
        or HEADING.fullmatch(line.text) is not None
        or RULER.fullmatch(line.text) is not None
    )


def _numbered(lines: list[Line], *, after_heading: bool) -> list[_Builder]:
    builders: list[_Builder] = []
    last: Label | None = None
    for line in lines:
        if _skipped(line):
            continue
        label = _label(line.text[line.indent :], last, after_heading)
        if label is not None:
            builders.append(_Builder(line, label))
            last = label
        elif builders:
            builders[-1].add(line)
    return builders


def _label(text: str, last: Label | None, after_heading: bool) -> Label | None:
    """The number starting `text`, if it is plausibly a label and not a wrapped year or page."""
    found = _plain_label(text, last, after_heading)
    if found is None and last is not None and last.style != "bare":
        found = _label_after_stray(text, last)
    return found


def _label_after_stray(text: str, last: Label) -> Label | None:
    """The label after a stray token ("1 32." after 31), when it is the list's next number or
    close to it, in the list's style, and an entry's text follows it."""
    stray = STRAY_BEFORE_LABEL.match(text)
    if stray is None:
        return None
    for style, pattern in EXPLICIT_LABELS:
        match = pattern.match(text, stray.end())
        if match is None or style != last.style:
            continue
        number = int(match.group(1))
        rest = text[match.end() :].lstrip()
        if 0 < number - last.number <= 3 and rest and (rest[0].isupper() or rest[0] in QUOTES):
            return Label(number, match.end(), style)
    return None


def _plain_label(text: str, last: Label | None, after_heading: bool) -> Label | None:
    for style, pattern in EXPLICIT_LABELS:
        match = pattern.match(text)
        if match:
            number = int(match.group(1))
            plausible = number < 1000 if last is None else number <= last.number + MAX_JUMP
            return Label(number, match.end(), style) if plausible else None
    match = BARE_LABEL.match(text)
    if match is None:
        return None
    after = match.group(2)
    particle = NAME_PARTICLE.match(text, match.start(2))  # "1 de Oliveira Andrade R."
    address = WEB_ADDRESS.match(text, match.start(2))  # "12 https://...": a page by its address
    if not (after[0].isupper() or after[0] in QUOTES or particle or address):
        return None
    number = int(match.group(1))
    if last is None:
        # without a heading, "3 Results" in running text must not start a list
        plausible = number < 1000 if after_heading else number == 1
    else:
        # "2020 Mar;12:5" wrapped from the line above is not entry 2020
        plausible = last.style == "bare" and abs(number - (last.number + 1)) <= 3
    return Label(number, len(match.group(1)), "bare") if plausible else None


def _unnumbered(lines: list[Line]) -> list[_Builder]:
    """Entries after a heading when nothing is numbered: paragraphs, or hanging-indent lines."""
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if _skipped(line):
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    blocks = [block for block in blocks if block]
    builders: list[_Builder] = []
    if len(blocks) > 1:
        for block in blocks:
            builders.append(_Builder(block[0], None))
            for line in block[1:]:
                builders[-1].add(line)
        return _keyed(builders)
    for line in blocks[0] if blocks else []:
        if builders and (line.indent or line.soft):
            builders[-1].add(line)
        else:
            builders.append(_Builder(line, None))
    return _keyed(builders)


# BibTeX's `alpha` labels, of the authors' letters and the year (`[Knu84]`, `[GKK+04]`,
# `[vdH04]`, `[Bra]`, `[AG97a]`): no number, but no part of the entry either
KEY_LABEL = patterns.compile(r"\[[A-Za-z][A-Za-z+\-]{0,8}(?:\d{2}[a-z]?)?\](?=\s)")
MIN_KEYED = 0.9  # the share of an unnumbered list's entries that open with such a label


def _keyed(builders: list[_Builder]) -> list[_Builder]:
    """The entries, each opening with its alpha label set apart where nearly all have one."""
    keys = [KEY_LABEL.match(builder.pieces[0]) for builder in builders]
    if len(builders) < 2 or sum(key is not None for key in keys) < MIN_KEYED * len(builders):
        return builders
    for builder, key in zip(builders, keys, strict=True):
        if key is not None:
            builder.key_end = key.end()
    return builders
