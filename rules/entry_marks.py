"""Marks and numbers a copy editor mends in any style (RL557, RL558, RL567): a version number run
into its word (`Version4.0`) or a letter typed for a digit (`nsPl` beside `nsP3`), a parenthesis or
bracket opened and never closed (`W. Slattery, (Los Alamos report, 1990 (unpublished).`), a volume
printed with a leading zero (`2018, 09, 303-310`) or cut from its journal's section letter by a
comma (`Philos. Trans. R. Soc., A 372`).

Most do not depend on the list's style: no style spells `Version4.0`, leaves a bracket open or
numbers a volume `09`. The letter for a digit is read only against the terms the list itself
numbers, and the section letter only against the list's own bare ones, in the styles that print
them bare. Links and identifiers, whose text is not the list's, are never read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

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
    pattern,
    rule,
)

from .access_date import closes_volume_page_year

# the shortest stem of a numbered term (`IL-`, `nsP`)
MIN_STEM = 2


def _kept(ref: Reference) -> list[Span]:
    """Spans of links and identifiers: their marks belong to an address, not to the entry."""
    return [f.span for f in (ref.doi, *ref.urls, ref.pmid, ref.arxiv) if f is not None]


def _inside(spans: list[Span], at: int) -> bool:
    return any(s.start <= at < s.end for s in spans)


# --- RL557: a number misprinted: run into its word, or a letter for its digit -------------------

# a word that is followed by its number, and the number with nothing between (`Version4.0`,
# `release2`, `Part3`, an article's `Article3`, but not after a volume's colon, `4:Article17`, as
# PubMed prints some journals' locators and Citing Medicine copies them); a letter after the
# digits makes a name (`Phase3D`, `Part2B`)
_ANNOUNCED = pattern(
    r"(?<![\w/.@#=?&-])(?<!\d:)(?<!\d:\s)"
    r"(?P<word>[Vv]ersion|[Rr]elease|[Rr]evision|Part|Chapter|Phase|Stage|Article)"
    r"(?P<number>\d+(?:\.\d+)*)(?![\w/@-]|\.\w)"
    # (and a chapter's page range run into its publisher's house word: `Continuum Press23–40`)
    r"|(?<=[a-z]\s)(?P<house>Press|Publishers|Verlag|Books)(?P<pages>\d{1,5}[-–]\d{1,5})(?![\w/@-])"
)
_ANNOUNCING = ("ersion", "elease", "evision", "Part", "Chapter", "Phase", "Stage", "Article")
_HOUSES = ("Press", "Publishers", "Verlag", "Books")
# a term numbered by a digit or two after a capital or a hyphen (`nsP3`, `IL-6`, `COX-2`): its
# stem, at least two characters, so that an element's symbol (`Al`, `Cl`, `Tl`) is no stem
_NUMBERED = pattern(
    r"(?<![\w-])(?P<stem>[A-Za-z][A-Za-z]*-?(?<=[A-Z-]))(?P<digit>\d{1,2})(?![\w-])"
)
# the same stem with a lower-case `l` for the digit 1 (`nsPl`, `IL-l`)
_LETTER_ONE = pattern(r"(?<![\w-])(?P<stem>[A-Za-z][A-Za-z]*-?(?<=[A-Z-]))l(?![\w-])")
# what every `_LETTER_ONE` match ends with: a capital or a hyphen, then the `l` closing a word
_LETTER_ONE_END = pattern(r"[A-Z-]l(?![\w-])")


def _run_in(ref: Reference, kept: list[Span]) -> Iterator[Diagnostic]:
    if not any(word in ref.text for word in (*_ANNOUNCING, *_HOUSES)):
        return  # (most entries: none of the words `_ANNOUNCED` begins with)
    for m in _ANNOUNCED.finditer(ref.text, ref.body_start):
        if _inside(kept, m.start()):
            continue
        if m.group("house"):  # (where the pages go is the list's to say: no fix)
            yield Diagnostic(
                Span(m.start(), m.end()),
                f"the pages `{m.group('pages')}` run into the publisher's `{m.group('house')}` "
                f"with no space or mark (`{m.group()}`)",
                ref=ref,
            )
            continue
        at = m.start("number")
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"no space between `{m.group('word')}` and its number in `{m.group()}`",
            fix=Fix.safe(Edit(Span(at, at), " "), message="Put a space before the number"),
            ref=ref,
        )


def _numbered_stems(refs: Sequence[Reference]) -> dict[str, list[str]]:
    """The stems the list numbers (`nsP` of `nsP3`), with the terms that show it."""
    stems: dict[str, list[str]] = {}
    for ref in refs:
        kept = _kept(ref)
        for m in _NUMBERED.finditer(ref.text, ref.body_start):
            if len(m.group("stem")) >= MIN_STEM and not _inside(kept, m.start()):
                terms = stems.setdefault(m.group("stem"), [])
                if m.group() not in terms:
                    terms.append(m.group())
    return stems


@list_rule(
    code="RL557",
    name="number-misprinted",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A number run into its word (`Version4.0`), or a letter for its digit (`nsPl`)",
    fixable=True,
)
def number_misprinted(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a number run into the word that announces it, with no space between: `Version4.0`,
    `release2`, `Revision3`, `Part2`, `Chapter5`, `Phase3`, `Stage4`, an article number's
    `Article3` (not after a Vancouver volume's colon, `4:Article17`, PubMed's own form of some
    journals' locators), and a chapter's pages run into its publisher's house word (`Continuum
    Press23–40`, with no fix). A word joined to the
    number by anything else (`Phase3D`, `version-2`, `Part2B`) is left alone: those are names.

    Also flags a lower-case `l` printed for the digit 1 at the end of a term the list numbers
    elsewhere (`nsPl` where the list writes `nsP3` and `nsP4`, `IL-l` beside `IL-6`): the stem
    must end in a capital or a hyphen and be two characters long at least, so that an element's
    symbol (`Cl`, `Al`) is never read as one. Links and identifiers are never read.

    ## Why is this bad?
    The space was lost, or a letter typed for a digit, when the title was typed, scanned or
    exported; the word and its number are two words in every style, and `nsPl` names no
    protein.

    ## Example
        1. Biggerstaff BJ. PooledInfRate, Version4.0: a Microsoft Office add-in to compute
           prevalence estimates from pooled samples. Fort Collins (CO): CDC; 2009.

    Use instead:
        1. Biggerstaff BJ. PooledInfRate, Version 4.0: a Microsoft Office add-in to compute
           prevalence estimates from pooled samples. Fort Collins (CO): CDC; 2009.

    ## Fix safety
    Safe for a space put between the word and its number. Unsafe for the digit put for the
    letter: the list's other terms make it likely, not certain.
    """
    stems: dict[str, list[str]] | None = None  # learnt once an entry may need them
    for ref in refs:
        kept = _kept(ref)
        yield from _run_in(ref, kept)
        if not _LETTER_ONE_END.search(ref.text, ref.body_start):
            continue  # most entries: the long pattern could only fail
        if stems is None:
            stems = _numbered_stems(refs)
        for m in _LETTER_ONE.finditer(ref.text, ref.body_start):
            terms = stems.get(m.group("stem"))
            if terms is None or _inside(kept, m.start()):
                continue
            shown = ", ".join(f"`{t}`" for t in terms[:3])
            at = m.end() - 1
            yield Diagnostic(
                Span(m.start(), m.end()),
                f"`{m.group()}`: a letter `l` for the digit 1? the list numbers this term "
                f"elsewhere ({shown}); expected `{m.group('stem')}1`",
                fix=Fix.unsafe(Edit(Span(at, at + 1), "1"), message="Write the digit 1"),
                ref=ref,
            )


