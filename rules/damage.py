"""Text damage (RL51x): what went wrong on the way into the list, seen at a glance by a copy editor.

Mojibake (text decoded with the wrong codec somewhere upstream), doubled punctuation, a stray word
in an author list, initials printed twice. The mojibake repair comes from ftfy, imported only for an
entry that contains characters typical of mojibake, so a clean list never loads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

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
    journal_key,
    pattern,
    rule,
    year_after_names,
)

from .style.conventions import holds_two_citations

# A lead byte of a two- or three-byte UTF-8 sequence read as Latin-1/cp1252 (Ã, Î, â...), followed
# by a continuation byte read the same way: the shape of nearly all real mojibake. Only a gate: ftfy
# decides whether the text is really damaged.
SUSPECT = pattern(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def _repaired(text: str) -> str:
    import ftfy  # only here: most lists never need it

    return ftfy.fix_encoding(text)


@rule(
    code="RL510",
    name="mojibake",
    category=Category.FORMAT,
    severity=Severity.ERROR,
    summary="Text decoded with the wrong codec upstream (`Î±` for `α`, `Ã¸` for `ø`)",
    fixable=True,
)
def mojibake(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags characters that are UTF-8 text read as Latin-1 or Windows-1252 somewhere upstream
    (`Î±` for `α`, `Ã¸` for `ø`, `â€“` for `–`), and offers the repaired text.

    ## Why is this bad?
    The printed name or formula is wrong, and readers searching for it will not find it.

    ## Example
        1. Jørgensen PB. Message passing in Î±-phase crystals. J Chem Phys 2018;148:241722.

    Use instead:
        1. Jørgensen PB. Message passing in α-phase crystals. J Chem Phys 2018;148:241722.

    ## Fix safety
    Unsafe: the repair is a well-tested guess (by ftfy) at what the text was; read it before
    accepting it.
    """
    if not SUSPECT.search(ref.text):
        return
    fixed = _repaired(ref.text)
    if fixed == ref.text:
        return
    import difflib

    matcher = difflib.SequenceMatcher(None, ref.text, fixed, autojunk=False)
    edits = [
        Edit(Span(i1, i2), fixed[j1:j2])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
    span = Span(edits[0].span.start, edits[-1].span.end)
    before, after = (
        ref.text[span.start : span.end],
        fixed[span.start : span.end + len(fixed) - len(ref.text)],
    )
    yield Diagnostic(
        span,
        f"`{before}` looks like mojibake (text decoded with the wrong codec); expected `{after}`",
        fix=Fix.unsafe(*edits, message=f"Repair the text: `{after}`"),
    )


# a run of one mark, each run one finding (a line of colons is one fault, not thousands); two
# periods, but not an ellipsis
DOUBLED = pattern(r"([,;:])\1+|(?<![.])(\.)\.(?![.])")
_SYMBOLS = frozenset("!%@#$^&*~|=+<>\\")  # marks of a word of marks, not of a sentence
_PAIRS = ("..", ",,", ";;", "::")  # what DOUBLED needs to find anything: a cheap first look
# the same mark twice with a space between (`Messer HH. . The`), where a field between them was
# emptied; a spaced ellipsis (`. . .`) is left alone
SPACED = pattern(r"(?<![.,;:\s])(?<![.,;:]\s)([.,;:]) \1(?! ?[.,;:])")
_SPACED_PAIRS = (". .", ", ,", "; ;", ": :")
# a mark left before the entry's final period, where a field after it was emptied (`1974;.`)
_STRAY_BEFORE_END = pattern(r"([,;:])(\.)\s*$")
# a period left between a number and a comma, where an identifier after it was emptied
# (`2237–42., PMID`, `10.1038/32588., PMID`), and a mark left at the opening of parentheses
# before a number (`(. 2008)`): no abbreviation ends in a digit, no parenthesis opens on a mark
# a parenthesis closed after a year that none opened (`Nucleic Acids Res. 2023); 10.1093/...`)
STRAY_CLOSE = pattern(r"(?<=\b(?:1\d|2[01])\d\d)\)(?=\s*[;:.,])")
_STRAY_MARK = pattern(r"(?<=\d)(\.)(?=,\s)|\(\s*([.,;:])\s+(?=\d)")
# an ordinal's period, as Polish, German, Czech and Scandinavian print an edition's or a volume's
# number (`wydanie 5.,`, `2. Aufl.`), is the number's own; so before a comma and the edition's
# word (`(3., unveränderte Auflage)`, `2., erw. Aufl.`)
_EDITION = r"(?:wydanie|wyd|Aufl|Auflage|Ausgabe|Band|Bd|vydání|vyd|tom|udgave|udg|upplagan|uppl)"
_ORDINAL = pattern(r"\b" + _EDITION + r"\.?\s*\d{1,3}$", re.I)
_ORDINAL_BEFORE = pattern(r"\.,\s*(?:[^\W\d_]+\.?\s+){0,2}" + _EDITION + r"\b", re.I)


def _in_link(ref: Reference, at: int) -> bool:
    return any(u.span.start <= at < u.span.end for u in ref.urls) or (
        ref.doi is not None and ref.doi.span.start <= at < ref.doi.span.end
    )


_SPACE = pattern(r"\s")


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Whether a run of colons or semicolons sits inside one unspaced token with digits in it:
    a piece of an identifier the grammar did not take for one, such as the SICI of an old Wiley
    DOI cut by a stray space (`19: 3%3C335::AID-SIM336%3E3.0.CO;2-Z`), not punctuation."""
    if text[start] not in ":;" or start == 0 or end >= len(text):
        return False
    if _SPACE.match(text, start - 1) or _SPACE.match(text, end):
        return False
    left = text.rfind(" ", 0, start) + 1
    right = next((m.start() for m in _SPACE.finditer(text, end)), len(text))
    return any(c.isdigit() for c in text[left:right])


@rule(
    code="RL511",
    name="doubled-punctuation",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A punctuation mark printed twice (`Garcia M..`) or left where a field was cut",
    fixable=True,
)
def doubled_punctuation(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a period, comma, semicolon or colon printed twice (or, except periods, more times) in a
    row outside links, also with a space between (`Messer HH. . The`), or a period and a colon or
    semicolon after a word in lower case (`siècle.: Paris`); a run is one finding,
    fixed to one mark. A comma, semicolon or colon just
    before the entry's final period (`1974;.`, where the field after it was emptied) is flagged
    too, and so are a period between a number and a comma (`2237–42., PMID`, where the DOI
    after it was emptied), a mark that opens parentheses before a number (`(. 2008)`) and a
    parenthesis closed after a year that none opened (`2023);`); a run of marks printed
    among a name's initials (`C. .-.-. J. Kuo`) is reported with no fix. An
    ellipsis (three periods, spaced or not) is
    left alone, and so are colons inside an unspaced token with digits (`335::AID-SIM336`, a
    piece of an old Wiley DOI cut from the rest by a stray space), and marks after a symbol, a
    word of marks (the title `!%@::`).

    ## Why is this bad?
    It is the trace of an edit that joined two pieces of text, and it is printed as it stands.

    ## Example
        1. Weber L, Garcia M.. A study of things. J Chem Phys 2018;148:241722.

    Use instead:
        1. Weber L, Garcia M. A study of things. J Chem Phys 2018;148:241722.

    ## Fix safety
    Safe: one of the two marks is removed.
    """
    stray = _STRAY_BEFORE_END.search(ref.text, ref.body_start)
    if stray is not None and not _in_link(ref, stray.start()):
        yield Diagnostic(
            Span(stray.start(), stray.end(2)),
            f"`{stray.group(1)}.` is a stray `{stray.group(1)}` before the final period; "
            "expected `.`",
            fix=Fix.safe(Edit(Span(stray.start(), stray.end(1)), ""), message="Remove it"),
        )
    yield from _stray_marks(ref)
    yield from _period_before_mark(ref)
    among = list(_marks_among_initials(ref))
    yield from among
    if not among:
        yield from _spaced_pairs(ref)
    if not any(pair in ref.text for pair in _PAIRS):
        return
    for m in DOUBLED.finditer(ref.text, ref.body_start):
        if _in_link(ref, m.start()) or _in_identifier(ref.text, m.start(), m.end()):
            continue
        if ref.text[m.start() - 1 : m.start()] in _SYMBOLS:
            continue  # (a word of marks, a title's own: `!%@:: A Directory of ... Addressing`)
        mark = m.group(1) or m.group(2)
        run = m.group() if len(m.group()) <= 8 else f"{mark * 3}...{mark * 3}"
        what = "doubled" if len(m.group()) == 2 else f"repeated ({len(m.group())} times)"
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"`{run}` is {what} punctuation; expected `{mark}`",
            fix=Fix.safe(
                Edit(Span(m.start() + 1, m.end()), ""),
                message="Remove one" if len(m.group()) == 2 else "Keep one",
            ),
        )


