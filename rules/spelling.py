"""A probable misspelling in an English title, journal, publisher or place (RL550).

The rule is built to stay quiet: it speaks only of a word that is plainly English text gone wrong
(`caecinoma`, `Unversity`, `Nautural`), never of a term of art, a name or a word in another
language. The English word-frequency list is pyspellchecker's; it is read only when the rule runs,
so a run that does not select RL550 never pays for it (`english_words`).
"""

from __future__ import annotations

import bisect
import contextlib
import mmap
import re
import sys
import zlib
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TypeAlias

from refslint.api import (
    MONTH_NAMES,
    Category,
    Context,
    Diagnostic,
    Edit,
    Field,
    Fix,
    Reference,
    Severity,
    Span,
    cache_folder,
    list_rule,
    one_slip,
    pattern,
)

MIN_LENGTH = 6  # shorter words are too often abbreviations, symbols or Latin (`vitro`, `titin`)
MIN_NAME_LENGTH = 7  # a shorter capitalised word is as often a name (`Stahl`, `Calar`) as a slip
# Endings of Latin terms (species, anatomy, diseases: `elegans`, `sclerosus`, `cerevisiae`).
_LATIN = ("us", "um", "ae", "ii", "is", "ans", "ens")
# Endings of drug names (the stems of the WHO's International Nonproprietary Names and of USAN:
# `atorvastatin`, `rituximab`, `imatinib`): the frequency list lacks the names, and a plural class
# (`Statins`) can sit one edit from a common word (`Stations`).
_DRUG_STEMS = tuple(
    stem + plural
    for stem in (
        "statin", "mab", "tinib", "pril", "sartan", "olol", "dipine", "azepam", "oxacin",
        "cycline", "mycin", "cillin", "parin", "prazole", "gliptin", "glitazone", "gliflozin",
        "lukast", "setron", "triptan", "dronate", "platin", "rubicin", "taxel", "fungin",
        "conazole", "thiazide", "coxib", "lutamide",
    )
    for plural in ("", "s")
)  # fmt: skip
# General scientific words the frequency list lacks, each one edit from a common word.
# (`sorbent`/`sorbet`, `phonons`/`photons`, `magnon`/`mignon`, `etchant`/`enchant`,
# `advective`/`adjective`, `qubits`/`quits`: terms of chemistry, physics, materials science and
# the ocean and atmosphere sciences that collide with common words; linguistics' `clitic`/`clinic`
# and `spellout`/`sellout`)
ALLOWED = frozenset(
    [
        "analyte", "analytes", "medline", "perceptron", "perceptrons", "redox",
        "sorbent", "sorbents", "phonon", "phonons", "magnon", "magnons", "etchant", "etchants",
        "advect", "advects", "advected", "advecting", "advection", "advective", "advectively",
        "jupyter", "qubit", "qubits", "qutrit", "qutrits", "clitic", "clitics", "spellout",
        "spellouts",
    ]
)  # fmt: skip
# How often the correction must occur in the frequency list (counts per ~800 million words of
# subtitles): "carcinoma" 183, "hierarchical" 255, "university" 18017. Below this bar a word one
# edit away is as likely the writer's rare term as the rare word it resembles.
FREQUENT = 150
ENGLISH_SHARE = 0.75  # share of an element's words the dictionary knows for it to read as English
MIN_WORDS = 3  # an element of fewer words says too little about its language

