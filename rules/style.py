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

from refslint.api import (
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
)

MIN_ENTRIES = 5  # fewer entries with a feature than this set no convention
DOMINANCE = 0.8  # the share one form needs before the other forms count as deviations


@dataclass(frozen=True)
class Convention:
    form: str
    count: int
    total: int

    def says(self, what: str) -> str:
        """'38 of 40 conference entries write `In:`'."""
        return f"{self.count} of {self.total} {what}"


def convention(forms: Sequence[str]) -> Convention | None:
    """The dominant form of `forms`, or None when the list has not settled on one."""
    if len(forms) < MIN_ENTRIES:
        return None
    form, count = Counter(forms).most_common(1)[0]
    if count / len(forms) < DOMINANCE:
        return None
    return Convention(form, count, len(forms))


def _deviations(
    refs: Sequence[Reference], form_of: Callable[[Reference], str | None]
) -> tuple[Convention | None, list[tuple[Reference, str]]]:
    measured = [(ref, form) for ref in refs if (form := form_of(ref)) is not None]
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
    found, odd = _deviations(refs, _in_form)
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
    found, odd = _deviations(refs, _page_marker)
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
    found, odd = _deviations(refs, _range_form)
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
    found, odd = _deviations(refs, _dash_form)
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
_FIRST_AUTHOR = re.compile(
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


def _initials_form(ref: Reference) -> str | None:
    found = _initials(ref)
    return found[0] if found else None


@list_rule(
    code="RL805",
    name="author-initials-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Author initials written with periods where the list writes them without, or back",
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
    """
    found, odd = _deviations(refs, _initials_form)
    if found is None:
        return
    for ref, form in odd:
        found_initials = _initials(ref)
        yield Diagnostic(
            found_initials[1] if found_initials else None,
            f"author initials are written {form}; "
            f"{found.says(f'entries write initials {found.form}')}",
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
    summary="An entry lists a different number of authors before `et al.` than the list's others",
)
def et_al_count(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns how many authors the list names before `et al.` (three, six...) and flags entries
    that name more or fewer.

    ## Why is this bad?
    The et al. rule is part of every style ("list up to six, else the first three and et al.");
    an entry that breaks it was usually pasted in from elsewhere.

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
    found, odd = _deviations(refs, _et_al_count)
    if found is None:
        return
    for ref, form in odd:
        assert ref.et_al is not None
        yield Diagnostic(
            ref.et_al.span,
            f"names {form} authors before `et al.`; "
            f"{found.says(f'entries with et al. name {found.form}')}",
            ref=ref,
        )


# --- access notes, terminal punctuation, identifier links -----------------------------------------


@list_rule(
    code="RL807",
    name="access-note-wording-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An access note worded differently from the list's others",
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
    """
    found, odd = _deviations(refs, lambda r: r.access_wording or None)
    if found is None:
        return
    for ref, form in odd:
        note = ref.access_note
        yield Diagnostic(
            note.span if note else None,
            f"access note says `{form}`; {found.says(f'access notes say `{found.form}`')}",
            ref=ref,
        )


_ENDS_WITH_LINK = re.compile(r"(?:https?://|doi:\s*10\.|www\.)\S*$", re.IGNORECASE)


def _ending(ref: Reference) -> str | None:
    body = ref.text[ref.body_start :].rstrip()
    if not body or _ENDS_WITH_LINK.search(body):
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
    found, odd = _deviations(refs, _ending)
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
    authors meant to cite.
    """
    found, odd = _deviations(refs, _doi_form)
    for ref, form in odd if found else ():
        assert ref.doi_marker is not None and found is not None
        yield Diagnostic(
            ref.doi_marker.span,
            f"DOI printed as `{form}`; {found.says(f'DOIs are printed as `{found.form}`')}",
            ref=ref,
        )
    found, odd = _deviations(refs, _arxiv_link)
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


def _journal_words(name: str) -> tuple[str, ...]:
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
    """
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
        (a, b) for names in buckets.values() for i, a in enumerate(names) for b in names[i + 1 :]
    ]
    reported: set[str] = set()
    for a, b in pairs:
        if a == b or not _same_journal(words[a], words[b]):
            continue
        count_a, count_b = len(printed[a]), len(printed[b])
        if count_a != count_b:
            rare, common = (a, b) if count_a < count_b else (b, a)
        else:  # a tie: flag the form that appears later
            first_a, first_b = printed[a][0].index, printed[b][0].index
            rare, common = (a, b) if first_a > first_b else (b, a)
        if rare in reported:
            continue
        reported.add(rare)
        numbers = [str(_number(r)) for r in printed[common]]
        where = f"entr{'y' if len(numbers) == 1 else 'ies'} {', '.join(numbers)}"
        for ref in printed[rare]:
            assert ref.container is not None
            yield Diagnostic(
                ref.container.span,
                f"journal written `{rare}` here and `{common}` in {where}; "
                "write one journal one way",
                ref=ref,
            )


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
    name = ref.container.text.strip()
    words = name.split()
    if len(words) < 2:
        return None  # "Nature", "Science": the same in every form
    if re.search(r"\b(?:of|and|the|für|de)\b", name):
        return "full title"
    if re.search(r"[A-Za-z]\.(?:\s|$)", name):
        return "dotted abbreviation"
    if ref.text.startswith(".", ref.container.span.end) and not any(
        len(word) == 1 or word.lower() in _ABBREVIATED for word in words[:-1]
    ):
        return None  # "Vision Res.", "Acta Mater.": ISO and NLM print these alike
    return "undotted abbreviation"


@list_rule(
    code="RL811",
    name="journal-form-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal printed as a full title or a dotted abbreviation against the list's form",
)
def journal_form(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns how the list prints journal names: undotted NLM abbreviations (`J Chem Phys`),
    dotted ISO 4 abbreviations (`Phys. Rev. B`) or full titles, and flags journals printed in
    another form. Single-word journals (`Nature`) are the same in every form and are left out.

    ## Why is this bad?
    Styles prescribe one form; a dotted abbreviation among NLM ones was pasted from elsewhere.

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
    """
    found, odd = _deviations(refs, _journal_form)
    if found is None:
        return
    for ref, form in odd:
        assert ref.container is not None
        yield Diagnostic(
            ref.container.span,
            f"journal `{ref.container.text}` is printed as {_a(form)}; "
            f"{found.says(f'journals are printed as {found.form}s')}",
            ref=ref,
        )
