"""Signs lost or doubled inside a title (RL528, RL529): a degree sign dropped from a latitude, a
longitude or a temperature (`at 26.5 N`, `1.5 C global warming`), and quotation marks printed as
two apostrophes, doubled instead of alternated, or left unpaired (`“business as usual’’`,
`““I’m Getting`); and words printed twice or a suspended hyphen's space lost (RL563: `Mems and
Nems. Mems and Nems`, `inin vitro`, `low-and middle-income`).

A font without the sign, or a reference manager that stores marks as apostrophes, loses them on
the way into the list. Each pattern is narrow: `N` after a number is also newtons, `C` a grade
or a section, and a doubled apostrophe a second of arc, so a shape is only taken for a lost sign
where the words around it leave no other reading.
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
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

from .title_marks import _region, _wordset

# --- RL528: a degree sign lost --------------------------------------------------------------------

# a latitude (0-90) or longitude (0-180) and its hemisphere, after a word that places it (`at 26.5
# N`, `along 24 S`), standing alone and closing its phrase: not a unit's symbol run on (`24 Nm`),
# not a letter that names a kind (`24 S strains`)
_PLACE_WORDS = r"at|along|near|across|off|of|to|from|between|and|north\s+of|south\s+of"
_COORDINATE = pattern(
    rf"(?<![\w.])(?:{_PLACE_WORDS})\s+(?P<number>\d{{1,3}}(?:\.\d{{1,2}})?)"
    r"(?P<space>\s)(?P<hemisphere>[NSEW])(?![\w°'’\-/])"
    r"(?=\s*(?:[.,;:)–—]|$)|\s+(?:and|or|to|in|during|from|between|near|off|along)\b)",
    re.I,
)
# a pair of coordinates printed together (`26 N, 80 W`) places itself
_PAIR = pattern(
    r"(?<![\w.])(?P<number>\d{1,2}(?:\.\d{1,2})?)\s(?P<hemisphere>[NS]),?\s+"
    r"(?P<number2>\d{1,3}(?:\.\d{1,2})?)\s(?P<hemisphere2>[EW])(?![\w°'’\-/])"
)
# words of the earth sciences that make a bare `N` or `S` after a number a hemisphere rather than
# newtons or a count (`wear at 10 N`): the title must hold one of them
_GEOGRAPHY = pattern(
    r"\b(?:oceans?|oceanic|seas?|atlantic|pacific|arctic|antarctic|basins?|coasts?|coastal"
    r"|latitudes?|longitudes?|meridional|zonal|equator|equatorial|overturning|gyres?|shelf"
    r"|ridges?|islands?|straits?|monsoons?|transects?|cruises?|hydrographic|subtropical"
    r"|tropical|polar|glaciers?|moorings?|hemispheres?|upwelling|estuar(?:y|ies)|bay|gulf"
    r"|peninsula|plateau)\b",
    re.I,
)
# a temperature whose degree sign was lost before `C` where only a temperature can stand: a
# warming, a world or a target of so many degrees (`1.5 C global warming`, `a 2 C world`,
# `warming of 1.5 C`)
_CLIMATE_AFTER = (
    r"(?:global\s+|mean\s+)?warming|world|target|limit|threshold|above\s+pre-?industrial"
    r"|pathways?|scenarios?|warmer"
)
_TEMPERATURE = pattern(
    rf"(?<![\w.])(?P<number>\d(?:\.\d)?)(?P<space>\s)(?P<hemisphere>C)\s+(?:{_CLIMATE_AFTER})\b"
    r"|(?:warming|warmer)\s+(?:of|by|to|beyond|below|above)\s+(?P<number2>\d(?:\.\d)?)"
    r"(?P<space2>\s)(?P<hemisphere2>C)(?![\w°'’\-/])",
    re.I,
)
_LIMITS = {"N": 90.0, "S": 90.0, "E": 180.0, "W": 180.0}


def _lost_degrees(ref: Reference) -> Iterator[tuple[int, str, str]]:
    """Where a degree sign belongs (its offset), the number and the letter after it."""
    region = _region(ref)
    if region is None:
        return
    text = ref.text
    title = text[region[0] : region[1]]
    if not any(map(str.isdigit, title)):
        return  # no number, no degrees: most titles
    seen: set[int] = set()
    if _GEOGRAPHY.search(title):
        for m in _COORDINATE.finditer(text, *region):
            letter = m.group("hemisphere")
            if not letter.isupper() or float(m.group("number")) > _LIMITS[letter]:
                continue
            seen.add(m.start("hemisphere"))
            yield m.start("hemisphere"), m.group("number"), letter
    for m in _PAIR.finditer(text, *region):
        if float(m.group("number")) > 90 or float(m.group("number2")) > 180:
            continue
        for n in ("", "2"):
            if m.start("hemisphere" + n) not in seen:
                seen.add(m.start("hemisphere" + n))
                yield m.start("hemisphere" + n), m.group("number" + n), m.group("hemisphere" + n)
    for m in _TEMPERATURE.finditer(text, *region):
        group = "hemisphere" if m.group("hemisphere") else "hemisphere2"
        number = m.group("number") or m.group("number2")
        if m.group(group) == "C":
            yield m.start(group), number, "C"


@rule(
    code="RL528",
    name="degree-sign-lost",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A degree sign lost from a title's latitude or temperature (`at 26.5 N`, `1.5 C`)",
    fixable=True,
)
def degree_sign_lost(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a latitude, a longitude or a temperature in a title printed without its degree sign:
    a number of 0 to 90 and `N` or `S` (0 to 180 and `E` or `W`) after a word that places it
    (`at 26.5 N`, `along 24 S`) in a title about the earth (an ocean, a coast, a basin, a
    latitude, an island...), a pair of coordinates (`26 N, 80 W`), or a number of degrees
    Celsius where only a temperature can stand (`1.5 C global warming`, `a 2 C world`, `warming
    of 1.5 C`).

    ## How it decides
    `N` after a number is also newtons (`wear at 10 N`) and `W` watts, `C` a grade, a section
    or a class: the hemisphere is read only where the title speaks of the earth, the letter
    stands alone (not `24 Nm`) and the number is a latitude's or a longitude's; `C` only before
    a warming, a world, a target or a limit, or after `warming of`. A sign printed with a space
    (`26.5° N`) is the list's own spacing and is not looked at.

    ## Why is this bad?
    Without its sign `26.5 N` reads as a force and `1.5 C` as a grade: the sign was lost with a
    font or an export, and the title no longer says what the article measured.

    ## Example
        1. Johns WE, Baringer MO, Beal LM. Continuous, array-based estimates of Atlantic Ocean
           heat transport at 26.5 N. J Clim. 2011;24:2429-49.

    Use instead:
        1. Johns WE, Baringer MO, Beal LM. Continuous, array-based estimates of Atlantic Ocean
           heat transport at 26.5°N. J Clim. 2011;24:2429-49.

    ## Fix safety
    Unsafe: the degree sign is put before the letter, closing up the space (`26.5°N`); a list
    that spaces its signs (`26.5° N`) wants the space kept.
    """
    for at, number, letter in _lost_degrees(ref):
        yield Diagnostic(
            Span(at - 1, at + 1),
            f"degree sign lost in the title (`{number} {letter}`); expected `{number}°{letter}`",
            fix=Fix.unsafe(Edit(Span(at - 1, at), "°"), message="Put the degree sign"),
        )