# a sentence's period and a colon or semicolon after it (`20e siècle.: Paris`), after a word of
# five lower-case letters or more: no abbreviation's period (`ed.:`, `Hrsg.:`, `comp.;`)
_PERIOD_BEFORE_MARK = pattern(r"(?<=[^\W\d_A-Z]{5})\.[:;]")


def _period_before_mark(ref: Reference) -> Iterator[Diagnostic]:
    """`siècle.: Paris`: two stops in a row where one ends the field."""
    if ".:" not in ref.text and ".;" not in ref.text:
        return
    for m in _PERIOD_BEFORE_MARK.finditer(ref.text, ref.body_start):
        if _in_link(ref, m.start()) or _in_identifier(ref.text, m.start(), m.end()):
            continue
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"`{m.group()}` is a period and a `{m.group()[1]}` in a row; expected `{m.group()[1]}`",
            fix=Fix.unsafe(Edit(Span(m.start(), m.start() + 1), ""), message="Remove the period"),
        )


# a run of marks standing as a word between a name's initials (`C. .-.-. J. Kuo`, where a
# hyphenated initial `C.-C.` was garbled)
_AMONG_INITIALS = pattern(r"(?<=\b[A-Z]\.\s)[.\-\u2010]{2,8}(?=\s[A-Z]\.)")


