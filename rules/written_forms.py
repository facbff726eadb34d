"""Words written otherwise than they should be: an accent lost or changed in a title, a journal or
a note of a Portuguese, Spanish, French or Italian text (RL865: `Analise` where the list prints
`análise`, `Collége` where it prints `Collège`), learnt from the list, never looked up; an edition
in brackets without its word, or a first edition marked there (RL866: `(2nd)`, `(1st edition)`);
a state's code in lower case after its city (RL867: `Campinas, Sp:`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

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

# a word of four letters or more, not inside an address, a file name or a compound
# (a letter and a combining accent, as some files write `é`, are one letter)
_WORD = pattern(r"(?<![\w/.@-])(?:[^\W\d_][\u0300-\u036f]*){4,}(?![\w/@\u0300-\u036f-])")
# a stretch of text between marks: a title, a subtitle, a question, a journal, a note, or a web
# page's site name after its title's bar or angle quote (`... ‹ GO blog | EF blog mexico`)
_SEGMENT = pattern(r"[^.;:?!()\[\]|‹›]+")
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


@lru_cache(maxsize=4096)  # a list prints the same words again and again
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
    key: str  # the word without its accents, folded


def _kept(ref: Reference) -> list[Span]:
    """Personal names, addresses and the DOI, whose words are not read."""
    kept = [a.span for a in (*ref.authors, *ref.editors) if not a.is_group]
    return kept + [f.span for f in (ref.doi, *ref.urls) if f is not None]


def _accented(refs: Sequence[Reference]) -> set[str]:
    """The list's words with an accent, outside names and addresses, without it and folded."""
    found = set()
    for ref in refs:
        if ref.text.isascii():
            continue  # most entries of most lists
        kept = _kept(ref)
        for m in _WORD.finditer(ref.text, ref.body_start):
            word = m.group()
            if word.isascii() or word.isupper():
                continue
            if not any(s.start <= m.start() < s.end for s in kept):
                found.add(_bare(word))
    return found


def _words(ref: Reference, accented: set[str]) -> Iterator[_Word]:
    """The entry's words whose letters an accented word of the list shares, outside personal
    names, addresses and the DOI; words in capitals (ABNT's surnames) are names and are
    skipped."""
    kept: list[Span] | None = None
    for m in _WORD.finditer(ref.text, ref.body_start):
        word = m.group()
        key = word.casefold() if word.isascii() else _bare(word)
        if key not in accented or word.isupper():
            continue
        kept = _kept(ref) if kept is None else kept
        if not any(s.start <= m.start() < s.end for s in kept):
            yield _Word(ref, Span(m.start(), m.end()), unicodedata.normalize("NFC", word), key)


# the small words one Romance language alone writes, to tell Portuguese's `filosofia` from
# Spanish's `filosofía`, both right: a word is held only to a form of its own language
_LANGUAGES = {
    "pt": frozenset(["em", "uma", "da", "do", "das", "dos", "na", "nas", "nos", "ao", "com", "os"]),
    "es": frozenset(["el", "los", "las", "del", "y", "con", "al", "lo"]),
    "it": frozenset(["il", "della", "dei", "delle", "degli", "nel", "nella", "gli", "di", "per"]),
    "fr": frozenset(["les", "des", "du", "et", "dans", "pour", "au", "aux", "sur"]),
}


class _Stretch(NamedTuple):
    romance: bool  # whether an accent is part of its words' spelling
    language: str | None  # the one language its small words name, if they name one


def _segment(text: str, at: int) -> _Stretch:
    """Whether the stretch of text around `at`, between marks, is Romance (an accent is part of
    its words' spelling there), and the one language its small words name, if they name one."""
    start = max(text.rfind(c, 0, at) for c in ".;:?!()[]|‹›") + 1
    found = _SEGMENT.match(text, start)
    letters = {w.casefold() for w in _LETTERS.findall(found.group())} if found else set()
    romance = bool(letters & _ROMANCE) and not letters & _ENGLISH
    return _Stretch(romance, _language(letters))


def _language(letters: set[str]) -> str | None:
    named = [name for name, words in _LANGUAGES.items() if letters & words]
    return named[0] if len(named) == 1 else None


