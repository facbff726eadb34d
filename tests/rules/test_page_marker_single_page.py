"""RL802 and `p.` before one page: lists that write `pp.` before a range (IEEE, APA) write `p.`
before a single page, which is the same convention, not a deviation from it."""

IEEE = [
    "A. One, “First work,” Journal of Things, vol. 3, no. 1, pp. 1–9, 2010.",
    "B. Two, “Second work,” Journal of Things, vol. 4, no. 2, pp. 10–19, 2011.",
    "C. Three, “Third work,” Journal of Things, vol. 5, no. 1, pp. 20–29, 2012.",
    "D. Four, “Fourth work,” Journal of Things, vol. 6, no. 1, pp. 30–39, 2013.",
    "E. Five, “Fifth work,” Journal of Things, vol. 7, no. 1, pp. 40–49, 2014.",
    "F. Six, “Sixth work,” Journal of Things, vol. 8, no. 1, pp. 50–59, 2015.",
]


def _markers(lint, entries):
    text = "".join(f"[{n}] {e}\n" for n, e in enumerate(entries, 1))
    return [d.entry for d in lint(text, select="RL802")]


def test_p_before_a_single_page_is_the_pp_list_own_form(lint):
    entry = "G. Seven, “Seventh work,” Journal of Things, vol. 41, p. 20, 1911."
    assert _markers(lint, [*IEEE, entry]) == []


def test_p_before_a_range_in_a_pp_list_is_still_flagged(lint):
    entry = "G. Seven, “Seventh work,” Journal of Things, vol. 41, p. 20–29, 1911."
    assert _markers(lint, [*IEEE, entry]) == [7]


def test_a_short_ieee_list_is_not_held_to_vancouver_p(lint):
    """Under five entries RL802 asks Vancouver's `p.`; IEEE's `vol. 3, pp. 1–9` is its own form."""
    assert _markers(lint, IEEE[:2]) == []
    vancouver = (
        "Gilmer J, Dahl GE. Neural message passing. In: Proceedings of the 34th International "
        "Conference on Machine Learning; Sydney, Australia. 2017. pp. 1263-72."
    )
    assert _markers(lint, [vancouver]) == [1]
