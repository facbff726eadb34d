"""One author printed two ways in a list (RL577): the initials in another order, a given name run
into the surname, the surname's first word taken for an initial, an initial run into the surname,
or a letter added before the initials.

Two printings are taken for one person only where the letters say so (every word of one is a
word or an initial of the other) and the entries share a co-author. The rarer printing is the
slip, except where its shape says which one is (a lone capital in a surname, a hyphenated surname
cut at its hyphen).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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

REVERSED = "initials reversed"
GIVEN = "given name run into the surname"
CUT = "surname cut: its first word taken for an initial"
# the same without a particle or hyphen to show which printing is cut: the rarer one is
WORD_CUT = "surname cut: its first word printed as an initial"
# initials closing with a hyphened one (`Chen T-H`): MEDLINE's form of a hyphened given name
# (Tai-Ho), whose second part is no surname's first word (`Ho-Chen T` is another printing)
_HYPHENED_LAST = pattern(r"[A-Z]\.?-[A-Z]\.?\s*$")
STRAY = "an initial run into the surname"
DIVIDED = "words printed as surname here and as initials there"
ADDED = "a letter added before the initials"
MISPRINT = "an initial misprinted as a letter of like shape"
# capitals a scan, a worn type or a hand misreads for one another (`O. Sasselov` for `D.`): a
# change between two others (`Pérez E`, `Pérez I`) is as often another person of the team
_MISREAD_SHORTEST = 6  # letters: `Zhang C` and `Zhang G` of one team are often two people
_LOOKALIKE = frozenset(
    frozenset(pair) for pair in ("OD", "OQ", "DQ", "CG", "CO", "EF", "PR", "BR", "IJ", "IL", "UV")
)

_SHORT = 5  # letters: below this, two shared co-authors are asked for (`Li HB`, `Li BH`)
# Of a list's personal names, the most with a surname of two words or more (particles aside) for
# the list to count as printing one-word surnames: there a word before the surname that the
# other printing gives as an initial is a given name (`Azeredo Alves Antunes L`, `Antunes LAA`);
# in a list of Spanish names (`García Márquez G`) it may be a double surname.
_ONE_WORD_HABIT = 0.05
_HABIT_SHOWN = 20  # personal names: in fewer, a list shows no habit
# letters: a surname this long whose printings divide its words otherwise is one person even
# without a shared co-author (`Jeffrey Carr J`, `Carr JJ`), where the list prints one-word surnames
_ALONE = 4
_WORDS = pattern(r"[\s\-\u2010\u2011]+")
_HYPHENS = ("-", "\u2010", "\u2011")
_PARTICLES = frozenset(
    ["da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von"]
)

# Arabic's article before a surname (`El Tinay`, `Al Hassan`): capitalised, yet no given name, so
# a printing that turns it into an initial (`Tinay AHE`) is the cut one
_ARTICLES = frozenset(["el", "al"])


@lru_cache(maxsize=8192)  # asked of every printing, and again of every pair of them
def _core(family: str) -> str:
    """The surname's last word: printings of one person share it (`Vedovello-Filho`, `Filho`;
    `de C Meneghim`, `Meneghim`; `Gil de Paz`, `de Paz`)."""
    return _WORDS.split(family.strip(" -"))[-1]


def _particle(family: str) -> str:
    """The surname's first word when it is a particle (`de Paz`), else ""."""
    first = family.split(" ", 1)[0]
    return first if first in _PARTICLES and " " in family else ""


def _compound(family: str) -> bool:
    """A surname of two parts already (`Erson-Bensan`, `Lopez Garcia`): a word before it is a
    given name, not a third part."""
    return "-" in family.strip("-") or (" " in family and not _particle(family))


def _capitalised(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].islower() and word.isalpha()


def _given_words(name: Name, other: Name) -> list[str] | None:
    """The capitalised words `name` prints before `other`'s surname, whose initials `other`
    prints after its own (`Azeredo Alves` of `Azeredo Alves Antunes L` against `Antunes LAA`)."""
    if not name.family.endswith(" " + other.family):
        return None
    words = name.family[: -len(other.family) - 1].split(" ")
    if not all(_capitalised(w) and w.casefold() not in _PARTICLES | _ARTICLES for w in words):
        return None
    if other.initials != name.initials + "".join(w[0] for w in words):
        return None
    return words


