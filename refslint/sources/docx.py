"""Word (`.docx`) files: the reference list among a document's paragraphs, read with python-docx.

A Word file has no lines, so the reader makes the text it stands for: one line per paragraph of
the body (tables' paragraphs included, in reading order; text boxes, headers, footers and notes
left out), each line as Word displays it, an automatic number ("12.") and one space before the
paragraph's own text. That text is linted like any list, so findings, numbering and fixes are the
same as for the plain-text copy of the list. Each finding is then named in the document's terms:
paragraph and character (`¶143:27`), the character counted in the paragraph's own text (a tab or
a line break is one character; an automatic number is no part of it).

The list is the paragraphs after a "References" (or "Bibliography", "Literature cited", ...)
heading up to the next heading-styled paragraph; without such a heading, the paragraphs in a
reference style ("Bibliography", "EndNote Bibliography", "References"); without either, the whole
body read as a plain-text file is. A numbered paragraph (Word's numbering, computed from the
numbering definitions with their start overrides, or a number typed before a tab or a space)
starts an entry; an unnumbered one continues the entry above.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from refslint.diagnostics import Place
from refslint.extras import needs_extra
from refslint.model import Citation, Entry, Suppression
from refslint.sources import MAX_FILE_BYTES, SourceError, line_starts, read_bytes
from refslint.sources.builder import EntryBuilder
from refslint.sources.document import Document, has_words, numeric_citations
from refslint.sources.plaintext import HEADING, RULER, Label, _label

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

    from refslint.diagnostics import Located

EXTRA = needs_extra("reading Word files", "word")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Word 97-2003 `.doc`, among others
REFERENCE_STYLE = re.compile(r"bibliograph|references?\b|reference list|literature", re.I)
HEADING_STYLE = re.compile(r"(heading\s*\d|title)$", re.I)


def q(tag: str) -> str:
    """A WordprocessingML tag in lxml's `{namespace}name` form."""
    return f"{{{W}}}{tag}"


def available() -> bool:
    """Whether python-docx (the `word` extra) is installed."""
    import importlib.util

    return importlib.util.find_spec("docx") is not None


def open_word(path: str | Path) -> tuple[WordDocument, bytes]:
    """The document at `path` and the bytes it was read from; one clear `SourceError` when the
    extra is missing or the file is no Word document python-docx can open."""
    data = read_bytes(path)
    try:
        import docx
    except ImportError:
        raise SourceError(f"{path}: {EXTRA}") from None
    _check_unpacked_size(path, data)
    try:
        return docx.Document(io.BytesIO(data)), data
    except Exception as exc:  # a bad zip, a missing part, broken XML: all the same to the user
        if data.startswith(OLE_SIGNATURE):
            why = "an old binary Word (.doc) file; save it as .docx"
        else:
            why = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise SourceError(f"{path}: not a Word document that can be opened ({why})") from None


MAX_UNPACKED_BYTES = 10 * MAX_FILE_BYTES  # a Word file's parts, unpacked (XML packs about 10:1)


def _check_unpacked_size(path: str | Path, data: bytes) -> None:
    """Refuse a file whose parts unpack to more than `MAX_UNPACKED_BYTES`: a few kilobytes of zip
    can hold gigabytes of XML. The sizes the zip declares bound what is read: a part that unpacks
    to more than its declared size is an error when it is read."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # not a zip: python-docx says so
    if unpacked > MAX_UNPACKED_BYTES:
        raise SourceError(
            f"{path}: unpacks to {unpacked / 1_000_000:.0f} MB, over the"
            f" {MAX_UNPACKED_BYTES // 1_000_000} MB limit for one Word file; not read"
        )


# Paragraph text -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch [start, end) of a paragraph's text and where it comes from: the `w:t` element
    holding it (None for a tab, a break or a symbol), its run, and whether it is a hyperlink's
    text or a field's result (Word rewrites those itself: their text is not edited)."""

    start: int
    end: int
    run: Any
    text_element: Any
    in_link: bool
    in_field: bool
    text: str = ""


