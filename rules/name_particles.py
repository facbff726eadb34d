"""A Dutch or German compound particle capitalised against the list's habit (RL526).

`van`, `von`, `den`, `ter` are written in lower case after the given name or initials in Dutch
and German usage (`A. S. von der Heydt`), and a compound particle keeps its second word in lower
case in every country's usage, Belgian included (`Van der Haar F`, `Van den Broeck`): a database
that capitalises each word prints `Von Der Heydt`. Many bearers capitalise a single particle all
the same (`C. F. Van Loan`, `H. Van Langenhove`), so a single capital is left alone. Romance
particles (`De Luca`, `Di Matteo`, `Da Silva`, `Le Roux`, `Du Bois`) are the bearer's own choice
and are never reported.
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


class Particle(NamedTuple):
    """A compound particle with its second word capitalised, in one printed name."""

    ref: Reference
    span: Span  # the particle's words, `Von Der`
    printed: str


def _family_at(ref: Reference, start: int, end: int, family: str) -> int:
    at = ref.text.find(family, start, end)
    return start if at < 0 else at


def _lower(family: str) -> bool:
    """Whether the surname opens with a particle in lower case (`van den Berg`, `de Souza`)."""
    words = family.split()
    return len(words) > 1 and words[0] in _ANY


def _capitalised(ref: Reference) -> Iterator[Particle]:
    """The names of an entry whose compound particle has its second word capitalised (`Von Der
    Heydt`, `Van Den Broeck`), where usage has it in lower case."""
    for author in ref.authors:
        family = author.family
        if author.is_group or not family or not author.initials or family.isupper():
            continue
        words = family.split()
        if not _compound(family.casefold()) or not words[1][0].isupper():
            continue
        start = _family_at(ref, author.span.start, author.span.end, family)
        printed = " ".join(words[:2])
        yield Particle(ref, Span(start, start + len(printed)), printed)


def _usage(particle: Particle) -> str:
    """The particle as the list prints its others: in lower case (`van der`)."""
    return particle.printed.lower()


class Lower:
    """The list's names printing a compound particle in lower case (`van den Berg`), read once:
    a finding asks for one in another entry than its own, which is nearly any."""

    def __init__(self, refs: Sequence[Reference]) -> None:
        self._compounds = [
            (id(ref), author.family)
            for ref in refs
            for author in ref.authors
            if not author.is_group
            and author.initials
            and _lower(author.family)
            and _compound(author.family)
        ]

    def example(self, ref: Reference) -> str | None:
        """One such name of another entry, or None."""
        return next((name for key, name in self._compounds if key != id(ref)), None)


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
    if lower.example(particle.ref) is None:
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
    Unsafe: the fix prints the particle in lower case, as the list prints its others (`van
    der`); a bearer who writes the capitals may be cited so.

    ## Limitations
    Silent in a list that prints no compound particle in lower case (its style may capitalise
    them), on a single capitalised particle (`E. H. Van Nes`: many bearers write the capital,
    `C. F. Van Loan`), on Romance particles (`De La
    Cruz`, `Di Matteo`, `Da Silva`, `Le Roux`), which their bearers capitalise, and on names in
    capitals. A Dutch or Flemish `Van` compound is reported only where no other entry prints a
    particle capitalised (`De Smet`, `Van den Broecke`): Belgian registers keep names such as
    `Van De Velde` as their bearers' own, and such a list may hold them.
    """
    lower = Lower(refs)
    capital = _capital_names(refs)
    for ref in refs:
        for particle in _capitalised(ref):
            if not _warns(particle, lower, capital):
                continue
            listed = lower.example(ref)
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
