"""An archived copy names a fixed, dated version of a page: RL304 asks it for no access date, nor
the other pages of a list that archives its links rather than dating them; a student's deposited
paper is no web page."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 24)


def _codes(lint, text: str) -> list[str]:
    return [d.code for d in lint(text, today=TODAY, select=["RL304"])]


def test_a_perma_cc_copy_needs_no_access_date(lint):
    text = (
        "1. Lee K. Open access and royalties. https://perma.cc/V765-8LQT\n"
        "2. Park J. Library budgets. https://example.org/budgets\n"
    )
    found = lint(text, today=TODAY, select=["RL304"])
    assert [d.line for d in found] == [2]  # the page the list did not archive still needs one


def test_archiving_lists_pages_are_left_alone(lint):
    text = (
        "1. Fischer G. Second publication right. In: iRights info, 17.04.2023, "
        "https://perma.cc/3UJV-NX8H\n"
        "2. Reda F. No conflict. In: iRights info, 26.07.2024, https://perma.cc/V975-P7H9\n"
        "3. Wiese R. What to watch for. In: iRights info, 11.09.2024, https://perma.cc/32MP-2BCR\n"
        "4. Basic Law for the Federal Republic of Germany. https://example.org/gg/\n"
    )
    assert _codes(lint, text) == []


def test_a_list_that_dates_its_pages_still_asks_the_undated_one(lint):
    text = (
        "1. Fischer G. Second publication right. https://perma.cc/3UJV-NX8H\n"
        "2. Reda F. No conflict. https://perma.cc/V975-P7H9\n"
        "3. Wiese R. What to watch for. https://perma.cc/32MP-2BCR [cited 2024 Sep 12]\n"
        "4. Basic Law for the Federal Republic of Germany. https://example.org/gg/\n"
    )
    assert _codes(lint, text) == ["RL304"]


def test_two_archived_copies_of_five_pages_are_no_habit(lint):
    text = (
        "1. Fischer G. Second publication right. https://perma.cc/3UJV-NX8H\n"
        "2. Reda F. No conflict. https://perma.cc/V975-P7H9\n"
        "3. Wiese R. What to watch for. https://example.org/wiese\n"
        "4. Lange M. Royalties. https://example.org/lange\n"
        "5. Basic Law for the Federal Republic of Germany. https://example.org/gg/\n"
    )
    assert _codes(lint, text) == ["RL304"] * 3


def test_a_deposited_student_paper_is_no_web_page(lint):
    text = (
        "1. Themel S. Listening to each other: an apprentices' sound project. Projektarbeit im "
        "Rahmen der Ausbildung für Bibliothekar*innen, 2019–2021. URL: "
        "https://example.org/projektarbeiten/themel.pdf\n"
        "2. Park J. Library budgets. https://example.org/budgets\n"
    )
    assert [d.line for d in lint(text, today=TODAY, select=["RL304"])] == [2]
