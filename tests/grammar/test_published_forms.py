"""Forms that published lists print and the grammar must read (tests/data/real-lists has them)."""

from refslint.grammar import parse_entry
from refslint.model import Entry, Kind, PositionMap


def parse(text: str):
    ref = parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1, None, 0))
    assert ref.problem is None, ref.problem
    return ref


def names(authors) -> list[tuple[str, str]]:
    return [(a.family, a.initials) for a in authors]


def test_a_particle_after_the_initials_belongs_to_the_family_name():
    ref = parse(
        "Lima SAV, Silva MRF da, Carvalho EMF de, Braga JPR. Factors that influence access. "
        "Physis. 2015;25(2):631-55."
    )
    assert names(ref.authors) == [
        ("Lima", "SAV"),
        ("da Silva", "MRF"),
        ("de Carvalho", "EMF"),
        ("Braga", "JPR"),
    ]
    assert ref.kind is Kind.ARTICLE
    assert ref.container.text == "Physis"


def test_a_particle_after_the_initials_of_the_last_author():
    ref = parse(
        "Costa EM, Sousa DT de. Diferenciais de rendimentos. Estud Econ. 2018;48(1):137-73."
    )
    assert names(ref.authors) == [("Costa", "EM"), ("de Sousa", "DT")]
    assert ref.title.text == "Diferenciais de rendimentos"


def test_a_study_group_closing_the_names_is_a_group_author():
    ref = parse(
        "Barata RB, Moraes JC, Grupo ICV 2020. National Vaccine Coverage Survey 2020: methods. "
        "Rev Bras Epidemiol. 2023;26:e230031."
    )
    assert [a.family for a in ref.authors] == ["Barata", "Moraes", "Grupo ICV 2020"]
    assert ref.authors[-1].is_group
    assert ref.title.text == "National Vaccine Coverage Survey 2020: methods"
    assert ref.container.text == "Rev Bras Epidemiol"
