"""A field missing where the list's other entries of the same kind give it (RL882).

A chapter's pages and a paper's year are what a reader finds it by, yet not every style asks for
both. Which of them a list prints is its house style, so the evidence here is the list's own:
where the other chapters give their pages, or the other chapters and papers their year, the entry
without is the one that lost it. RL501 asks what every style asks; this asks what the list does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Kind,
    Reference,
    Severity,
    Span,
    list_rule,
)

from .style.conventions import deviations

# pages printed after `In` where the grammar read none: a range, or a marked first page
_PAGES = re.compile(
    r"(?<![\d/.])\d+\s*[-‐‑–—]\s*\d+(?![\d/])|\b(?:pp?|S|s|str|pages?|Seiten?|с)\.?\s*\d+"
)
_YEAR = re.compile(r"(?<![\d/])(?:1[5-9]|20)\d\d(?![\d/])")
# the marks that stand for a year not yet known or never printed
_NO_YEAR = re.compile(
    r"\b(?:n\.\s?d|s\.\s?d|o\.\s?J|in press|forthcoming|im Druck|no prelo|sous presse)\b",
    re.IGNORECASE,
)
_END = re.compile(r"[\s.]*$")
_SHOWN = 8  # entries named in a message before the rest are counted


def _in_collection(ref: Reference) -> bool:
    """A chapter or a paper in a collection: read so, or a book or an untyped work after `In`."""
    if ref.problem is not None:
        return False
    if ref.kind in (Kind.CHAPTER, Kind.CONFERENCE):
        return True
    return ref.in_marker is not None and ref.kind in (Kind.BOOK, Kind.UNKNOWN)


def _chapter_pages(ref: Reference) -> str | None:
    """Whether a chapter gives its pages (a conference paper's are RL830's)."""
    if not _in_collection(ref) or ref.kind is Kind.CONFERENCE:
        return None
    if ref.pages is not None or ref.page_marker is not None or ref.article_number is not None:
        return "given"
    after = ref.in_marker.span.end if ref.in_marker is not None else ref.body_start
    return "given" if _PAGES.search(ref.text, after) else "missing"


def _paper_year(ref: Reference) -> str | None:
    """Whether a chapter or paper gives its year anywhere outside its title and container."""
    if not _in_collection(ref):
        return None
    if ref.date is not None or _NO_YEAR.search(ref.text):
        return "given"
    text = ref.text
    for element in (ref.title, ref.container):
        if element is not None:
            start, end = element.span.start, element.span.end
            text = text[:start] + " " * (end - start) + text[end:]
    return "given" if _YEAR.search(text, ref.body_start) else "missing"


def _number(ref: Reference) -> int:
    return ref.number if ref.number is not None else ref.index


def _named(refs: Sequence[Reference]) -> str:
    numbers = [str(_number(ref)) for ref in refs]
    if len(numbers) > _SHOWN:
        return ", ".join(numbers[:_SHOWN]) + f" and {len(numbers) - _SHOWN} more"
    return ", ".join(numbers)


def _where(ref: Reference) -> Span:
    if ref.date is not None:
        return Span(ref.date.span.start, ref.date.span.end)
    end = len(ref.text) - len(_END.search(ref.text)[0])  # type: ignore[index]
    return Span(end, end)


def _by_kind(
    refs: Sequence[Reference], form: Callable[[Reference], str | None], words: str
) -> Iterator[Diagnostic]:
    found, odd = deviations(refs, form)
    if found is None or found.form != "given":
        return
    givers = [ref for ref in refs if form(ref) == "given"]
    for ref, _ in odd:
        yield Diagnostic(_where(ref), words.format(_named(givers)), ref=ref)


@list_rule(
    code="RL882",
    name="field-missing-from-list",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An entry without a field the list's other entries of the same kind give",
)
def field_missing_from_list(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a chapter without its pages where four in five of the list's chapters (five at least)
    give theirs, and a chapter or conference paper without any year where four in five of them
    give one. The message names the entries that give the field.

    ## Why is this bad?
    The list's own entries show the element was at hand and is printed: the one without has lost
    it, and its reader cannot find the chapter in the book or the paper in the year's volumes.

    ## Example
        1. Lee A. Rivers. In: Smith B, editor. Water. London: Press; 2010. p. 1-9.
        2. Kay C. Lakes. In: Smith B, editor. Water. London: Press; 2010. p. 10-19.
        3. Roe D. Seas. In: Smith B, editor. Water. London: Press; 2010. p. 20-29.
        4. Fox E. Ice. In: Smith B, editor. Water. London: Press; 2010. p. 30-39.
        5. Day F. Rain. In: Smith B, editor. Water. London: Press; 2010.

    Use instead:
        1. Lee A. Rivers. In: Smith B, editor. Water. London: Press; 2010. p. 1-9.
        2. Kay C. Lakes. In: Smith B, editor. Water. London: Press; 2010. p. 10-19.
        3. Roe D. Seas. In: Smith B, editor. Water. London: Press; 2010. p. 20-29.
        4. Fox E. Ice. In: Smith B, editor. Water. London: Press; 2010. p. 30-39.
        5. Day F. Rain. In: Smith B, editor. Water. London: Press; 2010. p. 40-49.

    ## Limitations
    A conference paper's pages are RL830's. A year marked as not known (`n.d.`, `in press`) is a
    year given. A list with fewer than five chapters or papers sets no house style here; nor does
    one whose entries go without as often as one in five. An article without its volume is
    RL501's, which asks it of every journal article.
    """
    yield from _by_kind(
        refs,
        _chapter_pages,
        "chapter without its pages, where the list's other chapters ({}) give theirs",
    )
    yield from _by_kind(
        refs,
        _paper_year,
        "chapter or conference paper without its year, where the list's other "
        "chapters and papers ({}) give theirs",
    )
