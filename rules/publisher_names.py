"""A publisher's or issuing body's name in a form the body itself never prints (RL524), or in
two forms within one list (RL880).

Two forms, both of names copied from somewhere other than the work: a bookseller's or catalogue's
name for the house (`Springer Science & Business Media`, under which online book catalogues list
Springer's books), and an English institution's or house's name with its words in lower case
(`Ministry of climate change and environment`, `Academic press`). Only the publisher, and the
words after the title where the grammar read no publisher, are looked at: a title's own words are
other rules' business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from refslint.api import (
    UNTYPED,
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
    rule,
)

from .houses import AMPERSAND, CAPITALS, JOINED, houses, slips

# catalogue forms and the imprint the house prints on its title pages
_CATALOGUE_FORMS = (
    (pattern(r"\bSpringer\s+Science\s*(?:&|and)\s*Business\s+Media\b"), "Springer"),
    # the ACM Digital Library's record of Addison-Wesley's books, exported with them
    (
        pattern(r"\bAddison-Wesley\s+Longman\s+Publishing\s+Co\.?,?\s*(?:Inc\.?)?"),
        "Addison-Wesley",
    ),
)
# arXiv's host named as a preprint's publisher (`Cornell University: Ithaca, NY, USA, 2015`), as
# citation exports write it; not its press, nor a thesis
_ARXIV_HOST = pattern(r"\bCornell\s+Un\w{0,2}vers\w*(?:\s+Library)?\b(?!\s+Press)")
_THESIS = pattern(r"(?i)\b(?:thesis|dissertation|Ph\.?\s?D|master'?s)\b")
# An English institution's name: its head word, `of` or `for`, and a content word in lower case
# (`Ministry of climate change`); the words a name keeps in lower case are not content words
_INSTITUTION = pattern(
    r"\b(?P<head>Ministry|Department|Secretariat|Agency|Institute|Council|Commission|Office"
    r"|Bureau|Authority|Board|Centre|Center|Foundation|Society|Association|Federation"
    r"|Organi[sz]ation|Administration)\s+(?P<joint>of|for)\s+(?:the\s+)?"
    r"(?!(?:and|or|of|for|the|in|on|at|to|de|la|le|des|du)\b)(?P<word>[a-z][a-z]{2,})\b"
    r"(?P<rest>[^.;:()\[\]]{0,80})"
)
# A house's name, capitalised, with its house word in lower case (`Academic press`, `Ellis
# Horwood publishers`): English houses capitalise it; not a body's press release or conference
_HOUSE_WORD_LOWER = pattern(
    r"\b(?P<name>(?:[A-Z][\w&'-]*\s+){1,4})(?P<word>press|publishers|publishing|publications)\b"
    r"(?!\s+(?:release|conference|statement|briefing|office))"
)
# a figure or a price: the words are a sentence, a headline the grammar did not read as the
# title (`Board of trustees increases tuition to $12,996`), not a body's name
_NOT_A_NAME = pattern(r"[\d$€£¥]")
# a lower-case word run into a capitalised one with a hyphen (`water-United Arab Emirates`)
_RUN_IN = pattern(r"[a-z]-(?=[A-Z][a-z])")
# the stretch after the title where an unread publisher stands: up to the year, the address or
# the access note
_STRETCH_END = pattern(r"(?:1[5-9]|20)\d\d|https?://|\bAvailable\b|\[|\(")


# Houses known by their initials, which they print in capitals (`IEEE`, `SIAM`); and a name of
# letters alone with no capital at all (`sage`, as citation exports lower it): no house prints so
_INITIALS_HOUSES = frozenset(
    (
        "IEEE",
        "ACM",
        "SIAM",
        "SPIE",
        "AIAA",
        "ASME",
        "ASCE",
        "IET",
        "IOP",
        "AIP",
        "ACS",
        "RSC",
        "CRC",
    )
)
_LOWER_NAME = pattern(r"[a-z]{3,}(?:[ &-]+[a-z]+)*")


@cache
def _houses_lowered() -> dict[str, str]:
    """The houses of the table by their name, and by its first word, lowered: `sage` is `Sage`
    (of `Sage Publications`). Some houses print their own name in lower case (`transcript`);
    only the table's, which do not, are told they lost their capitals."""
    named: dict[str, str] = {}
    for house in houses():
        named.setdefault(" ".join(house).lower(), " ".join(house))
        named.setdefault(house[0].lower(), house[0])
    return named


