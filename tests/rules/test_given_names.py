"""A given name printed where the surname goes, against the right printing elsewhere (RL527)."""

from __future__ import annotations

IEEE = [
    "B. I. Moat, D. A. Smeed, H. L. Bryden, C. Beaulieu, Overturning at 26N. Ocean Sci. 16, "
    "863-874 (2020).",
    "I. Moat Ben, A. Smeed David, L. B. Harry, B. Claudie, Pending recovery of the overturning. "
    "Ocean Sci. 17, 1-12 (2021).",
    "L. C. Jackson, C. Beaulieu, The evolution of the overturning. Nat. Rev. Earth 3, 241-254 "
    "(2022).",
]


def numbered(entries: list[str]) -> str:
    return "".join(f"{i}. {e}\n" for i, e in enumerate(entries, 1))


def test_an_entry_printing_given_names_as_surnames_is_flagged(lint):
    found = lint(numbered(IEEE), select=["RL527"])
    assert {(d.entry, str(d.severity)) for d in found} == {(2, "warning")}
    flagged = [d.message.split("`")[1] for d in found]
    assert flagged == ["I. Moat Ben", "A. Smeed David", "L. B. Harry", "B. Claudie"]
    assert "entry 1 prints the same person `H. L. Bryden`" in found[2].message
    # (two letters in common: `C. Beaulieu`, printed twice, is the list's usual printing)
    assert "perhaps `C. Beaulieu` of entry 1" in found[3].message


def test_vancouver_names_swapped_are_flagged(lint):
    entries = [
        "Bryden HL, Moat BI, Smeed DA. Slowing of the overturning. Nature. 2005;438:655-7.",
        "Harry LB, Ben MI, Smeed DA. Overturning at 26N. Ocean Sci. 2020;16:863-74.",
        # `Ben MI` and `Moat BI` each read as the other swapped: `Moat` printed twice decides
        "Moat BI, Rayner D. The Florida Current. J Phys Oceanogr. 2010;40:1-9.",
    ]
    found = lint(numbered(entries), select=["RL527"])
    assert [(d.entry, d.message.split("`")[1]) for d in found] == [
        (2, "Harry LB"),
        (2, "Ben MI"),
    ]


def test_names_that_match_by_chance_are_left_alone(lint):
    chinese = [
        "Wang L, Zhang Y, Chen X. Graphene anodes. Nano Lett. 2015;15:1-9.",
        "Li W, Zhang Y, Liu H. Silicon anodes. Nano Lett. 2016;16:10-9.",
        "Yang WX, Zhang Y, Wang XY. Lithium metal. Nano Lett. 2017;17:20-9.",
    ]
    assert lint(numbered(chinese), select=["RL527"]) == []


def test_one_name_alone_is_no_evidence(lint):
    # three letters in common and two co-authors shared, but one name in the entry: chance
    entries = [
        "Manners E.J., Smith A., Jones B. The database of databases. NAR. 2020;48:1-9.",
        "Elizarraras J.M., Smith A., Jones B. The web server issue. NAR. 2021;49:1-9.",
    ]
    assert lint(numbered(entries), select=["RL527"]) == []


def test_a_given_name_written_out_after_the_surname_is_not_a_swap(lint):
    entries = [
        "Chen D.S., Mellman I. Oncology meets immunology. Immunity. 2013;39:1-10.",
        "Chen Daniel S., Mellman I. Elements of cancer immunity. Nature. 2017;541:321-30.",
    ]
    assert lint(numbered(entries), select=["RL527"]) == []


def test_apa_names_printed_right_in_every_entry_are_left_alone(lint):
    apa = [
        "Moat, B. I., & Smeed, D. A. (2020). Overturning at 26N. Ocean Sci, 16, 863-874.",
        "Smeed, D. A., & Moat, B. I. (2018). Reduced overturning. Geophys Res Lett, 45, 1527-1533.",
        "Bryden, H. L., & Moat, B. I. (2005). Slowing of the overturning. Nature, 438, 655-657.",
    ]
    assert lint(numbered(apa), select=["RL527"]) == []


def test_without_the_right_printing_elsewhere_nothing_is_said(lint):
    entries = [
        "Hengchao Z, Huimin L. The development of a refining cell. TMS Light Met. 2008;1:533-5.",
        "Moat BI, Smeed DA. Overturning at 26N. Ocean Sci. 2020;16:863-74.",
    ]
    assert lint(numbered(entries), select=["RL527"]) == []


def test_two_chance_swaps_with_no_co_author_printed_alike_are_left_alone(lint):
    # one big team's entry and another's: `Dahlin CM` matches `Cirillo DM` and `Admane S`
    # matches `Sandgren A` by chance; the entries share no one printed alike
    entries = [
        "Sotgiu G, Centis R, Cirillo DM, Sandgren A, Migliori GB. Anti-tuberculosis drugs in "
        "Europe. Eur Respir J. 2012;40:500-3.",
        "Temel JS, Greer JA, Admane S, Lennes IT, Dahlin CM, Pirl WF. Perceptions of prognosis. "
        "J Clin Oncol. 2011;29:2319-26.",
    ]
    assert lint(numbered(entries), select=["RL527"]) == []


