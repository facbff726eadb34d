"""Initials written first (RL536): the space between the last initial and the family name; and
initials accented by autocorrection (RL541).

The author-name rules of `author_names` (RL538), `initials_two_ways` (RL577) and `group_authors`
(RL539, RL540) are exposed here too, so that this module's entry point loads them."""

from __future__ import annotations

import unicodedata
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
    rule,
)

from .author_names import author_spelt_two_ways
from .group_authors import group_author_cut_short, group_author_inverted
from .initials_two_ways import author_initials_two_ways
from .style.conventions import convention

__all__ = [
    "author_initials_two_ways",
    "author_spelt_two_ways",
    "group_author_cut_short",
    "group_author_inverted",
    "initial_autocorrected",
    "initials_run_into_name",
]

# `M. Akhtar`, `N.P. Menezes`, `W.-P. Su` against `M.Akhtar`, `N.P.Menezes`
_INITIALS_FIRST = pattern(r"(?:[A-Z]\.(?:-[A-Z]\.)?\s?)*[A-Z]\.(?:-[A-Z]\.)?(?P<gap>\s*)[^\W\d_]")
SPACED, RUN_ON = "a space after the initials", "no space after the initials"
# initials with no family name after them (`H.P. Wendel e F.K.`): the surname is lost, which
# RL590 reports; no space is missing
_INITIALS_ONLY = pattern(r"(?:[A-Z]\.[\s-]?)+")


def _names(refs: Sequence[Reference]) -> Iterator[tuple[Reference, Span, int, str]]:
    """Every initials-first name: its reference and span, where its family name starts, its
    form."""
    for ref in refs:
        for author in ref.authors:
            found = _INITIALS_FIRST.match(author.text)
            if found is None or author.is_group or _INITIALS_ONLY.fullmatch(author.text):
                continue
            form = SPACED if found.group("gap") else RUN_ON
            yield ref, author.span, author.span.start + found.start("gap"), form


@list_rule(
    code="RL536",
    name="initials-run-into-name",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Initials written first and run into the family name (`M.Akhtar`)",
    fixable=True,
)
def initials_run_into_name(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In a list that writes initials before the family name with a space between (`M. Akhtar`,
    `N.P. Menezes`), flags a name whose initials run into it (`M.Akhtar`).

    ## Why is this bad?
    The space is lost in typing or in a paste; the name reads as one word and no index finds it.

    ## Example
        [1] A.J. Heeger, Rev. Mod. Phys. 60, 781 (1988).
        [2] B.R. Weinberger, M.Akhtar e S.C. Gau, Synthetic Metals 4, 187 (1982).
        [3] F. Thomazi, C.K. Saul, Current Nanoscience 12, 611 (2016).

    Use instead:
        [1] A.J. Heeger, Rev. Mod. Phys. 60, 781 (1988).
        [2] B.R. Weinberger, M. Akhtar e S.C. Gau, Synthetic Metals 4, 187 (1982).
        [3] F. Thomazi, C.K. Saul, Current Nanoscience 12, 611 (2016).

    ## Fix safety
    Safe: a space is put before the family name.
    """
    names = list(_names(refs))
    found = convention([form for *_, form in names])
    if found is None or found.form != SPACED:
        return
    for ref, span, at, form in names:
        if form == RUN_ON:
            yield Diagnostic(
                span,
                f"no space between the initials and the family name; "
                f"{found.says('initials-first names put one there')}",
                fix=Fix.safe(Edit(Span(at, at), " "), message="Put a space after the initials"),
                ref=ref,
            )


# `JÁ`: a consonant, then a vowel with an acute accent, the shape of a Portuguese or Spanish
# monosyllable (`já`, `há`, `só`, `pé`) that a word processor's autocorrection accents
_AUTOCORRECTED = pattern(r"[B-DF-HJ-NP-TV-Z][ÁÉÍÓÚ]")


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _is_plain(text: str) -> bool:
    return text.isascii() or _plain(text) == text


@rule(
    code="RL541",
    name="initial-autocorrected",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Two initials accented into a word by autocorrection (`Singleton JÁ` for `JA`)",
    fixable=True,
)
def initial_autocorrected(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags two run-together initials that read as an accented word (`JÁ`, `HÁ`, `SÓ`: a
    consonant and a vowel with an acute accent) on a family name printed without accents, in
    an entry whose title and other names carry no accent: a word processor's autocorrection
    of `JA` into the Portuguese `já`.

    ## Why is this bad?
    The initial is another letter: `Á` is not `A` to an index or a search, and the author is
    not found.

    ## Example
        1. Valier MR, Zhou T, Pingali C, Singleton JÁ. Racial and ethnic differences in
           vaccination coverage. Vaccine. 2023;41(3):612-20.

    Use instead:
        1. Valier MR, Zhou T, Pingali C, Singleton JA. Racial and ethnic differences in
           vaccination coverage. Vaccine. 2023;41(3):612-20.

    ## Limitations
    Silent on an accented first initial (`ÍL`, `Ítalo`), on three or more initials (`EÂC`), on
    a circumflex (`MÂ`, `Maria Ângela`), and where the entry's title or any other name has an
    accent: there, accented given names are the entry's own.

    ## Fix safety
    Unsafe: the accent is removed; a second given name that does begin with an accented
    vowel (`Álvaro`) would lose it too.
    """
    people = [a for a in ref.authors if not a.is_group]
    odd = [a for a in people if _AUTOCORRECTED.fullmatch(a.initials)]
    if len(odd) != 1:
        return
    author = odd[0]
    others = [a.text for a in people if a is not author]
    title = ref.title.text if ref.title is not None else ""
    if not all(map(_is_plain, [author.family, title, *others])):
        return
    at = ref.text.find(author.initials, author.span.start, author.span.end)
    if at < 0:
        return
    plain = _plain(author.initials)
    span = Span(at, at + len(author.initials))
    yield Diagnostic(
        span,
        f"the initials `{author.initials}` read as an accented word, on a name and in an entry "
        f"without accents; an autocorrected `{plain}`?",
        fix=Fix.unsafe(Edit(span, plain), message=f"Write `{plain}`"),
    )
