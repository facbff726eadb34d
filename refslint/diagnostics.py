"""What a rule reports (`Diagnostic`, `Fix`, `Edit`) and what the engine makes of it (`Located`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import Any, Literal

from refslint.model import Location, Reference, Span


class Severity(IntEnum):
    """Ordered so that `severity >= Severity.WARNING` means "fails the run"."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()


class Category(str, Enum):
    PARSE = "parse"
    NUMBERING = "numbering"
    DATE = "date"
    ACCESS_DATE = "access-date"
    IDENTIFIER = "identifier"
    FORMAT = "format"
    DUPLICATE = "duplicate"
    CITATION = "citation"
    LOOKUP = "lookup"

    def __str__(self) -> str:
        return self.value


class Applicability(IntEnum):
    """Ordered so "apply when `fix.applicability >= threshold`" is one comparison."""

    DISPLAY_ONLY = 1
    UNSAFE = 2
    SAFE = 3

    def __str__(self) -> str:
        return self.name.lower().replace("_", "-")

    @classmethod
    def applied(cls, unsafe: bool) -> Applicability:
        """The lowest applicability `--fix` applies: safe fixes, or unsafe ones too."""
        return cls.UNSAFE if unsafe else cls.SAFE


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text at `span` (entry-text offsets) with `text`."""

    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A finding's edits, applied together or not at all, and how safe they are to apply."""

    applicability: Applicability
    message: str
    edits: tuple[Edit, ...]

    @classmethod
    def safe(cls, *edits: Edit, message: str) -> Fix:
        return cls(Applicability.SAFE, message, tuple(sorted(edits, key=lambda e: e.span)))

    @classmethod
    def unsafe(cls, *edits: Edit, message: str) -> Fix:
        return cls(Applicability.UNSAFE, message, tuple(sorted(edits, key=lambda e: e.span)))

    @classmethod
    def display_only(cls, *edits: Edit, message: str) -> Fix:
        return cls(Applicability.DISPLAY_ONLY, message, tuple(sorted(edits, key=lambda e: e.span)))


@dataclass(frozen=True, slots=True)
class RecordField:
    """One field of an entry beside the registry record's value of it.

    `differs` is the matcher's judgement, not string inequality: an abbreviated journal name, a
    year the record gives as its print or online year, or a title typo is not a difference.
    """

    name: str  # "authors", "title", "journal", "year", "volume", "issue", "page"
    printed: str  # "" where the entry has none
    recorded: str  # "" where the record has none
    differs: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "printed": self.printed,
            "recorded": self.recorded,
            "differs": self.differs,
        }


# authors a record's one-line summary names before "et al.": enough to recognise the work
AUTHORS_SHOWN = 3


@dataclass(frozen=True, slots=True)
class RecordComparison:
    """The registry record a lookup finding speaks of, field by field beside the entry, so a
    report can show both side by side without asking the registry again."""

    source: str  # the registry that holds it: "Crossref", "DataCite", "OpenAlex", "PubMed"
    doi: str
    fields: tuple[RecordField, ...] = ()

    def differing(self) -> tuple[RecordField, ...]:
        return tuple(f for f in self.fields if f.differs)

    def summary(self, longest: int = 80) -> str:
        """The record in one line, for a place that shows only text (an editor's diagnostic):
        `record: title 'T' (2015) by Tosatto L, doi:10.1038/x (Crossref); differs: year 2015
        (entry 2014)`. A title longer than `longest` characters is cut with an ellipsis, and
        authors after the third are "et al."."""
        known = {f.name: f.recorded for f in self.fields if f.recorded}
        title = known.get("title", "")
        if len(title) > longest:
            title = title[: longest - 1].rstrip() + "…"
        parts = [f"title '{title}'"] if title else []
        if "year" in known:
            parts.append(f"({known['year']})")
        if "authors" in known:
            names = known["authors"].split(", ")
            shown = ", ".join(names[:AUTHORS_SHOWN]) + (
                ", et al." if len(names) > AUTHORS_SHOWN else ""
            )
            parts.append(f"by {shown}")
        head = " ".join(parts)
        line = f"record: {head + ', ' if head else ''}doi:{self.doi} ({self.source})"
        changes = [
            f"{f.name} {f.recorded or '(none)'} (entry {f.printed or '(none)'})"
            for f in self.differing()
        ]
        return line + ("; differs: " + ", ".join(changes) if changes else "")

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "doi": self.doi,
            "fields": [f.as_json() for f in self.fields],
        }


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """What a rule yields: where (in its reference's text), what, and optionally how to fix it.

    Entry rules leave `ref` empty (the engine knows the entry); list rules name the reference the
    finding belongs to, or leave it empty for a finding about the whole list. `at` places a finding
    outside any entry's text (a citation in the body, a comment); `span` is then ignored.
    `record` is the registry record a lookup finding compared the entry with.
    """

    span: Span | None
    message: str
    fix: Fix | None = None
    ref: Reference | None = None
    at: Location | None = None
    record: RecordComparison | None = None


