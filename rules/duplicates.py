"""Duplicates (RL6xx): the same work listed twice under different numbers.

A repeated DOI is RL408's finding; RL601 finds the pairs a DOI cannot, by first author, year and
title compared the way a reader compares them: ignoring case, punctuation and accents.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence

from refslint.api import Category, Context, Diagnostic, Reference, Severity, list_rule, pattern

_WORDS = pattern(r"[^\W_]+")
# in ASCII text the words are the runs of letters and digits: everything else becomes a space
_ASCII_GAPS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})


def _plain(text: str) -> str:
    if text.isascii():  # nothing to decompose: the common case, and much cheaper
        return " ".join(text.lower().translate(_ASCII_GAPS).split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(_WORDS.findall(stripped))


def _key(ref: Reference) -> tuple[str, int, str] | None:
    if ref.title is None or not ref.authors or ref.date is None:
        return None
    title = _plain(ref.title.text)
    if len(title) < 10:  # "Editorial", "Erratum": short titles repeat across different works
        return None
    return _plain(ref.authors[0].family), ref.date.year, title


def _year_letter(ref: Reference) -> str:
    """The letter after the year that tells an author's works of one year apart (`2015b`)."""
    assert ref.date is not None
    after = ref.text[ref.date.year_span.end : ref.date.year_span.end + 2]
    return after[0] if after[:1].isalpha() and not after[1:].isalpha() else ""


def _number(ref: Reference) -> int:
    return ref.number if ref.number is not None else ref.index


@list_rule(
    code="RL601",
    name="duplicate-entry",
    category=Category.DUPLICATE,
    severity=Severity.WARNING,
    summary="The same work listed twice: same first author, year and title",
)
def duplicate_entry(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an entry whose first author, year and title match an earlier entry's, compared without
    case, punctuation or accents; or, where a title is garbled, whose first author (surname and
    initials), year and page range match (a range of two numbers past page 1). Pairs that share
    a DOI are left to RL408, and so are pairs whose years carry different letters (`2015a`,
    `2015b`): the list tells those works apart itself.

    ## Why is this bad?
    A work cited under two numbers splits its citations and tells the reader the authors did not
    check their list.

    ## Example
        1. Schütt KT, Müller KR. SchNet - a deep learning architecture. J Chem Phys 2018;148:241722.
        2. Schutt KT, Muller KR. SchNet: A Deep Learning Architecture. J Chem Phys 2018;148:241722.

    Use instead:
        1. Schütt KT, Müller KR. SchNet - a deep learning architecture. J Chem Phys 2018;148:241722.
    """
    first: dict[tuple[str, int, str, str], Reference] = {}
    said: set[int] = set()
    for ref in refs:
        key = _key(ref)
        if key is None:
            continue
        # (`2015a`, `2015b`: the list tells the two works apart itself)
        earlier = first.setdefault((*key, _year_letter(ref)), ref)
        if earlier is ref:
            continue
        if ref.doi is not None and earlier.doi is not None:
            continue  # the same DOI is RL408's; different DOIs are different works
        assert ref.title is not None
        said.add(id(ref))
        yield Diagnostic(
            ref.title.span,
            f"same work as entry {_number(earlier)} (first author, year and title match); "
            "cite it under one number",
            ref=ref,
        )
    yield from _same_pages(refs, said)


def _page_key(ref: Reference) -> tuple[str, str, int, str, str] | None:
    """First author (surname and initials), year and page range, where the range is one no two
    works of an author in a year share: two numbers, the first past page 1 (where articles
    numbered on their own start)."""
    pages = ref.pages
    if pages is None or pages.last is None or not ref.authors or ref.date is None:
        return None
    if not (pages.first.isdigit() and pages.last.isdigit()):
        return None
    if int(pages.first) <= 1 or int(pages.last) <= int(pages.first):
        return None
    author = ref.authors[0]
    if author.is_group or not author.initials:
        return None
    letters = "".join(c for c in author.initials if c.isalpha()).upper()
    return _plain(author.family), letters, ref.date.year, pages.first, pages.last


def _same_pages(refs: Sequence[Reference], said: set[int]) -> Iterator[Diagnostic]:
    """Pairs the title cannot match, a title garbled in one of them (`Pearson RG: Raxworthy cj,
    nakamura m. Madagascar J Biogeogr. 2007; 1: 102-117.`), found by first author, year and
    pages instead."""
    first: dict[tuple[str, str, int, str, str], Reference] = {}
    for ref in refs:
        key = _page_key(ref)
        if key is None:
            continue
        earlier = first.setdefault(key, ref)
        if earlier is ref or id(ref) in said:
            continue
        if ref.doi is not None and earlier.doi is not None:
            continue
        assert ref.pages is not None
        yield Diagnostic(
            ref.pages.span,
            f"same work as entry {_number(earlier)} (first author, year and pages "
            f"{ref.pages.text} match); cite it under one number",
            ref=ref,
        )
