"""A `refslint --jobs N` run that asks the registries: each file linted in two steps.

The run's own process asks every file's questions first (`refslint.prepass`), in groups of files
that double in size. The rules that need no answer (every rule without `requires_lookup`, and
the parsing they share with the others) need not wait for it: each worker does that offline part
of any file at once (`Session.begin`) and keeps it, and does the rest (the answers read from the
cache, the lookup rules, the suppression rules, `--fix` and `--diff`) once the pre-pass has
answered the file's own questions, even while files before it wait for theirs
(`Session.complete`, through `cli._lint_file` as `--jobs 1` lints). So what is left when the
last answer arrives is the lookup rules' own work of the files that needed it, not the whole lint.

The second step of a file goes to the worker that did its first, which keeps the parsed entries
in memory: sending them to another process would cost more than the lookup rules themselves.
Each worker therefore runs one long task that takes its files from its own queue; the run hands
out the second steps first (in the files' order, as their groups are answered), then first steps,
at most `QUEUED` to a worker at a time and at most `WINDOW_FILES` files (or `WINDOW_BYTES` of
them) begun beyond the last reported. Files are reported in order, byte for byte as `--jobs 1`
reports them; standard input is read by the run itself in its turn, and Word and PDF files are
linted whole in theirs (the pre-pass does not read them).

Ctrl-C stops the pre-pass and the workers at once and reports every file finished (the lookup
run hands out one file at a time, as before); a file `--fix` was writing is replaced whole or
not at all. A worker that dies fails the run with one line naming a file it held.
"""

from __future__ import annotations

import contextlib
import os
import queue
import sys
from typing import TYPE_CHECKING, Any

from refslint import batch

if TYPE_CHECKING:
    import argparse
    from concurrent.futures import Future

    from refslint.cli import Run
    from refslint.prepass import Ahead
    from refslint.session import Session, Staged

BEGIN, FINISH = "begin", "finish"
QUEUED = 2  # tasks a worker holds at once: the one it runs and the next (a second step waits
# behind at most one first step)
WINDOW_FILES = 256  # files begun beyond the last one reported: bounds the workers' memory
WINDOW_BYTES = 8 << 20  # and their bytes (at least one file is always begun)
# first steps under way at once while the pre-pass asks: one CPU is left to it, whose pace is
# the run's (its requests wait on its parsing), the others lint offline
BEGINNING = max(1, batch.cpus() - 1)
POLL = 0.05  # seconds between looks at the pre-pass and the workers when nothing came back


def lint_looking_up(
    files: list[str],
    session: Session,
    run: Run,
    args: argparse.Namespace,
    jobs: int,
    options: dict[str, Any],
    source: str | None,
    probe: Session,
) -> None:
    """`batch.lint_files` for a run whose lookups go to the registries: the pre-pass asks while
    the workers lint offline; `run.interrupted` when Ctrl-C stopped it."""
    from refslint.cli import _name
    from refslint.prepass import Ahead

    ahead = Ahead(files, probe)
    context = batch._context()
    inboxes = [context.SimpleQueue() for _ in range(jobs)]
    outbox = context.Queue()
    bar = batch._progress(len(files), args)
    pool, _ = batch._pool(jobs, options, args, source, ahead.started, (inboxes, outbox), context)
    plan = _Plan(files, jobs, ahead)
    try:
        # forked (where they are) by the first `submit`, while this process runs one thread
        serving = [pool.submit(_serve, worker) for worker in range(jobs)]
        ahead.start()
        while plan.reported < len(files):
            for worker, kind, index, file in plan.hand_out():
                inboxes[worker].put((kind, index, file))
            _report(plan, session, run, args, bar, ahead)
            if plan.reported < len(files):
                _collect(plan, outbox, serving)
        for inbox in inboxes:
            inbox.put(None)
    except KeyboardInterrupt:
        with contextlib.suppress(queue.Empty, KeyboardInterrupt):
            while True:  # what came back before the workers are stopped
                plan.answered(*outbox.get_nowait())
        batch._stop(pool, ahead)
        reported = plan.reported
        for index in sorted(plan.done):  # finished, though after one that was not
            batch._take(_name(files[index]), plan.done.pop(index), session, run, bar, ahead)
            reported += 1
        run.interrupted = True
        _lookup_seconds(session, ahead)
        bar.close()
        print(
            f"refslint: interrupted: {reported} of {len(files)} files linted and reported",
            file=sys.stderr,
        )
        return
    except BaseException:
        batch._stop(pool, ahead)
        raise
    finally:
        bar.close()
        ahead.stop()
        probe.close()
    pool.shutdown()
    _lookup_seconds(session, ahead)


