"""Journal titles and their standard abbreviations (NLM and ISO 4), from JabRef's CC0 lists.

The table (`abbreviations.tsv`, built by `scripts/build_journals.py`) is read the first time a
rule asks about a journal, never at import: a run whose rules do not need it does not pay for it.
Even then it is not read whole. It has one line per lookup key, sorted:
`shape<TAB>key<TAB>title<TAB>iso<TAB>nlm<TAB>flags`, where the shape is the first character of
each word of the key (`jcp` for `j chem phys`), so the lines of one key sit together, and so do all
the names that could be one name written another way (as many words, with the same first letters).
`abbreviations.idx` holds the shape and key of the first line starting in each block of `BLOCK`
bytes: a lookup bisects it in memory and reads about one block of the table.
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from refslint.slips import one_slip

if TYPE_CHECKING:
    import io
    import threading

_SMALL_WORDS = frozenset({"and", "the", "of", "in", "on", "for", "a", "an"})
_PUNCTUATION = str.maketrans(".,:;", "    ")


@lru_cache(maxsize=4096)
def key(name: str) -> str:
    """A journal name as compared: no case, accents, punctuation or small words.

    Rules ask for the keys of the same few names over and over, hence the cache.
    """
    if name.isascii():  # nothing to decompose or strip: most names, at a fraction of the cost
        plain = name.lower()
    else:
        plain = unicodedata.normalize("NFKD", name)
        plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return " ".join(w for w in re.findall(r"[a-z0-9]+", plain) if w not in _SMALL_WORDS)


@dataclass(frozen=True)
class Journal:
    """One journal: its full title and its abbreviations ("" where no shipped list has one)."""

    title: str
    iso: str  # dotted ISO 4 form, `J. Chem. Phys.`
    nlm: str  # undotted NLM (MEDLINE) form, `J Chem Phys`; "" when NLM's list lacks the journal

    def __post_init__(self) -> None:
        # NLM's list gives some journals a former title before their abbreviation
        # (`Zeitschrift fur Pflanzenzuchtung|Plant Breed.`): the form is the last one, undotted
        if "|" in self.nlm:
            last = self.nlm.rsplit("|", 1)[1]
            object.__setattr__(self, "nlm", " ".join(last.replace(".", " ").split()))

    @property
    def undotted(self) -> str:
        """The undotted form: NLM's own where known, else the ISO form without periods."""
        if self.nlm:
            return self.nlm
        return " ".join(self.iso.translate(_PUNCTUATION).split())

    def standard(self, dotted: bool) -> str:
        return self.iso if dotted else self.undotted

    def standard_source(self, dotted: bool) -> str:
        if dotted:
            return "ISO 4"
        return "NLM" if self.nlm else "ISO 4, periods removed"


def usually_shortened(word: str) -> bool:
    """Whether ISO 4 forms in the table usually shorten this title word (`materials`, `physics`).

    A standard form that keeps such a word whole (`Phys. Rev. Materials`, a publisher's own form
    copied into a list) cannot be trusted to call a shorter printed form (`Phys Rev Mater`) wrong.
    """
    return _listed(word, "abbreviated-words.txt")


def usually_whole(word: str) -> bool:
    """Whether ISO 4 forms in the table usually keep this title word whole (`theory`, `energy`)."""
    return _listed(word, "whole-words.txt")


def shortened_form(word: str) -> bool:
    """Whether `word` (lower case) is a shortened title word the ISO 4 and NLM forms use and
    titles seldom print whole (`clin`, `oncol`): evidence that a name is an abbreviation, even
    of a journal the table does not know (`Chin J Clin Oncol Rehabil`)."""
    return _listed(word, "abbreviation-words.txt")


def starts_longer_word(word: str) -> bool:
    """Whether `word` (lower case) begins a longer title word of the table's word lists
    (`process` of `processing`): printed with a period, it may be that word cut short."""
    found = re.compile(f"\n{re.escape(word)}[a-z]")
    return any(found.search(_words(name)) for name in ("abbreviated-words.txt", "whole-words.txt"))


