"""RL811 on a dotted journal whose cut is the standard forms' cut of another title word
(`Res.`, Research's, for Resonance) and on a journal whose standard form shares its key with a
sectioned one (`J. Magn. Reson.` and `J. Magn. Reson. A`): the name reads as another journal's,
no variant of the standard form."""

from __future__ import annotations

LIST = """\
[1] N. Khaneja and S. J. Glaser, Optimal control of coupled spin dynamics, Phys. Rev. A 72, 296 (2005).
[2] P. Doria and T. Calarco, Chopped random-basis quantum optimization, Phys. Rev. Lett. 106, 190501 (2011).
[3] J. Werschnik and E. K. U. Gross, Quantum optimal control theory, J. Phys. B 40, R175 (2007).
[4] D. J. Tannor and S. A. Rice, Control of selectivity of chemical reaction, J. Chem. Phys. 83, 5013 (1985).
[5] S. Machnes and U. Sander, Comparing, optimizing, and benchmarking, Phys. Rev. A 84, 022305 (2011).
"""


def _found(lint, text: str) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL811"])]


def _with(journal: str) -> str:
    return (
        LIST + f"[6] J. B. Murdoch and A. H. Lent, Narrowband pulses, {journal} 74, 226 (1987).\n"
    )


def test_a_cut_that_is_another_words_standard_cut_is_flagged(lint):
    found = _found(lint, _with("J. Magnet. Res."))
    assert [e for e, _ in found] == [6]
    assert "`J. Magn. Reson.`" in found[0][1]


def test_the_standard_form_passes(lint):
    assert _found(lint, _with("J. Magn. Reson.")) == []


def test_the_sectioned_journal_printed_with_its_section_passes(lint):
    assert _found(lint, _with("J. Magn. Reson. A")) == []


def test_a_cut_at_other_letters_that_reads_as_no_other_word_is_a_variant(lint):
    # `Magnet.` alone: Magnetic cut at another letter, no other word's standard cut
    assert _found(lint, _with("J. Magnet. Reson.")) == []


def test_a_cut_at_a_stem_two_words_share_is_a_variant(lint):
    # `Met.` is Metals' standard cut, but Metals and Metalcasting share `Metal`
    assert _found(lint, _with("Int. J. Met.")) == []
