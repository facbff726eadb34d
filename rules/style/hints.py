"""Hints where a list has not settled a convention itself (RL814): the form its recognisable style
family prescribes. A hint, not a fault: the list's own entries do not say which form is its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from refslint.api import Category, Context, Diagnostic, Reference, Severity, list_rule

from .conventions import MIN_ENTRIES, convention, style_of, vancouver
from .pages import range_diagnostic, range_form


@list_rule(
    code="RL814",
    name="style-family-hint",
    category=Category.FORMAT,
    severity=Severity.INFO,
    summary="Where a list is split on a convention, the form its style family prescribes",
    fixable=True,
)
def style_family_hint(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Where a list writes page ranges both in full (`238-248`) and abbreviated (`238-48`), neither
    form in 80% of them, and its journal articles are set out in Vancouver (`2018;6(9):902-13`,
    at least five, 80% of them), names the form Citing Medicine prescribes: ranges are
    abbreviated. RL803 stays silent on such a list, since its own entries do not settle the form.

    ## Why is this bad?
    A list split between two forms has one of them wrong; the style family the list follows says
    which, and a copy editor brings the others into line.

    ## Example
        1. Freeman RE, Daley MF. Vaccine timeliness. Vaccine. 2022;40(5):765-773.
        2. Luman ET, Barker LE. Timeliness of vaccinations. JAMA. 2005;293(10):1204-11.
        3. Tiley KS, White JM. Inequalities in vaccination. Vaccine. 2018;36(45):6726-6735.
        4. Lima SAV, Braga JPR. Access to primary care. Physis. 2015;25(2):635-56.
        5. Cobo B, Cruz C. Inequalities in access. Cien Saude Colet. 2021;26(9):4021-4032.
        6. Mariano FZ, Costa EM. Diferenciais de rendimentos. Estud Econ. 2018;48(1):137-73.

    Use instead:
        1. Freeman RE, Daley MF. Vaccine timeliness. Vaccine. 2022;40(5):765-73.
        2. Luman ET, Barker LE. Timeliness of vaccinations. JAMA. 2005;293(10):1204-11.
        3. Tiley KS, White JM. Inequalities in vaccination. Vaccine. 2018;36(45):6726-35.
        4. Lima SAV, Braga JPR. Access to primary care. Physis. 2015;25(2):635-56.
        5. Cobo B, Cruz C. Inequalities in access. Cien Saude Colet. 2021;26(9):4021-32.
        6. Mariano FZ, Costa EM. Diferenciais de rendimentos. Estud Econ. 2018;48(1):137-73.

    ## Limitations
    Silent where a house style is configured (it decides), where the list writes one form in 80%
    of its ranges (RL803 learns it), and in lists of other families: APA, physics and IEEE styles
    write ranges in full.

    ## Fix safety
    Safe: the range keeps its pages; only the printed form of its last page changes.
    """
    if style_of(ctx) is not None:
        return
    forms = [(ref, form) for ref in refs if (form := range_form(ref)) is not None]
    counts = Counter(form for _, form in forms)
    if len(forms) < MIN_ENTRIES or len(counts) < 2 or convention([f for _, f in forms], many=True):
        return
    if not vancouver(refs):
        return
    why = (
        f"this list writes {counts['abbreviated']} of {len(forms)} ranges abbreviated, and "
        "Vancouver (Citing Medicine) abbreviates them"
    )
    for ref, form in forms:
        if form == "full":
            yield range_diagnostic(ref, form, "abbreviated", why)
