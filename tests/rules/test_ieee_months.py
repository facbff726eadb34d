"""IEEE's style fixes its months (`Jan.`, `Feb.`, ..., `Sep.`, `Nov.`): in a list set out in it, a
month cut without the period, or written whole where the list cuts its months, is RL812's however
few dated entries the list has; a list that writes every month whole keeps its own form."""

from __future__ import annotations

_ENTRIES = [
    "T. Wong and R. Murray, “Receding horizon planning,” IEEE Trans. Autom. Control, vol. 57, "
    "no. 11, pp. 2817–2830, {0} 2012.",
    "A. Lee and B. Kim, “Fire allocation for drones,” in Proc. IEEE Conf. Decis. Control, "
    "{1} 2016, pp. 1–6.",
    "C. Diaz, “Swarm routing,” IEEE Trans. Robot., vol. 30, no. 2, pp. 12–20, {2} 2018.",
    "D. Park, “Task assignment,” IEEE Access, vol. 6, pp. 100–110, {3} 2018.",
    "E. Ford, “Wildfire spread models,” Int. J. Wildland Fire, vol. 9, no. 1, pp. 1–9, 2000.",
    "F. Gray, “Path planning,” in Proc. Amer. Control Conf., {4} 2004, pp. 4–9.",
]


def _list(*months: str) -> str:
    return "".join(f"[{i}] {e.format(*months)}\n" for i, e in enumerate(_ENTRIES, 1))


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    found = lint(text, select=["RL812"])
    return [
        (d.entry, text.splitlines()[d.line - 1][d.column - 1 : d.end_column - 1]) for d in found
    ]


def test_ieee_months_pass(lint):
    assert _found(lint, _list("Nov.", "Oct.", "Mar.", "May", "Sep.")) == []
    assert _found(lint, _list("Nov.", "Oct.", "Mar.", "Feb.", "Sept.")) == []


def test_a_month_without_its_period_is_flagged(lint):
    found = _found(lint, _list("Nov", "Oct.", "Mar.", "Apr", "Sept"))
    assert found == [(1, "Nov"), (4, "Apr"), (6, "Sept")]


def test_a_month_written_whole_among_cut_ones_is_flagged(lint):
    assert _found(lint, _list("November", "Oct.", "Mar.", "Feb.", "Sep."))[0][0] == 1
    # too few dates for the list's own form to tell, IEEE's tells
    found = _found(lint, _list("November", "Oct.", "Mar.", "June", ""))
    assert found == [(1, "November")]


def test_a_list_that_writes_its_months_whole_keeps_its_form(lint):
    assert _found(lint, _list("November", "October", "March", "July", "September")) == []


def test_a_list_in_another_style_is_not_measured_by_ieee(lint):
    text = "".join(
        f"{i}. Wong T, Murray R. Planning {i}. IEEE Trans Autom Control. 2012 {m};57:28-30.\n"
        for i, m in enumerate(("Nov", "Oct", "Mar", "Apr", "Sep"), 1)
    )
    assert _found(lint, text) == []
