"""Uncached DOIs are asked of Crossref in batches (`/works?filter=doi:A,doi:B`), each record then
kept under its own DOI; a DOI missing from a batch is asked of DataCite and OpenAlex, and not
of Crossref again."""

from __future__ import annotations

from tests.lookup.registry import crossref_work
from tests.lookup.test_lookup import SREP, SREP_ENTRY, found


def article_number(doi: str) -> str:
    """The article number a Scientific Reports DOI encodes (`10.1038/srep16001`: 16001)."""
    return doi.removeprefix("10.1038/srep")


def work(doi: str) -> dict:
    """The recorded work under `doi`, with the article number that DOI encodes."""
    return crossref_work(SREP, DOI=doi, article_number=article_number(doi))


def numbered(dois: list[str]) -> str:
    """Entries alike but for their number, DOI and the article number that DOI encodes."""
    return "".join(
        SREP_ENTRY.replace("1. ", f"{n}. ").replace("16696", article_number(doi))
        for n, doi in enumerate(dois, start=1)
    )


def test_known_dois_come_in_one_request_and_a_missing_one_is_asked_of_the_others(registry):
    known = [f"10.1038/srep160{n:02d}" for n in range(1, 4)]
    for doi in known:
        registry.add_work(work(doi))
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
        registry.add_work(work(doi))
    assert found(numbered(known)) == []
    assert len(registry.hits) == 1
    assert found(numbered(known[3:1:-1])) == []  # a different list, in another order
    assert found(numbered(known[4:])) == []  # one entry alone
    assert len(registry.hits) == 1  # answered from what the batch kept


def test_a_long_list_is_asked_in_batches_of_twenty(registry):
    known = [f"10.1038/srep16{n:03d}" for n in range(1, 46)]
    for doi in known:
        registry.add_work(work(doi))
    assert [code for code, _ in found(numbered(known))] == []
    assert sorted(len(hit.query["filter"][0].split(",")) for hit in registry.hits) == [5, 20, 20]
    assert {hit.path for hit in registry.hits} == {"/works"}


def test_arxiv_dois_are_not_batched(registry):
    registry.add_work(crossref_work(SREP))
    registry.add_work(work("10.1038/srep16001"))
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


def test_a_file_whose_answers_are_in_is_ready_before_the_rest_of_its_group(
    registry, tmp_path, monkeypatch
):
    """The `--jobs` pre-pass asks the files' questions in groups (the first file, then the next
    two, ...). A file of the second group whose only question the first group answered is ready
    while the other file of its group still waits for its answer: its lookup step need not wait
    for the rest of the group."""
    import datetime as dt
    import threading
    import time

    from refslint.batch import _lookup_source
    from refslint.prepass import Ahead

    held = "10.1038/srep16999"
    for doi in ("10.1038/srep16001", "10.1038/srep16002", held):
        registry.add_work(work(doi))
    monkeypatch.chdir(tmp_path)
    texts = {
        "first.txt": numbered(["10.1038/srep16001", "10.1038/srep16002"]),
        "held.txt": numbered([held]),
        "again.txt": numbered(["10.1038/srep16002"]),  # answered with the first file's
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    holding, release = threading.Event(), threading.Event()

    def hold(hit) -> None:
        if held in hit.path + str(hit.query):
            holding.set()
            release.wait(60)

    registry.hold = hold
    files = list(texts)
    _, probe = _lookup_source(files, {"today": dt.date(2026, 11, 26)})
    assert probe is not None
    ahead = Ahead(files, probe)
    try:
        ahead.start()
        assert holding.wait(60)
        answered: list[int] = []
        deadline = time.monotonic() + 30
        while not answered and time.monotonic() < deadline:
            answered = ahead.answered()
            time.sleep(0.01)
        assert answered == [2]  # again.txt
        assert ahead.wait_for(1, 0) and not ahead.wait_for(2, 0)  # its group is not answered
        release.set()
        assert ahead.wait_for(3, 60)
        assert ahead.answered() == []  # held.txt came with its group, not early
    finally:
        release.set()
        ahead.stop()
        probe.close()
