"""The lookup service: one answer per reference, fetched once per run, from the cache when it can.

Which registry to ask: a DOI goes to Crossref (a list's DOIs 20 to a request) and, when Crossref
does not know it, to DataCite, then to OpenAlex (a list's DOIs 50 to a request); arXiv DOIs and
bare arXiv identifiers go to DataCite directly; a journal article or conference paper without an
identifier is searched for on Crossref by its bibliographic fields, then on OpenAlex and PubMed
when no candidate is the work, and the candidates judged field by field (`verdict`). Failures are
answers too (`Status.FAILED` with the reason): a run never stops because a registry did, and a
registry that says "not found" even to a work it is known to hold is broken, not a verdict.
"""

from __future__ import annotations

import functools
import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, overload
from urllib.parse import quote

from refslint import patterns
from refslint.lookup import match, openalex, pubmed, shapes
from refslint.lookup.records import (
    CROSSREF,
    DATACITE,
    Outcome,
    Record,
    Status,
    from_crossref,
    from_datacite,
)
from refslint.lookup.settings import LookupSettings, RegistryUnavailable
from refslint.lookup.verdict import Verdict
from refslint.lookup.verdict import decide as judge
from refslint.model import Kind, Reference
from refslint.notes import Note, Notify, Progress

if TYPE_CHECKING:
    from refslint.lookup.http import Client
    from refslint.lookup.store import AnswerStore

ARXIV_DOI = patterns.compile(r"^10\.48550/arxiv\.(.+)$", re.I)
WELL_FORMED_DOI = patterns.compile(r"10\.\d{4,9}(?:\.\d+)*/\S+")
ARXIV_VERSION = patterns.compile(r"v\d+$")
PMID = patterns.compile(r"PMID\s*:?\s*(\d{1,9})\s*")
SEARCHED_KINDS = frozenset({Kind.ARTICLE, Kind.CONFERENCE})
WORKERS = 4  # threads waiting on registries; each host's gate decides how many really go
ROWS = 5
BATCH = 20  # DOIs asked of Crossref in one `filter=doi:...` request
PROGRESS_THRESHOLD = 5  # progress is told beyond this many uncached lookups
# DOIs each registry is known to hold (Crossref's and DataCite's own example and schema DOIs):
# a registry that says "not found" to these says it about everything, and is broken, not a verdict
DOI_REGISTRIES = (CROSSREF, DATACITE, openalex.OPENALEX)  # asked in this order
READERS = {
    CROSSREF: lambda answer: from_crossref(answer.get("message") or {}),
    DATACITE: lambda answer: from_datacite(answer.get("data") or {}),
    openalex.OPENALEX: openalex.from_openalex,
}
DISPLAY = {
    "crossref": CROSSREF,
    "datacite": DATACITE,
    "openalex": openalex.OPENALEX,
    "pubmed": pubmed.PUBMED,
}
KNOWN_DOIS = {
    CROSSREF: "10.5555/12345678",
    DATACITE: "10.5438/0012",
    openalex.OPENALEX: "10.7717/peerj.4375",  # "The state of OA", OpenAlex's own example work
}
# The citation NCBI's own ecitmatch documentation matches, and its PMID: a PubMed that cannot
# match it matches nothing, so its "no match" is not believed
KNOWN_CITATION = pubmed.Citation("proc natl acad sci u s a", "1991", "88", "3248", "mann bj", "k")
KNOWN_PMID = "2014248"


def _not_cached(key: str) -> Outcome:
    return Outcome(Status.OFFLINE, key=key.partition(":")[2], reason="not cached")


def lookup_key(ref: Reference) -> str | None:
    """What to ask for this reference ("doi:...", "pmid:...", "search:..."), or None when nothing
    can be. An identifier printed in the entry is checked against its record; only an entry
    without one is searched for."""
    if ref.doi is not None:
        doi = ref.doi.text.rstrip(".").lower()
        return f"doi:{doi}" if WELL_FORMED_DOI.fullmatch(doi) else None
    if ref.arxiv is not None:
        identifier = ARXIV_VERSION.sub("", ref.arxiv.text.strip())
        return f"doi:10.48550/arxiv.{identifier.lower()}"
    pmid = PMID.fullmatch(ref.pmid.text) if ref.pmid is not None else None
    if pmid is not None:
        return f"pmid:{int(pmid.group(1))}"
    if ref.kind in SEARCHED_KINDS and match.searchable(ref):
        return f"search:{match.search_query(ref)}"
    return None


Mark = tuple[int, int, float, int, int, int]  # where a tally stood (`LookupService.mark`)
START: Mark = (0, 0, 0.0, 0, 0, 0)


def covered(spans: Sequence[tuple[float, float]]) -> float:
    """Seconds within at least one of `spans` (start, end): lookups made side by side count
    once."""
    total, reached = 0.0, float("-inf")
    for start, end in sorted(spans):
        if end > reached:
            total += end - max(start, reached)
            reached = end
    return total


