"""The lookup pre-pass of a `refslint --jobs N` run: every file's questions asked at once, first.

Workers that each ask their own file's questions ask the same registry answers side by side
(lists share works), and their Crossref and OpenAlex batches overlap: 200 lists of 50 entries
mean 200 small batches instead of a few full ones. So before any worker starts, the run's own
process reads and parses every file whose rules look things up (offline parsing is cheap),
gathers every distinct reference, and answers them all through the lookup service's own
`prefetch`, the one path every lookup takes: DOIs in Crossref and OpenAlex filters, PMIDs and
citations in PubMed batches, within the registry budget every process shares. The answers land
in the cache; the workers then lint against a warm cache and ask only what the pre-pass could
not answer (a registry down, the budget spent, Ctrl-C).

Reports stay those of `--jobs 1`: a worker counts an answer the pre-pass fetched as fetched in
this run, not as found in the cache (`LookupService.fetched_this_run`).
"""

from __future__ import annotations

import contextlib
import signal
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from refslint.model import Reference
    from refslint.notes import Note
    from refslint.session import Session

STDIN = "-"


@dataclass
class Prepass:
    """What the pre-pass came to, for the workers and the run."""

    started: float  # wall-clock time the run's lookups began: the budget counts from here
    fetched: frozenset[str] = frozenset()  # keys answered from a registry in this run
    interrupted: bool = False  # Ctrl-C came while it ran
    notes: list[Note] = field(default_factory=list)  # what its lookups saw worth saying


def references(files: list[str], probe: Session) -> list[Reference]:
    """Every reference of every file whose rules look things up, parsed as a worker would parse
    it; a file that cannot be read or parsed is left for its worker to report."""
    from refslint.cli import _name, _read
    from refslint.grammar import parse_entry
    from refslint.sources import read_document

    refs: list[Reference] = []
    for file in files:
        if file == STDIN or file.lower().endswith((".docx", ".pdf")):
            continue  # read in its turn (standard input) or by its own reader
        name = _name(file)
        try:
            if not any(rule.requires_lookup for rule in probe.rules_for(name)):
                continue
            document = read_document(name, _read(file))
        except Exception:  # its worker says what is wrong with it
            continue
        for entry in document.entries:
            with contextlib.suppress(Exception):
                refs.append(parse_entry(entry))
    return refs


def look_up_first(files: list[str], probe: Session) -> Prepass:
    """Answer every file's lookups in this process, in as few requests as the registries allow.

    `probe` is a session with the run's options whose lookup service (the first lookup file's
    table) is made. Ctrl-C stops it within a moment: the budget's deadline is moved to now, so
    what is queued fails at once instead of being asked."""
    started = time.time()
    service = probe.lookup
    if service is None or service.settings.offline:
        return Prepass(started)
    service.run_started = started
    refs = references(files, probe)
    interrupted = False

    def stop(signum: int, frame: Any) -> None:
        nonlocal interrupted
        interrupted = True
        service.stop()

    previous = signal.signal(signal.SIGINT, stop)
    try:
        service.prefetch(refs)
    finally:
        signal.signal(signal.SIGINT, previous)
    return Prepass(started, frozenset(service.fetched_this_run()), interrupted, list(probe.notes))
