"""The verdict from all the evidence: search candidates judged field by field, and what the rules
and the summary line make of it. Candidates are `Record`s, whichever registry returned them."""

from __future__ import annotations

import pytest

from refslint.grammar import parse_entry
from refslint.lookup.records import Record, Status
from refslint.lookup.service import decide
from refslint.sources.plaintext import read_entries
from tests.conftest import lint
from tests.lookup.registry import crossref_work
from tests.lookup.test_lookup import SREP

GARNET = Record(
    "Crossref",
    "10.5555/garnet",
    title="Lithium diffusion in garnet-type solid electrolytes",
    containers=("Journal of Power Sources", "J Power Sources"),
    years=(2021,),
    volume="480",
    first_page="228",
    families=("Lee", "Park"),
    initials=("H", "SJ"),
)
SPINEL = Record(
    "Crossref",
    "10.5555/spinel",
    title="Oxygen vacancies in spinel-type cathodes: a first-principles study",
    containers=("Chemistry of Materials", "Chem Mater"),
    years=(2019,),
    volume="31",
    issue="4",
    first_page="1150",
    families=("Okafor", "Lindqvist", "Brandt", "Moreau"),
    initials=("C", "E", "T", "P"),
)


def ref(text: str):
    [entry] = read_entries(f"1. {text}\n")
    return parse_entry(entry)


def outcome(text: str, *candidates: Record):
    return decide(ref(text), "query", candidates)


def test_a_near_miss_sharing_half_the_title_is_another_work_and_named():
    invented = (
        "Quillfeather AB, Marrowmere CD. Lithium diffusion in garnet-type oxide cathodes for "
        "sodium batteries. Chem Mater. 2022;34:455-67."
    )
    found = outcome(invented, GARNET, SPINEL)
    assert found.status is Status.NOT_FOUND
    assert found.record is GARNET
    assert found.reason == (
        "nearest: 'Lithium diffusion in garnet-type solid electrolytes' by Lee H, Park SJ "
        "(2021): other authors, other journal, other volume, other first page, "
        "title similarity 0.62"
    )


def test_a_real_title_under_other_authors_names_the_records_authors_and_year():
    found = outcome(
        "Quillfeather AB. Lithium diffusion in garnet-type solid electrolytes. "
        "J Power Sources. 2021;480:228-35.",
        SPINEL,
        GARNET,
    )
    assert found.status is Status.OTHER_AUTHORS
    assert found.reason == (
        "the title is that of 'Lithium diffusion in garnet-type solid electrolytes' "
        "by Lee H, Park SJ (2021)"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a typo, a dropped subtitle, et al., an abbreviated journal: all the same work
        "Okafor C, Lindqvist E, Brandt T, et al. Oxygen vacancies in spinel-type cathods. "
        "Chem Mater. 2019;31(4):1150-62.",
        "Okafor C, Lindqvist E, Brandt T, Moreau P. Oxygen vacancies in spinel-type cathodes: "
        "a first principles study. Chemistry of Materials. 2019;31(4):1150-62.",
    ],
)
def test_a_real_work_cited_with_realistic_variation_is_confirmed(text):
    found = outcome(text, GARNET, SPINEL)
    assert found.status is Status.FOUND and found.record is SPINEL


def test_a_year_five_off_is_the_same_work_whose_year_differs(registry):
    work = crossref_work(SREP)
    registry.search(lambda q: True, [work])
    entry = (
        "1. Tosatto L, Horrocks MH, Dear AJ. Single-molecule FRET studies on alpha-synuclein "
        "oligomerization of Parkinson's disease genetically related mutants. Sci Rep. "
        "2010;5:16696.\n"
    )
    [diagnostic] = lint(entry, offline=False, select=["RL4"])
    assert diagnostic.code == "RL402"
    assert diagnostic.message == "year 2010 differs from the record of 10.1038/srep16696 (2015)"
    assert [e.text for e in diagnostic.edits] == ["2015"]  # an unsafe fix to the record's year
    assert str(diagnostic.fix_applicability) == "unsafe"


def test_half_a_title_with_the_same_authors_is_undecided_and_names_the_candidate():
    found = outcome(
        "Okafor C, Lindqvist E. Oxygen vacancies in layered cathodes. Chem Mater. 2020;31:1150.",
        SPINEL,
    )
    assert found.status is Status.UNCERTAIN
    assert found.record is SPINEL
    assert found.reason.startswith("nearest: 'Oxygen vacancies in spinel-type cathodes")
    assert "same authors" in found.reason


def test_a_short_title_shared_by_chance_is_not_called_misattributed():
    editorial = Record("Crossref", "10.5555/ed", title="Editorial", families=("Brandt",))
    found = outcome("Quillfeather AB. Editorial note today. Chem Mater. 2020;31:1.", editorial)
    assert found.status is not Status.OTHER_AUTHORS


def test_an_entry_the_grammar_could_not_read_cleanly_is_never_called_missing():
    from dataclasses import replace

    from refslint.model import ParseProblem

    clean = ref("Quillfeather AB. Lattice healing in glasses. J Imag Mater. 2023;12:455-67.")
    assert decide(clean, "query", [GARNET]).status is Status.NOT_FOUND
    sloppy = replace(clean, problem=ParseProblem(3, "expected an author"))
    assert decide(sloppy, "query", [GARNET]).status is Status.UNCERTAIN


