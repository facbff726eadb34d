"""RL501 asks each kind of work for what a reader needs to find it: a thesis its university, a
report the body that issued it, a patent its number, software and data where they are kept, an
IEEE book the publisher it lost; the same works complete draw nothing."""

from __future__ import annotations

import pytest


def _rl501(lint, entry: str) -> list[str]:
    return [d.message for d in lint(f"1. {entry}\n", select="RL501")]


@pytest.mark.parametrize(
    ("entry", "lacks"),
    [
        ("Kim S. Modelling of coronary flow [dissertation]. 2010.", "thesis has no university"),
        ('R. Jones, "A study of links," Tech. Rep. TR-1, 2020.', "report has no issuing body"),
        ('J. Doe, "Widget," U.S. Patent, Jul. 16, 1990.', "patent has no patent number"),
        (
            "Borenstein, M., & Rothstein, H. (2014). Comprehensive meta-analysis (Version 3.0)"
            " [Computer software].",
            "software has no publisher, repository or address",
        ),
        (
            "Hicks, S. (2019). Prairie vole counts [Data set].",
            "data set has no publisher, repository or address",
        ),
        ("S. Haykin, Adaptive Filter Theory. Cambridge, U.K., 2003.", "book has no publisher"),
    ],
)
def test_a_work_without_what_its_kind_needs_is_told(lint, entry, lacks):
    messages = _rl501(lint, entry)
    assert len(messages) == 1 and messages[0].startswith(lacks)


@pytest.mark.parametrize(
    "entry",
    [
        "Kim S. Modelling of coronary flow [dissertation]. Baltimore (MD): Johns Hopkins"
        " University; 2010.",
        "Thomas FC. 2015 Acute phase proteins in bovine mastitis. PhD thesis. University of"
        " Glasgow, Glasgow, UK.",
        'R. Jones, "A study of links," MIT Lincoln Lab., Lexington, MA, USA, Tech. Rep. TR-1,'
        " 2020.",
        "World Health Organization. Global report on diabetes. Technical Report 12. 2016.",
        'J. Doe, "Widget," U.S. Patent 3 624 125, Jul. 16, 1990.',
        "Borenstein, M., & Rothstein, H. (2014). Comprehensive meta-analysis (Version 3.0)"
        " [Computer software]. Biostat.",
        "Hicks, S. (2019). Prairie vole counts [Data set]. https://doi.org/10.5061/dryad.abc123",
        "IEEE Standard for Floating-Point Arithmetic, IEEE Std 754-2019, 2019.",
        "S. Haykin, Adaptive Filter Theory. Cambridge, U.K.: Cambridge Univ. Press, 2003.",
    ],
)
def test_a_complete_work_of_each_kind_draws_nothing(lint, entry):
    assert _rl501(lint, entry) == []
