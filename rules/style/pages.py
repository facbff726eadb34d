"""The marker before a proceedings or book title and the page locator: `In:`, `p.`, how page
ranges are abbreviated and which dash joins them (RL801-RL804).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

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

from .conventions import deviations, style_form, vancouver

IN_FORMS = {"In:": "In:", "In.": "In.", "In": "In"}


def _in_form(ref: Reference) -> str | None:
    if ref.in_marker is None:
        return None
    text = ref.in_marker.text.strip()
    return text if text in IN_FORMS else None


@list_rule(
    code="RL801",
    name="in-marker-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="The marker before a proceedings or book title differs from the list's own",
    fixable=True,
)
def in_marker_inconsistent(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns how the list writes the marker before a proceedings or book title (`In:`, `In.` or
    `In`) and flags entries that write it another way. Where fewer than five entries have the
    marker, `In.` is flagged anyway: no Vancouver variant writes it (Citing Medicine writes `In:`).

    ## Why is this bad?
    One entry in a different form is the kind of slip a copy editor marks on every proof.

    ## Example
        1. Gilmer J, Dahl GE. Neural message passing.
           In. Proceedings of the 34th International Conference on Machine Learning;
           Sydney, Australia. 2017. p. 1263-72.

    Use instead:
        1. Gilmer J, Dahl GE. Neural message passing.
           In: Proceedings of the 34th International Conference on Machine Learning;
           Sydney, Australia. 2017. p. 1263-72.

    ## Fix safety
    Safe: only the marker's punctuation changes, to the list's own form (or `In:`).
    """
    found, odd = deviations(refs, _in_form, style_form(ctx, lambda s: s.in_marker))
    if found is None:
        odd = [(ref, "In.") for ref in refs if _in_form(ref) == "In."]
        expected, why = "In:", "Vancouver styles write `In:`"
    else:
        expected, why = found.form, found.says(f"entries with the marker write `{found.form}`")
    for ref, form in odd:
        marker = ref.in_marker
        assert marker is not None
        yield Diagnostic(
            marker.span,
            f"writes `{form}` before the title; {why}",
            fix=Fix.safe(Edit(marker.span, expected), message=f"Write `{expected}`"),
            ref=ref,
        )


# --- page markers and page ranges -----------------------------------------------------------------


_LABELLED_VOLUME = pattern(r"\b[Vv]ol\.\s*$")


def _ieee(ref: Reference) -> bool:
    """Whether the entry labels its volume (`vol. 9`), as IEEE's journal articles do."""
    volume = ref.volume
    return volume is not None and bool(_LABELLED_VOLUME.search(ref.text, 0, volume.span.start))


# Citing Medicine's own marks (`In:` before the book, `[Internet]`, `[cited ...]`, `Available
# from:`): a list that prints them follows NLM's rules, which write `p.` before pages
_CITING_MEDICINE = pattern(r"\bIn[:.]\s|\[Internet\]|\[cited\b|\bAvailable from:")
# Editors marked `(ed)`, `(eds.)` after their names: author-date's and a journal's own variant's
# form, not Citing Medicine's `editors.`; the `In:` before them says nothing of NLM's rules
_EDITORS_IN_PARENTHESES = pattern(r"\([Ee]ds?\.?\)")


def _citing_medicine(refs: Sequence[Reference]) -> bool:
    for ref in refs:
        other_editors = _EDITORS_IN_PARENTHESES.search(ref.text) is not None
        for mark in _CITING_MEDICINE.finditer(ref.text):
            if not (other_editors and mark.group().startswith("In")):
                return True
    return False


def _page_marker(ref: Reference) -> str | None:
    """The marker, except `p.` (or `С.`) before one page: lists that write `pp.` before a range
    (IEEE, APA) write `p.` before a single page, and lists that write `p.` write it there too."""
    if ref.page_marker is None:
        return None
    marker = ref.page_marker.text.strip()
    # (GOST's `С.` before one page where a reference manager prints `Сс.` before a range)
    if marker in ("p.", "С.") and ref.pages is not None and not ref.pages.is_range:
        return None
    return marker


