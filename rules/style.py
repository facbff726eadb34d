"""House style (RL8xx): a list's own conventions, learnt from it, and the entries that break them.

No style is configured. For each feature the rule looks at the entries where it applies, and only
when one form clearly dominates (at least `MIN_ENTRIES` such entries, and at least `DOMINANCE` of
them in one form) does it flag the others, naming the majority: a list of three entries, or one
split 60/40, is never lectured. Two forms that no Vancouver variant uses (`In.` and `pp.`) are also
flagged when the list has too few entries to set its own convention.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Journal,
    Kind,
    PartialDate,
    Reference,
    Severity,
    Span,
    journal_key,
    journal_word_usually_shortened,
    journal_word_usually_whole,
    journals_named,
    journals_resembling,
    list_rule,
    pattern,
)

MIN_ENTRIES = 5  # fewer entries with a feature than this set no convention
DOMINANCE = 0.8  # the share one form needs before the other forms count as deviations


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


def _style(ctx: Context) -> Any:
    """The named house style of the config (`refslint.styles.Style`), or None."""
    return ctx.settings.get("style")


def _pinned(ctx: Context, attribute: str) -> tuple[Any, str]:
    style = _style(ctx)
    if style is None:
        return None, ""
    return getattr(style, attribute), style.name


def convention(forms: Sequence[str]) -> Convention | None:
    """The dominant form of `forms`, or None when the list has not settled on one."""
    if len(forms) < MIN_ENTRIES:
        return None
    form, count = Counter(forms).most_common(1)[0]
    if count / len(forms) < DOMINANCE:
        return None
    return Convention(form, count, len(forms))


def _deviations(
    refs: Sequence[Reference],
    form_of: Callable[[Reference], str | None],
    pinned: tuple[Any, str] = (None, ""),
) -> tuple[Convention | None, list[tuple[Reference, str]]]:
    """The list's convention (or the style's, where `pinned` gives one) and entries breaking it."""
    measured = [(ref, form) for ref in refs if (form := form_of(ref)) is not None]
    form, style = pinned
    if form is not None:
        count = sum(1 for _, f in measured if f == form)
        return Convention(form, count, len(measured), style), [
            (ref, f) for ref, f in measured if f != form
        ]
    found = convention([form for _, form in measured])
    if found is None:
        return None, []
    return found, [(ref, form) for ref, form in measured if form != found.form]


# --- the marker before proceedings and book titles ------------------------------------------------

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
    found, odd = _deviations(refs, _in_form, _pinned(ctx, "in_marker"))
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


def _page_marker(ref: Reference) -> str | None:
    if ref.page_marker is None:
        return None
    return ref.page_marker.text.strip()


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
    write it another way. Where fewer than five entries mark pages, `pp.` is flagged anyway:
    Vancouver styles write `p. 1263-72`.

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
    found, odd = _deviations(refs, _page_marker, _pinned(ctx, "page_marker"))
    if found is None:
        odd = [(ref, "pp.") for ref in refs if _page_marker(ref) == "pp."]
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


def _range_parts(ref: Reference) -> tuple[str, str, str] | None:
    """(first, full last, printed last) of a numeric range whose two forms differ, else None."""
    pages = ref.pages
    if pages is None or not pages.is_range or pages.last is None or pages.last_printed is None:
        return None
    first, last, printed = pages.first, pages.last, pages.last_printed
    if not (first.isdigit() and last.isdigit() and printed.isdigit()):
        return None
    if len(first) != len(last) or first[0] != last[0] or int(last) <= int(first):
        return None  # "8-14", "196-223": written the same way in both forms
    return first, last, printed


def _short(first: str, last: str) -> str:
    common = 0
    while common < len(last) - 1 and first[common] == last[common]:
        common += 1
    return last[common:]


def _range_form(ref: Reference) -> str | None:
    parts = _range_parts(ref)
    if parts is None:
        return None
    _, last, printed = parts
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

    ## Fix safety
    Safe: the range keeps its pages; only the printed form of its last page changes.
    """
    found, odd = _deviations(refs, _range_form, _pinned(ctx, "page_range"))
    if found is None:
        return
    for ref, form in odd:
        parts = _range_parts(ref)
        assert parts is not None and ref.pages is not None
        first, last, printed = parts
        new_last = _short(first, last) if found.form == "abbreviated" else last
        pages = ref.pages
        start = pages.span.end - len(printed)
        example = f"{first}{pages.dash or '-'}{new_last}"
        yield Diagnostic(
            pages.span,
            f"page range `{pages.text}` is {form}; "
            f"{found.says('page ranges in this list are ' + found.form)} (`{example}`)",
            fix=Fix.safe(Edit(Span(start, pages.span.end), new_last), message=f"Write `{example}`"),
            ref=ref,
        )


DASHES = {"-": "hyphen", "–": "en dash", "—": "em dash", "‐": "hyphen", "‑": "hyphen"}


