"""Registry lookups: Crossref, DataCite, OpenAlex and PubMed records for a list's references,
through one cache.

Importing this package costs nothing: its names load on first use (`records` and `match` are what
rules need; the service, its store and, only when something is fetched, `requests`, come later).
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "Outcome": "records",
    "Record": "records",
    "Status": "records",
    "Update": "records",
    "LookupService": "service",
    "lookup_key": "service",
    "LookupSettings": "settings",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'refslint.lookup' has no attribute {name!r}")
    return getattr(importlib.import_module(f"refslint.lookup.{_WHERE[name]}"), name)