def _case_lost(ref: Reference) -> Diagnostic | None:
    """A publisher read whole whose name has lost its capitals: a house of the table in lower
    case throughout (`sage, 1988.`), or a house of initials printed as a word (`Ieee, 2018.`)."""
    publisher = ref.publisher
    if publisher is None or ref.problem is not None:
        return None
    name = publisher.text.strip(" .,;")
    if name.upper() in _INITIALS_HOUSES and name != name.upper():
        wanted = name.upper()
    elif _LOWER_NAME.fullmatch(name) and name in _houses_lowered():
        wanted = _houses_lowered()[name]
    else:
        return None
    return Diagnostic(
        publisher.span,
        f"the publisher `{name}` has lost its capitals; a house prints its name as `{wanted}`",
    )


_PLACE_WORD = pattern(r"[^\W\d_][\w’'-]*")
# a company's form written out after the house's name, as book catalogues record it (`O’Reilly
# Media, Incorporated`): the house prints `Inc.` or nothing
_INCORPORATED = pattern(
    r"(?P<house>[A-Z][\w’'&.-]*(?:\s+[A-Z&][\w’'&.-]*){0,4}),?\s+Incorporated\b"
)


# what follows a body named as an editor or compiler (`WORLD BANK (ed.)`, `(org.)`, `(Hrsg.)`)
_AS_EDITOR = pattern(r"\s*\((?:eds?|orgs?|coords?|comps?|Hrsg|dir)\b")
_IN_BEFORE = pattern(r"\b[Ii]n:?\s*$")


def _as_publisher(ref: Reference, span: Span) -> bool:
    """Whether a name found at `span` stands where the publisher does: inside the publisher read,
    or, where none was read, after the title and neither opened by `In` nor followed by an
    editor's mark (lists that print bodies in capitals as authors and editors, ABNT's, do so
    before the title and after `In:`)."""
    if ref.publisher is not None:
        return ref.publisher.span.start <= span.start and span.end <= ref.publisher.span.end
    if ref.title is None or span.start < ref.title.span.end:
        return False
    before = ref.text[max(0, span.start - 6) : span.start]
    return not _IN_BEFORE.search(before) and not _AS_EDITOR.match(ref.text, span.end)


def _place_repeated(ref: Reference) -> Diagnostic | None:
    """A publisher whose name ends on the place printed before it (`Berlin, Heidelberg: Springer
    Berlin Heidelberg`): a library catalogue's record of the imprint, the place said twice. A
    body named after one town (`Salzburg: Stadtarchiv Salzburg`) is its own name; only two
    towns, or a house of the table before the town (`New York: Springer New York`), are told."""
    if ref.place is None or ref.publisher is None or ref.problem is not None:
        return None
    if ref.place.span.end > ref.publisher.span.start:
        return None
    place = _PLACE_WORD.findall(ref.place.text)
    words = list(_PLACE_WORD.finditer(ref.publisher.text))
    if not place or len(words) <= len(place):
        return None
    if [w.group() for w in words[-len(place) :]] != place:
        return None
    house = ref.publisher.text[: words[-len(place)].start()].rstrip(" ,")
    if "," not in ref.place.text and tuple(_PLACE_WORD.findall(house)) not in houses():
        return None  # a body named after its town (`Stadtarchiv Salzburg`), not a house's imprint
    name = ref.publisher.text.strip(" .,;")
    return Diagnostic(
        ref.publisher.span,
        f"the publisher `{name}` repeats the place `{ref.place.text.strip()}` in its name, as a "
        f"library catalogue records the imprint; write `{house}`",
        fix=Fix.unsafe(Edit(ref.publisher.span, house), message=f"Write `{house}`"),
    )