def _dash_form(ref: Reference) -> str | None:
    pages = ref.pages
    if pages is None or not pages.is_range or pages.dash not in DASHES:
        return None
    return pages.dash


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
    Learns whether the list joins page ranges with a hyphen or an en dash and flags the others.

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
    found, odd = _deviations(refs, _dash_form, _pinned(ctx, "dash"))
    if found is None:
        return
    wanted = DASHES[found.form]
    for ref, form in odd:
        pages = ref.pages
        assert pages is not None
        at = pages.text.find(form, len(pages.first))
        if at < 0:
            continue
        span = Span(pages.span.start + at, pages.span.start + at + len(form))
        yield Diagnostic(
            span,
            f"page range `{pages.text}` uses {DASHES[form]}; "
            f"{found.says(f'page ranges use {wanted}')}",
            fix=Fix.safe(Edit(span, found.form), message=f"Use {wanted}"),
            ref=ref,
        )


# --- author lists ---------------------------------------------------------------------------------


# The first author as printed: a family name, then initials run together (`JA`) or dotted (`J.A.`,
# `J. A.`). Read from the text, because the grammar stops at a dotted initial's period.
_FIRST_AUTHOR = pattern(
    r"\s*[^\W\d_][\w'’-]*(?:[ -][^\W\d_][\w'’-]+)?\s((?:[A-Z]\.\s?){1,3}|[A-Z]{1,3})(?=[,.\s])"
)


def _initials(ref: Reference) -> tuple[str, Span] | None:
    m = _FIRST_AUTHOR.match(ref.text, ref.body_start)
    if m is None:
        return None
    initials = m.group(1).rstrip()
    if initials.count(".") == 1 and not ref.text.startswith(",", m.start(1) + len(initials)):
        return None  # "Drautz R. Atomic...": the period may as well close the author list
    form = "with periods" if "." in initials else "without periods"
    return form, Span(m.start(1), m.start(1) + len(initials))


# Every name of an author list, read from the text for the same reason: family name, initials, and
# what follows them (a comma before the next name, or the period or space that ends the list).
_AUTHOR = pattern(
    r"[^\W\d_][\w'’-]*(?:[ -][^\W\d_][\w'’-]+)?\s((?:[A-Z]\.[ -]?)*[A-Z]\.|[A-Z]{1,3})(?=[,.\s])"
)
_NEXT_AUTHOR = pattern(r",\s*(?!et al\b)")


def _all_initials(ref: Reference) -> list[Span]:
    """Where each author's initials are printed, first author first, up to the end of the list."""
    spans = []
    at = ref.body_start
    while True:
        while at < len(ref.text) and ref.text[at].isspace():
            at += 1
        m = _AUTHOR.match(ref.text, at)
        if m is None:
            return spans
        spans.append(Span(m.start(1), m.end(1)))
        following = _NEXT_AUTHOR.match(ref.text, m.end(1))
        if following is None:
            return spans
        at = following.end()


def _restyled(initials: str, after: str, with_periods: bool, spaced: bool) -> str:
    """`J.A.` as `JA` or back; the period that ends a list (`Smith JA. Title`) is kept."""
    letters = [c for c in initials if c.isalpha()]
    if not with_periods:
        return "".join(letters) + ("." if initials.endswith(".") and after != "," else "")
    return (" " if spaced else "").join(f"{c}." for c in letters)


def _spaced(refs: Sequence[Reference]) -> bool:
    """Whether the list writes `J. A.` rather than `J.A.`: told by initials of 2+ letters."""
    dotted = [
        printed
        for ref in refs
        for span in _all_initials(ref)
        if (printed := ref.text[span.start : span.end]).count(".") >= 2
    ]
    return sum(". " in d for d in dotted) > len(dotted) / 2


def _initials_form(ref: Reference) -> str | None:
    found = _initials(ref)
    return found[0] if found else None


