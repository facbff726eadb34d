"""DOIs that Crossref and DataCite do not hold are asked of OpenAlex together
(`/works?filter=doi:A|B|...`, 50 to a request), each answer kept under its own DOI; an answer that
cannot be trusted is never "not found". And PubMed's "no match" is believed only from a PubMed
that matches the citation it surely holds."""

from __future__ import annotations

import copy
import math

import pytest

from refslint.grammar import parse_entry
from refslint.lookup import LookupService, LookupSettings, Status
from refslint.sources.plaintext import read_entries
from tests.lookup.registry import recorded
from tests.lookup.test_second_opinions import INVENTED, JMOL_ENTRY, UNRELATED, found

WORK = recorded("openalex-work-doi-journal-article-plosone-0000030.json")


def work(doi: str, title: str, written: str | None = None) -> dict:
    """A recorded OpenAlex work made into another, its DOI written as `written` (default: as
    OpenAlex writes DOIs, behind https://doi.org/)."""
    made = copy.deepcopy(WORK)
    made["doi"] = written if written is not None else f"https://doi.org/{doi}"
    made["title"] = made["display_name"] = title
    return made


def entries(dois: list[str]) -> list:
    text = "".join(
        f"{n}. Tosatto L, Dear AJ. A work cited by its DOI alone. Sci Rep. 2015;5:{n}. doi:{doi}\n"
        for n, doi in enumerate(dois, start=1)
    )
    return [parse_entry(e) for e in read_entries(text)]


def service() -> LookupService:
    return LookupService(LookupSettings.resolve())


def filters(registry) -> list[list[str]]:
    """The DOIs of each OpenAlex DOI filter the registry was asked."""
    return [
        hit.query["filter"][0].removeprefix("doi:").split("|")
        for hit in registry.hits
        if hit.path == "/openalex/works" and hit.query["filter"][0].startswith("doi:")
    ]


@pytest.fixture
def crossref_and_openalex(monkeypatch):
    monkeypatch.setenv("REFSLINT_REGISTRIES", "crossref,openalex")


@pytest.mark.usefixtures("crossref_and_openalex")
def test_unknown_dois_are_asked_of_openalex_fifty_to_a_request(registry):
    dois = [f"10.9999/oa.{n}" for n in range(120)]
    held = dois[::3]
    for n, doi in enumerate(held):  # written as OpenAlex writes them, in any case
        written = f"https://doi.org/{doi.upper()}" if n % 2 else f"https://doi.org/{doi}"
        registry.add_openalex(work(doi, f"Title of {doi}", written))
    refs = entries(dois)
    lookups = service()
    try:
        lookups.prefetch(refs)
        outcomes = {doi: lookups.outcome(ref) for doi, ref in zip(dois, refs, strict=True)}
    finally:
        lookups.close()
    asked = filters(registry)
    assert len(asked) == math.ceil(len(dois) / 50)
    assert sorted(len(batch) for batch in asked) == [20, 50, 50]
    assert sorted(d.removeprefix("https://doi.org/") for batch in asked for d in batch) == sorted(
        dois
    )
    for doi, outcome in outcomes.items():
        if doi in held:
            assert outcome.status is Status.FOUND, doi
            assert outcome.record is not None and outcome.record.doi == doi
            assert outcome.record.title == f"Title of {doi}"
            assert outcome.sources == ("Crossref", "OpenAlex")
        else:
            assert outcome.status is Status.NOT_FOUND, doi
    # OpenAlex showed records, so none of its "not found" needed its known DOI; nothing singly
    assert [h.path for h in registry.hits if h.path.startswith("/openalex/works/")] == []


