"""What a title says that it should not: a term in another case than the list writes it (RL578),
and a note of the citing text printed where the title belongs (RL579).

RL578 learns from the list only: a term is held to the case the list's other titles give it, never
to a dictionary. It keeps quiet on all-capital titles, on names (`McDonald`), and on a capitalised
first letter where the list sets its titles in title case.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import NamedTuple

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Kind,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
    rule,
)

from .spelling import FREQUENT, english_words
from .style.conventions import holds_two_citations
from .title_capitals import _all_capitals, epithet, genera

# --- RL578: a term's case -------------------------------------------------------------------------

# A word of a title: letters, digits and inner apostrophes (`eIF4A1`; `miR-26a-5p` is three).
_WORD = pattern(r"[^\W_][\w'’]*")
# A term that starts in lower case and has a capital after it (`miR`, `eIF`, `mTOR`, `iPSC`): its
# leading letters are a unit the writer keeps whatever the sentence does (`miR` of `miR-32`).
_LOWER_FIRST = pattern(r"[a-z]{1,4}[A-Z][^\W\d_]*")
_MIN_UNIT = 3  # letters: `pH`, `dN` are too short to say which term a capitalised word is
# Names with an inner capital (`McDonald`, `MacArthur`, `DeWitt`, `LeBlanc`, `O'Neil`), not terms.
_NAME_LIKE = pattern(r"(?:Mc|Mac|De|Le|La|Di|Du|Van|Von|O['’])[A-Z][a-z]")
# A term whose inner capital starts a word of its own (`NanoLuc`, `GenBank`, `HeLa`): its case
# is the term's, and a title that writes it flat (`Nanoluc`) has lost it. A letter before a
# capital (`mTOR`, `eNOS`, `mIcrobiome` spelling out an acronym) is left alone: `Mtor` is the
# mouse gene's symbol, and a capital there is as often a device of one title as a term's own.
_CAMEL = pattern(r"[^\W\d_]*[^\W\d_][a-z][A-Z][a-z][^\W\d_]*")
_PARTS = pattern(r"[A-Z]?[a-z]+")  # the words of a term of inner capitals (`Wave`, `Packet`)
_MIN_CAMEL = 4  # letters: `CoA`, `pH` are too short to say which term a word is
_MIN_TITLES = 5  # titles with enough long words to tell title case from sentence case
_TITLE_CASE = 0.8  # share of a title's main words capitalised for it to be in title case
_SMALL = frozenset(
    "a an and as at but by for from in into nor of on or over per the to upon via vs with".split()  # noqa: SIM905
)
# A gene's or protein's symbol whose letter after the hyphen was lowered between its capitals and
# its number (`PD-l1` for `PD-L1`): no symbol writes a lone lower-case letter there. The letters
# that stand for Greek ones (`TGF-b1`, `IFN-a2`, `NF-k`, `PKC-d1`, `IFN-g`, `PKC-e`) are left
# to the rules of Greek letters lost.
_SYMBOL_LOWERED = pattern(
    r"(?<![\w-])(?P<head>[A-Z]{2,5})-(?P<letter>[cfh-jl-z])(?P<number>\d{1,2})(?!\w)"
)


class Word(NamedTuple):
    """One word of a title, where it stands, and whether it opens the title."""

    ref: Reference
    text: str
    span: Span
    first: bool


def _words(ref: Reference) -> list[Word]:
    title = ref.title
    if title is None or _all_capitals(title.text) or holds_two_citations(ref):
        return []
    base = title.span.start
    found = []
    for i, m in enumerate(_WORD.finditer(title.text)):
        found.append(Word(ref, m.group(), Span(base + m.start(), base + m.end()), i == 0))
    return found


def _title_case(titles: Sequence[list[Word]]) -> bool:
    """Whether the list capitalises its titles' main words (title case) rather than only the
    first (sentence case): most titles with three or more main words capitalise them."""
    votes = []
    for words in titles:
        main = [w.text for w in words[1:] if w.text.isalpha() and w.text.lower() not in _SMALL]
        main = [w for w in main if len(w) >= 4 and not w.isupper()]
        if len(main) >= 3:
            votes.append(sum(w[0].isupper() for w in main) >= _TITLE_CASE * len(main))
    return len(votes) >= _MIN_TITLES and sum(votes) * 2 > len(votes)


def _sentence_case(words: Sequence[Word], run: Word) -> bool:
    """Whether a title is in sentence case: most of its longer words after the first are lower
    case (in title case an epithet's capital is the style's, if a wrong one). The run of
    capitalised words from `run` on (`Lactococcus Lactis Subsp. Cremoris`) is not counted."""
    at = words.index(run)
    end = at
    while end < len(words) and words[end].text[:1].isupper():
        end += 1
    rest = [*words[1:at], *words[end:]]
    main = [w.text for w in rest if len(w.text) >= 4 and w.text.isalpha()]
    return len(main) >= 3 and sum(w[0].isupper() for w in main) < 0.4 * len(main)


def _inner_capital(word: str) -> bool:
    """A capital after a lower-case letter: a term's own case (`miRDB`, `eIF4A1`)."""
    if word[1:].islower() or word.isupper():
        return False  # most words: no capital after the first letter, or no lower case at all
    return any(a.islower() and b.isupper() for a, b in pairwise(word))


