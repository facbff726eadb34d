"""Which rules exist (entry points) and which of them run (select/ignore, like ruff).

The built-in rules arrive through the same `refslint.rules` entry-point group as any plugin, so this
module knows no rule by name.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import NamedTuple

from refslint import patterns
from refslint.rule import CODE_PATTERN, Rule

GROUP = "refslint.rules"
SELECTOR = patterns.compile(r"^(ALL|[A-Z]{1,4}[0-9]{0,3})$")


class RegistryError(Exception):
    """A plugin that cannot be loaded or declares a bad rule; the message names the plugin."""


class SelectionError(ValueError):
    """A selector that names no installed rule."""


class Selection(NamedTuple):
    """One layer of rule selection (a config file, then the command line); later layers win."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()

    def selectors(self) -> Iterable[str]:
        yield from self.select or ()
        yield from self.ignore
        yield from self.extend_select


@functools.lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """Every installed rule, sorted by code; `RegistryError` names the first broken plugin."""
    from refslint.plugins import entry_points

    seen_points: set[tuple[str, str]] = set()
    by_code: dict[str, Rule] = {}
    for point in sorted(entry_points(group=GROUP), key=lambda p: (p.name, p.value)):
        if (
            point.name,
            point.value,
        ) in seen_points:  # the same distribution found twice on sys.path
            continue
        seen_points.add((point.name, point.value))
        origin = f"plugin '{point.name}' (dist {point.dist})"
        try:
            loaded = point.load()
        except Exception as exc:
            raise RegistryError(
                f"{origin}: cannot load {point.value}: {type(exc).__name__}: {exc}"
            ) from exc
        for found in _rules_in(loaded, origin, point.value):
            if not CODE_PATTERN.match(found.code):
                raise RegistryError(
                    f"{origin}: rule '{found.name}' has code {found.code!r}, "
                    "which is not 1-4 capital letters and 3 digits"
                )
            other = by_code.get(found.code)
            if other is not None and other.check is not found.check:
                raise RegistryError(
                    f"{origin}: rule code {found.code} is also declared by {other.origin}"
                )
            by_code[found.code] = dataclasses.replace(found, origin=origin)
    return tuple(sorted(by_code.values(), key=lambda r: r.code))


def _rules_in(loaded: object, origin: str, target: str) -> list[Rule]:
    if isinstance(loaded, Rule):
        return [loaded]
    if isinstance(loaded, ModuleType):
        found: dict[int, Rule] = {}
        for value in vars(loaded).values():
            if isinstance(value, Rule):
                found.setdefault(id(value), value)
        return list(found.values())
    raise RegistryError(
        f"{origin}: {target} is neither a module nor a Rule ({type(loaded).__name__})"
    )


def split_codes(value: str | Iterable[str]) -> tuple[str, ...]:
    """ "RL1, RL204" or ["RL1", "RL204"] -> ("RL1", "RL204"); upper-cased, blanks dropped."""
    items = value.split(",") if isinstance(value, str) else value
    return tuple(item.strip().upper() for item in items if item.strip())


def check_selectors(selectors: Iterable[str], rules: Sequence[Rule]) -> None:
    """Refuse a selector that names no rule: a typo must not silently select nothing."""
    codes = [r.code for r in rules]
    for selector in selectors:
        if selector == "ALL" or (
            SELECTOR.match(selector) and any(c.startswith(selector) for c in codes)
        ):
            continue
        raise SelectionError(
            f"unknown rule code or prefix {selector!r}{did_you_mean(selector, codes)}"
        )


def select_rules(rules: Sequence[Rule], layers: Sequence[Selection]) -> list[Rule]:
    """Apply selection layers in order, starting from the rules enabled by default.

    Within a layer the more specific selector wins (`RL301` beats `RL3`, which beats `ALL`); on a
    tie, ignore wins. A layer with `select` starts afresh; `extend-select` and `ignore` adjust what
    came before.
    Rules off by default run only when a selector names them.
    """
    for layer in layers:
        check_selectors(layer.selectors(), rules)
    enabled = {r.code for r in rules if r.default_enabled}
    for layer in layers:
        chosen = list(layer.select or ()) + list(layer.extend_select)
        for r in rules:
            picked = _specificity(r.code, chosen)
            dropped = _specificity(r.code, layer.ignore)
            if layer.select is not None:
                enabled.discard(r.code)
            if picked < 0 and dropped < 0:
                continue
            if picked > dropped:
                enabled.add(r.code)
            else:
                enabled.discard(r.code)
    return [r for r in rules if r.code in enabled]


def without(rules: Sequence[Rule], codes: Iterable[str]) -> list[Rule]:
    """The rules minus those matching any of `codes` (codes or prefixes), e.g. per-file ignores."""
    prefixes = tuple(codes)
    if "ALL" in prefixes:
        return []
    return [r for r in rules if not r.code.startswith(prefixes)]


def _specificity(code: str, selectors: Iterable[str]) -> int:
    best = -1
    for selector in selectors:
        if selector == "ALL":
            best = max(best, 0)
        elif code.startswith(selector):
            best = max(best, len(selector))
    return best


_DIGIT_LOOKALIKES = str.maketrans("OIL", "011")


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    import difflib

    candidates = list(candidates)
    # a letter typed for the digit it looks like (`RL3O1`): that code, before any merely close one
    digits = word[:2].upper() + word[2:].upper().translate(_DIGIT_LOOKALIKES)
    if digits != word and digits in candidates:
        return f" (did you mean {digits!r}?)"
    close = difflib.get_close_matches(word, candidates, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
