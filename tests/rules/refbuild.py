"""Build `Reference` records by hand, so each rule is checked on exactly the fields it reads.

Fields are given as the text they print; the builders find that text in the entry and attach the
span, so a test reads like the entry it describes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from refslint.api import (
    MONTHS,
    Context,
    Diagnostic,
    Field,
    Kind,
    Pages,
    PartialDate,
    Reference,
    Rule,
    Span,
)

TODAY = dt.date(2026, 11, 24)
# fields a test may give as the text they print
TEXT_FIELDS = frozenset(f.name for f in dataclasses.fields(Reference) if f.type == "Field | None")


def span_of(text: str, piece: str, start: int = 0) -> Span:
    at = text.index(piece, start)
    return Span(at, at + len(piece))


def field(text: str, piece: str) -> Field:
    return Field(piece, span_of(text, piece))


def _month(token: str) -> int | None:
    if token.isdigit():
        return int(token) if 1 <= int(token) <= 12 else None
    return MONTHS.get(token.lower().rstrip("."))


def date(text: str, piece: str, *, after: int = 0, **printed: str) -> PartialDate:
    """A date printed as `piece` in `text`; `printed` names its parts in the order they are printed.

    `date(t, "2020 Noc 09-19", year="2020", month="Noc", day="09", end_day="19")`
    """
    whole = span_of(text, piece, after)
    spans: dict[str, Span] = {}
    cursor = whole.start
    for part, token in printed.items():
        spans[part] = span_of(text, token, cursor)
        cursor = spans[part].end
    first = next(iter(printed))
    tokens = {
        part: Field(printed[part], spans[part])
        for part in ("month", "end_month")
        if part in printed
    }
    return PartialDate(
        text=piece,
        span=whole,
        year=int(printed["year"]),
        year_span=spans["year"],
        month=_month(printed["month"]) if "month" in printed else None,
        month_token=tokens.get("month"),
        day=int(printed["day"]) if "day" in printed else None,
        day_span=spans.get("day"),
        end_month=_month(printed["end_month"]) if "end_month" in printed else None,
        end_month_token=tokens.get("end_month"),
        end_day=int(printed["end_day"]) if "end_day" in printed else None,
        end_day_span=spans.get("end_day"),
        order={"year": "ymd", "day": "dmy", "month": "mdy"}[first],
    )


def pages(text: str, piece: str, *, last: str | None = None) -> Pages:
    """Pages as printed ("1450-36"); `last` overrides the last page (an already expanded range)."""
    first, dash, last_printed = re.fullmatch(r"(\w+)(?:(\s*[-–]\s*)(\w+))?", piece).groups()
    return Pages(piece, span_of(text, piece), first, last or last_printed, last_printed, dash or "")


def ref(text: str, **fields: Any) -> Reference:
    """A reference for `text`; string fields are located in the text, dates passed as built.

    Number and label come from a leading "12." unless given; `dates` defaults to every date given.
    """
    values = dict(fields)
    label = re.match(r"\s*(\d+)\.", text)
    if label and "number" not in values:
        values["number"] = int(label.group(1))
        values["label"] = Field(label.group(0).strip(), Span(0, label.end()))
    for name, value in fields.items():
        if name in TEXT_FIELDS:
            values[name] = field(text, value)
    if isinstance(fields.get("urls"), Sequence):
        values["urls"] = tuple(field(text, url) for url in fields["urls"])
    if "dates" not in values:
        found = [values[key] for key in ("date", "accessed") if values.get(key) is not None]
        values["dates"] = tuple(sorted(found, key=lambda d: d.span.start))
    values.setdefault("index", values.get("number") or 1)
    return Reference(text=text, **values)


def numbered(*numbers: int | None) -> list[Reference]:
    """A list whose entries carry `numbers` as printed (None: an entry printed without a number)."""
    refs = []
    for index, number in enumerate(numbers, 1):
        text = (
            f"{number}. Author A. Title {index}. J Chem 2020;1:{index}."
            if number is not None
            else (f"Author A. Title {index}. J Chem 2020;1:{index}.")
        )
        built = ref(text, index=index, kind=Kind.ARTICLE)
        refs.append(built if number is not None else Reference(text=text, index=index))
    return refs


def run(
    rule: Rule, subject: Reference | Sequence[Reference], today: dt.date = TODAY, **options: Any
) -> list[Diagnostic]:
    """Run one rule directly, options given with underscores as in Python (`max_access_age=30`)."""
    settings = {key.replace("_", "-"): value for key, value in options.items()}
    return list(rule.run(subject, Context(today=today), rule.make_options(settings)))


def messages(
    rule: Rule, subject: Reference | Sequence[Reference], today: dt.date = TODAY, **options: Any
) -> list[str]:
    return [d.message for d in run(rule, subject, today, **options)]