def _lookup_seconds(session: Session, ahead: Ahead) -> None:
    """The summary's lookup seconds: the time the run's lookups took, the pre-pass's included,
    each moment counted once however many processes were looking up in it."""
    from refslint.lookup.service import covered

    lookup = session.lookup
    if lookup is not None:
        lookup.tally.seconds = covered([*lookup.tally.spans, *ahead.spans()])


class _Plan:
    """Which file goes to which worker next, and what has come back."""

    def __init__(self, files: list[str], jobs: int, ahead: Ahead):
        self.files = files
        self.ahead = ahead
        self.load = [0] * jobs  # tasks each worker holds
        self.beginning = 0  # first steps handed out, not yet back
        self.owner: dict[int, int] = {}  # a begun file: the worker that keeps its first step
        self.kept = [0] * jobs  # files each worker was given to begin and has not finished
        self.begun: set[int] = set()  # first steps come back
        self.done: dict[int, batch.Done] = {}  # files finished, not yet reported
        self.sizes: dict[int, int] = {}  # bytes of the files begun and not finished
        self.next_begin = 0
        self.next_finish = 0
        self.reported = 0
        self.early: set[int] = set()  # files answered before the files ahead of them
        self.finishing: set[int] = set()  # second steps handed out ahead of `next_finish`
        self.running_early: set[int] = set()  # and not yet back

    def hand_out(self) -> list[tuple[int, str, int, str]]:
        """(worker, step, file index, file) to send now: second steps of answered files first,
        in order, then first steps within the window."""
        out = []
        files = self.files
        while self.next_finish < len(files) and self.ahead.wait_for(self.next_finish + 1, 0):
            index = self.next_finish
            file = files[index]
            if file == batch.STDIN or index in self.done or index < self.reported:
                self.next_finish += 1  # the run's own, or finished whole in its first step
                continue
            if index in self.finishing:  # handed out as soon as its own answers were in
                self.finishing.discard(index)
                self.next_finish += 1
                continue
            if index in self.owner and index not in self.begun:
                break  # its first step is not back yet (a file not begun is linted whole)
            worker = self.owner.get(index, self._idlest())
            if self.load[worker] >= QUEUED:
                break
            out.append(self._send(worker, FINISH, index))
            self.next_finish += 1
        if not self.ahead.asking():  # the run's start-up: its first questions go first
            return out
        asking = not self.ahead.wait_for(len(files), 0)
        out += self._finish_early(asking)
        while self.next_begin < len(files) and self._room():
            if asking and self.beginning + len(self.running_early) >= BEGINNING:
                break
            index = self.next_begin
            file = files[index]
            if file == batch.STDIN or not _in_two_steps(file) or index < self.next_finish:
                self.next_begin += 1
                continue
            worker = self._idlest()
            if self.load[worker] >= QUEUED:
                break
            self.owner[index] = worker
            self.kept[worker] += 1
            with contextlib.suppress(OSError):
                self.sizes[index] = os.stat(file).st_size
            out.append(self._send(worker, BEGIN, index))
            self.beginning += 1
            self.next_begin += 1
        return out

    def _finish_early(self, asking: bool) -> list[tuple[int, str, int, str]]:
        """Second steps of files begun whose own answers are in, though files before them wait
        for theirs: their lookup rules run while the registries are still being asked, not all
        after the last answer. Reported in order all the same. While the pre-pass asks, they
        share the first steps' CPUs (`BEGINNING`), and go before them."""
        self.early.update(self.ahead.answered())
        out = []
        for index in sorted(self.early):
            if asking and self.beginning + len(self.running_early) >= BEGINNING:
                break
            if index < self.next_finish or index in self.done:
                self.early.discard(index)  # handed out in order meanwhile, or linted whole
                continue
            if index not in self.begun:
                continue  # its first step is not back yet (or was never handed out)
            worker = self.owner[index]
            if self.load[worker] >= QUEUED:
                continue
            self.early.discard(index)
            self.finishing.add(index)
            self.running_early.add(index)
            out.append(self._send(worker, FINISH, index))
        return out

    def answered(self, worker: int, kind: str, index: int, done: batch.Done | None) -> None:
        """A worker's answer: a first step kept (None) or a file finished."""
        self.load[worker] -= 1
        if kind == BEGIN:
            self.begun.add(index)
            self.beginning -= 1
        else:
            self.running_early.discard(index)
        if done is not None:
            self.done[index] = done
            self.sizes.pop(index, None)
            if index in self.owner:
                self.kept[self.owner[index]] -= 1

    def held(self) -> list[str]:
        """The files the workers hold, first step or second, in order."""
        waiting = set(self.owner) - set(self.done)
        return [self.files[i] for i in sorted(waiting) if i >= self.reported]

    def _send(self, worker: int, kind: str, index: int) -> tuple[int, str, int, str]:
        self.load[worker] += 1
        return worker, kind, index, self.files[index]

    def _idlest(self) -> int:
        """The worker with the fewest tasks, then the fewest files kept: the files' second
        steps, which come last, are spread over every worker."""
        return min(range(len(self.load)), key=lambda worker: (self.load[worker], self.kept[worker]))

    def _room(self) -> bool:
        begun = max(0, self.next_begin - self.reported)
        if begun >= WINDOW_FILES:
            return False
        return begun == 0 or sum(self.sizes.values()) < WINDOW_BYTES


