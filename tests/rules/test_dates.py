"""Date rules (RL201-RL206): future, implausible, impossible and reversed dates."""

from __future__ import annotations

import datetime as dt

import pytest
from refslint_rules import dates

from refslint.api import Applicability, Kind, Span
from tests.rules.refbuild import TODAY, date, messages, ref, run

ARTICLE = "1. Drautz R. Atomic cluster expansion. Phys Rev B {date};99:014104."


def article(printed: str, **parts: str):
    text = ARTICLE.format(date=printed)
    return ref(text, kind=Kind.ARTICLE, date=date(text, printed, **parts))


def web(published: str, accessed: str, accessed_parts: dict[str, str], **parts: str):
    text = f"1. OQMD [Internet]. {published} [cited {accessed}]. Available from: https://oqmd.org"
    return ref(
        text,
        kind=Kind.WEBPAGE,
        date=date(text, published, **parts),
        accessed=date(text, accessed, after=text.index("cited"), **accessed_parts),
        urls=["https://oqmd.org"],
    )


def conference(printed: str, **parts: str):
    text = f"1. Jia W. Molecular dynamics. In: SC20; {printed}; Atlanta, USA. IEEE; 2020. p. 1-14."
    held = date(text, printed, **parts)
    published = date(text, "2020", after=text.index("IEEE"), year="2020")
    return ref(text, kind=Kind.CONFERENCE, date=published, dates=(held, published))


# RL201 date-in-future


@pytest.mark.parametrize(
    ("printed", "parts"),
    [
        ("2027", {"year": "2027"}),
        ("2026 Dec", {"year": "2026", "month": "Dec"}),
        ("2026 Nov 25", {"year": "2026", "month": "Nov", "day": "25"}),
    ],
)
def test_dates_that_cannot_have_happened_yet(printed, parts):
    assert messages(dates.date_in_future, article(printed, **parts)) == [
        f"'{printed}' is after today (2026-11-24); a work cannot be dated in the future"
    ]


@pytest.mark.parametrize(
    ("printed", "parts"),
    [
        ("2026", {"year": "2026"}),
        ("2026 Nov", {"year": "2026", "month": "Nov"}),
        ("2026 Nov 24", {"year": "2026", "month": "Nov", "day": "24"}),
    ],
)
def test_dates_that_may_be_today_are_not_future(printed, parts):
    assert run(dates.date_in_future, article(printed, **parts)) == []


def test_future_conference_dates_are_checked_but_access_dates_are_not():
    held = conference("2027 Nov 9-19", year="2027", month="Nov", day="9", end_day="19")
    assert len(run(dates.date_in_future, held)) == 1
    page = web("2023", "2027 Jan 5", {"year": "2027", "month": "Jan", "day": "5"}, year="2023")
    assert run(dates.date_in_future, page) == []


def test_future_date_through_the_engine(lint):
    text = ARTICLE.format(date="2027") + "\n"
    found = lint(text, today=TODAY, select=["RL201"])
    assert [(d.code, d.entry, text[d.column - 1 : d.end_column - 1]) for d in found] == [
        ("RL201", 1, "2027")
    ]
    assert lint(ARTICLE.format(date="2026") + "\n", today=TODAY, select=["RL201"]) == []


# RL202 date-implausible-year


def test_year_before_1600_is_implausible():
    found = run(dates.date_implausible_year, article("1599", year="1599"))
    assert [d.message for d in found] == [
        "year 1599 is implausibly early; expected 1600 or later: check for a mistyped year"
    ]
    assert run(dates.date_implausible_year, article("1600", year="1600")) == []


def test_earliest_year_is_an_option():
    assert run(dates.date_implausible_year, article("1599", year="1599"), earliest_year=1500) == []


def test_implausible_year_through_the_engine(lint):
    text = ARTICLE.format(date="1519") + "\n"
    assert [d.code for d in lint(text, today=TODAY, select=["RL202"])] == ["RL202"]
    assert lint(text, today=TODAY, select=["RL202"], earliest_year=1500) == []


# RL203 day-invalid


