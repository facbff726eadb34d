"""Slips in an entry's running text that no style prints (RL846-RL849): a reference manager's
field left in with its label (`[Publisher: SAGE Publications Inc]`), a space before a comma or
none after one (`Gredos ,`, `Senado,1988`), a mark after a sign that needs none (`forward?:`,
`nº.`, `10 maio. 2022`), and an address broken by a space (`/content 2411923.htm`).
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
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
    rule,
)


def _spans(ref: Reference) -> list[Span]:
    """The entry's addresses and DOI, where marks and spaces are the address's own."""
    fields = [*ref.urls, ref.doi]
    return [f.span for f in fields if f is not None]


def _inside(start: int, spans: Sequence[Span]) -> bool:
    return any(span.start <= start < span.end for span in spans)


# --- RL846: a reference manager's field left in ---------------------------------------------------

# a record's field printed with its own label (Zotero's field names, zotero.org/support/kb/
# item_types_and_fields: `Publisher`, `Place`, `Extra`, `Library Catalog`, `Call Number`, ...),
# and a report's bare type in BibTeX's short form, with no number (`(tech. rep.)`)
_NOTE = pattern(
    r"(?P<note>\[(?P<label>Publisher|Place|Extra|Library Catalog|Call Number|Rights|Archive"
    r"|Loc\. in Archive|Short Title|Journal Abbr)\s*:\s*[^\]\[]{1,120}\]"
    r"|\((?P<type>tech\. rep\.|Tech\. Rep\.)\))"
)


@rule(
    code="RL846",
    name="manager-note-left",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A reference manager's field left in the entry (`[Publisher: SAGE Publications Inc]`)",
    fixable=True,
)
def manager_note_left(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a field of a reference manager's record printed with its label in brackets
    (`[Publisher: SAGE Publications Inc]`, `[Place: London]`, `[Extra: ...]`, labels of Zotero's
    fields), and a report's type in BibTeX's short form with nothing after it (`(tech. rep.)`),
    where a style gives the report's series and number (`(Working Paper No. 29637)`).

    ## Why is this bad?
    No style prints a field's label: the record held the value in a field the style has no place
    for (a journal article's publisher), and the program printed it as it was. The reader sees the
    database, not the reference.

    ## Example
        1. Dan V, Arendt F. Visual cues to the hidden agenda [Publisher: SAGE Publications Inc].
           Int J Press Polit. 2021;26(1):22-45.

    Use instead:
        1. Dan V, Arendt F. Visual cues to the hidden agenda. Int J Press Polit. 2021;26(1):22-45.

    ## Fix safety
    Unsafe: the note is removed; a report's series and number, if it has them, are left to add.
    """
    spans = _spans(ref)
    for m in _NOTE.finditer(ref.text, ref.body_start):
        if _inside(m.start("note"), spans):
            continue
        note = m.group("note")
        start = m.start() - 1 if ref.text[m.start() - 1] == " " else m.start()
        if m.group("type"):
            yield Diagnostic(
                Span(*m.span("note")),
                f"a report's type in a reference manager's short form (`{note}`), without its "
                "series or number",
                ref=ref,
            )
            continue
        yield Diagnostic(
            Span(*m.span("note")),
            f"a reference manager's `{m.group('label')}` field left in with its label (`{note}`)",
            fix=Fix.unsafe(Edit(Span(start, m.end()), ""), message="Remove the note"),
            ref=ref,
        )


# --- RL847: a space before a comma or a period, none after a comma, two between words -------------

# a word, a space and a comma or a closing period (`Gredos ,`, `Anagrama , 1982`; not an ellipsis)
_SPACED = pattern(r"(?<=[^\W\d_])(?P<space>[ \t]+)(?P<mark>,|\.(?!\.))(?=\s|$)")
# a word of three letters, a comma and a year or a capitalised word (`Senado,1988`); or a word
# or a number and a comma run into a label of capitals and its number (`Algorithm,RFC 6238`,
# `RFC 7525,DOI 10.17487/...`)
_TIGHT = pattern(
    r",(?:(?<=[^\W\d_]{3},)(?=(?:1[5-9]|20)\d\d\b|[A-ZÀ-Þ][a-zà-ÿ]{2,})"
    r"|(?<=\w{3},)(?=[A-Z]{2,}\s\d))"
)
HABIT_SHARE = 0.5  # a list that spaces its commas in half its entries or more does so by design
# two spaces or more between two words or marks (`Р.  Пенроуз`), where one stands
_DOUBLED_SPACE = pattern(r"(?<=\S)(?P<space> {2,})(?=\S)")