@pytest.mark.usefixtures("crossref_and_openalex")
def test_a_doi_written_without_its_resolver_still_maps_back(registry):
    registry.add_openalex(work("10.9999/bare", "A bare DOI"))
    registry.openalex_works["10.9999/bare"]["doi"] = "10.9999/BARE"
    refs = entries(["10.9999/bare", "10.9999/absent"])
    lookups = service()
    try:
        lookups.prefetch(refs)
        assert lookups.outcome(refs[0]).status is Status.FOUND
        assert lookups.outcome(refs[1]).status is Status.NOT_FOUND
    finally:
        lookups.close()
    assert len(filters(registry)) == 1


@pytest.mark.usefixtures("crossref_and_openalex")
def test_an_answer_that_does_not_account_for_itself_is_asked_again_singly(registry):
    # the filter's answer holds a work whose DOI was never asked: it is no proof that the
    # others are missing, so each is asked alone
    registry.openalex_works["10.9999/a"] = work("10.9999/elsewhere", "Some other work")
    refs = entries(["10.9999/a", "10.9999/b", "10.9999/c"])
    lookups = service()
    try:
        lookups.prefetch(refs)
        statuses = [lookups.outcome(ref).status for ref in refs]
    finally:
        lookups.close()
    assert len(filters(registry)) == 1
    singles = [h.path for h in registry.hits if h.path.startswith("/openalex/works/")]
    singles = [path for path in singles if "10.9999/" in path]  # not the DOI it surely holds
    assert sorted(singles) == [  # in the order the other registries' answers came
        "/openalex/works/https://doi.org/10.9999/a",
        "/openalex/works/https://doi.org/10.9999/b",
        "/openalex/works/https://doi.org/10.9999/c",
    ]
    assert statuses[0] is Status.FOUND  # asked alone, OpenAlex answers with its record
    assert statuses[1:] == [Status.NOT_FOUND, Status.NOT_FOUND]


@pytest.mark.usefixtures("crossref_and_openalex")
@pytest.mark.parametrize(
    "fault",
    [("status", (429, {"Retry-After": "0"})), ("status", (503, {})), ("truncated", None)],
    ids=["429", "503", "truncated"],
)
def test_a_filter_that_fails_leaves_its_dois_unverified_never_missing(registry, fault):
    registry.add_openalex(work("10.9999/held", "A held work"))
    refs = entries(["10.9999/held", "10.9999/x", "10.9999/y"])
    # the Crossref batch passes; every try of the OpenAlex filter meets the fault
    registry.faults = [("pass", None), *[fault] * 4]
    lookups = service()
    try:
        lookups.prefetch(refs)
        statuses = [lookups.outcome(ref).status for ref in refs]
        note = lookups.failure_note()
    finally:
        lookups.close()
    assert statuses == [Status.FAILED] * 3
    assert note is not None and "could not verify 3 entries" in note


def test_dois_are_not_sent_to_openalex_when_it_is_not_asked(registry, monkeypatch):
    monkeypatch.setenv("REFSLINT_REGISTRIES", "crossref")
    refs = entries(["10.9999/a", "10.9999/b"])
    lookups = service()
    try:
        lookups.prefetch(refs)
        assert [lookups.outcome(ref).status for ref in refs] == [Status.NOT_FOUND] * 2
    finally:
        lookups.close()
    assert [h.path for h in registry.hits if h.path.startswith("/openalex")] == []


# --- PubMed's "no match" -----------------------------------------------------------------------


def test_a_pubmed_that_matches_nothing_leaves_entries_unverified(registry):
    registry.search(lambda q: True, UNRELATED["message"]["items"])
    registry.citations.clear()  # answers NOT_FOUND to every citation, the known one included
    [(code, message)] = found(INVENTED)
    assert code == "RL409"
    assert "matches nothing, not even PMID 2014248" in message


def test_printed_pmids_pubmed_answers_nothing_for_are_unverified_not_unknown(registry):
    registry.citations.clear()
    text = JMOL_ENTRY.replace("2016;8:66.", "2016;8:66. PMID: 27933103")
    got = found(text)
    assert [code for code, _ in got] == ["RL409"], got
    assert "not even PMID 2014248" in got[0][1]
