"""Author lists: how initials are written and the et al. rule (RL805, RL806)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence

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

from .conventions import DOMINANCE, deviations, style_form, vancouver
from .given_initials import dotted_given_initials, given_initials, undotted_given_initials

# The first author as printed: a family name, then initials run together (`JA`), dotted (`J.A.`,
# `J. A.`, `J.‐W.` hyphenated with `-` or U+2010) or spaced without periods (`H D`, read only
# before the comma or period that ends the name). Read from the text, because the grammar stops
# at a dotted initial's period.
_SPACED = r"[A-Z](?: [A-Z]){1,2}(?=[,.])"
SPACED = "spaced without periods"
# compact initials with a period after them before the next name (`Obilana AO., Odhav B.`), a
# letter perhaps in lower case (`Ali MaM., `): neither dotted nor bare
_CLOSED = r"[A-Z](?:[a-z]?[A-Z]){1,2}(?=\.(?:\s*,|\s+&))"
CLOSED = "with a period after them"
_BEFORE_NAME = pattern(r"\s*(?:,|&)")
_CLOSING_PERIOD = pattern(r"\.(?:\s*,|\s+&)")
_FIRST_AUTHOR = pattern(
    r"\s*[^\W\d_](?:[\w'-]|’{1})*(?:[ -][^\W\d_](?:[\w'-]|’{1})+)?\s"
    rf"((?:[A-Z]\.(?:[-\u2010]\s?[A-Z]\.)?\s?){{1,3}}|{_SPACED}|{_CLOSED}|[A-Z]{{1,3}})(?=[,.\s])"
)


def _initials(ref: Reference) -> tuple[str, Span] | None:
    m = _FIRST_AUTHOR.match(ref.text, ref.body_start)
    if m is None:
        return None
    initials = m.group(1).rstrip()
    if initials.count(".") == 1 and not ref.text.startswith(",", m.start(1) + len(initials)):
        return None  # "Drautz R. Atomic...": the period may as well close the author list
    if "." in initials:
        form = "with periods"
    elif " " in initials:
        form = SPACED
    elif len(initials) > 1 and _CLOSING_PERIOD.match(ref.text, m.start(1) + len(initials)):
        form = CLOSED
    else:
        form = "without periods"
    return form, Span(m.start(1), m.start(1) + len(initials))


# Every name of an author list, read from the text for the same reason: family name, initials, and
# what follows them (a comma before the next name, or the period or space that ends the list).
_AUTHOR = pattern(
    r"[^\W\d_][\w'’-]*(?:[ -][^\W\d_][\w'’-]+)?\s"
    rf"((?:[A-Z]\.[ \-\u2010]?)*[A-Z]\.|{_SPACED}|{_CLOSED}|[A-Z]{{1,3}})(?=[,.\s])"
)
# (a period may close compact initials before the comma or `&`: `Obilana AO., Odhav B.`)
_NEXT_AUTHOR = pattern(r"\.?(?:,\s*|\s+&\s*)(?!et al\b)")


def _all_initials(ref: Reference) -> list[Span]:
    """Where each author's initials are printed, first author first, up to the end of the list."""
    spans: list[Span] = []
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
    """`J.A.` as `JA` (or `J A` where `spaced`) or back; the period that ends a list (`Smith JA.
    Title`) is kept."""
    letters = [c for c in initials if c.isalpha()]
    if not with_periods:
        end = "." if initials.endswith(".") and after != "," else ""
        return (" " if spaced else "").join(letters) + end
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


