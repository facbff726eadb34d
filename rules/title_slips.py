"""Slips of typing a copy editor mends on sight in a title or its locators (RL839-RL841, RL845):
a hyphen spaced on one side (`Nickel- titanium`), a taxon's `nov` without its period (`gen.
nov,`), a page range whose end drops its letter's capital (`C604–c11`), a compound's hyphen lost
(`threedimensional`). Each pattern is one no correct entry, in any style, prints.
"""

from __future__ import annotations

import re
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

from .spelling import FREQUENT, english_words, is_word, reads_as_english

# --- RL839: a hyphen spaced on one side -----------------------------------------------------------

# a word, a hyphen and a space before the next word (`Nickel- titanium`, `Development- Commission`)
_HYPHEN_OPEN = pattern(r"(?<![\w-])([^\W\d_]{2,})-\s+([^\W\d_][\w-]*)")
# a suspended compound (`pre- and post-operative`, `short- to long-term`, `Anglo- or`): right
# (Slavic titles, in Cyrillic or transliterated too: `mono- i binauralnom`, `моно- и`; German's
# `und` shortened, `Dokumentations- u. Informationswesen`)
_SUSPENDED = frozenset(
    "and or to nor und u et ou e y en bis oder versus vs as bzw i ili ta chy lub a do"  # noqa: SIM905
    " и или та і чи до".split()
)