def _how_else(name: Name, other: Name, one_word_surnames: bool) -> str | None:
    """How `name` prints `other`'s author another way, or None when they are not one name
    printed two ways."""
    if name.family == other.family:
        a, b = name.initials, other.initials
        if len(a) >= 2 and a != b and sorted(a) == sorted(b):
            return REVERSED
        if len(b) >= 2 and a[1:] == b and len(name.family) >= _SHORT:
            return ADDED  # `Malta IDC` against `Malta DC`
        differ = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
        if (
            len(a) == len(b)
            and len(name.family) >= _MISREAD_SHORTEST
            and len(differ) == 1
            and frozenset((a[differ[0]], b[differ[0]])) in _LOOKALIKE
        ):
            return MISPRINT  # `Sasselov O` against `Sasselov D`
        return None
    given = _given_words(name, other)
    if given is not None:
        if len(given) == 1 and len(given[0]) >= 3 and _compound(other.family):
            return GIVEN  # `Elif Erson-Bensan A` against `Erson-Bensan AE`
        if (
            one_word_surnames
            and " " not in other.family
            and "-" not in other.family
            and name.printed.startswith(name.family)  # `M. Agerlin Petersen` is RL590's
        ):
            return DIVIDED
        return None
    # `de C Meneghim M` against `Meneghim MC`: a lone capital is an initial, never a surname
    words = name.family.split(" ")
    strays = "".join(w for w in words if len(w) == 1 and w.isupper())
    kept = " ".join(w for w in words if not (len(w) == 1 and w.isupper()) and w not in _PARTICLES)
    if strays and kept == other.family and other.initials == name.initials + strays:
        return STRAY
    # `de Paz A.G.` against `Gil de Paz A.`; `Filho MV` against `Vedovello-Filho M`; with
    # neither, `Yahia SB` against `Ben Yahia S`, `S. K. Natarajan` against `S. Kondati Natarajan`.
    # Initials joined by a hyphen are one given name's (`Chen T-H`, Tai-Ho): none is a surname's
    if any(mark in name.printed.replace(name.family, "", 1) for mark in _HYPHENS):
        return None
    for mark in (" ", "-"):
        head = other.family[: -len(name.family) - 1]
        if (
            other.family.endswith(mark + name.family)
            and _capitalised(head)
            and name.initials[-1:] == head[0]
            and name.initials[:-1] == other.initials
            and not _HYPHENED_LAST.search(name.printed)  # `Chen T-H`: Tai-Ho, a given name
        ):
            article = head.casefold() in _ARTICLES  # `Tinay AHE` against `El Tinay AH`
            return CUT if mark == "-" or _particle(name.family) or article else WORD_CUT
    return None


Key = tuple[str, str]


class Team(NamedTuple):
    """What the list says about its authors: each entry's names (by `id` of its reference),
    exactly and loosely (`_loose`), the printings one entry gives both of, and whether the list
    prints one-word surnames."""

    people: dict[int, set[Key]]
    loose: dict[int, set[Key]]
    together: set[tuple[Key, Key]]
    one_word_surnames: bool


def _loose(key: Key) -> Key:
    """A co-author as evidence of one team: a long surname and its first initial, as databases
    cut middle initials (`Vedovello SA`, `Vedovello SAS`); a short one with all its initials."""
    family, initials = key
    return (family, initials[:1]) if len(family) >= _SHORT else key


