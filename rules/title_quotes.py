"""A title's closing period on the other side of its quotation mark than the list's (RL862).

American and Chicago usage closes a quoted title with its period inside the marks (`„Titel.“`,
`“Title.”`, `"Título."`); British usage and French guillemets put it outside (`“Title”.`,
`« Titre ».`). A list keeps one of the two, and an entry printed the other way was typed or pasted
from elsewhere. A title that ends with its own question or exclamation mark takes no period in a
list that closes inside (`„What is …?“.` prints one mark too many). Learnt from the list: the
quotation must open the title (after the names or the year), and the list needs at least
`MIN_TITLES` titles closed its way, `RATIO` times as many as the others. A title closed by its
quotation mark with no period at all before the next element (`“Title” Journal 12`) is flagged
too.
"""

from __future__ import annotations

from collections import Counter
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
)

MIN_TITLES = 3
RATIO = 3
RATIO_MISSING = 1.5  # titles closed with a period for each closed with none, before those are odd
INSIDE, OUTSIDE, DOUBLED, MISSING = "inside", "outside", "doubled", "missing"

_OPENERS = "„«"  # always open a quotation
_CLOSERS = "”»"  # always close one
_EITHER = '“"'  # opens English and straight quotations, closes German ones
_QUOTES = pattern(f"[{_OPENERS}{_CLOSERS}{_EITHER}]")
_TITLE_OPENS = (". ", ": ", ") ", ", ")  # what stands before a quotation that opens a title
_SPACES = " \u00a0\u202f"
# what follows a title closed with no mark at all: the work it belongs to (`” Variants 12`, `” In`)
_NEXT_WORD = pattern(r"\s+(?P<word>In\b|[A-ZÀ-Ý])")


def _closing(text: str, start: int) -> tuple[int, int] | None:
    """Where the quotation that opens the title begins and where its closing mark stands."""
    depth, begin = 0, -1
    for mark in _QUOTES.finditer(text, start):  # the quotation marks alone, not every letter
        i, c = mark.start(), mark.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = c in _OPENERS or (
            c in _EITHER
            and not after.isspace()
            and (before.isspace() or before in _OPENERS or before in _EITHER or before == "(")
        )
        if opens and not (depth and c in _EITHER and after in ".,;:)"):
            if depth == 0:
                if i > start and text[i - 2 : i] not in _TITLE_OPENS:
                    return None  # a quoted name inside the authors, not a title
                begin = i
            depth += 1
        elif depth and (after.isspace() or after in ".,;:)" or i + 1 == len(text)):
            depth -= 1
            if depth == 0:
                return begin, i
    return None


def _form(ref: Reference) -> tuple[str, int, int] | None:
    """How the entry closes its quoted title, where its last character before the closing mark
    and where that mark stand."""
    found = _closing(ref.text, ref.body_start)
    if found is None:
        return None
    begin, at = found
    text = ref.text
    j = at - 1
    while j > begin and text[j] in _SPACES:
        j -= 1
    after = text[at + 1 : at + 2]
    if text[j] == ".":
        return INSIDE, j, at
    if text[j] in "?!" and after == ".":
        return DOUBLED, j, at
    if text[j] not in ".,;:?!…":
        if after == ".":
            return OUTSIDE, j, at
        if _NEXT_WORD.match(text, at + 1):
            return MISSING, j, at
    return None


def _next(ref: Reference, at: int) -> str:
    """The word after a title's closing mark."""
    found = _NEXT_WORD.match(ref.text, at + 1)
    assert found is not None
    start = found.start("word")
    end = ref.text.find(" ", start)
    return ref.text[start : end if end != -1 else len(ref.text)]