def test_no_candidates_at_all_is_no_record():
    found = outcome("Quillfeather AB. Lattice healing in glasses. J Imag Mater. 2023;12:455-67.")
    assert found.status is Status.NOT_FOUND
    assert found.reason == "the search returned no candidates"


def test_candidates_from_any_registry_are_judged_and_named_as_their_source():
    openalex = Record(**{**GARNET.__dict__, "source": "OpenAlex"})
    found = outcome(
        "Lee H, Park SJ. Lithium diffusion in garnet-type solid electrolytes. J Power Sources. "
        "2021;480:228-35.",
        openalex,
    )
    assert found.status is Status.FOUND and found.sources == ("OpenAlex",)


def test_a_preprint_dated_after_its_first_version_is_not_a_year_difference(registry):
    registry.add_datacite("datacite-doi-arxiv-10.48550-arxiv.2311.16162.json")
    entry = (
        "1. Yin H, Aryani A, Lambert G. Leveraging artificial intelligence technology for "
        "mapping research to sustainable development goals: a case study. arXiv [Preprint]. "
        "{year}. doi:10.48550/arXiv.2311.16162\n"
    )
    later = lint(entry.format(year=2024), offline=False, select=["RL402"])
    assert later == []  # the date of a later version
    earlier = lint(entry.format(year=2022), offline=False, select=["RL402"])
    assert [d.message for d in earlier] == [
        "year 2022 differs from the record of 10.48550/arxiv.2311.16162 (2023)"
    ]


def test_the_summary_line_counts_other_authors_and_undecided(registry, tmp_path, capsys):
    from refslint.cli import main

    other = crossref_work(SREP, author=[{"family": "Nguyen", "given": "Anh"}])
    registry.search(lambda q: "Okafor" in q, [other])
    registry.search(lambda q: True, [crossref_work(SREP)])
    refs = tmp_path / "refs.txt"
    refs.write_text(
        "1. Okafor B. Single-molecule FRET studies on alpha-synuclein oligomerization of "
        "Parkinson's disease genetically related mutants. Sci Rep. 2015;5:16696.\n"
        "2. Tosatto L. Single-molecule FRET studies on alpha-synuclein oligomers. Sci Rep. "
        "2016;5:16696.\n",
        encoding="utf-8",
    )
    assert main(["--today", "2026-11-26", "--select", "RL4", str(refs)]) == 1
    captured = capsys.readouterr()
    assert f"{refs}:1:4: RL413 the title is that of" in captured.out
    assert (
        f"{refs}:2:1: RL414 could not tell whether a registry record is this work" in captured.out
    )
    assert captured.err.startswith(
        "Checked 2 entries against Crossref, DataCite, OpenAlex and PubMed: 0 confirmed, 0 differ, 0 not found, "
        "1 by other authors, 1 undecided ("
    )
    refs.write_text(refs.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    main(["--today", "2026-11-26", "--select", "RL4", str(refs)])
    assert capsys.readouterr().err.startswith("Checked 1 entry against ")


@pytest.mark.parametrize(
    ("printed", "recorded", "low", "high"),
    [
        # a typo
        (
            "Oxygen vacancies in spinel-type cathods",
            "Oxygen vacancies in spinel-type cathodes",
            0.95,
            1.0,
        ),
        # the subtitle left off, with a typo
        (
            "The evolving pracitce of law",
            "The evolving practice of law: competency development",
            0.9,
            0.95,
        ),
        # words of the journal run on after the title
        (
            "Genetic therapies: corrceting genetic defects with CRISPR-Cas9. Nature reviews",
            "Genetic therapies: correcting genetic defects with CRISPR-Cas9",
            0.9,
            0.95,
        ),
        # the same main title, another subtitle: not the same title
        (
            "Farmers seed management and innovation in varietal selection: images",
            "Farmers seed management and innovation in varietal selection: implications for barley breeding",
            0.0,
            0.75,
        ),
        # half of one title and half of another: letters widely shared, words not
        (
            "A new interpretation of second-order nonlinearities in monolithic semiconductor waveguides",
            "Recent advances in phase matching of second-order nonlinearities in monolithic semiconductor waveguides",
            0.5,
            0.8,
        ),
    ],
)
def test_title_similarity_forgives_typos_and_dropped_subtitles_but_not_other_words(
    printed, recorded, low, high
):
    from refslint.lookup.match import title_similarity

    assert low <= title_similarity(printed, recorded) <= high
    assert title_similarity(recorded, printed) == title_similarity(printed, recorded)


def test_a_family_name_is_the_same_however_its_accents_and_initials_arrive():
    from refslint.lookup.match import same_family

    decomposed = "Ko\u0308llner P"  # the umlaut as a combining mark, the initial left attached
    assert same_family(decomposed, "Köllner")
    assert same_family("Köllner", decomposed)
    assert same_family("de la Macorra", "Macorra")
    assert not same_family("Köllner P", "Kramer")
    assert not same_family("Wang L", "Li")


def test_titles_and_journals_in_other_scripts_are_compared_not_dropped():
    from refslint.lookup.match import journal_matches, title_similarity

    russian = "Эпидемиология туберкулеза в Российской Федерации"
    assert title_similarity(russian, russian.upper()) == 1.0
    assert title_similarity(russian, "Другое название совсем о другом") < 0.5
    assert journal_matches("Туберкулез и болезни легких", "Туберкулез и болезни легких")
    assert title_similarity("結核の疫学", "結核の疫学") == 1.0
