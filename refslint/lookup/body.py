"""Reading a registry's answer: whole, in time, within a size cap, and decompressed.

Registries compress (Crossref sends `Content-Encoding: gzip`), so the body is decoded here, by
zlib with an output limit: the cap applies to the decoded bytes, and a small compressed answer
that would inflate to gigabytes stops at the cap like any other oversized answer.
"""

from __future__ import annotations

import time
import zlib
from typing import Any

MAX_BODY = 5 * 1024 * 1024  # a registry record is a few kB; anything this large is not one
CHUNK = 64 * 1024
ACCEPT_ENCODING = "gzip, deflate"


class BodyError(Exception):
    """The body cannot be used; the message says why, for the user."""


class _Inflater:
    """Decodes one `Content-Encoding` (gzip, deflate or none) with a bound on what it yields."""

    def __init__(self, coding: str, host: str):
        self.coding = coding
        self.host = host
        self._zlib: Any = None
        if coding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            self._zlib = None  # zlib-wrapped or raw: decided by the first bytes
        elif coding not in ("", "identity"):
            raise BodyError(f"{host} sent its answer in an encoding not asked for ({coding})")

    def feed(self, data: bytes, room: int) -> bytes:
        """Decoded bytes of `data`, at most `room` + 1 of them (one more tells "too large")."""
        if self.coding in ("", "identity"):
            return data[: room + 1]
        if self._zlib is None:  # deflate: RFC 9110 says zlib format; some servers send raw
            raw = bool(data) and (data[0] & 0x0F) != 8
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
        out = bytearray()
        try:
            while data and len(out) <= room:
                out += self._zlib.decompress(data, room + 1 - len(out))
                data = self._zlib.unconsumed_tail
                if self._zlib.eof and self._zlib.unused_data and self.coding != "deflate":
                    data = self._zlib.unused_data  # a second gzip member
                    self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        except zlib.error:
            raise BodyError(f"{self.host} sent a damaged {self.coding} answer") from None
        return bytes(out)


def read_body(response: Any, host: str, ends: float, timeout: float) -> bytes:
    """The decoded body of a streamed `requests` response, read by `ends` within MAX_BODY."""
    declared = response.headers.get("Content-Length", "").strip()
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise BodyError(f"{host} sent an answer larger than {MAX_BODY // 2**20} MB")
    codings = [
        c.strip().lower() for c in response.headers.get("Content-Encoding", "").split(",") if c
    ]
    if len(codings) > 1:
        raise BodyError(f"{host} sent its answer encoded {len(codings)} times over")
    inflater = _Inflater(codings[0] if codings else "", host)
    parts: list[bytes] = []
    size = 0
    raw = response.raw
    try:
        while True:
            chunk = raw.read1(CHUNK, decode_content=False)
            if not chunk:
                break
            decoded = inflater.feed(chunk, MAX_BODY - size)
            parts.append(decoded)
            size += len(decoded)
            if size > MAX_BODY:
                raise BodyError(f"{host} sent an answer larger than {MAX_BODY // 2**20} MB")
            if time.monotonic() > ends:
                raise BodyError(f"{host} did not finish its answer within {timeout:g} s")
    except BodyError:
        raise
    except Exception as exc:  # urllib3's own errors: a reset, a cut-off chunk
        if "timed out" in str(exc) or "Read timed out" in repr(exc):
            raise BodyError(f"{host} did not answer within {timeout:g} s") from None
        raise BodyError(f"{host} broke off its answer ({cause(exc)})") from None
    return b"".join(parts)


def cause(exc: BaseException) -> str:
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
