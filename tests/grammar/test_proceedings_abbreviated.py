"""A proceedings' name opened by an abbreviation (`In Proc. of ISMIR, 2014.`): the abbreviation's
period ends no sentence, so the name runs on after it, and BibTeX's `, pages 282–289` closing it
are the paper's pages."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "container", "pages"),
    [
        (
            "T. Li, M.Ogihara, and Q. Li. A comparative study on music genre classification."
            " In Proc. of ACM, pages 282–289, 2003.",
            "Proc. of ACM",
            "282–289",
        ),
        (
            "R. Bittner and J. Bello. MedleyDB: A multitrack dataset for annotation-intensive MIR"
            " research. In Proc. of ISMIR, 2014.",
            "Proc. of ISMIR",
            None,
        ),
        (
            "D. Fitzgerald. Harmonic separation using median filtering. In Proc. on Digital Audio"
            " Effects, 2010.",
            "Proc. on Digital Audio Effects",
            None,
        ),
    ],
)
def test_the_proceedings_name_runs_on_past_its_abbreviation(text, container, pages):
    ref = parse(text)
    assert ref.kind is Kind.CONFERENCE
    assert ref.container is not None and ref.container.text == container
    assert (ref.pages.text if ref.pages else None) == pages
    assert ref.date is not None and ref.date.year in (2003, 2010, 2014)


def test_a_sentence_after_the_proceedings_is_not_taken_into_it():
    ref = parse(
        "D. Fitzgerald. Upmixing from mono. In Proc. IEEE Workshop on Audio. Springer, Berlin,"
        " 2011."
    )
    assert ref.container is not None and ref.container.text.startswith("Proc")
    assert "Springer" not in ref.container.text
