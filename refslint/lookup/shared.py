"""Redis as the shared cache of a fleet (`cache-url = "redis://host:port/db"`).

With a cache URL the HTTP cache (requests-cache's Redis backend), the answer store and the
registry budget (`budget.py`) all live in one Redis database, so machines that share it share
what was learnt and keep within one polite budget together. Redis is the only engine: a URL that
cannot be reached fails the run (exit 2) rather than falling back to a per-machine budget that
would send N times the rate. The client library is the optional extra `refslint[redis]`.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from refslint.extras import needs_extra
from refslint.lookup.records import Outcome, Status
from refslint.lookup.settings import LOCK_WAIT, SettingError, without_password
from refslint.lookup.store import KEPT, SCHEMA, Malformed, _row
from refslint.notes import Note, Notify, ignore

PREFIX = "refslint"
_clients: dict[str, Any] = {}
_lock = threading.Lock()


def connect(url: str) -> Any:
    """A connected Redis client for `url` (one per process), or `SettingError` saying, in one
    line naming the URL without its password, why there is none."""
    with _lock:
        if url in _clients:
            return _clients[url]
        shown = without_password(url)
        try:
            import redis
        except ImportError:
            what = f"the lookup cache {shown}"
            raise SettingError(needs_extra(what, "redis", missing="the Redis client")) from None
        try:
            client = redis.Redis.from_url(
                url, socket_connect_timeout=3.0, socket_timeout=LOCK_WAIT + 5.0
            )
            client.ping()
        except (redis.RedisError, ValueError, OSError) as exc:
            why = " ".join(str(exc).split())[:120] or type(exc).__name__
            raise SettingError(f"cannot use the lookup cache {shown} ({why})") from None
        _clients[url] = client
        return client


class RedisAnswerStore:
    """`store.AnswerStore`'s contract, in Redis: one key per answer, expiring with it."""

    def __init__(
        self,
        url: str,
        *,
        found_days: float,
        not_found_days: float,
        registry: str = "",
        notify: Notify = ignore,
    ):
        self.client = connect(url)
        self.notify = notify
        self.shown = without_password(url)
        self.found_seconds = found_days * 86_400
        self.not_found_seconds = not_found_days * 86_400
        self.prefix = f"{PREFIX}:answers:{SCHEMA}:{registry}\n"
        self._told = False

    def exists(self) -> bool:
        return True

    def get(self, key: str) -> Outcome | None:
        return self.get_many([key]).get(key)

    def get_many(self, keys: Sequence[str]) -> dict[str, Outcome]:
        import redis

        if not keys:
            return {}
        try:
            values = self.client.mget([self.prefix + key for key in keys])
        except redis.RedisError as exc:
            self._unusable(exc)
            return {}
        found: dict[str, Outcome] = {}
        for key, value in zip(keys, values, strict=False):
            if value is None:
                continue
            try:
                found[key] = _row(key, value.decode("utf-8", "replace"), time.time())
            except Malformed:
                continue  # written by another version: asked again, then overwritten
        return found

    def put(self, key: str, outcome: Outcome) -> None:
        import redis

        if outcome.status not in KEPT:
            return
        keep = self.found_seconds if outcome.status is Status.FOUND else self.not_found_seconds
        data = json.dumps(asdict(outcome), default=str)
        try:
            self.client.set(self.prefix + key, data, ex=max(1, int(keep)))
        except redis.RedisError as exc:
            self._unusable(exc)

    def close(self) -> None:
        pass

    def _unusable(self, exc: BaseException) -> None:
        if not self._told:
            self._told = True
            why = " ".join(str(exc).split())[:100] or type(exc).__name__
            self.notify(Note(f"the lookup cache {self.shown} failed ({why})"))
