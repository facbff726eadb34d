"""Capitals a sentence-case title gets wrong: a common word capitalised mid-title (RL587), and a
genus written in lower case before its epithet (RL588).

RL587 asks for evidence before it calls a capital a slip: the list writing the same word in lower
case inside a title, or a word whose shape no name takes (a plural, a participle, a technical term
numbered with a hyphen: `Malignancies`, `Containing`, `Interleukin-10`) that the English
word-frequency list knows and that SCOWL's word lists never print capitalised
(`name_words.txt`, built by `scripts/build_name_words.py`). RL588 reads a table of genera
(`genera.txt`) and takes a lower-case genus for a slip only before a word shaped like an epithet.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

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

from .proper_nouns import names
from .spelling import FREQUENT, english_words, reads_as_english

MIN_LENGTH = 4  # a shorter capitalised word is as often a symbol or a code (`Ras`, `Akt`)
MIN_TITLES = 5  # titles with enough long words to tell the list's case
SENTENCE_SHARE = 0.75  # share of those titles in sentence case for the list to be in it
TITLE_CASE = 0.8  # share of a title's main words capitalised for it to be in title case
SENTENCE_CASE = 0.5  # below this share of capitalised long words a title is in sentence case

# A title's word: letters and digits joined by hyphens (`Mercury-Containing`, `Interleukin-10`).
_TOKEN = pattern(r"[^\W_][\w'’]*(?:[-‐][^\W_][\w'’]*)*")
_PART = re.compile(r"[^\W_][\w'’]*")
# What opens a sentence or a subtitle of the title, or a bracket or quotation inside it: any word
# may take a capital after it.
_OPENS = pattern(r"(?:[.:;?!(\[{\"«]|[“‘]{1}|\s[-–—]|^[-–—])\s*$")
# A title's head: its words up to a colon, a dash, or a hyphen before `a`, `an` or `the`.
_HEAD = pattern(r"[^:–—]*?(?=\s*[:–—]|[-‐](?:a|an|the)\s)")
HEAD_WORDS = 3
HEAD_LENGTH = 80  # a head is read in the title's first characters only
_NUMBERED = pattern(r"[-‐]\d")  # `Interleukin-10`
_FOLLOWER = pattern(r"\s+([a-z]+)")
# a genus and its epithet just before a word (`Oliveria decumbens Vent.`): the word after a
# binomial is its authority, the name of who described the species, and keeps its capital
_BINOMIAL_BEFORE = pattern(r"\b[A-Z][a-z]+\s+([a-z]+)\s+$")
_BEFORE_NUMBER = pattern(r"\s+(?:\d|[IVX]+\b|[A-Z]\b)")
# A year after a word: a programme's name (`Horizon 2020`), or a common word the list lowers
# elsewhere before the year of a report (`standards of care in Diabetes 2018`).
_BEFORE_YEAR = pattern(r"[\s\-–—]+(?:19|20)\d\d(?!\d)")
_POSSESSIVE = pattern(r"['’]s\b")
_COMMENT = pattern(r"^#.*", re.MULTILINE)  # a comment line of a shipped word table
_SMALL = frozenset(
    "a an and as at but by for from in into nor of on or over per the to upon via vs with".split()  # noqa: SIM905
)


@cache
def _shipped(name: str) -> frozenset[str]:
    """The words of one of the word tables shipped beside this module. Read as a file (the
    resources machinery costs a cold run more to import than the table costs to read), and its
    comment lines taken out of the set rather than each of its 18,000 lines tested."""
    text = Path(__file__).with_name(name).read_text("utf-8")
    words = set(text.splitlines())
    words.difference_update(_COMMENT.findall(text))
    words.discard("")
    return frozenset(words)


def name_words() -> frozenset[str]:
    """English words that are also names (`mercury`, `black`, `reading`), in lower case."""
    return _shipped("name_words.txt")


@cache
def genera() -> dict[str, str]:
    """The genera of the table, by their lower-case form."""
    return {genus.lower(): genus for genus in _shipped("genera.txt")}


# Titles are asked the same questions by several rules, and by some twice: what depends on the
# title's text alone is kept for the most recent titles (more than a long list holds).
_TITLES_KEPT = 1 << 14


@lru_cache(maxsize=_TITLES_KEPT)
def _all_capitals(text: str) -> bool:
    letters = "".join(filter(str.isalpha, text))
    return bool(letters) and sum(map(str.isupper, letters)) > 0.8 * len(letters)


def _letter(word: str) -> bool:
    """A lone capital letter (`M` of `M-Wire`)."""
    return len(word) == 1 and word.isupper()


def _capitalised(word: str) -> bool:
    """A word with a capital first letter and lower case after it (`Protein`, not `CARD9`)."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


