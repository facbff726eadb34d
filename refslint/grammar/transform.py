"""Turn the parse of one entry into typed pieces: authors, free text, dates with their tails, notes.

Each grammar rule has one small method here; what the pieces *mean* (title or journal, publication
or conference date) is decided in `roles.py`, which sees the whole entry.
"""

from __future__ import annotations

import re
import threading
from typing import NamedTuple

from lark import Token, Transformer

from refslint import patterns
from refslint.grammar import scanner
from refslint.grammar.fragments import (
    CUT_PARTICLE,
    DASH,
    FIRST_INITIALS,
    INITIAL,
    MAX_INITIALS,
    PAREN_PAGES_OPEN,
    PARTICLE,
    TAIL_PARTS,
    VOLUME_ISSUE,
    YMD_PARTS,
)
from refslint.model import MONTHS, SEASONS, Author, Field, PartialDate, Span

# The text being parsed, so dates can keep their printed form without a second pass.
SOURCE = threading.local()
_TAIL_PARTS = patterns.compile(TAIL_PARTS)
_VOLUME_ISSUE = patterns.compile(VOLUME_ISSUE)
_YMD_PARTS = patterns.compile(YMD_PARTS)


def tail_parts() -> re.Pattern[str] | patterns.Pattern:
    """`TAIL_PARTS` to match at a tail's start: the lexer's own `TAIL` pattern once a scanner
    has compiled it (the same groups; it takes the spaces after the tail too), else our own."""
    return _lexed("TAIL", "volume_a") or _TAIL_PARTS


_LEXED: dict[str, re.Pattern[str]] = {}


def _lexed(name: str, group: str) -> re.Pattern[str] | None:
    """`scanner.lexed(name, group)`, kept once found: rules ask for the tail's pattern for every
    date of every entry."""
    found = _LEXED.get(name)
    if found is None:
        found = scanner.lexed(name, group)
        if found is not None:
            _LEXED[name] = found
    return found


# A tail's groups (volume, issue, supplement, locator) by its first character: its shape.
_SHAPES = {
    ";": ("volume_a", "issue_a", "suppl_a", "locator_a"),
    "(": (None, "issue_b", "suppl_b", "locator_b"),
    ":": (None, None, None, "locator_c"),
    ",": ("volume_d", "issue_d", None, "locator_d"),
}
_ISO_SPLIT = patterns.compile(r"[-/]")
_QUOTES = "\"”’»'"
_DASH_SPLIT = patterns.compile(rf"\s*{DASH}\s*")
# Two months joined by a dash or, as IEEE prints a double issue's, a slash (`Jan./Feb. 2018`)
_MONTH_SPLIT = patterns.compile(rf"\s*(?:{DASH}|/)\s*")
_CONJUNCTION = patterns.compile(r"(?:(?:and|e|&)\s+)?")
_NAME_PARTS = patterns.compile(
    # initials dotted, hyphenated or spaced (IOP's `Cho T T`); a suffix before them, `Ford, Jr.,
    # W. K.`, as some APA lists print it
    rf"^(?P<family>.+?)(?:,\s+(?P<lead>Jr|Sr)\.)?,?\s+"
    # (a particle cut to its letter between two initials: `Pereira JdA`)
    # (and a letter of compact initials in lower case, `Ali MaM.`: damage, read as a name)
    rf"(?P<initials>{INITIAL}(?:(?:[-.\u2010]?\s?[-\u2010]?|[a-z](?=[A-Z])){INITIAL})"
    rf"{{0,{MAX_INITIALS - 1}}})\.?"
    rf"(?:,?\s+(?P<suffix>Jr|Sr|II|III|IV|2nd|3rd|No|Neto)\.?)?(?:,?\s+(?P<particle>{PARTICLE}|{CUT_PARTICLE}))?$"
    # (initials first, the last one's period lost: `K Georg`)
    # (and a given name written out before them, `Michel H. Devoret`: its initial kept)
    rf"|^(?P<first>(?:[A-Z][a-z]+\s+(?={FIRST_INITIALS}))?{FIRST_INITIALS}"
    rf"|[A-Z]\s(?=[^\W\d_]{{2}}))(?P<family2>.+)$"
)


def value(token: Token) -> str:
    """A token's text without the whitespace after it (every terminal takes its trailing space,
    which saves the lexer one match per word gap). `Token` is a `str`, so hot loops write
    `token.rstrip()` instead of calling this."""
    return token.rstrip()


