"""Marks damaged inside a title (RL591-RL595): a space before a closing mark (`in vitro .`), no
space after a subtitle's colon (`VarEPS-Influ:an`), a hyphen where the title has a dash
(`ELM-the Eukaryotic Linear Motif resource`), two titles run together (`doctorsCommentary`), a
footnote symbol left at a title's end (`Study✰`).

Each is a copy editor's fix on an entry that still reads. Each pattern is narrow, and guarded by
what the list itself prints (French lists space before `:` and `?`) and by what the words are
(English words on both sides, not a name, a product, a chemical or a programming term), so that a
right title in any style never matches it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from refslint.api import (
    MONTHS,
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

from .spelling import english_words, reads_as_english

# how far past the grammar's title its closing marks reach (`in vitro .`, `Study✰,”`)
_CLOSING = pattern(r"(?:[\s\")\]]|[”’]{1})*[.,:;?!]?")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _region(ref: Reference) -> tuple[int, int] | None:
    """Where the entry's title is printed, with the marks that close it; None where the grammar
    read no names before it (the names themselves may then have been read as the title)."""
    if ref.title is None or ref.authors_span is None:
        return None
    start, end = ref.title.span.start, ref.title.span.end
    if start < ref.authors_span.end:
        return None
    closing = _CLOSING.match(ref.text, end)
    return start, closing.end() if closing else end


def _english(ref: Reference) -> bool:
    """Whether the title reads as English (a title too short to tell counts as English only
    where the words the dictionary knows are all of it)."""
    assert ref.title is not None
    return bool(reads_as_english(ref.title.text, english_words()))


# --- RL591: a space before a closing mark ---------------------------------------------------------

# a word (or its closing bracket or quote), a space, a mark, then the element goes on or ends; not
# a number (`16 , 578`, a volume the grammar took into the title), a placeholder (`___ .`), an
# ellipsis (`word ...`, `word . . .`), a decimal (`of .05`) or a name that starts with a period
# (`.NET`)
_SPACED_MARK = pattern(
    r"(?<=[^\W\d_)\]”’\"])(?P<space>[ \t]+)(?P<mark>[.,:;?!])(?=[\s\")\]]|[”’]{1}|$)"
)
_SPACED_LOW = pattern(r"(?<=(?:[\w)\]\"]|[”’]{1}))[ \t]+[.,](?=[\s\")\]]|[”’]{1}|$)")
_SENTENCE = pattern(r"\.\s+[A-Z]")
_BARE_MARK = pattern(r"(?<=(?:[\w)\]\"]|[”’]{1}))(?P<mark>[.,:;?!])(?=[\s\")\]]|[”’]{1}|$)")
_SPACED_COLON_ANY = pattern(r"[^\W\d_] : [^\W\d_]")
# the marks French sets off with a space (`Titre : sous-titre`), learnt from the list
_HIGH = frozenset(":;?!")
# a mark's spaced form is the list's own where at least this share of its uses are spaced
FRENCH_SHARE = 0.2
# a list that spaces a period or a comma in this share of its entries (`Science 258 , 1474`, as a
# physics list may), and in three entries or more, does it on purpose
HABIT_SHARE = 0.1
HABIT_ENTRIES = 3


def _spaced(ref: Reference) -> list[re.Match[str]]:
    region = _region(ref)
    if region is None:
        return []
    found = []
    for m in _SPACED_MARK.finditer(ref.text, *region):
        after = ref.text[m.end() : m.end() + 3].lstrip()
        if m.group("mark") == "." and after.startswith("."):
            continue  # a spaced ellipsis
        if _SENTENCE.search(ref.text, region[0], m.start()):
            break  # the grammar's title may hold the journal (`Leukemia : official journal`)
        found.append(m)
    return found


def _spaces_low_marks(ref: Reference) -> bool:
    """Whether the entry sets a space before a period or a comma anywhere in its body."""
    return any(
        not ref.text[m.end() : m.end() + 3].lstrip().startswith(".")
        for m in _SPACED_LOW.finditer(ref.text, ref.body_start)
    )


def _bare(ref: Reference) -> Counter[str]:
    region = _region(ref)
    if region is None:
        return Counter()
    return Counter(m.group("mark") for m in _BARE_MARK.finditer(ref.text, *region))


@list_rule(
    code="RL591",
    name="space-before-mark",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A space before a title's closing period, comma, colon or question mark (`in vitro .`)",
    fixable=True,
)
def space_before_mark(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a space between a title's last word and the period, comma, colon, semicolon, question
    or exclamation mark after it (`in vitro .`, `cells , and`). A list that sets a space before
    `:`, `;`, `?` and `!`, as French typography does (`Titre : sous-titre`), is its own style:
    where two or more and a fifth or more of the list's titles' colons (or question marks) are
    spaced, or where the list quotes titles in spaced guillemets (`« Titre »`), those are left
    alone, and so are colons where a fifth of the list's entries space one anywhere (GOST's
    `Title : PhD thesis`, `М. : Наука`), and so is a title that does not read as English; a list
    that spaces a period or a comma in a tenth of its entries or more (`Science 258 , 1474`) is
    left alone too. An ellipsis
    (`word ...`) and a decimal (`of .05`) are not marks closing a word.

    ## Why is this bad?
    The space was left where a word was deleted or a field was joined; the mark then starts a
    line of its own when the entry wraps.

    ## Example
        1. Liu M, Liu J, Liang Z. CAR-macrophages and CAR-T cells kill tumor cells in vitro .
           Cells. (2022) 11(22):3692.

    Use instead:
        1. Liu M, Liu J, Liang Z. CAR-macrophages and CAR-T cells kill tumor cells in vitro.
           Cells. (2022) 11(22):3692.

    ## Fix safety
    Safe: the space before the mark is removed.
    """
    spaced = {id(ref): _spaced(ref) for ref in refs}
    counts: Counter[str] = Counter()
    bare: Counter[str] = Counter()
    for ref in refs:
        counts.update(m.group("mark") for m in spaced[id(ref)])
        bare.update(_bare(ref))
    guillemets = any("« " in ref.text for ref in refs)  # French typography (`« Titre »`)
    # GOST's ` : ` between a title and its other information and between place and publisher
    # (`Title : PhD thesis`, `М. : Наука`): a list that spaces colons anywhere does it on purpose
    colons = sum(1 for ref in refs if _SPACED_COLON_ANY.search(ref.text, ref.body_start))
    colon_habit = colons > 1 and colons >= FRENCH_SHARE * len(refs)
    habit = sum(1 for ref in refs if _spaces_low_marks(ref))
    low_habit = habit >= max(HABIT_ENTRIES, HABIT_SHARE * len(refs))
    for ref in refs:
        for m in spaced[id(ref)]:
            mark = m.group("mark")
            if mark not in _HIGH and low_habit:
                continue
            french = counts[mark] > 1 and counts[mark] >= FRENCH_SHARE * (counts[mark] + bare[mark])
            if mark == ":" and colon_habit:
                continue
            if mark in _HIGH and (french or guillemets or not _english(ref)):
                continue
            word_start = ref.text.rfind(" ", 0, m.start()) + 1
            printed = ref.text[word_start : m.end()]
            yield Diagnostic(
                Span(m.start(), m.end()),
                f"space before `{mark}` in the title (`{printed}`); "
                f"expected `{printed.replace(m.group('space') + mark, mark)}`",
                fix=Fix.safe(Edit(Span(*m.span("space")), ""), message="Remove the space"),
                ref=ref,
            )


