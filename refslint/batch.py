"""`refslint --jobs N`: many files linted in worker processes, reported as one process would.

Each worker builds its own `Session` with the run's options and lints one file at a time, exactly
as the command does (`cli._lint_file`: reading, `--fix`/`--diff`, writing back), and sends back
what that file came to: its findings, errors, fixes, what it wrote on stderr, and what its lookups
came to. The run's own session takes the files back in the order they were named and prepares
each one linted (`Session.prepare`), so the run-level rules (RL409) and the lookup summary speak
once for the whole run, from every worker's lookups. Reports are byte for byte those of
`--jobs 1`.

Bounds: `jobs` processes, each linting one file at a time, and at most `AHEAD` chunks of files
per worker handed out beyond the next to report, so 10,000 files never mean 10,000 lookups under
way; each worker's lookups go through the registry budget kept in the cache folder (or Redis),
which every process using it shares.

Ctrl-C: workers ignore SIGINT (a terminal sends it to the whole process group). The run tells
them to stop after the file each is linting, waits up to `GRACE` seconds for the files of their
chunks finished so far (offline; a run that looks things up hands out one file at a time and
waits for none), stops them, reports every file finished, and the command exits 130. Only a
file still being linted when the grace ends is lost, with the files of its chunk before it.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import argparse
    from concurrent.futures import Future, ProcessPoolExecutor

    from refslint.cli import Run
    from refslint.notes import Note
    from refslint.prepass import Ahead
    from refslint.session import Linted, Session, Staged
    from refslint.sources.document import Document

AHEAD = 4  # chunks handed out per worker beyond those being reported: bounds memory and lookups
CHUNK_BYTES = 65_536  # offline, a worker is handed files in chunks of about this many bytes
CHUNK_FILES = 32  # or this many files, whichever comes first (online: one at a time)
SHARE = 2  # offline, a chunk is at most 1/(SHARE x jobs) of the files not yet handed out
STDIN = "-"
GRACE = 2.0  # seconds Ctrl-C waits for workers to hand back the files of a chunk they finished
PRELOAD = [
    "refslint.cli",
    "refslint.batch",
    "refslint.staged",
    "refslint.engine",
    "refslint.preload",
]


class JobsError(ValueError):
    """`--jobs` was given something other than a count of processes."""


def parse_jobs(value: str | None) -> int:
    """The number of worker processes `--jobs` asks for: a count, or `0`/`auto` for one per CPU
    this process may run on. None (no flag) is 1: the run stays in this process."""
    if value is None:
        return 1
    text = value.strip().lower()
    if text in ("0", "auto"):
        return cpus()
    if text.isdigit() and int(text) > 0:
        return int(text)
    raise JobsError(
        f"--jobs takes a number of processes (1 or more), or 0 or auto for one per CPU; "
        f"not {value!r}"
    )


def cpus() -> int:
    """CPUs this process may run on (its affinity, where the system says it)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        with contextlib.suppress(OSError):
            return max(1, len(affinity(0)))
    return max(1, os.cpu_count() or 1)


@dataclass
class Done:
    """What linting one file in a worker came to."""

    run: Run
    linted: bool = False  # the file was read and linted (not skipped or unreadable)
    stderr: str = ""  # notes it wrote, shown in the file's turn
    spent: Any = None  # its lookups (`lookup.service.Spent`), or None
    setup_error: str = ""  # the worker's session could not be made or used (a `SessionError`)
    notes: list[Note] = field(default_factory=list)  # what its session saw worth saying


@dataclass
class _Worker:
    session: Session
    args: argparse.Namespace
    stop: Any  # a `multiprocessing.Event`: set on Ctrl-C, seen between files
    channels: Any = None  # a lookup run's queues to and from each worker (`refslint.staged`)


_worker: _Worker | None = None


class _Watched:
    """The worker's session as `cli._lint_file` uses it, noting whether the file was linted: a
    file that could not be read never reaches `lint`, and must not count for the run's rules."""

    def __init__(self, session: Session, staged: Staged | None = None):
        self.session = session
        self.linted = False
        self.staged = staged  # the file's offline part, done while its answers were asked

    def lint(self, path: str, text: str, document: Document | None = None) -> Linted:
        self.linted = True
        staged, self.staged = self.staged, None
        if staged is not None and document is None and (path, text) == (staged.path, staged.text):
            return self.session.complete(staged)
        return self.session.lint(path, text, document)