def at(token: Token) -> int:
    """Where a token starts. The lexer always records it; Lark types it optional only because a
    token built by hand may lack it."""
    start = token.start_pos
    assert start is not None
    return start


def end(token: Token) -> int:
    return at(token) + len(value(token))


def field(token: Token) -> Field:
    text = value(token)
    start = at(token)
    return Field(text, Span(start, start + len(text)))


class Part(NamedTuple):
    """One typed piece of an entry after its author list (a plain tuple: many are made)."""

    kind: str  # text, sep, semi, pub, bracket, access, available, url, doi, arxiv, pmid, in, pages,
    # editors
    start: int
    end: int
    text: str
    date: PartialDate | None = None
    volume: Field | None = None
    issue: Field | None = None  # inside its parentheses: "7779" of "(7779)"
    supplement: Field | None = None
    locator: Field | None = None
    editors: tuple[Author, ...] = ()
    marker: Field | None = None

    @property
    def field(self) -> Field:
        return Field(self.text, Span(self.start, self.end))


class AuthorList(NamedTuple):
    """The names before the title (a plain tuple: one is made per entry)."""

    names: tuple[Author, ...]
    et_al: Field | None
    span: Span
    editors: bool = False  # "Foley KM, Gelband H, editors." heads an edited book
    year: PartialDate | None = None  # "Mantegna RN (1999) Title": the year after the names
    bare_year: bool = False  # "Liu X 2016 Title Journal 12 3–4": IOP's numbered Harvard


# Portuguese and Spanish months, which those languages print in lower case (`2019 maio 7`, `3 mar.
# 2020`, `2021 ene 12`): by their first three letters, read only in lower case
_LOWER_MONTHS = {
    **{m: n for n, m in enumerate(("jan", "fev", "mar", "abr", "mai", "jun"), 1)},
    **{m: n for n, m in enumerate(("jul", "ago", "set", "out", "nov", "dez"), 7)},
    "ene": 1,
    "feb": 2,
    "may": 5,
    "dic": 12,
}

# Months written out in German, French, Spanish and Italian (`13. Februar 2025`, `3 février
# 2020`, `12 de diciembre de 2021`, `5 marzo 2019`), read in either case: a whole name is no typo
_OTHER_LANGUAGE_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januar jänner janvier enero gennaio januari",
            "februar février fevrier febrero febbraio februari",
            "märz mars marzo maart maret",
            "avril abril aprile",
            "mai mayo maggio mei",
            "juni juin junio giugno",
            "juli juillet julio luglio",
            "août aout agosto augustus agustus",
            "septembre septiembre setiembre settembre",
            "oktober octobre octubre ottobre",
            "novembre noviembre",
            "dezember décembre decembre diciembre dicembre desember",
        ),
        1,
    )
    for name in names.split()
}
# Polish months in the genitive a day takes (`24 maja`, `1 listopada`)
_POLISH_MONTHS = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
    " grudnia"
)
_OTHER_LANGUAGE_MONTHS.update((m, n) for n, m in enumerate(_POLISH_MONTHS.split(), 1))


def month_named(word: str) -> int | None:
    """The month a printed word names (`Sept.`, `abr.`, `Spring`); None for no month."""
    key = word.rstrip(".").lower()
    if key in MONTHS:
        return MONTHS[key]
    if key in SEASONS:
        return SEASONS[key][0]
    if key in _OTHER_LANGUAGE_MONTHS:
        return _OTHER_LANGUAGE_MONTHS[key]
    if word[:1].islower():
        return _LOWER_MONTHS.get(key[:3])
    return None


def _months(text: str, at: int) -> tuple[Field, int | None, Field | None, int | None]:
    """Split "Jan-Feb" (standing at offset `at`) into two months, each with its own span."""
    parts = _MONTH_SPLIT.split(text, maxsplit=1)
    first = Field(parts[0], Span(at, at + len(parts[0])))
    first_month = month_named(parts[0])
    if len(parts) == 1:
        if first_month is not None and parts[0].rstrip(".").lower() in SEASONS:
            return first, first_month, None, SEASONS[parts[0].rstrip(".").lower()][1]
        return first, first_month, None, None
    start = at + text.rindex(parts[1])
    second = Field(parts[1], Span(start, start + len(parts[1])))
    return first, first_month, second, month_named(parts[1])


