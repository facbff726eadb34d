"""APA author lists as software archives and Open Journals print them: the ellipsis before the
last author (`Montgomery, M. M., … Stewart, S. G.`), contributors known by one name or a user
name (`Michał`, `shikharsg`, `pyup io`), a lone initial (`A.`), a name given name first (`Dirk
Tiede`), a suffix before the initials (`Ford, Jr., W. K.`) and biblatex's particle after them
(`Boisberranger, J. du`). Each entry is read, its names kept; lists in other styles keep their
readings."""

from __future__ import annotations

import pytest

from refslint.grammar import parse_entry
from refslint.model import Entry, PositionMap
from tests.grammar.reading import names, parse


def _people(entry: str) -> list[tuple[str, str, bool]]:
    return [(a.family, a.initials, a.is_group) for a in parse(entry).authors]


def test_ellipsis_before_the_last_author_is_read() -> None:
    ref = parse(
        "Wickham, H., Averick, M., Spinu, V., … Yutani, H. (2019). Welcome to the tidyverse. "
        "Journal of Open Source Software, 4(43), 1686. https://doi.org/10.21105/joss.01686"
    )
    assert names(ref.authors) == [
        ("Wickham", "H"),
        ("Averick", "M"),
        ("Spinu", "V"),
        ("Yutani", "H"),
    ]
    assert ref.title is not None and ref.title.text == "Welcome to the tidyverse"
    assert ref.container is not None and ref.container.text == "Journal of Open Source Software"


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "Newville, M., Carter, F., Michał, Osborn, R., lneuhaus, Weigand, S., … Persaud, A. "
            "(2021). Lmfit/lmfit-py: 1.0.3 (Version 1.0.3). Zenodo.",
            [
                ("Newville", "M", False),
                ("Carter", "F", False),
                ("Michał", "", True),
                ("Osborn", "R", False),
                ("lneuhaus", "", True),
                ("Weigand", "S", False),
                ("Persaud", "A", False),
            ],
        ),
        (  # a user name with figures and hyphens, one of two words, one closing the list
            "Liu, L., hackmd-deploy, ph4ge, bot, pyup io, Steinbach, P., … parmentelat. (2022). "
            "Course materials: Third session. Zenodo.",
            [
                ("Liu", "L", False),
                ("hackmd-deploy", "", True),
                ("ph4ge", "", True),
                ("bot", "", True),
                ("pyup io", "", True),
                ("Steinbach", "P", False),
                ("parmentelat", "", True),
            ],
        ),
        (  # a lone initial and a name written given name first
            "Gardner, M. F., A., Dirk Tiede, & Scambos, T. (2022). Glacier surface velocities. "
            "Data Center.",
            [
                ("Gardner", "M.F", False),
                ("A.", "", True),
                ("Dirk Tiede", "", True),
                ("Scambos", "T", False),
            ],
        ),
    ],
)
def test_contributors_known_by_one_name_are_kept(entry: str, expected: list) -> None:
    assert _people(entry) == expected


def test_suffix_before_the_initials_and_particle_after_them() -> None:
    ref = parse(
        "Rubin, V. C., Ford, Jr., W. K., Boisberranger, J. du, & Thonnard, N. (1978). Extended "
        "rotation curves of spiral galaxies. The Astrophysical Journal, 225, L107–L111."
    )
    assert [(a.family, a.initials, a.suffix) for a in ref.authors] == [
        ("Rubin", "V.C", ""),
        ("Ford", "W.K", "Jr"),
        ("du Boisberranger", "J", ""),
        ("Thonnard", "N", ""),
    ]


@pytest.mark.parametrize(
    "entry",
    [
        # no year in parentheses ahead: a lone word after a name is no name
        "Smith, J., Modelling, analysis and design. Springer; 2001.",
        # a title after the names' period stays a title
        "Smith, J., & Brown, K. (2020). Agents, markets, and prices. Journal of Economics, 4(1), 1–9.",
    ],
)
def test_words_outside_an_apa_author_list_are_no_names(entry: str) -> None:
    ref = parse_entry(Entry(entry, PositionMap((0,), (1,), (1,)), 1, None, 0))
    assert all(not a.is_group for a in ref.authors)
    assert "Modelling" not in [a.family for a in ref.authors]
    assert "Agents" not in [a.family for a in ref.authors]
