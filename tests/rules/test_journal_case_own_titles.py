"""RL535 in a list that settles no case: a name in lower case is flagged where the list leans to
capitals and the journal's own title, as the shipped tables give it, capitalises the words."""

from __future__ import annotations

CAPITALISED = [
    "Bellard C, Leadley P. Impacts of climate change. Ecology Letters. 2012;15(4):365-77.",
    "Mori AS, Spies TA. Reframing management. Biological Conservation. 2013;165:115-27.",
    "Guisan A, Lehmann A. Making predictions. Journal of Applied Ecology. 2006;43(3):386-92.",
    "Elith J, Hastie T. A statistical explanation. Diversity and Distributions. 2011;17:43-57.",
    "Loiselle BA, Howell CA. Avoiding pitfalls. Conservation Biology. 2003;17(6):1591-600.",
]
# names the tables do not know, or know in sentence case (NLM's `Neural computation`)
UNKNOWN_LOWER = [
    "Braun V, Clarke V. Thematic analysis. Qualitative research in psychology. 2006;3(2):77-101.",
    "Hinton GE, Osindero S. A fast learning algorithm. Neural computation. 2006;18(7):1527-54.",
]
KNOWN_LOWER = "Goldsmith A, Chua SG. Variable-rate MQAM. IEEE Transactions on communications. 1997;45(10):1218-30."


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


def test_a_name_in_lower_case_the_journal_capitalises_is_flagged_in_a_leaning_list(lint):
    # five capitalised names of eight: no convention, but a lean the journal's title agrees with
    found = lint(numbered([*CAPITALISED, *UNKNOWN_LOWER, KNOWN_LOWER]), select=["RL535"])
    assert [d.entry for d in found] == [8]
    assert found[0].message == (
        "journal `IEEE Transactions on communications` has main words in lower case "
        "(`communications`); the journal is `IEEE Transactions on Communications`, and 5 of 8 "
        "journal names capitalise every main word"
    )


def test_a_list_leaning_to_lower_case_or_split_evenly_is_silent(lint):
    lower = [e.replace("Ecology Letters", "Ecology letters") for e in CAPITALISED[:1]]
    lower += [
        e.replace("Biological Conservation", "Biological conservation") for e in CAPITALISED[1:2]
    ]
    even = [*CAPITALISED[2:], *lower, *UNKNOWN_LOWER, KNOWN_LOWER]  # three of seven capitalised
    assert lint(numbered(even), select=["RL535"]) == []
    assert lint(numbered([*CAPITALISED[:3], *UNKNOWN_LOWER, KNOWN_LOWER]), select=["RL535"]) == []
