"""Markdown manuscripts: the list under a "References" heading, and the body text that cites it.

Entries are items of an ordered list (`1.`), bracketed numbers (`[1]`), footnote definitions
(`[^1]:`) or bullets, ending at the next heading. Inline markup is removed before parsing and every
character of the cleaned text keeps its place in the file. Fenced code blocks and HTML comments are
never read, except that an HTML comment may hold a `refslint: disable` directive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from refslint import patterns
from refslint.model import Citation, Entry
from refslint.sources import line_starts
from refslint.sources.document import (
    Document,
    Mapped,
    attach,
    directive,
    has_words,
    locate,
    numeric_citations,
)
from refslint.sources.plaintext import HEADING

FENCE = patterns.compile(r" {0,3}(`{3,}|~{3,})")
COMMENT = patterns.compile(r"<!--.*?(?:-->|\Z)", re.S)
ATX = patterns.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
SETEXT = patterns.compile(r" {0,3}(?:=+|-+)[ \t]*")
LINK_DEFINITION = patterns.compile(r" {0,3}\[[^\]]+\]:\s")
TICKS = patterns.compile(r"(?<!\\)`+")
FOOTNOTE_CITATION = patterns.compile(r"\[\^(?P<key>[^\]\s]+)\](?!:)")

ITEMS = (
    ("ordered", patterns.compile(r"( {0,3})(?P<label>(?P<number>\d{1,6})[.)])(?:[ \t]+|$)")),
    ("bracket", patterns.compile(r"( {0,3})(?P<label>\[(?P<number>\d{1,6})\])(?:[ \t]+|$)")),
    ("footnote", patterns.compile(r"( {0,3})(?P<label>\[\^(?P<key>[^\]\s]+)\]:)[ \t]*")),
    ("bullet", patterns.compile(r"( {0,3})[-*+][ \t]+(?=\S)")),
)

# Autolinks and `<...>` link targets never hold `<`, a `(...)` link title never holds `(`, and an
# address's domain is labels between single dots (as CommonMark has them), so an attempt stops at
# the next `<` or `(` and never tries each dot in turn: a line of `<a@a.`, `<http://`, `[a](<` or
# `[a](b (` costs its length, where `[^>\s]+\.[^>\s]+` took cubic time and the others quadratic.
_LABEL = r"[^<>\s@.]+"
INLINE = patterns.compile(
    rf"<(?P<auto>(?:https?|ftp)://[^<>\s]+|[^<>\s@]+@{_LABEL}(?:\.{_LABEL})+)>"
    r"|!?\[(?P<text>(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]"
    r"\((?P<url><[^<>]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"
    r"|(?P<bare>(?:https?|ftp)://[^\s<>*]+)"
    r"|\\(?P<escaped>[!-/:-@\[-`{-~])"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>)"
    r"|(?P<stars>(?<!\s)\*{1,3}|\*{1,3}(?!\s))"
    r"|(?P<under>(?<![^\W_])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![^\W_]))"
)


def clean_inline(source: Mapped) -> Mapped:
    """Markdown inline markup removed: what a reader sees, each character still mapped.

    Code spans come first and keep their text as it stands; the rest is cleaned by `INLINE`.
    """
    out = Mapped()
    last = 0
    for start, end, ticks in code_spans(source.text):
        out.extend(source[last:start].sub(INLINE, _inline))
        out.extend(source[start + ticks : end - ticks])
        last = end
    out.extend(source[last:].sub(INLINE, _inline))
    return out


def code_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, ticks) of each code span: a run of backticks closed by the next run of the
    same length, as CommonMark reads them.

    One pass over the runs, not a regular expression: a backreference pattern such as
    ``(`+).+?\\1`` takes cubic time on a long run of backticks.
    """
    runs = [(m.start(), m.end()) for m in TICKS.finditer(text)]
    following: list[int | None] = [None] * len(runs)
    last: dict[int, int] = {}
    for i in range(len(runs) - 1, -1, -1):
        length = runs[i][1] - runs[i][0]
        following[i] = last.get(length)
        last[length] = i
    spans = []
    i = 0
    while i < len(runs):
        j = following[i]
        if j is None:
            i += 1
            continue
        spans.append((runs[i][0], runs[j][1], runs[i][1] - runs[i][0]))
        i = j + 1
    return spans