def _marks_among_initials(ref: Reference) -> Iterator[Diagnostic]:
    """`C. .-.-. J. Kuo`: marks that are no initial, printed among a name's initials."""
    authors = ref.authors_span
    if authors is None or ". ." not in ref.text:
        return
    for m in _AMONG_INITIALS.finditer(ref.text, authors.start, authors.end):
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"`{m.group()}` is a run of stray marks among a name's initials; expected initials",
        )


def _spaced_pairs(ref: Reference) -> Iterator[Diagnostic]:
    """`Messer HH. . The`: a mark, a space and the same mark, a field between them emptied."""
    if not any(pair in ref.text for pair in _SPACED_PAIRS):
        return
    for m in SPACED.finditer(ref.text, ref.body_start):
        if _in_link(ref, m.start()):
            continue
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"`{m.group()}` is doubled punctuation; expected `{m.group(1)}`",
            fix=Fix.safe(Edit(Span(m.start() + 1, m.end()), ""), message="Remove one"),
        )


def _stray_closes(ref: Reference) -> Iterator[Diagnostic]:
    """`Nucleic Acids Res. 2023);`: a parenthesis closed after the year that none opened."""
    for m in STRAY_CLOSE.finditer(ref.text, ref.body_start):
        before = ref.text[ref.body_start : m.start()]
        if before.count("(") > before.count(")") or _in_link(ref, m.start()):
            continue
        yield Diagnostic(
            Span(m.start(), m.end()),
            "`)` is a stray mark after the year, closing no parenthesis; expected nothing there",
            fix=Fix.safe(Edit(Span(m.start(), m.end()), ""), message="Remove it"),
        )


def _stray_marks(ref: Reference) -> Iterator[Diagnostic]:
    """`2237–42., PMID` and `(. 2008)`: a mark that no field needs, left where one was cut."""
    if ")" in ref.text:
        yield from _stray_closes(ref)
    if ".," not in ref.text and "(" not in ref.text:
        return
    for m in _STRAY_MARK.finditer(ref.text, ref.body_start):
        if _in_link(ref, m.start()):
            continue
        at = m.start(1) if m.group(1) else m.start(2)
        if m.group(1) and _ORDINAL.search(ref.text, max(0, at - 20), at):
            continue
        if m.group(1) and _ORDINAL_BEFORE.match(ref.text, at):
            continue
        mark = ref.text[at]
        where = "before the comma" if m.group(1) else "after the opening parenthesis"
        cut = Span(at, at + 1 if m.group(1) else m.end())  # (and the space after `(.`)
        yield Diagnostic(
            Span(at, at + 1),
            f"`{mark}` is a stray mark {where}; expected nothing there",
            fix=Fix.safe(Edit(cut, ""), message="Remove it"),
        )


