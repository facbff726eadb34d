"""Publishers' and issuing bodies' names printed with a slip (RL550) or split (RL524).

The table (`houses.txt`) holds the houses and bodies reference lists cite most, as each prints
its own name. A name of the table found after the entry's names with one word one letter off
(`Worl Health Organization`, `Rutledge`) is misspelt; one of its words printed as two (`West
View Press`) is split. A house of one word counts only as a whole element between commas or
colons, and only when seven letters or more: a shorter one, or one inside a phrase, is as often
a surname or a word. Spellings the house's own country allows (`Organisation`), a plural and a
lost accent are no slips.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
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
    split: bool  # one word of the name printed as two


@cache
def houses() -> tuple[tuple[str, ...], ...]:
    """The table's names as their words."""
    text = Path(__file__).with_name("houses.txt").read_text("utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(tuple(_WORD.findall(line)) for line in lines if line and line[0] != "#")


@cache
def _by_letter() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The names by their first letter in lower case: a word is tried against those alone."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for name in houses():
        table.setdefault(name[0][0].lower(), []).append(name)
    return {letter: tuple(names) for letter, names in table.items()}


def _fold(word: str) -> str:
    """Case, accents, and the spellings a house's country allows (`-isation`, `Centre`) set
    aside."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("z", "s").replace("re", "er").removesuffix("s")


def _slip(printed: str, right: str) -> bool:
    """One letter off, and not only by a spelling the house may print."""
    return _fold(printed) != _fold(right) and one_letter_apart(printed, right)


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


def _match(words: list[str], name: tuple[str, ...]) -> bool | None:
    """True: one word a letter off; False: one word split in two; None: no match."""
    if len(words) == len(name):
        off = [
            i for i, (w, n) in enumerate(zip(words, name, strict=True)) if w.lower() != n.lower()
        ]
        if len(off) == 1 and len(words[off[0]]) >= 4 and _slip(words[off[0]], name[off[0]]):
            return True
        return None
    if len(words) == len(name) + 1:
        for i in range(len(name)):
            joined = [*words[:i], words[i] + words[i + 1], *words[i + 2 :]]
            if [w.lower() for w in joined] == [n.lower() for n in name]:
                return False
    return None


def slips(ref: Reference) -> Iterator[Slip]:
    """The table's names printed with a slip or split, after the entry's names."""
    if ref.problem is not None:
        return
    start, skipped = _region(ref)
    text = ref.text
    tokens = [
        m
        for m in _WORD.finditer(text, start)
        if not any(s.start <= m.start() < s.end for s in skipped)
    ]
    for i, token in enumerate(tokens):
        for name in _by_letter().get(token.group()[0].lower(), ()):
            for size in (len(name), len(name) + 1):
                run = tokens[i : i + size]
                if len(run) < size or any(
                    text[a.end() : b.start()] != " " for a, b in pairwise(run)
                ):
                    continue
                how = _match([m.group() for m in run], name)
                if how is None:
                    continue
                span = Span(run[0].start(), run[-1].end())
                if len(name) == 1 and (
                    len(name[0]) < MIN_ONE_WORD or not _whole_element(text, span.start, span.end)
                ):
                    continue
                yield Slip(span, text[span.start : span.end], " ".join(name), not how)
