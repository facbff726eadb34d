"""Access-date rules (RL301-RL304): stale, future, impossible and missing access dates."""

from __future__ import annotations

import datetime as dt

import pytest
from refslint_rules import access_date

from refslint.api import Applicability, Kind
from tests.rules.refbuild import TODAY, date, messages, ref, run


def page(accessed: str | None, *, published: str = "2023", wording: str = "cited", **parts: str):
    """A web page dated `published` and read on `accessed` (ymd parts unless given otherwise)."""
    note = f" [{wording} {accessed}]" if accessed else ""
    text = f"1. OQMD [Internet]. {published}{note}. Available from: https://oqmd.org"
    pub_parts = {"year": published[:4]} | ({"month": published[5:]} if len(published) > 4 else {})
    fields = {"date": date(text, published, **pub_parts), "urls": ["https://oqmd.org"]}
    if accessed:
        fields["accessed"] = date(text, accessed, after=text.index("["), **parts)
    return ref(text, kind=Kind.WEBPAGE, **fields)


def ymd(printed: str) -> dict[str, str]:
    year, month, day = printed.split()
    return {"year": year, "month": month, "day": day}


# RL301 access-date-stale


def test_exactly_the_limit_is_not_stale_one_day_more_is():
    assert run(access_date.access_date_stale, page("2025 Nov 24", **ymd("2025 Nov 24"))) == []
    assert messages(access_date.access_date_stale, page("2025 Nov 23", **ymd("2025 Nov 23"))) == [
        "accessed on 2025-11-23, 366 days ago (limit 365 days)"
    ]


def test_a_month_without_a_day_counts_from_its_last_day():
    stale = page("2023 Oct", year="2023", month="Oct")
    assert run(access_date.access_date_stale, stale, today=dt.date(2024, 10, 30)) == []
    assert messages(access_date.access_date_stale, stale, today=dt.date(2024, 11, 1)) == [
        "accessed on 2023-10, 367 days ago (limit 365 days)"
    ]


def test_the_limit_is_an_option():
    fresh = page("2026 Oct 21", **ymd("2026 Oct 21"))
    assert run(access_date.access_date_stale, fresh) == []
    assert messages(access_date.access_date_stale, fresh, max_access_age=30) == [
        "accessed on 2026-10-21, 34 days ago (limit 30 days)"
    ]


@pytest.mark.parametrize(
    ("accessed", "parts", "today_written"),
    [
        ("2024 Oct 21", ymd("2024 Oct 21"), "2026 Nov 24"),
        ("21 Oct 2024", {"day": "21", "month": "Oct", "year": "2024"}, "24 Nov 2026"),
        ("Oct 21, 2024", {"month": "Oct", "day": "21", "year": "2024"}, "Nov 24, 2026"),
    ],
)
def test_the_fix_writes_today_in_the_entry_style_and_is_unsafe(accessed, parts, today_written):
    reference = page(accessed, **parts)
    (found,) = run(access_date.access_date_stale, reference)
    assert found.span == reference.accessed.span
    assert found.fix.applicability is Applicability.UNSAFE
    assert [(e.span, e.text) for e in found.fix.edits] == [(reference.accessed.span, today_written)]


def test_missing_and_future_access_dates_are_not_stale():
    assert run(access_date.access_date_stale, page(None)) == []
    assert run(access_date.access_date_stale, page("2027 Jan 2", **ymd("2027 Jan 2"))) == []


def test_corpus_access_dates_are_stale_through_the_engine(lint):
    text = (
        "14. Batatia I, Benner P, Chiang Y, et al. A foundation model for atomistic materials "
        "chemistry. arXiv. [Preprint.] Mar 1, 2024 [accessed on 2024 Oct 21]. Available from: "
        "https://doi.org/10.48550/arXiv.2401.00096.\n"
        "15. The Materials Project. Available from: https://www.Materialsproject.Org/. "
        "[Last accessed on 21 Oct 2024].\n"
    )
    found = lint(text, today=TODAY, select=["RL301"])
    assert [(d.entry, d.message) for d in found] == [
        (14, "accessed on 2024-10-21, 764 days ago (limit 365 days)"),
        (15, "accessed on 2024-10-21, 764 days ago (limit 365 days)"),
    ]
    assert [[e.text for e in d.edits] for d in found] == [["2026 Nov 24"], ["24 Nov 2026"]]
    assert lint(text, today=TODAY, select=["RL301"], max_access_age=800) == []


