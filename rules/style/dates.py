"""Dates and access notes: how access notes are worded and how dates of each role are written
(RL807, RL812).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

from refslint.api import (
    MONTH_NAMES,
    MONTHS,
    Category,
    Context,
    Diagnostic,
    Edit,
    Field,
    Fix,
    Kind,
    PartialDate,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

from ..access_date import ACCESS_IN_OTHER_WORDS
from .apparatus_language import other_language
from .conventions import (
    DOMINANCE,
    MIN_ENTRIES,
    Convention,
    deviations,
    deviations_by_work,
    style_of,
    vancouver,
)
from .links import link_wording

# Every word `ACCESS_IN_OTHER_WORDS` matches holds one of these, lower-cased. Its case-blind scan
# of every entry was the rule's costliest step; an ASCII entry holding none of them (almost all)
# is passed without it, as `re` folds no ASCII letter to another.
_OTHER_WORDS_HINTS = (
    "acess",
    "acce",
    "consult",
    "abgerufen",
    "aufgerufen",
    "zugegriffen",
    "zugriff",
)


def in_other_words(text: str) -> re.Match[str] | None:
    """`ACCESS_IN_OTHER_WORDS.search(text)`."""
    if text.isascii():
        lower = text.lower()
        if not any(hint in lower for hint in _OTHER_WORDS_HINTS):
            return None
    return ACCESS_IN_OTHER_WORDS.search(text)


MIN_MONTH_WORDS = 5  # month words of one language before the list counts as written in it


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

    A note in words the grammar does not read keeps its colon (`acessado em:` among `acessado
    em`). The wording is learnt for each kind of entry apart (web pages, preprints, journal
    articles...): many styles word a preprint's note unlike a web page's. A named style may word
    notes by entry kind (`access-wording = { preprint = "accessed on", other = "Last accessed on"
    }`).

    A note in another style's words (ABNT's `Acesso em: 3 nov. 2023`) is flagged too in a list
    whose journal articles are set out in Vancouver (`2018;6(9):e902-13`, at least five and 80%
    of them), even when every note of the list is worded that way.

    The language of the apparatus is learnt too: where at least five entries have an access
    note or a link label and two thirds of them are in one language, an entry in another
    (`[citado ...]` and `Disponível em:` among `[cited ...]` and `Available from:`) is flagged;
    a thesis marked in another language counts too (`[dissertação]` among English notes).

    The words that introduce the link (`Available from:`, `Available:`, `Disponível em:`) are
    learnt the same way, over the whole list. Where only three or four entries have them, the
    one entry whose words have one word more or less than all the others' (`disponível:` among
    `disponível em:`) is flagged: a slip within one wording, not another style. In a list set
    out in APA (`Smith, J. (2020). Title`, four entries in five) whose links stand bare, five
    or more and four in five of them, a link introduced by a label and its colon (`URL:`,
    `Retrieved from:`) is flagged too: APA prints none (Harvard's `(2020) Title. Available at:`
    is left alone).

    ## Fix safety
    Safe: only the wording changes; the date keeps its printed form.
    """
    style = style_of(ctx)
    if style is not None and style.access_wording:
        kinds = {ref.kind.value for ref in refs if ref.access_wording}
        for kind in sorted(kinds):
            wanted = style.wording_for(kind)
            if wanted is None:
                continue
            of_kind = [ref for ref in refs if ref.kind.value == kind]
            found, odd = deviations(of_kind, _wording, (wanted, style.name))
            yield from _wording_diagnostics(found, odd, f"{kind} entries' access notes")
        yield from link_wording(refs)
        return
    # learnt for each kind of work apart: styles word a preprint's note unlike a web page's
    learnt = deviations_by_work(refs, _wording, work=_kind)
    kinds = {ref.kind for ref in refs if ref.access_wording}
    flagged: set[int] = set()
    for one in learnt:
        notes = f"{one.work} entries' access notes" if len(kinds) > 1 else "access notes"
        flagged.update(id(ref) for ref, _ in one.odd)
        yield from _wording_diagnostics(one.convention, one.odd, notes)
    if vancouver(refs):
        for other in _other_words(ref for ref in refs if id(ref) not in flagged):
            flagged.add(id(other.ref))
            yield other
    links = list(link_wording(refs))
    flagged.update(id(d.ref) for d in links)
    yield from other_language(refs, flagged)
    yield from links


