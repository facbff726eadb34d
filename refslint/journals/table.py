"""The abbreviation table, read when this module is first imported.

The file is a sorted text file, searched by bisection over its bytes: loading it is one read, with
no decompression, decoding or splitting, and a lookup reads only the lines it compares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from refslint.journals import Journal

HERE = Path(__file__).parent  # the data files sit beside this module (importlib.resources would
# cost more to import than reading them does)
_DATA: bytes = (HERE / "abbreviations.tsv").read_bytes()
SHORTENED = frozenset((HERE / "abbreviated-words.txt").read_text("utf-8").split())
WHOLE = frozenset((HERE / "whole-words.txt").read_text("utf-8").split())


def _first_at_or_after(target: bytes) -> int:
    """Offset of the first line that sorts at or after `target`."""
    lo, hi = 0, len(_DATA)
    while lo < hi:
        mid = (lo + hi) // 2
        start = _DATA.rfind(b"\n", 0, mid) + 1
        end = _DATA.find(b"\n", start)
        if _DATA[start:end] < target:
            lo = end + 1
        else:
            hi = start
    return lo


def _lines(prefix: str) -> Iterator[tuple[str, Journal, bool]]:
    """(key, journal, is a variant) for every line whose key starts with `prefix`."""
    wanted = prefix.encode("utf-8")
    at = _first_at_or_after(wanted)
    while at < len(_DATA) and _DATA.startswith(wanted, at):
        end = _DATA.find(b"\n", at)
        key, title, iso, nlm, flags = _DATA[at:end].decode("utf-8").split("\t")
        yield key, Journal(title, iso, nlm), flags == "v"
        at = end + 1


@lru_cache(maxsize=1024)
def exact(k: str) -> tuple[Journal, ...]:
    if not k:
        return ()
    return tuple(dict.fromkeys(journal for _, journal, _ in _lines(k + "\t")))


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
def resembling(k: str) -> tuple[Journal, ...]:
    words = k.split()
    if len(words) < 2:
        return ()
    # A one- or two-letter first word (`J`, `N`) is an abbreviation already: look among names
    # that start with it and with the second word's first letters, not among every `J...` name.
    prefix = f"{words[0]} {words[1][:3]}" if len(words[0]) < 3 else words[0][:3]
    start = _first_at_or_after(prefix.encode("utf-8"))
    stop = _first_at_or_after(prefix.encode("utf-8") + b"\xff")  # UTF-8 never has this byte
    # Names that could be this one written another way have as many words, with the same first
    # letters: let one regular expression find those lines among the prefix's, and decode only them.
    shape = rb" ".join(re.escape(word[:1].encode("utf-8")) + rb"[^ \t\n]*" for word in words)
    found: dict[Journal, None] = {}
    for line in re.finditer(rb"^" + shape + rb"\t[^\n]*", _DATA[start:stop], re.MULTILINE):
        key, title, iso, nlm, _flags = line.group().decode("utf-8").split("\t")
        if _compatible(words, key.split()):
            found[Journal(title, iso, nlm)] = None
    return tuple(found)
