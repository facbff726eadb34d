"""More than one registry before "no record": OpenAlex and PubMed are asked when Crossref's
candidates are not the work, and a registry that cannot be asked leaves the entry unverified."""

from __future__ import annotations

import json

from refslint.cli import main
from tests.conftest import lint
from tests.lookup.registry import recorded

PLOS = recorded("openalex-work-doi-journal-article-plosone-0000030.json")
PLOS_ENTRY = (
    "1. Ralser M, Heeren G, Breitenbach M, Lehrach H, Krobitsch S. Triose phosphate isomerase "
    "deficiency is caused by altered dimerization--not catalytic inactivity--of the mutant "
    "enzymes. PLoS One. 2006;1(1):e30.\n"
)
JMOL = recorded("pubmed-esummary-json-pmid-27933103.json")["result"]["27933103"]
JMOL_ENTRY = (
    "1. Scalfani VF, Williams AJ, Tkachenko V, Karapetyan K, Pshenichnov A, Hanson RM, et al. "
    "Programmatic conversion of crystal structures into 3D printable files using Jmol. "
    "J Cheminform. 2016;8:66.\n"
)
INVENTED = (
    "1. Quillfeather AB, Marrowmere CD. Resonant lattice healing in self-assembling perovskite "
    "glasses. J Imag Mater. 2023;12:455-67.\n"
)
UNRELATED = recorded("crossref-works-search-query-ecology-rows2-work-list-with-score.json")


def found(text: str, **settings) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in lint(text, offline=False, select="RL4", **settings)]


def paths(registry, prefix: str) -> list[str]:
    return [hit.path for hit in registry.hits if hit.path.startswith(prefix)]


def test_a_work_crossref_misses_is_confirmed_by_openalex(registry):
    registry.search(lambda q: True, UNRELATED["message"]["items"])
    registry.search_openalex(lambda q: "triose" in q.lower(), [PLOS])
    assert found(PLOS_ENTRY) == []
    assert paths(registry, "/openalex/works") == ["/openalex/works"]
    assert paths(registry, "/eutils") == []  # confirmed: PubMed is not asked


def test_a_biomedical_work_only_pubmed_matches_is_confirmed(registry):
    registry.search(lambda q: True, UNRELATED["message"]["items"])
    registry.add_pubmed(("J Cheminform", "2016", "8", "66", "Scalfani VF"), "27933103", JMOL)
    assert found(JMOL_ENTRY) == []
    assert paths(registry, "/eutils") == ["/eutils/ecitmatch.cgi", "/eutils/esummary.fcgi"]
    [ecitmatch] = [hit for hit in registry.hits if hit.path == "/eutils/ecitmatch.cgi"]
    # with the citation PubMed surely holds, until PubMed has matched something this run
    assert ecitmatch.query["bdata"] == [
        "j cheminform|2016|8|66|scalfani vf|1|\rproc natl acad sci u s a|1991|88|3248|mann bj|k|"
    ]
    assert ecitmatch.query["tool"] == ["refslint"]


def test_an_invented_work_is_no_record_only_when_every_registry_was_asked(registry):
    registry.search(lambda q: True, UNRELATED["message"]["items"])
    [(code, message)] = found(INVENTED)
    assert code == "RL405"
    assert "searched Crossref, OpenAlex and PubMed by title" in message
    assert len(paths(registry, "/openalex/works")) == 1
    # PubMed matched nothing: believed as it matched the citation it surely holds, asked in the
    # same request
    asked = [hit.query["bdata"] for hit in registry.hits if hit.path == "/eutils/ecitmatch.cgi"]
    assert asked == [
        [
            "j imag mater|2023|12|455|quillfeather ab|1|\rproc natl acad sci u s a|1991|88|3248|mann bj|k|"
        ]
    ]


def test_a_second_opinion_that_cannot_be_had_leaves_the_entry_unverified(registry, monkeypatch):
    registry.search(lambda q: True, UNRELATED["message"]["items"])
    monkeypatch.setenv("REFSLINT_OPENALEX_URL", "http://127.0.0.1:9")
    [(code, message)] = found(INVENTED)
    assert code == "RL409"
    assert "could not verify 1 entry" in message and "127.0.0.1:9" in message


def test_registries_chooses_who_is_asked(registry, monkeypatch):
    registry.search(lambda q: True, UNRELATED["message"]["items"])
    [(code, message)] = found(INVENTED, lookup={"registries": ["crossref"]})
    assert code == "RL405" and "searched Crossref by title" in message
    assert paths(registry, "/openalex") == paths(registry, "/eutils") == []
    monkeypatch.setenv("REFSLINT_REGISTRIES", "crossref,openalex")
    [(code, message)] = found(INVENTED.replace("2023", "2022"))
    assert "searched Crossref and OpenAlex by title" in message
    assert paths(registry, "/eutils") == []