def _other_words(refs: Iterable[Reference]) -> Iterator[Diagnostic]:
    """Access notes in another language's words (`Acesso em: 3 nov. 2023`, ABNT's) in a list
    whose journal articles are Vancouver's: Vancouver words the note `[cited 2023 Nov 3]`."""
    for ref in refs:
        if ref.access_wording:
            continue
        other = in_other_words(ref.text)
        if other is None:
            continue
        words = " ".join(other.group("words").split())
        yield Diagnostic(
            Span(other.start(), other.end("words")),
            f"access note says `{words}`, another style's wording in a list whose journal "
            "articles are set out in Vancouver; Vancouver writes `[cited YYYY Mon D]` after the "
            "title and `Available from:` before the address",
            ref=ref,
        )


def _kind(ref: Reference) -> str:
    return ref.kind.value


def _wording(ref: Reference) -> str | None:
    """The note's wording; for a note in another language's words the grammar does not read
    (`Acesso em: 3 nov. 2023`), those words."""
    if ref.access_wording:
        return ref.access_wording
    other = in_other_words(ref.text)
    if other is None:
        return None
    # (with its colon where it prints one: `acessado em:` among `acessado em` is a slip)
    colon = ":" if ":" in ref.text[other.end("words") : other.end()] else ""
    return " ".join(other.group("words").split()) + colon


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
    month = "month in full" if _in_full(word) else "abbreviated month"
    order = DATE_FORMS.get(date.order, date.order)
    if date.order == "dmy" and _DAY_WITH_PERIOD.match(date.text):
        order = "day. month year"  # German's `14. September 2024`
    return f"{order}, {month}"


_DAY_WITH_PERIOD = pattern(r"\d{1,2}\.\s")


_FULL_MONTHS = frozenset(name.lower() for name in MONTH_NAMES)


def _in_full(word: str) -> bool:
    """Whether a month is written out: `June` and `July` are, for all their four letters (`May`
    is either); `Sept` is not; a word of another language goes by its length."""
    lower = word.lower()
    if lower in _FULL_MONTHS:
        return len(lower) > 3
    if lower in MONTHS:
        return False
    return len(word) > 4


def _form_of(
    date_of: Callable[[Reference], PartialDate | None],
) -> Callable[[Reference], str | None]:
    """How an entry writes the date `date_of` picks (one function per role, bound here)."""
    return lambda ref: _date_form(date_of(ref))


SHORT_MONTH = 5  # letters of the longest month some styles never abbreviate (`March`, `July`)


def _kept_whole(refs: Sequence[Reference]) -> frozenset[int]:
    """Months of five letters or fewer (`March`, `April`, `June`, `July`) the list writes only
    whole: styles that abbreviate only the longer months (AP's, Chicago's) write them out, so
    among `Jan`, `Aug` they break no convention. One the list also cuts (`Jun`) still does."""
    whole: set[int] = set()
    cut: set[int] = set()
    for ref in refs:
        for date in _dated(ref):
            word = date.month_token.text.rstrip(".") if date.month_token else ""
            if date.month is not None and len(word) <= SHORT_MONTH:
                (whole if _in_full(word) else cut).add(date.month)
    return frozenset(whole - cut)


