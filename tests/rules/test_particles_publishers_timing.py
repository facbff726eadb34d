"""RL531's inverted names, RL844, RL880 and RL881 grow linearly with the list: RL880 looks at an
entry only for the publishers whose words it prints, not for every publisher of the list, even
where hundreds of publishers share a word (`... Publishing`)."""

from __future__ import annotations

import datetime as dt

from refslint.grammar import parse_entry
from refslint.registry import load_rules
from refslint.rule import Context
from refslint.sources.plaintext import read_entries
from tests.timing import assert_linear, assert_rules_linear, rule_run

ENTRIES = (
    "Burg, S. van der, & Lee, A. ({y}). Street images {n}. Zenodo. https://doi.org/10.5281/z.{n}",
    "Semper, G. ({y}). Die Kunst {n}. Frankfurt am Main: Verlag für Kunst Nummer{n}.",
    "Semper, G. ({y}). Keramik {n}. Frankfurt am Main: Verl. für Kunst Nummer{n}.",
    "Smith, A. ({y}). Flood risk {n}. Psychosomatics, 53, 1–12. https://doi.org/10.1016/S0033-3182",
    "Jones, B. ({y}). Editing {n}. Cambridge: Open Book Publishers{n}.",
    "Jones, B. ({y}a). Editing {n}. Cambridge: Open Book Publisher.",
)
CODES = ("RL531", "RL844", "RL880", "RL881")


def _refs(count: int):
    text = "References\n" + "".join(
        ENTRIES[n % len(ENTRIES)].format(n=n, y=1900 + n % 120) + "\n" for n in range(count)
    )
    return [parse_entry(e) for e in read_entries(text)]


def test_the_rules_grow_linearly_with_the_list():
    assert_rules_linear(CODES, _refs, today=dt.date(2026, 12, 7))


def _word(n: int) -> str:
    """A publisher's name of letters alone, another for each `n` (`Quabcdh`)."""
    return "Qu" + "".join("abcdefghij"[int(d)] for d in f"{n:05d}")


def test_rl880_grows_linearly_with_publishers_sharing_a_word():
    """Keyed by a shared word, each entry printing `Publishing` was a candidate for every other
    publisher printing it: four times the list took sixteen times as long (11x measured)."""
    ctx = Context(today=dt.date(2026, 12, 7))
    (rule,) = [r for r in load_rules() if r.code == "RL880"]

    def refs(count: int):
        text = "References\n" + "".join(
            f"Brown, C. ({1900 + n % 120}). Essays {n}. London: {_word(n)} Publishing.\n"
            for n in range(count)
        )
        return [parse_entry(e) for e in read_entries(text)]

    assert_linear(rule_run(rule, refs(400), ctx), rule_run(rule, refs(1600), ctx), bound=8)
