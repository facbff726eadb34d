"""A Dutch or German surname particle capitalised against the list's habit (RL526, RL563).

`van`, `von`, `den`, `ter` are written in lower case after the given name or initials in Dutch
and German usage (`A. S. von der Heydt`), and a compound particle keeps its second word in lower
case in every country's usage, Belgian included (`Van der Haar F`, `Van den Broeck`): a database
that capitalises each word prints `Von Der Heydt`. Many bearers capitalise their own particle all
the same (`C. F. Van Loan`, `H. Van Langenhove`), so a single capital is only a hint, and only in
a list that prints particles in lower case elsewhere. Romance particles (`De Luca`, `Di Matteo`,
`Da Silva`, `Le Roux`, `Du Bois`) are the bearer's own choice and are never reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    list_rule,
)

# Dutch and German particles that open a surname, and the second words of compound ones
_FIRST = frozenset(["van", "von", "den", "der", "ter", "ten", "vom", "zum", "zur"])
_SECOND = frozenset(["der", "den", "de", "dem", "het", "ter", "ten", "zu"])
# particles whose lower case shows the list's habit (any language's: `da Silva`, `de Vries`)
_ANY = _FIRST | _SECOND | frozenset(["da", "das", "do", "dos", "di", "du", "del", "della", "des"])
# names printing a particle in lower case after the initials, in other entries, for a single
# capital to be hinted at: fewer show no habit
_HABIT = 2


class Particle(NamedTuple):
    """A capitalised particle in one printed name: where its words are and how it reads."""

    ref: Reference
    span: Span  # the particle's words, `Von Der`
    printed: str
    compound: bool  # a second particle word capitalised (`Van Der`)
    initials_first: bool  # the given name or initials precede (`E. H. Van Nes`)


def _family_at(ref: Reference, start: int, end: int, family: str) -> int:
    at = ref.text.find(family, start, end)
    return start if at < 0 else at


def _lower(family: str) -> bool:
    """Whether the surname opens with a particle in lower case (`van den Berg`, `de Souza`)."""
    words = family.split()
    return len(words) > 1 and words[0] in _ANY


def _capitalised(ref: Reference) -> Iterator[Particle]:
    """The names of an entry whose Dutch or German particle is capitalised where usage has it in
    lower case: the second word of a compound, or a single one after the initials."""
    for author in ref.authors:
        family = author.family
        if author.is_group or not family or not author.initials or family.isupper():
            continue
        words = family.split()
        if len(words) < 2 or words[0].casefold() not in _FIRST:
            continue
        initials_first = not author.text.startswith(family)
        start = _family_at(ref, author.span.start, author.span.end, family)
        compound = _compound(family.casefold()) and words[1][0].isupper()
        if compound:
            count = 2
        elif initials_first and words[0][0].isupper():
            count = 1
        else:
            continue
        printed = " ".join(words[:count])
        yield Particle(ref, Span(start, start + len(printed)), printed, compound, initials_first)


def _usage(particle: Particle) -> str:
    """The particle as the list prints its others: in lower case (`van der`)."""
    return particle.printed.lower()


class Lower:
    """The list's names printing a particle in lower case, read once: a finding asks for the
    names in other entries than its own, which are all but a few."""

    def __init__(self, refs: Sequence[Reference], initials_first: bool) -> None:
        found = []
        for ref in refs:
            for author in ref.authors:
                if author.is_group or not author.initials or not _lower(author.family):
                    continue
                if initials_first and author.text.startswith(author.family):
                    continue  # only those after the initials (`E. H. van Nes`) where asked
                found.append((id(ref), author.family))
        # Dutch and German ones first, to be named as the example
        found.sort(key=lambda pair: pair[1].split()[0] not in _FIRST)
        self._names = found
        self._compounds = [pair for pair in found if _compound(pair[1])]
        self._by_entry = Counter(key for key, _ in found)

    @property
    def total(self) -> int:
        return len(self._names)

    def count(self, ref: Reference) -> int:
        """How many such names the other entries print."""
        return len(self._names) - self._by_entry[id(ref)]

    def example(self, ref: Reference, compound: bool = False) -> str | None:
        """One such name of another entry (a compound where asked), or None."""
        pairs = self._compounds if compound else self._names
        return next((name for key, name in pairs if key != id(ref)), None)


def _compound(family: str) -> bool:
    """Whether the surname opens with a compound particle (`van den Berg`, `Von Der Heydt`)."""
    words = family.split()
    return len(words) >= 3 and words[0].casefold() in ("van", "von") and words[1] in _SECOND


def _capital_names(refs: Sequence[Reference]) -> Counter[int]:
    """How many names open with a capitalised particle of any language, by entry (`De Smet`,
    `Van den Broecke`, `Da Silva`): a list that prints them may follow Belgian usage, whose
    registered names keep capitals a Dutch one would not (`Van De Velde`)."""
    found: Counter[int] = Counter()
    for ref in refs:
        for author in ref.authors:
            words = author.family.split() if author.family else []
            if author.is_group or len(words) < 2 or author.family.isupper():
                continue
            if words[0].casefold() in _ANY and words[0][0].isupper():
                found[id(ref)] += 1
    return found


def _warns(particle: Particle, lower: Lower, capital: Counter[int]) -> bool:
    """Whether RL526 reports a capitalised compound: the list prints a compound in lower case
    elsewhere, and, for a Dutch `Van`, no other entry prints a particle capitalised (a Belgian
    name may be registered `Van De Velde`; a German `von der` never is)."""
    if not particle.compound or lower.example(particle.ref, compound=True) is None:
        return False
    if particle.printed.split()[0].casefold() == "von":
        return True
    return capital.total() - capital[id(particle.ref)] == 0


@list_rule(
    code="RL526",
    name="name-particle-capitalised",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A compound particle's second word capitalised (`Van Der Haar`) where the list prints "
    "particles in lower case",
    fixable=True,
)
def name_particle_capitalised(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a Dutch or German compound particle whose second word is capitalised (`Von Der Heydt`,
    `Van Der Haar`, `Van Den Broeck`) in a list whose other entries print a surname particle in
    lower case (`van den Wijngaart`, `de Benoist`).

    ## Why is this bad?
    The second word of a compound particle is lower case in Dutch, Flemish and German usage
    alike (`A. S. von der Heydt`, `Van der Haar F`, `Van den Broeck`): the capitals are a
    database's, which capitalises every word of a name, and the list shows it knows the form.

    ## Example
        1. van den Wijngaart A, Codling K. Regulatory monitoring of fortified salt. Food Nutr
           Bull. 2013;34(2):102-11.
        2. Pena-Rosas JP, Van Der Haar F, Chapel TJ. Monitoring flour fortification programs.
           Nutr Rev. 2008;66(3):148-62.

    Use instead:
        1. van den Wijngaart A, Codling K. Regulatory monitoring of fortified salt. Food Nutr
           Bull. 2013;34(2):102-11.
        2. Pena-Rosas JP, van der Haar F, Chapel TJ. Monitoring flour fortification programs.
           Nutr Rev. 2008;66(3):148-62.

    ## Fix safety
    Unsafe: the fix prints the particle as usage has it (`van der` after the initials, `Van
    der` where the surname comes first); a bearer who writes the capitals may be cited so.

    ## Limitations
    Silent in a list that prints no compound particle in lower case (its style may capitalise
    them), on a single capitalised particle (RL563 hints at it), on Romance particles (`De La
    Cruz`, `Di Matteo`, `Da Silva`, `Le Roux`), which their bearers capitalise, and on names in
    capitals. A Dutch or Flemish `Van` compound is reported only where no other entry prints a
    particle capitalised (`De Smet`, `Van den Broecke`): Belgian registers keep names such as
    `Van De Velde` as their bearers' own, and such a list may hold them; there RL563 hints.
    """
    lower = Lower(refs, initials_first=False)
    capital = _capital_names(refs)
    for ref in refs:
        for particle in _capitalised(ref):
            if not _warns(particle, lower, capital):
                continue
            listed = lower.example(ref, compound=True)
            wanted = _usage(particle)
            yield Diagnostic(
                particle.span,
                f"particle `{particle.printed}` capitalised; the list prints `{listed}`, "
                f"and usage writes the compound's second word in lower case (`{wanted}`)",
                fix=Fix.unsafe(
                    Edit(particle.span, wanted), message="Print the particle in lower case"
                ),
                ref=ref,
            )


