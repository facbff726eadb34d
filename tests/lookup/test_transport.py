"""Answers arrive as the real registries send them: compressed, chunked, with their own headers.

Every recorded response is served back with the status, the headers and the transfer and content
encodings it was recorded with, and the client must read exactly the recorded body. Then the
transport at its worst: bombs, trickles and headers no registry should send.
"""

from __future__ import annotations

import gzip
import json
import resource
import time
import zlib
from pathlib import Path
from typing import Any

import pytest

from refslint.lookup.http import Client, retry_after
from refslint.lookup.settings import LookupSettings, RegistryUnavailable
from tests.lookup.registry import DATA, write_body
from tests.lookup.test_faults import Faulty, entries, notes, record, send  # noqa: F401

HOP = {"content-length", "transfer-encoding", "content-encoding", "connection", "date"}


def _recorded_json() -> list[Path]:
    found = []
    for meta in sorted(DATA.glob("*.meta.json")):
        body = DATA / json.loads(meta.read_text(encoding="utf-8"))["file"]
        if body.suffix == ".json" and body.exists():
            found.append(meta)
    return found


RECORDED = _recorded_json()


def _first(value: Any) -> str:
    return str(value[0] if isinstance(value, list) and value else value or "")


def replay(meta_path: Path):
    """A handler that answers with the recorded status, headers and encodings."""
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    body = (DATA / meta["file"]).read_bytes()
    headers = {k.lower(): _first(v) for k, v in (meta.get("response_headers") or {}).items()}

    def answer(handler) -> None:
        payload = body
        coding = headers.get("content-encoding", "").lower()
        if coding == "gzip":
            payload = gzip.compress(body)
        chunked = headers.get("transfer-encoding", "").lower() == "chunked"
        handler.send_response(int(meta["status_code"]))
        for name, value in headers.items():
            if name not in HOP:
                handler.send_header(name, value)
        if coding:
            handler.send_header("Content-Encoding", coding)
        if chunked:
            handler.send_header("Transfer-Encoding", "chunked")
        else:
            handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        write_body(handler.wfile, payload, chunked, piece=1000)

    return meta, body, answer


def client(tmp_path: Path, **changes: Any) -> Client:
    settings = LookupSettings(cache_dir=str(tmp_path / "cache"), timeout=2.0, budget=20.0)
    for key, value in changes.items():
        object.__setattr__(settings, key, value)
    return Client(settings)


def test_every_registry_has_recorded_answers_here():
    names = {meta.name.split("-")[0] for meta in RECORDED}
    assert {"crossref", "datacite", "openalex", "pubmed"} <= names
    assert any("gzip" in meta.read_text() for meta in RECORDED)


@pytest.mark.parametrize("meta_path", RECORDED, ids=lambda p: p.name.removesuffix(".meta.json"))
def test_a_recorded_answer_served_as_recorded_is_read(meta_path, tmp_path):
    meta, body, answer = replay(meta_path)
    server = Faulty(answer)
    try:
        http = client(tmp_path)
        status = int(meta["status_code"])
        if status in (200, 404):
            got = http.get(f"{server.url}/recorded")
            assert got is not None and got.status == status
            if status == 200:
                assert got.data == json.loads(body)
                again = http.get(f"{server.url}/recorded")  # from the cache, decoded once
                assert again is not None and again.from_cache and again.data == got.data
                assert len(server.hits) == 1
        else:
            with pytest.raises(RegistryUnavailable, match=f"HTTP {status}"):
                http.get(f"{server.url}/recorded")
        assert "gzip" in server.hits[0]["headers"].get("Accept-Encoding", "")
    finally:
        server.close()


def _sender(status: int, body: bytes, **headers: str):
    def answer(handler) -> None:
        send(handler, status, body, **headers)

    return answer


def test_a_gzip_bomb_stops_at_the_cap_without_inflating(tmp_path):
    bomb = gzip.compress(b"0" * (200 * 2**20), compresslevel=9)  # 200 MB in about 200 kB
    server = Faulty(_sender(200, bomb, Content_Encoding="gzip"))
    try:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        with pytest.raises(RegistryUnavailable, match="larger than 5 MB"):
            client(tmp_path).get(f"{server.url}/works/x")
        grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        assert grown_mb < 60  # far below the 200 MB it would inflate to
    finally:
        server.close()