@pytest.mark.parametrize(
    ("printed", "parts", "message"),
    [
        (
            "2023 Feb 29",
            {"year": "2023", "month": "Feb", "day": "29"},
            "day 29 does not exist in February 2023 "
            "(2023 is not a leap year; February 2023 has 28 days) ('2023 Feb 29')",
        ),
        (
            "2024 Feb 30",
            {"year": "2024", "month": "Feb", "day": "30"},
            "day 30 does not exist in February 2024 (February 2024 has 29 days) ('2024 Feb 30')",
        ),
        (
            "2021 Apr 31",
            {"year": "2021", "month": "Apr", "day": "31"},
            "day 31 does not exist in April (April has 30 days) ('2021 Apr 31')",
        ),
        (
            "2021 Apr 0",
            {"year": "2021", "month": "Apr", "day": "0"},
            "day 0 does not exist (days run 1-30) ('2021 Apr 0')",
        ),
    ],
)
def test_days_the_month_does_not_have(printed, parts, message):
    reference = article(printed, **parts)
    (found,) = run(dates.day_invalid, reference)
    assert found.message == message
    assert found.span == reference.date.day_span


def test_feb_29_in_a_leap_year_and_month_ends_are_valid():
    assert run(dates.day_invalid, article("2024 Feb 29", year="2024", month="Feb", day="29")) == []
    assert run(dates.day_invalid, article("2021 Apr 30", year="2021", month="Apr", day="30")) == []


def test_the_end_of_a_range_is_checked_in_its_own_month():
    bad = conference("2021 Apr 28-31", year="2021", month="Apr", day="28", end_day="31")
    assert messages(dates.day_invalid, bad) == [
        "the range ends on day 31, which does not exist in April (April has 30 days) "
        "('2021 Apr 28-31')"
    ]
    across = conference(
        "2020 Nov 30-Dec 2", year="2020", month="Nov", day="30", end_month="Dec", end_day="2"
    )
    assert run(dates.day_invalid, across) == []


def test_day_after_an_unreadable_month_is_checked_against_any_month():
    reference = article("2020 Noc 32", year="2020", month="Noc", day="32")
    assert messages(dates.day_invalid, reference) == [
        "day 32 does not exist in any month (days run 1-31) ('2020 Noc 32')"
    ]
    assert run(dates.day_invalid, article("2020 Noc 31", year="2020", month="Noc", day="31")) == []


def test_access_dates_are_checked_too():
    page = web("2023", "2023 Feb 29", {"year": "2023", "month": "Feb", "day": "29"}, year="2023")
    assert len(run(dates.day_invalid, page)) == 1


def test_invalid_day_through_the_engine(lint):
    text = "1. OQMD [Internet]. 2023 [cited 2023 Feb 29]. Available from: https://oqmd.org\n"
    found = lint(text, today=TODAY, select=["RL203"])
    assert [(d.code, text[d.column - 1 : d.end_column - 1]) for d in found] == [("RL203", "29")]
    ok = text.replace("2023 Feb 29", "2024 Feb 29")
    assert lint(ok, today=TODAY, select=["RL203"]) == []


# RL204 month-invalid


def test_misspelt_month_gets_the_closest_month_and_an_unsafe_fix():
    reference = conference("2020 Noc 09-19", year="2020", month="Noc", day="09", end_day="19")
    (found,) = run(dates.month_invalid, reference)
    assert found.message == "'Noc' is not a month (2020 Noc 09-19); did you mean 'Nov'?"
    token = reference.dates[0].month_token
    assert found.span == token.span
    assert found.fix.applicability is Applicability.UNSAFE
    assert [(e.span, e.text) for e in found.fix.edits] == [(token.span, "Nov")]


@pytest.mark.parametrize(
    ("token", "suggestion"),
    [
        ("Febuary", "'February'"),
        ("AGU", "'AUG'"),
        ("Jnu", "'Jun'"),
        ("Sepember", "'September'"),
        ("Nvo.", "'Nov.'"),
    ],
)
def test_suggestions_keep_the_printed_case_and_length(token, suggestion):
    reference = article(f"2020 {token}", year="2020", month=token)
    assert messages(dates.month_invalid, reference) == [
        f"'{token}' is not a month (2020 {token}); did you mean {suggestion}?"
    ]


def test_ambiguous_typo_names_both_months_and_offers_no_fix():
    (found,) = run(dates.month_invalid, article("2020 Mai", year="2020", month="Mai"))
    assert found.message == "'Mai' is not a month (2020 Mai); did you mean 'Mar' or 'May'?"
    assert found.fix is None