# A word in an element: letters, apostrophes and hyphens; digits make it a code (`FIT3D`).
_TOKEN = pattern(r"[\w'’]+(?:-[\w'’]+)*")
_PART = pattern(r"[\w'’]+")  # a token's parts between its hyphens: every such run of the text
_LETTERS = re.compile(r"[a-z]+")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# Little words of the other languages reference lists are written in, none of them English.
_FOREIGN = frozenset(
    "da das do dos em na nas no nos para com uma um pela pelo ao aos os del los las el y con una "  # noqa: SIM905
    "por und der die des dem den zur zum für von im et les du aux une pour sur le la".split()
)
_INITIALS = pattern(r"[A-Z]{1,3}")
# A word whose first letters are capitals, the rest lower case (`REsource` in `mIcrobiome
# REsource`, a title spelling its acronym out): its letters are a word's, its case a device,
# unless a word starts at its last capital (`DScribe`, `MOFormer`, `IForest`: coined names).
_CAPPED = pattern(r"[A-Z]{2,3}[a-z]{4,}")
_INITIALS_BEFORE = pattern(r"(?<![^\s,(])[A-Z]\.\s*$")
_INITIALS_AFTER = pattern(r",?\s*[A-Z]\.(?:\s|,|$)")
_BROKEN_BEFORE = pattern(r"[^\W\d_]-\s+$")
_BROKEN_AFTER = pattern(r"-\s+[^\W\d_]")
_MONTHS = frozenset(m.lower() for m in MONTH_NAMES)
_STRETCH = pattern(r"[^\W\d_][^.;:,()\[\]<>/0-9]*")  # words between marks and numbers
_ADDRESS = pattern(r"(?<!\S)\S*?(?:https?://|www\.|@)\S*", re.I)  # from a word's start: linear
# British spellings the American-leaning list lacks, and their American forms.
_VARIANTS = (
    ("our", "or"),
    ("ae", "e"),
    ("oe", "e"),
    ("isation", "ization"),
    ("ise", "ize"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("yse", "yze"),
    ("tre", "ter"),
    ("tred", "tered"),
    ("ogue", "og"),
    ("amme", "am"),
    ("ysing", "yzing"),
    ("ysed", "yzed"),
    ("lled", "led"),
    ("lling", "ling"),
)
# Prefixes science writes solid (`nonlinear`, `multiscale`, `biomarker`): the rest must be a word.
_PREFIXES = (
    "anti",
    "auto",
    "bio",
    "co",
    "counter",
    "cross",
    "de",
    "geo",
    "hyper",
    "hypo",
    "inter",
    "intra",
    "macro",
    "meta",
    "micro",
    "mis",
    "multi",
    "nano",
    "neo",
    "neuro",
    "non",
    "over",
    "para",
    "photo",
    "poly",
    "post",
    "pre",
    "pseudo",
    "psycho",
    "re",
    "self",
    "semi",
    "sub",
    "super",
    "trans",
    "tri",
    "ultra",
    "un",
    "under",
    "up",
    "down",
)
_SUFFIXES = ("s", "es", "ed", "ing", "ly", "al", "ity", "ness", "ation", "er", "ers", "ic")


_Ints: TypeAlias = "array[int] | memoryview"  # unsigned 32-bit integers, built or read in place


class Words:
    """The dictionary as two sorted arrays of 32-bit checksums (CRC-32 of each word, and of each
    prefix of four letters or more), with each word's count beside its checksum: it loads in a
    millisecond, where the words themselves take a tenth of a second to decode, which every
    cold run would pay. Two words with one checksum are one word to it (about one misspelling in
    30,000 would pass for a word): a miss, never a false alarm."""

    def __init__(self, keys: _Ints, counts: _Ints, prefixes: _Ints) -> None:
        self._keys, self._counts, self._prefixes = keys, counts, prefixes

    @classmethod
    def build(cls, words: dict[str, int]) -> Words:
        by_key: dict[int, int] = {}
        for word, count in words.items():
            key = zlib.crc32(word.encode())
            by_key[key] = max(count, by_key.get(key, 0))
        keys = sorted(by_key)
        prefixes = sorted(
            {zlib.crc32(word[:end].encode()) for word in words for end in range(4, len(word))}
        )
        return cls(array("I", keys), array("I", (by_key[k] for k in keys)), array("I", prefixes))

    def to_bytes(self) -> bytes:
        sizes = array("I", [len(self._keys), len(self._prefixes)])
        return b"".join(a.tobytes() for a in (sizes, self._keys, self._counts, self._prefixes))

    @classmethod
    def from_bytes(cls, data: bytes | mmap.mmap) -> Words:
        """The table in `data` (`to_bytes`), read in place: a mapped file is not copied, and
        only the pages a run's look-ups touch are read from disk."""
        if len(data) < 8 or len(data) % 4:
            raise ValueError("not a word table")
        ints = memoryview(data).cast("I")
        words, prefixes = ints[0], ints[1]
        if len(ints) != 2 + 2 * words + prefixes:
            raise ValueError("not a word table")
        start = 2
        parts = []
        for size in (words, words, prefixes):
            parts.append(ints[start : start + size])
            start += size
        return cls(*parts)

    def __len__(self) -> int:
        return len(self._keys)

    def _at(self, word: str) -> int:
        key = zlib.crc32(word.encode())
        at = bisect.bisect_left(self._keys, key)
        return at if at < len(self._keys) and self._keys[at] == key else -1

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._at(word) >= 0

    def get(self, word: str, default: int = 0) -> int:
        at = self._at(word)
        return self._counts[at] if at >= 0 else default

    def counts(self, words: list[str]) -> list[int]:
        """`get` of each word, in one loop: a correction looks up hundreds of strings."""
        keys, counts, size = self._keys, self._counts, len(self._keys)
        found = []
        for word in words:
            key = zlib.crc32(word.encode())
            at = bisect.bisect_left(keys, key)
            found.append(counts[at] if at < size and keys[at] == key else 0)
        return found

    def begins_longer(self, word: str) -> bool:
        """Whether some listed word is longer and begins with `word`."""
        key = zlib.crc32(word.encode())
        at = bisect.bisect_left(self._prefixes, key)
        return at < len(self._prefixes) and self._prefixes[at] == key


@cache
def english_words() -> Words:
    """pyspellchecker's English words (lower case) and their counts, read once per process and
    only when the rule runs. The first run decodes the library's JSON (about a tenth of a second)
    and keeps the checksum table (`Words`) in refslint's cache folder, which later runs load in a
    millisecond; the file's name carries the list's size and time, so an upgrade reads the JSON
    again, and a damaged copy is rebuilt."""
    from importlib.util import find_spec

    spec = find_spec("spellchecker")  # found, not imported: the package is only read from
    if spec is None or spec.origin is None:
        raise ImportError("pyspellchecker is not installed")
    source = Path(spec.origin).parent / "resources" / "en.json.gz"
    folder = cache_folder()
    kept = None
    if folder is not None:
        stat = source.stat()
        kept = Path(folder) / f"words-en-{stat.st_size}-{stat.st_mtime_ns}-{sys.byteorder}.crc"
        try:
            return Words.from_bytes(_mapped(kept))
        except (OSError, ValueError):
            pass
    words = Words.build(_decoded(str(source)))
    if kept is not None:
        _keep(kept, words.to_bytes())
    return words


def _mapped(path: Path) -> mmap.mmap:
    """The file mapped read-only. The map outlives the file's handle, and a later `_keep`
    replaces the file by renaming, so the map keeps the table it was given."""
    with open(path, "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


def _decoded(source: str) -> dict[str, int]:
    import json

    from spellchecker.utils import load_file

    with load_file(source, "utf-8") as data:
        words: dict[str, int] = json.loads(data)
    return words


def _keep(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (another process may be reading it)."""
    import os
    import tempfile

    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _edits(word: str) -> tuple[set[str], set[str], set[str]]:
    """The strings one edit from `word` (lower-case letters, two or more) that keep its first and
    last letters, by how often the edit is a slip: a letter dropped or two swapped (the word lacks
    one, or has two the other way round), a letter changed, a letter added. Made with its ends
    kept, not made whole and sifted: a correction looks every one of them up, and an edit at
    either end could only give back the word itself or change that end."""
    n = len(word)
    dropped = {word[:i] + c + word[i:] for i in range(1, n) for c in _ALPHABET}
    dropped |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, n - 2)}
    changed = {word[:i] + c + word[i + 1 :] for i in range(1, n - 1) for c in _ALPHABET}
    added = {word[:i] + word[i + 1 :] for i in range(1, n - 1)}
    for edits in (dropped, changed, added):
        edits.discard(word)
    return dropped, changed, added


def _whole(candidate: str, words: Words) -> bool:
    """Whether every prefix of four letters or more of `candidate` begins a listed word, as each
    prefix of a listed word does. The table keeps checksums, not words: among the hundreds of
    strings a correction looks up, one in some fifty words shares a checksum with a listed
    word (`joujneytomars`); that its prefixes all do too is next to impossible."""
    return all(words.begins_longer(candidate[:end]) for end in range(4, len(candidate)))


def _abbreviation(word: str) -> bool:
    """Whether `word` begins a longer dictionary word (`Psychol`, `Technol`, `Inflamm`): a
    journal or publisher abbreviation, not a slip."""
    return english_words().begins_longer(word)


def _known(word: str, words: Words) -> bool:
    """`_explained`, remembered: a list asks about the same words again and again."""
    known = _KNOWN.get(word)
    if known is None:
        known = _KNOWN[word] = _explained(word, words)
    return known


_KNOWN: dict[str, bool] = {}  # the one dictionary's answers, by word


def is_word(word: str, words: Words) -> bool:
    """Whether `word` (lower case) is a dictionary word or one of its British, prefixed or
    suffixed forms (`tumour`, `nonlinear`, `biomarkers`)."""
    return _known(word, words)


def _explained(word: str, words: Words) -> bool:
    """Whether `word` (lower case) is a word: listed, a British form of a listed word, or a listed
    word with a common prefix or suffix (`nonlinear`, `biomarkers`)."""
    if word in words:
        return True
    for british, american in _VARIANTS:
        if british in word and word.replace(british, american) in words:
            return True
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            rest = word[len(prefix) :]
            if words.get(rest, 0) >= FREQUENT or _known_stem(rest, words):
                return True
    return _known_stem(word, words)


def _known_stem(word: str, words: Words) -> bool:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 5:
            stem = word[: -len(suffix)]
            if max(words.get(stem, 0), words.get(stem + "e", 0)) >= FREQUENT:
                return True
    # a short verb ending in two consonants takes `-ing` as it is (`texting`, `helping`); one
    # ending in a vowel and a consonant doubles it (`shedding`), so `sheding` stays a slip
    short = _SHORT_VERB.fullmatch(word)
    return short is not None and words.get(short.group(1), 0) >= FREQUENT


_SHORT_VERB = re.compile(r"([a-z]{2}[^aeiou\W][^aeiouy\W])ing")


def _correction(word: str, words: Words) -> str | None:
    """The word one edit from `word`, keeping its first and last letters, that the writer most
    likely meant, when one is frequent enough to be meant. A dropped letter or two swapped come
    before a wrong letter, and a wrong letter before an extra one (`Varation` is `Variation`, not
    `Vacation`); frequency decides among alike. Slips rarely touch the first letter, and names,
    terms and other languages differ from words there (`Kullback`/`fullback`, `Calar`/`scalar`,
    `Instituto`/`institute`, `silico`/`silica`). A misspelt month is the date rules' to report."""
    best: tuple[int, int, str] | None = None
    for rank, candidates in enumerate(_edits(word)):
        kept = [c for c in candidates if c not in _MONTHS]
        for candidate, n in zip(kept, words.counts(kept), strict=True):
            if (
                n >= FREQUENT
                and (best is None or (-rank, n) > (-best[0], best[1]))
                and _whole(candidate, words)
            ):
                best = (rank, n, candidate)
        if best is not None:
            break  # a commoner kind of slip always wins: the later kinds need no look-ups
    if best is None:
        return _prefixed_correction(word, words)
    return best[2]


def _prefixed_correction(word: str, words: Words) -> str | None:
    """A prefixed word whose rest is one slip from a frequent word, the whole a listed word
    (`reanalyis`, `reanalysis`): the dictionary counts the prefixed form too rarely to offer it."""
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if not word.startswith(prefix) or len(rest) < MIN_LENGTH or rest in words:
            continue
        fixed = _correction(rest, words)
        if fixed is not None and prefix + fixed in words:
            return prefix + fixed
    return None


def _elements(ref: Reference) -> Iterator[tuple[int, str]]:
    """(start, text) of the title, journal, publisher and place, then of each stretch of words
    no element holds (an entry the grammar could not type keeps its prose there)."""
    fields: list[Field] = [f for f in (ref.title, ref.container, ref.publisher, ref.place) if f]
    for field in fields:
        yield field.span.start, field.text
    text = _body(ref)
    taken = [f.span for f in fields] + [f.span for f in (*ref.urls, *ref.notes)]
    taken += [f.span for f in (ref.doi, ref.doi_marker, ref.access_note, ref.pmid) if f]
    for span in taken:  # blanked in the string itself: a list of its characters costs more
        if span.start < span.end:
            text = text[: span.start] + " " * (span.end - span.start) + text[span.end :]
    for m in _STRETCH.finditer(text):
        yield m.start(), m.group()


def _body(ref: Reference) -> str:
    """The entry's text with its label and names blanked (all before the title, when there is
    one: names the grammar did not take are still names)."""
    ends = [ref.body_start] + [s.end for s in (ref.authors_span, ref.et_al and ref.et_al.span) if s]
    if ref.title is not None:
        ends.append(ref.title.span.start)
    end = max(ends)
    return " " * end + ref.text[end:]


def reads_as_english(text: str, words: Words) -> bool | None:
    """Whether `text` reads as English: most of its words of three letters or more are dictionary
    words, and it has no run of another language's little words (`da`, `em`, `para`, `und`).
    Capitalised words the dictionary lacks (names, places, a slip) are left out of the count;
    lower-case words of another language are not. None when it has too few words to tell."""
    counted = known = foreign = 0
    for token in _TOKEN.findall(_ADDRESS.sub(" ", text)):
        foreign += token.lower() in _FOREIGN
        for part in token.split("-"):
            if not part.isalpha() or len(part) < 3:
                continue
            is_known = _known(part.lower(), words)
            if part[:1].isupper() and not is_known:
                continue
            counted += 1
            known += is_known
    if foreign >= 2:
        return False
    if counted < MIN_WORDS:
        return None
    return known >= ENGLISH_SHARE * counted


def _reads_english(ref: Reference, text: str, words: Words) -> bool:
    """Whether an element reads as English, or has too few words to tell and its entry's title
    (its text after the names, when it has none) does. Asked only of elements with a suspect."""
    english = reads_as_english(text, words)
    if english is None:
        return bool(reads_as_english(ref.title.text if ref.title else _body(ref), words))
    return english


def _plain(token: str) -> bool:
    """A word in plain letters: ASCII, lower case or capitalised only (`GTEx`, `mRNA`, `CpG`,
    `DBHT` are coined or acronyms), no digits."""
    return token.isascii() and token.isalpha() and (token.islower() or token.istitle())


def _candidates(text: str, words: Words) -> Iterator[tuple[int, str]]:
    """(offset in `text`, word) for each word of an element that no dictionary form explains;
    capitalised words inside a sentence-case element are names and are left alone."""
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    later = [t for i, (_, t) in enumerate(tokens) if i and t[:1].isalpha() and len(t) >= 4]
    title_case = sum(t[:1].isupper() for t in later) >= 0.6 * len(later) if later else False
    for i, (start, token) in enumerate(tokens):
        if len(token) < MIN_LENGTH:
            continue  # most words: too short to report, without splitting them (as below)
        parts = token.split("-")
        if all(len(part) < MIN_LENGTH or _known(part.lower(), words) for part in parts):
            continue  # no long part the dictionary lacks: the checks below could only pass it
        if (
            len(parts) > 1
            and (
                all(_known(p.lower(), words) for p in parts if p)
                or _known("".join(parts).lower(), words)  # `Engi-neering`, broken at a line's end
                or any(p[:1].isupper() for p in parts[1:])  # `Kullback-Leibler`: names
            )
        ):
            continue
        if i and _genus(text, start, tokens[i - 1][1], words):
            continue
        if i + 1 < len(tokens) and _INITIALS.fullmatch(tokens[i + 1][1]):
            continue  # `Keywood C`: a name with its initials
        if token[:1].isupper() and _EDITORS_AFTER.match(text, start + len(token)):
            continue  # `Jarrod Millman (Eds.)`: an editor's name, written out
        if token[:1].isupper() and _BY_BEFORE.search(text[max(0, start - 80) : start]):
            continue  # `edited by Manfred Thaller`: an editor's name, after its role
        if token[:1].isupper() and _before_capital(text, start + len(token), tokens, i):
            continue  # `Halsted Press`, `Katerina Kroucheva`, `Dronning Maud Land`: a name
        if _broken_before(text, start) or _BROKEN_AFTER.match(text, start + len(token)):
            continue  # `Engi- neering`: a word broken at a line's end
        offset = start
        for part in parts:
            capped = _CAPPED.fullmatch(part) is not None and not _coined(part, words)
            if (
                len(part) >= MIN_LENGTH
                and (_plain(part) or capped)
                and (
                    part.islower()
                    or capped
                    or ((i == 0 or title_case) and len(part) >= MIN_NAME_LENGTH)
                )
                and (not part.lower().endswith(_LATIN) or _sis_slip(part.lower(), words))
                and not part.lower().endswith(_DRUG_STEMS)
                and part.lower() not in ALLOWED
                and not _known(part.lower(), words)
            ):
                yield offset, part
            offset += len(part) + 1


def _sis_slip(word: str, words: Words) -> bool:
    """Whether a word that ends as Latin does is a slip of an English noun in `-sis`
    (`reanalyis`, `reanalysis`; `hypothsis`): English took those nouns whole, and their slips
    end in `-is` as epithets do (`officinalis`), which a correction in `-sis` tells apart."""
    if not word.endswith("is") or _known(word, words):
        return False
    fixed = _correction(word, words)
    return fixed is not None and fixed.endswith("sis")


# the role before the names written out: `edited by Manfred Thaller`, `translated by Ann Goldstein`
_BY_BEFORE = pattern(
    r"\b(?:[Ee]dited|[Tt]ranslated|[Cc]ompiled|[Ee]ds?\.)\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
# the editors' word after their names, APA's `(Eds.)`
_EDITORS_AFTER = pattern(r"\s*\(\s*(?:[Ee]ds?|[Ee]ditors?)\.?\s*\)")


def _coined(capped: str, words: Words) -> bool:
    """Whether a word of capitals then lower case (`_CAPPED`) is a word after a letter or two
    (`DScribe`, `MOFormer`): a coined name, not a word in a device's case (`REsource`)."""
    lead = len(capped) - len(capped.lstrip(_UPPER))
    return _known(capped[lead - 1 :].lower(), words)


def _broken_before(text: str, start: int) -> bool:
    """Whether `_BROKEN_BEFORE` ends at `start`. Its match is a letter and a hyphen before the
    run of spaces that ends there, so the search starts at that run, not at the text's start
    (once for every word, that search was the rule's costliest step). `str.rstrip` strips what
    `\\s` matches (a test holds them to one another)."""
    run = len(text[:start].rstrip())
    return run < start and _BROKEN_BEFORE.search(text, max(0, run - 2), start) is not None


def _before_capital(text: str, end: int, tokens: list[tuple[int, str]], i: int) -> bool:
    """Whether the token ending at `end` runs straight (one space) into a capitalised word."""
    if i + 1 >= len(tokens):
        return False
    start, after = tokens[i + 1]
    return after[:1].isupper() and not text[end:start].strip()


def _name_like(ref: Reference, at: int, length: int) -> bool:
    """Whether a capitalised word may be a name: the grammar found no names in its entry (so
    they may stand anywhere: `Lisa Tickner, eds.`), or initials stand next to it (`J. Hendler`,
    `Dressler, B. O.`)."""
    if ref.authors_span is None and ref.et_al is None:
        return True
    return bool(
        _INITIALS_BEFORE.search(ref.text, max(0, at - 8), at)
        or _INITIALS_AFTER.match(ref.text, at + length)
    )


def _genus(text: str, start: int, before: str, words: Words) -> bool:
    """Whether the word at `start` follows a genus (`Caenorhabditis elegans`, `C. elegans`): a
    capitalised word the dictionary lacks, or one capital and a stop."""
    if not before[:1].isupper():
        return False
    gap = text[text.rfind(before, 0, start) + len(before) : start]
    if len(before) == 1:
        return gap.strip() == "."
    return not gap.strip() and before.isalpha() and not _known(before.lower(), words)


# A letter printed three times in a word (`milllets`, `Zuccchini`): English never writes one so.
_TRIPLED = pattern(r"([a-z])\1\1")


def tripled(text: str, words: Words, seen: Counter[str]) -> Iterator[tuple[int, str, str]]:
    """(offset, word, correction) for each word of `text` with a lower-case letter printed three
    times where the word with one of them dropped is a dictionary word or a word of the list
    (`milllets`: `millets`). A word that stays unexplained (`isciii`, `www`) is left alone."""
    if _TRIPLED.search(text) is None:
        return  # most elements: one scan, no word taken apart
    for m in _PART.finditer(text):
        word = m.group()
        three = _TRIPLED.search(word)
        if three is None or not (word.isascii() and word.isalpha()):
            continue
        fixed = word[: three.start()] + word[three.start() + 1 :]
        lower = fixed.lower()
        if len(fixed) >= 4 and (words.get(lower, 0) > 0 or _known(lower, words) or seen[lower]):
            yield m.start(), word, fixed


LIST_TERM_LENGTH = 7  # a shorter word one letter from a term of the list is as often another term
LIST_TERM_TITLES = 3  # titles that must print the term for a word one letter from it to be a slip


def _list_terms(
    title: str,
    words: Words,
    terms: Counter[str],
    common: dict[str, list[str]],
    names: frozenset[str],
    told: set[int],
) -> Iterator[tuple[int, str, str]]:
    """(offset, word, correction) for each word of an English title, printed in no other title,
    that no dictionary form explains and that is one letter (dropped, swapped, changed or added;
    its first two letters and its last kept) from a word at least three other titles of the list
    print (`Identiication`, `Identification`): the list's own term, misspelt once. `common`
    holds those words by their first two letters."""
    found = []
    for m in _PART.finditer(title):
        word = m.group()
        lower = word.lower()
        if len(word) < LIST_TERM_LENGTH or terms[lower] > 1 or m.start() in told:
            continue
        near = [
            t
            for t in common.get(lower[:2], ())
            if t[-1] == lower[-1] and abs(len(t) - len(lower)) <= 1 and one_slip(lower, t)
        ]
        if (
            not near
            or not (word.isascii() and word.isalpha())
            or lower in names
            or lower.endswith(_LATIN)
            or _known(lower, words)
        ):
            continue
        best = max(near, key=lambda t: (terms[t], t))
        found.append((m.start(), word, _cased(best, word)))
    if found and reads_as_english(title, words):
        yield from found


def _names(refs: Sequence[Reference]) -> frozenset[str]:
    return frozenset(
        w.lower()
        for ref in refs
        for person in (*ref.authors, *ref.editors)
        for w in _LETTERS.findall(person.text.lower())
    )


def _cased(correction: str, word: str) -> str:
    """The correction in the word's case: its opening capitals kept where the slip lies after
    them (`REsoure`, `REsource`), else its first letter's."""
    lead = len(word) - len(word.lstrip(_UPPER))
    if lead > 1 and correction[:lead] == word[:lead].lower():
        return word[:lead] + correction[lead:]
    return correction.capitalize() if word[:1].isupper() else correction


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@list_rule(
    code="RL550",
    name="probable-misspelling",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A word in an English title, journal, publisher or place one letter from a common word",
    fixable=True,
)
def probable_misspelling(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a word of six or more letters in the title, journal, publisher or place of an entry
    (or in text the grammar left untyped) that no English dictionary form explains and that is
    one edit (a letter added, dropped, changed or two swapped, the first and last letters kept)
    from a common English word: `Nautural` for `Natural`, `Unversity` for `University`. The
    word list is pyspellchecker's English word-frequency list, a dependency of refslint, so
    every machine gives the same findings. To stay quiet on the terms of every field, it leaves
    alone a word that:

    - stands in an element that does not read as English (under three quarters of its words of
      three letters or more are dictionary words, or two are another language's little words
      such as `da`, `em`, `und`: Portuguese, Spanish, French and German titles pass);
    - is an acronym or mixed case (`GTEx`, `mRNA`, `CpG`), holds a digit or an accent, or is a
      hyphenated compound of words; a word opened by two or three capitals (`REsoure` in a
      title that spells its acronym out) is read as its lower-case letters, unless a word
      starts at its last capital (`DScribe`, `MOFormer`: coined names);
    - is a name: an author's or editor's name anywhere in the list, or a capitalised word inside
      a title written in sentence case, under seven letters, next to initials, run into another
      capitalised word (`Halsted Press`), before APA's editors' word (`Jarrod Millman (Eds.)`) or
      in an entry whose names the grammar did not find;
    - is a word broken at a line's end (`Engi-neering`), a species after its genus
      (`C. elegans`), ends as Latin terms do (`sclerosus`) or as drug names do (`Statins`,
      `rituximab`: the stems of nonproprietary names);
    - occurs elsewhere in the list (a term used twice is the field's own);
    - is a British spelling or a dictionary word with a common prefix or suffix (`tumour`,
      `nonlinear`, `biomarkers`);
    - is one edit only from rare words (a term of art looks like a rare word more often than a
      slip does). This is why a slip in a short word (`iysis` for `lysis`) or in a term of its
      field (`uciferase` for `luciferase`, its first letter lost) passes: the word meant is as
      rare as the terms a field coins.

    A word that prints a letter three times (`milllets`, `Zuccchini`) is a slip whatever its
    case and however rare the word meant, whenever that word (one of the three dropped) is in
    the dictionary or elsewhere in the list: English never writes a letter three times.

    ## Why is this bad?
    A misspelt title is not found by a reader's search, and a copy editor corrects it.

    ## Fix safety
    Unsafe: the fix puts the common word in its place, and a coined term or a name can still
    look like a slip of one letter; read the work's own title first.

    ## Example
        1. Gillespie JH. Nautural selection for within-generation variance in offspring number.
           Genetics. 1974;76:601-6.

    Use instead:
        1. Gillespie JH. Natural selection for within-generation variance in offspring number.
           Genetics. 1974;76:601-6.
    """
    words = english_words()
    names = _names(refs)
    seen: Counter[str] = Counter(w.lower() for ref in refs for w in _PART.findall(ref.text))
    terms: Counter[str] = Counter(  # in how many titles each word stands
        w for ref in refs if ref.title for w in {p.lower() for p in _PART.findall(ref.title.text)}
    )
    common: dict[str, list[str]] = {}
    for term, n in terms.items():
        if n >= LIST_TERM_TITLES and len(term) >= LIST_TERM_LENGTH - 1:
            common.setdefault(term[:2], []).append(term)
    for ref in refs:
        for start, text in _elements(ref):
            slips = list(tripled(text, words, seen))
            for offset, word, fixed in slips:
                span = Span(start + offset, start + offset + len(word))
                yield Diagnostic(
                    span,
                    f"`{word}` prints a letter three times: `{fixed}`?",
                    fix=Fix.unsafe(Edit(span, fixed), message=f"Write `{fixed}`"),
                    ref=ref,
                )
            suspects = [
                (offset, word)
                for offset, word in _candidates(text, words)
                if word.lower() not in names
                and seen[word.lower()] <= 1
                and offset not in {at for at, _, _ in slips}
                and (word.islower() or not _name_like(ref, start + offset, len(word)))
            ]
            told = {at for at, _, _ in slips}
            if ref.title is not None and start == ref.title.span.start:
                for offset, word, fixed in _list_terms(text, words, terms, common, names, told):
                    told.add(offset)
                    suspects = [(at, w) for at, w in suspects if at != offset]
                    span = Span(start + offset, start + offset + len(word))
                    yield Diagnostic(
                        span,
                        f"`{word}` is probably misspelt: `{fixed}`, as other titles of the list "
                        "print it?",
                        fix=Fix.unsafe(Edit(span, fixed), message=f"Write `{fixed}`"),
                        ref=ref,
                    )
            if not suspects or not _reads_english(ref, text, words):
                continue  # another language, or too few words to tell in an entry that is
            for offset, word in suspects:
                correction = _correction(word.lower(), words)
                if correction is None or _abbreviation(word.lower()):
                    continue
                fixed = _cased(correction, word)
                span = Span(start + offset, start + offset + len(word))
                yield Diagnostic(
                    span,
                    f"`{word}` is probably misspelt: `{fixed}`?",
                    fix=Fix.unsafe(Edit(span, fixed), message=f"Write `{fixed}`"),
                    ref=ref,
                )
        yield from _house_slips(ref, names)


def _house_slips(ref: Reference, names: frozenset[str]) -> Iterator[Diagnostic]:
    """A publisher's or issuing body's name of the table with a word one letter off
    (`Worl Health Organization`, `Rutledge`); a lone word that is a name in the list is not
    taken for one."""
    from .houses import SLIP, slips  # houses reads place_names, which reads this module

    for slip in slips(ref):
        if slip.how != SLIP or (" " not in slip.printed and slip.printed.lower() in names):
            continue
        yield Diagnostic(
            slip.span,
            f"`{slip.printed}` is probably misspelt: the house prints `{slip.name}`",
            fix=Fix.unsafe(Edit(slip.span, slip.name), message=f"Write `{slip.name}`"),
            ref=ref,
        )
