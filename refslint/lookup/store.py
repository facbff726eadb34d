"""Registry answers kept between runs, in a small SQLite file that needs no network code to read.

HTTP goes through requests-cache (`http.py`), but reading its cache means importing `requests`,
which an offline run must not do and which costs a millisecond per reference. So every answer the
registries give is also kept here, as the `Outcome` the rules need: an offline run reads this file
with the standard library alone, and a warm online run never reaches the HTTP layer.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from refslint.lookup.records import Outcome, Record, Status, Update

SCHEMA = 2  # bump when the stored shape of an Outcome changes: older rows are then ignored
# failures are never remembered
KEPT = (Status.FOUND, Status.NOT_FOUND, Status.UNCERTAIN, Status.OTHER_AUTHORS)
CHUNK = 500  # keys per query, well under SQLite's limit on bound parameters


class AnswerStore:
    """`get(key)` and `put(key, outcome)`; a store that cannot be opened behaves as an empty one."""

    def __init__(self, path: Path, *, found_days: float, not_found_days: float):
        self.path = path
        self.found_seconds = found_days * 86_400
        self.not_found_seconds = not_found_days * 86_400
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._broken = False

    def exists(self) -> bool:
        return self.path.exists()

    def get(self, key: str) -> Outcome | None:
        return self.get_many([key]).get(key)

    def get_many(self, keys: Sequence[str]) -> dict[str, Outcome]:
        """The kept, unexpired answers among `keys`: a list's worth in a few queries."""
        if not keys or not self.path.exists():
            return {}
        rows: list[tuple[str, str, float]] = []
        with self._lock:
            db = self._open()
            if db is None:
                return {}
            try:
                for start in range(0, len(keys), CHUNK):
                    chunk = keys[start : start + CHUNK]
                    rows += db.execute(
                        "SELECT key, outcome, expires FROM answers "
                        f"WHERE schema = ? AND key IN ({','.join('?' * len(chunk))})",
                        (SCHEMA, *chunk),
                    ).fetchall()
            except sqlite3.Error:
                return {}
        now = time.time()
        found: dict[str, Outcome] = {}
        for key, data, expires in rows:
            if expires < now:
                continue
            try:
                found[key] = _outcome(json.loads(data))
            except (ValueError, TypeError, KeyError):
                continue
        return found

    def put(self, key: str, outcome: Outcome) -> None:
        if outcome.status not in KEPT:
            return
        keep = self.found_seconds if outcome.status is Status.FOUND else self.not_found_seconds
        data = json.dumps(asdict(outcome), default=str)
        with self._lock:
            db = self._open(create=True)
            if db is None:
                return
            try:
                with db:
                    db.execute(
                        "INSERT OR REPLACE INTO answers (key, schema, outcome, expires) "
                        "VALUES (?, ?, ?, ?)",
                        (key, SCHEMA, data, time.time() + keep),
                    )
            except sqlite3.Error:
                self._broken = True

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _open(self, create: bool = False) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        if not create and not self.path.exists():
            return None
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
                found = db.execute("PRAGMA quick_check").fetchall()
                if found != [("ok",)]:
                    raise sqlite3.DatabaseError(str(found[0][0]) if found else "failed a check")
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS answers "
                    "(key TEXT PRIMARY KEY, schema INTEGER, outcome TEXT, expires REAL)"
                )
            except sqlite3.DatabaseError as exc:
                # not a database, or a torn one: set it aside and start again, once; a lock
                # held by another refslint is no damage, this run just goes without the store
                with contextlib.suppress(UnboundLocalError, sqlite3.Error):
                    db.close()
                if attempt or "locked" in str(exc) or isinstance(exc, sqlite3.OperationalError):
                    self._broken = True
                    return None
                set_aside(self.path, str(exc))
            except OSError:
                self._broken = True
                return None
            else:
                self._db = db
                return db
        return None


def set_aside(path: Path, why: str) -> Path:
    """Move a corrupt cache file out of the way (kept for a bug report) and say so on stderr."""
    why = " ".join(why.replace("*", " ").split())[:80]  # SQLite's reports span lines
    kept = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    with contextlib.suppress(OSError):
        os.replace(path, kept)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")
    print(
        f"refslint: warning: the lookup cache {path} was unreadable ({why}); "
        f"moved it to {kept.name} and started a new one",
        file=sys.stderr,
    )
    return kept


def _outcome(data: dict[str, Any]) -> Outcome:
    record = data.get("record")
    return Outcome(
        status=Status(data["status"]),
        record=_record(record) if record else None,
        via=data.get("via", ""),
        key=data.get("key", ""),
        sources=tuple(data.get("sources", ())),
        reason=data.get("reason", ""),
        from_cache=True,
        notes=tuple(data.get("notes", ())),
    )


def _record(data: dict[str, Any]) -> Record:
    return Record(
        source=data["source"],
        doi=data["doi"],
        title=data.get("title", ""),
        containers=tuple(data.get("containers", ())),
        years=tuple(data.get("years", ())),
        volume=data.get("volume", ""),
        issue=data.get("issue", ""),
        first_page=data.get("first_page", ""),
        article_number=data.get("article_number", ""),
        families=tuple(data.get("families", ())),
        initials=tuple(data.get("initials", ())),
        type=data.get("type", ""),
        updates=tuple(Update(**u) for u in data.get("updates", ())),
        published_as=tuple(data.get("published_as", ())),
    )
