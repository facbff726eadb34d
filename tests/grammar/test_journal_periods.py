"""Journal names with a period inside are read whole, not split into the end of the title."""

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


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
        "Nature reviews. Genetics",
        "Environment and planning. D, Society & space",
        "IEEE Trans. Pattern Analysis and Machine Intelligence",
        "IEEE Trans. on Knowledge and Data Eng",
        "Wiley Interdiscip. Rev. Energy Environ",
        "Jahrbuch f. Psychopath. u. Psychother",
        "J. Electrochem. Soc",
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


def test_a_title_in_parts_keeps_its_part_number():
    ref = parse(
        "Eckenwalder JE. Natural hybridization between species of Populus in sections Aigeiros and"
        " Tacamahaca. II. Taxonomy. Canad. J. Bot. 1984;62:325-35."
    )
    assert ref.container.text == "Canad. J. Bot"
    assert ref.title.text.endswith("Tacamahaca. II. Taxonomy")
    ref = parse("Ekman E. Contribution to the Draba flora. IV. Svensk Bot. Tidskr. 1932;26:431-47.")
    assert ref.container.text == "Svensk Bot. Tidskr"
    assert ref.title.text == "Contribution to the Draba flora. IV"


def test_journals_that_start_in_lower_case_are_not_joined_to_the_title():
    ref = parse("Moreau P. Scattering of slow electrons. npj Comput Mater. 2016;2:16028.")
    assert ref.container.text == "npj Comput Mater"
    assert ref.title.text == "Scattering of slow electrons"


@pytest.mark.parametrize(
    ("title", "journal"),
    [
        ("Essential oil of Thymus algeriensis Boiss. Et Reut", "Ind Crop Prod"),
        ("Essential oil of Thymus algeriensis Boiss. et Reut", "Ind. Crops Prod"),
        ("Oils of Berberis aristata Hook. f. Et Thoms", "J Ethnopharmacol"),
        ("Essential oil of Thymus algeriensis Boiss. and Reut", "Ind Crop Prod"),
    ],
)
def test_a_plant_authority_after_and_stays_in_the_title(title, journal):
    # no piece of a journal's abbreviation starts with `and`: the standard forms leave it out
    ref = parse(f"Ali I, Bahri R. {title}. {journal}. 2015;77:631-9.")
    assert (ref.title.text, ref.container.text) == (title, journal)