@dataclass
class Paragraph:
    number: int  # 1-based, in body order: the ¶ of positions
    element: Any
    text: str
    pieces: list[Piece]
    style: str = ""  # the paragraph style's name
    heading: bool = False
    label: str = ""  # the automatic number as displayed ("12."), "" for none
    value: int | None = None  # the automatic number's value, when it is a decimal number

    @property
    def prefix(self) -> int:
        """How many characters the automatic number and its space add before the text."""
        return len(self.label) + 1 if self.label else 0

    @property
    def line(self) -> str:
        """The paragraph as its line of the linted text: number, space, text."""
        return f"{self.label} {self.text}" if self.label else self.text


TRANSPARENT = {q(tag) for tag in ("ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent")}


@dataclass
class _FieldState:
    """Complex fields (`w:fldChar` begin, separate, end) may span runs and paragraphs."""

    stack: list[bool] = field(default_factory=list)  # True once the field's result has begun

    @property
    def instruction(self) -> bool:
        return bool(self.stack) and not self.stack[-1]


def _pieces(paragraph: Any, state: _FieldState) -> tuple[str, list[Piece]]:
    pieces: list[Piece] = []
    parts: list[str] = []
    length = 0

    def walk(node: Any, in_link: bool, simple_fields: int) -> None:
        nonlocal length
        for child in node:
            tag = child.tag
            if tag == q("r"):
                hidden = _switched_on(child, "vanish")  # hidden text: Word does not show it
                for item in child:
                    kind = item.tag
                    if kind == q("fldChar"):
                        what = item.get(q("fldCharType"))
                        if what == "begin":
                            state.stack.append(False)
                        elif what == "separate" and state.stack:
                            state.stack[-1] = True
                        elif what == "end" and state.stack:
                            state.stack.pop()
                        continue
                    if state.instruction or hidden:
                        continue
                    if kind == q("t"):
                        text = item.text or ""
                        element = item
                    elif kind in (q("tab"), q("ptab")):
                        text, element = "\t", None
                    elif kind in (q("br"), q("cr")):
                        text, element = " ", None
                    elif kind == q("noBreakHyphen"):
                        text, element = "-", None
                    else:
                        continue
                    if not text:
                        continue
                    in_field = simple_fields > 0 or bool(state.stack)
                    pieces.append(
                        Piece(length, length + len(text), child, element, in_link, in_field, text)
                    )
                    parts.append(text)
                    length += len(text)
            elif tag == q("hyperlink"):
                walk(child, True, simple_fields)
            elif tag == q("fldSimple"):
                walk(child, in_link, simple_fields + 1)
            elif tag in TRANSPARENT:  # tracked insertions, content controls, smart tags
                walk(child, in_link, simple_fields)

    walk(paragraph, False, 0)
    return "".join(parts), pieces


def _switched_on(run: Any, toggle: str) -> bool:
    """Whether a run property such as `w:b` or `w:vanish` is set on the run itself."""
    props = run.find(q("rPr"))
    found = props.find(q(toggle)) if props is not None else None
    return found is not None and found.get(q("val"), "true") not in ("0", "false", "off")


def _bold_heading(paragraph: Paragraph) -> bool:
    """A short paragraph in bold throughout, ending without a full stop: a heading typed by hand
    ("Appendix", "Figure legends") in a document that does not use heading styles."""
    text = paragraph.text.strip()
    runs = {id(piece.run): piece.run for piece in paragraph.pieces if piece.text.strip()}
    return (
        0 < len(text.split()) <= 8
        and not text.endswith(".")
        and not paragraph.label
        and all(_switched_on(run, "b") for run in runs.values())
    )


def body_paragraphs(document: WordDocument) -> Iterator[Any]:
    """The body's paragraphs in reading order, tables' included, text boxes' left out."""
    body = document.element.body
    for element in body.iter(q("p")):
        parent = element.getparent()
        nested = False
        while parent is not None and parent is not body:
            if parent.tag == q("p"):
                nested = True
                break
            parent = parent.getparent()
        if not nested:
            yield element


