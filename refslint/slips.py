"""Whether two words are one typing slip apart, without a string-distance library.

Two rules ask this of a handful of word pairs in a run; importing a distance library for them
cost every such run about ten milliseconds, more than all their comparisons together.
"""

from __future__ import annotations


def one_slip(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter dropped, added or changed, or two neighbours swapped:
    their optimal string alignment (restricted Damerau-Levenshtein) distance is exactly 1."""
    if a == b:
        return False
    if len(a) == len(b):
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(differ) == 1:
            return True
        if len(differ) != 2:
            return False
        i, j = differ
        return j == i + 1 and a[i] == b[j] and a[j] == b[i]
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    if len(longer) - len(shorter) != 1:
        return False
    pairs = enumerate(zip(shorter, longer[:-1], strict=True))
    at = next((i for i, (x, y) in pairs if x != y), len(shorter))
    return shorter[at:] == longer[at + 1 :]
