"""Registry lookups end to end: the rules, through the engine, against a real local HTTP registry."""

from __future__ import annotations

import time

from tests.conftest import lint
from tests.lookup.registry import crossref_work

SREP = "crossref-work-journal-article-srep-article-number-16696.json"
SREP_TITLE = (
    "Single-molecule FRET studies on alpha-synuclein oligomerization of Parkinson's disease "
    "genetically related mutants"
)
SREP_ENTRY = (
    f"1. Tosatto L, Horrocks MH, Dear AJ. {SREP_TITLE}. Sci Rep. 2015;5:16696. "
    "doi:10.1038/srep16696\n"
)
BCN = "10.1038/s41524-021-00585-0"
BCN_TITLE = "Machine learning and evolutionary prediction of superhard B-C-N compounds"


def bcn_work() -> dict:
    """Entry 28 of the review list: its true DOI and article number (114), in the shape of a
    recorded Crossref work."""
    return crossref_work(
        SREP,
        DOI=BCN,
        title=[BCN_TITLE],
        container_title=["npj Computational Materials"],
        short_container_title=["npj Comput Mater"],
        volume="7",
        issue="1",
        article_number="114",
        author=[{"family": "Chen", "sequence": "first"}, {"family": "Schmidt"}],
        issued={"date-parts": [[2021]]},
        published_online=None,
    )


def found(text: str, **settings) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in lint(text, offline=False, **settings)]


def test_a_sound_entry_is_confirmed_without_findings(registry):
    registry.add_work(crossref_work(SREP))
    assert found(SREP_ENTRY) == []
    assert registry.paths() == ["/works/10.1038/srep16696"]


def test_article_number_taken_from_the_doi_is_flagged_with_the_record_value(registry):
    registry.add_work(bcn_work())
    entry = f"1. Chen W, Schmidt JN. {BCN_TITLE}. npj Comput Mater. 2021;7:585. doi:{BCN}\n"
    [diagnostic] = [d for d in lint(entry, offline=False) if d.code == "RL402"]
    assert diagnostic.message == (
        f"article number 585 differs from the record of {BCN} (114); "
        "585 is part of that DOI, not the article number"
    )
    assert (
        diagnostic.fix_applicability is not None and str(diagnostic.fix_applicability) == "unsafe"
    )
    assert [e.text for e in diagnostic.edits] == ["114"]


def test_volume_year_and_journal_that_differ_carry_the_record_values(registry):
    registry.add_work(crossref_work(SREP))
    entry = SREP_ENTRY.replace("Sci Rep. 2015;5:", "Nat Commun. 2014;6:")
    assert sorted(found(entry)) == [
        (
            "RL402",
            'journal "Nat Commun" differs from the record of 10.1038/srep16696 '
            '("Scientific Reports" or "Sci Rep")',
        ),
        ("RL402", "volume 6 differs from the record of 10.1038/srep16696 (5)"),
        ("RL402", "year 2014 differs from the record of 10.1038/srep16696 (2015)"),
    ]


def test_journal_abbreviations_and_print_or_online_years_are_not_differences(registry):
    registry.add_work(
        crossref_work("crossref-work-journal-article-jclinpath-print-vs-online-differ.json")
    )
    entry = (
        "1. Xu J, Qu S, Sun N. Construction of a reference material panel for detecting "
        "KRAS/NRAS/EGFR/BRAF/MET mutations in plasma ctDNA. J Clin Pathol. 2020;74(5):314-20. "
        "doi:10.1136/jclinpath-2020-206745\n"
    )
    assert [c for c, _ in found(entry) if c.startswith("RL40")] == []


def test_a_doi_of_another_work_names_that_work(registry):
    registry.add_work(crossref_work(SREP))
    entry = (
        "1. Perdew JP, Zunger A. Self-interaction correction to density-functional "
        "approximations for many-electron systems. Phys Rev B. 1981;23:5048. "
        "doi:10.1038/srep16696\n"
    )
    # the DOI is another work's, so its article number contradicts the page printed too
    assert found(entry) == [
        (
            "RL418",
            "page or article number 5048, but the entry's DOI 10.1038/srep16696 gives page or "
            "article number 16696; one of the two is wrong",
        ),
        (
            "RL403",
            f'DOI 10.1038/srep16696 belongs to "{SREP_TITLE.replace(chr(39), chr(8217))}" '
            "(Sci Rep 2015), not to this entry's title",
        ),
    ]


