"""One author spelt two ways in a list (RL538): a letter dropped, added, changed or swapped, a
capital lost, or the accents dropped or moved, in one of two printings of a name.

Names are compared only where the evidence says they are one person: the same initials, surnames
one typing slip apart, and the two entries sharing a co-author. Short surnames one letter apart
(`Li`/`Lu`, `Wan`/`Wang`) are left alone: they are usually two people. Accents are a finding of
their own: databases often print names without them, so a list that mixes the two printings of
one person's name was pasted from several sources, and a copy editor makes them one.
"""

from __future__ import annotations

import unicodedata
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
    one_slip,
    pattern,
)

# `Safavi-naini R and Susilo W`: the grammar may keep two names joined by `and` as one
_JOINED = pattern(r"\s+(?:and|&)\s+")
_VANCOUVER = pattern(r"(?P<family>[^\W\d_][\w'’ -]*?)\s+(?P<initials>[A-Z]{1,4})")
_SHORTEST = 4  # letters: below this, one edit makes another common surname (Li/Lu, Wan/Wang)
# letters: below this, two shared co-authors are asked for, as short names one letter apart are
# often two people of one team (`Chen D`/`Cheng D`, `Zeng J`/`Zheng J`)
_SHORT = 5
_CHANGED = 7  # letters: below this, one letter changed is often another name (`Hansen`/`Hanson`)


class Name(NamedTuple):
    """One personal name as printed: where, its surname and its initials (letters only)."""

    ref: Reference
    span: Span
    family: str
    initials: str

    @property
    def printed(self) -> str:
        return self.ref.text[self.span.start : self.span.end]

    @property
    def key(self) -> tuple[str, str]:
        return self.family, self.initials


def _letters(initials: str) -> str:
    return "".join(c for c in initials if c.isalpha()).upper()


def names(ref: Reference) -> Iterator[Name]:
    """The personal names of an entry, with names the grammar kept joined by `and` split."""
    for author in ref.authors:
        if author.is_group:
            continue
        parts = _JOINED.split(author.text)
        if len(parts) == 1:
            if author.family and author.initials:
                yield Name(ref, author.span, author.family, _letters(author.initials))
            continue
        at = author.span.start
        for part in parts:
            start = ref.text.find(part, at)
            if start < 0:
                return  # printed otherwise than the grammar's text of it: nothing to point at
            at = start + len(part)
            found = _VANCOUVER.fullmatch(part)
            if found is not None:
                span = Span(start, at)
                yield Name(ref, span, found["family"], _letters(found["initials"]))


# Letters that Unicode does not split into a base letter and an accent, but that databases print
# as the plain letter all the same (`Jørgensen` as `Jorgensen`, `Łukasz` as `Lukasz`)
_STROKED = str.maketrans("øØłŁđĐħĦŧŦıƀɨ", "oOlLdDhHtTibi")


