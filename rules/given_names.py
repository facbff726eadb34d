"""A given name printed where the surname goes (RL527), against the same person printed the right
way round in another entry of the list.

A database or a hand that swaps the two parts of a name prints `L. B. Harry` for Harry L.
Bryden, `F.-W. Eleanor` for Eleanor Frajka-Williams, or runs the given name after the surname
(`I. Moat Ben` for Ben I. Moat). The letters alone cannot tell a swapped name from another
person's (`L. Wang` and `W. Li` are two people), so the rule asks for the same person printed the
right way elsewhere, three letters in common (or the whole surname), a co-author in common (or
three names swapped between the two entries), two names or more of the entry swapped, and a
would-be surname that no other name of the list carries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Reference,
    Severity,
    list_rule,
    pattern,
)

from .author_names import Name, every_entry_names
from .name_forms import EAST_ASIAN

_GIVEN = pattern(r"[A-Z][a-zà-öø-ÿ]{2,}")  # `Harry`, `Eleanor`: a capitalised word of letters
_PARTS = pattern(r"[\s\-\u2010\u2011]+")
_STRONG = 3  # letters in common: fewer match two people's names by chance (`L. Wang`, `W. Li`)
_SWAPS_ALONE = 3  # names two entries share swapped, with none printed alike, to be one team's
# names of one entry printed swapped: a swap is a database's or a hand's habit over a whole
# author list, and one name alone may match another person's by chance (`Elizarraras J.M.`,
# `Manners E.J.`)
_SWAPPED = 2
# printings sharing one key (first initial and other letters): more, and a match is chance
_CROWDED = 20


class Swap(NamedTuple):
    """A name printed swapped in one entry and the right way in another."""

    name: Name
    other: Name
    letters: int  # letters the two printings have in common (the whole surname counts as many)
    # the other printing reads as this one swapped too, and the list prints each as often:
    # evidence that the entry swaps its names, but which printing is swapped no count says
    undecided: bool = False


# Surnames recur across a list and `_swapped` asks of them again for every pair of entries:
# what depends on the surname alone is worked out once per surname.
@lru_cache(maxsize=8192)
def _initials_of(family: str) -> str:
    return "".join(part[0].upper() for part in _PARTS.split(family) if part)


@lru_cache(maxsize=8192)
def _given(word: str) -> bool:
    """Whether `word` reads as a given name written out (`Harry`)."""
    return _GIVEN.fullmatch(word) is not None


@lru_cache(maxsize=8192)
def _ends_given(family: str) -> bool:
    """Whether a surname's last part reads as a word of letters (`Bryden`, not `KA`)."""
    return _given(_PARTS.split(family)[-1])


def _swapped(name: Name, other: Name) -> int:
    """How many letters say `name` is `other` printed with its given name as the surname; 0 when
    they do not."""
    given = name.family.split()
    right = other.initials
    if not right or not _ends_given(other.family):
        return 0  # `M KA`: the other printing is no surname either
    if len(given) == 1 and _given(given[0]):  # `L. B. Harry` for `H. L. Bryden`
        if given[0][0] != right[0] or not name.initials:
            return 0
        if sorted(name.initials) != sorted(right[1:] + _initials_of(other.family)):
            return 0
        return len(name.initials) + 1
    initials_first = not name.printed.startswith(name.family)
    if len(given) == 2 and given[0] == other.family and _given(given[1]):
        if not initials_first:
            return 0  # `Chen Daniel S.`: a given name written out after the surname (RL590's)
        # `I. Moat Ben` for `B. I. Moat`: the surname printed whole, the given name after it
        if given[1][0] != right[0] or not right[1:].startswith(name.initials):
            return 0
        return len(other.family) + len(name.initials) + 1
    return 0


def _same(a: Name, b: Name) -> bool:
    """Whether two printings are plainly one person: one surname and the same first initial
    where both give one, or a surname's last word whose particles were printed as its initials
    (`V. D. Heydt` for `A. S. von der Heydt`)."""
    fa, fb = a.family.casefold(), b.family.casefold()
    if fa == fb:
        return not a.initials or not b.initials or a.initials[0] == b.initials[0]
    for short, long, initials in ((fa, fb, a.initials), (fb, fa, b.initials)):
        words = long.split()
        if len(words) > 1 and words[-1] == short:
            return initials == "".join(w[0] for w in words[:-1]).upper()
    return False


