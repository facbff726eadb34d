"""Network faults against a real local server: every lookup ends, within the budget, and says why.

The server here misbehaves on purpose (a body dripped a byte at a time, a connection reset halfway,
redirects to another host, bodies of many megabytes, HTML error pages sent as 200, 429 for ever);
each test checks that the run finishes, reports one honest RL409 note and stays within its time.
"""

from __future__ import annotations

import contextlib
import io
import json
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from refslint.cli import main
from tests.conftest import lint
from tests.lookup.registry import recorded

SREP = recorded("crossref-work-journal-article-srep-article-number-16696.json")
TITLE = SREP["message"]["title"][0]
ENTRY = (
    f"1. Tosatto L, Horrocks MH, Dear AJ. {TITLE}. Sci Rep. 2015;5:16696. doi:10.1038/srep16696\n"
)


def entries(n: int) -> str:
    """`n` entries alike but for their number and DOI, each printing the article number its
    DOI encodes (Scientific Reports' `srepNNNNN`), so that only the lookups can find fault."""
    return "".join(
        ENTRY.replace("1. ", f"{i}. ", 1).replace("16696", f"{16000 + i}") for i in range(1, n + 1)
    )


Behaviour = Callable[[BaseHTTPRequestHandler], None]


class Faulty:
    """A local HTTP server whose every answer is `behaviour(handler)`; it counts what it got."""

    def __init__(self, behaviour: Behaviour):
        self.behaviour = behaviour
        self.hits: list[dict[str, Any]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                outer.hits.append(
                    {
                        "path": self.path,
                        "headers": dict(self.headers.items()),
                        "at": time.monotonic(),
                    }
                )
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    outer.behaviour(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.host = f"127.0.0.1:{self.httpd.server_address[1]}"
        self.url = f"http://{self.host}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve(tmp_path, monkeypatch) -> Iterator[Callable[[Behaviour], Faulty]]:
    """`serve(behaviour)` starts a server and points both registries and the cache at it."""
    started: list[Faulty] = []

    def start(behaviour: Behaviour, *, registry: bool = True) -> Faulty:
        server = Faulty(behaviour)
        started.append(server)
        if registry:
            monkeypatch.setenv("REFSLINT_CROSSREF_URL", server.url)
            monkeypatch.setenv("REFSLINT_DATACITE_URL", server.url)
        return server

    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    yield start
    for server in started:
        server.close()


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes, **headers: str) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", headers.pop("kind", "application/json"))
    handler.send_header("Content-Length", str(len(body)))
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.end_headers()
    handler.wfile.write(body)


def record(handler: BaseHTTPRequestHandler) -> None:
    send(handler, 200, json.dumps(SREP).encode())


def notes(text: str, **lookup: Any) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in lint(text, offline=False, lookup=lookup)]


def test_a_body_dripped_a_byte_at_a_time_ends_at_the_timeout(serve):
    def drip(handler):
        body = json.dumps(SREP).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        for byte in body:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.05)  # each read gets a byte well within the timeout: only a deadline helps

    server = serve(drip)
    started = time.monotonic()
    assert notes(entries(3), timeout=0.5) == [
        (
            "RL409",
            f"could not verify 3 entries against Crossref, DataCite, OpenAlex and PubMed: {server.host} did not "
            "finish its answer within 0.5 s; the other checks ran as usual",
        )
    ]
    assert time.monotonic() - started < 2.5
    assert len(server.hits) == 1  # the host is given up on for the run, not asked three times


