"""One author spelt two ways in a list (RL538): a letter dropped, added, changed or swapped, two
neighbouring letters garbled, a capital lost, or the accents dropped or moved, in one of two
printings of a name.

Names are compared only where the evidence says they are one person: the same initials, surnames
one typing slip apart, and the two entries sharing a co-author. Short surnames one letter apart
(`Li`/`Lu`, `Wan`/`Wang`) are left alone: they are usually two people. Accents are a finding of
their own: databases often print names without them, so a list that mixes the two printings of
one person's name was pasted from several sources, and a copy editor makes them one.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
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
    per_list,
)

from .title_capitals import name_words

# `Safavi-naini R and Susilo W`: the grammar may keep two names joined by `and` as one
_JOINED = pattern(r"\s+(?:and|&)\s+")
_VANCOUVER = pattern(r"(?P<family>[^\W\d_][\w'’ -]*?)\s+(?P<initials>[A-Z]{1,4})")
_SHORTEST = 4  # letters: below this, one edit makes another common surname (Li/Lu, Wan/Wang)
# letters: below this, two shared co-authors are asked for, as short names one letter apart are
# often two people of one team (`Chen D`/`Cheng D`, `Zeng J`/`Zheng J`)
_SHORT = 5
# letters: from this on a surname the same but for its accents is one person's with one initial
# too (`VOLÓCHINOV, V.`, `VOLOCHINOV, V.`): no two authors of one list share such a name
_LONG = 9
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


@lru_cache(maxsize=4096)  # a list prints the same few initials again and again
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


@per_list  # RL527, RL538, RL577 and RL590 each read every entry's names
def every_entry_names(refs: Sequence[Reference]) -> list[tuple[Name, ...]]:
    """`names` of each entry of the list, in order (shared: not to be changed)."""
    return [tuple(names(ref)) for ref in refs]


def _editors(ref: Reference) -> Iterator[Name]:
    """A book's editors as names (`In: RODRIGUES, R. H.; ACOSTAPEREIRA, R. (org.).`); one who
    is the chapter's author too (`In: BAKHTIN, M. M. Estética`) counts once."""
    for editor in ref.editors:
        if not editor.is_group and editor.family and editor.initials:
            yield Name(ref, editor.span, editor.family, _letters(editor.initials))


# Letters that Unicode does not split into a base letter and an accent, but that databases print
# as the plain letter all the same (`Jørgensen` as `Jorgensen`, `Łukasz` as `Lukasz`)
_STROKED = str.maketrans("øØłŁđĐħĦŧŦıƀɨ", "oOlLdDhHtTibi")


def _plain(text: str) -> str:
    """The letters without their accents: `Gonçalves` -> `Goncalves`, `Jørgensen` ->
    `Jorgensen`."""
    if text.isascii():
        return text  # no accent and no stroked letter: nothing to take off
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
    part = _one_part(a, b)
    if part is not None:  # `Rosález-Ortega` / `Rosales-Ortega`: the other part vouches for it
        a, b = _plain(part[0]), _plain(part[1])
    if min(len(a), len(b)) < _SHORTEST or a[0].casefold() != b[0].casefold():
        return None
    if not one_slip(a.casefold(), b.casefold()):  # one letter, or two swapped
        return "garbled" if _garbled(a.casefold(), b.casefold()) else None
    if len(a) == len(b) and len(a) < _CHANGED:
        return None  # one letter changed or swapped in a short name: `Wang`/`Wong`, `Chen`/`Chan`
    return "letter"


def _garbled(a: str, b: str) -> bool:
    """Whether two long surnames of one length differ in two neighbouring letters alone, both
    changed (`Yardkly`, `Yardley`): one spot garbled by a hand or a scan."""
    if len(a) != len(b) or len(a) < _CHANGED:
        return False
    differ = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(differ) == 2 and differ[1] == differ[0] + 1


# how much rarer the garbled spot's rarest pair of letters must be in one printing than in the
# other for it to be taken for the slip
_RARER = 4


@cache
def _pairs_of_letters() -> Counter[str]:
    """How often each pair of neighbouring letters occurs in the names English writes (the
    shipped name words): `dk` is rare in a name, `dl` and `le` are not."""
    return Counter(w[i : i + 2] for w in name_words() for i in range(len(w) - 1))