def _publisher_stretch(ref: Reference) -> Span | None:
    """The publisher as read, or, where none was read and no journal either, the words after the
    title up to the year or address (`Title. Ministry of climate change and environment, 2017.`)."""
    if ref.publisher is not None:
        return ref.publisher.span
    if ref.problem is not None or ref.container is not None or ref.title is None:
        return None
    if ref.kind not in (*UNTYPED, Kind.BOOK, Kind.WEBPAGE):
        return None
    start = ref.title.span.end
    end_at = _STRETCH_END.search(ref.text, start)
    end = end_at.start() if end_at is not None else len(ref.text)
    return Span(start, end) if end > start else None


def _arxiv_host(ref: Reference) -> Diagnostic | None:
    """arXiv's host named where the publisher stands, with no arXiv identifier and no thesis
    mark; looked for after the title, or after the names where no title was read."""
    if ref.arxiv is not None or ref.container is not None or ref.problem is not None:
        return None
    start = ref.title.span.end if ref.title is not None else ref.body_start
    host = _ARXIV_HOST.search(ref.text, start)
    if host is None or _THESIS.search(ref.text) or "arxiv" in ref.text.lower():
        return None
    return Diagnostic(
        Span(host.start(), host.end()),
        f"`{host.group()}` is arXiv's host, not a preprint's publisher: this reads as an arXiv "
        "preprint set out as a book; cite it by its arXiv identifier (`arXiv:1509.08552`)",
    )


# A body's name in a form it has never printed, common in lists, and the name it prints: ISO's
# (`International Standards Organization` is no name of the International Organization for
# Standardization, whatever its initials suggest)
_MISNAMED = ((pattern(r"\bInternational\s+Standards?\s+Organi[sz]ation\b"), "International "
    "Organization for Standardization"),)  # fmt: skip


def _misnamed_body(ref: Reference) -> Diagnostic | None:
    """A body named in a form of `_MISNAMED` where a body's name stands: opening the entry or
    after a mark, and closed by one (`International Standards Organization, Title`), not among a
    title's words."""
    for wrong, name in _MISNAMED:
        for found in wrong.finditer(ref.text, ref.body_start):
            before = ref.text[ref.body_start : found.start()].rstrip()
            opens = not before or before[-1] in ".,:;]"  # (`]`: after the entry's label)
            if not opens or not _CLOSED.match(ref.text, found.end()):
                continue
            return Diagnostic(
                Span(found.start(), found.end()),
                f"`{found.group()}` is not the body's name: it names itself `{name}`",
                fix=Fix.unsafe(
                    Edit(Span(found.start(), found.end()), name), message=f"Write `{name}`"
                ),
            )
    return None


_CLOSED = pattern(r"\s*(?:[.,;:(]|$)")