def test_no_suggestion_for_words_or_numbers_far_from_any_month():
    assert messages(dates.month_invalid, article("2020 Xyz", year="2020", month="Xyz")) == [
        "'Xyz' is not a month (2020 Xyz); expected a month such as 'Jan' or 'January'"
    ]
    text = "1. Drautz R. Atomic cluster expansion. Phys Rev B 2019/13/05;99:014104."
    numeric = ref(text, date=date(text, "2019/13/05", year="2019", month="13", day="05"))
    assert messages(dates.month_invalid, numeric) == [
        "'13' is not a month (2019/13/05); expected a month number from 1 to 12"
    ]


def test_the_end_month_of_a_range_is_checked():
    reference = article("2019 Jun-Jly", year="2019", month="Jun", end_month="Jly")
    assert messages(dates.month_invalid, reference) == [
        "'Jly' is not a month (2019 Jun-Jly); did you mean 'July'?"
    ]


def test_months_are_accepted():
    assert run(dates.month_invalid, article("2019 Sep", year="2019", month="Sep")) == []
    assert run(dates.month_invalid, article("2019 Sept", year="2019", month="Sept")) == []


def test_seasons_are_accepted_through_the_engine(lint):
    text = "1. Jia W. Molecular dynamics at scale. Science 2019 Spring;5:1-14.\n"
    assert lint(text, today=TODAY, select=["RL204"]) == []


def test_corpus_entry_74_through_the_engine(lint):
    text = (
        "74. Jia W, Wang H, Chen M, Lu D, Lin L, Car R. Pushing the limit of molecular "
        "dynamics with ab initio accuracy to 100 million atoms with machine learning. In. SC20: "
        "International Conference for High Performance Computing, Networking, Storage and "
        "Analysis; 2020 Noc 09-19; Atlanta, USA. IEEE; 2020. pp. 1-14.\n"
    )
    (found,) = lint(text, today=TODAY, select=["RL204"])
    assert (found.entry, found.message) == (
        74,
        "'Noc' is not a month (2020 Noc 09-19); did you mean 'Nov'?",
    )
    assert text[found.column - 1 : found.end_column - 1] == "Noc"
    assert [e.text for e in found.edits] == ["Nov"]
    assert lint(text.replace("Noc", "Nov"), today=TODAY, select=["RL204"]) == []


# RL205 date-range-reversed


def test_reversed_day_range():
    reference = conference("2020 Nov 19-09", year="2020", month="Nov", day="19", end_day="09")
    (found,) = run(dates.date_range_reversed, reference)
    assert found.message == (
        "the range '19-09' runs backwards (2020 Nov 19-09); "
        "expected the earlier day first ('09-19')"
    )
    held = reference.dates[0]
    assert found.span == Span(held.day_span.start, held.end_day_span.end)


def test_reversed_month_range():
    reference = article("2019 Jun-Mar", year="2019", month="Jun", end_month="Mar")
    assert messages(dates.date_range_reversed, reference) == [
        "the range 'Jun-Mar' runs backwards (2019 Jun-Mar); expected the earlier month first "
        "('Mar-Jun')"
    ]


@pytest.mark.parametrize(
    ("printed", "parts"),
    [
        ("2020 Nov 09-19", {"year": "2020", "month": "Nov", "day": "09", "end_day": "19"}),
        ("2019 Mar-Jun", {"year": "2019", "month": "Mar", "end_month": "Jun"}),
        ("2019 Dec-Jan", {"year": "2019", "month": "Dec", "end_month": "Jan"}),
        (
            "2020 Nov 30-Dec 2",
            {"year": "2020", "month": "Nov", "day": "30", "end_month": "Dec", "end_day": "2"},
        ),
    ],
)
def test_ranges_in_order(printed, parts):
    assert run(dates.date_range_reversed, conference(printed, **parts)) == []


def test_days_across_reversed_months_are_reported_once():
    parts = {"year": "2020", "month": "Dec", "day": "30", "end_month": "Nov", "end_day": "2"}
    found = messages(dates.date_range_reversed, conference("2020 Dec 30-Nov 2", **parts))
    assert len(found) == 1
    assert "'Dec-Nov'" in found[0]


