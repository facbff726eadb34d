"""The lookup pre-pass of a `refslint --jobs N` run: the files' questions asked by the run itself.

Workers that each ask their own file's questions ask the same registry answers side by side
(lists share works), and their Crossref and OpenAlex batches overlap. So the run's own process
reads and parses the files whose rules look things up (offline parsing is cheap, and an entry
printed in several lists is parsed once), and answers their references through the lookup
service's own `prefetch`, the one path every lookup takes: DOIs in Crossref and OpenAlex filters,
PMIDs and citations in PubMed batches, within the registry budget every process shares. It goes
through the files in order, in groups that double (1, 2, 4, ... files), so that the first files
are ready within moments and later groups fill whole batches; a file's lookup step is handed to
a worker only once its answers are in the cache, and the workers lint the files answered while
the pre-pass asks the next ones. A question already answered in the run is never asked again.
The next groups are read and parsed by a thread of their own while a group's questions are asked
(up to `AHEAD_REFS` references ahead), so that the next questions go as soon as a group is
answered, and each file read is known by its own questions: it is ready once they are answered
(`answered`), even while others of its group wait for theirs.

Whatever cuts it short (the budget spent, a registry down, Ctrl-C, an error of its own) leaves
the workers to ask what is missing, as they would without it. Reports stay those of `--jobs 1`:
the run counts an answer the pre-pass fetched as fetched in this run, not as found in the cache.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from refslint.model import Reference
    from refslint.notes import Note
    from refslint.session import Session

STDIN = "-"
MOST = 64  # files in the largest group
AHEAD_REFS = 2000  # references parsed ahead of the group being asked, at most (always one group)


class Ahead:
    """The pre-pass, run in a thread of the run's process: `wait_for(n)` until the first n
    files' lookups are answered (or the pre-pass ended), `stop()` on Ctrl-C."""

    def __init__(self, files: list[str], probe: Session):
        self.started = time.time()  # the run's lookups begin: its budget counts from here
        self._files = files
        self._probe = probe  # a session of the run's options, its lookup service made
        self._ready = 0
        self._asking = False  # its first questions are under way (or it ended)
        self._fetched: set[str] = set()
        self._told = 0
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="refslint-lookups", daemon=True)
        self._parsed: deque[list[Reference] | None] = deque()  # groups read ahead; None: no more
        self._queued = 0  # references in `_parsed`
        self._reading = threading.Condition()
        self._stopped = False
        # a file read ahead, not yet ready: the questions of its own still unanswered
        self._waiting: dict[int, set[str]] = {}
        self._by_key: dict[str, list[int]] = {}  # a question: the files waiting on it
        self._looked = 0  # the service's answers looked at so far
        self._known: set[str] = set()  # and their keys
        self._early: list[int] = []  # files answered beyond `_ready`, not yet taken

    def start(self) -> None:
        service = self._probe.lookup
        if service is not None:
            service.run_started = self.started
            self._thread.start()
        else:
            self._ready = len(self._files)
            self._asking = True

    def wait_for(self, count: int, seconds: float) -> bool:
        """True once the first `count` files are answered; False after `seconds` otherwise."""
        with self._changed:
            return self._changed.wait_for(lambda: self._ready >= count, seconds)

    def answered(self) -> list[int]:
        """Files whose own questions are all answered beyond the first `wait_for` counts, since
        last asked, in order: a file's lookup step need not wait for the rest of its group."""
        service = self._probe.lookup
        with self._changed:
            if service is not None:
                for key in service.answered_since(self._looked):
                    self._looked += 1
                    self._known.add(key)
                    for index in self._by_key.pop(key, ()):
                        waiting = self._waiting.get(index)
                        if waiting is not None:
                            waiting.discard(key)
                            if not waiting:
                                del self._waiting[index]
                                self._early.append(index)
            found = sorted(index for index in self._early if index >= self._ready)
            self._early = []
            return found

    def asking(self) -> bool:
        """Whether its first questions are under way (or it has ended): until then it is the
        run's start-up, which other work should not slow."""
        with self._changed:
            return self._asking

    def fetched(self, key: str) -> bool:
        """Whether the pre-pass fetched `key` from a registry in this run (so far: a file may be
        reported before its group's questions are all answered)."""
        service = self._probe.lookup
        with self._changed:
            if key in self._fetched:
                return True
        return service is not None and service.fetched(key)

    def spans(self) -> list[tuple[float, float]]:
        """When its lookups ran (`Tally.spans`), for the run's lookup seconds."""
        service = self._probe.lookup
        return list(service.tally.spans) if service is not None else []

    def notes(self) -> list[Note]:
        """What its lookups saw worth saying since last asked."""
        notes = self._probe.notes[self._told :]
        self._told += len(notes)
        return notes

    def stop(self, seconds: float = 5.0) -> None:
        """Ask nothing more: what is queued fails at once, what is under way ends within its
        timeout (waited for up to `seconds`)."""
        self._stopped = True
        with self._reading:
            self._reading.notify_all()
        service = self._probe.lookup
        if service is not None:
            service.stop()
        if self._thread.is_alive():
            self._thread.join(seconds)

    def _run(self) -> None:
        service = self._probe.lookup
        assert service is not None
        ends = groups(len(self._files))
        reader = threading.Thread(
            target=self._read_ahead, args=(ends,), name="refslint-reading", daemon=True
        )
        reader.start()
        try:
            for end in ends:
                refs = self._next_group()
                if refs is None or self._stopped:
                    break
                with self._changed:
                    self._asking = True
                if refs:
                    service.prefetch(refs)
                fetched = service.fetched_this_run()
                with self._changed:
                    self._fetched.update(fetched)
                    self._ready = end
                    self._changed.notify_all()
        except Exception:  # its workers ask what it could not: the run goes on as without it
            pass
        finally:
            self._stopped = True  # the reader too
            with self._reading:
                self._reading.notify_all()
            with self._changed:
                self._ready = len(self._files)
                self._asking = True
                self._changed.notify_all()

    def _read_ahead(self, ends: list[int]) -> None:
        """The groups' new references, parsed in order while earlier groups are asked."""
        seen: dict[str, str | None] = {}
        start = 0
        try:
            for end in ends:
                with self._reading:
                    self._reading.wait_for(lambda: self._stopped or self._queued < AHEAD_REFS)
                if self._stopped:
                    break
                refs, asks = references(self._files[start:end], self._probe, seen)
                with self._changed:  # from now on, each of these files is ready once answered
                    for index, keys in enumerate(asks, start):
                        if keys is None:
                            continue
                        waiting = keys - self._known
                        if not waiting:
                            self._early.append(index)
                            continue
                        self._waiting[index] = waiting
                        for key in waiting:
                            self._by_key.setdefault(key, []).append(index)
                start = end
                with self._reading:
                    self._parsed.append(refs)
                    self._queued += len(refs)
                    self._reading.notify_all()
        except Exception:  # the asking ends with what was read; the workers ask the rest
            pass
        finally:
            with self._reading:
                self._parsed.append(None)
                self._reading.notify_all()

    def _next_group(self) -> list[Reference] | None:
        """The next group's references as read ahead; None when no more will come."""
        with self._reading:
            self._reading.wait_for(lambda: bool(self._parsed))
            refs = self._parsed.popleft()
            if refs is not None:
                self._queued -= len(refs)
                self._reading.notify_all()
            return refs