# Styles and numbering -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    level: int | None
    outline: bool


def _val(element: Any, path: str) -> str | None:
    found = element.find(path)
    return found.get(q("val")) if found is not None else None


def _styles(document: WordDocument) -> dict[str, _Style]:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:  # not `document.styles`, which adds a styles part to a file that has none
        root = document.part.part_related_by(RT.STYLES).element  # type: ignore[attr-defined]
    except KeyError:
        return {}
    found = {}
    for style in root.iter(q("style")):
        if style.get(q("type")) != "paragraph":
            continue
        level = _val(style, f"{q('pPr')}/{q('numPr')}/{q('ilvl')}")
        outline = _val(style, f"{q('pPr')}/{q('outlineLvl')}")
        found[style.get(q("styleId"), "")] = _Style(
            name=_val(style, q("name")) or "",
            based_on=_val(style, q("basedOn")),
            num_id=_val(style, f"{q('pPr')}/{q('numPr')}/{q('numId')}"),
            level=int(level) if level and level.isdigit() else None,
            outline=outline is not None and outline.isdigit() and int(outline) < 9,
        )
    return found


def _inherited(styles: dict[str, _Style], style_id: str | None) -> Iterator[_Style]:
    seen: set[str] = set()
    while style_id and style_id in styles and style_id not in seen:
        seen.add(style_id)
        yield styles[style_id]
        style_id = styles[style_id].based_on


@dataclass(frozen=True)
class _Level:
    start: int
    format: str
    text: str


def _level(element: Any) -> _Level:
    start = _val(element, q("start"))
    return _Level(
        start=int(start) if start and start.lstrip("-").isdigit() else 1,
        format=_val(element, q("numFmt")) or "decimal",
        text=_val(element, q("lvlText")) or "",
    )