def lint_files(
    files: list[str], session: Session, run: Run, args: argparse.Namespace, jobs: int
) -> None:
    """Lint `files` in `jobs` processes into `run`, in their order; `run.interrupted` when Ctrl-C
    stopped it (what was finished is in `run`)."""
    from refslint.cli import _lint_file, _name

    options = _session_options(session)
    source, probe = _lookup_source(files, options)
    jobs = max(1, min(jobs, len(files)))
    if probe is not None:  # the registries are asked: each file in two steps
        from refslint.staged import lint_looking_up

        lint_looking_up(files, session, run, args, jobs, options, source, probe)
        return
    bar = _progress(len(files), args)
    pool, stop = _pool(jobs, options, args, source, None)
    pending: deque[tuple[list[str], Future[list[Done]] | None]] = deque()
    online = source is not None and not session.offline  # files may wait on registries
    queue = _chunks(files, 1) if online else _guided(files, jobs)
    reported = 0
    try:
        while True:
            while len(pending) < jobs * (AHEAD + 1):
                chunk = next(queue, None)
                if chunk is None:
                    break
                task = None if chunk == [STDIN] else pool.submit(_lint_some, chunk)
                pending.append((chunk, task))
            if not pending:
                break
            chunk, task = pending[0]
            done = None if task is None else _wait(chunk[0], task)
            if done is None:  # standard input is this process's to read
                pending.popleft()
                with _quiet(bar):
                    _lint_file(STDIN, session, run, args)
                reported += 1
                bar.update()
                continue
            with whole():  # taken in from here on: never twice, never half
                pending.popleft()
                for file, one in zip(chunk, done, strict=False):
                    _take(_name(file), one, session, run, bar, None)
                    reported += 1
                    bar.update()
    except KeyboardInterrupt:
        if not online:  # chunks of many files: take back the files of each finished so far
            _finish_files(stop, [task for _, task in pending if task is not None])
        _stop(pool, None)
        for chunk, task in pending:  # finished, though after one that was not
            finished = task is not None and task.done() and not task.cancelled()
            if task is not None and finished and task.exception() is None:
                for file, one in zip(chunk, task.result(), strict=False):
                    _take(_name(file), one, session, run, bar, None)
                    reported += 1
        run.interrupted = True
        bar.close()
        print(
            f"refslint: interrupted: {reported} of {len(files)} files linted and reported",
            file=sys.stderr,
        )
        return
    except BaseException:
        _stop(pool, None)
        raise
    finally:
        bar.close()
    pool.shutdown()
    lookup = session.lookup
    if lookup is not None:  # workers looked up side by side: each moment counted once
        from refslint.lookup.service import covered

        lookup.tally.seconds = covered(lookup.tally.spans)