def _plain(text: str) -> str:
    """The letters without their accents: `Gonçalves` -> `Goncalves`, `Jørgensen` ->
    `Jorgensen`."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_STROKED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _accents(text: str) -> int:
    return sum(_plain(c) != c for c in text)


def _one_edit(a: str, b: str) -> str | None:
    """How two surnames differ by one slip: `accents` (dropped or added, the letters the same),
    `particle` (a particle's capital at the start of a word), `case`, `letter` (one dropped,
    added, changed, or two neighbours swapped)."""
    if a == b or a.replace("-", " ") == b.replace("-", " "):
        return None  # `García-Benito` / `García Benito`: one double surname, printed both ways
    if _plain(a) == _plain(b):
        return "accents"
    if _plain(a).casefold() == _plain(b).casefold() and a.casefold() != b.casefold():
        return None  # accents and capitals both: two differences
    if a.casefold() == b.casefold():
        if a.isupper() or b.isupper():
            return None  # `SMITH` against `Smith`: a list's style of names, not a slip
        starts = {i for i, c in enumerate(a) if i == 0 or a[i - 1] == " "}
        if all(i in starts for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y):
            return "particle"  # `van Dijk` / `Van Dijk`: a particle capitalised at the start
        return "case"
    if min(len(a), len(b)) < _SHORTEST or a[0].casefold() != b[0].casefold():
        return None
    if not one_slip(a.casefold(), b.casefold()):  # one letter, or two swapped
        return None
    if len(a) == len(b) and len(a) < _CHANGED:
        return None  # one letter changed or swapped in a short name: `Wang`/`Wong`, `Chen`/`Chan`
    return "letter"


def _odd(a: list[Name], b: list[Name], how: str) -> list[Name]:
    """Which of two spellings is the slip: the rarer one; at a tie, the one with a lost capital
    or a dropped letter (the commoner slips), else the one printed later."""
    if len(a) != len(b):
        return a if len(a) < len(b) else b
    x, y = a[0].family, b[0].family
    if how == "case" and (lost := sum(map(str.isupper, x)) - sum(map(str.isupper, y))):
        return a if lost < 0 else b
    if how == "accents" and (lost := _accents(x) - _accents(y)):
        return a if lost < 0 else b
    if len(x) != len(y):
        return a if len(x) < len(y) else b
    return a if a[0].ref.index > b[0].ref.index else b


@list_rule(
    code="RL538",
    name="author-spelt-two-ways",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="One author's surname spelt two ways in the list (`Brenan D`, `Brennan D`)",
)
def author_spelt_two_ways(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author whose surname is spelt one way in one entry and another way in another: a
    letter dropped, added or changed, two letters swapped, a capital lost (`Safavi-naini`,
    `Safavi-Naini`), or the accents dropped or moved (`Goncalves`, `Gonçalves`). It compares
    names with the same initials whose entries share a co-author, and reports the rarer
    spelling (at a tie, the lost capital, accent or letter), naming the entry with the other.

    ## Why is this bad?
    An index, a citation count or a reader's search finds one spelling; the entries with the
    other are lost to the author, and one of the two is a typing slip.

    ## Example
        1. Suckling J, Barnes A, Job D, Brenan D. Power calculations for imaging studies. Hum
           Brain Mapp. 2010;31:1183-95.
        2. Suckling J, Barnes A, Job D, Brennan D. The calibration experiment. Hum Brain Mapp.
           2008;29:364-73.

    Use instead:
        1. Suckling J, Barnes A, Job D, Brennan D. Power calculations for imaging studies. Hum
           Brain Mapp. 2010;31:1183-95.
        2. Suckling J, Barnes A, Job D, Brennan D. The calibration experiment. Hum Brain Mapp.
           2008;29:364-73.

    A name that differs only in its accents, with two or more initials (`Tusnady G.E.`,
    `Tusnády G.E.`), is one person without a shared co-author. A particle's capital (`Von
    Bardeleben RS`) is reported only where the list prints the other form in at least two
    entries and twice as many.

    ## Limitations
    Silent where the entries share no co-author (two are asked for a surname under five
    letters), on surnames under four letters (`Li`, `Lu`), on one letter changed in a surname
    under seven (`Wang`/`Wong`, `Hansen`/`Hanson`: often two people), on two differences at
    once (an accent and a capital or a letter), on a particle's capital the list prints both
    ways about as often (`van Dijk`/`Van Dijk`), and on a double surname with and without its
    hyphen (`García-Benito`, `García Benito`), which journals print both ways for one person.
    Accents are never called a slip: where most entries print a name plain (`Gode C`), the one
    printing it with the author's accents (`Göde C`) is not reported.
    """
    by_key: dict[tuple[str, str], list[Name]] = {}
    people: dict[int, set[tuple[str, str]]] = {}
    for ref in refs:
        printed = list(names(ref))  # read once: the co-authors are the same names
        for name in printed:
            by_key.setdefault(name.key, []).append(name)
        people[id(ref)] = {name.key for name in printed}
    said: set[tuple[int, str]] = set()
    for (a, initials), (b, _) in _near(by_key):
        how = _one_edit(a, b)
        if how is None:
            continue
        first, second = by_key[a, initials], by_key[b, initials]
        odd = _odd(first, second, how)
        usual = second if odd is first else first
        if how == "accents" and _accents(odd[0].family) > _accents(usual[0].family):
            continue  # the accents are the author's own: a plain printing is a database's
        if how == "particle" and not _few(odd, usual):
            continue  # `Van Dijk` as often as `van Dijk`: styles differ, no printing is usual
        yield from _pairs(odd, usual, how, people, said)


