"""RL836, RL839-RL845 and RL550's tripled letters grow linearly with the list, and their patterns look at
a long run of letters once."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from refslint.grammar import parse_entry
from refslint.sources.plaintext import read_entries
from tests.timing import assert_linear, assert_rules_linear

ENTRIES = (
    "Pruett JP. Cyclic fatigue of Nickel- titanium files {n}. J Endod. 1997;23:77-85.",
    "Ozkose E. Feramyces gen. nov, sp. nov., fungus {n}. Stud Mycol. 2001;45:23-32.",
    "Ogasawara R. Exercise {n}. Am J Physiol Cell Physiol. 2014;306:C604–c11.",
    "Smith A. Clean air {n}. Journal of Environmental Economics Management. 2001;41:12-30.",
    "Goodman CA. Muscle mass {n}. Trends Endocrinol. Metab.: TEM. 2012;23:165-74.",
    "Smith A. Flood risk {n}. Risk Anal. 2007;27:1-12. doi:10.1111/j.1539.6924.2007.00884",
    "W. Weijer et al., Overturning {n}. J. Geophys. Res. [Oceans] 124, 5336–5375 (2019).",
    "Baltensperger DD. Proso and other milllets {n}. Crop Sci. 2002;42:100-3.",
    "Peters OA. Canals {n} by threedimensional imaging. J Endod. 2001;27:1-6.",
)
CODES = ("RL836", "RL839", "RL840", "RL841", "RL842", "RL843", "RL844", "RL845")


def _refs(count: int):
    text = "".join(f"{n}. {ENTRIES[n % len(ENTRIES)].format(n=n)}\n" for n in range(1, count + 1))
    return [parse_entry(e) for e in read_entries(text)]


def test_the_rules_grow_linearly_with_the_list():
    assert_rules_linear(CODES, _refs, today=dt.date(2026, 12, 7))


def test_long_runs_are_looked_at_once():
    from refslint_rules.journal_slips import _QUALIFIED
    from refslint_rules.spelling import english_words, tripled
    from refslint_rules.title_slips import _HYPHEN_OPEN

    words = english_words()

    def scan(make: Callable[[int], str], look: Callable[[str], object], n: int):
        text = make(n)
        return lambda: look(text)

    cases: list[tuple[str, Callable[[int], str], Callable[[str], object]]] = [
        ("RL839", lambda n: "ab" * n + "- x", lambda t: list(_HYPHEN_OPEN.finditer(t))),
        ("RL843", lambda n: "a:" * n + " b", lambda t: _QUALIFIED.fullmatch(t)),
        (
            "RL550 tripled",
            lambda n: "aaa" + "b" * n + "1",
            lambda t: list(tripled(t, words, Counter())),
        ),
    ]
    for what, make, look in cases:
        assert_linear(scan(make, look, 5_000), scan(make, look, 10_000), bound=3, what=what)
