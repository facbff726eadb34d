"""A local registry: a real HTTP server on 127.0.0.1 that answers like Crossref and DataCite.

Records are the recorded responses in `tests/data/api-responses/` (loaded, never changed on
disk), served with the headers the registries sent, including their rate-limit headers. Tests can
add records, queue faults (429 with Retry-After, 500, slow answers, truncated JSON) and count
what the server received.
"""

from __future__ import annotations

import contextlib
import copy
import gzip
import json
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

# Linux's SO_TIMESTAMPNS_NEW (64) and _OLD (35): the kernel stamps each packet as it arrives,
# before any thread of this process is scheduled to read it (Python names no constant for them;
# only the new one is given when peeking)
TIMESTAMPS = (64, 35) if sys.platform.startswith("linux") else ()
DATA = Path(__file__).resolve().parents[1] / "data" / "api-responses"  # tests/data/api-responses
POLITE = {"x-rate-limit-limit": "10", "x-rate-limit-interval": "1s", "x-concurrency-limit": "3"}
# What Crossref sends beside its limits (recorded in crossref-work-journal-article-plosone-e33693)
CROSSREF_HEADERS = {
    "access-control-allow-origin": "*",
    "access-control-expose-headers": "Link",
    "permissions-policy": "interest-cohort=()",
    "server": "Jetty(9.4.40.v20210413)",
    "vary": "Accept-Encoding",
    "x-api-pool": "public",
}


def write_body(
    wfile: Any,
    body: bytes,
    chunked: bool,
    piece: int = 4096,
    last: Callable[[], None] = lambda: None,
) -> None:
    """The body as it is, or in chunks of `piece` bytes with no length given, as registries
    send long answers; `last` is called just before the answer's last bytes go out."""
    if not chunked:
        last()
        wfile.write(body)
        return
    for start in range(0, len(body), piece):
        part = body[start : start + piece]
        wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
    last()
    wfile.write(b"0\r\n\r\n")


def arrival(connection: socket.socket) -> float:
    """When the next request's first bytes reached this machine (`time.monotonic()`'s clock):
    the kernel's stamp on the packet, not the moment a thread of this busy process got round to
    reading it (tens of ms later on a loaded machine, and unevenly, which would make requests
    sent a full interval apart look closer). Now, where the kernel gives no stamp."""
    with contextlib.suppress(OSError, ValueError):
        _, ancillary, _, _ = connection.recvmsg(1, socket.CMSG_SPACE(16), socket.MSG_PEEK)
        for level, kind, value in ancillary:
            if level == socket.SOL_SOCKET and kind in TIMESTAMPS and len(value) >= 16:
                seconds, nanoseconds = struct.unpack("qq", value[:16])
                return seconds + nanoseconds / 1e9 - wall_ahead()
    return time.monotonic()


def wall_ahead() -> float:
    """How far `time.time()` is ahead of `time.monotonic()`, from the reading whose two
    monotonic reads around the wall clock's came closest: a thread paused between two reads
    (tens of ms on a loaded machine) would otherwise shift a stamp by the pause."""
    readings = []
    for _ in range(5):
        before = time.monotonic()
        wall = time.time()
        after = time.monotonic()
        readings.append((after - before, wall - (before + after) / 2))
    return min(readings)[1]


def pointing_at(url: str) -> dict[str, str]:
    """The environment that sends every registry's questions to a local registry at `url`."""
    base = url.rstrip("/")
    return {
        "REFSLINT_CROSSREF_URL": url,
        "REFSLINT_DATACITE_URL": url,
        "REFSLINT_OPENALEX_URL": f"{base}/openalex",
        "REFSLINT_PUBMED_URL": f"{base}/eutils",
    }


