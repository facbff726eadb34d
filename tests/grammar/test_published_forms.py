"""Forms that published lists print and the grammar must read (tests/data/real-lists has them)."""

from refslint.grammar import parse_entry
from refslint.model import Entry, Kind, PositionMap
from tests.grammar.reading import names, parse


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


def test_physics_style_one_author_then_the_title():
    ref = parse("C. Kittel, Quantum Theory of Solids (John Wiley & Sons, New York, 1987), 2a ed.")
    assert names(ref.authors) == [("Kittel", "C")]
    assert ref.title is not None and ref.title.text.startswith("Quantum Theory of Solids")


def test_physics_style_names_joined_by_e_then_the_journal():
    ref = parse("M. Pope, H.P. Kallmann e P. Magnante, J. Chem. Phys. 38 , 2042 (1963).")
    assert names(ref.authors) == [("Pope", "M"), ("Kallmann", "HP"), ("Magnante", "P")]
    # the conjunction is no part of the last name's span
    assert ref.text[ref.authors[-1].span.start : ref.authors[-1].span.end] == "P. Magnante"
    ref = parse("A.J. Heeger, J.R. Schrieffer and W.-P. Su, Rev. Mod. Phys. 60 , 781 (1988).")
    assert [a.family for a in ref.authors] == ["Heeger", "Schrieffer", "Su"]


def test_a_vancouver_name_list_still_needs_its_period():
    ref = parse_entry(
        Entry(
            "1. Smith AB, Jones CD, a title with no period Lancet. 2001;3:4-5.",
            PositionMap((0,), (1,), (1,)),
            1,
            1,
            3,
        )
    )
    assert ref.problem is not None


def test_pages_marked_after_the_years_semicolon_are_a_journals():
    ref = parse(
        "Gelman A, Rubin DB. Inference from iterative simulation. Statistical Science. "
        "1992; p. 457–472. doi: 10.1214/ss/1177011136"
    )
    assert ref.kind is Kind.ARTICLE
    assert ref.container.text == "Statistical Science"
    assert ref.pages.text == "457–472"
    assert "no volume" in ref.guess
    # a book's pages follow its place and publisher, and stay a book's
    book = parse("Gelman A. Bayesian data analysis. London: Chapman; 1995. p. 457-72.")
    assert book.kind is not Kind.ARTICLE


def test_a_doi_link_printed_without_its_scheme_is_a_doi():
    ref = parse(
        "Mariano FZ, Costa EM. Diferenciais de rendimentos. Estud Econ. 2018;48(1):137-73. "
        "doi.org/10.1590/0101-41614815137fedd."
    )
    assert ref.doi is not None and ref.doi.text == "10.1590/0101-41614815137fedd"
    assert ref.container.text == "Estud Econ"


def test_initials_first_names_ending_with_a_period_are_all_names():
    ref = parse(
        "Y. Zheng, Y. Yao, J. Ou. A review of composite electrolytes. Chem Soc Rev. 2020;49:1-9."
    )
    assert names(ref.authors) == [("Zheng", "Y"), ("Yao", "Y"), ("Ou", "J")]
    assert ref.title.text == "A review of composite electrolytes"