# --- RL592: no space after a subtitle's colon -----------------------------------------------------

# a word of three letters or more, a colon, and a lower-case word (or an article) going on with a
# space: not a ratio or a time (`1:2`, `10:30`), a chemical or genetic notation (`Ca:Mg`,
# `BCR:ABL`, `Ti:sapphire`, `HLA-A*02:01`), a verse (`John 3:16`), a scheme (`doi:10.1`,
# `urn:nbn:de`), a C++ name (`std::vector`)
_GLUED_COLON = pattern(
    r"(?<!(?:[\w:/.=@#*'-]|’{1}))(?P<left>(?:[\w'-]|’{1})*(?<=[^\W\d_]{3})):(?P<right>[a-z]+|A|An|The)"
    r"(?=\s(?:[\w\"(]|[“‘]{1}))"
)
_SPACED_COLON = pattern(r"(?<=(?:[\w)\]\"]|[”’]{1})):\s")
_SCHEMES = _wordset(
    "doi urn hdl isbn issn pmid pmcid arxiv http https ftp mailto file data tel orcid ark"
)


def _glued_colons(ref: Reference) -> list[re.Match[str]]:
    region = _region(ref)
    if region is None:
        return []
    found = []
    for m in _GLUED_COLON.finditer(ref.text, *region):
        if m.group("left").rsplit("-", 1)[-1].lower() in _SCHEMES:
            continue
        right = m.group("right")
        if right.islower() and right not in english_words():
            continue  # `gag:pol`, `xmlns:xlink`: a notation, not a subtitle's first word
        found.append(m)
    return found


