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
import math
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import requests_cache
from filelock import Timeout as FileLockTimeout

from refslint import __version__
from refslint.lookup.body import ACCEPT_ENCODING, BodyError, cause, read_body
from refslint.lookup.budget import Budget, FileLedger, Ledger, RedisLedger, SharedGate
from refslint.lookup.deadline import Watch, deadline, on_sent, watched_session
from refslint.lookup.limits import MAX_CONCURRENCY, MAX_RETRY_AFTER, RATE_MARGIN, advertised
from refslint.lookup.settings import LookupSettings, RegistryUnavailable
from refslint.lookup.store import cannot_use, set_aside
from refslint.notes import Notify, ignore

CONNECT_TIMEOUT = 3.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 3
CLAIM_POLL = 0.05  # seconds between looks for an answer another process is fetching


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
        self.least_spacing = 0.0  # what the registry documents; its headers may only add to it
        self.most_at_once = MAX_CONCURRENCY
        self._next_start = 0.0

    def document(self, per_second: float, at_once: int) -> None:
        """Keep to a registry's documented limits before (and whatever) its headers say."""
        with self._lock:
            self.least_spacing = 1.0 / per_second * RATE_MARGIN
            self.spacing = max(self.spacing, self.least_spacing)
            self.most_at_once = max(1, at_once)
            self.ceiling = self.most_at_once

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

    def sent(self, at: float | None = None) -> None:
        """A request left at `at` (now if None): the next starts a full spacing after that (see
        `SharedGate.sent`)."""
        left = time.monotonic() if at is None else at
        with self._lock:
            self._next_start = max(self._next_start, left + self.spacing)

    def pause(self, seconds: float) -> None:
        """No request starts for `seconds` (the host said Retry-After)."""
        with self._lock:
            self._next_start = max(self._next_start, time.monotonic() + seconds)

    def _learn(self, headers: Mapping[str, str]) -> None:
        spacing, at_once = advertised(headers)
        if spacing is not None:
            self.spacing = max(spacing, self.least_spacing)
        if at_once is not None:
            self.ceiling = min(at_once, self.most_at_once)
            self.allowed = min(self.allowed, self.ceiling)


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
            when = email.utils.parsedate_to_datetime(value[:64])
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:  # "-0000": RFC 5322's "UTC, zone not known"
            when = when.replace(tzinfo=dt.timezone.utc)
        wait = (when - dt.datetime.now(dt.timezone.utc)).total_seconds()
    if not math.isfinite(wait):
        return None
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

    def __init__(self, settings: LookupSettings, notify: Notify = ignore):
        self.settings = settings
        self.notify = notify  # told when a cache file is set aside or cannot be used
        self.started = time.monotonic()
        self.deadline = self.started + settings.budget
        self.cache_failures: tuple[type[BaseException], ...] = (sqlite3.OperationalError, OSError)
        if settings.cache_url:
            from redis import RedisError

            self.cache_failures += (RedisError,)
        self.session = self._open_cache()
        contact = f"; mailto:{settings.mailto}" if settings.mailto else ""
        self.session.headers["User-Agent"] = (
            f"refslint/{__version__} (reference list linter{contact})"
        )
        self.session.headers["Accept"] = "application/json"
        self.session.headers["Accept-Encoding"] = ACCEPT_ENCODING
        self.session.auth = _NoAuth()
        self.session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        self.network = watched_session()  # the same requests, without the cache in between
        self.network.auth = _NoAuth()
        self.network.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
        self._gates: dict[str, Gate | SharedGate] = {}  # by host, or a documented address
        self._documented: list[str] = []
        self._down: dict[str, str] = {}  # gate's key -> why it cannot be reached this run
        self._lock = threading.Lock()
        self.requests_sent = 0
        self.budget = self._open_budget()

    def _open_budget(self) -> Budget | None:
        """The registry budget shared with every process using this cache: in Redis with
        `cache-url`, else in the cache folder; None (each host's budget kept in this process)
        only when the folder cannot be written, which `cannot_use` says."""
        settings = self.settings
        slot = settings.timeout * (MAX_REDIRECTS + 1) + 5.0  # a request's longest life
        claim = min(settings.budget, slot * (settings.retries + 1) + MAX_RETRY_AFTER)
        if settings.cache_url:
            from refslint.lookup.settings import without_password
            from refslint.lookup.shared import PREFIX, connect

            ledger: Ledger = RedisLedger(
                connect(settings.cache_url),
                without_password(settings.cache_url),
                f"{PREFIX}:budget",
            )
        else:
            try:
                ledger = FileLedger(settings.cache_folder)
            except (OSError, FileLockTimeout) as exc:
                cannot_use(settings.cache_folder / "budget.json", exc, self.notify)
                return None
        return Budget(ledger, slot_lease=slot, claim_lease=claim)

    def _open_cache(self) -> requests_cache.CachedSession:
        """The HTTP cache. A file that is not a readable SQLite database is set aside, rebuilt,
        and said once (to `notify`); one that cannot be used now (locked past LOCK_WAIT, a full
        disk, a read-only folder) is said once and left alone: this run keeps its answers in
        memory."""
        from refslint.lookup.httpcache import BoundedCache

        path = self.settings.cache_path
        options: dict[str, Any] = {
            "expire_after": dt.timedelta(days=self.settings.found_days),
            "allowable_codes": (200, 404),
            "ignored_parameters": ("mailto",),
        }
        self._cache_off = False
        if self.settings.cache_url:
            from refslint.lookup.shared import PREFIX, connect

            backend = requests_cache.RedisCache(
                namespace=f"{PREFIX}:http", connection=connect(self.settings.cache_url)
            )
            return requests_cache.CachedSession(backend=backend, **options)
        for attempt in range(2):
            session = None
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                session = requests_cache.CachedSession(backend=BoundedCache(str(path)), **options)
                responses = session.cache.responses
                assert isinstance(responses, requests_cache.SQLiteDict)  # BoundedCache's
                with responses.connection() as db:
                    found = db.execute("PRAGMA quick_check").fetchall()
                if found == [("ok",)]:
                    return session
                why = str(found[0][0]) if found else "it failed a check"
            except (sqlite3.OperationalError, OSError) as exc:  # no damage: it cannot be used now
                _close(session)
                cannot_use(path, exc, self.notify)
                break
            except sqlite3.DatabaseError as exc:
                why = str(exc)
            _close(session)
            if attempt:
                cannot_use(path, sqlite3.DatabaseError(why), self.notify)
                break
            set_aside(path, why, self.notify)
        return requests_cache.CachedSession(backend="memory", **options)

    def document(self, url: str, per_second: float, at_once: int) -> None:
        """A registry's documented limits, for everything asked under `url`: its own gate, even
        where another registry shares its host."""
        base = url.rstrip("/")
        with self._lock:
            self._documented = sorted({*self._documented, base}, key=len, reverse=True)
        self._gate(base).document(per_second, at_once)

    def _where(self, url: str) -> str:
        """Whose limits `url` falls under: a documented registry's address, or else its host."""
        for base in self._documented:
            if url == base or url.startswith(base + "/"):
                return base
        return urlsplit(url).netloc

    def _gate(self, host: str) -> Gate | SharedGate:
        with self._lock:
            if host not in self._gates:
                budget = self.budget
                self._gates[host] = budget.gate(host) if budget is not None else Gate()
            return self._gates[host]

    def close(self) -> None:
        self.session.close()
        self.network.close()

    def get(
        self,
        url: str,
        params: Mapping[str, str] | None = None,
        expect: Callable[[Any], bool] | None = None,
        *,
        text: bool = False,
    ) -> Answer | None:
        """The answer (200 or 404), or None offline when nothing is cached; its data parsed JSON,
        or with `text` the body as text (NCBI's ecitmatch answers in lines).

        `expect` tells a usable 200 answer from one of the wrong shape (`shapes.py`); a wrong one
        is `RegistryUnavailable`, and is neither used nor kept.
        """
        params = dict(params or {})
        if self.settings.mailto:
            params["mailto"] = self.settings.mailto
        if not self.settings.refresh:
            cached = self._cached(url, params, expect, text)
            if cached is not None:
                return cached
        if self.settings.offline:
            return None
        host = urlsplit(url).netloc
        where = self._where(url)
        if where in self._down:
            raise RegistryUnavailable(self._down[where])
        if self.budget is None or self.settings.refresh:
            return self._ask(url, params, expect, text, host, where)
        key = requests.Request("GET", url, params=params).prepare().url or url
        ticket = self.budget.claim(key)
        while ticket is None:  # another process (or thread) is asking: wait for its answer
            if time.monotonic() >= self.deadline:
                self._out_of_time(where)
            time.sleep(CLAIM_POLL)
            ticket = self.budget.claim(key)
        try:
            # another process may have fetched it since this one looked: asked once, not twice
            cached = self._cached(url, params, expect, text)
            if cached is not None:
                return cached
            return self._ask(url, params, expect, text, host, where)
        finally:
            self.budget.unclaim(key, ticket)

    def _ask(
        self,
        url: str,
        params: dict[str, str],
        expect: Callable[[Any], bool] | None,
        text: bool,
        host: str,
        where: str,
    ) -> Answer:
        """Ask the registry itself, within its limits (`where`'s), retrying what may pass."""
        gate = self._gate(where)
        attempt = 0
        # made before a turn is taken: between a turn and its request only the sending is left
        request = self.session.prepare_request(requests.Request("GET", url, params=params))
        while True:
            if not gate.enter(self.deadline):
                self._out_of_time(where)
            if where in self._down:  # given up on while this request waited its turn
                gate.leave(None, ok=False)
                raise RegistryUnavailable(self._down[where])
            response = None
            try:
                with on_sent(lambda: _tell_sent(gate, time.monotonic())):
                    response = self._fetch(request, url, host)
            except _Broken as exc:
                self._mark_down(where, str(exc))
            except requests.Timeout:
                self._mark_down(where, f"{host} did not answer within {self.settings.timeout:g} s")
            except requests.ConnectionError as exc:
                self._mark_down(where, f"cannot connect to {host} ({cause(exc)})")
            except requests.RequestException as exc:
                self._mark_down(where, f"{host} sent a broken answer ({cause(exc)})")
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
                self._out_of_time(where, f"{host} answered HTTP {response.status_code}")
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
        data = _text(response) if text else _json(response, host)
        if expect is not None and not expect(data):
            raise RegistryUnavailable(f"{host} sent an answer that is not a registry record")
        self._save(
            response, dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=self.settings.found_days)
        )
        return Answer(200, data, from_cache=False)

    def _cached(
        self,
        url: str,
        params: Mapping[str, str],
        expect: Callable[[Any], bool] | None,
        text: bool = False,
    ) -> Answer | None:
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
            data = _text(cached) if text else _json(cached, urlsplit(url).netloc)
        except RegistryUnavailable:
            usable = False
        else:
            usable = expect is None or expect(data)
        if not usable:
            with _quietly(self):
                self.session.cache.delete(cached.cache_key)  # never keep a broken answer
            return None
        return Answer(200, data, from_cache=True)

    def _fetch(self, request: requests.PreparedRequest, url: str, host: str) -> requests.Response:
        """One answer to `request` (`url` asked), read whole by its deadline and within the size
        cap; redirects followed only to the same scheme and host."""
        prepared = request.copy()
        for _ in range(MAX_REDIRECTS + 1):
            ends = min(time.monotonic() + self.settings.timeout, self.deadline)
            wait = max(0.01, ends - time.monotonic())
            with deadline(wait) as watch:
                try:
                    response = self._exchange(prepared, host, ends, wait, watch)
                except (requests.RequestException, BodyError):
                    if watch.expired:
                        raise _Broken(self._late(host)) from None
                    raise
            if response.status_code not in REDIRECTS:
                response.request = request  # cached under the address asked for, whatever the hops
                return response
            target = urljoin(prepared.url or url, response.headers.get("Location", ""))
            here, there = urlsplit(prepared.url), urlsplit(target)
            if (there.scheme, there.netloc) != (here.scheme, here.netloc):
                raise _Broken(
                    f"{host} redirected to another host ({there.netloc or 'nowhere'}); not followed"
                )
            prepared = prepared.copy()
            prepared.prepare_url(target, None)
        raise _Broken(f"{host} redirected more than {MAX_REDIRECTS} times")

    def _exchange(
        self,
        prepared: requests.PreparedRequest,
        host: str,
        ends: float,
        wait: float,
        watch: Watch,
    ) -> requests.Response:
        response = self.network.send(
            prepared,
            stream=True,
            allow_redirects=False,
            timeout=(min(CONNECT_TIMEOUT, wait), wait),
        )
        try:
            if response.status_code in REDIRECTS:
                return response
            try:
                body = read_body(response, host, ends, self.settings.timeout)
            except BodyError as exc:
                if watch.expired or time.monotonic() >= ends - 0.01:
                    raise _Broken(self._late(host, answering=True)) from None
                raise _Broken(str(exc)) from None
            if watch.expired:  # the cut socket ended the body early: it is not whole
                raise _Broken(self._late(host, answering=True))
            # kept decoded: the cache and every later reader see plain JSON
            response.headers.pop("Content-Encoding", None)
            response.headers["Content-Length"] = str(len(body))
            response._content = body
            response._content_consumed = True  # type: ignore[attr-defined]  # requests keeps it
            return response
        finally:
            response.close()

    def _late(self, host: str, *, answering: bool = False) -> str:
        if time.monotonic() >= self.deadline - 0.01:
            return f"{host} did not finish answering before the lookup budget ran out"
        if answering:
            return f"{host} did not finish its answer within {self.settings.timeout:g} s"
        return f"{host} did not answer within {self.settings.timeout:g} s"

    def _save(self, response: requests.Response, expires: dt.datetime) -> None:
        if self._cache_off:
            return
        with _quietly(self):
            self.session.cache.save_response(response, expires=expires)

    def _out_of_time(self, where: str, why: str = "") -> None:
        spent = time.monotonic() - self.started
        reason = f"lookups stopped after {spent:.0f} s, the lookup budget is "
        reason += f"{self.settings.budget:g} s"
        self._mark_down(where, f"{why}; {reason}" if why else reason)

    def _mark_down(self, where: str, reason: str) -> None:
        self._down[where] = reason
        raise RegistryUnavailable(reason)


def _tell_sent(gate: Gate | SharedGate, at: float) -> None:
    """Called inside the HTTP library, which would take a failure for the connection's: a
    ledger out of reach is met again, and reported, when the request leaves the gate."""
    with contextlib.suppress(Exception):
        gate.sent(at)


def _text(response: Any) -> str:
    return bytes(response.content).decode("utf-8", "replace")


def _json(response: Any, host: str) -> Any:
    kind = response.headers.get("Content-Type", "")
    try:
        return json.loads(response.content)
    except RecursionError:
        raise RegistryUnavailable(f"{host} sent JSON nested too deeply to be a record") from None
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
    except client.cache_failures as exc:
        client._cache_off = True
        cannot_use(client.settings.cache_path, exc, client.notify)
    except sqlite3.Error:
        pass


def _close(session: requests_cache.CachedSession | None) -> None:
    if session is not None:
        with contextlib.suppress(sqlite3.Error, OSError):
            session.close()
