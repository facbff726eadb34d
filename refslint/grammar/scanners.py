"""The lexer's compiled regular expressions, kept between processes beside Lark's parse tables.

Lark's contextual lexer joins the terminals each parser state accepts into one regular expression
and compiles it on first use. Python's `re` compiles in Python, and for this grammar that costs
about as much as importing Lark (a dozen patterns of up to twenty terminals). `re` keeps nothing on
disk, so this module keeps what its compiler produces (the matching engine's program for each
pattern) and hands it straight to the engine next time, which is what `re.compile` does as its
last step.

That program is an internal format of CPython, so the cache is keyed by the exact interpreter build
and the engine's version stamp, the engine validates every program it is given, and anything
unexpected (another Python implementation, a changed internal, an unreadable file) falls back to
`re.compile`. The cache can make a run faster, never different: each cached program was produced by
this interpreter's own compiler from the same pattern text.
"""

from __future__ import annotations

import array
import contextlib
import marshal
import os
import re
import sys
from collections.abc import Iterable
from typing import Any

FORMAT = 1  # bump when the file's layout changes

try:  # CPython's regular-expression engine and compiler; absent or different elsewhere
    import _sre

    if hasattr(re, "_compiler"):  # Python 3.11+
        from re import _compiler, _parser
    else:  # pragma: no cover - Python 3.10
        import sre_compile as _compiler
        import sre_parse as _parser
    _AVAILABLE = sys.implementation.name == "cpython" and hasattr(_compiler, "_code")
except ImportError:  # pragma: no cover - not CPython
    _AVAILABLE = False

# (flags, the engine's program as 32-bit words, groups, group index, index group)
Program = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


def _interpreter() -> str:
    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}"


def _program(pattern: str, flags: int) -> Program:
    """What `re.compile` computes before handing the pattern to the engine."""
    parsed = _parser.parse(pattern, flags)
    code = array.array("I", _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _engine(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(
        pattern, flags, array.array("I", code).tolist(), groups, groupindex, indexgroup
    )


class CachedRe:
    """Stands in for the `re` module inside Lark's lexers: `compile` answers from the cache."""

    def __init__(self, programs: dict[tuple[str, int], Program]):
        self.programs = programs
        self.added = 0

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        key = (pattern, flags)
        program = self.programs.get(key)
        if program is not None:
            try:
                return _engine(pattern, program)
            except Exception:  # an engine that reads programs differently: compile as usual
                del self.programs[key]
        try:
            program = _program(pattern, flags)
            compiled = _engine(pattern, program)
        except Exception:
            return re.compile(pattern, flags)  # raises what `re` would raise for a bad pattern
        self.programs[key] = program
        self.added += 1
        return compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


def _load(path: str, grammar_key: str) -> dict[tuple[str, int], Program] | None:
    try:
        with open(path, "rb") as handle:
            header, programs = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if header != (FORMAT, _interpreter(), grammar_key) or not isinstance(programs, dict):
        return None
    return programs


def _save(path: str, grammar_key: str, programs: dict[tuple[str, int], Program]) -> None:
    """Written whole and renamed into place, so a reader never sees half a file."""
    import tempfile  # only when writing: it costs more to import than a cached run saves

    folder = os.path.dirname(path) or "."
    try:
        fd, temporary = tempfile.mkstemp(prefix=".scanners-", dir=folder)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            marshal.dump(((FORMAT, _interpreter(), grammar_key), programs), handle)
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _lexers(lark: Any) -> list[Any]:
    """Every state's lexer (and the fallback one) of a Lark parser with the contextual lexer."""
    contextual = getattr(getattr(lark, "parser", None), "lexer", None)
    states = getattr(contextual, "lexers", None)
    if not isinstance(states, dict):
        return []
    found = list(states.values())
    root = getattr(contextual, "root_lexer", None)
    if root is not None:
        found.append(root)
    # `scanner` is a property that compiles on first access: test for it on the class
    return [
        x
        for x in found
        if hasattr(x, "re") and isinstance(getattr(type(x), "scanner", None), property)
    ]


def install(lark: Any, path: str | None, grammar_key: str) -> None:
    """Give the parser's lexers compiled patterns from `path`; build and keep them there when the
    file is missing or was written by another interpreter or grammar."""
    if not _AVAILABLE or path is None:
        return
    lexers = _lexers(lark)
    if not lexers:
        return
    programs = _load(path, grammar_key)
    cached = CachedRe(programs or {})
    for lexer in lexers:
        lexer.re = cached
    if programs is None:
        _build_all(lexers)
        _save(path, grammar_key, cached.programs)


def _build_all(lexers: Iterable[Any]) -> None:
    for lexer in lexers:
        lexer.scanner  # noqa: B018 - the property compiles the state's pattern