def test_a_doi_no_registry_knows_does_not_resolve(registry):
    # the article number printed is the one the unknown DOI encodes, so the entry agrees with it
    entry = SREP_ENTRY.replace("16696", "16969")
    assert found(entry) == [
        (
            "RL404",
            "DOI 10.1038/srep16969 does not resolve: neither Crossref nor DataCite nor "
            "OpenAlex has a record of it",
        ),
    ]
    assert registry.paths() == [
        "/works/10.1038/srep16969",
        "/dois/10.1038/srep16969",
        "/openalex/works/https://doi.org/10.1038/srep16969",
        # each registry's first "not found" is believed once it has shown a DOI it holds
        "/works/10.5555/12345678",
        "/dois/10.5438/0012",
        "/openalex/works/https://doi.org/10.7717/peerj.4375",
    ]


def test_arxiv_dois_go_to_datacite_directly(registry):
    registry.add_datacite("datacite-doi-arxiv-10.48550-arxiv.2311.16162.json")
    entry = (
        "1. Yin H, Aryani A, Lambert G. Leveraging artificial intelligence technology for "
        "mapping research to sustainable development goals: a case study. arXiv [Preprint]. "
        "2023. doi:10.48550/arXiv.2311.16162\n"
    )
    assert [c for c, _ in found(entry) if c.startswith("RL4")] == []
    assert registry.paths() == ["/dois/10.48550/arxiv.2311.16162"]


def test_a_second_run_makes_no_request_and_refresh_asks_again(registry):
    registry.add_work(crossref_work(SREP))
    missing = SREP_ENTRY.replace("1. ", "2. ").replace("srep16696", "srep16969")
    text = SREP_ENTRY + missing
    first = found(text)
    asked = len(registry.hits)
    # the batch with the record (and not the unknown DOI, so Crossref is not asked it again), the
    # unknown DOI at DataCite and OpenAlex, and one DOI DataCite and OpenAlex each hold
    assert asked == 5
    assert found(text) == first
    assert len(registry.hits) == asked  # found records and not-found answers both cached
    from refslint.grammar import parse_entry
    from refslint.lookup import LookupService, LookupSettings
    from refslint.sources.plaintext import read_entries

    service = LookupService(LookupSettings.resolve(refresh=True))
    service.prefetch([parse_entry(e) for e in read_entries(text)])
    assert len(registry.hits) == 2 * asked  # every question asked again


def test_429_with_retry_after_is_waited_for_and_retried(registry):
    registry.add_work(crossref_work(SREP))
    registry.faults.append(("status", (429, {"Retry-After": "1"})))
    started = time.monotonic()
    assert found(SREP_ENTRY) == []
    assert time.monotonic() - started >= 0.9
    assert registry.paths() == ["/works/10.1038/srep16696"] * 2


def test_500_after_retries_gives_one_note_and_nothing_else(registry):
    registry.add_work(crossref_work(SREP))
    registry.faults.extend([("status", (500, {"Retry-After": "0"}))] * 4)
    assert found(SREP_ENTRY) == [
        (
            "RL409",
            f"could not verify 1 entry against Crossref, DataCite, OpenAlex and PubMed: "
            f"{registry.url.removeprefix('http://')} answered HTTP 500 4 times; "
            "the other checks ran as usual",
        ),
    ]


def test_a_slow_registry_times_out_once_for_the_whole_list(registry):
    registry.add_work(crossref_work(SREP))
    registry.latency = 2.0
    text = SREP_ENTRY + SREP_ENTRY.replace("1. ", "2. ").replace("16696", "16697")
    started = time.monotonic()
    [(code, message)] = found(text, lookup={"timeout": 0.3})
    assert time.monotonic() - started < 1.5
    assert code == "RL409"
    assert message.startswith("could not verify 2 entries")
    assert "did not answer within 0.3 s" in message


def test_truncated_json_is_a_failure_and_is_not_cached(registry):
    registry.add_work(crossref_work(SREP))
    registry.faults.append(("truncated", None))
    [(code, message)] = found(SREP_ENTRY)
    assert code == "RL409" and "malformed JSON" in message
    assert found(SREP_ENTRY) == []  # asked again: the broken answer was not kept
    assert len(registry.hits) == 2


