"""The lookup layer prints nothing: what it saw worth saying (a damaged cache set aside) is a
`Note` handed to the face. The command line prints it on stderr as it always did, a library call
gets it in a list and leaves stderr alone."""

from __future__ import annotations

from pathlib import Path

from refslint.cli import main
from refslint.engine import lint_text
from refslint.notes import Note
from refslint.session import Session

ENTRY = (
    "1. Tosatto L, Horrocks MH, Dear AJ. Single-molecule FRET studies on alpha-synuclein "
    "oligomerization. Sci Rep. 2015;5:16696. doi:10.1038/srep16696\n"
)


def damaged_store(monkeypatch, tmp_path: Path) -> Path:
    """A cache folder whose answer store is not a database at all."""
    cache = tmp_path / "cache"
    cache.mkdir()
    store = cache / "answers.sqlite"
    store.write_bytes(b"this is not a database at all\n" * 200)
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(cache))
    return store


def test_the_command_line_prints_the_set_aside_warning_as_before(monkeypatch, tmp_path, capsys):
    store = damaged_store(monkeypatch, tmp_path)
    refs = tmp_path / "refs.txt"
    refs.write_text(ENTRY, encoding="utf-8")
    main([str(refs), "--offline", "--select", "RL4"])
    err = capsys.readouterr().err.splitlines()
    [warning] = [line for line in err if "warning" in line]
    assert warning.startswith(
        f"refslint: warning: the lookup cache {store} was unreadable (file is not a database); "
        "moved it to answers.sqlite.corrupt-"
    )
    assert warning.endswith(" and started a new one")
    assert len(list(store.parent.glob("answers.sqlite.corrupt-*"))) == 1


def test_a_library_call_gets_the_note_and_stderr_stays_empty(monkeypatch, tmp_path, capsys):
    store = damaged_store(monkeypatch, tmp_path)
    notes: list[Note] = []
    lint_text(ENTRY, offline=True, select="RL4", notes=notes)
    assert capsys.readouterr().err == ""
    [note] = notes
    assert note.level == "warning"
    assert note.text.startswith(f"the lookup cache {store} was unreadable")
    assert note.line() == f"refslint: warning: {note.text}"


def test_without_a_list_a_library_call_is_silent_too(monkeypatch, tmp_path, capsys):
    damaged_store(monkeypatch, tmp_path)
    lint_text(ENTRY, offline=True, select="RL4")
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""


def test_a_session_keeps_its_notes(monkeypatch, tmp_path, capsys):
    damaged_store(monkeypatch, tmp_path)
    heard: list[Note] = []
    session = Session(offline=True, settings={"select": ["RL4"]}, note=heard.append)
    try:
        session.lint("refs.txt", ENTRY)
        session.finish()
    finally:
        session.close()
    assert session.notes == heard and [n.level for n in heard] == ["warning"]
    assert capsys.readouterr().err == ""