def _spot(family: str, other: str) -> int:
    """The count of the rarest pair of letters around where `family` differs from `other`."""
    low, far = _plain(family).casefold(), _plain(other).casefold()
    at = next(i for i, (x, y) in enumerate(zip(low, far, strict=True)) if x != y)
    pairs = _pairs_of_letters()
    return min(pairs[low[i : i + 2]] for i in range(max(0, at - 1), min(len(low) - 1, at + 2)))


def _garbled_one(a: list[Name], b: list[Name]) -> list[Name] | None:
    """Which of two printings with a garbled spot is the slip: the rarer, else the one whose
    spot holds a pair of letters names seldom have (`Yardkly`: `dk`); None when neither."""
    if len(a) != len(b):
        return a if len(a) < len(b) else b
    x, y = a[0].family, b[0].family
    sx, sy = _spot(x, y), _spot(y, x)
    if sx * _RARER <= sy:
        return a
    if sy * _RARER <= sx:
        return b
    return None


def _one_part(a: str, b: str) -> tuple[str, str] | None:
    """The one part two hyphenated surnames differ in, the others the same (`Rosález`,
    `Rosales` of `Rosález-Ortega`, `Rosales-Ortega`); None for any other pair."""
    first, second = a.split("-"), b.split("-")
    if len(first) < 2 or len(first) != len(second):
        return None
    differ = [(x, y) for x, y in zip(first, second, strict=True) if x != y]
    return differ[0] if len(differ) == 1 else None


def _odd(a: list[Name], b: list[Name], how: str) -> list[Name]:
    """Which of two spellings is the slip: one that lost the space of a surname in two words
    (`ElTinay`, `El Tinay`: no one joins the words of their own name), else the rarer one; at a
    tie, the one with a lost capital, the one a spell checker made a common word of, or the one
    with a dropped letter (the commoner slips), else the one printed later."""
    x, y = a[0].family, b[0].family
    if x.replace(" ", "") == y.replace(" ", ""):
        return a if x.count(" ") < y.count(" ") else b
    if len(a) != len(b):
        return a if len(a) < len(b) else b
    if how == "case" and (lost := sum(map(str.isupper, x)) - sum(map(str.isupper, y))):
        return a if lost < 0 else b
    if how == "accents" and (lost := _accents(x) - _accents(y)):
        return a if lost < 0 else b
    if (word := _common_word(x)) != _common_word(y):
        return a if word else b  # a spell checker's word for a name (`Gradient` for `Gadient`)
    if len(x) != len(y):
        return a if len(x) < len(y) else b
    return a if a[0].ref.index > b[0].ref.index else b