@list_rule(
    code="RL563",
    name="name-particle-capital-hint",
    category=Category.FORMAT,
    severity=Severity.INFO,
    summary="A Dutch or German particle capitalised after the initials (`E. H. Van Nes`) where "
    "the list prints such particles in lower case",
    fixable=True,
)
def name_particle_capital_hint(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Hints at a single Dutch or German particle capitalised after the given name or initials
    (`E. H. Van Nes`, `M. Den Toom`) in a list that prints such particles in lower case after
    the initials in at least two other names, and more often than capitalised.

    ## Why is this bad?
    Dutch and German usage writes the particle in lower case after the given name (`E. H. van
    Nes`); a database that capitalises every word prints `Van`. Many bearers capitalise it
    themselves (`C. F. Van Loan`), so this is a hint to check, not a fault.

    ## Example
        1. E. H. van Nes, M. Scheffer, Slow recovery from perturbations. Am. Nat. 169, 738-747
           (2007).
        2. R. M. van Westen, H. A. Dijkstra, Ocean eddies and tipping. Geophys. Res. Lett. 48,
           e2021GL094345 (2021).
        3. M. Den Toom, H. A. Dijkstra, Multiple equilibria. J. Phys. Oceanogr. 44, 1141-1157
           (2014).

    Use instead:
        1. E. H. van Nes, M. Scheffer, Slow recovery from perturbations. Am. Nat. 169, 738-747
           (2007).
        2. R. M. van Westen, H. A. Dijkstra, Ocean eddies and tipping. Geophys. Res. Lett. 48,
           e2021GL094345 (2021).
        3. M. den Toom, H. A. Dijkstra, Multiple equilibria. J. Phys. Oceanogr. 44, 1141-1157
           (2014).

    ## Fix safety
    Unsafe: the bearer may write the capital (`C. F. Van Loan`, many Belgian and American
    names); check the author's own usage.

    ## Limitations
    Silent where the surname comes first (`Van Nes EH`: Dutch usage capitalises the particle
    that opens a name), on Romance particles, and in lists with fewer than two names printing
    a particle in lower case after the initials.
    """
    after = Lower(refs, initials_first=True)
    anywhere = Lower(refs, initials_first=False)
    capital = _capital_names(refs)
    found = [p for ref in refs for p in _capitalised(ref)]
    if anywhere.total <= len(found):
        return  # no habit of lower case: the list's style may capitalise particles
    for particle in found:
        if particle.compound and _warns(particle, anywhere, capital):
            continue  # RL526's
        habit = anywhere if particle.compound else after
        count, listed = habit.count(particle.ref), habit.example(particle.ref)
        if count < _HABIT or listed is None:
            continue
        wanted = _usage(particle)
        yield Diagnostic(
            particle.span,
            f"particle `{particle.printed}` capitalised; the list prints `{listed}` and "
            f"{count - 1} other such names in lower case (`{wanted}`), as "
            + (
                "usage writes a compound's second word"
                if particle.compound
                else "Dutch and German usage writes a particle after the initials"
            )
            + "; check the author's own usage",
            fix=Fix.unsafe(Edit(particle.span, wanted), message="Print the particle in lower case"),
            ref=particle.ref,
        )