_AUTHOR_END = pattern(r"\b[A-Z]{1,3}(\.)\s|\bet al\b")
# the next name may open with a lower-case particle (`and de Vink EP`, `and van der Berg J`)
_PARTICLES = r"(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|ten|la|le)\s+)*"
# (compact initials may carry a period, `Mohamed IA. & Babiker EE`, or one after each letter run
# together, `Asp N.G. & Björck I`; a spaced dotted initial's period, `Lord R. K. and Krishna R.`,
# is another style's, whose `and` is its own)
STRAY = pattern(
    r"\b(?:[A-Z]{1,3}|(?<=\s)[A-Z]{2,3}\.|(?<=\s)(?:[A-Z]\.){2,3})(\s+(?:and|&))"
    r"(?=,?\s+" + _PARTICLES + r"[A-Z](?:[\w'-]|’{1})+\s+[A-Z]{1,3}\b)"
)
REPEATED = pattern(r"\b([A-Z]{1,3})(\s+\1)(?=\s*(?:,|\.|\set al\b))")
# A first author with the given name written out (`Tallman, Ellis W`): Chicago's, MLA's and the
# humanities' APA lists, which write `and` before the last name
_GIVEN_NAME_WRITTEN_OUT = pattern(r"[^\W\d_][^,]*,\s+[A-Z][a-z]")


# Two capitals run together after a family name (`Smith JA`): a list that does not space initials.
RUN_TOGETHER = pattern(r"\b[^\W\d_](?:[\w'-]|’{1})+\s+[A-Z]{2,3}\b")


def _author_part(ref: Reference) -> Span:
    """The author list: as the grammar read it, or up to its closing period when it could not."""
    if ref.authors_span is not None:
        return ref.authors_span
    m = _AUTHOR_END.search(ref.text, ref.body_start)
    if m is None:
        return Span(ref.body_start, ref.body_start)
    return Span(ref.body_start, m.start(1) if m.group(1) else m.start())


# BibTeX's separator between names in its `author` field, printed as it was typed (`Kurtz,
# Christian L. AND Miraldi, Zachary D.`): between a name's lower case or period and the next name
# (a body's name in capitals, `FOOD AND AGRICULTURE`, has capitals on both sides)
_BIBTEX_AND = pattern(r"(?<=[a-zß-ÿ.])\s+(AND)\s+(?=[A-ZÀ-Þ][a-zß-ÿ])")


def _bibtex_and(ref: Reference) -> Iterator[Diagnostic]:
    if " AND " not in ref.text:
        return
    end = ref.date.span.start if ref.date is not None else _author_part(ref).end
    for m in _BIBTEX_AND.finditer(ref.text, ref.body_start, max(end, ref.body_start)):
        yield Diagnostic(
            Span(m.start(1), m.end(1)),
            "BibTeX's `AND` left between names; expected a comma or `and`",
        )