@list_rule(
    code="RL805",
    name="author-initials-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Author initials written with periods where the list writes them without, or back",
    fixable=True,
)
def author_initials(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list writes author initials with periods (`Smith J.A.`) or without
    (`Smith JA`) and flags entries that write them the other way.

    ## Why is this bad?
    A style writes every name one way; a mixed list looks assembled from several sources.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A., Batzner S., Cubuk E.D., et al. Deep learning. Phys Rev Lett 2023;624:80-5.

    Use instead:
        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-5.

    ## Fix safety
    Safe: every author's initials in the entry are rewritten in the list's form (`J.A.` or
    `J. A.` as most dotted entries write them); only periods and spaces change.
    """
    found, odd = _deviations(refs, _initials_form, _pinned(ctx, "initials"))
    if found is None:
        return
    with_periods = found.form == "with periods"
    spaced = with_periods and bool(odd) and _spaced(refs)  # only adding periods asks
    for ref, form in odd:
        found_initials = _initials(ref)
        edits = []
        for span in _all_initials(ref):
            printed = ref.text[span.start : span.end]
            single = len(printed.replace(".", "")) == 1
            if single and not with_periods and not ref.text.startswith(",", span.end):
                continue  # "Drautz R. Atomic": the period ends the author list
            after = ref.text[span.end : span.end + 1]
            new = _restyled(printed, after, with_periods, spaced)
            if new != printed:
                if with_periods and ref.text.startswith(".", span.end):
                    span = Span(span.start, span.end + 1)  # "JA. Title": the list's period
                edits.append(Edit(span, new))
        yield Diagnostic(
            found_initials[1] if found_initials else None,
            f"author initials are written {form}; "
            f"{found.says(f'entries write initials {found.form}')}",
            fix=Fix.safe(*edits, message=f"Write initials {found.form}") if edits else None,
            ref=ref,
        )


def _et_al_count(ref: Reference) -> str | None:
    if ref.et_al is None or not ref.authors:
        return None
    return str(len(ref.authors))


@list_rule(
    code="RL806",
    name="et-al-count-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An entry lists more or fewer authors than the list's et al. rule",
)
def et_al_count(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns the list's et al. rule: how many authors it names before `et al.` (three, six...),
    and how many it lists in full without it (the most seen in at least two entries). Flags
    entries that name more or fewer before `et al.`, and entries that list every author where
    the rule says to stop and write `et al.`. A named style (`et-al = { up-to = 6, listed = 3 }`)
    pins the rule instead.

    ## Why is this bad?
    The et al. rule is part of every style ("all authors up to six, else the first three and
    et al."); an entry that breaks it was usually pasted in from elsewhere.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, Ong S, et al. Deep models. Phys Rev Lett 2023;624:80-5.

    Use instead:
        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-5.
    """
    rule, style = _pinned(ctx, "et_al")
    found, odd = _deviations(
        refs, _et_al_count, (None if rule is None else str(rule.listed), style)
    )
    if found is None:
        return
    listed = int(found.form)
    up_to = rule.up_to if rule is not None else _learnt_up_to(refs, listed)
    described = f"all authors up to {up_to}, else {listed} and et al."
    for ref, form in odd:
        assert ref.et_al is not None
        yield Diagnostic(
            ref.et_al.span,
            f"names {form} authors before `et al.`; "
            + (
                found.says(f"the rule is {described}")
                if style
                else f"{found.says(f'entries with et al. name {found.form}')} ({described})"
            ),
            ref=ref,
        )
    for ref in refs:
        if ref.et_al is None and len(ref.authors) > up_to and not ref.authors[-1].is_group:
            yield Diagnostic(
                ref.authors_span,
                f"lists all {len(ref.authors)} authors; "
                + (
                    found.says(f"the rule is {described}")
                    if style
                    else f"the list follows {described}"
                ),
                ref=ref,
            )


def _learnt_up_to(refs: Sequence[Reference], listed: int) -> int:
    """The most authors the list prints without `et al.`, seen in at least two entries.

    A single entry with more names is the deviation; without two such entries the list shows no
    limit, and nothing above the et al. count is flagged.
    """
    counts = Counter(len(ref.authors) for ref in refs if ref.et_al is None and ref.authors)
    supported = [n for n, seen in counts.items() if seen >= 2 and n >= listed]
    return max(supported, default=max([listed, *counts]))


# --- access notes, terminal punctuation, identifier links -----------------------------------------


@list_rule(
    code="RL807",
    name="access-note-wording-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An access note worded differently from the list's others",
    fixable=True,
)
def access_note_wording(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns how the list words its access notes (`[cited ...]`, `[accessed on ...]`,
    `[Last accessed on ...]`) and flags notes worded another way.

    ## Why is this bad?
    One wording per list is part of any house style.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. OQMD [Internet]. 2023 [cited 2026 Oct 21]. Available from: https://oqmd.org
        2. MatBench [Internet]. 2023 [cited 2026 Oct 21]. Available from: https://matbench.org
        3. Materials Project [Internet]. 2023 [cited 2026 Oct 21]. Available from: https://mp.org
        4. AFLOW [Internet]. 2023 [cited 2026 Oct 21]. Available from: https://aflow.org
        5. NOMAD [Internet]. 2023 [accessed on 2026 Oct 21]. Available from: https://nomad.org

    Use instead:
        1. OQMD [Internet]. 2023 [cited 2026 Oct 21]. Available from: https://oqmd.org
        2. MatBench [Internet]. 2023 [cited 2026 Oct 21]. Available from: https://matbench.org
        3. Materials Project [Internet]. 2023 [cited 2026 Oct 21]. Available from: https://mp.org
        4. AFLOW [Internet]. 2023 [cited 2026 Oct 21]. Available from: https://aflow.org
        5. NOMAD [Internet]. 2023 [cited 2026 Oct 21]. Available from: https://nomad.org

    A named style may word notes by entry kind (`access-wording = { preprint = "accessed on",
    other = "Last accessed on" }`).

    ## Fix safety
    Safe: only the wording changes; the date keeps its printed form.
    """
    style = _style(ctx)
    if style is not None and style.access_wording:
        kinds = {ref.kind.value for ref in refs if ref.access_wording}
        for kind in sorted(kinds):
            wanted = style.wording_for(kind)
            if wanted is None:
                continue
            of_kind = [ref for ref in refs if ref.kind.value == kind]
            found, odd = _deviations(of_kind, _wording, (wanted, style.name))
            yield from _wording_diagnostics(found, odd, f"{kind} entries' access notes")
        return
    found, odd = _deviations(refs, _wording)
    yield from _wording_diagnostics(found, odd, "access notes")


def _wording(ref: Reference) -> str | None:
    return ref.access_wording or None


def _wording_diagnostics(
    found: Convention | None, odd: list[tuple[Reference, str]], notes: str
) -> Iterator[Diagnostic]:
    if found is None:
        return
    for ref, form in odd:
        note = ref.access_note
        fix = None
        if note is not None:
            at = note.text.lower().find(form.lower())
            if at >= 0:
                start = note.span.start + at
                wanted = found.form
                fix = Fix.safe(
                    Edit(Span(start, start + len(form)), wanted), message=f"Write `{wanted}`"
                )
        yield Diagnostic(
            note.span if note else None,
            f"access note says `{form}`; {found.says(f'{notes} say `{found.form}`')}",
            fix=fix,
            ref=ref,
        )


_ENDS_WITH_LINK = pattern(r"(?:https?://|doi:\s*10\.|www\.)\S*$", re.IGNORECASE)


def _ending(ref: Reference) -> str | None:
    body = ref.text[ref.body_start :].rstrip()
    last_words = " ".join(body.rsplit(None, 2)[-2:])  # where a link that ends the entry lies
    if not body or _ENDS_WITH_LINK.search(last_words):
        return None  # Citing Medicine ends a link with no period, so links set no convention
    return "period" if body[-1] in ".?!" else "none"


@list_rule(
    code="RL808",
    name="terminal-punctuation-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An entry that does not end with a period where the list's others do",
    fixable=True,
)
def terminal_punctuation(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list ends its entries with a period and flags entries that do not. Entries
    that end with a link or a DOI are left out: Citing Medicine ends those without a period.

    ## Why is this bad?
    A missing final period is small, and exactly what a copy editor marks.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-5

    Use instead:
        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-5.

    ## Fix safety
    Safe: a period is added at the end of the entry.
    """
    wanted, style = _pinned(ctx, "terminal_period")
    pinned = (None if wanted is None else "period" if wanted else "none", style)
    found, odd = _deviations(refs, _ending, pinned)
    if found is None or found.form != "period":
        return
    for ref, _form in odd:
        end = len(ref.text.rstrip())
        yield Diagnostic(
            Span(end - 1, end),
            f"entry does not end with a period; {found.says('entries end with one')}",
            fix=Fix.safe(Edit(Span(end, end), "."), message="Add a period"),
            ref=ref,
        )


def _doi_form(ref: Reference) -> str | None:
    if ref.doi is None or ref.doi_marker is None:
        return None
    marker = ref.doi_marker.text.strip().lower()
    return "doi:" if marker.startswith("doi") else marker


def _doi_prefix(ref: Reference) -> str:
    assert ref.doi_marker is not None and ref.doi is not None
    return ref.text[ref.doi_marker.span.start : ref.doi.span.start]


def _arxiv_link(ref: Reference) -> str | None:
    """How an arXiv work is linked: by its DOI, by an arxiv.org page, or not at all (None)."""
    if ref.arxiv is None:
        return None
    if ref.doi is not None and ref.doi.text.lower().startswith("10.48550/"):
        return "doi"
    if any("arxiv.org/" in u.text.lower() for u in ref.urls):
        return "arxiv.org"
    return None


@list_rule(
    code="RL809",
    name="identifier-link-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A DOI or preprint linked in a different form than the list's others",
    fixable=True,
)
def identifier_link(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns how the list prints DOIs (`https://doi.org/...` or `doi: ...`) and flags the others;
    and where the list links arXiv preprints by their DOI (`https://doi.org/10.48550/arXiv...`),
    flags a preprint linked to an arxiv.org page instead.

    ## Why is this bad?
    A DOI link is stable and says which work is meant; an `arxiv.org/html/...v1` page is one
    rendering of one version.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. Xie T, Fu X. Crystal diffusion. arXiv. [Preprint.] 2022 [accessed on 2026 Oct 21].
           Available from: https://doi.org/10.48550/arXiv.2110.06197.
        2. Cao Z, Luo X. Space group transformer. arXiv. [Preprint.] 2024 [accessed on 2026 Oct 21].
           Available from: https://doi.org/10.48550/arXiv.2403.15734.
        3. Gebauer NWA. Symmetry-adapted generation. arXiv. [Preprint.] 2020
           [accessed on 2026 Oct 21]. Available from: https://doi.org/10.48550/arXiv.1906.00957.
        4. Satorras VG. Equivariant graph networks. arXiv. [Preprint.] 2022
           [accessed on 2026 Oct 21]. Available from: https://doi.org/10.48550/arXiv.2102.09844.
        5. Zhang D, Liu X. DPA-2. arXiv. [Preprint.] 2023 [accessed on 2026 Oct 21].
           Available from: https://arxiv.org/html/2312.15492v1.

    Use instead:
        1. Xie T, Fu X. Crystal diffusion. arXiv. [Preprint.] 2022 [accessed on 2026 Oct 21].
           Available from: https://doi.org/10.48550/arXiv.2110.06197.
        2. Cao Z, Luo X. Space group transformer. arXiv. [Preprint.] 2024 [accessed on 2026 Oct 21].
           Available from: https://doi.org/10.48550/arXiv.2403.15734.
        3. Gebauer NWA. Symmetry-adapted generation. arXiv. [Preprint.] 2020
           [accessed on 2026 Oct 21]. Available from: https://doi.org/10.48550/arXiv.1906.00957.
        4. Satorras VG. Equivariant graph networks. arXiv. [Preprint.] 2022
           [accessed on 2026 Oct 21]. Available from: https://doi.org/10.48550/arXiv.2102.09844.
        5. Zhang D, Liu X. DPA-2. arXiv. [Preprint.] 2023 [accessed on 2026 Oct 21].
           Available from: https://doi.org/10.48550/arXiv.2312.15492.

    ## Fix safety
    Unsafe: the DOI names the work rather than one version of it, which may not be what the
    authors meant to cite; and a DOI reprinted as a link (or back) changes what readers click.
    """
    found, odd = _deviations(refs, _doi_form, _pinned(ctx, "doi_link"))
    if found is not None and odd:
        printed = Counter(
            _doi_prefix(ref) for ref in refs if _doi_form(ref) == found.form and ref.doi
        ).most_common(1)
        prefix = printed[0][0] if printed else found.form  # "doi:" or "doi: " as the list has it
        for ref, form in odd:
            assert ref.doi_marker is not None and ref.doi is not None
            span = Span(ref.doi_marker.span.start, ref.doi.span.start)
            yield Diagnostic(
                ref.doi_marker.span,
                f"DOI printed as `{form}`; {found.says(f'DOIs are printed as `{found.form}`')}",
                fix=Fix.unsafe(
                    Edit(span, prefix), message=f"Print the DOI as `{prefix}{ref.doi.text}`"
                ),
                ref=ref,
            )
    found, odd = _deviations(refs, _arxiv_link, _pinned(ctx, "preprint_link"))
    if found is None or found.form != "doi":
        return
    for ref, _form in odd:
        assert ref.arxiv is not None
        url = next(u for u in ref.urls if "arxiv.org/" in u.text.lower())
        identifier = re.sub(r"v\d+$", "", ref.arxiv.text)
        link = f"https://doi.org/10.48550/arXiv.{identifier}"
        yield Diagnostic(
            url.span,
            f"preprint linked to `{url.text}`; "
            f"{found.says('preprints are linked by their DOI')} (`{link}`)",
            fix=Fix.unsafe(Edit(url.span, link), message=f"Link `{link}`"),
            ref=ref,
        )


# --- journals -------------------------------------------------------------------------------------

_SKIPPED_WORDS = {"and", "&", "the", "of", "in", "on", "for"}


@lru_cache(maxsize=4096)
def _journal_words(name: str) -> tuple[str, ...]:
    if name.isascii():  # nothing to decompose or strip
        plain = name.lower()
    else:
        plain = unicodedata.normalize("NFKD", name)
        plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return tuple(w for w in re.findall(r"[a-z0-9]+", plain) if w not in _SKIPPED_WORDS)


def _same_journal(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Word by word, each word equal to or a prefix (of at least three letters) of the other."""
    if a == b or len(a) != len(b) or len(a) < 2:
        return a == b and len(a) >= 1
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        short, long = sorted((x, y), key=len)
        if len(short) < 3 or not long.startswith(short) or short.isdigit():
            return False
    return True


@list_rule(
    code="RL810",
    name="journal-written-two-ways",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="One journal written two ways in one list",
    fixable=True,
)
def journal_two_ways(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Compares journal names after dropping case, dots, accents and small words, and treating an
    abbreviation as the start of its word (`Theor` and `Theory`, `Phys` and `Physical`), and
    flags a journal printed in two forms. The rarer form is flagged; on a tie, the later entry.

    ## Why is this bad?
    A journal has one abbreviation; two forms mean at least one is wrong.

    ## Example
        1. Zhang Z, Chen M. Interpretable learning. Adv Theor Simul 2024;7:2400227.
        2. Dinic F, Voznyy O. Class balancing. Adv Theory Simul 2023;6:2300081.

    Use instead:
        1. Zhang Z, Chen M. Interpretable learning. Adv Theory Simul 2024;7:2400227.
        2. Dinic F, Voznyy O. Class balancing. Adv Theory Simul 2023;6:2300081.

    Where the journal abbreviation lists shipped with refslint (NLM and ISO 4, from JabRef's
    CC0 lists) know the journal, the message names its standard abbreviation, and the form that
    is not the standard one is flagged. Where they do not, a form that cuts a word ISO 4
    abbreviations keep whole (`Theor` for `Theory`) is the one flagged.

    ## Fix safety
    Unsafe: the journal's name is rewritten to the standard abbreviation, or to the list's more
    common form; check that both forms really name one journal.
    """
    printed, pairs = _written_two_ways(refs)
    reported: set[str] = set()
    dotted: bool | None = None
    for a, b in pairs:
        count_a, count_b = len(printed[a]), len(printed[b])
        if count_a != count_b:
            rare, common = (a, b) if count_a < count_b else (b, a)
        else:  # a tie: flag the form that appears later
            first_a, first_b = printed[a][0].index, printed[b][0].index
            rare, common = (a, b) if first_a > first_b else (b, a)
        if dotted is None:
            dotted = _list_is_dotted(refs, ctx, common)
        standard = _standard(common, dotted) or _standard(rare, dotted)
        cut = None if standard else _cut_word(rare, common)
        if standard is not None and standard[1] == rare:
            rare, common = common, rare  # the rarer form is the journal's own: flag the other
        elif cut is not None and cut[0] == common:
            rare, common = common, rare  # the commoner form cuts a word ISO 4 keeps whole
        if rare in reported:
            continue
        reported.add(rare)
        numbers = [str(_number(r)) for r in printed[common]]
        where = f"entr{'y' if len(numbers) == 1 else 'ies'} {', '.join(numbers)}"
        said, target = "write one journal one way", common
        if cut is not None:
            said = f"ISO 4 abbreviations keep `{cut[1]}` whole"
        if standard is not None:
            journal, target = standard
            said = f"the standard abbreviation of {journal.title} is `{target}`"
            said += f" ({journal.standard_source(dotted)})"
        for ref in printed[rare]:
            assert ref.container is not None
            yield Diagnostic(
                ref.container.span,
                f"journal written `{rare}` here and `{common}` in {where}; {said}",
                fix=_journal_fix(ref, target),
                ref=ref,
            )


def _written_two_ways(
    refs: Sequence[Reference],
) -> tuple[dict[str, list[Reference]], list[tuple[str, str]]]:
    """Journal articles by printed journal name, and the pairs of names that are one journal."""
    printed: dict[str, list[Reference]] = {}
    for ref in refs:
        if ref.kind is Kind.ARTICLE and ref.container is not None:
            printed.setdefault(ref.container.text.strip(), []).append(ref)
    words = {name: _journal_words(name) for name in printed}
    # Names that can match share the first three letters of every word: compare within buckets,
    # so a list of thousands of journals is not compared pair by pair.
    buckets: dict[tuple[str, ...], list[str]] = {}
    for name, name_words in words.items():
        buckets.setdefault(tuple(w[:3] for w in name_words), []).append(name)
    pairs = [
        (a, b)
        for names in buckets.values()
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if _same_journal(words[a], words[b])
    ]
    return printed, pairs


def _cut_word(a: str, b: str) -> tuple[str, str] | None:
    """(the form that cuts it, the word) where one of two forms of a journal shortens a word that
    ISO 4 abbreviations usually keep whole (`Theor` for `Theory`), and the other does not."""
    words_a, words_b = journal_key(a).split(), journal_key(b).split()
    if len(words_a) != len(words_b):
        return None
    found = None
    for x, y in zip(words_a, words_b, strict=True):
        if x == y:
            continue
        (short, short_form), (long, _) = sorted(((x, a), (y, b)), key=lambda w: len(w[0]))
        if not long.startswith(short) or not journal_word_usually_whole(long):
            return None
        if found is not None and found[0] != short_form:
            return None
        found = (short_form, long)
    return found


def _journal_fix(ref: Reference, name: str) -> Fix:
    """Print the journal as `name`, keeping the period that already follows it (`J Urol.`)."""
    assert ref.container is not None
    if name.endswith(".") and ref.text.startswith(".", ref.container.span.end):
        name = name[:-1]
    return Fix.unsafe(Edit(ref.container.span, name), message=f"Write `{name}`")


def _list_is_dotted(refs: Sequence[Reference], ctx: Context, example: str) -> bool:
    """Whether the list's journal abbreviations carry periods (its style, or most of them)."""
    pinned, _style_name = _pinned(ctx, "journal")
    form = pinned or getattr(convention(_forms(refs)), "form", None)
    if form in ("dotted abbreviation", "undotted abbreviation"):
        return form == "dotted abbreviation"
    return "." in example


def _forms(refs: Sequence[Reference]) -> list[str]:
    return [form for ref in refs if (form := _journal_form(ref)) is not None]


def _standard(name: str, dotted: bool) -> tuple[Journal, str] | None:
    """The journal `name` stands for and its standard abbreviation, where the shipped lists know
    one journal and one standard form for it; None when `name` is that form or is unknown."""
    matches = journals_named(name) or journals_resembling(name)
    standards = {journal_key(s): s for j in matches if (s := j.standard(dotted))}
    if len(standards) != 1:
        return None
    form = next(iter(standards.values()))
    journal = next(j for j in matches if j.standard(dotted) == form)
    if dotted or not journal.nlm:  # an ISO 4 form from a list: trust it only where it shortens
        printed, standard = journal_key(name).split(), journal_key(form).split()
        if len(printed) == len(standard) and any(
            p != s and journal_word_usually_shortened(s)
            for p, s in zip(printed, standard, strict=True)
        ):
            return None  # `Phys. Rev. Materials` keeps whole what ISO 4 shortens
    return journal, form


def _number(ref: Reference) -> int:
    return ref.number if ref.number is not None else ref.index


# Words seen only as abbreviations: before the last word of a journal they tell an undotted NLM name
# ("Eur Respir J.") from one that ISO prints the same way ("Vision Res.").
_ABBREVIATED = frozenset(
    {
        "acad",
        "adv",
        "am",
        "ann",
        "appl",
        "biochem",
        "biol",
        "biophys",
        "cardiol",
        "chem",
        "clin",
        "comput",
        "curr",
        "electrochem",
        "endocrinol",
        "eng",
        "engl",
        "environ",
        "epidemiol",
        "eur",
        "genet",
        "geophys",
        "immunol",
        "int",
        "lett",
        "mater",
        "mech",
        "med",
        "microbiol",
        "mol",
        "nat",
        "natl",
        "neurosci",
        "nutr",
        "oncol",
        "opin",
        "pediatr",
        "pharm",
        "phys",
        "proc",
        "psychiatr",
        "radiol",
        "res",
        "rev",
        "sci",
        "soc",
        "surg",
        "technol",
        "ther",
    }
)


def _a(noun: str) -> str:
    return f"{'an' if noun[0] in 'aeiou' else 'a'} {noun}"


def _journal_form(ref: Reference) -> str | None:
    if ref.kind is not Kind.ARTICLE or ref.container is None:
        return None
    period_after = ref.text.startswith(".", ref.container.span.end)
    return _name_form(ref.container.text.strip(), period_after)


_FULL_TITLE_WORD = pattern(r"\b(?:of|and|the|für|de)\b")  # words an abbreviation drops
_DOTTED_WORD = pattern(r"[A-Za-z]\.(?:\s|$)")  # `Phys.`


@lru_cache(maxsize=4096)
def _name_form(name: str, period_after: bool) -> str | None:
    """How a journal name is printed, given whether a period follows it; cached, as a list
    prints the same few journals over and over, and rules ask more than once."""
    words = name.split()
    if len(words) < 2:
        return None  # "Nature", "Science": the same in every form
    if _FULL_TITLE_WORD.search(name):
        return "full title"
    if _DOTTED_WORD.search(name):
        return "dotted abbreviation"
    if period_after and not any(
        len(word) == 1 or word.lower() in _ABBREVIATED for word in words[:-1]
    ):
        return None  # "Vision Res.", "Acta Mater.": ISO and NLM print these alike
    return "undotted abbreviation"


@list_rule(
    code="RL811",
    name="journal-form-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal printed in another form than the list's, or not in its standard form",
    fixable=True,
)
def journal_form(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns how the list prints journal names: undotted NLM abbreviations (`J Chem Phys`),
    dotted ISO 4 abbreviations (`Phys. Rev. B`) or full titles, and flags journals printed in
    another form. Single-word journals (`Nature`) are the same in every form and are left out.

    Where the list abbreviates, each journal is also looked up in the abbreviation lists shipped
    with refslint (NLM's, and ISO 4 lists from JabRef, CC0), and an abbreviation that is not the
    journal's standard one in the list's form is flagged: `Multiscale Model Sim` for
    `Multiscale Model Simul`, the Web of Science form `Sol Energ Mat Sol C` for
    `Sol Energy Mater Sol Cells`. Where the standard form keeps a word whole that ISO 4 lists
    usually shorten (a publisher's own `Phys. Rev. Materials`), it is not trusted to call a
    shorter form wrong. A named style pins the form (`journal = "nlm"`).

    ## Why is this bad?
    Styles prescribe one form; a dotted abbreviation among NLM ones was pasted from elsewhere,
    and an abbreviation of another system (Web of Science, a publisher's own) is not the one
    the style asks for.

    ## Example
    Four entries set the convention, the fifth breaks it:

        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys. Rev. Lett. 2023;624:80-5.

    Use instead:
        1. Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.
        2. Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.
        3. Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.
        4. Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.
        5. Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-5.

    ## Fix safety
    Unsafe: the journal's name is replaced by its standard abbreviation from the shipped lists;
    check that the lists matched the right journal.
    """
    found, odd = _deviations(refs, _journal_form, _pinned(ctx, "journal"))
    if found is None:
        return
    abbreviated = found.form in ("dotted abbreviation", "undotted abbreviation")
    dotted = found.form == "dotted abbreviation"
    for ref, form in odd:
        assert ref.container is not None
        standard = _standard(ref.container.text.strip(), dotted) if abbreviated else None
        yield Diagnostic(
            ref.container.span,
            f"journal `{ref.container.text}` is printed as {_a(form)}; "
            f"{found.says(f'journals are printed as {found.form}s')}"
            + (f" (`{standard[1]}`)" if standard else ""),
            fix=_journal_fix(ref, standard[1]) if standard else None,
            ref=ref,
        )
    if not abbreviated:
        return
    flagged = {id(ref) for ref, _ in odd}
    two_ways = {name for pair in _written_two_ways(refs)[1] for name in pair}  # RL810 says so
    seen: dict[str, tuple[Journal, str] | None] = {}
    for ref in refs:
        if ref.kind is not Kind.ARTICLE or ref.container is None or id(ref) in flagged:
            continue
        name = ref.container.text.strip()
        if len(name.split()) < 2 or name in two_ways or _journal_form(ref) == "full title":
            continue
        if name not in seen:
            seen[name] = _standard(name, dotted)
        standard = seen[name]
        if standard is None or journal_key(standard[1]) == journal_key(name):
            continue
        journal, form = standard
        yield Diagnostic(
            ref.container.span,
            f"journal `{name}` is not the standard abbreviation of {journal.title}; "
            f"expected `{form}` ({journal.standard_source(dotted)})",
            fix=_journal_fix(ref, form),
            ref=ref,
        )


# --- date forms, one convention per role ------------------------------------------------------

DATE_FORMS = {
    "ymd": "year month day",
    "dmy": "day month year",
    "mdy": "month day, year",
    "iso": "YYYY-MM-DD",
}


def _date_form(date: PartialDate | None) -> str | None:
    """How a date with a month is written: order, and the month abbreviated or in full."""
    if date is None or date.month is None or date.month_token is None:
        return None  # a bare year has no form to keep, an unreadable month is RL204's
    if date.order == "iso":
        return DATE_FORMS["iso"]
    word = date.month_token.text.rstrip(".")
    month = "abbreviated month" if len(word) <= 4 else "month in full"
    return f"{DATE_FORMS.get(date.order, date.order)}, {month}"


ROLES: tuple[tuple[str, Callable[[Reference], PartialDate | None]], ...] = (
    ("access dates", lambda ref: ref.accessed),
    ("preprint dates", lambda ref: ref.date if ref.kind is Kind.PREPRINT else None),
    ("publication dates", lambda ref: ref.date if ref.kind is not Kind.PREPRINT else None),
)


@list_rule(
    code="RL812",
    name="date-form-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A date written another way than the list writes dates of that role",
)
def date_form_inconsistent(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns, separately for publication dates, preprint dates and access dates, how the list writes
    a date that has a month (`2024 Oct 21`, `21 Oct 2024`, `Oct 21, 2024`, `2024-10-21`; month
    abbreviated or in full) and flags the dates of that role written another way.

    ## Why is this bad?
    A list whose access notes say `[cited 2024 Jan 9]` in every entry but one `[cited 9 Jan 2024]`
    looks assembled from several sources, and readers of other languages may misread the order.

    ## Example
        1. Alpha A. Site one [Internet]. 2023 [cited 2026 Jan 9]. Available from: https://a.org
        2. Beta B. Site two [Internet]. 2023 [cited 2026 Feb 3]. Available from: https://b.org
        3. Gamma C. Site three [Internet]. 2023 [cited 2026 Mar 5]. Available from: https://c.org
        4. Delta D. Site four [Internet]. 2023 [cited 2026 Apr 7]. Available from: https://d.org
        5. Eps E. Site five [Internet]. 2023 [cited 2026 May 2]. Available from: https://e.org
        6. Zeta F. Site six [Internet]. 2023 [cited 9 Jun 2026]. Available from: https://f.org

    Use instead:
        1. Alpha A. Site one [Internet]. 2023 [cited 2026 Jan 9]. Available from: https://a.org
        2. Beta B. Site two [Internet]. 2023 [cited 2026 Feb 3]. Available from: https://b.org
        3. Gamma C. Site three [Internet]. 2023 [cited 2026 Mar 5]. Available from: https://c.org
        4. Delta D. Site four [Internet]. 2023 [cited 2026 Apr 7]. Available from: https://d.org
        5. Eps E. Site five [Internet]. 2023 [cited 2026 May 2]. Available from: https://e.org
        6. Zeta F. Site six [Internet]. 2023 [cited 2026 Jun 9]. Available from: https://f.org

    ## Limitations
    Only dates with a month count; the roles are judged apart, since many styles date preprints
    one way and access notes another.
    """
    for role, date_of in ROLES:
        found, odd = _deviations(refs, lambda ref, date_of=date_of: _date_form(date_of(ref)))
        if found is None:
            continue
        for ref, form in odd:
            date = date_of(ref)
            assert date is not None
            usual = found.says(f"{role} are written {found.form}")
            yield Diagnostic(date.span, f"'{date.text}' is written {form}; {usual}", ref=ref)