def _few(odd: Sequence[Name], usual: Sequence[Name]) -> bool:
    """Whether the list prints `usual` in at least two entries and twice as many as `odd`: a
    particle's capital is a slip only against a clear habit of the list."""
    mine, theirs = len({id(n.ref) for n in odd}), len({id(n.ref) for n in usual})
    return theirs >= 2 and theirs >= 2 * mine


# letters: no surname is longer; a longer "name" is damage or a hostile input, and its variants
# (one string a letter) would cost the square of its length
_LONGEST = 40


def _variants(family: str) -> set[str]:
    """The surname in lower case and with each letter left out: two names one edit apart
    share one of these, so only they are compared (a list of any length stays fast)."""
    low = _plain(family).casefold()
    return {low} | {low[:i] + low[i + 1 :] for i in range(len(low))}


def _near(
    by_key: dict[tuple[str, str], list[Name]],
) -> Iterator[tuple[tuple[str, str], tuple[str, str]]]:
    """Each pair of (surname, initials) with the same initials that share a variant."""
    index: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in sorted(by_key):
        family, initials = key
        if len(family) > _LONGEST:
            continue
        for variant in _variants(family):
            index.setdefault((variant, initials), []).append(key)
    pairs = {(a, b) for keys in index.values() for a in keys for b in keys if a < b}
    yield from sorted(pairs)


def _pairs(
    odds: list[Name],
    usuals: list[Name],
    how: str,
    people: dict[int, set[tuple[str, str]]],
    said: set[tuple[int, str]],
) -> Iterator[Diagnostic]:
    """One finding on each entry printing the odd spelling that shares a co-author with one
    printing the usual spelling, and does not print both (two people of one team)."""
    for name in odds:
        odd = name.family
        if (id(name.ref), odd) in said:
            continue
        mine = people[id(name.ref)]
        if (usuals[0].family, name.initials) in mine:
            continue
        for other in usuals:
            usual = other.family
            theirs = people[id(other.ref)]
            shared = sorted(f"{f} {i}" for f, i in (mine & theirs) - {name.key, other.key})
            enough = 1 if min(len(odd), len(usual)) >= _SHORT else 2
            if how == "accents" and len(name.initials) >= 2 and len(odd) >= _SHORT:
                enough = 0  # the whole name the same but for its accents: one person
            if len(shared) < enough or (odd, name.initials) in theirs:
                continue
            said.add((id(name.ref), odd))
            where = other.ref.number if other.ref.number is not None else other.ref.index
            sharing = (
                f", which shares the co-author{'s' if len(shared) > 1 else ''} "
                f"{', '.join(shared[:3])}"
                if shared
                else ""
            )
            yield Diagnostic(
                name.span,
                f"`{name.printed}` is spelt `{other.printed}` {_HOW.get(how, '')}in entry "
                f"{where}{sharing}; one author spelt two ways",
                ref=name.ref,
            )
            break


_HOW = {"accents": "(other accents) ", "particle": "(the particle's capital) "}


# --- RL577: one author's initials or given name printed two ways ---------------------------------