def _role_forms(
    refs: Sequence[Reference], date_of: Callable[[Reference], PartialDate | None]
) -> Callable[[Reference], str | None]:
    """`_form_of`, where a month `_kept_whole` takes the month form of the role's other dates."""
    form_of = _form_of(date_of)
    kept = _kept_whole(refs)
    if not kept:
        return form_of

    def moot(ref: Reference) -> bool:
        date = date_of(ref)
        return date is not None and date.month in kept

    # the month form most of the role's other dates take (the convention is judged after)
    parts = Counter(
        printed.rpartition(", ")[2]
        for ref in refs
        if not moot(ref) and (printed := form_of(ref)) is not None
    ).most_common(2)
    if not parts or (len(parts) == 2 and parts[0][1] == parts[1][1]):
        return form_of
    usual = parts[0][0]
    if usual not in ("abbreviated month", "month in full"):
        return form_of

    def form(ref: Reference) -> str | None:
        printed = form_of(ref)
        if printed is None or not moot(ref):
            return printed
        return f"{printed.rpartition(', ')[0]}, {usual}"

    return form


ROLES: tuple[tuple[str, Callable[[Reference], PartialDate | None]], ...] = (
    ("access dates", lambda ref: ref.accessed),
    ("preprint dates", lambda ref: ref.date if ref.kind is Kind.PREPRINT else None),
    ("publication dates", lambda ref: ref.date if ref.kind is not Kind.PREPRINT else None),
)


def _day_padding(date: PartialDate | None) -> str | None:
    """Whether a date's day below ten is padded with a zero (`January 08`) or not (`January 8`),
    for dates written with a month word."""
    if date is None or date.day is None or date.day >= 10 or date.order == "iso":
        return None
    if date.month_token is None:
        return None
    padded = re.search(rf"(?<!\d)0{date.day}(?!\d)", date.text)
    return "with a zero before the day" if padded else "with no zero"


def _padding_of(
    date_of: Callable[[Reference], PartialDate | None],
) -> Callable[[Reference], str | None]:
    return lambda ref: _day_padding(date_of(ref))


def _dated(ref: Reference) -> Iterator[PartialDate]:
    """The entry's dates with a month word, its access date among them, each once."""
    seen = {id(d): d for d in (*ref.dates, ref.accessed) if d is not None}
    yield from (d for d in seen.values() if d.month is not None and d.month_token is not None)


