"""RL522's hint on an entry of no other kind that names a university last (IOP's thesis without
`PhD thesis`), and the entries where a university named last must pass."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2024, 8, 1)

IOP = """\
[1] Zhao Q, Qian Z and Liu X 2016 Influences of scandium on alloys J. Alloys Compd. 666 50–7
[2] Cho T T and Wu Y 2015 Melt filtration of aluminium Light Met. 12 100–9
"""


def found(lint, text: str) -> list[int]:
    return [d.entry for d in lint(text, select=["RL522"], today=TODAY)]


@pytest.mark.parametrize(
    "entry",
    [
        "[3] Paik C-H 1993 Pitting corrosion of aluminum alloys at iron inclusions University of "
        "Illinois at Urbana-Champaign (https://proquest.com/openview/61e55d95/1?diss=y)",
        "[3] Meyer K 2010 Grain refinement of aluminium melts Technische Universität Berlin",
    ],
)
def test_one_authors_work_ending_with_a_university(lint, entry):
    assert found(lint, IOP + entry + "\n") == [3]


@pytest.mark.parametrize(
    "entry",
    [
        # the mark is there
        "[3] Paik C-H 1993 Pitting corrosion of aluminum alloys PhD Thesis University of Illinois "
        "at Urbana-Champaign",
        # a university press is a publisher
        "[3] Paik C-H 1993 Pitting corrosion of aluminum alloys Cambridge University Press",
        # two authors: a report, not a thesis
        "[3] Paik C-H and Alkire R C 1993 Pitting corrosion of aluminum alloys University of "
        "Illinois at Urbana-Champaign",
        # a journal article whose journal names a university
        "[3] Paik C-H 1993 Pitting corrosion J. Univ. Sci. Technol. Beijing 12 100–9",
        # a report says what it is
        "[3] Bell S 2003 Final Report on Refining of Aluminum University of Toronto",
    ],
)
def test_marked_theses_presses_and_other_works_pass(lint, entry):
    assert found(lint, IOP + entry + "\n") == []


def test_vancouver_web_page_of_a_university_with_its_access_note_passes(lint):
    text = (
        "1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.\n"
        "2. Smith J. Campus map [Internet]. 2020 [cited 2024 Jan 2]. Harvard University. "
        "Available from: https://www.harvard.edu/map\n"
    )
    assert found(lint, text) == []