# --- RL558: a bracket opened and never closed ---------------------------------------------------

_PAIRS = {"(": ")", "[": "]"}
_CLOSERS = {")": "(", "]": "["}
_BRACKETS = pattern(r"[()\[\]]")  # every mark of `_PAIRS` and `_CLOSERS`


def _unclosed(ref: Reference) -> int | None:
    """Where the entry opens a parenthesis or bracket that nothing closes, or None. A closing
    mark with no opening one (`1)`, `a) and b)`: an enumeration) is left to its writer, and an
    entry whose marks cross (`[0, 1)`, `(a]`) is not judged: an interval, or damage of another
    kind."""
    kept = _kept(ref)
    last = len(ref.text.rstrip(" .,;:"))  # an opening mark at the very end closes nothing
    stack: list[tuple[str, int]] = []
    for mark in _BRACKETS.finditer(ref.text, ref.body_start):  # the marks alone, not every letter
        at, char = mark.start(), mark.group()
        if _inside(kept, at):
            continue
        if char in _PAIRS:
            if stack and stack[-1][0] == char and at + 1 >= last:
                stack.pop()  # `[In Portuguese[.`: a closing mark misprinted as an opening one
                continue
            stack.append((char, at))
        elif stack and stack[-1][0] == _CLOSERS[char]:
            stack.pop()
        elif stack:
            return None  # marks that cross: an interval (`[0, 1)`), or damage of another kind
    return stack[0][1] if stack else None