def _language_at(ref: Reference, at: int) -> str | None:
    """The language the small words around `at` name, or failing them those of the title it
    stands in (`de l’Education physique comme « action située » : propositions pour une ...`)."""
    language = _segment(ref.text, at).language
    title = ref.title
    if language is None and title is not None and title.span.start <= at < title.span.end:
        language = _language({w.casefold() for w in _LETTERS.findall(title.text)})
    return language


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
    as NLM prints it, without accents (`Rev Saude Publica`), is left alone. A word is held only to
    a form printed in its own language, as the small words tell it (Portuguese's `da`, `em`,
    Spanish's `el`, `y`, or failing them in its stretch those of its whole title): a Portuguese
    `filosofia` beside a Spanish `filosofía` is right twice.
    Personal names are skipped: `Garcia` and `García` may be two people.
    """
    accented = _accented(refs)
    if not accented:
        return
    words = [w for ref in refs for w in _words(ref, accented)]
    forms: dict[str, Counter[str]] = {}
    for w in words:
        forms.setdefault(w.key, Counter())[w.text.casefold()] += 1
    # the languages each form is printed in, where two forms of one word meet
    languages: dict[str, set[str | None]] = {}
    for w in words:
        if len(forms[w.key]) > 1:
            in_language = _language_at(w.ref, w.span.start)
            languages.setdefault(w.text.casefold(), set()).add(in_language)
    for w in words:
        counts = forms[w.key]
        if len(counts) < 2:
            continue
        if not _segment(w.ref.text, w.span.start).romance:
            continue
        language = _language_at(w.ref, w.span.start)
        mine = w.text.casefold()
        # a form of its own language, or of a text whose language its small words do not name
        others = [f for f in counts if f != mine and languages[f] & {language, None}]
        if not others:
            continue  # `filosofia` of a Portuguese title beside `filosofía` of a Spanish one
        other = max(others, key=lambda f: (counts[f], _accents(f)))
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


# --- RL866: an edition in brackets without its word, or a first edition marked ------------------

# an ordinal alone in brackets (`(2nd)`), or a first edition with its word (`(1st ed.)`,
# `(1st edition)`), as APA, Chicago's and Harvard's author-date lists bracket an edition
_EDITION = pattern(
    r"\((?:(?P<alone>\d{1,2}(?:st|nd|rd|th))|(?P<first>1st|first)\s+(?:ed\.|edn\.?|edition))\)",
    re.I,
)


# a first edition as a sentence of its own after the title, as Chicago sets an edition
# (`Title. 1st ed. Publisher.`), in an entry opened in Chicago's way
_FIRST_SENTENCE = pattern(r"(?<=[.?!]\s)(?:1st|First)\s+ed(?:ition|n)?\.\s+(?=[^\W\d_])")
# Chicago's opening, the first name inverted with its given name written out (`Wickham, Hadley`):
# other styles (ASM's `Title. 1st ed. Elsevier, Amsterdam.`) print every edition
_GIVEN_WRITTEN_OUT = pattern(r"[^\W\d_][^,.\s]*(?:\s[^\W\d_][^,.\s]+)*,\s+[A-Z][a-z]")


@rule(
    code="RL866",
    name="edition-in-brackets-unlike-form",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An edition in brackets without its word (`(2nd)`), or a first edition marked",
    fixable=True,
)
def edition_in_brackets(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an edition in brackets after a title that is an ordinal alone, its word lost (`(2nd)`
    for `(2nd ed.)`), and a first edition marked in brackets (`(1st edition)`, `(1st ed.)`) or,
    as Chicago sets an edition, in a sentence of its own after the title of an entry opened in
    Chicago's way (`Wickham, Hadley. 2017. Title. 1st ed.`).

    ## Why is this bad?
    `(2nd)` says nothing a reader can take for an edition: it reads as a part or a volume. The
    styles that bracket an edition (APA, Chicago's and Harvard's author-date forms) name it only
    when it is not the first (APA 7: `(2nd ed.)`); a book's first edition is the book itself.

    ## Example
        1. Fowler, E. F., Franz, M. M., & Ridout, T. N. (2021). Political advertising in the
           United States (2nd). Routledge.
        2. Hajnal, Z. L. (2006). Changing white attitudes toward black political leadership (1st
           edition). Cambridge University Press.

    Use instead:
        1. Fowler, E. F., Franz, M. M., & Ridout, T. N. (2021). Political advertising in the
           United States (2nd ed.). Routledge.
        2. Hajnal, Z. L. (2006). Changing white attitudes toward black political leadership.
           Cambridge University Press.

    ## Fix safety
    Safe: `ed.` is written after the ordinal alone, and a first edition's brackets are taken out
    with the space before them.
    """
    title_end = ref.title.span.end if ref.title is not None else ref.body_start
    chicago = _GIVEN_WRITTEN_OUT.match(ref.text, ref.body_start) is not None
    for m in _FIRST_SENTENCE.finditer(ref.text, title_end) if chicago else ():
        printed = m.group().strip()
        yield Diagnostic(
            Span(m.start(), m.start() + len(printed)),
            f"a first edition marked (`{printed}`): an edition is named only when it is not "
            "the first",
            fix=Fix.safe(Edit(Span(m.start(), m.end()), ""), message="Leave the first edition out"),
        )
    if "(" not in ref.text:
        return
    kept = [f.span for f in (ref.doi, *ref.urls) if f is not None]
    for m in _EDITION.finditer(ref.text, ref.body_start):
        if any(s.start <= m.start() < s.end for s in kept):
            continue
        if m.group("alone"):
            wanted = f"({m.group('alone')} ed.)"
            yield Diagnostic(
                Span(m.start(), m.end()),
                f"edition `{m.group()}` without its word; expected `{wanted}`",
                fix=Fix.safe(Edit(Span(m.start(), m.end()), wanted), message=f"Write `{wanted}`"),
            )
            continue
        start = m.start() - 1 if ref.text[m.start() - 1 : m.start()] == " " else m.start()
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"a first edition marked (`{m.group()}`): an edition in brackets is named only when "
            "it is not the first",
            fix=Fix.safe(Edit(Span(start, m.end()), ""), message="Leave the first edition out"),
        )


