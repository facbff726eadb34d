"""Forms from another style or language (RL542, RL543, RL546-RL548): an element written as ABNT,
a Portuguese list or an author-date style writes it, in a list that writes it the Vancouver way.

Each is learnt from the list: the form its other entries use, or the language of its apparatus
(`[cited ...]`, `Available from:`, `editors` against `Disponível em:`, `Acesso em:`,
`organizadores`).
A list that writes the element one way throughout, in its own language, is never lectured.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

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
    pattern,
)

from .month_case import capitalised_months
from .style.conventions import deviations

# The words a list's apparatus is written in: English (Citing Medicine, ICMJE) or not.
_ENGLISH_APPARATUS = pattern(
    r"\[cited\b|\bAvailable (?:from|at)\b|\bAccessed\b|\beditors?\b|\[Internet\]|\[updated\b"
)
_OTHER_APPARATUS = pattern(
    r"\b(?:Dispon[ií]vel|Disponible|Acesso|Acessado|Consultado|citado|editores|organizadores|"
    r"Hrsg|Zugriff|consult[ée])\b|\(orgs?\.\)|\bAufl\.",
    re.I,
)


def _english(refs: Sequence[Reference]) -> bool:
    """Whether the list's apparatus is English: entries with English words in it outnumber those
    with another language's twice over, and there are at least two."""
    english = sum(1 for ref in refs if _ENGLISH_APPARATUS.search(ref.text))
    other = sum(1 for ref in refs if _OTHER_APPARATUS.search(ref.text))
    return english >= 2 and english > 2 * other


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# `6. ed.`, `6ª ed.`, `6a. ed.` opening an element (after `. `, `]. ` or a title's `? ` or `! `);
# not `6. ed. by` (edited).
_NUMBERED_EDITION = pattern(
    r"(?:(?<=[.\]?!] )|(?<=^))(\d{1,3})(?:\.|[ªº]\.?|a\.)\s?ed\.(?!\s*by\b)"
)
_ENGLISH_EDITION = pattern(
    r"\b(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth)\s+(?:ed\b|edn\b|edition\b)",
    re.I,
)


