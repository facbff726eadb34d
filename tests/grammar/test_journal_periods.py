"""Journal names with a period inside are read whole, not split into the end of the title."""

import pytest

from refslint.grammar import parse_entry
from refslint.model import Entry, Kind, PositionMap


def parse(text: str):
    ref = parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1, None, 0))
    assert ref.problem is None, ref.problem
    return ref


@pytest.mark.parametrize(
    "journal",
    [
        "Physical review. A",
        "The journal of physical chemistry. B",
        "J. Phys. A",
        "Proc. R. Soc. B",
        "Acta Crystallogr. D",
        "Proc. Natl. Acad. Sci. USA",
        "Acta orthopaedica Scandinavica. Supplementum",
        "American journal of physiology. Regulatory, integrative and comparative physiology",
    ],
)
def test_the_whole_journal_name_is_the_container(journal):
    ref = parse(
        f"Moreau P, Lind K. Scattering of slow electrons in gases. {journal}. 1990;41:100-10."
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.container.text == journal
    assert ref.title.text == "Scattering of slow electrons in gases"


def test_a_title_ending_in_a_sentence_is_not_taken_for_a_journal():
    ref = parse("Moreau P. Electrons in gases. A review of old data. Nature. 1990;41:100-10.")
    assert ref.container.text == "Nature"
    assert ref.title.text == "Electrons in gases. A review of old data"


def test_a_title_stays_when_only_the_journal_is_left():
    ref = parse("Moreau P. Scattering. Physical review. A. 1990;41:100-10.")
    assert ref.container.text == "Physical review. A" and ref.title.text == "Scattering"