# --- RL867: a state's code in lower case after its city -----------------------------------------

# the codes of Brazil's states, two capitals, as its lists print them after the city; those that
# are words too (`Al`, `Es`, `Go`, `Se`, `To`) are left out. The United States' are not read: the
# AMA's manual printed them `Md`, `Ill` and `Mass` until 2007, in a style of their own
_STATES = "Ac|Am|Ap|Ba|Ce|Df|Ma|Mg|Ms|Mt|Pa|Pb|Pe|Pi|Pr|Rj|Rn|Ro|Rr|Rs|Sc|Sp"
# a city, its state's code and the publisher's colon: `Campinas, Sp: Editora`
# (led by its comma, so the pattern is tried at commas alone; the letter before is looked at after)
_STATE = pattern(r", (?P<code>" + _STATES + r")(?=\s*:\s*[^\W\d_])")


@rule(
    code="RL867",
    name="state-code-case",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A state's code in lower case after its city (`Campinas, Sp:` for `Campinas, SP:`)",
    fixable=True,
)
def state_code_case(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags the two-letter code of a Brazilian state printed with its second letter in lower case
    after the city, before the publisher's colon (`Campinas, Sp:`, `Rio de Janeiro, Rj:`).

    ## Why is this bad?
    The codes are Brazil's official abbreviations of its states, two capitals (`SP`, `RJ`), as
    ABNT's lists print them: written as a word, `Sp` reads as a cut word; a title-casing pass or
    a typist made it so.

    ## Example
        1. CHAVES, E. Michel Foucault e a verdade cínica. Campinas, Sp: Editora PHI, 2013.

    Use instead:
        1. CHAVES, E. Michel Foucault e a verdade cínica. Campinas, SP: Editora PHI, 2013.

    ## Fix safety
    Safe: the code is written in capitals.

    ## Limitations
    Only before a colon, where a place stands before its publisher; codes that are words as well
    (`Al`, `Es`, `Go`, `Se`, `To`) are left alone. Other countries' codes are not read: the AMA
    printed the United States' as `Md` and `Ill` until its tenth edition, a style's own form.
    """
    if ":" not in ref.text:
        return
    for m in _STATE.finditer(ref.text, ref.body_start):
        if not ref.text[m.start() - 1 : m.start()].isalpha():
            continue  # `2013, Sp:`: no city before the code
        code = m.group("code")
        span = Span(m.start("code"), m.end("code"))
        yield Diagnostic(
            span,
            f"state `{code}` in lower case after its city; expected `{code.upper()}`",
            fix=Fix.safe(Edit(span, code.upper()), message=f"Write `{code.upper()}`"),
        )
