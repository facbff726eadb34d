"""RL575 on the parts of an ocean named as regions (`western pacific` for `Western Pacific`),
whose every word English also writes in lower case; silent where a lower-case word describes the
name (`western Pacific`) or where `pacific` means peaceful."""

from __future__ import annotations

import pytest


def _found(lint, title: str) -> list[str]:
    text = f"1. Lee A, Kim B. {title}. Am J Trop Med Hyg. 2003;69:135-40.\n"
    return [d.message for d in lint(text, select=["RL575"])]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Outbreak of dengue fever in Palau, western pacific: risk factors", "Western Pacific"),
        ("Tuna stocks of the south pacific", "South Pacific"),
        ("Storm tracks over the north pacific", "North Pacific"),
    ],
)
def test_an_ocean_region_in_lower_case(lint, title, name):
    (message,) = _found(lint, title)
    assert f"`{name}`" in message


@pytest.mark.parametrize(
    "title",
    [
        "Outbreak of dengue fever in Palau, Western Pacific: risk factors",
        "Dengue in the western Pacific islands",  # a lower-case word describing the name
        "The pacific settlement of disputes between nations",  # peaceful
        "Tuna stocks of the South Pacific",
    ],
)
def test_no_region_in_lower_case(lint, title):
    assert _found(lint, title) == []