def recorded(name: str) -> dict[str, Any]:
    """A recorded response body, parsed (a fresh copy each time)."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def crossref_work(name: str, **changes: Any) -> dict[str, Any]:
    """A recorded Crossref work message, with some fields changed to make another work."""
    message = copy.deepcopy(recorded(name)["message"])
    for key, value in changes.items():
        message[key.replace("_", "-")] = value
    return message


@dataclass
class Hit:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    started: float
    finished: float = 0.0
    refused: bool = False  # answered 429: beyond the advertised limits
    why: str = ""  # "concurrency" or "rate": which advertised limit it was beyond


@dataclass
class Registry:
    url: str = ""
    works: dict[str, dict[str, Any]] = field(default_factory=dict)  # DOI -> Crossref message
    dois: dict[str, dict[str, Any]] = field(default_factory=dict)  # DOI -> DataCite data
    searches: list[tuple[Callable[[str], bool], list[dict[str, Any]]]] = field(default_factory=list)
    # OpenAlex under /openalex, E-utilities under /eutils, as their own hosts would answer
    openalex_works: dict[str, dict[str, Any]] = field(default_factory=dict)  # DOI -> work
    openalex_searches: list[tuple[Callable[[str], bool], list[dict[str, Any]]]] = field(
        default_factory=list
    )
    citations: dict[tuple[str, ...], str] = field(default_factory=dict)  # ecitmatch line -> PMID
    summaries: dict[str, dict[str, Any]] = field(default_factory=dict)  # PMID -> esummary doc
    faults: list[tuple[str, Any]] = field(default_factory=list)  # consumed one per request
    headers: dict[str, str] = field(default_factory=lambda: {**CROSSREF_HEADERS, **POLITE})
    compress: bool = True  # gzip when the client accepts it, as Crossref and DataCite do
    latency: float = 0.0
    hold: Callable[[Hit], None] | None = None  # called before each answer: a test's gate
    enforce: bool = False  # answer 429 to requests beyond the limits `headers` advertise
    hits: list[Hit] = field(default_factory=list)
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        """Hold the DOIs every real registry holds, which refslint asks before it believes
        that a registry finds nothing (`KNOWN_DOIS` in the lookup service)."""
        known = crossref_work(
            "crossref-work-journal-article-plosone-e33693.json",
            DOI="10.5555/12345678",
            title=["Toward a Unified Theory of High-Energy Metaphysics: Silly String Theory"],
        )
        self.works.setdefault(known["DOI"], known)
        data = recorded("datacite-doi-zenodo-10.5281-zenodo.48440.json")["data"]
        data["id"] = data["attributes"]["doi"] = "10.5438/0012"
        self.dois.setdefault("10.5438/0012", data)
        self.add_openalex(recorded("openalex-work-W2741809807-peerj-state-of-oa.json"))
        # the citation NCBI's ecitmatch documentation matches (`KNOWN_CITATION`), as recorded
        # in pubmed-ecitmatch-biopython-mann-bj-1991.txt
        self.citations.setdefault(
            ("proc natl acad sci u s a", "1991", "88", "3248", "mann bj"), "2014248"
        )

    def add_openalex(self, work: dict[str, Any]) -> None:
        self.openalex_works[str(work["doi"]).removeprefix("https://doi.org/").lower()] = work

    def search_openalex(self, test: Callable[[str], bool], works: list[dict[str, Any]]) -> None:
        self.openalex_searches.append((test, works))

    def add_pubmed(self, citation: tuple[str, ...], pmid: str, summary: dict[str, Any]) -> None:
        """`citation`: journal, year, volume, first page, author, as ecitmatch is asked them."""
        self.citations[tuple(part.lower() for part in citation)] = pmid
        self.summaries[pmid] = {**summary, "uid": pmid}

    def add_work(self, message: dict[str, Any]) -> None:
        self.works[message["DOI"].lower()] = message

    def add_datacite(self, name: str) -> None:
        data = recorded(name)["data"]
        self.dois[data["id"].lower()] = data

    def search(self, test: Callable[[str], bool], items: list[dict[str, Any]]) -> None:
        self.searches.append((test, items))

    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits]

    def beyond_limits(self, hit: Hit) -> str:
        """Which advertised limit `hit` (just counted in) exceeds, "concurrency" or "rate", or
        "" for none; call with `lock` held."""
        limit = int(self.headers.get("x-rate-limit-limit", "0") or 0)
        interval = float(self.headers.get("x-rate-limit-interval", "1s").rstrip("s") or 1)
        concurrency = int(self.headers.get("x-concurrency-limit", "0") or 0)
        if concurrency and self.in_flight > concurrency:
            return "concurrency"
        if not limit:
            return ""
        # every window of `interval` that holds `hit`: stamps may come in out of order
        near = sorted(
            h.started
            for h in self.hits
            if (h is hit or not h.refused) and abs(hit.started - h.started) < interval
        )
        for first in (t for t in near if t <= hit.started):
            if sum(1 for t in near if first <= t < first + interval) > limit:
                return "rate"
        return ""


def _handler(registry: Registry) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        arrived = 0.0  # when the request being answered reached this machine
        _hit: Hit | None = None

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def setup(self) -> None:
            super().setup()
            for option in TIMESTAMPS:
                with contextlib.suppress(OSError):
                    self.connection.setsockopt(socket.SOL_SOCKET, option, 1)
                    break

        def handle_one_request(self) -> None:
            self.arrived = arrival(self.connection)
            super().handle_one_request()

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            hit = Hit(
                unquote(parts.path),
                parse_qs(parts.query),
                {k.lower(): v for k, v in self.headers.items()},
                self.arrived,
            )
            with registry.lock:
                registry.hits.append(hit)
                registry.in_flight += 1
                registry.most_in_flight = max(registry.most_in_flight, registry.in_flight)
                fault = registry.faults.pop(0) if registry.faults else None
                hit.why = registry.beyond_limits(hit) if registry.enforce else ""
                hit.refused = bool(hit.why)
            if hit.refused:
                fault = ("status", (429, {"Retry-After": "1"}))
            self._hit = hit
            try:
                if registry.latency:
                    time.sleep(registry.latency)
                if registry.hold is not None:
                    registry.hold(hit)
                self._answer(hit, fault)
            finally:
                self._finish()

        def _finish(self) -> None:
            """The request is no longer in flight: called just before its answer's last bytes
            are sent (a client cannot have the whole answer earlier), not after this thread is
            next scheduled, by which time the client may rightly have sent its next request."""
            hit = self._hit
            if hit is None or hit.finished:
                return
            hit.finished = time.monotonic()
            with registry.lock:
                registry.in_flight -= 1

        def _answer(self, hit: Hit, fault: tuple[str, Any] | None) -> None:
            if fault is not None:
                kind, value = fault
                if kind == "status":
                    status, extra = value
                    return self._send(status, b"{}", "application/json", extra)
                if kind == "slow":
                    time.sleep(value)
                if kind == "truncated":
                    body = json.dumps({"status": "ok", "message": {"DOI": "x"}}).encode()
                    return self._send(200, body[: len(body) // 2], "application/json")
            path = hit.path
            if path.startswith("/openalex/"):
                return self._openalex(hit, path.removeprefix("/openalex"))
            if path.startswith("/eutils/"):
                return self._eutils(hit, path.removeprefix("/eutils"))
            if path.startswith("/works/"):
                message = registry.works.get(path.removeprefix("/works/").lower())
                if message is None:
                    return self._send(404, b"Resource not found.", "text/plain")
                body = {"status": "ok", "message-type": "work", "message": message}
                return self._send(200, json.dumps(body).encode(), "application/json")
            if path == "/works" and "filter" in hit.query:
                return self._filter(hit)
            if path == "/works":
                query = hit.query.get("query.bibliographic", [""])[0]
                items: list[dict[str, Any]] = []
                for test, found in registry.searches:
                    if test(query):
                        items = found
                        break
                body = {
                    "status": "ok",
                    "message-type": "work-list",
                    "message": {
                        "facets": {},
                        "total-results": len(items),
                        "items": items,
                        "items-per-page": 5,
                        "query": {"start-index": 0, "search-terms": query},
                    },
                }
                return self._send(200, json.dumps(body).encode(), "application/json")
            if path.startswith("/dois/"):
                data = registry.dois.get(path.removeprefix("/dois/").lower())
                if data is None:
                    body = recorded("datacite-404-dois-not-found.json")
                    return self._send(404, json.dumps(body).encode(), "application/json")
                return self._send(200, json.dumps({"data": data}).encode(), "application/json")
            return self._send(404, b"Resource not found.", "text/plain")

        def _openalex(self, hit: Hit, path: str) -> None:
            if path.startswith("/works/https://doi.org/"):
                work = registry.openalex_works.get(path.removeprefix("/works/https://doi.org/"))
                if work is None:  # OpenAlex's 404 is a page, as recorded
                    return self._send(404, b"<html><body>Not Found</body></html>", "text/html")
                return self._send(200, json.dumps(work).encode(), "application/json")
            question = hit.query.get("filter", [""])[0]
            per_page = int(hit.query.get("per_page", ["25"])[0])
            found: list[dict[str, Any]] = []
            if question.startswith("doi:"):
                # `doi:https://doi.org/A|https://doi.org/B`: the works it holds among them, in
                # its own order (not the question's), their DOIs written as OpenAlex writes them
                wanted = {
                    value.strip().lower().removeprefix("https://doi.org/")
                    for value in question.removeprefix("doi:").split("|")
                }
                found = [w for doi, w in sorted(registry.openalex_works.items()) if doi in wanted]
            else:
                wanted_title = question.removeprefix("title.search:")
                for test, works in registry.openalex_searches:
                    if test(wanted_title):
                        found = works
                        break
            meta = {"count": len(found), "db_response_time_ms": 12, "page": 1, "per_page": per_page}
            found = found[:per_page]
            body = {"meta": meta, "results": found, "group_by": []}
            return self._send(200, json.dumps(body).encode(), "application/json")

        def _eutils(self, hit: Hit, path: str) -> None:
            if path == "/ecitmatch.cgi":
                lines = []
                for line in hit.query.get("bdata", [""])[0].split("\r"):
                    fields = line.split("|")
                    if len(fields) < 6:
                        continue
                    pmid = registry.citations.get(tuple(f.strip() for f in fields[:5]), "NOT_FOUND")
                    lines.append("|".join(fields[:6]) + f"|{pmid}")
                return self._send(200, ("\n".join(lines) + "\n").encode(), "text/plain")
            if path == "/esummary.fcgi":
                uids = [u for u in hit.query.get("id", [""])[0].split(",") if u]
                result: dict[str, Any] = {"uids": [u for u in uids if u in registry.summaries]}
                for uid in result["uids"]:
                    result[uid] = registry.summaries[uid]
                body = {"header": {"type": "esummary", "version": "0.3"}, "result": result}
                return self._send(200, json.dumps(body).encode(), "application/json")
            return self._send(404, b"Not found", "text/plain")

        def _filter(self, hit: Hit) -> None:
            """`/works?filter=doi:A,doi:B&rows=N`: the works it knows among them, as a work list
            (Crossref ORs repeated filters of one name, and leaves out DOIs it does not hold)."""
            wanted = [
                value.removeprefix("doi:").lower()
                for value in hit.query["filter"][0].split(",")
                if value.startswith("doi:")
            ]
            items = [registry.works[doi] for doi in wanted if doi in registry.works]
            rows = int(hit.query.get("rows", ["20"])[0])
            body = {
                "status": "ok",
                "message-type": "work-list",
                "message-version": "1.0.0",
                "message": {
                    "facets": {},
                    "total-results": len(items),
                    "items": items[:rows],
                    "items-per-page": rows,
                    "query": {"start-index": 0, "search-terms": None},
                },
            }
            return self._send(200, json.dumps(body).encode(), "application/json")

        def _send(
            self, status: int, body: bytes, kind: str, extra: dict[str, str] | None = None
        ) -> None:
            """Answer as the registries do: gzip when asked; DataCite's records and every 404
            in chunks without a length (as recorded), Crossref's records with one."""
            accepts = self.headers.get("Accept-Encoding", "")
            encoded = registry.compress and "gzip" in accepts
            if encoded:
                body = gzip.compress(body)
            chunked = status == 404 or self.path.startswith("/dois")
            self.send_response(status)
            self.send_header("Content-Type", kind)
            if encoded:
                self.send_header("Content-Encoding", "gzip")
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(len(body)))
            for name, value in {**registry.headers, **(extra or {})}.items():
                self.send_header(name, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                write_body(self.wfile, body, chunked, last=self._finish)

    return Handler


class Server:
    """Serves a `Registry` from a thread until stopped."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(registry))
        self.httpd.daemon_threads = True
        registry.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> Registry:
        self.thread.start()
        return self.registry

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
