"""The evaluation's registries: the pool served as Crossref, OpenAlex and PubMed on 127.0.0.1.

Each registry holds its own share of the pool (`answers.coverage`) and runs on its own port, as
each is its own host, advertising the limits the real one does:

- Crossref (with DataCite's `/dois/` beside it): `/works?query.bibliographic=...&rows=N`, the N
  works sharing the most rarity-weighted words with the query, each with its `score`, so near
  misses come back beside the work itself; `/works/{doi}`.
- OpenAlex under `/openalex`: `/works?filter=title.search:...` ranked by title words shared, in
  `results`; `/works?filter=doi:https://doi.org/A|...` the works it holds among them;
  `/works/https://doi.org/{doi}`, an HTML page for a DOI it does not hold.
- PubMed under `/eutils`: `ecitmatch.cgi` matching journal (full or abbreviated), year, volume,
  first page and first author to a PMID (or `NOT_FOUND`); `esummary.fcgi` JSON documents.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import math
import re
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import answers
from answers import CROSSREF, OPENALEX, PUBMED

DATACITE = "DataCite"
# what each answers with beside its records: the limits it advertises (refslint keeps to these
# and to the limits each documents: OpenAlex 10 a second, 3 at once; PubMed 3 a second, 1 at once)
HEADERS = {
    CROSSREF: {
        "x-rate-limit-limit": "10",
        "x-rate-limit-interval": "1s",
        "x-concurrency-limit": "3",
    },
    OPENALEX: {"RateLimit-Limit": "10", "RateLimit-Reset": "1"},
    PUBMED: {"X-RateLimit-Limit": "3"},
}
# the works each registry's own documentation names, which refslint asks before it believes
# that a registry finds nothing (`KNOWN_DOIS` in refslint.lookup.service)
KNOWN_CROSSREF = "10.5555/12345678"
KNOWN_DATACITE = "10.5438/0012"
KNOWN_OPENALEX = "10.7717/peerj.4375"
# the citation NCBI's ecitmatch documentation matches, and its PMID (`KNOWN_CITATION` there)
KNOWN_CITATION = ("proc natl acad sci u s a", "1991", "88", "3248")
KNOWN_PMID = ("mann", "bj", "2014248")
NOT_FOUND_PAGE = (
    b"<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
    b"<p>The requested URL was not found on the server. If you entered the URL manually please "
    b"check your spelling and try again.</p>\n"
)


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", plain(text))


def plain(text: str) -> str:
    """Lowercase, without accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


class Index:
    """Items by the words of their text, ranked by rarity-weighted words shared with a query."""

    def __init__(self, items: list[dict[str, Any]], text: Callable[[dict[str, Any]], str]):
        self.items = items
        self.postings: dict[str, list[int]] = defaultdict(list)
        for number, item in enumerate(items):
            for word in set(words(text(item))):
                self.postings[word].append(number)
        total = max(1, len(items))
        self.weight = {w: math.log(1 + total / len(p)) for w, p in self.postings.items()}

    def search(self, query: str, rows: int) -> list[tuple[dict[str, Any], float]]:
        scores: dict[int, float] = defaultdict(float)
        for word in set(words(query)):
            for number in self.postings.get(word, ()):
                scores[number] += self.weight[word]
        best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:rows]
        return [(self.items[n], s) for n, s in best]


def _journal(name: str) -> str:
    return " ".join(words(name))


