"""A word written otherwise than the list writes it (RL865): an accent lost or changed in a title,
a journal or a note of a Portuguese, Spanish, French or Italian text (`Analise` where the list
prints `análise`, `Collége` where it prints `Collège`). Learnt from the list: only a word the list
itself prints with its accent elsewhere is said, never one looked up.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

# a word of four letters or more, not inside an address, a file name or a compound
_WORD = pattern(r"(?<![\w/.@-])[^\W\d_]{4,}(?![\w/@-])")
# a stretch of text between marks: a title, a subtitle, a journal, a note
_SEGMENT = pattern(r"[^.;:()\[\]]+")
_LETTERS = pattern(r"[^\W\d_]+")
# the small words a Romance text cannot do without, and English's own (not `a` or `in`, which
# Portuguese and Italian share), which rule a text out: an English title keeps `areas` beside a
# Portuguese `áreas`; German's `des` is left out, so `Kynismus des Diogenes` is no Romance text
_ROMANCE = frozenset(
    [
        "de",
        "da",
        "do",
        "das",
        "dos",
        "em",
        "uma",
        "um",
        "para",
        "com",
        "y",
        "el",
        "los",
        "las",
        "del",
        "en",
        "la",
        "na",
        "no",
        "nas",
        "nos",
        "por",
        "sobre",
        "di",
        "della",
        "il",
        "et",
        "du",
        "le",
        "les",
        "une",
        "pour",
        "dans",
        "al",
        "e",
        "o",
    ]
)
_ENGLISH = frozenset(
    ["the", "of", "and", "for", "with", "to", "on", "from", "by", "an", "at", "is"]
)


def _bare(word: str) -> str:
    """The word without its accents, folded."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _accents(word: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFD", word) if unicodedata.combining(c))


class _Word(NamedTuple):
    ref: Reference
    span: Span
    text: str
    romance: bool  # whether the text around it is Romance, so an accent is part of its spelling


def _words(ref: Reference) -> Iterator[_Word]:
    """The entry's words outside personal names, addresses and the DOI; words in capitals (ABNT's
    surnames) are names and are skipped."""
    kept = [a.span for a in (*ref.authors, *ref.editors) if not a.is_group]
    kept += [f.span for f in (ref.doi, *ref.urls) if f is not None]
    for segment in _SEGMENT.finditer(ref.text, ref.body_start):
        letters = [w.casefold() for w in _LETTERS.findall(segment.group())]
        romance = any(w in _ROMANCE for w in letters) and not any(w in _ENGLISH for w in letters)
        for m in _WORD.finditer(ref.text, segment.start(), segment.end()):
            word = m.group()
            if word.isupper() or any(s.start <= m.start() < s.end for s in kept):
                continue
            yield _Word(ref, Span(m.start(), m.end()), word, romance)


@list_rule(
    code="RL865",
    name="accent-unlike-list",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A word without the accent the list prints on it elsewhere (`Analise` for `análise`)",
)
def accent_unlike_list(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Gathers the list's words outside personal names and addresses and flags one, in a title,
    journal or note of a Portuguese, Spanish, French or Italian text, that the list prints
    elsewhere with an accent it has lost (`Analise` where other entries print `análise`) or with
    another accent that the list prints more often (`Collége` beside `Collège`).

    ## Why is this bad?
    In these languages the accent is part of the word's spelling: `analise` is another word (a
    verb's form) and `Politica` no journal's name. A search for the title with its accents, or a
    reader copying it, does not find the work.

    ## Example
        1. ROHLING, N. A análise dialógica do discurso. Cadernos de Linguagem, v. 15, p. 44-60,
           2014.
        2. BRAIT, B. Analise e teoria do discurso. In: BRAIT, B. (org.). Bakhtin. São Paulo:
           Contexto, 2006. p. 9-32.

    Use instead:
        1. ROHLING, N. A análise dialógica do discurso. Cadernos de Linguagem, v. 15, p. 44-60,
           2014.
        2. BRAIT, B. Análise e teoria do discurso. In: BRAIT, B. (org.). Bakhtin. São Paulo:
           Contexto, 2006. p. 9-32.

    ## Limitations
    Only a word the list also prints with its accent is said. A stretch of text with English's
    small words (`the`, `of`, `and`) is English, where `areas` and `virus` are spelt right beside a
    Portuguese title's `áreas` and `vírus`; one with none of the Romance languages' small words
    (`de`, `da`, `em`, `y`, `en`, `et`) is not read either, so a journal cut to its abbreviation
    as NLM prints it, without accents (`Rev Saude Publica`), is left alone. Personal names are
    skipped: `Garcia` and `García` may be two people.
    """
    words = [w for ref in refs for w in _words(ref)]
    forms: dict[str, Counter[str]] = {}
    for w in words:
        forms.setdefault(_bare(w.text), Counter())[w.text.casefold()] += 1
    for w in words:
        counts = forms[_bare(w.text)]
        if not w.romance or len(counts) < 2:
            continue
        mine = w.text.casefold()
        other = max((f for f in counts if f != mine), key=lambda f: (counts[f], _accents(f)))
        lost = _accents(mine) < _accents(other)
        if not lost and not (_accents(mine) == _accents(other) and counts[mine] < counts[other]):
            continue
        what = "without the accent of" if lost else "with another accent than"
        yield Diagnostic(
            w.span,
            f"`{w.text}` {what} `{other}`, as the list prints it "
            f"{counts[other]} time{'s' if counts[other] > 1 else ''}",
            ref=w.ref,
        )
