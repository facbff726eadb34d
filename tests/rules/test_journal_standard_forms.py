"""Journal names measured against every standard form the shipped tables know (RL811), and report
series lines that are no journal names (RL535), in lists of several styles written here."""

from __future__ import annotations


def numbered(entries: list[str], bracket: bool = False) -> str:
    return "".join(f"[{n}] {e}\n" if bracket else f"{n}. {e}\n" for n, e in enumerate(entries, 1))


CAPITALISED_LIST = [
    "Bellard C, Leadley P. Impacts of climate change. Ecology Letters. 2012;15(4):365-77.",
    "Mori AS, Spies TA. Reframing management. Biological Conservation. 2013;165:115-27.",
    "Guisan A, Lehmann A. Making predictions. Journal of Applied Ecology. 2006;43(3):386-92.",
    "Elith J, Hastie T. A statistical explanation. Diversity and Distributions. 2011;17:43-57.",
    "Loiselle BA, Howell CA. Avoiding pitfalls. Conservation Biology. 2003;17(6):1591-600.",
]
SERIES = (
    "IPCC. The physical science basis. Contribution of working group I to the Fourth Assessment "
    "Report of the Intergovernmental Panel on Climate Change. 2007; 996."
)


def test_a_report_series_line_is_no_journal_name(lint):
    assert lint(numbered([*CAPITALISED_LIST, SERIES]), select=["RL535"]) == []


def test_a_long_journal_name_in_lower_case_with_pages_is_still_flagged(lint):
    lower = (
        "Smith J. Title. Proceedings of the national academy of sciences of the united states "
        "of america. 2010;107(3):1-9."
    )
    found = lint(numbered([*CAPITALISED_LIST, SERIES, lower]), select=["RL535"])
    assert [d.entry for d in found] == [7]
    assert "`national`, `academy`" in found[0].message


def test_a_short_journal_name_in_lower_case_without_pages_is_still_flagged(lint):
    lower = "Smith J. Title. Journal of vegetation science. 2010; 21."
    found = lint(numbered([*CAPITALISED_LIST, lower]), select=["RL535"])
    assert [d.entry for d in found] == [6]