@list_rule(
    code="RL592",
    name="no-space-after-colon",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="No space after the colon before a title's subtitle (`VarEPS-Influ:an update`)",
    fixable=True,
)
def no_space_after_colon(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a colon that joins a word to the English word after it with no space, where the colon
    opens a subtitle (`VarEPS-Influ:an update`), in a list whose other titles set a space after
    their colons. Ratios and times (`1:2`, `10:30`), verses (`John 3:16`), chemical and genetic
    notation (`Ca:Mg`, `Ti:sapphire`, `BCR:ABL`, `HLA-A*02:01`), identifiers and links
    (`doi:10.1`, `urn:nbn:de`) are left alone, and so is a list that writes no space after a
    title's colon anywhere else.

    ## Why is this bad?
    The space was lost when the title was typed or pasted; the subtitle's first word reads as
    part of the name before it.

    ## Example
    Two titles set the list's space after a colon, the third leaves it out:

        1. Cui C, Zhong B. HMDD v4.0: a database for microRNA-disease associations. Nucleic
           Acids Res. 2024;52:D1-9.
        2. Zhang Y, Liu X. INTEDE 2.0: the metabolic roadmap of drugs. Nucleic Acids Res.
           2024;52:D30-9.
        3. Shu C, Sun Q. VarEPS-Influ:an evaluation system of influenza virus genomes. Nucleic
           Acids Res. 2024;52:D10-9.

    Use instead:
        1. Cui C, Zhong B. HMDD v4.0: a database for microRNA-disease associations. Nucleic
           Acids Res. 2024;52:D1-9.
        2. Zhang Y, Liu X. INTEDE 2.0: the metabolic roadmap of drugs. Nucleic Acids Res.
           2024;52:D30-9.
        3. Shu C, Sun Q. VarEPS-Influ: an evaluation system of influenza virus genomes. Nucleic
           Acids Res. 2024;52:D10-9.

    ## Fix safety
    Safe: a space is put after the colon.
    """
    glued = {id(ref): _glued_colons(ref) for ref in refs}
    if not any(glued.values()):
        return
    spaced = 0
    for ref in refs:
        region = _region(ref)
        if region is not None:
            spaced += len(_SPACED_COLON.findall(ref.text, *region))
    unspaced = sum(len(found) for found in glued.values())
    if spaced <= unspaced:
        return  # the list's own way, or too few colons to tell
    for ref in refs:
        if not glued[id(ref)] or not _english(ref):
            continue
        for m in glued[id(ref)]:
            colon = m.end("left")
            printed = ref.text[m.start() : m.end()]
            yield Diagnostic(
                Span(colon, colon + 1),
                f"no space after the colon in the title (`{printed}`); expected "
                f"`{m.group('left')}: {m.group('right')}`",
                fix=Fix.safe(Edit(Span(colon + 1, colon + 1), " "), message="Space the colon"),
                ref=ref,
            )


# --- RL593: a hyphen where the title has a dash ---------------------------------------------------

# a name or word, a hyphen, then a little word that opens a clause of its own, and a space: not a
# compound whose little word is joined on (`state-of-the-art`, `up-to-the-minute`, `one-a-day`)
# (not `how`: `know-how`; not `and`, `or`: suspended compounds, `pre-and postnatal care`); a
# capitalised `An` or `The` opens a subtitle (`a PICU-An interview study`), while a capital `A` may
# be a designator (`Aurora-A kinase`)
_CLAUSE_WORDS = "the|a|an|what|why|when|where|which|who|from|towards|toward|An|The"
_HYPHEN_CLAUSE = pattern(
    rf"(?<=[\w)])(?<![\s(]\w)(?P<hyphen>-)(?P<word>{_CLAUSE_WORDS})\s(?P<next>(?:[\w'-]|’{1})+)"
)
# an edition year after a hyphen (`resource-2024 update`)
_HYPHEN_UPDATE = pattern(
    r"(?<=[a-z]{3})(?P<hyphen>-)(?P<word>(?:19|20)\d\d)\s(?P<next>update|edition|release|revision)\b"
)
# an acronym joined by a hyphen to the words it stands for (`PAUP*-Phylogenetic Analysis Using
# Parsimony`, `ELM-Eukaryotic Linear Motif`): the name and its expansion, which a dash sets apart
_ACRONYM_HYPHEN = pattern(
    r"(?<![\w-])(?P<acronym>[A-Z]{3,8})\*?(?P<hyphen>-)(?P<word>[A-Z][a-z]+)(?![\w-])"
)
_EXPANSION = pattern(r"[^\W\d_][\w'’]*")
# little words an expansion may leave out of its acronym (`Basic Local Alignment Search Tool`
# spells BLAST, `Quality of Life` QOL or QL)
_EXPANSION_SKIPS = _wordset("of and the for in on to with by a an")
# a letter after a hyphen may be a designator (`vitamin-a`, `hepatitis-a`, `type-a`) or a Greek
# letter written out (`TNF-a`, `PPAR-a` for `TNF-α`): `a` and `an` are taken as articles only after
# a capitalised word (`Open Genes-a new database`), not after a common word or a gene's symbol
_NAME = pattern(r"[A-Z][a-z]+")

# a hyphen with a space on each side between two words of a title (`children - Part I`,
# `(CPQ11-14) - short forms`, `diabetes - 2016`)
_SPACED_HYPHEN = pattern(
    r"(?<!\S)(?P<left>\S*[^\W_][)\]]?)(?P<hyphen>[ \t]+-(?:[ \t]+(?=[(\[]?[^\W_])|(?=[^\W\d_]{2})))"
    r"[(\[]?(?P<word>[^\W_]+)"
)
# (or spaced before it alone: `(AUQEI -Autoquestionnaire`; spaced after it alone, it ends a
# suspended compound: `pre- and post-operative`); a range of numbers or months (`1990 - 2000`,
# `December 2021 - April 2022`, `4364.0 - National` starts with a catalogue number), a minus
# between symbols (`x - y`) and compounds (below) keep their hyphen
# no dash follows a conjunction: after one, a spaced hyphen opens a suspended compound's second
# part whose space crept in (`Onlineservices und - Portale` for `und -portale`)
_CONJUNCTIONS = _wordset(
    "and or nor und oder sowie bzw en of och eller og ou et ve veya dan atau или"
)
_DASHES = frozenset("–—―‒")
_HYPHEN_RANGE = pattern(r"\d-\d")
_NUMBER = pattern(r"[\d.,:/]+")
# a compound whose hyphen picked up spaces (`anti - inflammatory`, `dose - dependent`, as text
# taken from a PDF prints it) is no dash: its first part is a prefix, or its second a word that
# makes compounds
_PREFIXES = _wordset(
    "anti non pre post co re self multi inter intra semi sub super ultra micro macro nano mono bi "
    "tri poly pseudo neo extra trans cross well long short high low full half mid over under out "
    "up down all ex"
)
_SECOND_PARTS = _wordset(
    "based related dependent induced like specific free term scale wide derived associated "
    "mediated driven resistant positive negative sensitive friendly oriented centred centered "
    "level"
)
# two hyphens between words, TeX's and a typewriter's dash (`BLAT--the BLAST-like`, `decay -- a`);
# between numbers they join a range, RL802's
_DOUBLE_HYPHEN = pattern(r"(?<=[^\W\d_])(?P<hyphens>--| -- )(?!-)(?P<word>[^\W\d_]+)")
# a list types its dashes as hyphens where it prints no dash anywhere and at least this many
# ranges of numbers joined by a hyphen
HYPHEN_RANGES = 3


def _hyphen_dashes(ref: Reference) -> Iterator[re.Match[str]]:
    region = _region(ref)
    if region is None:
        return
    text = ref.text
    for m in _HYPHEN_CLAUSE.finditer(text, *region):
        word = m.group("word")
        before = text[text.rfind(" ", 0, m.start()) + 1 : m.start()]
        if word in ("a", "an") and not _NAME.fullmatch(before.rsplit("-", 1)[-1]):
            continue
        if len(before.rsplit("-", 1)[-1]) < 2:
            continue  # `X-the`: a letter's designator
        yield m
    yield from _HYPHEN_UPDATE.finditer(text, *region)
    for m in _ACRONYM_HYPHEN.finditer(text, *region):
        if _spells(m.group("acronym"), text, m.start("word"), region[1]):
            yield m


def _spells(acronym: str, text: str, start: int, end: int) -> bool:
    """Whether the words from `start` open with the acronym's letters, one word a letter (little
    words may be left out of it, as `Basic Local Alignment Search Tool` leaves none)."""
    letters = acronym.lower()
    at = 0
    for m in _EXPANSION.finditer(text, start, end):
        word = m.group()
        if word[0].lower() == letters[at]:
            at += 1
            if at == len(letters):
                return True
        elif word.lower() not in _EXPANSION_SKIPS:
            return False
    return False


def _types_dashes_as_hyphens(refs: Sequence[Reference]) -> bool:
    """Whether the list sets every dash as a hyphen: no en or em dash anywhere, and ranges of
    numbers joined by hyphens. A list that prints dashes somewhere chose its marks (F1000's
    lists print `Hemp food products - an update` beside `481–490`) and is left alone."""
    ranges = 0
    for ref in refs:
        if not _DASHES.isdisjoint(ref.text):
            return False
        ranges += len(_HYPHEN_RANGE.findall(ref.text))
    return ranges >= HYPHEN_RANGES


# ranges of numbers joined by an en dash (`481–490`): a list with most of its ranges so printed
# had a dash to hand
_DASH_RANGE = pattern(r"\d[–—]\d")
# the share of a list's ranges printed with a dash for the list to count as printing dashes
DASH_RANGES_SHARE = 0.8


def _without_links(ref: Reference) -> str:
    """The entry's text with its links and identifiers blanked out (`s41598-020-79816-8` is no
    range of numbers)."""
    text = ref.text
    for field in (ref.doi, *ref.urls):
        if field is not None:
            start, end = field.span.start, field.span.end
            text = text[:start] + " " * (end - start) + text[end:]
    return text


def _prints_dashes(refs: Sequence[Reference]) -> bool:
    """Whether the list prints its ranges with a dash (`31–38`): at least `HYPHEN_RANGES` of
    them, and most of its ranges. A list that mixes the two (`5-17` beside a stray `481–490`)
    typed its marks with no dash to hand and is not judged by this."""
    dashes = hyphens = 0
    for ref in refs:
        text = _without_links(ref)
        dashes += len(_DASH_RANGE.findall(text))
        hyphens += len(_HYPHEN_RANGE.findall(text))
    return dashes >= HYPHEN_RANGES and dashes >= DASH_RANGES_SHARE * (dashes + hyphens)


def _lone_subtitle_hyphen(refs: Sequence[Reference]) -> tuple[Reference, re.Match[str]] | None:
    """The one spaced hyphen of a list that prints dashes, where a capital opens the words after
    it (`New Research - Country Report`, `voice analysis - An EEG validation study`): the title's
    dash typed as a hyphen. Two or more are the list's own form (F1000's `Hemp food products - A
    problem?` beside `- an update`), and a word after a bracket may go on the name in it
    (`(TILs) - lifileucel`): both are left alone, but an article opening a clause after it
    (`discovery rate - a practical approach`) is the subtitle's first word, as is any word
    after the title's first word alone (`Adrenoleukodystrophy - neuroendocrine pathogenesis`),
    a head set off, and a word in lower case after a word (`mitochondrial DNA - relevance`)."""
    found = [(ref, m) for ref in refs for m in _spaced_hyphens(ref)]
    if len(found) != 1:
        return None
    ref, m = found[0]
    word = m.group("word")
    if word in _ARTICLES and ref.text.startswith(" ", m.end()):
        return ref, m
    assert ref.title is not None
    left = m.group("left")
    if (
        m.start("left") == ref.title.span.start
        and left[0].isupper()
        and min(map(len, (left, word))) > 3
    ):
        # the title's first word set off as its head (`Adrenoleukodystrophy - neuroendocrine`);
        # short words either side are as often two names joined (`Sap - nec reference`)
        return ref, m
    if word[0].isupper() and (not word.isupper() or (len(word) > 3 and left[-1:].islower())):
        return ref, m  # `Country Report`; a word in capitals after a word in lower case opens
        # a part (`Principles - FINAL`), after another it may pair with it (`HIV - AIDS`)
    # a word in lower case after a word (not a bracket: `(TILs) - lifileucel` may go on the
    # name) opens the subtitle (`mitochondrial DNA - relevance for blood pressure`); two short
    # words are as often two names joined (`Sap - nec`)
    lower = word.isalpha() and word.islower() and left[-1:].isalpha()
    return (ref, m) if lower and max(len(left), len(word)) > 3 else None


_ARTICLES = frozenset(("a", "an", "the"))


def _spaced_hyphens(ref: Reference) -> Iterator[re.Match[str]]:
    if ref.title is None:
        return
    # an entry with no names (a web page, a report) has its title first: no names to mistake
    region = _region(ref) or (ref.title.span.start, ref.title.span.end)
    yield from _spaced_hyphens_in(ref, ref.text, region)


def _spaced_hyphens_in(
    ref: Reference, text: str, region: tuple[int, int]
) -> Iterator[re.Match[str]]:
    """The spaced hyphens between two words of `text` within `region` (a title, or the words
    after the names of an entry whose title was not read), ranges and compounds left out."""
    for m in _SPACED_HYPHEN.finditer(text, *region):
        left, right = m.group("left").strip("()[]"), m.group("word")
        if _NUMBER.fullmatch(left) and (
            _NUMBER.fullmatch(right) or right.lower() in MONTHS or m.start("left") == region[0]
        ):
            continue  # `1990 - 2000`, `2021 - April`, `4364.0 - National`; not `Binder 2.0 - A`
        if left.lower() in MONTHS and right.lower() in MONTHS:
            continue  # `January - March 2020`
        if len(left) == 1:
            continue  # `x - y`: a minus; `T - cell`, `X - ray`: a compound's hyphen spaced
        if left.lower() in _PREFIXES or right in _SECOND_PARTS:
            continue  # `anti - inflammatory`, `age - related`: a compound's hyphen spaced
        if left.lower() in _CONJUNCTIONS:
            continue  # `Onlineservices und - Portale`: a suspended compound's second part
        if _town_and_state(text, m):
            continue  # `em Salvador - Bahia:`: a town and its state, as Portuguese writes them
        yield m


def _untitled_spaced_hyphens(ref: Reference) -> Iterator[Diagnostic]:
    """Spaced hyphens between words in an entry whose title the grammar could not find, in a
    list that types its dashes as hyphens (`[SOH+98] M. Snir ... MPI - The Complete Reference
    Volume 1, The MPI Core, ...`; `Workshop on Virus Evolution - Face-to-face Workshop
    [Internet]`): read after the names (from the start where none were read), links blanked."""
    text = _without_links(ref)
    start = ref.authors_span.end if ref.authors_span is not None else 0
    for m in _spaced_hyphens_in(ref, text, (start, len(text))):
        if "  " in m.group("hyphen") or _MACHINE_WORD.search(text, m.start("left"), m.end("word")):
            continue  # beside an address (blanked) or in one
        hyphen = text.index("-", m.start("hyphen"))
        printed = text[m.start("left") : m.end("word")]
        yield Diagnostic(
            Span(hyphen, hyphen + 1),
            f"spaced hyphen where the title has a dash (`{printed}`), in a list that prints "
            f"no dash; expected `{m.group('left')}—{m.group('word')}`",
            fix=Fix.unsafe(Edit(Span(*m.span("hyphen")), "—"), message="Write an em dash"),
            ref=ref,
        )


# a capitalised word alone after a word in lower case, and another alone before a mark that
# closes the clause: a town and its state or country (`em Salvador - Bahia:`, `in Campinas - SP,`)
_AFTER_LOWER = pattern(r"(?<![^\W\d_])[a-zß-ÿ][^\W\d_]*\s+$")
_CAPITALISED = pattern(r"[A-ZÀ-Þ][^\W\d_]*")
_CLAUSE_CLOSES = pattern(r"\s*[:,;.)]|\s*$")


def _town_and_state(text: str, m: re.Match[str]) -> bool:
    left, word = m.group("left"), m.group("word")
    before = text[max(0, m.start() - 40) : m.start()]
    return (
        _CAPITALISED.fullmatch(left) is not None
        and _CAPITALISED.fullmatch(word) is not None
        and _AFTER_LOWER.search(before) is not None
        and _CLAUSE_CLOSES.match(text, m.end()) is not None
    )


@list_rule(
    code="RL593",
    name="hyphen-for-dash",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A hyphen where a title has a dash (`ELM-the Eukaryotic Linear Motif resource`)",
    fixable=True,
)
def hyphen_for_dash(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a hyphen that joins a word to a little word opening a clause of its own: an article,
    a question word or `from` followed by a space (`ELM-the Eukaryotic Linear Motif
    resource`, `Open Genes-a new database`, `a PICU-An interview study`), an edition's year
    (`resource-2024 update`), or an acronym joined to the words it stands for, whose first
    letters spell it (`PAUP*-Phylogenetic Analysis Using Parsimony`, `BLAST-Basic Local
    Alignment Search Tool`; not `HIV-Associated Neurocognitive Disorders`), in an English
    title. Compounds whose little word is joined on both sides (`state-of-the-art`,
    `up-to-the-minute`, `one-a-day`), suspended compounds (`pre-and postnatal`: no conjunction
    is read; RL563 asks for its space), letter designators after a common word
    (`vitamin-a`, `hepatitis-a`, `Aurora-A kinase`) and Greek letters written out after a
    symbol (`TNF-a induces`, for `TNF-α`) are left alone: `a` is read as an article only after
    a capitalised word, and a capital `A` never.

    Also flags a hyphen spaced on both sides between two words of a title, in any language
    (`children - Part I`, `Standards of medical care in diabetes - 2016`), or spaced before it
    alone (`(AUQEI -Autoquestionnaire`), in a list that types every dash as a hyphen. A hyphen
    spaced after it alone ends a suspended compound (`pre- and post-operative`) and is left
    alone. Two hyphens between words (`BLAT--the BLAST-like`, `decay -- a new`), as TeX and
    typewriters write a dash, are flagged in any list.

    ## How it decides
    For the spaced hyphen, the list decides: it must print no en or em dash anywhere, and join
    at least three ranges of numbers with a hyphen (`4077-85`). Such a list was typed with no
    dash to hand, and its spaced hyphen stands for the title's dash (in an entry whose title
    the grammar did not read, in the words after the names, or from its start). A town and its
    state or country, each one capitalised word, the first after a word in lower case and the
    second closing the clause (`mortalidade em Salvador - Bahia: evolução`), is how Portuguese and
    Spanish titles write a place, and keeps its hyphen. A list that prints dashes
    somewhere (`481–490`) chose its marks, and a spaced hyphen in its titles may be its house
    form (F1000's lists print `Hemp food products - an update`): it is left alone. Ranges of
    numbers or months (`1990 - 2000`, `December 2021 - April 2022`), a catalogue number before
    the hyphen (`4364.0 - National Health Survey`), a minus or a letter's compound (`x - y`,
    `T - cell`) and a compound whose hyphen picked up spaces (`anti - inflammatory`, `dose -
    dependent`) keep their hyphen.

    A list whose titles print a dash spaced between words (`Jupyter notebooks – a publishing
    format`) types the same dash as a hyphen in its other titles of the same language, and there
    every spaced hyphen between words is flagged (not two short words either side, `Sap - nec`,
    as often two names joined); a German title's dash says nothing of an English title's
    hyphen, which may be the list's own form.

    A list that prints its ranges with dashes (`31–38`: at least three, and four in five of its
    ranges) had a dash to hand; there the one spaced hyphen of the whole list is flagged where a
    capitalised word opens what follows it (`New Research - Country Report`, `voice analysis -
    An EEG validation study`; a word in capitals only after one in lower case, `Principles -
    FINAL`, not `HIV - AIDS`) or an article (`false discovery rate - a practical approach`).
    A word in lower case after a word opens the subtitle too (`mitochondrial DNA - relevance for
    blood pressure`; not two short words, `Sap - nec`, as often two names joined). Two or more
    are the list's own form and are left alone, as is a word after a bracket (`(TILs) -
    lifileucel`), which may go on the name in it, and a compound whose hyphen picked up spaces
    (`dose - dependent`).

    ## Why is this bad?
    The dash was turned into a hyphen when the title was typed or exported; the title's two
    parts read as one compound word.

    ## Example
        1. Kumar M, Michael S. ELM-the Eukaryotic Linear Motif resource in 2024. Nucleic Acids
           Res. 2024;52:D442-55.

    Use instead:
        1. Kumar M, Michael S. ELM—the Eukaryotic Linear Motif resource in 2024. Nucleic Acids
           Res. 2024;52:D442-55.

    ## Fix safety
    Unsafe: the hyphen becomes an em dash (a spaced hyphen an em dash with no spaces); a list
    that sets its dashes as spaced en dashes (`ELM – the`) wants that form instead.
    """
    spaced = _types_dashes_as_hyphens(refs)
    dashed = _spaced_dash_languages(refs)
    lone = None if spaced or not _prints_dashes(refs) else _lone_subtitle_hyphen(refs)
    if lone is not None:
        ref, m = lone
        start, end = m.span("hyphen")
        hyphen = ref.text.index("-", start)
        printed = ref.text[m.start("left") : m.end("word")]
        yield Diagnostic(
            Span(hyphen, hyphen + 1),
            f"spaced hyphen where the title has a dash (`{printed}`), in a list that prints "
            f"its ranges with dashes; expected "
            f"`{m.group('left')}—{m.group('word')}`",
            fix=Fix.unsafe(Edit(Span(start, end), "—"), message="Write an em dash"),
            ref=ref,
        )
    for ref in refs:
        if ref.title is None and "--" in ref.text:
            yield from _untitled_double_hyphens(ref)
        if ref.title is None and spaced and " -" in ref.text:
            yield from _untitled_spaced_hyphens(ref)
        if ref.title is None or "-" not in ref.title.text:
            continue
        text = ref.text
        english = _english(ref)
        if english:
            for m in _hyphen_dashes(ref):
                hyphen = m.start("hyphen")
                word_start = text.rfind(" ", 0, hyphen) + 1
                printed = text[word_start : m.end("word")]
                yield Diagnostic(
                    Span(hyphen, hyphen + 1),
                    f"hyphen where the title has a dash (`{printed}`); expected "
                    f"`{text[word_start:hyphen]}—{m.group('word')}`",
                    fix=Fix.unsafe(Edit(Span(hyphen, hyphen + 1), "—"), message="Write an em dash"),
                    ref=ref,
                )
        start = ref.title.span.start
        for m in _DOUBLE_HYPHEN.finditer(text, start, start + len(ref.title.text)):
            yield _double_hyphen(ref, text, m)
        if not spaced and english not in dashed:
            continue
        evidence = "no dash" if spaced else "a spaced dash between a title's words"
        for m in _spaced_hyphens(ref):
            if not spaced and max(len(m.group("left")), len(m.group("word"))) <= 3:
                continue  # `Sap - nec`: short words either side are as often two names joined
            if lone is not None and lone[0] is ref and lone[1].start() == m.start():
                continue  # said above
            start, end = m.span("hyphen")
            hyphen = text.index("-", start)
            printed = text[m.start("left") : m.end("word")]
            yield Diagnostic(
                Span(hyphen, hyphen + 1),
                f"spaced hyphen where the title has a dash (`{printed}`), in a list that prints "
                f"{evidence}; expected `{m.group('left')}—{m.group('word')}`",
                fix=Fix.unsafe(Edit(Span(start, end), "—"), message="Write an em dash"),
                ref=ref,
            )


