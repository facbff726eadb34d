"""A cache written by an older refslint: rows of an older shape are ignored and fetched again."""

from __future__ import annotations

import json
import sqlite3
import time

from tests.lookup.registry import crossref_work
from tests.lookup.test_lookup import BCN, bcn_work, found

ENTRY = (
    "1. Chen W, Schmidt JN. Machine learning and evolutionary prediction of superhard B-C-N "
    f"compounds. npj Comput Mater 2021;7:585. doi:{BCN}\n"
)


def test_rows_from_an_older_store_shape_are_ignored_and_fetched_again(registry, tmp_path):
    registry.add_work(bcn_work())
    store = tmp_path / "cache" / "answers.sqlite"
    store.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(store) as db:  # what an older refslint left: schema 0, another shape
        db.execute(
            "CREATE TABLE answers (key TEXT PRIMARY KEY, schema INTEGER, outcome TEXT, expires REAL)"
        )
        # a row today's code could read, with another article number: only its schema number
        # says it comes from an older refslint, so only the schema check keeps it out
        record = {
            "source": "Crossref", "doi": BCN, "title": "Machine learning and evolutionary "
            "prediction of superhard B-C-N compounds", "containers": ["npj Comput Mater"],
            "years": [2021], "volume": "7", "article_number": "999", "families": ["Chen"],
        }  # fmt: skip
        stale = {"status": "found", "record": record, "via": "doi", "key": BCN}
        db.execute(
            "INSERT INTO answers VALUES (?, 0, ?, ?)",
            (f"doi:{BCN.lower()}", json.dumps(stale), time.time() + 86_400),
        )
    findings = found(ENTRY)
    assert [code for code, _ in findings] == ["RL402"]
    assert (
        "(114)" in findings[0][1] and "999" not in findings[0][1]
    )  # the fresh record, not the row
    assert len(registry.hits) >= 1  # the old row was not taken as an answer
    asked = len(registry.hits)
    assert found(ENTRY) == findings and len(registry.hits) == asked  # now kept in today's shape


def test_a_row_that_no_longer_reads_is_a_miss_not_a_crash(registry, tmp_path):
    registry.add_work(crossref_work("crossref-work-journal-article-srep-article-number-16696.json"))
    from tests.lookup.test_lookup import SREP_ENTRY

    store = tmp_path / "cache" / "answers.sqlite"
    store.parent.mkdir(parents=True, exist_ok=True)
    from refslint.lookup.store import SCHEMA

    with sqlite3.connect(store) as db:  # today's schema number, but a body that does not parse
        db.execute(
            "CREATE TABLE answers (key TEXT PRIMARY KEY, schema INTEGER, outcome TEXT, expires REAL)"
        )
        db.execute(
            "INSERT INTO answers VALUES (?, ?, ?, ?)",
            ("doi:10.1038/srep16696", SCHEMA, "{not json", time.time() + 86_400),
        )
    assert found(SREP_ENTRY) == []
    assert registry.paths() == ["/works/10.1038/srep16696"]