def _unit(word: str, units: Counter[str]) -> str | None:
    """The longest unit of the list's lower-case terms that the word starts with once its first
    letter is lowered (`MiRDB` -> `miR`, where the list writes `miR-32`); None for an all-capital
    word, a name, or a word no unit starts."""
    if not word[:1].isupper() or word.isupper() or _NAME_LIKE.match(word):
        return None
    found = _LOWER_FIRST.match(word[0].lower() + word[1:])
    if found is None:
        return None
    letters = found.group()
    for end in range(len(letters), _MIN_UNIT - 1, -1):
        if letters[:end] in units:
            return letters[:end]
    return None


@list_rule(
    code="RL578",
    name="term-case-inconsistent",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A term in another case than the list's other titles write it (`MiRDB` for `miRDB`)",
)
def term_case_inconsistent(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns from the list's titles how it writes terms of mixed case, and flags a title that writes
    one another way: a capital first letter where the list writes the term in lower case
    (`MiR-26a-5p`, `MiRDB` where other titles write `miR-32`, `miRNA`), the capitals inside
    the term changed (`eIf4A1` where the list writes `eIF4A1` twice), or lost (`Nanoluc`,
    `nanoluc` where another title writes `NanoLuc`, a term whose inner capital starts a word of
    its own: `GenBank`, `HeLa`), or lost where the entry itself prints the term with them
    outside its title, web addresses and DOIs (`Citylab congressional density index. CityLab.`).
    In a sentence-case title it also flags a species epithet capitalised after its genus
    (`Lactobacillus Plantarum`) where another title writes the binomial with the epithet in
    lower case (`Lactobacillus plantarum`). Without the list's
    evidence it flags one shape only: a symbol whose letter after the hyphen stands in lower case
    between its capitals and its number (`PD-l1` for `PD-L1`), which no symbol writes; the
    letters that stand for Greek ones (`TGF-b1`, `IFN-a2`, `IFN-g`) are not read.

    ## Why is this bad?
    Such terms keep their case at the start of a title too: `MiRDB` is not the database's name,
    and a gene or protein symbol in another case names something else or nothing.

    ## Example
        1. Chen Y, Wang X. MiRDB: an online database for microRNA targets. Nucleic Acids Res.
           2020;48:D127-31.
        2. Ma Z, Jin Y. Up-regulation of miR-32 in lung cancer. Oncotarget. 2015;6:20111-20.
        3. Liu R, Li Y. A miRNA-dependent switch in translation. Nature. 2019;5:1-9.

    Use instead:
        1. Chen Y, Wang X. miRDB: an online database for microRNA targets. Nucleic Acids Res.
           2020;48:D127-31.
        2. Ma Z, Jin Y. Up-regulation of miR-32 in lung cancer. Oncotarget. 2015;6:20111-20.
        3. Liu R, Li Y. A miRNA-dependent switch in translation. Nature. 2019;5:1-9.

    ## Limitations
    The list and the entry are the only evidence: a term written once is not checked.
    All-capital titles, names (`McDonald`, `DeWitt`) and all-capital words (`PH` may be an
    abbreviation) are left alone, and so is a capital first letter where the list sets its
    titles in title case. A term with one letter before its capital (`mTOR`: `Mtor` is the mouse
    gene), one English also writes flat (`DataBase`), or one seen only in a web page's title
    (often a site's name as the citing author typed it) is not taken for a term of inner
    capitals, nor one written once that joins common words (`WavePacket`: `Wavepacket dancing`
    is the plain compound noun); an epithet in a title-case title is left alone (the style
    capitalises every main word), and so is a word after a genus that the list capitalises more
    often than not (a serovar: `Salmonella Typhi`).
    """
    titles = [words for ref in refs if (words := _words(ref))]
    every = [w for words in titles for w in words]
    title_case = _title_case(titles)
    # the leading letters of the lower-case terms the list writes inside its titles (`miR` of
    # `miR-32`), and how often a title capitalises them there (`MiR-32` mid-title)
    units: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}  # each term of inner capitals, by its letters
    for word in every:
        if not word.first:
            found = _LOWER_FIRST.match(word.text)
            if found and len(found.group()) >= _MIN_UNIT:
                units[found.group()] += 1
        if _inner_capital(word.text) and not _NAME_LIKE.match(word.text):
            forms.setdefault(word.text.lower(), Counter())[word.text[1:]] += 1
    capital: Counter[str] = Counter()
    for word in every:
        if not word.first and (unit := _unit(word.text, units)):
            capital[unit] += 1
    camel = _camel_forms(every)
    titles_by_ref = {id(words[0].ref): words for words in titles}
    epithets = _epithets(every)
    owns = {id(words[0].ref): entry_forms(words[0].ref) for words in titles}
    for ref in refs:
        yield from _symbols_lowered(ref)
    for i, word in enumerate(every):
        message = None
        before = every[i - 1] if i else None
        usual_form = _flat(word, camel)
        unit = None if title_case else _unit(word.text, units)
        if unit and units[unit] > capital[unit]:
            usual = word.text[0].lower() + word.text[1:]
            message = (
                f"`{word.text}` with a capital first letter; the list writes `{unit}` in "
                f"lower case {_times(units[unit])} elsewhere (`{usual}`)"
            )
        elif _inner_capital(word.text) and not _NAME_LIKE.match(word.text):
            counts = forms[word.text.lower()]
            usual, most = counts.most_common(1)[0]
            mine = counts[word.text[1:]]
            if usual != word.text[1:] and most >= 2 and mine == 1:
                written = word.text[0] + usual
                message = (
                    f"`{word.text}` where the list writes `{written}` {_times(most)}; "
                    "a term written in two cases"
                )
        elif usual_form is not None:
            message = (
                f"`{word.text}` where the list writes `{usual_form}` "
                f"{_times(camel[word.text.lower()][usual_form])}; a term written in two cases"
            )
        elif (own := _flat(word, owns[id(word.ref)])) is not None:
            message = (
                f"`{word.text}` where the entry itself writes `{own}`; a term written in two cases"
            )
        elif (
            before is not None
            and word.text[:1].isupper()
            and word.text[1:].islower()
            and _binomial(before, word)
            and (before.text, word.text.lower()) in epithets
            and _sentence_case(titles_by_ref[id(word.ref)], before)
        ):
            message = (
                f"the epithet `{word.text}` capitalised after its genus; the list writes "
                f"`{before.text} {word.text.lower()}` elsewhere"
            )
        if message is not None:
            yield Diagnostic(word.span, message, ref=word.ref)


def _symbols_lowered(ref: Reference) -> Iterator[Diagnostic]:
    if ref.title is None or _all_capitals(ref.title.text) or holds_two_citations(ref):
        return
    if "-" not in ref.title.text:
        return  # most titles: no symbol with a hyphen
    base = ref.title.span.start
    for m in _SYMBOL_LOWERED.finditer(ref.title.text):
        symbol = f"{m.group('head')}-{m.group('letter').upper()}{m.group('number')}"
        yield Diagnostic(
            Span(base + m.start(), base + m.end()),
            f"`{m.group()}`: a symbol's letter in lower case between its capitals and its "
            f"number; expected `{symbol}`",
            ref=ref,
        )


def _common(word: str) -> bool:
    """Whether English often writes `word` (lower case) as a word of its own."""
    return english_words().get(word, 0) >= FREQUENT


def _camel_forms(every: Sequence[Word]) -> dict[str, Counter[str]]:
    """The list's terms of inner capitals (`_CAMEL`), by their lower-case letters: the forms it
    writes each in. A word English also writes flat (`DataBase`, `database`) is no such term, and
    a web page's title teaches none: it is often a site's name as the citing author typed it."""
    camel: dict[str, Counter[str]] = {}
    for word in every:
        text = word.text
        if word.ref.kind is Kind.WEBPAGE:
            continue
        if len(text) >= _MIN_CAMEL and _CAMEL.fullmatch(text) and not _NAME_LIKE.match(text):
            camel.setdefault(text.lower(), Counter())[text] += 1
    return {k: v for k, v in camel.items() if not _common(k)}


def _flat(word: Word, camel: dict[str, Counter[str]]) -> str | None:
    """The list's form of a term that `word` writes without its inner capitals (`Nanoluc`,
    `nanoluc` where the list writes `NanoLuc`), if it does."""
    text = word.text
    forms = camel.get(text.lower())
    if forms is None or not text.isalpha() or _inner_capital(text) or text.isupper():
        return None
    usual, count = forms.most_common(1)[0]
    if count < 2 and _compound(usual):
        return None  # `Wavepacket dancing` beside the software `WavePacket`: the plain compound
    return usual


# A web address or a DOI, whose letters keep no case (`github.com/theatlantic/citylab-data`).
_INNER = pattern(r"[a-z][A-Z][a-z]")
_ADDRESS = pattern(r"\S*(?:://|www\.|\b10\.\d{4,9}/)\S*")


def entry_forms(ref: Reference) -> dict[str, Counter[str]]:
    """The terms of inner capitals (`CityLab`, `GitHub`) the entry prints outside its title,
    web addresses and DOIs, by their lower-case letters: its own evidence of a term's case."""
    title = ref.title
    if title is None:
        return {}
    text, start, end = ref.text, title.span.start, title.span.end
    rest = f"{text[:start]} {text[end:]}"
    if _INNER.search(rest) is None:
        return {}  # most entries: no capital after a lower-case letter outside the title
    if "/" in rest or "www." in rest:
        rest = _ADDRESS.sub(" ", rest)
    forms: dict[str, Counter[str]] = {}
    for m in _WORD.finditer(rest):
        term = m.group()
        if len(term) >= _MIN_CAMEL and _CAMEL.fullmatch(term) and not _NAME_LIKE.match(term):
            forms.setdefault(term.lower(), Counter())[term] += 1
    return {k: v for k, v in forms.items() if not _common(k)}


def _compound(term: str) -> bool:
    """Whether a term of inner capitals joins common English words of four letters or more
    (`WavePacket`, `WorkFlow`): written flat, it is as often the ordinary compound noun."""
    parts = _PARTS.findall(term)
    return len(parts) >= 2 and all(len(p) >= 4 and _common(p.lower()) for p in parts)


def _epithets(every: Sequence[Word]) -> set[tuple[str, str]]:
    """(genus, epithet) of each binomial the list writes with its epithet in lower case
    (`Lactobacillus plantarum`) at least as often as capitalised: a list that mostly
    capitalises a word after a genus writes a proper name there (the serovar `Salmonella
    Typhi`), not an epithet."""
    lower: Counter[tuple[str, str]] = Counter()
    capital: Counter[tuple[str, str]] = Counter()
    for before, word in pairwise(every):
        if _binomial(before, word):
            (lower if word.text.islower() else capital)[before.text, word.text.lower()] += 1
    return {pair for pair, count in lower.items() if count >= capital[pair]}


def _binomial(before: Word, word: Word) -> bool:
    """Whether two words of one title, one space apart, may be a genus and its epithet: a
    tabled genus or one English rarely uses, and a Latin epithet no dictionary knows."""
    genus, epithet_word = before.text, word.text
    return (
        before.ref is word.ref
        and before.span.end + 1 == word.span.start
        and word.ref.text[before.span.end] == " "
        and len(genus) >= 4
        and len(epithet_word) >= 4
        and genus.isalpha()
        and genus[0].isupper()
        and genus[1:].islower()
        and epithet(epithet_word.lower())
        and (genus.lower() in genera() or not _common(genus.lower()))
    )


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"


# --- RL579: a note of the text as the title -------------------------------------------------------

# A title that speaks to the reader: `For binding protocols see:`, `For a review, see`, `See also`,
# `cf.`. A title ending in `see` alone (`Things we cannot see`) is a title; the colon, a comma
# before `see`, or `also`, `e.g.` after it make it a pointer.
_NOTE = pattern(
    r"(?i:\bsee\s*:\s*[,.]?$"
    r"|^for\b[^.;:]{0,100},\s*see\b\s*[,.:]?$"
    r"|^see\s+(?:also|e\.\s?g\.|for\s+example|for\s+instance|refs?\.?\s|references?\b)"
    r"|^for\s+(?:\w+[\s-]+){1,10}see\s+(?:also|e\.\s?g\.|refs?\b|references?\b))"
    r"|^[Cc]f\.\s"
)


@rule(
    code="RL579",
    name="note-as-title",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A note of the citing text printed as the title (`For binding protocols see:`)",
)
def note_as_title(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a title that is an instruction to the reader rather than a work's title: one ending in
    `see:`, starting `For ... see`, `See also` or `cf.`. Such notes belong to the citing text; a
    reference manager put them into the title field, and the work's own title is missing.

    ## Why is this bad?
    The reader cannot tell which work is meant from the journal, volume and pages alone, and an
    index or a registry lookup finds no work of that title.

    ## Example
        1. Booth RG, Fang L, Huang Y. For binding protocols see:. Eur J Pharmacol.
           2009;615:1-9.

    Use instead:
        1. Booth RG, Fang L, Huang Y. Binding of ligands at serotonin receptors. Eur J
           Pharmacol. 2009;615:1-9.

    ## Limitations
    Only the title is read. A title that ends in `see` with no colon (`Things we cannot see`) is
    taken for a title.
    """
    title = ref.title
    if title is None:
        return
    text = title.text.strip().strip("“”\"'")
    if _NOTE.search(text):
        yield Diagnostic(
            title.span,
            f"the title `{title.text}` is a note to the reader, not a work's title; "
            "the work's own title is missing",
        )
