"""An entry that holds a second reference (a commented article's citation printed in the title) is
neither measured against the list's conventions nor read for where its title ends: which text is
whose journal is a guess there. Lists written here."""

from __future__ import annotations

import pytest
from refslint_rules.style.conventions import holds_two_citations

from refslint.grammar import parse_entry
from refslint.model import Entry, PositionMap

LIST = (
    "1. Behler J. Atom-centered symmetry functions. J Chem Phys. 2011;134(7):1074–1106.\n"
    "2. Drautz R. Atomic cluster expansion. Phys Rev B. 2019;99(1):1014–1104.\n"
    "3. Shapeev AV. Moment tensor potentials. Multiscale Model Simul. 2016;14(3):1153–1173.\n"
    "4. Zuo Y. Performance of potentials. J Phys Chem A. 2020;124(4):731–745.\n"
    "5. Deringer VL. Gaussian process regression. Chem Rev. 2021;121(16):10073–10141.\n"
    "6. Smith A, Jones B. Dose and effect: Comment on Brown et al.Journal of Cell Research "
    "2016;1(1):102-112; DOI: 10.1089/x.2015.0004. Cell Res J. 2017; 2(1): 1–4.\n"
)
CODES = ["RL514", "RL516", "RL804"]


def test_an_entry_holding_two_references_is_not_held_to_the_lists_conventions(lint):
    assert [(d.entry, d.code) for d in lint(LIST, select=CODES)] == []


def test_the_same_faults_in_an_entry_of_one_reference_are_still_found(lint):
    one = LIST.replace(
        "Comment on Brown et al.Journal of Cell Research 2016;1(1):102-112; "
        "DOI: 10.1089/x.2015.0004. Cell Res J. 2017; 2(1): 1–4.",
        "a comment. Cell Res J 2017;2(1):102-112.",
    )
    assert sorted((d.entry, d.code) for d in lint(one, select=CODES)) == [
        (6, "RL516"),
        (6, "RL804"),
    ]


def _ref(text: str):
    return parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1, None, 0))


@pytest.mark.parametrize(
    ("text", "two"),
    [
        ("Doe J. A title. Nature. 2016;1(1):102-12. Comment in: Cell. 2017;2(1):1-4.", True),
        ("Doe, J. A title. Nature 2016, 1, 102–112; Cell 2017, 2, 1–4.", True),
        # one reference, in several styles
        ("Doe J. A title. Nature. 2016;1(1):102-12.", False),
        ("Doe, J. A title. Nature 2016, 1, 102–112.", False),
        ("Doe J. A page [Internet]. 2016 [cited 2020 Jan 3];1(1):1-4. Available from: x", False),
        ("Doe J. A book. 2nd ed. Berlin: Springer; 2016. Reprinted 2019.", False),
        ("J. Doe, “A title,” Nature, vol. 1, no. 1, pp. 102–112, 2016.", False),
    ],
)
def test_two_dated_volume_and_pages_tails_make_two_references(text, two):
    assert holds_two_citations(_ref(text)) is two
