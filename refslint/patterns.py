"""Regular expressions written in refslint's source and its rules, compiled by `re` when first used.

`compile` (or `refslint.api.pattern` in a rule) is the one call site for a pattern written in the
source, so a rule does not need to know how patterns are kept: each distinct pattern is compiled
once per process, on its first use, and shared. Most patterns stand at module level for rules
that a given list never reaches (a LaTeX fault, an ISBN in a list without one), and compiling
them all at import cost a cold run a few tens of milliseconds. Nothing is kept between
processes; Lark keeps its own parse tables on disk (`refslint.grammar`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

# The methods a compiled pattern lends its `Pattern` once it exists (`Pattern._compiled`).
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class Pattern:
    """A `re.Pattern[str]` compiled on first use. The first call of a method compiles the pattern
    and puts the compiled pattern's own bound methods on the instance, so every later call goes
    straight to `re` with no extra step."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._regex: re.Pattern[str] | None = None

    def _compiled(self) -> re.Pattern[str]:
        regex = self._regex
        if regex is None:
            regex = self._regex = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(regex, name))
        return regex

    @property
    def compiled(self) -> re.Pattern[str]:
        """The `re.Pattern` itself, for an interface that needs one."""
        return self._compiled()

    @property
    def flags(self) -> int:
        return self._compiled().flags

    @property
    def groups(self) -> int:
        return self._compiled().groups

    @property
    def groupindex(self) -> Any:
        return self._compiled().groupindex

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self._compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self._compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._compiled().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self._compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._compiled().split(string, maxsplit)

    def __repr__(self) -> str:
        return f"patterns.Pattern({self.pattern!r}, {self._flags!r})"


_MADE: dict[tuple[str, int], Pattern] = {}


def compile(pattern: str, flags: int = 0) -> Pattern:
    """A pattern compiled on first use, once per process for each (pattern, flags): `re`'s own
    cache holds only a few hundred patterns and is shared with every other library in the
    process."""
    made = _MADE.get((pattern, flags))
    if made is None:
        made = _MADE[pattern, flags] = Pattern(pattern, flags)
    return made


def made() -> list[Pattern]:
    """Every pattern made so far in this process (a test compiles them all: a pattern that is
    not valid fails there, not in the first run that reaches it)."""
    return list(_MADE.values())


def either(latin1: str, beyond: str) -> str:
    """One character of the class `[latin1]` (characters up to U+00FF) or `[beyond]` (characters
    after it), as a pattern `re` compiles in a few microseconds instead of 0.15-0.2 ms.

    A class that mixes the two and falls into more than two runs of code points (`['’`´]`,
    `[-\u00ad\u2010\u2011]`) is compiled into a table of all 65,536 characters, cut into blocks;
    a run on the review compiled some 150 of them. Written apart, each side stays small. The
    `{1}` on the second keeps `re`'s parser from folding the two back into one class (it folds
    an alternation of bare classes and characters); it matches what the one class matched.
    """
    high = beyond if len(beyond) == 1 else f"[{beyond}]"
    return f"(?:[{latin1}]|{high}{{1}})"
