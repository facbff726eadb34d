"""Where the registries are, who is asking, and how long answers are kept.

The environment wins over `[tool.refslint.lookup]`, which wins over the defaults.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

CROSSREF_URL = "https://api.crossref.org"
DATACITE_URL = "https://api.datacite.org"
OPENALEX_URL = "https://api.openalex.org"
PUBMED_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
REGISTRIES = ("crossref", "datacite", "openalex", "pubmed")
ENVIRONMENT = {
    "crossref-url": "REFSLINT_CROSSREF_URL",
    "datacite-url": "REFSLINT_DATACITE_URL",
    "openalex-url": "REFSLINT_OPENALEX_URL",
    "pubmed-url": "REFSLINT_PUBMED_URL",
    "ncbi-api-key": "NCBI_API_KEY",
    "registries": "REFSLINT_REGISTRIES",
    "mailto": "REFSLINT_MAILTO",
    "cache-dir": "REFSLINT_CACHE_DIR",
    "cache-url": "REFSLINT_CACHE_URL",
}
# every number must be above 0 and at most this; beyond it a value is a typo, and dates and
# clocks overflow (a budget of 1e300 seconds, records kept for 1e7 days)
HIGHEST = {
    "timeout": (300, "seconds"),
    "budget": (86_400, "seconds"),
    "found-days": (3_650, "days"),
    "not-found-days": (3_650, "days"),
}
LOCK_WAIT = 5.0  # seconds a cache file's lock is waited for before the run goes without it
LONGEST = 2_000  # characters in an address, a folder or an email address


def names(value: Any) -> tuple[str, ...]:
    """Registry names from a config list or a comma-separated environment value, lowercased."""
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(dict.fromkeys(str(item).strip().lower() for item in items if str(item).strip()))


class RegistryUnavailable(Exception):
    """The registry could not be asked or gave no usable answer; the message says why."""


class SettingError(ValueError):
    """An environment variable with a value refslint cannot use; the message names it."""


def problem(key: str, value: Any) -> str | None:
    """Why `value` cannot be the lookup setting `key` ("must be ..., not ..."), or None.

    One check for the config file and the environment, so both refuse the same values with
    the same words, before anything is looked up.
    """
    if key in HIGHEST:
        highest, unit = HIGHEST[key]
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not number or not (math.isfinite(value) and 0 < value <= highest):
            return f"must be a number of {unit} above 0 and at most {highest:,}, not {show(value)}"
        return None
    if key == "registries":
        return _registries_problem(value)
    if not isinstance(value, str):
        return f"must be a string, not {show(value)}"
    if key == "cache-url":
        return _cache_url_problem(value)
    if len(value) > LONGEST or any(ord(c) < 32 or ord(c) == 127 for c in value):
        return (
            f"must be at most {LONGEST:,} characters, without control characters, not {show(value)}"
        )
    if key.endswith("-url"):
        return _address_problem(value)
    if key == "mailto" and value:
        name, at, host = value.partition("@")
        if not (name and at and host) or "@" in host or any(c.isspace() for c in value):
            return f"must be an email address such as 'editor@example.org', not {show(value)}"
    return None


def _registries_problem(value: Any) -> str | None:
    """`registries`: a list (or, from the environment, a comma-separated string) of names."""
    wanted = f"must be a list of registries among {', '.join(REGISTRIES)}, not {show(value)}"
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        return wanted
    chosen = [v.strip().lower() for v in value if v.strip()]
    if not chosen or any(v not in REGISTRIES for v in chosen):
        return wanted
    return None


def _cache_url_problem(value: str) -> str | None:
    """`cache-url`: a Redis address; the message never repeats a password."""
    wanted = (
        "must be a Redis address such as 'redis://localhost:6379/0', "
        f"not {show(without_password(value))}"
    )
    try:
        parts = urlsplit(value)
        port = parts.port
    except ValueError:
        return wanted
    if len(value) > LONGEST or any(ord(c) < 32 or ord(c) == 127 for c in value):
        return wanted
    if parts.scheme not in ("redis", "rediss") or not parts.hostname or port == 0:
        return wanted
    database = parts.path.strip("/")
    if (database and not database.isdigit()) or parts.fragment or any(c.isspace() for c in value):
        return wanted
    return None


def without_password(url: str) -> str:
    """`url` as it may be shown: a password in it is left out."""
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
        user = f"{parts.username}@" if parts.username else ""
        return parts._replace(netloc=user + parts.netloc.rpartition("@")[2]).geturl()
    except ValueError:
        return url.rpartition("@")[2] if "@" in url else url


def _address_problem(value: str) -> str | None:
    wanted = f"must be an http or https address such as {CROSSREF_URL!r}, not {show(value)}"
    try:
        parts = urlsplit(value)
        if parts.port == 0:  # raises ValueError for a port above 65535
            return wanted
    except ValueError:
        return wanted
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query:
        return wanted
    if parts.fragment or any(c.isspace() for c in value):
        return wanted
    return None


def registry_key(url: str) -> str:
    """`url` in one spelling (scheme and host lowercased, default port and trailing slash
    dropped): the answers of one registry are kept under it, and never served for another."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    port = f":{parts.port}" if parts.port is not None and parts.port != default else ""
    return f"{parts.scheme.lower()}://{host}{port}{parts.path.rstrip('/')}"


