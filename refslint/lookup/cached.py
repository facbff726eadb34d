"""A lookup service that answers from the cache only, for a lint that must never wait on the
network (the language server's, as you type); it remembers what it could not answer, so the
caller can ask the registries for that later, away from the lint."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from refslint.lookup.records import Status
from refslint.lookup.service import LookupService, lookup_key
from refslint.lookup.settings import LookupSettings
from refslint.model import Reference
from refslint.notes import Notify


class CacheOnly(LookupService):
    """Answers from the lookup cache only, remembering which references it could not answer."""

    def __init__(self, settings: LookupSettings, *, notify: Notify | None = None):
        super().__init__(dataclasses.replace(settings, offline=True), notify=notify)
        self.refs: list[tuple[Reference, str]] = []

    def prefetch(self, refs: Sequence[Reference], path: str = "") -> None:
        self.refs.extend((ref, path) for ref in refs)
        super().prefetch(refs, path)

    def unanswered(self) -> dict[str, Reference]:
        """The references the cache had no answer for, by lookup key."""
        missing: dict[str, Reference] = {}
        for ref, path in self.refs:
            key = lookup_key(ref)
            if key is not None and self.outcome(ref, path).status is Status.OFFLINE:
                missing.setdefault(key, ref)
        return missing
