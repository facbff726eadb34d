"""Marks of the apparatus a list prints one way everywhere but once (RL820): the colon between a
book's place and publisher (`São Paulo: Moraes; 2005`, not a semicolon or a comma), and the
colon before an article number (`2018;4(1):vey016`). Each is learnt from the list; a list split
on it, or too short to tell, is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import (
    UNTYPED,
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Kind,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

from .style.conventions import deviations

# `. Place: Publisher; 2005` or `. Place; Publisher; 2005`: a place of capitalised words (with a
# state or country after a comma), its mark, a publisher, and the year after a semicolon.
_PLACE = (
    r"[A-Z][^\W\d_]+(?:[ -][A-Za-z][^\W\d_]*){0,3}(?:,\s*[A-Z][A-Za-z]*){0,2}"
    r"(?:\s+\([A-Z]{2}\))?"
)
_IMPRINT = pattern(
    r"(?:^|(?<=\.\s))(?P<place>" + _PLACE + r")(?P<mark>\s*[:;,]\s*)"
    r"(?P<publisher>[^\s.;:][^.;:]{0,80}?)\s*;\s*(?:c?(?:1[5-9]|20)\d\d(?!\d)|\[)"
)
COLON, SEMICOLON, COMMA = "`Place: Publisher`", "`Place; Publisher`", "`Place, Publisher`"
_MARKS = {COLON: "a colon", SEMICOLON: "a semicolon", COMMA: "a comma"}
# The colon before an article number: `2018;4(1):vey016`, `2016;2(1): vew007`.
_ARTICLE_COLON = pattern(r"(?<=[\d)])(?P<space>\s*):(?P<after>\s*)$")
TIGHT, SPACED = "no space after the colon", "a space after the colon"


def _imprint(ref: Reference):
    """The place, its mark and the publisher of a book, a chapter or a report online (`Geneva:
    WHO; 2020 [cited ...]`), where the text prints them."""
    if ref.kind not in (Kind.BOOK, Kind.CHAPTER, *UNTYPED, Kind.WEBPAGE):
        return None
    return _IMPRINT.search(ref.text, ref.body_start)


def _imprint_form(ref: Reference) -> str | None:
    m = _imprint(ref)
    if m is None:
        return None
    if "," in m.group("mark"):
        # `Geneva, World Health Organization; 2001`; not a place and its country, `Lagos,
        # Nigeria; 2001`, with no publisher: a publisher of one word is not told from a country
        return COMMA if len(m.group("publisher").split()) >= 2 else None
    return SEMICOLON if ";" in m.group("mark") else COLON


def _article_colon(ref: Reference):
    """The colon before the entry's article number (`4(1):vey016`), where it prints one."""
    number = ref.article_number
    if ref.kind is not Kind.ARTICLE or number is None or ref.volume is None:
        return None
    return _ARTICLE_COLON.search(ref.text, max(ref.volume.span.start, 0), number.span.start)


def _article_form(ref: Reference) -> str | None:
    m = _article_colon(ref)
    if m is None:
        return None
    return SPACED if m.group("after") else TIGHT


@list_rule(
    code="RL820",
    name="apparatus-mark-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A mark of the apparatus printed unlike the list's others (`Place; Publisher`, "
    "`4(1): e12`)",
    fixable=True,
)
def apparatus_mark_inconsistent(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns how the list sets a book's or an online report's place against its publisher
    (`São Paulo: Moraes; 2005`) and how it prints the colon before a journal article's number
    (`2018;4(1):vey016`), and flags the entry that does otherwise (`São Paulo; Martins Fontes;
    1994`, `2016;2(1): vew007`; in a list that writes `Place: Publisher`, a comma before a
    publisher of two words or more, `Geneva, World Health Organization; 2001`, too: one word
    after the comma may be the place's country). A convention needs at least five entries with
    the mark, 80% of them in one form.

    ## Why is this bad?
    Citing Medicine writes `Place: Publisher; Year` and sets the article number straight after
    the colon, as every other entry of the list does; the one entry printed otherwise was pasted
    from elsewhere or mistyped, and reads as if its place were a publisher of its own.

    ## Example
        1. Martins J. A pesquisa qualitativa. São Paulo: Moraes; 2005.
        2. Winnicott DW. O ambiente e os processos de maturação. Porto Alegre: Artes Médicas; 1983.
        3. Dias EO. A teoria do amadurecimento. 3rd ed. São Paulo: DWW; 2017.
        4. Winnicott DW. A criança e o seu mundo. Rio de Janeiro: LTC; 2015.
        5. Winnicott DW. O brincar e a realidade. Rio de Janeiro: LTC; 1975.
        6. Winnicott DW. Os bebês e suas mães. São Paulo; Martins Fontes; 1994.

    Use instead:
        1. Martins J. A pesquisa qualitativa. São Paulo: Moraes; 2005.
        2. Winnicott DW. O ambiente e os processos de maturação. Porto Alegre: Artes Médicas; 1983.
        3. Dias EO. A teoria do amadurecimento. 3rd ed. São Paulo: DWW; 2017.
        4. Winnicott DW. A criança e o seu mundo. Rio de Janeiro: LTC; 2015.
        5. Winnicott DW. O brincar e a realidade. Rio de Janeiro: LTC; 1975.
        6. Winnicott DW. Os bebês e suas mães. São Paulo: Martins Fontes; 1994.

    ## Limitations
    Only the colon before an article number is measured, not the one before a page range: lists
    vary in how they space that one.

    ## Fix safety
    Safe: the mark or the space is made the list's.
    """
    found, odd = deviations(refs, _imprint_form)
    if found is not None and found.form != COMMA:  # a comma's habit is learnt, not taught
        for ref, form in odd:
            if form == COMMA and found.form != COLON:
                continue
            m = _imprint(ref)
            assert m is not None
            place, publisher = m.group("place"), m.group("publisher")
            mark = Span(m.start("mark"), m.end("mark"))
            printed = f"{place}{form[6]} {publisher}"
            yield Diagnostic(
                Span(m.start("place"), m.end("publisher")),
                f"place and publisher set apart by {_MARKS[form]} (`{printed}`); "
                + found.says(f"entries with a place and publisher write {found.form}"),
                fix=Fix.safe(Edit(mark, ": "), message=f"Write `{place}: {publisher}`"),
                ref=ref,
            )
    found, odd = deviations(refs, _article_form)
    if found is None:
        return
    for ref, form in odd:
        m = _article_colon(ref)
        assert m is not None and ref.article_number is not None and ref.volume is not None
        number = ref.article_number.text
        printed = ref.text[ref.volume.span.start : ref.article_number.span.end]
        gap = Span(m.start("after"), m.end("after"))
        edit = Edit(gap, "") if form == SPACED else Edit(gap, " ")
        wanted = f":{number}" if form == SPACED else f": {number}"
        yield Diagnostic(
            Span(m.start(), ref.article_number.span.end),
            f"{form} before the article number (`{printed.strip()}`); "
            + found.says(f"entries with an article number print {found.form}"),
            fix=Fix.safe(edit, message=f"Write `{wanted}`"),
            ref=ref,
        )
