"""RL501 on a proceedings paper given by its names, title, the proceedings' name and the year
alone, in lists written here in several styles; silent where pages, a volume, a publisher or a
link find the paper."""

from __future__ import annotations

import pytest

MESSAGE = "proceedings paper has no volume, pages, place or publisher"


def _found(lint, entry: str) -> list[str]:
    return [d.message for d in lint(f"1. {entry}\n", select=["RL501"])]


@pytest.mark.parametrize(
    "entry",
    [  # ACS, Vancouver
        "Karadagli, I.; Milow, B.; Ratke, L. Synthesis and characterization of highly porous "
        "cellulose aerogels for textiles applications. Proc. Cell. Mater. Cellmat 2012.",
        "Lee A, Kim B. Aerogels for textiles. Proceedings of the Fifth Cellular Materials "
        "Conference. 2012.",
    ],
)
def test_a_proceedings_paper_with_nothing_to_find_it_by(lint, entry):
    (message,) = _found(lint, entry)
    assert MESSAGE in message


@pytest.mark.parametrize(
    "entry",
    [
        "Lee A, Kim B. Aerogels for textiles. In: Proceedings of Cellular Materials; 2012 Oct "
        "3-5; Dresden, Germany. Berlin: Springer; 2013. p. 12-19.",
        "Lee A, Kim B. Aerogels for textiles. Proc Natl Acad Sci USA. 2012;109:1234-9.",
        "Lee, A.; Kim, B. Aerogels for textiles. Proc. Cell. Mater. 2012, 3, 12-19.",
        "Lee A, Kim B. Aerogels for textiles. Proceedings of Cellular Materials. 2012. "
        "https://example.org/cellmat2012/lee.pdf",
    ],
)
def test_a_proceedings_paper_that_can_be_found(lint, entry):
    assert not any(MESSAGE in m for m in _found(lint, entry))