@lru_cache(maxsize=_TITLES_KEPT)
def _long_words(text: str) -> tuple[str, ...]:
    """The title's words after the first, four letters or more, neither small nor in capitals."""
    words = [m.group() for m in _PART.finditer(text)][1:]
    return tuple(w for w in words if w.isalpha() and len(w) >= 4 and _main(w))


def _main(word: str) -> bool:
    return word.lower() not in _SMALL and not word.isupper()


def _title_case(text: str) -> bool | None:
    """Whether a title capitalises its main words; None when it has too few to tell."""
    words = _long_words(text)
    if len(words) < 3:
        return None
    return sum(w[0].isupper() for w in words) >= TITLE_CASE * len(words)


def _sentence_case(text: str) -> bool:
    words = _long_words(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) < SENTENCE_CASE * len(words)


def _held(text: str) -> bool:
    """Whether a title is held to sentence case: it is in it, with places' names left out of the
    count, or it is too short to tell and writes a main word in lower case, as no title-case
    title does (`Regulation by 3'-Untranslated regions`)."""
    if _sentence_case(text):
        return True
    words = _long_words(text)
    if 0 < len(words) < 3:
        return any(w[0].islower() for w in words)
    # a place's name keeps its capital in sentence case (`beans from markets in Lagos State,
    # Nigeria`): the case is told by the other words
    places = names()
    unnamed = [w for w in words if (w.lower(),) not in places]
    return len(unnamed) >= 3 and sum(w[0].isupper() for w in unnamed) < SENTENCE_CASE * len(unnamed)


def list_in_sentence_case(titles: Sequence[str]) -> bool:
    """Whether the list writes its titles in sentence case: enough titles to tell, and most of
    them not in title case (a list that mixes the two has no case to hold a title to)."""
    votes = [v for t in titles if (v := _title_case(t)) is not None]
    return len(votes) >= MIN_TITLES and votes.count(False) >= SENTENCE_SHARE * len(votes)


# --- epithets and binomials ----------------------------------------------------------------------

# Epithets the English word list knows (as a word or a name), which RL588 must still read as such.
_KNOWN_EPITHETS = frozenset(
    "aureus pylori tuberculosis difficile cereus pertussis niger major mays breve japonica "  # noqa: SIM905
    "africana americana alba taurus".split()
)
# Endings of Latin epithets (`coli`, `albicans`, `pneumoniae`, `grandis`, `enterica`,
# `pyogenes`, `rerio`, `vivax`) ...
_LATIN_END = pattern(r"(?:us|um|is|ii|ae|i|a|e|ans|ens|genes|oides|ax|ex|ix|er|or|o|ys)$")
# ... and of English terms of medicine and biology that end alike (`keratitis`, `candidemia`,
# `secretome`, `lipopolysaccharide`): after a genus they name its disease or its parts.
_ENGLISH_END = pattern(r"(?:itis|osis|iasis|emia|aemia|ome|ide|ase|ine|tion|ity|ics|logy|ia)$")
# Phrases of a genus's word that medicine writes in lower case.
_LOWER_PHRASES = frozenset([("bacillus", "calmette")])


def epithet(word: str) -> bool:
    """Whether a lower-case word after a genus reads as its species epithet: a Latin word no
    English dictionary knows, or one of the few epithets that are also English words."""
    if len(word) < 3 or not word.isalpha() or not word.islower():
        return False
    if word in _KNOWN_EPITHETS:
        return True
    if not _LATIN_END.search(word) or _ENGLISH_END.search(word):
        return False  # asked before the dictionary: most words are answered without loading it
    return word not in english_words()


# --- RL587: a common word capitalised in a sentence-case title ------------------------------------


@dataclass(frozen=True)
class Capital:
    start: int  # offset in the title
    end: int
    word: str
    why: str  # the evidence, in words