def _days(text: str, at: int) -> tuple[int, Span, int | None, Span | None, Field | None]:
    """ "9-15" or, across months, "30-Dec 2" (the second month comes back as a field)."""
    parts = _DASH_SPLIT.split(text, maxsplit=1)
    first_span = Span(at, at + len(parts[0]))
    if len(parts) == 1:
        return int(parts[0]), first_span, None, None, None
    start = at + text.rindex(parts[1])
    month = None
    if not parts[1][0].isdigit():
        word, day = parts[1].split()
        month = Field(word, Span(start, start + len(word)))
        start += len(parts[1]) - len(day)
        parts[1] = day
    return int(parts[0]), first_span, int(parts[1]), Span(start, start + len(parts[1])), month


def _date(tokens: list[Token], order: str) -> PartialDate:
    """A date read as several tokens ("Mar 1, 2024", "21 Oct 2024")."""
    year: tuple[str, int] | None = None
    month: tuple[str, int] | None = None
    days: tuple[str, int] | None = None
    for token in tokens:
        kind = token.type
        if kind == "YEAR":
            year = (token.rstrip(), at(token))
        elif kind.startswith("MONTH"):
            month = (token.rstrip(), at(token))
        elif kind in ("DAYS", "DAY_FIRST"):
            days = (token.rstrip().rstrip("."), at(token))  # (German's `14.`)
    assert year is not None
    return _make_date(at(tokens[0]), end(tokens[-1]), year, month, days, order)


def _make_date(
    start: int,
    stop: int,
    year: tuple[str, int],
    month: tuple[str, int] | None,
    days: tuple[str, int] | None,
    order: str,
) -> PartialDate:
    """The date from its printed pieces, each given as (text, offset)."""
    year_text, year_at = year
    copyright_mark = year_text.startswith("c")  # "c2000": a copyright year
    year_start = year_at + copyright_mark
    year_number = int(year_text[copyright_mark : copyright_mark + 4])
    year_span = Span(year_start, year_start + 4)
    if month is None and days is None:  # the commonest date: skip the keywords of the unused fields
        return PartialDate(
            SOURCE.text[start:stop], Span(start, stop), year_number, year_span, order=order
        )
    end_month = day = end_day = None
    month_number = month_field = end_month_field = None
    day_span = end_day_span = None
    if month is not None:
        month_field, month_number, end_month_field, end_month = _months(*month)
    if days is not None:
        day, day_span, end_day, end_day_span, across = _days(*days)
        if across is not None:
            end_month_field, end_month = across, month_named(across.text)
    return PartialDate(
        text=SOURCE.text[start:stop],
        span=Span(start, stop),
        year=year_number,
        year_span=year_span,
        month=month_number,
        month_token=month_field,
        day=day,
        day_span=day_span,
        end_month=end_month,
        end_month_token=end_month_field,
        end_day=end_day,
        end_day_span=end_day_span,
        order=order,
    )


def _group_text(found: re.Match[str], name: str, at: int) -> tuple[str, int] | None:
    """A named group's text and offset in the entry if it took part; `at`: where the match began."""
    text = found[name]
    return None if text is None else (text, at + found.start(name))


def _group_field(
    found: re.Match[str], name: str | None, at: int, inside: bool = False
) -> Field | None:
    """A named group as a field of the entry (`at` is where the match began), if it took part;
    `inside` leaves out its first and last character (an issue's parentheses)."""
    if name is None:
        return None
    start, stop = found.span(name)
    if start < 0:
        return None
    if inside:
        start, stop = start + 1, stop - 1
    return Field(found.string[start:stop], Span(at + start, at + stop))


def _author(token: Token, skip: int = 0) -> Author:
    """One name of an author list; one the name pattern cannot split is kept whole, as a group.
    `skip`: characters before the name (the `and` a physics-style last name carries)."""
    text = token[skip:].rstrip().rstrip(",;").rstrip()
    start = at(token) + skip
    span = Span(start, start + len(text))
    found = _NAME_PARTS.match(text)
    if found is None:
        return Author(text, span, text, is_group=True)
    family, lead, initials, suffix, particle, first, family2 = found.groups()  # one call
    if family2:
        if first[1].islower():  # `Michel H. Devoret`: the given name's initial, `MH`
            first = first[0] + first[first.index(" ") :]
        return Author(text, span, family2, first.replace(".", "").replace(" ", ""))
    if " " in initials:  # `Hudson S W`: the initials `SW`, spaced
        initials = initials.replace(" ", "")
    if particle:  # `Silva MRF da`: the family name is `da Silva`; `Aguiar, R. B. d.`: `d. Aguiar`
        family = f"{particle if len(particle) > 1 else particle + '.'} {family}"
    return Author(text, span, family, initials, suffix or lead or "")