@dataclass
class Tally:
    """What one run's lookups came to, for the summary line."""

    checked: list[tuple[str, int, Status]] = field(default_factory=list)  # path, index, status
    from_cache: int = 0
    seconds: float = 0.0
    cached: list[str] = field(default_factory=list)  # the keys counted in `from_cache`
    # when each list's lookups ran (`time.time()`, start and end): a batch run's lookups, made
    # side by side in several processes, took the time these cover, not the sum of their lengths
    spans: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class Spent:
    """What a stretch of a run's lookups came to (one file's, in a batch worker): what the run's
    own service takes in (`absorb`) so that its summary and run-level note speak for every file."""

    checked: list[tuple[str, int, Status]] = field(default_factory=list)
    from_cache: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)  # the keys counted in `from_cache`
    spans: list[tuple[float, float]] = field(default_factory=list)


class LookupService:
    """Answers `outcome(ref)`; `prefetch(refs)` fetches a list's answers concurrently first."""

    def __init__(
        self,
        settings: LookupSettings,
        *,
        progress: Progress | None = None,
        notify: Notify | None = None,
    ):
        self.settings = settings
        self.progress = progress  # told how far a list's lookups are, beyond a few
        self.notes: list[Note] = []  # what the lookups saw worth saying (`refslint.notes`)
        self._told = notify
        self.tally = Tally()
        self._client: Client | None = None
        self._answers: dict[str, Outcome] = {}
        self._by_ref: dict[tuple[str, int, str], Outcome] = {}
        self._lock = threading.Lock()
        self._failures: list[str] = []
        self._answering: set[str] = set()  # registries seen to hold a record this run
        self._broken: dict[str, str | None] = {}  # registry -> why its "not found" means nothing
        self._checking = threading.Lock()
        # DOIs a Crossref batch answered without: as good as its 404, from the cache or not
        self._crossref_lacks: dict[str, bool] = {}
        # offline with nothing kept: every answer is "offline", no key needs working out, and
        # the store (with SQLite) is never loaded
        self._nothing_kept = settings.offline and not settings.keeps_answers
        # a batch run's: when its lookups began (wall clock): the budget is the run's, not this
        # process's
        self.run_started: float | None = None
        self._stopped = False
        if not self._nothing_kept:
            _ = self.store  # opened here, before any worker thread asks for it

    @functools.cached_property
    def store(self) -> AnswerStore:
        """The answers kept between runs: a SQLite file, or Redis with `cache-url` (whose
        `SettingError` says it cannot be reached, before anything is asked)."""
        from refslint.lookup.store import AnswerStore

        if self.settings.cache_url:
            from refslint.lookup.shared import RedisAnswerStore

            return RedisAnswerStore(  # type: ignore[return-value]
                self.settings.cache_url,
                found_days=self.settings.found_days,
                not_found_days=self.settings.not_found_days,
                registry=self.settings.registries,
                notify=self.notify,
            )
        return AnswerStore(
            self.settings.store_path,
            found_days=self.settings.found_days,
            not_found_days=self.settings.not_found_days,
            registry=self.settings.registries,
            notify=self.notify,
        )

    def notify(self, note: Note) -> None:
        """Keep `note` in `notes` and hand it to the caller's callback: nothing is printed here.
        Called with the service's own lock held (the HTTP cache is opened under it), so it takes
        none: appending to a list is atomic."""
        self.notes.append(note)
        if self._told is not None:
            self._told(note)

    @property
    def answers_nothing(self) -> bool:
        """Offline with no answers kept: every lookup rule would find nothing, so none need run."""
        return self._nothing_kept

    @property
    def asked(self) -> str:
        """The registries a run asks, for messages: `Crossref, DataCite, OpenAlex and PubMed`."""
        names = [DISPLAY[name] for name in DISPLAY if name in self.settings.registry_names]
        return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)

    @property
    def strict(self) -> bool:
        return self.settings.strict

    @property
    def requests_sent(self) -> int:
        return self._client.requests_sent if self._client is not None else 0

    def close(self) -> None:
        if "store" in self.__dict__:  # opened
            self.store.close()
        if self._client is not None:
            self._client.close()

    # -- what rules ask --------------------------------------------------------------------------

    def outcome(self, ref: Reference, path: str = "") -> Outcome:
        """The registry's answer for `ref` (fetched now if `prefetch` did not)."""
        if self._nothing_kept:
            return Outcome(Status.OFFLINE, reason="offline, and nothing is cached")
        known = self._by_ref.get((path, ref.index, ref.text))
        if known is not None:
            return known
        key = lookup_key(ref)
        if key is None:
            return Outcome(Status.SKIPPED, reason="no identifier, and too little to search with")
        return self._answer(key, ref)

    def failure_note(self) -> str | None:
        """How many entries could not be verified and why, or None when every lookup answered.

        Counts each entry once however often it was linted (`--fix` lints a file several times),
        across every list this service served. Saying it once per run is the caller's part: the
        command asks once, after every file is linted.
        """
        with self._lock:
            if not self._failures:
                return None
            failed = {(p, i) for p, i, status in self.tally.checked if status is Status.FAILED}
        count = len(failed)
        entries = "entry" if count == 1 else "entries"
        return (
            f"could not verify {count} {entries} against {self.asked}: "
            f"{self._failures[0]}; the other checks ran as usual"
        )

    def mark(self) -> Mark:
        """Where the tally stands now, for `spent_since`."""
        with self._lock:
            tally = self.tally
            failures = len(self._failures)
            return (
                len(tally.checked),
                tally.from_cache,
                tally.seconds,
                failures,
                len(tally.cached),
                len(tally.spans),
            )

    def spent_since(self, mark: Mark = START) -> Spent:
        """What the lookups since `mark` came to."""
        checked, from_cache, seconds, failures, cached, spans = mark
        with self._lock:
            tally = self.tally
            return Spent(
                tally.checked[checked:],
                tally.from_cache - from_cache,
                tally.seconds - seconds,
                self._failures[failures:],
                tally.cached[cached:],
                tally.spans[spans:],
            )

    def absorb(self, spent: Spent) -> None:
        """Count lookups another process made for this run, as if made here."""
        with self._lock:
            self.tally.checked.extend(spent.checked)
            self.tally.from_cache += spent.from_cache
            self.tally.seconds += spent.seconds
            self.tally.spans.extend(spent.spans)
            self._failures.extend(spent.failures)

    def fetched_this_run(self) -> list[str]:
        """The keys answered from a registry (not a cache) in this run, for the other processes
        of a batch run to count as this run's answers."""
        with self._lock:
            return [key for key, answer in self._answers.items() if not answer.from_cache]

    def fetched(self, key: str) -> bool:
        """Whether `key` was answered from a registry (not a cache) in this run."""
        with self._lock:
            answer = self._answers.get(key)
        return answer is not None and not answer.from_cache

    def answered_since(self, count: int) -> list[str]:
        """The keys answered in this run after the first `count`, in the order answered."""
        with self._lock:
            if len(self._answers) <= count:
                return []
            return list(self._answers)[count:]

    def stop(self) -> None:
        """Ask nothing more (Ctrl-C): the budget's deadline is moved to now, so what is queued
        fails at once; answers under way finish within their timeout. Safe in a signal handler."""
        self._stopped = True
        client = self._client
        if client is not None:
            client.deadline = time.monotonic()

    def failed_paths(self) -> list[str]:
        """The lists with an entry that could not be verified, in the order they were linted."""
        with self._lock:
            found = (p for p, _i, status in self.tally.checked if status is Status.FAILED)
            return list(dict.fromkeys(found))

    # -- fetching --------------------------------------------------------------------------------

    def prefetch(self, refs: Sequence[Reference], path: str = "") -> None:
        """Answer every reference of a list, several at a time within the registries' limits."""
        if self._nothing_kept:
            return
        started, began = time.perf_counter(), time.time()
        keyed = [(ref, lookup_key(ref)) for ref in refs]
        todo: dict[str, Reference] = {}
        for ref, key in keyed:
            if key is not None and key not in self._answers:
                todo.setdefault(key, ref)
        if todo:
            self._fetch_all(todo)
        for ref, key in keyed:
            if key is None:
                continue
            answer = self._answers[key]
            self._by_ref[(path, ref.index, ref.text)] = answer
            self.tally.checked.append((path, ref.index, answer.status))
            self.tally.from_cache += answer.from_cache
            if answer.from_cache:
                self.tally.cached.append(key)
        self.tally.seconds += time.perf_counter() - started
        self.tally.spans.append((began, time.time()))

    def _fetch_all(self, todo: dict[str, Reference]) -> None:
        if not self.settings.refresh:
            for key, kept in self.store.get_many(list(todo)).items():
                self._remember(key, kept)
        if self.settings.offline:  # what the store did not have stays unanswered
            for key in todo:
                if key not in self._answers:
                    self._remember(key, _not_cached(key))
            return
        self._fetch_batches(todo)
        self._fetch_pmids([key for key in todo if key.startswith("pmid:")])
        items = [(key, ref) for key, ref in todo.items() if key not in self._answers]
        if not items:
            return
        if len(items) == 1:
            self._answer(*items[0])
            return
        from concurrent.futures import ThreadPoolExecutor

        done = 0
        progress = self.progress if len(items) > PROGRESS_THRESHOLD else None
        # asked together afterwards: searches of PubMed, DOIs of OpenAlex
        later: dict[str, Pending | DoiPending] = {}
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            for _ in pool.map(lambda item: self._answer(item[0], item[1], later), items):
                done += 1
                if progress is not None:
                    progress(done, len(items))
        dois = {k: p for k, p in later.items() if isinstance(p, DoiPending)}
        if dois:
            self._ask_openalex_together(dois)
        searches = {k: p for k, p in later.items() if isinstance(p, Pending)}
        if searches:
            self._ask_pubmed_together(searches)

    def _fetch_batches(self, todo: dict[str, Reference]) -> None:
        """Ask Crossref for the uncached DOIs BATCH at a time; each record found is kept under
        its own DOI. A DOI missing from a batch's answer is left to be asked singly, since a
        filter that matches nothing is not a 404: the DOI may be DataCite's."""
        if not self._asks(CROSSREF):
            return
        dois: list[str] = []
        for key in todo:
            kind, _, doi = key.partition(":")
            if kind != "doi" or ARXIV_DOI.match(doi) or "," in doi or key in self._answers:
                continue
            dois.append(doi)
        if len(dois) < 2:
            return
        batches = [dois[i : i + BATCH] for i in range(0, len(dois), BATCH)]
        if len(batches) == 1:
            self._batch(batches[0])
            return
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            list(pool.map(self._batch, batches))

    def _fetch_pmids(self, keys: list[str]) -> None:
        """PubMed's records of printed PMIDs, up to `pubmed.BATCH` in one esummary request; a
        PMID PubMed does not hold is "not found" (esummary says so for each id)."""
        keys = [key for key in keys if key not in self._answers]
        if not keys:
            return
        if not self._asks(pubmed.PUBMED):
            for key in keys:
                self._remember(key, Outcome(Status.SKIPPED, reason="PubMed is not asked"))
            return
        who = pubmed.identify(self.settings.ncbi_api_key, self.settings.mailto)
        for start in range(0, len(keys), pubmed.BATCH):
            chunk = keys[start : start + pubmed.BATCH]
            pmids = [key.partition(":")[2] for key in chunk]
            url = f"{self.settings.pubmed_url}/esummary.fcgi"
            try:
                answer = self._get(url, {**pubmed.esummary(pmids), **who}, pubmed.summary_answer)
                if answer is not None and answer.status != 200:
                    raise RegistryUnavailable(f"{url} answered 'not found': check its address")
            except RegistryUnavailable as exc:
                self._fail_all(zip(chunk, pmids, strict=True), exc)
                continue
            if answer is None:
                for key in chunk:
                    self._remember(key, _not_cached(key))
                continue
            found = pubmed.records(answer.data)
            if found:
                with self._lock:
                    self._answering.add(pubmed.PUBMED)
            else:  # none of these PMIDs: believed if PubMed can match what it surely holds
                try:
                    self._check_answers(pubmed.PUBMED)
                except RegistryUnavailable as exc:
                    self._fail_all(zip(chunk, pmids, strict=True), exc)
                    continue
            for key, pmid in zip(chunk, pmids, strict=True):
                record = found.get(pmid)
                status = Status.FOUND if record is not None else Status.NOT_FOUND
                outcome = Outcome(
                    status, record, "pmid", pmid, (pubmed.PUBMED,), from_cache=answer.from_cache
                )
                self.store.put(key, outcome)
                self._remember(key, outcome)

    def _batch(self, dois: list[str]) -> None:
        params = {"filter": ",".join(f"doi:{doi}" for doi in dois), "rows": str(len(dois))}
        try:
            answer = self._get(f"{self.settings.crossref_url}/works", params, shapes.crossref_list)
        except RegistryUnavailable:
            return  # asked singly next; a registry that is down fails them there, once each
        if answer is None or answer.status != 200 or not isinstance(answer.data, dict):
            return
        message = answer.data.get("message") or {}
        items = message.get("items") or []
        if items:
            with self._lock:
                self._answering.add(CROSSREF)
        wanted = set(dois)
        held: set[str] = set()
        whole = message.get("total-results") == len(items)
        for item in items:
            if not isinstance(item, dict):
                whole = False
                continue
            doi = str(item.get("DOI") or "").lower()
            if doi not in wanted:
                whole = False
                continue
            held.add(doi)
            outcome = Outcome(
                Status.FOUND,
                from_crossref(item),
                "doi",
                doi,
                (CROSSREF,),
                from_cache=answer.from_cache,
            )
            self.store.put(f"doi:{doi}", outcome)
            self._remember(f"doi:{doi}", outcome)
        if whole:  # an answer that accounts for every item: what it lacks, Crossref lacks
            with self._lock:
                for doi in wanted - held:
                    self._crossref_lacks[doi] = answer.from_cache

    @overload
    def _answer(self, key: str, ref: Reference) -> Outcome: ...

    @overload
    def _answer(
        self, key: str, ref: Reference, later: dict[str, Pending | DoiPending] | None
    ) -> Outcome | None: ...

    def _answer(
        self, key: str, ref: Reference, later: dict[str, Pending | DoiPending] | None = None
    ) -> Outcome | None:
        """The outcome for `key`, asked now; or, given `later`, None when it is left there to
        be asked with others: a search for PubMed (`_ask_pubmed_together`), a DOI for OpenAlex
        (`_ask_openalex_together`)."""
        known = self._answers.get(key)
        if known is not None:
            return known
        kind, _, value = key.partition(":")
        kept = None if self.settings.refresh else self.store.get(key)
        if kept is not None:
            with self._lock:
                self._answers.setdefault(key, kept)
            return self._answers[key]
        if self.settings.offline:
            return self._remember(key, _not_cached(key))
        try:
            if kind == "doi":
                asked = self._by_doi(value, later is not None)
                if isinstance(asked, DoiPending):
                    assert later is not None
                    with self._lock:
                        later[key] = asked
                    return None
                outcome = asked
            elif kind == "pmid":
                self._fetch_pmids([key])
                return self._answers[key]
            else:
                found = self._search(value, ref, later is not None)
                if isinstance(found, Pending):
                    assert later is not None
                    with self._lock:
                        later[key] = found
                    return None
                outcome = found
            self.store.put(key, outcome)
        except RegistryUnavailable as exc:
            outcome = Outcome(Status.FAILED, key=value, reason=str(exc))
            with self._lock:
                self._failures.append(str(exc))
        return self._remember(key, outcome)

    def _fail_all(self, asked: Iterable[tuple[str, str]], exc: RegistryUnavailable) -> None:
        """Every (key, what was asked) of a request that failed: unverified, never "not found"."""
        with self._lock:
            self._failures.append(str(exc))
        for key, what in asked:
            self._remember(key, Outcome(Status.FAILED, key=what, reason=str(exc)))

    def _remember(self, key: str, outcome: Outcome) -> Outcome:
        with self._lock:
            self._answers.setdefault(key, outcome)
        return self._answers[key]

    def _get(
        self,
        url: str,
        params: dict[str, str] | None = None,
        expect: shapes.Check | None = None,
    ) -> Any:
        client = self._get_client()
        if client is None:
            return None
        return client.get(url, params, expect)

    def _get_text(self, url: str, params: dict[str, str]) -> Any:
        client = self._get_client()
        if client is None:
            return None
        return client.get(url, params, text=True)

    def _get_client(self) -> Client | None:
        with self._lock:
            if self._client is None and not self.settings.offline:  # offline: the store only
                from refslint.lookup.http import Client

                self._client = Client(self.settings, self.notify)
                if self.run_started is not None:  # the run's budget, counted from its start
                    spent = max(0.0, time.time() - self.run_started)
                    self._client.started = time.monotonic() - spent
                    self._client.deadline = self._client.started + self.settings.budget
                if self._stopped:
                    self._client.deadline = time.monotonic()
                self._client.document(
                    self.settings.openalex_url, openalex.PER_SECOND, openalex.AT_ONCE
                )
                per_second = pubmed.PER_SECOND_WITH_KEY if self.settings.ncbi_api_key else None
                self._client.document(
                    self.settings.pubmed_url, per_second or pubmed.PER_SECOND, pubmed.AT_ONCE
                )
            return self._client

    def _by_doi(self, doi: str, defer: bool = False) -> Outcome | DoiPending:
        """Crossref, then DataCite, then OpenAlex (the DOIs of other agencies are there), of
        those asked; arXiv's DOIs start at DataCite. A DOI a Crossref batch lacked is not asked
        of Crossref again. With `defer`, OpenAlex's turn comes back as `DoiPending`, to be asked
        with other DOIs in one filter."""
        path = quote(doi, safe="/:;()<>[]")
        order = (DATACITE, openalex.OPENALEX) if ARXIV_DOI.match(doi) else DOI_REGISTRIES
        asked: list[str] = []
        cached = True
        for registry in order:
            if not self._asks(registry):
                continue
            if registry == openalex.OPENALEX and defer and openalex.batchable(doi):
                return DoiPending(doi, tuple(asked), cached)
            asked.append(registry)
            if registry == CROSSREF and doi in self._crossref_lacks:
                cached = cached and self._crossref_lacks[doi]
                continue
            answer = self._ask(registry, path)
            if answer is None:
                return Outcome(Status.OFFLINE, via="doi", key=doi, sources=tuple(asked))
            cached = cached and answer.from_cache
            if answer.status == 200:
                record = READERS[registry](answer.data)
                return Outcome(Status.FOUND, record, "doi", doi, tuple(asked), from_cache=cached)
        if not asked:
            return Outcome(Status.SKIPPED, key=doi, reason="no registry that holds DOIs is asked")
        return self._doi_missing(doi, asked, cached)

    def _doi_missing(self, doi: str, asked: Sequence[str], cached: bool) -> Outcome:
        """ "Not found", once every registry asked has shown it can find a DOI it holds
        (`RegistryUnavailable` otherwise)."""
        for registry in asked:
            self._check_answers(registry)
        return Outcome(Status.NOT_FOUND, None, "doi", doi, tuple(asked), from_cache=cached)

    def _ask_openalex_together(self, later: dict[str, DoiPending]) -> None:
        """OpenAlex asked about the DOIs no other registry held, `openalex.BATCH` to a request
        (`filter=doi:A|B|...`), the requests side by side within its limits."""
        waiting = list(later.items())
        chunks = [waiting[i : i + openalex.BATCH] for i in range(0, len(waiting), openalex.BATCH)]
        if len(chunks) == 1:
            self._openalex_batch(chunks[0])
            return
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            list(pool.map(self._openalex_batch, chunks))

    def _openalex_batch(self, chunk: list[tuple[str, DoiPending]]) -> None:
        """One DOI filter's answers, each kept under its own DOI. A DOI the answer lacks is
        "not found" only when the answer accounts for itself (`openalex.by_doi`); otherwise it
        is asked singly. A failed request fails its DOIs: unverified, never missing."""
        url = f"{self.settings.openalex_url}/works"
        dois = [p.doi for _, p in chunk]
        try:
            answer = self._get(url, openalex.doi_filter(dois), openalex.work_list)
            if answer is not None and answer.status != 200:  # a filter answers a list, if empty
                self._check_answers(openalex.OPENALEX)  # names the address, if it is that
                raise RegistryUnavailable(f"{url} answered 'not found' to a DOI filter: check it")
        except RegistryUnavailable as exc:
            self._fail_all(((key, p.doi) for key, p in chunk), exc)
            return
        if answer is None:  # offline, and this answer is not kept
            for key, p in chunk:
                sources = (*p.asked, openalex.OPENALEX)
                self._remember(key, Outcome(Status.OFFLINE, via="doi", key=p.doi, sources=sources))
            return
        found, whole = openalex.by_doi(answer.data, dois)
        if found:
            with self._lock:
                self._answering.add(openalex.OPENALEX)
        for key, p in chunk:
            asked = [*p.asked, openalex.OPENALEX]
            cached = p.from_cache and answer.from_cache
            record = found.get(p.doi)
            try:
                if record is not None:
                    outcome = Outcome(
                        Status.FOUND, record, "doi", p.doi, tuple(asked), from_cache=cached
                    )
                elif whole:
                    outcome = self._doi_missing(p.doi, asked, cached)
                else:
                    outcome = self._openalex_alone(p, asked)
                self.store.put(key, outcome)
            except RegistryUnavailable as exc:
                outcome = Outcome(Status.FAILED, key=p.doi, reason=str(exc))
                with self._lock:
                    self._failures.append(str(exc))
            self._remember(key, outcome)

    def _openalex_alone(self, p: DoiPending, asked: list[str]) -> Outcome:
        """One DOI asked of OpenAlex by itself, after a filter's answer left it in doubt."""
        answer = self._ask(openalex.OPENALEX, quote(p.doi, safe="/:;()<>[]"))
        if answer is None:
            return Outcome(Status.OFFLINE, via="doi", key=p.doi, sources=tuple(asked))
        cached = p.from_cache and answer.from_cache
        if answer.status == 200:
            record = openalex.from_openalex(answer.data)
            return Outcome(Status.FOUND, record, "doi", p.doi, tuple(asked), from_cache=cached)
        return self._doi_missing(p.doi, asked, cached)

    def _ask(self, registry: str, path: str) -> Any:
        """One DOI's answer from `registry` (its 200s noted: proof that it holds records)."""
        if registry == CROSSREF:
            url, expect = f"{self.settings.crossref_url}/works/{path}", shapes.crossref_record
        elif registry == DATACITE:
            url, expect = f"{self.settings.datacite_url}/dois/{path}", shapes.datacite_record
        else:
            url = f"{self.settings.openalex_url}/works/{openalex.DOI_PREFIX}{path}"
            expect = openalex.work
        answer = self._get(url, None, expect)
        if answer is not None and answer.status == 200:
            with self._lock:
                self._answering.add(registry)
        return answer

    def _check_answers(self, registry: str) -> None:
        """Raise `RegistryUnavailable` when `registry` says "not found" even to a DOI it holds.

        A wrong address or a proxy's error page answers 404 to everything; that must read as
        "could not verify", never as a list of missing works. Asked at most once a run, and only
        when the registry has not yet shown a record this run.
        """
        with self._lock:
            if registry in self._answering:
                return
        with self._checking:  # one question a registry, however many threads wonder
            if registry not in self._broken and registry not in self._answering:
                self._broken[registry] = self._finds_nothing(registry)
        why = self._broken.get(registry)
        if why is not None:
            raise RegistryUnavailable(why)

    def _finds_nothing(self, registry: str) -> str | None:
        """Why `registry` must not be believed when it says "not found", or None."""
        if registry == pubmed.PUBMED:
            return self._pubmed_matches_nothing()
        answer = self._ask(registry, KNOWN_DOIS[registry])
        if answer is None or answer.status != 404:
            return None
        url = {
            CROSSREF: self.settings.crossref_url,
            DATACITE: self.settings.datacite_url,
            openalex.OPENALEX: self.settings.openalex_url,
        }[registry]
        return (
            f"{url} answers 'not found' even for {KNOWN_DOIS[registry]}, "
            f"a DOI {registry} holds: check its address"
        )

    def _pubmed_matches_nothing(self) -> str | None:
        """Why PubMed's "no match" means nothing, or None: ecitmatch asked the citation NCBI's
        documentation matches must answer its PMID. An answer that cannot be had (offline, or
        a failure, which raises) is no proof of anything either way."""
        base = self.settings.pubmed_url
        who = pubmed.identify(self.settings.ncbi_api_key, self.settings.mailto)
        answer = self._get_text(
            f"{base}/ecitmatch.cgi", {**pubmed.ecitmatch([KNOWN_CITATION]), **who}
        )
        if answer is None:
            return None
        if answer.status == 200 and KNOWN_PMID in pubmed.matched(answer.data).values():
            return None
        return self._pubmed_cannot_match()

    def _pubmed_cannot_match(self) -> str:
        return (
            f"{self.settings.pubmed_url} matches nothing, not even PMID {KNOWN_PMID}, the "
            "citation of NCBI's own ecitmatch example: check its address"
        )

    def _asks(self, registry: str) -> bool:
        return registry.lower() in self.settings.registry_names

    def _search(self, query: str, ref: Reference, defer: bool = False) -> Outcome | Pending:
        """Crossref's candidates first; when none is this work, OpenAlex's and PubMed's too.

        "No record" needs every registry that covers the work to have been asked: one that
        could not be (down, offline) leaves the entry unverified, never missing. With `defer`,
        what PubMed is to be asked comes back as `Pending`, to be asked with other entries'.
        """
        asked: list[str] = []
        candidates: list[Record] = []
        cached = True
        if self._asks(CROSSREF):
            params = {"query.bibliographic": query, "rows": str(ROWS)}
            url = f"{self.settings.crossref_url}/works"
            answer = self._get(url, params, shapes.crossref_list)
            if answer is None:
                return Outcome(Status.OFFLINE, via="search", key=query, sources=(CROSSREF,))
            if answer.status != 200:  # a search always answers a list, if an empty one
                self._check_answers(CROSSREF)  # names the address, if it is that
                raise RegistryUnavailable(
                    f"{self.settings.crossref_url} answered 'not found' to a search: check it"
                )
            items = (answer.data.get("message") or {}).get("items") or []
            candidates = [from_crossref(item) for item in items if isinstance(item, dict)]
            asked, cached = [CROSSREF], answer.from_cache
        outcome = decide(ref, query, candidates, from_cache=cached, sources=asked)
        for registry, fetch in (
            (openalex.OPENALEX, self._openalex_candidates),
            (pubmed.PUBMED, self._pubmed_candidates),
        ):
            if outcome.status is Status.FOUND or not self._asks(registry):
                continue
            citation = pubmed.citation(ref) if registry == pubmed.PUBMED else None
            if defer and citation is not None:
                return Pending(ref, query, tuple(candidates), tuple(asked), cached, citation)
            found = fetch(ref)  # RegistryUnavailable: the entry is not verified
            if found is None:  # offline, and this registry's answer is not kept
                return Outcome(Status.OFFLINE, via="search", key=query, sources=(*asked, registry))
            if found.skipped:
                continue
            asked.append(registry)
            cached = cached and found.from_cache
            candidates.extend(found.records)
            outcome = decide(ref, query, candidates, from_cache=cached, sources=asked)
        if not asked:
            return Outcome(Status.SKIPPED, key=query, reason="no registry that searches is asked")
        return outcome

    def _ask_pubmed_together(self, later: dict[str, Pending]) -> None:
        """PubMed asked about many searches at once: one ecitmatch request for up to
        `pubmed.BATCH` citations, then one esummary request for the PMIDs it matched."""
        base = self.settings.pubmed_url
        who = pubmed.identify(self.settings.ncbi_api_key, self.settings.mailto)
        waiting = list(later.items())
        for start in range(0, len(waiting), pubmed.BATCH):
            chunk = waiting[start : start + pubmed.BATCH]
            cited = [p.citation._replace(key=str(n)) for n, (_, p) in enumerate(chunk)]
            try:
                found = self._pubmed_records(base, cited, who)
            except RegistryUnavailable as exc:
                self._fail_all(((key, p.query) for key, p in chunk), exc)
                continue
            for n, (key, p) in enumerate(chunk):
                asked = (*p.asked, pubmed.PUBMED)
                if found is None:  # offline, and PubMed's answer is not kept
                    outcome = Outcome(Status.OFFLINE, via="search", key=p.query, sources=asked)
                    self._remember(key, outcome)
                    continue
                records, cached = found
                extra = [records[str(n)]] if str(n) in records else []
                outcome = decide(
                    p.ref,
                    p.query,
                    [*p.candidates, *extra],
                    from_cache=p.from_cache and cached,
                    sources=asked,
                )
                self.store.put(key, outcome)
                self._remember(key, outcome)

    def _pubmed_records(
        self, base: str, cited: list[pubmed.Citation], who: dict[str, str]
    ) -> tuple[dict[str, Record], bool] | None:
        """citation key -> PubMed record, for the citations ecitmatch matches; None offline.

        Until PubMed has matched something this run, the question carries one more line, the
        citation it surely holds (`KNOWN_CITATION`): its answer says, at no extra request,
        whether a "no match" to the others can be believed."""
        with self._lock:
            proving = pubmed.PUBMED not in self._answering and pubmed.PUBMED not in self._broken
        asked = [*cited, KNOWN_CITATION] if proving else cited
        answer = self._get_text(f"{base}/ecitmatch.cgi", {**pubmed.ecitmatch(asked), **who})
        if answer is None:
            return None
        if answer.status != 200:
            raise RegistryUnavailable(f"{base} answered 'not found' to ecitmatch: check it")
        found = pubmed.matched(answer.data)
        known = found.pop(KNOWN_CITATION.key, None) if proving else None
        matched = {key: pmid for key, pmid in found.items() if pmid}
        if known == KNOWN_PMID:
            with self._lock:
                self._answering.add(pubmed.PUBMED)
        elif proving and not matched:
            with self._checking:
                self._broken.setdefault(pubmed.PUBMED, self._pubmed_cannot_match())
        if not matched:
            self._check_answers(pubmed.PUBMED)  # "no match" to all: believed if it can match
            return {}, answer.from_cache
        with self._lock:
            self._answering.add(pubmed.PUBMED)
        pmids = sorted(set(matched.values()))
        summary = self._get(
            f"{base}/esummary.fcgi", {**pubmed.esummary(pmids), **who}, pubmed.summary_answer
        )
        if summary is None:
            return None
        if summary.status != 200:
            raise RegistryUnavailable(f"{base} answered 'not found' to esummary: check it")
        records = pubmed.records(summary.data)
        by_key = {key: records[pmid] for key, pmid in matched.items() if pmid in records}
        return by_key, answer.from_cache and summary.from_cache

    def _openalex_candidates(self, ref: Reference) -> Candidates | None:
        title = ref.title.text if ref.title is not None else ""
        url = f"{self.settings.openalex_url}/works"
        answer = self._get(url, openalex.title_search(title), openalex.work_list)
        if answer is None:
            return None
        if answer.status != 200:
            self._check_answers(openalex.OPENALEX)  # names the address, if it is that
            raise RegistryUnavailable(f"{url} answered 'not found' to a search: check its address")
        return Candidates(tuple(openalex.results(answer.data)), answer.from_cache)

    def _pubmed_candidates(self, ref: Reference) -> Candidates | None:
        """The PubMed record ecitmatch finds for the entry's journal, year, volume, first page
        and first author; nothing asked when the entry lacks one of them."""
        citation = pubmed.citation(ref)
        if citation is None:
            return Candidates((), True, skipped=True)
        who = pubmed.identify(self.settings.ncbi_api_key, self.settings.mailto)
        found = self._pubmed_records(self.settings.pubmed_url, [citation], who)
        if found is None:
            return None
        records, cached = found
        return Candidates(tuple(records.values()), cached)


