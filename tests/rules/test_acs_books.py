"""RL521 on ACS's books, which end `Title; Publisher: Place, Year.`: one without its place, in a
list whose other books give it, is flagged with ACS's own form; the others are left alone."""

from __future__ import annotations

ARTICLES = (
    "Rege, A.; Itskov, M. Micro-mechanical modelling of aerogels. Soft Matter 2016, 12, 7079−7088.",
    "Zhao, S.; Koebel, M. M. Biopolymer aerogels. Angew. Chem., Int. Ed. 2018, 57, 7580−7608.",
)
WITH_PLACE = "Aegerter, M. A.; Leventis, N. Aerogels Handbook; Springer: New York, 2011."
WITHOUT = "Thomas, S.; Pothan, L. A. Biobased aerogels: Protein-based materials; Royal Society of Chemistry, 2018."


def _found(lint, *entries: str) -> list[tuple[int | None, str]]:
    text = "".join(f"({n}) {entry}\n" for n, entry in enumerate(entries, 1))
    return [(d.entry, d.message) for d in lint(text, select=["RL521"])]


def test_an_acs_book_without_its_place(lint):
    assert _found(lint, *ARTICLES, WITH_PLACE, WITHOUT) == [
        (
            4,
            "book has no place of publication; give the city after the publisher "
            "(`Royal Society of Chemistry: Place`)",
        )
    ]


def test_acs_books_with_their_places(lint):
    other = "Smith, J. Cellulose; Wiley-VCH: Weinheim, 2019."
    assert _found(lint, *ARTICLES, WITH_PLACE, other) == []


def test_a_list_whose_books_give_no_place(lint):
    # APA 7 drops the place: with no book giving one and no Citing Medicine names, nothing asks
    assert _found(lint, *ARTICLES, WITHOUT) == []


def test_an_abbreviated_journal_after_a_semicolon_is_no_house(lint):
    entry = "Lee, A.; Kim, B. Aerogels; J. Chem. Eng., 2019."
    assert _found(lint, *ARTICLES, WITH_PLACE, entry) == []
