"""SARIF 2.1.0, the format GitHub code scanning and other result viewers read.

One run with the rules that ran as `tool.driver.rules`, so a viewer can show each rule's
documentation beside its results without knowing refslint. Columns are counted in Unicode code
points, as everywhere else in refslint, and the run says so (`columnKind`), so a viewer never has to
guess SARIF's default unit. Every artifactLocation is a URI relative to the working directory
with `uriBaseId` `%SRCROOT%` (`../` for a file beside it), which is what code scanning matches
against the repository.

A run-level note (RL409, "could not verify N entries") belongs to no file: it is a tool execution
notification of the invocation, not a result. A lookup finding's registry record (the entry
beside it field by field) is the result's `properties.record`, shaped as in JSON.
`automationDetails.id` is `refslint/<UTC time>`: the category
(`refslint`) groups the runs of this tool, the part after it names this run.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from refslint import __version__
from refslint.diagnostics import Located, Severity
from refslint.reporters import RunSummary

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
ROOT_ID = "%SRCROOT%"
CATEGORY = "refslint"
FULL_NAME = f"refslint {__version__}, a linter for numbered reference lists"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def report(results: Sequence[Located], run: RunSummary, out: TextIO) -> None:
    json.dump(sarif_log(results, run), out, indent=2, ensure_ascii=False)
    out.write("\n")


def sarif_log(
    results: Sequence[Located], run: RunSummary, cwd: Path | None = None
) -> dict[str, Any]:
    """The whole log as a JSON-ready dict; `cwd` is what paths are made relative to."""
    root = (cwd or Path.cwd()).resolve()
    descriptors = _descriptors(run, results)
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    invocation: dict[str, Any] = {"executionSuccessful": _successful(run, results)}
    notes = [_notification(d, index[d.code]) for d in results if d.run_level]
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "refslint",
                        "fullName": FULL_NAME,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": descriptors,
                    }
                },
                "originalUriBaseIds": {ROOT_ID: {"uri": root.as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "automationDetails": automation_details(),
                "invocations": [invocation],
                "results": [_result(d, index[d.code], root) for d in results if not d.run_level],
            }
        ],
    }


def automation_details(now: dt.datetime | None = None) -> dict[str, str]:
    """`refslint/2026-12-06T07:42:30Z`: the category, then this run (a new guid each run)."""
    moment = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    return {
        "id": f"{CATEGORY}/{moment.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "guid": str(uuid.uuid4()),
    }


def _notification(d: Located, rule_index: int) -> dict[str, Any]:
    """A run-level note as SARIF says it: a notification of the invocation, tied to its rule."""
    return {
        "level": LEVELS[d.severity],
        "message": {"text": d.message},
        "associatedRule": {"id": d.code, "index": rule_index},
        "properties": {"category": str(d.category)},
    }


def _successful(run: RunSummary, results: Sequence[Located]) -> bool:
    """False when the run failed, or when `--strict-lookup` made "could not verify" an error:
    a gate that verified nothing has not succeeded at what it was asked."""
    unverified = any(d.name == "lookup-failed" and d.severity is Severity.ERROR for d in results)
    return run.errors == 0 and not unverified


def _descriptors(run: RunSummary, results: Sequence[Located]) -> list[dict[str, Any]]:
    """One reportingDescriptor per rule that ran, plus any rule a result names that the summary
    does not (a caller that passed no rules still gets a valid log)."""
    described: dict[str, dict[str, Any]] = {}
    for r in sorted(run.rules, key=lambda r: r.code):
        described.setdefault(
            r.code,
            _descriptor(r.code, r.name, r.summary, r.docs, r.severity, str(r.category), r.fixable),
        )
    for d in results:
        if d.code not in described:
            described[d.code] = _descriptor(
                d.code, d.name, d.name, "", d.severity, str(d.category), bool(d.edits)
            )
    return [described[code] for code in sorted(described)]


def _descriptor(
    code: str,
    name: str,
    summary: str,
    docs: str,
    severity: Severity,
    category: str,
    fixable: bool,
) -> dict[str, Any]:
    docs = docs or summary
    what = _section(docs, "## What it does") or summary
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": _plain(summary), "markdown": summary},
        "fullDescription": {"text": _plain(what), "markdown": what},
        # embedded, not linked: refslint has no homepage, so no `helpUri` (nor `informationUri`)
        "help": {"text": docs, "markdown": docs_markdown(docs)},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {"category": category, "fixable": fixable, "tags": [category]},
    }


def _section(docs: str, heading: str) -> str:
    """The text under one `## ` heading of a rule's docs, or "" when it has none."""
    lines = docs.splitlines()
    if heading not in lines:
        return ""
    body = []
    for line in lines[lines.index(heading) + 1 :]:
        if line.startswith("## "):
            break
        body.append(line)
    return " ".join(line.strip() for line in body if line.strip())