@list_rule(
    code="RL862",
    name="title-period-quotes",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A title's period outside its quotation marks where the list closes inside (`Web“.`)",
    fixable=True,
)
def title_period_quotes(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns from the list's quoted titles whether it puts their closing period inside the
    quotation marks (`„Titel.“ In`, `“Title.” Journal`) or outside (`“Title”. Journal`), and flags
    a title closed the other way; in a list that closes inside, also a period after a title's own
    question or exclamation mark (`„What is it?“. In`), and a title closed by its mark alone
    before the next element (`“Title” Journal`, `“Title” In`). The list needs three titles
    closed its way, three times as many as the others (and half again as many as those closed
    with no mark).

    ## Why is this bad?
    A style puts the period on one side of the marks; the entry that puts it on the other was
    pasted or typed another way, and a period after a title's `?` is one mark too many.

    ## Example
        1. Dumont, Stefan. 2020. “Commenting on Digital Editions.” Editio 34: 175–193.
        2. Hunfeld, Barbara. 2011. “Eduard Berend and the Jean Paul Edition”. Editio 25: 1–20.
        3. Meier, Anna. 2018. “Letters on the Web.” Editio 32: 12–30.
        4. Sahle, Patrick. 2013. “Digital Forms of Editions.” Editio 27: 40–58.

    Use instead:
        1. Dumont, Stefan. 2020. “Commenting on Digital Editions.” Editio 34: 175–193.
        2. Hunfeld, Barbara. 2011. “Eduard Berend and the Jean Paul Edition.” Editio 25: 1–20.
        3. Meier, Anna. 2018. “Letters on the Web.” Editio 32: 12–30.
        4. Sahle, Patrick. 2013. “Digital Forms of Editions.” Editio 27: 40–58.

    ## Fix safety
    Safe: the period moves to the list's side of the closing mark, or the doubled one goes.
    """
    forms = [(ref, shape) for ref in refs if (shape := _form(ref)) is not None]
    counts = Counter(form for _, (form, _, _) in forms)
    inside, outside = counts[INSIDE], counts[OUTSIDE] + counts[DOUBLED]
    if inside >= MIN_TITLES and inside >= RATIO * outside:
        kept, total = INSIDE, inside + outside
    elif counts[OUTSIDE] >= MIN_TITLES and counts[OUTSIDE] >= RATIO * inside:
        kept, total = OUTSIDE, counts[OUTSIDE] + inside
    else:
        return
    said = f"{counts[kept]} of {total} quoted titles close with the period {kept} the marks"
    if counts[kept] < RATIO_MISSING * counts[MISSING]:
        forms = [item for item in forms if item[1][0] != MISSING]
    for ref, (form, last, at) in forms:
        if form == kept or (form == DOUBLED and kept == OUTSIDE):
            continue
        if form == MISSING:
            mark = ref.text[at]
            put = f".{mark}" if kept == INSIDE else f"{mark}."
            word = ref.text[ref.text.rfind(" ", 0, last) + 1 : at + 1]
            yield Diagnostic(
                Span(last, at + 1),
                f"no period closes the title (`{word} {_next(ref, at)}`); {said}",
                fix=Fix.safe(Edit(Span(at, at + 1), put), message=f"Write `{put}`"),
                ref=ref,
            )
            continue
        text = ref.text
        mark = text[at]
        if form == DOUBLED:
            yield Diagnostic(
                Span(at, at + 2),
                f"a period after the title's own `{text[last]}` (`{text[last : at + 2]}`); "
                f"{said}, and a title's question or exclamation mark needs none",
                fix=Fix.safe(Edit(Span(at + 1, at + 2), ""), message=f"Write `{mark}`"),
                ref=ref,
            )
        elif form == OUTSIDE:
            yield Diagnostic(
                Span(at, at + 2),
                f"the title's period after its closing quotation mark (`{mark}.`); {said}",
                fix=Fix.safe(Edit(Span(at, at + 2), f".{mark}"), message=f"Write `.{mark}`"),
                ref=ref,
            )
        else:
            yield Diagnostic(
                Span(last, at + 1),
                f"the title's period inside its closing quotation mark (`{text[last : at + 1]}`); "
                f"{said}",
                fix=Fix.safe(
                    Edit(Span(last, at + 1), text[last + 1 : at + 1] + "."),
                    message=f"Write `{text[last + 1 : at + 1]}.`",
                ),
                ref=ref,
            )
