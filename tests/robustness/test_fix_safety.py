"""`--fix` under faults: the original file stays whole or the fixed file is complete, never a mix.

Each fault is made for real, in the `refslint` command: a read-only or immutable file, a full disk
(a file size limit in a child process), a kill between writing and renaming, another program
changing the file while the fixes are computed, and symlinks, whole or broken.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from refslint.cli import main

TODAY = "2026-11-26"
PROCEEDINGS = "Proceedings of the 34th International Conference on Machine Learning"
GOOD = [
    f"{n}. Author{n} J, Writer K. Paper number {n}. In: {PROCEEDINGS}. 2017. p. 12-9.\n"
    for n in range(1, 401)
]
# About 50 KB, with one entry that breaks the list's `In:` convention (a safe fix, RL801).
LIST = "".join(GOOD) + f"401. Gilmer J, Dahl GE. Message passing. In. {PROCEEDINGS}. 2017.\n"
FIXED = LIST.replace("In. ", "In: ")
ARGS = ["--today", TODAY, "--select", "RL801", "--fix"]
TEMPORARY = ".refs.txt.refslint-*.tmp"


@pytest.fixture
def listfile(tmp_path: Path) -> Path:
    path = tmp_path / "refs.txt"
    path.write_bytes(LIST.encode())
    return path


def refslint(*args: object) -> int:
    return main([*map(str, args), *ARGS])


def refslint_child(setup: str, *args: object) -> subprocess.CompletedProcess[str]:
    """The command in a child process that first runs `setup` (to make a fault happen)."""
    script = f"import os, signal, sys\n{setup}\nfrom refslint.cli import main\n"
    script += "sys.exit(main(sys.argv[1:]))\n"
    return subprocess.run(
        [sys.executable, "-c", script, *map(str, args), *ARGS],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "NO_COLOR": "1"},
    )


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr
    return [line for line in stderr.splitlines() if line.startswith("refslint: error:")]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "refs.txt")


def test_the_fixture_list_is_fixed_when_nothing_goes_wrong(listfile):
    assert refslint(listfile) == 1
    assert listfile.read_bytes() == FIXED.encode()
    assert leftovers(listfile.parent) == []


# --- a read-only target --------------------------------------------------------------------------


def test_a_read_only_file_is_refused_even_where_it_could_be_replaced(listfile, capsys):
    """Its folder is writable, so a rename would succeed (and root writes anything): the user
    marked the file read-only, so it is left alone."""
    listfile.chmod(0o444)
    assert refslint(listfile) == 2
    assert error_lines(capsys.readouterr().err) == [
        f"refslint: error: {listfile}: read-only; not written"
    ]
    assert listfile.read_bytes() == LIST.encode()
    assert stat.S_IMODE(listfile.stat().st_mode) == 0o444
    assert leftovers(listfile.parent) == []


def immutable(path: Path) -> None:
    """`chattr +i`: the one read-only mark root cannot write through."""
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode:
        pytest.skip("chattr +i is not permitted here (needs CAP_LINUX_IMMUTABLE and ext4 or kin)")


def mutable(path: Path) -> None:
    subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)


@pytest.mark.skipif(not Path("/usr/bin/chattr").exists(), reason="chattr is not installed")
def test_an_immutable_file_is_left_whole(listfile, capsys):
    immutable(listfile)
    try:
        assert refslint(listfile) == 2
        [line] = error_lines(capsys.readouterr().err)
        assert str(listfile) in line and "not written" in line
    finally:
        mutable(listfile)
    assert listfile.read_bytes() == LIST.encode()
    assert leftovers(listfile.parent) == []


@pytest.mark.skipif(not Path("/usr/bin/chattr").exists(), reason="chattr is not installed")
def test_a_folder_nobody_may_write_in_leaves_the_file_whole(listfile, capsys):
    """As root a folder's permission bits stop nothing; an immutable folder stops the temporary
    file. (tests/fixes covers the 0o500 folder for other users.)"""
    immutable(listfile.parent)
    try:
        assert refslint(listfile) == 2
        [line] = error_lines(capsys.readouterr().err)
    finally:
        mutable(listfile.parent)
    assert line == (
        f"refslint: error: {listfile}: cannot write: Operation not permitted; the file is unchanged"
    )
    assert listfile.read_bytes() == LIST.encode()
    assert leftovers(listfile.parent) == []


# --- a full disk ---------------------------------------------------------------------------------

FULL_DISK = (
    "import resource\n"
    "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
    "resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))\n"
)


def test_a_full_disk_is_one_error_and_the_file_is_unchanged(listfile):
    assert len(LIST.encode()) > 6 * 8192  # the limit stops the write in its first few blocks
    done = refslint_child(FULL_DISK, listfile)
    assert done.returncode == 2, done.stderr
    assert error_lines(done.stderr) == [
        f"refslint: error: {listfile}: cannot write: File too large "
        "(disk full or file size limit reached); the file is unchanged"
    ]
    assert listfile.read_bytes() == LIST.encode()
    assert leftovers(listfile.parent) == []  # the partial temporary file is removed


# --- a kill between writing and renaming --------------------------------------------------------

KILL = "def kill(*args, **kwargs):\n    os.kill(os.getpid(), signal.SIGKILL)\n"


@pytest.mark.parametrize(
    "when",
    ["os.fsync", "os.replace"],
    ids=["while-the-temporary-file-is-written", "just-before-the-rename"],
)
def test_a_kill_leaves_the_original_whole(listfile, when):
    done = refslint_child(f"{KILL}{when} = kill", listfile)
    assert done.returncode == -9
    assert listfile.read_bytes() == LIST.encode()
    [left] = listfile.parent.glob(TEMPORARY)  # a hidden, recognisable leftover, never the file
    assert leftovers(listfile.parent) == [left.name]
    if when == "os.replace":
        assert left.read_bytes() == FIXED.encode()  # complete, though never put in place


def test_a_leftover_temporary_file_is_not_linted_or_fixed(listfile, capsys):
    refslint_child(f"{KILL}os.replace = kill", listfile)
    assert refslint(listfile.parent) == 1  # the folder: the walk skips hidden files
    assert "Fixed 1 problem" in capsys.readouterr().out
    assert listfile.read_bytes() == FIXED.encode()
    [left] = listfile.parent.glob(TEMPORARY)
    assert left.read_bytes() == FIXED.encode()


# --- the file changes while the fixes are computed ----------------------------------------------

OTHER = "1. Someone else's version of the list. 2026.\n"


def change_after_reading(new_text: str | None) -> str:
    """Setup that lets the fixes be computed from the file as read, then changes the file as an
    editor saving it would (or only touches it when `new_text` is None)."""
    change = (
        "os.utime(sys.argv[1], (1, 1))"
        if new_text is None
        else f"open(sys.argv[1], 'w').write({new_text!r})"
    )
    return (
        "import refslint.fixes\n"
        "computed = refslint.fixes.fix_text\n"
        "def fix_text(*args, **kwargs):\n"
        "    result = computed(*args, **kwargs)\n"
        f"    {change}\n"
        "    return result\n"
        "refslint.fixes.fix_text = fix_text\n"
    )


def test_a_file_changed_after_reading_is_refused_and_the_other_version_kept(listfile):
    done = refslint_child(change_after_reading(OTHER), listfile)
    assert done.returncode == 2, done.stderr
    assert error_lines(done.stderr) == [
        f"refslint: error: {listfile}: changed on disk after it was read; "
        "not written (run refslint again)"
    ]
    assert listfile.read_text() == OTHER
    assert leftovers(listfile.parent) == []


def test_a_file_changed_to_the_same_size_is_refused(listfile):
    same_size = LIST.replace("Paper number 7.", "Paper number 8.")
    done = refslint_child(change_after_reading(same_size), listfile)
    assert done.returncode == 2
    assert listfile.read_text() == same_size


def test_a_file_only_touched_after_reading_is_fixed(listfile):
    """The check compares content, not times: a file saved unchanged loses nothing to the fix."""
    done = refslint_child(change_after_reading(None), listfile)
    assert done.returncode == 1, done.stderr
    assert listfile.read_bytes() == FIXED.encode()


def test_a_file_removed_after_reading_is_not_recreated(listfile):
    setup = change_after_reading(OTHER).replace(f"open(sys.argv[1], 'w').write({OTHER!r})", "")
    setup = setup.replace(
        "    result = computed", "    os.remove(sys.argv[1])\n    result = computed"
    )
    done = refslint_child(setup, listfile)
    assert done.returncode == 2
    assert error_lines(done.stderr) == [
        f"refslint: error: {listfile}: removed after it was read; not written"
    ]
    assert leftovers(listfile.parent) == []


# --- symlinks ------------------------------------------------------------------------------------


def test_a_symlink_is_followed_and_stays_a_link(tmp_path):
    real = tmp_path / "lists" / "refs.txt"
    real.parent.mkdir()
    real.write_bytes(LIST.encode())
    real.chmod(0o640)
    link = tmp_path / "paper" / "refs.txt"
    link.parent.mkdir()
    link.symlink_to(Path("..") / "lists" / "refs.txt")
    assert refslint(link) == 1
    assert link.is_symlink() and os.readlink(link) == str(Path("..") / "lists" / "refs.txt")
    assert real.read_bytes() == FIXED.encode()
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in link.parent.iterdir()) == ["refs.txt"]
    assert sorted(p.name for p in real.parent.iterdir()) == ["refs.txt"]


def test_a_symlink_to_a_read_only_file_is_refused(tmp_path, capsys):
    real = tmp_path / "real.txt"
    real.write_bytes(LIST.encode())
    real.chmod(0o444)
    link = tmp_path / "refs.txt"
    link.symlink_to(real)
    assert refslint(link) == 2
    assert error_lines(capsys.readouterr().err) == [
        f"refslint: error: {link}: read-only; not written"
    ]
    assert link.is_symlink() and real.read_bytes() == LIST.encode()


def test_a_broken_symlink_named_on_the_command_line_is_a_clear_error(tmp_path, capsys):
    link = tmp_path / "refs.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert refslint(link) == 2
    assert f"{link}: broken symbolic link" in capsys.readouterr().err
    assert link.is_symlink() and not link.exists()


def test_a_broken_symlink_in_a_folder_is_a_clear_error_and_stays_a_link(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_bytes(LIST.encode())
    link = tmp_path / "refs.txt"
    link.symlink_to("gone.txt")
    assert refslint(tmp_path) == 2
    assert error_lines(capsys.readouterr().err) == [
        f"refslint: error: {link}: broken symbolic link (points to gone.txt)"
    ]
    assert good.read_bytes() == FIXED.encode()  # the other file is still fixed
    assert link.is_symlink() and os.readlink(link) == "gone.txt"
