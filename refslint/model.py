"""Immutable records of what a reference says, each field tied to where it stands in the entry text.

Spans are character offsets into `Entry.text` (the cleaned text of one reference); the engine maps
them back to line and column in the original file through the entry's `PositionMap`, so rules never
have to think about wrapping, markup or the file's layout.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum, IntEnum


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open range [start, end) of character offsets in an entry's text."""

    start: int
    end: int

    def shift(self, by: int) -> Span:
        return Span(self.start + by, self.end + by)

    def cover(self, other: Span) -> Span:
        return Span(min(self.start, other.start), max(self.end, other.end))


@dataclass(frozen=True, slots=True)
class Field:
    """A piece of text as printed, with its span."""

    text: str
    span: Span

    def __str__(self) -> str:
        return self.text


class Precision(IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3


# English month names, fixed here rather than taken from `calendar`, whose names follow the user's
# locale: a reference list is in English whatever language the machine speaks.
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_ABBR = tuple(name[:3] for name in MONTH_NAMES)
MONTHS: dict[str, int] = {
    name.lower(): number
    for number in range(1, 13)
    for name in (MONTH_NAMES[number - 1], MONTH_ABBR[number - 1])
}
MONTHS["sept"] = 9


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


SEASONS = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 12),
}


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A printed date that may stop at the year or month, or name a range ("2019 Jun 9-15").

    `month_token` keeps the word as printed so a rule can say which word is not a month; `month` is
    None when that word is not one. Day and month validity are left to the rules: the record says
    what the text says.
    """

    text: str
    span: Span
    year: int
    year_span: Span
    month: int | None = None
    month_token: Field | None = None
    day: int | None = None
    day_span: Span | None = None
    end_month: int | None = None
    end_month_token: Field | None = None
    end_day: int | None = None
    end_day_span: Span | None = None
    # how it was printed: "ymd" (2024 Oct 21), "dmy" (21 Oct 2024), "mdy" (Oct 21, 2024), "iso"
    order: str = "ymd"

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def day_is_valid(self) -> bool:
        if self.day is None or self.month is None:
            return True
        return 1 <= self.day <= days_in_month(self.year, self.month)

    def _bound(self, month: int | None, day: int | None, latest: bool) -> dt.date:
        year = min(max(self.year, dt.MINYEAR), dt.MAXYEAR)
        if month is None:
            return dt.date(year, 12, 31) if latest else dt.date(year, 1, 1)
        last = days_in_month(year, month)
        if day is None or not 1 <= day <= last:
            return dt.date(year, month, last if latest else 1)
        return dt.date(year, month, day)

    @property
    def earliest(self) -> dt.date:
        """First day the printed date can mean (an unreadable part widens the range)."""
        return self._bound(self.month, self.day, latest=False)

    @property
    def latest(self) -> dt.date:
        """Last day the printed date can mean: "2023 Oct" ends Oct 31, so ages never over-count."""
        month = self.end_month or self.month
        day = self.end_day if self.end_day is not None else self.day
        if self.end_month and self.end_day is None:
            day = None
        return self._bound(month, day, latest=True)

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
            if self.day is not None:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def restyle(self, day: dt.date) -> str:
        """Write `day` in the way this date was printed, so a fix keeps the list's house style."""
        month = MONTH_ABBR[day.month - 1]
        if self.order == "dmy":
            return f"{day.day} {month} {day.year}"
        if self.order == "mdy":
            return f"{month} {day.day}, {day.year}"
        return f"{day.year} {month} {day.day}"


@dataclass(frozen=True, slots=True)
class Author:
    """One name in the author list; `is_group` marks organisations ("WHO", "The SMIRA Group")."""

    text: str
    span: Span
    family: str
    initials: str = ""
    suffix: str = ""
    is_group: bool = False


@dataclass(frozen=True, slots=True)
class Pages:
    """A page range or single page as printed; `last` expanded ("1201-15" -> 1215) if it can be."""

    text: str
    span: Span
    first: str
    last: str | None = None
    last_printed: str | None = None
    dash: str = ""

    @property
    def is_range(self) -> bool:
        return self.last is not None


class Kind(str, Enum):
    ARTICLE = "article"
    PREPRINT = "preprint"
    WEBPAGE = "webpage"
    BOOK = "book"
    CHAPTER = "chapter"
    CONFERENCE = "conference"
    THESIS = "thesis"
    REPORT = "report"
    STANDARD = "standard"
    PATENT = "patent"
    SOFTWARE = "software"
    DATASET = "dataset"
    UNKNOWN = "unknown"


# Kinds named by a mark of their own (`[dissertation]`, `Tech. Rep. 12`, `ISO 9001:2015`, `U.S.
# Patent 5,123,456`, `[Computer software]`, `[Data set]`), which the readers took for works of no
# kind they could tell (or for books and pages): rules that look at untyped entries look at these
OTHER_WORKS = frozenset(
    (Kind.THESIS, Kind.REPORT, Kind.STANDARD, Kind.PATENT, Kind.SOFTWARE, Kind.DATASET)
)
UNTYPED = OTHER_WORKS | {Kind.UNKNOWN}
# the kinds set out as a book is, a university or an issuing body as the publisher
BOOKLIKE = frozenset((Kind.BOOK, Kind.THESIS, Kind.REPORT))


