"""Vancouver author lists with a contributor known by one name only (`Balasubramanian S,
Rajeswari, Sailakshmi, Shivbalan S.`), as South Indian names are often printed: each name is read,
and a title's first words after a comma are never taken for such a name."""

from __future__ import annotations

from tests.grammar.reading import parse


def _people(entry: str) -> list[tuple[str, str, bool]]:
    return [(a.family, a.initials, a.is_group) for a in parse(entry).authors]


def test_names_known_by_one_word_between_vancouver_names_are_read() -> None:
    ref = parse(
        "Balasubramanian S, Rajeswari, Sailakshmi, Shivbalan S. Single vs multidrug therapy in "
        "enteric fever. Indian J. Pediatr. 2006;73(1):103."
    )
    assert [a.text for a in ref.authors] == [
        "Balasubramanian S",
        "Rajeswari",
        "Sailakshmi",
        "Shivbalan S",
    ]
    assert (
        ref.title is not None and ref.title.text == "Single vs multidrug therapy in enteric fever"
    )
    # one such name before `et al`
    other = parse(
        "Kumar A, Lakshmi, Rao BK, et al. Typhoid in children. Indian Pediatr. 2010;4:1-9."
    )
    assert [a.text for a in other.authors] == ["Kumar A", "Lakshmi", "Rao BK"]


def test_a_title_after_the_names_is_no_name() -> None:
    # the capitalised words after a comma belong to the title: no family and initials follow
    ref = parse("Smith AB, Jones C. Cancer, Diet, and Sleep. J Med. 2006;73:103-9.")
    assert _people("Smith AB, Jones C. Cancer, Diet, and Sleep. J Med. 2006;73:103-9.") == [
        ("Smith", "AB", False),
        ("Jones", "C", False),
    ]
    assert ref.title is not None and ref.title.text == "Cancer, Diet, and Sleep"


def test_names_run_into_a_chapters_in_without_their_period_are_read() -> None:
    ref = parse("Smith AB, Lee C In: Moe M, ed. Book of things. New York: Wiley; 2010:1-9.")
    assert [a.text for a in ref.authors] == ["Smith AB", "Lee C"]
    assert ref.container is not None and ref.container.text == "Book of things"
    # a group author cut as a person's name, its last word after `and`: read, so RL539 can say
    group = parse(
        "National Academies of Sciences E, and Medicine In: Oria MP, Stallings VA, eds. Finding "
        "a Path to Safety in Food Allergy. Washington, DC: The National Academies Press; 2016."
    )
    assert [a.text for a in group.authors] == ["National Academies of Sciences E", "Medicine"]
