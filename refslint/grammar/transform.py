"""Turn the parse of one entry into typed pieces: authors, free text, dates with their tails, notes.

Each grammar rule has one small method here; what the pieces *mean* (title or journal, publication or
conference date) is decided in `roles.py`, which sees the whole entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lark import Token, Transformer, v_args

from refslint.grammar.fragments import DASH
from refslint.model import MONTHS, SEASONS, Author, Field, PartialDate, Span

_DASH_SPLIT = re.compile(rf"\s*{DASH}\s*")
_INITIAL = r"(?:Iu|Ia|Yu|Ya|Zh|Kh|Ch|Sh|Ts|[A-Z\u00c0-\u00de])"
_NAME_PARTS = re.compile(
    rf"^(?P<family>.+?),?\s+(?P<initials>{_INITIAL}(?:[-.]?{_INITIAL}){{0,3}})"
    r"(?:,?\s+(?P<suffix>Jr|Sr|II|III|IV|2nd|3rd)\.?)?$"
    rf"|^(?P<first>(?:[A-Z]\.\s?){{1,3}})(?P<family2>.+)$"
)


def field(token: Token) -> Field:
    return Field(str(token), Span(token.start_pos, token.end_pos))


@dataclass(frozen=True, slots=True)
class Part:
    """One typed piece of an entry after its author list."""

    kind: str  # text, sep, semi, pub, bracket, access, available, url, doi, arxiv, pmid, in, pages
    field: Field
    date: PartialDate | None = None
    volume: Field | None = None
    issue: Field | None = None
    supplement: Field | None = None
    locator: Field | None = None
    editors: tuple[Author, ...] = ()
    marker: Field | None = None


@dataclass(frozen=True, slots=True)
class AuthorList:
    names: tuple[Author, ...]
    et_al: Field | None
    span: Span
    end: int  # offset just after the list's closing punctuation


def _month_number(word: str) -> int | None:
    key = word.rstrip(".").lower()
    if key in MONTHS:
        return MONTHS[key]
    if key in SEASONS:
        return SEASONS[key][0]
    return None


def _months(token: Token) -> tuple[Field, int | None, Field | None, int | None]:
    """Split "Jan-Feb" into its two months; each keeps its own span for messages."""
    text = str(token)
    parts = _DASH_SPLIT.split(text, maxsplit=1)
    first = Field(parts[0], Span(token.start_pos, token.start_pos + len(parts[0])))
    first_month = _month_number(parts[0])
    if len(parts) == 1:
        if first_month is not None and parts[0].rstrip(".").lower() in SEASONS:
            return first, first_month, None, SEASONS[parts[0].rstrip(".").lower()][1]
        return first, first_month, None, None
    start = token.start_pos + text.rindex(parts[1])
    second = Field(parts[1], Span(start, start + len(parts[1])))
    return first, first_month, second, _month_number(parts[1])


def _days(token: Token) -> tuple[int, Span, int | None, Span | None]:
    text = str(token)
    parts = _DASH_SPLIT.split(text, maxsplit=1)
    first_span = Span(token.start_pos, token.start_pos + len(parts[0]))
    if len(parts) == 1:
        return int(parts[0]), first_span, None, None
    start = token.start_pos + text.rindex(parts[1])
    return int(parts[0]), first_span, int(parts[1]), Span(start, start + len(parts[1]))


def _year(token: Token) -> int:
    return int(str(token)[:4])


def _date(tokens: list[Token], order: str) -> PartialDate:
    start, end = tokens[0].start_pos, tokens[-1].end_pos
    by_type = {t.type: t for t in tokens}
    year_token = by_type["YEAR"] if "YEAR" in by_type else None
    month_token = next((t for t in tokens if t.type.startswith("MONTH")), None)
    day_token = by_type.get("DAYS") or by_type.get("DAY_FIRST")
    month = end_month = day = end_day = None
    month_field = end_month_field = None
    day_span = end_day_span = None
    if month_token is not None:
        month_field, month, end_month_field, end_month = _months(month_token)
    if day_token is not None:
        day, day_span, end_day, end_day_span = _days(day_token)
    assert year_token is not None
    return PartialDate(
        text="",  # filled by the caller, who has the entry text
        span=Span(start, end),
        year=_year(year_token),
        year_span=Span(year_token.start_pos, year_token.start_pos + 4),
        month=month,
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
    text = str(token)
    span = Span(token.start_pos, token.end_pos)
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
            return items[0], items[1:]
        return None, items

    def body(self, items: list) -> tuple[None, list[Part]]:
        return None, items

    # ---- authors ----
    def name(self, items: list[Token]) -> Author:
        return _author(items[0])

    def group(self, items: list[Token]) -> Author:
        return _author(items[0], is_group=True)

    def authors(self, items: list) -> AuthorList:
        names = tuple(i for i in items if isinstance(i, Author))
        et_al = next((field(t) for t in items if isinstance(t, Token) and t.type == "ETAL"), None)
        last = items[-1]
        end = last.end_pos if isinstance(last, Token) else last.span.end
        span_end = et_al.span.end if et_al else names[-1].span.end
        return AuthorList(names, et_al, Span(names[0].span.start, span_end), end)

    # ---- dates ----
    def date_y(self, items: list[Token]) -> PartialDate:
        return _date(items, "ymd")

    date_ymd = date_y

    def date_mdy(self, items: list[Token]) -> PartialDate:
        return _date(items, "mdy")

    def date_my(self, items: list[Token]) -> PartialDate:
        return _date(items, "mdy")

    def date_dmy(self, items: list[Token]) -> PartialDate:
        return _date(items, "dmy")

    def date_iso(self, items: list[Token]) -> PartialDate:
        token = items[0]
        y, m, d = (int(x) for x in re.split(r"[-/]", str(token)))
        s = token.start_pos
        return PartialDate(
            text="",
            span=Span(s, token.end_pos),
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
        tail = {t.type: field(t) for t in items[1:]}
        end = items[-1].end_pos if len(items) > 1 else date.span.end
        return Part(
            "pub",
            Field("", Span(date.span.start, end)),
            date=date,
            volume=tail.get("VOLUME"),
            issue=tail.get("ISSUE"),
            supplement=tail.get("SUPPL"),
            locator=tail.get("LOCATOR"),
        )

    def access(self, items: list) -> Part:
        opener: Token = items[0]
        date: PartialDate = items[1]
        end = items[2].end_pos if len(items) > 2 else date.span.end
        return Part("access", Field(str(opener), Span(opener.start_pos, end)), date=date)

    def in_part(self, items: list) -> Part:
        marker = field(items[0])
        editors: tuple[Author, ...] = items[1] if len(items) > 1 else ()
        end = items[-1][-1].span.end if editors else marker.span.end
        return Part("in", Field(marker.text, Span(marker.span.start, end)), editors=editors, marker=marker)

    def editors(self, items: list) -> tuple[Author, ...]:
        return tuple(i for i in items if isinstance(i, Author))

    def marked_pages(self, items: list[Token]) -> Part:
        marker, pages = items
        return Part("pages", field(pages), marker=field(marker))


def _simple(kind: str):
    @v_args(inline=True)
    def make(self, token: Token) -> Part:
        return Part(kind, field(token))

    return make


for _kind in ("text", "sep", "semi", "bracket", "available", "url", "doi", "arxiv", "pmid"):
    setattr(ToParts, _kind, _simple(_kind))