@list_rule(
    code="RL577",
    name="author-initials-two-ways",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="One author's initials printed in two orders, or a given name run into the surname",
)
def author_initials_two_ways(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author whose initials are printed in another order than in the other entries (`Akman,
    B.H.` where two entries write `Akman, H.B.`), or whose given name is run into the surname (`Elif
    Erson-Bensan, A.` where another entry writes `Erson-Bensan, A.E.`), or whose surname lost its
    first word to the initials (`de Paz, A.G.` for `Gil de Paz, A.`, `Filho MV` for `Vedovello-Filho
    M`, `Yahia SB` for `Ben Yahia S`), or with an initial run into the surname (`de C Meneghim M`
    for `Meneghim MC`) or a letter added before the initials (`Malta IDC` where two or more entries
    print `Malta DC`). As RL538 does, it compares only names whose entries share a co-author (a
    co-author's middle initials may differ: databases cut them), and reports the printing the list
    uses less (at a tie, the later one), naming an entry with the other.

    ## Why is this bad?
    An index or a reader's search takes the two printings for two people; one of them is a slip
    of whoever typed the name or of the database it was copied from.

    ## Example
        1. Akman HB, Oyken M, Can T. UTR shortening in breast cancer. Hum Mol Genet.
           2015;24:6910-20.
        2. Akman BH, Can T. Upregulation and UTR shortening of CDC6. Nucleic Acids Res.
           2012;40:10679-88.
        3. Abdelbaki A, Akman HB, Can T. Destruction at mitotic exit. J Cell Sci. 2020;133:71-9.

    Use instead:
        1. Akman HB, Oyken M, Can T. UTR shortening in breast cancer. Hum Mol Genet.
           2015;24:6910-20.
        2. Akman HB, Can T. Upregulation and UTR shortening of CDC6. Nucleic Acids Res.
           2012;40:10679-88.
        3. Abdelbaki A, Akman HB, Can T. Destruction at mitotic exit. J Cell Sci. 2020;133:71-9.

    ## Limitations
    Silent where the entries share no co-author (two are asked for a surname under five letters,
    where two people of one team often share it), where one entry prints both names (two
    people), and on initials that differ in anything but their order, a letter added in front,
    or one letter misread for another of like shape (`O.` for `D.`, `C` for `G`, `I` for `J`):
    that one is reported only in a surname of six letters or more (`Zhang C` and `Zhang G` are
    often two people), where the entries share two co-authors and the list prints the other
    letter in two entries or more and in more than this one (`Pérez E` and `Pérez I` of one team
    are two people; `E` and `I` look nothing alike). A given name is recognised as one
    capitalised word before a surname of two parts (`Erson-Bensan`); words before a one-word
    surname (`Azeredo Alves Antunes L` against `Antunes LAA`) only in a list whose surnames are
    nearly all one word: in a list of Spanish names (`García Márquez G`) they may be a double
    surname; there, each word's initial matching is evidence enough, and no shared co-author is
    asked for where the surname has four letters or more (`Jeffrey Carr J` against `Carr JJ`). A
    surname's first word printed as an initial with no particle or hyphen after it (`Yahia SB`
    against `Ben Yahia S`, `S. K. Natarajan` against `S. Kondati Natarajan`) is reported only
    where the other printing is in two entries or more and more than this one: which of the two
    is the slip, the letters do not say. Arabic's article is no given name: `Tinay AHE` against
    `El Tinay AH` is the cut printing, however often each is printed.
    """
    by_core: dict[str, list[Name]] = {}
    people: dict[int, set[Key]] = {}
    for ref, printed in zip(refs, every_entry_names(refs), strict=True):
        for name in printed:
            by_core.setdefault(_core(name.family), []).append(name)
        people[id(ref)] = {name.key for name in printed}
    keys = {key for group in people.values() for key in group}
    several = sum(" " in f and f.split(" ", 1)[0].casefold() not in _PARTICLES for f, _ in keys)
    # the name compared is one of the several; a short list shows no habit
    one_word_surnames = len(keys) >= _HABIT_SHOWN and several <= 1 + _ONE_WORD_HABIT * len(keys)
    loose = {at: {_loose(key) for key in group} for at, group in people.items()}
    team = Team(people, loose, _together(refs, people), one_word_surnames)
    for _, group in sorted(by_core.items()):
        by_key: dict[Key, list[Name]] = {}
        for name in group:
            by_key.setdefault(name.key, []).append(name)
        if len(by_key) < 2:
            continue  # most surnames: printed one way only, so no printing is another's
        for key in sorted(by_key):
            yield from _printings(by_key, key, team)


def _together(refs: Sequence[Reference], people: dict[int, set[Key]]) -> set[tuple[Key, Key]]:
    """Pairs of printings one entry gives both of, surnames ending in the same word (`Akman HB`,
    `Akman BH`): two people, not one printed two ways."""
    pairs: set[tuple[Key, Key]] = set()
    for ref in refs:
        by_last: dict[str, list[Key]] = {}
        for key in people[id(ref)]:
            by_last.setdefault(_core(key[0]), []).append(key)
        for keys in by_last.values():
            pairs.update((a, b) for a in keys for b in keys if a != b)
    return pairs


def _entries(printed: Sequence[Name]) -> int:
    return len({id(n.ref) for n in printed})


def _odd_one(odd: Sequence[Name], usual: Sequence[Name], how: str) -> bool:
    """Whether `odd`, not `usual`, is the printing to report: the rarer (at a tie, the later)
    for reversed initials; for a letter added, against a habit of two entries and twice as
    many; for words divided otherwise, the rarer or as rare; the shape decides the others."""
    mine, theirs = _entries(odd), _entries(usual)
    if how == REVERSED:
        return mine < theirs or (mine == theirs and odd[0].ref.index > usual[0].ref.index)
    if how == ADDED:
        return theirs >= 2 and theirs >= 2 * mine
    if how == DIVIDED:
        return mine <= theirs
    if how == WORD_CUT:
        return theirs >= 2 and theirs > mine
    return True


def _printings(
    by_key: dict[Key, list[Name]],
    key: Key,
    team: Team,
) -> Iterator[Diagnostic]:
    """The findings on the names printed as `key` where another printing of the same author is
    the list's usual one, in an entry sharing a co-author."""
    odd = by_key[key]
    said: set[int] = set()  # the names reported, each against one usual printing
    for usual_key, usual in sorted(by_key.items()):
        if usual_key == key or (key, usual_key) in team.together:
            continue
        how = _how_else(odd[0], usual[0], team.one_word_surnames)
        if how is None or not _odd_one(odd, usual, how):
            continue
        if how == MISPRINT and not _misread(by_key, key, usual_key):
            continue
        index = _coauthors(usual, key, team.loose)
        for name in odd:
            found = None if id(name) in said else _finding(name, usual, index, how, team)
            if found is not None:
                said.add(id(name))
                yield found


def _misread(by_key: dict[Key, list[Name]], odd: Key, usual: Key) -> bool:
    """Whether the list prints the usual letter where the two printings differ in two entries
    or more, and in more than the odd letter (`D. D. Sasselov`, `D. Sasselov` against `O.
    Sasselov`), counting every printing of the surname."""
    at = next(i for i, (x, y) in enumerate(zip(odd[1], usual[1], strict=True)) if x != y)

    def entries(letter: str) -> int:
        return len(
            {
                id(name.ref)
                for (family, initials), printed in by_key.items()
                if family == odd[0] and initials[at : at + 1] == letter
                for name in printed
            }
        )

    theirs, mine = entries(usual[1][at]), entries(odd[1][at])
    return theirs >= 2 and theirs > mine


def _coauthors(usual: Sequence[Name], odd: Key, loose: dict[int, set[Key]]) -> dict[Key, list[int]]:
    """Each co-author of the usual printing's entries, with the positions in `usual` of the
    names it stands beside (the two printings compared left out)."""
    index: dict[Key, list[int]] = {}
    for at, other in enumerate(usual):
        for key in loose[id(other.ref)] - {_loose(other.key), _loose(odd)}:
            index.setdefault(key, []).append(at)
    return index


def _finding(
    name: Name,
    usual: Sequence[Name],
    index: dict[Key, list[int]],
    how: str,
    team: Team,
) -> Diagnostic | None:
    """The finding on `name`, naming the first entry of the usual printing that shares enough
    co-authors with it; None when none does. Only entries of the usual printing that share a
    co-author are looked at (through an index), so a surname common in a long list stays fast."""
    counts: dict[int, int] = {}
    best: int | None = None
    for key in sorted(team.loose[id(name.ref)] - {_loose(name.key)}):
        for at in index.get(key, ()):
            counts[at] = counts.get(at, 0) + 1
            # words divided otherwise are evidence of their own: each word's initial matches
            short = min(len(usual[at].family), len(name.family)) < _SHORT and how != DIVIDED
            short = short or how == MISPRINT  # two co-authors: the letters alone say little
            if counts[at] >= (2 if short else 1) and (best is None or at < best):
                best = at
    if best is None and how == DIVIDED and len(name.family.rsplit(" ", 1)[-1]) >= _ALONE:
        best = 0  # each word's initial matched, in a list of one-word surnames: one person
    if best is None:
        return None
    other = usual[best]
    theirs = team.loose[id(other.ref)] - {_loose(other.key)}
    mine = team.people[id(name.ref)] - {name.key}
    shared = sorted(f"{f} {i}" for f, i in mine if _loose((f, i)) in theirs)
    where = other.ref.number if other.ref.number is not None else other.ref.index
    sharing = (
        f", which shares the co-author{'s' if len(shared) > 1 else ''} {', '.join(shared[:3])}"
        if shared
        else ""
    )
    return Diagnostic(
        name.span,
        f"`{name.printed}` is printed `{other.printed}` in entry {where}{sharing}; {how}",
        ref=name.ref,
    )
