"""An author's name out of the list's initials form (RL590): a given name written out where the
list gives initials (`Chen Daniel S.` for `Chen D.S.`, `BRACHT BRANHAM` for `BRANHAM, R. B.`),
initials left standing alone as an author, the surname cut off before them (`Ku T., L. G.` for
`Tenorio Ku L.G.`) or after them (`e F.K.`), a particle's letter run into the initials
(`Pereira JdA`), or initials spaced where the list sets them close (`M. A. Saunders` among
`D.C. Fong`), or back.

A written-out given name cannot be told from the second word of a double surname (`García
Benito`, `Santos Silva`) by its letters, so it is only said where the list itself shows it: the
same author printed elsewhere with that word as an initial, in an entry that shares a co-author.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from refslint.api import (
    Author,
    Category,
    Context,
    Diagnostic,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

from .author_names import Name, every_entry_names
from .name_mix import mixed_names

_DOMINANCE = 0.8  # the share of names printed with initials only before the list counts as such
_PARTICLES = frozenset(
    [
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "ten",
        "ter",
        "bin",
        "al",
        "el",
        "y",
    ]
)
_WORD = pattern(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{2,}")


class Written(NamedTuple):
    """A name whose family words hold one the list prints elsewhere as an initial: the name, the
    word, and whether the list prints its initials first (`M. Agerlin Petersen`)."""

    name: Name
    word: str
    initials_first: bool

    @property
    def short(self) -> tuple[str, str]:
        """The family name and initials the list's other printing would have."""
        words = self.name.family.split()
        if self.initials_first:
            return " ".join(words[1:]), self.name.initials + self.word[0]
        return " ".join(words[:-1]), self.word[0] + self.name.initials


def _candidate(name: Name) -> Written | None:
    words = name.family.split()
    if len(words) < 2 or not name.initials:
        return None
    first = name.printed[:1]
    initials_first = first.isupper() and name.printed[1:2] in (".", " ")
    word = words[0] if initials_first else words[-1]
    rest = words[1:] if initials_first else words[:-1]
    if not _WORD.fullmatch(word) or any(w.casefold() in _PARTICLES for w in rest):
        return None
    if not initials_first and word[1:] in _PARTICLES:
        return None  # `Meneghim Mde C`: PubMed's initial with its particle run in, no given name
    return Written(name, word, initials_first)


# Korean and Chinese family names, as they are romanised; each is one word, never the second of
# a double surname, so a word before it in a family name is part of a given name written out
EAST_ASIAN = pattern(
    r"ahn|bae|baek|byun|cha|chae|chang|cheon|cheong|cho|choi|chung|chun|ha|han|heo|hong|hwang|im"
    r"|jang|jeon|jeong|jo|ju|jung|kang|kim|ko|kwak|kwon|lim|moon|nam|noh|oh|park|pyo|ryu|seo"
    r"|seong|shin|sohn|son|song|suh|sung|woo|yang|yoo|yoon|yu|yun"
    r"|cai|cao|chen|cheng|dai|deng|ding|dong|du|fan|fang|feng|gao|gong|guo|hao|he|hu|huang|jia"
    r"|jiang|jin|kong|lei|liang|liao|lin|liu|lu|luo|lv|ma|meng|pan|peng|qian|qin|qiu|ren|shen"
    r"|shi|sun|tan|tang|tian|wan|wang|wei|wen|wu|xia|xiang|xiao|xie|xiong|xu|xue|yan|yao|ye|yin"
    r"|yuan|zeng|zhan|zhang|zhao|zheng|zhong|zhou|zhu|zou",
    re.IGNORECASE,
)
# one syllable as Korean and Chinese names are romanised: `Jong`, `Hyun`, `Wei`, `Xiao`
_SYLLABLE = pattern(
    r"(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|kk|ss|jj|tt|pp)?h?[wy]?[aeiou]{1,3}(?:ng|n|m|k|p|l)?",
    re.IGNORECASE,
)


