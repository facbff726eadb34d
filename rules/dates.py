"""Date rules (RL2xx): can every date printed in an entry exist, and could it be true today?

Calendar checks (days, months, ranges) look at every date in the entry, access dates included;
the "future" and "implausible year" checks look only at dates of the work itself (publication,
conference, preprint), because access dates have their own family (RL3xx).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from refslint.api import (
    MONTH_ABBR,
    MONTH_NAMES,
    MONTHS,
    Category,
    Context,
    Diagnostic,
    Edit,
    Field,
    Fix,
    Kind,
    PartialDate,
    Reference,
    Severity,
    Span,
    days_in_month,
    pattern,
    rule,
)


def _all_dates(ref: Reference) -> list[PartialDate]:
    dates = list(ref.dates)
    dates += [d for d in (ref.date, ref.accessed) if d is not None and d not in dates]
    return [d for d in dates if not _abbreviation_read_as_date(d, dates)]


def _abbreviation_read_as_date(date: PartialDate, dates: list[PartialDate]) -> bool:
    """`Immunol. 20, 1002`: a journal's abbreviated word, its volume and a page read as a month,
    a day and a year. Only where the word is no month nor near one, ends in a period, and the
    entry has a year elsewhere: then the word is an abbreviation, and the date none."""
    token = date.month_token
    if date.order != "mdy" or date.month is not None or token is None:
        return False
    if not token.text.endswith(".") or _closest_months(token.text):
        return False
    return any(
        other is not date
        and (other.span.end <= date.span.start or other.span.start >= date.span.end)
        and 1600 <= other.year <= 2199
        for other in dates
    )


def _work_dates(ref: Reference) -> list[PartialDate]:
    accessed = ref.accessed
    if accessed is None:  # nothing to leave out, and no date compared field by field
        return _all_dates(ref)
    return [d for d in _all_dates(ref) if d is not accessed and d != accessed]


def _day_problem(day: int, month: int | None, year: int) -> str | None:
    """Why `day` is no day of `month` in `year` ("does not exist in ..."), or None if it is."""
    if month is None:
        return None if 1 <= day <= 31 else "does not exist in any month (days run 1-31)"
    last = days_in_month(year, month)
    if 1 <= day <= last:
        return None
    if day < 1:
        return f"does not exist (days run 1-{last})"
    if month == 2:
        leap = f"{year} is not a leap year; " if day == 29 else ""
        return f"does not exist in February {year} ({leap}February {year} has {last} days)"
    name = MONTH_NAMES[month - 1]
    return f"does not exist in {name} ({name} has {last} days)"


@rule(
    code="RL201",
    name="date-in-future",
    category=Category.DATE,
    severity=Severity.ERROR,
    summary="A date of the work is after today",
)
def date_in_future(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a publication, conference or preprint date that cannot have happened yet: even its
    earliest possible day ("2026" means 2026 Jan 1) is after today.

    ## Why is this bad?
    A work cannot be cited from the future; the year is usually a typo (2062 for 2026), or the
    entry was copied from a draft that guessed a publication date.

    ## Example
        1. Drautz R. Atomic cluster expansion. Phys Rev B 2091;99:014104.

    Use instead:
        1. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.

    ## Options
    `today` (default: the real date).

    ## Limitations
    An issue that is announced but not yet out ("in press" with next year's date) is flagged too;
    ignore the rule for that entry.
    """
    for date in _work_dates(ref):
        if date.year >= ctx.today.year and date.earliest > ctx.today:  # the year settles most
            yield Diagnostic(
                date.span,
                f"'{date.text}' is after today ({ctx.today.isoformat()}); "
                "a work cannot be dated in the future",
            )


@dataclass(frozen=True)
class YearOptions:
    earliest_year: int = field(default=1600, metadata={"range": (1, 9999)})  # `earliest-year`


PRINTING = 1450  # the first books printed with movable type in Europe


def _early_print(ref: Reference, year: int) -> bool:
    """Whether `year` may be an early printed book's: since printing began, on a work that is no
    journal article (`Phys Rev B 1519;99:014104` is 2019's)."""
    if year < PRINTING or ref.kind is Kind.ARTICLE or ref.doi is not None:
        return False
    return ref.volume is None


@rule(
    code="RL202",
    name="date-implausible-year",
    category=Category.DATE,
    severity=Severity.WARNING,
    summary="A year too early to be a real date of a cited work",
    options=YearOptions,
)
def date_implausible_year(ref: Reference, ctx: Context, opts: YearOptions) -> Iterator[Diagnostic]:
    """## What it does
    Flags a publication, conference or preprint year before `earliest-year` (default 1600).

    ## Why is this bad?
    Such a year is almost always a typo (1519 for 2019) that readers and databases will take at
    face value.

    ## Example
        1. Drautz R. Atomic cluster expansion. Phys Rev B 1519;99:014104.

    Use instead:
        1. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.

    ## Options
    - `earliest-year` (default 1600): lower it for lists that cite early printed books.

    ## Limitations
    Years after today are the job of `date-in-future` (RL201). A year since printing began
    (`PRINTING`, 1450) on a work that is no journal article (no volume or DOI) is an
    early printed book's, as an edition of 1567 is, and is left.
    """
    for date in _work_dates(ref):
        if date.year < opts.earliest_year and not _early_print(ref, date.year):
            printed = f" ('{date.text}')" if date.text != str(date.year) else ""
            yield Diagnostic(
                date.year_span,
                f"year {date.year} is implausibly early{printed}; "
                f"expected {opts.earliest_year} or later: check for a mistyped year",
            )


