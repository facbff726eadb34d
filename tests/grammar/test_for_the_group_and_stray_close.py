"""Two readable entries the grammar rejected: named authors who wrote for a group (`Labrique A,
for the WHO mHealth Technical Evidence Review Group. Title`) and a stray `)` after the year
(`Nucleic Acids Res. 2023); 10.1093/...`), which RL511 now points at."""

from __future__ import annotations

import pytest

from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Agarwal S, Mehl G, Labrique A, for the WHO mHealth Technical Evidence Review Group. "
            "Guidelines for reporting of health interventions. BMJ. 2016;352:i1174.",
            "for the WHO mHealth Technical Evidence Review Group",
        ),
        (
            "Smith AB, Jones C, on behalf of the PRISMA Investigators. A trial of something. "
            "Lancet. 2019;393:1-9.",
            "on behalf of the PRISMA Investigators",
        ),
    ],
)
def test_a_group_the_authors_wrote_for_closes_the_names(text, group):
    ref = parse(text)
    assert ref.problem is None
    assert ref.authors[-1].is_group and ref.authors[-1].text == group
    assert ref.title is not None and ref.title.text.startswith(("Guidelines", "A trial"))
    assert ref.volume is not None


def test_for_the_inside_a_title_stays_the_title():
    ref = parse("Smith AB. Care for the elderly. BMJ. 2016;352:i1174.")
    assert [a.text for a in ref.authors] == ["Smith AB"]
    assert ref.title is not None and ref.title.text == "Care for the elderly"


STRAY = (
    "1. Zhang Y., Liu X. INTEDE 2.0: the metabolic roadmap of drugs. Nucleic Acids Res. 2023); "
    "10.1093/nar/gkad1013.\n"
)


def test_a_stray_close_after_the_year_is_read_and_reported(lint):
    found = lint(STRAY, select=["RL001", "RL501", "RL511"])
    assert [d.code for d in found] == ["RL511"]
    assert "`)` is a stray mark after the year" in found[0].message
    ref = parse(STRAY.split(". ", 1)[1].strip())
    assert ref.problem is None and ref.date is not None and ref.date.year == 2023
    assert ref.doi is not None and ref.doi.text == "10.1093/nar/gkad1013"


@pytest.mark.parametrize(
    "entry",
    [
        # APA: the year's parentheses are a pair
        "1. Smith, A. B. (2021). A trial of something. Journal of Applied Psychology, 12, 1-9.\n",
        # a title's parenthesis that opened before the year
        "1. Smith AB. A trial (a review of 2021). BMJ. 2022;380:1-9.\n",
        # an access note in parentheses
        "1. Smith AB. A trial. BMJ. 2022;380:1-9 (accessed 2023 Jan 5).\n",
    ],
)
def test_a_closing_parenthesis_that_closes_one_is_no_stray(lint, entry):
    assert lint(entry, select=["RL001", "RL511"]) == []