def _given_part(name: Name) -> Written | None:
    """A two-word family name whose surname is Korean or Chinese and whose other word is one
    syllable not itself a surname (`W. Jong Yoo`): part of a given name written out."""
    written = _candidate(name)
    if written is None or len(name.family.split()) != 2:
        return None
    surname = name.family.replace(written.word, "", 1).strip()
    if not EAST_ASIAN.fullmatch(surname) or EAST_ASIAN.fullmatch(written.word):
        return None
    return written if _SYLLABLE.fullmatch(written.word) else None


def _initials_only(people: Sequence[Name]) -> bool:
    """Whether the list gives initials only: nearly every name is one family word and initials."""
    single = sum(1 for n in people if " " not in n.family)
    return len(people) >= 5 and single >= _DOMINANCE * len(people)


@list_rule(
    code="RL590",
    name="name-out-of-list-form",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A given name written out where the list gives initials (`Chen Daniel S.`), or "
    "initials with no surname",
)
def name_out_of_list_form(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In a list that gives initials only, flags an author whose given name is written out where
    another entry of the list prints the same author with its initial (`Chen Daniel S.` where
    an entry with a co-author in common prints `Chen D.S.`; `M. Agerlin Petersen` where others
    print `M. A. Petersen`), and initials that stand alone as an author, their surname cut off
    into the name before them (`Ku T., L. G.`, `Santos D., G. A.`), or read as a name whose
    surname is an initial (`H.P. Wendel e F.K.`), and compact initials with a particle's letter
    run in (`Pereira JdA` for `Pereira JA` or `Pereira J de A`) where the list prints initials
    in capitals, and a name with no initials whose last word the same entry prints as a surname
    with them (`BRACHT BRANHAM` among the authors, `BRANHAM, B.` among the editors).

    ## Why is this bad?
    The list no longer prints one author one way: an index or a search takes the two printings
    for two people, and a name broken in two makes two authors of one, neither of them right.

    ## Example
        1. Mellman I., Chen D.S., Powles T. The cancer-immunity cycle. Immunity 2023;56:2188–2205.
        2. Chen Daniel S., Mellman I. Oncology meets immunology. Immunity 2013;39:1–10.
        3. Lang F., Schrörs B., Löwer M. Neoantigens for cancer vaccines. Nat Rev Drug Discov
           2021;20:261–275.
        4. Dunn G.P., Old L.J., Schreiber R.D. The three Es of cancer immunoediting. Annu Rev
           Immunol 2004;22:329–360.
        5. Sharma P., Allison J.P. The future of immune checkpoint therapy. Science
           2015;348:56–61.

    Use instead:
        1. Mellman I., Chen D.S., Powles T. The cancer-immunity cycle. Immunity 2023;56:2188–2205.
        2. Chen D.S., Mellman I. Oncology meets immunology. Immunity 2013;39:1–10.
        3. Lang F., Schrörs B., Löwer M. Neoantigens for cancer vaccines. Nat Rev Drug Discov
           2021;20:261–275.
        4. Dunn G.P., Old L.J., Schreiber R.D. The three Es of cancer immunoediting. Annu Rev
           Immunol 2004;22:329–360.
        5. Sharma P., Allison J.P. The future of immune checkpoint therapy. Science
           2015;348:56–61.

    In a Chicago list (`Bien, Jacob, and Robert Tibshirani. 2011. “Title.”`), which prints each
    name as its record holds it, an entry that mixes the two forms is flagged for the names of
    the form the list rarely prints (four in five of its names are of the other): `Hocking, T.,
    Jean-Philippe Vert, F. Bach` among given names written out, `Pádraig Cunningham` or editors
    written out among initials. An entry all of one form is left alone, unless the list's habit
    is firm (twenty names or more, nine in ten of one form) and the entry shows a record's form
    rather than its author's: two names or more (`Lindsten, F., H. Ohlsson, and L. Ljung`), or
    an author the list writes out elsewhere (`Tibshirani, R.` beside `Tibshirani, Robert`).

    In a list whose inverted names give dotted initials (`Rocklin, M.`: ten or more, nine in
    ten of its inverted names, double surnames too), an inverted name with its given name
    written out (`McKinney, Wes`, `Pelliza, Mariano A.`) is flagged with or without a co-author
    in common: APA gives initials only.

    It also flags two initials or more spaced (`M. A. Saunders`) where the list sets them close
    (`D.C. Fong`), or close where it spaces them, against three names or more and three in
    four of the list's names with two initials, authors' and editors' (a list prints few such
    names); a hyphened pair (`J.-F.`) is one given name's and counts neither way.

    ## Limitations
    A written-out given name is found only where the list also prints the author with initials,
    in an entry that shares a co-author: alone, `Dixon Scott J.` reads as a double surname
    (`García Benito J.`, `Santos Silva I.`) would, and is left alone. Where the list prints
    initials first, the longer printing is reported only when the list prints it less often
    (`G. García Márquez` against `G. G. Márquez` may be a double surname cut to an initial).
    Silent in lists that write given names in full or print most names with two family words
    (but for APA's inverted names, above).
    A Korean or Chinese surname is one word, so a one-syllable word before it (`W. Jong Yoo`,
    `Yoo Jong W`) is part of a given name written out without the list's other printing; a
    surname of another language, or a word of two syllables, is left alone there.
    PubMed's initial with a particle run in (`Meneghim Mde C`, for `M de C`) is no given name and
    is left alone; so, rarely, is a given name of that shape (`Ada`). Only `d` and `v` count as
    a particle's letter in compact initials: Russian's digraphs (`YuV`, `ShA`) are initials of
    their own. A one-letter surname read first (`W. E`, Weinan E) is not taken for initials.
    """
    yield from mixed_names(refs)
    # APA's inverted names hold their own count: double surnames (`Sanabria Fernández, H.`) too
    yield from _given_written_out(refs)
    people = [n for read in every_entry_names(refs) for n in read]
    if not _initials_only(people):
        return
    yield from _written_out(refs, people)
    yield from _initials_alone(refs)
    yield from _no_initials(refs)
    yield from _damaged_initials(refs)
    yield from _initials_spaced(refs)


# an inverted name with its initials dotted (`Rocklin, M.`, `Andrade, E. S.`), and one with its
# given name written out instead (`Rocklin, Matthew`, `McKinney, Wes`); not a suffix (`Smith, Jr`)
_INVERTED_INITIALS = pattern(r"[^,]+,\s*(?:[A-Z]\.[\s-]?)+")
# (a middle initial after it: `Pelliza, Mariano A.`)
_INVERTED_GIVEN = pattern(
    r"[^,]+,\s+(?P<given>(?!(?:Jr|Sr)\b)[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*)(?:\s[A-Z]\.?)*"
)
MIN_INVERTED = 10  # inverted names with initials before the list counts as giving them
_INVERTED_SHARE = 0.9  # and their share of the inverted names


def _given_written_out(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """An inverted name with its given name written out (`McKinney, Wes`) in a list whose
    inverted names give dotted initials, ten or more and nine in ten of them (APA's)."""
    initials = written = 0
    found: list[tuple[Reference, Author, str]] = []
    printed: set[str] = set()  # `Vititoe, F.`: each inverted name with initials, in short
    for ref in refs:
        for author in ref.authors:
            if author.is_group:
                continue
            if _INVERTED_INITIALS.fullmatch(author.text):
                initials += 1
                family, _, given = author.text.partition(",")
                printed.add(f"{family.strip()}, {given.strip()[:1]}")
            elif (m := _INVERTED_GIVEN.fullmatch(author.text)) is not None:
                written += 1
                found.append((ref, author, m["given"]))
        for first, second in zip(ref.authors, ref.authors[1:], strict=False):
            if _SPLIT_SURNAME.fullmatch(first.text) and _SPLIT_GIVEN.fullmatch(second.text):
                found.append((ref, _joined(ref, first, second), second.text))
    if initials < MIN_INVERTED or initials < _INVERTED_SHARE * (initials + written):
        return
    for ref, author, given in found:
        if author.family == "" and f"{author.text.split(',')[0]}, {given[0]}" not in printed:
            continue  # read as two names: said only where the list prints the initial
        yield Diagnostic(
            author.span,
            f"`{author.text}` writes out the given name `{given}`; {initials} of the list's "
            f"{initials + written} inverted names give initials (`{author.text.split(',')[0]}, "
            f"{given[0]}.`)",
            ref=ref,
        )


# an inverted name the grammar read as two (`Vititoe, Francis` as `Vititoe` and `Francis`)
_SPLIT_SURNAME = pattern(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_SPLIT_GIVEN = pattern(r"[A-Z][a-z]+")


def _joined(ref: Reference, first: Author, second: Author) -> Author:
    """The one inverted name of two read apart, with no family (it was not read as one)."""
    span = Span(first.span.start, second.span.end)
    return Author(ref.text[span.start : span.end], span, "")


def _written_out(refs: Sequence[Reference], people: Sequence[Name]) -> Iterator[Diagnostic]:
    by_key: dict[tuple[str, str], list[Name]] = {}
    for name in people:
        by_key.setdefault(name.key, []).append(name)
    authors: dict[int, set[tuple[str, str]]] = {id(ref): set() for ref in refs}
    for name in people:  # `people` holds each entry's names already: they are not read again
        authors[id(name.ref)].add(name.key)
    for name in people:
        written = _candidate(name)
        if written is None:
            continue
        short = written.short
        others = [o for o in by_key.get(short, ()) if o.ref is not name.ref]
        shared = [
            o for o in others if (authors[id(o.ref)] & authors[id(name.ref)]) - {short, name.key}
        ]
        if not shared:
            part = _given_part(name)
            if part is not None:
                yield Diagnostic(
                    name.span,
                    f"`{name.printed}` writes out `{part.word}`, part of a given name: a Korean "
                    f"or Chinese surname is one word (`{part.short[0]}`); the list gives "
                    "initials only",
                    ref=name.ref,
                )
            continue
        if written.initials_first and len(by_key[name.key]) >= len(others):
            continue
        where = ", ".join(str(o.ref.number or o.ref.index) for o in shared[:3])
        entries = "entries" if len(shared) > 1 else "entry"
        yield Diagnostic(
            name.span,
            f"`{name.printed}` writes out `{written.word}`, which {entries} {where} "
            f"print{'' if len(shared) > 1 else 's'} as an initial (`{shared[0].printed}`), "
            "with a co-author in common; the list gives initials only",
            ref=name.ref,
        )


# a word of a name: letters, with a hyphen or apostrophe inside (`GOULET-CAZÉ`, `O'NEILL`)
_NAME_WORD = pattern(r"[^\W\d_](?:[^\W\d_]|['’-])+")


def _no_initials(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """A name of two or three words with no initials whose last word is the surname of a name
    with initials in the same entry (`BRACHT BRANHAM` among the authors, `BRANHAM, B.` among the
    editors): the given name printed in the surname, the initials lost."""
    for ref in refs:
        people = [*ref.authors, *ref.editors]
        initialled = {p.family.casefold(): p for p in people if p.initials and p.family}
        for author in ref.authors:
            words = author.text.split()
            if (
                author.initials
                or not 2 <= len(words) <= 3
                or not all(map(_NAME_WORD.fullmatch, words))
            ):
                continue
            other = initialled.get(words[-1].casefold())
            if other is None or other.span == author.span:
                continue
            yield Diagnostic(
                author.span,
                f"`{author.text}` has no initials, where the entry prints `{other.text}`: a given "
                "name printed as part of the surname, the initials lost?",
                ref=ref,
            )


# initials standing alone where the list goes on with names after the comma: `, L. G.,`
_ALONE = pattern(r"\s*,\s*(?P<alone>(?:[A-Z]\.\s?){0,3}[A-Z]\.)\s*,")


def _initials_alone(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Initials with no surname right after the last name read, which the grammar took for the
    title's first words (`Ku T., L. G., Tompa P.`)."""
    for ref in refs:
        people = [a for a in ref.authors if not a.is_group]
        if not people or ref.title is None or people[-1] is not ref.authors[-1]:
            continue
        last = people[-1]
        if not last.text.startswith(last.family):
            continue  # initials first: a name of initials alone reads otherwise there
        found = _ALONE.match(ref.text, last.span.end)
        if found is None or found.start("alone") != ref.title.span.start:
            continue
        start, end = found.span("alone")
        yield Diagnostic(
            Span(start, end),
            f"initials `{found['alone']}` stand alone as an author, with no surname: a name "
            f"broken in two (`{ref.text[last.span.start : end]}`), its surname taken for the "
            "name before them?",
            ref=ref,
        )


# a surname that is an initial (`F.K.` read as `K.`, initials first): the surname was cut off
_INITIAL_SURNAME = pattern(r"[A-Z]\.")
# compact initials with a particle's letter run in (`JdA` for `J de A`): `d` of de, da, do, dos,
# `v` of van, von; no romanisation writes these after a capital (`YuA`, `ShV` are Russian's)
_PARTICLE_IN_INITIALS = pattern(r"[A-Z]+[dv][A-Z]+")


def _damaged_initials(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Initials with no surname read as a name (`e F.K.`, the last surname cut off) and compact
    initials with a particle's letter run in (`Pereira JdA`), in a list whose names are surnames
    and initials in capitals."""
    printed = [
        "".join(filter(str.isalpha, a.initials)) for r in refs for a in r.authors if a.initials
    ]
    capitals = sum(1 for initials in printed if initials.isupper())
    for ref in refs:
        for author in ref.authors:
            if author.is_group or not author.initials:
                continue
            if _INITIAL_SURNAME.fullmatch(author.family) and author.text.endswith(author.family):
                # (`S. Yu`, `W. E`: a name read surname first, the initial taken for it)
                yield Diagnostic(
                    author.span,
                    f"`{author.text}` is initials alone, with no surname: the author's surname "
                    "was cut off",
                    ref=ref,
                )
            elif _PARTICLE_IN_INITIALS.fullmatch(author.initials) and capitals >= _DOMINANCE * len(
                printed
            ):
                yield Diagnostic(
                    author.span,
                    f"`{author.text}` has a particle's letter run into its initials "
                    f"(`{author.initials}`); the list prints initials in capitals",
                    ref=ref,
                )


# two dotted initials or more, set close (`D.C.`) or spaced (`M. A.`); a hyphened pair (`J.-F.`)
# is one given name's, close in every style, and says nothing
_CLOSE = pattern(r"[A-Z]\.[A-Z]\.")
_SPACED = pattern(r"[A-Z]\.\s+[A-Z]\.")
CLOSE, SPACED = "close", "spaced"
# names with two initials or more in the majority form, and their share: a list prints few such
# names (a list of 26 entries may print 24), so three, three in four of them, show its habit
_SPACING_SHOWN = 3
_SPACING_SHARE = 0.75


def _spacing(author_text: str, family: str) -> str | None:
    """How a name sets its dotted initials: CLOSE, SPACED, or None (one initial, a hyphened
    pair, or both ways in one name)."""
    initials = author_text.replace(family, " ", 1) if family else author_text
    if "-" in initials or "\u2010" in initials:
        return None
    close, spaced = _CLOSE.search(initials), _SPACED.search(initials)
    if close and not spaced:
        return CLOSE
    if spaced and not close:
        return SPACED
    return None


def _initials_spaced(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Two initials or more spaced (`M. A. Saunders`) where the list sets them close (`D.C.
    Fong`), or close where it spaces them, against a clear majority of the list's names."""
    found = [
        (ref, author, form)
        for ref in refs
        for author in (*ref.authors, *ref.editors)
        if not author.is_group and (form := _spacing(author.text, author.family)) is not None
    ]
    counts = {CLOSE: 0, SPACED: 0}
    for _, _, form in found:
        counts[form] += 1
    usual = max(counts, key=lambda form: counts[form])
    total = counts[CLOSE] + counts[SPACED]
    if counts[usual] < _SPACING_SHOWN or counts[usual] < _SPACING_SHARE * total:
        return
    example = next(author.text for _, author, form in found if form == usual)
    for ref, author, form in found:
        if form == usual:
            continue
        yield Diagnostic(
            author.span,
            f"initials of `{author.text}` {form} where the list sets them {usual} "
            f"(`{example}`): {counts[usual]} of {total} names with two initials or more",
            ref=ref,
        )
