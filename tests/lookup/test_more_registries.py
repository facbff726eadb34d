"""OpenAlex and PubMed answers, as recorded from the real services, read into records; their
documented limits kept before any header speaks."""

from __future__ import annotations

import json
import time

import pytest

from refslint.lookup import openalex, pubmed
from refslint.lookup.http import Client
from refslint.lookup.settings import LookupSettings
from tests.lookup.registry import DATA, recorded
from tests.lookup.test_faults import Faulty, send
from tests.lookup.test_transport import replay


def test_an_openalex_work_reads_as_a_record():
    record = openalex.from_openalex(
        recorded("openalex-work-doi-journal-article-plosone-0000030.json")
    )
    assert record.doi == "10.1371/journal.pone.0000030"
    assert record.families[:2] == ("Ralser", "Heeren")
    assert (record.years, record.volume, record.issue, record.first_page) == (
        (2006,),
        "1",
        "1",
        "e30",
    )
    assert record.containers == ("PLoS ONE",)


def test_an_openalex_title_search_reads_as_candidates():
    answer = recorded(
        "openalex-works-filter-title-search-augmenting-llm-chemistry-tools-count2.json"
    )
    assert openalex.work_list(answer)
    titles = [r.title for r in openalex.results(answer)]
    assert titles[0] == "Augmenting large language models with chemistry tools"
    assert len(titles) == 2


def test_openalex_filter_syntax_in_a_title_is_neutralised():
    params = openalex.title_search("Cats, dogs | birds: a review!")
    assert params["filter"] == "title.search:Cats dogs birds a review"
    assert openalex.doi_filter(["10.1/a", "10.2/b"])["filter"] == (
        "doi:https://doi.org/10.1/a|https://doi.org/10.2/b"
    )


@pytest.mark.parametrize("answer", [[], {"results": "x"}, {"results": [{"authorships": 5}]}, None])
def test_openalex_answers_of_the_wrong_shape_are_refused(answer):
    assert not openalex.work_list(answer)


def test_an_esummary_document_reads_as_a_record():
    answer = recorded("pubmed-esummary-json-pmid-27933103.json")
    assert pubmed.summary_answer(answer)
    record = pubmed.records(answer)["27933103"]
    assert record.title.endswith("using Jmol")  # PubMed's closing period is not the title's
    assert record.families[0] == "Scalfani" and record.doi == "10.1186/s13321-016-0181-z"
    assert (record.years, record.volume, record.first_page) == ((2016,), "8", "66")
    assert "J Cheminform" in record.containers


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("pubmed-ecitmatch-two-found.txt", {"Art1": "2014248", "Art2": "3026048"}),
        (
            "pubmed-ecitmatch-mixed-found-and-not-found-invalid-journal.txt",
            {"Art1": "2014248", "ref2": None, "Art4": "31978945"},
        ),
        ("pubmed-ecitmatch-single-nejm-2020-zhu.txt", {"covid1": "31978945"}),
    ],
)
def test_ecitmatch_lines_read_as_pmids_or_no_match(name, expected):
    assert pubmed.matched((DATA / name).read_text(encoding="utf-8")) == expected


def test_an_ecitmatch_question_is_one_line_a_citation_without_separators_inside():
    cited = [
        pubmed.Citation("Proc Natl Acad Sci U S A", "1991", "88", "3248", "Mann BJ", "1"),
        pubmed.Citation("N Engl J|Med", "2020", "382", "727", "Zhu N", "2"),
    ]
    assert pubmed.ecitmatch(cited)["bdata"] == (
        "proc natl acad sci u s a|1991|88|3248|mann bj|1|\rn engl j med|2020|382|727|zhu n|2|"
    )


def test_ecitmatch_text_served_as_recorded_is_read_through_the_client(tmp_path):
    meta_path = DATA / "pubmed-ecitmatch-two-found.meta.json"
    _, body, answer = replay(meta_path)
    server = Faulty(answer)
    try:
        client = Client(LookupSettings(cache_dir=str(tmp_path / "cache")))
        got = client.get(f"{server.url}/ecitmatch.cgi", pubmed.ecitmatch([]), text=True)
        assert got is not None and got.data == body.decode()
        again = client.get(f"{server.url}/ecitmatch.cgi", pubmed.ecitmatch([]), text=True)
        assert again is not None and again.from_cache and len(server.hits) == 1
    finally:
        server.close()


def test_documented_limits_hold_before_the_registry_says_anything(tmp_path):
    server = Faulty(lambda h: send(h, 200, json.dumps({"result": {"uids": []}}).encode()))
    try:
        client = Client(LookupSettings(cache_dir=str(tmp_path / "cache")))
        client.document(server.url, pubmed.PER_SECOND, pubmed.AT_ONCE)
        for n in range(7):
            client.get(f"{server.url}/esummary.fcgi", {"id": str(n)})
        assert len(server.hits) == 7
    finally:
        server.close()
    starts = [hit["at"] for hit in server.hits]
    assert starts[-1] - starts[0] >= 6 / pubmed.PER_SECOND  # 3 a second, never more


def test_ncbi_limit_headers_without_an_interval_count_per_second(tmp_path):
    headers = {"X-RateLimit-Limit": "2", "X-RateLimit-Remaining": "1"}
    server = Faulty(lambda h: send(h, 200, b"{}", **headers))
    try:
        client = Client(LookupSettings(cache_dir=str(tmp_path / "cache")))
        for n in range(5):
            client.get(f"{server.url}/esearch.fcgi", {"term": str(n)})
    finally:
        server.close()
    starts = [hit["at"] for hit in server.hits]
    assert starts[-1] - starts[1] >= 3 / 2  # after the first answer: 2 a second
    assert time.monotonic() - starts[0] < 10
