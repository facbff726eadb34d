"""A journal name that prints one word twice, shortened and then whole (RL824): `Earth System
Dyn. Dynamics`, where an abbreviation and the full title were pasted into one another.

A journal name never does this: of the 60,915 names, titles and standard forms in the shipped
table, none sets a word's standard shortening straight before the word itself (`Phys. Chem. Chem.
Phys.` repeats a shortening, `J. Thromb. Thrombolysis` and `J. Pharm. Pharmacol.` cut other words
than the one that follows). So one such pair is evidence enough, in any style and any list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Kind,
    Reference,
    Severity,
    Span,
    journals_named,
    pattern,
    rule,
)

from .journal_words import standard_shortening

# a word of a name with its period, if any (`Dyn.`, `Dynamics`)
_WORD = pattern(r"(?<![\w-])([^\W\d_]{2,})(\.?)(?![\w-])")


def _doubled(name: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The first shortened word of `name` followed at once by the word it stands for, printed
    whole, where the shortening is one the standard forms use for that word."""
    words = list(_WORD.finditer(name))
    for cut, whole in pairwise(words):
        short, full = cut.group(1).lower(), whole.group(1).lower()
        if whole.group(2) or short == full or not full.startswith(short):
            continue
        if name[cut.end() : whole.start()].strip():
            continue  # something stands between them (`Dyn., Dynamics`): not side by side
        if standard_shortening(short, full):
            return cut, whole
    return None


@rule(
    code="RL824",
    name="journal-word-doubled",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal name that prints a word twice, shortened and then whole",
)
def journal_word_doubled(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal name that sets a word's standard shortening straight before the word itself,
    printed whole (`Earth System Dyn. Dynamics`, `J Appl Ecol Ecology`): an abbreviation and the
    full title pasted into one another. A name the shipped journal lists know is never flagged.

    ## Why is this bad?
    No journal is called so: the reader cannot tell which name is meant, and a catalogue finds
    neither. Of the 60,915 names and standard forms in the shipped lists none prints a word's
    shortening before the word (`Phys. Chem. Chem. Phys.` repeats a shortening, `J. Thromb.
    Thrombolysis` cuts another word than the one that follows).

    ## Example
        1. Dekker MM. Cascading transitions. Earth System Dyn. Dynamics 9, 1243-60 (2018).
        2. Wunderling N. Interacting tipping elements. Earth Syst. Dynam. 12, 601-19 (2021).

    Use instead:
        1. Dekker MM. Cascading transitions. Earth Syst. Dynam. 9, 1243-60 (2018).
        2. Wunderling N. Interacting tipping elements. Earth Syst. Dynam. 12, 601-19 (2021).

    ## Limitations
    Only a shortening the standard forms use for the very word that follows counts (`Dyn.` for
    `Dynamics`): `Can. Cancer` (Canadian Cancer) and `Psychiatr. Psychiatry` are left alone, and
    so is a word printed twice whole or twice shortened. No fix is offered: which of the two
    forms the list wants is told by its other journals.
    """
    if ref.kind is not Kind.ARTICLE or ref.container is None:
        return
    name = ref.container.text
    found = _doubled(name)
    if found is None or journals_named(name):
        return
    cut, whole = found
    start = ref.container.span.start
    yield Diagnostic(
        Span(start + cut.start(), start + whole.end()),
        f"journal `{name.strip()}` prints `{whole.group(1)}` twice, shortened (`{cut.group()}`) "
        f"and whole; write the journal's name once, abbreviated or in full",
    )
