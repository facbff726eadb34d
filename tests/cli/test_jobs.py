"""`refslint --jobs N`: files linted in worker processes, reported byte for byte as `--jobs 1`
reports them; bad values; one progress bar on a terminal only; Ctrl-C stops cleanly.

The runs are whole `python -m refslint` processes, as users start them: the workers are started
from a fork server that keeps the environment it was started with.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from refslint.cli import main
from tests.lookup.registry import pointing_at

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-11-26"
PROCEEDINGS = "Proceedings of the 34th International Conference on Machine Learning; Sydney"
# five entries set the list's conference markers; entry 6 breaks them (safe fixes), entry 7 has a
# misspelt month (an unsafe fix), and number 8 is missing
FAULTY = "".join(
    f"{n}. Author{n} J, Writer K. Paper number {n}. In: {PROCEEDINGS}. 2017. p. 12-9.\n"
    for n in range(1, 6)
) + (
    f"6. Gilmer J, Dahl GE. Neural message passing. In. {PROCEEDINGS}. 2017. pp. 1263-72\n"
    "7. Smith J. A title. J Chem Phys. 2020 Noc 9;12:1-5.\n"
    "9. Jones K. Another title. Nat Commun. 2019;10:1234.\n"
)
COMMAND = [sys.executable, "-m", "refslint", "--today", TODAY]
CLEAN = (
    "1. Smith J. A title. J Chem Phys. 2020;12:1-5.\n2. Jones K. Other. Nat Commun. 2019;10:12.\n"
)


def interruptible() -> None:
    """In the child before it starts: Ctrl-C's default action back. A shell that runs the tests in
    the background (`cmd &` in a script, as CI runners do) starts them with SIGINT ignored, and
    every child inherits that; Python then never turns SIGINT into KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def this_run(report: str) -> str:
    """A report less what names the run itself (SARIF's `automationDetails`: the time it ran and a
    new guid), which differs between any two runs, `--jobs` or not."""
    report = re.sub(r'"id": "refslint/[0-9T:Z-]+"', '"id": "refslint/TIME"', report)
    return re.sub(r'"guid": "[0-9a-f-]{36}"', '"guid": "GUID"', report)


def folder(root: Path) -> Path:
    """Lists with faults, clean lists, one that cannot be decoded, one binary file, in folders."""
    lists = root / "lists"
    for n in range(40):  # three chunks of small files, for more than one worker
        text = FAULTY.replace("Paper number", f"Paper {n} number") if n % 3 else CLEAN
        path = lists / ("sub" if n >= 20 else "") / f"list{n}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (lists / "list2b.txt").write_bytes(b"1. Caf\xe9 au lait. J Food. 2020;1:2.\n")  # not UTF-8
    (lists / "sub" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (lists / "notes.md").write_text("# Notes\n\n## References\n\n" + FAULTY, encoding="utf-8")
    return lists


def refslint(*args: str, cwd: Path, env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "refslint", "--today", TODAY, "--offline", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=300,
    )


@pytest.mark.parametrize(
    "options",
    [
        [],
        ["--format", "json"],
        ["--format", "sarif"],
        ["--format", "github"],
        ["--format", "html"],  # the lists' texts too, carried back from the workers
        ["--statistics"],
        ["--statistics", "--format", "json"],
        ["--diff", "--unsafe-fixes"],
        ["--select", "RL1,RL2"],
    ],
    ids=lambda options: " ".join(options) or "text",
)
def test_jobs_reports_byte_for_byte_as_one_process(tmp_path, options):
    folder(tmp_path)
    one = refslint(*options, "lists", cwd=tmp_path)
    three = refslint(*options, "--jobs", "3", "lists", cwd=tmp_path)
    assert one.returncode == 2  # the file that cannot be decoded
    assert "lists/list2b.txt: not UTF-8 text" in one.stderr
    assert "lists/sub/image.txt" in one.stderr  # skipped, with a note
    assert "Traceback" not in one.stderr + three.stderr
    assert (three.returncode, this_run(three.stdout), three.stderr) == (
        one.returncode,
        this_run(one.stdout),
        one.stderr,
    )
    if "--statistics" not in options:  # findings of several files, in the same order
        assert one.stdout.count("lists/") >= 6


def test_output_file_is_the_same_with_jobs(tmp_path):
    folder(tmp_path)
    for format in ("text", "json", "sarif"):
        one = refslint("--format", format, "-o", f"one.{format}", "lists", cwd=tmp_path)
        two = refslint("--format", format, "-o", f"two.{format}", "-j", "2", "lists", cwd=tmp_path)
        assert (one.returncode, one.stdout, one.stderr) == (two.returncode, two.stdout, two.stderr)
        written = (tmp_path / f"one.{format}").read_text(encoding="utf-8")
        assert written and this_run(written) == this_run(
            (tmp_path / f"two.{format}").read_text(encoding="utf-8")
        )


def test_fix_with_jobs_writes_the_same_files_and_says_the_same(tmp_path):
    folder(tmp_path / "a")
    folder(tmp_path / "b")
    one = refslint("--fix", "--unsafe-fixes", "lists", cwd=tmp_path / "a")
    two = refslint("--fix", "--unsafe-fixes", "-j", "auto", "lists", cwd=tmp_path / "b")
    assert "Fixed" in one.stdout
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)
    for path in sorted((tmp_path / "a" / "lists").rglob("*")):
        if path.is_file():
            twin = tmp_path / "b" / path.relative_to(tmp_path / "a")
            assert twin.read_bytes() == path.read_bytes(), path
    assert "In: " in (tmp_path / "b" / "lists" / "list1.txt").read_text()