@rule(
    code="RL524",
    name="publisher-name-form",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A publisher's name in a form it does not print: a catalogue's, or in lower case",
)
def publisher_name_form(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a publisher or issuing body named in a form the body never prints: a catalogue's name
    for the house (`Springer Science & Business Media`, for Springer; the ACM Digital Library's
    `Addison-Wesley Longman Publishing Co., Inc.`, for Addison-Wesley), or an English ministry,
    department or institute with the words of its name in lower case (`Ministry of climate change
    and environment`), perhaps run into its country with a hyphen (`water-United Arab Emirates`),
    or a house whose name is capitalised but for its house word (`Academic press`, `Ellis Horwood
    publishers`).

    ## Why is this bad?
    The publisher is named as it names itself: a catalogue's label or a name in lower case tells
    the reader the entry was copied, not checked, and a library search for it finds nothing.

    ## Example
        1. Bleakley A, Bligh J. Medical education for the future. Dordrecht: Springer Science &
           Business Media; 2011.
        2. MOCCAE. National climate change plan of the United Arab Emirates 2017-2050. Ministry
           of climate change and environment, 2017.

    Use instead:
        1. Bleakley A, Bligh J. Medical education for the future. Dordrecht: Springer; 2011.
        2. MOCCAE. National climate change plan of the United Arab Emirates 2017-2050. Ministry
           of Climate Change and Environment, 2017.

    A publisher read whole that has lost its capitals, as citation exports lower it, is flagged
    too: a house of the table in lower case throughout (`sage, 1988.`; not a house that prints
    its own name so, `transcript`), or a house known by its initials printed as a word (`Ieee,
    2018.` for `IEEE`).

    A house's name with one of its words split in two (`West View Press`), two run together
    (`DeGruyter`), its `&` lost between two words (`W. W. Norton Company`, as a BibTeX export
    drops an unescaped `&`), or its words in capitals throughout where it stands as the publisher
    (`DE GRUYTER SAUR`; not a body in capitals as an author or editor, ABNT's `In: WORLD BANK
    (ed.)`), is flagged too, for the houses reference lists cite most. So are a library
    catalogue's imprint, the place printed before the house repeated at the end of its name
    (`Berlin, Heidelberg: Springer Berlin Heidelberg`; one town only after a house of the table,
    since a body may be named after its town, `Salzburg: Stadtarchiv Salzburg`), a book
    catalogue's company form written out (`O’Reilly Media, Incorporated`), and a body named in a
    form it has never printed (`International Standards Organization` for ISO, the International
    Organization for Standardization), wherever the entry names it but its title. A preprint
    "published by Cornell University", arXiv's host, with no arXiv identifier, is told to give it.

    ## Limitations
    Only the publisher, or where the grammar read none the words between the title and the year
    or address, are looked at; the same words in a title are left alone. Names in lower case are
    looked for in English only (a French `ministère de la Santé` keeps its lower case by its own
    rules), and only where a content word follows `of` or `for` (`Ministry of climate`), and no
    figure or price follows in the name (`Board of trustees increases tuition to $12,996` is a
    newspaper's headline). A house's name printed split (`West View Press` for `Westview Press`)
    or without its `&` is found only for the houses and bodies of a table of those cited most
    (`houses.txt`).
    """
    misnamed = _misnamed_body(ref)
    if misnamed is not None:
        yield misnamed
        return
    for slip in slips(ref):
        if slip.split:
            yield Diagnostic(
                slip.span,
                f"`{slip.printed}` is not the house's name: it prints `{slip.name}`, in one word",
            )
            return
        said = {
            AMPERSAND: "has lost the house's `&`",
            JOINED: "runs the house's words together",
            CAPITALS: "is in capitals, as a catalogue records it",
        }.get(slip.how)
        if slip.how == CAPITALS and not _as_publisher(ref, slip.span):
            continue  # a body in capitals as an author or editor (ABNT's `In: WORLD BANK (ed.)`)
        if said is not None:
            yield Diagnostic(
                slip.span,
                f"`{slip.printed}` {said}: it prints `{slip.name}`",
                fix=Fix.unsafe(Edit(slip.span, slip.name), message=f"Write `{slip.name}`"),
            )
            return
    host = _arxiv_host(ref) or _case_lost(ref) or _place_repeated(ref)
    if host is not None:
        yield host
        return
    stretch = _publisher_stretch(ref)
    if stretch is None:
        return
    for catalogue, house in _CATALOGUE_FORMS:
        found = catalogue.search(ref.text, stretch.start, stretch.end)
        if found is not None:
            yield Diagnostic(
                Span(found.start(), found.end()),
                f"`{found.group()}` is a book catalogue's name for the house, not one it "
                f"prints; write `{house}`",
            )
            return
    company = _INCORPORATED.search(ref.text, stretch.start, stretch.end)
    if company is not None:
        yield Diagnostic(
            Span(company.start(), company.end()),
            f"`{company.group()}` writes out the company's form as a book catalogue records it; "
            f"the house prints `{company['house']}` (or `Inc.`)",
        )
        return
    lowered = _HOUSE_WORD_LOWER.search(ref.text, stretch.start, stretch.end)
    if lowered is not None:
        name, word = lowered.group(), lowered["word"]
        yield Diagnostic(
            Span(lowered.start(), lowered.end()),
            f"the house's name `{name}` has `{word}` in lower case; write "
            f"`{lowered['name']}{word.capitalize()}`",
        )
        return
    found = _INSTITUTION.search(ref.text, stretch.start, stretch.end)
    if found is None or _NOT_A_NAME.search(found["rest"]):
        return
    name = found.group().rstrip(" ,")
    run_in = _RUN_IN.search(name)
    if run_in is not None:
        name = name[: run_in.start() + 1]
    extra = "; a comma, not a hyphen, sets off the country after it" if run_in else ""
    yield Diagnostic(
        Span(found.start(), found.start() + len(name)),
        f"the body's name `{name}` has its words in lower case; an institution's name is "
        f"capitalised as it prints it (`{found['head']} {found['joint']} "
        f"{found['word'].capitalize()} ...`)"
        f"{extra}",
    )


# A house named by its initials and its own word, then by its initials again (`SIAM Publications,
# SIAM`): the name printed twice. Initials only, three letters or more, so that a house and its
# city (`Oxford University Press, Oxford`) are not taken for it.
NAMED_TWICE = pattern(
    r"\b(?P<name>[A-Z][A-Z&]{2,})\s+(?:[A-Z][\w&-]*\s+){0,3}?"
    r"(?:Press|Publications?|Publishing|Publishers|Verlag|Books|Editora|Editions)"
    r"(?P<again>\s*,\s*(?P=name))(?![\w&-])"
)


# A house's whole name printed again after a comma or semicolon (`Cambridge University Press;
# Cambridge University Press`), as a record's publisher and its imprint are joined
WHOLE_TWICE = pattern(
    r"\b(?P<name>[A-Z][\w&’'-]*(?:\s+(?:of|[A-Z][\w&’'-]*)){0,5}\s+"
    r"(?:Press|Publications?|Publishing|Publishers|Verlag|Books|Editora|Editions))"
    r"(?P<again>\s*[;,]\s*(?P=name))(?![\w&-])"
)
# the house's words `NAMED_TWICE` needs, looked for first: most entries hold none
_HOUSE_WORDS = pattern(r"Press|Publi|Verlag|Books|Editora|Editions")
# a meeting's organisation by its initials after the meeting's name, then spelt out as the
# publisher after the place (`Conference, AIAA. Boston, MA: American Institute of Aeronautics and
# Astronautics`)
_SPONSOR_TWICE = pattern(
    r",\s+(?P<again>[A-Z]{3,6})\.\s+[A-Z][^:;]{1,40}:\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|and|for|the|&))+)"
)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


@rule(
    code="RL568",
    name="publisher-named-twice",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A publisher printed twice (`SIAM Publications, SIAM`)",
)
def publisher_named_twice(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a publisher named by its initials and its house's word, then by its initials again
    after a comma (`SIAM Publications, SIAM`, `CRC Press, CRC`), or named whole twice
    (`Cambridge University Press; Cambridge University Press`).

    ## Why is this bad?
    The publisher is named once. Printed twice, the second name reads as a place or a second
    publisher, and one of them was pasted from another record of the book.

    ## Example
        1. C. D. Meyer. Matrix analysis and applied linear algebra. SIAM Publications, SIAM,
           Philadelphia (2000).

    Use instead:
        1. C. D. Meyer. Matrix analysis and applied linear algebra. SIAM Publications,
           Philadelphia (2000).

    So is a meeting's organisation printed by its initials after the meeting's name and spelt
    out as the publisher (`Conference, AIAA. Boston, MA: American Institute of Aeronautics and
    Astronautics`), as a reference manager joins the sponsor and the publisher of a record.

    ## Limitations
    Only initials of three letters or more count as the name (`SIAM`, `CRC`, `IEEE`): a house
    and its city of one word (`Oxford University Press, Oxford`) are no repetition. Words in a
    title are left alone.
    """
    if ref.problem is not None or "," not in ref.text:
        return
    sponsor = _SPONSOR_TWICE.search(ref.text, ref.body_start)
    if sponsor is not None and _initials(sponsor["name"]) == sponsor["again"]:
        again = Span(sponsor.start("again"), sponsor.end("again"))
        yield Diagnostic(
            again,
            f"`{sponsor['again']}` is printed after the meeting's name and again as its publisher"
            f" (`{sponsor['name']}`); name it once",
        )
        return
    if not _HOUSE_WORDS.search(ref.text):
        return
    found = NAMED_TWICE.search(ref.text, ref.body_start) or WHOLE_TWICE.search(
        ref.text, ref.body_start
    )
    if found is None:
        return
    title = ref.title
    inside = title is not None and title.span.start <= found.start() < found.end() <= title.span.end
    if inside and title is not None and ref.text[found.end() : title.span.end].strip(" ,.;"):
        return  # inside the title, with more of it after: the title's own words
    again = Span(found.start("again"), found.end("again"))
    yield Diagnostic(
        again,
        f"the publisher is printed twice (`{found.group()}`); name it once "
        f"(`{ref.text[found.start() : again.start]}`)",
    )


# --- RL880: one publisher printed two ways in one list -------------------------------------------

# an imprint's publisher after its place and colon (`München: Friedrich Bruckmann’s Verlag.`):
# capitalised words and the little words between them, up to the mark that closes the imprint
_IMPRINT = pattern(
    r"(?<=[\w.)]):\s(?P<name>[A-Z][\w’'&-]*(?:\s(?:[A-Z][\w’'&-]*|[a-zäöü]{2,4}|&))*)"
    r"(?=\.\s|\.?$|[;,]\s|\s\()"
)
MAX_WORDS = 6  # a publisher's name; more words are a title or a sentence
MIN_WORD = 6  # a word shorter (`Press`, `Books`) may lose a letter and be another word


def _publishers(refs: Sequence[Reference]) -> set[str]:
    """The publishers the list writes out: as read, or after an imprint's colon."""
    names: set[str] = set()
    for ref in refs:
        start = ref.title.span.end if ref.title is not None else ref.body_start
        found = [m["name"] for m in _IMPRINT.finditer(ref.text, start)]
        if ref.publisher is not None:
            found.append(ref.publisher.text)
        for name in found:
            words = name.split()
            if (
                1 <= len(words) <= MAX_WORDS
                and "." not in name
                and not any(c.isdigit() for c in name)
            ):
                names.add(name)
    return names


def _variants(name: str) -> Iterator[tuple[str, tuple[str, ...], str, str, str]]:
    """Another form of `name`: a word another form must print and the words beside it (to find
    the entries that may hold it without searching every entry), its pattern, what the form
    did, and the word it did it to. A long word is cut to a stem and a period in a name of two
    words or more (`Verl.` for `Verlag`), or printed without its last letter (`Weidman`). A
    cut form is keyed by its first three letters and the period and by the longest other word
    (`Ver.Wissenschaft`, see `_keys`): keyed by either alone (`Press`, `Pub.`), every entry
    printing it was a candidate for every publisher sharing it, work that grew with the square
    of the list."""
    words = name.split()
    for i, word in enumerate(words):
        if len(word) < MIN_WORD or not word.replace("-", "").isalpha():
            continue
        others = (*words[:i], *words[i + 1 :])
        before = [re.escape(w) for w in words[:i]]
        after = [re.escape(w) for w in words[i + 1 :]]
        forms = [(re.escape(word[:-1]), "a letter lost", word[:-1])]
        if others and word.isalpha():
            cut = rf"{re.escape(word[:3])}\w{{0,{len(word) - 5}}}\."
            forms.append((cut, "cut short", f"{word[:3]}.{max(others, key=len)}"))
        for form, what, key in forms:
            body = r"\s".join([*before, form, *after])
            yield key, others, rf"(?<![\w’'-]){body}(?![\w’'-])", what, word


_TOKEN = pattern(r"[\w’'&-]+")
# a word after the form: a longer phrase (`Biometric Systems` beside the title word `Biometrics`),
# another name or the title's words, not the publisher a letter short
_RUNS_ON = pattern(r"\s+[^\W\d_]")


def _keys(text: str, start: int) -> tuple[set[str], list[str]]:
    """The words of `text` from `start`, and what `_variants` keys its forms by: each word, and
    the first three letters and the period of each word of three letters or more followed by a
    period, joined to each word (`Verl.` and `Wissenschaft` give `Ver.Wissenschaft`). A cut form
    begins after any mark but a letter, `’`, `'` or `-`, so after an `&` too."""
    words: set[str] = set()
    cuts: set[str] = set()
    for found in _TOKEN.finditer(text, start):
        words.add(found.group())
        stem = found.group().rsplit("&", 1)[-1]
        if len(stem) >= 3 and text.startswith(".", found.end()):
            cuts.add(stem[:3] + ".")
    return words, [*words, *(cut + word for cut in cuts for word in words)]


@list_rule(
    code="RL880",
    name="publisher-two-ways",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A publisher the list writes out printed elsewhere cut short or a letter short",
)
def publisher_two_ways(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a publisher printed in another form than the one the same list writes out in another
    entry: with a word cut to its first letters and a period (`Verl. für Kunst und Wissenschaft`
    beside `Verlag für Kunst und Wissenschaft`, `Friedr. Bruckmann’s` beside `Friedrich
    Bruckmann’s`), or with a long word short of its last letter (`Olms-Weidman` beside
    `Olms-Weidmann`, `Open Book Publisher` beside `Open Book Publishers`). A form wholly inside
    the title is left alone, and so is one in a journal's name (`Bull World Health Organ`), and
    a word a letter short that runs on into another (`Biometric Systems` beside `Biometrics`).
    It also flags a name printed without its article (`World Bank.`) where three entries or
    more, and twice as many as print it bare, print it with one (`The World Bank.`).

    ## Why is this bad?
    A house is named one way throughout a list. A cut word is a library catalogue's form copied
    with the record; a lost letter is a slip. Either way the reader sees two publishers where
    there is one.

    ## Example
        1. Semper G. Die textile Kunst. Frankfurt am Main: Verlag für Kunst und Wissenschaft;
           1860.
        2. Semper G. Keramik und Tektonik. Frankfurt am Main: Verl. für Kunst und Wissenschaft;
           1863.

    Use instead:
        1. Semper G. Die textile Kunst. Frankfurt am Main: Verlag für Kunst und Wissenschaft;
           1860.
        2. Semper G. Keramik und Tektonik. Frankfurt am Main: Verlag für Kunst und Wissenschaft;
           1863.

    ## Limitations
    Only a publisher the list writes out somewhere after a place and colon, or that the grammar
    read, is known; a name cut to one word (`Bruckmann` for `Friedrich Bruckmann’s Verlag`) and
    a catalogue's form no other entry writes out are not found. Words of five letters or fewer
    are not compared: one letter short, `Press` or `Books` may be another word.
    """
    names = _publishers(refs)
    if not names:
        return
    yield from _article_dropped(refs, names)
    index: dict[str, list[tuple[str, tuple[str, ...], str, str, str]]] = {}
    for name in sorted(names):
        for key, others, form, what, word in _variants(name):
            index.setdefault(key, []).append((name, others, form, what, word))
    for ref in refs:
        tokens, keys = _keys(ref.text, ref.body_start)
        title = ref.title.span if ref.title is not None else Span(0, 0)
        # a journal's name abbreviates its words (`Bull World Health Organ`): no publisher's form
        journal = ref.container.span if ref.container is not None else Span(0, 0)
        persons = [e.span for e in ref.editors or ()]  # (`Molineaux, Benjamin (eds.)`: a name)
        candidates = [v for k in keys for v in index.get(k, ()) if tokens.issuperset(v[1])]
        for name, _, form, what, word in sorted(candidates):
            if what == "cut short" and not _stem_among(tokens, word):
                continue
            found = next(
                (
                    m
                    for m in re.compile(form).finditer(ref.text, ref.body_start)
                    if m.end() > title.end
                    and not journal.start <= m.start() < journal.end
                    and not any(p.start <= m.start() < p.end for p in persons)
                    and not (what == "a letter lost" and _RUNS_ON.match(ref.text, m.end()))
                ),
                None,
            )  # a form wholly inside the title is the title's own words
            if found is None or not _stem_of(found.group(), word):
                continue
            yield Diagnostic(
                Span(found.start(), found.end()),
                f"publisher printed `{found.group()}` (`{word}` {what}), where the list writes "
                f"`{name}`; name it one way",
                ref=ref,
            )
            break


MIN_WITH_ARTICLE = 3  # entries printing `The World Bank` before its bare form is the odd one


def _article_dropped(refs: Sequence[Reference], names: set[str]) -> Iterator[Diagnostic]:
    """A publisher printed without the article the list prints before it (`World Bank.` where
    three entries or more, and twice as many as print it bare, close with `The World Bank.`)."""
    for name in sorted(n for n in names if n.startswith("The ") and len(n.split()) >= 3):
        with_the = re.compile(rf"(?<![\w’'-]){re.escape(name)}(?=\s*[.,;]|\s*$)")
        bare = re.compile(
            rf"(?<![\w’'-])(?<!the\s)(?<!The\s){re.escape(name[4:])}(?=\s*[.,;]|\s*$)"
        )
        full, odd = 0, []
        for ref in refs:
            start = ref.title.span.end if ref.title is not None else ref.body_start
            journal = ref.container.span if ref.container is not None else Span(0, 0)
            if any(
                not journal.start <= m.start() < journal.end
                for m in with_the.finditer(ref.text, start)
            ):
                full += 1
            found = [
                m
                for m in bare.finditer(ref.text, start)
                if not journal.start <= m.start() < journal.end
            ]
            odd += [(ref, m) for m in found[:1]]
        if full < MIN_WITH_ARTICLE or full < 2 * len(odd):
            continue
        for ref, m in odd:
            yield Diagnostic(
                Span(m.start(), m.end()),
                f"publisher printed `{m.group()}` without its article, where {full} entries "
                f"print `{name}`; name it one way",
                ref=ref,
            )


def _stem_among(tokens: set[str], word: str) -> bool:
    """Whether a word of the entry may be `word` cut short (`Verl` for `Verlag`), before the
    pattern that asks for its period is compiled."""
    return any(t.startswith(word[:3]) and len(t) <= len(word) - 2 for t in tokens)


def _stem_of(printed: str, word: str) -> bool:
    """Whether the cut word in `printed` (the one before a period) begins `word`."""
    if "." not in printed:
        return True
    cut = printed.split(".")[0].split()[-1]
    return word.startswith(cut)