def _author_list(items: list, editors: bool = False) -> AuthorList:
    """NAME tokens, group authors and an ETAL token, in one pass (the list's punctuation and "and"
    are skipped)."""
    names: list[Author] = []
    et_al = year = None
    bare = False
    for item in items:
        if not isinstance(item, Token):
            names.append(item)  # a group author
        elif item.type in ("NAME", "NAME_SEMI_LAST"):
            names.append(_author(item))
        elif item.type in ("NAME_LAST", "NAME_BEFORE_IN"):
            conjunction = _CONJUNCTION.match(item)  # optional: it always matches
            names.append(_author(item, conjunction.end() if conjunction else 0))
        elif item.type == "ETAL":
            et_al = _et_al(item)
        elif item.type == "GROUP_YEAR_AUTHOR":  # APA's `World Health Organization. (2021).`
            names.extend(_written_out_names(item.rstrip(), at(item)))
        elif item.type == "GROUP_AFTER_AND":  # `Sahle, P., & Institut für X (2014).`
            group = item.rstrip()
            skip = len(group) - len(group[1:].lstrip())
            names.extend(_written_out_names(group[skip:], at(item) + skip))
        elif item.type == "AUTHOR_YEAR":
            year = _author_year(item)
        elif item.type in ("NAMES_YEAR", "NAMES_YEAR_COMMA"):  # (`Bulling, S., 2011, Title`)
            year, bare = _bare_year(item), True
        elif item.type == "NAMES_COMMA_YEAR":  # `Strauss EG, 1994. Title`: AJTMH's
            year = _bare_year(item)
    span_end = et_al.span.end if et_al else names[-1].span.end
    span = Span(names[0].span.start, span_end)
    return AuthorList(tuple(names), et_al, span, editors, year, bare)


# Names with their given names written out, before a year in parentheses (`Cox, Kevin. (1997).`,
# `Vaughn, Jennifer, & Chapman, Harriet. (1989).`, Chicago's `Lagoze, Carl, Dean Krafft, and John
# Saylor. (2006).`): the pieces between commas and `and`/`&`, each a person's surname, given name
# or whole name. Only where every piece can be one (a capitalised word or three, a particle, an
# initial) and a comma or `and` separates them; else the text is one organisation.
_NAME_PIECE_SPLIT = re.compile(r",\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")
_PERSON_WORD = r"(?:[A-Z][\w'’\-]*\.?|da|das|de|del|della|der|di|do|dos|du|la|le|van|von)"
_PERSON_PIECE = re.compile(rf"{_PERSON_WORD}(?:\s+{_PERSON_WORD}){{0,3}}")
_GIVEN_PIECE = re.compile(r"[A-Z][a-z'’\-]+(?:\s+[A-Z]\.?)*|[A-Z]\.(?:\s?[A-Z]\.)*")


def _written_out_names(text: str, start: int) -> list[Author]:
    """The persons of an author list with given names written out, or the one organisation."""
    pieces: list[tuple[str, int]] = []
    at_piece = 0
    for cut in _NAME_PIECE_SPLIT.finditer(text):
        pieces.append((text[at_piece : cut.start()], at_piece))
        at_piece = cut.end()
    pieces.append((text[at_piece:], at_piece))
    whole = Author(text, Span(start, start + len(text)), text, is_group=True)
    if len(pieces) < 2 or not all(_PERSON_PIECE.fullmatch(p) for p, _ in pieces):
        return [whole]
    names: list[Author] = []
    i = 0
    while i < len(pieces):
        piece, offset = pieces[i]
        if i + 1 < len(pieces) and _GIVEN_PIECE.fullmatch(pieces[i + 1][0]):
            given, given_at = pieces[i + 1]
            initials = "".join(word[0] for word in given.replace("-", " ").split())
            span = Span(start + offset, start + given_at + len(given))
            names.append(Author(text[offset : given_at + len(given)], span, piece, initials))
            i += 2
            continue
        words = piece.split()
        if len(words) < 2:
            return [whole]
        initials = "".join(word[0] for word in words[:-1])
        names.append(
            Author(piece, Span(start + offset, start + offset + len(piece)), words[-1], initials)
        )
        i += 1
    return names