def _in_two_steps(file: str) -> bool:
    """Whether a worker begins `file` before its answers: a text file (the pre-pass reads no Word
    or PDF file, whose lint is done whole in its turn)."""
    return not file.lower().endswith((".docx", ".pdf"))


def _report(
    plan: _Plan, session: Session, run: Run, args: argparse.Namespace, bar: Any, ahead: Ahead
) -> None:
    """Report the files finished in order, as far as they go; standard input is linted here, in
    its turn, once the files before it are answered."""
    from refslint.cli import _lint_file, _name

    files = plan.files
    while plan.reported < len(files):
        index = plan.reported
        if files[index] == batch.STDIN:
            if not ahead.wait_for(index + 1, 0):
                return
            if session.lookup is not None:
                session.lookup.run_started = ahead.started
            with batch._quiet(bar):
                _lint_file(batch.STDIN, session, run, args)
        elif index in plan.done:
            with batch.whole():
                batch._take(_name(files[index]), plan.done.pop(index), session, run, bar, ahead)
                plan.reported += 1
            bar.update()
            continue
        else:
            return
        plan.reported += 1
        bar.update()


def _collect(plan: _Plan, outbox: Any, serving: list[Future[None]]) -> None:
    """Take in what the workers sent back (waiting up to `POLL` for the first). A worker that died
    (killed, out of memory) fails the run with one line, never a hang."""
    from concurrent.futures.process import BrokenProcessPool

    from refslint.cli import Failure

    try:
        plan.answered(*outbox.get(timeout=POLL))
        while True:
            plan.answered(*outbox.get_nowait())
    except queue.Empty:
        pass
    for task in serving:
        if not task.done():
            continue
        try:
            task.result()
        except BrokenProcessPool:
            held = plan.held() or plan.files[plan.reported : plan.reported + 1]
            raise Failure(
                f"{held[0]}: the worker process linting it (or a file after it) ended "
                "unexpectedly (killed, or out of memory?); nothing was reported"
            ) from None
        raise Failure("a worker process stopped before the run ended; nothing was reported")


def _serve(worker: int) -> None:
    """A worker's one task for the run: the steps sent to its own queue, until told to stop. It
    keeps each file's first step until its second."""
    assert batch._worker is not None
    inboxes, outbox = batch._worker.channels
    inbox = inboxes[worker]
    kept: dict[int, Staged] = {}
    while True:
        task = inbox.get()
        if task is None:
            return
        kind, index, file = task
        done = None
        if kind == BEGIN:
            begun = _begin(file)
            if isinstance(begun, batch.Done):
                done = begun
            elif begun is not None:
                kept[index] = begun
        else:
            done = batch._lint_one(file, kept.pop(index, None))
        outbox.put((worker, kind, index, done))


def _begin(file: str) -> Staged | batch.Done | None:
    """A file's first step: its offline part (`Session.begin`); the whole file when none of its
    rules needs an answer; None when it cannot be begun (unreadable, not a list, a bad config):
    its second step lints it whole and says what is wrong, in its turn."""
    from refslint.cli import _name, _read
    from refslint.engine import fewer_collections

    assert batch._worker is not None
    session = batch._worker.session
    try:
        name = _name(file)
        if not any(rule.requires_lookup for rule in session.rules_for(name)):
            return batch._lint_one(file)
        with fewer_collections():
            return session.begin(name, _read(file))
    except Exception:
        return None