@list_rule(
    code="RL542",
    name="edition-not-english",
    category=Category.FORMAT,
    severity=Severity.INFO,
    summary="An edition written the ABNT way (`6. ed.`) in a list whose apparatus is English",
    fixable=True,
)
def edition_not_english(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an edition written with a numeral and a period (`6. ed.`, `6ª ed.`), as ABNT and
    Portuguese or Spanish lists write it, in a list whose apparatus (`[cited ...]`, `Available
    from:`, `editors`) is English, and says how the list's other editions are written.

    ## Why is this bad?
    Citing Medicine writes the edition as an English ordinal, `6th ed.`; `6. ed.` is another
    style's form carried over from a Portuguese original. It is a convention, so a hint.

    ## Example
        1. Damon W, Lerner RM, editors. Handbook of Child Psychology [Internet]. 6. ed. Hoboken:
           Wiley; 2007 [cited 2026 Nov 8]. Available from: https://example.org/handbook
        2. IPEA. Objetivos [Internet]. Brasília: IPEA; 2019 [cited 2026 Nov 8]. Available from:
           https://example.org/ods

    Use instead:
        1. Damon W, Lerner RM, editors. Handbook of Child Psychology [Internet]. 6th ed. Hoboken:
           Wiley; 2007 [cited 2026 Nov 8]. Available from: https://example.org/handbook
        2. IPEA. Objetivos [Internet]. Brasília: IPEA; 2019 [cited 2026 Nov 8]. Available from:
           https://example.org/ods

    ## Fix safety
    Safe: the numeral is written as an English ordinal; nothing else changes.

    ## Limitations
    Only lists whose apparatus is English are checked: an ABNT or Portuguese list writes `6. ed.`
    rightly. `6. Aufl.` and other languages' words for edition are left alone.
    """
    numbered = [
        (ref, m)
        for ref in refs
        if "ed." in ref.text
        for m in _NUMBERED_EDITION.finditer(ref.text, ref.body_start)
    ]
    if not numbered or not _english(refs):
        return  # the editions first: most lists have none, and the language costs more
    english = sum(len(_ENGLISH_EDITION.findall(ref.text)) for ref in refs)
    if english:
        others = f"{english} other edition{'s' if english > 1 else ''} of the list written so"
    else:
        others = "the list's apparatus (`[cited ...]`, `Available from:`) is English"
    for ref, m in numbered:
        wanted = f"{_ordinal(int(m.group(1)))} ed."
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"edition `{m.group()}` is written the ABNT way; Citing Medicine writes `{wanted}` "
            f"({others})",
            fix=Fix.safe(Edit(Span(m.start(), m.end()), wanted), message=f"Write `{wanted}`"),
            ref=ref,
        )


# `Place: Publisher; 2001` or `Place: Publisher, 2001` opening an element: the imprint of a book,
# report or web page, whose mark before the year a list writes one way.
_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
_IMPRINT = pattern(
    r"(?:(?<=[.\]] )|(?<=^))(?!(?:Available|Accessed|Retrieved|In|URL|doi|DOI|PMID|Epub)\b)"
    r"(?P<place>[A-Z][^.:;\[\]\d]{1,60}?):\s"
    r"(?P<publisher>[^:;\[\]]{2,120}?)(?P<sep>[;,])\s?(?P<year>\[?c?" + _YEAR + r"\]?)"
    r"(?=[\s.;\[]|$)"
)
_SEPARATORS = {";": "semicolon", ",": "comma"}


def _imprint(ref: Reference) -> re.Match[str] | None:
    """The entry's imprint outside its title and journal; None for journal articles."""
    if ref.kind is Kind.ARTICLE:
        return None
    kept = [f.span for f in (ref.title, ref.container) if f is not None]
    for m in _IMPRINT.finditer(ref.text, ref.body_start):
        if not any(s.start <= m.start() < s.end for s in kept):
            return m
    return None


def _imprint_form(ref: Reference) -> str | None:
    m = _imprint(ref)
    return _SEPARATORS[m.group("sep")] if m is not None else None


@list_rule(
    code="RL543",
    name="publisher-year-separator",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A comma (or semicolon) between publisher and year where the list writes the other",
    fixable=True,
)
def publisher_year_separator(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a book's, report's or web page's imprint whose publisher and year are set apart by
    another mark than the one the list's other imprints use: `Washington, DC: Author, 2001.`
    among `Geneva: World Health Organization; 2008.`

    ## Why is this bad?
    Vancouver writes `Place: Publisher; Year`; `Place: Publisher, Year` is the form of ABNT,
    Chicago and APA's older editions. Either is a style, but one list should not mix them.

    ## Example
        1. WHO. Report on the global tobacco epidemic. Geneva: WHO; 2008.
        2. IOM. Minimum age of legal access to tobacco. Washington, DC: NAP; 2015.
        3. Schmitt CL. Cigarette sales to minor girls. Baltimore, MD: UMBC; 2001.
        4. UNICEF. The state of the world's children. Florence: UNICEF; 2023.
        5. GAO. Synar Amendment implementation. Washington, DC: GAO, 2001.

    Use instead:
        1. WHO. Report on the global tobacco epidemic. Geneva: WHO; 2008.
        2. IOM. Minimum age of legal access to tobacco. Washington, DC: NAP; 2015.
        3. Schmitt CL. Cigarette sales to minor girls. Baltimore, MD: UMBC; 2001.
        4. UNICEF. The state of the world's children. Florence: UNICEF; 2023.
        5. GAO. Synar Amendment implementation. Washington, DC: GAO; 2001.

    ## Fix safety
    Safe: only the mark changes.

    ## Limitations
    The list's own convention decides: at least 5 imprints, 80% of them with one mark. Journal
    articles are not measured, nor an imprint the grammar read as part of a title.
    """
    convention, breaking = deviations(refs, _imprint_form)
    if convention is None:
        return
    mark = ";" if convention.form == "semicolon" else ","
    for ref, _ in breaking:
        m = _imprint(ref)
        assert m is not None
        publisher = m.group("publisher").strip()
        author = (
            " (`Author` as publisher is APA's form; Vancouver names the publisher)"
            if publisher.lower() == "author"
            else ""
        )
        sep = m.start("sep"), m.end("sep")
        yield Diagnostic(
            Span(m.start("publisher"), m.end("year")),
            f"`{publisher}{m.group('sep')} {m.group('year')}` sets publisher and year apart with "
            f"a {_SEPARATORS[m.group('sep')]}; "
            f"{convention.says(f'imprints write a {convention.form} (`Publisher{mark} Year`)')}"
            + author,
            fix=Fix.safe(Edit(Span(*sep), mark), message=f"Write `{mark}`"),
            ref=ref,
        )


# A journal date, Vancouver order: year, month (any case, English, Portuguese or Spanish
# abbreviation or name), an optional day or second month, then the volume's mark.
_MONTH_WORDS = {
    **{m: m for m in ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov")},
    "dec": "dec",
    "fev": "feb",
    "abr": "apr",
    "mai": "may",
    "maio": "may",
    "ago": "aug",
    "set": "sep",
    "sept": "sep",
    "out": "oct",
    "dez": "dec",
    "ene": "jan",
    "dic": "dec",
}
_JOURNAL_MONTH = pattern(
    r"(?<![\w/.-])(?:1[5-9]|20)\d\d\s+(?P<month>[A-Za-z]{3,9})\.?"
    r"(?:\s+\d{1,2})?(?:\s*(?:[-/]|–{1})\s*(?P<end>[A-Za-z]{3,9})\.?)?\s*[;:]"
)


def _is_month(word: str) -> bool:
    return word.lower() in _MONTH_WORDS or _full_month(word) is not None


def _english_month(word: str) -> str:
    """The English abbreviation, capitalised, of a month in English, Portuguese or Spanish."""
    return (_MONTH_WORDS.get(word.lower()) or _full_month(word) or word).capitalize()


def _month(ref: Reference) -> re.Match[str] | None:
    for m in _JOURNAL_MONTH.finditer(ref.text, ref.body_start):
        if _is_month(m.group("month")):
            return m
    return None


_FULL = {
    "january": "jan",
    "february": "feb",
    "march": "mar",
    "april": "apr",
    "june": "jun",
    "july": "jul",
    "august": "aug",
    "september": "sep",
    "october": "oct",
    "november": "nov",
    "december": "dec",
}


def _full_month(word: str) -> str | None:
    return _FULL.get(word.lower())


def _month_case(ref: Reference) -> str | None:
    m = _month(ref)
    if m is None:
        return None
    return "lower case" if m.group("month").islower() else "capitalised"


@list_rule(
    code="RL546",
    name="month-lower-case",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal date's month in lower case (`2013 mar;`) where the list capitalises it, "
    "or a month capitalised where the list writes months in lower case",
    fixable=True,
)
def month_lower_case(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags the month of a journal article's date printed in lower case, often in Portuguese or
    Spanish (`2013 mar;29(3)`, `2019 set;`), in a list whose other dates capitalise the English
    month (`2022 May;7(5)`).

    ## Why is this bad?
    Citing Medicine abbreviates the month in English with a capital (`2013 Mar`); the lower-case
    month is a Portuguese list's form left in an English one, and the list no longer agrees
    with itself.

    ## Example
        1. Cata-Preta BO. Ethnic disparities in immunisation. BMJ Glob Health. 2022 May;7(5):1-9.
        2. Valier MR. Vaccination coverage. MMWR. 2023 Jan 6;72(1):1-8.
        3. Fenton AT. Unequal interactions. Soc Sci Med. 2018 Mar;200:238-48.
        4. Luman ET. Timeliness of childhood vaccinations. JAMA. 2005 Mar 9;293(10):1204-11.
        5. Yokokura AV. Cobertura vacinal. Cad Saude Publica. 2013 mar;29(3):522-34.

    Use instead:
        1. Cata-Preta BO. Ethnic disparities in immunisation. BMJ Glob Health. 2022 May;7(5):1-9.
        2. Valier MR. Vaccination coverage. MMWR. 2023 Jan 6;72(1):1-8.
        3. Fenton AT. Unequal interactions. Soc Sci Med. 2018 Mar;200:238-48.
        4. Luman ET. Timeliness of childhood vaccinations. JAMA. 2005 Mar 9;293(10):1204-11.
        5. Yokokura AV. Cobertura vacinal. Cad Saude Publica. 2013 Mar;29(3):522-34.

    ## Fix safety
    Safe: the month is written as its English abbreviation, capitalised.

    The other way round, a month capitalised (`17 Maio 2017`) in a list that writes the months
    of its dates in lower case (`17 out 1995`, `[citado 2020 dez 23]`, ABNT's `mar. 2020`: at
    least 5 of them, 80% of the months of all its dates) is flagged, and lowered by a safe fix.
    So is a month written out in a Spanish or Portuguese date of its own form (`2 de Junio de
    1978`), which both languages write in lower case, where the list writes at least as many of
    those months in lower case (`27 de abril de 1978`).

    ## Limitations
    The list's own convention decides: at least 5 journal dates with a month, 80% capitalised.
    Access notes (`[cited 2020 mar 3]`) and dates in another order (`mar. 2013`) are not read.
    """
    convention, breaking = deviations(refs, _month_case)
    if convention is None or convention.form != "capitalised":
        yield from capitalised_months(refs)  # the other way round: `17 Maio` among `dez 23`
        return
    for ref, _ in breaking:
        m = _month(ref)
        assert m is not None
        edits = [
            Edit(Span(m.start(group), m.end(group)), _english_month(m.group(group)))
            for group in ("month", "end")
            if m.group(group) is not None and _is_month(m.group(group))
        ]
        word = m.group("month")
        wanted = _english_month(word)
        yield Diagnostic(
            Span(m.start("month"), m.end("month")),
            f"month `{word}` in lower case; Citing Medicine writes `{wanted}` "
            f"({convention.says('journal dates with a month capitalise it')})",
            fix=Fix.safe(*edits, message=f"Write `{wanted}`"),
            ref=ref,
        )


# The year right after the author list, as author-date styles print it: `Ma H (2002) Title`.
# (also APA's day, `(August 30, 2021).`, and Harvard's year between commas after an initial,
# `Durkin, P., 2017.`)
_MONTH_DAY = r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s)"
_YEAR_AFTER_AUTHORS = pattern(
    r"\.?\s*(?:et al\.?,?\s*)?(?:\("
    + _MONTH_DAY
    + "?("
    + _YEAR
    + r")\)[.,]?|(?<=[A-Z]\.),\s("
    + _YEAR
    + r")\.)\s"
)
_ANY_YEAR = pattern(r"(?<![\w/.-])" + _YEAR + r"(?![\w/-])")


def _year_place(ref: Reference) -> str | None:
    """ "after the authors" or "later" for an entry with authors and a year; else None."""
    if ref.authors_span is None or not ref.authors:
        return None
    after = _YEAR_AFTER_AUTHORS.match(ref.text, ref.authors_span.end)
    if after:
        # an author-date entry's title follows its year; with none (`R. Mull (2022). GitHub,
        # https://...`) the entry lacks its title, and where its year goes is not what is wrong
        titled = ref.title is not None and ref.title.span.start >= after.end() - 1
        return "after the authors" if titled else None
    if _ANY_YEAR.search(ref.text, ref.authors_span.end) is None:
        return None
    return "later"


@list_rule(
    code="RL547",
    name="year-after-authors",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An author-date year after the authors (`Ma H (2002)`) in a list that puts it later",
    fixable=True,
)
def year_after_authors(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an entry that prints its year in brackets right after the authors (`Ma H (2002) Title`,
    `Brumfield, B. (August 30, 2021).`), or between commas as Harvard does (`Durkin, P., 2017.`),
    in a list whose entries put the year after the journal or the publisher, as Vancouver and
    Chicago's notes-bibliography do.

    ## Why is this bad?
    The entry was copied from an author-date list and not set out again; in a numbered list
    its year stands where no reader looks for it, and is often printed a second time.

    ## Example
        1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Gao YC, Yao N. Reductive stability. J Am Chem Soc. 2023;145:23764-70.
        3. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.
        4. Lombardo T, Duquesnoy M. Battery research. Chem Rev. 2022;122:10899-969.
        5. Ma H (2002) Expression of PTEN in vulvar cancer. Chin J Oncol. 2002;24:33-5.

    Use instead:
        1. Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev. 2020;49:8790-839.
        2. Gao YC, Yao N. Reductive stability. J Am Chem Soc. 2023;145:23764-70.
        3. Wang C, Aykol M. Ionic conduction. ACS Nano. 2020;14:5510-9.
        4. Lombardo T, Duquesnoy M. Battery research. Chem Rev. 2022;122:10899-969.
        5. Ma H. Expression of PTEN in vulvar cancer. Chin J Oncol. 2002;24:33-5.

    ## Fix safety
    Unsafe, and offered only when the year is printed again later in the entry: the bracketed
    year is removed and a period ends the author list.

    ## Limitations
    The list's own convention decides: at least 5 entries with authors and a year, 80% of them
    with the year after the authors' list. An author-date list is never asked to move its years.
    An entry with no title after its year (`R. Mull (2022). GitHub, https://...`, a repository
    given by its host alone) is not an author-date entry copied in: what it lacks is its title.
    """
    convention, breaking = deviations(refs, _year_place)
    if convention is None or convention.form != "later":
        return
    for ref, _ in breaking:
        assert ref.authors_span is not None
        m = _YEAR_AFTER_AUTHORS.match(ref.text, ref.authors_span.end)
        assert m is not None
        year = m.group(1) or m.group(2)
        at = m.start(1) - 1 if m.group(1) else m.start(2) - 2
        again = any(y.group() == year for y in _ANY_YEAR.finditer(ref.text, m.end()))
        fix = (
            Fix.unsafe(Edit(Span(ref.authors_span.end, m.end()), ". "), message="Remove the year")
            if again
            else None
        )
        printed = ref.text[at : m.end(1) + 1] if m.group(1) else ref.text[at : m.end(2)]
        yield Diagnostic(
            Span(at, at + len(printed)),
            f"year `{printed}` after the authors, as author-date styles print it; "
            f"{convention.says('entries put the year after the journal or publisher')}"
            + (f", as this one does again (`{year}`)" if again else ""),
            fix=fix,
            ref=ref,
        )


# Latin/ABNT marks for an unknown date, place or publisher, and what Citing Medicine writes.
_ABNT_MARKS = {"s.d.": "[date unknown]", "s.l.": "[place unknown]", "s.n.": "[publisher unknown]"}
_ABNT_MARK = pattern(r"\[(s\.\s?[dln]\.)\](?P<glued>\[)?", re.I)


@list_rule(
    code="RL548",
    name="unknown-mark-not-english",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="`[s.d.]`, `[s.l.]` or `[s.n.]` in a list whose apparatus is English",
    fixable=True,
)
def unknown_mark_not_english(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags ABNT's Latin marks for what is not known, `[s.d.]` (no date), `[s.l.]` (no place) and
    `[s.n.]` (no publisher), in a list whose apparatus (`[cited ...]`, `Available from:`) is
    English, and says when the mark runs into the next note with no space (`[s.d.][cited`).

    ## Why is this bad?
    Citing Medicine writes `[date unknown]`, `[place unknown]` and `[publisher unknown]`; a
    Portuguese mark in an English list is left over from the source, and readers of the English
    list may not know it.

    ## Example
        1. Vanderbilt University. Play Nicely [Internet]. Nashville: Vanderbilt University;
           [s.d.][cited 2026 Nov 8]. Available from: https://example.org/play-nicely
        2. IPEA. Objetivos [Internet]. Brasília: IPEA; 2019 [cited 2026 Nov 8]. Available from:
           https://example.org/ods

    Use instead:
        1. Vanderbilt University. Play Nicely [Internet]. Nashville: Vanderbilt University;
           [date unknown] [cited 2026 Nov 8]. Available from: https://example.org/play-nicely
        2. IPEA. Objetivos [Internet]. Brasília: IPEA; 2019 [cited 2026 Nov 8]. Available from:
           https://example.org/ods

    ## Fix safety
    Safe: the mark is written in Citing Medicine's English words, with a space after it.
    """
    marked = [ref for ref in refs if "[s" in ref.text.lower()]
    if not marked or not _english(refs):
        return  # the marks first: most lists have none, and the language costs more
    for ref in marked:
        for m in _ABNT_MARK.finditer(ref.text, ref.body_start):
            mark = m.group(1).lower().replace(" ", "")
            wanted = _ABNT_MARKS[mark]
            glued = " and it runs into the next note with no space" if m.group("glued") else ""
            end = m.end(1) + 1
            yield Diagnostic(
                Span(m.start(), end),
                f"`[{m.group(1)}]` is ABNT's Latin mark; Citing Medicine writes `{wanted}`" + glued,
                fix=Fix.safe(
                    Edit(Span(m.start(), end), wanted + (" " if m.group("glued") else "")),
                    message=f"Write `{wanted}`",
                ),
                ref=ref,
            )