# a dash spaced on both sides between two words of a title (`Jupyter notebooks – a publishing`)
_SPACED_DASH = pattern(r"[^\W\d_][)\]\"”]?[ \t]+[–—][ \t]+[(\[\"“„]?[^\W\d_]")


def _spaced_dash_languages(refs: Sequence[Reference]) -> set[bool]:
    """Whether the list's English titles, and its titles in other languages, print a spaced dash
    between words: where a title of the same language does, a spaced hyphen in another title is
    the same dash typed as a hyphen (a German title's dash says nothing of an English title's
    hyphen, which may be the list's own form)."""
    return {
        _english(ref)
        for ref in refs
        if ref.title is not None and _SPACED_DASH.search(ref.title.text)
    }


def _double_hyphen(ref: Reference, text: str, m: re.Match[str]) -> Diagnostic:
    printed = text[text.rfind(" ", 0, m.start()) + 1 : m.end("word")]
    return Diagnostic(
        Span(*m.span("hyphens")),
        f"two hyphens where the title has a dash (`{printed}`); expected "
        f"`{printed.replace(m.group('hyphens'), '—')}`",
        fix=Fix.unsafe(Edit(Span(*m.span("hyphens")), "—"), message="Write an em dash"),
        ref=ref,
    )


def _untitled_double_hyphens(ref: Reference) -> Iterator[Diagnostic]:
    """Two hyphens between words in an entry whose title the grammar could not find (`[GKK+04]
    T. Gunji. PHoM -- a polyhedral homotopy`): read in its text after the names, its links
    blanked (`www.a--b.org` is an address)."""
    if ref.authors_span is None:
        return
    text = _without_links(ref)
    for m in _DOUBLE_HYPHEN.finditer(text, ref.authors_span.end):
        if not _MACHINE_WORD.search(text, text.rfind(" ", 0, m.start()) + 1, m.end("word")):
            yield _double_hyphen(ref, text, m)


