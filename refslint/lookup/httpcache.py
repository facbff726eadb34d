"""requests-cache's SQLite backend with every wait on the file bounded.

The library takes a file's write lock by retrying `BEGIN IMMEDIATE` for as long as it fails, for
any reason: with another process holding the lock, on a full disk or in a read-only folder, a run
would never end. Here a write waits for the lock at most `LOCK_WAIT` seconds, fails at once on any
other error, and says it failed (the library would drop the error); after one such failure every
later write fails at once, so a run pays the wait once, not once per answer.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator
from typing import Any

from requests_cache.backends.base import BaseCache
from requests_cache.backends.sqlite import SQLiteCache, SQLiteDict

from refslint.lookup.settings import LOCK_WAIT

RETRY_PAUSE = 0.05  # seconds between attempts at a lock SQLite's own wait gave up on


class BoundedTable(SQLiteDict):
    """One table of the cache file; `failed` is shared by the file's tables."""

    def __init__(self, *args: Any, failed: threading.Event, **kwargs: Any):
        self.failed = failed
        super().__init__(*args, **kwargs)

    @contextlib.contextmanager
    def _acquire_sqlite_lock(self) -> Iterator[None]:
        with self._lock:
            if self.failed.is_set():
                raise sqlite3.OperationalError("an earlier write to this cache failed")
            connection = self._connection
            if connection is None:  # closed: nothing can be written
                raise sqlite3.OperationalError("this cache is closed")
            ends = time.monotonic() + LOCK_WAIT
            while True:
                try:
                    connection.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as exc:
                    busy = "locked" in str(exc) or "busy" in str(exc)
                    if not busy or time.monotonic() + RETRY_PAUSE >= ends:
                        self.failed.set()
                        raise
                    time.sleep(RETRY_PAUSE)
            self._active_transaction = True
            try:
                yield
                connection.commit()
            except sqlite3.Error:
                self.failed.set()
                with contextlib.suppress(sqlite3.Error):
                    connection.rollback()
                raise
            finally:
                self._active_transaction = False


class BoundedCache(SQLiteCache):
    """`SQLiteCache` built from `BoundedTable`s; SQLite's own lock wait is `LOCK_WAIT` too."""

    def __init__(self, db_path: str, **kwargs: Any):
        BaseCache.__init__(self, cache_name=db_path, **kwargs)  # not SQLiteCache's: its tables
        self.failed = threading.Event()  # would wait for ever before this one could bound them
        kwargs = {"timeout": LOCK_WAIT, **kwargs, "failed": self.failed}
        self.responses = BoundedTable(db_path, table_name="responses", **kwargs)
        self.redirects = BoundedTable(
            db_path, table_name="redirects", lock=self.responses._lock, serializer=None, **kwargs
        )