@dataclass
class Usage:
    """How the list writes words inside its titles: in lower case, capitalised alone, and in
    capitals (a program's or a database's name, `STRUCTURE`)."""

    lower: Counter[str]
    capital: Counter[str]
    authors: frozenset[str]
    shouted: frozenset[str] = frozenset()


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _learn(refs: Sequence[Reference], titles: Sequence[str]) -> Usage:
    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    shouted: set[str] = set()
    for text in titles:
        seen: set[str] = set()
        for i, m in enumerate(_tokens(text)):
            for part in _PART.findall(m.group()):
                if part.islower() and len(part) >= MIN_LENGTH:
                    lower[part] += 1
                elif part.isalpha() and part.isupper() and len(part) >= MIN_LENGTH:
                    shouted.add(part.lower())
                elif i and _capitalised(part) and not _opens(text, m.start()):
                    seen.add(part.lower())
        capital.update(seen)
    authors = frozenset(
        word.lower()
        for ref in refs
        for author in (*ref.authors, *ref.editors)
        if not author.is_group  # an organisation's words are common words (`Diabetes`)
        for word in _PART.findall(author.family)
    )
    return Usage(lower, capital, authors, frozenset(shouted))


def _known(word: str) -> bool:
    return word in english_words() and word not in name_words()


