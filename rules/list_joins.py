"""Joins a list keeps to, broken by one entry (RL850, RL851): names joined by `&` or `/` where
the list joins names with `;` (`MACHADO, I. L. & MENDES, E.`), and a labelled volume and issue
printed in another order or without the list's comma (`n. 16, v. 9`, `v. 17 n. 4` where the list
prints `v. 20, n. 40`). Learnt from the list; a list split on it, or too short to tell, passes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

from .style.conventions import DOMINANCE, MIN_ENTRIES, deviations

# --- RL850: names joined by `&` or `/` among `;` --------------------------------------------------

# an initial's period, the join, and the next name inverted (`R. A.; RODRIGUES, R.`,
# `A./ MARCHEZAN, R.`, `I. L. & MENDES, E.`); `, &` before APA's last name is a comma's
_JOIN = pattern(
    r"\.(?<=\b[^\W\d_]\.)(?P<join>\s*(?:;|/|,?\s*&)\s*)"
    r"(?=[^\W\d_][\w'’-]*(?:[ -][^\W\d_][\w'’-]*){0,2},\s*[^\W\d_]\.)"
)


def _joins(ref: Reference) -> list[tuple[str, Span]]:
    return [
        (m.group("join").strip().lstrip(",").strip(), Span(*m.span("join")))
        for m in _JOIN.finditer(ref.text, ref.body_start)
    ]


@list_rule(
    code="RL850",
    name="name-join-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Names joined by `&` or `/` where the list joins names with `;` (`A./ MARCHEZAN, R.`)",
    fixable=True,
)
def name_join_inconsistent(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list joins inverted names (`SURNAME, I.`) with semicolons, as ABNT and
    ISO 690 do (`ACOSTA PEREIRA, R.; RODRIGUES, R. H.`), and flags names joined by `&` or `/` in
    it, among the authors or the editors after `In:`. It needs at least five joins and four in
    five of them semicolons; APA's `, &` before the last name is a list's own form and such
    lists are left alone.

    ## Why is this bad?
    A list joins its names one way; `&` or a slash among semicolons was pasted from another
    style or typed by hand, and a reader may take the slash for one name's part.

    ## Example
        1. ACOSTA PEREIRA, R.; RODRIGUES, R. H. Por uma análise. Natal: EDUFRN, 2017.
        2. BRAIT, B.; PISTORI, M. H. C. A produtividade. Alfa, v. 56, n. 2, p. 371-401, 2012.
        3. SOBRAL, A. U.; GIACOMELLI, K. Elementos sobre as propostas. Campinas: Pontes, 2018.
        4. FRANCO, N.; COSTA, T. C.; LIMA, S. Por uma análise dialógica. Campinas: Pontes, 2019.
        5. DESTRI, A./ MARCHEZAN, R. Análise dialógica do discurso. Revista da ABRALIN, v. 20,
           n. 2, p. 1-25, 2021.

    Use instead:
        1. ACOSTA PEREIRA, R.; RODRIGUES, R. H. Por uma análise. Natal: EDUFRN, 2017.
        2. BRAIT, B.; PISTORI, M. H. C. A produtividade. Alfa, v. 56, n. 2, p. 371-401, 2012.
        3. SOBRAL, A. U.; GIACOMELLI, K. Elementos sobre as propostas. Campinas: Pontes, 2018.
        4. FRANCO, N.; COSTA, T. C.; LIMA, S. Por uma análise dialógica. Campinas: Pontes, 2019.
        5. DESTRI, A.; MARCHEZAN, R. Análise dialógica do discurso. Revista da ABRALIN, v. 20,
           n. 2, p. 1-25, 2021.

    ## Fix safety
    Safe: the join is replaced by the list's `; `.
    """
    joins = {id(ref): _joins(ref) for ref in refs}
    counts = Counter(join for found in joins.values() for join, _ in found)
    total = sum(counts.values())
    if counts[";"] < MIN_ENTRIES or counts[";"] < DOMINANCE * total:
        return
    for ref in refs:
        for join, span in joins[id(ref)]:
            if join == ";":
                continue
            yield Diagnostic(
                span,
                f"names joined by `{join}`; {counts[';']} of {total} joins between names in the "
                "list are semicolons (`; `)",
                fix=Fix.safe(Edit(span, "; "), message="Join the names with `; `"),
                ref=ref,
            )


