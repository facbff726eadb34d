"""A deadline for a whole HTTP exchange, not just for each read of the socket.

`requests` applies its read timeout to every single read, so a server that trickles its headers
one byte a second never times out. Here every connection registers its socket with the deadline of
the exchange under way in its thread; a timer shuts the socket down when the deadline passes, the
blocked read returns, and the exchange fails as "did not answer in time".
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool


class Watch:
    """One exchange's deadline: `expired` once the timer has cut its socket off."""

    def __init__(self) -> None:
        self.expired = False
        self._sock: Any = None
        self._lock = threading.Lock()

    def attach(self, sock: Any) -> None:
        with self._lock:
            self._sock = sock
            if self.expired:
                _cut(sock)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            _cut(self._sock)


def _cut(sock: Any) -> None:
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


_current = threading.local()


def _attach(sock: Any) -> None:
    watch: Watch | None = getattr(_current, "watch", None)
    if watch is not None:
        watch.attach(sock)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[Watch]:
    """Cut off whatever connection this thread uses once `seconds` have passed."""
    watch = Watch()
    timer = threading.Timer(max(seconds, 0.0), watch.expire)
    timer.daemon = True
    _current.watch = watch
    timer.start()
    try:
        yield watch
    finally:
        timer.cancel()
        _current.watch = None


@contextlib.contextmanager
def on_sent(callback: Callable[[], None]) -> Iterator[None]:
    """Call `callback` once, as soon as this thread's next request has been written out whole:
    a gate paces the next start from when a request really left, which on a busy machine can be
    tens of ms after its turn was given."""
    _current.sent = callback
    try:
        yield
    finally:
        _current.sent = None


def _report_sent() -> None:
    callback = getattr(_current, "sent", None)
    if callback is not None:
        _current.sent = None
        callback()


class _Watched:
    """Reports the connection's socket to the thread's `deadline` before every blocking read."""

    sock: Any

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        _attach(self.sock)

    def getresponse(self, *args: Any, **kwargs: Any) -> Any:
        _report_sent()  # the request is out: only its answer is awaited from here
        _attach(self.sock)
        return super().getresponse(*args, **kwargs)  # type: ignore[misc]


class _Connection(_Watched, HTTPConnection):
    pass


class _TLSConnection(_Watched, HTTPSConnection):
    pass


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


class WatchedAdapter(HTTPAdapter):
    """An adapter whose connections report their sockets to the thread's `deadline`."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _Pool, "https": _TLSPool}


def watched_session() -> requests.Session:
    session = requests.Session()
    adapter = WatchedAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