def _common_word(family: str) -> bool:
    """Whether a surname is a common English word and no name (`Gradient`, not `Brennan`)."""
    from .spelling import FREQUENT, english_words

    key = family.lower()
    return key not in name_words() and english_words().get(key) >= FREQUENT


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
    `Safavi-Naini`), the accents dropped or moved (`Goncalves`, `Gonçalves`), or two
    neighbouring letters garbled in a surname of seven letters or more (`Yardkly`, `Yardley`),
    where one printing's spot holds a pair of letters names seldom have (`dk`). It compares
    names with the same initials whose entries share a co-author, and reports the rarer
    spelling (at a tie, the lost capital or accent, the common English word a spell checker put
    for a name, `Gradient` for `Gadient`, or the lost letter), naming the entry with the other;
    a surname in two words printed joined (`ElTinay AH`, `El Tinay AH`) is the slip however
    often the list prints it so.

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
    entries and twice as many. A capital lost after `Mc` or an apostrophe (`Mciver L`,
    `McIver L`; `O'neill`) is reported without a shared co-author: no family spells its name so.
    Two neighbouring letters of a surname of seven letters or more swapped, with two initials
    or more the same (`Hijamns RJ`, `Hijmans RJ`), are reported without a shared co-author.
    A capital lost, or the space of a surname in two words, that one entry shows by its
    co-authors (`Elattrache NS` beside `ElAttrache NS`, `ElTinay AH` beside `El Tinay AH`) is
    reported in every entry printing the odd name with the same initials. Two entries citing one
    work (the same year, and one title the start of the other) need no co-author: the work's
    author is one person (`Gilford, J.P. (1967) The nature of human intelligence` beside
    `Guilford, J. P. (1967). The nature of human intelligence`).

    ## Limitations
    Silent where the entries share no co-author and cite no one work (two are asked for a surname
    under five letters), on surnames under four letters (`Li`, `Lu`), on one letter changed in a
    surname under seven (`Wang`/`Wong`, `Hansen`/`Hanson`: often two people), on two differences at
    once (an accent and a capital or a letter; in a hyphenated surname whose other part is the same,
    an accent and a letter are one slip: `Rosález-Ortega`, `Rosales-Ortega`), on a particle's
    capital the list prints both ways about as often (`van Dijk`/`Van Dijk`), and on a double
    surname with and without its hyphen (`García-Benito`, `García Benito`), which journals print
    both ways for one person.
    Two garbled letters whose pairs are about as common in names both ways (`Nikolaev`,
    `Nikolaou`) are left alone: either may be the author's.
    Accents are never called a slip: where most entries print a name plain (`Gode C`), the one
    printing it with the author's accents (`Göde C`) is not reported, nor a name romanized
    whole, three marks or more taken off at once (`Caliskan M`, `Çalışkan M`), as indexes
    print it: a slip drops one or two.
    """
    by_key: dict[tuple[str, str], list[Name]] = {}
    people: dict[int, set[tuple[str, str]]] = {}
    for ref, read in zip(refs, every_entry_names(refs), strict=True):
        # read once: the co-authors are the same names; a chapter's editors are of its team too
        printed = list(read)
        printed += [e for e in _editors(ref) if e.key not in {n.key for n in printed}]
        for name in printed:
            by_key.setdefault(name.key, []).append(name)
        people[id(ref)] = {name.key for name in printed}
    said: set[tuple[int, str]] = set()
    for (a, initials), (b, _) in _near(by_key):
        how = _one_edit(a, b)
        if how is None:
            continue
        first, second = by_key[a, initials], by_key[b, initials]
        picked = _garbled_one(first, second) if how == "garbled" else _odd(first, second, how)
        if picked is None:
            continue  # two letters garbled: which is the slip, neither counts nor letters say
        odd = picked
        usual = second if odd is first else first
        if how == "accents" and _accents(odd[0].family) > _accents(usual[0].family):
            continue  # the accents are the author's own: a plain printing is a database's
        if how == "accents" and odd[0].family.isascii() and _accents(usual[0].family) >= 3:
            continue  # `Caliskan` for `Çalışkan`: a name romanized whole, as indexes print it
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
    share one of these, so only they are compared (a list of any length stays fast). A long
    surname also without each two neighbouring letters: a garbled spot (`Yardkly`, `Yardley`)."""
    low = _plain(family).casefold()
    found = {low} | {low[:i] + low[i + 1 :] for i in range(len(low))}
    if len(low) >= _CHANGED:
        found |= {low[:i] + low[i + 2 :] for i in range(len(low) - 1)}
    return found