def test_a_run_level_note_speaks_once_for_every_worker(tmp_path):
    """No registry answers (the tests' registries point at a closed port): RL409 speaks once,
    counting the entries of every file, in the same words as one process."""
    lists = tmp_path / "lists"
    lists.mkdir()
    for n in range(5):
        (lists / f"doi{n}.txt").write_text(
            f"1. Smith J. A title. J Chem Phys. 2020;12:1-5. doi:10.5555/{n}01\n"
            f"2. Jones K. Other. Nat Commun. 2019;10:12. doi:10.5555/{n}02\n",
            encoding="utf-8",
        )
    env = {"REFSLINT_CACHE_DIR": str(tmp_path / "cache")}
    args = ["--select", "RL4", "--format", "json", "lists"]
    one = subprocess.run(
        [sys.executable, "-m", "refslint", "--today", TODAY, *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        timeout=300,
    )
    two = subprocess.run(
        [sys.executable, "-m", "refslint", "--today", TODAY, "-j", "2", *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        timeout=300,
    )
    assert one.stdout.count('"RL409"') == 1
    assert "could not verify 10 entries" in one.stdout
    assert (two.returncode, two.stdout) == (one.returncode, one.stdout)


@pytest.mark.parametrize("value", ["-1", "x", "1.5", ""])
def test_a_bad_jobs_value_is_one_line_and_exit_2(tmp_path, capsys, value):
    (tmp_path / "refs.txt").write_text(CLEAN, encoding="utf-8")
    assert main(["--offline", "--jobs", value, str(tmp_path / "refs.txt")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "refslint: error: --jobs takes a number of processes (1 or more), or 0 or auto for one "
        f"per CPU; not {value!r}\n"
    )


def test_jobs_zero_and_auto_mean_one_per_cpu():
    from refslint.batch import cpus, parse_jobs

    assert parse_jobs("0") == parse_jobs("auto") == parse_jobs(" AUTO ") == cpus() >= 1
    assert parse_jobs(None) == 1
    assert parse_jobs("7") == 7


def terminal() -> tuple[int, int]:
    """A pseudo-terminal of 80 columns: (our end, the end given to the command)."""
    pty = pytest.importorskip("pty")
    import fcntl
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return leader, follower


def test_one_progress_bar_on_a_terminal_and_none_in_a_pipe(tmp_path):
    folder(tmp_path)
    piped = refslint("-j", "2", "lists", cwd=tmp_path)
    assert "Linting" not in piped.stderr
    leader, follower = terminal()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "refslint", "--today", TODAY, "--offline", "-j", "2", "lists"],
            stdout=subprocess.PIPE,
            stderr=follower,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=300,
        )
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end is closed: all was read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
        if follower >= 0:
            os.close(follower)
    text = shown.decode("utf-8", "replace")
    assert "Linting" in text and "file" in text
    assert done.stdout == piped.stdout.encode()  # the report itself is the same
    assert done.returncode == piped.returncode == 2
    # a JSON report on a terminal gets no bar either
    leader, follower = terminal()
    try:
        subprocess.run(
            [sys.executable, "-m", "refslint", "--offline", "-j", "2", "--format", "json", "lists"],
            stdout=subprocess.DEVNULL,
            stderr=follower,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=300,
        )
        os.close(follower)
        follower = -1
        os.set_blocking(leader, False)
        try:
            shown = os.read(leader, 65536)
        except OSError:
            shown = b""
    finally:
        os.close(leader)
        if follower >= 0:
            os.close(follower)
    assert b"Linting" not in shown


def descendants(pid: int) -> set[int]:
    """Every process below `pid`, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for child, its_parent in parents.items():
            if its_parent == parent and child not in found:
                found.add(child)
                todo.append(child)
    return found


def running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_ctrl_c_stops_workers_and_reports_what_was_finished(tmp_path):
    """SIGINT once workers are linting: exit 130, no traceback, the finished files reported, no
    worker left behind."""
    folder(tmp_path)
    for n in range(40, 600):
        (tmp_path / "lists" / f"more{n}.txt").write_text(FAULTY * 4, encoding="utf-8")
    count = len([p for p in (tmp_path / "lists").rglob("*") if p.is_file()])
    process = subprocess.Popen(
        [*COMMAND, "--offline", "-j", "2", "lists"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        preexec_fn=interruptible,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 120
        while len(workers_of(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)  # some files linted
        below = descendants(process.pid)
        assert len(below) >= 2  # the workers (and the fork server that starts them)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    out_text, err_text = out.decode(), err.decode()
    assert process.returncode == 130, err_text
    assert "Traceback" not in err_text
    said = [line for line in err_text.splitlines() if "interrupted" in line]
    assert len(said) == 1, err_text
    finished = int(said[0].split(": interrupted: ")[1].split()[0])
    assert 0 < finished < count
    summary = out_text.splitlines()[-1]
    files = int(re.search(r" in (\d+) files?\b", summary).group(1))
    stopped = re.search(r"(\d+) errors? stopped", summary)
    # every file reported is in the summary: linted, or the undecodable one that stopped
    assert files + (int(stopped.group(1)) if stopped else 0) == finished, summary
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in below) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in below if running(pid)], "a worker outlived the run"


def test_ctrl_c_in_the_lookup_pre_pass_stops_asking_at_once(tmp_path):
    """SIGINT while the run's own process asks the files' lookups first: exit 130 within
    moments, nothing more asked than what was under way, the files finished reported, no
    traceback."""
    from tests.lookup.registry import Registry, Server

    lists = tmp_path / "lists"
    lists.mkdir()
    count = 80
    for n in range(count):
        (lists / f"list{n:03d}.txt").write_text(
            f"1. Smith J. A title {n}. J Chem Phys. 2020;12:1-5. doi:10.5555/jobs.{n}\n"
            "3. Jones K. Other. Nat Commun. 2019;10:12.\n",
            encoding="utf-8",
        )
    with Server(Registry(latency=0.3)) as served:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "REFSLINT_CACHE_DIR": str(tmp_path / "cache"),
            **pointing_at(served.url),
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "refslint", "--today", TODAY, "-j", "2", "lists"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
            preexec_fn=interruptible,
            env=env,
        )
        try:
            deadline = time.monotonic() + 120
            while len(served.hits) < 12 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert len(served.hits) >= 12, "no lookups were made"
            process.send_signal(signal.SIGINT)
            signalled = time.monotonic()
            asked = len(served.hits)
            out, err = process.communicate(timeout=60)
            took = time.monotonic() - signalled
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    err_text, out_text = err.decode(), out.decode()
    assert process.returncode == 130, err_text
    assert "Traceback" not in err_text
    said = [line for line in err_text.splitlines() if "interrupted" in line]
    assert len(said) == 1, err_text
    finished = int(said[0].split(": interrupted: ")[1].split()[0])
    assert finished < count
    assert out_text.count("RL101") == finished  # every finished file reported, no other
    assert len(served.hits) <= asked + 3  # those under way (3 at a time), no more
    assert took < 10


def test_one_file_or_one_job_stays_in_this_process(tmp_path, capsys):
    """Nothing is started for one file, so `--jobs` costs a lone file nothing."""
    (tmp_path / "refs.txt").write_text(FAULTY, encoding="utf-8")
    assert main(["--offline", "--today", TODAY, "-j", "4", str(tmp_path / "refs.txt")]) == 1
    assert "RL101" in capsys.readouterr().out


@pytest.mark.parametrize("through", ["folder", pytest.param("redis", marks=pytest.mark.redis)])
def test_worker_lookups_share_one_budget(tmp_path, through):
    """Four workers against registries that advertise their limits and refuse anything beyond,
    sharing the cache folder's budget (or Redis's, with `cache-url`): nothing refused, no address
    asked twice (a worker waits for the answer another is fetching), the same report. (Crossref's
    batch requests differ with the lists being linted side by side: two lists sharing a DOI are
    each asked in a batch, as two processes would ask.)"""
    from tests.budget import fleet
    from tests.lookup.registry import Registry, Server

    if through == "redis" and shutil.which("redis-server") is None:
        pytest.fail(fleet.INSTALL, pytrace=False)
    lists = tmp_path / "lists"
    lists.mkdir()
    for n in range(8):  # each DOI printed in two lists: asked once all the same
        (lists / f"list{n}.txt").write_text(
            "".join(
                f"{i}. Smith J. A title. J Chem Phys. 2020;12:1-5. doi:10.5555/share.{(n + i) % 8}\n"
                for i in range(1, 3)
            ),
            encoding="utf-8",
        )
    results = []
    with contextlib.ExitStack() as stack:
        url = stack.enter_context(fleet.redis_server()) if through == "redis" else ""
        for jobs in ("1", "4"):
            with Server(Registry(enforce=True)) as main, Server(Registry(enforce=True)) as second:
                if url:  # a new registry address: nothing of the last run's answers applies
                    env = fleet.environment(main.url, second.url, tmp_path / f"cache{jobs}", url)
                else:
                    env = fleet.environment(main.url, second.url, tmp_path / f"cache{jobs}")
                done = subprocess.run(
                    [*COMMAND, "--select", "RL4", "--format", "json", "-j", jobs, "lists"],
                    capture_output=True,
                    text=True,
                    cwd=tmp_path,
                    env=env,
                    timeout=300,
                )
                hits = main.hits + second.hits
                results.append((done, hits, sum(hit.refused for hit in hits)))
    (one, one_hits, one_refused), (four, four_hits, four_refused) = results
    assert "Traceback" not in one.stderr + four.stderr
    assert one_refused == 0 and four_refused == 0
    singles = [hit.path for hit in four_hits if "filter" not in hit.query]
    assert len(singles) == len(set(singles))
    # every DOI was asked of every registry either way, alone or in a batch (where a list's
    # first file batches depends on which worker lints it)
    assert _asked(four_hits) == _asked(one_hits)
    assert four.stdout == one.stdout
    assert four.stdout.count("RL404") == 16  # no registry holds them: every entry was asked
    if url:  # the cache and the budget were in Redis
        assert not (tmp_path / "cache4" / "lookup.sqlite").exists()
        assert not (tmp_path / "cache4" / "budget.json").exists()
    else:
        assert (tmp_path / "cache4" / "budget.json").exists()


def _asked(hits) -> set[tuple[str, str]]:
    """(registry, DOI) for every DOI asked, alone or in a batch filter."""
    asked = set()
    for hit in hits:
        registry = hit.path.split("/")[1]  # openalex, dois (DataCite) or works (Crossref)
        if "filter" in hit.query:
            dois = re.split(r"[,|]", hit.query["filter"][0])
        else:
            dois = [hit.path[hit.path.index("/10.") + 1 :]]
        for doi in dois:
            asked.add((registry, doi.removeprefix("doi:").removeprefix("https://doi.org/").lower()))
    return asked


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_worker_killed_fails_the_run_with_one_line_and_no_hang(tmp_path):
    lists = tmp_path / "lists"
    lists.mkdir()
    for n in range(400):
        (lists / f"list{n:03d}.txt").write_text(FAULTY * 4, encoding="utf-8")
    process = subprocess.Popen(
        [*COMMAND, "--offline", "-j", "2", "lists"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 120
        while len(workers_of(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = workers_of(process.pid)
        assert workers, "no worker process found"
        os.kill(min(workers), signal.SIGKILL)
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 2
    assert out == b""
    lines = err.decode().splitlines()
    assert len(lines) == 1 and "ended unexpectedly" in lines[0], lines


def workers_of(pid: int) -> set[int]:
    """The worker processes below `pid`: those starting no process themselves (not a fork
    server), other than multiprocessing's resource tracker."""
    below = descendants(pid)
    found = set()
    for child in below:
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if not descendants(child) and b"resource_tracker" not in command:
            found.add(child)
    return found


