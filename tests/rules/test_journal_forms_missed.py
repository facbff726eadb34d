"""Journal names printed otherwise than the list prints them (RL811), learnt here on lists of
several styles: a full title among abbreviations, counted by journal and not by entry; a title a
journal has since changed; an acronym where the list abbreviates; a slip of a known abbreviation;
and the lists where each must stay silent."""

from __future__ import annotations


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


# Vancouver, NLM abbreviations; one journal cited twice in full
NLM = [
    "Riper H, Keuken M. Curbing problem drinking. Am J Prev Med. 2009;36:247-55.",
    "Proudfoot J, Klein B. Reporting internet interventions. Cogn Behav Ther. 2011;40:82-97.",
    "Litvin EG, Brown RA. Computer interventions. Addict Behav. 2013;38:1747-56.",
    "Dedert EA, Stein R. Electronic interventions. Ann Intern Med. 2015;163:205-14.",
    "Smith J, Lee K. Home monitoring. Telemedicine and Telecare. 2012;18:137-44.",
    "Khoja S, Durrani H. An evaluation tool. J Telemed Telecare. 2013;19:48-53.",
]


def rl811(lint, entries: list[str]) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(numbered(entries), select=["RL811"])]


def test_a_journal_cited_often_in_full_does_not_outvote_the_lists_abbreviations(lint):
    """Four journals abbreviated, one printed in full twice: by journal the list abbreviates."""
    entries = [
        *NLM[:4],
        "Morrison LG, Yardley L. Design features. Journal of Telemedicine and Telecare. "
        "2012;18:137-44.",
        "Khoja S, Durrani H. An evaluation tool. Journal of Telemedicine and Telecare. "
        "2013;19:48-53.",
    ]
    found = rl811(lint, entries)
    assert [n for n, _ in found] == [5, 6]
    assert "4 of 5 journals are printed as undotted abbreviations" in found[0][1]
    assert "(`J Telemed Telecare`)" in found[0][1]


def test_a_list_of_full_titles_or_an_even_mix_is_left_alone(lint):
    full = [
        "Bellard C, Leadley P. Climate change. Ecology Letters. 2012;15:365-77.",
        "Mori AS, Spies TA. Reframing management. Biological Conservation. 2013;165:115-27.",
        "Guisan A, Lehmann A. Predictions. Journal of Applied Ecology. 2006;43:386-92.",
        "Elith J, Hastie T. An explanation. Diversity and Distributions. 2011;17:43-57.",
        "Loiselle BA, Howell CA. Avoiding pitfalls. Conservation Biology. 2003;17:1591-600.",
        "Morrison LG, Yardley L. Design. Journal of Telemedicine and Telecare. 2012;18:137-44.",
        "Khoja S, Durrani H. A tool. Journal of Telemedicine and Telecare. 2013;19:48-53.",
    ]
    assert rl811(lint, full) == []
    mixed = [*NLM[:3], *full[:3]]
    assert rl811(lint, mixed) == []
