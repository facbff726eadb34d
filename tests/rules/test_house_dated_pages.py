"""RL304 follows a list that dates its web sources by their own dates alone, as a government's
labelled list typed by hand does (`Title, July 28, 2016, available at: URL`): none of its pages
gives an access date and most give a date of their own, so its style asks for none. A list with
the marks of a style that dates every page (Citing Medicine's names and `Available from:`) is
still asked for them, and so is one whose pages mostly give no date at all. Lists written here."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 12, 8)

# A government's labelled list: issuing body, title, the document's own date, `available at:`
GOVERNMENT = """\
References
[C-10] Office of Budget, Circular C-10, Managing Public Records, July 28, 2016, available at: \
https://example.gov/circulars/c10.pdf.
[EO 101] Executive Order 101, Securing Payments Online, October 17, 2014, available at: \
https://example.gov/eo/101.
[Guide 4] Cabinet Office, Good Practice Guide 4, Proving an Identity, November 3, 2014, \
available at: https://example.gov/guides/4.
[Portal] Revenue Agency, Online Filing Portal, available at: https://example.gov/portal/.
[SP 12] Standards Institute Special Publication 12, Guide to Key Storage, June 2017, \
https://doi.org/10.9999/SI.SP.12.
"""


def _found(lint, text):
    return [(f.code, f.entry) for f in lint(text, today=TODAY, select=["RL304"])]


def test_a_list_that_dates_its_pages_by_their_own_dates_is_not_asked_for_access_dates(lint):
    assert _found(lint, GOVERNMENT) == []


def test_a_list_in_citing_medicine_is_still_asked_for_them(lint):
    marked = GOVERNMENT.replace("available at:", "Available from:")
    assert _found(lint, marked) == [("RL304", 1), ("RL304", 2), ("RL304", 3), ("RL304", 4)]


def test_a_list_whose_pages_mostly_give_no_date_is_still_asked_for_them(lint):
    undated = GOVERNMENT.replace(", July 28, 2016", "").replace(", October 17, 2014", "")
    assert _found(lint, undated) == [("RL304", 1), ("RL304", 2), ("RL304", 3), ("RL304", 4)]


def test_one_page_read_on_a_day_makes_the_list_date_its_pages(lint):
    read = GOVERNMENT.replace("portal/.", "portal/ (accessed 3 May 2021).")
    assert _found(lint, read) == [("RL304", 1), ("RL304", 2), ("RL304", 3)]