# RL302 access-date-future


@pytest.mark.parametrize(
    ("accessed", "parts"),
    [("2026 Nov 25", ymd("2026 Nov 25")), ("2026 Dec", {"year": "2026", "month": "Dec"})],
)
def test_access_dates_after_today(accessed, parts):
    reference = page(accessed, **parts)
    (found,) = run(access_date.access_date_future, reference)
    assert found.message.startswith(
        f"accessed on {reference.accessed.iso()}, after today (2026-11-24)"
    )
    assert found.span == reference.accessed.span


@pytest.mark.parametrize(
    ("accessed", "parts"),
    [("2026 Nov 24", ymd("2026 Nov 24")), ("2026 Nov", {"year": "2026", "month": "Nov"})],
)
def test_access_dates_that_may_be_today(accessed, parts):
    assert run(access_date.access_date_future, page(accessed, **parts)) == []


def test_future_access_date_through_the_engine(lint):
    text = "1. MatBench [Internet]. [cited 2027 Oct 22]. Available from: https://matbench.org\n"
    found = lint(text, today=TODAY, select=["RL302"])
    assert [(d.code, text[d.column - 1 : d.end_column - 1]) for d in found] == [
        ("RL302", "2027 Oct 22")
    ]


# RL303 access-date-before-publication


def test_read_before_the_work_existed():
    reference = page("2022 Jan 9", **ymd("2022 Jan 9"))
    assert messages(access_date.access_date_before_publication, reference) == [
        "accessed on 2022-01-09, before the work's own date (2023); expected 2023-01-01 or later"
    ]


def test_dates_that_may_overlap_are_accepted():
    check = access_date.access_date_before_publication
    assert run(check, page("2023 Jan 1", **ymd("2023 Jan 1"))) == []
    assert run(check, page("2024 Mar 1", published="2024 Mar", **ymd("2024 Mar 1"))) == []
    assert len(run(check, page("2024 Feb 29", published="2024 Mar", **ymd("2024 Feb 29")))) == 1
    assert run(check, page(None)) == []


def test_access_before_publication_through_the_engine(lint):
    text = "1. OQMD [Internet]. 2023 [cited 2022 Jan 9]. Available from: https://oqmd.org\n"
    assert [d.code for d in lint(text, today=TODAY, select=["RL303"])] == ["RL303"]
    later = text.replace("2022 Jan 9", "2024 Jan 9")
    assert lint(later, today=TODAY, select=["RL303"]) == []


# RL304 access-date-missing


def test_web_page_without_access_date():
    reference = page(None)
    (found,) = run(access_date.access_date_missing, [reference])
    assert found.message == (
        "web page without an access date; add the date it was last read (e.g. [cited 2026 Nov 24])"
    )
    assert found.span == reference.urls[0].span


def test_entry_known_only_by_its_url():
    text = "62. MatBench. Available from: https://matbench.materialsproject.org/."
    reference = ref(text, urls=["https://matbench.materialsproject.org/"])
    assert messages(access_date.access_date_missing, [reference])[0].startswith(
        "source known only by its URL without an access date"
    )


def test_entries_with_other_locators_or_an_access_date_pass():
    text = "1. Xie T. Crystal graphs. Phys Rev Lett 2018;120:145301. https://doi.org/10.1103/x.1"
    article = ref(
        text,
        kind=Kind.ARTICLE,
        volume="120",
        doi="10.1103/x.1",
        urls=["https://doi.org/10.1103/x.1"],
    )
    assert run(access_date.access_date_missing, [article]) == []
    text = "1. Smith J. A book. London: Springer; 2020. Available from: https://example.org/book"
    book = ref(text, kind=Kind.BOOK, publisher="Springer", urls=["https://example.org/book"])
    assert run(access_date.access_date_missing, [book]) == []
    assert run(access_date.access_date_missing, [page("2026 Oct 1", **ymd("2026 Oct 1"))]) == []


def test_missing_access_date_through_the_engine(lint):
    text = "62. MatBench. Available from: https://matbench.materialsproject.org/.\n"
    found = lint(text, today=TODAY, select=["RL304"])
    assert [(d.code, d.entry) for d in found] == [("RL304", 62)]
    dated = text.rstrip("\n") + " [Last accessed on 22 Oct 2024].\n"
    assert lint(dated, today=TODAY, select=["RL304"]) == []