def _author_year(token: Token) -> PartialDate | None:
    """ "(1999)" after the names: the year inside the parentheses; APA's "(2021, June 17)" gives
    the month and day too, its "(n.d.)" no date at all."""
    text = token.rstrip()
    inner = text[1:-1].strip()
    if inner.startswith("n"):
        return None
    start = at(token) + text.index(inner)
    year, comma, rest = inner.partition(",")
    month_text, _, day_text = rest.strip().partition(" ")
    if month_text.isdigit():  # (Polish `(2002, 24 maja)`: the day first)
        month_text, day_text = day_text, month_text
    if not comma or month_named(month_text) is None:  # (`Mars`, `Juli`: another language's)
        year = year.strip()
        return _make_date(start, start + len(year), (year, start), None, None, "ymd")
    month_at = start + inner.index(month_text, len(year))
    month = (month_text, month_at)
    days = (day_text, start + inner.rindex(day_text)) if day_text else None
    return _make_date(start, start + len(inner), (year.strip(), start), month, days, "ymd")


def _bare_year(token: Token) -> PartialDate:
    """ "2016" after the names, with no parentheses (IOP's numbered Harvard)."""
    text = token.rstrip().rstrip(",")
    start = at(token)
    return _make_date(start, start + len(text), (text, start), None, None, "ymd")


