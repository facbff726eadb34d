"""The issue's "done when" run: the 124-entry review list against a registry holding its records
(see `review124.py` for which records are served and why)."""

from __future__ import annotations

import json

import pytest

from refslint.cli import main
from tests.lookup import review124

FAST = {"x-rate-limit-limit": "1000", "x-rate-limit-interval": "1s", "x-concurrency-limit": "3"}
pytestmark = pytest.mark.slow  # the whole review list through the registry, twice
LOOKUP_FINDINGS = {"RL402", "RL403", "RL404", "RL405", "RL410", "RL411", "RL412"}


def lint_list(tmp_path, capsys, *extra: str) -> tuple[int, str, str]:
    refs = tmp_path / "review-124.txt"
    refs.write_bytes(review124.LIST.read_bytes())
    status = main(["--today", "2026-11-26", "--select", "RL4", *extra, str(refs)])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_the_article_number_from_a_doi_is_flagged_and_no_sound_entry_is(registry, tmp_path, capsys):
    registry.headers = dict(FAST)
    served = review124.load(registry)
    assert len(served["search"]) + len(served["datacite"]) == 115
    status, out, _ = lint_list(tmp_path, capsys, "--format", "json")
    findings = [d for d in json.loads(out) if d["code"] in LOOKUP_FINDINGS]
    differ = [(d["entry"], d["line"], d["message"]) for d in findings if d["code"] == "RL402"]
    assert differ == [
        (
            28,
            review124.entry_line(28),
            f"article number 585 differs from the record of {review124.ENTRY_28_DOI} (114); "
            "585 is part of that DOI, not the article number",
        )
    ]
    [fix] = [d["fix"] for d in findings if d["code"] == "RL402"]
    assert fix["applicability"] == "unsafe" and [e["text"] for e in fix["edits"]] == ["114"]
    # the registry holds no record of the entries whose true article number nothing states
    missing = sorted(d["entry"] for d in findings if d["code"] == "RL405")
    assert missing == sorted(review124.UNKNOWN)
    assert {d["code"] for d in findings} == {"RL402", "RL405"}
    assert status == 1


def test_a_second_run_of_the_list_asks_nothing_and_says_what_it_checked(registry, tmp_path, capsys):
    registry.headers = dict(FAST)
    review124.load(registry)
    first = lint_list(tmp_path, capsys)
    asked = len(registry.hits)
    # one search or DOI per entry that has something to look up; for the six that Crossref does
    # not hold, a search of OpenAlex each, and one ecitmatch of PubMed for them all (with the
    # citation PubMed surely holds, whose match lets its "no match" to the six be believed)
    assert asked == 121 + 6 + 1
    second = lint_list(tmp_path, capsys)
    assert len(registry.hits) == asked
    assert second[1] == first[1]
    summary = second[2].strip().splitlines()[-1]
    assert summary.startswith(
        "Checked 121 entries against Crossref, DataCite, OpenAlex and PubMed: 114 confirmed, 1 differ, 6 not found ("
    )
    assert summary.endswith(", 121 from cache).")