def _initials_forms(refs: Sequence[Reference]) -> Callable[[Reference], str | None]:
    """How each entry writes its first author's initials. A lone undotted initial (`Smith J`)
    fits both undotted forms: it counts for the one most entries with two or more letters use."""
    undotted = Counter(
        found[0]
        for ref in refs
        if (found := _initials(ref)) is not None
        and found[0] != "with periods"
        and len(ref.text[found[1].start : found[1].end].replace(" ", "")) > 1
    )
    lone = SPACED if undotted[SPACED] > undotted["without periods"] else "without periods"

    def form(ref: Reference) -> str | None:
        found = _initials(ref)
        if found is None:
            return None
        if found[0] == "without periods" and found[1].end - found[1].start == 1:
            return lone
        return found[0]

    return form


# A name in the comma form (`ACOSTA PEREIRA, R.`, `Goulet-Cazé, M.-O.`) whose initials stand
# before another name: the last initial with its period or without (`R;`, `M.-O;`)
# (a particle may follow its own comma: `Vries, M, de`)
_COMMA_NAME = pattern(
    r",\s+(?:[A-Z]\.?(?:\s?[-\u2010]\s?|\s)?)*[A-Z](?P<period>\.?)"
    r"(?:,?\s(?:de|van|von|der|den|du|da|di|del|della|do|dos|das|ter|ten))?$"
)
_MIN_DOTTED = 5  # dotted names before a list counts as writing its initials with periods