class ToParts(Transformer):
    """Rule by rule, from Lark's tree to `AuthorList` and `Part` values (dates as `PartialDate`)."""

    def entry(self, items: list) -> tuple[AuthorList | None, list[Part]]:
        if items and isinstance(items[0], AuthorList):
            return items[0], _parts(items[1:])
        return None, _parts(items)

    def body(self, items: list) -> tuple[None, list[Part]]:
        return None, _parts(items)

    # ---- authors ----
    def group(self, items: list[Token]) -> Author:
        token = items[0]
        text = token.rstrip()
        closing = _closing_at(text)
        text = text[:closing].rstrip() if closing >= 0 else text.rstrip(",").rstrip()
        start = at(token)
        return Author(text, Span(start, start + len(text)), text, is_group=True)

    def authors(self, items: list) -> AuthorList:
        return _author_list(items)

    def harvard_authors(self, items: list) -> AuthorList:
        return _author_list(items)

    def editor_authors(self, items: list) -> AuthorList:
        return _author_list(items, editors=True)

    # ---- dates ----
    def date_ymd(self, items: list[Token]) -> PartialDate:
        token = items[0]
        start = at(token)
        text = token.rstrip()
        if len(text) <= 6:  # a year alone ("2020", "c2000", "2020a"): no month is that short
            return _make_date(start, start + len(text), (text, start), None, None, "ymd")
        found = (_lexed("YMD", "year") or _YMD_PARTS).match(token)
        assert found is not None
        year = _group_text(found, "year", start)
        assert year is not None
        month, days = _group_text(found, "month", start), _group_text(found, "days", start)
        return _make_date(start, start + len(text), year, month, days, "ymd")

    def date_mdy(self, items: list[Token]) -> PartialDate:
        return _date(items, "mdy")

    def date_my(self, items: list[Token]) -> PartialDate:
        return _date(items, "mdy")

    def date_dmy(self, items: list[Token]) -> PartialDate:
        return _date(items, "dmy")

    def date_iso(self, items: list[Token]) -> PartialDate:
        token = items[0]
        text = token.rstrip()
        y, m, d = (int(x) for x in _ISO_SPLIT.split(text))
        s = at(token)
        return PartialDate(
            text=text,
            span=Span(s, s + len(text)),
            year=y,
            year_span=Span(s, s + 4),
            month=m if 1 <= m <= 12 else None,
            month_token=Field(token[5:7], Span(s + 5, s + 7)),
            day=d,
            day_span=Span(s + 8, s + 10),
            order="iso",
        )

    def numeric_date(self, items: list[Token]) -> PartialDate:
        """`11.01.2024`: day, month, year, as figures set off by periods are read (month first
        only where the first number cannot be a month's: `01.13.2024`); the month has no word.
        `1 2018` (an access note's month and year in figures): the month and the year."""
        token = items[0]
        text = token.rstrip()
        s = at(token)
        if "." not in text:  # `1 2018`: a month's number and the year
            month_text, year = text.split()
            year_at = s + len(text) - len(year)
            return PartialDate(
                text=text,
                span=Span(s, s + len(text)),
                year=int(year),
                year_span=Span(year_at, year_at + 4),
                month=int(month_text),
                order="dmy",
            )
        # (`30. 7. 2023`: German APA spaces its figures)
        found = re.match(r"(\d+)\.\s?(\d+)\.\s?(\d{4})", text)
        assert found is not None
        first, second, year = found.groups()
        day_at, order = s, "dmy"
        day, month = int(first), int(second)
        if month > 12 >= day:
            day, month, day_at, order = month, day, s + found.start(2), "mdy"
        day_width = len(second) if order == "mdy" else len(first)
        year_at = s + found.start(3)
        return PartialDate(
            text=text,
            span=Span(s, s + len(text)),
            year=int(year),
            year_span=Span(year_at, year_at + 4),
            month=month if 1 <= month <= 12 else None,
            day=day,
            day_span=Span(day_at, day_at + day_width),
            order=order,
        )

    # ---- parts ----
    def pub(self, items: list) -> Part:
        date: PartialDate = items[0]
        if len(items) == 1:
            return Part("pub", date.span.start, date.span.end, "", date=date)
        tail: Token = items[1]
        found = tail_parts().match(tail)
        assert found is not None
        start = at(tail)
        volume, issue, supplement, locator = _SHAPES[tail[0]]
        return Part(
            "pub",
            date.span.start,
            start + len(tail.rstrip()),
            "",
            date=date,
            volume=_group_field(found, volume, start),
            issue=_group_field(found, issue, start, inside=True),
            supplement=_group_field(found, supplement, start),
            locator=_group_field(found, locator, start),
        )

    def access(self, items: list) -> Part:
        opener: Token = items[0]
        date: PartialDate = items[1]
        stop = end(items[2]) if len(items) > 2 else date.span.end
        start = at(opener)
        note = SOURCE.text[start:stop]
        return Part("access", start, stop, note, date=date)

    def in_part(self, items: list) -> Part:
        marker = field(items[0])
        editors: tuple[Author, ...] = items[1] if len(items) > 1 else ()
        stop = items[-1][-1].span.end if editors else marker.span.end
        return Part("in", marker.span.start, stop, marker.text, editors=editors, marker=marker)

    def editors(self, items: list[Token]) -> tuple[Author, ...]:
        return tuple(_author(t) for t in items if t.type == "NAME")

    def edited_by(self, items: list[Token]) -> Part:
        names = self.editors(items)
        start = at(items[0])
        return Part("editors", start, names[-1].span.end, SOURCE.text[start : names[-1].span.end],
                    editors=names)  # fmt: skip

    def marked_pages(self, items: list[Token]) -> Part:
        if len(items) == 1:  # `(pp. 97–102)`: APA's form, whose marker is part of its brackets
            return _paren_pages(items[0])
        marker, pages = items
        found = field(pages)
        if found.text.endswith(","):  # IEEE's `pp. 436–444, May 2015`: the comma is no page's
            text = found.text[:-1].rstrip()
            found = Field(text, Span(found.span.start, found.span.start + len(text)))
        mark = field(marker)
        if mark.text.startswith(","):  # `2007, pp. 867-93`: the comma after the year is no mark's
            words = mark.text[1:].lstrip()
            mark = Field(words, Span(mark.span.end - len(words), mark.span.end))
        return Part("pages", found.span.start, found.span.end, found.text, marker=mark)


_PAREN_PAGES = patterns.compile(rf"{PAREN_PAGES_OPEN}(?P<pages>.*?)\s*\)\s*$")


def _paren_pages(token: Token) -> Part:
    """`(pp. 97–102)`: the pages inside, no marker (the list's `p.`/`pp.` is not this form's)."""
    found = _PAREN_PAGES.match(token)
    assert found is not None  # the terminal's own shape
    start = at(token) + found.start("pages")
    text = found["pages"]
    return Part("pages", start, start + len(text), text)