def show(value: Any) -> str:
    """A value as the user wrote it, cut short: a message stays one readable line."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping):
        return "a table"
    text = repr(value)
    return text if len(text) <= 60 else f"{text[:57]}..."


@dataclass(frozen=True)
class LookupSettings:
    """How the registries are asked: where, with what limits and cache, and whether at all."""

    crossref_url: str = CROSSREF_URL
    datacite_url: str = DATACITE_URL
    openalex_url: str = OPENALEX_URL
    pubmed_url: str = PUBMED_URL
    ncbi_api_key: str = ""
    registry_names: tuple[str, ...] = REGISTRIES  # which registries are asked
    mailto: str = ""
    cache_dir: str = ""
    cache_url: str = ""  # redis://...: cache, answers and budget shared between machines
    offline: bool = False  # answer from the cache only
    refresh: bool = False  # ask again even when the cache has an answer
    strict: bool = False  # a lookup failure is an error, not a note
    timeout: float = 10.0  # seconds to wait for an answer (connecting gets at most 3)
    budget: float = 60.0  # seconds all of a run's lookups may take together, waits included
    found_days: float = 30.0
    not_found_days: float = 1.0
    retries: int = 3

    @classmethod
    def resolve(
        cls,
        table: Mapping[str, Any] | None = None,
        *,
        offline: bool = False,
        refresh: bool = False,
        strict: bool = False,
        environ: Mapping[str, str] | None = None,
    ) -> LookupSettings:
        """Settings from a validated lookup table, the environment and the command line."""
        table = dict(table or {})
        environ = os.environ if environ is None else environ
        for key, variable in ENVIRONMENT.items():
            if environ.get(variable):
                why = problem(key, environ[variable])
                if why is not None:
                    raise SettingError(f"environment variable {variable} {why}")
                table[key] = environ[variable]
        return cls(
            crossref_url=str(table.get("crossref-url") or CROSSREF_URL).rstrip("/"),
            datacite_url=str(table.get("datacite-url") or DATACITE_URL).rstrip("/"),
            openalex_url=str(table.get("openalex-url") or OPENALEX_URL).rstrip("/"),
            pubmed_url=str(table.get("pubmed-url") or PUBMED_URL).rstrip("/"),
            ncbi_api_key=str(table.get("ncbi-api-key") or ""),
            registry_names=names(table.get("registries", REGISTRIES)),
            mailto=str(table.get("mailto") or ""),
            cache_dir=str(table.get("cache-dir") or ""),
            cache_url=str(table.get("cache-url") or ""),
            offline=offline or bool(table.get("offline", False)),
            refresh=refresh,
            strict=strict or bool(table.get("strict", False)),
            timeout=float(table.get("timeout", cls.timeout)),
            budget=float(table.get("budget", cls.budget)),
            found_days=float(table.get("found-days", cls.found_days)),
            not_found_days=float(table.get("not-found-days", cls.not_found_days)),
        )

    @property
    def registries(self) -> str:
        """Which registries the answers come from, in one spelling: the answer store's
        namespace, so moving an address, or asking other registries, never reuses answers that
        other registries gave."""
        urls = {
            "crossref": self.crossref_url,
            "datacite": self.datacite_url,
            "openalex": self.openalex_url,
            "pubmed": self.pubmed_url,
        }
        return " ".join(
            registry_key(urls[name]) for name in REGISTRIES if name in self.registry_names
        )

    @property
    def cache_folder(self) -> Path:
        """The user cache folder unless `cache-dir` or REFSLINT_CACHE_DIR moves it."""
        if self.cache_dir:
            return Path(self.cache_dir).expanduser()
        import platformdirs

        return Path(platformdirs.user_cache_dir("refslint", appauthor=False))

    @property
    def keeps_answers(self) -> bool:
        """Whether answers may be kept from earlier runs (an offline run has something to read)."""
        return bool(self.cache_url) or self.store_path.exists()

    @property
    def cache_path(self) -> Path:
        """requests-cache's SQLite file: the HTTP answers as the registries sent them."""
        return self.cache_folder / "lookup.sqlite"

    @property
    def store_path(self) -> Path:
        """The answers as the rules use them, readable without the network stack (`store.py`)."""
        return self.cache_folder / "answers.sqlite"