@rule(
    code="RL512",
    name="author-list-stray-word",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A stray word between authors (`Nakamura T and, Weber L`)",
    fixable=True,
)
def author_list_stray_word(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags `and` or `&` between two names in a Vancouver author list, which separates every name
    with a comma alone. IOP's numbered Harvard, whose year stands bare after the names
    (`Wu Y and Liu X 2016 Title`), and author-year styles that give the year in parentheses there
    (`Bolin CA & Haake DA (2002). Title`) write `and` or `&` before the last name: there it is
    left alone, and so it is in lists with given names written out (Chicago, MLA: `Tallman, Ellis
    W, and Jon R Moen`). In any style, BibTeX's `AND` left between two names (`Kurtz, Christian
    L. AND Miraldi, Zachary D.`) is flagged too.

    ## Why is this bad?
    It is left over from another style or from an edit, and it breaks the author list for every
    program that reads it.

    ## Example
        1. Nakamura T and, Weber L. A study of things. J Chem Phys 2018;148:241722.

    Use instead:
        1. Nakamura T, Weber L. A study of things. J Chem Phys 2018;148:241722.

    ## Fix safety
    Unsafe: the word is removed (and a comma put in its place if there was none); check that it
    did not stand for a missing name.
    """
    yield from _bibtex_and(ref)
    if ref.authors and _GIVEN_NAME_WRITTEN_OUT.match(ref.authors[0].text):
        return  # `Tallman, Ellis W and Jon R Moen. 1999.`: the style's own `and`
    part = _author_part(ref)
    harvard = year_after_names(ref, parenthesized=True)
    for m in STRAY.finditer(ref.text, part.start, part.end + 1):
        start, end = m.start(1), m.end(1)
        if harvard and "," not in ref.text[end : part.end]:
            continue  # `Wu Y and Liu X 2016`, `Bolin CA & Haake DA (2002)`: the style's own
        comma = ref.text.startswith(",", end)
        word = m.group(1).strip()
        yield Diagnostic(
            Span(end - len(word), end),
            f"stray `{word}` in the author list; Vancouver separates names with commas only",
            fix=Fix.unsafe(
                Edit(Span(start, end), "" if comma else ","), message=f"Remove `{word}`"
            ),
        )


@rule(
    code="RL513",
    name="initials-repeated",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An author's initials printed twice (`Smith JA JA`)",
    fixable=True,
)
def initials_repeated(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author whose initials are printed twice in a row (`Smith JA JA`). A single letter
    twice (`Cho T T`) is only flagged where the entry runs initials together elsewhere
    (`Weber LA`): IOP and other physics styles space initials, and `T T` is two of them.

    ## Why is this bad?
    It is a copy-and-paste slip; the name as printed is not the author's.

    ## Example
        1. Smith JA JA, Weber L. A study of things. J Chem Phys 2018;148:241722.

    Use instead:
        1. Smith JA, Weber L. A study of things. J Chem Phys 2018;148:241722.

    ## Fix safety
    Unsafe: the repetition is removed; check the name against the paper.
    """
    part = _author_part(ref)
    spaced = not RUN_TOGETHER.search(ref.text, part.start, part.end)
    for m in REPEATED.finditer(ref.text, part.start, part.end + 1):
        if spaced and len(m.group(1)) == 1:
            continue  # `Cho T T, Meng Y`: two initials, spaced as IOP and others print them
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"initials `{m.group(1)}` printed twice; expected `{m.group(1)}` once",
            fix=Fix.unsafe(Edit(Span(m.start(2), m.end(2)), ""), message="Remove the repetition"),
        )


_WORD = pattern(r"\S+")


def _may_start_journal(word: str) -> bool:
    return word[:1].isupper() or word.startswith(("npj", "eLife"))


def _journal_at_end(words: list[re.Match[str]]) -> int | None:
    """Index of the first word of the longest known journal name the words end with."""
    from refslint.api import journals_named  # the table loads only for entries like these

    run = len(words)
    while run > 0 and _may_start_journal(words[run - 1].group()):
        run -= 1
    for start in range(run, len(words)):
        if start == 0 or not words[start - 1].group()[-1:].isalnum():
            continue  # the journal would be the whole text, or the title ends in punctuation
        name = " ".join(w.group() for w in words[start:])
        if journals_named(name) and any(
            journal_key(name) in (journal_key(j.iso), journal_key(j.nlm), journal_key(j.title))
            for j in journals_named(name)
        ):
            return start
    return None


def _after_names_comma(ref: Reference) -> bool:
    """Whether the journal follows the names' comma with nothing between (no title to run in)."""
    end = ref.et_al.span.end if ref.et_al is not None else None
    if end is None and ref.authors_span is not None:
        end = ref.authors_span.end
    if end is None or ref.container is None:
        return False
    return ref.text[end : ref.container.span.start].strip() in (",", "")


@rule(
    code="RL514",
    name="missing-period-before-journal",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="No period between the title and the journal (`for lithium batteries Chem Soc Rev`)",
    fixable=True,
)
def missing_period_before_journal(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal article whose title runs into the journal's name with no period between
    them, where the words at the end are a journal known to the abbreviation lists shipped with
    refslint (NLM's, and ISO 4 lists from JabRef).

    ## Why is this bad?
    The reader cannot tell where the title ends, and neither can any program that reads the
    list: the title is lost into the journal's name.

    ## Example
        1. Zheng Y, Yao Y. A review of solid-state electrolytes Chem Soc Rev 2020;49:8790-839.

    Use instead:
        1. Zheng Y, Yao Y. A review of solid-state electrolytes. Chem Soc Rev 2020;49:8790-839.

    ## Fix safety
    Safe: a period is put after the title; no word changes.
    """
    if ref.kind is not Kind.ARTICLE or ref.title is not None or ref.container is None:
        return
    if holds_two_citations(ref):
        return  # a second reference inside the entry: where its title ends is a guess
    if ref.text[: ref.container.span.start].rstrip().endswith(";"):
        return  # ACS's list without titles: the names' semicolon, then the journal
    if _after_names_comma(ref):
        return  # the physics styles' untitled `I. Surname, J. Abbrev. 25, 297 (1981)`
    words = list(_WORD.finditer(ref.container.text))
    if len(words) < 3:
        return
    start = _journal_at_end(words)
    if start is None:
        return
    end = ref.container.span.start + words[start - 1].end()
    journal = " ".join(w.group() for w in words[start:])
    yield Diagnostic(
        Span(end, end),
        f"no period between the title and the journal `{journal}`; expected `. {journal}`",
        fix=Fix.safe(Edit(Span(end, end), "."), message="Add a period after the title"),
    )
