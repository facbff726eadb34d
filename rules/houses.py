"""Publishers' and issuing bodies' names printed with a slip (RL550), split, run together or in
capitals (RL524).

The table (`houses.txt`) holds the houses and bodies reference lists cite most, as each prints
its own name. A name of the table found after the entry's names with one word one letter off
(`Worl Health Organization`, `Rutledge`) is misspelt; one of its words printed as two (`West
View Press`) is split; two of its words printed as one (`DeGruyter`) are run together; a name
of two words or more printed in capitals throughout where the house prints small letters (`DE
GRUYTER SAUR`, a catalogue's or a database's record) has lost its case. A house of one word
counts only as a whole element between commas or colons, and only when seven letters or more: a
shorter one, or one inside a phrase, is as often a surname or a word. Spellings the house's own
country allows (`Organisation`), a plural and a lost accent are no slips.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from refslint.api import Reference, Span, pattern

from .place_names import one_letter_apart

_WORD = pattern(r"[^\W\d_][\w'’/-]*|&")
_ELEMENT_EDGE = pattern(r"[,:;.()\[\]]")
_INITIALS_AFTER = pattern(r"\s*,?\s*[A-Z]{1,3}\b\.?")
MIN_ONE_WORD = 7  # a house of one word shorter than this is as often a surname (`Wiley`, `Sage`)


class Slip(NamedTuple):
    span: Span
    printed: str
    name: str
    how: str  # SLIP (a word a letter off), SPLIT (a word printed as two), AMPERSAND (`&` lost),
    # JOINED (two words printed as one), CAPITALS (the name in capitals throughout)

    @property
    def split(self) -> bool:
        return self.how == SPLIT


SLIP, SPLIT, AMPERSAND, JOINED, CAPITALS = "slip", "split", "ampersand", "joined", "capitals"


@cache
def houses() -> tuple[tuple[str, ...], ...]:
    """The table's names as their words."""
    text = Path(__file__).with_name("houses.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(tuple(_WORD.findall(line)) for line in lines if line and line[0] != "#")


@cache
def _exact() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.lower() for w in name) for name in houses())


@cache
def _by_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The names by each of their words in lower case: a name some word of the entry prints (or
    two run together print) is the only kind worth trying."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for name in houses():
        for word in name:
            table.setdefault(word.lower(), []).append(name)
    return {word: tuple(names) for word, names in table.items()}


@cache
def _by_pair() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The names of two words or more by each two neighbouring words run together, in lower
    case (`degruyter`): the names one printed word may run together."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for name in houses():
        for a, b in pairwise(name):
            if a != "&" and b != "&":
                table.setdefault((a + b).lower(), []).append(name)
    return {word: tuple(names) for word, names in table.items()}


@cache
def _by_shape() -> dict[tuple[str, int], tuple[tuple[str, ...], ...]]:
    """The names of one word by their first letter and length: those a word one letter off may
    be."""
    table: dict[tuple[str, int], list[tuple[str, ...]]] = {}
    for name in houses():
        if len(name) == 1 and len(name[0]) >= MIN_ONE_WORD:
            table.setdefault((name[0][0].lower(), len(name[0])), []).append(name)
    return {shape: tuple(names) for shape, names in table.items()}


def _candidates(words: list[str]) -> set[tuple[str, ...]]:
    """The names the words may print: all a name's words but one among them (or one run into
    its neighbour), or, for a name of one word, a word of its first letter and about its
    length."""
    by_word, by_shape = _by_word(), _by_shape()
    present = set(words)
    pairs = {a + b for a, b in pairwise(words)}
    tried: set[tuple[str, ...]] = set()
    for word in present | pairs:
        tried.update(by_word.get(word, ()))
    found = {
        name
        for name in tried
        if (len(name) > 1 and sum(w.lower() not in present for w in name) <= 1)
        or any(w.lower() in pairs for w in name)
    }
    by_pair = _by_pair()
    for word in present:
        found.update(by_pair.get(word, ()))
    for word in present:
        if len(word) < MIN_ONE_WORD - 1:
            continue
        for size in (len(word) - 1, len(word), len(word) + 1):
            found.update(by_shape.get((word[0], size), ()))
    return found


