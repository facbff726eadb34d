"""Small damage a copy editor mends on sight (RL581, RL582, RL583, RL838): an edition marked
twice (`Second Edition ed.`), a dash in a title spaced on one side only (`leukemia –review`), a
page range left open (`2538-.`), a dotless `ı` inside an English word (`ıntegrity`). Each pattern
is narrow enough that a right entry, in any style, never matches it.
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

from .spelling import english_words, reads_as_english


def _kept(ref: Reference) -> list[Span]:
    """Spans of links and identifiers, whose text no format rule reads."""
    return [f.span for f in (ref.doi, *ref.urls, ref.pmid) if f is not None]


def _inside(spans: list[Span], at: int) -> bool:
    return any(s.start <= at < s.end for s in spans)


# --- RL581: an edition marked twice ---------------------------------------------------------------

_ORDINAL = (
    r"(?:\d{1,3}\s?(?:st|nd|rd|th|ª|a|e|º)?|first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|revised|new|updated|expanded|international|student)"
)
_MARK = r"(?:ed(?:ition)?\b\.?|edn\b\.?)"
_MARK_REST = r"(?:d(?:ition)?\b\.?|dn\b\.?)"  # a mark after its `e`
_NAME_AFTER = pattern(r"\.?\s*[A-Z]")
_NEW_SENTENCE = pattern(r"\s+[A-Z]")
# two marks in a row, found from their first letter (a scan that starts at every `e` only)
_TWO_MARKS = pattern(
    r"(?P<first>[eE](?<![\w-][eE])" + _MARK_REST + r")(?P<second>,?\s*" + _MARK + r")"
    # not an editor's or a publisher's mark before a name (`2nd ed. Ed. by J. Smith`,
    # `2ª ed. Ed. Manole`: Editorial, Editora)
    r"(?!\.?\s*by\b)",
    re.I,
)
# the edition the marks follow (`Second`, `2nd`, `3`)
_ORDINAL_BEFORE = pattern(r"(?<![\w-])" + _ORDINAL + r"\s+$", re.I)


@rule(
    code="RL581",
    name="edition-marked-twice",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An edition marked twice (`Second Edition ed.`, `2nd ed. edn`)",
    fixable=True,
)
def edition_marked_twice(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an edition followed by two edition marks in a row: `Second Edition ed.`, `2nd ed. edn`,
    `3rd edn ed.`.

    ## Why is this bad?
    A reference manager printed its edition field, which already held the word, and then its own
    mark after it; the reader sees the edition said twice.

    ## Example
        1. G. E. Box, J. S. Hunter, and W. G. Hunter, Statistics for Experimenters, Second Edition
           ed. (John Wiley & Sons, 2005).

    Use instead:
        1. G. E. Box, J. S. Hunter, and W. G. Hunter, Statistics for Experimenters, Second Edition
           (John Wiley & Sons, 2005).

    ## Fix safety
    Safe: the second mark is removed; the first, as the list printed it, stays.
    """
    text = ref.text
    kept = _kept(ref)
    for m in _TWO_MARKS.finditer(text, ref.body_start):
        if _inside(kept, m.start()):
            continue
        edition = _ORDINAL_BEFORE.search(text[max(0, m.start() - 16) : m.start()])
        if edition is None:
            continue
        if m.group("second").lstrip(", ")[0] == "E" and _NAME_AFTER.match(text, m.end()):
            continue  # `Ed.` before a name: its editor or publisher (Editorial, Editora)
        start = m.start() - len(edition.group())
        printed = text[start : m.end()]
        wanted = text[start : m.end("first")]
        cut = m.end("second")
        if printed.endswith(".") and not wanted.endswith(".") and _NEW_SENTENCE.match(text, cut):
            cut -= 1  # `3rd edition, ed. Boston` keeps the period that ends the element
        yield Diagnostic(
            Span(start, m.end()),
            f"edition marked twice (`{printed}`); expected `{wanted}`",
            fix=Fix.safe(Edit(Span(m.start("second"), cut), ""), message=f"Write `{wanted}`"),
        )


# --- RL582: a dash in a title spaced on one side only ---------------------------------------------

