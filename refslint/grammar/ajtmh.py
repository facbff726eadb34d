"""Roles in AJTMH's numbered author-year style, where the year closes the names after a comma.

`Strauss JH, Strauss EG, 1994. Title. Microbiol Rev 58: 491–562.`: the grammar reads the year
with the names (`NAMES_COMMA_YEAR`) and the rest as it reads any entry. An article is read here
from the end by its shape, as ASM's is (`asm.py`: the year stands after the names there too), so
that a year inside the title (`travelers returning from India, 2006.`) does not stop it. A book
closes on `Place: Publisher.`, a chapter on `Editor AB, ed. Book, Vol II. Place: Publisher,
first–last.`; both are read from the end too, the title being what stands between the year and
them. Elsevier's Harvard names its authors so too (`Smith, J., Jones, K., 2020. Title. J. Appl.
Ecol. 12, 1–9.`): its journal, volume and pages are read as the Royal Society's (`royalsoc.py`).
Anything else keeps the ordinary reading, the year after the names its date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from refslint import patterns
from refslint.grammar.chicago import body, stripped, text_field
from refslint.grammar.fragments import LOCATION
from refslint.grammar.transform import Part
from refslint.model import Author, Field, Kind, PartialDate, Span

# `Place: Publisher.` closing the entry, after a sentence end, with a chapter's pages after a
# comma (`Boca Raton, FL: CRC Press, 137–157.`); no period inside either (`Boca Raton, FL`)
PUBLISHED = patterns.compile(
    r"(?<=[.?!]\s)(?P<place>[^\s.:;()][^.:;()]{0,59}?)\s*:\s*"
    r"(?P<publisher>[^\s.:;()][^.:;()]{0,119}?)"
    rf"(?:\s*,\s*(?P<pages>{LOCATION}))?\s*\.?\s*$"
)
# A Vancouver name, `Monath TP`, `de Moor P`: family words, then capital initials
_NAME = r"[^\W\d_][\w'’\-]*(?:\s+[\w'’\-]+){0,3}?\s+[A-Z]{1,4}"
# The chapter's title, its editors and the book: `Title. Monath TP, ed. The Arbovirus, Vol II`
_CHAPTER = patterns.compile(
    rf"(?P<title>.+?[^\s.])\.\s+(?P<editors>{_NAME}(?:,\s+{_NAME})*),?\s+eds?\.\s+(?P<book>\S.*)$"
)
_BOOK_VOLUME = patterns.compile(r",\s*Vol\.?\s+(?P<volume>[IVXLC]{1,6}|\d{1,4})$")
_VANCOUVER_NAME = patterns.compile(r"^(?P<family>.+?)\s+(?P<initials>[A-Z]{1,4})$")


def read(
    text: str, parts: Sequence[Part], year: PartialDate, out: dict
) -> tuple[Field | None, Kind] | None:
    """Fill `out` for an entry whose year (`year`, read with the names) is closed by a period;
    return the title and the kind, or None where the entry is no article, book or chapter in
    this form."""
    if not text.startswith(".", year.span.end):
        return None  # `Mantegna RN (1999) Title`: PLOS's former style, read as it always was
    from refslint.grammar import asm

    found = asm.article(text, parts, year.span.start, out, read_year=year)
    if found is not None:
        out["dates"] = (year, *out["dates"])
        return found
    span = body(text, parts, year.span.end, dict(out), lead=".")
    if span is None:
        return None
    from refslint.grammar import royalsoc  # Elsevier's Harvard: `2020. Title. J. Ecol. 12, 1–9.`

    found = royalsoc.article(text, parts, year, span, out)
    if found is not None:
        return found
    published = PUBLISHED.search(text, *span)
    if published is None or published.start() <= span[0]:
        return None
    middle = stripped(text, span[0], published.start(), ".")
    chapter = _CHAPTER.match(text, *middle)
    if chapter is None and published["pages"] is not None:
        return None  # pages with no book to hold them: another form
    out["date"] = year
    out["dates"] = (year, *out["dates"])
    out["place"] = text_field(text, published.span("place"))
    out["publisher"] = text_field(text, published.span("publisher"))
    if chapter is None:
        return text_field(text, middle), Kind.BOOK
    from refslint.grammar.roles import expand_pages

    book = chapter.span("book")
    volume = _BOOK_VOLUME.search(text, *book)
    if volume is not None:
        out["volume"] = text_field(text, volume.span("volume"))
        book = (book[0], volume.start())
    out["container"] = text_field(text, book)
    out["editors"] = names(text, chapter.span("editors"), family_first=True)
    if published["pages"] is not None:
        out["pages"] = expand_pages(text_field(text, published.span("pages")))
    return text_field(text, chapter.span("title")), Kind.CHAPTER


def names(text: str, span: tuple[int, int], family_first: bool) -> tuple[Author, ...]:
    """Editors' names set off by commas (`Monath TP, Smith J` or `DE Wildt, A Zhang`), each read
    as family name and initials; one that is neither is kept whole, as a group."""
    found = []
    for piece in re.finditer(r"[^,]+", text[span[0] : span[1]]):
        start, stop = stripped(text, span[0] + piece.start(), span[0] + piece.end())
        name = text[start:stop]
        words = name.split()
        if family_first:
            parsed = _VANCOUVER_NAME.match(name)
            family, initials = (parsed["family"], parsed["initials"]) if parsed else (name, "")
        elif len(words) > 1 and words[0].isupper() and len(words[0]) <= 4:
            family, initials = " ".join(words[1:]), words[0]
        else:
            family, initials = name, ""
        found.append(Author(name, Span(start, stop), family, initials, is_group=not initials))
    return tuple(found)
