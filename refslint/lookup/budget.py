"""One registry budget for every refslint process that shares a cache.

A process alone keeps to a registry's advertised rate and concurrency; N processes each keeping
their own count send N times the rate. So the count lives beside the cache: in the cache folder
(a small JSON ledger under a `filelock` lock, which the kernel drops when its holder dies) or in
Redis (under a redis-py lock that expires by itself). Per host the ledger holds what the registry
advertised (seconds between request starts, requests at a time, how many are allowed now), when
the next request may start (a Retry-After seen by one process delays all), and the requests in
flight, each with its owner and a lease: a slot whose owner is gone (a pid no longer running on
this machine) or whose lease has run out is freed by whoever next looks, so a killed process
never blocks the budget for long. It also holds claims: the one process fetching an address, so
that another needing the same answer waits for it instead of asking again.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from refslint.lookup.limits import advertised
from refslint.lookup.settings import LOCK_WAIT, RegistryUnavailable

POLL = 0.02  # seconds between looks at a full gate or a claimed address
EARLY = 0.01  # seconds before its start a turn may be given, the wait then slept by its holder
HOLD = 2.0  # seconds a Redis lock outlives a holder killed while holding it (held for ms)
MACHINE = socket.gethostname()


def owner() -> str:
    return f"{MACHINE}:{os.getpid()}"


def gone(who: str, expires: float, now: float) -> bool:
    """Whether a slot or claim no longer holds: its lease ran out, or its process (on this
    machine) has ended. A process on another machine is trusted until its lease runs out."""
    if expires < now:
        return True
    machine, _, pid = who.rpartition(":")
    if machine != MACHINE or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False
    with contextlib.suppress(OSError, IndexError):  # killed but not yet reaped
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rpartition(")")[2].split()[0] == "Z"
    return False


class Ledger:
    """The shared state, read and written whole under one lock held for a moment."""

    where = ""  # for messages: the folder or the Redis address (without its password)

    def __init__(self) -> None:
        self._local = threading.Lock()  # one thread of this process at a time asks the lock

    @contextlib.contextmanager
    def state(self) -> Iterator[dict[str, Any]]:
        with self._local, self._locked():
            before = self._read()
            try:
                data = json.loads(before) if before else {}
            except ValueError:  # torn by a crash: start again, nothing but pacing is lost
                data = {}
            if not isinstance(data, dict):
                data = {}
            for part in ("hosts", "slots", "claims"):
                if not isinstance(data.get(part), dict):
                    data[part] = {}
            yield data
            after = json.dumps(data, separators=(",", ":"))
            if after != before:
                self._write(after)

    def now(self) -> float:
        return time.time()

    def _locked(self) -> contextlib.AbstractContextManager[Any]:
        raise NotImplementedError

    def _read(self) -> str:
        raise NotImplementedError

    def _write(self, text: str) -> None:
        raise NotImplementedError


class FileLedger(Ledger):
    """`budget.json` in the cache folder, under `budget.lock`."""

    def __init__(self, folder: Path):
        super().__init__()
        from filelock import FileLock

        folder.mkdir(parents=True, exist_ok=True)
        self.where = str(folder)
        self.path = folder / "budget.json"
        self.lock = FileLock(
            str(folder / "budget.lock"), timeout=LOCK_WAIT, thread_local=False, poll_interval=0.002
        )
        with self.state():  # fails here, before any request, when the folder cannot be used
            pass

    def _locked(self) -> contextlib.AbstractContextManager[Any]:
        return self.lock

    def _read(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return ""

    def _write(self, text: str) -> None:
        scratch = self.path.with_name(f"budget.json.{os.getpid()}")
        scratch.write_text(text, encoding="utf-8")
        os.replace(scratch, self.path)


class RedisLedger(Ledger):
    """One Redis key, under a Redis lock that expires if its holder dies holding it."""

    def __init__(self, client: Any, where: str, prefix: str = "refslint:budget"):
        super().__init__()
        self.client = client
        self.where = where
        self.key = f"{prefix}:state"
        self.lock = client.lock(
            f"{prefix}:lock",
            timeout=HOLD,
            sleep=0.002,
            blocking_timeout=LOCK_WAIT,
            thread_local=False,
        )

    def now(self) -> float:
        seconds, micro = self.client.time()  # one clock for every machine
        return seconds + micro / 1e6

    def _locked(self) -> contextlib.AbstractContextManager[Any]:
        return self.lock

    def _read(self) -> str:
        value = self.client.get(self.key)
        return value.decode("utf-8", "replace") if value else ""

    def _write(self, text: str) -> None:
        self.client.set(self.key, text)


class Budget:
    """The gates and claims of one shared ledger; `failure` types say it cannot be reached."""

    def __init__(self, ledger: Ledger, *, slot_lease: float, claim_lease: float):
        self.ledger = ledger
        self.slot_lease = slot_lease
        self.claim_lease = claim_lease
        self.failures: tuple[type[BaseException], ...] = (OSError,)
        with contextlib.suppress(ImportError):
            from filelock import Timeout

            self.failures += (Timeout,)
        with contextlib.suppress(ImportError):
            from redis import RedisError

            self.failures += (RedisError,)

    @contextlib.contextmanager
    def state(self) -> Iterator[tuple[dict[str, Any], float]]:
        """The ledger and the time now, stale slots and claims dropped; a ledger that cannot be
        reached is `RegistryUnavailable` (asking without it would break the shared limits)."""
        try:
            with self.ledger.state() as data:
                now = self.ledger.now()
                for part in ("slots", "claims"):
                    table = data[part]
                    for key in [k for k, v in table.items() if _stale(v, now)]:
                        del table[key]
                yield data, now
        except self.failures as exc:
            raise RegistryUnavailable(
                f"the shared lookup budget in {self.ledger.where} cannot be used ({_why(exc)})"
            ) from None

    def gate(self, host: str) -> SharedGate:
        return SharedGate(self, host)

    def claim(self, key: str) -> str | None:
        """A ticket to fetch `key`, or None while another request is fetching it."""
        with self.state() as (data, now):
            if key in data["claims"]:
                return None
            ticket = uuid.uuid4().hex
            data["claims"][key] = [owner(), now + self.claim_lease, ticket]
            return ticket

    def unclaim(self, key: str, ticket: str) -> None:
        with self.state() as (data, _):
            held = data["claims"].get(key)
            if held and held[2] == ticket:
                del data["claims"][key]


def _stale(value: Any, now: float) -> bool:
    """Slots and claims are `[owner, expires, what]`; anything else is dropped."""
    if not isinstance(value, list) or len(value) != 3:
        return True
    who, expires = value[0], value[1]
    if not isinstance(who, str) or not isinstance(expires, (int, float)):
        return True
    return gone(who, expires, now)


class SharedGate:
    """`http.Gate`'s contract (enter, leave, pause, document) over a shared ledger."""

    def __init__(self, budget: Budget, host: str):
        self.budget = budget
        self.host = host
        self.least_spacing = 0.0
        self.most_at_once = 16
        self.spacing = 0.0  # as last seen, for reports
        self.ceiling = 1
        self._tickets = threading.local()

    def document(self, per_second: float, at_once: int) -> None:
        """A registry's documented limits: this process keeps to them whatever is shared."""
        from refslint.lookup.limits import RATE_MARGIN

        self.least_spacing = 1.0 / per_second * RATE_MARGIN
        self.most_at_once = max(1, at_once)

    def _host(self, data: dict[str, Any]) -> dict[str, Any]:
        found = data["hosts"].get(self.host)
        fields = ("spacing", "ceiling", "allowed", "next")
        if not isinstance(found, dict) or not all(
            isinstance(found.get(k), (int, float)) for k in fields
        ):
            found = {"spacing": 0.0, "ceiling": 16, "allowed": 1, "next": 0.0}
            data["hosts"][self.host] = found
        self.spacing = max(found["spacing"], self.least_spacing)
        self.ceiling = int(max(1, min(found["ceiling"], self.most_at_once)))
        return found

    def enter(self, deadline: float = float("inf")) -> bool:
        """Wait for a turn; False (and no turn taken) when it would come after `deadline`
        (`time.monotonic()`), even when a turn is free: a run whose budget is spent asks nothing
        more.

        A turn is given up to `EARLY` seconds before its start and the caller sleeps the rest
        here, outside the lock: the ledger's lock and write are then done by the start, not
        added to every spacing."""
        while True:
            if time.monotonic() >= deadline:
                return False
            with self.budget.state() as (data, now):
                host = self._host(data)
                busy = sum(1 for v in data["slots"].values() if v[2] == self.host)
                allowed = min(int(host["allowed"]), self.ceiling)
                # one request given its turn but not yet sent (by a live process) holds the next
                # back: turns are paced from when requests really left (`sent`)
                sending = host.get("sending") in data["slots"]
                free = busy < allowed and not sending
                start = max(now, host["next"])
                if free and now >= host["next"] - EARLY:
                    if time.monotonic() + (start - now) >= deadline:
                        return False
                    ticket = uuid.uuid4().hex
                    data["slots"][ticket] = [owner(), start + self.budget.slot_lease, self.host]
                    host["next"] = start + self.spacing
                    host["last"] = start
                    host["sending"] = ticket
                    self._tickets.ticket = ticket
                    wait = start - now
                    break
                # a known start is slept to exactly; a full gate is looked at again, at a
                # moment of its own for each waiter
                wait = host["next"] - EARLY - now if free else POLL + random.uniform(0, POLL / 4)
            if time.monotonic() + max(wait, 0.0) >= deadline:
                return False
            time.sleep(max(wait, 0.0))
        if wait > 0:
            time.sleep(wait)
        return True

    def sent(self, at: float | None = None) -> None:
        """This thread's request left at `at` (`time.monotonic()`; now if None): the next start
        comes a full spacing after that.

        A turn is given at one instant and the request leaves at another: on a busy machine the
        process can be descheduled in between for longer than the rate's margin, and a request
        given its turn a spacing after this one could reach the registry first or too soon
        after it. Pacing from the moment each request left keeps the spacing the registry sees.
        The moment is taken when the request left, not once the ledger's lock is held.
        """
        ticket = getattr(self._tickets, "ticket", None)
        # how long ago it left, read before the ledger's clock is: a pause of this process
        # between the two reads then puts `left` later (a longer spacing), never earlier
        ago = max(0.0, time.monotonic() - at) if at is not None else 0.0
        with self.budget.state() as (data, now):
            left = now - ago
            host = self._host(data)
            if host.get("sending") == ticket:
                del host["sending"]
            host["next"] = max(host["next"], left + self.spacing)
            host["last"] = left

    def leave(self, headers: Mapping[str, str] | None, ok: bool) -> None:
        ticket = getattr(self._tickets, "ticket", None)
        self._tickets.ticket = None
        with self.budget.state() as (data, _):
            data["slots"].pop(ticket, None)
            host = self._host(data)
            if host.get("sending") == ticket:  # never sent (no connection): nothing to pace
                del host["sending"]
            if headers is not None:
                spacing, at_once = advertised(headers)
                if spacing is not None:  # kept from the last start on: the first learnt
                    host["spacing"] = spacing
                    last = host.get("last")
                    if isinstance(last, (int, float)):
                        host["next"] = max(host["next"], last + max(spacing, self.least_spacing))
                if at_once is not None:
                    host["ceiling"] = at_once
                    host["allowed"] = min(host["allowed"], at_once)
            ceiling = min(host["ceiling"], self.most_at_once)
            host["allowed"] = min(host["allowed"] + 1, ceiling) if ok else 1
            self._host(data)

    def pause(self, seconds: float) -> None:
        """No request to this host starts for `seconds`, from any process (Retry-After)."""
        with self.budget.state() as (data, now):
            host = self._host(data)
            host["next"] = max(host["next"], now + seconds)


def _why(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:100]
    return text or type(exc).__name__