# --- RL851: a labelled volume and issue in another order ------------------------------------------

# `v. 20, n. 40`, `v. 17 n. 4`, `vol. 3, no. 2`, and the issue first (`n. 16, v. 9`)
_VOLUME_ISSUE = pattern(
    r"\b(?P<v1>v|vol)\.\s*\d+(?P<comma>,?)\s+(?:n|no|nº)\.?\s*\d+"
    r"|\b(?:n|no|nº)\.?\s*\d+,\s*(?P<v2>v|vol)\.\s*\d+\b"
)
VOLUME_FIRST, NO_COMMA, ISSUE_FIRST = (
    "the volume, a comma and the issue",
    "no comma between the volume and the issue",
    "the issue before the volume",
)


def _order(ref: Reference) -> str | None:
    if "v." not in ref.text and "vol." not in ref.text:
        return None  # most entries: the pattern is not run
    m = _VOLUME_ISSUE.search(ref.text, ref.body_start)
    if m is None:
        return None
    if m.group("v2"):
        return ISSUE_FIRST
    return VOLUME_FIRST if m.group("comma") else NO_COMMA


@list_rule(
    code="RL851",
    name="volume-issue-order",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A labelled issue before the volume, or no comma between them, unlike the list",
)
def volume_issue_order(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns how the list prints a labelled volume and issue (`v. 20, n. 40`, ABNT's and ISO 690's;
    `vol. 3, no. 2`) and flags the entry that prints the issue first (`n. 16, v. 9`) or leaves out
    the comma between them (`v. 17 n. 4`). A convention needs at least five entries with both,
    four in five of them in one form.

    ## Why is this bad?
    A reader takes the first number after the journal for the volume: printed the other way, the
    issue is read as the volume and the article is looked for in the wrong place.

    ## Example
        1. BRAIT, B. A produtividade. Alfa, v. 56, n. 2, p. 371-401, 2012.
        2. LOURO, G. L. Gênero. Educação e Realidade, v. 20, n. 2, p. 101-132, 1995.
        3. RAMOS, M. D. Reflexões. Estudos Feministas, v. 20, n. 1, p. 53-73, 2012.
        4. ROHLING, N. A pesquisa. Cadernos de Linguagem, v. 15, n. 2, p. 44-60, 2014.
        5. DESTRI, A. Análise. Revista da ABRALIN, v. 20, n. 2, p. 1-25, 2021.
        6. OLIVEIRA, A. Análise. Revista Educação e Linguagens, n. 16, v. 9, p. 245-264, 2020.

    Use instead:
        1. BRAIT, B. A produtividade. Alfa, v. 56, n. 2, p. 371-401, 2012.
        2. LOURO, G. L. Gênero. Educação e Realidade, v. 20, n. 2, p. 101-132, 1995.
        3. RAMOS, M. D. Reflexões. Estudos Feministas, v. 20, n. 1, p. 53-73, 2012.
        4. ROHLING, N. A pesquisa. Cadernos de Linguagem, v. 15, n. 2, p. 44-60, 2014.
        5. DESTRI, A. Análise. Revista da ABRALIN, v. 20, n. 2, p. 1-25, 2021.
        6. OLIVEIRA, A. Análise. Revista Educação e Linguagens, v. 9, n. 16, p. 245-264, 2020.
    """
    found, odd = deviations(refs, _order)
    if found is None:
        return
    for ref, form in odd:
        m = _VOLUME_ISSUE.search(ref.text, ref.body_start)
        assert m is not None
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"{form} (`{m.group()}`); " + found.says(f"entries with both print {found.form}"),
            ref=ref,
        )