@dataclass(frozen=True)
class TitleWord:
    """A word of the table's titles: how many titles print it, and how the ISO 4 and NLM forms
    shorten it (each shortened form with its count, the word itself where it is kept whole)."""

    word: str
    titles: int
    forms: tuple[tuple[str, int], ...]

    @property
    def shortenings(self) -> int:
        return sum(count for _, count in self.forms)

    def uses(self, form: str) -> int:
        """How many standard forms shorten the word to `form`."""
        return next((count for known, count in self.forms if known == form), 0)


def title_word(word: str) -> TitleWord | None:
    """What the table knows of a title word (lower case, no accents), or None."""
    found = title_words_starting(word)
    return found[0] if found and found[0].word == word else None


def title_words_starting(prefix: str) -> tuple[TitleWord, ...]:
    """The title words that start with `prefix` (lower case), the word itself included."""
    return _title_words_starting(prefix)


@lru_cache(maxsize=1024)
def _title_words_starting(prefix: str) -> tuple[TitleWord, ...]:
    text = _title_words()
    at = _first_line(text, prefix)
    found = []
    while at < len(text) and text.startswith(prefix, at):
        end = text.index("\n", at)
        word, titles, forms = text[at:end].split("\t")
        counted = tuple((f, int(n)) for f, _, n in (pair.rpartition(":") for pair in forms.split()))
        found.append(TitleWord(word, int(titles), counted))
        at = end + 1
    return tuple(found)


@cache
def _title_words() -> str:
    """`title-words.tsv` (built by `scripts/build_journals.py`), one line a word, sorted, as one
    string between newlines. Read on first use only: 280 kB, which only abbreviated lists need,
    and bisected as it is (`_first_line`): splitting it into lines cost more than the lookups."""
    with open(os.path.join(HERE, "title-words.tsv"), encoding="utf-8") as handle:
        text = handle.read()
    return "\n" + text if text.endswith("\n") else f"\n{text}\n"


def _first_line(text: str, word: str) -> int:
    """Where the first line of `text` whose first field sorts at or after `word` starts (the
    text's length if none does); `text` is sorted lines between newlines, as `_title_words`."""
    lo, hi = 1, len(text)  # every line before `lo` sorts before `word`; `lo` starts a line
    while lo < hi:
        mid = (lo + hi) // 2
        start = text.rfind("\n", lo - 1, mid) + 1  # the line around `mid`, at or after `lo`
        if text[start : text.index("\t", start)] < word:
            lo = text.index("\n", start) + 1
        else:
            hi = start
    return lo


def lookup(name: str) -> tuple[Journal, ...]:
    """The journals whose title or any known abbreviation is `name` (compared as `key` does)."""
    return _exact(key(name))


def resembling(name: str) -> tuple[Journal, ...]:
    """Journals whose title or abbreviation `name` abbreviates differently (`Multiscale Model
    Sim` for `Multiscale Model Simul`): word by word, one word the start of the other."""
    return _resembling(key(name))


def one_letter_away(name: str) -> tuple[tuple[Journal, str], ...]:
    """Journals one of whose names (title or standard abbreviation) is `name` with one letter of
    one long word changed, added, dropped or swapped (`Expert System with Applications` for
    `Expert Systems with Applications`), each with that name as the table prints it."""
    words = key(name).split()
    if len(words) < 2:
        return ()
    found: dict[tuple[Journal, str], None] = {}
    for line in _lines(f"{shape(key(name))}\t"):
        _, known, title, iso, nlm, flags = line.split("\t")
        if flags or not one_letter_apart(words, known.split()):
            continue
        form = next(f for f in (title, nlm, iso) if f and key(f) == known) if known else title
        found[(Journal(title, iso, nlm), form)] = None
    return tuple(found)


