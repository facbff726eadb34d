"""Family names printed in capitals in a list that prints them in mixed case (RL560).

Databases and some journals give Chinese and other family names in capitals (`YANG W`) to mark
which name is the family's; pasted into a list that prints `Yang W`, they break its house style.
The list's own convention decides: only where most entries print their authors' family names in
mixed case, and only entries whose personal names are all in capitals and at least two (one word
in capitals may be a group's acronym, `WHO`, `CDC`, `NICE`, never a person's family name). A list
that prints every family name in capitals (ABNT's `SILVA, J. A.`) has that as its style.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

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

from .style.conventions import convention

# One personal name as printed: `Yang W`, `YANG W.`, `Yang, W.`, `W. Yang` (the grammar may keep
# two names joined by `and` as one author: each is read apart)
_JOINED = pattern(r"\s+(?:and|&)\s+")
_FAMILY_FIRST = pattern(
    r"(?P<family>[^\W\d_][^\W\d_'’ -]*(?:(?:[-' ]|’{1})[^\W\d_]+)*?),?\s+"
    r"(?P<initials>(?:[A-Z]\.?\s?-?){1,3})$"
)
_INITIALS_FIRST = pattern(r"(?:[A-Z]\.\s?-?){1,3}\s*(?P<family>[^\W\d_][^\W\d_'’ -]*)$")
CAPITALS, MIXED = "capitals", "mixed case"


def _families(ref: Reference) -> list[tuple[str, Span]]:
    """Each personal name's family name and its span; a name read no way yields nothing."""
    found = []
    for author in ref.authors:
        if author.is_group:
            continue
        offset = 0
        for piece in _JOINED.split(author.text):
            start = author.text.find(piece, offset)
            offset = start + len(piece)
            name = piece.rstrip(" ,.;")
            match = _FAMILY_FIRST.match(name) or _INITIALS_FIRST.match(name)
            if match is not None:
                at = author.span.start + start
                span = Span(at + match.start("family"), at + match.end("family"))
                found.append((match["family"], span))
    return found


@lru_cache(maxsize=4096)  # a list prints the same surnames again and again
def _case(family: str) -> str | None:
    letters = [c for c in family if c.isalpha()]
    if len(letters) < 2:
        return None
    if all(c.isupper() for c in letters):
        return CAPITALS
    return MIXED if any(c.isupper() for c in letters) else None


def _form(ref: Reference) -> str | None:
    """`capitals` when every personal name (two at least) has its family name in capitals,
    `mixed case` when none has; None for a mixed entry or one without personal names."""
    cases = [_case(family) for family, _ in _families(ref)]
    cases = [c for c in cases if c is not None]
    if not cases:
        return None
    if all(c == MIXED for c in cases):
        return MIXED
    if len(cases) >= 2 and all(c == CAPITALS for c in cases):
        return CAPITALS
    return None


def _mixed(family: str) -> str:
    """`YANG` -> `Yang`, `LOPEZ-GARCIA` -> `Lopez-Garcia`: a guess (`McDonald` is not restored)."""
    out, start = [], True
    for c in family:
        out.append(c.upper() if start else c.lower())
        start = not c.isalpha()
    return "".join(out)


@list_rule(
    code="RL560",
    name="family-name-in-capitals",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Family names in capitals (`YANG W`) where the list prints them in mixed case",
    fixable=True,
)
def family_name_in_capitals(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In a list that prints its authors' family names in mixed case (`Yang W`), flags an entry
    whose personal names are all printed in capitals (`YANG W, GAO F`). A list that prints every
    family name in capitals has that as its style and is left alone, and so is a single word in
    capitals, which may be a group's acronym (`WHO`, `CDC`).

    ## Why is this bad?
    The capitals come from the database or journal the entry was copied from; they break the
    list's house style, and a copy editor sets the names as the other entries do.

    ## Example
        1. Wang Y, Chen L. Grain refinement of aluminium. Mater Lett. 2015;12:10-4.
        2. YANG W, GAO F, JI S. Formation of intermetallics. Trans Met Soc. 2015;25:1704-14.
        3. Li X, Zhou H. Melt purification. J Mater Sci. 2016;51:33-9.
        4. Sun B, Ding W. Purification of aluminium. Metall Trans. 2004;11:134-41.
        5. Cao X, Campbell J. Iron in aluminium alloys. Int J Cast Met Res. 2004;17:1-11.
        6. Kong X, Yang B. Vacuum distillation. Vacuum. 2014;105:17-20.

    Use instead:
        1. Wang Y, Chen L. Grain refinement of aluminium. Mater Lett. 2015;12:10-4.
        2. Yang W, Gao F, Ji S. Formation of intermetallics. Trans Met Soc. 2015;25:1704-14.
        3. Li X, Zhou H. Melt purification. J Mater Sci. 2016;51:33-9.
        4. Sun B, Ding W. Purification of aluminium. Metall Trans. 2004;11:134-41.
        5. Cao X, Campbell J. Iron in aluminium alloys. Int J Cast Met Res. 2004;17:1-11.
        6. Kong X, Yang B. Vacuum distillation. Vacuum. 2014;105:17-20.

    ## Fix safety
    Unsafe: the mixed-case form is a guess (`MCDONALD` becomes `Mcdonald`); read it first.
    """
    forms = [(ref, form) for ref in refs if (form := _form(ref)) is not None]
    found = convention([form for _, form in forms])
    if found is None or found.form != MIXED:
        return
    for ref, form in forms:
        if form != CAPITALS:
            continue
        names = _families(ref)
        printed = ", ".join(f"`{family}`" for family, _ in names)
        yield Diagnostic(
            Span(names[0][1].start, names[-1][1].end),
            f"family names {printed} printed in capitals; "
            f"{found.says('entries print family names in mixed case')}",
            fix=Fix.unsafe(
                *(Edit(span, _mixed(family)) for family, span in names),
                message="Print the family names in mixed case",
            ),
            ref=ref,
        )
