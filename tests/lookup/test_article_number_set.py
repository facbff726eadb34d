"""RL417 measured on a small labelled set built from every recorded journal-article response.

Each record gives two entries, written in Vancouver form from the record's own fields: one that
prints a PDF's page span (`1-12`, or `1-11` for the one record whose pages are 1-11) and one that
prints the record's own locator. Whether the journal numbers its articles is labelled by hand
below, from the journal (not from what refslint reads). RL417 must report exactly the page spans
of the numbered journals, and nothing on the rest. The figures are in the README.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from refslint.lookup.openalex import from_openalex
from refslint.lookup.pubmed import from_pubmed
from refslint.lookup.records import Record, from_crossref
from tests.conftest import lint
from tests.lookup.registry import recorded

# by hand: the journal numbers its articles (eLife, ESMO Open, PLOS ONE, Scientific Reports,
# PeerJ, Cell Genomics, Journal of Cheminformatics) or paginates them (the rest)
NUMBERED = {
    "crossref-work-journal-article-elife-article-number-e01567.json": True,
    "crossref-work-journal-article-esmoopen-page-equals-article-number.json": True,
    "crossref-work-journal-article-plosone-e33693.json": True,
    "crossref-work-journal-article-srep-article-number-16696.json": True,
    "crossref-work-journal-article-jclinpath-print-vs-online-differ.json": False,
    "crossref-work-journal-article-jorthopres-1997-print-2005-online.json": False,
    "crossref-work-journal-article-mja-1943.json": False,
    "crossref-work-journal-article-neurobiolaging-vol-issue-pages.json": False,
    "crossref-work-journal-article-nnano-print-2015-online-2014.json": False,
    "crossref-work-journal-article-urologe-german.json": False,
    "crossref-work-journal-article-ijo-sparse-no-volume-no-pages.json": False,
    "openalex-work-doi-journal-article-plosone-0000030.json": True,
    "openalex-work-W2741809807-peerj-state-of-oa.json": True,
    "openalex-work-doi-10.1016-j.xgen.2025.100814-journal-article-2025.json": True,
    "openalex-work-doi-10.1023-a-1007154515475-journal-article-2001.json": False,
    "pubmed-esummary-json-pmid-27933103.json": True,
}


@dataclass(frozen=True)
class Case:
    name: str
    record: Record
    raw: dict

    @property
    def registry(self) -> str:
        return self.name.split("-", 1)[0]


def _case(name: str) -> Case:
    body = recorded(name)
    if name.startswith("crossref"):
        return Case(name, from_crossref(body["message"]), body["message"])
    if name.startswith("openalex"):
        return Case(name, from_openalex(body), body)
    summary = body["result"][body["result"]["uids"][0]]
    return Case(name, from_pubmed(summary), summary)


def _entry(case: Case, locator: str) -> str:
    record = case.record
    names = ", ".join(
        f"{family} {initials}".strip()
        for family, initials in zip(record.families[:3], record.initials[:3], strict=False)
    )
    journal = record.containers[-1] if record.containers else "J Unknown"
    year = record.years[0] if record.years else 2000
    volume = record.volume or "1"
    title = record.title.rstrip(".")
    where = f"PMID: {record_pmid(case)}." if case.registry == "pubmed" else f"doi:{record.doi}"
    return f"1. {names}. {title}. {journal}. {year};{volume}:{locator}. {where}\n"


def record_pmid(case: Case) -> str:
    return str(case.raw["uid"])


def _serve(registry, case: Case) -> None:
    if case.registry == "crossref":
        registry.add_work(case.raw)
    elif case.registry == "openalex":
        registry.add_openalex(case.raw)
    else:
        registry.summaries[record_pmid(case)] = case.raw


def _own(record: Record) -> str:
    if record.first_page and record.last_page and record.last_page != record.first_page:
        return f"{record.first_page}-{record.last_page}"
    return record.article_number or record.first_page or "1-12"


CASES = sorted(NUMBERED)


@pytest.mark.parametrize("name", CASES)
def test_rl417_reports_the_page_spans_of_numbered_journals_only(registry, name):
    case = _case(name)
    _serve(registry, case)
    paged_from_one = case.record.first_page == "1" and case.record.last_page == "11"
    span = "1-11" if paged_from_one else "1-12"
    flagged = [d.code for d in lint(_entry(case, span), offline=False, select="RL417")]
    assert flagged == (["RL417"] if NUMBERED[name] else []), _entry(case, span)
    own = [d.code for d in lint(_entry(case, _own(case.record)), offline=False, select="RL417")]
    assert own == []


def test_the_set_holds_both_kinds():
    assert sum(NUMBERED.values()) == 8
    assert len(NUMBERED) - sum(NUMBERED.values()) == 8
