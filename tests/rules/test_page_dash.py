"""RL804: a page range's joiner (hyphen, en dash, minus sign, spaced or not) among the list's own."""

from __future__ import annotations

from refslint.fixes import apply_edits

SURNAMES = ["Adams", "Baker", "Clark", "Davis", "Evans", "Fisher", "Green", "Hall", "Irwin"]
SURNAMES += ["Jones", "King", "Lewis", "Moore", "Nash"]
JOURNALS = ["Ecology", "Oecologia", "Evolution", "Am Nat", "J Anim Ecol", "Oikos", "Ecol Lett"]


def apa(pages: list[str]) -> str:
    """An author-date list of journal articles, one for each range in `pages`."""
    return "".join(
        f"{i + 1}. {SURNAMES[i]}, B. C., & Other, D. ({2000 + i}). A study of forest {i + 1}. "
        f"{JOURNALS[i % len(JOURNALS)]}, {10 + i}(2), {p}.\n"
        for i, p in enumerate(pages)
    )


def bracketed(pages: list[str]) -> str:
    """A list in the bracketed form of BibTeX's plain styles (`Journal, 383:645–661, 2017.`)."""
    return "".join(
        f"[{i + 1}] Anna Berg and Carl Dahl. Quantum walks number {i + 1}. "
        f"{JOURNALS[i % len(JOURNALS)]}, {300 + i}:{p}, {2000 + i}.\n"
        for i, p in enumerate(pages)
    )


def test_a_spaced_dash_among_closed_up_ranges_is_flagged_and_closed_up(lint):
    pages = ["117–124", "318–327", "53–78", "57–76", "1–9", "239 – 248"]
    text = apa(pages)
    (d,) = lint(text, select=["RL804"])
    assert d.entry == 6
    assert "uses a spaced en dash; 5 of 6 page ranges use en dash" in d.message
    assert apply_edits(text, list(d.edits)) == text.replace("239 – 248", "239–248")


def test_a_spaced_dash_is_read_in_bracketed_lists_too(lint):
    pages = ["3467–3486", "287–298", "645 – 661", "6920–6927", "672–687", "157–168"]
    text = bracketed(pages)
    (d,) = lint(text, select=["RL804"])
    assert d.entry == 3
    assert apply_edits(text, list(d.edits)) == text.replace("645 – 661", "645–661")


def test_a_list_that_spaces_every_dash_is_left_alone(lint):
    pages = ["117 – 124", "318 – 327", "53 – 78", "57 – 76", "1 – 9", "239 – 248"]
    assert lint(apa(pages), select=["RL804"]) == []


def test_a_long_list_settles_with_a_smaller_share(lint):
    # nine en dashes and three hyphens among twelve ranges: a habit and three strays
    pages = ["386–400", "1-18", "227–268", "50–60", "499–512", "1-49"]
    pages += ["1222–1243", "356–374", "65–77", "370-396", "277–290", "229–253"]
    results = lint(apa(pages), select=["RL804"])
    assert [d.entry for d in results] == [2, 6, 10]
    assert all("uses hyphen; 9 of 12 page ranges use en dash" in d.message for d in results)


def test_a_short_list_split_three_to_one_or_a_long_one_split_evenly_sets_nothing(lint):
    short = ["386–400", "227–268", "50–60", "1-18"]  # four ranges: too few
    even = ["386–400", "1-18", "227–268", "50-60", "499–512", "1-49"] * 2  # 6 of 12
    assert lint(apa(short), select=["RL804"]) == []
    assert lint(apa(even), select=["RL804"]) == []