@rule(
    code="RL839",
    name="hyphen-spaced-one-side",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A hyphen in a title spaced on one side, the compound cut (`Nickel- titanium`)",
    fixable=True,
)
def hyphen_spaced_one_side(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a word in a title followed by a hyphen and a space before the next word (`Nickel-
    titanium`, `Development- Commission`). A suspended compound (`pre- and post-operative`,
    `short- to long-term`, `Hoch- und Tiefbau`, `Dokumentations- u. Informationswesen`, `mono- i
    binauralnom`, several in a row: `Korotko-
    sredne- i dlinnolatentnyie`) is right and left alone.

    ## Why is this bad?
    A compound lost its join, or a dash its space: the reader and a search see two words and a
    stray hyphen. A copy editor closes the compound or spaces the dash.

    ## Example
        1. Pruett JP, Clement DJ. Cyclic fatigue testing of Nickel- titanium endodontic
           instruments. J Endod. 1997;23:77-85.

    Use instead:
        1. Pruett JP, Clement DJ. Cyclic fatigue testing of nickel-titanium endodontic
           instruments. J Endod. 1997;23:77-85.

    ## Fix safety
    Unsafe: the space is removed to close the compound; where a dash was meant
    (`Development – Commission`), a space belongs before it instead.
    """
    title = ref.title
    if title is None or "- " not in title.text:
        return
    text = ref.text
    for m in _HYPHEN_OPEN.finditer(text, title.span.start, title.span.end):
        if m.group(2).lower() in _SUSPENDED or m.group(2).endswith("-"):
            continue  # (`Korotko- sredne- i dlinno-`: suspended parts in a row)
        hyphen = m.end(1)
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"hyphen spaced on one side (`{m.group()}`); expected "
            f"`{m.group(1)}-{m.group(2)}`, or a dash spaced on both sides",
            fix=Fix.unsafe(
                Edit(Span(hyphen + 1, m.start(2)), ""),
                message=f"Write `{m.group(1)}-{m.group(2)}`",
            ),
        )


# --- RL840: a taxon's `nov` without its period ----------------------------------------------------

# `gen. nov`, `sp. nov`, `comb. nov`, `stat. nov` followed by a mark or a word, not its period
_NOV = pattern(
    r"\b(?:gen|sp|spec|subsp|comb|fam|ord|stat|nom|var|subgen|sect|tax)\.\s?(nov)(?=\s*[,;:)]|\s+\w)"
)


@rule(
    code="RL840",
    name="taxon-novelty-period-missing",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A new taxon's `nov` without its period (`gen. nov, sp. nov.`)",
    fixable=True,
)
def taxon_novelty_period_missing(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags `nov` (novus, new) after a taxon's rank (`gen.`, `sp.`, `comb.`, `stat.`), in a title
    or after it (where the missing period ended the title the grammar read), printed without its
    period before a comma, a colon, a bracket or the next word (`gen. nov, sp.
    nov.`). At the end of a title, the title's own period is the abbreviation's too, and is left
    alone.

    ## Why is this bad?
    The codes of nomenclature abbreviate `novus` as `nov.`; a title that prints it once with and
    once without its period has lost one, and a copy editor puts it back.

    ## Example
        1. Ozkose E, Thomas BJ. Cyllamyces aberensis gen. nov, sp. nov., a new anaerobic gut
           fungus. Stud Mycol. 2001;45:23-32.

    Use instead:
        1. Ozkose E, Thomas BJ. Cyllamyces aberensis gen. nov., sp. nov., a new anaerobic gut
           fungus. Stud Mycol. 2001;45:23-32.

    ## Fix safety
    Safe: a period is put after `nov`.
    """
    text = ref.text
    start = ref.title.span.start if ref.title is not None else ref.body_start
    if "nov" not in text[start:]:
        return
    # the title and what follows it: a missing period can end the title where the grammar reads
    kept = [f.span for f in (ref.doi, *ref.urls) if f is not None]
    for m in _NOV.finditer(text, start):
        if any(s.start <= m.start() < s.end for s in kept):
            continue
        end = m.end(1)
        yield Diagnostic(
            Span(m.start(), end),
            f"`{m.group()}` without its period; expected `{m.group()}.`",
            fix=Fix.safe(Edit(Span(end, end), "."), message=f"Write `{m.group()}.`"),
        )


# --- RL841: a page range's end with its letter in lower case --------------------------------------

_LETTERED = pattern(r"(?P<a>[A-Za-z])(?P<first>\d+)\s?[-‐‑–—]\s?(?P<b>[A-Za-z])(?P<last>\d+)")


@rule(
    code="RL841",
    name="page-letter-case-differs",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A page range whose two ends print their letter in two cases (`C604–c11`)",
    fixable=True,
)
def page_letter_case_differs(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a page range whose two pages carry the same letter in two cases (`C604–c11`,
    `e101–E110`): an electronic page's or a section's letter is one letter, printed alike on both.

    ## Why is this bad?
    The letter is part of the page's number (`C604` is page 604 of the journal's cell section);
    a lower-case letter on one end is a slip of typing or of a reference manager's case change.

    ## Example
        1. Ogasawara R, Fujita S. Resistance exercise activates mTORC1 in rat skeletal muscle.
           Am J Physiol Cell Physiol. 2014;306(6):C604–c11.

    Use instead:
        1. Ogasawara R, Fujita S. Resistance exercise activates mTORC1 in rat skeletal muscle.
           Am J Physiol Cell Physiol. 2014;306(6):C604–C611.

    ## Fix safety
    Safe: the end's letter takes the case of the start's.
    """
    pages = ref.pages
    if pages is None or not pages.is_range:
        return
    m = _LETTERED.fullmatch(ref.text, pages.span.start, pages.span.end)
    if m is None:
        return
    a, b = m.group("a"), m.group("b")
    if a == b or a.lower() != b.lower():
        return
    at = m.start("b")
    printed = m.group()
    wanted = printed[: at - m.start()] + a + printed[at - m.start() + 1 :]
    yield Diagnostic(
        Span(m.start(), m.end()),
        f"page range prints its letter in two cases (`{printed}`); expected `{wanted}`",
        fix=Fix.safe(Edit(Span(at, at + 1), a), message=f"Write `{wanted}`"),
    )


# --- RL845: a compound's hyphen lost --------------------------------------------------------------

# The first words of compounds English always hyphenates before an adjective or noun
# (`three-dimensional`, `half-life`); `self` and `cross` science also writes solid (RL550's
# prefixes: `selfassembly`, `crosslinking`)
_HEADS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "twenty", "hundred", "thousand", "half",
)  # fmt: skip
_GLUED = pattern(
    r"(?<![\w'’-])(?P<head>" + "|".join(_HEADS) + r")(?P<rest>[a-z]{6,})(?![\w'’-])", re.I
)


@rule(
    code="RL845",
    name="compound-hyphen-lost",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A compound's hyphen lost in a title (`threedimensional`, `twodimensional`)",
    fixable=True,
)
def compound_hyphen_lost(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a word of an English title that is a number or `half` run into a common English word
    of six letters or more (`threedimensional`, `twodimensional`, `halfmaximal`) and is no word
    itself: English writes these compounds with a hyphen. A solid word the dictionary knows
    (`twofold`, `onetime`, `halfway`) and a title not in English are left alone.

    ## Why is this bad?
    The hyphen was lost in typing or in a reference manager's import; the reader stumbles, and a
    search for the term misses the title.

    ## Example
        1. Peters OA. Effects of root canal preparation on canal geometry assessed by
           threedimensional imaging. J Endod. 2001;27:1-6.

    Use instead:
        1. Peters OA. Effects of root canal preparation on canal geometry assessed by
           three-dimensional imaging. J Endod. 2001;27:1-6.

    ## Fix safety
    Unsafe: a hyphen is put between the two words; a coined name may be written solid.
    """
    title = ref.title
    if title is None:
        return
    glued = list(_GLUED.finditer(title.text))
    if not glued:
        return  # most titles: the dictionary is not even read
    words = english_words()
    found = []
    for m in glued:
        word, rest = m.group(), m.group("rest").lower()
        if word[1:] != word[1:].lower() or is_word(word.lower(), words):
            continue
        if words.get(rest, 0) >= FREQUENT or is_word(rest, words):
            found.append(m)
    if not found or not reads_as_english(title.text, words):
        return
    for m in found:
        at = title.span.start + m.start("rest")
        wanted = f"{m.group('head')}-{m.group('rest')}"
        yield Diagnostic(
            Span(title.span.start + m.start(), title.span.start + m.end()),
            f"`{m.group()}` lost its hyphen; expected `{wanted}`",
            fix=Fix.unsafe(Edit(Span(at, at), "-"), message=f"Write `{wanted}`"),
        )
