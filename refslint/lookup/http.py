"""One polite HTTP client for every registry: cached, rate-limited, retrying, never crashing.

Registries advertise their limits in each answer (`x-rate-limit-limit` requests per
`x-rate-limit-interval`, `x-concurrency-limit` at a time). The client starts with one request in
flight, opens up to the advertised concurrency, and spaces requests just under the advertised
rate. Answers come from a `requests_cache.CachedSession`; a cached answer costs no request and
does not count against the limits. Importing this module imports `requests`: only a run that looks
something up does.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
import requests_cache

from refslint import __version__
from refslint.lookup.settings import LookupSettings, RegistryUnavailable

CONNECT_TIMEOUT = 3.0
MAX_RETRY_AFTER = 60.0
RATE_MARGIN = 1.05  # keep each interval 5% longer than the limit allows: just under the rate
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Answer:
    status: int  # 200 or 404
    data: Any  # parsed JSON for 200, None for 404
    from_cache: bool


class Gate:
    """Keeps one host's requests within its advertised rate and concurrency."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self.in_flight = 0
        self.allowed = 1  # open slowly: one at a time until the host says more is fine
        self.ceiling = 1
        self.spacing = 0.0  # seconds between request starts
        self._next_start = 0.0

    def enter(self) -> None:
        with self._lock:
            while self.in_flight >= self.allowed:
                self._lock.wait()
            self.in_flight += 1
            now = time.monotonic()
            start = max(now, self._next_start)
            self._next_start = start + self.spacing
        if start > now:
            time.sleep(start - now)

    def leave(self, headers: Mapping[str, str] | None, ok: bool) -> None:
        with self._lock:
            self.in_flight -= 1
            if headers is not None:
                self._learn(headers)
            if ok:
                self.allowed = min(self.allowed + 1, self.ceiling)
            else:
                self.allowed = 1
            self._lock.notify_all()

    def pause(self, seconds: float) -> None:
        """No request starts for `seconds` (the host said Retry-After)."""
        with self._lock:
            self._next_start = max(self._next_start, time.monotonic() + seconds)

    def _learn(self, headers: Mapping[str, str]) -> None:
        limit = _number(headers.get("x-rate-limit-limit") or headers.get("x-ratelimit-limit"))
        interval = _seconds(
            headers.get("x-rate-limit-interval") or headers.get("x-ratelimit-interval")
        )
        if limit and interval:
            self.spacing = interval / limit * RATE_MARGIN
        concurrency = _number(headers.get("x-concurrency-limit"))
        if concurrency:
            self.ceiling = max(1, int(concurrency))
            self.allowed = min(self.allowed, self.ceiling)


def _number(value: str | None) -> float | None:
    try:
        number = float(str(value).split(",")[0].strip())
    except ValueError:
        return None
    return number if number > 0 else None