@rule(
    code="RL203",
    name="day-invalid",
    category=Category.DATE,
    severity=Severity.ERROR,
    summary="A day that does not exist in its month",
)
def day_invalid(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a day that its month does not have (Feb 30, Apr 31, day 0, Feb 29 outside a leap year),
    including the last day of a range ("2021 Apr 28-31").

    ## Why is this bad?
    An impossible date is a typo; the true day is unknown, and databases reject the record.

    ## Example
        1. Smith J. Field notes. Lancet 2023 Feb 30;401:100-5.

    Use instead:
        1. Smith J. Field notes. Lancet 2023 Feb 28;401:100-5.
    """
    for date in _all_dates(ref):
        problem = _day_problem(date.day, date.month, date.year) if date.day is not None else None
        if problem:
            message = f"day {date.day} {problem} ('{date.text}')"
            yield Diagnostic(date.day_span or date.span, message)
        if date.end_day is not None:
            month = date.end_month if date.end_month_token else date.month
            problem = _day_problem(date.end_day, month, date.year)
            if problem:
                message = f"the range ends on day {date.end_day}, which {problem} ('{date.text}')"
                yield Diagnostic(date.end_day_span or date.span, message)


def _distance(a: str, b: str) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def _closest_months(token: str) -> list[str]:
    """Month names within a typo or two of `token`, written in its case ("Noc" -> ["Nov"])."""
    word = token.lower().rstrip(".")
    if not word.isalpha():
        return []
    scored = sorted((_distance(word, name), abs(len(name) - len(word)), name) for name in MONTHS)
    best = scored[0][0]
    if best > (1 if len(word) <= 4 else 2):
        return []
    by_month: dict[int, str] = {}
    for distance, _, name in scored:
        if distance == best:
            by_month.setdefault(MONTHS[name], name)
    dot = "." if token.endswith(".") else ""
    if token.isupper():
        return [name.upper() + dot for name in by_month.values()]
    if token[:1].isupper():
        return [name.capitalize() + dot for name in by_month.values()]
    return [name + dot for name in by_month.values()]


@rule(
    code="RL204",
    name="month-invalid",
    category=Category.DATE,
    severity=Severity.ERROR,
    summary="A word where the month should be is not a month",
    fixable=True,
)
def month_invalid(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a word or number in a date's month position that is no month ("Noc", "Jnu", "13"), and
    suggests the closest month name.

    ## Why is this bad?
    The date cannot be read by people or by reference managers, and the true month is a guess.

    ## Example
        1. Jia W. Molecular dynamics at scale. In: SC20; 2020 Noc 09-19; Atlanta, USA. p. 1-14.

    Use instead:
        1. Jia W. Molecular dynamics at scale. In: SC20; 2020 Nov 09-19; Atlanta, USA. p. 1-14.

    ## Fix safety
    Unsafe, and offered only when a single month is closest: a typo usually sits next to the
    intended month, but check the source before accepting it.
    """
    for date in _all_dates(ref):
        tokens = ((date.month_token, date.month), (date.end_month_token, date.end_month))
        for token, month in tokens:
            if token is None or month is not None:
                continue
            yield _month_diagnostic(token, date)


def _month_diagnostic(token: Field, date: PartialDate) -> Diagnostic:
    message = f"'{token.text}' is not a month ({date.text})"
    suggestions = _closest_months(token.text)
    if len(suggestions) == 1:
        fix = Fix.unsafe(
            Edit(token.span, suggestions[0]),
            message=f"Replace '{token.text}' with '{suggestions[0]}'",
        )
        return Diagnostic(token.span, f"{message}; did you mean '{suggestions[0]}'?", fix=fix)
    if suggestions:
        options = " or ".join(f"'{s}'" for s in suggestions)
        return Diagnostic(token.span, f"{message}; did you mean {options}?")
    if token.text.isdigit():
        return Diagnostic(token.span, f"{message}; expected a month number from 1 to 12")
    return Diagnostic(token.span, f"{message}; expected a month such as 'Jan' or 'January'")


@rule(
    code="RL205",
    name="date-range-reversed",
    category=Category.DATE,
    severity=Severity.ERROR,
    summary="A date range ends before it starts",
)
def date_range_reversed(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a date range whose end comes before its start: "2020 Nov 19-09", "2019 Jun-Mar".

    ## Why is this bad?
    The two ends were swapped or one of them is mistyped; either way the dates are wrong.

    ## Example
        1. Jia W. Molecular dynamics at scale. In: SC20; 2020 Nov 19-09; Atlanta, USA. p. 1-14.

    Use instead:
        1. Jia W. Molecular dynamics at scale. In: SC20; 2020 Nov 09-19; Atlanta, USA. p. 1-14.

    ## Limitations
    "Dec-Jan" is accepted: it is how winter issues that span a new year are printed.
    """
    for date in _all_dates(ref):
        start, end = date.month_token, date.end_month_token
        months = (date.month or 0, date.end_month or 0)
        if start and end and 0 < months[1] < months[0] and months != (12, 1):
            yield _reversed(ref, date, start.span, end.span, "month")
            continue
        same_month = end is None or (date.end_month is not None and date.end_month == date.month)
        backwards = date.day is not None and date.end_day is not None and date.end_day < date.day
        if same_month and backwards and date.day_span and date.end_day_span:
            yield _reversed(ref, date, date.day_span, date.end_day_span, "day")


def _reversed(ref: Reference, date: PartialDate, first, last, unit: str) -> Diagnostic:
    a, b = ref.text[first.start : first.end], ref.text[last.start : last.end]
    return Diagnostic(
        first.cover(last),
        f"the range '{a}-{b}' runs backwards ({date.text}); "
        f"expected the earlier {unit} first ('{b}-{a}')",
    )


NEW_ARXIV_ID = pattern(r"(\d{2})(\d{2})\.\d{4,5}(?:v\d+)?")
OLD_ARXIV_ID = pattern(r"[a-z-]+(?:\.[A-Z]{2})?/(\d{2})(\d{2})\d{3}(?:v\d+)?")
ARXIV_IN_LINK = pattern(r"(?:10\.48550/arxiv\.|arxiv\.org/(?:abs|pdf|html)/)(\S+)", re.I)


def _submitted(ref: Reference) -> tuple[str, dt.date] | None:
    """The arXiv identifier in the entry and the first day of the month it was submitted in."""
    found = [ref.arxiv.text] if ref.arxiv else []
    found += [m.group(1) for f in (ref.doi, *ref.urls) if f and (m := ARXIV_IN_LINK.search(f.text))]
    for text in found:
        text = text.rstrip(".").removesuffix(".pdf")
        if m := NEW_ARXIV_ID.fullmatch(text):
            year, month = 2000 + int(m.group(1)), int(m.group(2))
        elif m := OLD_ARXIV_ID.fullmatch(text):  # the old scheme ran from 1991 to March 2007
            year, month = int(m.group(1)), int(m.group(2))
            year += 1900 if year >= 91 else 2000
        else:
            continue
        if 1 <= month <= 12:
            return text, dt.date(year, month, 1)
    return None


# A year standing alone between marks (`arXiv, 2023, preprint,`): RSC's and others' preprint
# date, where the grammar read no date in the entry
_LONE_YEAR = pattern(r"(?<=[,.;(]\s)((?:19|20)\d\d)(?=\s*[,.;)])")


def _lone_year(ref: Reference) -> list[PartialDate]:
    """The one year printed alone outside the entry's title, identifiers and addresses, as a
    date; none where there are several, or none."""
    kept = [f.span for f in (ref.title, ref.doi, ref.arxiv, *ref.urls) if f is not None]
    found = [
        m
        for m in _LONE_YEAR.finditer(ref.text, ref.body_start)
        if not any(s.start <= m.start() < s.end for s in kept)
    ]
    if len(found) != 1:
        return []
    m = found[0]
    span = Span(m.start(1), m.end(1))
    return [PartialDate(text=m.group(1), span=span, year=int(m.group(1)), year_span=span)]


@rule(
    code="RL206",
    name="preprint-before-arxiv-id",
    category=Category.DATE,
    severity=Severity.ERROR,
    summary="A preprint is dated before the month its arXiv identifier was issued",
)
def preprint_before_arxiv_id(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a preprint dated before the month its arXiv identifier encodes: "1906.00957" was
    submitted in June 2019 ("hep-th/9901001" in January 1999), so no version can be older.

    ## Why is this bad?
    The date or the identifier is wrong: often the date belongs to another paper, or the identifier
    was copied from a neighbouring entry.

    ## Example
        1. Lundberg S. Interpreting predictions. arXiv [Preprint]. 2016 Nov 25. arXiv:1705.07874.

    Use instead:
        1. Lundberg S. Interpreting predictions. arXiv [Preprint]. 2017 Nov 25. arXiv:1705.07874.

    ## Limitations
    Only preprints are checked: a journal article may well be older than its arXiv copy. Where
    the grammar read no date, a year printed alone between marks outside the title and the
    identifiers (RSC's `arXiv, 2023, preprint, arXiv.2412.16551`) is the preprint's date.
    """
    if ref.kind is not Kind.PREPRINT and (
        ref.container is None or "arxiv" not in ref.container.text.lower()
    ):
        return
    dates = [ref.date] if ref.date else (_work_dates(ref) or _lone_year(ref))
    submitted = _submitted(ref)
    if not dates or submitted is None:
        return
    identifier, month_start = submitted
    if dates[0].latest < month_start:
        when = f"{MONTH_ABBR[month_start.month - 1]} {month_start.year}"
        yield Diagnostic(
            dates[0].span,
            f"dated '{dates[0].text}', before arXiv {identifier} was submitted ({when}); "
            f"expected {when} or later",
        )
