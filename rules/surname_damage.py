"""A surname damaged in one entry, seen without another printing of it: a capital I read or typed
for a lower-case l (RL551, `Carolan-OIah`), and a surname cut down to its particle (RL552, `de P`,
`van ID`).

Both are shapes no name has, in any language: a capital I between a word's capital and its lower
case letters (`OIiveira`; `McIntosh` and `DiMaggio` put lower-case letters first), two capital
I's after lower-case letters (`CasadevaII`), and a particle standing for a whole surname.
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

# `OIah`, `OIiveira` (a word's capital, then I, then lower case); `CasadevaII`, `BeIIo` (two I's
# after lower case): in a name both are the l's of a scan or a font, or a key held down
_CAPITAL_I = pattern(r"(?<![^\s\-'’])[A-Z](I)[a-z]|[a-z](II)(?![A-Z])")
_PARTICLES = frozenset(
    [
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "den",
        "ten",
        "ter",
        "zu",
    ]
)


def _surname_at(ref: Reference, span: Span, family: str) -> int:
    """Where the surname starts in the entry's text (its first printing inside the name)."""
    at = ref.text.find(family, span.start, span.end)
    return span.start if at < 0 else at


@rule(
    code="RL551",
    name="surname-capital-i",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A capital I for a lower-case l inside a surname (`Carolan-OIah`)",
)
def surname_capital_i(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a personal author's surname with a capital I where a lower-case l belongs: after the
    capital that opens the word and before its lower-case letters (`Carolan-OIah`,
    `OIiveira`), or doubled after lower-case letters (`CasadevaII`).

    ## Why is this bad?
    The name is misspelt: an index, a search or a citation count does not find the author.
    The slip comes from text recognised from a scan, or copied from a PDF whose font draws
    `l` and `I` alike.

    ## Example
        1. Carolan-OIah M, Duarte-Gardea M, Lechuga J. A critical review: early life nutrition
           and prenatal programming. Women Birth. 2015;28(4):289-97.

    Use instead:
        1. Carolan-Olah M, Duarte-Gardea M, Lechuga J. A critical review: early life nutrition
           and prenatal programming. Women Birth. 2015;28(4):289-97.

    ## Limitations
    Only the shapes no name has are read: a capital I after a lower-case letter (`McIntosh`,
    `DiIorio`) is a name's own, and a lower-case i or l typed for the other (`Casadevali`)
    is a misspelling only a list of names would show.
    """
    for author in ref.authors:
        if author.is_group or not author.family or author.family.isupper():
            continue
        found = _CAPITAL_I.search(author.family)
        if found is None:
            continue
        group = 1 if found.group(1) else 2
        start = _surname_at(ref, author.span, author.family)
        wanted = (
            author.family[: found.start(group)]
            + "l" * len(found.group(group))
            + author.family[found.end(group) :]
        )
        yield Diagnostic(
            Span(start, start + len(author.family)),
            f"capital I inside the surname `{author.family}`; a lower-case l belongs there "
            f"(`{wanted}`)",
        )


@rule(
    code="RL552",
    name="surname-only-particle",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A surname cut down to its particle (`de P`, `van ID`)",
)
def surname_only_particle(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a personal author printed as a lower-case particle and initials, with no surname
    (`de P` for `de B Harrington P`, `van ID` for `van IJzendoorn D`).

    ## Why is this bad?
    The particle is the start of a surname, not a surname: the name was cut where a reference
    manager or a database misread it, and no reader can tell who the author is.

    ## Example
        1. Li J, Qu L, de P, Harrington B. Functionalized graphene nanocomposites. Electrochim
           Acta. 2014;130:45-52.

    Use instead:
        1. Li J, Qu L, de B Harrington P. Functionalized graphene nanocomposites. Electrochim
           Acta. 2014;130:45-52.

    ## Limitations
    A capitalised particle alone (`Van J`, `De M`) is left alone: it may be a surname
    (`De`, Chinese and Indian; `Van`, Armenian and Vietnamese). So is a particle before more
    than one word, or in an entry printing surnames in capitals (`di TADA M. L.`, where the
    surname in capitals reads as initials).
    """
    capitals = any(a.family and a.family.isupper() for a in ref.authors if not a.is_group)
    for author in ref.authors:
        if author.is_group or not author.initials or author.family not in _PARTICLES:
            continue
        if capitals or len(author.text.split()) != 2:
            continue  # `di TADA M. L.`: a surname in capitals, read as initials
        yield Diagnostic(
            author.span,
            f"`{author.text}` has no surname: `{author.family}` is a surname's particle, the "
            "rest of the name is lost",
        )


# A lone capital among a surname's words: an initial run into it (`Costa J Santos P`).
# Vowels are left alone: `Ortega Y Gasset`, `Casadevall I Solvas` print a conjunction in
# capitals, and a surname may be one letter (`E W`, Weinan E). So is a capital after a particle:
# MEDLINE prints a given name's particle and initial so (`de B Harrington P`), or initials of two
# names after it (`de F C Lichtenfels AJ`, for de Faria Coelho Lichtenfels).
_LONE = pattern(
    r"(?<!\S)(?<!\b(?:da|de|di|do|du) )(?<!\b(?:da|de|di|do|du) [A-Z] )[B-DF-HJ-NP-TV-XZ](?!\S)"
)


@rule(
    code="RL553",
    name="initials-in-surname",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An initial run into a surname (`Costa J Santos P`, `McClelland R L J N B M B M`)",
)
def initials_in_surname(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a personal author whose surname, as printed, holds a lone capital letter among its
    words (`McClelland R L J N B M B M` where the next authors' initials ran into the first
    name, for `McClelland RL, Jorgensen NW, Budoff MJ, Blaha MJ`).

    ## Why is this bad?
    A surname has no one-letter words: the letter is an initial printed in the wrong place, or
    the commas between authors were lost. The author is not found under that name, and a
    list whose commas were lost has lost its other authors too.

    ## Example
        1. McClelland R L J N B M B M. MESA risk score for coronary calcium. J Am Coll
           Cardiol. 2015;66(15):1643-53.

    Use instead:
        1. McClelland RL, Jorgensen NW, Budoff MJ, Blaha MJ. MESA risk score for coronary
           calcium. J Am Coll Cardiol. 2015;66(15):1643-53.

    ## Limitations
    A vowel is left alone (`Ortega Y Gasset`, `Casadevall I Solvas`: a conjunction in
    capitals), and so are MEDLINE's forms of a given name's particle, which indexes print
    (`Fernandes R de CP`, `de B Harrington P`, `de F C Lichtenfels AJ`); where the list prints
    the author otherwise, RL577 compares the two (`de C Meneghim M` against `Meneghim MC`).
    """
    for author in ref.authors:
        family = author.family
        if author.is_group or not family or " " not in family or family.isupper():
            continue
        if family.rsplit(" ", 1)[-1] in _PARTICLES:
            continue  # `Fernandes R de CP`: MEDLINE's form of a given name's particle
        found = _LONE.search(family)
        if found is None:
            continue
        start = _surname_at(ref, author.span, family)
        yield Diagnostic(
            Span(start, start + len(family)),
            f"lone letter `{found.group()}` in the surname `{family}`: an initial run into "
            "the name, or the commas between authors lost",
        )
