"""Periods in a dotted journal abbreviation that ISO 4 would not print, or leaves out (RL811).

ISO 4 sets a period after a word it shortens and none after a word it keeps whole. A period
after a whole word (`J. Essent. Oil. Res.`: no standard form shortens `Oil`) or none after a
cut (`Rev. Bras Farmacogn.`: `Bras` is Brasileira's standard cut, no title prints it whole) in
a list of dotted abbreviations is a slip, whether or not the shipped lists know the journal: the
table of title words (how the standard forms print each word) is the evidence.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from refslint.api import (
    Kind,
    Reference,
    journal_title_word,
    journal_title_words_starting,
    journal_word_shortened_form,
    journals_named,
    pattern,
)

_WORD = pattern(r"[A-Z][a-z]{2,}\.?")


class OddPeriods(NamedTuple):
    """A dotted journal with a period after a whole word, or none after a cut word."""

    ref: Reference
    name: str
    fixed: str
    said: str


@cache
def _kept_whole(word: str) -> bool:
    """Whether every standard form keeps this title word (lower case) whole and none cuts
    another word to it (`oil`, `anti`; not `bio`, Biology's cut, nor `cell`, Cellular's)."""
    known = journal_title_word(word)
    if known is None or not known.forms or any(form != word for form, _ in known.forms):
        return False
    if journal_word_shortened_form(word):
        return False
    return not any(w.uses(word) for w in journal_title_words_starting(word) if w.word != word)


@cache
def _cut_only(word: str) -> bool:
    """Whether this word (lower case) is only ever a standard cut of longer title words, never a
    title's word itself (`bras` of `brasileira`), and no contraction, which keeps the word's last
    letter and takes no period in British usage (`natl`)."""
    if journal_title_word(word) is not None:
        return False
    longer = [w.word for w in journal_title_words_starting(word) if w.word != word and w.uses(word)]
    return bool(longer) and all(w[-1] != word[-1] for w in longer)


def odd_periods(refs: Sequence[Reference], told: set[str]) -> Iterator[OddPeriods]:
    """Dotted journals (not the names in `told`) with a period after a word the standard forms
    keep whole, or none after a word they only cut; the last word is not looked at (its period
    may be the one that closes the journal's element)."""
    for ref in refs:
        if ref.kind is not Kind.ARTICLE or ref.container is None:
            continue
        name = ref.container.text.strip()
        words = name.split()
        if name in told or len(words) < 3 or "." not in name:
            continue
        extra = [w for w in words[:-1] if _WORD.fullmatch(w) and w.endswith(".")]
        extra = [w for w in extra if _kept_whole(w[:-1].casefold())]
        lost = [w for w in words[:-1] if _WORD.fullmatch(w) and not w.endswith(".")]
        lost = [w for w in lost if _cut_only(w.casefold())]
        if not extra and not lost:
            continue
        if any(f"{w} " in f"{j.iso} " for j in journals_named(name) for w in extra):
            continue  # the journal's own standard form prints it so
        fixed = " ".join(w[:-1] if w in extra else f"{w}." if w in lost else w for w in words[:-1])
        said = []
        if extra:
            said.append(f"sets a period after the whole {_words(extra, True)}")
        if lost:
            said.append(f"leaves out the period of the shortened {_words(lost, False)}")
        yield OddPeriods(ref, name, f"{fixed} {words[-1]}", " and ".join(said))


def _words(words: list[str], dotted: bool) -> str:
    shown = [w[:-1] if dotted else w for w in words]
    return ("word " if len(shown) == 1 else "words ") + ", ".join(f"`{w}`" for w in shown)
