"""How a list's own conventions are learnt: the form most of its entries share, or the one a
named style pins, and the entries that write it another way.

For each feature a rule looks at the entries where it applies, and only when one form clearly
dominates (at least `MIN_ENTRIES` such entries, and at least `DOMINANCE` of them in one form) does
it flag the others, naming the majority: a list of three entries, or one split 60/40, is never
lectured.

Some elements are printed differently by kind of work, and rightly: Citing Medicine gives a journal
article's DOI as `doi:10...` and a preprint's or web page's as the link after `Available from:`.
For those, `deviations_by_work` learns one convention per kind of work (`WORKS`), so that one kind
is never measured against another's form.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

from refslint.api import Context, HouseStyle, Kind, Reference
from refslint.grammar.transform import tail_parts

T = TypeVar("T")

MIN_ENTRIES = 5  # fewer entries with a feature than this set no convention
DOMINANCE = 0.8  # the share one form needs before the other forms count as deviations
# Where a rule asks for it (`many=True`), a longer list settles with a smaller share: at least
# `MANY_ENTRIES` entries with the feature and `MANY_SHARE` of them in one form (eleven ranges in
# full against four abbreviated are a habit and four strays; seven against five are no habit)
MANY_ENTRIES = 12
MANY_SHARE = 0.7


# The kinds of work a style may print an element differently for. Conference papers are set out as
# chapters of their proceedings, theses and reports as books (a university or a body their
# publisher); an entry whose kind the grammar could not tell is measured alone, and so are the
# kinds no style sets out like another's.
JOURNAL_ARTICLES = "journal articles"
BOOKS = "books and chapters"
ONLINE = "preprints and web pages"
OTHER = "standards, patents, software and data"
WORKS: dict[Kind, str] = {
    Kind.ARTICLE: JOURNAL_ARTICLES,
    Kind.BOOK: BOOKS,
    Kind.CHAPTER: BOOKS,
    Kind.CONFERENCE: BOOKS,
    Kind.PREPRINT: ONLINE,
    Kind.WEBPAGE: ONLINE,
    Kind.THESIS: BOOKS,
    Kind.REPORT: BOOKS,
    Kind.STANDARD: OTHER,
    Kind.PATENT: OTHER,
    Kind.SOFTWARE: OTHER,
    Kind.DATASET: OTHER,
    Kind.UNKNOWN: "entries of unknown kind",
}


def work_of(ref: Reference) -> str:
    """The kind of work `ref` is, as `WORKS` groups kinds."""
    return WORKS[ref.kind]


@dataclass(frozen=True)
class Convention:
    form: str
    count: int
    total: int
    style: str = ""  # the named style that pins the form, "" when it was learnt from the list

    def says(self, what: str) -> str:
        """'38 of 40 conference entries write `In:`', or what a named style prescribes."""
        if self.style:
            return f"{what} (style `{self.style}`)"
        return f"{self.count} of {self.total} {what}"


def style_of(ctx: Context) -> HouseStyle | None:
    """The house style the config pins, or None: conventions are learnt from the list."""
    return ctx.style


def style_form(ctx: Context, pick: Callable[[HouseStyle], T | None]) -> tuple[T | None, str]:
    """What the pinned style says of one convention (`pick` reads it), and the style's name;
    (None, "") where no style is pinned or it leaves the convention to the list."""
    style = ctx.style
    if style is None:
        return None, ""
    return pick(style), style.name


def convention(forms: Sequence[str], *, many: bool = False) -> Convention | None:
    """The dominant form of `forms`, or None when the list has not settled on one (`many`: a
    list of `MANY_ENTRIES` such entries settles with `MANY_SHARE` of them)."""
    if len(forms) < MIN_ENTRIES:
        return None
    form, count = Counter(forms).most_common(1)[0]
    share = MANY_SHARE if many and len(forms) >= MANY_ENTRIES else DOMINANCE
    if count / len(forms) < share:
        return None
    return Convention(form, count, len(forms))


def holds_two_citations(ref: Reference) -> bool:
    """Whether the entry prints two dates each with its own volume and pages: a second reference
    inside it (`...: Comment on Merrick et al. Journal 2016;1(1):102-112; DOI: ... Journal. 2017;
    2(1): 1–4.`). Which text is whose title and journal is then a guess, so the list's conventions
    are neither learnt from it nor held against it."""
    if len(ref.dates) < 2:
        return False  # most entries, asked by many rules: one date holds one tail at most
    tails = 0
    for date in ref.dates:
        # a tail with a volume (`2016;1(1):102-112`, `2014, 563, A49`), by the lexer's own pattern
        found = tail_parts().match(ref.text, date.span.end)
        if found is not None and (found["volume_a"] or found["volume_d"]):
            tails += 1
    return tails >= 2


def deviations(
    refs: Sequence[Reference],
    form_of: Callable[[Reference], str | None],
    pinned: tuple[str | None, str] = (None, ""),
    *,
    many: bool = False,
) -> tuple[Convention | None, list[tuple[Reference, str]]]:
    """The list's convention (or the style's, where `pinned` gives one) and entries breaking it
    (`many` as `convention` takes it)."""
    measured = [
        (ref, form)
        for ref in refs
        if (form := form_of(ref)) is not None and not holds_two_citations(ref)
    ]
    form, style = pinned
    if form is not None:
        count = sum(1 for _, f in measured if f == form)
        return Convention(form, count, len(measured), style), [
            (ref, f) for ref, f in measured if f != form
        ]
    found = convention([form for _, form in measured], many=many)
    if found is None:
        return None, []
    return found, [(ref, form) for ref, form in measured if form != found.form]


class Learnt(NamedTuple):
    """One kind of work's convention for an element, and its entries that break it."""

    work: str
    convention: Convention
    odd: list[tuple[Reference, str]]


def deviations_by_work(
    refs: Sequence[Reference],
    form_of: Callable[[Reference], str | None],
    pinned: tuple[str | None, str] = (None, ""),
    *,
    unpinned: Collection[str] = (ONLINE,),
    work: Callable[[Reference], str] = work_of,
) -> list[Learnt]:
    """`deviations`, learnt apart for each kind of work that has the element, in list order.

    A named style's form (`pinned`) holds for every kind of work but those in `unpinned`, which
    learn their own from the list: a style's one form is the one it gives journal articles.
    """
    groups: dict[str, list[Reference]] = {}
    for ref in refs:
        groups.setdefault(work(ref), []).append(ref)
    learnt = []
    for name, members in groups.items():
        found, odd = deviations(members, form_of, (None, "") if name in unpinned else pinned)
        if found is not None:
            learnt.append(Learnt(name, found, odd))
    return learnt


def vancouver(refs: Sequence[Reference]) -> bool:
    """Whether the list sets its journal articles out in Vancouver (`2018;6(9):e902-13`): at
    least five, and at least 80% of those with a volume.

    The style family then speaks where the list's own entries do not settle a convention: Citing
    Medicine abbreviates page ranges, words access notes `[cited ...]`, and lists every author
    or cuts the list at six at most.
    """
    tails = [
        ";" in ref.text[ref.date.span.end : ref.volume.span.start]
        for ref in refs
        if ref.kind is Kind.ARTICLE
        and ref.date is not None
        and ref.volume is not None
        and ref.date.span.end <= ref.volume.span.start
    ]
    return sum(tails) >= MIN_ENTRIES and sum(tails) >= DOMINANCE * len(tails)
