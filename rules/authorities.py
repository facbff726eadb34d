"""Linnaeus's authority or a rank without its period after a binomial (RL853): `Rosmarinus
officinalis L` for `Rosmarinus officinalis L.`, `Sitophilus oryzae (L)` for `(L.)`, `Ferulago
angulata subsp carduchorum` for `subsp.`.

Botany and zoology name the author of a species after its binomial, abbreviated by fixed
standards: Linnaeus, the author of more names than anyone, is `L.` in every one of them (IPNI's
standard form; zoology's usage). A capital L alone after a genus and its epithet is that
abbreviation, and the period is part of it; a title that lost it reads as if a letter were a word.
The ranks below the species are abbreviated with their period too (`subsp.`, `ssp.`, `var.`).
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

from .spelling import _FOREIGN, _TOKEN
from .title_capitals import epithet

# a genus, its epithet (`assa-foetida` hyphened) and a lone `L` without its period, in brackets
# of its own (`(L)`) or before a word of the title (`L essential oil`)
_BARE_L = pattern(
    r"(?<![\w.-])[A-Z][a-z]+\s+(?P<epithet>[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:\((?P<l>L)\)|(?P<l2>L)(?=\s+[a-z]))"
)


# a binomial, then a rank below the species without its period, then the name of that rank
_BARE_RANK = pattern(
    r"(?<![\w.-])[A-Z][a-z]+\s+(?P<epithet>[a-z]+(?:-[a-z]+)?)\s+(?P<rank>subsp|ssp|var)"
    r"\s+(?P<name>[a-z]+)"
)
_RANKS = (" subsp ", " ssp ", " var ")
FOREIGN_WORDS = 2  # little words of other languages (`de`, `la`, `des`) that make a title foreign


@rule(
    code="RL853",
    name="taxon-abbreviation-period",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Linnaeus's `L` or a rank (`subsp`, `var`) after a binomial without its period",
    fixable=True,
)
def authority_period_missing(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a capital `L` alone after a genus and its species epithet in an English title, with no
    period, where a word of the title goes on after it (`Rosmarinus officinalis L essential
    oil`) or it stands alone in brackets (`Sitophilus oryzae (L)`): Linnaeus's authority, whose
    standard abbreviation is `L.` in botany and zoology alike. There the letter reads as a stray
    word of the title; before a bracket that closes the name (`(Arachis hypogaea L)`) or the
    title's stop, the mark sets it off, and it is left alone. The word after the genus
    must read as an epithet (a Latin word no English dictionary knows, `officinalis`,
    `assa-foetida`), so `Vitamin D and L` or `Type A and L` pass. Also flags a rank below the
    species printed without its period between a binomial and the name of its rank
    (`Ferulago angulata subsp carduchorum`, `Brassica oleracea var capitata`).

    ## Why is this bad?
    The period marks the abbreviation; without it the authority reads as a stray letter, and a
    reader or an index takes it for part of the title's words.

    ## Example
        1. Kim S, Lee J. Rosmarinus officinalis L essential oil against food pathogens. Food
           Control. 2015;48:1-9.

    Use instead:
        1. Kim S, Lee J. Rosmarinus officinalis L. essential oil against food pathogens. Food
           Control. 2015;48:1-9.

    ## Fix safety
    Safe: only the period is added.
    """
    title = ref.title
    if title is None:
        return
    ranks = any(rank in title.text for rank in _RANKS)
    if not ranks and " L" not in title.text and "(L" not in title.text:
        return  # most titles: no lone capital L, no rank
    if sum(w.lower() in _FOREIGN for w in _TOKEN.findall(title.text)) >= FOREIGN_WORDS:
        return  # a title in another language (`de la Salvia officinalis L cueillie`)
    for m in _BARE_L.finditer(title.text):
        if not epithet(m.group("epithet").rsplit("-", 1)[-1]):
            continue
        letter = "l" if m.group("l") else "l2"
        at = title.span.start + m.end(letter)
        printed = title.text[m.start("epithet") : m.end()]
        yield Diagnostic(
            Span(at - 1, at),
            f"Linnaeus's authority `L` lacks its period (`{printed}`); expected `L.`",
            fix=Fix.safe(Edit(Span(at, at), "."), message="Write `L.`"),
        )
    for m in _BARE_RANK.finditer(title.text) if ranks else ():
        if not (epithet(m.group("epithet").rsplit("-", 1)[-1]) and epithet(m.group("name"))):
            continue
        rank = m.group("rank")
        at = title.span.start + m.end("rank")
        yield Diagnostic(
            Span(at - len(rank), at),
            f"the rank `{rank}` lacks its period (`{title.text[m.start('epithet') : m.end()]}`); "
            f"expected `{rank}.`",
            fix=Fix.safe(Edit(Span(at, at), "."), message=f"Write `{rank}.`"),
        )