def with_one_word_more(name: str) -> tuple[Journal, ...]:
    """Journals whose title (before any subtitle) is the title `name` with one more word inside
    it, neither first nor last (`Telemedicine and e-Health`, Telemedicine Journal and E-Health):
    a title the journal has taken since, or printed short of a word. Only titles are compared;
    a name the table knows is its own journal, and is never looked up here."""
    words = key(name).split()
    if len(words) < 2:
        return ()
    found: dict[Journal, None] = {}
    for at in range(1, len(words)):
        before, after = shape(" ".join(words[:at])), shape(" ".join(words[at:]))
        for letter in "abcdefghijklmnopqrstuvwxyz":
            # every line whose shape starts so: a title with a subtitle has a longer shape
            for line in _lines(before + letter + after):
                _, _, title, iso, nlm, flags = line.split("\t")
                head = key(_SUBTITLE.split(title, maxsplit=1)[0]).split()
                if flags or len(head) != len(words) + 1:
                    continue
                if head[:at] + head[at + 1 :] == words:
                    found[Journal(title, iso, nlm)] = None
    return tuple(found)


_SUBTITLE = re.compile(r"\s:\s|:\s")  # NLM's `Title : subtitle`, and `Title: Subtitle`


def cut_inside_subtitle(name: str) -> tuple[tuple[Journal, str], ...]:
    """Journals with a standard form (ISO 4 or NLM) that is `name` and more words, where `name`
    ends inside the title's subtitle (`Prog. Nat. Sci. Mater.`, Progress in Natural Science:
    Materials International, `Prog. Nat. Sci. Mater. Int.`), each with that form. A name that
    stops at the end of the title's head is another journal's, or the journal's older name."""
    words = key(name).split()
    if len(words) < 3:
        return ()
    found: dict[tuple[Journal, str], None] = {}
    for line in _lines(shape(" ".join(words))):
        _, known, title, iso, nlm, flags = line.split("\t")
        if flags or not known.startswith(f"{' '.join(words)} "):
            continue
        parts = _SUBTITLE.split(title, maxsplit=1)
        if len(parts) < 2 or len(key(parts[0]).split()) >= len(words):
            continue  # no subtitle, or the name stops before it
        for form in (iso, nlm):
            if form and key(form) == known:
                found[(Journal(title, iso, nlm), form)] = None
    return tuple(found)


def by_initials(acronym: str) -> tuple[Journal, ...]:
    """Journals whose title's words (small words left out) begin with the letters of `acronym`,
    in order (`JMIR`, Journal of Medical Internet Research), the subtitle apart."""
    letters = acronym.lower()
    if not letters.isalpha():
        return ()
    found: dict[Journal, None] = {}
    for line in _lines(f"{letters}"):
        _, _, title, iso, nlm, flags = line.split("\t")
        head = key(_SUBTITLE.split(title, maxsplit=1)[0])
        if not flags and shape(head) == letters:
            found[Journal(title, iso, nlm)] = None
    return tuple(found)


LONG_WORD = 5  # letters a word needs before one letter off reads as a slip, not another word


def one_letter_apart(a: list[str], b: list[str]) -> bool:
    """Whether two names' words differ in one word only, by one letter changed, added, dropped
    or two letters swapped, in a word of at least `LONG_WORD` letters: `system` and `systems`,
    never `rev` and `res`, which are other journals' words."""
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if min(len(x), len(y)) < LONG_WORD or not (x.isalpha() and y.isalpha()):
        return False
    return one_slip(x, y)


# --- the table ------------------------------------------------------------------------------------
# Here rather than in a module of its own: importing one more module would cost a run that looks
# journals up more than everything below costs a run that does not.

HERE = os.path.dirname(__file__)  # the data files sit beside this module (importlib.resources
# would cost more to import than reading them does)
TABLE = os.path.join(HERE, "abbreviations.tsv")
INDEX = os.path.join(HERE, "abbreviations.idx")
BLOCK = 8192  # bytes of the table per head in the index
LONGEST = 1024  # bytes: no line of the table is longer (the build script checks)


