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
    case, punctuation or accents. Pairs that share a DOI are left to RL408.

    ## Why is this bad?
    A work cited under two numbers splits its citations and tells the reader the authors did not
    check their list.

    ## Example
        1. Schütt KT, Müller KR. SchNet - a deep learning architecture. J Chem Phys 2018;148:241722.
        2. Schutt KT, Muller KR. SchNet: A Deep Learning Architecture. J Chem Phys 2018;148:241722.

    Use instead:
        1. Schütt KT, Müller KR. SchNet - a deep learning architecture. J Chem Phys 2018;148:241722.
    """
    first: dict[tuple[str, int, str], Reference] = {}
    for ref in refs:
        key = _key(ref)
        if key is None:
            continue
        earlier = first.setdefault(key, ref)
        if earlier is ref:
            continue
        if ref.doi is not None and earlier.doi is not None:
            continue  # the same DOI is RL408's; different DOIs are different works
        assert ref.title is not None
        yield Diagnostic(
            ref.title.span,
            f"same work as entry {_number(earlier)} (first author, year and title match); "
            "cite it under one number",
            ref=ref,
        )