class Pool:
    """The pool as the three registries hold it."""

    def __init__(self, works: Iterable[dict[str, Any]], seed: int):
        works = list(works)
        self.works = {w["id"]: w for w in works}
        self.held = answers.coverage(works, seed)
        crossref = [answers.crossref_item(w) for w in works if w["id"] in self.held[CROSSREF]]
        crossref.append(_known_crossref())
        self.crossref = Index(crossref, _crossref_text)
        self.crossref_dois = {item["DOI"]: item for item in crossref}
        openalex = [answers.openalex_work(w) for w in works if w["id"] in self.held[OPENALEX]]
        openalex.append(_known_openalex())
        self.openalex = Index(openalex, lambda work: work["title"])
        self.openalex_dois = {w["doi"].removeprefix("https://doi.org/"): w for w in openalex}
        self.summaries: dict[str, dict[str, Any]] = {}
        self.citations: dict[tuple[str, str, str, str], list[tuple[str, str, str]]] = {}
        for work in works:
            if work["id"] in self.held[PUBMED]:
                self._hold_in_pubmed(work)
        self.citations.setdefault(KNOWN_CITATION, []).append(KNOWN_PMID)

    def _hold_in_pubmed(self, work: dict[str, Any]) -> None:
        summary = answers.pubmed_summary(work)
        self.summaries[summary["uid"]] = summary
        first = work["authors"][0] if work["authors"] else {"family": "", "initials": ""}
        author = (plain(first["family"]), first["initials"].lower(), summary["uid"])
        for journal in {_journal(work["journal"]), _journal(work.get("journal_short") or "")}:
            if journal:
                key = (journal, str(work["year"]), work["volume"], work["first_page"])
                self.citations.setdefault(key, []).append(author)

    def ecitmatch(self, line: str) -> str:
        """One ecitmatch answer line: the question's six fields and a PMID or `NOT_FOUND`."""
        fields = [f.strip() for f in line.split("|")]
        journal, year, volume, page, author, key = (fields + [""] * 6)[:6]
        found = self.citations.get((_journal(journal), year, volume, page), [])
        family, _, initials = plain(author).rpartition(" ")
        if not family:  # one word: the family name alone
            family, initials = initials, ""
        pmids = [
            pmid
            for f, i, pmid in found
            if not author or (f == family and (not initials or i[:1] == initials[:1]))
        ]
        answer = pmids[0] if len(pmids) == 1 else ("AMBIGUOUS" if pmids else "NOT_FOUND")
        return "|".join([journal, year, volume, page, author, key, answer])


def _crossref_text(item: dict[str, Any]) -> str:
    return " ".join(
        [
            *item["title"],
            *(a["family"] for a in item["author"]),
            *item["container-title"],
            *item["short-container-title"],
            str(item["issued"]["date-parts"][0][0]),
        ]
    )


def _known_crossref() -> dict[str, Any]:
    item = answers.crossref_item(
        {
            "id": "W0",
            "title": "Toward a Unified Theory of High-Energy Metaphysics: Silly String Theory",
            "authors": [{"family": "Carberry", "initials": "J"}],
            "journal": "Journal of Psychoceramics",
            "year": 2008,
            "volume": "5",
            "issue": "11",
            "first_page": "1",
            "last_page": "3",
        }
    )
    return {**item, "DOI": KNOWN_CROSSREF}


def _known_openalex() -> dict[str, Any]:
    work = answers.openalex_work(
        {
            "id": "W0",
            "title": "The state of OA: a large-scale analysis of the prevalence and impact of "
            "Open Access articles",
            "authors": [
                {"family": "Piwowar", "initials": "H"},
                {"family": "Priem", "initials": "J"},
            ],
            "journal": "PeerJ",
            "year": 2018,
            "volume": "6",
            "issue": "",
            "first_page": "e4375",
            "last_page": "",
        }
    )
    return {**work, "doi": f"https://doi.org/{KNOWN_OPENALEX}"}


def _known_datacite() -> dict[str, Any]:
    attributes = {
        "doi": KNOWN_DATACITE,
        "titles": [{"title": "DataCite Metadata Schema Documentation for the Publication and "}],
        "creators": [{"name": "DataCite Metadata Working Group", "nameType": "Organizational"}],
        "publisher": "DataCite",
        "publicationYear": 2016,
        "types": {"resourceTypeGeneral": "Text"},
    }
    return {"data": {"id": KNOWN_DATACITE, "type": "dois", "attributes": attributes}}


class Registries:
    """Serves a `Pool` as three hosts from threads: `with Registries(pool) as r: r.urls`."""

    def __init__(self, pool: Pool):
        self.pool = pool
        self.requests: Counter[str] = Counter()  # registry -> requests answered
        self._lock = threading.Lock()
        self.servers = {name: self._server(name) for name in (CROSSREF, OPENALEX, PUBMED)}
        port = {name: s.server_address[1] for name, s in self.servers.items()}
        self.urls = {
            CROSSREF: f"http://127.0.0.1:{port[CROSSREF]}",
            DATACITE: f"http://127.0.0.1:{port[CROSSREF]}",
            OPENALEX: f"http://127.0.0.1:{port[OPENALEX]}/openalex",
            PUBMED: f"http://127.0.0.1:{port[PUBMED]}/eutils",
        }
        self.threads = [
            threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
            for s in self.servers.values()
        ]

    def __enter__(self) -> Registries:
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for server in self.servers.values():
            server.shutdown()
            server.server_close()

    def _server(self, name: str) -> ThreadingHTTPServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self, name))
        server.daemon_threads = True
        return server

    def count(self, name: str) -> None:
        with self._lock:
            self.requests[name] += 1


