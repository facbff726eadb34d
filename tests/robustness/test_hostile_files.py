"""Files that are not what their names say, and files `--fix` must not quietly damage.

A named pipe or a link to a device under a list's name, a file past the size limit, a name that is
not UTF-8 in a SARIF log, hard links and extended attributes: each is made for real and given to
the `refslint` command (in a child process wherever a regression would hang the run).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from refslint.cli import main
from refslint.sources import MAX_FILE_BYTES, MAX_FILE_SIZE

ENTRY = "1. Weber L, Garcia M. A study of things. J Chem Phys. 2018;148:241722.\n"
DOUBLED = "1. Weber L, Garcia M.. A study of things. J Chem Phys. 2018;148:241722.\n"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
needs_devices = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")


def refslint(*args: object, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """The command in a child process, stopped after 60 s: a hang fails the test."""
    done = subprocess.run(
        [sys.executable, "-m", "refslint", "--offline", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=60,
        env={**os.environ, "NO_COLOR": "1"},
    )
    stderr = done.stderr.decode("utf-8", "backslashreplace")
    assert "Traceback" not in stderr
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), stderr)


def lines(stderr: str, kind: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(f"refslint: {kind}:")]


@needs_fifo
def test_a_named_pipe_in_a_walked_folder_is_skipped_with_a_note(tmp_path):
    (tmp_path / "refs.txt").write_text(ENTRY)
    os.mkfifo(tmp_path / "pipe.txt")  # nobody ever writes to it: reading it would wait for ever
    done = refslint(tmp_path)
    assert done.returncode == 0, done.stderr
    assert lines(done.stderr, "note") == [
        f"refslint: note: {tmp_path / 'pipe.txt'}: not a regular file (a named pipe): skipped"
    ]
    assert "1 entry in 1 file" in done.stdout


@needs_fifo
def test_a_named_pipe_named_on_the_command_line_is_one_error(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    done = refslint(tmp_path / "pipe.txt")
    assert done.returncode == 2
    assert lines(done.stderr, "error") == [
        f"refslint: error: {tmp_path / 'pipe.txt'}: not a regular file (a named pipe); not read"
    ]


@needs_devices
def test_a_link_to_an_endless_device_is_never_read(tmp_path):
    (tmp_path / "refs.txt").write_text(ENTRY)
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    walked = refslint(tmp_path)
    assert walked.returncode == 0, walked.stderr
    assert lines(walked.stderr, "note") == [
        f"refslint: note: {tmp_path / 'zero.txt'}: not a regular file (a character device): skipped"
    ]
    named = refslint(tmp_path / "zero.txt")
    assert named.returncode == 2
    assert lines(named.stderr, "error") == [
        f"refslint: error: {tmp_path / 'zero.txt'}: not a regular file (a character device);"
        " not read"
    ]


def test_a_file_over_the_size_limit_is_refused_and_the_message_names_the_limit(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as out:  # sparse: costs no disk
        out.truncate(MAX_FILE_BYTES + 1_000_000)
    (tmp_path / "refs.txt").write_text(ENTRY)
    done = refslint(big, tmp_path / "refs.txt")
    assert done.returncode == 2
    assert lines(done.stderr, "error") == [
        f"refslint: error: {big}: 21.0 MB, over the {MAX_FILE_SIZE} limit for one file; not read"
    ]
    assert "1 entry in 1 file" in done.stdout  # the other file was linted


def test_a_file_at_the_size_limit_is_read(tmp_path):
    path = tmp_path / "refs.txt"
    path.write_bytes(ENTRY.encode() + b" " * (MAX_FILE_BYTES - len(ENTRY)))
    assert path.stat().st_size == MAX_FILE_BYTES
    assert main(["--offline", str(path)]) == 0


def test_standard_input_over_the_size_limit_is_refused(tmp_path):
    done = refslint("-", stdin=ENTRY.encode() * (MAX_FILE_BYTES // len(ENTRY) + 2))
    assert done.returncode == 2
    assert lines(done.stderr, "error") == [
        f"refslint: error: <stdin>: over the {MAX_FILE_SIZE} limit for one file; not read"
    ]


@needs_devices
def test_an_endless_standard_input_is_refused(tmp_path):
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run(
            [sys.executable, "-m", "refslint", "--offline", "-"],
            stdin=zero,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 2
    assert f"over the {MAX_FILE_SIZE} limit" in done.stderr
    assert "Traceback" not in done.stderr


def test_sarif_names_a_file_whose_name_is_not_utf8(tmp_path, monkeypatch, capsys):
    name = os.fsdecode(b"r\xe9f\xffs.txt")
    try:
        (tmp_path / name).write_text(DOUBLED)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes UTF-8 names only")
    monkeypatch.chdir(tmp_path)
    assert main(["--offline", "--format", "sarif", "."]) == 1
    out, err = capsys.readouterr()
    assert "error" not in err
    log = json.loads(out)
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for result in log["runs"][0]["results"]
        for location in result["locations"]
    }
    assert uris == {"r%E9f%FFs.txt"}  # the name's own bytes, percent-encoded
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True


def test_fix_refuses_a_file_with_hard_links_and_both_names_keep_their_text(tmp_path):
    first, second = tmp_path / "refs.txt", tmp_path / "same.txt"
    first.write_text(DOUBLED)
    os.link(first, second)
    done = refslint("--fix", first)
    assert done.returncode == 2
    assert lines(done.stderr, "error") == [
        f"refslint: error: {first}: has 2 hard links, and fixing it would leave the other names"
        " with the old text; not written (--diff shows the fixes)"
    ]
    assert first.read_text() == second.read_text() == DOUBLED
    assert os.path.samefile(first, second)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["refs.txt", "same.txt"]


def test_fix_keeps_extended_attributes(tmp_path):
    path = tmp_path / "refs.txt"
    path.write_text(DOUBLED)
    try:
        os.setxattr(path, "user.origin", b"exported from the reference manager")
    except (AttributeError, OSError):
        pytest.skip("no user extended attributes on this file system")
    done = refslint("--fix", path)
    assert done.returncode == 1, done.stderr  # 1: it changed the file, as pre-commit expects
    assert done.stdout.startswith("Fixed 1 problem")
    assert path.read_text() == DOUBLED.replace("M..", "M.")
    assert os.getxattr(path, "user.origin") == b"exported from the reference manager"
