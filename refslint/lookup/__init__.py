"""Registry lookups: Crossref and DataCite records for a list's references, through one cache.

Importing this package is cheap: `requests` and the cache load only when something is fetched.
"""

from refslint.lookup.records import Outcome, Record, Status, Update
from refslint.lookup.service import LookupService, lookup_key
from refslint.lookup.settings import LookupSettings

__all__ = [
    "LookupService",
    "LookupSettings",
    "Outcome",
    "Record",
    "Status",
    "Update",
    "lookup_key",
]