def test_no_network_says_once_how_many_entries_were_not_verified(monkeypatch, tmp_path):
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    text = SREP_ENTRY + SREP_ENTRY.replace("1. ", "2. ").replace("16696", "16697")
    started = time.monotonic()
    results = lint(text, offline=False)
    assert time.monotonic() - started < 2
    assert [(d.code, str(d.severity)) for d in results] == [("RL409", "info")]
    assert "could not verify 2 entries" in results[0].message
    assert "Connection refused" in results[0].message


def test_strict_lookup_makes_the_note_an_error(monkeypatch, tmp_path):
    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    results = lint(SREP_ENTRY, offline=False, lookup={"strict": True})
    assert [(d.code, str(d.severity)) for d in results] == [("RL409", "error")]


def test_a_search_that_finds_the_work_confirms_it(registry):
    registry.add_work(crossref_work(SREP))
    registry.search(lambda q: "Tosatto" in q, [crossref_work(SREP)])
    entry = SREP_ENTRY.replace(" doi:10.1038/srep16696", "")
    assert found(entry) == []
    [hit] = registry.hits
    assert hit.path == "/works" and hit.query["rows"] == ["5"]
    assert "Tosatto" in hit.query["query.bibliographic"][0]


def test_a_search_that_finds_nothing_alike_reports_no_record(registry):
    unrelated = recorded_items(
        "crossref-works-search-query-ecology-rows2-work-list-with-score.json"
    )
    registry.search(lambda q: True, unrelated)
    entry = (
        "1. Quillfeather AB, Marrowmere CD. Resonant lattice healing in self-assembling "
        "perovskite glasses. J Imag Mater. 2023;12:455-67.\n"
    )
    [(code, message)] = found(entry)
    assert code == "RL405"
    assert message.startswith(
        "no registry record matches this reference (searched Crossref, OpenAlex and PubMed "
        "by title, authors, year); nearest: '"
    )
    # the nearest candidate, and why it is another work
    assert message.endswith(
        "nearest: 'Communicating Ecology' (2022): other journal, title similarity 0.16"
    )


def test_the_title_under_other_authors_names_the_records_authors(registry):
    other_author = crossref_work(SREP, author=[{"family": "Nguyen", "given": "Anh"}])
    registry.search(lambda q: True, [other_author])
    entry = SREP_ENTRY.replace(" doi:10.1038/srep16696", "")
    assert found(entry) == [
        (
            "RL413",
            f"the title is that of '{SREP_TITLE.replace(chr(39), chr(8217))}' by Nguyen A "
            "(2015), not of Tosatto L, Horrocks MH, Dear AJ; check the authors and the title",
        )
    ]


def test_a_weak_match_neither_confirms_nor_reports_missing_but_names_the_candidate(registry):
    registry.search(lambda q: True, [crossref_work(SREP)])
    entry = "1. Tosatto L. Single-molecule FRET studies on alpha-synuclein oligomers. Sci Rep. 2016;5:16696.\n"
    [(code, message)] = found(entry)
    assert code == "RL414"
    assert "nearest: 'Single-molecule FRET studies on alpha-synuclein oligomerization" in message
    assert "same authors" in message and "title similarity 0.57" in message
    from refslint.grammar import parse_entry
    from refslint.lookup import LookupService, LookupSettings, Status
    from refslint.sources.plaintext import read_entries

    [ref] = [parse_entry(e) for e in read_entries(entry)]
    outcome = LookupService(LookupSettings.resolve()).outcome(ref)
    assert outcome.status is Status.UNCERTAIN


def test_the_client_is_polite(registry, monkeypatch):
    monkeypatch.setenv("REFSLINT_MAILTO", "editor@example.org")
    registry.add_work(crossref_work(SREP))
    found(SREP_ENTRY)
    [hit] = registry.hits
    from refslint import __version__

    assert hit.headers["user-agent"].startswith(f"refslint/{__version__} ")
    assert "mailto:editor@example.org" in hit.headers["user-agent"]
    assert hit.query["mailto"] == ["editor@example.org"]


