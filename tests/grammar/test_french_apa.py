"""APA 7 adapted to French (`Barbier, J.M. et Durand, M. (2003). Titre.`): `et` before the last
author is read as the list's `and`, never `et al`, and the names are kept."""

from __future__ import annotations

from tests.grammar.reading import parse


def test_french_et_before_the_last_author_is_read() -> None:
    ref = parse(
        "Barbier, J.M. et Durand, M. (2003). L'activité : un objet intégrateur. Recherche et "
        "Formation, 42, 99-117. https://doi.org/10.3406/refor.2003.1831"
    )
    assert [a.text for a in ref.authors] == ["Barbier, J.M.", "Durand, M."]
    assert ref.container is not None and ref.container.text == "Recherche et Formation"
    many = parse(
        "Vors, O., Adé, D., Gal-Petitfaux, N., Joing, I. et Andrieu, B. (2023). Les méthodes "
        "mixtes de recherche. STAPS, 141, 5-19."
    )
    assert [a.family for a in many.authors] == ["Vors", "Adé", "Gal-Petitfaux", "Joing", "Andrieu"]


def test_et_al_stays_et_al() -> None:
    ref = parse("Barbier, J.M. et al. (2003). L'activité. Recherche et Formation, 42, 99-117.")
    assert [a.text for a in ref.authors] == ["Barbier, J.M."]
    assert ref.et_al is not None