def test_beside_a_thread_workers_come_from_a_fork_server(tmp_path, monkeypatch, capsys):
    """Forking a process that runs threads can copy a lock held: then the workers come from a
    fork server, which must still lint in this run's folder and environment."""
    import multiprocessing.forkserver
    import threading

    folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    options = ["--offline", "--today", TODAY, "--format", "json", "lists"]
    assert main(options) == 2
    alone = capsys.readouterr()
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert main([*options, "-j", "2"]) == 2
    finally:
        stop.set()
        thread.join()
    together = capsys.readouterr()
    assert (together.out, together.err) == (alone.out, alone.err)
    assert '"lists/list1.txt"' in alone.out
    assert multiprocessing.forkserver._forkserver._forkserver_pid is not None


def test_standard_input_among_files_is_read_in_its_turn(tmp_path):
    folder(tmp_path)
    named = ["lists/list1.txt", "-", "lists/sub/list25.txt"]
    text = FAULTY.replace("Smith J", "Stdin J")
    runs = [
        subprocess.run(
            [*COMMAND, "--offline", *jobs, *named],
            input=text,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=300,
        )
        for jobs in ([], ["-j", "2"])
    ]
    one, two = runs
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)
    paths = [line.split(":")[0] for line in one.stdout.splitlines()[:-1]]
    assert list(dict.fromkeys(paths)) == ["lists/list1.txt", "<stdin>", "lists/sub/list25.txt"]


