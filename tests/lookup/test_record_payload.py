"""The record a lookup finding compared the entry with travels on the finding, field by field,
and `--format json` carries it as `record` on those findings only."""

from __future__ import annotations

import json

from refslint.cli import main
from tests.conftest import lint
from tests.lookup.registry import crossref_work
from tests.lookup.test_lookup import SREP, SREP_ENTRY


def test_a_field_that_differs_carries_the_record_side_by_side(registry):
    registry.add_work(crossref_work(SREP))
    entry = SREP_ENTRY.replace("Sci Rep. 2015;5:", "Nat Commun. 2014;6:")
    found = [d for d in lint(entry, offline=False) if d.code == "RL402"]
    assert len(found) == 3
    record = found[0].record
    assert record is not None and all(d.record == record for d in found)
    assert (record.source, record.doi) == ("Crossref", "10.1038/srep16696")
    rows = {f.name: (f.printed, f.recorded, f.differs) for f in record.fields}
    assert rows["year"] == ("2014", "2015", True)
    assert rows["volume"] == ("6", "5", True)
    assert rows["journal"] == ("Nat Commun", "Scientific Reports", True)
    assert rows["page"] == ("16696", "16696", False)
    assert rows["authors"][2] is False and rows["authors"][0].startswith("Tosatto L")
    assert rows["title"][2] is False


def test_json_output_adds_record_to_lookup_findings_only(registry, tmp_path, capsys):
    registry.add_work(crossref_work(SREP))
    refs = tmp_path / "refs.txt"
    refs.write_text(
        SREP_ENTRY.replace("2015;5:", "2015;6:") + "2. Smith J. A title. 2099.\n", encoding="utf-8"
    )
    assert main([str(refs), "--format", "json", "--today", "2025-01-01"]) == 1
    findings = json.loads(capsys.readouterr().out)
    with_record = [f for f in findings if "record" in f]
    assert [f["code"] for f in with_record] == ["RL402"]
    assert with_record[0]["record"]["doi"] == "10.1038/srep16696"
    volume = next(r for r in with_record[0]["record"]["fields"] if r["name"] == "volume")
    assert volume == {"name": "volume", "printed": "6", "recorded": "5", "differs": True}
    others = [f for f in findings if "record" not in f]
    assert others and all(set(f) == set(with_record[0]) - {"record"} for f in others)


def test_a_search_verdict_carries_the_candidate_it_names(registry):
    other_author = crossref_work(SREP, author=[{"family": "Nguyen", "given": "Anh"}])
    registry.search(lambda q: True, [other_author])
    [finding] = lint(SREP_ENTRY.replace(" doi:10.1038/srep16696", ""), offline=False)
    assert finding.code == "RL413" and finding.record is not None
    rows = {f.name: (f.printed, f.recorded, f.differs) for f in finding.record.fields}
    assert rows["authors"] == ("Tosatto L, Horrocks MH, Dear AJ", "Nguyen A", True)
    assert rows["title"][2] is False and rows["year"] == ("2015", "2015", False)


def test_a_finding_without_a_record_has_none(registry):
    entry = SREP_ENTRY.replace("srep16696", "srep16969")  # a DOI no registry holds
    [finding] = [d for d in lint(entry, offline=False) if d.code == "RL404"]
    assert finding.record is None
