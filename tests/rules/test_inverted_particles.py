"""RL531 on a family name's particle printed after the dotted initials of an inverted name
(`Burg, S. van der`), in author-date lists whose year follows the names in parentheses;
entries written for these tests."""

from __future__ import annotations

import pytest

from refslint.fixes import apply_edits


@pytest.mark.parametrize(
    ("entry", "wanted"),
    [
        (
            "Burg, S. van der. (2024). Street images. Zenodo. https://doi.org/10.5281/zenodo.1",
            "van der Burg, S.",
        ),
        (
            "Huber, F., Kuppevelt, D. van, & Weel, B. (2022). Weather data. Zenodo.",
            "van Kuppevelt, D.",
        ),
        (
            "Caswell, T. A., Andrade, E. S. de, & Lee, A. (2021). Plotting. Zenodo.",
            "de Andrade, E. S.",
        ),
        (
            "Mertens, K., Heydt, A. S. von der, & Ruiz, E. (n.d.). Climate notes. Blog.",
            "von der Heydt, A. S.",
        ),
    ],
)
def test_a_particle_after_the_initials_is_flagged_with_its_fix(lint, entry, wanted):
    text = f"References\n{entry}\n"
    [found] = lint(text, select=["RL531"])
    assert f"`{wanted}`" in found.message
    assert wanted in (apply_edits(text, found.edits) or "")


def test_a_lone_der_or_den_is_flagged_without_a_fix(lint):
    text = "References\nJordahl, K., Bossche, J. V. den, & Lee, A. (2020). Geodata. Zenodo.\n"
    [found] = lint(text, select=["RL531"])
    assert "`van den`" in found.message
    assert found.fix_applicability is None


@pytest.mark.parametrize(
    "entry",
    [
        # the particle in front, where it belongs
        "van der Burg, S., & de Andrade, E. S. (2021). Deep learning. Zenodo.",
        "Van den Bossche, J., & ten Brink, P. (2021). Geodata. Zenodo.",
        # ABNT keeps a Portuguese particle after the given name, its surnames in capitals
        "COSTA-HÜBES, T. C. da. Por uma análise dialógica. São Paulo: Pontes, 2019.",
        # a house with no serial comma before its ampersand (IUCr) and its own particles
        "Wilde, A. H. de, Snijder, E. J. & van Hemert, M. J. (2017). Curr. Top. Microbiol.",
        # French particles of their own invert by their own rules
        "Bellay, J. du. (2000). The defence of the French language. Paris Press.",
        # given names written out, as Chicago allows
        "Beethoven, Ludwig van. (1990). Symphonies. Vienna Press.",
        # a Vancouver list, no year in parentheses after the names
        "1. Burg S, Wel C. Street images. Zenodo. 2024;1:1-5.",
    ],
)
def test_names_in_their_own_forms_pass(lint, entry):
    assert lint(f"References\n{entry}\n", select=["RL531"]) == []
