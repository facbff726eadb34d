"""One polite HTTP client for every registry: cached, rate-limited, retrying, never crashing.

Registries advertise their limits in each answer (`x-rate-limit-limit` requests per
`x-rate-limit-interval`, `x-concurrency-limit` at a time). The client starts with one request in
flight, opens up to the advertised concurrency, and spaces requests just under the advertised
rate. Answers come from a `requests_cache.CachedSession`; a cached answer costs no request and
does not count against the limits. Importing this module imports `requests`: only a run that looks
something up does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import http.cookiejar
import json
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
import requests_cache

from refslint import __version__
from refslint.lookup.settings import LookupSettings, RegistryUnavailable
from refslint.lookup.store import cannot_use, set_aside

CONNECT_TIMEOUT = 3.0
MAX_RETRY_AFTER = 60.0
RATE_MARGIN = 1.05  # keep each interval 5% longer than the limit allows: just under the rate
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 3
MAX_BODY = 5 * 1024 * 1024  # a registry record is a few kB; anything this large is not one
CHUNK = 64 * 1024


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

    def enter(self, deadline: float = float("inf")) -> bool:
        """Wait for a turn; False (and no turn taken) when it would come after `deadline`."""
        with self._lock:
            while self.in_flight >= self.allowed:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(timeout=None if left == float("inf") else left)
            now = time.monotonic()
            start = max(now, self._next_start)
            if start >= deadline:
                return False
            self.in_flight += 1
            self._next_start = start + self.spacing
        if start > now:
            time.sleep(start - now)
        return True

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


class _NoAuth(requests.auth.AuthBase):
    """Sends no credentials, and stops `requests` from taking them from the user's `.netrc`."""

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        return request


class _Broken(Exception):
    """An answer that cannot be used: the message says why, for the user."""


class Client:
    """GETs JSON through the cache; `RegistryUnavailable` when no usable answer can be had.

    Whatever a registry (or something pretending to be one) does, a lookup ends: every answer is
    read against a deadline and a size cap, redirects are followed only on the registry's own host,
    and the whole run's lookups share one time budget (`lookup.budget`, seconds). Nothing from the
    user's environment goes out but the configured `mailto`: no `.netrc` credentials, no cookies.
    """

    def __init__(self, settings: LookupSettings):
        self.settings = settings
        self.started = time.monotonic()
        self.deadline = self.started + settings.budget
        self.session = self._open_cache()
        contact = f"; mailto:{settings.mailto}" if settings.mailto else ""
        self.session.headers["User-Agent"] = (
            f"refslint/{__version__} (reference list linter{contact})"
        )
        self.session.headers["Accept"] = "application/json"
        self.session.auth = _NoAuth()
        self.session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        self.network = requests.Session()  # the same requests, sent without the cache in between
        self.network.auth = _NoAuth()
        self.network.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        self._gates: dict[str, Gate] = {}
        self._down: dict[str, str] = {}  # host -> why it cannot be reached this run
        self._lock = threading.Lock()
        self.requests_sent = 0

    def _open_cache(self) -> requests_cache.CachedSession:
        """The HTTP cache. A file that is not a readable SQLite database is set aside, rebuilt,
        and said once on stderr; one that cannot be used now (locked past LOCK_WAIT, a full disk,
        a read-only folder) is said once and left alone: this run keeps its answers in memory."""
        from refslint.lookup.httpcache import BoundedCache

        path = self.settings.cache_path
        options: dict[str, Any] = {
            "expire_after": dt.timedelta(days=self.settings.found_days),
            "allowable_codes": (200, 404),
            "ignored_parameters": ("mailto",),
        }
        self._cache_off = False  # set when the file fails mid-run: it is not tried again
        for attempt in range(2):
            session = None
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                session = requests_cache.CachedSession(backend=BoundedCache(str(path)), **options)
                with session.cache.responses.connection() as db:
                    found = db.execute("PRAGMA quick_check").fetchall()
                if found == [("ok",)]:
                    return session
                why = str(found[0][0]) if found else "it failed a check"
            except (sqlite3.OperationalError, OSError) as exc:  # no damage: it cannot be used now
                _close(session)
                cannot_use(path, exc)
                break
            except sqlite3.DatabaseError as exc:
                why = str(exc)
            _close(session)
            if attempt:
                cannot_use(path, sqlite3.DatabaseError(why))
                break
            set_aside(path, why)
        return requests_cache.CachedSession(backend="memory", **options)

    def close(self) -> None:
        self.session.close()
        self.network.close()

    def get(self, url: str, params: Mapping[str, str] | None = None) -> Answer | None:
        """The answer (200 or 404), or None offline when nothing is cached."""
        params = dict(params or {})
        if self.settings.mailto:
            params["mailto"] = self.settings.mailto
        if not self.settings.refresh:
            cached = self._cached(url, params)
            if cached is not None:
                return cached
        if self.settings.offline:
            return None
        host = urlsplit(url).netloc
        if host in self._down:
            raise RegistryUnavailable(self._down[host])
        with self._lock:
            gate = self._gates.setdefault(host, Gate())
        attempt = 0
        while True:
            if not gate.enter(self.deadline):
                self._out_of_time(host)
            if host in self._down:  # given up on while this request waited its turn
                gate.leave(None, ok=False)
                raise RegistryUnavailable(self._down[host])
            response = None
            try:
                response = self._fetch(url, params, host)
            except _Broken as exc:
                self._mark_down(host, str(exc))
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
            wait = wait if wait is not None else 0.5 * 2 ** (attempt - 1)
            if time.monotonic() + wait >= self.deadline:
                self._out_of_time(host, f"{host} answered HTTP {response.status_code}")
            gate.pause(wait)
        if response.status_code == 404:
            # not-found answers are kept for a shorter time than records: works get registered
            expires = dt.datetime.now(dt.timezone.utc) + dt.timedelta(
                days=self.settings.not_found_days
            )
            self._save(response, expires)
            return Answer(404, None, from_cache=False)
        if response.status_code != 200:
            raise RegistryUnavailable(f"{host} answered HTTP {response.status_code}")
        data = _json(response, host)
        self._save(
            response, dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=self.settings.found_days)
        )
        return Answer(200, data, from_cache=False)

    def _cached(self, url: str, params: Mapping[str, str]) -> Answer | None:
        if self._cache_off:
            return None
        cached = None
        with _quietly(self):
            try:
                cached = self.session.get(url, params=params, only_if_cached=True)
            except sqlite3.OperationalError:
                raise  # the file, not the entry: `_quietly` stops using it
            except (ValueError, TypeError, AttributeError, EOFError, sqlite3.DatabaseError):
                return None  # an unreadable entry (another version wrote it, a torn file)
        if cached is None or not cached.from_cache or cached.status_code not in (200, 404):
            return None  # 504: not cached
        if cached.status_code == 404:
            return Answer(404, None, from_cache=True)
        try:
            return Answer(200, _json(cached, urlsplit(url).netloc), from_cache=True)
        except RegistryUnavailable:
            with _quietly(self):
                self.session.cache.delete(cached.cache_key)  # never keep a broken answer
            return None

    def _fetch(self, url: str, params: Mapping[str, str], host: str) -> requests.Response:
        """One answer, read whole within the timeout and the size cap; redirects followed only
        to the same scheme and host."""
        prepared = self.session.prepare_request(requests.Request("GET", url, params=params))
        for _ in range(MAX_REDIRECTS + 1):
            ends = min(time.monotonic() + self.settings.timeout, self.deadline)
            wait = max(0.01, min(self.settings.timeout, ends - time.monotonic()))
            response = self.network.send(
                prepared,
                stream=True,
                allow_redirects=False,
                timeout=(min(CONNECT_TIMEOUT, wait), wait),
            )
            try:
                if response.status_code not in REDIRECTS:
                    _read_body(response, host, ends, self.settings.timeout)
                    response.request = self.session.prepare_request(
                        requests.Request("GET", url, params=params)
                    )  # cached under the address asked for, whatever the hops
                    return response
                target = requests.compat.urljoin(prepared.url, response.headers.get("Location", ""))
            finally:
                response.close()
            here, there = urlsplit(prepared.url), urlsplit(target)
            if (there.scheme, there.netloc) != (here.scheme, here.netloc):
                raise _Broken(
                    f"{host} redirected to another host ({there.netloc or 'nowhere'}); not followed"
                )
            prepared = prepared.copy()
            prepared.prepare_url(target, None)
        raise _Broken(f"{host} redirected more than {MAX_REDIRECTS} times")

    def _save(self, response: requests.Response, expires: dt.datetime) -> None:
        if self._cache_off:
            return
        with _quietly(self):
            self.session.cache.save_response(response, expires=expires)

    def _out_of_time(self, host: str, why: str = "") -> None:
        spent = time.monotonic() - self.started
        reason = f"lookups stopped after {spent:.0f} s, the lookup budget is "
        reason += f"{self.settings.budget:g} s"
        self._mark_down(host, f"{why}; {reason}" if why else reason)

    def _mark_down(self, host: str, reason: str) -> None:
        self._down[host] = reason
        raise RegistryUnavailable(reason)