def _shared(people: dict[int, set[tuple[str, str]]], one: Name, other: Name) -> list[str]:
    """The co-authors two entries share, the two printings compared left out."""
    both = people[id(one.ref)] & people[id(other.ref)]
    return sorted(f"{f} {i}" for f, i in both - {one.key, other.key})


def _how_else(name: Name, other: Name) -> str | None:
    """How `name` prints `other`'s author another way: `initials reversed` (`Akman, B.H.` for
    `Akman, H.B.`), `given name run into the surname` (`Elif Erson-Bensan, A.` for `Erson-Bensan,
    A.E.`); None when they are not one name printed two ways."""
    if name.family == other.family:
        a, b = name.initials, other.initials
        if len(a) >= 2 and a != b and sorted(a) == sorted(b):
            return "initials reversed"
        return None
    given, _, family = name.family.partition(" ")
    if (
        family == other.family
        and given[:1].isupper()
        and given[1:].islower()
        and len(given) >= 3
        and sorted(name.initials + given[0]) == sorted(other.initials)
        and _compound(family)  # `García Márquez, G.`: as likely a double surname
    ):
        return "given name run into the surname"
    head = other.family[: -len(name.family) - 1]  # `Gil` of `Gil de Paz` against `de Paz`
    if (
        _particle(name.family)
        and other.family.endswith(" " + name.family)
        and head[:1].isupper()
        and " " not in head
        and name.initials[-1:] == head[0]
        and name.initials[:-1] == other.initials
    ):
        return "surname cut: its first word taken for an initial"
    return None