@dataclass(frozen=True, slots=True)
class LocatedEdit:
    """An edit placed in the file: lines and columns to show it, offsets to apply it."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    # offsets into the file's decoded text, for applying fixes without re-reading positions
    start_offset: int = -1
    end_offset: int = -1


@dataclass(frozen=True, slots=True)
class Place:
    """Where a finding stands in the units a reader of a document sees, for documents whose
    "lines" are not a text file's: a Word paragraph and character (`¶143:27`), a PDF page, line
    and character (`p3:12:5`). Counting is 1-based throughout.

    `Located.line` and `column` keep numbers a program can use (for Word: the paragraph and the
    character in it); the place says the same in the document's words, and is what text output
    prints instead of `line:column`.
    """

    unit: Literal["paragraph", "page"]
    number: int  # the paragraph, or the page
    column: int  # the character in the paragraph, or in the page's line
    line: int | None = None  # the line on the page (unit "page" only)

    def __str__(self) -> str:
        if self.unit == "page":
            return f"p{self.number}:{self.line}:{self.column}"
        return f"¶{self.number}:{self.column}"

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"unit": self.unit, self.unit: self.number}
        if self.line is not None:
            found["line"] = self.line
        found["character"] = self.column
        found["label"] = str(self)
        return found


@dataclass(frozen=True, slots=True, order=True)
class Located:
    """A diagnostic stamped with its rule's identity and placed in a file (JSON contract fields).

    A run-level note (`run_level`, from a `Kind.RUN` rule such as RL409) speaks of the whole run:
    `path` and the positions only say which file the run started from, and no reporter shows them
    (JSON writes them as null, SARIF makes it a tool execution notification).
    """

    path: str
    line: int
    column: int
    code: str
    end_line: int = field(compare=False)
    end_column: int = field(compare=False)
    entry: int | None = field(compare=False)
    name: str = field(compare=False)
    category: Category = field(compare=False)
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    fix_applicability: Applicability | None = field(default=None, compare=False)
    fix_message: str = field(default="", compare=False)
    edits: tuple[LocatedEdit, ...] = field(default=(), compare=False)
    run_level: bool = field(default=False, compare=False)
    record: RecordComparison | None = field(default=None, compare=False)
    place: Place | None = field(default=None, compare=False)  # set by Word (and PDF) sources

    def as_json(self) -> dict[str, Any]:
        """The JSON contract's record; a run-level note has null `path`, positions and `entry`,
        and `record` is there only for a finding that has one (additive)."""
        fix = None
        if self.fix_applicability is not None:
            fix = {
                "applicability": str(self.fix_applicability),
                "message": self.fix_message,
                "edits": [
                    {
                        "line": e.line,
                        "column": e.column,
                        "end_line": e.end_line,
                        "end_column": e.end_column,
                        "text": e.text,
                    }
                    for e in self.edits
                ],
            }
        placed = not self.run_level
        out: dict[str, Any] = {
            "path": self.path if placed else None,
            "line": self.line if placed else None,
            "column": self.column if placed else None,
            "end_line": self.end_line if placed else None,
            "end_column": self.end_column if placed else None,
            "entry": self.entry if placed else None,
            "code": self.code,
            "name": self.name,
            "category": str(self.category),
            "severity": str(self.severity),
            "message": self.message,
            "fix": fix,
        }
        if self.record is not None:
            out["record"] = self.record.as_json()
        if self.place is not None:  # additive: a consumer that knows only lines is unaffected
            out["place"] = self.place.as_json()
        return out