def test_requests_stay_within_the_advertised_limits(registry):
    registry.latency = 0.05
    text = "".join(
        SREP_ENTRY.replace("1. ", f"{n}. ").replace("16696", str(16000 + n)) for n in range(1, 13)
    )
    found(text)
    # one Crossref batch, each unknown at DataCite, one OpenAlex filter for all twelve, and one
    # DOI each registry holds (Crossref's batch held none, so it too has shown nothing yet)
    assert len(registry.hits) == 1 + 12 + 1 + 3
    assert registry.most_in_flight <= 3
    starts = sorted(hit.started for hit in registry.hits if hit.path.startswith("/works/"))
    for i in range(len(starts) - 10):
        assert starts[i + 10] - starts[i] >= 0.99  # never 11 starts within one second


def recorded_items(name: str) -> list[dict]:
    from tests.lookup.registry import recorded

    return recorded(name)["message"]["items"]


def test_the_command_reports_findings_and_a_lookup_summary(registry, tmp_path, capsys):
    from refslint.cli import main

    registry.add_work(bcn_work())
    refs = tmp_path / "refs.txt"
    refs.write_text(
        f"1. Chen W. {BCN_TITLE}. npj Comput Mater. 2021;7:585. doi:{BCN}\n"
        + SREP_ENTRY.replace("1. ", "2. ").replace("srep16696", "srep16969"),
        encoding="utf-8",
    )
    assert main(["--today", "2026-11-26", "--select", "RL4", str(refs)]) == 1
    first = capsys.readouterr()
    assert f"{refs}:1:" in first.out and "RL402 article number 585 differs" in first.out
    assert "RL404 DOI 10.1038/srep16969 does not resolve" in first.out
    assert first.err.startswith(
        "Checked 2 entries against Crossref, DataCite, OpenAlex and PubMed: 0 confirmed, 1 differ, 1 not found ("
    )
    assert first.err.rstrip().endswith("0 from cache).")
    asked = len(registry.hits)
    assert main(["--today", "2026-11-26", "--select", "RL4", str(refs)]) == 1
    second = capsys.readouterr()
    assert second.out == first.out
    assert second.err.rstrip().endswith("2 from cache).")
    assert len(registry.hits) == asked  # the second run made no request at all
    assert main(["--offline", "--format", "json", "--select", "RL4", str(refs)]) == 1
    assert capsys.readouterr().err == ""  # no summary outside the text format


def test_no_network_exits_as_it_would_without_lookups(tmp_path, capsys, monkeypatch):
    from refslint.cli import main

    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    refs = tmp_path / "refs.txt"
    refs.write_text(SREP_ENTRY, encoding="utf-8")
    assert main(["--today", "2026-11-26", str(refs)]) == 0
    assert capsys.readouterr().out.count("RL409 could not verify 1 entry") == 1
    assert main(["--today", "2026-11-26", "--offline", str(refs)]) == 0
    assert "RL409" not in capsys.readouterr().out  # offline by choice: nothing to say
    assert main(["--today", "2026-11-26", "--strict-lookup", str(refs)]) == 1
    assert capsys.readouterr().out.count("RL409") == 1


def test_the_note_survives_fix_passes_and_is_said_once_for_several_files(
    tmp_path, capsys, monkeypatch
):
    from refslint.cli import main

    monkeypatch.setenv("REFSLINT_CACHE_DIR", str(tmp_path / "cache"))
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    # a safe fix to apply ("In." before the title), so --fix lints the first file again
    first.write_text(
        SREP_ENTRY
        + "2. Gilmer J, Schoenholz SS. Neural message passing for quantum chemistry. In. "
        "Proceedings of the 34th International Conference on Machine Learning; 2017. p. 1263-72.\n",
        encoding="utf-8",
    )
    second.write_text(SREP_ENTRY.replace("16696", "16697"), encoding="utf-8")
    main(["--today", "2026-11-26", "--fix", str(first), str(second)])
    out = capsys.readouterr().out
    assert "In:" in first.read_text(encoding="utf-8")
    assert out.count("RL409") == 1
    # a run-level note belongs to no file: no position, on a line of its own
    assert any(line.startswith("RL409 ") for line in out.splitlines())
    assert f"{first}:1:1: RL409" not in out
    # said after every file was linted: the first file's two entries and the second's one
    assert "could not verify 3 entries" in out
