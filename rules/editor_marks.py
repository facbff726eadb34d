"""The marks around a book's editors: the role word in the number of editors it follows
(RL503), and the word that joins them as the list joins its authors (RL831).

A role printed after the names speaks for all of them (`Smith A, Jones B, editors`), so its
number is the names' number; and a list that joins every author's name with commas alone
(Vancouver, Citing Medicine) joins the editors' names so too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
    rule,
)

# an English role word right after the last editor's name (`, editors.`, ` (ed)`, `, Eds.`),
# not one of two roles (`(ed. y anot.)`: the two may be one person's, who is named last)
_ROLE_AFTER = pattern(
    r"\s*[,(]?\s*(?P<role>(?i:editors?|eds?))(?![\w-])(?!\.?\s+(?:y|e|et|und|and|&)\s)\.?\)?"
)
_AND = pattern(r"(?i)(?<![\w-])(?:and|&)(?![\w-])")
MIN_JOINED = 5  # entries of several authors a list needs before its way of joining them counts


def _people(ref: Reference) -> int:
    return sum(1 for e in ref.editors if not e.is_group)


@rule(
    code="RL503",
    name="editor-role-number",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A book's editors' role in the singular for several, or in the plural for one",
)
def editor_role_number(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags the role word printed after a book's editors whose number is not theirs: `(ed)`,
    `ed.` or `editor` after two or more names, `(eds)`, `eds.` or `editors` after one.

    ## Why is this bad?
    The role speaks for the names before it: `(ed)` after three editors tells the reader one of
    them edited the book, and styles write `(eds)` or `editors` for several.

    ## Example
        1. Mackay MC, Street K. Focused identification of germplasm strategy. In: Black CK,
           Panozzo JF, Rebetzke GJ (ed). Proceedings of the 54th Australian Cereal Chemistry
           Conference. Melbourne: RACI; 2004. p. 138-41.

    Use instead:
        1. Mackay MC, Street K. Focused identification of germplasm strategy. In: Black CK,
           Panozzo JF, Rebetzke GJ (eds). Proceedings of the 54th Australian Cereal Chemistry
           Conference. Melbourne: RACI; 2004. p. 138-41.

    ## Limitations
    English role words only, and only after the names (`ed. by` before them is `edited by`);
    the names are those the grammar read as the editors, bodies not counted. ABNT's role after
    names in capitals, `(ed.)` or `(org.)`, is singular for any number (NBR 6023) and is left.
    """
    if ref.problem is not None or not ref.editors or any(e.is_group for e in ref.editors):
        return
    found = _ROLE_AFTER.match(ref.text, ref.editors[-1].span.end)
    if found is None:
        return
    role, many = found["role"], _people(ref) > 1
    if all(e.family.isupper() for e in ref.editors) and found.group().rstrip().endswith(")"):
        return  # ABNT's `BRANHAM, B.; GOULET-CAZÉ, M.-O. (ed.)`: its role stays singular
    plural = role.lower() in ("eds", "editors")
    if plural == many:
        return
    right = {"ed": "eds", "eds": "ed", "editor": "editors", "editors": "editor"}[role.lower()]
    right = right.capitalize() if role[0].isupper() else right
    count = f"{_people(ref)} editors" if many else "one editor"
    yield Diagnostic(
        Span(found.start("role"), found.end("role")),
        f"`{role}` after {count}; write `{right}`",
    )


def _joined_by_and(ref: Reference) -> bool | None:
    """Whether the last two authors are joined with `and` or `&` (None: fewer than two)."""
    if len(ref.authors) < 2:
        return None
    a, b = ref.authors[-2].span, ref.authors[-1].span
    return _AND.search(ref.text, a.end, b.start) is not None


@list_rule(
    code="RL831",
    name="editors-joined-unlike-authors",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A book's last editor joined with `and` where the list joins every name with commas",
)
def editors_joined_unlike_authors(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In a list whose entries join their authors with commas alone (five or more entries of
    several authors, none with `and` or `&` before the last), flags a book's editors joined
    with `and` or `&` before the last (`In: Black CK, Panozzo JF, and Rebetzke GJ, editors`).

    ## Why is this bad?
    The list names people one way: Vancouver and Citing Medicine join all names, the editors'
    too, with commas. An `and` among them was copied from another style.

    ## Example
        1. Ruiz A, Lee B. Serve reception. Sports Med. 2019;49:101-10.
        2. Kim C, Park D. Visual search. Sports Med. 2018;48:211-20.
        3. Ito E, Sato F. Anticipation. Hum Mov Sci. 2010;29:1-12.
        4. Roy G, Das H. Expertise and gaze. J Mot Behav. 2012;44:301-9.
        5. Wu J, Li K. Grip and stroke. J Sports Sci. 2015;33:50-8.
        6. Mackay MC, Street K. Germplasm strategy. In: Black CK, Panozzo JF, and Rebetzke GJ,
           editors. Proceedings of the 54th Cereal Chemistry Conference. Melbourne: RACI; 2004.
           p. 138-41.

    Use instead:
        1. Ruiz A, Lee B. Serve reception. Sports Med. 2019;49:101-10.
        2. Kim C, Park D. Visual search. Sports Med. 2018;48:211-20.
        3. Ito E, Sato F. Anticipation. Hum Mov Sci. 2010;29:1-12.
        4. Roy G, Das H. Expertise and gaze. J Mot Behav. 2012;44:301-9.
        5. Wu J, Li K. Grip and stroke. J Sports Sci. 2015;33:50-8.
        6. Mackay MC, Street K. Germplasm strategy. In: Black CK, Panozzo JF, Rebetzke GJ,
           editors. Proceedings of the 54th Cereal Chemistry Conference. Melbourne: RACI; 2004.
           p. 138-41.

    ## Limitations
    Only the word between the last two editors the grammar read is looked at; a list that
    joins any entry's authors with `and` or `&`, or has fewer than five entries of several
    authors, is left alone.
    """
    joined = [j for ref in refs if (j := _joined_by_and(ref)) is not None]
    if len(joined) < MIN_JOINED or any(joined):
        return
    for ref in refs:
        people = [e for e in ref.editors if not e.is_group]
        if ref.problem is not None or len(people) < 2 or len(people) != len(ref.editors):
            continue
        found = _AND.search(ref.text, people[-2].span.end, people[-1].span.start)
        if found is not None:
            yield Diagnostic(
                Span(found.start(), found.end()),
                f"`{found.group()}` before the last editor, where the list joins every author's "
                "name with commas alone; join the editors so too",
                ref=ref,
            )
