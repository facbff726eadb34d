"""The words of a journal abbreviation measured against how the standard forms shorten each title
word (RL811), from the table of title words shipped with refslint.

Standards differ on some words (`Manage` in NLM's forms, `Manag` in ISO 4's; many journals print
ISO 4 forms without periods), so a name whose every word is a shortening some standard widely uses
is a standard form, even where no list has the whole name. A word the standards shorten one way
and almost never another (`Europ` for `European`, where 274 forms in 290 write `Eur`) is not,
even in the name of a journal no list knows.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from refslint.api import (
    journal_key,
    journal_title_word,
    journal_title_words_starting,
    journal_word_usually_shortened,
    pattern,
)

MIN_USES = 2  # standard forms that must use a shortening of a word before it is one of its own
SHARE = 10  # ... and at least one in SHARE of the word's shortenings
MIN_EVIDENCE = 10  # shortenings of the words a printed word may stand for, before it is judged
DOMINANT = 0.9  # the share of those the commonest shortening must have
SELDOM = 50  # a printed word that many times rarer than the commonest is not a standard one
MAX_WORDS_WHOLE = 6  # the longest name a word printed whole is told in


def standard_shortening(printed: str, word: str) -> bool:
    """Whether `printed` (a word of a name, lower case) stands for the title word `word` as a
    standard form prints it: the word itself, where ISO 4 forms do not usually shorten it
    (`forest`), or a shortening the ISO 4 and NLM forms widely use (`manag` and `manage`)."""
    if printed == word:
        return not journal_word_usually_shortened(word)
    known = journal_title_word(word)
    if known is None or not word.startswith(printed):
        return False
    if not known.shortenings:
        return _stem_shortening(printed, word)
    uses = known.uses(printed)
    return uses >= MIN_USES and uses * SHARE >= known.shortenings


def _stem_shortening(printed: str, word: str) -> bool:
    """Whether another title word of the stem `printed` is shortened to it (`Alger` of
    `Algerie`): ISO 4 shortens stems, so a word no standard form of the table shortens
    (`Algerienne`) may be shortened as its stem's other words are."""
    return any(
        other.word != word and other.uses(printed)
        for other in journal_title_words_starting(printed)
    )


# The articles, prepositions and conjunctions of other languages that standard forms leave out
# (`Journal de la Societe Algerienne de Chimie`, `J Soc Alger Chim`)
_SMALL_WORDS = frozenset(
    [
        "d",
        "de",
        "del",
        "della",
        "der",
        "des",
        "di",
        "die",
        "do",
        "dos",
        "du",
        "e",
        "en",
        "et",
        "fur",
        "l",
        "la",
        "le",
        "les",
        "und",
        "y",
    ]
)


def standard_words(name: str, title: str, form: str = "") -> bool:
    """Whether each word of the abbreviation `name` is, in its place, a standard shortening of
    the word of `title` (`Forest Ecol Manag` of Forest Ecology and Management), or the word the
    journal's own standard form `form` prints there (`Cienc Saude Colet`: `Cienc` as the
    standards widely cut `Ciencia`, `Colet` as NLM's `Cien Saude Colet` does). A word printed
    whole that `form` cuts and no standard form keeps whole (`Metrics`, where NLM writes `Popul
    Health Metr`) is not standard, however seldom the table meets the word."""
    printed, words = journal_key(name).split(), journal_key(title).split()
    if len(printed) != len(words):
        words = [w for w in words if w not in _SMALL_WORDS]
    if len(printed) != len(words):
        return False
    own = journal_key(form).split() if form else []
    if len(own) != len(words):
        own = [""] * len(words)
    return all(_own_word(p, w, f) for p, w, f in zip(printed, words, own, strict=True))


def _own_word(printed: str, word: str, own: str) -> bool:
    """Whether `printed` stands for the title word `word` as a standard does, `own` being the
    word the journal's own standard form prints in its place ("" where not known)."""
    if own and printed == own:
        return True
    if own and printed == word != own and word.startswith(own):
        known = journal_title_word(word)
        if known is not None and known.shortenings and not known.uses(word):
            return False  # every standard form that has the word cuts it
    return standard_shortening(printed, word)


class OddWord(NamedTuple):
    """A word of a name that no standard shortens a title word to, and what they write."""

    start: int  # where the word stands in the name
    end: int
    printed: str
    expected: str  # the standard shortening, in the printed word's case
    word: str  # the title word it most often stands for, lower case


# A capitalised word of four letters or more standing alone (a period may follow): not a part of
# a hyphenated word (`Person-Centered`), where a whole word may read as a cut one.
_WORD = pattern(r"(?<![\w-])[A-Z][a-z]{3,}(?=\.?(?:\s|,|$))")


def odd_words(name: str) -> tuple[OddWord, ...]:
    """The words of the abbreviation `name` that shorten title words as no standard does."""
    found = []
    # a word printed whole is told in a journal's short name only: a longer one is as often a
    # body's series named after its agency (`US Dept Agr Pac SW Forest Range Exp Stat Resource
    # Bull`), which prints its words as the body does
    short = len(name.split()) <= MAX_WORDS_WHOLE
    for match in _WORD.finditer(name):
        printed = match.group()
        odd = odd_shortening(printed.lower()) or (short and always_cut(printed.lower())) or None
        if odd is not None:
            expected, word = odd
            found.append(OddWord(match.start(), match.end(), printed, expected.capitalize(), word))
    return tuple(found)


@lru_cache(maxsize=1024)
def always_cut(printed: str) -> tuple[str, str] | None:
    """(its standard cut, the word) where `printed` (lower case) is a title word that no standard
    form of the table prints whole, and that they cut one way (`pakistan`: `pak`, in 29 forms of
    29; `security`: `secur`); None where some form keeps it whole or the table knows too little."""
    known = journal_title_word(printed)
    if known is None or known.uses(printed) or known.shortenings < MIN_EVIDENCE:
        return None
    ((common, count),) = Counter(dict(known.forms)).most_common(1)
    return (common, printed) if count >= DOMINANT * known.shortenings else None


@lru_cache(maxsize=1024)
def odd_shortening(printed: str) -> tuple[str, str] | None:
    """(the standard shortening, the title word it most often stands for) where `printed` (lower
    case, ASCII) is a cut of title words that the standard forms shorten one way and almost never
    `printed`'s way (`europ`: `eur`, `european`); None where it is a word of titles itself, a
    shortening in use, or the table knows too little to say."""
    if not re.fullmatch(r"[a-z]+", printed):
        return None
    words = journal_title_words_starting(printed)
    if any(w.word == printed and (w.titles >= 2 or w.uses(printed)) for w in words):
        return None  # a word titles print (`Geologica`, `Engine`), not a cut one
    if any(w.word in (f"{printed}s", f"{printed}es") for w in words):
        return None  # the singular of a title word (`Method`, `Photonic`): a word, not a cut
    if any(2 * w.uses(printed) > w.shortenings for w in words if w.uses(printed)):
        return None  # the way the standards cut another word it may stand for (`Econom`, of
        # `Econometrics`, where `Economics` is `Econ`): which word is meant is not told
    uses: Counter[str] = Counter()
    for w in words:
        uses.update(dict(w.forms))
    total = sum(uses.values())
    if total < MIN_EVIDENCE:
        return None
    ((common, count),) = uses.most_common(1)
    if common == printed or count < DOMINANT * total or uses[printed] * SELDOM > count:
        return None
    example = max(words, key=lambda w: w.uses(common))
    return common, example.word