_LETTER = r"[^\W\d_]"
_DASHES = "–—"
# a spaced dash before a word (`leukemia –review`) or after one (`leukemia– review`)
# not a bond before a chemical group (`with –OH groups`, `–COOH`, `–CH3`)
_OPEN_BEFORE = pattern(rf"(?<={_LETTER})\s+([{_DASHES}])(?={_LETTER})(?![A-Z][A-Z0-9])")
_OPEN_AFTER = pattern(rf"(?<={_LETTER})([{_DASHES}])\s+(?={_LETTER})")
# a suspended compound (`pre– and post–operative`, `short– to long-term`)
_SUSPENDED = pattern(r"\s+(?:and|or|to|und|et|ou|e|y|en|bis)\b", re.I)


@rule(
    code="RL582",
    name="dash-spaced-one-side",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A dash in a title spaced on one side only (`leukemia –review`)",
    fixable=True,
)
def dash_spaced_one_side(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an en or em dash between two words of a title with a space on one side and none on the
    other (`leukemia –review`, `leukemia– review`). A title whose dashes come as a pair around an
    aside (`texto —inciso— texto`, as Spanish and Portuguese set them), a suspended compound
    (`pre– and post-operative`), a bond before a chemical group (`with –OH groups`) and ranges of
    numbers are left alone.

    ## Why is this bad?
    The space was lost or added when the title was typed; the dash reads as a hyphen or a minus.

    ## Example
        1. Peng XR, Cheng J. NK cells in acute myeloid leukemia –review. Zhongguo Shi Yan Xue
           Ye Xue Za Zhi. (2023) 31:1905–9.

    Use instead:
        1. Peng XR, Cheng J. NK cells in acute myeloid leukemia – review. Zhongguo Shi Yan Xue
           Ye Xue Za Zhi. (2023) 31:1905–9.

    ## Fix safety
    Unsafe: a space is put on the bare side; a list that sets its dashes closed (`leukemia—review`)
    wants both spaces removed instead.
    """
    title = ref.title
    if title is None or not any(d in title.text for d in _DASHES):
        return
    text = ref.text
    start, end = title.span.start, title.span.end
    before = list(_OPEN_BEFORE.finditer(text, start, end))
    after = [
        m for m in _OPEN_AFTER.finditer(text, start, end) if not _SUSPENDED.match(text, m.end(1))
    ]
    if before and after and before[0].start() < after[-1].start():
        return  # dashes paired around an aside
    if len(before) + len(after) != 1:
        return  # a title set this way throughout is the title's own style
    m = (before or after)[0]
    dash = m.start(1)
    edit = Edit(Span(dash + 1, dash + 1) if before else Span(dash, dash), " ")
    word_start = text.rfind(" ", start, m.start() if before else dash) + 1
    word_end = m.end()
    while word_end < end and text[word_end].isalnum():
        word_end += 1
    printed = text[word_start:word_end]
    yield Diagnostic(
        Span(m.start(), m.end()),
        f"dash spaced on one side only (`{printed}`); expected a space on both sides of it, "
        "or on neither",
        fix=Fix.unsafe(edit, message="Space the dash on both sides"),
    )


# --- RL583: a page range left open ----------------------------------------------------------------

_OPEN_RANGE = pattern(r"(?<![\w.-])(\d{1,6})\s?(-|[‐‑–—]{1})(?=\s*(?:[.,;]\s|[.,;]?$))")


# where the grammar could not read the tail: pages after a colon or a page marker (`12: 123–.`,
# `pp. 123–,`); a year after a colon is a serial still running (`Annual report: 2015–.`)
_MARKED_OPEN = pattern(
    r"(?:(?<=:)\s?|\bpp?\.\s?)(?P<first>\d{1,6})\s?(?:-|[‐‑–—]{1})(?=\s*(?:[.,;]\s|[.,;]?$))"
)
_YEARLIKE = pattern(r"(?:1[5-9]|20)\d\d")


def _open_range(ref: Reference) -> re.Match[str] | None:
    """The open range of the entry's pages, read from the pages the grammar found or, where it
    found none, from a number after a colon or a page marker; None where the range is closed."""
    text = ref.text
    pages = ref.pages
    if pages is not None:
        if pages.last is not None:
            return None
        m = _OPEN_RANGE.match(text, pages.span.start)
        return m if m is not None and m.end(1) == pages.span.end else None
    start = ref.title.span.end if ref.title is not None else ref.body_start
    kept = _kept(ref)
    for m in _MARKED_OPEN.finditer(text, start):
        if _inside(kept, m.start()):
            continue
        if not m.group().startswith("p") and _YEARLIKE.fullmatch(m.group("first")):
            continue
        return m
    return None


@rule(
    code="RL583",
    name="page-range-open",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A page range with no last page (`2538-.`, `123–,`)",
)
def page_range_open(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a page range that stops at its dash: `:2538-.`, `123–,`. Only the pages are read: the
    first page the grammar took as the entry's or, where it found none, a number after a colon or
    a page marker (`12: 123–.`, `pp. 123–,`), followed by a dash and the end of the element. A
    year after a colon (`Annual report: 2015–.`) is a serial still running and is left alone.

    ## Why is this bad?
    The last page was lost; a reader cannot tell an article of one page from one of twenty, and a
    registry lookup cannot match the range.

    ## Example
        1. Jazaeri AA, Zsiros E. Adoptive cell transfer in cervical carcinoma. J Clin Oncol.
           (2019) 37(15 Suppl):2538-.

    Use instead:
        1. Jazaeri AA, Zsiros E. Adoptive cell transfer in cervical carcinoma. J Clin Oncol.
           (2019) 37(15 Suppl):2538.

    ## Limitations
    There is no fix: whether the dash is a stray or the last page was lost needs the article.
    """
    m = _open_range(ref)
    if m is None:
        return
    printed = ref.text[m.start(1) : m.end()].strip()
    yield Diagnostic(
        Span(m.start(1), m.end()),
        f"page range `{printed}` has no last page; write the range, or the first page alone",
    )


# --- RL838: a dotless `ı` inside an English word --------------------------------------------------

_DOTLESS = pattern(r"[^\W\d_]*\u0131[^\W\d_]*")
# letters of Turkish and Azerbaijani besides `ı`: a word with one is a word of those languages
_TURKIC = frozenset("ğĞşŞçÇöÖüÜİə")


@rule(
    code="RL838",
    name="dotless-i-in-english-word",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A dotless `ı` for `i` inside an English word (`ıntegrity`, `ın vivo`)",
    fixable=True,
)
def dotless_i(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a word outside the names, links and identifiers that is an English word once its
    dotless `ı` (U+0131, Turkish and Azerbaijani) is written `i`: `ıntegrity`, `ın vivo`, `ıs`,
    where the entry's text beside it reads as English.

    ## Why is this bad?
    A keyboard, font or autocorrection set for Turkish turned `i` into `ı`; the word no longer
    matches itself in a search or a registry lookup, and a reader sees a foreign letter.

    ## Example
        1. Kim SH, Ha KI. Tendon ıntegrity after repair of the rotator cuff. Arthroscopy
           2006;22:1-7.

    Use instead:
        1. Kim SH, Ha KI. Tendon integrity after repair of the rotator cuff. Arthroscopy
           2006;22:1-7.

    ## Limitations
    A Turkish name (`Balcı`) is left alone, and so is an entry whose text after the names has
    another Turkish letter (`ğ`, `ş`, `ç`, `ö`, `ü`, `İ`: a Turkish title or journal) or does
    not read as English.

    ## Fix safety
    Unsafe: the `ı` becomes `i`; check that the word is not a Turkish one.
    """
    if "\u0131" not in ref.text:
        return
    kept = _kept(ref)
    if ref.authors_span is not None:
        kept.append(ref.authors_span)
    kept += [e.span for e in ref.editors]
    start = ref.body_start
    if ref.authors_span is not None:
        start = max(start, ref.authors_span.end)
    rest = _DOTLESS.sub(lambda m: m.group().replace("\u0131", "i"), ref.text[start:])
    if _TURKIC.intersection(rest):
        return  # a Turkish title or journal: its `ı` is a letter of its own
    words = english_words()
    for m in _DOTLESS.finditer(ref.text, ref.body_start):
        word = m.group()
        if _inside(kept, m.start()) or _TURKIC.intersection(word):
            continue
        mended = word.replace("\u0131", "i")
        if mended.lower() not in words or reads_as_english(rest, words) is not True:
            continue
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"`{word}` has a dotless `ı` for `i`; write `{mended}`",
            fix=Fix.unsafe(Edit(Span(m.start(), m.end()), mended), message=f"Write `{mended}`"),
        )