# --- RL529: quotation marks damaged ---------------------------------------------------------------

# two apostrophes standing for a double quotation mark (`usual’’`, `‘‘business`), after or before
# a letter or a mark (straight `''` is left alone: LaTeX's closing quote, a double prime)
_TWO_APOSTROPHES = pattern(r"(?<=[^\W\d_]|[.,;:?!])(?P<marks>’’)|(?P<opening>‘‘)(?=[^\W\d_])")
# a quotation inside a quotation printed with the same marks (`““I’m Getting`, `Health””`)
_DOUBLED = pattern(r"(?P<marks>““|””|„„)")
# a single closing mark after a sentence's mark and before the closing double one, with no
# single opening mark before it (`Beiprodukt!’“`, `Problem?’“`): a stray, not a nested quotation
_STRAY_SINGLE = pattern(r"(?<=[?!.])’(?=[“”])")
# an inch or a second after a number (`3.5"`) may stand beside quotation marks
_AFTER_NUMBER = pattern(r"\d\"")
# marks of languages that open and close quotations otherwise (`„Titel“`, `« Titre »`, Swedish
# `”Titel”`), and text decoded with the wrong codec (`â€“` for a dash)
_OTHER_QUOTES = ("„", "«", "»", "‚", "â€")


def _doubled(ref: Reference) -> Iterator[tuple[re.Match[str], str, str]]:
    text = ref.text
    start = ref.body_start
    body = text[start:]
    if not any(marks in body for marks in ("’’", "‘‘", "““", "””", "„„", "’“", "’”")):
        return  # most entries: no pattern need scan them
    for m in _STRAY_SINGLE.finditer(text, start):
        if "‘" not in text[start : m.start()] and "‚" not in text[start : m.start()]:
            yield m, "stray closing apostrophe before the closing quotation mark", ""
    for m in _TWO_APOSTROPHES.finditer(text, start):
        before, after = text[start : m.start()], text[m.end() :]
        if m.group("opening"):
            if "’’" in after or "”" in after:
                yield m, "opening quotation mark printed as two apostrophes", "“"
        elif before.count("“") > before.count("”"):
            yield m, "closing quotation mark printed as two apostrophes", "”"
    nested = body.count("“") == body.count("”")
    for m in _DOUBLED.finditer(text, start):
        if m.group("marks") == "„„":  # German: the inner quotation opens with `‚`
            yield m, "quotation inside a quotation printed with the same marks", "„‚"
        elif nested:  # each pairs: the inner quotation wants single marks
            inner = "‘" if m.group("marks") == "““" else "’"
            yield m, "quotation inside a quotation printed with the same marks", inner
        else:  # one too many
            yield m, "quotation mark printed twice", m.group()[0]


