"""A Crossref-shaped registry of the evaluation's pool, served on 127.0.0.1.

Answers `/works?query.bibliographic=...&rows=N` with the N works sharing the most (rarity-
weighted) words with the query, each in the shape of a Crossref work with its `score`, so near
misses come back beside the work itself, as they do from Crossref; and `/works/{doi}`.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

PREFIX = "10.5555/refslint-pool."  # 10.5555 is the prefix registries keep for examples and tests


def words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    return re.findall(r"[a-z0-9]+", plain)


def crossref_item(work: dict[str, Any]) -> dict[str, Any]:
    """A pool work as Crossref would give it in a search result."""
    page = work["first_page"] + (f"-{work['last_page']}" if work.get("last_page") else "")
    item: dict[str, Any] = {
        "DOI": PREFIX + work["id"].lower(),
        "type": "journal-article",
        "title": [work["title"]],
        "author": [
            {
                "given": " ".join(f"{c}." for c in a["initials"]),
                "family": a["family"],
                "sequence": "first" if i == 0 else "additional",
            }
            for i, a in enumerate(work["authors"])
        ],
        "container-title": [work["journal"]],
        "short-container-title": [work["journal_short"]] if work.get("journal_short") else [],
        "volume": work["volume"],
        "issued": {"date-parts": [[work["year"]]]},
        "page": page,
    }
    if work.get("issue"):
        item["issue"] = work["issue"]
    return item


class Index:
    """Works by the words of their title, authors, journal and year."""

    def __init__(self, works: Iterable[dict[str, Any]]):
        self.items = [crossref_item(w) for w in works]
        self.by_doi = {item["DOI"]: item for item in self.items}
        self.postings: dict[str, list[int]] = defaultdict(list)
        for number, item in enumerate(self.items):
            text = " ".join(
                [
                    *item["title"],
                    *(a["family"] for a in item["author"]),
                    *item["container-title"],
                    *item["short-container-title"],
                    str(item["issued"]["date-parts"][0][0]),
                ]
            )
            for word in set(words(text)):
                self.postings[word].append(number)
        total = len(self.items)
        self.weight = {w: math.log(1 + total / len(p)) for w, p in self.postings.items()}

    def search(self, query: str, rows: int) -> list[dict[str, Any]]:
        scores: dict[int, float] = defaultdict(float)
        for word in set(words(query)):
            for number in self.postings.get(word, ()):
                scores[number] += self.weight[word]
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:rows]
        return [{**self.items[n], "score": round(s * 4, 6)} for n, s in best]


class Server:
    """Serves an `Index` from a thread: `with Server(index) as url: ...`."""

    def __init__(self, index: Index):
        self.index = index
        self.requests = 0
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                server.requests += 1
                parts = urlsplit(self.path)
                path, query = unquote(parts.path), parse_qs(parts.query)
                if path == "/works":
                    terms = query.get("query.bibliographic", [""])[0]
                    rows = int(query.get("rows", ["20"])[0])
                    items = server.index.search(terms, rows)
                    message = {
                        "facets": {},
                        "total-results": len(items),
                        "items": items,
                        "items-per-page": rows,
                        "query": {"start-index": 0, "search-terms": terms},
                    }
                    body = {"status": "ok", "message-type": "work-list", "message": message}
                    return self._send(200, body)
                if path.startswith("/works/"):
                    item = server.index.by_doi.get(path.removeprefix("/works/").lower())
                    if item is not None:
                        return self._send(
                            200, {"status": "ok", "message-type": "work", "message": item}
                        )
                return self._send(404, None)

            def _send(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode() if body is not None else b"Resource not found."
                self.send_response(status)
                kind = "application/json" if body is not None else "text/plain"
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(data)

        return Handler
