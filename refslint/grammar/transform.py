"""Turn the parse of one entry into typed pieces: authors, free text, dates with their tails, notes.

Each grammar rule has one small method here; what the pieces *mean* (title or journal, publication
or conference date) is decided in `roles.py`, which sees the whole entry.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import NamedTuple

from lark import Token, Transformer

from refslint.grammar.fragments import DASH, SENTENCE_END, TAIL_PARTS, YMD_PARTS
from refslint.model import MONTHS, SEASONS, Author, Field, PartialDate, Span

# The text being parsed, so dates can keep their printed form without a second pass.
SOURCE = threading.local()
_TAIL_PARTS = re.compile(TAIL_PARTS)
_YMD_PARTS = re.compile(YMD_PARTS)
_SHAPES = {
    "volume": ("volume_a",),
    "issue": ("issue_a", "issue_b"),
    "suppl": ("suppl_a", "suppl_b"),
    "locator": ("locator_a", "locator_b", "locator_c"),
}
_DASH_SPLIT = re.compile(rf"\s*{DASH}\s*")
_INITIAL = r"(?:Iu|Ia|Yu|Ya|Zh|Kh|Ch|Sh|Ts|[A-Z\u00c0-\u00de])"
_NAME_PARTS = re.compile(
    rf"^(?P<family>.+?),?\s+(?P<initials>{_INITIAL}(?:[-.]?{_INITIAL}){{0,3}})"
    r"(?:,?\s+(?P<suffix>Jr|Sr|II|III|IV|2nd|3rd)\.?)?$"
    rf"|^(?P<first>(?:[A-Z]\.\s?){{1,3}})(?P<family2>.+)$"
)


def value(token: Token) -> str:
    """A token's text without the whitespace after it (every terminal takes its trailing space,
    which saves the lexer one match per word gap)."""
    return str(token).rstrip()


def end(token: Token) -> int:
    return token.start_pos + len(value(token))


def field(token: Token) -> Field:
    text = value(token)
    return Field(text, Span(token.start_pos, token.start_pos + len(text)))


class Part(NamedTuple):
    """One typed piece of an entry after its author list (a plain tuple: many are made)."""

    kind: str  # text, sep, semi, pub, bracket, access, available, url, doi, arxiv, pmid, in, pages
    start: int
    end: int
    text: str
    date: PartialDate | None = None
    volume: Field | None = None
    issue: Field | None = None
    supplement: Field | None = None
    locator: Field | None = None
    editors: tuple[Author, ...] = ()
    marker: Field | None = None

    @property
    def field(self) -> Field:
        return Field(self.text, Span(self.start, self.end))


@dataclass(frozen=True, slots=True)
class AuthorList:
    names: tuple[Author, ...]
    et_al: Field | None
    span: Span
    end: int  # offset just after the list's closing punctuation
    editors: bool = False  # "Foley KM, Gelband H, editors." heads an edited book


def _month_number(word: str) -> int | None:
    key = word.rstrip(".").lower()
    if key in MONTHS:
        return MONTHS[key]
    if key in SEASONS:
        return SEASONS[key][0]
    return None


def _months(text: str, at: int) -> tuple[Field, int | None, Field | None, int | None]:
    """Split "Jan-Feb" (standing at offset `at`) into two months, each with its own span."""
    parts = _DASH_SPLIT.split(text, maxsplit=1)
    first = Field(parts[0], Span(at, at + len(parts[0])))
    first_month = _month_number(parts[0])
    if len(parts) == 1:
        if first_month is not None and parts[0].rstrip(".").lower() in SEASONS:
            return first, first_month, None, SEASONS[parts[0].rstrip(".").lower()][1]
        return first, first_month, None, None
    start = at + text.rindex(parts[1])
    second = Field(parts[1], Span(start, start + len(parts[1])))
    return first, first_month, second, _month_number(parts[1])


def _days(text: str, at: int) -> tuple[int, Span, int | None, Span | None, Field | None]:
    """ "9-15" or, across months, "30-Dec 2" (the second month comes back as a field)."""
    parts = _DASH_SPLIT.split(text, maxsplit=1)
    first_span = Span(at, at + len(parts[0]))
    if len(parts) == 1:
        return int(parts[0]), first_span, None, None, None
    start = at + text.rindex(parts[1])
    month = None
    if not parts[1][0].isdigit():
        word, day = parts[1].split()
        month = Field(word, Span(start, start + len(word)))
        start += len(parts[1]) - len(day)
        parts[1] = day
    return int(parts[0]), first_span, int(parts[1]), Span(start, start + len(parts[1])), month


def _date(tokens: list[Token], order: str) -> PartialDate:
    """A date read as several tokens ("Mar 1, 2024", "21 Oct 2024")."""
    year = month = days = None
    for token in tokens:
        if token.type == "YEAR":
            year = (value(token), token.start_pos)
        elif token.type.startswith("MONTH"):
            month = (value(token), token.start_pos)
        elif token.type in ("DAYS", "DAY_FIRST"):
            days = (value(token), token.start_pos)
    assert year is not None
    return _make_date(tokens[0].start_pos, end(tokens[-1]), year, month, days, order)


def _make_date(
    start: int,
    stop: int,
    year: tuple[str, int],
    month: tuple[str, int] | None,
    days: tuple[str, int] | None,
    order: str,
) -> PartialDate:
    """The date from its printed pieces, each given as (text, offset)."""
    end_month = day = end_day = None
    month_number = month_field = end_month_field = None
    day_span = end_day_span = None
    if month is not None:
        month_field, month_number, end_month_field, end_month = _months(*month)
    if days is not None:
        day, day_span, end_day, end_day_span, across = _days(*days)
        if across is not None:
            end_month_field, end_month = across, _month_number(across.text)
    year_text, year_at = year
    copyright_mark = year_text.startswith("c")  # "c2000": a copyright year
    year_start = year_at + copyright_mark
    return PartialDate(
        text=SOURCE.text[start:stop],
        span=Span(start, stop),
        year=int(year_text[copyright_mark : copyright_mark + 4]),
        year_span=Span(year_start, year_start + 4),
        month=month_number,
        month_token=month_field,
        day=day,
        day_span=day_span,
        end_month=end_month,
        end_month_token=end_month_field,
        end_day=end_day,
        end_day_span=end_day_span,
        order=order,
    )


def _author(token: Token, is_group: bool = False) -> Author:
    text = str(token).rstrip().rstrip(",").rstrip()
    span = Span(token.start_pos, token.start_pos + len(text))
    match = None if is_group else _NAME_PARTS.match(text)
    if match is None:
        return Author(text=text, span=span, family=text, is_group=True)
    if match["family2"]:
        initials = match["first"].replace(".", "").replace(" ", "")
        return Author(text=text, span=span, family=match["family2"], initials=initials)
    return Author(
        text=text,
        span=span,
        family=match["family"],
        initials=match["initials"],
        suffix=match["suffix"] or "",
    )


class ToParts(Transformer):
    """Rule by rule, from Lark's tree to `AuthorList` and `Part` values (dates as `PartialDate`)."""

    def entry(self, items: list) -> tuple[AuthorList | None, list[Part]]:
        if items and isinstance(items[0], AuthorList):
            return items[0], _parts(items[1:])
        return None, _parts(items)

    def body(self, items: list) -> tuple[None, list[Part]]:
        return None, _parts(items)

    # ---- authors ----
    def group(self, items: list[Token]) -> Author:
        token = items[0]
        closing = SENTENCE_END.search(value(token))
        if closing is None:
            return _author(token, is_group=True)
        text = value(token)[: closing.start()].rstrip()
        return Author(text, Span(token.start_pos, token.start_pos + len(text)), text, is_group=True)

    def authors(self, items: list) -> AuthorList:
        names = tuple(
            _author(i) if isinstance(i, Token) else i
            for i in items
            if not isinstance(i, Token) or i.type == "NAME"
        )
        et_al = next((_et_al(t) for t in items if isinstance(t, Token) and t.type == "ETAL"), None)
        last = items[-1]
        stop = end(last) if isinstance(last, Token) else last.span.end
        span_end = et_al.span.end if et_al else names[-1].span.end
        return AuthorList(names, et_al, Span(names[0].span.start, span_end), stop)

    def editor_authors(self, items: list) -> AuthorList:
        found = self.authors(
            [i for i in items if not (isinstance(i, Token) and i.type == "EDITORS")]
        )
        return AuthorList(found.names, None, found.span, found.end, editors=True)

    # ---- dates ----
    def date_ymd(self, items: list[Token]) -> PartialDate:
        token = items[0]
        at = token.start_pos
        found = _YMD_PARTS.match(str(token))
        assert found is not None

        def piece(name: str) -> tuple[str, int] | None:
            text = found[name]
            return None if text is None else (text, at + found.start(name))

        year = piece("year")
        assert year is not None
        return _make_date(at, end(token), year, piece("month"), piece("days"), "ymd")

    def date_mdy(self, items: list[Token]) -> PartialDate:
        return _date(items, "mdy")

    def date_my(self, items: list[Token]) -> PartialDate:
        return _date(items, "mdy")

    def date_dmy(self, items: list[Token]) -> PartialDate:
        return _date(items, "dmy")

    def date_iso(self, items: list[Token]) -> PartialDate:
        token = items[0]
        y, m, d = (int(x) for x in re.split(r"[-/]", value(token)))
        s = token.start_pos
        return PartialDate(
            text=value(token),
            span=Span(s, end(token)),
            year=y,
            year_span=Span(s, s + 4),
            month=m if 1 <= m <= 12 else None,
            month_token=Field(str(token)[5:7], Span(s + 5, s + 7)),
            day=d,
            day_span=Span(s + 8, s + 10),
            order="iso",
        )

    # ---- parts ----
    def pub(self, items: list) -> Part:
        date: PartialDate = items[0]
        if len(items) == 1:
            return Part("pub", date.span.start, date.span.end, "", date=date)
        tail: Token = items[1]
        found = _TAIL_PARTS.match(str(tail))
        assert found is not None

        def part(name: str) -> Field | None:
            key = next((k for k in _SHAPES[name] if found[k] is not None), None)
            if key is None:
                return None
            start = tail.start_pos + found.start(key)
            return Field(found[key], Span(start, tail.start_pos + found.end(key)))

        return Part(
            "pub",
            date.span.start,
            end(tail),
            "",
            date=date,
            volume=part("volume"),
            issue=part("issue"),
            supplement=part("suppl"),
            locator=part("locator"),
        )

    def access(self, items: list) -> Part:
        opener: Token = items[0]
        date: PartialDate = items[1]
        stop = end(items[2]) if len(items) > 2 else date.span.end
        note = SOURCE.text[opener.start_pos : stop]
        return Part("access", opener.start_pos, stop, note, date=date)

    def in_part(self, items: list) -> Part:
        marker = field(items[0])
        editors: tuple[Author, ...] = items[1] if len(items) > 1 else ()
        stop = items[-1][-1].span.end if editors else marker.span.end
        return Part("in", marker.span.start, stop, marker.text, editors=editors, marker=marker)

    def editors(self, items: list[Token]) -> tuple[Author, ...]:
        return tuple(_author(t) for t in items if t.type == "NAME")

    def marked_pages(self, items: list[Token]) -> Part:
        marker, pages = items
        found = field(pages)
        return Part("pages", found.span.start, found.span.end, found.text, marker=field(marker))