def test_the_lookup_summary_counts_every_workers_entries(tmp_path):
    lists = tmp_path / "lists"
    lists.mkdir()
    for n in range(4):
        (lists / f"doi{n}.txt").write_text(
            f"1. Smith J. A title. J Chem Phys. 2020;12:1-5. doi:10.5555/{n}01\n", encoding="utf-8"
        )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REFSLINT_CACHE_DIR": str(tmp_path / "c")}
    done = subprocess.run(
        [*COMMAND, "--select", "RL4", "-j", "2", "lists"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    [summary] = [line for line in done.stderr.splitlines() if line.startswith("Checked ")]
    assert summary.startswith("Checked 4 entries against ")
    assert "4 not verified" in summary


def test_small_files_travel_in_chunks_in_their_order(tmp_path):
    from refslint.batch import CHUNK_BYTES, CHUNK_FILES, _chunks

    small = [str(tmp_path / f"s{n}.txt") for n in range(CHUNK_FILES + 3)]
    for name in small:
        Path(name).write_text(CLEAN, encoding="utf-8")
    big = str(tmp_path / "big.txt")
    Path(big).write_text("x" * CHUNK_BYTES, encoding="utf-8")
    files = [*small[:2], "-", *small[2:], big, small[0] + ".missing"]
    chunks = list(_chunks(files, CHUNK_FILES))
    assert [file for chunk in chunks for file in chunk] == files
    assert chunks[:2] == [small[:2], ["-"]]
    assert chunks[2] == small[2 : 2 + CHUNK_FILES]
    assert chunks[3] == [*small[2 + CHUNK_FILES :], big]  # the big file ends its chunk
    assert chunks[4] == [small[0] + ".missing"]
    assert all(len(chunk) == 1 for chunk in _chunks(files, 1))


@pytest.mark.parametrize("jobs", [2, 4])
def test_offline_chunks_shrink_toward_the_end_so_workers_finish_together(tmp_path, jobs):
    """Offline, a chunk is at most 1/(SHARE x jobs) of the files not yet handed out: big while
    much is left, single files at the end, so no worker lints a whole chunk while the others
    have nothing left (the tail that kept `--jobs 2` from twice the throughput)."""
    from refslint.batch import CHUNK_FILES, SHARE, _guided

    files = [str(tmp_path / f"l{n:03}.txt") for n in range(2 * SHARE * jobs * CHUNK_FILES + 5)]
    for name in files:
        Path(name).write_text(FAULTY, encoding="utf-8")  # small: the file count decides
    chunks = list(_guided(files, jobs))
    sizes = [len(chunk) for chunk in chunks]
    assert [file for chunk in chunks for file in chunk] == files  # every file once, in order
    assert sizes[0] == CHUNK_FILES  # early chunks are full
    assert sizes == sorted(sizes, reverse=True)  # never growing
    left = len(files)
    for size in sizes:  # each at most its share of what was left, never less than one file
        assert size == max(1, min(CHUNK_FILES, left // (SHARE * jobs)))
        left -= size
    assert sizes[-SHARE * jobs :] == [1] * (SHARE * jobs)  # the last files go one at a time
    assert max(sizes[-3 * jobs :]) <= 3


def test_offline_chunks_keep_standard_input_alone_and_a_big_file_ends_its_chunk(tmp_path):
    from refslint.batch import CHUNK_BYTES, CHUNK_FILES, SHARE, _guided

    small = [str(tmp_path / f"s{n:03}.txt") for n in range(2 * SHARE * 2 * CHUNK_FILES)]
    for name in small:
        Path(name).write_text(CLEAN, encoding="utf-8")
    big = str(tmp_path / "big.txt")
    Path(big).write_text("x" * CHUNK_BYTES, encoding="utf-8")
    files = [*small[:3], "-", big, *small[3:], small[0] + ".missing"]
    chunks = list(_guided(files, 2))
    assert [file for chunk in chunks for file in chunk] == files
    assert chunks[:3] == [small[:3], ["-"], [big]]  # the big file alone: its bytes fill a chunk
    assert len(chunks[3]) == CHUNK_FILES
    assert chunks[-1] == [small[0] + ".missing"]  # a file that cannot be read still has its turn


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_no_worker_outlives_a_run_killed_with_sigkill(tmp_path):
    folder(tmp_path)
    for n in range(40, 400):
        (tmp_path / "lists" / f"more{n}.txt").write_text(FAULTY, encoding="utf-8")
    process = subprocess.Popen(
        [*COMMAND, "--offline", "-j", "2", "lists"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 60
        while len(workers_of(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        below = descendants(process.pid)
        assert below
        process.kill()
    finally:
        process.wait()
    deadline = time.monotonic() + 15
    while any(running(pid) for pid in below) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in below if running(pid)], "a worker outlived its run"


def test_lists_sharing_dois_ask_each_doi_once_in_all(tmp_path):
    """Eight lists, each DOI printed in two of them, linted by four workers: the run's own
    process asks every list's lookups first, so each DOI is asked once in all (in one Crossref
    batch, one OpenAlex batch, and singly of DataCite), no batch requests overlap, and the run
    sends no more requests than one process linting the lists one after another."""
    from tests.budget import fleet
    from tests.lookup.registry import Registry, Server

    lists = tmp_path / "lists"
    lists.mkdir()
    for n in range(8):
        (lists / f"list{n}.txt").write_text(
            "".join(
                f"{i}. Smith J. A title. J Chem Phys. 2020;12:1-5. doi:10.5555/share.{(n + i) % 8}\n"
                for i in range(1, 3)
            ),
            encoding="utf-8",
        )
    counts, summaries = {}, {}
    for jobs in ("1", "4"):
        with Server(Registry(enforce=True)) as main, Server(Registry(enforce=True)) as second:
            env = fleet.environment(main.url, second.url, tmp_path / f"cache{jobs}")
            done = subprocess.run(
                [*COMMAND, "--select", "RL4", "-j", jobs, "lists"],
                capture_output=True,
                text=True,
                cwd=tmp_path,
                env=env,
                timeout=300,
            )
            assert "Traceback" not in done.stderr
            hits = [hit for hit in main.hits + second.hits if not hit.refused]
            counts[jobs] = len(hits)
            summaries[jobs] = re.sub(r"\([0-9.]+ s, ", "(", done.stderr)
    assert len(hits) == len(main.hits + second.hits)  # nothing beyond the limits
    asked: dict[tuple[str, str], int] = {}
    for hit in hits:
        for pair in _asked([hit]):
            asked[pair] = asked.get(pair, 0) + 1
    shared = {f"10.5555/share.{n}" for n in range(8)}
    for registry in ("works", "dois", "openalex"):
        assert {doi for (r, doi), _ in asked.items() if r == registry} >= shared, registry
    assert all(n == 1 for (_, doi), n in asked.items() if doi in shared), asked
    batches = [hit for hit in hits if "filter" in hit.query]
    assert len(batches) < 8  # not one a list and registry: lists answered together
    assert counts["4"] <= counts["1"] * 1.05
    assert done.stdout.count("RL404") == 16
    # what the pre-pass fetched counts as fetched in this run, not as found in the cache
    assert summaries["4"] == summaries["1"]
    assert "16 not found (0 from cache)" in summaries["4"]


def test_the_lookup_budget_is_the_runs_not_each_workers(tmp_path):
    """`lookup.budget` = 5 s against a registry that answers nothing within a minute: the run's
    first question holds its registry's one slot (a host is opened one request at a time) until
    the budget runs out, and after that nothing is asked, whatever the number of workers. Each
    worker counting its own 5 s from its start would ask its file's question again. Counted, not
    timed: a loaded machine only makes the run slower, never asks more."""
    from tests.lookup.registry import Registry, Server

    lists = tmp_path / "lists"
    lists.mkdir()
    for n in range(12):
        (lists / f"list{n:02d}.txt").write_text(
            "".join(
                f"{i}. Smith J. A title {i}. J Chem Phys. 2020;12:1-5. doi:10.5555/slow.{n}.{i}\n"
                for i in range(1, 5)
            ),
            encoding="utf-8",
        )
    (tmp_path / "refslint.toml").write_text("[lookup]\nbudget = 5\n", encoding="utf-8")
    with Server(Registry(latency=60.0)) as served:
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "REFSLINT_CACHE_DIR": str(tmp_path / "cache"),
            **pointing_at(served.url),
        }
        done = subprocess.run(
            [*COMMAND, "--select", "RL4", "-j", "4", "lists"],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=300,
        )
        asked = [hit.path for hit in served.hits]
    assert "Traceback" not in done.stderr
    assert "lookup budget" in done.stdout  # RL409 says why they were not verified
    assert asked  # the run asked, within its budget
    # each registry asked once: three Crossref filters (the run's, then two workers') when
    # every worker had a budget of its own
    assert len(asked) == len(set(asked)), asked


def test_a_note_every_worker_makes_is_said_once_as_by_one_process(tmp_path):
    """A cache folder that cannot be used (a file stands where it should be): the run's lookups
    and each worker's notice it, once a process; the run says it once, as `--jobs 1` does."""
    lists = tmp_path / "lists"
    lists.mkdir()
    for n in range(6):
        (lists / f"doi{n}.txt").write_text(
            f"1. Smith J. A title. J Chem Phys. 2020;12:1-5. doi:10.5555/{n}01\n", encoding="utf-8"
        )
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "REFSLINT_CACHE_DIR": str(tmp_path / "not-a-folder" / "cache"),
        **pointing_at("http://127.0.0.1:9"),  # nothing listens: every lookup fails at once
    }
    runs = [
        subprocess.run(
            [*COMMAND, "--select", "RL4", *jobs, "lists"],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=300,
        )
        for jobs in ([], ["-j", "3"])
    ]
    one, three = runs
    assert "Traceback" not in one.stderr + three.stderr
    notes = [line for line in three.stderr.splitlines() if "cannot be used" in line]
    assert len(notes) == 1, three.stderr
    seconds = re.compile(r"\([0-9.]+ s, ")  # the summary's time differs between any two runs
    assert (three.returncode, three.stdout, seconds.sub("(", three.stderr)) == (
        one.returncode,
        one.stdout,
        seconds.sub("(", one.stderr),
    )


def _word_and_pdf_lists(root: Path, pdf: bool) -> list[str]:
    """A Word list (auto-numbered, so its numbers are Word's, not its text's), a plain list, and
    a PDF printed from the Word list when `pdf`."""
    from tests.word import build

    lists = root / "lists"
    lists.mkdir()
    build.word_document(lists / "auto.docx")
    (lists / "plain.txt").write_text(FAULTY, encoding="utf-8")
    names = ["lists/auto.docx", "lists/plain.txt"]
    if pdf:
        build.soffice(lists / "auto.docx", "pdf", root / "pdf", root / "profile")
        shutil.move(root / "pdf" / "auto.pdf", lists / "printed.pdf")
        names.append("lists/printed.pdf")
    return names


def _same_html_with_jobs(root: Path, names: list[str]) -> str:
    one = refslint("--format", "html", *names, cwd=root)
    two = refslint("--format", "html", "--jobs", "2", *names, cwd=root)
    assert "Traceback" not in one.stderr + two.stderr
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)
    return one.stdout


def test_html_of_a_word_list_with_jobs_is_byte_for_byte_as_one_process(tmp_path):
    """Word numbers its entries itself: the report's jump links follow the reader's entries,
    which workers carry back with the file's text."""
    pytest.importorskip("docx")
    html = _same_html_with_jobs(tmp_path, _word_and_pdf_lists(tmp_path, pdf=False))
    assert "lists/auto.docx" in html and "lists/plain.txt" in html


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")), reason="needs LibreOffice"
)
def test_html_of_a_pdf_list_with_jobs_is_byte_for_byte_as_one_process(tmp_path):
    pytest.importorskip("docx")
    pytest.importorskip("pypdfium2")
    html = _same_html_with_jobs(tmp_path, _word_and_pdf_lists(tmp_path, pdf=True))
    assert "lists/printed.pdf" in html


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_ctrl_c_reports_the_finished_files_of_a_chunk_cut_short(tmp_path):
    """Offline, workers are handed small files many at a time: on SIGINT each ends its chunk after
    the file it is linting, and those finished are reported, in order, not dropped with the chunk
    (every file has findings, so each one reported shows in the report).

    SIGINT is sent once the run has reported the first two chunks (its progress bar says so: its
    standard error is a terminal), so both workers are linting: a moment in the run, not a time
    after the start, which a loaded machine can stretch beyond the workers' first file."""
    import threading

    from refslint.batch import _guided

    lists = tmp_path / "lists"
    lists.mkdir()
    for n in range(800):
        (lists / f"l{n:03}.txt").write_text(FAULTY * 2, encoding="utf-8")
    files = [f"lists/l{n:03}.txt" for n in range(800)]
    chunks = [
        [str(Path(f).relative_to(tmp_path)) for f in chunk]
        for chunk in _guided([str(tmp_path / f) for f in files], 2)
    ]
    assert len(chunks[0]) > 8
    enough = len(chunks[0]) + len(chunks[1])
    leader, follower = terminal()
    process = subprocess.Popen(
        [*COMMAND, "--offline", "-j", "2", "lists"],
        stdout=subprocess.PIPE,
        stderr=follower,
        cwd=tmp_path,
        preexec_fn=interruptible,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    os.close(follower)
    read: list[bytes] = []
    begun = threading.Event()

    def follow() -> None:  # the bar's count ("12/800"), read until the run ends
        with contextlib.suppress(OSError):  # EIO: the run's end closed the terminal
            while chunk := os.read(leader, 4096):
                read.append(chunk)
                counts = re.findall(rb"(\d+)/800", b"".join(read)[-200:])
                if counts and int(counts[-1]) >= enough:
                    begun.set()

    reader = threading.Thread(target=follow, daemon=True)
    reader.start()
    try:
        assert begun.wait(120), b"".join(read).decode(errors="replace")[-500:]
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=60)
        reader.join(10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(leader)
    err = b"".join(read).replace(b"\r\n", b"\n")
    out_text, err_text = out.decode(), err.decode()
    assert process.returncode == 130, err_text
    said = [line for line in err_text.splitlines() if "interrupted" in line]
    finished = int(said[0].split(": interrupted: ")[1].split()[0])
    shown = [f for f in files if f"{f}:" in out_text]
    assert len(shown) == finished and enough <= finished < len(files)
    assert f" in {finished} files" in out_text.splitlines()[-1]
    cut = [chunk for chunk in chunks if 0 < len(set(shown) & set(chunk)) < len(chunk)]
    assert cut, "only whole chunks were reported"
    before = files[: files.index(cut[0][0])]
    assert shown[: len(before)] == before  # every file before the first chunk cut short


def test_ctrl_c_while_a_result_is_taken_in_waits_until_it_is_in():
    """The interrupted line counts a file the summary has: Ctrl-C in the middle of taking one
    result in lets the rest of it in first, then stops the run."""
    from refslint.batch import whole

    steps = []
    before = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal
    with pytest.raises(KeyboardInterrupt), whole():
        steps.append("in the run")
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # the handler runs here, and must not stop the block
        steps.append("counted")
    assert steps == ["in the run", "counted"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    signal.signal(signal.SIGINT, before)