def shape(k: str) -> str:
    """The first character of each word of a key: the part of a name every other form shares."""
    return "".join(word[0] for word in k.split())


@cache
def _heads() -> list[bytes]:
    with open(INDEX, "rb") as handle:
        return handle.read().splitlines()


@cache
def _table() -> tuple[io.FileIO, threading.Lock]:
    """The table, open for the rest of the process (each lookup reads a block of it), and a lock
    so that threads take turns to seek and read; imported here, so a run that never reads the
    table does not import them."""
    import atexit
    import io
    import threading

    handle = io.FileIO(TABLE)
    atexit.register(handle.close)
    return handle, threading.Lock()


def _read(offset: int, size: int) -> bytes:
    handle, lock = _table()
    with lock:
        handle.seek(offset)
        return handle.read(size)


def _lines(prefix: str) -> list[str]:
    """The lines of the table that start with `prefix`, in order."""
    wanted = prefix.encode("utf-8")
    # Heads before `at` sort below `wanted`, so the first line that starts with it (if any)
    # comes after the head of block `at - 1`, and no later than the head of block `at`, which
    # starts less than LONGEST bytes into that block.
    at = bisect_left(_heads(), wanted)
    offset = max(at - 1, 0) * BLOCK
    size = BLOCK + LONGEST + len(wanted)
    # From the byte before `offset`: it ends a line or is inside one, so either way the first
    # wanted line is where `wanted` first follows a newline.
    data = _read(offset - 1, size + 1) if offset else b"\n" + _read(0, size)
    offset += size  # the file's offset just past what was read
    start = data.find(b"\n" + wanted) + 1
    if not start:
        return []
    found: list[str] = []
    while True:
        end = data.find(b"\n", start)
        if end < 0:  # the wanted lines go on past what was read
            more = _read(offset, BLOCK)
            if not more:
                return found
            data, start, offset = data[start:] + more, 0, offset + len(more)
            continue
        if not data.startswith(wanted, start):
            return found
        found.append(data[start:end].decode("utf-8"))
        start = end + 1


@lru_cache(maxsize=1024)
def _exact(k: str) -> tuple[Journal, ...]:
    if not k:
        return ()
    rows = (line.split("\t") for line in _lines(f"{shape(k)}\t{k}\t"))
    return tuple(dict.fromkeys(Journal(title, iso, nlm) for _, _, title, iso, nlm, _ in rows))


def _compatible(printed: list[str], known: list[str]) -> bool:
    if len(printed) != len(known) or len(printed) < 2:
        return False
    long_words = 0
    for x, y in zip(printed, known, strict=True):
        short, long = sorted((x, y), key=len)
        if not long.startswith(short) or (short.isdigit() and short != long):
            return False
        long_words += len(short) >= 3
    return long_words >= len(printed) - 1  # at most one word cut to a letter or two


@lru_cache(maxsize=4096)
def _resembling(k: str) -> tuple[Journal, ...]:
    words = k.split()
    if len(words) < 2:
        return ()
    # Names that could be this one written another way have its shape: as many words, with the
    # same first letters. A one- or two-letter first word (`J`, `N`) is an abbreviation already:
    # look among names that start with it and with the second word's first letters, not among
    # every `J...` name.
    prefix = f"{words[0]} {words[1][:3]}" if len(words[0]) < 3 else words[0][:3]
    found: dict[Journal, None] = {}
    for line in _lines(f"{shape(k)}\t{prefix}"):
        _, known, title, iso, nlm, _flags = line.split("\t")
        if _compatible(words, known.split()):
            found[Journal(title, iso, nlm)] = None
    return tuple(found)


@cache
def _words(name: str) -> str:
    """A word list beside this module, as one string with each word between newlines: the few
    words a run asks about cost less to find in it than a set of every word costs to build."""
    with open(os.path.join(HERE, name), encoding="utf-8") as handle:
        return "\n" + handle.read()


def _listed(word: str, name: str) -> bool:
    return "\n" not in word and f"\n{word}\n" in _words(name)
