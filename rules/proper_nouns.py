"""Proper nouns in lower case in a title, journal or publisher (RL575, RL576).

RL575 knows the names of countries, their main subdivisions and the major languages from
pycountry (ISO 3166 and ISO 639, kept by the Debian iso-codes project), of continents and
major regions from the short table below, and the adjectives of countries and regions from
`place_adjectives.txt`. RL576 learns names from the list itself: a word it writes
capitalised inside a sentence-case title, a name of three or more capitalised words there, an
acronym it prints in capitals, a genus it writes with a capital; and it reads an abbreviation in
brackets against the words it spells.

Both stay quiet on what reads as something else: a name that is also an English word in lower
case (`china`, `chad`, `guinea`: the table `place_words.txt`, built from the English word
lists of SCOWL by `scripts/build_place_words.py`), a species epithet after its genus
(`Aspergillus niger`), a name inside an address, file name or code, and elements that do not
read as English (French and Spanish write language and nation adjectives in lower case).
"""

from __future__ import annotations

import bisect
import contextlib
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from refslint.api import (
    UNTYPED,
    Category,
    Context,
    Diagnostic,
    Edit,
    Field,
    Fix,
    Kind,
    Reference,
    Severity,
    Span,
    cache_folder,
    list_rule,
    pattern,
)
from refslint.atomic import replace_file

from .spelling import _FOREIGN, _TOKEN, FREQUENT, english_words, reads_as_english

MIN_LENGTH = 4  # shorter names are as often symbols, codes or another language's words (`lao`)
# Continents, oceans, major regions and islands, and the adjectives of continents and peoples
# that pycountry does not name; each is capitalised in English wherever it stands.
REGIONS = (
    "Africa",
    "African",
    "Amazonia",
    "America",
    "American",
    "Americas",
    "Anatolia",
    "Andes",
    "Antarctica",
    "Arab",
    "Arabia",
    "Arabian",
    "Asia",
    "Asian",
    "Atlantic",
    "Australasia",
    "Balkans",
    "Borneo",
    "Caribbean",
    "Caucasus",
    "Central America",
    "Europe",
    "European",
    "Eurasia",
    "Himalaya",
    "Himalayas",
    "Himalayan",
    "Latin America",
    "Mediterranean",
    "Mesopotamia",
    "Middle East",
    "North America",
    "Oceania",
    "Pacific",
    # the parts of an ocean named as regions, whose every word English also writes in lower
    # case: named here, `western pacific` is read (`western Pacific` describes, and is left)
    "North Pacific",
    "South Pacific",
    "Western Pacific",
    "Patagonia",
    "Sahara",
    "Sahel",
    "Scandinavia",
    "Scandinavian",
    "Siberia",
    "South America",
    "Southeast Asia",
    "Sumatra",
    "Tasmania",
)
# Subdivision kinds whose names a title names as places; municipalities, districts and parishes
# are too many, too small and too often words of their languages.
_KINDS = frozenset(
    [
        "Autonomous city",
        "Autonomous community",
        "Autonomous district",
        "Autonomous province",
        "Autonomous region",
        "Autonomous republic",
        "Country",
        "Emirate",
        "Federal district",
        "Governorate",
        "Island",
        "Land",
        "Metropolitan region",
        "Nation",
        "Oblast",
        "Prefecture",
        "Province",
        "Region",
        "Regional state",
        "Republic",
        "State",
        "Territory",
        "Union territory",
        "Voivodship",
    ]
)
# Words of a subdivision's kind that its ISO name carries (`Yunnan Sheng`, `Beijing Shi`).
_KIND_WORDS = frozenset(["sheng", "shi", "zizhiqu", "province", "region", "oblast", "state"])
_MINOR = frozenset(["of", "and", "the", "da", "de", "do", "del", "la", "le", "et", "y"])
_WORD = pattern(r"[^\W\d_]+")
# Text no name is read in: quoted code, and a chunk with an address or a file name in it.
_CODE = pattern(r"`[^`]*`")
_CHUNK = pattern(r"\S+")
# what marks a word as an address, a path or a file name; searched within each word, since a
# pattern looking for it from every start of a long unbroken run would take quadratic time
_MACHINE = pattern(r"://|www\.|@|/|\\|_|=|[^\W_]\.[^\W\d_]")
_EPITHET_GENUS = pattern(r"(?:\b[A-Z]\.|\b[A-Z][a-z]{2,})\s+$")
_SENTENCE_END = pattern(r"[.:;?!]\s*$")
_BINOMIAL = pattern(r"\b([A-Z][a-z]{3,}) ([a-z]{3,})\b")
_AFTER_WORD = pattern(r"(?<![^\W\d_])[a-z]+ \(?$")  # a lower-case word before: not a title's start
MAX_WORDS = 6
ACRONYM = (3, 6)  # the lengths of a word in capitals taken for an acronym
# Phrases in which English writes a name's word in lower case: a substance, a plant, Latin.
_LOWER_PHRASES = frozenset(
    [("gum", "arabic"), ("pro", "bono"), ("lima", "bean"), ("lima", "beans")]
)
_BRACKETED = pattern(r"(?<=\s)\(([a-z]{3,6})\)")
# Words of a unit's name, whose abbreviation stays in lower case.
_UNIT_WORDS = frozenset(["per", "unit", "units"])


class Name(NamedTuple):
    """A name as its source writes it, and whether it is a country's or a listed region's (such
    a name is a name even when all its words are English ones: `United Kingdom`, `Middle
    East`)."""

    form: str
    country: bool = False


