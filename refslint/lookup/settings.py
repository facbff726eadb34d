"""Where the registries are, who is asking, and how long answers are kept.

The environment wins over `[tool.refslint.lookup]`, which wins over the defaults.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
}


def names(value: Any) -> tuple[str, ...]:
    """Registry names from a config list or a comma-separated environment value, lowercased."""
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(dict.fromkeys(str(item).strip().lower() for item in items if str(item).strip()))


class RegistryUnavailable(Exception):
    """The registry could not be asked or gave no usable answer; the message says why."""


@dataclass(frozen=True)
class LookupSettings:
    crossref_url: str = CROSSREF_URL
    datacite_url: str = DATACITE_URL
    openalex_url: str = OPENALEX_URL
    pubmed_url: str = PUBMED_URL
    ncbi_api_key: str = ""
    registry_names: tuple[str, ...] = REGISTRIES  # which registries are asked
    mailto: str = ""
    cache_dir: str = ""
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
            offline=offline or bool(table.get("offline", False)),
            refresh=refresh,
            strict=strict or bool(table.get("strict", False)),
            timeout=float(table.get("timeout", cls.timeout)),
            budget=float(table.get("budget", cls.budget)),
            found_days=float(table.get("found-days", cls.found_days)),
            not_found_days=float(table.get("not-found-days", cls.not_found_days)),
        )

    @property
    def cache_folder(self) -> Path:
        """The user cache folder unless `cache-dir` or REFSLINT_CACHE_DIR moves it."""
        if self.cache_dir:
            return Path(self.cache_dir).expanduser()
        import platformdirs

        return Path(platformdirs.user_cache_dir("refslint", appauthor=False))

    @property
    def cache_path(self) -> Path:
        """requests-cache's SQLite file: the HTTP answers as the registries sent them."""
        return self.cache_folder / "lookup.sqlite"

    @property
    def store_path(self) -> Path:
        """The answers as the rules use them, readable without the network stack (`store.py`)."""
        return self.cache_folder / "answers.sqlite"
