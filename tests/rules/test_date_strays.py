"""RL871: a number run into the year by a period before the volume (`2.2014;5:250-7`), with the
journal and the date still read around it, and the entries close to it where it keeps quiet."""

from __future__ import annotations

import pytest

from refslint.grammar import parse_entry
from refslint.sources import read_document

# a Vancouver list that runs its undotted journals into the year with a space
SPACED = [
    "Ali MA, Abdalla AH. Fermentation of millet. Food Chem 2003; 80(1): 51–4.",
    "Onyango C, Bley T. Extruded uji. LWT Food Sci Technol 2004; 37: 827–32.",
    "Elmaki HB, Babiker EE. Germination of sorghum. Food Chem 1999; 64: 331–6.",
    "Pelembe LA, Erasmus C. Malting of millet. J Cereal Sci 2002; 36: 327–9.",
    "Hamad AM, Fields ML. Fermented cereals. J Food Sci 1979; 44: 456–9.",
]


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


@pytest.mark.parametrize(
    ("entry", "number"),
    [
        ("Obi AO, Ode B. Instant millet beverage powder. J Food Nutr Res. 2.2014;5:250-7.", "2"),
        ("Smith J, Lee K. Soil heat flux. Agric For Meteorol. 12.2009;149(3):45-52.", "12"),
        ("Tan W. Rice bran oil. Food Res Int. 3.2011; 44: 1001–9. DOI: 10.1/x", "3"),
    ],
)
def test_a_number_run_into_the_year(lint, entry, number):
    (finding,) = lint(numbered([entry]), select=["RL871"])
    assert f"number `{number}` run into the year" in finding.message
    ref = parse_entry(read_document("refs.txt", numbered([entry])).entries[0])
    assert ref.container is not None and ref.date is not None
    assert ref.container.text.startswith(("J Food", "Agric", "Food Res"))
    assert ref.date.year in (2009, 2011, 2014)


@pytest.mark.parametrize(
    "entry",
    [
        "Obi AO, Ode B. Instant millet beverage powder. J Food Nutr Res. 2014;2(5):250-7.",
        # a guideline's version is its title's, not a number run into a date
        "Gradishar WJ. Breast cancer, version 3.2020: NCCN guidelines. J Natl Compr Canc Netw. "
        "2020;18:452-78.",
        "Kim S. Dose study. Version 2.2019. Clin Trials. 2019;16:1-9.",
        # a numeric date in an access note
        "Lee K. Web page [Internet]. 2019 [accessed 12.03.2020]. Available from: http://x.org",
        "Ito T. Rainfall in Japan. J Meteorol Soc Jpn. 2011 Feb;89:1-12.",
    ],
)
def test_correct_entries_pass(lint, entry):
    assert lint(numbered([entry]), select=["RL871"]) == []


def test_the_period_after_the_journal_is_still_found_and_the_tail_not_called_tight(lint):
    odd = "Obi AO, Ode B. Instant millet beverage powder. J Food Nutr Res. 2.2014;5:250-7."
    found = lint(numbered([*SPACED, odd]), select=["RL817", "RL861", "RL871"])
    assert sorted((f.code, f.entry) for f in found) == [("RL817", 6), ("RL871", 6)]
    (period,) = (f for f in found if f.code == "RL817")
    assert "journal `J Food Nutr Res` carries a period before the year" in period.message