@pytest.mark.parametrize("wrap", ["zlib", "raw"])
def test_deflate_in_either_wrapping_is_read(tmp_path, wrap):
    data = json.dumps({"message": {"DOI": "10.1/x"}}).encode()
    if wrap == "zlib":
        body = zlib.compress(data)
    else:
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        body = packer.compress(data) + packer.flush()
    server = Faulty(_sender(200, body, Content_Encoding="deflate"))
    try:
        got = client(tmp_path).get(f"{server.url}/works/x")
        assert got is not None and got.data == {"message": {"DOI": "10.1/x"}}
    finally:
        server.close()


@pytest.mark.parametrize(
    ("coding", "body", "why"),
    [
        ("gzip", b"this is not gzip", "damaged gzip"),
        ("br", b"{}", "encoding not asked for"),
        ("gzip, gzip", gzip.compress(gzip.compress(b"{}")), "encoded 2 times"),
    ],
)
def test_a_body_that_cannot_be_decoded_is_a_failure_never_a_verdict(tmp_path, coding, body, why):
    server = Faulty(_sender(200, body, Content_Encoding=coding))
    try:
        with pytest.raises(RegistryUnavailable, match=why):
            client(tmp_path).get(f"{server.url}/works/x")
    finally:
        server.close()


def test_headers_trickled_a_byte_at_a_time_end_at_the_timeout(tmp_path):
    def trickle(handler) -> None:
        for byte in (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"a" * 500
        ):
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.05)  # every read gets a byte within its timeout: only a deadline helps

    server = Faulty(trickle)
    try:
        started = time.monotonic()
        with pytest.raises(RegistryUnavailable, match=r"did not answer within 0\.5 s"):
            client(tmp_path, timeout=0.5, retries=0).get(f"{server.url}/works/x")
        assert time.monotonic() - started < 3
    finally:
        server.close()


def test_trickled_headers_stop_at_the_run_budget_through_the_command(tmp_path, monkeypatch):
    def trickle(handler) -> None:
        for _ in range(400):
            handler.wfile.write(b"H")
            handler.wfile.flush()
            time.sleep(0.05)

    server = Faulty(trickle)
    monkeypatch.setenv("REFSLINT_CROSSREF_URL", server.url)
    monkeypatch.setenv("REFSLINT_DATACITE_URL", server.url)
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    try:
        started = time.monotonic()
        found = notes(entries(3), timeout=30, budget=1.5)
        assert time.monotonic() - started < 6
        assert [code for code, _ in found] == ["RL409"]
        assert "could not verify 3 entries" in found[0][1]
    finally:
        server.close()


@pytest.mark.parametrize(
    "value",
    [
        "Wed, 21 Oct 2015 07:28:00 -0000",
        "Wed, 21 Oct 2099 07:28:00 -0000",
        "soon",
        "nan",
        "inf",
        "1e999",
        "-5",
        "Mon, 99 Foo 99999 99:99:99 GMT",
        "9" * 400,
    ],
)
def test_any_retry_after_gives_a_bounded_wait_or_none(value):
    wait = retry_after(value)
    assert wait is None or 0.0 <= wait <= 60.0


@pytest.mark.parametrize(
    "headers",
    [
        {"x-concurrency-limit": "inf", "x-rate-limit-limit": "inf", "x-rate-limit-interval": "1s"},
        {
            "x-concurrency-limit": "nan",
            "x-rate-limit-limit": "nan",
            "x-rate-limit-interval": "nans",
        },
        {"x-concurrency-limit": "1e999", "x-rate-limit-limit": "0", "x-rate-limit-interval": "0s"},
        {
            "x-concurrency-limit": "-3",
            "x-rate-limit-limit": "1e-300",
            "x-rate-limit-interval": "1h",
        },
        {"Retry-After": "Wed, 21 Oct 2015 07:28:00 -0000"},
    ],
)
def test_odd_limit_headers_never_break_a_lookup(tmp_path, headers):
    server = Faulty(lambda h: send(h, 200, json.dumps({"message": {}}).encode(), **headers))
    try:
        http = client(tmp_path)
        got = http.get(f"{server.url}/works/a")
        assert got is not None and got.status == 200
        gate = next(iter(http._gates.values()))
        assert 1 <= gate.ceiling <= 16 and 0 <= gate.spacing <= 63
    finally:
        server.close()


def test_json_nested_too_deeply_is_a_failure_and_not_cached(tmp_path):
    deep = b"[" * 100_000 + b"]" * 100_000
    server = Faulty(_sender(200, deep))
    try:
        http = client(tmp_path)
        with pytest.raises(RegistryUnavailable, match="nested too deeply"):
            http.get(f"{server.url}/works/x")
        assert client(tmp_path, offline=True).get(f"{server.url}/works/x") is None  # not kept
    finally:
        server.close()