_PARTICLES = frozenset(
    ["da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "la", "le", "van", "von"]
)


def _particle(family: str) -> str:
    """The surname's first word when it is a particle (`de Paz`), else ""."""
    first = family.split(" ", 1)[0]
    return first if first in _PARTICLES and " " in family else ""


def _compound(family: str) -> bool:
    """A surname of two parts already (`Erson-Bensan`, `Lopez Garcia`): a word before it is a
    given name, not a third part."""
    return "-" in family.strip("-") or (" " in family and not _particle(family))


@list_rule(
    code="RL577",
    name="author-initials-two-ways",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="One author's initials printed in two orders, or a given name run into the surname",
)
def author_initials_two_ways(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author whose initials are printed in another order than in the other entries
    (`Akman, B.H.` where two entries write `Akman, H.B.`), or whose given name is run into the
    surname (`Elif Erson-Bensan, A.` where another entry writes `Erson-Bensan, A.E.`), or whose
    surname lost its first word to the initials (`de Paz, A.G.` for `Gil de Paz, A.`). As RL538
    does, it compares only names whose entries share a co-author, and reports the printing the
    list uses less (at a tie, the later one), naming an entry with the other.

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
    Silent where the entries share no co-author (two are asked for a surname under five
    letters, where two people of one team often share it), where one entry prints both names
    (two people), and on initials that differ in anything but their order. A given name is
    recognised only as one capitalised word before the surname whose initial the other
    printing carries, and only before a surname of two parts (`Erson-Bensan`): before one word
    (`García Márquez, G.` against `Márquez, G.G.`) it may be a double surname. A surname's lost
    first word is recognised only before a particle (`de`, `van`).
    """
    by_family: dict[str, list[Name]] = {}
    people: dict[int, set[tuple[str, str]]] = {}
    for ref in refs:
        printed = list(names(ref))
        for name in printed:
            by_family.setdefault(name.family, []).append(name)
        people[id(ref)] = {name.key for name in printed}
    by_rest: dict[str, list[Name]] = {}  # the names of two or more words, by all but the first
    for family, group in by_family.items():
        if " " in family:
            by_rest.setdefault(family.partition(" ")[2], []).extend(group)
    together = _together(refs, people)
    for family, group in sorted(by_family.items()):
        others = list(group)
        _, _, rest = family.partition(" ")
        if rest and rest in by_family:  # `Elif Erson-Bensan` and `Erson-Bensan`
            others += by_family[rest]
        others += by_rest.get(family, [])  # `de Paz` and `Gil de Paz`
        by_key: dict[tuple[str, str], list[Name]] = {}
        for name in others:
            by_key.setdefault(name.key, []).append(name)
        for key in sorted({name.key for name in group}):
            yield from _printings(by_key, key, people, together)


def _together(
    refs: Sequence[Reference], people: dict[int, set[tuple[str, str]]]
) -> set[tuple[tuple[str, str], tuple[str, str]]]:
    """Pairs of printings one entry gives both of, surnames ending in the same word (`Akman HB`,
    `Akman BH`): two people, not one printed two ways."""
    pairs: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    for ref in refs:
        by_last: dict[str, list[tuple[str, str]]] = {}
        for key in people[id(ref)]:
            by_last.setdefault(key[0].rsplit(" ", 1)[-1], []).append(key)
        for keys in by_last.values():
            pairs.update((a, b) for a in keys for b in keys if a != b)
    return pairs


def _printings(
    by_key: dict[tuple[str, str], list[Name]],
    key: tuple[str, str],
    people: dict[int, set[tuple[str, str]]],
    together: set[tuple[tuple[str, str], tuple[str, str]]],
) -> Iterator[Diagnostic]:
    """The findings on the names printed as `key` where another printing of the same author is
    the list's usual one (more entries; at a tie, the earlier) in an entry sharing a co-author."""
    odd = by_key[key]
    said: set[int] = set()  # the names reported, each against one usual printing
    for usual_key, usual in sorted(by_key.items()):
        if usual_key == key or (key, usual_key) in together:
            continue
        how = _how_else(odd[0], usual[0])
        if how is None:
            continue
        if how == "initials reversed":
            mine, theirs = len({id(n.ref) for n in odd}), len({id(n.ref) for n in usual})
            first_mine, first_theirs = odd[0].ref.index, usual[0].ref.index
            if mine > theirs or (mine == theirs and first_mine < first_theirs):
                continue  # the other is the odd printing, reported on its own entries
        index = _coauthors(usual, key, people)
        for name in odd:
            found = None if id(name) in said else _finding(name, usual, index, how, people)
            if found is not None:
                said.add(id(name))
                yield found


def _coauthors(
    usual: Sequence[Name], odd: tuple[str, str], people: dict[int, set[tuple[str, str]]]
) -> dict[tuple[str, str], list[int]]:
    """Each co-author of the usual printing's entries, with the positions in `usual` of the
    names it stands beside (the two printings compared left out)."""
    index: dict[tuple[str, str], list[int]] = {}
    for at, other in enumerate(usual):
        for key in people[id(other.ref)] - {other.key, odd}:
            index.setdefault(key, []).append(at)
    return index


def _finding(
    name: Name,
    usual: Sequence[Name],
    index: dict[tuple[str, str], list[int]],
    how: str,
    people: dict[int, set[tuple[str, str]]],
) -> Diagnostic | None:
    """The finding on `name`, naming the first entry of the usual printing that shares enough
    co-authors with it; None when none does. Only entries of the usual printing that share a
    co-author are looked at (through an index), so a surname common in a long list stays fast."""
    counts: dict[int, int] = {}
    best: int | None = None
    for key in sorted(people[id(name.ref)] - {name.key}):
        for at in index.get(key, ()):
            counts[at] = counts.get(at, 0) + 1
            short = min(len(usual[at].family), len(name.family)) < _SHORT
            if counts[at] >= (2 if short else 1) and (best is None or at < best):
                best = at
    if best is None:
        return None
    other = usual[best]
    shared = _shared(people, name, other)
    where = other.ref.number if other.ref.number is not None else other.ref.index
    return Diagnostic(
        name.span,
        f"`{name.printed}` is printed `{other.printed}` in entry {where}, which shares the "
        f"co-author{'s' if len(shared) > 1 else ''} {', '.join(shared[:3])}; {how}",
        ref=name.ref,
    )