def _near(
    by_key: dict[tuple[str, str], list[Name]],
) -> Iterator[tuple[tuple[str, str], tuple[str, str]]]:
    """Each pair of (surname, initials) with the same initials that share a variant. The
    variants of one initials' names are made, matched and let go before the next's: held for
    every name of a long list at once they were most of its memory."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for key in by_key:
        if len(key[0]) <= _LONGEST:
            groups.setdefault(key[1], []).append(key)
    pairs: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    for keys in groups.values():
        made = [(key, _variants(key[0])) for key in keys]
        # most variants belong to one name alone: only those two names share are listed
        seen: set[str] = set()
        shared: set[str] = set()
        for _, variants in made:
            shared |= variants & seen
            seen |= variants
        index: dict[str, list[tuple[str, str]]] = {}
        for key, variants in made:
            for variant in variants & shared:
                index.setdefault(variant, []).append(key)
        pairs.update((a, b) for named in index.values() for a in named for b in named if a < b)
    yield from sorted(pairs)


def _pairs(
    odds: list[Name],
    usuals: list[Name],
    how: str,
    people: dict[int, set[tuple[str, str]]],
    said: set[tuple[int, str]],
) -> Iterator[Diagnostic]:
    """One finding on each entry printing the odd spelling that shares a co-author with one
    printing the usual spelling, and does not print both (two people of one team). A capital
    lost (`Elattrache NS`, `ElAttrache NS`) or the space of a surname in two words (`ElTinay AH`,
    `El Tinay AH`) once shown so in one entry is the same slip in every entry that prints the
    odd name with the same initials, co-authors or not."""
    yield from _shared_pairs(odds, usuals, how, people, said)
    joined = " " not in odds[0].family and " " in usuals[0].family
    if how != "case" and not (joined and odds[0].family == usuals[0].family.replace(" ", "")):
        return
    shown = [n for n in odds if (id(n.ref), n.family) in said]
    if not shown:
        return
    for name in odds:
        mine = people[id(name.ref)]
        if (id(name.ref), name.family) in said or (usuals[0].family, name.initials) in mine:
            continue
        said.add((id(name.ref), name.family))
        first = shown[0].ref
        where = first.number if first.number is not None else first.index
        other = usuals[0]
        yield Diagnostic(
            name.span,
            f"`{name.printed}` is spelt `{other.printed}` {_HOW.get(how, '')}elsewhere in the "
            f"list, as entry {where} shows by its co-authors; one author spelt two ways",
            ref=name.ref,
        )


def _shared_pairs(
    odds: list[Name],
    usuals: list[Name],
    how: str,
    people: dict[int, set[tuple[str, str]]],
    said: set[tuple[int, str]],
) -> Iterator[Diagnostic]:
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
            if how == "accents" and (
                (len(name.initials) >= 2 and len(odd) >= _SHORT) or len(odd) >= _LONG
            ):
                enough = 0  # the whole name the same but for its accents: one person
            if how == "case" and _inner_capital_lost(odd, usual):
                enough = 0  # `Mciver` against `McIver`: no one spells a name so
            if how == "letter" and len(name.initials) >= 2 and _swapped(odd, usual):
                enough = 0  # `Hijamns RJ`, `Hijmans RJ`: two letters of a long name swapped
            same_work = not shared and _same_work(name.ref, other.ref)
            if same_work:
                enough = 0  # one work cited twice: its author is one person
            if len(shared) < enough or (odd, name.initials) in theirs:
                continue
            said.add((id(name.ref), odd))
            where = other.ref.number if other.ref.number is not None else other.ref.index
            sharing = (
                f", which shares the co-author{'s' if len(shared) > 1 else ''} "
                f"{', '.join(shared[:3])}"
                if shared
                else ", which cites the same work"
                if same_work
                else ""
            )
            yield Diagnostic(
                name.span,
                f"`{name.printed}` is spelt `{other.printed}` {_HOW.get(how, '')}in entry "
                f"{where}{sharing}; one author spelt two ways",
                ref=name.ref,
            )
            break


_TITLE_WORD = pattern(r"\w+")
_SAME_WORK_WORDS = 3  # the fewest title words two entries share before they are one work


def _same_work(a: Reference, b: Reference) -> bool:
    """Whether two entries cite one work: the same year, and one title the other's words or
    their start (`The nature of human intelligence` and `..., McGraw-Hill` run into it)."""
    if a.title is None or b.title is None or a.date is None or b.date is None:
        return False
    if a.date.year is None or a.date.year != b.date.year:
        return False
    x, y = (_TITLE_WORD.findall(t.text.casefold()) for t in (a.title, b.title))
    short, long = sorted((x, y), key=len)
    return len(short) >= _SAME_WORK_WORDS and long[: len(short)] == short


def _swapped(odd: str, usual: str) -> bool:
    """Whether two surnames of seven letters or more differ only by two neighbouring letters
    swapped (`Hijamns`, `Hijmans`)."""
    if len(odd) != len(usual) or len(odd) < _CHANGED:
        return False
    differ = [i for i, (x, y) in enumerate(zip(odd, usual, strict=True)) if x != y]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and odd[differ[0]] == usual[differ[1]]
        and odd[differ[1]] == usual[differ[0]]
    )


# what a capital inside a surname follows where no family drops it: `McIver`, `O'Neill`,
# `D’Angelo` (not `Mac` or `Di`: `Macdonald`, `Dimarco` are names of their own)
_INNER = pattern(r"(?:^|[\s-])(?:Mc|[A-Z]['’])$")


def _inner_capital_lost(odd: str, usual: str) -> bool:
    """Whether `odd` is `usual` with a capital after `Mc` or an apostrophe in lower case, and
    nothing else changed."""
    lost = [i for i, (x, y) in enumerate(zip(odd, usual, strict=True)) if x != y]
    return (
        len(lost) == 1
        and odd[lost[0]].islower()
        and usual[lost[0]].isupper()
        and _INNER.search(usual[: lost[0]]) is not None
    )


_HOW = {
    "accents": "(other accents) ",
    "particle": "(the particle's capital) ",
    "garbled": "(two letters garbled) ",
}
