"""Initials among given names written out (RL805's part): `Robert J Tibshirani`, `Mark EJ` and
`JC. Brown` where the list writes `Mátyás A. Sustik` and `R.M. Gray`, and `David C. Hoaglin`
where it writes `Matthew J Page`.

The grammar keeps given-names-first lists (Chicago's `Bien, Jacob, and Robert J Tibshirani`) as
one author now and then, so the names are read here from the author list's text, cut at its
commas and `and`s.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import Diagnostic, Edit, Fix, Reference, Span, pattern

from .conventions import DOMINANCE

_CUTS = pattern(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
_WORD = pattern(r"\S+")
_ET_AL = pattern(r"[.,]?\s*\bet\.?\s*al\b")
# an initial or run of initials, each dotted (`A.`, `R.M.`, `J.-C.`) or not (`J`, `EJ`, `JC.`)
_INITIALS = pattern(r"(?:[A-Z]\.?(?:[-\u2010]?(?=[A-Z])|(?=\s|$))){1,3}")
_DOTTED = pattern(r"(?:[A-Z]\.[-\u2010]?){1,3}")
# Chicago author-date's opening: the first name inverted, the year after the names, the title
# quoted (`Bien, Jacob, and Robert J Tibshirani. 2011. “Title.”`), after any citation key the
# list labels its entries with (`[Bien2011] Bien, Jacob. 2011.`)
_CHICAGO = pattern(
    r"(?:\[[^\]\s]{1,40}\]\s+)?(?P<names>[^\W\d][^,.]*,\s[A-Z][^“\"]{0,600}?)\.\s(?:1[5-9]|20)\d\d[a-z]?\.\s[“\"]"
)
# dotted initials among given names before a Chicago list counts as writing periods: Chicago dots
# every initial, so the bare ones are the faults (records exported from search engines drop the
# periods), however many they are; another list is held to the form most of its initials take
_MIN_DOTTED = 3


def chicago_list(refs: Sequence[Reference]) -> bool:
    """Most entries open in Chicago author-date's way (`Bien, Jacob. 2011. “Title.”`)."""
    return 2 * sum(_CHICAGO.match(r.text, r.body_start) is not None for r in refs) >= len(refs)


def chicago_names(ref: Reference) -> Span | None:
    """The names of an entry in Chicago's form, read from its text up to the year: the grammar
    stops short of some (`Tsymbal, A., M. Pechenizkiy, and Pádraig Cunningham. 2006.`)."""
    found = _CHICAGO.match(ref.text, ref.body_start)
    return Span(*found.span("names")) if found else ref.authors_span


def name_pieces(ref: Reference, span: Span | None) -> tuple[str, list[tuple[int, int, bool]]]:
    """The names' text at `span` (up to `et al.`) and each name's piece of it, cut at commas and
    `and`s, with whether it is an inverted first name's given names (`Chi, Eric C`)."""
    if span is None:
        return "", []
    text = ref.text[span.start : span.end]
    et_al = _ET_AL.search(text)
    text = text[: et_al.start()] if et_al else text
    pieces, at = [], 0
    for cut in [*_CUTS.finditer(text), None]:
        end = cut.start() if cut is not None else len(text)
        pieces.append((at, end))
        at = cut.end() if cut is not None else at
    single = len(pieces) > 1 and len(text[slice(*pieces[0])].split()) == 1
    return text, [(a, b, n == 1 and single) for n, (a, b) in enumerate(pieces)]


def _given_initials(ref: Reference) -> Iterator[tuple[Span, bool]]:
    """Each run of initials standing among given names (before a family name, or in the given
    names of an inverted first name, `Chi, Eric C`), and whether it is dotted throughout."""
    span = chicago_names(ref)
    text, pieces = name_pieces(ref, span)
    for a, b, inverted in pieces:
        assert span is not None
        words = list(_WORD.finditer(text, a, b))
        if not any(c.islower() for c in text[a:b]):
            continue  # initials alone, or ABNT's family names in capitals (`DE PAULA`)
        for k, word in enumerate(words):
            last = k == len(words) - 1
            if (last and not inverted) or not _INITIALS.fullmatch(word.group()):
                continue
            if last and b == len(text) and ref.text.startswith(".", span.start + b):
                continue  # `Steffen L.`: the period closing the names is the initial's too
            if len(words) == 1 and not inverted:
                continue  # a family name alone (`Fern, X.`): the list's other form
            dotted = _DOTTED.fullmatch(word.group()) is not None
            if not dotted and sum(c.isupper() for c in word.group()) > 2:
                continue  # `WHO`, `IBM`: a body's acronym, not three initials
            yield Span(span.start + word.start(), span.start + word.end()), dotted


Found = list[tuple[Reference, Span, bool]]


def given_initials(refs: Sequence[Reference]) -> Found:
    """Every run of initials among given names in the list, and whether it is dotted."""
    return [(ref, s, dotted) for ref in refs for s, dotted in _given_initials(ref)]


def undotted_given_initials(refs: Sequence[Reference], found: Found) -> Iterator[Diagnostic]:
    """Initials without their periods among given names, in a Chicago list that dots some."""
    dotted = sum(d for _, _, d in found)
    if dotted < _MIN_DOTTED or (not chicago_list(refs) and dotted < DOMINANCE * len(found)):
        return
    for ref, span, is_dotted in found:
        if is_dotted:
            continue
        printed = ref.text[span.start : span.end]
        new = "".join(f"{c}." if c.isalpha() else c for c in printed.replace(".", ""))
        yield Diagnostic(
            span,
            f"the initials `{printed}` lack a period; "
            f"{dotted} of the list's {len(found)} initials among given names write one",
            fix=Fix.safe(Edit(span, new), message="Write each initial with its period"),
            ref=ref,
        )


_MIN_BARE = 10  # bare initials among given names before a list counts as writing them so


def dotted_given_initials(refs: Sequence[Reference], found: Found) -> Iterator[Diagnostic]:
    """Initials with periods among given names (`David C. Hoaglin`, `P. Ataei`), in a list of
    another style than Chicago's that writes ten or more, and most, of them bare (`Matthew J
    Page`): a record printed as another source held it. A Chicago list is held to its bare
    initials too where it dots fewer than the three that make its dots the rule (`Paul J.
    Christian` among sixty `Matias D Cattaneo`, a processor printing its records as they are)."""
    bare = sum(not d for _, _, d in found)
    if bare < _MIN_BARE or bare < DOMINANCE * len(found):
        return
    if chicago_list(refs) and len(found) - bare >= _MIN_DOTTED:
        return
    for ref, span, is_dotted in found:
        if not is_dotted:
            continue
        printed = ref.text[span.start : span.end]
        new = printed.replace(".", "")
        yield Diagnostic(
            span,
            f"the initials `{printed}` have a period; "
            f"{bare} of the list's {len(found)} initials among given names write none",
            fix=Fix.safe(Edit(span, new), message="Write the initials without periods"),
            ref=ref,
        )