_KINDS = {
    "TEXT": "text",
    "SEP": "sep",
    "SEMI": "semi",
    "BRACKET": "bracket",
    "AVAILABLE": "available",
    "URL": "url",
    "DOI": "doi",
    "ARXIV": "arxiv",
    "PMID": "pmid",
    "STRAY_YEAR": "text",
    "STRAY_NUMBER": "stray",
}


def _closing_at(text: str) -> int:
    """Where the punctuation that ends a sentence starts ("Title." -> 5), or -1: where
    `fragments.SENTENCE_END` would match, found from the end instead of searched for."""
    stop = len(text) - (text[-1:] in _QUOTES) if text else 0
    cut = len(text[:stop].rstrip(".?!"))
    return cut if cut < stop else -1


def _dated(items: list, index: int) -> bool:
    """Whether `items[index]` is a publication date (a `pub` part)."""
    return index < len(items) and isinstance(items[index], Part) and items[index].kind == "pub"


def _parts(items: list) -> list[Part]:
    """Tokens and parts in order; a TEXT token that ends its sentence becomes text + sep."""
    parts: list[Part] = []
    append = parts.append
    for index, item in enumerate(items):
        if isinstance(item, Part):
            append(item)
            continue
        text = item.rstrip()
        if text[-1:] == "," and item.type == "TEXT" and _dated(items, index + 1):
            text = text[:-1].rstrip()  # `Journal, 2010, 33(4): 420-31`: the comma is no name's
        start = item.start_pos
        assert start is not None  # the lexer records every position; inline: a hot loop
        if item.type == "VOLUME_ISSUE":
            append(_volume_issue(item, start))
            continue
        kind = _KINDS[item.type]
        if kind == "text":
            closing = _closing_at(text)
            if closing >= 0:
                words = text[:closing].rstrip()
                append(Part("text", start, start + len(words), words))
                append(Part("sep", start + closing, start + len(text), text[closing:]))
                continue
        append(Part(kind, start, start + len(text), text))
    return parts


def _volume_issue(token: Token, start: int) -> Part:
    """IEEE's `vol. 55, no. 4` (the token carries the comma after it, left out of the part)."""
    found = _VOLUME_ISSUE.match(SOURCE.text, start)
    assert found is not None  # the token matched the same pattern here
    return Part(
        "volume",
        start,
        found.end(),
        found.group(),
        volume=_group_field(found, "volume", 0),
        issue=_group_field(found, "issue", 0),
        locator=_group_field(found, "article", 0),
    )


def _et_al(token: Token) -> Field:
    """ETAL may carry the comma before it (", et al.") or the period of the last initial ("M. et
    al."); the field is the words alone."""
    text = value(token)
    opens = at(token)
    start = opens + len(text) - len(text.lstrip(", .\t"))
    words = text.rstrip(",:")  # "et al," and "et al.:" close the author list
    return Field(words[start - opens :], Span(start, opens + len(words)))


# A journal's volume and pages set apart from its year: by the access date of a journal on the
# web (Citing Medicine's "2014 [cited 2024 Oct 22];43:3133-7"), or a page range with no volume
# after the year ("2021;9423-8", the NLM style's form for a journal that numbers no volumes).
_SPLIT_TAIL = patterns.compile(rf"(?:{TAIL_PARTS})\s*$")
_PAGES_ONLY = patterns.compile(rf";\s*(?P<locator_c>\d+\s*{DASH}\s*\d+)\s*$")


def with_tail(pub: Part, printed: str, start: int) -> Part | None:
    """`pub` (a date with nothing after it) with the tail `printed` at `start` (";43:3133-7"), or
    None when `printed` is not a whole tail."""
    found = None
    if printed[:1] == ";":  # the lexer's `TAIL` (groups and trailing spaces) read whole, if built
        lexed = _lexed("TAIL", "volume_a")
        found = lexed.fullmatch(printed) if lexed is not None else _SPLIT_TAIL.match(printed)
    shape = _SHAPES[";"]
    if found is None or found["volume_a"] is None:
        found, shape = _PAGES_ONLY.match(printed), _SHAPES[":"]
    if found is None:
        return None
    volume, issue, supplement, locator = shape
    return pub._replace(
        volume=_group_field(found, volume, start),
        issue=_group_field(found, issue, start, inside=True),
        supplement=_group_field(found, supplement, start),
        locator=_group_field(found, locator, start),
    )
