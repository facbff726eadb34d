"""RL882 (a field missing where the list's other entries of the same kind give it), on lists
written here in Vancouver, ABNT, ACM's and IEEE's forms and APA, and silent on lists that drop
the field throughout, on lists too short to set a house style and on years not yet known."""

from __future__ import annotations

import pytest

from tests.timing import assert_linear

_VANCOUVER_CHAPTERS = [
    "Lee A. Rivers. In: Smith B, editor. Water. London: Press; 2010. p. 1-9.",
    "Kay C. Lakes. In: Smith B, editor. Water. London: Press; 2010. p. 10-19.",
    "Roe D. Seas. In: Smith B, editor. Water. London: Press; 2010. p. 20-29.",
    "Fox E. Ice. In: Smith B, editor. Water. London: Press; 2010. p. 30-39.",
]
_ABNT_CHAPTERS = [
    "SILVA, A. Rios. In: SOUZA, B. (org.). Águas. São Paulo: Contexto, 2015. p. 11-29.",
    "COSTA, C. Lagos. In: SOUZA, B. (org.). Águas. São Paulo: Contexto, 2015. p. 30-49.",
    "LIMA, D. Mares. In: SOUZA, B. (org.). Águas. São Paulo: Contexto, 2015. p. 50-69.",
    "ROCHA, E. Gelo. In: SOUZA, B. (org.). Águas. São Paulo: Contexto, 2015. p. 70-89.",
]
_ACM_PAPERS = [
    "[1] Anna Lee and Boris Kay. Fast sorting. In Proc. of the 5th Workshop on Sorting, pages 1–9, 2016.",
    "[2] Boris Kay and Anna Lee. Slow sorting. In Proc. of the 6th Workshop on Sorting, pages 9–19, 2017.",
    "[3] Cyril Roe and Anna Lee. Heaps. In 2018 IEEE Conference on Data Structures, pages 20–29. IEEE, 2018.",
    "[4] Diana Fox and Cyril Roe. Tries. In Proc. of the 8th Workshop on Sorting, pages 30–39, 2019.",
]


def _list(entries: list[str]) -> str:
    numbered = [e if e.startswith("[") else f"{n}. {e}" for n, e in enumerate(entries, 1)]
    return "References\n" + "\n".join(numbered) + "\n"


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        (
            [*_VANCOUVER_CHAPTERS, "Day F. Rain. In: Smith B, editor. Water. London: Press; 2010."],
            "chapter without its pages, where the list's other chapters (1, 2, 3, 4)",
        ),
        (
            [
                *_ABNT_CHAPTERS,
                "ALVES, F. Chuva. In: SOUZA, B. (org.). Águas. São Paulo: Contexto, 2015.",
            ],
            "chapter without its pages",
        ),
        (  # the year in the proceedings' name is not the paper's
            [
                *_ACM_PAPERS,
                "[5] Edgar Day and Diana Fox. Queues. In 2019 IEEE Conference on Data Structures, pages 40–49. IEEE.",
            ],
            "conference paper without its year, where the list's other chapters and papers "
            "(1, 2, 3, 4)",
        ),
        (
            [
                *_ACM_PAPERS,
                "[5] Edgar Day and Diana Fox. Queues. In Proceedings of the 9th Workshop on Sorting, pages 40–49.",
            ],
            "without its year",
        ),
    ],
)
def test_an_entry_without_what_its_kind_gives_is_flagged(lint, entries, words):
    [found] = lint(_list(entries), select=["RL882"])
    assert found.entry == 5
    assert words in found.message


@pytest.mark.parametrize(
    "entries",
    [
        # every chapter with its pages, every paper with its year
        [
            *_VANCOUVER_CHAPTERS,
            "Day F. Rain. In: Smith B, editor. Water. London: Press; 2010. p. 40-9.",
        ],
        [
            *_ACM_PAPERS,
            "[5] Edgar Day and Diana Fox. Queues. In Proc. 9th Workshop on Sorting, pages 40–49, 2020.",
        ],
        # too few chapters to set a house style
        [*_VANCOUVER_CHAPTERS[:3], "Day F. Rain. In: Smith B, editor. Water. London: Press; 2010."],
        # as many without as one in four: no house style
        [
            *_VANCOUVER_CHAPTERS[:3],
            "Day F. Rain. In: Smith B, editor. Water. London: Press; 2010.",
            "Roe G. Snow. In: Smith B, editor. Water. London: Press; 2010.",
        ],
        # a year not yet known, and pages printed where the grammar reads none
        [
            *_ACM_PAPERS,
            "[5] Edgar Day and Diana Fox. Queues. In Proceedings of the 9th Workshop, pages 40–49, in press.",
        ],
        [*_ABNT_CHAPTERS, "ALVES, F. Chuva. In: SOUZA, B. (org.). Águas. São Paulo, 2015, 90–99."],
        # an article is RL501's, not a chapter
        [*_VANCOUVER_CHAPTERS, "Day F. Rain. Water Res. 2010;5:1-9."],
    ],
)
def test_lists_that_give_the_field_or_set_no_style_pass(lint, entries):
    assert lint(_list(entries), select=["RL882"]) == []


def test_a_list_is_read_in_linear_time(lint):
    def run(copies: int):
        chapters = [*_VANCOUVER_CHAPTERS, "Day F. Rain. In: Smith B, editor. Water. 2010."]
        text = _list(chapters * copies)
        return lambda: lint(text, select=["RL882"])

    assert_linear(run(10), run(40), bound=8)