def _shipped(name: str) -> list[str]:
    """The words of one of the word tables shipped beside this module (read as files: the
    resources machinery would cost a cold run more to import than the tables cost to read)."""
    text = Path(__file__).with_name(name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@cache
def _guard() -> frozenset[str]:
    """Words of names that English also writes in lower case (`china`, `central`, `united`)."""
    return frozenset(_shipped("place_words.txt"))


def raw_names() -> Iterator[tuple[str, bool]]:
    """(name, is a country's or a listed region's) of every name the rules know, before the
    guard."""
    import pycountry

    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            name = getattr(country, attribute, None)
            if name:
                yield name.split(",")[0], True
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None and subdivision.type in _KINDS:
            yield subdivision.name, False
    for language in pycountry.languages:
        if hasattr(language, "alpha_2"):
            yield language.name, False
    for region in REGIONS:
        yield region, True


def _parts(name: str) -> Iterator[tuple[str, ...]]:
    """The words of each form of `name`: brackets dropped, alternatives (`A / B`) split, a kind
    word at the end (`Yunnan Sheng`) dropped."""
    name = re.sub(r"\s*\([^)]*\)", "", name)
    for part in re.split(r"\s*[/;]\s*", name):
        words = tuple(_WORD.findall(part))
        if len(words) > 1 and words[-1].lower() in _KIND_WORDS:
            words = words[:-1]
        if words and len(words) <= MAX_WORDS:
            yield words


def build_names(found: Iterable[tuple[str, bool]]) -> dict[tuple[str, ...], Name]:
    """The table of `names` from `raw_names` and the adjectives: by their words in lower case,
    less those English writes in lower case (a one-word name in the guard, a subdivision whose
    every main word is in it)."""
    guard = _guard()
    table: dict[tuple[str, ...], Name] = {}
    adjectives = [(word, True) for word in _shipped("place_adjectives.txt")]  # `Brazilian`
    for name, country in [*found, *adjectives]:
        for words in _parts(name):
            key = tuple(w.lower() for w in words)
            main = [w for w in key if w not in _MINOR]
            if not main or (len(key) == 1 and (len(key[0]) < MIN_LENGTH or key[0] in guard)):
                continue
            if len(key) > 1 and not country and all(w in guard for w in main):
                continue
            if key not in table or country:
                table[key] = Name(" ".join(words), country)
    return table


def _stamp() -> int | None:
    """What the kept table is made from: pycountry's databases (their sizes and times), this
    module's text (its choices of names) and the two word tables; None without pycountry."""
    from importlib.util import find_spec

    spec = find_spec("pycountry")
    if spec is None or spec.origin is None:
        return None
    databases = Path(spec.origin).parent / "databases"
    here = Path(__file__)
    try:
        stamp = 0
        for path in (
            here,
            here.with_name("place_words.txt"),
            here.with_name("place_adjectives.txt"),
        ):
            stamp = zlib.crc32(path.read_bytes(), stamp)
        for name in ("iso3166-1.json", "iso3166-2.json", "iso639-3.json"):
            stat = (databases / name).stat()
            stamp = zlib.crc32(f"{stat.st_size}-{stat.st_mtime_ns}".encode(), stamp)
    except OSError:
        return None
    return stamp


@cache
def names() -> dict[tuple[str, ...], Name]:
    """`build_names` of `raw_names`, kept whole in refslint's cache folder: importing pycountry
    and reading its databases takes about a tenth of a second, and sifting the names some ten
    milliseconds, which every cold run (a commit hook's) would pay; the kept table reads in
    about one. Its file is named by `_stamp`, so an upgrade or a change builds it again."""
    folder, stamp = cache_folder(), _stamp()
    if folder is None or stamp is None:
        return build_names(raw_names())
    kept = Path(folder) / f"place-names-{stamp:08x}.tsv"
    try:
        *rows, last = kept.read_text("utf-8").splitlines()
        if last == f"#\t{len(rows)}":  # a copy cut short is built again
            table: dict[tuple[str, ...], Name] = {}
            for row in rows:
                country, key, form = row.split("\t")
                table[tuple(key.split(" "))] = Name(form, country == "1")
            return table
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    table = build_names(raw_names())
    data = "".join(
        f"{int(name.country)}\t{' '.join(key)}\t{name.form}\n" for key, name in table.items()
    )
    data += f"#\t{len(table)}\n"
    with contextlib.suppress(OSError):
        replace_file(kept, data.encode(), prefix=kept.name, mode=0o644)
    return table


@cache
def _lengths() -> dict[str, tuple[int, ...]]:
    """The lengths in words of the names each word begins, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in names():
        lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(n, reverse=True)) for word, n in lengths.items()}


# A title is read by several of these rules, and by some more than once: what depends on its
# text alone is kept for the most recent titles (more than a long list holds).
_TITLES_KEPT = 1 << 14


@lru_cache(maxsize=_TITLES_KEPT)
def _visible(text: str) -> str:
    """`text` with code, addresses and file names blanked: a name there is not prose."""
    if "`" not in text and not _MACHINE.search(text):
        return text  # no mark of a machine's text in any chunk: nothing to blank
    text = _CODE.sub(lambda m: " " * len(m.group()), text)
    return _CHUNK.sub(lambda m: " " * len(m[0]) if _MACHINE.search(m[0]) else m[0], text)


class Found(NamedTuple):
    start: int  # offset in the element's text
    end: int
    written: str
    form: str
    what: str = ""  # what the text is, where the element's own word does not say it


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(_visible(text))]


def _joined(text: str, tokens: list[tuple[int, int, str]], i: int, n: int) -> bool:
    """Whether tokens i..i+n-1 follow one another with one space or hyphen between them, or an
    elision's apostrophe (`côte d’ivoire`)."""
    return all(
        text[tokens[k][1] : tokens[k + 1][0]] in (" ", "-", "‐", "'", "’")
        for k in range(i, i + n - 1)
    )


def _epithet(text: str, start: int) -> bool:
    """Whether the word at `start` follows a genus (`Aspergillus niger`, `A. niger`)."""
    m = _EPITHET_GENUS.search(text, max(0, start - 40), start)
    if m is None:
        return False
    genus = m.group().strip()
    return len(genus) == 2 or not _common(genus.lower())


def _phrase(tokens: list[tuple[int, int, str]], i: int, n: int) -> bool:
    """Whether the name of tokens i..i+n-1 stands in a phrase English writes in lower case."""
    before = (tokens[i - 1][2].lower(), tokens[i][2].lower()) if i else None
    after = (
        (tokens[i + n - 1][2].lower(), tokens[i + n][2].lower()) if i + n < len(tokens) else None
    )
    return before in _LOWER_PHRASES or after in _LOWER_PHRASES


def lower_names(text: str) -> Iterator[Found]:
    """Each known name in `text` with a word it capitalises written in lower case."""
    table, starts = names(), _lengths()
    tokens = _tokens(text)
    i = 0
    while i < len(tokens):
        for n in starts.get(tokens[i][2].lower(), ()):
            if i + n > len(tokens):
                continue
            key = tuple(t[2].lower() for t in tokens[i : i + n])
            name = table.get(key)
            if name is None or not _joined(text, tokens, i, n):
                continue
            written = [t[2] for t in tokens[i : i + n]]
            wanted = name.form.split()
            lowered = [
                w.lower()
                for w, f in zip(written, wanted, strict=True)
                if w.islower() and f[:1].isupper()
            ]
            capitals = [k for k, w in enumerate(written) if not w.islower()]
            leading = len(lowered) < n and all(w.islower() for w in written[: n - len(capitals)])
            if leading and all(w in _guard() for w in lowered):
                # `western Australia`: an English word before a name, describing it (not a word
                # of the name after its capital, `United states`)
                lowered = []
            if lowered and not _phrase(tokens, i, n) and not _epithet(text, tokens[i][0]):
                start, end = tokens[i][0], tokens[i + n - 1][1]
                yield Found(start, end, text[start:end], _cased(text[start:end], wanted))
            i += n - 1
            break
        i += 1


def _cased(written: str, form: list[str]) -> str:
    """`written` with each word in the name's own case, its separators kept."""
    out, at = [], 0
    for word in form:
        m = re.compile(re.escape(word), re.I).search(written, at)
        if m is None:
            return " ".join(form)
        out.append(written[at : m.start()] + word)
        at = m.end()
    return "".join(out) + written[at:]


def _elements(ref: Reference) -> Iterator[tuple[str, Field]]:
    """The title, journal and publisher; for an entry the grammar could not type, its text
    after the names, where those elements stand untyped."""
    if ref.kind in UNTYPED:
        ends = [ref.body_start] + [
            s.end for s in (ref.authors_span, ref.et_al and ref.et_al.span) if s
        ]
        end = max(ends)
        yield "entry", Field(ref.text[end:], Span(end, len(ref.text)))
        return
    for label, field in (
        ("title", ref.title),
        ("journal", ref.container),
        ("publisher", ref.publisher),
    ):
        if field is not None:
            yield label, field


def _english(ref: Reference, text: str, found: Sequence[Found]) -> bool:
    """Whether an element reads as English, or has too few words to tell and its title does.
    The names found are left out: a dictionary lacks them (`alborz`, `calotropis`), and in
    lower case they would count against the text."""
    words = english_words()
    chars = list(text)
    for f in found:
        chars[f.start : f.end] = " " * (f.end - f.start)
    text = "".join(chars)
    english = reads_as_english(text, words)
    if english is None and ref.title is not None and ref.title.text != text:
        english = reads_as_english(ref.title.text, words)
    return bool(english)


def _all_lower(text: str) -> bool:
    return not any(c.isupper() for c in text) and len(_WORD.findall(text)) >= 3


def _report(
    ref: Reference, label: str, field: Field, found: list[Found], what: tuple[str, str]
) -> Iterator[Diagnostic]:
    """One finding per name, or one for an element written entirely in lower case."""
    base = field.span.start
    edits = [Edit(Span(base + f.start, base + f.end), f.form) for f in found]
    if _all_lower(field.text):
        shown = ", ".join(f"`{f.form}`" for f in found)
        yield Diagnostic(
            field.span,
            f"{label} is written entirely in lower case; its {what[1]} need capitals: {shown}",
            fix=Fix.unsafe(*edits, message="Capitalise " + shown),
            ref=ref,
        )
        return
    for f, edit in zip(found, edits, strict=True):
        yield Diagnostic(
            edit.span,
            f"`{f.written}` in the {label} is {f.what or what[0]} in lower case: `{f.form}`",
            fix=Fix.unsafe(edit, message=f"Write `{f.form}`"),
            ref=ref,
        )


@list_rule(
    code="RL575",
    name="place-name-lower-case",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A place, nation or language name in lower case in a title, journal or publisher",
    fixable=True,
)
def place_name_lower_case(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags the name of a country, of a country's main subdivision (a state, province or region),
    of a major language, or of a continent or major region (`Asia`, `Sahara`, `Borneo`) written
    in lower case in an English title, journal or publisher: `madagascar`, `united kingdom`,
    `new zealand’s`, `yunnan`, and the adjectives of countries and regions (`brazilian`). The
    names are pycountry's (ISO 3166 and ISO 639), a dependency of refslint, so every machine
    gives the same findings. A title written entirely in lower case is one finding that names
    all its places. It leaves alone:

    - a name that English also writes in lower case (`china`, `chad`, `guinea`, `chile`,
      `central`, `bursa`), or a personal name (`jordan`, `georgia`, `victoria`);
    - a species epithet after its genus (`Aspergillus niger`, `A. niger`), `gum arabic`, and an
      English word describing a name (`western Australia`);
    - a name inside an address, a DOI, a file name (`iran.shp`) or quoted code;
    - an element that does not read as English: French and Spanish write the adjectives of
      languages and nations in lower case (`français`, `española`), and other languages' words
      may be spelt like a place.

    ## Why is this bad?
    A proper noun takes a capital in every English style, sentence case included; a place in
    lower case is a title lower-cased by a database or a tool, and a copy editor restores it.

    ## Fix safety
    Unsafe: the fix writes the name as ISO writes it, and the word may, rarely, be something
    else; read the work's own title first.

    ## Example
        1. Khanum R, Mumtaz AS, Kumar S. Predicting impacts of climate change on medicinal
           asclepiads of pakistan using maxent modeling. Acta Oecol. 2013;49:23-31.

    Use instead:
        1. Khanum R, Mumtaz AS, Kumar S. Predicting impacts of climate change on medicinal
           asclepiads of Pakistan using maxent modeling. Acta Oecol. 2013;49:23-31.
    """
    for ref in refs:
        for label, field in _elements(ref):
            found = list(lower_names(field.text))
            if not found:
                continue
            if _english(ref, field.text, found) or _capitalised_elsewhere(refs, ref, field, found):
                yield from _report(ref, label, field, found, ("a name", "names"))


def _capitalised_elsewhere(
    refs: Sequence[Reference], ref: Reference, field: Field, found: Sequence[Found]
) -> bool:
    """Whether other titles of the list write each name found capitalised (`German` beside
    `Evidence from german`), and the element has none of another language's little words: the
    list's own spelling tells the slip where a short or misspelt title does not read as English
    (`On reanalyis: Evidence from german`)."""
    if sum(t.lower() in _FOREIGN for t in _TOKEN.findall(field.text)) or ref.title is not field:
        return False
    titles = [r.title.text for r in refs if r is not ref and r.title is not None]
    return all(
        any(re.search(rf"\b{re.escape(f.form)}\b", title) for title in titles) for f in found
    )


# --- RL576: names the list itself capitalises -------------------------------------------------


@lru_cache(maxsize=_TITLES_KEPT)
def _sentence_case(text: str) -> bool:
    """Whether a title is in sentence case: most of its longer words after the first are lower
    case (in title case a capital says nothing about a name)."""
    words = [w for w in _WORD.findall(text)[1:] if len(w) >= MIN_LENGTH]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) < 0.4 * len(words)


def _common(word: str) -> bool:
    """Whether English often writes `word` (lower case) in lower case too."""
    return english_words().get(word, 0) >= FREQUENT or word in _guard()


def _after_stop(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence of the title (after `.`, `:`, `?`...), where
    any word takes a capital, as the title's first word does."""
    return bool(_SENTENCE_END.search(text, max(0, start - 3), start))


class Learnt(NamedTuple):
    words: dict[str, str]  # a capitalised word by its lower-case form
    genera: dict[tuple[str, str], str]  # a genus by (genus, epithet) in lower case
    phrases: dict[tuple[str, ...], str]  # a name of several words by its words in lower case
    lengths: dict[str, set[int]]  # the lengths of the names (`phrases`) each first word begins
    shipped: set[str]  # the words of `words` known from `capital_words` alone
    sure: set[str]  # acronyms printed twice or more, or outside the titles: not a word shouted


# The small words a name of several words keeps in lower case inside it (`Study of ...`).
_NAME_MINOR = frozenset(["of", "and", "the", "for", "in", "on", "to"])
MIN_PHRASE = 3  # capitalised words: two (`Heart Failure`) are as often a term capitalised in error


def _phrase_runs(visible: str, found: Sequence[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """(first, last) token of each run of capitalised words, joined by a space or a hyphen, with
    small words inside it (`Multi-Ethnic Study of Atherosclerosis`), of `MIN_PHRASE` or more
    capitalised words."""
    i = 0
    while i < len(found):
        if not _capital_word(found[i].group()):
            i += 1
            continue
        last = i
        j = i + 1
        while j < len(found) and visible[found[j - 1].end() : found[j].start()] in (" ", "-"):
            word = found[j].group()
            if _capital_word(word):
                last = j
            elif word not in _NAME_MINOR:
                break
            j += 1
        capitals = sum(_capital_word(m.group()) for m in found[i : last + 1])
        if capitals >= MIN_PHRASE:
            yield i, last
        i = last + 1


def _capital_word(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _learn_phrases(titles: Sequence[str], learnt: Learnt) -> None:
    """Names of several words a sentence-case title capitalises among lower-case words
    (`the Multi-Ethnic Study of Atherosclerosis`, `consortium Protein Data Bank`), kept where
    the list's titles capitalise them at least as often as they write them all in lower case."""
    tokenised = []
    for text in titles:
        visible = _visible(text)
        tokenised.append((visible, list(_WORD.finditer(visible))))
    for text, (visible, found) in zip(titles, tokenised, strict=True):
        if not _sentence_case(text):
            continue
        for first, last in _phrase_runs(visible, found):
            before = found[first - 1].group() if first else ""
            if not before.islower() or _after_stop(visible, found[first].start()):
                continue
            key = tuple(m.group().lower() for m in found[first : last + 1])
            if key not in names():
                learnt.phrases.setdefault(key, visible[found[first].start() : found[last].end()])
    if not learnt.phrases:
        return
    for key in learnt.phrases:
        learnt.lengths.setdefault(key[0], set()).add(len(key))
    capital: Counter[tuple[str, ...]] = Counter()
    lower: Counter[tuple[str, ...]] = Counter()
    for visible, found in tokenised:
        for key, start, _ in _phrases_in(found, learnt, visible):
            words = [m.group() for m in found[start : start + len(key)]]
            if all(w.islower() for w in words):
                lower[key] += 1
            elif all(_capital_word(w) or w in _NAME_MINOR for w in words):
                capital[key] += 1
    for key in list(learnt.phrases):
        if lower[key] > capital[key]:
            del learnt.phrases[key]


def _phrases_in(
    found: Sequence[re.Match[str]], learnt: Learnt, visible: str
) -> Iterator[tuple[tuple[str, ...], int, int]]:
    """(key, first token, token after) of each learnt name in a title's tokens, in any case;
    looked up by each token's lengths of names (a title's cost does not grow with the list)."""
    lowered = [m.group().lower() for m in found]
    for i, word in enumerate(lowered):
        for n in learnt.lengths.get(word, ()):
            if i + n > len(lowered):  # the title ends before a name of n words could
                continue
            key = tuple(lowered[i : i + n])
            if key in learnt.phrases and all(
                visible[found[k].end() : found[k + 1].start()] in (" ", "-", "‐")
                for k in range(i, i + n - 1)
            ):
                yield key, i, i + n


# A word with a capital inside it, after one or more capitals and lower-case letters (`PyTorch`,
# `ArcGIS`, `XLNet`, `DBpedia`, `NLopt`); not a surname's (`McDonald`, `DeVries`).
_MIXED = pattern(r"[A-Z]+[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+")
_SURNAME = pattern(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)[A-Z]")


@cache
def capital_words() -> dict[str, str]:
    """The words SCOWL prints only with capitals inside them (`NASDAQ`, `PyTorch`), by their
    lower-case form (`capital_words.txt`, built by `scripts/build_capital_words.py`)."""
    return {word.lower(): word for word in _shipped("capital_words.txt")}


def _mixed(word: str) -> bool:
    return len(word) >= 4 and bool(_MIXED.fullmatch(word)) and not _SURNAME.match(word)


def learn(titles: Sequence[str], elsewhere: Sequence[str] = ()) -> Learnt:
    """The words a list capitalises inside its sentence-case titles, its acronyms and its
    genera; the acronyms and words in mixed case of `elsewhere` (its journals, publishers and
    group authors) too, and the words of `capital_words` it writes in no other form."""
    learnt = Learnt({}, {}, {}, {}, set(), set())
    capitals: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    defined: set[str] = set()
    mixed: set[str] = set()
    for text in elsewhere:
        visible = _visible(text)
        found = list(_WORD.finditer(visible))
        _learn_acronyms(visible, found, learnt, capitals, alone=len(found) == 1)
        mixed.update(m.group() for m in found if _mixed(m.group()))
    learnt.sure.update(capitals)
    for text in titles:
        visible = _visible(text)
        found = list(_WORD.finditer(visible))
        sentence_case = _sentence_case(text)
        _learn_acronyms(visible, found, learnt, capitals)
        mixed.update(m.group() for m in found if _mixed(m.group()))
        defined.update(_defined_acronyms(visible))
        for i, m in enumerate(found[1:], 1):
            word = m.group()
            if word.islower() and len(word) >= ACRONYM[0]:
                lower[word] += 1
            if len(word) < MIN_LENGTH or _after_stop(visible, m.start()):
                continue
            elif sentence_case and word[0].isupper() and not word.isupper():
                # A capital in a run of them (`Near-Infrared Spectroscopy`) may be a term's
                # or a title-case phrase's: only a capital among lower-case words, one space
                # after the word before it, is a name's.
                before = found[i - 1]
                around = [before.group()] + [n.group() for n in found[i + 1 : i + 2]]
                if visible[before.end() : m.start()] == " " and all(w.islower() for w in around):
                    capitals[word.lower()] += 1
                    learnt.words.setdefault(word.lower(), word)
        for m in _BINOMIAL.finditer(visible):
            genus, epithet = m.groups()
            if (
                _AFTER_WORD.search(visible, max(0, m.start() - 40), m.start())
                and genus.lower() not in english_words()
                and not _common(epithet)  # `Maxent modeling` is no binomial
            ):
                learnt.genera.setdefault((genus.lower(), epithet), genus)
    for word in list(learnt.words):
        if word in defined:
            continue  # spelt out by the list itself: an acronym, however often lowered
        # an acronym printed twice in capitals and lowered less often is the list's name, though
        # English has the word (`BERT` twice, `bert` once)
        shouted = learnt.words[word].isupper() and lower[word] < capitals[word] >= 2
        if (_common(word) and not shouted) or lower[word] > capitals[word]:
            del learnt.words[word]  # a term the list mostly writes in lower case
    learnt.sure.update(word for word, n in capitals.items() if n >= 2)
    # a capital inside a word is a name's however often the list lowers it (`pytorch`, `Xlnet`)
    for word in mixed:
        if not _common(word.lower()):
            learnt.words.setdefault(word.lower(), word)
    for key, word in capital_words().items():
        if len(key) >= MIN_LENGTH and key not in learnt.words and key in lower and not _common(key):
            learnt.words[key] = word
            learnt.shipped.add(key)
    _learn_phrases(titles, learnt)
    return learnt


# An acronym in parentheses after the words it stands for (`Probability of Informed Trading
# (PIN)`): its first letter opens one of the six words before it, the rest follow in order.
_DEFINED = pattern(r"((?:[^\W\d_]+[\s-]+){1,6})\(([A-Z]{3,6})\)")


def _defined_acronyms(visible: str) -> Iterator[str]:
    """The acronyms a title spells out before giving them in capitals, in lower case."""
    if "(" not in visible:
        return
    for m in _DEFINED.finditer(visible):
        words, acronym = m.group(1).lower(), m.group(2).lower()
        starts = [
            i
            for i, c in enumerate(words)
            if c == acronym[0] and (i == 0 or not words[i - 1].isalpha())
        ]
        for start in starts:
            rest = iter(words[start + 1 :])
            if all(letter in rest for letter in acronym[1:]):
                yield acronym
                break


def _learn_acronyms(
    visible: str,
    found: list[re.Match[str]],
    learnt: Learnt,
    capitals: Counter[str],
    alone: bool = False,
) -> None:
    """Words a title prints in capitals (`UAE`, `DNA`): an acronym, unless the title shouts
    (most of its words in capitals) or a digit touches it (`TP53` and zebrafish `tp53` are
    two genes, not one written twice). A publisher of one word (`NIST`) is `alone`: no shout."""
    if not alone and sum(m.group().isupper() for m in found) * 2 >= len(found):
        return
    for m in found:
        word = m.group()
        if ACRONYM[0] <= len(word) <= ACRONYM[1] and word.isupper() and not _by_digit(visible, m):
            capitals[word.lower()] += 1
            learnt.words.setdefault(word.lower(), word)


def _by_digit(text: str, m: re.Match[str]) -> bool:
    """Whether a digit stands right before or after the word (`TP53`, `5HT`), or after a hyphen
    that follows it (`IL-6`)."""
    before = text[m.start() - 1 : m.start()]
    after = text[m.end() : m.end() + 2]
    return before.isdigit() or after[:1].isdigit() or (after[:1] == "-" and after[1:].isdigit())


def lower_learnt(text: str, learnt: Learnt, places: frozenset[str]) -> Iterator[Found]:
    """Each word of `text` that the list capitalises elsewhere, written here in lower case, and
    each name of several words with words the list capitalises written here in lower case."""
    visible = _visible(text)
    tokens = _tokens(text)
    taken: list[tuple[int, int]] = []  # the names of several words found: their words are said
    if learnt.phrases:
        found = list(_WORD.finditer(visible))
        for key, first, after in _phrases_in(found, learnt, visible):
            name = learnt.phrases[key]
            written = [m.group() for m in found[first:after]]
            wanted = _WORD.findall(name)
            if any(w.islower() and f[:1].isupper() for w, f in zip(written, wanted, strict=True)):
                start, end = found[first].start(), found[after - 1].end()
                taken.append((start, end))
                yield Found(start, end, text[start:end], _cased(text[start:end], name.split()))
    for i, (start, end, word) in enumerate(tokens):
        if any(a <= start < b for a, b in taken):
            continue
        if not word.islower():
            if (lost := _lowered_capitals(text, start, word, learnt)) is not None:
                yield lost
            continue
        what = ""
        if word in learnt.shipped:
            if _in_compound(text, start, end):
                continue  # `iso-octane`: a prefix, not the acronym
            what = "a name English writes with capitals"
        if i + 1 < len(tokens) and _joined(text, tokens, i, 2):
            genus = learnt.genera.get((word, tokens[i + 1][2]))
            if genus is not None:
                yield Found(start, end, word, genus)
                continue
        form = learnt.words.get(word)
        if form is None or word in places or _epithet(text, start):
            continue
        token = _WORD.match(visible, start)
        if form.isupper() and token is not None and _by_digit(visible, token):
            continue
        yield Found(start, end, word, form, what)


def _lowered_capitals(text: str, start: int, word: str, learnt: Learnt) -> Found | None:
    """A name with capitals inside it written with its first capital alone (`Xlnet` for
    `XLNet`, anywhere), or an acronym so written where a title or a subtitle opens (`Nist big
    data`, `Prisma 2020`: a title lowered whole but for its first letter); inside a sentence
    `Nasdaq` and `Nato` are a house's style."""
    if len(word) < 3 or not word[0].isupper() or not word[1:].islower():
        return None
    form = learnt.words.get(word.lower())
    if form is None or form == word or sum(c.isupper() for c in form) < 2:
        return None
    if form.isupper() and (
        word.lower() not in learnt.sure
        or (start > 0 and not _after_stop(text, start))
        or word.lower() in english_words()  # `Osprey nesting` beside a trial `OSPREY`
    ):
        return None
    if word.lower() in learnt.shipped:
        return None  # SCOWL's acronym at a title's start may be an English word's capital
    token = _WORD.match(text, start)
    if form.isupper() and token is not None and _by_digit(text, token):
        return None  # `Covid-19`
    return Found(start, start + len(word), word, form)


def _in_compound(text: str, start: int, end: int) -> bool:
    """Whether the word at start..end is joined by a hyphen or a slash to a word."""
    return text[end : end + 1] in ("-", "‐", "/") or text[start - 1 : start] in ("-", "‐", "/")


# A symbol of capitals numbered after a hyphen (`PD-1`, `IL-6`, `CTLA-4`), and the same written
# in lower case (`anti-pd-1`): the list's capitals are the symbol's.
_NUMBERED_SYMBOL = pattern(r"(?<![^\W_])[A-Z]{2,5}-\d{1,3}(?![^\W_])")
_NUMBERED_LOWER = pattern(r"(?<![^\W_])[a-z]{2,5}-\d{1,3}(?![^\W_])")


def numbered_symbols(titles: Sequence[str]) -> dict[str, str]:
    """The numbered symbols the list prints in capitals, by their lower-case form."""
    found: dict[str, str] = {}
    for text in titles:
        for m in _NUMBERED_SYMBOL.finditer(_visible(text)):
            found.setdefault(m.group().lower(), m.group())
    return found


def lower_numbered(text: str, symbols: dict[str, str]) -> Iterator[Found]:
    """Each numbered symbol the list prints in capitals, written here in lower case."""
    for m in _NUMBERED_LOWER.finditer(_visible(text)):
        form = symbols.get(m.group())
        if form is not None:
            yield Found(m.start(), m.end(), m.group(), form)


# An acronym of capitals with the words it spells after it (`TTD: therapeutic Target Database`)
# or before it in brackets (`therapeutic Target Database (TTD)`).
_ACRONYM_HEAD = pattern(r"(?<![^\W_])([A-Z]{3,6})\s*[:–—]\s*")
_ACRONYM_AFTER = pattern(r"\s*\(([A-Z]{3,6})\)")
_HEAD_MARKS = pattern(r"[:–—]")
_SPELT_SMALL = frozenset(["of", "and", "in", "for", "the", "on", "to", "&"])


def _spelt(words: Sequence[re.Match[str]], letters: str) -> list[re.Match[str]] | None:
    """The words whose initials spell `letters`, small words between them skipped; None when
    they do not."""
    chosen: list[re.Match[str]] = []
    for m in words:
        if len(chosen) == len(letters):
            break
        word = m.group()
        if word.lower() in _SPELT_SMALL and chosen:
            continue
        if word[0].lower() != letters[len(chosen)].lower():
            return None
        chosen.append(m)
    return chosen if len(chosen) == len(letters) else None


def half_capitalised(text: str) -> Iterator[Found]:
    """Each word of a name spelt out beside its acronym, in lower case where other words of
    the name are capitalised (`TTD: therapeutic Target Database`): the name lost a capital. A
    capital that opens the title or a subtitle says nothing, so a name whose only capital
    stands there (`TTD: Therapeutic target database`) is left alone."""
    visible = _visible(text)
    # the marks each pattern needs, looked for first: most titles spell out no acronym
    heads = list(_ACRONYM_HEAD.finditer(visible)) if _HEAD_MARKS.search(visible) else []
    afters = list(_ACRONYM_AFTER.finditer(visible)) if "(" in visible else []
    if not heads and not afters:
        return
    words = list(_WORD.finditer(visible))
    starts = [w.start() for w in words]
    runs: list[list[re.Match[str]]] = []
    for m in heads:
        first = bisect.bisect_left(starts, m.end())
        after = words[first : first + 2 * len(m.group(1))]
        if (run := _spelt(after, m.group(1))) is not None:
            runs.append(run)
    for m in afters:
        end = bisect.bisect_left(starts, m.start())
        letters = m.group(1)
        before = words[max(0, end - len(letters) - 4) : end]
        for size in range(len(letters), len(letters) + 4):  # small words may sit inside
            run = _spelt(before[-size:], letters) if len(before) >= size else None
            if run is not None and run[-1] is before[-1]:
                runs.append(run)
                break
    for run in runs:
        capitals = [w for w in run if _name_capital(visible, w)]
        if len(capitals) < MIN_HALF:
            continue
        for w in run:
            if w.group().islower():
                form = w.group()[0].upper() + w.group()[1:]
                what = "a word of the name its acronym spells (its other words capitalised)"
                yield Found(w.start(), w.end(), w.group(), form, what)


MIN_HALF = 2  # capitalised words of a name spelt out, for its lower-case ones to be slips


def _name_capital(text: str, w: re.Match[str]) -> bool:
    """Whether a word of a name spelt out is capitalised as the name's: a word of three letters
    or more, not the title's first nor a subtitle's, nor a piece of a compound (`Epstein-Barr
    virus (EBV)`, `Madin–Darby canine kidney (MDCK)`: the eponym's capitals are its own, and
    an eponym of two names is joined by a hyphen or an en dash)."""
    word = w.group()
    if len(word) < 3 or not word[0].isupper() or not word[1:].islower():
        return False
    if w.start() == 0 or _after_stop(text, w.start()):
        return False
    joined = ("-", "‐", "–")
    return text[w.start() - 1] not in joined and text[w.end() : w.end() + 1] not in joined


def lower_abbreviations(text: str) -> Iterator[Found]:
    """Each abbreviation in brackets, in lower case, that spells the initials of the words just
    before it (`true skill statistic (tss)`). Units keep their lower case (`parts per million
    (ppm)`, `colony-forming units (cfu)`)."""
    visible = _visible(text)
    for m in _BRACKETED.finditer(visible):
        letters = m.group(1)
        words = _WORD.findall(visible[max(0, m.start() - 120) : m.start()])[-len(letters) :]
        if len(words) < len(letters) or words[0].lower() in _MINOR:
            continue
        if "".join(w[0] for w in words).lower() != letters:
            continue
        if {w.lower() for w in words} & _UNIT_WORDS:
            continue
        spelt = " ".join(words)
        yield Found(m.start(1), m.end(1), letters, letters.upper(), f"`{spelt}` abbreviated")


# `us` where no pronoun stands: after `the` or a number (`in the us through`, `four us election
# cycles`); the pronoun never follows either
_LOWER_US = pattern(
    r"(?<![^\W\d_])(?:the|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(us)(?![\w'’-])",
    re.I,
)
# the country's abbreviation in capitals, as a title prints it (`in the US:`, `U.S.`)
_CAPITAL_US = pattern(r"(?<![\w.])(?:US|U\.S\.)(?![\w'’-])")


def lower_us(text: str) -> Iterator[Found]:
    """`us` for the United States where no pronoun can stand (`in the us`, `four us`)."""
    if "us" not in text:
        return
    for m in _LOWER_US.finditer(text):
        if m.group(1) == "us":
            yield Found(m.start(1), m.end(1), "us", "US", "the United States' abbreviation")


# `r` alone where only the language R stands: after `in`, `with` or `using` at the title's or a
# clause's end or before `using` (`Graph estimation in r`), or before `package` (`An r package`);
# a variable is not written so (`in r dimensions`, `Pearson's r`), nor Polish `2015 r.`
_LOWER_R = pattern(
    r"(?:(?<![^\W\d_])(?:in|with|using)\s+(r)(?=\s*(?:$|[.:;,?!)]|\s(?:using|with|via|and)\b))"
    r"|(?<![^\W\d_])(?:an|the|our)\s+(r)\s+(?=packages?\b))",
    re.I,
)


def lower_r(text: str) -> Iterator[Found]:
    """The language R written `r` where nothing else can stand (`in r`, `an r package`)."""
    if " r" not in text:
        return
    for m in _LOWER_R.finditer(text):
        at = 1 if m.group(1) else 2
        if m.group(at) == "r":
            yield Found(m.start(at), m.end(at), "r", "R", "the language R's name")


_SMALL_IN_NAMES = frozenset(["of", "and", "for", "the", "on", "in", "at", "to", "de", "&"])


def lower_own_name(ref: Reference, title: str) -> Iterator[Found]:
    """The entry's group author, a name of two words or more in capitals, printed again in its
    title with a word lowered (`Roll Call. (2020). Roll call election guide`)."""
    for author in ref.authors:
        words = author.text.rstrip(". ").split()
        if not author.is_group or len(words) < 2 or author.text.isupper():
            continue
        if not all(w[0].isupper() for w in words if w.lower() not in _SMALL_IN_NAMES):
            continue
        name = " ".join(words)
        at = title.lower().find(name.lower())
        if at < 0 or title[at : at + len(name)] == name:
            continue
        if not _bounded(title, at, at + len(name)):
            continue
        yield Found(at, at + len(name), title[at : at + len(name)], name, "the author's own name")


def _bounded(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (
        end == len(text) or not text[end].isalnum()
    )


@list_rule(
    code="RL576",
    name="list-name-lower-case",
    category=Category.FORMAT,
    severity=Severity.INFO,
    summary="A name the list capitalises elsewhere, or an abbreviation, in lower case in a title",
    fixable=True,
)
def list_name_lower_case(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns the names of the list from its own titles: a word it writes capitalised inside a title in
    sentence case, among lower-case words and more often capitalised than not (`Caatinga`,
    `Alzheimer`), and a genus it writes with a capital before its epithet (`Calotropis procera`), an
    acronym it prints in capitals (`UAE`; not in a title all in capitals, nor beside a digit: `TP53`
    and zebrafish `tp53` are two genes), and a name of three or more capitalised words that a
    sentence-case title writes after a lower-case word (`the Multi-Ethnic Study of Atherosclerosis`,
    `consortium Protein Data Bank`; two words such as `Heart Failure` are as often a term
    capitalised in error). Flags the same word, acronym, binomial or name written with a word in
    lower case in another title (`caatinga`, `uae`, `calotropis procera`, `protein Data Bank`,
    `multi-ethnic study of atherosclerosis`). A word that English often writes in lower case
    (`western`, `central`) is never learnt, nor a word or name the list writes more often in lower
    case (a name counts its capitals in title-case titles too), unless a title spells the acronym
    out before it (`Probability of Informed Trading (PIN)`: `pin` elsewhere is the acronym lowered)
    or prints it in capitals twice and lowers it less often (`BERT` twice, `A lite bert` once);
    the place names RL575 knows are left to it, and so are a genus RL588 warns of and a name RL555
    knows (one finding is enough). It also flags an abbreviation in brackets, in lower case, that
    spells the initials of the words just before it (`true skill statistic (tss)`); a unit's
    abbreviation keeps its lower case (`parts per million (ppm)`); and a symbol numbered after a
    hyphen that the list prints in capitals, written in lower case (`anti-pd-1` where another title
    writes `anti-PD-1`), and a word in lower case in a name spelt out beside its acronym whose other
    words are capitalised (`TTD: therapeutic Target Database`), and `us` after `the` or a number,
    where no pronoun stands (`in the us`, `four us election cycles`), in a list whose titles print
    `US` or `U.S.`, the language R written `r` where no variable stands (`graph estimation in
    r`, `an r package`), and a group author's name lowered in its own title (`Roll Call. (2020).
    Roll call election guide`). Beyond the titles, an acronym the list's journals, publishers or
    group authors print (`JBI Evid Synth`, `NIST`) counts as learnt; a word with a capital
    inside it (`PyTorch`) is learnt however often the list lowers it; an acronym printed twice,
    or outside the titles, and no English word, is also flagged written with its first capital
    alone where a title or subtitle opens (`Nist big data`, a title lowered whole by BibTeX;
    inside a sentence `Nasdaq` is a house's style); and a word that SCOWL's English word lists
    print only with capitals inside it (`nasdaq`, `nyse`; `capital_words.txt`) is flagged in
    lower case, but not as a prefix (`iso-octane`). In an entry the grammar could not read, an
    abbreviation in brackets is read in the text after the names. A hint, not a fault: the
    list's capital, the words spelt out, or English's own capitals are the evidence.

    ## Why is this bad?
    A name takes its capital in every title; a list that writes it both ways has lost a capital
    to a database or a tool, and a copy editor restores it.

    ## Fix safety
    Unsafe: the fix copies the list's own capitalised form.

    ## Example
        1. Frosi G, Oliveira MT. Ecophysiological performance of an exotic species in the
           caatinga. Acta Physiol Plant. 2013;35:335-44.
        2. Santos MG, Frosi G. Drought tolerance of woody plants of the Caatinga under a
           changing climate. Oecologia. 2014;175:1-12.

    Use instead:
        1. Frosi G, Oliveira MT. Ecophysiological performance of an exotic species in the
           Caatinga. Acta Physiol Plant. 2013;35:335-44.
        2. Santos MG, Frosi G. Drought tolerance of woody plants of the Caatinga under a
           changing climate. Oecologia. 2014;175:1-12.
    """
    # imported here: those modules import this one
    from .title_capitals import reported_genera
    from .title_words import lower_eponyms

    learnt = learn(
        [ref.title.text for ref in refs if ref.title is not None],
        [
            *(f.text for ref in refs for f in (ref.container, ref.publisher) if f is not None),
            *(a.text for ref in refs for a in ref.authors if a.is_group),
        ],
    )
    numbered = numbered_symbols([ref.title.text for ref in refs if ref.title is not None])
    capital_us = any(
        ref.title is not None and _CAPITAL_US.search(ref.title.text) is not None for ref in refs
    )
    places = frozenset(key[0] for key in names() if len(key) == 1)
    for ref in refs:
        if ref.kind is Kind.UNKNOWN:
            # an entry the grammar could not read may hold its title anywhere after the names:
            # an abbreviation spelling the words before it needs nothing of the list
            label, field = next(_elements(ref))
            if (spelt := list(lower_abbreviations(field.text))) and _english(
                ref, field.text, spelt
            ):
                yield from _report(ref, label, field, spelt, ("", "names"))
        if ref.title is None:
            continue
        found = list(lower_learnt(ref.title.text, learnt, places))
        if found:  # a genus RL588 reports, or a name RL555 knows, is not said again
            warned = {g.start for g in reported_genera(ref.title.text)}
            known = [(e.start, e.end) for e in lower_eponyms(ref.title.text)]
            found = [
                f
                for f in found
                if f.start not in warned and not any(a <= f.start < b for a, b in known)
            ]
        if ref.kind is not Kind.UNKNOWN:
            found += lower_abbreviations(ref.title.text)
        if capital_us:
            found += lower_us(ref.title.text)
        found += lower_own_name(ref, ref.title.text)
        found += lower_r(ref.title.text)
        found += lower_numbered(ref.title.text, numbered)
        found += [
            f for f in half_capitalised(ref.title.text) if f.start not in {g.start for g in found}
        ]
        if found and _english(ref, ref.title.text, found):
            yield from _report(
                ref, "title", ref.title, found, ("a name the list capitalises elsewhere", "names")
            )