@dataclass(frozen=True, slots=True)
class ParseProblem:
    """Where the grammar stopped reading and why, in a copy editor's words."""

    offset: int
    message: str
    context: str = ""


@dataclass(frozen=True, slots=True)
class Reference:
    """Everything the grammar read from one entry; absent fields are None or empty."""

    text: str
    index: int  # 1-based position in the list
    number: int | None = None
    label: Field | None = None
    kind: Kind = Kind.UNKNOWN
    authors: tuple[Author, ...] = ()
    et_al: Field | None = None
    authors_span: Span | None = None
    title: Field | None = None
    container: Field | None = None
    medium: Field | None = None  # "[Internet]", "[Preprint]"
    date: PartialDate | None = None
    volume: Field | None = None
    issue: Field | None = None
    supplement: Field | None = None
    pages: Pages | None = None
    article_number: Field | None = None
    editors: tuple[Author, ...] = ()
    place: Field | None = None
    publisher: Field | None = None
    edition: Field | None = None
    in_marker: Field | None = None
    page_marker: Field | None = None
    doi: Field | None = None  # the bare DOI ("10.1038/..."), wherever it was printed
    doi_marker: Field | None = None  # "doi:", "https://doi.org/"
    arxiv: Field | None = None  # the bare arXiv identifier ("2401.00096", "hep-th/9901001")
    urls: tuple[Field, ...] = ()
    accessed: PartialDate | None = None
    access_note: Field | None = None  # the whole "[accessed on 2024 Oct 21]" note
    access_wording: str = ""  # "accessed on", "Last accessed on", "cited"
    pmid: Field | None = None
    notes: tuple[Field, ...] = ()
    problem: ParseProblem | None = None
    dates: tuple[PartialDate, ...] = field(default=())  # every date recognised, in order
    # how the grammar chose between two readings of the entry, in words ("read as a journal
    # article with no year ..."); "" when the entry reads one way only
    guess: str = ""

    @property
    def body_start(self) -> int:
        return self.label.span.end if self.label else 0

    @property
    def span(self) -> Span:
        return Span(0, len(self.text))


def year_after_names(ref: Reference, parenthesized: bool = False) -> bool:
    """Whether the year stands bare right after the names (`Liu X and Wu Y 2016 Title`, `Brandt H
    et al 2020 Title`): IOP's numbered Harvard, whose `and` before the last name and `et al` with
    no period or comma are its own, not slips in a Vancouver list. With `parenthesized`, a year in
    parentheses there counts too (`Bolin CA & Haake DA (2002). Title`, author-year styles whose
    `&` before the last name and `et al.` with no comma are likewise their own)."""
    end = ref.et_al.span.end if ref.et_al is not None else None
    if end is None and ref.authors_span is not None:
        end = ref.authors_span.end
    date = ref.date
    if end is None or date is None or date.span.start < end:
        return False
    gap = ref.text[end : date.span.start].strip()
    return not gap or (parenthesized and gap == "(")


@dataclass(frozen=True, slots=True)
class Position:
    """A place in a file as an editor counts it."""

    line: int  # 1-based
    column: int  # 1-based, in code points


@dataclass(frozen=True, slots=True)
class PositionMap:
    """Maps offsets in an entry's cleaned text to positions in the original file.

    Stored as runs: each run says "text from offset `starts[i]` on stands at `lines[i]`:`columns[i]`
    and continues character by character", which is exact for plain text and cheap for any source.
    """

    starts: tuple[int, ...]
    lines: tuple[int, ...]
    columns: tuple[int, ...]

    def position(self, offset: int) -> Position:
        i = max(bisect_right(self.starts, offset) - 1, 0)
        return Position(self.lines[i], self.columns[i] + offset - self.starts[i])

    def end_position(self, end: int) -> Position:
        """Position just after the character before `end`, so a span ending a line stays on it."""
        if end <= 0:
            return self.position(0)
        before = self.position(end - 1)
        return Position(before.line, before.column + 1)


@dataclass(frozen=True, slots=True)
class Entry:
    """One reference as a source found it: cleaned text plus the way back into the file."""

    text: str
    positions: PositionMap
    index: int
    number: int | None = None
    label_end: int = 0  # the printed number ("12.", "[12]") is text[:label_end]
    suppressed: frozenset[str] = frozenset()
    # a reference a source read field by field (JATS `<element-citation>`): the grammar is not
    # run on it, and `text` is only where its fields stand
    reference: Reference | None = None


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A stretch of the file outside any entry (a citation, a comment): 1-based, end exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Citation:
    """One reference cited in the body text, as printed there.

    `key` is what the text names ("3" for `[3]`, "smith2020" for `\\cite{smith2020}`); `number` is
    the number of the entry it resolves to (as the rules see it: printed number, else position),
    or None when the key names no entry. `group` counts the citation marks in the text, so two
    references cited together (`[2, 3]`) share one.
    """

    key: str
    number: int | None
    location: Location
    group: int = 0


@dataclass(frozen=True, slots=True)
class Suppression:
    """A `refslint: disable` comment: the codes or prefixes it names (none: every rule).

    `entry` is the index of the entry it applies to, None for `disable-file` or when no entry
    follows it.
    """

    codes: tuple[str, ...]
    location: Location
    file_wide: bool = False
    entry: int | None = None

    def covers(self, code: str) -> bool:
        return not self.codes or any(code.startswith(prefix) for prefix in self.codes)