def _handler(registries: Registries, name: str) -> type[BaseHTTPRequestHandler]:
    pool = registries.pool

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            path, query = unquote(parts.path), parse_qs(parts.query)
            if name == OPENALEX and path.startswith("/openalex/"):
                return self._openalex(path.removeprefix("/openalex"), query)
            if name == PUBMED and path.startswith("/eutils/"):
                return self._eutils(path.removeprefix("/eutils"), query)
            if name == CROSSREF and path.startswith("/dois/"):
                registries.count(DATACITE)
                if path.removeprefix("/dois/").lower() == KNOWN_DATACITE:
                    return self._json(_known_datacite())
                body = {
                    "errors": [
                        {
                            "status": "404",
                            "title": "The resource you are looking for doesn't exist.",
                        }
                    ]
                }
                return self._json(body, 404)
            if name == CROSSREF:
                return self._crossref(path, query)
            registries.count(name)
            return self._send(404, NOT_FOUND_PAGE, "text/html; charset=utf-8")

        def _crossref(self, path: str, query: dict[str, list[str]]) -> None:
            registries.count(CROSSREF)
            if path == "/works":
                terms = query.get("query.bibliographic", [""])[0]
                rows = int(query.get("rows", ["20"])[0])
                items = [
                    {**item, "score": round(score * 4, 6)}
                    for item, score in pool.crossref.search(terms, rows)
                ]
                message = {
                    "facets": {},
                    "total-results": len(items),
                    "items": items,
                    "items-per-page": rows,
                    "query": {"start-index": 0, "search-terms": terms},
                }
                return self._json({"status": "ok", "message-type": "work-list", "message": message})
            item = pool.crossref_dois.get(path.removeprefix("/works/").lower())
            if path.startswith("/works/") and item is not None:
                return self._json({"status": "ok", "message-type": "work", "message": item})
            return self._send(404, b"Resource not found.", "text/plain")

        def _openalex(self, path: str, query: dict[str, list[str]]) -> None:
            registries.count(OPENALEX)
            if path.startswith("/works/https://doi.org/"):
                work = pool.openalex_dois.get(path.removeprefix("/works/https://doi.org/").lower())
                if work is None:
                    return self._send(404, NOT_FOUND_PAGE, "text/html; charset=utf-8")
                return self._json(work)
            if path != "/works":
                return self._send(404, NOT_FOUND_PAGE, "text/html; charset=utf-8")
            wanted = query.get("filter", [""])[0]
            per_page = int(query.get("per_page", ["25"])[0])
            found: list[dict[str, Any]] = []
            if wanted.startswith("doi:"):
                asked = [v.strip().lower() for v in wanted.removeprefix("doi:").split("|")]
                found = [
                    pool.openalex_dois[doi]
                    for doi in dict.fromkeys(a.removeprefix("https://doi.org/") for a in asked)
                    if doi in pool.openalex_dois
                ]
            elif wanted.startswith("title.search:"):
                terms = wanted.removeprefix("title.search:")
                found = [
                    {**work, "relevance_score": round(score * 100, 4)}
                    for work, score in pool.openalex.search(terms, per_page)
                ]
            meta = {"count": len(found), "db_response_time_ms": 12, "page": 1, "per_page": per_page}
            return self._json({"meta": meta, "results": found, "group_by": []})

        def _eutils(self, path: str, query: dict[str, list[str]]) -> None:
            registries.count(PUBMED)
            if path == "/ecitmatch.cgi":
                lines = query.get("bdata", [""])[0].split("\r")
                text = "".join(pool.ecitmatch(line) + "\n" for line in lines if line.strip())
                return self._send(200, text.encode(), "text/plain; charset=UTF-8")
            if path == "/esummary.fcgi":
                uids = [u for u in query.get("id", [""])[0].split(",") if u]
                result: dict[str, Any] = {"uids": [u for u in uids if u in pool.summaries]}
                for uid in result["uids"]:
                    result[uid] = pool.summaries[uid]
                body = {"header": {"type": "esummary", "version": "0.3"}, "result": result}
                return self._json(body)
            return self._send(404, b"Not found", "text/plain")

        def _json(self, body: Any, status: int = 200) -> None:
            self._send(status, json.dumps(body).encode(), "application/json")

        def _send(self, status: int, data: bytes, kind: str) -> None:
            encoded = "gzip" in self.headers.get("Accept-Encoding", "")
            if encoded:
                data = gzip.compress(data, compresslevel=1)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            if encoded:
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            for header, value in HEADERS[name].items():
                self.send_header(header, value)
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(data)

    return Handler
