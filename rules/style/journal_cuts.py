"""A word of a journal's name cut short where the list's other journals print it whole, and the
standard forms keep it whole (RL811): `Disaster Heal` among `Environ Health Perspect` and `J Water
Health`.

Only names the shipped lists do not know are looked at (a known name is measured against its own
standard form). The list's own names say which word the cut stands for: the word it prints whole
in other journals. The table of title words says whether that cut is wrong: the standard forms
keep the word whole almost always and never cut it there (`Health`: 889 forms whole in 891), and
the cut is no word of titles itself, nor a common title word's standard shortening (`Heal` is
`Healing`'s, but 860 titles print `Health` and 3 `Healing`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from refslint.api import (
    Kind,
    Reference,
    journal_title_word,
    journal_title_words_starting,
    journals_named,
    journals_resembling,
    pattern,
)

from .journal_words import standard_shortening

WHOLE_SHARE = 0.9  # of the standard forms of the word that keep it whole, at least
MIN_FORMS = 10  # standard forms of the word, before the table is trusted on it
RARER = 10  # another title word the cut stands for must be this many times rarer in titles

# A capitalised word of a name, a period after it or not (`Heal`, `Heal.`), not inside a
# hyphenated word nor an acronym
_WORD = pattern(r"(?<![\w-])([A-Z][a-z]{2,})(\.?)(?=\s|,|$)")


class Cut(NamedTuple):
    """A word of a name cut short, the list's whole word, and where the list prints it."""

    ref: Reference
    start: int  # where the printed word stands in the name
    end: int
    printed: str
    whole: str  # the word as the list's other journals print it
    entries: tuple[int, ...]  # entries whose journal prints it whole


def cut_words(refs: Sequence[Reference], skipped: set[int], told: set[str]) -> Iterator[Cut]:
    """The words of unknown journal names that cut short a word the list prints whole in other
    journals' names, where the standards keep it whole and never cut it so. Entries in `skipped`
    and names in `told` (reported by another check) are left out."""
    printed: dict[str, list[Reference]] = {}
    for ref in refs:
        if ref.kind is Kind.ARTICLE and ref.container is not None:
            printed.setdefault(ref.container.text.strip(), []).append(ref)
    whole: dict[str, dict[str, list[int]]] = {}  # word, lower case -> its printed form -> entries
    for name, cited in printed.items():
        for match in _WORD.finditer(name):
            if not match.group(2):
                forms = whole.setdefault(match.group(1).lower(), {})
                forms.setdefault(match.group(1), []).extend(_number(r) for r in cited)
    for name, cited in printed.items():
        if name in told or len(name.split()) < 2:
            continue
        found = list(_cuts(name, whole))
        if not found or journals_named(name) or journals_resembling(name):
            continue
        own = {_number(r) for r in cited}
        for ref in cited:
            if id(ref) in skipped:
                continue
            for start, end, word, full, entries in found:
                others = tuple(n for n in entries if n not in own)
                if others:
                    yield Cut(ref, start, end, word, full, others)


def _cuts(
    name: str, whole: dict[str, dict[str, list[int]]]
) -> Iterator[tuple[int, int, str, str, list[int]]]:
    """(start, end, printed word, the list's whole word, entries printing it) for each word of
    `name` that cuts short one word, and one alone, that the list prints whole elsewhere."""
    for match in _WORD.finditer(name):
        word = match.group(1)
        cut = word.lower()
        longer = [w for w in whole if w.startswith(cut) and w != cut]
        if len(longer) != 1 or not wrong_cut(cut, longer[0]):
            continue
        forms = whole[longer[0]]
        full = max(forms, key=lambda form: len(forms[form]))  # `Health`, as most print it
        entries = sorted({n for numbers in forms.values() for n in numbers})
        yield match.start(1), match.end(1), word, full, entries


def wrong_cut(cut: str, word: str) -> bool:
    """Whether the standard forms keep `word` whole and `cut` stands for it as no standard
    does: not a title word itself, nor the standard cut of a title word nearly as common."""
    known = journal_title_word(word)
    if known is None or known.shortenings < MIN_FORMS:
        return False
    if known.uses(word) < WHOLE_SHARE * known.shortenings or standard_shortening(cut, word):
        return False
    for other in journal_title_words_starting(cut):
        if other.word == cut and other.titles >= 2:
            return False  # `Plan`, `Cell`: words of titles
        if other.word != word and other.uses(cut) and other.titles * RARER >= known.titles:
            return False  # the standard cut of another common title word
    return True


def _number(ref: Reference) -> int:
    return ref.number if ref.number is not None else ref.index