_MACHINE_WORD = pattern(r"[/@\_=]|://|www\.")


# --- RL594: two titles run together ---------------------------------------------------------------

# a whole lower-case word of three letters or more run into a capitalised one of four or more:
# not a name (`McDonald`, `MacArthur`, `PathBank`), a product (`iPhone`, `eLife`, `GitHub`) or a
# unit (`mRNA`, `pH`)
_RUN_TOGETHER = pattern(
    r"(?<!(?:[\w'.@/#_-]|’{1}))(?P<left>[a-z]{3,})(?P<right>[A-Z][a-z]{3,})(?!(?:[\w'@/_(-]|’{1}))"
)
# the verbs and prefixes programmers start names with (`forEach`, `useEffect`, `readFile`)
_CODE_PREFIXES = _wordset(
    "get set use has add put for new init load read write make find fetch create update "
    "delete remove handle parse render local inner outer open close show hide start stop run "
    "exec max min num str"
)


# words no title ends with: after one of them only the space was lost
_LITTLE_WORDS = _wordset(
    "and or nor but the for with from into onto upon about among between through of in on at "
    "by to via than that which whose"
)


# words of a title about software, whose tools are named in camel case (`deepTools`)
_SOFTWARE = pattern(
    r"\b(?:package|software|tool(?:kit|box|s)?|program|library|pipeline|server|database|platform"
    r"|framework|algorithm|app|plugin|web ?site|interface|suite|browser|resource)\b",
    re.I,
)


