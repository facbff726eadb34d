"""How a missing optional dependency is reported: one wording for every extra."""

from __future__ import annotations


def needs_extra(what: str, extra: str, *, missing: str | None = None) -> str:
    """`WHAT needs the 'EXTRA' extra: pip install 'refslint[EXTRA]'`, the line a user sees when a
    feature's extra is not installed; `missing` names what is lacking where that says it better."""
    needed = missing or f"the '{extra}' extra"
    return f"{what} needs {needed}: pip install 'refslint[{extra}]'"
