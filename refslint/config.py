"""Find and validate `[tool.refslint]` (or `refslint.toml` / `.refslint.toml`).

Validation is strict: an unknown key, a wrong type or a value out of its range stops the run with
the file's name, the key and a suggestion, because a silently ignored `max-acess-age` (or a budget
of `nan` seconds, which switches the budget off) is worse than an error.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from refslint.registry import Selection, SelectionError, check_selectors, did_you_mean, split_codes
from refslint.rule import OptionValue, Rule

if typing.TYPE_CHECKING:
    from refslint.styles import Style

CONFIG_FILES = (".refslint.toml", "refslint.toml", "pyproject.toml")  # first found in a folder wins
CORE_KEYS = (
    "select",
    "ignore",
    "extend-select",
    "max-access-age",
    "today",
    "per-file-ignores",
    "lookup",
    "style",
)
LOOKUP_KEYS = (
    "crossref-url",
    "datacite-url",
    "openalex-url",
    "pubmed-url",
    "registries",
    "mailto",
    "cache-dir",
    "cache-url",
)
# lookup keys that are not strings: whether failures are errors, whether to use the network at
# all, and how long to wait and keep
LOOKUP_FLAGS = ("strict", "offline")
LOOKUP_NUMBERS = ("timeout", "budget", "found-days", "not-found-days")
MAX_ACCESS_AGE = (0, 36_500)  # days: a century is already no limit at all


class ConfigError(Exception):
    """A config file that cannot be used; the message is one line naming the file."""


@dataclass(frozen=True)
class Config:
    """Validated settings from one file (or none: the defaults)."""

    path: Path | None = None
    selection: Selection = field(default_factory=Selection)
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    today: dt.date | None = None
    lookup: Mapping[str, Any] = field(default_factory=dict)
    options: Mapping[str, OptionValue] = field(default_factory=dict)  # rule options by dashed key
    style: Style | None = None  # the pinned house style (`style = ...`), rules see `ctx.style`

    @property
    def root(self) -> Path:
        """Where per-file-ignores globs are anchored."""
        return self.path.parent if self.path is not None else Path.cwd()

    def ignored_for(self, file: str | Path) -> tuple[str, ...]:
        """Codes that per-file-ignores switch off for `file`."""
        if not self.per_file_ignores:
            return ()
        target = Path(file).resolve()
        try:
            relative = target.relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = target.as_posix()
        codes: list[str] = []
        for pattern, ignored in self.per_file_ignores:
            if fnmatch(relative, pattern) or fnmatch(target.name, pattern):
                codes.extend(ignored)
        return tuple(codes)


def find(start: Path) -> Path | None:
    """The nearest config file in `start` or above (a pyproject.toml only with [tool.refslint])."""
    folder = start if start.is_dir() else start.parent
    for directory in (folder.resolve(), *folder.resolve().parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def load(path: Path, rules: Sequence[Rule]) -> Config:
    """Read and validate one config file."""
    table = _read_toml(path)
    if path.name == "pyproject.toml":
        table = table.get("tool", {}).get("refslint", {})
        source = f"{path}: [tool.refslint]"
    else:
        source = str(path)
    return from_mapping(table, rules, source=source, path=path)


def from_mapping(
    table: Mapping[str, Any], rules: Sequence[Rule], *, source: str, path: Path | None = None
) -> Config:
    """Validate settings given as a table of dashed keys; errors name `source`."""
    option_fields: dict[str, tuple[dataclasses.Field, type]] = {}
    for r in rules:
        for key, option in r.option_keys().items():
            option_fields[key] = (option, r.options)  # type: ignore[assignment]
    known = sorted({*CORE_KEYS, *option_fields})
    for key in table:
        if key not in known:
            hint = did_you_mean(key, known)
            if "_" in key and key.replace("_", "-") in known:
                hint = f" (keys use dashes: {key.replace('_', '-')!r})"
            raise ConfigError(f"{source}: unknown key {key!r}{hint}")

    def codes(key: str) -> tuple[str, ...]:
        value = table[key]
        if not _is_str_list(value):
            raise ConfigError(f"{source}: {key!r} must be a list of rule codes, not {_show(value)}")
        result = split_codes(value)
        try:
            check_selectors(result, rules)
        except SelectionError as exc:
            raise ConfigError(f"{source}: {key!r}: {exc}") from None
        return result

    selection = Selection(
        select=codes("select") if "select" in table else None,
        ignore=codes("ignore") if "ignore" in table else (),
        extend_select=codes("extend-select") if "extend-select" in table else (),
    )
    per_file: list[tuple[str, tuple[str, ...]]] = []
    if "per-file-ignores" in table:
        globs = table["per-file-ignores"]
        if not isinstance(globs, Mapping):
            raise ConfigError(f"{source}: 'per-file-ignores' must be a table of glob = [codes]")
        for glob, value in globs.items():
            if not _is_str_list(value):
                raise ConfigError(
                    f"{source}: per-file-ignores {glob!r} must be a list of rule codes, "
                    f"not {_show(value)}"
                )
            try:
                check_selectors(split_codes(value), rules)
            except SelectionError as exc:
                raise ConfigError(f"{source}: per-file-ignores {glob!r}: {exc}") from None
            per_file.append((glob, split_codes(value)))

    options: dict[str, OptionValue] = {}
    for key, (option, owner) in option_fields.items():
        if key in table and key not in CORE_KEYS:
            value = _typed(table[key], _field_type(option, owner), f"{source}: {key!r}")
            options[key] = _in_range(value, option.metadata.get("range"), f"{source}: {key!r}")
    if "max-access-age" in table:
        age = table["max-access-age"]
        lowest, highest = MAX_ACCESS_AGE
        if not isinstance(age, int) or isinstance(age, bool) or not lowest <= age <= highest:
            raise ConfigError(
                f"{source}: 'max-access-age' must be a whole number of days from {lowest} "
                f"to {highest:,}, not {_show(age)}"
            )
        options["max-access-age"] = age

    return Config(
        path=path,
        selection=selection,
        per_file_ignores=tuple(per_file),
        today=parse_today(table["today"], source) if "today" in table else None,
        lookup=_lookup(table.get("lookup", {}), source),
        options=options,
        style=_style(table["style"], source, path) if "style" in table else None,
    )


def _style(value: object, source: str, path: Path | None) -> Style:
    """The named house style (`refslint.styles.Style`); a style file is relative to `path`."""
    from refslint import styles

    if not isinstance(value, str) or not value:
        raise ConfigError(
            f"{source}: 'style' must be a style name or a .toml path, not {_show(value)}"
        )
    try:
        return styles.load(value, path.parent if path is not None else None)
    except styles.StyleError as exc:
        raise ConfigError(f"{source}: 'style': {exc}") from None


def parse_today(value: Any, source: str) -> dt.date:
    """A `today` given as TOML date or "YYYY-MM-DD" string."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError(f"{source}: 'today' must be a date as YYYY-MM-DD, not {_show(value)}")


