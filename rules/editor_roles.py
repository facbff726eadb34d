"""A chapter's editors named without their role where the list's other chapters give it (RL569).

Citing Medicine, ABNT and most numbered styles name the book's editors after `In:` with their
role (`In: Souza AIJ, organizador.`, `In: Smith A, editors.`, `(eds ...)`, `Edited by: ...`).
A book written by its authors rather than edited is cited after `In:` with no role, so the names
alone prove nothing: the list decides. Where another chapter of the list marks its editors'
role and none of its chapters names people after `In:` without one but this, the missing role is
most likely a slip; the finding is a hint, since the book may be an authored one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import (
    Author,
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

# the role of a book's editors, in the languages of the lists (after the names, or before them:
# `(eds DE Wildt ...)`, `Edited by: ...`, `Hrsg. von`)
_ROLE = (
    r"(?:editors?|editor(?:es|a|as)|eds?\b\.?|\(eds?\.?\)|edited\s+by|organizador(?:es|as|a)?"
    r"|orgs?\b\.?|\(orgs?\.?\)|coordenador(?:es|as|a)?|coordinador(?:es|as|a)?|coords?\b\.?"
    r"|\(coords?\.?\)|hrsg\b\.?|\(hrsg\.?\)|hg\b\.?|[ée]ds?\b\.?|\([ée]ds?\.?\)|[ée]diteurs?"
    r"|red\b\.?|a\s+cura\s+di|compilers?|comps?\b\.?|\(comps?\.?\)|dir\b\.?|\(dir\.?\))"
)
# an initial in a person's name (`Collet N`, `M. Dol`, `Toso BRGO`)
_INITIAL = pattern(r"(?<![^\W\d_])[A-Z](?:\.|(?![^\W\d_]))|\s[A-Z]{2,4}$")
_MEETING = pattern(
    r"(?i)\b(?:proceedings|proc\.|conference|congress|congresso|congreso|symposium|simp[óo]sio"
    r"|workshop|meeting|encontro|semin[áa]rio|colloquium|anais)\b"
)
_ROLE_SEARCH = pattern(r"(?i)(?<![^\W\d_])" + _ROLE)


def _role(ref: Reference) -> bool | None:
    """Whether a chapter's names after `In` carry their role, anywhere after the marker, since
    the names' reading may not end where they end (None: no people named there). A role word
    read too generously (an edition's `ed.`) only keeps the rule quiet."""
    marker, editors, book = ref.in_marker, ref.editors, ref.container
    if ref.kind is not Kind.CHAPTER or marker is None or book is None or ref.problem is not None:
        return None
    if not any(_INITIAL.search(e.text) for e in editors if not e.is_group):
        return None  # no person's name: a journal's or a body's read as the editors'
    if all(any(_same(a, e) for a in ref.authors) for e in editors):
        return None  # the chapter's own author's book (ABNT's `In: BAKHTIN, M. M. Estética`)
    if _MEETING.search(ref.text, marker.span.end):
        return None  # a meeting's proceedings (ABNT's `In: CONFERENCE ..., 13., 2004`)
    imprint = ref.place or ref.publisher  # (a publisher's name is no role: `Pontes Editores`)
    end = imprint.span.start if imprint and imprint.span.start > marker.span.end else len(ref.text)
    return bool(_ROLE_SEARCH.search(ref.text, marker.span.end, end))


def _same(author: Author, editor: Author) -> bool:
    """Whether two names are one person's: the same surname, one's initials beginning the
    other's (`VOLOCHÍNOV, V.` and `VOLOCHÍNOV, V. N.`)."""
    mine, theirs = (n.initials.replace(".", "").replace(" ", "") for n in (author, editor))
    return author.family == editor.family and (mine.startswith(theirs) or theirs.startswith(mine))


@list_rule(
    code="RL569",
    name="chapter-editors-without-role",
    category=Category.FORMAT,
    severity=Severity.INFO,
    summary="A chapter names the book's editors with no role where the list's other chapters "
    "give it (`In: Collet N. Manual` beside `In: Souza AIJ, organizador.`)",
)
def chapter_editors_without_role(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Points at a chapter whose names after `In:` carry no role (`In: Collet N, Toso BRGO, Vieira
    CS. Manual de enfermagem ...`), in a list where another chapter gives its editors' role
    (`editors`, `eds`, `organizador`, `Hrsg.`, `Edited by:`) and no other chapter names people
    after `In:` without one.

    ## Why is this bad?
    The role tells a reader who the names are: the book's editors, not its authors. The list's
    other chapters print it, so this one most likely lost it.

    ## Example
        1. Melo LL, Maia EBS. Brinquedo terapêutico. In: Souza AIJ, organizador. Enfermagem
           pediátrica. Florianópolis: Papa-Livro; 2021. p. 217-40.
        2. Maia EB, Melo LL. O brinquedo terapêutico. In: Collet N, Toso BRGO, Vieira CS.
           Manual de enfermagem em pediatria. Goiânia: AB; 2020. p. 49-61.

    Use instead:
        1. Melo LL, Maia EBS. Brinquedo terapêutico. In: Souza AIJ, organizador. Enfermagem
           pediátrica. Florianópolis: Papa-Livro; 2021. p. 217-40.
        2. Maia EB, Melo LL. O brinquedo terapêutico. In: Collet N, Toso BRGO, Vieira CS,
           organizadoras. Manual de enfermagem em pediatria. Goiânia: AB; 2020. p. 49-61.

    ## Limitations
    A hint (`info`): a chapter of a book its authors wrote, not edited, is cited after `In:` with
    no role, and only the work tells. A list with no chapter that gives a role, or with two or
    more chapters without one (its own way), is not looked at; a chapter whose names after `In:`
    are its own authors' (ABNT's `In: BAKHTIN, M. M. Estética`, a book of the author's own)
    counts as none.
    """
    roles = [(ref, role) for ref in refs if (role := _role(ref)) is not None]
    marked = [ref for ref, role in roles if role]
    bare = [ref for ref, role in roles if not role]
    if not marked or len(bare) != 1:
        return
    (ref,) = bare
    other = marked[0]
    label = other.number if other.number is not None else other.index
    editors = ref.editors
    yield Diagnostic(
        Span(editors[0].span.start, editors[-1].span.end),
        f"the names after `In` carry no role, where entry {label}'s give one; if they edited "
        "the book, say so after them (`editors`, `organizador`)",
        ref=ref,
    )
