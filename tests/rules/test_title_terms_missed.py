"""Title and journal faults that RL550, RL576, RL578 and RL588 once let pass, each with the
lists where the rule must stay silent. Lists written here, in several styles."""

from __future__ import annotations


def found(lint, text: str, code: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=[code])]


# --- RL576 and RL588: one finding for a lower-case genus ---------------------------------------

GENUS = """\
1. Ramadan A, Sabir JS. Metabolomic response of Calotropis procera growing in the desert to
   changes in water availability. PLoS One. 2014;9:e87895.
2. Khedr AH, Ali MS. Germination of calotropis procera seeds in the hyper-arid desert.
   J Arid Environ. 2015;117:28-36.
3. Adams RT. Regional variation in hospital admissions for asthma. BMJ. 2002;324:3-4.
"""


def test_a_lower_case_genus_rl588_warns_of_is_not_also_a_hint(lint):
    codes = [(d.entry, d.code) for d in lint(GENUS, select=["RL576", "RL588"])]
    assert codes == [(2, "RL588")]


def test_a_genus_rl588_does_not_know_is_still_a_hint(lint):
    # `Quaggaria` is in no genus table: only the list's own capital tells it is a name
    text = GENUS.replace("Calotropis", "Quaggaria").replace("calotropis", "quaggaria")
    assert [(d.entry, d.code) for d in lint(text, select=["RL576", "RL588"])] == [(2, "RL576")]
