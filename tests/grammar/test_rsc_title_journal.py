"""The Royal Society of Chemistry's `I. Surname, Title, J. Abbrev., Year, Volume, pages.`: a comma
parts the title from the journal, and the journal is read whole (`Phys. Rev. Lett.`, not `Rev.
Lett` with `..., Phys` left in the title), a comma inside an abbreviated name kept (`Angew.
Chem., Int. Ed.`). Styles whose journal stands before its year with no comma read as before."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        (
            "C. J. Pike, Random structure searching with learned potentials, Phys. Rev. B, 2022, "
            "106, 014102.",
            "Random structure searching with learned potentials",
            "Phys. Rev. B",
        ),
        (
            "A. Bell and B. Cole, Accurate potentials: Quantum mechanics, without the electrons, "
            "Phys. Rev. Lett., 2010, 104, 136403.",
            "Accurate potentials: Quantum mechanics, without the electrons",
            "Phys. Rev. Lett",
        ),
        (  # title and journal were read together as the journal
            "C. J. Pike, Beyond theory-driven discovery: hot random search, Faraday Discuss., "
            "2025, 256, 61-84.",
            "Beyond theory-driven discovery: hot random search",
            "Faraday Discuss",
        ),
        (
            "K. Nova, Elastic properties of monolayer graphene, Science, 2008, 321, 385-388.",
            "Elastic properties of monolayer graphene",
            "Science",
        ),
        (
            "D. Lee, Fast potentials for silica, npj Comput. Mater., 2022, 8, 90.",
            "Fast potentials for silica",
            "npj Comput. Mater",
        ),
        (
            "E. Fox, Cage compounds, a review, Angew. Chem., Int. Ed., 2019, 58, 1-9.",
            "Cage compounds, a review",
            "Angew. Chem., Int. Ed",
        ),
        (
            "F. Gray, Moment tensors, Multiscale Modeling & Simulation, 2016, 14, 1153-1173.",
            "Moment tensors",
            "Multiscale Modeling & Simulation",
        ),
    ],
)
def test_title_and_journal_parted_at_the_comma(text, title, journal):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        # ACS: the journal before its year with no comma
        (
            "Shen, J.; Ito, Y. Folding of small proteins, in water. J. Am. Chem. Soc. 2016, 116, "
            "1094-1101.",
            "Folding of small proteins, in water",
            "J. Am. Chem. Soc",
        ),
        # Vancouver: a comma in the title, the date after a period
        (
            "Smith AB, Lee K. Dengue in Recife, Brazil. Rev Saude Publica. 2019;53:12-9.",
            "Dengue in Recife, Brazil",
            "Rev Saude Publica",
        ),
    ],
)
def test_other_styles_keep_their_reading(text, title, journal):
    ref = parse(text)
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal


def test_the_journal_starts_after_the_title_last_comma():
    """A title's own commas stay in it: the journal starts after the last one."""
    ref = parse("G. Hart, Models, new and old, J. Chem. Phys., 2018, 148, 241721.")
    assert ref.title.text == "Models, new and old"
    assert ref.container.text == "J. Chem. Phys"


def test_preprint_title_server_and_year():
    ref = parse(
        "A. Lowe, D. Sun and M. Marx, Potentials are ready for phonons, arXiv, 2023, preprint, "
        "arXiv.2412.16551, DOI: 10.48550/arXiv.2412.16551, https://arxiv.org/abs/2412.16551."
    )
    assert ref.kind is Kind.PREPRINT
    assert ref.title is not None and ref.title.text == "Potentials are ready for phonons"
    assert ref.container is not None and ref.container.text == "arXiv"
    assert ref.date is not None and ref.date.text == "2023"
    assert ref.arxiv is not None and ref.arxiv.text == "2412.16551"


def test_preprint_in_other_styles_keeps_its_reading():
    ref = parse(
        "Lowe A, Sun D. Potentials are ready for phonons. arXiv. 2024 Dec 20. arXiv:2412.16551."
    )
    assert ref.kind is Kind.PREPRINT
    assert ref.title.text == "Potentials are ready for phonons"
    assert ref.date.text == "2024 Dec 20"


def test_preprint_with_a_second_lone_year_is_left_undated():
    ref = parse(
        "A. Lowe and M. Marx, Potentials for phonons, arXiv, 2023, preprint, 2025, "
        "arXiv.2412.16551, DOI: 10.48550/arXiv.2412.16551."
    )
    assert ref.date is None


def test_a_place_closing_the_title_is_no_journal():
    ref = parse("Smith AB, Lee K. Dengue in Recife, Brazil. Rev Saude Publica, 2019, 53, 12-19.")
    assert ref.title.text == "Dengue in Recife, Brazil"
    assert ref.container.text == "Rev Saude Publica"
