"""A contextual lexer whose scanners try each terminal's own pattern in turn.

Lark's contextual lexer builds one scanner per set of terminals a parser state accepts, and each
scanner compiles the alternation of all its terminals' patterns. The name terminals are long, and
they stand in most of those sets, so a cold run compiled them a dozen times over: some 75 ms of
a 124-entry list, more than the parse itself. An alternation that is the whole pattern matches
what its first matching alternative matches, so trying the terminals one at a time, in the
scanner's order, gives the same token; Lark does the same itself when a scanner has too many
terminals for one pattern. Each terminal is then compiled once per process, whichever scanners
share it, and a run pays a few more pattern calls per token instead.
"""

from __future__ import annotations

import re
from typing import Any

import lark.lexer
from lark.lexer import BasicLexer, ContextualLexer, Scanner

from refslint.grammar.first import first_characters

_COMPILED: dict[tuple[str, str, int], re.Pattern[str]] = {}
_LEXED: dict[str, re.Pattern[str]] = {}  # the last of `_COMPILED` for each terminal name


def _terminal(name: str, regexp: str, flags: int) -> re.Pattern[str]:
    """One terminal's pattern, named as Lark names it in an alternation (`lastgroup`)."""
    key = (name, regexp, flags)
    compiled = _COMPILED.get(key)
    if compiled is None:
        compiled = _COMPILED[key] = _LEXED[name] = re.compile(f"(?P<{name}>{regexp})", flags)
    return compiled


def lexed(name: str, *groups: str) -> re.Pattern[str] | None:
    """The pattern a scanner compiled for terminal `name`, when it has the named `groups`; else
    None. A terminal written with the groups the transformer reads (`TAIL`, `YMD`) is split by
    its own pattern, instead of a second pattern of the same size compiled in every process (the
    outer group, the terminal's name, closes last, so a scanner still reads it as `lastgroup`)."""
    compiled = _LEXED.get(name)
    if compiled is None or any(group not in compiled.groupindex for group in groups):
        return None
    return compiled


class OneByOneScanner(Scanner):
    """Lark's scanner with one pattern per terminal, in the order Lark gives them (by priority,
    then longest first): `Scanner.match` returns the first that matches."""

    def __init__(self, terminals: list[Any], g_regex_flags: int, re_: Any, use_bytes: bool) -> None:
        super().__init__(terminals, g_regex_flags, re_, use_bytes)
        self._matchers = tuple(mre.match for mre in self._mres)
        # what each terminal's match can begin with (None: any character), where the patterns
        # are one per terminal; the terminals worth trying, by the character a token begins with
        self._firsts: tuple[re.Pattern[str] | None, ...] = tuple(
            first_characters(t.pattern.to_regexp(), g_regex_flags)
            if len(self._mres) == len(terminals)
            else None
            for t in terminals
        )
        self._by_character: dict[str, tuple[Any, ...]] = {}

    def _worth_trying(self, character: str) -> tuple[Any, ...]:
        """The matchers, in order, of the terminals whose match can begin with `character`."""
        pairs = zip(self._matchers, self._firsts, strict=False)
        kept = tuple(m for m, first in pairs if first is None or first.match(character))
        self._by_character[character] = kept
        return kept

    def _build_mres(self, terminals: list[Any], max_size: int) -> list[Any]:
        if self.use_bytes or self.re_ is not re:
            return super()._build_mres(terminals, max_size)
        return [_terminal(t.name, t.pattern.to_regexp(), self.g_regex_flags) for t in terminals]

    def match(self, text: Any, pos: int) -> tuple[str, str] | None:
        """`Scanner.match`, with each pattern's bound `match` and the text's ends looked up once
        a token, not once a terminal tried, and only the terminals that can begin with the
        token's first character tried (some 2.4 a token on average, of some sixteen)."""
        string, end = text.text, text.end
        character = string[pos : pos + 1]
        matchers = self._by_character.get(character)
        if matchers is None:
            matchers = self._worth_trying(character) if character else self._matchers
        for match in matchers:
            m = match(string, pos, end)
            if m:
                return m.group(0), m.lastgroup
        return None


class OneByOneLexer(BasicLexer):
    """Lark's lexer for one parser state, with a `OneByOneScanner`."""

    def _build_scanner(self) -> Scanner:
        # Lark's own step that folds string terminals into the patterns that match them; a Lark
        # without it (or a lexer given callbacks, which refslint never gives) scans as Lark does
        create_unless = getattr(lark.lexer, "_create_unless", None)
        if create_unless is None or self.user_callbacks:
            return super()._build_scanner()
        terminals, self.callback = create_unless(
            self.terminals, self.g_regex_flags, self.re, self.use_bytes
        )
        return OneByOneScanner(terminals, self.g_regex_flags, self.re, self.use_bytes)


class OneByOneContextualLexer(ContextualLexer):
    """Lark's contextual lexer, each state's lexer a `OneByOneLexer`."""

    BasicLexer = OneByOneLexer