def _read_body(response: requests.Response, host: str, ends: float, timeout: float) -> None:
    """Read the body into `response` by `ends` and within MAX_BODY, or raise `_Broken`."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise _Broken(f"{host} sent an answer larger than {MAX_BODY // 2**20} MB")
    parts: list[bytes] = []
    size = 0
    raw = response.raw
    try:
        while True:
            chunk = raw.read1(CHUNK) if hasattr(raw, "read1") else raw.read(CHUNK)
            if not chunk:
                break
            parts.append(chunk)
            size += len(chunk)
            if size > MAX_BODY:
                raise _Broken(f"{host} sent an answer larger than {MAX_BODY // 2**20} MB")
            if time.monotonic() > ends:
                raise _Broken(f"{host} did not finish its answer within {timeout:g} s")
    except _Broken:
        raise
    except Exception as exc:  # urllib3's own errors: a reset, a cut-off chunk, a bad encoding
        if "timed out" in str(exc) or "Read timed out" in repr(exc):
            raise _Broken(f"{host} did not answer within {timeout:g} s") from None
        raise _Broken(f"{host} broke off its answer ({_cause(exc)})") from None
    response._content = b"".join(parts)
    response._content_consumed = True


def _json(response: Any, host: str) -> Any:
    kind = response.headers.get("Content-Type", "")
    try:
        return json.loads(response.content)
    except ValueError:
        if "html" in kind.lower() or response.content.lstrip()[:1] == b"<":
            raise RegistryUnavailable(
                f"{host} sent an HTML page instead of JSON (HTTP {response.status_code})"
            ) from None
        raise RegistryUnavailable(f"{host} sent malformed JSON") from None


@contextlib.contextmanager
def _quietly(client: Client) -> Iterator[None]:
    """The cache is a convenience: failing to read or write it never fails a lookup. A file that
    cannot be used (locked past LOCK_WAIT, a full disk) is said once and not tried again."""
    try:
        yield
    except (sqlite3.OperationalError, OSError) as exc:
        client._cache_off = True
        cannot_use(client.settings.cache_path, exc)
    except sqlite3.Error:
        pass


def _close(session: requests_cache.CachedSession | None) -> None:
    if session is not None:
        with contextlib.suppress(sqlite3.Error, OSError):
            session.close()


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