@rule(
    code="RL558",
    name="bracket-not-closed",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A parenthesis or bracket opened and never closed (`Slattery, (Los Alamos report`)",
)
def bracket_not_closed(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a parenthesis or square bracket that the entry opens and never closes, outside its
    links and identifiers (`G. Straub and W. Slattery, (Los Alamos National Laboratory report,
    1990 (unpublished).`). A closing mark with no opening one is not flagged: enumerations in
    titles (`a) and b)`) print one alone.

    ## Why is this bad?
    Either the opening mark is stray or the text that closed it was lost; a reader cannot tell
    where the bracketed element ends, and neither can a program that reads the entry.

    ## Example
        [1] G. Straub and W. Slattery, (Los Alamos National Laboratory report, 1990
            (unpublished).

    Use instead:
        [1] G. Straub and W. Slattery, Los Alamos National Laboratory report, 1990
            (unpublished).
    """
    at = _unclosed(ref)
    if at is None:
        return
    mark = ref.text[at]
    what = "parenthesis" if mark == "(" else "bracket"
    yield Diagnostic(
        Span(at, at + 1),
        f"`{mark}` opens a {what} that is never closed: remove it or close it where the "
        f"element ends (`{_PAIRS[mark]}`)",
    )


# --- RL567: a volume misprinted: padded with a zero, or a section letter cut off ----------------

_LEADING_ZERO = pattern(r"0+(?=\d)")
# the most digits a padded volume has (`09`, `012`, `0045`)
MAX_VOLUME_DIGITS = 4
# a journal's section letter before its volume, set off by a comma (`Philos. Trans. R. Soc., A
# 372,`) or not (`Phys. Rev. B 89,`), after an abbreviated word
_SECTION = pattern(r"(?<=[a-z]\.)(?P<comma>,?) (?P<letter>[A-Z]) (?P<volume>\d+),")
# bare section letters a list prints before it holds a comma'd one to them
MIN_BARE_SECTIONS = 2


def _padded(ref: Reference) -> Diagnostic | None:
    volume = ref.volume
    if volume is None or not volume.text.isdigit() or len(volume.text) > MAX_VOLUME_DIGITS:
        return None  # a long run of digits is some other number (a piece of a DOI) in its place
    zeros = _LEADING_ZERO.match(volume.text)
    if zeros is None:
        return None
    start = volume.span.start
    return Diagnostic(
        volume.span,
        f"volume `{volume.text}` printed with a leading zero; expected "
        f"`{volume.text[zeros.end() :]}`",
        fix=Fix.safe(Edit(Span(start, start + zeros.end()), ""), message="Remove the zero"),
        ref=ref,
    )


_MIN_BARE_ISSUES = 3  # issues below ten a list prints without a zero before it holds one to them


def _padded_issues(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Issues below ten padded with a zero (`16(03)`) where the list's others print none (`(4)`,
    `(9)`), three to one at least: a journal that numbers its issues `(02)` pads them all."""
    small = [
        ref
        for ref in refs
        if ref.issue is not None and ref.issue.text.isdigit() and int(ref.issue.text) < 10
    ]
    # `(0)` is a placeholder, not a padded issue: a zero counts only before another digit
    padded = [ref for ref in small if ref.issue is not None and _LEADING_ZERO.match(ref.issue.text)]
    bare = len(small) - len(padded)
    if not padded or bare < _MIN_BARE_ISSUES or len(padded) * _MIN_BARE_ISSUES > bare:
        return
    for ref in padded:
        assert ref.issue is not None
        issue = ref.issue
        zeros = _LEADING_ZERO.match(issue.text)
        assert zeros is not None
        start = issue.span.start
        yield Diagnostic(
            issue.span,
            f"issue `{issue.text}` printed with a leading zero, where {bare} of the list's "
            f"issues below ten print none; expected `{issue.text[zeros.end() :]}`",
            fix=Fix.safe(Edit(Span(start, start + zeros.end()), ""), message="Remove the zero"),
            ref=ref,
        )


def _sections(refs: Sequence[Reference]) -> list[tuple[Reference, re.Match[str]]]:
    """The section letters cut off by a comma in a list set in the physical sciences' `Volume,
    page (Year).` (APS, AIP, Nature), where the list prints its other section letters bare:
    CASSI's `Soc., A` is ACS's own form, and ACS closes its articles `Year, Volume, pages.`."""
    if not closes_volume_page_year(refs):
        return []
    found = [(ref, m) for ref in refs for m in _SECTION.finditer(ref.text, ref.body_start)]
    cut = [(ref, m) for ref, m in found if m.group("comma")]
    bare = len(found) - len(cut)
    return cut if bare >= MIN_BARE_SECTIONS and bare > len(cut) else []


@list_rule(
    code="RL567",
    name="volume-misprinted",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A volume padded with a zero (`09`), or cut from its section letter (`Soc., A 372`)",
    fixable=True,
)
def volume_misprinted(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a volume number printed with a leading zero (`Am. J. Anal. Chem. 2018, 09,
    303-310`), as a publisher's web page or a database's export may pad it. An issue is flagged
    so only where the list's other issues below ten print no zero, three to one at least
    (`16(03)` among `(4)`, `(9)`): some journals number their issues `(02)` themselves.

    Also flags, in a list whose journal articles close with `Volume, page (Year).` (APS, AIP,
    Nature), a comma between a journal and the section letter before its volume (`Philos.
    Trans. R. Soc., A 372, 20130076 (2014).`) where the list prints its other section letters
    bare (`Phys. Rev. B 89, 224109`), twice at least and more often than with the comma. ACS
    lists, which print CASSI's `Philos. Trans. R. Soc., A` and close `Year, Volume, pages.`,
    are not read.

    ## Why is this bad?
    No journal numbers its volumes `09`; the zero is padding from the source the entry was
    copied from. A comma before the section letter makes the letter read as part of the volume
    (`A 372`) rather than of the journal's name, against the list's own form.

    ## Example
        1. Hospodarova V, Stevulova N. Characterization of cellulosic fibers by FTIR
           spectroscopy. Am J Anal Chem. 2018;09:303-10.

    Use instead:
        1. Hospodarova V, Stevulova N. Characterization of cellulosic fibers by FTIR
           spectroscopy. Am J Anal Chem. 2018;9:303-10.

    ## Fix safety
    Safe for the zeros before the first other digit, which are removed. Unsafe for the comma
    before a section letter: a house style may print it.
    """
    for ref in refs:
        padded = _padded(ref)
        if padded is not None:
            yield padded
    yield from _padded_issues(refs)
    for ref, m in _sections(refs):
        comma = m.start("comma")
        journal_end = ref.text.rfind(" ", ref.body_start, comma) + 1
        yield Diagnostic(
            Span(comma, m.end("letter")),
            f"a comma cuts the section letter `{m.group('letter')}` from its journal "
            f"(`{ref.text[journal_end : m.end('volume')]}`), where the list prints its other "
            f"section letters bare; expected `{ref.text[journal_end:comma]} {m.group('letter')} "
            f"{m.group('volume')}`",
            fix=Fix.unsafe(Edit(Span(comma, comma + 1), ""), message="Remove the comma"),
            ref=ref,
        )