def _cut_by_one_letter(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """A month cut by one letter alone (`mai.` for `maio`, `Jun.` for `June`) where the list
    writes the same month whole elsewhere: the cut and its period save nothing, and the styles
    that cut months keep such a word whole (ABNT's `maio`)."""
    printed: dict[tuple[int | None, str], tuple[Reference, str]] = {}
    for ref in refs:
        for date in _dated(ref):
            word = date.month_token.text.rstrip(".") if date.month_token else ""
            printed.setdefault((date.month, word.lower()), (ref, word))
    for ref in refs:
        for date in _dated(ref):
            token = date.month_token
            assert token is not None
            cut = token.text.rstrip(".")
            whole = [w for (m, w) in printed if m == date.month and w[:-1] == cut.lower()]
            if not token.text.endswith(".") or not whole:
                continue
            other, word = printed[date.month, whole[0]]
            where = other.number if other.number is not None else other.index
            yield Diagnostic(
                token.span,
                f"`{token.text}` cuts the month by one letter alone; entry {where} writes it "
                f"`{word}`, which the styles that cut months keep whole",
                ref=ref,
            )


# Month words only one side writes: English (`Apr.`, `Aug.`) against Portuguese and Spanish (`abr.`,
# `ago.`, `dez.`, `ene.`); `Jan`, `mar`, `nov`, `May` are both, and tell nothing
_ENGLISH = frozenset({"feb", "apr", "april", "aug", "august", "dec", "december"})
_ROMANCE = frozenset(
    {"fev", "abr", "abril", "mai", "maio", "ago", "agosto", "set", "out", "dez", "ene", "dic"}
)
_LANGUAGES = (("English", _ENGLISH), ("Portuguese or Spanish", _ROMANCE))


def _month_language(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """A month word in another language than the list's (`abr./jun. 2017` where five dates write
    `Apr.`): told only by the words one language alone writes, five or more and 80% of them."""
    words: list[tuple[Reference, Field, str]] = []
    for ref in refs:
        for date in _dated(ref):
            for token in (date.month_token, date.end_month_token):
                key = token.text.rstrip(".").lower() if token else ""
                said = next((name for name, known in _LANGUAGES if key in known), None)
                if token is not None and said is not None:
                    words.append((ref, token, said))
    for name, _known in _LANGUAGES:
        mine = sum(1 for _, _, said in words if said == name)
        if mine < MIN_MONTH_WORDS or mine < DOMINANCE * len(words):
            continue
        for ref, token, said in words:
            if said != name:
                yield Diagnostic(
                    token.span,
                    f"`{token.text}` is a {said} month, where {mine} of the list's "
                    f"{len(words)} month words are {name}",
                    ref=ref,
                )


# IEEE's months (IEEEtran's and the IEEE Reference Guide's; the older Editorial Style Manual's
# `June`, `July` and `Sept.` too), and what makes a list IEEE's: titles in quotation marks with
# the comma closed inside them, then a volume labelled `vol.` or a paper's `in` (`“Title,”
# Journal, vol. 57, no. 11, pp. 2817–2830, Nov. 2012.`, `“Title,” in Proc. ...`), in
# `MIN_IEEE` entries and half the list at least
_IEEE_FORMS: tuple[str, ...] = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.")
_IEEE_FORMS += ("Sep.", "Oct.", "Nov.", "Dec.")
_IEEE_MONTHS = frozenset((*_IEEE_FORMS, "Sept.", "June", "July"))
_IEEE_ENTRY = re.compile(r"[“\"][^“”\"]{4,},[”\"]\s(?:in\s|[^“”\"]*?\bvol\.\s*\d)")
MIN_IEEE = 5


def _ieee_months(refs: Sequence[Reference], flagged: set[int]) -> Iterator[Diagnostic]:
    """A publication date's month in another form than IEEE's in a list set out in IEEE's style:
    cut without its period (`Nov 2012`, `Sept 2004`), or written whole where the list cuts its
    months as IEEE does (`November 2017` beside `Mar.`; `June` beside `Jun.`). The style fixes its
    months, so one in another form breaks it however few dates the list has; a list that writes
    every month whole keeps its own form."""
    ieee = sum(
        1
        for ref in refs
        # the comma closed inside the quotation marks, looked for before the pattern is run
        if (",”" in ref.text or ',"' in ref.text) and _IEEE_ENTRY.search(ref.text)
    )
    if ieee < MIN_IEEE or 2 * ieee < len(refs):
        return
    printed = {t.text for ref in refs for d in _dated(ref) for t in (d.month_token,) if t}
    cut = {word for word in printed if word.endswith(".") and word in _IEEE_MONTHS}
    for ref in refs:
        date = ref.date
        if date is None or date.month is None or id(date) in flagged:
            continue
        for token, month in (
            (date.month_token, date.month),
            (date.end_month_token, date.end_month),
        ):
            if token is None or month is None:
                continue
            if token.text in _IEEE_MONTHS and token.text[-1] == ".":
                continue
            if token.text == "May":
                continue  # whole and cut at once
            whole = _in_full(token.text)
            if whole and (
                not cut or (token.text in _IEEE_MONTHS and token.text[:3] + "." not in cut)
            ):
                continue  # a list that writes its months whole keeps its own form
            wanted = _IEEE_FORMS[month - 1]
            yield Diagnostic(
                token.span,
                f"`{token.text}` is not IEEE's form of the month, in a list set out in IEEE's "
                f"style; IEEE writes `{wanted}`",
                ref=ref,
            )
            break


# A month and its year without a day, written whole, run together (`June 2017`) or with a comma
# between them (`October, 2016`); not after a day (`17 October, 2014`: another form)
_MONTH = "|".join(MONTH_NAMES)
_MONTH_YEAR = pattern(rf"(?<!\d\s)\b(?:{_MONTH})(?P<comma>,?)\s+(?:1[5-9]|20)\d\d\b")
# a month in a list of months (`July, October, 1948`: two parts of a work), not a slip
_AFTER_MONTH = pattern(rf"\b(?:{_MONTH}),\s*$")


def _comma_after_month(refs: Sequence[Reference], flagged: set[int]) -> Iterator[Diagnostic]:
    """A comma between a month and its year (`October, 2016`) where the list's other months
    and years run together (`June 2017`): `MIN_ENTRIES` of those at least and 80% of both. The
    text is read as printed, wherever the grammar read the date or did not."""
    found = [
        (ref, m)
        for ref in refs
        for m in _MONTH_YEAR.finditer(ref.text, ref.body_start)
        if not _AFTER_MONTH.search(ref.text[max(0, m.start() - 12) : m.start()])
    ]
    comma = [(ref, m) for ref, m in found if m["comma"]]
    bare = len(found) - len(comma)
    if not comma or bare < MIN_ENTRIES or bare < DOMINANCE * len(found):
        return
    for ref, m in comma:
        if ref.date is not None and id(ref.date) in flagged:
            continue
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"'{m.group()}' has a comma between the month and the year; {bare} of the list's "
            f"{len(found)} months and years are written without one (`June 2017`)",
            ref=ref,
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
    abbreviated or in full; German's day with its period, `14. September 2024`, is a form of its
    own) and flags the dates of that role written another way.

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

    A day before the tenth padded with a zero (`January 08, 2025`) where the list's other dates of
    that role print none (or back) is flagged too. A month cut by one letter alone (`mai.` for
    `maio`, `Jun.` for `June`) is flagged where the
    list writes the same month whole elsewhere: the cut saves nothing, and the styles that cut
    months keep such a word whole (ABNT writes `maio`). So is a month word in another language
    than the list's (`abr./jun. 2017` where the other dates write `Apr.`, `Aug.`), told by the
    words one language alone writes: five or more, and 80% of them, set the list's.

    A month of five letters or fewer the list writes only whole (`June`, `July`, `March`) takes
    the month form of the role's other dates: styles that abbreviate only the longer months (AP's,
    Chicago's) write them out among `Jan` and `Aug`. One the list also cuts (`Jun`) is flagged.

    A list set out in IEEE's style (`“Title,” Journal, vol. 57, ...` or `“Title,” in Proc.`, five
    entries and half the list at least) has its months fixed by the style, however few dates it
    has: a publication month cut without IEEE's period (`Nov 2012`, `Sept 2004`) is flagged, and
    so is one written whole where the list cuts its months as IEEE does (`November 2017` beside
    `Mar. 2012`). A list that writes every month whole keeps its own form.

    ## Limitations
    Only dates with a month count; the roles are judged apart, since many styles date preprints
    one way and access notes another.
    """
    yield from _cut_by_one_letter(refs)
    yield from _month_language(refs)
    flagged: set[int] = set()
    for role, date_of in ROLES:
        found, odd = deviations(refs, _role_forms(refs, date_of))
        for ref, form in odd if found is not None else ():
            date = date_of(ref)
            assert date is not None and found is not None
            flagged.add(id(date))
            usual = found.says(f"{role} are written {found.form}")
            yield Diagnostic(date.span, f"'{date.text}' is written {form}; {usual}", ref=ref)
        padded, odd = deviations(refs, _padding_of(date_of))
        for ref, form in odd if padded is not None else ():
            date = date_of(ref)
            assert date is not None and padded is not None
            usual = padded.says(f"{role} before the tenth are written {padded.form}")
            yield Diagnostic(date.span, f"'{date.text}' is written {form}; {usual}", ref=ref)
    yield from _ieee_months(refs, flagged)
    yield from _comma_after_month(refs, flagged)