class Printed:
    """One entry's personal names, with what another entry's names are looked up by: the right
    printings' keys, and the surnames (whole, and the last word of a surname of several). What
    each name is looked up by in another entry (`_queries`, its surname folded) is kept too, as
    the entry is compared with many others."""

    def __init__(self, people: Sequence[Name]) -> None:
        self.people = people
        self.by_key: dict[tuple[str, ...], list[Name]] = {}
        self.by_family: dict[str, list[Name]] = {}
        self.by_last: dict[str, list[Name]] = {}
        self.asked: list[tuple[Name, list[tuple[str, ...]], str, str]] = []
        for name in people:
            for key in _keys(name):
                self.by_key.setdefault(key, []).append(name)
            family = name.family.casefold()
            self.by_family.setdefault(family, []).append(name)
            words = family.split()
            if " " in family:
                self.by_last.setdefault(words[-1], []).append(name)
            self.asked.append((name, _queries(name), family, words[-1] if words else family))


def _backed(mine: Printed, theirs: Printed) -> bool:
    """Whether two entries share enough people to be one team's: one printed alike in both and
    one swapped, or three swapped (two swaps alone may be chance: `Dahlin CM` and `Cirillo DM`,
    `Admane S` and `Sandgren A`). A name is swapped where one of `theirs` is its right
    printing, alike where one of them is plainly its person (`_same`)."""
    alike = swapped = 0
    by_key, by_family, by_last = theirs.by_key, theirs.by_family, theirs.by_last
    for name, queries, family, last in mine.asked:
        if _swaps(name, queries, by_key):
            swapped += 1
        elif (family in by_family or last in by_family or family in by_last) and any(
            _same(name, other)
            for other in (
                *by_family.get(family, ()),
                *by_family.get(last, ()),
                *by_last.get(family, ()),
            )
        ):
            alike += 1
        else:
            continue
        if swapped >= _SWAPS_ALONE or (alike >= 1 and swapped >= 1):
            return True  # the counts only grow: the rest cannot undo it
    return False


def _swaps(
    name: Name, queries: list[tuple[str, ...]], by_key: Mapping[tuple[str, ...], list[Name]]
) -> bool:
    """Whether one of `by_key` is a right printing `name` is a swap of (`_swapped`). A `swap`
    key found says so itself: its letters are the ones `_swapped` compares, and `_queries` asks
    by one only for a name that reads as a given name."""
    for query in queries:
        rights = by_key.get(query)
        if rights and (query[0] == "swap" or any(_swapped(name, r) for r in rights)):
            return True
    return False


def _keys(name: Name) -> list[tuple[str, ...]]:
    """The keys under which `name` is found as the right printing of a swapped name: the first
    initial and the other letters (`H. L. Bryden`: `H`, `BL`), and the surname with the first
    initial (`B. I. Moat`: `Moat`, `B`)."""
    right = name.initials
    if not right or not _GIVEN.fullmatch(_PARTS.split(name.family)[-1]):
        return []
    letters = "".join(sorted(right[1:] + _initials_of(name.family)))
    return [("swap", right[0], letters), ("whole", name.family, right[0])]


def _queries(name: Name) -> list[tuple[str, ...]]:
    """The keys of the right printings `name` may be a swap of (`L. B. Harry`: `H`, `BL`;
    `I. Moat Ben`: `Moat`, `B`)."""
    given = name.family.split()
    if len(given) == 1 and name.initials:
        if not _given(given[0]):
            return []  # `_swapped` of it is 0 whatever the other printing: no key need be asked
        return [("swap", given[0][0], "".join(sorted(name.initials)))]
    if len(given) == 2:
        return [("whole", given[0], given[1][0])]
    return []