def _singular(word: str) -> str | None:
    """The singular of an English plural (`malignancies`, `cells`, `lactobacilli`), when the
    word list knows both; None for any other word."""
    if not _known(word):
        return None
    if word.endswith("ies"):
        stems = [word[:-3] + "y"]
    elif word.endswith("i"):
        stems = [word[:-1] + "us"]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        stems = [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    else:
        return None
    return next((s for s in stems if len(s) >= 3 and s in english_words()), None)


def _participle(word: str) -> bool:
    """An English participle (`containing`, `induced`) whose verb the word list knows."""
    if not _known(word) or not word.endswith(("ing", "ed")):
        return False
    stem = word[:-3] if word.endswith("ing") else word[:-2]
    words = english_words()
    return any(s in words for s in (stem, stem + "e", stem[:-1]) if len(s) >= 3)


def _evidence(text: str, m: re.Match[str], part: re.Match[str], usage: Usage) -> str | None:
    """Why the capitalised word `part` (of the token `m`) is a common word, or None. The list's
    lower case is evidence for an English word only: a name it lower-cases elsewhere (`fortran`)
    is a slip there, not here; and in a compound of capitalised names (`Calmette-Guérin`,
    `Epstein-Barr`) only the word's shape is evidence."""
    word = part.group().lower()
    # (a capital letter before a capitalised word is a name's too: `M-Wire`, `K-File`)
    pair = sum(_capitalised(p) or _letter(p) for p in _PART.findall(m.group())) > 1
    lower = usage.lower[word]
    if not pair and lower and lower >= usage.capital[word] and _known(word):
        return "the list writes it in lower case in a title"
    after = m.group()[part.end() :]
    if _NUMBERED.match(after):  # `Interleukin-10`; an everyday word so numbered is a name
        count = english_words().get(word, 0)
        return "a numbered term" if 0 < count < FREQUENT and _known(word) else None
    singular = _singular(word)
    if singular and usage.capital[singular] and usage.capital[word] >= TERM_TITLES > lower:
        return None  # a term the list capitalises throughout (`Construction Grammar`, `and
        # Constructions`): its own name for a theory's unit, not title case left over
    if singular:
        return "a plural"
    if _participle(word):
        return "a participle"
    if (
        _OPENING_ARTICLE.fullmatch(text, 0, m.start())
        and _LOWER_NEXT.match(text, m.end())
        and english_words().get(word, 0) >= FREQUENT
        and _known(word)
    ):
        return "a title-case capital after the opening article, the noun after it in lower case"
    if (
        m.group() == part.group()
        and _LOWER_BEFORE.search(text, 0, m.start())
        and _LOWER_AFTER.match(text, m.end())
        and not _VIRUS.match(text, m.end())
        and _known(word)
        and english_words().get(word, 0) >= _BETWEEN_LOWER_COUNT
    ):
        return "a common word between words in lower case"
    return None


# A word in lower case right before and right after the capital (`at Nucleotide resolution`,
# `and Progesterone hormone`): no run of a name's capitals, and no title-case copy, stands there.
# After an article the capital may open a name (`the Solitary ...`), so the word before is none;
# a short word after it is as often a species epithet (`Glycine max`).
_LOWER_BEFORE = pattern(r"(?<![\w'’.-])(?!(?:the|a|an)\s)[a-z]{2,}\s+$")
_LOWER_AFTER = pattern(r"\s+[a-z]{4,}(?![\w'’-])")
# a rare word may be a name's (`Sunn pest`, `Sunn hemp`): the word list's count it needs
_BETWEEN_LOWER_COUNT = 100
# A virus's species name, whose first word takes the capital (`Papaya ringspot virus`, ICTV)
_VIRUS = pattern(r"(?:\s+[a-z]+){0,2}\s+virus\b")


# A title that opens with an article and a capitalised noun run on by a noun in lower case (`A
# Serum bottle modification`): the capital is a title-case remnant, which the noun after it lost.
# Before a small word (`The Relationship between`, `The State of`) it may open a name, and passes.
_OPENING_ARTICLE = pattern(r"(?:A|An|The)\s+")
_JOINERS = (
    "with|from|into|onto|upon|over|than|that|this|these|those|among|amongst|after|before|between"
    "|within|without|about|through|under|across|against|during|toward|towards|versus|while|when"
    "|where|which|whose|beyond|along|around|behind|below|above|since|until|like|near|following"
)
_LOWER_NEXT = pattern(r"\s+(?!(?:" + _JOINERS + r")\b)[a-z]{4,}\b")


def _name_like(text: str, m: re.Match[str], part: re.Match[str], usage: Usage) -> bool:
    """Whether the capitalised word reads as a name or part of one."""
    word = part.group().lower()
    places = names()
    if word in _KINGDOMS:
        return True  # `a classification of the Fungi`: the taxon, which takes its capital
    if word in name_words() or word in usage.authors or word in genera() or (word,) in places:
        return True
    if word in usage.shouted:
        return True  # `evaluating Structure output` where another title runs `STRUCTURE`: a name
    if word.endswith(("ian", "ean")) or _POSSESSIVE.match(m.group(), part.end()):
        return True  # `Bayesian`, `Euclidean`, `Alzheimer's`
    if word in _FIRM_WORDS and _FIRM_JOIN.search(text, 0, m.start()):
        return True  # `Joseph Fry and Sons`: a firm's name
    follower = _FOLLOWER.match(text, m.end())
    if follower and epithet(follower.group(1)) and part.start() == 0:
        return True  # a genus before its epithet (`Lentilactobacillus buchneri`)
    binomial = _BINOMIAL_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if binomial and epithet(binomial.group(1)) and part.start() == 0:
        return True  # an authority after a binomial (`Oliveria decumbens Vent.`)
    if _BEFORE_YEAR.match(text, m.end()):  # `Horizon 2020`, but `care in Diabetes 2018`
        return not (usage.lower[word] > usage.capital[word] and _known(word))
    return bool(_BEFORE_NUMBER.match(text, m.end()))  # `Type 2`, `Phase III`, `Group A`


# The domains and kingdoms of life, whose names are capitalised as taxa (`the Fungi`) and are
# also common plurals (`anaerobic fungi`): the list's lower case is no evidence against them
_KINGDOMS = frozenset(
    (
        "animalia", "archaea", "bacteria", "chromista", "eukarya", "eukaryota", "fungi",
        "metazoa", "monera", "plantae", "prokaryota", "protista", "protozoa", "viridiplantae",
    )
)  # fmt: skip


_DATE_INSIDE = pattern(
    r"(?:^|(?<=\S)\s+)\((?:(?:1[5-9]|20)\d\d[a-z]?|in\s+press|forthcoming)\)\s+(?=\S)"
)
# a quoted title closed and the book or proceedings after `in` that the grammar read into it
# (`"Title," in Proceedings of the AIAA ...`)
_CONTAINER_AFTER = pattern(r"[,.]?[\"”]\s*,?\s+[Ii]n\s+[A-Z]")
# the words that close a firm's name after `and` or `&` (`Joseph Fry and Sons`, `Smith & Brothers`)
_FIRM_WORDS = frozenset(("sons", "brothers", "daughters"))
_FIRM_JOIN = pattern(r"[A-Z][\w'’-]*\s+(?:and|&)\s+$")
# The word that joins the words of a name or a term kept in title case (`Quality of Life`,
# `Bank of America`); `and` joins two words a title copied in title case as often
_JOINING = frozenset(("of",))
_UNIT_LETTER = pattern(r"[A-Z]")  # `34.5°S`, `37°C`


def _in_run(text: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the token stands beside a capitalised word or an acronym (`Protein Data Bank`,
    `Adaptor Protein CARD9`, `UK Biobank`, `CAR Macrophages`): a name, or a phrase in title
    case. The title's first word is capitalised for its place, and says nothing unless it is an
    acronym. An `of` between two capitalised words keeps the run (`Oral Health-Related
    Quality of Life`, `Bank of America`): a term kept in its published case. A compound whose
    later parts are in lower case (`Eddy-permitting GCM`) is no word of a name, which would
    capitalise them too, and a letter after a degree sign (`34.5°S During`) is a hemisphere or a
    unit, not a word of one."""
    parts = _PART.findall(tokens[i].group())
    if len(parts) > 1 and all(p.islower() for p in parts[1:]):
        return False
    for step in (-1, 1):
        j = i + step
        if 0 <= j < len(tokens) and tokens[j].group() in _JOINING and 0 <= j + step < len(tokens):
            j += step
        if j < 0 or j >= len(tokens):
            continue
        if (
            _UNIT_LETTER.fullmatch(tokens[j].group())
            and text[tokens[j].start() - 1 : tokens[j].start()] == "°"
        ):
            continue
        parts = _PART.findall(tokens[j].group())
        first, last = parts[0], parts[-1]
        if j == 0:
            if len(first) >= 2 and first.isupper():
                return True
        elif (len(first) >= 2 and first[0].isupper()) or last[:1].isupper():
            return True
    return False


def _named_head(text: str) -> int:
    """Where a short head set off by a colon or dash ends (`Open Genes—a database of ...`, `CAR
    Macrophages: a promising ...`), 0 if the title has none: such a head names a database, a
    tool or a programme, which a title gives in its own case."""
    m = _HEAD.match(text, 0, HEAD_LENGTH)
    return m.end() if m is not None and len(_TOKEN.findall(m.group())) <= HEAD_WORDS else 0


def _opens(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, subtitle, bracket or quotation."""
    return bool(_OPENS.search(text, max(0, start - 8), start))


# A book's series in parentheses closing its title: `Title (CSLI Lecture Notes 76)`
_SERIES_AT_END = pattern(r"\s\((?P<series>[A-Z][^()]*)\)$")
# The titles a plural must be capitalised in (inside them, its singular so too), with fewer in
# lower case, to be the list's own term (a theory's unit: `Explanation and Constructions`)
TERM_TITLES = 3


def capitals(text: str, usage: Usage) -> list[Capital]:
    """The common words capitalised inside a sentence-case title."""
    found = []
    tokens = _tokens(text)
    # the title's first word: its first with a letter (`(2005) Effects of ...` opens at `Effects`)
    first = next((i for i, m in enumerate(tokens) if not m.group().isdigit()), 0)
    head = _named_head(text)
    # names and a date the grammar read into the title (`Department of Health (2012) Long term
    # conditions`): the title starts after the date
    dated = _DATE_INSIDE.search(text)
    if dated is not None:
        head = max(head, dated.end())
    container = _CONTAINER_AFTER.search(text, head)
    end = container.start() if container is not None else len(text)
    series = _SERIES_AT_END.search(text, head)
    if series is not None and all(
        w[0].isupper() or w.isdigit() for w in _PART.findall(series["series"]) if len(w) > 3
    ):
        end = min(end, series.start())  # a series in title case (`(Dissertations in Linguistics)`)
    for i, m in enumerate(tokens):
        if m.group().islower():
            continue  # no capital: the checks below cannot find one
        if i <= first or _opens(text, m.start()) or _in_run(text, tokens, i):
            continue
        if (head and m.start() <= head) or m.start() >= end:
            continue  # before the title's own first word, or after it
        for part in _PART.finditer(m.group()):
            word = part.group()
            if len(word) < MIN_LENGTH or not _capitalised(word):
                continue
            if _name_like(text, m, part, usage):
                continue
            why = _evidence(text, m, part, usage)
            if why is not None:
                start = m.start() + part.start()
                found.append(Capital(start, start + len(word), word, why))
    return found


HEADLINE_TITLES = 8  # English titles whose case shows, for a list's sentence case to be sure
HEADLINE_SHARE = 0.85  # share of those in sentence case, for one in title case to be a slip
HEADLINE_WORDS = 2  # common words a title capitalises, for it to be in title case
HEADLINE_BOOKS = 3  # English books in sentence case for each in title case, for a habit


def sure_of_sentence_case(titles: Sequence[str]) -> bool:
    """Whether the list's English titles are in sentence case, nearly all of them: another
    language's titles keep their own (German capitalises its nouns)."""
    votes = [
        v
        for t in titles
        if (v := _title_case(t)) is not None and reads_as_english(t, english_words())
    ]
    return len(votes) >= HEADLINE_TITLES and votes.count(False) >= HEADLINE_SHARE * len(votes)


def headline(text: str, usage: Usage) -> list[Capital]:
    """The common words of a title in title case: every main word after the first and after
    each subtitle's opening is capitalised, and two of them at least are English words that no
    name, place or author of the list accounts for (`The Motivation to Work`)."""
    found = []
    for i, m in enumerate(_tokens(text)):
        if i == 0 or _opens(text, m.start()):
            continue
        for part in _PART.finditer(m.group()):
            word = part.group()
            if not word.isalpha() or len(word) < MIN_LENGTH or not _main(word):
                continue
            if word[0].islower():
                return []  # a main word in lower case: the title is not in title case
            if _capitalised(word) and _known(word.lower()) and not _name_like(text, m, part, usage):
                start = m.start() + part.start()
                found.append(Capital(start, start + len(word), word, "a title in title case"))
    return found if len(found) >= HEADLINE_WORDS else []


def books_in_sentence_case(books: Sequence[str], usage: Usage) -> bool:
    """Whether the list sets its English books' titles in sentence case: three for each it
    sets in title case, and three at least. A list may print its articles' titles in sentence
    case and its books' as the publisher does; the books' own case is the evidence."""
    english = [t for t in books if reads_as_english(t, english_words()) is not False]
    held = sum(_held(t) for t in english)
    headlines = sum(not _held(t) and bool(headline(t, usage)) for t in english)
    return held >= HEADLINE_BOOKS * max(1, headlines)


@list_rule(
    code="RL587",
    name="common-word-capitalised",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A common word capitalised inside a sentence-case title (`hematologic Malignancies`)",
    fixable=True,
)
def common_word_capitalised(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In a list that writes its titles in sentence case, flags a common word capitalised inside a
    title (`hematologic Malignancies`, `Mercury-Containing preparations`, `secreting
    Interleukin-10`, `Gut-resident Lactobacilli`), once per title. A capital that opens the title,
    a subtitle (after `:`, `.`, `?`, `!` or a spaced dash) or a bracket is left alone. It calls a
    capital a slip only on evidence: the list writes the English word in lower case inside a
    title at least as often as it capitalises it, or the word has a shape no name takes (a
    plural, a participle, a technical term numbered with a hyphen) and is an English word that
    SCOWL's word lists never print capitalised, or it is a frequent English word right after the
    article that opens the title and before a longer word in lower case that is no preposition
    (`A Serum bottle modification`: title case's capital, which the next noun lost; `The State
    of`, `The Relationship between` may open a name and pass), or it is such a word, whole,
    between a word in lower case that is no article and one of four letters or more (`at
    Nucleotide resolution`, `and Progesterone hormone`), not before `virus` (a virus's species
    name, `Papaya ringspot virus`, opens with a capital). It leaves alone:

    - a run of capitalised words or one beside an acronym (`Protein Data Bank`, `Gene Ontology`,
      `UK Biobank`): a name; but a compound whose later parts are in lower case
      (`Convection-permitting GCM`) is no word of a name, and a letter after a degree sign
      (`34.5°S During`) is a hemisphere or a unit;
    - a word before a number or a letter (`Type 2`, `Phase III`, `Group A`; before a year, a
      word the list writes more often in lower case is still held to it), an eponym
      (`Alzheimer's`, `Bayesian`, `Gaussian`), a place, a language or a nation's adjective, a
      genus, a kingdom or domain of life (`the Fungi`, `the Archaea`), a word that is also a
      name (`Mercury`, `Black`, `Reading`), the authors' names (not the words of an
      organisation's name), and a word another title prints in capitals (`Structure output`
      where the list names the program `STRUCTURE`);
    - in a compound of capitalised names or of a capital letter and a capitalised word
      (`Epstein-Barr`, a product's `M-Wire`), a word the list writes in lower case elsewhere:
      only a plural, a participle or a numbered term is called a slip there;
    - the word that closes a firm's name after a name and `and` or `&` (`Joseph Fry and Sons`);
    - a book's series in title case in the parentheses that close its title (`Title
      (Dissertations in Linguistics)`), and a plural the list capitalises inside three titles or
      more, and in lower case in fewer, whose singular it capitalises too (`Construction
      Grammar`, `a family of Constructions`): the list's own name for a theory's unit;
    - names and a date the grammar read into the title (`Department of Health (2012) Long term
      conditions ...`, `(in press) Physical computing`): the title is read from after the date,
      and up to a quoted title's close before `in` (`"Title," in Proceedings of ...`);
    - titles in title case, in capitals, or not in English (German capitalises its nouns), and
      lists that do not set their titles in sentence case. A title's case is told without its
      places' names (`in Lagos State, Nigeria`); one too short to tell is held to sentence case
      where it writes a main word in lower case (`Regulation by 3'-Untranslated regions`).

    A book's title in title case is flagged whole (`Genie: A Scientific Tragedy`) where the list
    dates its entries as APA does (`Names. (Year). Title.`), which sets every title in sentence
    case, and where its own English titles are nearly all in sentence case (eight whose case
    shows, 85 in 100), its books' too (three for each in title case): two common words at least
    capitalised, no main word in lower case, names and places left out. A list that prints its
    books as their publishers do is left alone.

    ## Why is this bad?
    In sentence case only the first word, the first of a subtitle and proper names take a
    capital; a stray capital is a title copied from a title-case source, and a copy editor lowers
    it.

    ## Fix safety
    Unsafe: the word may, rarely, be a name the evidence missed.

    ## Example
        1. Laport GG, Sheehan K. Cytokine-induced killer cells for relapsed hematologic
           Malignancies. Biol Blood Marrow Transplant. 2011;17:1679-87.
        2. Zhao Z, Chen Y. The application of CAR-T cell therapy in lymphoma: advantages and
           challenges. Acta Pharm Sin B. 2018;8:539-51.
        3. Kim H, Lee S. Natural killer cells in the control of solid tumours. Cancer Res.
           2016;76:112-20.
        4. Ruiz A, Diaz B. Checkpoint blockade and the response of the tumour microenvironment.
           Nat Med. 2019;25:44-52.
        5. Park J, Cho K. Antigen escape after chimeric antigen receptor therapy in children.
           Blood. 2020;135:10-19.

    Use instead:
        1. Laport GG, Sheehan K. Cytokine-induced killer cells for relapsed hematologic
           malignancies. Biol Blood Marrow Transplant. 2011;17:1679-87.
        2. Zhao Z, Chen Y. The application of CAR-T cell therapy in lymphoma: advantages and
           challenges. Acta Pharm Sin B. 2018;8:539-51.
        3. Kim H, Lee S. Natural killer cells in the control of solid tumours. Cancer Res.
           2016;76:112-20.
        4. Ruiz A, Diaz B. Checkpoint blockade and the response of the tumour microenvironment.
           Nat Med. 2019;25:44-52.
        5. Park J, Cho K. Antigen escape after chimeric antigen receptor therapy in children.
           Blood. 2020;135:10-19.

    ## Limitations
    A capitalised common word beside another capital (`The Adaptor Protein CARD9`) cannot be told
    from a name and is left alone, as is a bare singular noun the list never writes in lower case
    unless words in lower case stand on both sides of it.
    """
    titles = [ref.title for ref in refs if ref.title and not _all_capitals(ref.title.text)]
    if not list_in_sentence_case([t.text for t in titles]):
        return
    usage = _learn(refs, [t.text for t in titles])
    from .access_date import dates_after_names_apa  # imported here: it imports this module's kin

    books = [r.title.text for r in refs if r.kind is Kind.BOOK and r.title is not None]
    apa = (
        len(books) >= HEADLINE_BOOKS
        and dates_after_names_apa(refs)
        and books_in_sentence_case(books, usage)
        and sure_of_sentence_case([t.text for t in titles])
    )
    for ref in refs:
        title = ref.title
        if title is None or _all_capitals(title.text):
            continue
        if not _held(title.text):
            words = headline(title.text, usage) if apa and ref.kind is Kind.BOOK else []
            if words and reads_as_english(title.text, english_words()):
                yield _headline_found(ref, title.span.start, words)
            continue
        found = capitals(title.text, usage)
        if not found or not reads_as_english(title.text, english_words()):
            continue
        base = title.span.start
        edits = [Edit(Span(base + c.start, base + c.end), c.word.lower()) for c in found]
        shown = ", ".join(f"`{c.word}`" for c in found)
        yield Diagnostic(
            edits[0].span,
            f"{shown} capitalised inside a title in sentence case ({found[0].why}); "
            f"write `{found[0].word.lower()}`",
            fix=Fix.unsafe(*edits, message="Lower " + shown),
            ref=ref,
        )


def _headline_found(ref: Reference, base: int, found: Sequence[Capital]) -> Diagnostic:
    edits = [Edit(Span(base + c.start, base + c.end), c.word.lower()) for c in found]
    shown = ", ".join(f"`{c.word}`" for c in found)
    return Diagnostic(
        edits[0].span,
        f"title in title case ({shown} capitalised) among the list's titles in sentence case, as "
        "APA sets every title; write it in sentence case",
        fix=Fix.unsafe(*edits, message="Lower " + shown),
        ref=ref,
    )


# --- RL588: a genus in lower case --------------------------------------------------------------

# a lower-case word and the word after it; the second is read ahead, so that every word is tried
_BINOMIAL = pattern(r"(?<![\w.\-‐/])([a-z]{3,})(?= ([a-z]{3,})\b)")


@dataclass(frozen=True)
class Genus:
    start: int
    end: int
    written: str
    form: str
    binomial_end: int  # where the epithet ends


def _without(text: str, found: Sequence[Genus]) -> str:
    """The title with its binomials blanked: the rest says whether it is in lower case and in
    English (a dictionary lacks the epithets)."""
    chars = list(text)
    for g in found:
        chars[g.start : g.binomial_end] = " " * (g.binomial_end - g.start)
    return "".join(chars)


def lower_genera(text: str) -> list[Genus]:
    """Each genus of the table written in lower case before its epithet."""
    table = genera()
    found = []
    for m in _BINOMIAL.finditer(text):
        genus, species = m.groups()
        form = table.get(genus)
        if form is None or (genus, species) in _LOWER_PHRASES or not epithet(species):
            continue
        found.append(Genus(m.start(1), m.end(1), genus, form, m.end(2)))
    return found


def reported_genera(title: str) -> list[Genus]:
    """The genera RL588 reports in a title: none in a title all in capitals or all in lower case
    (other faults), nor in one that does not read as English. RL576 leaves these to it."""
    if _all_capitals(title):
        return []
    found = lower_genera(title)
    if not found or not any(c.isupper() for c in _without(title, found)):
        return []
    if reads_as_english(_without(title, found), english_words()) is False:
        return []
    return found


@list_rule(
    code="RL588",
    name="genus-lower-case",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A genus in lower case before its epithet in a title (`escherichia coli`)",
    fixable=True,
)
def genus_lower_case(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a genus written in lower case before its species epithet in a title: `escherichia
    coli`, `candida albicans`, `streptococcus pneumoniae`, `tectona grandis`. The genera are a
    table of some four hundred commonly cited ones (bacteria, fungi, parasites, vectors, model
    organisms, crops, trees and medicinal plants), each checked against NCBI Taxonomy. The word
    after the genus must read as an epithet (a Latin word no English dictionary knows, or a known
    epithet such as `tuberculosis` or `major`), so it leaves alone a genus's word used as a common
    noun (`salmonella infection`, `candida biofilms`, `drosophila larvae`, `acanthamoeba
    keratitis`), medical Latin (`diabetes mellitus`, `lupus erythematosus`, `bacillus
    Calmette-Guérin`), a title written entirely in lower case (another fault), a title that does
    not read as English, and a genus abbreviated (`E. coli`).

    ## Why is this bad?
    A genus takes a capital in every style and language, sentence case included; lower case is a
    title lower-cased by a database or a tool, and a copy editor restores it.

    ## Fix safety
    Unsafe: the fix capitalises the genus; read the work's own title first.

    ## Example
        1. Rosenberg B, Van Camp L. Inhibition of cell division in escherichia coli by
           electrolysis products from a platinum electrode. Nature. 1965;205:698-9.

    Use instead:
        1. Rosenberg B, Van Camp L. Inhibition of cell division in Escherichia coli by
           electrolysis products from a platinum electrode. Nature. 1965;205:698-9.
    """
    for ref in refs:
        title = ref.title
        if title is None:
            continue
        found = reported_genera(title.text)
        base = title.span.start
        for g in found:
            span = Span(base + g.start, base + g.end)
            yield Diagnostic(
                span,
                f"the genus `{g.written}` in lower case before its epithet: `{g.form}`",
                fix=Fix.unsafe(Edit(span, g.form), message=f"Write `{g.form}`"),
                ref=ref,
            )
