"""RL811 on a dotted journal that prints its title's first word whole where the standard form and
ISO 4's forms cut it, and cuts the words after it (`Nature Commun.`, `Accounts Chem. Res.`): the
full title begun and cut midway, no variant of the standard form. IEEE's own forms, which keep
later words whole (`IEEE Trans. Wireless Commun.`), stay variants."""

from __future__ import annotations

import pytest

LIST = """\
[1] N. Khaneja and S. J. Glaser, Optimal control of coupled spin dynamics, Phys. Rev. A 72, 296 (2005).
[2] P. Doria and T. Calarco, Chopped random-basis quantum optimization, Phys. Rev. Lett. 106, 190501 (2011).
[3] J. Werschnik and E. K. U. Gross, Quantum optimal control theory, J. Phys. B 40, R175 (2007).
[4] D. J. Tannor and S. A. Rice, Control of selectivity of chemical reaction, J. Chem. Phys. 83, 5013 (1985).
[5] S. Machnes and U. Sander, Comparing, optimizing, and benchmarking, Phys. Rev. A 84, 022305 (2011).
"""


def _found(lint, journal: str) -> list[tuple[int, str]]:
    text = LIST + f"[6] A. Smith and B. Jones, Pulses for qubits, {journal} 7, 226 (2016).\n"
    return [(d.entry, d.message) for d in lint(text, select=["RL811"])]


@pytest.mark.parametrize(
    ("journal", "standard"),
    [("Nature Commun.", "Nat. Commun."), ("Accounts Chem. Res.", "Acc. Chem. Res.")],
)
def test_a_first_word_whole_before_cut_words_is_flagged(lint, journal, standard):
    [(entry, message)] = _found(lint, journal)
    assert entry == 6
    assert f"expected `{standard}`" in message


@pytest.mark.parametrize(
    "journal",
    [
        "Nat. Commun.",  # the standard form
        "Nature",  # one word: the same in every form
        "IEEE Trans. Wireless Commun.",  # IEEE's own form keeps a later word whole
        "IEEE Trans. Inf. Forensics Security",
    ],
)
def test_standard_and_ieee_forms_pass(lint, journal):
    assert _found(lint, journal) == []


def test_two_words_cut_that_the_standard_forms_keep_whole_are_flagged(lint):
    # `Remote` and `Control`: nine in ten standard forms keep them whole (one, `Tob. Contr.`,
    # is left a variant: RL816's hint)
    [(entry, message)] = _found(lint, "Autom. Rem. Contr.")
    assert entry == 6 and "expected `Autom. Remote Control`" in message


def test_a_word_few_standard_forms_print_may_be_cut(lint):
    # `Sustainability`: four forms print it, too few to call ISO 4's own `Sustain.` wrong
    assert _found(lint, "Sustain. Sci.") == []
