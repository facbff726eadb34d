"""MDPI, ACS and BMC forms: `Family, I.I.;` names, and the year, volume and pages set off by commas."""

import pytest

from refslint.model import Kind
from tests.grammar.reading import names, parse


@pytest.mark.parametrize(
    ("text", "authors", "journal", "volume", "issue", "pages"),
    [
        (  # MDPI
            "Sánchez, S.F.; Rosales-Ortega, F.F.; Marino, R.A.; et al. A characteristic gradient. "
            "Astron. Astrophys. 2014, 563, A49.",
            [("Sánchez", "S.F"), ("Rosales-Ortega", "F.F"), ("Marino", "R.A")],
            "Astron. Astrophys",
            "563",
            None,
            "A49",
        ),
        (  # ACS: spaced initials, a hyphenated given name, the issue in parentheses
            "Smith, J. A.; Doe, B.-Y. A title here. J. Am. Chem. Soc. 2019, 141 (5), 123–130.",
            [("Smith", "J.A"), ("Doe", "B.-Y")],
            "J. Am. Chem. Soc",
            "141",
            "5",
            "123–130",
        ),
        (  # BMC
            "Avery SV: Microbial cell individuality. Nat Rev Microbiol 2006, 4:577-587.",
            [("Avery", "SV")],
            "Nat Rev Microbiol",
            "4",
            None,
            "577-587",
        ),
        (  # GB/T 7714's spacing: the journal's comma is not part of its name
            "Chien HY. Improved encryption. The Computer Journal, 2012, 55(4): 439–445.",
            [("Chien", "HY")],
            "The Computer Journal",
            "55",
            "4",
            "439–445",
        ),
    ],
)
def test_comma_set_journal_articles_are_read_in_full(text, authors, journal, volume, issue, pages):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert names(ref.authors) == authors
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.volume.text == volume
    assert (ref.issue.text if ref.issue else None) == issue
    assert ref.pages is not None and ref.pages.text == pages


def test_a_comma_in_a_title_before_a_year_is_not_a_volume():
    ref = parse("Smith A. Deaths in 2019, a review. J Biol. 2020;5:1-9.")
    assert ref.title is not None and ref.title.text == "Deaths in 2019, a review"
    assert ref.volume is not None and ref.volume.text == "5"
