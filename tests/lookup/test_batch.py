"""Uncached DOIs are asked of Crossref in batches (`/works?filter=doi:A,doi:B`), each record then
kept under its own DOI; a DOI missing from a batch is asked of DataCite and OpenAlex, and not
of Crossref again."""

from __future__ import annotations

from tests.lookup.registry import crossref_work
from tests.lookup.test_lookup import SREP, SREP_ENTRY, found


def numbered(dois: list[str]) -> str:
    """Entries alike but for their number and DOI (the record keeps article number 16696)."""
    return "".join(
        SREP_ENTRY.replace("1. ", f"{n}. ").replace("10.1038/srep16696", doi)
        for n, doi in enumerate(dois, start=1)
    )


def test_known_dois_come_in_one_request_and_a_missing_one_is_asked_of_the_others(registry):
    known = [f"10.1038/srep160{n:02d}" for n in range(1, 4)]
    for doi in known:
        registry.add_work(crossref_work(SREP, DOI=doi))
    missing = "10.1038/srep19999"
    assert found(numbered([*known, missing])) == [
        (
            "RL404",
            f"DOI {missing} does not resolve: neither Crossref nor DataCite nor OpenAlex has a "
            "record of it",
        ),
    ]
    [batch, *singles] = registry.hits
    assert batch.path == "/works" and batch.query["rows"] == ["4"]
    assert batch.query["filter"] == [",".join(f"doi:{doi}" for doi in [*known, missing])]
    # the batch's answer accounted for every item: what it lacks, Crossref lacks, so Crossref is
    # not asked again; DataCite and OpenAlex, which showed no record yet, are asked once for a
    # DOI each is known to hold
    assert [hit.path for hit in singles] == [
        f"/dois/{missing}",
        f"/openalex/works/https://doi.org/{missing}",
        "/dois/10.5438/0012",
        "/openalex/works/https://doi.org/10.7717/peerj.4375",
    ]


def test_each_record_of_a_batch_is_kept_under_its_own_doi(registry):
    known = [f"10.1038/srep160{n:02d}" for n in range(1, 6)]
    for doi in known:
        registry.add_work(crossref_work(SREP, DOI=doi))
    assert found(numbered(known)) == []
    assert len(registry.hits) == 1
    assert found(numbered(known[3:1:-1])) == []  # a different list, in another order
    assert found(numbered(known[4:])) == []  # one entry alone
    assert len(registry.hits) == 1  # answered from what the batch kept


def test_a_long_list_is_asked_in_batches_of_twenty(registry):
    known = [f"10.1038/srep16{n:03d}" for n in range(1, 46)]
    for doi in known:
        registry.add_work(crossref_work(SREP, DOI=doi))
    assert [code for code, _ in found(numbered(known))] == []
    assert sorted(len(hit.query["filter"][0].split(",")) for hit in registry.hits) == [5, 20, 20]
    assert {hit.path for hit in registry.hits} == {"/works"}


def test_arxiv_dois_are_not_batched(registry):
    registry.add_work(crossref_work(SREP))
    registry.add_work(crossref_work(SREP, DOI="10.1038/srep16001"))
    text = numbered(["10.1038/srep16696", "10.1038/srep16001"]) + (
        "3. Smith J. A preprint. arXiv. 2019. doi:10.48550/arXiv.1902.02534\n"
    )
    found(text, select="RL404")
    [batch] = [hit for hit in registry.hits if hit.path == "/works"]
    assert "arxiv" not in batch.query["filter"][0].lower()
    assert [hit.path for hit in registry.hits if hit.path != "/works"] == [
        "/dois/10.48550/arxiv.1902.02534",
        "/openalex/works/https://doi.org/10.48550/arxiv.1902.02534",
        "/dois/10.5438/0012",  # before DataCite's first "not found" is believed
        "/openalex/works/https://doi.org/10.7717/peerj.4375",
    ]