def _seconds(value: str | None) -> float | None:
    if not value:
        return None
    text = str(value).split(",")[0].strip().lower()
    for suffix, scale in (("ms", 0.001), ("s", 1.0), ("m", 60.0), ("h", 3600.0)):
        if text.endswith(suffix):
            number = _number(text[: -len(suffix)])
            return number * scale if number else None
    return _number(text)


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), capped."""
    if not value:
        return None
    try:
        wait: float | None = float(value.strip())
    except ValueError:
        wait = None
    if wait is None:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        wait = (when - dt.datetime.now(dt.timezone.utc)).total_seconds()
    return min(max(wait, 0.0), MAX_RETRY_AFTER)


class Client:
    """GETs JSON through the cache; `RegistryUnavailable` when no usable answer can be had."""

    def __init__(self, settings: LookupSettings):
        self.settings = settings
        path = settings.cache_path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.session = requests_cache.CachedSession(
            str(path),
            backend="sqlite",
            expire_after=dt.timedelta(days=settings.found_days),
            allowable_codes=(200, 404),
            ignored_parameters=("mailto",),
        )
        contact = f"; mailto:{settings.mailto}" if settings.mailto else ""
        self.session.headers["User-Agent"] = (
            f"refslint/{__version__} (reference list linter{contact})"
        )
        self.session.headers["Accept"] = "application/json"
        self._gates: dict[str, Gate] = {}
        self._down: dict[str, str] = {}  # host -> why it cannot be reached this run
        self._lock = threading.Lock()
        self.requests_sent = 0

    def close(self) -> None:
        self.session.close()

    def get(self, url: str, params: Mapping[str, str] | None = None) -> Answer | None:
        """The answer (200 or 404), or None offline when nothing is cached."""
        params = dict(params or {})
        if self.settings.mailto:
            params["mailto"] = self.settings.mailto
        if not self.settings.refresh:
            cached = self.session.get(url, params=params, only_if_cached=True)
            if cached.from_cache and cached.status_code in (200, 404):  # 504: not cached
                return self._answer(cached, cached=True)
        if self.settings.offline:
            return None
        host = urlsplit(url).netloc
        if host in self._down:
            raise RegistryUnavailable(self._down[host])
        with self._lock:
            gate = self._gates.setdefault(host, Gate())
        attempt = 0
        while True:
            gate.enter()
            response = None
            try:
                response = self.session.get(
                    url,
                    params=params,
                    timeout=(CONNECT_TIMEOUT, self.settings.timeout),
                    force_refresh=True,
                )
            except requests.Timeout:
                self._mark_down(host, f"{host} did not answer within {self.settings.timeout:g} s")
            except requests.ConnectionError as exc:
                self._mark_down(host, f"cannot connect to {host} ({_cause(exc)})")
            except requests.RequestException as exc:
                self._mark_down(host, f"{host} sent a broken answer ({_cause(exc)})")
            finally:
                with self._lock:
                    self.requests_sent += 1
                ok = response is not None and response.status_code not in RETRY_STATUSES
                gate.leave(response.headers if response is not None else None, ok)
            assert response is not None
            if response.status_code not in RETRY_STATUSES:
                break
            attempt += 1
            if attempt > self.settings.retries:
                raise RegistryUnavailable(
                    f"{host} answered HTTP {response.status_code} {self.settings.retries + 1} times"
                )
            wait = retry_after(response.headers.get("Retry-After"))
            gate.pause(wait if wait is not None else 0.5 * 2 ** (attempt - 1))
        if response.status_code == 404:
            # not-found answers are kept for a shorter time than records: works get registered
            expires = dt.datetime.now(dt.timezone.utc) + dt.timedelta(
                days=self.settings.not_found_days
            )
            self.session.cache.save_response(response, response.cache_key, expires=expires)
            return Answer(404, None, from_cache=False)
        if response.status_code != 200:
            raise RegistryUnavailable(f"{host} answered HTTP {response.status_code}")
        return self._answer(response, cached=False)

    def _answer(self, response: Any, *, cached: bool) -> Answer:
        if response.status_code == 404:
            return Answer(404, None, from_cache=cached)
        try:
            data = json.loads(response.content)
        except ValueError:
            self.session.cache.delete(response.cache_key)  # never keep a broken answer
            host = urlsplit(response.url).netloc
            raise RegistryUnavailable(f"{host} sent malformed JSON") from None
        return Answer(200, data, from_cache=cached)

    def _mark_down(self, host: str, reason: str) -> None:
        self._down[host] = reason
        raise RegistryUnavailable(reason)


def _cause(exc: BaseException) -> str:
    """The innermost reason ("Connection refused"), not urllib3's nested repr."""
    text = str(exc)
    for marker in (
        "Connection refused",
        "Name or service not known",
        "Temporary failure in name resolution",
        "timed out",
        "Connection reset",
        "IncompleteRead",
    ):
        if marker in text:
            return marker
    return type(exc).__name__
