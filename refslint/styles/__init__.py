"""Named house styles: conventions pinned in a TOML file instead of learnt from the list.

`style = "vancouver-nlm"` names a file shipped here (`vancouver-nlm.toml`); any other value ending
in `.toml` is a path, relative to the config file that names it, so a journal can keep its own
style beside its manuscripts. Every key is optional: a convention the file leaves out is learnt
from the list as usual.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from refslint.model import Kind

KINDS = tuple(kind.value for kind in Kind)
DASHES = {"hyphen": "-", "en dash": "–"}
JOURNAL_FORMS = {
    "nlm": "undotted abbreviation",
    "iso": "dotted abbreviation",
    "full": "full title",
}
CHOICES: dict[str, tuple[str, ...]] = {
    "in-marker": ("In:", "In.", "In"),
    "page-marker": ("p.", "pp."),
    "page-range": ("abbreviated", "full"),
    "dash": tuple(DASHES),
    "initials": ("without periods", "with periods"),
    "doi-link": ("https://doi.org/", "doi:"),
    "preprint-link": ("doi",),
    "journal": tuple(JOURNAL_FORMS),
}
KEYS = (*CHOICES, "name", "description", "et-al", "access-wording", "terminal-period")


class StyleError(Exception):
    """A style that cannot be used; the message is one line naming it."""


@dataclass(frozen=True)
class EtAlRule:
    """List every author when there are at most `up_to`, else the first `listed` and et al."""

    up_to: int
    listed: int

    def describe(self) -> str:
        return f"all authors up to {self.up_to}, else {self.listed} and et al."


@dataclass(frozen=True)
class Style:
    """A pinned house style; None for a convention the rules learn from the list."""

    name: str
    description: str = ""
    in_marker: str | None = None
    page_marker: str | None = None
    page_range: str | None = None  # "abbreviated" or "full"
    dash: str | None = None  # the character: "-" or "–"
    initials: str | None = None  # "without periods" or "with periods"
    et_al: EtAlRule | None = None
    access_wording: Mapping[str, str] = field(default_factory=dict)  # by kind, "other" for the rest
    terminal_period: bool | None = None
    doi_link: str | None = None  # "https://doi.org/" or "doi:"
    preprint_link: str | None = None  # "doi": preprints linked by their DOI
    journal: str | None = None  # "undotted abbreviation", "dotted abbreviation", "full title"

    def wording_for(self, kind: str) -> str | None:
        return self.access_wording.get(kind, self.access_wording.get("other"))


def built_in() -> list[str]:
    """The names of the styles shipped with refslint."""
    return sorted(
        p.name.removesuffix(".toml")
        for p in resources.files(__package__).iterdir()
        if p.name.endswith(".toml")
    )


def load(spec: str, base: Path | None = None) -> Style:
    """The style named `spec`, or read from the file `spec` (relative to `base`)."""
    if spec.endswith(".toml") or "/" in spec or "\\" in spec:
        path = Path(spec).expanduser()
        if not path.is_absolute():
            path = (base or Path.cwd()) / path
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or exc
            raise StyleError(f"style file {str(path)!r}: cannot read: {reason}") from None
        return parse(data, source=f"style file {str(path)!r}", default_name=path.stem)
    names = built_in()
    if spec not in names:
        raise StyleError(
            f"unknown style {spec!r}; built-in styles are {', '.join(map(repr, names))}, "
            "or give the path of a .toml file"
        )
    data = resources.files(__package__).joinpath(f"{spec}.toml").read_bytes()
    return parse(data, source=f"style {spec!r}", default_name=spec)


def parse(data: bytes, *, source: str, default_name: str) -> Style:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise StyleError(f"{source}: invalid TOML: {exc}") from None
    table = table.get("style", table)
    if not isinstance(table, Mapping):
        raise StyleError(f"{source}: [style] must be a table")
    return _style(table, source, default_name)


def _style(table: Mapping[str, Any], source: str, default_name: str) -> Style:
    for key in table:
        if key not in KEYS:
            raise StyleError(f"{source}: unknown key {key!r}; known keys: {', '.join(KEYS)}")
    values: dict[str, Any] = {}
    for key, choices in CHOICES.items():
        if key not in table:
            continue
        value = table[key]
        if value not in choices:
            raise StyleError(
                f"{source}: {key!r} must be one of {', '.join(map(repr, choices))}, not {value!r}"
            )
        if key == "dash":
            value = DASHES[value]
        elif key == "journal":
            value = JOURNAL_FORMS[value]
        values[key.replace("-", "_")] = value
    for key in ("name", "description"):
        if key in table and not isinstance(table[key], str):
            raise StyleError(f"{source}: {key!r} must be a string")
    if "terminal-period" in table:
        if not isinstance(table["terminal-period"], bool):
            raise StyleError(f"{source}: 'terminal-period' must be true or false")
        values["terminal_period"] = table["terminal-period"]
    if "et-al" in table:
        values["et_al"] = _et_al(table["et-al"], source)
    if "access-wording" in table:
        values["access_wording"] = _wording(table["access-wording"], source)
    return Style(
        name=table.get("name", default_name), description=table.get("description", ""), **values
    )


def _et_al(value: Any, source: str) -> EtAlRule:
    where = f"{source}: 'et-al' must be a table {{ up-to = 6, listed = 3 }}"
    if not isinstance(value, Mapping) or set(value) != {"up-to", "listed"}:
        raise StyleError(where)
    up_to, listed = value["up-to"], value["listed"]
    ok = all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in (up_to, listed))
    if not ok or listed > up_to:
        raise StyleError(f"{where}, whole numbers with listed <= up-to")
    return EtAlRule(up_to, listed)


def _wording(value: Any, source: str) -> dict[str, str]:
    if isinstance(value, str):
        return {"other": value}
    if isinstance(value, Mapping) and all(isinstance(v, str) for v in value.values()):
        for kind in value:
            if kind not in (*KINDS, "other"):
                raise StyleError(
                    f"{source}: 'access-wording' has unknown entry kind {kind!r}; "
                    f"kinds: {', '.join((*KINDS, 'other'))}"
                )
        return dict(value)
    raise StyleError(
        f"{source}: 'access-wording' must be a string or a table of strings by entry kind"
    )
