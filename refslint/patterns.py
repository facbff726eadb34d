"""Regular expressions compiled once per interpreter, not once per run (`patterns.cache`).

Python's `re` compiles in Python: for refslint's own patterns and the Lark lexer's per-state
patterns that is about a fifth of a cold run, paid again by every pre-commit hook and every editor
start. `re` keeps nothing on disk, so this module keeps what its compiler produces (the matching
engine's program for each pattern) in the cache folder and hands it straight to the engine next
time, which is what `re.compile` does as its last step.

That program is an internal format of CPython, so the file is keyed by the exact interpreter build
and the engine's version stamp and carries a checksum of its programs, the engine checks each
program's structure, and anything unexpected (another Python implementation, a changed internal, a
damaged file) falls back to `re.compile`. The cache can make a run faster, never different: each
cached program was produced by this interpreter's own compiler from the same pattern text.

Use `compile` (or `refslint.api.pattern` in a rule) for patterns written in the source; the file is
written when the process ends, only if it compiled something the file did not have.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import marshal
import os
import re
import sys
import threading
import zlib
from typing import Any

FORMAT = 3  # bump when the file's layout changes
LIMIT = 2_000  # programs kept; beyond this a save keeps only what its process used

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

Key = tuple[str, int]  # (pattern, flags)
# (flags, the engine's program as 32-bit words, groups, group index, index group)
Program = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


def cache_folder() -> str | None:
    """refslint's cache folder (`REFSLINT_CACHE_DIR`, else the user's), made if need be; None
    when it cannot be written, and then nothing is kept."""
    folder = os.environ.get("REFSLINT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "refslint",
    )
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


class PatternCache:
    """Compiled patterns, and the programs behind them, read from and written to one file."""

    def __init__(self, path: str | None):
        self.path = path
        self.programs: dict[Key, Program] | None = None  # read on first use
        self.used: set[Key] = set()
        self.added = 0
        self._compiled: dict[Key, re.Pattern[str]] = {}
        self._lock = threading.Lock()

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        key = (pattern, int(flags))  # a plain int: `re.I` and friends are enum members
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = self._build(key)
        return found

    def _build(self, key: Key) -> re.Pattern[str]:
        if not _AVAILABLE or not isinstance(key[0], str):
            return re.compile(*key)
        with self._lock:
            if self.programs is None:
                self.programs = _load(self.path) or {}
            program = self.programs.get(key)
            self.used.add(key)
        if program is not None:
            with contextlib.suppress(Exception):  # an engine that reads programs differently
                return _engine(key[0], program)
        try:
            program = _program(*key)
            compiled = _engine(key[0], program)
        except Exception:
            return re.compile(*key)  # raises what `re` would raise for a bad pattern
        with self._lock:
            self.programs[key] = program
            self.added += 1
        return compiled

    def save(self) -> None:
        """Keep what this process compiled, with what other processes kept meanwhile."""
        if not self.added or self.path is None or self.programs is None:
            return
        with self._lock:
            merged = {**(_load(self.path) or {}), **self.programs}
            if len(merged) > LIMIT:  # patterns of older versions pile up: start from this run's
                merged = {key: merged[key] for key in self.used if key in merged}
            _write(self.path, merged)
            self.added = 0


_shared: PatternCache | None = None


def shared() -> PatternCache:
    """The process's cache, in `patterns.cache` of the cache folder, saved when the process ends."""
    global _shared
    if _shared is None:
        folder = cache_folder()
        _shared = PatternCache(os.path.join(folder, "patterns.cache") if folder else None)
        atexit.register(_shared.save)
    return _shared


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, answered from the cache of compiled programs when it can be."""
    return shared().compile(pattern, flags)


class _ForLark:
    """Stands in for the `re` module inside Lark's lexers: `compile` goes through the cache."""

    def __init__(self, cache: PatternCache):
        self.compile = cache.compile

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


def install(lark: Any, cache: PatternCache | None = None) -> None:
    """Let a Lark parser's contextual lexer compile its per-state patterns through the cache."""
    if not _AVAILABLE:
        return
    contextual = getattr(getattr(lark, "parser", None), "lexer", None)
    states = getattr(contextual, "lexers", None)
    if not isinstance(states, dict):
        return
    stand_in = _ForLark(cache or shared())
    for lexer in [*states.values(), getattr(contextual, "root_lexer", None)]:
        # `scanner` is a property that compiles on first access: test for it on the class
        if hasattr(lexer, "re") and isinstance(getattr(type(lexer), "scanner", None), property):
            lexer.re = stand_in


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
    groups = parsed.state.groups - 1
    return int(flags | parsed.state.flags), code, groups, groupindex, tuple(indexgroup)


def _engine(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    words = array.array("I", code).tolist()
    return _sre.compile(pattern, flags, words, groups, groupindex, indexgroup)


def _load(path: str | None) -> dict[Key, Program] | None:
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            header, checksum, payload = marshal.load(handle)
        if header != (FORMAT, _interpreter()) or zlib.crc32(payload) != checksum:
            return None
        programs = marshal.loads(payload)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return programs if isinstance(programs, dict) else None


def _write(path: str, programs: dict[Key, Program]) -> None:
    """Written whole and renamed into place, so a reader never sees half a file."""
    import tempfile  # only when writing: it costs more to import than a cached run saves

    try:
        fd, temporary = tempfile.mkstemp(prefix=".patterns-", dir=os.path.dirname(path) or ".")
    except OSError:
        return
    try:
        payload = marshal.dumps(programs)
        with os.fdopen(fd, "wb") as handle:
            marshal.dump(((FORMAT, _interpreter()), zlib.crc32(payload), payload), handle)
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