def _blank_code(text: str) -> str:
    parts: list[str] = []
    last = 0
    for start, end, _ in code_spans(text):
        parts += [text[last:start], " " * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _inline(source: Mapped, match: re.Match[str]) -> Mapped:
    if match.group("url") is not None:
        text = clean_inline(source.group(match, "text"))
        url = source.group(match, "url")
        if url.text.startswith("<") and url.text.endswith(">"):
            url = url[1:-1]
        if not text.text.strip():
            return url
        if not url.text or text.text.strip() in url.text:
            return text
        return text + Mapped.put(" ", url.offsets[0] - 1) + url
    for name in ("auto", "bare", "escaped"):
        if match.group(name) is not None:
            return source.group(match, name)
    return Mapped()  # tags and emphasis markers


@dataclass
class _Item:
    text: Mapped
    label_end: int
    number: int | None
    key: str | None
    start: int  # file offset of the item's first character
    lines: list[Mapped] = field(default_factory=list)


def read_document(text: str) -> Document:
    starts = line_starts(text)
    ends = [*(s - 1 for s in starts[1:]), len(text)]
    hidden = bytearray(len(text))
    pending = []

    fenced = _fences(text, starts, ends)
    for number in fenced:
        hidden[starts[number] : ends[number]] = b"\x01" * (ends[number] - starts[number])
    for match in COMMENT.finditer(text):
        if hidden[match.start()]:
            continue
        hidden[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
        found = directive(match.group(), starts, match.start(), match.end())
        if found is not None:
            pending.append((match.start(), found[0]))

    visible = [
        _visible(text, hidden, starts[i], _line_end(text, starts[i], ends[i]))
        for i in range(len(starts))
    ]
    plain = [v.text for v in visible]
    headings = _headings(plain)
    first = next((i for i in range(len(plain)) if _references_heading(plain, headings, i)), None)
    region = range(0)
    if first is not None:
        last = headings.get(first, first)
        end = next((i for i in sorted(headings) if i > last), len(plain))
        region = range(last + 1, end)

    items = _items(visible, region, headings)
    entries = []
    keys: dict[str, int] = {}
    for index, item in enumerate(items, start=1):
        body = item.text[:]  # a copy, extended in place
        for line in item.lines:
            # the space stands for the line break: place it just after the text it follows
            joint = body.offsets[-1] + 1 if body.offsets else line.offsets[0] - 1
            body.extend(Mapped.put(" ", joint))
            body.extend(line)
        cleaned = (item.text[: item.label_end] + clean_inline(body[item.label_end :])).strip()
        entries.append(
            Entry(
                text=cleaned.text,
                positions=cleaned.positions(starts),
                index=index,
                number=item.number,
                label_end=item.label_end,
            )
        )
        if item.key is not None:
            keys[item.key] = item.number if item.number is not None else index
    entries, suppressions = attach(entries, pending, [item.start for item in items])

    citations: tuple[Citation, ...] | None = None
    if entries:
        citations = _citations(visible, region, headings, starts, keys)
    return Document(entries, citations, suppressions)


def _line_end(text: str, start: int, end: int) -> int:
    return end - 1 if end > start and text[end - 1] == "\r" else end


def _visible(text: str, hidden: bytearray, start: int, end: int) -> Mapped:
    """The line without hidden characters (comments, fences); BOM left out."""
    if text.startswith("\ufeff") and start == 0:
        start = 1
    if not any(hidden[start:end]):
        return Mapped.of(text, start, end)
    out = Mapped()
    while start < end:  # one piece per visible stretch, not one per character
        stop = hidden.find(1, start, end)
        if stop < 0:
            stop = end
        if stop > start:
            out.extend(Mapped.of(text, start, stop))
        start = hidden.find(0, stop, end)
        if start < 0:
            break
    return out


def _fences(text: str, starts: list[int], ends: list[int]) -> list[int]:
    lines: list[int] = []
    fence = ""
    for i, start in enumerate(starts):
        line = text[start : ends[i]]
        match = FENCE.match(line)
        if fence:
            lines.append(i)
            if (
                match
                and match.group(1)[0] == fence[0]
                and len(match.group(1)) >= len(fence)
                and not line[match.end() :].strip()
            ):
                fence = ""  # a fence as long as the opening one, alone on its line, closes it
        elif match:
            fence = match.group(1)
            lines.append(i)
    return lines


def _headings(lines: list[str]) -> dict[int, int]:
    """Heading text line -> last line of the heading (the underline for setext headings)."""
    found: dict[int, int] = {}
    for i, line in enumerate(lines):
        if ATX.match(line):
            found[i] = i
        elif (
            line.strip()
            and i + 1 < len(lines)
            and SETEXT.fullmatch(lines[i + 1])
            and not any(p.match(line) for _, p in ITEMS)
        ):
            found[i] = i + 1
    return found


def _references_heading(lines: list[str], headings: dict[int, int], i: int) -> bool:
    """A heading named like a bibliography, or a paragraph of its own that only says so
    ("**References**")."""
    if not HEADING.fullmatch(lines[i]) or not lines[i].strip():
        return False
    return i in headings or i == 0 or not lines[i - 1].strip()


def _items(visible: list[Mapped], region: range, headings: dict[int, int]) -> list[_Item]:
    items: list[_Item] = []
    current: _Item | None = None
    gap = False
    for i in region:
        line = visible[i]
        if not line.text.strip():
            gap = True
            continue
        started = _item(line)
        if started is not None:
            items.append(started)
            current, gap = started, False
            continue
        indented = len(line.text) - len(line.text.lstrip()) >= 2
        if current is not None and (not gap or indented):
            current.lines.append(line.strip())
        else:
            current = None  # a paragraph among the references: not an entry
        gap = False
    return items


def _item(line: Mapped) -> _Item | None:
    for style, pattern in ITEMS:
        match = pattern.match(line.text)
        if match is None:
            continue
        start = len(match.group(1))
        rest = line[start:].strip()
        if style == "bullet":
            rest = line[match.end() :].strip()
            return _Item(rest, 0, None, None, rest.offsets[0] if rest.text else line.offsets[0])
        label_end = match.end("label") - start
        number = match.group("number") if style != "footnote" else match.group("key")
        key = match.group("key") if style == "footnote" else None
        return _Item(
            rest,
            label_end,
            int(number) if number.isdigit() else None,
            key,
            line.offsets[start],
        )
    return None


def _citations(
    visible: list[Mapped],
    region: range,
    headings: dict[int, int],
    starts: list[int],
    keys: dict[str, int],
) -> tuple[Citation, ...] | None:
    heading_lines = {line for first, last in headings.items() for line in range(first, last + 1)}
    found: list[Citation] = []
    has_body = False
    group = 0
    for i, line in enumerate(visible):
        if i in region or i in heading_lines or LINK_DEFINITION.match(line.text):
            continue
        text = _blank_code(line.text)
        if not text.strip():
            continue
        has_body = has_body or has_words(text)
        for part in _split(line, text):
            piece_text, offset = part
            for citation in numeric_citations(piece_text, starts, offset, group):
                found.append(citation)
                group = citation.group
            for match in FOOTNOTE_CITATION.finditer(piece_text):
                group += 1
                key = match.group("key")
                where = locate(starts, offset + match.start("key"), offset + match.end("key"))
                found.append(Citation(key, keys.get(key), where, group))
    if not has_body:
        return None
    found.sort(key=lambda c: (c.location.line, c.location.column))
    return tuple(found)


def _split(line: Mapped, text: str) -> list[tuple[str, int]]:
    """Stretches of `text` whose characters follow each other in the file (a comment in the
    middle of a line splits it), each with its first file offset."""
    parts: list[tuple[str, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or line.offsets[i] != line.offsets[i - 1] + 1:
            parts.append((text[start:i], line.offsets[start]))
            start = i
    return parts
