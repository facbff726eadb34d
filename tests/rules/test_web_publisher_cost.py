"""RL501's new readings and RL522-RL525 cost time in proportion to the list and to the entry:
doubling either at most doubles the work (the ratio bound leaves room for noise)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.timing import assert_linear

TODAY = dt.date(2024, 8, 1)
CODES = ["RL501", "RL522", "RL523", "RL524", "RL525"]
ENTRIES = [
    "Zheng Y, Yao Y. Composite lithium electrolytes. Chem Soc Rev. 2020;49:8790-839.",
    "World Health Organization. Protecting breastfeeding [Internet]. 2017 [cited 2020 Mar 25]. "
    "Available from: https://apps.who.int/iris/handle/10665/259386",
    "Feller W. An introduction to probability theory. Wien: Springer Science & Business Media; "
    "2008.",
    "MOCCAE: National Climate Change Plan 2017-2050. Ministry of climate change and "
    "environment, 2017.",
    "Ministério da Saúde (BR). Caderneta [Internet]. Brasília, DF: 2018 [cited 2021 Jan 22]. "
    "Available from: https://bvsms.saude.gov.br/caderneta.pdf",
]


def _list(n: int) -> str:
    return "".join(f"{i}. {ENTRIES[i % len(ENTRIES)]}\n" for i in range(1, n + 1))


def _lint(lint, text: str) -> None:
    assert lint(text, select=CODES, today=TODAY)


def test_the_rules_grow_linearly_with_the_list(lint):
    small, large = _list(200), _list(400)
    assert_linear(partial(_lint, lint, small), partial(_lint, lint, large), bound=3, runs=3)


def test_the_patterns_grow_linearly_with_a_long_entry(lint):
    def entry(n: int) -> str:
        words = " ".join(["Ministry of the University Geneva: Report,"] * n)
        return f"1. Smith J. {words} [Internet]. Strassbourg: {words} 2019.\n"

    small, large = entry(200), entry(400)
    assert_linear(
        partial(lint, small, select=CODES, today=TODAY),
        partial(lint, large, select=CODES, today=TODAY),
        bound=3,
        runs=3,
    )