def _candidates(
    ref: Reference,
    printed: dict[int, Printed],
    surnames: Counter[str],
    index: dict[tuple[str, ...], list[Name]],
) -> list[Swap]:
    """The entry's names that are another entry's name swapped, backed by people the two
    entries share, whose would-be surname no other name of the list carries."""
    entry = printed[id(ref)]
    mine = entry.people
    own = Counter(n.family for n in mine)
    families = set(own)
    backed: dict[int, bool] = {}
    found: list[Swap] = []
    for name in mine:
        if surnames[name.family] > own[name.family]:
            continue  # a surname of the list: the swapped printing is the other one
        if EAST_ASIAN.fullmatch(name.family):
            continue  # `Y. Z. Wang` against `W. Y. Zhang`: a Chinese surname is no given name
        tried: set[int] = set()
        for key in _queries(name):
            for right in index.get(key, ()):
                other = right.ref
                if other is ref or id(other) in tried:
                    continue
                if right.family in families:
                    continue
                # a `swap` key holds the letters `_swapped` compares: its answer is known
                letters = len(name.initials) + 1 if key[0] == "swap" else _swapped(name, right)
                if not letters:
                    continue
                tried.add(id(other))
                if id(other) not in backed:
                    backed[id(other)] = _backed(entry, printed[id(other)])
                if backed[id(other)]:
                    mutual = _swapped(right, name) > 0
                    tie = mutual and surnames[right.family] <= surnames[name.family]
                    found.append(Swap(name, right, letters, tie))
                    break
            else:
                continue
            break
    return found


@list_rule(
    code="RL527",
    name="given-name-as-surname",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A given name printed where the surname goes (`L. B. Harry` for `H. L. Bryden`), as "
    "another entry prints the same person",
)
def given_name_as_surname(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a personal name printed with the given name where the surname goes (`L. B. Harry`,
    `F.-W. Eleanor`) or run after the surname (`I. Moat Ben`), where another entry of the list
    prints the same person the right way round (`H. L. Bryden`, `E. Frajka-Williams`, `B. I.
    Moat`) and shares a co-author with it.

    ## Why is this bad?
    The author is cited under a name that is not theirs: an index or a reader's search does not
    find them, and the list prints one person two ways.

    ## Example
        1. B. I. Moat, D. A. Smeed, H. L. Bryden, The overturning circulation at 26N. Ocean
           Sci. 16, 863-874 (2020).
        2. I. Moat Ben, D. A. Smeed, L. B. Harry, Recovery of the overturning. Geophys. Res.
           Lett. 45, 1527-1533 (2018).

    Use instead:
        1. B. I. Moat, D. A. Smeed, H. L. Bryden, The overturning circulation at 26N. Ocean
           Sci. 16, 863-874 (2020).
        2. B. I. Moat, D. A. Smeed, H. L. Bryden, Recovery of the overturning. Geophys. Res.
           Lett. 45, 1527-1533 (2018).

    ## Limitations
    Silent without the right printing elsewhere in the list (`Hengchao Z` for Zhang Hengchao
    cited once), where the two entries share no one printed alike and fewer than three names
    swapped (`Dahlin CM` and `Cirillo DM`, `Admane S` and `Sandgren A` of two teams), where the
    would-be surname is another name's surname in the list, and on two printings with fewer
    than three letters in common (`L. Wang` and `W. Li` are two people) unless the entry swaps
    a name with three or more as well (then its other names are read the same way). Where two
    printings each read as the other swapped (`S. Anna`, `A. Sluijs`), the one the list prints
    less often is the swapped one; at a tie neither is reported. A would-be surname that is a
    Chinese or Korean surname (`Y. Z. Wang` against `W. Y. Zhang`) is taken for one.
    """
    printed = {
        id(ref): Printed(read) for ref, read in zip(refs, every_entry_names(refs), strict=True)
    }
    surnames = Counter(n.family for entry in printed.values() for n in entry.people)
    index: dict[tuple[str, ...], list[Name]] = {}
    for entry in printed.values():
        for key, found in entry.by_key.items():
            index.setdefault(key, []).extend(found)
    for key in [k for k, v in index.items() if len(v) > _CROWDED]:
        del index[key]  # letters so many names share match by chance, and cost the square
    for ref in refs:
        swaps = _candidates(ref, printed, surnames, index)
        told = [s for s in swaps if not s.undecided]
        if len(swaps) < _SWAPPED or not any(s.letters >= _STRONG for s in told):
            continue  # one name alone may match another person's by chance
        for swap in told:
            where = swap.other.ref.number
            at = f"entry {where}" if where is not None else "another entry"
            same = (
                f"{at} prints the same person `{swap.other.printed}`"
                if swap.letters >= _STRONG
                else f"perhaps `{swap.other.printed}` of {at}"
            )
            yield Diagnostic(
                swap.name.span,
                f"`{swap.name.printed}` prints a given name where the surname goes, as "
                f"{len(swaps) - 1} other name{'s' if len(swaps) > 2 else ''} of the entry "
                f"{'do' if len(swaps) > 2 else 'does'}: {same}",
                ref=ref,
            )