# a single opening mark at a word's start (not `O‘Brien`, not `‘90s`)
_SINGLE_OPENING = pattern(r"(?:(?<=[\s(\[])|^)‘(?=[^\W\d_])")


# an apostrophe printed as an opening mark inside a word: an elision after one capital
# (`D‘Zurilla`, `L‘Hôpital`), a possessive (`Therapist‘s`), a negation (`don‘t`). Gaelic names
# keep the turned comma after `M` and `O` as a form of their own (`M‘Intosh`, `O‘Brien`), and a
# mark between other letters may be a transliteration's ʻokina or ʿayn (`Hawai‘i`, `Mas‘ud`)
_OPENING_AS_APOSTROPHE = pattern(
    r"(?<![\w’'‘])[A-LNP-Z]‘(?=[A-Z][a-z])|(?<=[a-z])‘(?=s(?![\w’'‘]))"
    r"|(?<=[a-z]n)‘(?=t(?![\w’'‘]))"
)


# a closing single mark opening a capitalised word (`Say ’Usually Not’`), and one closing a word
_CLOSING_OPENS = pattern(r"(?<=\s)’(?=[A-Z][a-z])")
_CLOSES = pattern(r"(?<=[a-z])’(?=[\s.,;:?!”]|$)")


def _unpaired(ref: Reference) -> str | None:
    """The mark whose opening and closing do not pair in the entry, if one does not."""
    body = ref.text[ref.body_start :]
    if any(mark in body for mark in _OTHER_QUOTES):
        return None
    if body.count('"') % 2 and not _AFTER_NUMBER.search(body):
        return '"'
    opening, closing = body.count("“"), body.count("”")
    if opening and opening != closing:
        return "“" if opening > closing else "”"
    single = _SINGLE_OPENING.search(body) if "‘" in body else None
    if single is not None and "’" not in body[single.end() :]:
        return "‘"  # an apostrophe after it is taken for its closing mark
    opened = _CLOSING_OPENS.search(body) if "‘" not in body else None
    if opened is not None and _CLOSES.search(body, opened.end()):
        return "’"  # a quotation opened with a closing mark (`Say ’Usually Not’.`)
    return None


