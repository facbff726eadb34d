"""Which characters a terminal's match can begin with, read from its regular expression.

The contextual lexer tries a state's terminals one by one, some sixteen a token, and most fail
on the token's first character (`NAME` on a digit, `YEAR` on a letter). `first_characters`
reads the pattern's opening atoms (a literal, an escape, a class, alternatives, optional parts,
skipping the zero-width ones) and returns one pattern that matches every character a match can
begin with, or None where it cannot tell (any construct it does not read): a scanner then skips
a terminal only where the answer is sure, and still tries the others in their order, so the
token found is the one trying them all finds.
"""

from __future__ import annotations

import re

# zero-width constructs: they test, and consume nothing
_LOOK = ("(?=", "(?!", "(?<=", "(?<!")
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_CLASS_ESCAPES = frozenset("dDsSwW")
_QUANTIFIER_START = frozenset("?*+{")


class _Unread(Exception):
    """A construct `first_characters` does not read."""


def _group_end(regexp: str, at: int) -> int:
    """The index just after the parenthesis closing the group opened at `at`."""
    depth, i = 0, at
    while i < len(regexp):
        c = regexp[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(regexp, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise _Unread(regexp)


def _class_end(regexp: str, at: int) -> int:
    """The index just after the character class opened at `at`."""
    i = at + 1
    if i < len(regexp) and regexp[i] == "^":
        i += 1
    if i < len(regexp) and regexp[i] == "]":
        i += 1  # a `]` first in a class is a character of it
    while i < len(regexp):
        if regexp[i] == "\\":
            i += 2
            continue
        if regexp[i] == "]":
            return i + 1
        i += 1
    raise _Unread(regexp)


def _alternatives(body: str) -> list[str]:
    """`body` split at its top-level `|`."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(body, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
        i += 1
    out.append(body[start:])
    return out


def _quantifier(regexp: str, at: int) -> tuple[bool, int]:
    """Whether the quantifier at `at` (if any) lets its atom match nothing, and where it ends."""
    if at >= len(regexp) or regexp[at] not in _QUANTIFIER_START:
        return False, at
    c = regexp[at]
    if c == "{":
        close = regexp.find("}", at)
        inner = regexp[at + 1 : close] if close > at else ""
        if not re.fullmatch(r"\d*(?:,\d*)?", inner):
            raise _Unread(regexp)  # a `{` that is no quantifier
        low = inner.split(",")[0]
        end = close + 1
        optional = low in ("", "0") or int(low) == 0
    else:
        end = at + 1
        optional = c in "?*"
    if end < len(regexp) and regexp[end] in "?+":
        end += 1  # lazy or possessive
    return optional, end


def _sequence(regexp: str, flags: str) -> tuple[list[str], bool]:
    """The atoms a match of `regexp` can begin with (each matching one character), and whether
    `regexp` can match without consuming any character."""
    atoms: list[str] = []
    i = 0
    while i < len(regexp):
        c = regexp[i]
        zero_width = False
        found: list[str]
        if c == "(":
            end = _group_end(regexp, i)
            inner = regexp[i + 1 : end - 1]
            if regexp.startswith(_LOOK, i):
                found, nullable, zero_width = [], True, True
            else:
                group_flags = flags
                if inner.startswith("?:"):
                    inner = inner[2:]
                elif inner.startswith("?P<"):
                    inner = inner[inner.index(">") + 1 :]
                elif m := re.match(r"\?([aiLmsux]+):", inner):
                    if set(m.group(1)) - {"i"}:
                        raise _Unread(regexp)
                    group_flags, inner = "i", inner[m.end() :]
                elif inner.startswith("?"):
                    raise _Unread(regexp)
                found, nullable = [], False
                for alternative in _alternatives(inner):
                    more, empty = _sequence(alternative, group_flags)
                    found += more
                    nullable = nullable or empty
        elif c == "[":
            end = _class_end(regexp, i)
            found, nullable = [_atom(regexp[i:end], flags)], False
        elif c == "\\":
            if i + 1 >= len(regexp):
                raise _Unread(regexp)
            escaped = regexp[i + 1]
            end = i + 2
            if escaped in _ZERO_WIDTH_ESCAPES:
                found, nullable, zero_width = [], True, True
            elif escaped.isalnum() and escaped not in _CLASS_ESCAPES and escaped not in "tnrfv":
                raise _Unread(regexp)  # a back-reference, `\N{...}`, `\x..`, `\u....`
            else:
                found, nullable = [_atom(regexp[i:end], flags)], False
        elif c == ".":
            end, found, nullable = i + 1, [_atom(".", flags)], False
        elif c in "^$":
            end, found, nullable, zero_width = i + 1, [], True, True
        elif c in ")|" or c in _QUANTIFIER_START:
            raise _Unread(regexp)  # (`_alternatives` splits `|`; a quantifier follows an atom)
        else:
            end, found, nullable = i + 1, [_atom(re.escape(c), flags)], False
        optional, i = _quantifier(regexp, end)
        if zero_width and i != end:
            raise _Unread(regexp)  # a quantified assertion
        atoms += found
        if not (nullable or optional):
            return atoms, False
    return atoms, True


def _atom(text: str, flags: str) -> str:
    return f"(?{flags}:{text})" if flags else text


def first_characters(regexp: str, flags: int = 0) -> re.Pattern[str] | None:
    """A pattern that matches (`match`, one character long) every character a match of `regexp`
    can begin with, or None where that cannot be read from it, or it can match nothing at all."""
    if flags & ~(re.UNICODE | re.IGNORECASE):
        return None
    atoms: list[str] = []
    nullable = False
    try:
        for alternative in _alternatives(regexp):
            found, empty = _sequence(alternative, "")
            atoms += found
            nullable = nullable or empty
    except (_Unread, ValueError, IndexError):
        return None
    if nullable or not atoms:
        return None
    try:
        return re.compile("|".join(atoms), flags)
    except re.error:
        return None
