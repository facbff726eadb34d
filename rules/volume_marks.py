"""The mark between a volume and its pages (RL572): `Journal, 12, 100–109` against `Journal, 12:
100–109` in one list.

Author-date lists (NAR, MDPI, APA) set the volume and pages off by commas; BMC and GB/T 7714 join
them by a colon. Either is a style; the list's own entries decide which (at least five of them, 80%
in one form), and the entries written the other way are flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    UNTYPED,
    Category,
    Context,
    Diagnostic,
    Kind,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

from .style.conventions import deviations

# `, 12, 100–109`, `, 5:5274`: a comma, the volume, the mark, and a page, range or article number
# that ends the entry's tail. A tail with an issue is not measured: `12(3):100` is the issue's own
# colon in many styles that write `12, 100` without one.
_TAIL = pattern(
    r",\s(?P<volume>\d{1,5})(?P<mark>,\s|\s?:\s?)"
    r"(?P<pages>[A-Za-z]{0,2}\d+[A-Za-z0-9]*(?:\s?[\-\u2010-\u2015]\s?[A-Za-z]{0,2}\d+[A-Za-z0-9]*)?)"
    r"(?=\s*(?:[.;]\s|[.;]?$))"
)
FORMS = {"comma": "`Volume, pages`", "colon": "`Volume: pages`"}


def _tail(ref: Reference) -> re.Match[str] | None:
    """The entry's last volume-and-pages tail set off by a comma, if it has one."""
    tails = list(_TAIL.finditer(ref.text, ref.body_start))
    return tails[-1] if tails else None


def _mark(ref: Reference) -> str | None:
    if ref.kind not in (Kind.ARTICLE, *UNTYPED):
        return None  # a book's `Works, 1: 807–944` is a volume of its own
    found = _tail(ref)
    if found is None:
        return None
    return "comma" if "," in found["mark"] else "colon"


@list_rule(
    code="RL572",
    name="volume-pages-mark-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Volume and pages joined by a colon where the list sets them off by a comma, or back",
)
def volume_pages_mark(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list joins a journal's volume to its pages with a comma (`Nature, 510,
    412–416`) or a colon (`Nature, 510:412–416`), and flags the entries written the other way.

    ## Why is this bad?
    One list should set one element one way; a copy editor makes them agree.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. Gruber, A.J. (2019) Alternative cleavage. Nat. Rev. Genet., 20, 599–614.
        2. Derti, A. (2012) An atlas of polyadenylation. Genome Res., 22, 1173–1183.
        3. Wang, R. (2018) Cleavage sites. Nucleic Acids Res., 46, D315–D319.
        4. Lee, S.H. (2018) Intronic polyadenylation. Nature, 561, 127–131.
        5. Xia, Z. (2014) Dynamic analyses of polyadenylation. Nat. Commun., 5:5274.

    Use instead:
        1. Gruber, A.J. (2019) Alternative cleavage. Nat. Rev. Genet., 20, 599–614.
        2. Derti, A. (2012) An atlas of polyadenylation. Genome Res., 22, 1173–1183.
        3. Wang, R. (2018) Cleavage sites. Nucleic Acids Res., 46, D315–D319.
        4. Lee, S.H. (2018) Intronic polyadenylation. Nature, 561, 127–131.
        5. Xia, Z. (2014) Dynamic analyses of polyadenylation. Nat. Commun., 5, 5274.

    ## Limitations
    Only tails set off from the journal by a comma are measured (`Journal, 12, 100–109`); the
    Vancouver `2019;12:100-9` always takes a colon and is left to the other rules.
    """
    found, odd = deviations(refs, _mark)
    if found is None:
        return
    for ref, form in odd:
        tail = _tail(ref)
        assert tail is not None
        span = Span(tail.start("volume"), tail.end("pages"))
        printed = ref.text[span.start : span.end]
        yield Diagnostic(
            span,
            f"volume and pages joined by a {form} (`{printed}`); "
            f"{found.says(f'journal tails write {FORMS[found.form]}')}",
            ref=ref,
        )
