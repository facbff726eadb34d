"""RL418 and RL419 on real citations: the references that publishers deposited with Crossref,
kept in the recorded responses in tests/data/api-responses (their SOURCES.md gives where each
was recorded). Each deposited reference with a DOI and a year is printed as a Vancouver entry
from its own fields (journal, year, volume, issue, first page); the rules must find exactly the
contradictions judged by hand below, and nothing on the others."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data" / "api-responses"

# each finding checked by hand: the deposited reference is wrong, and its DOI right
JUDGED = {
    # Front Mar Sci 7:103: the article number was deposited as the issue, the PDF's page as pages
    "10.3389/fmars.2020.00103",
    # Climatic Change 161 is 2020's volume: the year 2010 is a slip
    "10.1007/s10584-020-02755-w",
    # Frontiers' article numbers 803171 and 249, deposited as 2908 and 1339
    "10.3389/fmars.2022.803171",
    "10.3389/fmars.2019.00249",
    # PLOS ONE articles deposited with page 1 (the PDF's) or a number cut short (e2014)
    "10.1371/journal.pone.0119905",
    "10.1371/journal.pone.0020141",
    "10.1371/journal.pone.0019359",
    "10.1371/journal.pone.0056073",
}


def _works(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if "DOI" in node and "year" in node and str(node["year"]).isdigit():
            yield node
        for value in node.values():
            yield from _works(value)
    elif isinstance(node, list):
        for value in node:
            yield from _works(value)


def _entries() -> list[tuple[str, str]]:
    seen: set[str] = set()
    entries = []
    for path in sorted(DATA.glob("crossref-*.json")):
        if path.name.endswith(".meta.json"):
            continue
        for work in _works(json.loads(path.read_text(encoding="utf-8"))):
            doi = work["DOI"]
            if doi.lower() in seen:
                continue
            seen.add(doi.lower())
            journal = work.get("journal-title") or "J"
            issue = f"({work['issue']})" if work.get("issue") else ""
            page = f":{work['first-page']}" if work.get("first-page") else ""
            where = f"{work['year']};{work.get('volume', '')}{issue}{page}"
            entries.append((doi, f"Smith J. Title. {journal}. {where}. doi:{doi}"))
    return entries


def test_deposited_references_contradict_their_dois_only_where_judged(lint):
    entries = _entries()
    assert len(entries) > 1000
    text = "".join(f"{n}. {entry}\n" for n, (_, entry) in enumerate(entries, 1))
    found = lint(text, select=["RL418", "RL419"])
    assert {entries[d.entry - 1][0] for d in found} == JUDGED
    assert {d.code for d in found} == {"RL418"}
