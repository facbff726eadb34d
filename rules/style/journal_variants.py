"""Journal abbreviations cut at another letter than the shipped table cuts them (RL816).

Abbreviation sources differ on where to cut a word: ISO 4's word list gives `Cleaner` whole and
`Manage.`, publishers print `Clean.` and `Manag.`. A dotted abbreviation with the title's words, in
order, each whole or cut short, is a variant of the standard form, not a wrong name: RL811 leaves
it to this hint, and keeps its warning for words wrong, missing, added or out of order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import Category, Context, Diagnostic, Reference, Severity, list_rule

from .journals import _journal_fix, unlike_standard


@list_rule(
    code="RL816",
    name="journal-abbreviation-variant",
    category=Category.FORMAT,
    severity=Severity.INFO,
    summary="A journal abbreviation that cuts its words at other letters than the standard form",
    fixable=True,
)
def journal_abbreviation_variant(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Where the list prints dotted abbreviations, finds the ones that are not the standard form of
    the shipped lists (ISO 4, from JabRef's CC0 lists) only because a word is cut at another
    letter: every word is the title's word in its place, whole or shortened with a period, none
    dropped, added or moved (`J. Clean. Prod.` for `J. Cleaner Prod.`, Journal of Cleaner
    Production). It names the standard form as a hint. A word cut by its last letter alone
    (`Glob. Environ. Chang.` for `Change`) is no variant: ISO 4 never shortens a word by one
    letter, and RL811 warns of it.

    ## Why is this bad?
    It is not wrong: publishers and ISO 4's word list cut words differently. A list that wants
    one system throughout may still prefer the standard form.

    ## Example
        1. Li Y, Xu Z 2011 Hydrogen content Mater. Sci. Eng. A 704 1201–4
        2. Majidi O, Shabestari S 2007 Fluxing temperature J. Mater. Process. Technol. 182 450–5
        3. Hudson S, Apelian D 2016 Inclusion detection J. Alloys Compd. 10 289–305
        4. Zhao Q, Qian Z 2016 Conductivity of Al-Mg-Si alloy Chem. Rev. 666 50–7
        5. Kong X, Yang B 2014 Removal of impurities Appl. Surf. Sci. 105 17–20
        6. Gaustad G, Olivetti E 2012 Aluminium recycling J. Clean. Prod. 58 79–87

    Use instead:
        1. Li Y, Xu Z 2011 Hydrogen content Mater. Sci. Eng. A 704 1201–4
        2. Majidi O, Shabestari S 2007 Fluxing temperature J. Mater. Process. Technol. 182 450–5
        3. Hudson S, Apelian D 2016 Inclusion detection J. Alloys Compd. 10 289–305
        4. Zhao Q, Qian Z 2016 Conductivity of Al-Mg-Si alloy Chem. Rev. 666 50–7
        5. Kong X, Yang B 2014 Removal of impurities Appl. Surf. Sci. 105 17–20
        6. Gaustad G, Olivetti E 2012 Aluminium recycling J. Cleaner Prod. 58 79–87

    ## Fix safety
    Unsafe: the name is replaced by the table's form; both are in use, so apply it only to make
    the list follow one system.
    """
    for unlike in unlike_standard(refs, ctx):
        if not unlike.variant:
            continue
        assert unlike.ref.container is not None
        yield Diagnostic(
            unlike.ref.container.span,
            f"journal `{unlike.name}` cuts the words of {unlike.journal.title} at other letters "
            f"than the shipped table's `{unlike.form}` ({unlike.source}); both are in use",
            fix=_journal_fix(unlike.ref, unlike.form),
            ref=unlike.ref,
        )
