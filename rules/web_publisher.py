"""A web document in Citing Medicine's form that lost its place and publisher (RL523).

Citing Medicine sets a document read on the Internet out as a book: `Title [Internet]. Place:
Publisher; Year [cited ...]. Available from: ...`. Written `Title [Internet]. 2017 [cited ...]`,
nothing says who published it. A journal article on the Internet (`Journal [Internet]. 2019
[cited ...];13(5):1520-9`) gives its journal instead and is left alone, and so is any list none of
whose other entries sets out a `Place: Publisher` pair: the rule asks for what the list itself does.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Kind,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

# The medium Citing Medicine writes after the title of a work read on the Internet
_MEDIUM = pattern(r"(?i)\[\s*(?:internet|online|on-?line|serial\s+on\s+the\s+internet)\s*\]")
# straight after the medium: its period, then the year (a copyright `c2017` too); what follows is
# kept to tell a journal's volume (`;13(5)`, or its semicolon alone where the volume was lost:
# `Appl Nurs Res [Internet]. 2014 [cited 2015 Jun 3]; Available from:`) from a document's access
# note or extent
_YEAR_AFTER = pattern(
    r"\s*\.\s*(?P<year>c?(?:1[5-9]|20)\d\d[a-z]?)(?!\d)"
    r"\s*(?:\[[^\[\]]{0,80}\]\s*)?(?P<volume>;|:\s*\(?\d)?"
)


def _bare_web_document(ref: Reference) -> Span | None:
    """Where the place and publisher are missing (the year after the medium), or None."""
    if ref.problem is not None or ref.publisher is not None or ref.place is not None:
        return None
    if ref.container is not None or ref.in_marker is not None or ref.kind is Kind.ARTICLE:
        return None
    medium = _MEDIUM.search(ref.text, ref.body_start)
    if medium is None:
        return None
    found = _YEAR_AFTER.match(ref.text, medium.end())
    if found is None or found["volume"]:
        return None  # `[Internet]. 2019 [cited ...];13(5)`: a journal's volume (or its `;`)
    if _newspaper(ref, medium.start()):
        return None
    return Span(found.start("year"), found.end("year"))


def _newspaper(ref: Reference, medium: int) -> bool:
    """`Title. Vanguard [Internet]. 2008 May 14 [cited ...]`: the medium after a name that
    follows the title, and a day in the date: a newspaper's issue, which names no publisher."""
    title, date = ref.title, ref.date
    if title is None or date is None or date.day is None:
        return False
    if not any(not a.is_group for a in ref.authors):
        return False  # (no person read: the first sentence, taken for the title, may be a body's)
    return any(c.isalpha() for c in ref.text[title.span.end : medium])


def _sets_out_place_and_publisher(ref: Reference) -> bool:
    """An entry whose place stands before its publisher, both read (`Geneva: WHO; 2019`)."""
    place, publisher = ref.place, ref.publisher
    if ref.problem is not None or place is None or publisher is None:
        return False
    return bool(place.text.strip()) and place.span.end <= publisher.span.start


@list_rule(
    code="RL523",
    name="web-document-without-publisher",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A web document in Citing Medicine's form gives neither place nor publisher",
)
def web_document_without_publisher(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a document marked `[Internet]` whose year follows the medium at once (`Title
    [Internet]. 2017 [cited ...]`), with no place and publisher between them, in a list whose
    other entries set out `Place: Publisher`.

    ## Why is this bad?
    Citing Medicine sets out a report, guideline or page read on the Internet like a book:
    `Title [Internet]. Place: Publisher; Year [cited ...]. Available from: ...`. Without the
    publisher the reader cannot tell whose document it is, nor look for it when the address dies.

    ## Example
        1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Anderberg MR. Cluster analysis for applications. New York: Academic Press; 1973.
        3. World Health Organization. Protecting breastfeeding [Internet]. 2017 [cited 2026 Nov
           3]. Available from: https://apps.who.int/iris/handle/10665/259386

    Use instead:
        1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Anderberg MR. Cluster analysis for applications. New York: Academic Press; 1973.
        3. World Health Organization. Protecting breastfeeding [Internet]. Geneva: World Health
           Organization; 2017 [cited 2026 Nov 3]. Available from:
           https://apps.who.int/iris/handle/10665/259386

    ## Limitations
    Only documents marked with Citing Medicine's medium (`[Internet]`, `[online]`) are looked at:
    other styles set a web page out in their own ways. A journal article on the Internet (its
    journal, or a volume after the year: `2019 [cited ...];13(5):1520-9`, or the semicolon alone
    that set it off: `2014 [cited ...]; Available from:`) is left alone, and so
    is every document in a list none of whose other entries gives a place before its publisher,
    and a newspaper's article (`Title. Vanguard [Internet]. 2008 May 14 [cited ...]`: the medium
    after the paper's name, the date to the day).
    A place with no publisher (`Brasília, DF: 2017`) is RL501's.
    """
    bare = [(ref, span) for ref in refs if (span := _bare_web_document(ref)) is not None]
    if not bare or not any(_sets_out_place_and_publisher(ref) for ref in refs):
        return
    for ref, span in bare:
        yield Diagnostic(
            span,
            "web document gives no place or publisher before its year; Citing Medicine, as the "
            "list's other entries, sets them out `[Internet]. Place: Publisher; Year`",
            ref=ref,
        )