def _doubled(ref: Reference) -> list[re.Match[str]]:
    if "  " not in ref.text:
        return []  # most entries: the pattern is not run
    spans = _spans(ref)
    return [
        m
        for m in _DOUBLED_SPACE.finditer(ref.text, ref.body_start)
        if not _inside(m.start(), spans)
    ]


def _spaced(ref: Reference) -> list[re.Match[str]]:
    if " ," not in ref.text and " ." not in ref.text:
        return []  # most entries: the pattern is not run
    spans = _spans(ref)
    title = ref.title.span if ref.title is not None else None
    return [
        m
        for m in _SPACED.finditer(ref.text, ref.body_start)
        if not _inside(m.start(), spans)
        and not (title is not None and title.start <= m.start() <= title.end)  # RL591's
    ]


@list_rule(
    code="RL847",
    name="comma-spacing",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A space before a comma or period (`Gredos ,`), none after a comma (`Senado,1988`), "
    "or two between words",
    fixable=True,
)
def comma_spacing(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a space between a word and the comma or period after it outside the title (`Madrid:
    Gredos , 1993`; a title's is RL591's), and a comma run into the year or the word after it
    (`Brasília: Senado,1988`) or into a label of capitals and its number (`RFC 7525,DOI
    10.17487/...`), and two spaces or more between words (`Р.  Пенроуз`). Addresses
    and DOIs are left alone, and so is an ellipsis; a list that spaces its commas, or doubles its
    spaces, in half its entries or more does so by design and is left alone too.

    ## Why is this bad?
    The space was left where a field was joined (or a word deleted), and the missing one where two
    were: the mark starts a line when the entry wraps, or two elements read as one word.

    ## Example
        1. EPICTETO. Disertaciones por Arriano. Madrid: Gredos , 1993.

    Use instead:
        1. EPICTETO. Disertaciones por Arriano. Madrid: Gredos, 1993.

    ## Fix safety
    Safe: only a space is removed or added.
    """
    spaced = {id(ref): _spaced(ref) for ref in refs}
    habit = sum(1 for ref in refs if spaced[id(ref)]) >= max(2, HABIT_SHARE * len(refs))
    doubled = {id(ref): _doubled(ref) for ref in refs}
    spaces_doubled = sum(1 for ref in refs if doubled[id(ref)]) >= max(2, HABIT_SHARE * len(refs))
    for ref in refs:
        for m in doubled[id(ref)] if not spaces_doubled else ():
            before = ref.text[ref.text.rfind(" ", 0, m.start("space")) + 1 : m.start("space")]
            after = ref.text[m.end() :].split(" ", 1)[0]
            yield Diagnostic(
                Span(*m.span("space")),
                f"two spaces between words (`{before}{m.group('space')}{after}`); expected one",
                fix=Fix.safe(Edit(Span(*m.span("space")), " "), message="Write one space"),
                ref=ref,
            )
        if not habit:
            for m in spaced[id(ref)]:
                word = ref.text[ref.text.rfind(" ", 0, m.start()) + 1 : m.start()]
                mark = m.group("mark")
                yield Diagnostic(
                    Span(m.start(), m.end()),
                    f"a space before the {'comma' if mark == ',' else 'period'} "
                    f"(`{word} {mark}`); expected `{word}{mark}`",
                    fix=Fix.safe(Edit(Span(*m.span("space")), ""), message="Remove the space"),
                    ref=ref,
                )
        spans = _spans(ref)
        for m in _TIGHT.finditer(ref.text, ref.body_start):
            if _inside(m.start(), spans):
                continue
            left = ref.text[ref.text.rfind(" ", 0, m.start()) + 1 : m.start()]
            right = re.match(r"\w+", ref.text[m.end() :])
            printed = f"{left},{right.group() if right else ''}"
            yield Diagnostic(
                Span(m.start(), m.end()),
                f"no space after the comma (`{printed}`); expected `{printed.replace(',', ', ')}`",
                fix=Fix.safe(Edit(Span(m.end(), m.end()), " "), message="Add a space"),
                ref=ref,
            )


# --- RL848: a mark after a sign that needs none ---------------------------------------------------

_MONTHS_IN_FULL = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre janvier février avril juin juillet août septembre octobre novembre décembre "
    "January February March April May June July August September October November December"
)
_MONTH_WORDS = frozenset(_MONTHS_IN_FULL.split())
# each found from its mark, the one character a search looks for first
_STRAY = pattern(
    r"[:.](?<=[?!][:.])(?=\s)"  # `forward?: navigating`, `Digitales?. Actas`
    r"|\.(?<=(?<![^\W\d_])[nN][º°]\.)(?=\s*\d)"  # `nº. 16`
    r"|\.(?<=[^\W\d_]{3}\.)(?=\s+(?:de\s+)?(?:1[5-9]|20)\d\d\b)"  # `10 maio. 2022`
)
_WORD_BEFORE = pattern(r"(?<![\w.])[^\W\d_]+\.\Z")


@rule(
    code="RL848",
    name="mark-after-sign",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A mark after a sign that needs none (`forward?: navigating`, `nº. 16`, `maio. 2022`)",
    fixable=True,
)
def mark_after_sign(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a colon or a period after a question or exclamation mark (`Which way forward?:
    navigating`, `Digitales?. Actas`), a period after an ordinal sign (`nº. 16`, where `nº` is
    already the abbreviation) and a period after a month written in full (`10 maio. 2022`,
    `June. 2020`; a cut month, `Sept. 2020`, takes one). Addresses and DOIs are left alone.

    ## Why is this bad?
    The question mark already closes the title, which takes no period after it, and the subtitle
    follows it with no colon (Citing Medicine sets a colon before a subtitle only where no other
    mark ends the title; APA prints `Which way forward? Navigating`). The ordinal sign and a
    whole month are no abbreviations: the second mark was typed by habit.

    ## Example
        1. Li X. Which way forward?: navigating China's growth. Washington: World Bank; 2019.
           120 p.

    Use instead:
        1. Li X. Which way forward? Navigating China's growth. Washington: World Bank; 2019.
           120 p.

    ## Fix safety
    Safe: the mark after the sign is removed.
    """
    spans = _spans(ref)
    text = ref.text
    for m in _STRAY.finditer(text, ref.body_start):
        mark = m.start()
        if _inside(mark, spans):
            continue
        if text[mark - 1] in "?!":
            kind = "colon" if text[mark] == ":" else "period"
            start, what = mark - 1, f"a {kind} after the `{text[mark - 1]}`"
        elif text[mark - 1] in "º°":
            start, what = (
                mark - 2,
                f"a period after the ordinal sign (`{text[mark - 2 : mark + 1]}`)",
            )
        else:
            word = _WORD_BEFORE.search(text, max(0, mark - 12), mark + 1)
            if word is None or word.group()[:-1] not in _MONTH_WORDS:
                continue
            start, what = word.start(), f"a period after a month written in full (`{word.group()}`)"
        yield Diagnostic(
            Span(start, mark + 1),
            what,
            fix=Fix.safe(Edit(Span(mark, mark + 1), ""), message="Remove the mark"),
            ref=ref,
        )


# --- RL849: an address broken by a space ----------------------------------------------------------

# after an address that stops inside its path, a space and the rest of a file's name
# (`/content 2411923.htm`, `/t20230203 1900299.html`)
_FILE_REST = pattern(
    r"[ \t](?P<rest>[\w%~-]+(?:/[\w%~.-]+)*\.(?:s?html?|pdf|php|aspx?|jsp|cfm|xml|txt|docx?|xlsx?)"
    r"(?:[#?][^\s]*?)?)(?=[.,;]?(?:\s|$))"
)
# after an address ending on a word, the rest of a title's words up to a period
# (`/106020121/Rising Debt and Falling Assets in Chinas Key Markets.`)
_WORDS_REST = pattern(
    r"[ \t](?P<rest>(?:[^\W\d_][\w'’-]*[ \t]){1,15}[^\W\d_][\w'’-]*)(?=\.(?:\s|$))"
)
_WORD = pattern(r"[^\W\d_]+")
# after an address cut inside its host before the top-level domain (`https://doi`), its period, a
# space and the rest (`. org/10.3406/intel.2014.1031`)
_HOST_REST = pattern(
    r"\.[ \t](?P<rest>[a-z]{2,6}(?:\.[a-z]{2,6})*(?:/[^\s]*?)?)(?=[.,;]?(?:\s|$))"
)  # `https://doi. org/10.1017/...`, `http://dx. doi.org/10.1163/...`
_NO_DOMAIN = pattern(r"(?i)https?://[\w-]+")


def _title_words_rest(ref: Reference, url_end: int, last: str) -> re.Match[str] | None:
    """The words after an address that go on spelling the title (`Rising` + `Debt and ...`)."""
    if ref.title is None or not _WORD.fullmatch(last):
        return None
    m = _WORDS_REST.match(ref.text, url_end)
    if m is None:
        return None
    title = {w.lower() for w in _WORD.findall(ref.title.text)}
    words = [w.lower() for w in _WORD.findall(m.group("rest"))] + [last.lower()]
    return m if sum(w in title for w in words) >= 0.8 * len(words) else None


@rule(
    code="RL849",
    name="address-space",
    category=Category.IDENTIFIER,
    severity=Severity.WARNING,
    summary="An address broken by a space (`/content 2411923.htm` for `/content_2411923.htm`)",
)
def address_space(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an address followed by a space and the rest of a file's name (`.../27/content
    2411923.htm`): the address stops inside its path and the name after the space ends as a page
    does (`.htm`, `.html`, `.pdf`, `.php`), or the title's words go on after it up to a period
    (`/106020121/Rising Debt and Falling Assets.` for a work so titled), or the address stops in
    its host before the top-level domain, which follows a space (`https://doi. org/10.3406/...`).
    An address that ends on a `/` or a mark is whole.

    ## Why is this bad?
    An address holds no space; one printed with a space (often for an underscore lost in the
    copy, `content_2411923.htm`) leads nowhere, and a reader cannot tell what the space stood for.

    ## Example
        1. National Bureau of Statistics of China. Migrant workers report [Internet]. Beijing:
           NBS; 2013 [cited 2026 Jan 14]. Available from:
           https://www.gov.cn/gzdt/2013-05/27/content 2411923.htm

    Use instead:
        1. National Bureau of Statistics of China. Migrant workers report [Internet]. Beijing:
           NBS; 2013 [cited 2026 Jan 14]. Available from:
           https://www.gov.cn/gzdt/2013-05/27/content_2411923.htm

    ## Fix safety
    No fix: what the space stood for (an underscore, a hyphen, nothing) is not known.
    """
    for url in ref.urls:
        if _NO_DOMAIN.fullmatch(url.text) and (m := _HOST_REST.match(ref.text, url.span.end)):
            printed = ref.text[url.span.start : m.end()]
        elif url.text.endswith(("/", ".", ",", ";", ")")) or "/" not in url.text.split("//")[-1]:
            continue
        else:
            last = url.text.rsplit("/", 1)[-1]
            m = _FILE_REST.match(ref.text, url.span.end) or _title_words_rest(
                ref, url.span.end, last
            )
            if m is None:
                continue
            printed = f"{last} {m.group('rest')}"
        yield Diagnostic(
            Span(url.span.start, m.end()),
            f"an address broken by a space (`{printed}`); an address holds no space",
            ref=ref,
        )