@list_rule(
    code="RL802",
    name="page-marker-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A page marker (`p.`, `pp.`) differs from the list's own",
    fixable=True,
)
def page_marker_inconsistent(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns how the list marks pages in books and proceedings (`p.` or `pp.`) and flags entries that
    write it another way. Where fewer than five entries mark pages, `pp.` is flagged anyway in
    a list that prints Citing Medicine's marks (`In:`, `[Internet]`, `[cited ...]`, `Available
    from:`; not `In:` before editors marked `(ed)`, another style's form): NLM's rules write
    `p. 1263-72`. A list without them (a journal's own Vancouver
    variant) has shown no form of its own, and its `pp.` is left alone; but a marker with a
    capital (`Pp. 169-87`) among markers in lower case is flagged however few they are.

    ## Why is this bad?
    `pp.` comes from author-date styles; in a numbered Vancouver list it stands out.

    ## Example
        1. Gilmer J, Dahl GE. Neural message passing.
           In: Proceedings of the 34th International Conference on Machine Learning;
           Sydney, Australia. 2017. pp. 1263-72.

    Use instead:
        1. Gilmer J, Dahl GE. Neural message passing.
           In: Proceedings of the 34th International Conference on Machine Learning;
           Sydney, Australia. 2017. p. 1263-72.

    ## Fix safety
    Safe: only the marker changes, to the list's own form (or `p.`).
    """
    found, odd = deviations(refs, _page_marker, style_form(ctx, lambda s: s.page_marker))
    if found is None:  # (IEEE's `vol. 9, pp. 1–9` is that style's own, not a Vancouver slip)
        yield from _capital_markers(refs)
        pp = [ref for ref in refs if _page_marker(ref) == "pp." and not _ieee(ref)]
        odd = [(ref, "pp.") for ref in pp] if pp and _citing_medicine(refs) else []
        expected, why = "p.", "Vancouver styles write `p.` before pages"
    else:
        expected, why = found.form, found.says(f"entries that mark pages write `{found.form}`")
    for ref, form in odd:
        marker = ref.page_marker
        assert marker is not None
        yield Diagnostic(
            marker.span,
            f"writes `{form}` before the pages; {why}",
            fix=Fix.safe(Edit(marker.span, expected), message=f"Write `{expected}`"),
            ref=ref,
        )


def _capital_markers(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """A page marker with a capital (`Pp. 169–187`) where the list's other markers are in lower
    case, however few: no style capitalises it."""
    markers = [(ref, m) for ref in refs if (m := _page_marker(ref)) is not None]
    if not any(m in ("p.", "pp.") for _, m in markers):
        return
    for ref, form in markers:
        if form in ("P.", "Pp."):
            assert ref.page_marker is not None
            expected = form.lower()
            yield Diagnostic(
                ref.page_marker.span,
                f"writes `{form}` before the pages; the list's other entries mark pages in lower "
                f"case (`{expected}`)",
                fix=Fix.safe(Edit(ref.page_marker.span, expected), message=f"Write `{expected}`"),
                ref=ref,
            )


class Range(NamedTuple):
    """A numeric page range as printed: `first`, the `last` page in full and as `printed`."""

    text: str
    span: Span
    first: str
    last: str
    printed: str
    dash: str


# A range after a volume's or issue's colon that the grammar left unread, as in an entry it could
# not set out in full (`2008; (22):3168-3170.`, `2018 Mar:200:238-248.`, `JAMA 266: 1365–70.`).
# A publisher's page count may follow in brackets (`16 (4): 964–988(25).`).
_LOOSE_RANGE = pattern(
    r"(?<=[\d)]):\s?(?P<first>\d+)(?P<dash>[-–])(?P<last>\d+)(?=(?:\(\d{1,3}\))?[.;,]?(?:\s|$))"
)


# an online supplement's page after a range (`1216-1219.e5`, `114-5.e1`)
_SUPPLEMENT = pattern(r"(?<=\d)\.e\d{1,3}$")


def _page_range(ref: Reference) -> Range | None:
    """The entry's page range: the grammar's, or one it left unread after a colon."""
    pages = ref.pages
    if pages is not None and pages.is_range:
        if pages.last is None or pages.last_printed is None:
            return None
        supplement = _SUPPLEMENT.search(pages.last_printed)
        if supplement is not None:  # `114-5.e1`: the range, then its online supplement's page
            cut = len(supplement.group())
            printed = pages.last_printed[:-cut]
            last = pages.first[: max(len(pages.first) - len(printed), 0)] + printed
            span = Span(pages.span.start, pages.span.end - cut)
            return Range(pages.text[:-cut], span, pages.first, last, printed, pages.dash)
        return Range(
            pages.text, pages.span, pages.first, pages.last, pages.last_printed, pages.dash
        )
    after = ref.date.span.end if ref.date is not None else ref.body_start
    loose = [m for m in _LOOSE_RANGE.finditer(ref.text, after)]
    if len(loose) != 1 or (pages is not None and pages.span.end > loose[0].start()):
        return None
    m = loose[0]
    first, printed = m.group("first"), m.group("last")
    last = first[: max(len(first) - len(printed), 0)] + printed
    start = m.start("first")
    return Range(m.string[start : m.end()], Span(start, m.end()), first, last, printed, m["dash"])


_LETTER = pattern(r"[A-Za-z]{1,2}(?=\d)")


def _range_parts(ref: Reference) -> tuple[Range, str, str, str] | None:
    """The range, and (first, full last, printed last) of a numeric range whose two forms differ,
    else None."""
    found = _page_range(ref)
    if found is None:
        return None
    first, last, printed = found.first, found.last, found.printed
    # an electronic issue's letter before both pages (`D524–D527`, `W126–31`): the digits decide
    letter = _LETTER.match(first)
    prefix = letter.group() if letter else ""
    if prefix and not (last.startswith(prefix) and printed[:1].isdigit() != (printed == last)):
        return None  # (`D524–527`: full digits without the letter, neither form)
    first_d, last_d = first[len(prefix) :], last[len(prefix) :]
    printed_d = printed[len(prefix) :] if printed == last else printed
    if not (first_d.isdigit() and last_d.isdigit() and printed_d.isdigit()):
        return None
    if len(first_d) != len(last_d) or first_d[0] != last_d[0] or int(last_d) <= int(first_d):
        return None  # "8-14", "196-223": written the same way in both forms
    if prefix and printed != last and len(printed_d) >= len(last_d):
        return None  # (`D524–527` again)
    return found, first, last, printed


def _short(first: str, last: str) -> str:
    common = 0
    while common < len(last) - 1 and first[common] == last[common]:
        common += 1
    return last[common:]


def range_form(ref: Reference) -> str | None:
    """ "full" or "abbreviated", for a page range whose two forms differ; else None."""
    parts = _range_parts(ref)
    if parts is None:
        return None
    found, _, last, printed = parts
    if printed == last and found.first[:1].isalpha():
        return None  # `F426–F433`: lists that abbreviate often keep a lettered range whole
    return "full" if printed == last else "abbreviated"


@list_rule(
    code="RL803",
    name="page-range-form-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A page range written in full among abbreviated ones, or the other way round",
    fixable=True,
)
def page_range_form(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list abbreviates page ranges (`1201-15`) or writes them in full
    (`1201-1215`), counting only ranges where the two forms differ, and flags the others.
    A range after a colon that the grammar could not place in a fuller reading counts too
    (`2008; (22):3168-3170.`, `JAMA 266: 1365–70.`). A list settles its form with 80% of at
    least five ranges, or with 70% of at least twelve (eleven full against four abbreviated).

    ## Why is this bad?
    A style writes every range one way; a mixture shows entries pasted from different sources.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-85.

    Use instead:
        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-5.

    A list split between the two forms sets no convention here; RL814 then hints at the form its
    style family prescribes. Where the list abbreviates, it also learns where it cuts: to the
    digits that change (`325-9`, Vancouver's) or to two (`325-29`, Chicago's), from the ranges the
    two cuts print differently, and flags the ranges cut the other way; a list that cuts to two
    keeps whole the ranges Chicago keeps whole (`2600–2606`, `3895–3962`). A Vancouver list whose
    own ranges settle no cut is held to Citing Medicine's, to the digits that change.

    ## Fix safety
    Safe: the range keeps its pages; only the printed form of its last page changes.
    """
    found, odd = deviations(refs, range_form, style_form(ctx, lambda s: s.page_range), many=True)
    if found is None:
        return
    cut = None
    if found.form == "abbreviated":
        # a list's own settled cut (Aging's `1303–09`) holds; where its ranges settle none, a
        # Vancouver list follows Citing Medicine, which cuts to the digits that change
        flagged = {id(ref) for ref, _ in odd}
        rest = [r for r in refs if id(r) not in flagged]
        cut, cut_odd = deviations(rest, cut_form)
        if cut is None and vancouver(refs):
            cut, cut_odd = deviations(rest, cut_form, (TO_CHANGE, "Citing Medicine"))
        # `10–14` is cut to two figures already: wrong only where the list cuts to the digits
        # that change (Chicago prints `22–29` whole)
        if cut is None or cut.form == TO_TWO:
            odd = [(ref, form) for ref, form in odd if len(_last_page(ref)) > 2]
        if cut is not None and cut.form == TO_TWO:
            odd = [(ref, form) for ref, form in odd if not _chicago_whole(ref)]
    for ref, form in odd:
        yield range_diagnostic(
            ref, form, found.form, found.says(f"page ranges in this list are {found.form}")
        )
    if cut is None:
        return
    for ref, form in cut_odd:
        parts = _range_parts(ref)
        assert parts is not None
        pages, first, last, printed = parts
        new_last = _short(first, last) if cut.form == TO_CHANGE else last[-2:]
        start = pages.span.end - len(printed)
        example = f"{pages.first}{pages.dash or '-'}{new_last}"
        yield Diagnostic(
            pages.span,
            f"page range `{pages.text}` is {form}; "
            f"{cut.says(f'page ranges in this list are {cut.form}')} (`{example}`)",
            fix=Fix.safe(Edit(Span(start, pages.span.end), new_last), message=f"Write `{example}`"),
            ref=ref,
        )


def _chicago_whole(ref: Reference) -> bool:
    """Whether Chicago, which cuts to two digits, prints the range whole: from a hundred
    (`2600–2606`), or four digits long with three changing (`3895–3962`)."""
    parts = _range_parts(ref)
    assert parts is not None
    _, first, last, _ = parts
    if not first.isdigit():
        return False
    return int(first) % 100 == 0 or (len(first) == 4 and len(_short(first, last)) >= 3)


def _last_page(ref: Reference) -> str:
    parts = _range_parts(ref)
    assert parts is not None
    return parts[2]


TO_CHANGE = "cut to the digits that change"
TO_TWO = "cut to two digits"


def cut_form(ref: Reference) -> str | None:
    """Where an abbreviated range is cut: to the digits that change (`325–9`) or to two
    (`325–29`); None where the two cuts print it alike (`1365–71`) or it is written in full."""
    parts = _range_parts(ref)
    if parts is None or parts[0].first[:1].isalpha():
        return None
    _, first, last, printed = parts
    if printed == last or printed.startswith("0"):
        return None  # (`2000–01`: a zero kept, read alike in both cuts)
    shortest = _short(first, last)
    if len(shortest) != 1:
        return None
    if printed == shortest:
        return TO_CHANGE
    return TO_TWO if len(last) > 2 and printed == last[-2:] else None


def range_diagnostic(ref: Reference, form: str, wanted: str, why: str) -> Diagnostic:
    """The finding on `ref`'s range, printed `form` where `wanted` is the form `why` gives."""
    parts = _range_parts(ref)
    assert parts is not None
    pages, first, last, _ = parts
    new_last = _short(first, last) if wanted == "abbreviated" else last
    start = pages.span.end - len(pages.printed)
    example = f"{pages.first}{pages.dash or '-'}{new_last}"
    return Diagnostic(
        pages.span,
        f"page range `{pages.text}` is {form}; {why} (`{example}`)",
        fix=Fix.safe(Edit(Span(start, pages.span.end), new_last), message=f"Write `{example}`"),
        ref=ref,
    )


DASHES = {
    "-": "hyphen",
    "–": "en dash",
    "—": "em dash",
    "‐": "hyphen",
    "‑": "hyphen",
    "−": "minus sign",
}


def _dash_form(ref: Reference) -> str | None:
    """The range's joiner as printed, with any space beside the dash (`–`, ` – `, `- `): a spaced
    dash among closed-up ones is as plain a slip in print as another dash."""
    pages = ref.pages
    if pages is None or not pages.is_range or pages.dash not in DASHES:
        return None
    at = pages.text.find(pages.dash, len(pages.first))
    if at < 0:
        return pages.dash
    before = pages.text[:at]
    after = pages.text[at + len(pages.dash) :]
    return before[len(before.rstrip()) :] + pages.dash + after[: len(after) - len(after.lstrip())]


def _dash_name(form: str) -> str:
    name = DASHES[form.strip()]
    return name if form == form.strip() else f"a spaced {name}"


@list_rule(
    code="RL804",
    name="page-range-dash-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A page range joined by a different dash than the list's others",
    fixable=True,
)
def page_range_dash(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list joins page ranges with a hyphen or an en dash, closed up or spaced
    (`239 – 248`), and flags the others. A list of twelve ranges or more settles with 70% of them
    in one form (nine en dashes against three hyphens are a habit and three strays).

    ## Why is this bad?
    The difference is hard to see on screen and obvious in print.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80–5.

    Use instead:
        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-5.

    ## Fix safety
    Safe: only the dash changes.
    """
    found, odd = deviations(refs, _dash_form, style_form(ctx, lambda s: s.dash), many=True)
    if found is None:
        return
    wanted = _dash_name(found.form)
    for ref, form in odd:
        pages = ref.pages
        assert pages is not None
        at = pages.text.find(form, len(pages.first))
        if at < 0:
            continue
        span = Span(pages.span.start + at, pages.span.start + at + len(form))
        yield Diagnostic(
            span,
            f"page range `{pages.text}` uses {_dash_name(form)}; "
            f"{found.says(f'page ranges use {wanted}')}",
            fix=Fix.safe(Edit(span, found.form), message=f"Use {wanted}"),
            ref=ref,
        )
