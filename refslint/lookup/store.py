"""Registry answers kept between runs, in a small SQLite file that needs no network code to read.

HTTP goes through requests-cache (`http.py`), but reading its cache means importing `requests`,
which an offline run must not do and which costs a millisecond per reference. So every answer the
registries give is also kept here, as the `Outcome` the rules need: an offline run reads this file
with the standard library alone, and a warm online run never reaches the HTTP layer.

Answers are kept per registry (`LookupSettings.registries`): a run against another address never
reads what this one was told. A cache that cannot be used (locked past `LOCK_WAIT`, a full disk, a
read-only folder) is said once and skipped; one holding a row of the wrong shape is set aside.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from refslint.lookup.records import Outcome, Record, Status, Update
from refslint.lookup.settings import LOCK_WAIT
from refslint.notes import Note, Notify, ignore

SCHEMA = 4  # bump when the stored shape of an Outcome changes: older rows are then ignored
# failures are never remembered
KEPT = (Status.FOUND, Status.NOT_FOUND, Status.UNCERTAIN, Status.OTHER_AUTHORS)
CHUNK = 500  # keys per query, well under SQLite's limit on bound parameters
COLUMNS = ["key", "schema", "outcome", "expires"]
_told: set[Path] = set()  # cache folders already said to be unusable in this process
_told_lock = threading.Lock()


class Malformed(ValueError):
    """A stored answer that is not of the shape this version writes."""


class AnswerStore:
    """`get(key)` and `put(key, outcome)`; a store that cannot be opened behaves as an empty one.

    `registry` names where the answers come from; keys are kept under it, so one file holds the
    answers of several registry addresses without mixing them.
    """

    def __init__(
        self,
        path: Path,
        *,
        found_days: float,
        not_found_days: float,
        registry: str = "",
        notify: Notify = ignore,
    ):
        self.path = path
        self.notify = notify  # told when the file is set aside or cannot be used
        self.found_seconds = found_days * 86_400
        self.not_found_seconds = not_found_days * 86_400
        self.prefix = f"{registry}\n" if registry else ""
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
        stored = [self.prefix + key for key in keys]
        with self._lock:
            db = self._open()
            if db is None:
                return {}
            rows: list[tuple[Any, Any, Any]] = []
            try:
                for start in range(0, len(stored), CHUNK):
                    chunk = stored[start : start + CHUNK]
                    rows += db.execute(
                        "SELECT key, outcome, expires FROM answers "
                        f"WHERE schema = ? AND key IN ({','.join('?' * len(chunk))})",
                        (SCHEMA, *chunk),
                    ).fetchall()
            except sqlite3.Error as exc:
                self._unusable(exc)
                return {}
            now = time.time()
            found: dict[str, Outcome] = {}
            wrong: Malformed | None = None
            for key, data, expires in rows:
                try:
                    outcome = _row(key, data, expires)
                except Malformed as exc:
                    wrong = exc
                    continue
                if expires >= now:
                    found[key[len(self.prefix) :]] = outcome
            if wrong is not None:
                self._rebuild(f"a stored answer of the wrong shape: {wrong}")
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
                        (self.prefix + key, SCHEMA, data, time.time() + keep),
                    )
            except sqlite3.Error as exc:
                self._unusable(exc)

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
            db = None
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=LOCK_WAIT, check_same_thread=False)
                found = db.execute("PRAGMA quick_check").fetchall()
                if found != [("ok",)]:
                    raise sqlite3.DatabaseError(str(found[0][0]) if found else "failed a check")
                columns = [row[1] for row in db.execute("PRAGMA table_info(answers)")]
                if columns not in ([], COLUMNS):
                    raise sqlite3.DatabaseError(f"its answers table has columns {columns}")
                if create or not columns:
                    db.execute("PRAGMA journal_mode=WAL")
                    db.execute(
                        "CREATE TABLE IF NOT EXISTS answers "
                        "(key TEXT PRIMARY KEY, schema INTEGER, outcome TEXT, expires REAL)"
                    )
                    with db:  # what no run will read again: older shapes, expired answers
                        db.execute(
                            "DELETE FROM answers WHERE schema != ? OR expires < ?",
                            (SCHEMA, time.time()),
                        )
            except sqlite3.OperationalError as exc:
                # locked past LOCK_WAIT, a full disk, a read-only folder: no damage to set
                # aside; this run goes without the store
                _close(db)
                self._unusable(exc)
                return None
            except sqlite3.DatabaseError as exc:
                # not a database, or a torn one: set it aside and start again, once
                _close(db)
                if attempt:
                    self._unusable(exc)
                    return None
                set_aside(self.path, str(exc), self.notify)
            except OSError as exc:
                _close(db)
                self._unusable(exc)
                return None
            else:
                self._db = db
                return db
        return None

    def _unusable(self, exc: BaseException) -> None:
        """Go without the store for the rest of the run, and say so (once per folder)."""
        self._broken = True
        if self._db is not None:
            _close(self._db)
            self._db = None
        cannot_use(self.path, exc, self.notify)

    def _rebuild(self, why: str) -> None:
        """Set the file aside (kept for a bug report) and start a new one holding every
        answer of the old one that is still of the right shape: nothing usable is lost."""
        assert self._db is not None
        kept: list[tuple[str, int, str, float]] = []
        with contextlib.suppress(sqlite3.Error):
            for key, schema, data, expires in self._db.execute(
                "SELECT key, schema, outcome, expires FROM answers WHERE schema = ?", (SCHEMA,)
            ):
                with contextlib.suppress(Malformed):
                    _row(key, data, expires)
                    kept.append((key, schema, data, expires))
        with contextlib.suppress(sqlite3.Error):  # the kept file whole, without its -wal
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _close(self._db)
        self._db = None
        if not set_aside(
            self.path, why, self.notify
        ).exists():  # left in place: do not read it again
            self._unusable(OSError(errno.EACCES, "it could not be moved aside"))
            return
        db = self._open(create=True)
        if db is None:
            return
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)", kept)
        except sqlite3.Error as exc:
            self._unusable(exc)


def set_aside(path: Path, why: str, notify: Notify) -> Path:
    """Move a corrupt cache file out of the way (kept for a bug report) and tell `notify`."""
    why = " ".join(why.replace("*", " ").split())[:80]  # SQLite's reports span lines
    kept = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    with contextlib.suppress(OSError):
        os.replace(path, kept)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")
    notify(
        Note(
            f"the lookup cache {path} was unreadable ({why}); "
            f"moved it to {kept.name} and started a new one",
            "warning",
        )
    )
    return kept


def cannot_use(path: Path, exc: BaseException, notify: Notify) -> None:
    """Tell `notify`, once per cache folder in a process, that a cache file cannot be used, and
    why: the run goes on, keeping this run's answers in memory, and the next run tries the file
    again."""
    text = str(exc) if isinstance(exc, sqlite3.Error) else (getattr(exc, "strerror", "") or "")
    if "locked" in text or "busy" in text:
        why = f"another process held its lock for more than {LOCK_WAIT:g} s"
    else:
        why = " ".join((text or type(exc).__name__).split())[:80]
    with _told_lock:
        if path.parent in _told:
            return
        _told.add(path.parent)
    notify(
        Note(
            f"the lookup cache {path} cannot be used ({why}); this run keeps its answers in memory"
        )
    )


def _close(db: sqlite3.Connection | None) -> None:
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.close()


def _row(key: Any, data: Any, expires: Any) -> Outcome:
    """One stored row as an Outcome, or `Malformed` saying what is wrong with it."""
    if not isinstance(key, str) or not isinstance(data, str):
        raise Malformed("key or answer is not text")
    if isinstance(expires, bool) or not isinstance(expires, (int, float)):
        raise Malformed("expiry is not a time")
    try:
        loaded = json.loads(data)
    except (ValueError, RecursionError):
        raise Malformed("answer is not JSON, or nested too deeply") from None
    return _outcome(_table(loaded, "answer"))


def _outcome(data: dict[str, Any]) -> Outcome:
    try:
        status = Status(data.get("status"))
    except (ValueError, TypeError):
        raise Malformed(f"unknown status {str(data.get('status'))[:20]!r}") from None
    record = data.get("record")
    return Outcome(
        status=status,
        record=_record(_table(record, "record")) if record is not None else None,
        via=_text(data, "via"),
        key=_text(data, "key"),
        sources=_texts(data, "sources"),
        reason=_text(data, "reason"),
        from_cache=True,
        notes=_texts(data, "notes"),
    )


def _record(data: dict[str, Any]) -> Record:
    years = data.get("years", [])
    if not isinstance(years, list) or not all(
        isinstance(y, int) and not isinstance(y, bool) for y in years
    ):
        raise Malformed("years are not whole numbers")
    updates = data.get("updates", [])
    if not isinstance(updates, list):
        raise Malformed("updates are not a list")
    return Record(
        source=_text(data, "source", required=True),
        doi=_text(data, "doi", required=True),
        title=_text(data, "title"),
        containers=_texts(data, "containers"),
        years=tuple(years),
        volume=_text(data, "volume"),
        issue=_text(data, "issue"),
        first_page=_text(data, "first_page"),
        article_number=_text(data, "article_number"),
        last_page=_text(data, "last_page"),
        families=_texts(data, "families"),
        initials=_texts(data, "initials"),
        type=_text(data, "type"),
        updates=tuple(_update(_table(u, "update")) for u in updates),
        published_as=_texts(data, "published_as"),
    )


def _update(data: dict[str, Any]) -> Update:
    return Update(
        kind=_text(data, "kind", required=True),
        doi=_text(data, "doi", required=True),
        date=_text(data, "date"),
    )


def _table(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Malformed(f"{what} is not a JSON object")
    return value


def _text(data: dict[str, Any], name: str, *, required: bool = False) -> str:
    if required and name not in data:
        raise Malformed(f"{name} is missing")
    value = data.get(name, "")
    if not isinstance(value, str):
        raise Malformed(f"{name} is not text")
    return value


def _texts(data: dict[str, Any], name: str) -> tuple[str, ...]:
    value = data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Malformed(f"{name} is not a list of text")
    return tuple(value)
