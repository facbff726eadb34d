"""Habits a list keeps everywhere but once (RL584, RL818, RL819): an apparatus word without its
period (`no 1` where the list writes `no. 1`), no comma before the last author's `and` where the
list writes `A, B, and C`, a title printed in capitals among titles that are not.

Each convention is learnt from the list itself, as the house-style rules learn theirs
(`style.conventions`): at least `MIN_ENTRIES` entries with the feature, at least `DOMINANCE` of them
in one form, else nothing is said. A list that prints every title in capitals, or writes `A, B and
C` throughout, is its own style and is never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from refslint.api import (
    Author,
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

from .spelling import english_words, reads_as_english
from .style.conventions import Convention, deviations

# --- RL584: an apparatus word without its period --------------------------------------------------

# `no. 4`, `Vol 12`, `2nd ed.`: the word, its period if printed, and what shows it is the apparatus
# (a number after `no`/`vol` that opens an element, an ordinal before `ed`/`edn`). Page markers
# are RL802's.
# (ABNT's `v. 20` too, after its comma: `Educação e realidade, v 2,`)
_NUMBERED = pattern(
    r"(?:[,;:(]\s?|\.\s)(?P<word>[Nn]o|[Vv]ol|[Nn]r|(?<=,\s)v)(?P<period>\.?)\s?"
    r"(?=\d|[IVX]+\b)"
)
_EDITION = pattern(r"(?<=\d)(?:st|nd|rd|th)\s(?P<word>ed|edn|Ed|Edn)(?P<period>\.?)(?=[\s,;:)]|$)")
# an edition word with no mark at all before the next element (`3rd ed Ottawa, Canada:`): run
# into the place in any style, whether the list has other editions to learn from or not
_EDITION_RUN_ON = pattern(r"(?<=\d)(?:st|nd|rd|th)\s(?P<word>ed|edn|Ed|Edn)(?=\s[A-ZÀ-Ý][a-zà-ÿ])")

# the editors' word after their names with no mark at all before the book's title (`In: Rahman
# MS, ed Handbook of food preservation`): run into the title in any style
_EDITOR_RUN_ON = pattern(r"(?<=[A-Z]),\s(?P<word>eds?)(?=\s[A-ZÀ-Ý][a-zà-ÿ])")


def _apparatus(ref: Reference) -> list[re.Match[str]]:
    """The apparatus words of the entry after its title (the title's own words are its own)."""
    start = ref.title.span.end if ref.title is not None else ref.body_start
    kept = [f.span for f in (ref.doi, *ref.urls, ref.pmid) if f is not None]
    text = ref.text
    found = [*_NUMBERED.finditer(text, start), *_EDITION.finditer(text, start)]
    return [
        m
        for m in found
        if not any(s.start <= m.start("word") < s.end for s in kept)
        and not _quoted(text, m.start("word"))
    ]


def _quoted(text: str, at: int) -> bool:
    """Whether `at` stands inside quotation marks: a title's own words (`“Growth per cycle (vol
    9, pg 249, 2003)”`, a correction's note) where the grammar ended the title early."""
    return text.count('"', 0, at) % 2 == 1 or text.count("“", 0, at) > text.count("”", 0, at)


# Words that are contractions (first and last letters of `numéro`, `numero`): French, and
# other languages that write it so, print a contraction without a period
_CONTRACTIONS = frozenset({"no"})


def _not_english(ref: Reference) -> bool:
    """Whether the entry's title (or its text after the names) reads as another language."""
    text = ref.title.text if ref.title is not None else ref.text[ref.body_start :]
    return reads_as_english(text, english_words()) is False


def _forms(word: str, marks: dict[int, list[re.Match[str]]]) -> Callable[[Reference], str | None]:
    """How one entry writes `word`: `period`, `bare`, or None where it does not print it."""

    def form_of(ref: Reference) -> str | None:
        printed = [m.group("period") for m in marks[id(ref)] if m.group("word").lower() == word]
        if not printed:
            return None
        return "period" if all(printed) else "bare"

    return form_of


@list_rule(
    code="RL584",
    name="apparatus-period-missing",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="`no`, `vol` or `ed` without its period where the list writes `no.`, `vol.`, `ed.`",
    fixable=True,
)
def apparatus_period_missing(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns, word by word, whether the list writes the words of its apparatus with a period
    (`no. 4`, `vol. 12`, ABNT's `v. 20`, `2nd ed.`) and flags an entry that leaves it out (`no
    4`). Lists that
    write them bare (`Vol 12`, `2nd edn`) are their own style and are never flagged; page
    markers (`pp`) are RL802's. An entry in French (or another language that reads `no` as
    a contraction of `numéro`, printed without a period) keeps its bare `no`. An edition's word run
    into what follows (`3rd ed Ottawa`) is flagged where the list prints it so once, or less
    often than with its period; the editors' word run into the book's title after their names
    (`In: Rahman MS, ed Handbook`), in any list.

    ## Why is this bad?
    The period was lost in typing; the list's style prints it everywhere else.

    ## Example
    Five entries write `no.`, the sixth writes `no`:

        1. A. Ortiz, “Title One,” Water Research 30, no. 2 (1996): 331–340.
        2. B. Lund, “Title Two,” Water Research 31, no. 4 (1997): 12–19.
        3. C. Sato, “Title Three,” Aquaculture 12, no. 1 (2001): 5–9.
        4. D. Peña, “Title Four,” Aquaculture 14, no. 3 (2003): 50–61.
        5. E. Roy, “Title Five,” Food Chemistry 99, no. 2 (2006): 1–8.
        6. F. Wu, “Title Six,” Aquaculture Research 2025, no 1 (2025): 2377886.

    Use instead:
        1. A. Ortiz, “Title One,” Water Research 30, no. 2 (1996): 331–340.
        2. B. Lund, “Title Two,” Water Research 31, no. 4 (1997): 12–19.
        3. C. Sato, “Title Three,” Aquaculture 12, no. 1 (2001): 5–9.
        4. D. Peña, “Title Four,” Aquaculture 14, no. 3 (2003): 50–61.
        5. E. Roy, “Title Five,” Food Chemistry 99, no. 2 (2006): 1–8.
        6. F. Wu, “Title Six,” Aquaculture Research 2025, no. 1 (2025): 2377886.

    ## Fix safety
    Safe: a period is put after the word, as the list's other entries print it.
    """
    marks = {id(ref): _apparatus(ref) for ref in refs}
    words = {m.group("word").lower() for found in marks.values() for m in found}
    for word in sorted(words):
        found, odd = deviations(refs, _forms(word, marks))
        if found is None and word in ("ed", "edn"):
            forms = [f for r in refs if (f := _forms(word, marks)(r)) is not None]
            if forms.count("bare") == 1 or forms.count("bare") < forms.count("period"):
                yield from _edition_run_on(refs, word)  # not the list's own way: a slip
        if found is None or found.form != "period":
            continue
        for ref, _ in odd:
            if word in _CONTRACTIONS and _not_english(ref):
                continue  # French `no 3` (n°): a contraction, which French prints bare
            for m in marks[id(ref)]:
                if m.group("word").lower() != word or m.group("period"):
                    continue
                at = m.end("word")
                yield Diagnostic(
                    Span(m.start("word"), at),
                    f"`{m.group('word')}` without its period; "
                    f"{found.says(f'entries with `{word}` write `{word}.`')}",
                    fix=Fix.safe(Edit(Span(at, at), "."), message=f"Write `{m.group('word')}.`"),
                    ref=ref,
                )
    yield from _editor_run_on(refs)


def _editor_run_on(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """`In: Rahman MS, ed Handbook`: the editors' word after the names, run into the book's
    title with no period."""
    for ref in refs:
        if ref.in_marker is None:
            continue
        for m in _EDITOR_RUN_ON.finditer(ref.text, ref.in_marker.span.end):
            word, at = m.group("word"), m.end("word")
            yield Diagnostic(
                Span(m.start("word"), at),
                f"`{word}` without its period, run into the book's title; write `{word}.`",
                fix=Fix.safe(Edit(Span(at, at), "."), message=f"Write `{word}.`"),
                ref=ref,
            )


def _edition_run_on(refs: Sequence[Reference], word: str) -> Iterator[Diagnostic]:
    """`3rd ed Ottawa`: the edition word of a list with no habit to learn, run into the place;
    asked where it is printed so once, or less often than with its period."""
    for ref in refs:
        start = ref.title.span.end if ref.title is not None else ref.body_start
        for m in _EDITION_RUN_ON.finditer(ref.text, start):
            if m.group("word").lower() != word or _quoted(ref.text, m.start("word")):
                continue
            at = m.end("word")
            begin, end = ref.text.rfind(" ", 0, m.start()) + 1, ref.text.find(" ", at + 1)
            printed = ref.text[begin : end if end >= 0 else len(ref.text)].rstrip(",.;:")
            yield Diagnostic(
                Span(m.start("word"), at),
                f"`{m.group('word')}` without its period, run into what follows (`{printed}`); "
                f"write `{m.group('word')}.`",
                fix=Fix.safe(Edit(Span(at, at), "."), message=f"Write `{m.group('word')}.`"),
                ref=ref,
            )


# --- RL818: no serial comma before the last author ------------------------------------------------

# A pasted entry keeps its source's comma, and many lists mix the two: only a list that nearly
# always prints the serial comma is told of the entries that lack it.
SERIAL_SHARE = 0.9
SHORT_LIST = 3  # a list too short to learn from otherwise, all but one in four with the comma
# the joining word before the last author, with the comma before it if any
_LAST_AND = pattern(r"(?P<comma>,?)(?<!\s)\s+(?P<word>and|&)\s+")  # a run of spaces tried once


def _opening_names(ref: Reference) -> tuple[Author, ...]:
    """The names that open the entry: its authors, or its editors where no author is named."""
    if len(ref.authors) >= 2:
        return ref.authors
    if not ref.authors and ref.editors and ref.editors[0].span.start <= ref.body_start + 1:
        return ref.editors
    return ()


def _last_and(ref: Reference, pairs: bool = False) -> re.Match[str] | None:
    """The `and` before the entry's last name, where it names three or more with no `et al.`
    (`pairs`: two, the first inverted and the second not, Chicago's `Clark, Andy, and David
    Chalmers`, where the comma closes the inverted name)."""
    names = _opening_names(ref)
    if ref.et_al is not None or not names:
        return None
    if pairs:
        first, last = (names[0].text, names[-1].text) if len(names) == 2 else ("", ",")
        if "," not in first or "," in last:
            return None
    elif len(names) < 3:
        return None
    found = None
    for m in _LAST_AND.finditer(ref.text, names[0].span.start, names[-1].span.start):
        found = m
    if found is None or ref.text[found.end() : names[-1].span.start].strip():
        return None
    return found


def _serial(ref: Reference) -> str | None:
    m = _last_and(ref)
    if m is None:
        return None
    return "serial" if m.group("comma") else "none"


def _convention(refs: Sequence[Reference]) -> tuple[Convention | None, list[Reference]]:
    """The list's serial comma before the last of three or more names, and the entries without
    it: learnt as other habits are, or from a short list's three that all print it but one in
    four at most."""
    found, odd = deviations(refs, _serial)
    if found is not None:
        if found.form != "serial" or found.count < SERIAL_SHARE * found.total:
            return None, []
        return found, [ref for ref, _ in odd]
    forms = [(ref, form) for ref in refs if (form := _serial(ref)) is not None]
    serial = sum(form == "serial" for _, form in forms)
    if serial < SHORT_LIST or serial < 3 * (len(forms) - serial):
        return None, []
    return Convention("serial", serial, len(forms)), [r for r, f in forms if f == "none"]


@list_rule(
    code="RL818",
    name="serial-comma-missing",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="No comma before the last author's `and` where the list writes `A, B, and C`",
    fixable=True,
)
def serial_comma_missing(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In lists that join the last of three or more authors by `and` (or `&`), learns whether a
    comma comes before it (`A, B, and C`) and flags an entry that leaves it out (`A, B and C`),
    where at least nine in ten of the list's entries print the comma (in a short list, at least
    three, and three times as many as lack it). In such a list, also flags two names whose first
    is inverted and the second not (`Clark, Andy and David Chalmers`), where Chicago's and MLA's
    comma closes the inverted name (`Clark, Andy, and David Chalmers`).
    Lists that write `A, B and C` throughout, lists that join names otherwise, and entries of two
    authors are never flagged.

    ## Why is this bad?
    The style prints the serial comma everywhere else; the entry was typed or pasted another way.

    ## Example
    Ten entries write the comma, the eleventh does not:

        1. A. Ortiz, B. Lund, and C. Sato, “Odours 1,” Aquaculture 11 (1991): 11–19.
        2. B. Lund, C. Sato, and D. Peña, “Odours 2,” Food Chemistry 12 (1992): 21–29.
        3. C. Sato, D. Peña, and E. Roy, “Odours 3,” Ecology 13 (1993): 31–39.
        4. D. Peña, E. Roy, and F. Wu, “Odours 4,” Marine Biology 14 (1994): 41–49.
        5. E. Roy, F. Wu, and G. Kim, “Odours 5,” Water Research 15 (1995): 51–59.
        6. F. Wu, G. Kim, and H. Abe, “Odours 6,” Aquaculture 16 (1996): 61–69.
        7. G. Kim, H. Abe, and I. Nagy, “Odours 7,” Food Chemistry 17 (1997): 71–79.
        8. H. Abe, I. Nagy, and J. Diaz, “Odours 8,” Ecology 18 (1998): 81–89.
        9. I. Nagy, J. Diaz, and A. Ortiz, “Odours 9,” Marine Biology 19 (1999): 91–99.
        10. J. Diaz, A. Ortiz, and B. Lund, “Odours 10,” Water Research 20 (2000): 101–109.
        11. A. Ortiz, B. Lund and C. Sato, “Odours 11,” Aquaculture 21 (2001): 111–119.

    Use instead:
        1. A. Ortiz, B. Lund, and C. Sato, “Odours 1,” Aquaculture 11 (1991): 11–19.
        2. B. Lund, C. Sato, and D. Peña, “Odours 2,” Food Chemistry 12 (1992): 21–29.
        3. C. Sato, D. Peña, and E. Roy, “Odours 3,” Ecology 13 (1993): 31–39.
        4. D. Peña, E. Roy, and F. Wu, “Odours 4,” Marine Biology 14 (1994): 41–49.
        5. E. Roy, F. Wu, and G. Kim, “Odours 5,” Water Research 15 (1995): 51–59.
        6. F. Wu, G. Kim, and H. Abe, “Odours 6,” Aquaculture 16 (1996): 61–69.
        7. G. Kim, H. Abe, and I. Nagy, “Odours 7,” Food Chemistry 17 (1997): 71–79.
        8. H. Abe, I. Nagy, and J. Diaz, “Odours 8,” Ecology 18 (1998): 81–89.
        9. I. Nagy, J. Diaz, and A. Ortiz, “Odours 9,” Marine Biology 19 (1999): 91–99.
        10. J. Diaz, A. Ortiz, and B. Lund, “Odours 10,” Water Research 20 (2000): 101–109.
        11. A. Ortiz, B. Lund, and C. Sato, “Odours 11,” Aquaculture 21 (2001): 111–119.

    ## Fix safety
    Safe: a comma is put before the `and`.
    """
    found, odd = _convention(refs)
    if found is None:
        return
    lacking = [(ref, _last_and(ref), "and the last author") for ref in odd]
    for ref in refs:
        m = _last_and(ref, pairs=True)
        if m is not None and not m.group("comma"):
            first = _opening_names(ref)[0].text
            lacking.append((ref, m, f"after the inverted first name (`{first}`)"))
    for ref, m, which in sorted(lacking, key=lambda item: item[0].index):
        assert m is not None
        at = m.start()
        word = m.group("word")
        yield Diagnostic(
            Span(m.start(), m.end("word")),
            f"no comma before `{word}` {which}; "
            f"{found.says('entries of three or more authors put a comma before the last one')}",
            fix=Fix.safe(Edit(Span(at, at), ","), message=f"Write `, {word}`"),
            ref=ref,
        )


# --- RL819: a title in capitals -------------------------------------------------------------------

_WORD = pattern(r"[^\W\d_]{2,}")


def _case(ref: Reference) -> str | None:
    """`capitals` for a title printed in capitals, `mixed` for one with lower-case words, None
    where the title is too short to tell (`ATLAS`, `BRCA1 and PD-L1` is mixed)."""
    if ref.title is None or not ref.authors:
        return None  # with no names read, the "title" may be a group author in capitals
    title = ref.title.text
    if not title.isupper():  # a lower-case letter somewhere: the usual case, told cheaply
        return "mixed" if len(title.split()) >= 3 else None
    words = _WORD.findall(title)
    letters = sum(len(w) for w in words)
    return "capitals" if len(words) >= 4 and letters >= 16 else None


@list_rule(
    code="RL819",
    name="title-in-capitals",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A title printed in capitals where the list's other titles are not",
)
def title_in_capitals(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a title printed wholly in capitals (`CHALLENGES IN MANIPULATING IMMUNE SYSTEM`) in a
    list whose other titles are in sentence or title case. A list that prints every title in
    capitals is its own style and is never flagged; a short title of acronyms (`BRCA1 and
    PD-L1`, `ATLAS`) is not read as capitals, nor is an entry whose names could not be read
    (its "title" may be a group author set in capitals, `INSTITUT UPSA DE LA DOULEUR.`).

    ## Why is this bad?
    The title was copied from a source that sets titles in capitals; the list prints it in
    sentence or title case everywhere else.

    ## Example
    Five titles in sentence case, the sixth in capitals:

        1. Ortiz A. Immune evasion in prostate cancer. Acta Clin Croat. (2019) 58:1–9.
        2. Lund B. Adoptive cell transfer in solid tumours. J Clin Oncol. (2018) 36:10–19.
        3. Sato C. Tumour infiltrating lymphocytes. Front Immunol. (2020) 11:5–9.
        4. Peña D. Natural killer cells in leukaemia. Blood. (2021) 137:50–61.
        5. Roy E. Checkpoint inhibitors and their limits. Nat Rev Cancer. (2022) 22:1–8.
        6. Wu F. CHALLENGES IN MANIPULATING IMMUNE SYSTEM. Acta Clin Croat. (2019) 58:76–81.

    Use instead:
        1. Ortiz A. Immune evasion in prostate cancer. Acta Clin Croat. (2019) 58:1–9.
        2. Lund B. Adoptive cell transfer in solid tumours. J Clin Oncol. (2018) 36:10–19.
        3. Sato C. Tumour infiltrating lymphocytes. Front Immunol. (2020) 11:5–9.
        4. Peña D. Natural killer cells in leukaemia. Blood. (2021) 137:50–61.
        5. Roy E. Checkpoint inhibitors and their limits. Nat Rev Cancer. (2022) 22:1–8.
        6. Wu F. Challenges in manipulating immune system. Acta Clin Croat. (2019) 58:76–81.

    ## Limitations
    There is no fix: which words keep their capitals (names, acronyms) needs a reader.
    """
    found, odd = deviations(refs, _case)
    if found is None or found.form != "mixed":
        return
    for ref, _ in odd:
        assert ref.title is not None
        shown = " ".join(ref.title.text.split()[:5])
        yield Diagnostic(
            ref.title.span,
            f"title printed in capitals (`{shown} ...`); "
            f"{found.says('titles are in sentence or title case')}",
            ref=ref,
        )
