"""`refslint --jobs N` when the registries are asked: the workers lint each file's offline part
while the run's pre-pass asks, and the rest once the file's answers are in; reports stay those
of `--jobs 1`, byte for byte, in every format, `--fix` included.

Every run is a whole `python -m refslint` process against a local registry started here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.cli.test_jobs import FAULTY, ROOT, TODAY, this_run, workers_of
from tests.lookup.registry import Registry, Server, crossref_work, pointing_at

COMMAND = [sys.executable, "-m", "refslint", "--today", TODAY]
KNOWN = "crossref-work-journal-article-plosone-e33693.json"


def registry() -> Registry:
    """A registry holding one work whose title differs from what the lists print (a finding of
    a lookup rule); other DOIs are found nowhere (another)."""
    served = Registry()
    served.add_work(crossref_work(KNOWN, DOI="10.5555/differs.1", title=["Another title"]))
    return served


def lists(root: Path) -> Path:
    """Lists whose entries are looked up, with offline faults too; suppression comments, one of
    them silencing a lookup finding and one silencing nothing; lists that ask nothing, and some
    whose config switches the lookup rules off; one that cannot be decoded; in more than one
    folder."""
    folder = root / "lists"
    (folder / "sub").mkdir(parents=True)
    looked_up = (
        "1. Smith J. A title. J Chem Phys. 2020;12:1-5. doi:10.5555/differs.1\n"
        "2. Jones K. Other work. Nat Commun. 2019;10:12. doi:10.5555/nowhere.{n}\n"
    )
    for n in range(9):
        text = looked_up.format(n=n) + FAULTY.replace("Paper number", f"Paper {n} number")
        path = folder / ("sub" if n >= 5 else "") / f"list{n}.txt"
        path.write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text(
        "# Notes\n\n## References\n\n"
        "<!-- refslint: disable=RL404 -->\n"
        "1. Jones K. Other work. Nat Commun. 2019;10:12. doi:10.5555/nowhere.md\n"
        "<!-- refslint: disable=RL101 -->\n"
        "2. Smith J. A title. J Chem Phys. 2020;12:1-5. doi:10.5555/differs.1\n",
        encoding="utf-8",
    )
    (folder / "sub" / "plain.txt").write_text(FAULTY, encoding="utf-8")
    # lists none of whose rules look anything up, among those that do: linted whole at once
    (folder / "offline").mkdir()
    for n in range(3):
        text = looked_up.format(n=f"off{n}") + FAULTY
        (folder / "offline" / f"list{n}.txt").write_text(text, encoding="utf-8")
    (root / "refslint.toml").write_text(
        '[per-file-ignores]\n"lists/offline/*" = ["RL4"]\n', encoding="utf-8"
    )
    (folder / "bad.txt").write_bytes(b"1. Caf\xe9 au lait. J Food. 2020;1:2.\n")  # not UTF-8
    return folder


def timeless(summary: str) -> str:
    """The lookup summary less the seconds its lookups took, which differ between any two runs."""
    return re.sub(r"\([0-9.]+ s, ", "(", summary)


def refslint(url: str, cache: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("REFSLINT_")},
        "PYTHONPATH": str(ROOT),
        "REFSLINT_CACHE_DIR": str(cache),
        **pointing_at(url),
    }
    return subprocess.run(
        [*COMMAND, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=300
    )


@pytest.mark.parametrize(
    "options",
    [
        [],
        ["--format", "json"],
        ["--format", "sarif"],
        ["--format", "github"],
        ["--format", "html"],
        ["--statistics"],
        ["--diff", "--unsafe-fixes"],
    ],
    ids=lambda options: " ".join(options) or "text",
)
def test_lookup_runs_report_byte_for_byte_as_one_process(tmp_path, options):
    lists(tmp_path)
    with Server(registry()) as served:
        one = refslint(served.url, tmp_path / "c1", *options, "lists", cwd=tmp_path)
        three = refslint(served.url, tmp_path / "c3", *options, "-j", "3", "lists", cwd=tmp_path)
    assert one.returncode == 2  # the file that cannot be decoded
    assert "Traceback" not in one.stderr + three.stderr
    if "--statistics" not in options and "--diff" not in options:
        assert "RL404" in one.stdout and "RL402" in one.stdout  # lookup findings
        assert "RL101" in one.stdout  # and offline ones
    assert (three.returncode, this_run(three.stdout), timeless(three.stderr)) == (
        one.returncode,
        this_run(one.stdout),
        timeless(one.stderr),
    )


def test_fix_in_a_lookup_run_writes_what_one_process_writes(tmp_path):
    """`--fix` applies its edits once the file's lookups are in: the same files written, the
    same report, as `--jobs 1`."""
    lists(tmp_path / "a")
    lists(tmp_path / "b")
    with Server(registry()) as served:
        one = refslint(served.url, tmp_path / "c1", "--fix", "lists", cwd=tmp_path / "a")
        two = refslint(served.url, tmp_path / "c2", "--fix", "-j", "2", "lists", cwd=tmp_path / "b")
    assert "Fixed" in one.stdout and "RL404" in one.stdout
    assert (two.returncode, two.stdout, timeless(two.stderr)) == (
        one.returncode,
        one.stdout,
        timeless(one.stderr),
    )
    for path in sorted((tmp_path / "a" / "lists").rglob("*")):
        if path.is_file():
            twin = tmp_path / "b" / path.relative_to(tmp_path / "a")
            assert twin.read_bytes() == path.read_bytes(), path
    assert "In: " in (tmp_path / "b" / "lists" / "list1.txt").read_text(encoding="utf-8")


def cpu_of(pid: int) -> float:
    """Seconds of CPU `pid` has used (user and system), 0 once it has ended."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_offline_work_is_done_while_the_registries_are_asked(tmp_path):
    """The registry holds back its first answer until the workers have done nothing for a while,
    and only then answers: by that moment the workers have done most of their whole run's work
    (the offline part of every file: parsing, and every rule that needs no answer), though no
    file's lookups could be answered yet. Were files linted only once their answers are in,
    the workers would sit idle until the answer, and do nearly all their work after it."""
    folder = tmp_path / "lists"
    folder.mkdir()
    (folder / "a0.txt").write_text(  # the first file's question: held back by the registry
        "1. Smith J. A title. J Chem Phys. 2020;12:1-5. doi:10.5555/differs.1\n", encoding="utf-8"
    )
    for n in range(1, 8):  # lists that ask nothing (no identifier, no year to search with)
        entries = "".join(
            f"{i}. Writer{n} K, Author{i} J. A study of case {i} in series {n}. J Chem Phys;{i}:1-5.\n"
            for i in range(1, 121)
        )
        (folder / f"a{n}.txt").write_text(entries, encoding="utf-8")
    samples: dict[int, float] = {}  # worker -> the most CPU seen
    at_answer: list[float] = []
    running: list[subprocess.Popen[str]] = []
    finished = threading.Event()

    def workers_cpu() -> float:
        if running:
            for pid in workers_of(running[0].pid):
                samples[pid] = max(samples.get(pid, 0.0), cpu_of(pid))
        return sum(samples.values())

    def sample() -> None:
        while not finished.is_set():
            workers_cpu()
            time.sleep(0.02)

    def hold(hit) -> None:
        if at_answer:
            return
        quiet_since, seen = time.monotonic(), -1.0
        deadline = time.monotonic() + 120  # a run that never goes quiet fails below, not here
        while time.monotonic() < deadline:
            now = workers_cpu()
            if now != seen:
                quiet_since, seen = time.monotonic(), now
            elif samples and time.monotonic() - quiet_since > 1.5:
                break
            time.sleep(0.05)
        at_answer.append(seen)

    served = registry()
    served.hold = hold
    sampler = threading.Thread(target=sample, daemon=True)
    with Server(served) as server:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("REFSLINT_")},
            "PYTHONPATH": str(ROOT),
            "REFSLINT_CACHE_DIR": str(tmp_path / "cache"),
            **pointing_at(server.url),
        }
        process = subprocess.Popen(
            [*COMMAND, "--format", "json", "-j", "2", "lists"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
            env=env,
        )
        running.append(process)
        sampler.start()
        try:
            out, err = process.communicate(timeout=300)
        finally:
            finished.set()
            sampler.join()
            if process.poll() is None:
                process.kill()
    assert "Traceback" not in err
    assert '"RL402"' in out  # the held answer was used
    assert at_answer and samples
    share = at_answer[0] / sum(samples.values())
    assert share > 0.5, f"only {share:.0%} of the workers' CPU came before the first answer"


def test_the_summary_counts_the_time_of_every_lookup_of_the_run(tmp_path):
    """With `--jobs`, the run's own process asks the registries (the pre-pass) and the workers
    read the answers it fetched: the summary's lookup seconds are the time the run's lookups
    took, the pre-pass's included, as `--jobs 1` counts them. Each answer here takes the registry
    half a second, so the lookups took at least as long as some request was under way."""
    folder = tmp_path / "lists"
    folder.mkdir()
    for n in range(3):
        (folder / f"l{n}.txt").write_text(
            f"1. Smith J. A title. J Chem Phys. 2020;12:1-5. doi:10.5555/slow.{n}\n",
            encoding="utf-8",
        )
    for jobs in ("1", "2"):
        served = registry()
        served.latency = 0.5
        with Server(served) as server:
            started = time.monotonic()
            done = refslint(server.url, tmp_path / f"c{jobs}", "-j", jobs, "lists", cwd=tmp_path)
            wall = time.monotonic() - started
        assert "Traceback" not in done.stderr and served.hits
        said = re.search(r"Checked 3 entries .*\(([0-9.]+) s, 0 from cache\)", done.stderr)
        assert said, done.stderr
        asking = 0.0  # how long at least one request was under way
        reached = float("-inf")
        for hit in sorted(served.hits, key=lambda hit: hit.started):
            if hit.finished > reached:
                asking += hit.finished - max(hit.started, reached)
                reached = hit.finished
        assert asking >= 0.5
        assert asking - 0.05 <= float(said.group(1)) <= wall, (jobs, said.group(0), asking)
