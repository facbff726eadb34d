"""Elements run together, printed twice or misspelt (RL416, RL506, RL544, RL545, RL549): a year
glued to the word before it, a year or a supplement printed twice, a DOI cut by a space, a
misspelt word of the bibliographic apparatus (`Prooceedings`). Each is a copy editor's fix on an
entry that still reads; each pattern is narrow enough that a right entry never matches it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

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

_YEAR = r"(?:1[5-9]|20)\d\d"
# Letters, then a year with nothing between, ending an element: a state or country code after a
# comma (`Silver Spring, MD2015`) or a word (`Press2015`); not an acronym (`COVID2019`).
_GLUED_YEAR = pattern(
    r"(?<![\w/.@%&=?#-])((?<=, )[A-Z]{2}|[A-Z]?[a-z]{2,})(" + _YEAR + r")(?=[\s.,;\[\]]|$)"
)


def _kept(ref: Reference) -> list[Span]:
    """Spans of links and identifiers, whose text no format rule reads."""
    return [f.span for f in (ref.doi, *ref.urls, ref.pmid) if f is not None]


def _inside(spans: list[Span], at: int) -> bool:
    return any(s.start <= at < s.end for s in spans)


_LONE_YEAR = pattern(r"(?<![\w/.-])" + _YEAR + r"(?![\w/-])")


def _has_year(ref: Reference, kept: list[Span]) -> bool:
    """Whether the entry prints a year standing alone outside its links and access note."""
    skip = kept + ([ref.access_note.span] if ref.access_note is not None else [])
    return any(not _inside(skip, m.start()) for m in _LONE_YEAR.finditer(ref.text, ref.body_start))


@rule(
    code="RL544",
    name="year-run-into-word",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A year run into the word before it (`Silver Spring, MD2015`)",
    fixable=True,
)
def year_run_into_word(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a year printed straight after a word with no space or mark between
    (`Silver Spring, MD2015`, `Oxford University Press2015`), in an entry where no year could be
    read otherwise (none stands alone outside its links and access note): the publisher, or the
    mark before the year, was lost.

    ## Why is this bad?
    The entry has no date any reader or program can find, and usually lost the element between
    the place and the year too (`Silver Spring, MD: FDA; 2015`).

    ## Example
        1. Food and Drug Administration. Compliance check inspections [Internet]. Silver Spring,
           MD2015 [cited 2026 Nov 1]. Available from: https://example.org/inspections

    Use instead:
        1. Food and Drug Administration. Compliance check inspections [Internet]. Silver Spring,
           MD: FDA; 2015 [cited 2026 Nov 1]. Available from: https://example.org/inspections

    ## Fix safety
    Unsafe: a space is put before the year; the publisher that may have been lost is not.

    ## Limitations
    Entries with a year elsewhere are not checked, so that names with a year in them
    (`Horizon2020`, `CVPR2019`) are left alone.
    """
    kept = _kept(ref)
    if ref.date is not None or _has_year(ref, kept):
        return
    for m in _GLUED_YEAR.finditer(ref.text, ref.body_start):
        if _inside(kept, m.start()):
            continue
        at = m.start(2)
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"year `{m.group(2)}` run into `{m.group(1)}` with no space or mark; the entry has "
            "no year otherwise (expected `Place: Publisher; Year`)",
            fix=Fix.unsafe(Edit(Span(at, at), " "), message="Put a space before the year"),
        )
        return


_SUPPL = r"Suppl(?:ement|\.)?"
_SUPPLEMENT_TWICE = pattern(
    r"\b" + _SUPPL + r"\s*(?P<n>[A-Za-z]?\d{1,4}|[A-Z])\s*(?P<repeat>\(\s*" + _SUPPL + r"\s*"
    r"(?P=n)\s*\))",
    re.I,
)