def test_a_connection_reset_mid_body_is_a_failure_not_a_crash(serve):
    def reset(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", "5000")
        handler.end_headers()
        handler.wfile.write(b'{"status": "ok", "message": {"DOI": ')
        handler.wfile.flush()
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.wfile.close()
        handler.rfile.close()
        handler.connection.close()  # with no lingering: RST, not FIN
        handler.close_connection = True
        handler.wfile = io.BytesIO()  # what the server still flushes goes nowhere

    server = serve(reset)
    [(code, message)] = notes(ENTRY)
    assert code == "RL409"
    assert f"{server.host} broke off its answer" in message
    assert notes(ENTRY) == [(code, message)]  # nothing half-read was cached


def test_a_redirect_to_another_host_is_never_followed(serve):
    elsewhere = serve(record, registry=False)

    def redirect(handler):
        send(handler, 302, b"", Location=f"{elsewhere.url}/works/10.1038/srep16696")

    server = serve(redirect)
    assert notes(ENTRY) == [
        (
            "RL409",
            f"could not verify 1 entry against Crossref, DataCite, OpenAlex and PubMed: {server.host} redirected "
            f"to another host ({elsewhere.host}); not followed; the other checks ran as usual",
        )
    ]
    assert elsewhere.hits == []


def test_a_redirect_on_the_registrys_own_host_is_followed(serve):
    def moved(handler):
        if handler.path.startswith("/v2/"):
            return record(handler)
        send(handler, 301, b"", Location=f"/v2{handler.path}")

    server = serve(moved)
    assert notes(ENTRY) == []
    assert [hit["path"].split("?")[0] for hit in server.hits] == [
        "/works/10.1038/srep16696",
        "/v2/works/10.1038/srep16696",
    ]


def test_a_redirect_loop_ends(serve):
    serve(lambda handler: send(handler, 302, b"", Location=handler.path))
    [(code, message)] = notes(ENTRY)
    assert code == "RL409" and "redirected more than 3 times" in message


@pytest.mark.parametrize("declared", [True, False])
def test_an_oversized_body_is_cut_off_at_the_cap(serve, declared):
    size = 64 * 1024 * 1024  # 64 MB; the cap is 5 MB
    sent = [0]

    def huge(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        if declared:
            handler.send_header("Content-Length", str(size))
        else:
            handler.send_header("Connection", "close")
        handler.end_headers()
        chunk = b" " * 65536
        while sent[0] < size:
            handler.wfile.write(chunk)
            sent[0] += len(chunk)

    server = serve(huge)
    started = time.monotonic()
    [(code, message)] = notes(ENTRY, timeout=5)
    assert code == "RL409" and f"{server.host} sent an answer larger than 5 MB" in message
    assert time.monotonic() - started < 4
    assert sent[0] < 32 * 1024 * 1024  # the client stopped reading long before the end


def test_an_html_error_page_with_status_200_is_not_taken_for_a_record(serve):
    page = b"<!DOCTYPE html><html><body><h1>Service temporarily unavailable</h1></body></html>"
    server = serve(lambda handler: send(handler, 200, page, kind="text/html; charset=utf-8"))
    assert notes(ENTRY) == [
        (
            "RL409",
            f"could not verify 1 entry against Crossref, DataCite, OpenAlex and PubMed: {server.host} sent an HTML "
            "page instead of JSON (HTTP 200); the other checks ran as usual",
        )
    ]
    server.behaviour = record
    assert notes(ENTRY) == []  # asked again: the page was not cached
    assert len(server.hits) == 2


@pytest.mark.parametrize("retry_after", ["60", None])
def test_a_registry_answering_429_for_ever_stops_within_the_budget(serve, retry_after):
    extra = {"Retry_After": retry_after} if retry_after else {}
    server = serve(lambda handler: send(handler, 429, b"{}", **extra))
    started = time.monotonic()
    found = notes(entries(6), budget=1.5, timeout=1)
    took = time.monotonic() - started
    assert took < 3.5  # the budget (1.5 s) plus a request's worth of slack
    [(code, message)] = found
    assert code == "RL409"
    assert message.startswith(
        "could not verify 6 entries against Crossref, DataCite, OpenAlex and PubMed: "
    )
    assert "HTTP 429" in message
    assert len(server.hits) <= 6


def test_the_command_says_it_once_and_still_exits_as_without_lookups(serve, tmp_path, capsys):
    serve(lambda handler: send(handler, 429, b"{}", Retry_After="3600"))
    refs = tmp_path / "refs.txt"
    refs.write_text(entries(4), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.refslint.lookup]\nbudget = 2\n")
    started = time.monotonic()
    assert main(["--today", "2026-11-26", "--select", "RL4", str(refs)]) == 0
    assert time.monotonic() - started < 4
    out = capsys.readouterr().out
    assert out.count("RL409") == 1
    assert "the lookup budget is 2 s" in out


def test_budget_must_be_a_positive_number(tmp_path, capsys):
    refs = tmp_path / "refs.txt"
    refs.write_text(ENTRY, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text("[tool.refslint.lookup]\nbudget = -1\n")
    assert main([str(refs)]) == 2
    assert (
        "'lookup.budget' must be a number of seconds above 0 and at most 86,400, not -1"
        in capsys.readouterr().err
    )


def test_no_request_carries_anything_from_the_environment_but_mailto(serve, tmp_path, monkeypatch):
    cookie = "session=from-the-registry; Path=/"
    server = serve(lambda handler: send(handler, 404, b"{}", Set_Cookie=cookie))
    home = tmp_path / "home"
    home.mkdir()
    netrc = home / ".netrc"
    netrc.write_text("machine 127.0.0.1 login someone password hunter2\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("NETRC", str(netrc))
    monkeypatch.setenv("REFSLINT_MAILTO", "editor@example.org")
    notes(entries(3))
    # the three in one batch, then Crossref and DataCite for each; OpenAlex (unreachable here)
    # leaves them unverified before any "not found" is weighed
    assert len(server.hits) == 7
    for hit in server.hits:
        headers = {name.lower(): value for name, value in hit["headers"].items()}
        assert set(headers) <= {"host", "user-agent", "accept", "accept-encoding", "connection"}
        assert headers["user-agent"].endswith("(reference list linter; mailto:editor@example.org)")
        path, _, query = hit["path"].partition("?")
        if path == "/works":
            asked = "%2C".join(f"doi%3A10.1038%2Fsrep1600{n}" for n in (1, 2, 3))
            assert query == f"filter={asked}&rows=3&mailto=editor%40example.org"
            continue
        assert query == "mailto=editor%40example.org"
        assert path.startswith(("/works/10.1038/srep", "/dois/10.1038/srep")) or path in (
            "/works/10.5555/12345678",
            "/dois/10.5438/0012",
        )


def test_nothing_in_a_reference_list_is_fetched_but_its_identifiers(serve):
    server = serve(lambda handler: send(handler, 404, b"{}"))
    linked = serve(record, registry=False)
    text = (
        f"1. Smith J. Data portal. Available from: {linked.url}/portal [accessed on 2026 Nov 1].\n"
        f"2. Tosatto L. {TITLE}. Sci Rep. 2015;5:16696. {linked.url}/article.pdf "
        "doi:10.1038/srep16696\n"
        f"3. Smith J. Notes. <{linked.url}/notes>.\n"
    )
    notes(text)
    assert linked.hits == []
    assert {hit["path"].split("?")[0] for hit in server.hits} <= {
        "/works/10.1038/srep16696",
        "/dois/10.1038/srep16696",
        "/works",
        "/works/10.5555/12345678",
        "/dois/10.5438/0012",
    }