@rule(
    code="RL529",
    name="quotation-marks-damaged",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Quotation marks printed as two apostrophes, doubled or unpaired (`usual’’`, `““I’m`)",
    fixable=True,
)
def quotation_marks_damaged(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags quotation marks an entry prints wrongly: a double mark printed as two apostrophes
    (`“business as usual’’`, `‘‘business`), a quotation inside a quotation printed with the same
    marks instead of single ones (`““I’m Getting Violated … for my Health”: Experiences,”`), and
    marks that do not pair (three straight `"` in one entry, or more `“` than `”`, or a `‘`
    opening a word with no `’` after it: `in ‘We Know What We Need: ...`, or a quotation
    opened with the closing mark: `Say ’Usually Not’`), and an apostrophe printed as an
    opening mark inside a word (`D‘Zurilla`, `Therapist‘s`, `don‘t`); German's
    opening mark doubled (`„„Wie schreiben wir …?”“`, whose inner quotation opens with `‚`), and a
    stray closing apostrophe after a question or exclamation mark before the closing double mark,
    with no single mark opened before it (`„Software ist kein Beiprodukt!’“`).

    ## How it decides
    Straight apostrophes (`''`) are left alone: LaTeX's closing quote and a double prime
    (`beta''`) print so. Pairing is not counted in an entry with a `"` after a number (an inch,
    `3.5"`, or a quoted title ending in a year), nor in one that uses the marks of another
    language (`„Titel“`, `« Titre »`) or closes with `”` alone (`”Titel”`, as Swedish does).
    It is counted over the whole entry, so that a title quoted the IEEE way (`“Title,”
    Journal`) pairs with its own marks. A doubled mark (`““`) in an entry whose marks pair is a
    quotation inside a quotation; in one whose marks do not, a mark printed twice.

    ## Why is this bad?
    A reader, and a program that reads the list, takes the apostrophes for part of a word and
    the unpaired mark for a quotation that never ends; where the title quotes a phrase, the
    marks show where it starts and stops.

    ## Example
        1. Hausfather Z, Peters GP. Emissions: the “business as usual’’ story is misleading.
           Nature. 2020;577:618-20.

    Use instead:
        1. Hausfather Z, Peters GP. Emissions: the “business as usual” story is misleading.
           Nature. 2020;577:618-20.

    ## Fix safety
    Unsafe: two apostrophes become one double mark, a mark printed twice one mark, and a doubled
    opening mark of a nested quotation an opening and a single mark (`“‘I’m`), whose closing one
    the writer sets by hand; unpaired marks have no fix. Safe: an opening mark inside a word
    becomes an apostrophe (`’`); a mark between other letters, which may be a transliteration's
    (`Hawai‘i`, `Mas‘ud`), is not looked at.
    """
    reported = False
    for m, what, mark in _doubled(ref):
        reported = True
        span = Span(*m.span())
        if not mark:  # a stray mark: removed
            edit = Edit(span, "")
            expected = ref.text[m.start() - 1] + ref.text[m.end()]
        elif mark in "‘’":
            at = m.start() + 1 if mark == "‘" else m.start()
            edit = Edit(Span(at, at + 1), mark)
            expected = m.group()[0] + mark if mark == "‘" else mark + m.group()[1]
        else:
            edit = Edit(span, mark)
            expected = mark
        yield Diagnostic(
            span,
            f"{what} (`{m.group()}`); expected `{expected}`",
            fix=Fix.unsafe(edit, message=f"Write `{expected}`"),
        )
    if reported:
        return
    for m in _OPENING_AS_APOSTROPHE.finditer(ref.text, ref.body_start) if "‘" in ref.text else ():
        reported = True
        at = m.start() + m.group().index("‘")
        word = _word_around(ref.text, at)
        yield Diagnostic(
            Span(at, at + 1),
            f"apostrophe printed as an opening quotation mark (`{word}`); expected "
            f"`{word.replace('‘', '’')}`",
            fix=Fix.safe(Edit(Span(at, at + 1), "’"), message="Write `’`"),
        )
    if reported:
        return
    unpaired = _unpaired(ref)
    if unpaired is not None:
        at = ref.text.rfind(unpaired)
        yield Diagnostic(
            Span(at, at + 1),
            f"quotation marks do not pair in the entry: a `{unpaired}` is left open or "
            "closed twice",
        )


def _word_around(text: str, at: int) -> str:
    """The word the character at `at` stands in."""
    start, end = at, at + 1
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "‘"):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] == "‘"):
        end += 1
    return text[start:end]


# --- RL563: a title's words printed twice, or a space lost after a suspended hyphen -------------

# a run of two words or more printed again straight after a stop (`Mems and Nems. Mems and Nems`),
# in either case (a short title printed after the title as its subtitle, lower-cased: `of
# RNA-binding protein AUF1: rna-binding protein AUF1`)
_TWICE = pattern(
    r"(?<![\w'’-])(?P<words>[^\W\d_][\w'’-]*(?:[ \t]+[\w'’()-]+){1,15})[.:;,]?[ \t]+"
    r"(?i:(?P=words))"
    r"(?![\w'’-])"
)
_WORDS = pattern(r"[^\W\d_]{3,}")
_COMMON_LITTLE = _wordset("the and for with from that this are was its")
# letters a run printed twice must hold to be more than a figure of speech
TWICE_LETTERS = 10
# a little word printed twice (`of of`, `the the`), or run into itself (`inin vitro`); `in in`
# before a Latin phrase is English (`inflammation in in vitro models`), and run together it is
# that phrase with its space lost
_LITTLE = "the|of|in|on|to|for|and|with|by|at|from|into|an"
_DOUBLED_WORD = pattern(rf"(?<![\w'’-])(?P<word>{_LITTLE})(?P<space>[ \t]?)(?P=word)(?![\w'’-])")
_LATIN = pattern(r"\s*(?:vitro|vivo|situ|silico|utero|ovo|toto|vacuo|loco)")
# a suspended hyphen whose space was lost (`low-and middle-income`, `pre-and postnatal`): the
# second part is a compound, or the first a prefix (`eight-to ten-year-old` is left alone: `to`
# also joins numbers in compounds)
_SUSPENDED = pattern(
    r"(?<![\w'’-])(?P<first>[^\W\d_]{2,})-(?P<space>)(?:and|or)[ \t]+(?P<second>[^\W\d_]+)"
    r"(?P<hyphen>-[^\W\d_]+)?"
)
_PREFIXES = _wordset(
    "pre post intra inter extra sub super supra hypo hyper peri para ante anti pro macro micro "
    "nano mono poly uni bi tri multi endo exo ecto infra trans"
)


# the title's first part, before its subtitle's colon, printed again later as an element of its
# own: after the subtitle or series (`Школа Ландау: что я о ней думаю. Школа Ландау / М.И.
# Каганов`) or among GOST's apparatus (`Netkit: network emulation ... – Т. 46. – Netkit. – № 2.`),
# as reference managers print a record's short title; the first part runs from the sentence
# before the entry's first colon (a name's initials stay out of it) and holds four letters or more
_FIRST_COLON = pattern(r"\s?:\s")
_BEFORE_AGAIN = pattern(r"[.–]\s+$")
_AFTER_AGAIN = pattern(r"(?P<sep>\.\s*–\s*)|(?=\s/\s|\.?\s*$)")


def _lead_again(ref: Reference) -> Iterator[tuple[int, int, str]]:
    """Span and printed text of the title's first part printed again later in the entry."""
    text = ref.text
    colon = _FIRST_COLON.search(text, ref.body_start)
    if colon is None:
        return
    begin = max(text.rfind(". ", 0, colon.start()) + 2, text.rfind("/ ", 0, colon.start()) + 2)
    lead = text[max(begin, ref.body_start) : colon.start()].strip()
    if len(lead) > 150 or sum(c.isalpha() for c in lead) < 4 or not lead[0].isalpha():
        return
    at = text.find(lead, colon.end())
    while at >= 0:
        before = _BEFORE_AGAIN.search(text, max(0, at - 8), at)
        after = _AFTER_AGAIN.match(text, at + len(lead))
        if before is not None and after is not None:
            if after.group("sep"):  # `– Netkit. – № 2`: the element and its separator go
                yield at, after.end(), lead
            else:  # `думаю. Школа Ландау / М.И.`: the stop before it goes with it
                yield before.start(), at + len(lead), lead
            return
        at = text.find(lead, at + 1)


def _repeats(title: str) -> bool:
    """Whether a word of three letters or more, not a little one, comes twice in the title: a
    run printed twice holds one, and most titles have none (no pattern need scan them)."""
    seen: set[str] = set()
    for word in _WORDS.findall(title):
        if word in seen:
            return True
        if word.lower() not in _COMMON_LITTLE:
            seen.add(word)
    return False


def _twice(text: str, region: tuple[int, int]) -> Iterator[tuple[int, int, str, str]]:
    for m in _TWICE.finditer(text, *region):
        words = m.group("words")
        if sum(c.isalpha() for c in words) < TWICE_LETTERS:
            continue  # `again and again and again`
        whole = not text[region[0] : m.start()].strip(' “‘"(')
        what = "title printed twice" if whole else "words printed twice in the title"
        yield m.start(), m.end(), what, words


# a meeting's short name and year printed twice after the title (`ECML 2006. ECML 2006.`): too
# few letters for a title's run, but no book of proceedings names itself so twice
_MEETING_TWICE = pattern(
    r"(?<![\w-])(?P<words>[A-Z][\w-]*[A-Z][\w-]*\s+(?:1[5-9]|20)\d\d)[.,:;]\s+(?P=words)(?![\w-])"
)


def _doubled_words(ref: Reference) -> Iterator[tuple[int, int, str, str]]:
    """Span, what and the expected text of each doubled run in the title, and of a meeting's
    short name in the entry (a misread entry's title may run on past it)."""
    region = _region(ref)
    if region is None:
        return
    text = ref.text
    for m in _MEETING_TWICE.finditer(text, ref.body_start):
        yield m.start(), m.end(), "meeting's short name printed twice", m.group("words")
    title = text[region[0] : region[1]]
    if _repeats(title):
        yield from _twice(text, region)
    for m in _DOUBLED_WORD.finditer(text, *region):
        word = m.group("word")
        latin = word == "in" and _LATIN.match(text, m.end())
        if m.group("space"):
            if not latin:
                yield m.start(), m.end(), "word printed twice in the title", word
        elif latin:
            yield m.start(), m.end(), "words run together in the title", "in in"
        else:
            yield m.start(), m.end(), "word printed twice in the title", word
    if "-and " not in title and "-or " not in title:
        return
    for m in _SUSPENDED.finditer(text, *region):
        first = m.group("first").lower()
        if m.group("hyphen") is None and first not in _PREFIXES:
            continue
        printed = text[m.start() : m.end()]
        yield (
            m.start(),
            m.end(),
            "space lost after a suspended hyphen in the title",
            printed.replace("-", "- ", 1),
        )


@rule(
    code="RL563",
    name="title-words-doubled",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A title printed twice, a word doubled (`of of`, `inin`) or a suspended hyphen's "
    "space lost (`low-and middle-income`)",
    fixable=True,
)
def title_words_doubled(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags words a title prints twice or runs together where only a slip puts them: the title
    printed again straight after itself (`Mems and Nems. Mems and Nems`, two words or more, in
    either case: `of RNA-binding protein AUF1: rna-binding protein AUF1`),
    a little word printed twice (`of of`, `the the`) or run into itself (`inin vitro`, `thethe`),
    and a suspended hyphen with its space lost (`low-and middle-income`, `pre-and postnatal`);
    the title's first part, before its subtitle's colon, printed again later in the entry as
    an element of its own, after the subtitle or among GOST's apparatus (`Netkit: network
    emulation for education / ... – Т. 46. – Netkit. – № 2.`), as reference managers print a
    record's short title; and a meeting's short name and year printed twice in the book's title
    (`ECML 2006. ECML 2006.`).

    ## How it decides
    `in in` before a Latin phrase is English (`inflammation in in vitro models`) and is left
    alone; run together (`inin vitro`) it is that phrase with its space lost. A hyphen before
    `and` or `or` is read as a suspended one only where the word after the conjunction is a
    compound (`middle-income`) or the word before it a prefix (`pre`, `intra`, `micro`); `to`
    joins numbers in compounds (`eight-to-ten-year-old`) and is not read. Only the title is
    looked at, so a group author printed again as the publisher is not a title printed twice.

    ## Why is this bad?
    A doubled title or word is left from an export or an edit; a suspended hyphen without its
    space reads as one word (`low-and`) instead of `low-income and middle-income`.

    ## Example
        1. Ezzati M, Pearson-Stuttard J. Acting on non-communicable diseases in low-and
           middle-income tropical countries. Nature. 2018;559:507-16.

    Use instead:
        1. Ezzati M, Pearson-Stuttard J. Acting on non-communicable diseases in low- and
           middle-income tropical countries. Nature. 2018;559:507-16.

    ## Fix safety
    Unsafe: the doubled words are printed once and the space is put after the suspended
    hyphen; a title printed twice may have lost the book's own title instead.
    """
    for start, end, what, expected in _doubled_words(ref):
        printed = ref.text[start:end]
        yield Diagnostic(
            Span(start, end),
            f"{what} (`{printed}`); expected `{expected}`",
            fix=Fix.unsafe(Edit(Span(start, end), expected), message=f"Write `{expected}`"),
        )
    for start, end, lead in _lead_again(ref):
        yield Diagnostic(
            Span(start, end),
            f"the title's first part printed again after the title (`{lead}`); print it once",
            fix=Fix.unsafe(Edit(Span(start, end), ""), message="Remove the repeated title"),
        )