@rule(
    code="RL545",
    name="supplement-repeated",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A supplement printed twice (`38 Suppl 1(Suppl 1)`)",
    fixable=True,
)
def supplement_repeated(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a supplement printed twice in a row, once as the volume's and once as its issue
    (`2022;38 Suppl 1(Suppl 1):e00125421`).

    ## Why is this bad?
    It is a reference manager's export of the same field twice; readers take the second for an
    issue number that does not exist.

    ## Example
        1. Malta DC, Gomes CS. Inequalities in health care. Cad Saude Publica.
           2022;38 Suppl 1(Suppl 1):e00125421.

    Use instead:
        1. Malta DC, Gomes CS. Inequalities in health care. Cad Saude Publica.
           2022;38 Suppl 1:e00125421.

    ## Fix safety
    Safe: the bracketed repetition is removed.
    """
    if "uppl" not in ref.text.lower():
        return  # a cheap first look
    kept = _kept(ref)
    for m in _SUPPLEMENT_TWICE.finditer(ref.text, ref.body_start):
        if _inside(kept, m.start()):
            continue
        first = ref.text[m.start() : m.start("repeat")].rstrip()
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"supplement printed twice (`{m.group()}`); expected `{first}`",
            fix=Fix.safe(
                Edit(Span(m.start("repeat"), m.end("repeat")), ""), message="Remove the repetition"
            ),
        )


# A year that opens an element (after a period or comma and a space), then the same year again
# after a period or comma, closing its sentence or before a word: `Journal. 2019. 2019. Т. 5`,
# `Journal, 2019, 2019, vol. 5`; not a volume that is the year (`2019, 2019, 45`, `2019;2019(5)`)
# nor a conference's year before its date (`Proc. ICML 2019. 2019.`)
_YEAR_TWICE = pattern(
    rf"[.,]\s(?P<year>{_YEAR}[a-z]?)(?P<repeat>[.,]\s+(?P=year))(?=\.(?:\s|$)|,\s+[^\W\d])"
)


@rule(
    code="RL506",
    name="year-repeated",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A year printed twice in a row (`Journal. 2019. 2019.`)",
    fixable=True,
)
def year_repeated(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags the year printed twice in a row, each time as an element of its own (`2019. 2019.`,
    `2019, 2019, vol. 5`).

    ## Why is this bad?
    It is an edit left half done or a field exported twice; a reader takes the second for a
    volume or a second date.

    ## Example
        1. Иванов И. И. Заглавие статьи // Вопросы психологии. 2019. 2019. Т. 5, № 2. С. 10–20.

    Use instead:
        1. Иванов И. И. Заглавие статьи // Вопросы психологии. 2019. Т. 5, № 2. С. 10–20.

    ## Fix safety
    Safe: the second year and the mark before it are removed.
    """
    kept = _kept(ref)
    for m in _YEAR_TWICE.finditer(ref.text, ref.body_start):
        if _inside(kept, m.start("year")):
            continue
        yield Diagnostic(
            Span(m.start("year"), m.end()),
            f"year printed twice (`{m.group()[2:]}`); expected `{m['year']}`",
            fix=Fix.safe(
                Edit(Span(m.start("repeat"), m.end("repeat")), ""), message="Remove the repetition"
            ),
        )


# What follows a DOI cut by a space: an optional mark the grammar left out, a space, and a run of
# text no word has, the SICI of an old Wiley DOI (`3<335::AID-SIM336>3.0.CO;2-Z`) or its
# percent-escaped brackets (`%3C`, `%3E`).
_CUT_REST = pattern(r"([:;/.(-]?)\s(\S*(?:%3[CE]|::|<|>|\.CO;2-)\S*)", re.I)


@rule(
    code="RL416",
    name="doi-cut-by-space",
    category=Category.IDENTIFIER,
    severity=Severity.ERROR,
    summary="A DOI cut in two by a space (`...19: 3%3C335::AID-SIM336%3E3.0.CO;2-Z`)",
    fixable=True,
)
def doi_cut_by_space(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a DOI cut in two by a space, where the text after the space is plainly the rest of it:
    the SICI of an old Wiley DOI (`3<335::AID-SIM336>3.0.CO;2-Z`), often with its angle brackets
    percent-escaped (`%3C`, `%3E`), and offers the whole DOI with its brackets.

    ## Why is this bad?
    The DOI as printed is only its first half: it resolves to nothing, and so does the link.

    ## Example
        1. Kim HJ, Fay MP. Permutation tests for joinpoint regression. Stat Med.
           2000;19(3):335-51. https://doi.org/10.1002/(SICI)1097-0258(20000215)19:
           3%3C335::AID-SIM336%3E3.0.CO;2-Z

    Use instead:
        1. Kim HJ, Fay MP. Permutation tests for joinpoint regression. Stat Med.
           2000;19(3):335-51.
           https://doi.org/10.1002/(SICI)1097-0258(20000215)19:3<335::AID-SIM336>3.0.CO;2-Z

    ## Fix safety
    Unsafe: the space is closed and the escapes written as brackets; check the DOI against the
    publisher's page.
    """
    if ref.doi is None:
        return
    m = _CUT_REST.match(ref.text, ref.doi.span.end)
    if m is None:
        return
    rest = m.group(2).rstrip(".")
    whole = ref.doi.text + m.group(1) + unquote(rest)
    end = m.start(2) + len(rest)
    yield Diagnostic(
        Span(ref.doi.span.start, end),
        f"DOI cut by a space: `{ref.text[ref.doi.span.start : end]}` is one DOI; "
        f"expected `{whole}`",
        fix=Fix.unsafe(
            Edit(Span(ref.doi.span.start, end), whole), message=f"Write the DOI `{whole}`"
        ),
    )


# The words reference lists are built from, long enough that a slip in them is plain.
_VOCABULARY = (
    "proceedings",
    "journal",
    "international",
    "conference",
    "university",
    "symposium",
    "workshop",
    "transactions",
    "association",
    "society",
    "department",
    "research",
    "annual",
    "press",
    "publishers",
    "publishing",
    "editors",
    "edition",
    "available",
    "accessed",
    "congress",
    "institute",
    "national",
    "review",
    "science",
    "sciences",
    "technology",
    "engineering",
    "medicine",
    "statistics",
    "computer",
    "bulletin",
    "quarterly",
)


def _slips(word: str) -> dict[str, str]:
    """Every form of `word` with one letter doubled or two neighbours swapped, mapped to it."""
    forms = {}
    for i in range(len(word)):
        forms[word[: i + 1] + word[i] + word[i + 1 :]] = word
        if i + 1 < len(word) and word[i] != word[i + 1]:
            forms[word[:i] + word[i + 1] + word[i] + word[i + 2 :]] = word
    forms.pop(word, None)
    return forms


_WORDS_OF_THEIR_OWN = {"journaal"}  # Dutch: a news bulletin
_SLIPS = {
    slip: word
    for word in _VOCABULARY
    for slip, word in _slips(word).items()
    if slip not in _WORDS_OF_THEIR_OWN
}
_LETTERS = pattern(r"[A-Za-z]{5,}")
_JOINED = frozenset("/.@-_")  # a word joined to these is part of a link, an address or a name


@rule(
    code="RL549",
    name="misspelt-bibliographic-word",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A misspelt word of a reference's apparatus (`Prooceedings`, `Jounral`)",
    fixable=True,
)
def misspelt_bibliographic_word(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a word that is one of the words reference lists are built from (`Proceedings`,
    `Journal`, `International`, `Conference`, `University`, `Press`...) with a letter doubled or
    two letters swapped: `Prooceedings`, `Jounral`, `Universtiy`.

    ## Why is this bad?
    It is a typing slip, printed as it stands; a reader searching for the proceedings or the
    journal does not find them.

    ## Example
        1. Baek J, Newmarch J. A survey of identity-based cryptography. In: Prooceedings of the
           Australian Unix Users Group Annual Conference; 2004. p. 95-102.

    Use instead:
        1. Baek J, Newmarch J. A survey of identity-based cryptography. In: Proceedings of the
           Australian Unix Users Group Annual Conference; 2004. p. 95-102.

    ## Fix safety
    Safe: the word is written as it is spelt, in the slip's case.

    ## Limitations
    Only slips of one doubled letter or two swapped neighbours are found: another language's
    form of the word (`Jornal`, `Internacional`, `Universität`) is never one of them.
    """
    text = ref.text
    for m in _LETTERS.finditer(text, ref.body_start):
        word = m.group()
        right = _SLIPS.get(word.lower())
        if right is None:
            continue
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if before.isalnum() or after.isalnum() or before in _JOINED or after in "/@-_":
            continue
        if _inside(_kept(ref), m.start()):
            continue
        if word.isupper():
            wanted = right.upper()
        elif word[0].isupper():
            wanted = right.capitalize()
        else:
            wanted = right
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"`{word}` is misspelt; expected `{wanted}`",
            fix=Fix.safe(Edit(Span(m.start(), m.end()), wanted), message=f"Write `{wanted}`"),
        )