def _chunks(files: list[str], most: int | Callable[[int], int]) -> Iterator[list[str]]:
    """The files in the order named, in the groups a worker is handed at once: small files go
    together (up to CHUNK_BYTES or `most` files; `most` may be a function of how many files are
    not yet in a chunk), so that 10,000 small files are not 10,000 round trips; standard input
    alone, for this process to read. A run that looks things up hands out one file at a time
    (`most` 1): a file may wait seconds on a registry, and Ctrl-C reports every file finished."""
    limit = most if callable(most) else lambda _left: most
    chunk: list[str] = []
    size = 0
    left = len(files)  # not yet in a chunk
    cap = 1
    for file in files:
        if not chunk:
            cap = limit(left)
        left -= 1
        if file == STDIN:
            if chunk:
                yield chunk
            yield [STDIN]
            chunk, size = [], 0
            continue
        with contextlib.suppress(OSError):  # for its worker to say what is wrong with it
            size += os.stat(file).st_size
        chunk.append(file)
        if size >= CHUNK_BYTES or len(chunk) >= cap:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _guided(files: list[str], jobs: int) -> Iterator[list[str]]:
    """Offline: the files in the order named, in chunks that shrink as the run nears its end.

    A chunk holds up to CHUNK_FILES files or CHUNK_BYTES, and at most 1/(SHARE x jobs) of the
    files not yet handed out, never less than one file: early chunks are big, so that a worker
    costs few round trips, and the last ones are single files, so that the workers finish
    together instead of one linting a whole chunk while the others wait. Standard input goes
    alone, for this process to read."""
    return _chunks(files, lambda left: max(1, min(CHUNK_FILES, left // (SHARE * jobs))))


def _wait(file: str, task: Future[list[Done]]) -> list[Done]:
    """The task's result, waited for in short steps so that Ctrl-C is seen at once. A worker that
    died (killed, out of memory) fails the run with one line, never a hang."""
    from concurrent.futures import wait
    from concurrent.futures.process import BrokenProcessPool

    from refslint.cli import Failure

    while not task.done():
        wait([task], timeout=0.2)
    try:
        return task.result()
    except BrokenProcessPool:
        raise Failure(
            f"{file}: the worker process linting it (or a file after it) ended unexpectedly "
            "(killed, or out of memory?); nothing was reported"
        ) from None


def _finish_files(stop: Any, tasks: list[Future[list[Done]]]) -> None:
    """Ctrl-C: workers end their chunks after the file each is linting, so that what they
    finished comes back; chunks not yet begun are dropped. Waits `GRACE` seconds at most (a
    second Ctrl-C ends the wait)."""
    from concurrent.futures import wait

    stop.set()
    running = [task for task in tasks if not task.cancel()]
    with contextlib.suppress(KeyboardInterrupt):
        wait(running, timeout=GRACE)


def _stop(pool: ProcessPoolExecutor, ahead: Ahead | None) -> None:
    """Stop the workers and the pre-pass now, whatever they are doing: a lookup may wait a minute,
    and Ctrl-C means now. Files they were writing (`--fix`) are replaced whole or not at all."""
    if ahead is not None:
        ahead.stop()
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
    else:  # the pool's workers are this process's only multiprocessing children
        import multiprocessing

        for process in multiprocessing.active_children():
            with contextlib.suppress(Exception):
                process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def _take(name: str, done: Done, session: Session, run: Run, bar: Any, ahead: Ahead | None) -> None:
    """Fold one file's result into the run, as if this process had linted it: what the pre-pass
    fetched counts as fetched in this run, as `--jobs 1` counts it, not as found in the cache."""
    from refslint.cli import Failure

    if done.setup_error:
        raise Failure(done.setup_error)
    with _quiet(bar):
        if done.stderr:
            sys.stderr.write(done.stderr)
            sys.stderr.flush()
        if done.linted:
            session.prepare(name)  # its rules and lookup table, notes included, in turn
        if ahead is not None:
            _say(ahead.notes(), session)
        _say(done.notes, session)
    if done.spent is not None and session.lookup is not None:
        if ahead is not None:
            done.spent.from_cache -= sum(ahead.fetched(key) for key in done.spent.cached)
        session.lookup.absorb(done.spent)
    part = done.run
    run.results.extend(part.results)
    run.errors.extend(part.errors)
    run.files += part.files
    run.entries += part.entries
    run.fixed += part.fixed
    run.diffs.extend(part.diffs)
    run.sources.extend(part.sources)
    run.entry_lines.update(part.entry_lines)  # a Word or PDF file's entries, for the HTML report


def _lint_some(files: list[str]) -> list[Done]:
    """A worker's task: the files of one chunk, in order; those finished when Ctrl-C came."""
    assert _worker is not None
    done = []
    for file in files:
        if _worker.stop.is_set():
            break
        done.append(_lint_one(file))
    return done


def _lint_one(file: str, staged: Staged | None = None) -> Done:
    """A worker's task: lint one file as the command would, capturing what it writes on stderr;
    with `staged`, its offline part (`Session.begin`) was done already."""
    from refslint.cli import Run, _lint_file
    from refslint.engine import fewer_collections
    from refslint.session import SessionError

    assert _worker is not None
    session = _worker.session
    run = Run()
    watched = _Watched(session, staged)
    captured = io.StringIO()
    try:
        lookup = session.lookup
        mark = lookup.mark() if lookup is not None else None
        said = len(session.notes)
        with fewer_collections(), contextlib.redirect_stderr(captured):
            _lint_file(file, cast("Session", watched), run, _worker.args)
        lookup = session.lookup
        spent = None
        if lookup is not None:
            spent = lookup.spent_since(mark) if mark is not None else lookup.spent_since()
    except SessionError as exc:
        return Done(run, setup_error=str(exc))
    notes = session.notes[said:] if staged is None else [*staged.notes, *session.notes[said:]]
    return Done(run, watched.linted, captured.getvalue(), spent, notes=notes)


def _start(
    options: dict[str, Any],
    args: argparse.Namespace,
    source: str | None,
    began: float | None,
    environment: dict[str, str],
    folder: str,
    stop: Any,
    channels: Any = None,
) -> None:
    """A worker's set-up: its own session with the run's options and lookup table, in the run's
    environment and folder (a fork server keeps those it was started with)."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the run decides what Ctrl-C stops
    _end_with(os.getppid())
    os.environ.clear()
    os.environ.update(environment)
    os.chdir(folder)
    from refslint.session import Session, SessionError

    session = Session(**options)
    _worker = _Worker(session, args, stop, channels)
    if source is not None:
        with contextlib.suppress(SessionError):  # said by the first task that meets it
            session.prepare(source)
        if session.lookup is not None:  # the run's budget, counted from the run's start
            session.lookup.run_started = began


def _say(notes: list[Note], session: Session) -> None:
    """Say each note once a run, in order: a note every process makes (the HTTP cache rebuilt)
    comes back from every worker, and one the run's own session made is said already."""
    for note in notes:
        if note not in session.notes:
            session.notify(note)


def _end_with(parent: int) -> None:
    """End this worker when the process that started it ends, however it ends (SIGTERM from a CI
    runner, SIGKILL): an idle worker waits on its task queue forever otherwise, holding the run's
    output pipes open. Looked for each second by a daemon thread (portable, and a worker never
    forks)."""
    import threading

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="refslint-parent-watch", daemon=True).start()


def _session_options(session: Session) -> dict[str, Any]:
    """What a worker's session is built from: the run's, without progress or notes (the run's
    own session says what is said of the run)."""
    return {
        "selection": session.selection,
        "config": session.config_path,
        "today": session.today,
        "offline": session.offline,
        "refresh": session.refresh,
        "strict_lookup": session.strict_lookup,
    }


def _lookup_source(files: list[str], options: dict[str, Any]) -> tuple[str | None, Session | None]:
    """The first file whose rules look things up: its config's lookup table serves the run (as
    one process takes the first file's), so every worker is given it before its first file. Found
    by a session of the run's options, which also says now, in this process, a `cache-url` that
    cannot be used; returned open when the run asks registries, for the lookup pre-pass
    (`refslint.prepass`), else closed."""
    from refslint.cli import _name
    from refslint.session import Session

    probe = Session(**options)
    kept = False
    try:
        for file in files:
            name = _name(file)
            if any(r.requires_lookup for r in probe.rules_for(name)):
                probe.prepare(name)
                kept = probe.lookup is not None and not probe.lookup.settings.offline
                return name, probe if kept else None
        return None, None
    finally:
        if not kept:
            probe.close()


def _pool(
    jobs: int,
    options: dict[str, Any],
    args: argparse.Namespace,
    source: str | None,
    began: float | None,
    channels: Any = None,
    context: Any = None,
) -> tuple[ProcessPoolExecutor, Any]:
    """The worker processes, and the event that tells them to stop; `channels` (made in
    `context`, `_context()`'s) are handed to each worker."""
    from concurrent.futures import ProcessPoolExecutor

    context = _context() if context is None else context
    stop = context.Event()
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=context,
        initializer=_start,
        initargs=(options, args, source, began, dict(os.environ), os.getcwd(), stop, channels),
    )
    return pool, stop


def _context() -> Any:
    """How workers are started. On Linux, forked from this process while it runs one thread (no
    lock can be caught held), so they start at once with the rules loaded; elsewhere, or beside
    threads, by a fork server (a clean process that loads the rules and grammar once,
    `refslint.preload`) where there is one, else spawned."""
    import multiprocessing
    import threading

    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        method = "fork"
    else:
        method = "forkserver" if "forkserver" in methods else "spawn"
    context = multiprocessing.get_context(method)
    if method == "fork":
        import refslint.preload  # noqa: F401  (readies what the workers inherit)
    elif method == "forkserver":
        context.set_forkserver_preload(PRELOAD)
    return context


def _progress(total: int, args: argparse.Namespace) -> Any:
    """One bar for the run, on a terminal only: never in a pipe, a file or a CI log (where tqdm
    is not even imported). Without tqdm's monitor thread: the bar moves with each file reported,
    and this process must stay single-threaded for its workers to be forked."""
    if args.format != "text" or not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm

    class Bar(tqdm):
        monitor_interval = 0

    return Bar(total=total, unit="file", desc="Linting", file=sys.stderr, leave=False)


class _NoBar:
    """The bar's part where none is shown."""

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass

    @contextlib.contextmanager
    def external_write_mode(self, file: Any = None) -> Iterator[None]:
        yield


@contextlib.contextmanager
def _quiet(bar: Any) -> Iterator[None]:
    """Write on stderr with the bar out of the way."""
    with bar.external_write_mode(file=sys.stderr):
        yield


@contextlib.contextmanager
def whole() -> Iterator[None]:
    """Hold Ctrl-C while one result is taken into the run, then let it through: a file is in the
    run and counted as reported, or neither, so the interrupted line agrees with the summary."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, _: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if caught:
            signal.raise_signal(signal.SIGINT)
