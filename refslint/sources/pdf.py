"""PDF files, read only, with pypdfium2: the list after a "References" heading, positions as page
and line.

A PDF holds positioned glyphs, not paragraphs; pdfium gives each page's text in the order the file
holds it (reading order for what Word, LibreOffice and LaTeX write, a column at a time on a page set
in columns), one line per printed line. The reader makes the text the pages stand for, one line per
printed line, pages one after another, and reads the list in it as a plain-text list is read: a
numbered line starts an entry and the lines after it continue it (a list that numbers nothing is
not read: without numbers, where an entry ends is a matter of indentation the text does not
keep). Where an entry goes on to the next line, the lines are joined by a space, except that a
line ending in a hyphen after a letter or digit ("Machine-learning-", "55510-") is joined without
one, the hyphen kept, and a DOI or URL broken inside itself is joined whole; a number starting a
line after such a break continues the entry (`pp. 4147-` / `60.`). A page number alone
on the first or last line of its page is left out. The list ends at a line that names a later
section ("Appendix", "Tables", "Figure legends", ...). Positions are page, line on the page and
character in that line (`p3:12:5`). Nothing is ever written to a PDF: its fixes are shown, not
applied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from refslint.diagnostics import Applicability, Place
from refslint.extras import needs_extra
from refslint.model import Entry
from refslint.sources import SourceError, read_bytes
from refslint.sources.builder import EntryBuilder
from refslint.sources.document import Document
from refslint.sources.plaintext import HEADING, RULER, Label, _label

if TYPE_CHECKING:
    from refslint.diagnostics import Located

EXTRA = needs_extra("reading PDF files", "pdf")
LINE_END_HYPHENS = "\ufffe\x02\u00ad"  # what pdfium gives for a hyphen that ends a printed line
LATER_SECTION = re.compile(
    r"\s*(?:appendix|appendices|tables?|figures?|figure\s+legends?|supplementary\b.*|"
    r"acknowledge?ments?|author\s+contributions?|conflicts?\s+of\s+interest)\s*:?\s*",
    re.IGNORECASE,
)
LINKED = re.compile(r"(?:https?://|www\.|doi:\s*|10\.\d{4,9}/)\S*$", re.IGNORECASE)
CONTINUED = re.compile(r"[\w./\-_~%?=&#:()]*(?:[\d/._\-]|$)")  # the rest of a DOI or URL
PAGE_NUMBER = re.compile(r"\s*\d{1,4}\s*")


def available() -> bool:
    """Whether pypdfium2 (the `pdf` extra) is installed."""
    import importlib.util

    return importlib.util.find_spec("pypdfium2") is not None


@dataclass(frozen=True, slots=True)
class Line:
    number: int  # 1-based, counted through the whole document: a line of the linted text
    page: int
    line: int  # 1-based on its page
    text: str


def read_lines(path: str | Path) -> list[Line]:
    """Every printed line of the PDF, page by page; one clear `SourceError` when the extra is
    missing or the file is no PDF pdfium can open."""
    data = read_bytes(path)
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise SourceError(f"{path}: {EXTRA}") from None
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise SourceError(f"{path}: not a PDF that can be opened ({exc})") from None
    lines: list[Line] = []
    try:
        for page_number, page in enumerate(document, start=1):
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            for hyphen in LINE_END_HYPHENS:  # pdfium joins a hyphenated line to the next: part them
                text = text.replace(hyphen, "-\n")
            printed = [piece.rstrip() for piece in re.split(r"\r\n|\r|\n", text)]
            if printed and not printed[-1]:
                printed.pop()
            for index in (0, len(printed) - 1):  # a page number on its own
                if (
                    printed
                    and PAGE_NUMBER.fullmatch(printed[index])
                    and (int(printed[index]) == page_number)
                ):
                    printed[index] = ""
            for line_number, piece in enumerate(printed, start=1):
                lines.append(Line(len(lines) + 1, page_number, line_number, piece))
    except pdfium.PdfiumError as exc:
        raise SourceError(f"{path}: cannot read its text ({exc})") from None
    finally:
        document.close()
    return lines


@dataclass
class PdfSource:
    """A PDF read for linting: its printed lines, the text they stand for, and the list."""

    path: str
    lines: list[Line]
    text: str
    found: Document

    @classmethod
    def read(cls, path: str | Path) -> PdfSource:
        lines = read_lines(path)
        text = "\n".join(line.text for line in lines)
        return cls(str(path), lines, text, Document(find_entries(lines)))

    def place(self, results: list[Located]) -> list[Located]:
        """Findings with their page, line and character; fixes shown, never applied."""
        import dataclasses

        out = []
        for found in results:
            where = self.lines[min(max(found.line, 1), len(self.lines)) - 1] if self.lines else None
            place = Place("page", where.page, found.column, where.line) if where else None
            changes: dict[str, object] = {"place": place}
            if found.fix_applicability is not None:
                changes["fix_applicability"] = Applicability.DISPLAY_ONLY
                changes["fix_message"] = f"{found.fix_message} (a PDF is read only)"
            out.append(dataclasses.replace(found, **changes))  # type: ignore[arg-type]
        return out


def _blank(text: str) -> bool:
    return not text.strip() or RULER.fullmatch(text) is not None


def find_entries(lines: list[Line]) -> list[Entry]:
    """The entries after the first "References" line, up to a line naming a later section."""
    heading = next((i for i, line in enumerate(lines) if HEADING.fullmatch(line.text)), None)
    if heading is None:
        return []
    region: list[Line] = []
    for line in lines[heading + 1 :]:
        if LATER_SECTION.fullmatch(line.text):
            break
        region.append(line)
    builders: list[_Builder] = []
    last: Label | None = None
    for line in region:
        if _blank(line.text):
            continue
        stripped = line.text.lstrip()
        before = builders[-1].pieces[-1] if builders else ""
        label = None if _after_hyphen(before, stripped) else _label(stripped, last, True)
        if label is not None and _inside_link(before, stripped, label, last):
            label = None
        if label is not None:
            builders.append(_Builder(line, label))
            last = label
        elif builders:
            builders[-1].add(line)
    return [builder.build(index) for index, builder in enumerate(builders, start=1)]


class _Builder(EntryBuilder):
    def __init__(self, line: Line, label: Label | None):
        super().__init__(label)
        self.add(line)

    def add(self, line: Line) -> None:
        indent = len(line.text) - len(line.text.lstrip())
        piece = line.text.strip()
        if self.pieces and not _joined_whole(self.pieces[-1], piece):
            self.space()
        label = self.label.length if self.label and not self.pieces else 0
        if label and label < len(piece) and not piece[label].isspace():
            # "70.Sand V": the gap after a number is often no character in a PDF; the entry
            # gets the space it shows, standing for no character of the page
            self.piece(line.number, 1 + indent, piece[:label])
            self.space()
            indent, piece = indent + label, piece[label:]
        self.piece(line.number, 1 + indent, piece)


def _inside_link(before: str, after: str, label: Label, last: Label | None) -> bool:
    """Whether what looks like a number starting `after` ("0042.long") is the rest of a DOI or
    URL that ends `before`: it is not followed by a space, and is not the number that comes next."""
    if not before or LINKED.search(before.split()[-1]) is None:
        return False
    followed = label.length < len(after) and after[label.length].isspace()
    expected = last is not None and label.number == last.number + 1
    return not followed and not expected


def _after_hyphen(before: str, after: str) -> bool:
    """A line that ends in a hyphen after a letter or digit, followed by one that starts with one:
    a word or a range ("4147-" / "60.") broken over two lines."""
    return (
        bool(before)
        and bool(after)
        and before.endswith("-")
        and len(before) > 1
        and before[-2].isalnum()
        and after[0].isalnum()
    )


def _joined_whole(before: str, after: str) -> bool:
    """Whether a line break between `before` and `after` stood inside a word: after a hyphen
    that follows a letter or digit, or inside a DOI or URL (one ending in `/`, `-`, `_`, `=`,
    `?`, `&`, `#` or `~`, or followed by a piece with a digit, `/`, `.`, `_` or `-` in it)."""
    if not before or not after:
        return False
    if _after_hyphen(before, after):
        return True
    if LINKED.search(before.split()[-1]) is None:
        return False
    if before.endswith(("/", "-", "_", "=", "?", "&", "#", "~")):
        return True
    first = after.split()[0]
    return any(c.isdigit() or c in "/._-" for c in first) and CONTINUED.fullmatch(first) is not None