@dataclass(frozen=True)
class Pending:
    """A search whose candidates are not the work yet, waiting for PubMed's word."""

    ref: Reference
    query: str
    candidates: tuple[Record, ...]
    asked: tuple[str, ...]
    from_cache: bool
    citation: pubmed.Citation


@dataclass(frozen=True)
class DoiPending:
    """A DOI the registries before OpenAlex do not hold, waiting for OpenAlex's word."""

    doi: str
    asked: tuple[str, ...]
    from_cache: bool


@dataclass(frozen=True)
class Candidates:
    """What one more registry offered for a search."""

    records: tuple[Record, ...]
    from_cache: bool
    skipped: bool = False  # the registry could not be asked about this entry at all


_STATUS = {
    Verdict.CONFIRMED: Status.FOUND,
    Verdict.OTHER_AUTHORS: Status.OTHER_AUTHORS,
    Verdict.NO_RECORD: Status.NOT_FOUND,
    Verdict.UNDECIDED: Status.UNCERTAIN,
}


def decide(
    ref: Reference,
    query: str,
    candidates: Iterable[Record],
    *,
    from_cache: bool = False,
    sources: Sequence[str] = (),
) -> Outcome:
    """The outcome of a search: the candidate that is this work, or the nearest one and why it
    is not (see `refslint.lookup.verdict`). Candidates may come from any registry; `sources`
    names every registry asked, whether or not it offered any."""
    candidates = list(candidates)
    decision = judge(ref, candidates)
    sources = tuple(sources) or tuple(dict.fromkeys(r.source for r in candidates)) or (CROSSREF,)
    return Outcome(
        _STATUS[decision.verdict],
        decision.record,
        "search",
        query,
        sources,
        reason=decision.reason,
        from_cache=from_cache,
        notes=decision.notes,
    )