def test_particles_printed_as_initials_still_tie_two_entries(lint):
    # `V. D. Heydt` is `A. S. von der Heydt` with the particles as initials: one co-author.
    # `S. Anna` and `A. Sluijs` each read as the other swapped, once each: not reported, but
    # evidence that entry 2 swaps its names; `Dijkstra` is printed twice, `Henk` once
    entries = [
        "M. Baatsen, A. S. von der Heydt, A. Sluijs, H. A. Dijkstra, The Eocene climate. Clim. "
        "Past 16, 2573-2597 (2020).",
        "A. Juling, V. D. Heydt, S. Anna, D. A. Henk, The freshwater budget. Ocean Sci. 17, "
        "729-754 (2021).",
        "R. M. van Westen, H. A. Dijkstra, Model biases. EGUsphere 1, 1-29 (2023).",
    ]
    found = lint(numbered(entries), select=["RL527"])
    assert [(d.entry, d.message.split("`")[1]) for d in found] == [(2, "D. A. Henk")]


CELL = [
    "Moat, B.I., Smeed, D.A., and Bryden, H.L. (2020). The overturning circulation at 26N. Ocean "
    "Sci. 16, 863-874.",
    "Harry, L.B., Smeed, D.A., and Ben, M.I. (2018). Recovery of the overturning. Geophys. Res. "
    "Lett. 45, 1527-1533.",
    "Bryden, H.L., and Moat, B.I. (2005). Slowing of the overturning. Nature 438, 655-657.",
]
HARVARD = [
    "Moat, B.I., Smeed, D.A. and Bryden, H.L. (2020) 'The overturning circulation at 26N', Ocean "
    "Science, 16, pp. 863-874.",
    "Harry, L.B., Smeed, D.A. and Ben, M.I. (2018) 'Recovery of the overturning', Geophysical "
    "Research Letters, 45, pp. 1527-1533.",
    "Bryden, H.L. and Moat, B.I. (2005) 'Slowing of the overturning', Nature, 438, pp. 655-657.",
]


def test_author_date_styles_are_read_the_same_way(lint):
    for entries in (CELL, HARVARD):
        found = lint(numbered(entries), select=["RL527"])
        assert [(d.entry, d.message.split("`")[1]) for d in found] == [
            (2, "Harry, L.B."),
            (2, "Ben, M.I."),
        ]


def test_a_psychology_list_of_right_names_stays_silent(lint):
    apa = [
        "Ben-Shahar, T., & Tal, R. (2008). Happiness lessons. J Posit Psychol, 3, 1-9.",
        "Tal, R., & Shahar, B. (2010). Mindful parenting. Mindfulness, 1, 10-19.",
        "Jordan, M. B., & Michael, J. (2012). Sport and grit. J Pers, 80, 20-29.",
        "Michael, J., Jordan, M. B., & Tal, R. (2013). Grit again. J Pers, 81, 30-39.",
        "Bates, N., & Norman, B. (2014). Motels and memory. Mem Cogn, 42, 40-49.",
        "Norman, B., & Bates, N. (2015). More on motels. Mem Cogn, 43, 50-59.",
    ]
    assert lint(numbered(apa), select=["RL527"]) == []


def _crowded(n: int) -> str:
    """`n` entries of six initials-first names drawn from six letters, so that many names read
    as others swapped (`A. Bxx` and `B. Axx`) and a few co-authors recur across entries."""
    import random

    draw = random.Random(n)
    letters = "ABCDEF"

    def name() -> str:
        initials = ". ".join(draw.choice(letters) for _ in range(draw.randint(1, 2)))
        return f"{initials}. {draw.choice(letters)}{draw.choice(['ar', 'el', 'on'])}" + "".join(
            draw.choice("abcdefghij") for _ in range(3)
        )

    return "".join(
        f"{i}. {', '.join(name() for _ in range(6))}, A study. J. Phys. {i}, 1 (2010).\n"
        for i in range(1, n + 1)
    )


def test_comparing_names_grows_linearly_with_the_list(lint):
    """Four times the entries, well under sixteen times the time: a name is compared only with
    the printings its letters point to, and letters that too many names share are no evidence."""
    from functools import partial

    from tests.timing import assert_linear

    small, large = _crowded(150), _crowded(600)
    assert_linear(
        partial(lint, small, select=["RL527"]), partial(lint, large, select=["RL527"]), bound=8
    )


def test_chinese_names_that_read_as_each_other_swapped_are_left_alone(lint):
    # `Y. Z. Wang` and `W. Y. Zhang`, `H. Liu` and `L. Huang`: four people of two teams that
    # share `L. Chen`; a Chinese surname is no given name printed as one
    entries = [
        "Y. Z. Wang, L. Chen, H. Liu, Graphene anodes, IEEE Trans. Power Electron. 30, 1 (2015).",
        "W. Y. Zhang, L. Chen, L. Huang, Silicon anodes, IEEE Trans. Power Electron. 31, 1 (2016).",
    ]
    assert lint(numbered(entries), select=["RL527"]) == []
