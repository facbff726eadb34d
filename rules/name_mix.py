"""RL590's part for Chicago lists: one entry's names in two forms, given names written out and
initials only (`Hocking, T., Jean-Philippe Vert, F. Bach, and Armand Joulin`), where the list
writes most of its names one way. A citation processor prints what each record holds, so the
records' forms show through; an entry that mixes them is the plain sign of it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import Diagnostic, Reference, Span, pattern

from .style.conventions import DOMINANCE
from .style.given_initials import chicago_list, chicago_names, name_pieces

# a given name's first word: initials (`F.`, `J.-P.`, `MD`) or a name written out (`Jean-Philippe`)
_INITIALS = pattern(r"(?:[A-Z]\.?(?:[-\u2010]?(?=[A-Z])|$)){1,2}|(?:[A-Z]\.[-\u2010]?){1,3}")
_WRITTEN = pattern(r"[^\W\d_a-z][^\W\d_A-Z]+(?:[-'’][^\W\d_][^\W\d_A-Z]+)*")
# Chicago's editors of a book: `In Book, edited by A. Editor and B. Editor, 1–9.`
_EDITED_BY = pattern(r"\bedited\s+by\s+(?P<names>.+?)(?=,\s*(?:\d|vol\b|Vol\b)|\.\s|\.?$)")
# particles that open a family name (`Di Molfetta`, `Van Dyke`), capitalised or not
_PARTICLES = frozenset(
    [
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "den",
        "di",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "ten",
        "ter",
        "st",
        "san",
        "santa",
        "al",
        "el",
        "bin",
        "ibn",
    ]
)
# a habit firm enough that an entry all of the other form breaks it: twenty names and more,
# nine in ten of one form
_FIRM_NAMES = 20
_FIRM_SHARE = 0.9
WRITTEN, INITIALS = "written out", "initials only"


def _middle_name(words: list[str], inverted: bool) -> bool:
    """Whether an initial opens given names that go on written out (`J Doyne Farmer`): the name
    is given whole, its first word cut as its bearer signs it. A family name's particle after the
    initial (`G Di Molfetta`) is no given name."""
    given = words if inverted else words[:-1]
    return (
        len(given) >= 2
        and _WRITTEN.fullmatch(given[1]) is not None
        and given[1].lower() not in _PARTICLES
    )


def _forms(ref: Reference) -> Iterator[tuple[Span, str, str]]:
    """Each name of the entry's authors and editors (the inverted first one's given names
    included) with its form, past the first piece (the inverted first name's family)."""
    spans = [chicago_names(ref)]
    if (editors := _EDITED_BY.search(ref.text)) is not None:
        spans.append(Span(*editors.span("names")))
    for span in spans:
        text, pieces = name_pieces(ref, span)
        for n, (a, b, inverted) in enumerate(pieces):
            words = text[a:b].split()
            if (n == 0 and span is spans[0]) or (len(words) < 2 and not inverted) or not words:
                continue
            form = (
                INITIALS
                if _INITIALS.fullmatch(words[0]) and not _middle_name(words, inverted)
                else WRITTEN
                if _WRITTEN.fullmatch(words[0]) or _middle_name(words, inverted)
                else None
            )
            if form is not None and span is not None:
                yield Span(span.start + a, span.start + b), form, text[a:b]


def _record(ref: Reference, refs: Sequence[Reference]) -> bool:
    """Whether an entry whose names are all of the list's rare form shows a record's form, not
    its authors' own: two names or more (one author may sign with initials, `H. J. Jackson`),
    or its author printed with the given name written out elsewhere (`Tibshirani, R.` beside
    `Tibshirani, Robert` or `Robert Tibshirani`)."""
    if len(ref.authors) != 1:
        return len(ref.authors) >= 2
    (author,) = ref.authors
    if not author.family or not author.initials:
        return False
    for other in refs:
        for name in other.authors if other is not ref else ():
            given = name.text.replace(author.family, "", 1).strip(" ,")
            if (
                name.family == author.family
                and given[:1] == author.initials[:1]
                and _WRITTEN.fullmatch(given.split()[0]) is not None
            ):
                return True
    return False


def mixed_names(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Names of the list's rarer form in an entry that holds names of its usual form too."""
    if not chicago_list(refs):
        return
    names = {id(ref): list(_forms(ref)) for ref in refs}
    written = sum(form == WRITTEN for found in names.values() for _, form, _ in found)
    total = sum(len(found) for found in names.values())
    usual = WRITTEN if written >= DOMINANCE * total else INITIALS
    share = written if usual == WRITTEN else total - written
    if total == 0 or share < DOMINANCE * total:
        return
    firm = total >= _FIRM_NAMES and share >= _FIRM_SHARE * total
    for ref in refs:
        odd = [(span, printed) for span, form, printed in names[id(ref)] if form != usual]
        if not odd or (len(odd) == len(names[id(ref)]) and not (firm and _record(ref, refs))):
            continue
        shown = ", ".join(f"`{printed}`" for _, printed in odd)
        verb = "gives" if len(odd) == 1 else "give"
        what = "initials only" if usual == WRITTEN else "the given name written out"
        among = "among names of the other form" if len(odd) < len(names[id(ref)]) else "alone"
        yield Diagnostic(
            odd[0][0],
            f"{shown} {verb} {what} {among}; {share} of the list's {total} names are {usual}",
            ref=ref,
        )