def test_reversed_range_through_the_engine(lint):
    text = "1. Jia W. Molecular dynamics. In: SC20; 2020 Nov 19-09; Atlanta, USA. IEEE; 2020.\n"
    found = lint(text, today=TODAY, select=["RL205"])
    assert [(d.code, text[d.column - 1 : d.end_column - 1]) for d in found] == [("RL205", "19-09")]
    assert lint(text.replace("19-09", "09-19"), today=TODAY, select=["RL205"]) == []


# RL206 preprint-before-arxiv-id


def preprint(printed: str, identifier: str, **parts: str):
    text = (
        f"1. Lundberg S. Interpreting predictions. arXiv [Preprint]. {printed}. arXiv:{identifier}."
    )
    return ref(
        text,
        kind=Kind.PREPRINT,
        date=date(text, printed, **parts),
        arxiv=identifier,
        container="arXiv",
    )


def test_preprint_older_than_its_identifier():
    reference = preprint("2017 Apr 30", "1705.07874", year="2017", month="Apr", day="30")
    (found,) = run(dates.preprint_before_arxiv_id, reference)
    assert found.message == (
        "dated '2017 Apr 30', before arXiv 1705.07874 was submitted (May 2017); "
        "expected May 2017 or later"
    )
    assert found.span == reference.date.span


def test_preprint_from_the_month_of_its_identifier_or_later():
    for printed, parts in [
        ("2017 May 1", {"year": "2017", "month": "May", "day": "1"}),
        ("2017", {"year": "2017"}),
        ("2019 Jan 9", {"year": "2019", "month": "Jan", "day": "9"}),
    ]:
        assert run(dates.preprint_before_arxiv_id, preprint(printed, "1705.07874v2", **parts)) == []


def test_old_style_identifiers_encode_their_month_too():
    reference = preprint("1998", "hep-th/9901001", year="1998")
    assert messages(dates.preprint_before_arxiv_id, reference) == [
        "dated '1998', before arXiv hep-th/9901001 was submitted (Jan 1999); "
        "expected Jan 1999 or later"
    ]


def test_identifier_read_from_an_arxiv_doi():
    text = (
        "1. Gebauer NWA. Symmetry-adapted generation. arXiv. [Preprint.] Jan 9, 2019. "
        "Available from: https://doi.org/10.48550/arXiv.1906.00957."
    )
    reference = ref(
        text,
        kind=Kind.PREPRINT,
        date=date(text, "Jan 9, 2019", month="Jan", day="9", year="2019"),
        doi="10.48550/arXiv.1906.00957",
    )
    assert len(run(dates.preprint_before_arxiv_id, reference)) == 1


def test_journal_articles_may_predate_their_arxiv_copy():
    text = "1. Ward L. Machine learning. npj Comput Mater 2016;2:16028. arXiv:1606.09551."
    reference = ref(
        text, kind=Kind.ARTICLE, date=date(text, "2016", year="2016"), arxiv="1606.09551"
    )
    assert run(dates.preprint_before_arxiv_id, reference) == []


def test_preprint_date_through_the_engine(lint):
    text = (
        "18. Gebauer NWA, Gastegger M, Schütt KT. Symmetry-adapted generation of 3d point sets. "
        "arXiv. [Preprint.] Jan 9, 2019 [accessed on 2024 Oct 21]. "
        "Available from: https://doi.org/10.48550/arXiv.1906.00957.\n"
    )
    found = lint(text, today=TODAY, select=["RL206"])
    assert [(d.code, text[d.column - 1 : d.end_column - 1]) for d in found] == [
        ("RL206", "Jan 9, 2019")
    ]
    later = text.replace("Jan 9, 2019", "Jan 9, 2020")
    assert lint(later, today=dt.date(2026, 11, 24), select=["RL206"]) == []


def test_an_early_printed_book_is_real_and_an_article_of_its_year_is_not(lint):
    books = (
        "References\n"
        "Schmidel, U. (1567). Warhafftige Beschreibunge aller Schiffarten. Sigmund Feyerabend.\n"
        "Schmidel, U. (1599). Americae pars VII. Theodor De Bry.\n"
        "Schmidel, U. (1419). Reise in die Neue Welt. Feyerabend.\n"
    )
    found = lint(books, today=TODAY, select=["RL202"])
    # printing began about 1450: a book before it is a mistyped year still
    assert [(d.code, d.entry) for d in found] == [("RL202", 3)]
    assert [d.code for d in lint(ARTICLE.format(date="1567") + "\n", select=["RL202"])] == ["RL202"]