# what follows a title run into the next: a mark, or a word in capitals of a title-case title
# (`doctorsCommentary: Respecting`, `andMyogenic Roles`)
_TITLE_GOES_ON = pattern(r"[:.,;?!]|\s+[A-Z]")


def _run_together(ref: Reference, seen: Counter[str]) -> Iterator[re.Match[str]]:
    region = _region(ref)
    if region is None:
        return
    words = english_words()
    if _SOFTWARE.search(ref.text, *region):
        return  # a title on software names its tools in camel case (`clusterProfiler`)
    for m in _RUN_TOGETHER.finditer(ref.text, *region):
        left, right = m.group("left"), m.group("right").lower()
        if left in _CODE_PREFIXES or seen[m.group()] > 1:
            continue
        if not ref.text[region[0] : m.start()].strip(' “‘"('):
            continue  # a name opening the title (`featureCounts: an efficient program`)
        if not _TITLE_GOES_ON.match(ref.text, m.end()):
            continue  # a tool's name inside a sentence (`reads counted with featureCounts in`)
        if left not in words or right not in words or (left + right) in words:
            continue
        yield m


@list_rule(
    code="RL594",
    name="titles-run-together",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Two titles run together with no space or stop (`Tomorrow's doctorsCommentary`)",
    fixable=True,
)
def titles_run_together(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a lower-case English word run into a capitalised English word with no space or stop
    (`Tomorrow's doctorsCommentary`) in an English title, where the two joined are not a word
    themselves. Names and products in camel case (`PathBank`, `NanoLuc`, `McDonald`,
    `MacArthur`, `DeepMind`, `iPhone`, `eLife`, `mRNA`, `GitHub`, `JavaScript`), a program's
    names (`forEach`, `useEffect`), a pair followed by a lower-case word (a tool's name inside a
    sentence: `counted with featureCounts in`), a name that opens the title (`featureCounts: an
    efficient program`), a title about software (`package`, `tool`, `database`: its tools are
    named so) and a term the list prints more than once are left alone.

    ## Why is this bad?
    The stop and the space between two titles (a commentary printed after the article, a
    subtitle) were lost when the entry was exported; the reader cannot tell where one ends.

    ## Example
        1. Coldicott Y, Nesheim BI. Teaching tomorrow's doctorsCommentary: the patient first.
           BMJ. 2003;326:97-101.

    Use instead:
        1. Coldicott Y, Nesheim BI. Teaching tomorrow's doctors. Commentary: the patient first.
           BMJ. 2003;326:97-101.

    ## Fix safety
    Unsafe: a stop and a space are put between the words; a subtitle wants a colon instead.
    """
    seen: Counter[str] = Counter()
    candidates = []
    for ref in refs:
        region = _region(ref)
        if region is None or not _RUN_TOGETHER.search(ref.text, *region):
            continue
        candidates.append(ref)
        seen.update(m.group() for m in _RUN_TOGETHER.finditer(ref.text, *region))
    for ref in candidates:
        if not _english(ref):
            continue
        for m in _run_together(ref, seen):
            at = m.start("right")
            left, right = m.group("left"), m.group("right")
            if left in _LITTLE_WORDS:  # `andMyogenic`: only the space was lost
                between, what, fix = " ", "words", "Put a space"
            else:
                between, what, fix = ". ", "titles", "Put a stop and a space"
            yield Diagnostic(
                Span(m.start(), m.end()),
                f"two {what} run together (`{m.group()}`); expected `{left}{between}{right}`",
                fix=Fix.unsafe(Edit(Span(at, at), between), message=fix),
                ref=ref,
            )


# --- RL595: a stray symbol at the end of a title or entry -----------------------------------------

_FOOTNOTE = "*†‡✰★☆✱✲⁎§¶#"
# a footnote mark straight after a word of two letters or more that holds a lower-case letter
# (`Study✰`, `results†`), then the title's or the entry's end: not a name whose symbol is its own
# (`C#`, `F#`, `A*`, `C*-algebras`, `a†`)
_STRAY = pattern(
    rf"(?<=[^\W\d_]{{2}})(?<=[a-z][^\W\d_]|[^\W\d_][a-z])(?P<mark>[{re.escape(_FOOTNOTE)}])"
    r"(?=(?:\"|[”’]{1})?[.,;:]?(?:\"|[”’]{1})?\s*$|(?:\"|[”’]{1})?[.,;:]?(?:\"|[”’]{1})?\s)"
)
# symbols no word ends with; an asterisk or a hash is unsafe to drop (`BLAST*`, a wildcard)
_DINGBATS = frozenset("†‡✰★☆✱✲⁎§¶")
# after the entry's final period, a dagger or a star only: an asterisk there may be the list's
# own mark on some of its entries (works in a review, documents consulted)
_AFTER_PERIOD = pattern(rf"(?<=\.)(?P<mark>[{''.join(sorted(_DINGBATS))}])\s*$")


def _stray(ref: Reference) -> Iterator[tuple[re.Match[str], str]]:
    text = ref.text
    if not any(mark in text for mark in _FOOTNOTE):
        return  # (both patterns match one of these marks: most entries print none)
    region = _region(ref)
    if region is not None:
        title_end = ref.title.span.end if ref.title is not None else region[1]
        for m in _STRAY.finditer(text, *region):
            if m.end() >= title_end - 1 and not text[m.end() : region[1]].strip(' ”’".,;:'):
                yield m, "title"
    end = _AFTER_PERIOD.search(text, ref.body_start)
    if end is not None:
        yield end, "entry"


@rule(
    code="RL595",
    name="stray-symbol",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A stray footnote symbol at the end of a title or entry (`Study✰`, `results†`)",
    fixable=True,
)
def stray_symbol(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a footnote symbol (`*`, `†`, `‡`, `✰`, `#`, ...) left straight after the last word of
    a title (`Study✰`), or a dagger or star after the entry's final period, where a PDF's footnote
    mark was copied with the text (an asterisk there may be the list's mark on some entries). A
    symbol that is part of a name (`C#`, `F#`, `A*` search, `C*-algebras`, `a†`) is left alone:
    the word before it must be of two letters or more and hold a lower-case letter.

    ## Why is this bad?
    The mark points to a footnote of the cited article's own page, which the reference list
    does not have; it reads as part of the title.

    ## Example
        1. Kaur K, Salwi S. Pelvic exams under anesthesia: a multi-institutional study✰. J Surg
           Educ. 2022;79:1413-21.

    Use instead:
        1. Kaur K, Salwi S. Pelvic exams under anesthesia: a multi-institutional study. J Surg
           Educ. 2022;79:1413-21.

    ## Fix safety
    Safe for a dagger or a star, which no word ends with: the symbol is removed. Unsafe for `*`
    and `#`, which a term may end with (`BLAST*`).
    """
    for m, where in _stray(ref):
        mark = m.group("mark")
        if ref.text.count(mark, ref.body_start) > 1:
            continue  # paired: the list's markup (`*Bull. Brit. Mus.*`) or the title's own
        at = m.start("mark")
        edit = Edit(Span(at, at + 1), "")
        message = f"Remove the `{mark}`"
        fix = (
            Fix.safe(edit, message=message)
            if mark in _DINGBATS
            else Fix.unsafe(edit, message=message)
        )
        yield Diagnostic(
            Span(at, at + 1),
            f"stray symbol `{mark}` at the end of the {where}: a footnote mark left from a PDF",
            fix=fix,
        )