def _plain(markdown: str) -> str:
    """A one-paragraph Markdown text as plain text: backticks around code only add noise."""
    return markdown.replace("`", "")


def docs_markdown(docs: str) -> str:
    """Rule docs show example entries indented by four spaces, which Markdown reads as code only
    after a blank line; fence them so every viewer shows them as written."""
    out: list[str] = []
    block: list[str] = []
    for line in [*docs.splitlines(), ""]:
        if line.startswith("    "):
            block.append(line[4:])
            continue
        if block:
            out.extend(["", "```text", *block, "```"])
            block = []
            if line:
                out.append("")
        out.append(line)
    return "\n".join(out).strip() + "\n"


def _result(d: Located, rule_index: int, root: Path) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": rule_index,
        "level": LEVELS[d.severity],
        "message": {"text": d.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _artifact(d.path, root),
                    "region": _region(d.line, d.column, d.end_line, d.end_column),
                }
            }
        ],
    }
    if d.entry is not None:
        result["properties"] = {"entry": d.entry, "category": str(d.category)}
    if d.place is not None:  # a Word or PDF file: its region's lines are paragraphs or lines
        result.setdefault("properties", {"category": str(d.category)})["place"] = d.place.as_json()
    if d.record is not None:  # the registry record it was compared with, as JSON carries it
        result.setdefault("properties", {"category": str(d.category)})["record"] = (
            d.record.as_json()
        )
    if d.fix_applicability is not None and d.edits:
        result["fixes"] = [
            {
                "description": {"text": f"{d.fix_message} ({d.fix_applicability} fix)"},
                "artifactChanges": [
                    {
                        "artifactLocation": _artifact(d.path, root),
                        "replacements": list(_replacements(d)),
                    }
                ],
            }
        ]
    return result


def _replacements(d: Located) -> Iterable[dict[str, Any]]:
    for e in d.edits:
        yield {
            "deletedRegion": _region(e.line, e.column, e.end_line, e.end_column),
            "insertedContent": {"text": e.text},
        }


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    # SARIF's endColumn is "the column of the character following the end of the region":
    # exclusive, like refslint's own end_column, so no arithmetic is needed.
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _artifact(path: str, root: Path) -> dict[str, Any]:
    """A URI relative to `%SRCROOT%`, climbing with `../` to a file outside the working directory;
    absolute only where no relative path exists (another drive)."""
    target = Path(path)
    absolute = target if target.is_absolute() else root / target
    try:
        relative = Path(os.path.relpath(os.path.normpath(absolute), root))
    except ValueError:
        return {"uri": Path(os.path.normpath(absolute)).as_uri()}
    # quoted as the bytes the name is on disk: a name that is not UTF-8 (its bytes kept as
    # surrogates by `os.fsdecode`) is percent-encoded byte by byte, as `as_uri` does
    return {"uri": quote(os.fsencode(relative.as_posix())), "uriBaseId": ROOT_ID}