def _undotted_among_dotted(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Names in the comma form whose last initial lacks its period before the next name (`ACOSTA
    PEREIRA, R; COSTA, T.`), in a list whose other such names carry it (ABNT, ISO 690, APA; the
    last name's period, which closes the names too, counts for it)."""
    named = [
        (ref, author, after == "." or bool(found["period"]))
        for ref in refs
        for author in (*ref.authors, *ref.editors)
        if (after := ref.text[author.span.end : author.span.end + 1]) in (";", ",", ".", " ")
        and (found := _COMMA_NAME.search(author.text)) is not None
    ]
    bare = [(ref, author) for ref, author, period in named if not period]
    dotted = len(named) - len(bare)
    if dotted < _MIN_DOTTED or dotted < DOMINANCE * len(named):
        return
    for ref, author in bare:
        end = author.span.end
        yield Diagnostic(
            Span(end - 1, end),
            f"the initial closing `{author.text}` has no period; "
            f"{dotted} of the list's {len(named)} such names write one",
            fix=Fix.safe(Edit(Span(end, end), "."), message="Close the initial with its period"),
            ref=ref,
        )


# An initials-first name (`E.L. Allgower`, `K. Georg`), and where one initial has no period
_FIRST_DOTTED = pattern(r"(?:[A-Z]\.[\s\-\u2010]?)+[^\W\d_]{2}")
_FIRST_UNDOTTED = pattern(r"(?:[A-Z]\.[\s\-\u2010]?)*[A-Z](?=\s[^\W\d_]{2})")


def _undotted_initials_first(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Initials-first names whose initial lacks its period (`K Georg`), in a list whose other
    initials-first names carry theirs (`E.L. Allgower`, `K. Georg`)."""
    names = [(ref, a) for ref in refs for a in (*ref.authors, *ref.editors) if not a.is_group]
    dotted = sum(_FIRST_DOTTED.match(a.text) is not None for _, a in names)
    bare = [(ref, a, m) for ref, a in names if (m := _FIRST_UNDOTTED.match(a.text)) is not None]
    if dotted < _MIN_DOTTED or dotted < DOMINANCE * (dotted + len(bare)):
        return
    for ref, author, found in bare:
        end = author.span.start + found.end()
        yield Diagnostic(
            Span(end - 1, end),
            f"the initial `{found.group()}` of `{author.text}` has no period; "
            f"{dotted} of the list's {dotted + len(bare)} initials-first names write one",
            fix=Fix.safe(Edit(Span(end, end), "."), message="Close the initial with its period"),
            ref=ref,
        )


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
    Learns whether the list writes author initials with periods (`Smith J.A.`), without
    (`Smith JA`) or spaced without periods (`Smith J A`) and flags entries that write them
    another way; also an initial whose period is lost where the list's other names keep theirs
    (`ACOSTA PEREIRA, R;`, `Vries, M, de,`, or `K Georg` among `E.L. Allgower` and `K.
    Georg`), and initials without their periods among given names written out (`Robert J
    Tibshirani`, `JC. Brown`)
    where the list dots its others (`Mátyás A. Sustik`, `R.M. Gray`): in a Chicago list, which
    dots every initial, however many are bare; in another, where most are dotted. The other way
    too: initials with periods among given names (`David C. Hoaglin`, `P. Ataei`) in a list
    that writes ten or more, and most, of them bare (`Matthew J Page`), in Chicago's style only
    where it dots fewer than three.

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
    told = [*_undotted_among_dotted(refs), *_undotted_initials_first(refs)]
    yield from told
    seen = {id(d.ref) for d in told}
    given = given_initials(refs)
    yield from (d for d in undotted_given_initials(refs, given) if id(d.ref) not in seen)
    yield from (d for d in dotted_given_initials(refs, given) if id(d.ref) not in seen)
    found, odd = deviations(refs, _initials_forms(refs), style_form(ctx, lambda s: s.initials))
    if found is None:
        return
    with_periods = found.form == "with periods"
    spaced = found.form == SPACED or (
        with_periods and bool(odd) and _spaced(refs)  # only adding periods asks
    )
    for ref, form in odd:
        found_initials = _initials(ref)
        edits = []
        for span in _all_initials(ref):
            printed = ref.text[span.start : span.end]
            single = len(printed.replace(".", "")) == 1
            if single and not with_periods and not ref.text.startswith(",", span.end):
                continue  # "Drautz R. Atomic": the period ends the author list
            after = (
                "," if _BEFORE_NAME.match(ref.text, span.end) else ref.text[span.end : span.end + 1]
            )
            if not with_periods and _CLOSING_PERIOD.match(ref.text, span.end):
                span, after = Span(span.start, span.end + 1), ","  # `AO.,`: the period goes
                printed = ref.text[span.start : span.end]
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
    the rule says to stop and write `et al.` (unless another entry names as many before
    `et al.`: the list shows no limit below that). A list that cuts to three names, prints six whole
    in two entries or more and longer lists whole in fewer entries than it cuts follows AMA's and
    the Vancouver variants' "all authors up to six, else three and et al."; one that cuts to
    seven follows Chicago's "all authors up to ten, else seven and et al.". A named style
    (`et-al = { up-to = 6, listed = 3 }`) pins the rule instead.

    Where too few entries use `et al.` to set a rule, a list whose journal articles are set out in
    Vancouver and that prints every author of most entries with more than six (at least two, and
    80% of those entries, counting the ones cut with `et al.`; or three against a single entry
    cut) names every author: no Vancouver variant lists more than six before cutting to
    `et al.`. An entry cut short there is flagged.

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
    rule, style = style_form(ctx, lambda s: s.et_al)
    found, odd = deviations(refs, _et_al_count, (None if rule is None else str(rule.listed), style))
    if found is None:
        if rule is None and vancouver(refs):
            yield from _cut_short(refs)
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
    # (a list that names as many authors before `et al.` elsewhere does not show its limit
    # below that many: only a named style's rule flags those printed whole)
    most_cut = 0 if rule is not None else max(len(r.authors) for r in refs if r.et_al is not None)
    for ref in refs:
        # (a group the named authors wrote for, `...; European Organisation for ...`, is not
        # one of the names the rule counts)
        named = sum(not a.is_group for a in ref.authors)
        if ref.et_al is None and up_to < named and named > most_cut:
            yield Diagnostic(
                ref.authors_span,
                f"lists all {named} authors; "
                + (
                    found.says(f"the rule is {described}")
                    if style
                    else f"the list follows {described}"
                ),
                ref=ref,
            )


VANCOUVER_UP_TO = 6  # the most authors any Vancouver variant lists before it cuts to et al.
CUT_TO = 3  # the names AMA, BMJ and Vancouver variants keep of a list longer than six
CHICAGO_CUT_TO, CHICAGO_UP_TO = 7, 10  # Chicago names seven of a list longer than ten


def _cut_to_three_past_six(counts: Counter[int], listed: int, cut: int) -> int | None:
    """Six, where a list that cuts to three names prints six whole in two entries or more, and
    prints longer lists whole in fewer entries than it cuts: AMA's, the BMJ's and Vancouver
    variants' rule ("all authors up to six, else three and et al."), so that the longer lists
    printed whole are its deviations, however often one length recurs among them."""
    if listed != CUT_TO or counts[VANCOUVER_UP_TO] < 2:
        return None
    longer = sum(seen for n, seen in counts.items() if n > VANCOUVER_UP_TO)
    return VANCOUVER_UP_TO if 0 < longer < cut else None


_OUTWEIGH = 3  # entries printing more than six authors whole that outweigh a single one cut


def _cut_short(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Entries cut short with `et al.` in a Vancouver list that sets no et al. rule of its own
    and names every author of most long author lists: of the entries with more than six authors
    (those printed in full, and those cut with `et al.`), at least two and 80% print them all,
    past the six at which Vancouver variants cut, or three do and a single entry is cut. The
    others stop early."""
    cut = [ref for ref in refs if ref.et_al is not None and ref.authors]
    full = sorted(
        n
        for ref in refs
        if ref.et_al is None
        and ref.authors
        and not ref.authors[-1].is_group
        and (n := len(ref.authors)) > VANCOUVER_UP_TO
    )
    # one entry cut is no habit of the list: three printed whole outweigh it
    lone = len(cut) == 1 and len(full) >= _OUTWEIGH
    if len(full) < 2 or (len(full) < DOMINANCE * (len(full) + len(cut)) and not lone):
        return
    for ref in cut:
        named = len(ref.authors)
        if named >= full[-1]:
            continue
        assert ref.et_al is not None
        yield Diagnostic(
            ref.et_al.span,
            f"names {named} author{'s' if named > 1 else ''} before `et al.`; "
            f"{len(full)} of {len(full) + len(cut)} entries with more than {VANCOUVER_UP_TO} "
            f"authors name them all (up to {full[-1]}), past the {VANCOUVER_UP_TO} at which "
            "Vancouver variants cut to `et al.`",
            ref=ref,
        )


def _learnt_up_to(refs: Sequence[Reference], listed: int) -> int:
    """The most authors the list prints without `et al.`, seen in at least two entries.

    A single entry with more names is the deviation; without two such entries the list shows no
    limit, and nothing above the et al. count is flagged, unless a Vancouver list names six
    before `et al.` in more entries than it prints longer lists whole (then the limit is six).
    """
    counts = Counter(len(ref.authors) for ref in refs if ref.et_al is None and ref.authors)
    supported = [n for n, seen in counts.items() if seen >= 2 and n >= listed]
    cut = sum(1 for ref in refs if ref.et_al is not None and ref.authors)
    if supported and (six := _cut_to_three_past_six(counts, listed, cut)) is not None:
        return six
    if listed == CHICAGO_CUT_TO:
        # Chicago's "all authors up to ten, else seven and et al.": eight to ten printed whole
        # are its rule, not deviations
        return max([CHICAGO_UP_TO, *supported])
    if supported:
        return max(supported)
    # Six named before `et al.` in a Vancouver list: the ICMJE rule, which cuts any list longer
    # than six, so longer lists printed whole, each length once and fewer than the entries cut,
    # are the deviations (MDPI's ten may be followed by an eleventh printed whole: not this)
    longer = sum(seen for n, seen in counts.items() if n > listed)
    if listed == VANCOUVER_UP_TO and cut >= 2 and longer < cut and vancouver(refs):
        return listed
    return max([listed, *counts])