def groups(count: int) -> list[int]:
    """Where each group of `count` files ends: groups of 1, 2, 4, ... up to `MOST` files."""
    ends, end, size = [], 0, 1
    while end < count:
        end = min(end + size, count)
        ends.append(end)
        size = min(size * 2, MOST)
    return ends


def references(
    files: list[str], probe: Session, seen: dict[str, str | None]
) -> tuple[list[Reference], list[set[str] | None]]:
    """The references of `files` whose rules look things up, each entry text not in `seen` parsed
    as a worker would parse it (`seen` then gives its question: `lookup_key`), and each file's
    questions (None for a file left to its turn); a file that cannot be read or parsed is left
    for its worker to report, and standard input and Word or PDF files for their turn."""
    from refslint.cli import _name, _read
    from refslint.grammar import parse_entry
    from refslint.lookup.service import lookup_key
    from refslint.sources import read_document

    refs: list[Reference] = []
    asks: list[set[str] | None] = []
    for file in files:
        asks.append(None)
        if file == STDIN or file.lower().endswith((".docx", ".pdf")):
            continue
        name = _name(file)
        try:
            if not any(rule.requires_lookup for rule in probe.rules_for(name)):
                continue
            document = read_document(name, _read(file))
        except Exception:  # its worker says what is wrong with it
            continue
        keys: set[str] = set()
        for entry in document.entries:
            body = entry.text[entry.label_end :]  # the same work, whatever its number
            if body not in seen:
                seen[body] = None
                with contextlib.suppress(Exception):
                    ref = parse_entry(entry)
                    refs.append(ref)
                    seen[body] = lookup_key(ref)
            key = seen[body]
            if key is not None:
                keys.add(key)
        asks[-1] = keys
    return refs, asks