_KINDS = {
    "TEXT": "text",
    "SEP": "sep",
    "SEMI": "semi",
    "BRACKET": "bracket",
    "AVAILABLE": "available",
    "URL": "url",
    "DOI": "doi",
    "ARXIV": "arxiv",
    "PMID": "pmid",
}


def _parts(items: list) -> list[Part]:
    """Tokens and parts in order; a TEXT token that ends its sentence becomes text + sep."""
    parts: list[Part] = []
    for item in items:
        if isinstance(item, Part):
            parts.append(item)
            continue
        text = value(item)
        start = item.start_pos
        if item.type == "TEXT":
            closing = SENTENCE_END.search(text)
            if closing is not None:
                words = text[: closing.start()].rstrip()
                parts.append(Part("text", start, start + len(words), words))
                sep = start + closing.start()
                parts.append(Part("sep", sep, start + len(text), closing.group()))
                continue
        parts.append(Part(_KINDS[item.type], start, start + len(text), text))
    return parts


def _et_al(token: Token) -> Field:
    """ETAL may carry the comma before it (", et al."); the field is the words alone."""
    text = value(token)
    start = token.start_pos + len(text) - len(text.lstrip(", \t"))
    words = text.rstrip(",:")  # "et al," and "et al.:" close the author list
    return Field(words[start - token.start_pos :], Span(start, token.start_pos + len(words)))
