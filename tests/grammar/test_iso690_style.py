"""ISO 690 (and ABNT's books, its near kin) read field by field: family names in capitals before
the given names, a journal's year before its labelled volume, issue and pages, a book's edition
and `Place: Publisher, Year`, a chapter after `In:`; names in capitals in other styles keep their
readings."""

from __future__ import annotations

import pytest

from refslint.grammar import iso690
from refslint.model import Kind
from tests.grammar.reading import parse


def _text(field) -> str | None:
    return None if field is None else field.text


@pytest.mark.parametrize(
    ("entry", "kind", "families", "fields"),
    [
        (
            "NOVÁK, Jan. Title of the article. Journal of Things. 2019, vol. 12, no. 3,"
            " pp. 45–67. ISSN 1234-5678.",
            Kind.ARTICLE,
            ["NOVÁK"],
            {
                "title": "Title of the article",
                "container": "Journal of Things",
                "volume": "12",
                "issue": "3",
                "pages": "45–67",
            },
        ),
        (  # Czech labels, two names
            "DVOŘÁK, Petr, ČERNÝ, Karel. Studie o paměti. Československá psychologie. 2010,"
            " roč. 54, č. 2, s. 123–135.",
            Kind.ARTICLE,
            ["DVOŘÁK", "ČERNÝ"],
            {"container": "Československá psychologie", "volume": "54", "issue": "2"},
        ),
        (  # online, volume and issue unlabelled, the date cited in brackets
            "MÜLLER, Hans. Ein Artikel. Zeitschrift für Dinge [online]. 2018, 7(2), 101–110"
            " [cit. 2020-01-05]. Available from: https://doi.org/10.1000/xyz",
            Kind.ARTICLE,
            ["MÜLLER"],
            {
                "container": "Zeitschrift für Dinge",
                "volume": "7",
                "issue": "2",
                "doi": "10.1000/xyz",
            },
        ),
        (
            "NOVÁK, Jan and SMITH, John A. Kniha o věcech. 2nd ed. Praha: Academia, 2015."
            " ISBN 978-80-200-1234-5.",
            Kind.BOOK,
            ["NOVÁK", "SMITH"],
            {
                "title": "Kniha o věcech",
                "edition": "2nd ed",
                "place": "Praha",
                "publisher": "Academia",
            },
        ),
        (  # French, a page count and a series after the imprint
            "PERRIN, Louis F. Le système immunitaire. Evreux : FLAMMARION, 1997. 127 p. (Dominos).",
            Kind.BOOK,
            ["PERRIN"],
            {"title": "Le système immunitaire", "place": "Evreux", "publisher": "FLAMMARION"},
        ),
        (  # ABNT's book
            "SILVA, J. Metodologia científica. 2. ed. São Paulo: Atlas, 1981.",
            Kind.BOOK,
            ["SILVA"],
            {"title": "Metodologia científica", "edition": "2. ed", "place": "São Paulo"},
        ),
        (
            "KOWALSKI, Jan. Rozdział o pamięci. In: NOWAK, A. (ed.). Księga o pamięci."
            " Warszawa: PWN, 2012, pp. 15–30.",
            Kind.CHAPTER,
            ["KOWALSKI"],
            {"container": "Księga o pamięci", "publisher": "PWN", "pages": "15–30"},
        ),
    ],
)
def test_iso_690_entries_are_read_into_their_fields(entry, kind, families, fields):
    ref = parse(entry)
    assert ref.kind is kind
    assert [a.family for a in ref.authors] == families
    assert ref.date is not None and str(ref.date.year) in entry
    for name, value in fields.items():
        assert _text(getattr(ref, name)) == value, name


@pytest.mark.parametrize(
    "entry",
    [  # capitals in other styles: the Vancouver family's, ABNT's article with its year last
        "MAZET P, LEBOVICI S. Psychiatrie périnatale. Parents et bébés : du projet. PUF, 1998",
        "SILVA, J. A.; SOUZA, M. Título do artigo. Revista Brasileira, v. 12, n. 3, p. 45-67,"
        " 2019.",
    ],
)
def test_other_capitalised_forms_are_left_to_the_grammar(entry):
    assert iso690.read(entry, 0) is None
