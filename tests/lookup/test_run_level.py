"""A run with several files: one RL409 note for the whole run, and one lookup table per run."""

from __future__ import annotations

import json

from refslint.cli import main
from tests.lookup.test_lookup import SREP_ENTRY

TODAY = ["--today", "2026-11-26"]
NO_LOOKUP = (
    "1. Smith J. Notes on nothing [Internet]. [cited 2026 Nov 20]. "
    "Available from: https://example.org/notes\n"
)


def two_lists(tmp_path, monkeypatch):
    """Two lists with three entries to look up between them; the registry refuses connections."""
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(SREP_ENTRY, encoding="utf-8")
    second.write_text(
        SREP_ENTRY.replace("16696", "16697")
        + SREP_ENTRY.replace("1. ", "2. ").replace("16696", "16698"),
        encoding="utf-8",
    )
    return first, second


def test_one_note_for_the_run_counts_every_file_and_belongs_to_no_entry(
    tmp_path, monkeypatch, capsys
):
    first, second = two_lists(tmp_path, monkeypatch)
    assert main([*TODAY, "--format", "json", str(first), str(second)]) == 0
    notes = [d for d in json.loads(capsys.readouterr().out) if d["code"] == "RL409"]
    assert len(notes) == 1
    [note] = notes
    assert (note["path"], note["line"], note["column"], note["entry"]) == (str(first), 1, 1, None)
    assert (note["severity"], note["category"]) == ("info", "lookup")
    assert note["message"].startswith(
        "could not verify 3 entries against Crossref, DataCite, OpenAlex and PubMed"
    )


def test_the_note_comes_after_every_file_and_strict_makes_it_an_error(
    tmp_path, monkeypatch, capsys
):
    first, second = two_lists(tmp_path, monkeypatch)
    assert main([*TODAY, "--strict-lookup", str(first), str(second)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if "RL409" in line] == [lines[-2]]  # before the summary only
    assert lines[-2].startswith(f"{first}:1:1: RL409 could not verify 3 entries")
    assert main([*TODAY, "--format", "json", "--strict-lookup", str(first), str(second)]) == 1
    [note] = [d for d in json.loads(capsys.readouterr().out) if d["code"] == "RL409"]
    assert note["severity"] == "error"


def test_the_note_sits_in_the_first_file_that_had_a_failure(tmp_path, monkeypatch, capsys):
    first, second = two_lists(tmp_path, monkeypatch)
    first.write_text(NO_LOOKUP, encoding="utf-8")
    assert main([*TODAY, "--format", "json", str(first), str(second)]) == 0
    [note] = [d for d in json.loads(capsys.readouterr().out) if d["code"] == "RL409"]
    assert (note["path"], note["entry"]) == (str(second), None)
    assert note["message"].startswith("could not verify 2 entries")


def test_no_note_when_the_rule_is_not_chosen(tmp_path, monkeypatch, capsys):
    first, second = two_lists(tmp_path, monkeypatch)
    assert main([*TODAY, "--ignore", "RL409", str(first), str(second)]) == 0
    assert "RL409" not in capsys.readouterr().out


def config_dir(tmp_path, name: str, lookup: str):
    folder = tmp_path / name
    folder.mkdir()
    (folder / "refslint.toml").write_text(f"[lookup]\n{lookup}\n", encoding="utf-8")
    refs = folder / "refs.txt"
    refs.write_text(SREP_ENTRY, encoding="utf-8")
    return refs


def test_different_lookup_tables_in_one_run_are_said_once(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    first = config_dir(tmp_path, "a", "timeout = 5")
    second = config_dir(tmp_path, "b", "timeout = 7")
    third = config_dir(tmp_path, "c", "timeout = 9")
    assert main([*TODAY, "--offline", str(first), str(second), str(third)]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if "refslint: note" in line]
    assert notes == [
        f"refslint: note: {second}: its config's [tool.refslint.lookup] table differs from that "
        f"of {first}; one lookup table serves a run, so {first}'s is used"
    ]


def test_the_first_lookup_table_serves_the_run(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    first = config_dir(tmp_path, "a", "strict = true")
    second = config_dir(tmp_path, "b", "strict = false")
    # the registry refuses connections: the first table makes the run's one note an error
    assert main([*TODAY, str(second), str(first)]) == 0
    assert main([*TODAY, str(first), str(second)]) == 1
    out = capsys.readouterr().out
    assert out.count("RL409") == 2


def test_equal_lookup_tables_say_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    first = config_dir(tmp_path, "a", "timeout = 5")
    second = config_dir(tmp_path, "b", "timeout = 5")
    assert main([*TODAY, "--offline", str(first), str(second)]) == 0
    assert "refslint: note" not in capsys.readouterr().err
