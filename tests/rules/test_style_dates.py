"""RL812: dates of one role written one way; each role (publication, preprint, access) apart."""

import pytest

from tests.data import REVIEW_124 as REVIEW

ACCESS = (
    "{n}. Site{n} A. Page {n} [Internet]. 2023 [cited {date}]. Available from: https://s{n}.org\n"
)
PREPRINT = (
    "{n}. Author{n} B. Preprint {n}. arXiv. [Preprint.] {date} [accessed on 2024 Oct 21]. "
    "Available from: https://doi.org/10.48550/arXiv.2401.0009{n}.\n"
)


def listing(template: str, dates: list[str], start: int = 1) -> str:
    return "".join(template.format(n=n, date=d) for n, d in enumerate(dates, start))


def codes(lint, text: str) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(text, select="RL812")]


def test_the_one_access_date_written_day_first_is_flagged(lint):
    text = listing(ACCESS, ["2024 Jan 9", "2024 Feb 3", "2024 Mar 5", "2024 Apr 7", "9 May 2024"])
    [(entry, message)] = codes(lint, text)
    assert entry == 5
    assert "'9 May 2024' is written day month year" in message
    assert "4 of 5 access dates are written year month day" in message


def test_a_month_in_full_among_abbreviated_months_is_flagged(lint):
    text = listing(
        ACCESS, ["2024 Jan 9", "2024 Feb 3", "2024 Mar 5", "2024 Apr 7", "2024 December 2"]
    )
    [(entry, message)] = codes(lint, text)
    assert entry == 5 and "month in full" in message


def test_short_months_a_list_only_writes_whole_are_no_break(lint):
    # styles that abbreviate only the longer months write June and July out
    dates = ["2024 Jan 9", "2024 Feb 3", "2023 June 5", "2024 Aug 7", "2024 Oct 1", "2024 Dec 2"]
    assert codes(lint, listing(ACCESS, [*dates, "2022 July"])) == []
    # the same list printing one in its order of day first still breaks the order
    [(entry, message)] = codes(lint, listing(ACCESS, [*dates, "4 July 2022"]))
    assert entry == 7 and "day month year" in message


def test_a_short_month_the_list_also_cuts_is_flagged(lint):
    dates = ["2024 Jan 9", "2024 Jun 3", "2024 Mar 5", "2024 Apr 7", "2024 Nov 1", "2023 June 5"]
    [(entry, message)] = codes(lint, listing(ACCESS, dates))
    assert entry == 6 and "month in full" in message
    # a long month written whole is still flagged in a list that cuts months
    text = listing(
        ACCESS, ["2024 Jan 9", "2024 Feb 3", "2024 July 5", "2024 Apr 7", "2024 October 2"]
    )
    [(entry, message)] = codes(lint, text)
    assert entry == 5 and "month in full" in message


def test_short_months_in_a_list_of_whole_months_are_quiet(lint):
    dates = ["2024 January 9", "2024 June 3", "2024 February 5", "2024 July 7", "2024 March 2"]
    assert codes(lint, listing(ACCESS, dates)) == []


def test_roles_are_judged_apart(lint):
    """Preprints dated "Mar 1, 2024" beside access notes "2024 Oct 21" (review-124's habit)."""
    text = listing(
        PREPRINT, ["Mar 1, 2024", "Jan 9, 2020", "Jun 8, 2018", "Feb 16, 2022", "Sep 15, 2023"]
    )
    assert codes(lint, text) == []


def test_a_day_padded_with_a_zero_among_days_without_one_and_back(lint):
    text = listing(
        ACCESS,
        ["2024 Jan 9", "2024 Feb 3", "2024 Mar 15", "2024 Apr 7", "2024 May 2", "2024 Jun 08"],
    )
    [(entry, message)] = codes(lint, text)
    assert entry == 6 and "'2024 Jun 08' is written with a zero before the day" in message
    assert "4 of 5 access dates before the tenth are written with no zero" in message
    padded = listing(
        ACCESS, ["2024 Jan 09", "2024 Feb 03", "2024 Mar 05", "2024 Apr 07", "2024 May 2"]
    )
    [(entry, message)] = codes(lint, padded)
    assert entry == 5 and "with no zero" in message
    # days from the tenth on say nothing of padding: a list of them keeps no habit to break
    late = listing(
        ACCESS, ["2024 Jan 19", "2024 Feb 13", "2024 Mar 15", "2024 Apr 17", "2024 May 02"]
    )
    assert codes(lint, late) == []


@pytest.mark.parametrize(
    "dates",
    [
        ["2024 Jan 9", "2024 Feb 3", "2024 Mar 5", "2024 Apr 7", "2024 May 2"],
        ["2024 Jan 9", "9 Feb 2024", "2024 Mar 5"],  # three entries set no convention
        ["2024 Jan 9", "9 Feb 2024", "2024 Mar 5", "3 Apr 2024", "2024 May 2"],  # 60/40: unsettled
    ],
)
def test_consistent_or_unsettled_lists_are_quiet(lint, dates):
    assert codes(lint, listing(ACCESS, dates)) == []


def test_review_124_is_quiet(lint):
    """Its access notes split 11 to 4 (73%, below the threshold); its preprint dates agree."""
    assert codes(lint, REVIEW.read_text(encoding="utf-8")) == []


GERMAN = "{n}. Autor{n} A. Seite {n}. 2023. https://s{n}.de/seite.html. Zugriff am {date}.\n"


def test_a_german_day_without_its_period_is_flagged(lint):
    dates = ["14. September 2024", "13. Februar 2025", "2. Oktober 2024", "10. Dezember 2024"]
    text = listing(GERMAN, [*dates, "10 September 2024"])
    [(entry, message)] = codes(lint, text)
    assert entry == 5
    assert "'10 September 2024' is written day month year" in message
    assert "4 of 5 access dates are written day. month year" in message


def test_german_days_with_their_periods_are_quiet(lint):
    dates = ["14. September 2024", "13. Februar 2025", "2. Oktober 2024", "10. Dezember 2024"]
    assert codes(lint, listing(GERMAN, [*dates, "1. November 2024"])) == []