def _lookup(table: Any, source: str) -> dict[str, Any]:
    from refslint.lookup.settings import problem

    if not isinstance(table, Mapping):
        raise ConfigError(f"{source}: 'lookup' must be a table")
    known = (*LOOKUP_KEYS, *LOOKUP_FLAGS, *LOOKUP_NUMBERS)
    for key, value in table.items():
        if key not in known:
            raise ConfigError(f"{source}: unknown key 'lookup.{key}'{did_you_mean(key, known)}")
        if key in LOOKUP_FLAGS:
            why = None if isinstance(value, bool) else f"must be true or false, not {_show(value)}"
        else:
            why = problem(key, value)
        if why is not None:
            raise ConfigError(f"{source}: 'lookup.{key}' {why}")
    return dict(table)


def _read_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except RecursionError:
        where = _deepest_key(path)
        at = f" at {where!r}" if where else ""
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply{at}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path}: invalid TOML: not UTF-8 ({exc.reason} at byte {exc.start})"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _deepest_key(path: Path) -> str:
    """The dotted key whose value opens the most brackets on its line: where a file too deep
    to parse went wrong (the parser itself gives up without saying where)."""
    table, best, deepest = "", "", 0
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    for line in lines:
        header = re.match(r"\s*\[\[?([^\[\]]+)\]\]?\s*$", line)
        if header:
            table = header.group(1).strip()
            continue
        key, equals, value = line.partition("=")
        depth = len(value) - len(value.lstrip("[{ \t"))
        if equals and key.strip() and depth > deepest:
            best, deepest = ".".join(p for p in (table, key.strip()) if p), depth
    return best


def _has_tool_table(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if "refslint" not in text:  # most pyproject files: no need to parse them
        return False
    return "refslint" in _read_toml(pyproject).get("tool", {})


def _field_type(option: dataclasses.Field, owner: type) -> Any:
    try:
        return typing.get_type_hints(owner)[option.name]
    except Exception:  # an annotation the plugin's module cannot resolve: accept any value
        return Any


def _in_range(value: Any, bounds: tuple[Any, Any] | None, where: str) -> Any:
    """`value` checked against a rule option's `metadata={"range": (lowest, highest)}`."""
    if bounds is None or not isinstance(value, (int, float)) or isinstance(value, bool):
        return value
    lowest, highest = bounds
    if not lowest <= value <= highest:  # a NaN is in no range
        raise ConfigError(f"{where} must be from {lowest} to {highest}, not {_show(value)}")
    return value


def _typed(value: Any, expected: Any, where: str) -> Any:
    """`value` checked (and, for sequences, converted) against a dataclass field type."""
    if expected is Any:
        return value
    origin = typing.get_origin(expected)
    args = typing.get_args(expected)
    if origin in (typing.Union, types.UnionType):
        for option in args:
            try:
                return _typed(value, option, where)
            except ConfigError:
                continue
        raise ConfigError(f"{where} must be {_name(expected)}, not {_show(value)}")
    if origin is typing.Literal:
        if value in args:
            return value
        raise ConfigError(
            f"{where} must be one of {', '.join(map(repr, args))}, not {_show(value)}"
        )
    if origin in (list, tuple, Sequence, frozenset, set):
        item = args[0] if args else Any
        if not isinstance(value, list):
            raise ConfigError(f"{where} must be {_name(expected)}, not {_show(value)}")
        items = [_typed(v, item, where) for v in value]
        return (
            list(items)
            if origin is list
            else (frozenset(items) if origin is frozenset else tuple(items))
        )
    if expected is type(None):
        if value is None:
            return value
    elif expected is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    elif expected is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif isinstance(expected, type) and isinstance(value, expected):
        return value
    raise ConfigError(f"{where} must be {_name(expected)}, not {_show(value)}")


_NAMES = {int: "an integer", float: "a number", bool: "true or false", str: "a string"}
_PLURALS = {int: "integers", float: "numbers", bool: "booleans", str: "strings"}


def _name(tp: Any) -> str:
    if tp in _NAMES:
        return _NAMES[tp]
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_name(a) for a in typing.get_args(tp) if a is not type(None))
    if origin in (list, tuple, Sequence, frozenset, set):
        args = typing.get_args(tp)
        return f"a list of {_PLURALS.get(args[0], 'values')}" if args else "a list"
    return getattr(tp, "__name__", str(tp))


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _show(value: Any) -> str:
    from refslint.lookup.settings import show

    return show(value)