def _fold(word: str) -> str:
    """Case, accents, and the spellings a house's country allows (`-isation`, `Centre`) set
    aside."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("z", "s").replace("re", "er").removesuffix("s")


def _slip(printed: str, right: str) -> bool:
    """One letter off, and not only by a spelling the house may print."""
    return one_letter_apart(printed, right) and _fold(printed) != _fold(right)


def _region(ref: Reference) -> tuple[int, list[Span]]:
    """Where the publisher may stand: after the names; the title and journal are skipped."""
    ends = [ref.body_start] + [s.end for s in (ref.authors_span, ref.et_al and ref.et_al.span) if s]
    skipped = [f.span for f in (ref.title, ref.container) if f is not None]
    return max(ends), skipped


def _whole_element(text: str, start: int, end: int) -> bool:
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return (
        (not before or _ELEMENT_EDGE.fullmatch(before[-1]) is not None)
        and (not after or _ELEMENT_EDGE.fullmatch(after[0]) is not None)
        and _INITIALS_AFTER.match(text, end) is None
    )


def _match(words: list[str], name: tuple[str, ...]) -> str | None:
    """SLIP: one word a letter off; SPLIT: one word printed as two; AMPERSAND: the name's `&`
    left out between its words (`Taylor Francis`, as a BibTeX export drops an unescaped `&`);
    JOINED: two words printed as one, each with its capital (`DeGruyter`); CAPITALS: the name
    of two words or more in capitals throughout, where the house prints small letters (`DE
    GRUYTER SAUR`); None: no match."""
    if len(words) == len(name) - 1 and "&" in name[1:-1]:
        kept = [n.lower() for n in name if n != "&"]
        return AMPERSAND if [w.lower() for w in words] == kept else None
    if len(words) == len(name) - 1:
        for i in range(len(words)):
            run = [*name[:i], name[i] + name[i + 1], *name[i + 2 :]]
            if run == words:  # as the house capitalises each word: not a web address
                return JOINED
        return None
    if len(words) == len(name) and _in_capitals(words, name):
        return CAPITALS
    if len(words) == len(name):
        off = [
            i for i, (w, n) in enumerate(zip(words, name, strict=True)) if w.lower() != n.lower()
        ]
        if len(off) == 1 and len(words[off[0]]) >= 4 and _slip(words[off[0]], name[off[0]]):
            return SLIP
        return None
    if len(words) == len(name) + 1:
        for i in range(len(name)):
            joined = [*words[:i], words[i] + words[i + 1], *words[i + 2 :]]
            if [w.lower() for w in joined] == [n.lower() for n in name]:
                return SPLIT
    return None


def _in_capitals(words: list[str], name: tuple[str, ...]) -> bool:
    """Whether `words` print the name of two words or more, each of two letters or more, in
    capitals throughout where the house prints small letters too."""
    return (
        len(name) >= 2
        and [w.lower() for w in words] == [n.lower() for n in name]
        and all(w.isupper() and len(w) >= 2 for w in words)
        and any(not n.isupper() for n in name)
    )


def _printed(name: tuple[str, ...]) -> str:
    """The table's name as printed: its words a space apart, an initial with its period."""
    return " ".join(f"{w}." if len(w) == 1 and w.isalpha() else w for w in name)


def slips(ref: Reference) -> tuple[Slip, ...]:
    """The table's names printed with a slip or split, after the entry's names (RL524 and RL550
    both ask: the answer is kept for the entry's text and spans)."""
    if ref.problem is not None:
        return ()
    start, skipped = _region(ref)
    return _slips(ref.text, start, tuple((s.start, s.end) for s in skipped))


@lru_cache(maxsize=1 << 14)  # RL524 asks of every entry, then RL550: a whole list is kept
def _slips(text: str, start: int, skipped: tuple[tuple[int, int], ...]) -> tuple[Slip, ...]:
    tokens = list(_WORD.finditer(text, start))
    for a, b in skipped:
        tokens = [m for m in tokens if not a <= m.start() < b]
    lower = [m.group().lower() for m in tokens]
    found: list[Slip] = []
    for name in sorted(_candidates(lower)):
        first = name[0][0].lower()
        for i in range(len(tokens)):
            if lower[i][0] != first:
                continue
            for size in (len(name) - 1, len(name), len(name) + 1):
                run = tokens[i : i + size]
                if len(run) < size or any(
                    text[a.end() : b.start()] not in (" ", ". " if len(a.group()) == 1 else " ")
                    for a, b in pairwise(run)
                ):  # words a space apart, or an initial and its period (`W. W. Norton`)
                    continue
                words = [m.group() for m in run]
                how = _match(words, name)
                if how is None or (how != CAPITALS and tuple(w.lower() for w in words) in _exact()):
                    continue  # another house of the table (`Policy Press`, not `Polity Press`)
                span = Span(run[0].start(), run[-1].end())
                if len(name) == 1 and (
                    len(name[0]) < MIN_ONE_WORD or not _whole_element(text, span.start, span.end)
                ):
                    continue
                found.append(Slip(span, text[span.start : span.end], _printed(name), how))
    return tuple(found)
