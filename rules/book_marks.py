"""Marks at a book's end: an edition or volume run into the place (RL504), and a single page
after a whole book in an author-date list (RL505).

`4th Edition Oxford: Oxford University Press` reads as a place called `4th Edition Oxford`; and
an author-date list cites a book whole, its pages going in the citation in the text, so a lone
`p. 251` at a book's end is its length or a series number printed as a page.
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Kind,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

# an edition written out, or a volume, then a capitalised place with no stop, then `:` and the
# publisher (`4th Edition Oxford:`, `Volume 9 New York, NY:`); an abbreviation's own period
# (`2nd ed. Oxford:`) is the stop
_RUN_IN = pattern(
    r"(?<![\w.])(?P<mark>\d{1,2}(?:st|nd|rd|th)\s+(?:[Ee]dition|edn)|(?:Volume|Vol\.)\s+\d{1,4})"
    r"\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:,\s*[A-Z]{2})?\s*:\s*[A-Z]"
)
# the words `_RUN_IN` needs, looked for first: most entries hold none
_MARK_WORDS = pattern(r"dition|edn|Vol")
# a lone page at the entry's end, after a comma or period (`..., Boulder, CO, p. 251.`)
_LONE_PAGE = pattern(r"[,.]\s*(?P<page>pp?\.\s*(?P<number>\d{1,4}))\.?\s*$")
MAX_GAP = 3  # characters between the names and the year in an author-date entry (`, ` or ` (`)


@rule(
    code="RL504",
    name="edition-run-into-place",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An edition or volume run into the place with no stop (`4th Edition Oxford:`)",
)
def edition_run_into_place(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a book's edition written out (`4th Edition`, `2nd edn`) or its volume (`Volume 9`)
    followed by the place of publication with no stop between them (`4th Edition Oxford:
    Oxford University Press`).

    ## Why is this bad?
    With no stop the edition reads as part of the place (`4th Edition Oxford`), and a reader or
    a reference manager cannot tell where one ends; styles set the edition off with a period.

    ## Example
        1. Zohary D, Hopf M, Weiss E (2012) Domestication of Plants in the Old World. 4th Edition
           Oxford: Oxford University Press.

    Use instead:
        1. Zohary D, Hopf M, Weiss E (2012) Domestication of Plants in the Old World. 4th edn.
           Oxford: Oxford University Press.

    ## Limitations
    Only a place of one to three capitalised words (with a state's two letters) followed by a
    colon counts as a place; an abbreviation's own period (`2nd ed. Oxford:`) is the stop.
    """
    if ref.problem is not None or not _MARK_WORDS.search(ref.text):
        return
    start = ref.title.span.start if ref.title is not None else ref.body_start
    found = _RUN_IN.search(ref.text, start)
    if found is None:
        return
    mark, place = found["mark"], found["place"]
    yield Diagnostic(
        Span(found.start("mark"), found.end("place")),
        f"`{mark}` runs into the place `{place}` with no stop; set it off with a period "
        f"(`{mark}. {place}:`)",
    )


def _author_date(ref: Reference) -> bool:
    """The year right after the names (`Kates, R., 1985,`, `Cohen J (1988)`)."""
    names, date = ref.authors_span, ref.date
    return names is not None and date is not None and 0 <= date.span.start - names.end <= MAX_GAP


@rule(
    code="RL505",
    name="book-single-page",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A single page at a whole book's end in an author-date list (`p. 251`)",
)
def book_single_page(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In an author-date entry (the year right after the names) of a book or of a work the grammar
    could not type, with no journal, no book after `In` and no page range, flags a single page
    at the entry's end (`West View Press, Boulder, CO, p. 251.`).

    ## Why is this bad?
    Author-date styles (Harvard, APA, Chicago's) cite a book whole and put the page cited in
    the citation in the text. A lone page at a book's end is its length (`251 pp.`), a series
    number (`Worldwatch Paper 158`) or a page that belongs in the text.

    ## Example
        1. Kates, R., 1985, Hazard assessment: Art, science, and ideology, Westview Press,
           Boulder, CO, p. 251.

    Use instead:
        1. Kates, R., 1985, Hazard assessment: Art, science, and ideology, Westview Press,
           Boulder, CO.

    ## Limitations
    Only the entry's last element is looked at; numbered lists, where a page of a book may be
    cited (`(CRC Press, Boca Raton, 2018), p. 61`), are left alone, and so are chapters, papers
    and articles.
    """
    if ref.problem is not None or ref.kind not in (Kind.BOOK, Kind.UNKNOWN):
        return
    if ref.container is not None or ref.in_marker is not None or not _author_date(ref):
        return
    found = _LONE_PAGE.search(ref.text)
    if found is None or ref.date is None or found.start() < ref.date.span.end:
        return
    yield Diagnostic(
        Span(found.start("page"), found.end("page")),
        f"a single page (`{found['page']}`) at the end of a whole book: an author-date list "
        "cites a book whole and gives the page in the text; if it is the book's length or a "
        f"series number, say so (`{found['number']} pp.`, `Paper {found['number']}`)",
    )