def test_a_doi_of_another_agency_is_found_through_openalex(registry):
    registry.add_openalex({**PLOS, "doi": "https://doi.org/10.3390/x-medra-1"})
    entry = PLOS_ENTRY.replace("e30.", "e30. doi:10.3390/x-medra-1")
    assert [code for code, _ in found(entry)] == []
    assert "/openalex/works/https://doi.org/10.3390/x-medra-1" in paths(registry, "/openalex")


def test_ncbi_api_key_raises_the_limit_and_is_sent(registry, monkeypatch):
    monkeypatch.setenv("NCBI_API_KEY", "k3y")
    registry.search(lambda q: True, UNRELATED["message"]["items"])
    found(INVENTED)
    ecitmatch = [hit for hit in registry.hits if hit.path == "/eutils/ecitmatch.cgi"]
    assert ecitmatch and all(hit.query["api_key"] == ["k3y"] for hit in ecitmatch)


def test_an_unknown_registry_name_is_a_config_error(tmp_path, capsys):
    refs = tmp_path / "refs.txt"
    refs.write_text(INVENTED, encoding="utf-8")
    (tmp_path / "refslint.toml").write_text('[lookup]\nregistries = ["crossref", "scholar"]\n')
    assert main([str(refs), "--offline"]) == 2
    err = capsys.readouterr().err
    assert "refslint.toml" in err and "'lookup.registries' must be a list of registries" in err


def test_an_offline_run_repeats_the_whole_verdict_from_the_store(registry, tmp_path, capsys):
    registry.search(lambda q: True, UNRELATED["message"]["items"])
    refs = tmp_path / "refs.txt"
    refs.write_text(INVENTED, encoding="utf-8")
    main([str(refs), "--format", "json", "--select", "RL4", "--refresh"])
    capsys.readouterr()  # every registry asked, the verdict kept
    registry.hits.clear()
    code = main([str(refs), "--format", "json", "--select", "RL4", "--offline"])
    findings = json.loads(capsys.readouterr().out)
    assert [d["code"] for d in findings] == ["RL405"]  # the store kept the whole verdict
    assert code == 1 and registry.hits == []


def test_printed_pmids_are_checked_against_pubmed_in_one_request(registry):
    registry.summaries["27933103"] = {**JMOL, "uid": "27933103"}
    text = (
        JMOL_ENTRY.replace("2016;8:66.", "2016;8:66. PMID: 27933103")
        + "2. Scalfani VF. Programmatic conversion of crystal structures into 3D printable files "
        "using Jmol. J Cheminform. 2016;8:66. PMID: 27933104\n"
        + "3. Smith J. Another title entirely about something else. J Cheminform. 2016;8:66. "
        "PMID: 27933103\n"
    )
    got = found(text)
    assert ("RL404", "PMID 27933104 is unknown: PubMed has no record of it") in got
    assert any(
        code == "RL403" and message.startswith("PMID 27933103 belongs to") for code, message in got
    ), got
    assert len(got) == 2  # entry 1 is the record's own work
    [esummary] = [hit for hit in registry.hits if hit.path == "/eutils/esummary.fcgi"]
    assert esummary.query["id"] == ["27933103,27933104"]
    assert paths(registry, "/works") == paths(registry, "/openalex") == []  # nothing searched


def test_pubmed_is_asked_about_a_list_in_one_ecitmatch_and_one_esummary(registry):
    registry.search(lambda q: True, UNRELATED["message"]["items"])
    registry.add_pubmed(("J Cheminform", "2016", "8", "66", "Scalfani VF"), "27933103", JMOL)
    text = (
        INVENTED
        + JMOL_ENTRY.replace("1. ", "2. ", 1)
        + INVENTED.replace("1. ", "3. ", 1).replace("2023;12", "2021;9")
    )
    got = found(text)
    assert sorted(code for code, _ in got) == ["RL405", "RL405"]  # entries 1 and 3
    [ecitmatch] = [hit for hit in registry.hits if hit.path == "/eutils/ecitmatch.cgi"]
    assert len(ecitmatch.query["bdata"][0].split("\r")) == 3 + 1  # and the one it surely holds
    assert paths(registry, "/eutils/esummary.fcgi") == ["/eutils/esummary.fcgi"]