class Numbering:
    """Word's automatic numbers: each list's counters, kept per abstract definition (lists that
    share one continue each other, as in Word); a list instance's start override restarts its
    level where the instance is first used."""

    def __init__(self, document: WordDocument):
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        self.abstract: dict[str, dict[int, _Level]] = {}
        self.instances: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        try:  # not `part.numbering_part`, which adds a part to a file that has none
            root = document.part.part_related_by(RT.NUMBERING).element  # type: ignore[attr-defined]
        except KeyError:
            return
        for abstract in root.iter(q("abstractNum")):
            levels = {int(lvl.get(q("ilvl"), "0")): _level(lvl) for lvl in abstract.iter(q("lvl"))}
            self.abstract[abstract.get(q("abstractNumId"), "")] = levels
        for num in root.iter(q("num")):
            starts: dict[int, int] = {}
            replaced: dict[int, _Level] = {}
            for override in num.iter(q("lvlOverride")):
                ilvl = int(override.get(q("ilvl"), "0"))
                start = _val(override, q("startOverride"))
                if start and start.lstrip("-").isdigit():
                    starts[ilvl] = int(start)
                lvl = override.find(q("lvl"))
                if lvl is not None:
                    replaced[ilvl] = _level(lvl)
            abstract_id = _val(num, q("abstractNumId")) or ""
            self.instances[num.get(q("numId"), "")] = (abstract_id, starts, replaced)

    def next(self, num_id: str, ilvl: int) -> tuple[str, int | None]:
        """The number the next paragraph of list `num_id` at level `ilvl` displays, and its
        value when it is a decimal number; ("", None) for a bullet or no number."""
        found = self.instances.get(num_id)
        if found is None:
            return "", None
        abstract_id, starts, replaced = found
        levels = {**self.abstract.get(abstract_id, {}), **replaced}
        if ilvl not in levels:
            return "", None
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for at, start in starts.items():
                counters[at] = start - 1
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [at for at in counters if at > ilvl]:
            del counters[deeper]
        level = levels[ilvl]
        if level.format in ("bullet", "none"):
            return "", None

        def shown(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            lvl = levels.get(at, level)
            return _format(counters.get(at, lvl.start), lvl.format)

        label = re.sub(r"%([1-9])", shown, level.text).strip()
        value = counters[ilvl] if level.format in ("decimal", "decimalZero") else None
        return label, value


def _format(number: int, style: str) -> str:
    if style == "decimalZero":
        return f"{number:02d}"
    if style in ("lowerLetter", "upperLetter") and number > 0:
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter.upper() if style == "upperLetter" else letter
    if style in ("lowerRoman", "upperRoman") and 0 < number < 4000:
        roman = _roman(number)
        return roman.lower() if style == "lowerRoman" else roman
    return str(number)


def _roman(number: int) -> str:
    out = []
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


def read_paragraphs(document: WordDocument) -> list[Paragraph]:
    """Every body paragraph with its text, pieces, style and automatic number."""
    styles = _styles(document)
    numbering = Numbering(document)
    state = _FieldState()
    out: list[Paragraph] = []
    for number, element in enumerate(body_paragraphs(document), start=1):
        text, pieces = _pieces(element, state)
        ppr = element.find(q("pPr"))
        style_id = _val(ppr, q("pStyle")) if ppr is not None else None
        chain = list(_inherited(styles, style_id))
        name = chain[0].name if chain else ""
        num_id = _val(ppr, f"{q('numPr')}/{q('numId')}") if ppr is not None else None
        ilvl_text = _val(ppr, f"{q('numPr')}/{q('ilvl')}") if ppr is not None else None
        outline = _val(ppr, q("outlineLvl")) if ppr is not None else None
        if num_id is None:
            num_id = next((s.num_id for s in chain if s.num_id is not None), None)
            level = next((s.level for s in chain if s.level is not None), 0)
        else:
            level = int(ilvl_text) if ilvl_text and ilvl_text.isdigit() else 0
        paragraph = Paragraph(number, element, text, pieces, style=name)
        paragraph.heading = bool(
            any(HEADING_STYLE.match(s.name) or s.outline for s in chain)
            or (outline is not None and outline.isdigit() and int(outline) < 9)
        )
        if num_id and num_id != "0":  # an empty numbered paragraph shows its number, and counts
            label, value = numbering.next(num_id, level)
            if text.strip():
                paragraph.label, paragraph.value = label, value
        out.append(paragraph)
    return out


# The list -------------------------------------------------------------------------------------


@dataclass
class WordSource:
    """A Word document read for linting: its paragraphs, the text they stand for, and the list."""

    path: str
    document: WordDocument
    data: bytes  # the file's bytes as read: a fix is written only if the file still holds them
    paragraphs: list[Paragraph]
    text: str
    found: Document
    heading: int | None  # the ¶ of the list's heading, if it has one

    @classmethod
    def read(cls, path: str | Path) -> WordSource:
        document, data = open_word(path)
        return cls.build(str(path), document, data)

    @classmethod
    def build(cls, path: str, document: WordDocument, data: bytes) -> WordSource:
        paragraphs = read_paragraphs(document)
        text = "\n".join(p.line for p in paragraphs)
        found, heading = find_list(paragraphs, text, comment_texts(document))
        return cls(path, document, data, paragraphs, text, found, heading)

    def reread(self) -> WordSource:
        """The same document read again, after its XML was edited in place."""
        return WordSource.build(self.path, self.document, self.data)

    def save(self) -> bytes:
        out = io.BytesIO()
        self.document.save(out)
        return out.getvalue()

    def paragraph_column(self, line: int, column: int) -> tuple[int, int]:
        """A line and column of the linted text as (paragraph, character in its text); a
        column on the automatic number is the paragraph's first character."""
        line = min(max(line, 1), len(self.paragraphs)) if self.paragraphs else 1
        prefix = self.paragraphs[line - 1].prefix if self.paragraphs else 0
        return line, max(column - prefix, 1)

    def place(self, results: list[Located]) -> list[Located]:
        """Findings in the document's terms: line is the paragraph, column the character in it
        (edits too), and each carries its `Place`."""
        import dataclasses

        out = []
        for found in results:
            line, column = self.paragraph_column(found.line, found.column)
            end_line, end_column = self.paragraph_column(found.end_line, found.end_column)
            edits = tuple(
                dataclasses.replace(
                    edit,
                    line=self.paragraph_column(edit.line, edit.column)[0],
                    column=self.paragraph_column(edit.line, edit.column)[1],
                    end_line=self.paragraph_column(edit.end_line, edit.end_column)[0],
                    end_column=self.paragraph_column(edit.end_line, edit.end_column)[1],
                )
                for edit in found.edits
            )
            out.append(
                dataclasses.replace(
                    found,
                    line=line,
                    column=column,
                    end_line=end_line,
                    end_column=max(end_column, column) if end_line == line else end_column,
                    edits=edits,
                    place=Place("paragraph", line, column),
                )
            )
        return out


def _blank(text: str) -> bool:
    return (
        not text.strip() or HEADING.fullmatch(text) is not None or RULER.fullmatch(text) is not None
    )


def find_list(
    paragraphs: list[Paragraph], text: str, comments: dict[str, str] | None = None
) -> tuple[Document, int | None]:
    """The entries of the document's reference list, the body's citations, and the suppressions
    its Word comments hold (`comments`: comment id to text)."""
    heading = next(
        (i for i, p in enumerate(paragraphs) if p.text.strip() and HEADING.fullmatch(p.text)),
        None,
    )
    if heading is not None:
        region = []
        for p in paragraphs[heading + 1 :]:
            if (p.heading or _bold_heading(p)) and p.text.strip() and not HEADING.fullmatch(p.text):
                break
            region.append(p)
    else:
        region = [p for p in paragraphs if REFERENCE_STYLE.search(p.style)]
    listed = heading is not None or bool(region)
    if not region:
        region = paragraphs
    entries = _entries(region, listed)
    citations = None
    if entries and heading is not None:
        body = paragraphs[:heading]
        if any(has_words(p.text) for p in body):
            starts = line_starts(text)
            found: list[Citation] = []
            for p in body:
                group = found[-1].group if found else 0
                found.extend(numeric_citations(p.line, starts, starts[p.number - 1], group))
                found.extend(_superscript_citations(p, found[-1].group if found else 0))
            citations = tuple(found) or None  # none found: the body cites some other way
    entries, suppressions = _suppressions(paragraphs, text, entries, comments or {})
    found_list = Document(entries, citations, suppressions)
    return found_list, paragraphs[heading].number if heading is not None else None


def comment_texts(document: WordDocument) -> dict[str, str]:
    """Each Word comment's text by its id (none when the file has no comments part)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:  # not `document.comments`, which adds a comments part to a file that has none
        root = document.part.part_related_by(RT.COMMENTS).element  # type: ignore[attr-defined]
    except KeyError:
        return {}
    return {
        comment.get(q("id"), ""): " ".join(
            "".join(t.text or "" for t in paragraph.iter(q("t")))
            for paragraph in comment.iter(q("p"))
        )
        for comment in root.iter(q("comment"))
    }


def _suppressions(
    paragraphs: list[Paragraph], text: str, entries: list[Entry], comments: dict[str, str]
) -> tuple[list[Entry], tuple[Suppression, ...]]:
    """Word comments that say `refslint: disable=RL301` (or `disable-file=...`), as text lists'
    comment lines do: one anchored on an entry's text silences it there, one before the list the
    entry after it, `disable-file` the whole document."""
    from refslint.sources.document import DIRECTIVE, attach, directive

    wanted = {key for key, value in comments.items() if DIRECTIVE.search(value)}
    if not wanted:
        return entries, ()
    starts = line_starts(text)
    entry_starts = [starts[e.positions.lines[0] - 1] + e.positions.columns[0] - 1 for e in entries]
    pending: list[tuple[int, Suppression]] = []
    for p in paragraphs:
        for mark in p.element.iter(q("commentRangeStart"), q("commentReference")):
            key = mark.get(q("id"), "")
            if key not in wanted:
                continue
            wanted.discard(key)
            start = starts[p.number - 1] + p.prefix
            found = directive(comments[key], starts, start, start + max(len(p.text), 1))
            if found is None:
                continue
            inside = [i for i, e in enumerate(entries) if p.number in e.positions.lines]
            offset = entry_starts[inside[0]] - 1 if inside else start
            pending.append((offset, found[0]))
    return attach(entries, pending, entry_starts)


SUPERSCRIPT_NUMBERS = re.compile(r"\d{1,4}(?:\s*[-–—,]\s*\d{1,4})*")


def _superscript_citations(paragraph: Paragraph, group: int) -> Iterator[Citation]:
    """Vancouver's superscript citations (`text¹,³⁻⁵`): superscript runs that hold only numbers,
    commas and dashes. Not after a digit (`10⁶ cells` is a power) and not a footnote's mark."""
    from refslint.model import Location
    from refslint.sources.document import ITEM, MAX_RANGE

    marks: list[tuple[int, int]] = []
    for piece in paragraph.pieces:
        if not _superscript(piece.run):
            continue
        if marks and marks[-1][1] == piece.start:
            marks[-1] = (marks[-1][0], piece.end)
        else:
            marks.append((piece.start, piece.end))
    text, line, shift = paragraph.text, paragraph.number, paragraph.prefix + 1
    for start, end in marks:
        if not SUPERSCRIPT_NUMBERS.fullmatch(text[start:end]):
            continue
        if start and text[start - 1].isdigit():
            continue
        group += 1
        for item in ITEM.finditer(text, start, end):
            where = Location(line, item.start() + shift, line, item.end() + shift)
            low = int(item.group(1))
            high = int(item.group(2)) if item.group(2) else low
            numbers = range(low, high + 1) if 0 <= high - low <= MAX_RANGE else (low, high)
            for number in numbers:
                yield Citation(str(number), number, where, group)


def _superscript(run: Any) -> bool:
    props = run.find(q("rPr"))
    if props is None or run.find(q("footnoteReference")) is not None:
        return False
    align = props.find(q("vertAlign"))
    return align is not None and align.get(q("val")) == "superscript"


class _Builder(EntryBuilder):
    def __init__(self, paragraph: Paragraph, label: Label | None):
        super().__init__(label)
        self.add(paragraph)

    def add(self, paragraph: Paragraph) -> None:
        line = paragraph.line.replace("\t", " ")  # a tab after "12." is the space it shows as
        indent = len(line) - len(line.lstrip())
        if self.length:
            self.space()
        self.piece(paragraph.number, 1 + indent, line.strip())


def _entries(region: list[Paragraph], listed: bool) -> list[Entry]:
    """Entries of the list's paragraphs: numbered ones start entries, others continue them; with
    nothing numbered under a heading or in a reference style, each paragraph is an entry."""
    builders: list[_Builder] = []
    last: Label | None = None
    for p in region:
        if _blank(p.text):
            continue
        line = p.line.replace("\t", " ")
        stripped = line.lstrip()
        label: Label | None
        if p.value is not None:
            label = Label(p.value, len(p.label), "auto")
        elif p.label:  # a bullet or a lettered list: an entry without a number
            builders.append(_Builder(p, None))
            continue
        else:
            label = _label(stripped, last, listed)
        if label is not None:
            builders.append(_Builder(p, label))
            last = label
        elif builders:
            builders[-1].add(p)
    if not builders and listed:
        builders = [_Builder(p, None) for p in region if not _blank(p.text)]
    return [builder.build(index) for index, builder in enumerate(builders, start=1)]
