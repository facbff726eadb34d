"""RL417 against the local registry: a PDF's page span printed where the record gives an article
number, in each registry's recorded shape (Crossref `article-number` and one-value `page`,
OpenAlex `biblio`, PubMed `pages` and `elocationid`); and the records that must leave a range
alone. RL402 never speaks of the same range."""

from __future__ import annotations

from tests.conftest import lint
from tests.lookup.registry import crossref_work, recorded
from tests.lookup.test_lookup import SREP, SREP_TITLE

ELIFE = "crossref-work-journal-article-elife-article-number-e01567.json"
PLOS = "crossref-work-journal-article-plosone-e33693.json"
AGING = "crossref-work-journal-article-neurobiolaging-vol-issue-pages.json"
SPARSE = "crossref-work-journal-article-ijo-sparse-no-volume-no-pages.json"
OA_PLOS = "openalex-work-doi-journal-article-plosone-0000030.json"
OA_GENOMICS = "openalex-work-doi-10.1016-j.xgen.2025.100814-journal-article-2025.json"
OA_PAGED = "openalex-work-doi-10.1023-a-1007154515475-journal-article-2001.json"
JMOL = recorded("pubmed-esummary-json-pmid-27933103.json")["result"]["27933103"]

SREP_AT = f"1. Tosatto L, Horrocks MH, Dear AJ. {SREP_TITLE}. Sci Rep. 2015;5:{{}}. doi:10.1038/srep16696\n"
ELIFE_AT = (
    "1. Sankar M, Nieminen K, Ragni L, Xenarios I. Automated quantitative histology reveals "
    "vascular morphodynamics during Arabidopsis hypocotyl secondary growth. eLife. "
    "2014;3:{}. doi:10.7554/eLife.01567\n"
)
PLOS_AT = (
    "1. Sadasivan S, Pond BB, Pani AK, Qu C. Methylphenidate exposure induces dopamine neuron "
    "loss and activation of microglia in the basal ganglia of mice. PLoS One. "
    "2012;7(3):{}. doi:10.1371/journal.pone.0033693\n"
)
AGING_TITLE = (
    "Human umbilical cord blood-derived mesenchymal stem cells improve neuropathology and "
    "cognitive impairment in an Alzheimer's disease mouse model through modulation of "
    "neuroinflammation"
)
AGING_AT = (
    f"1. Lee JK, Jin HK, Endo S, Schuchman EH, Carter JE, Bae JS. {AGING_TITLE}. Neurobiol "
    "Aging. 2012;33(3):{}. doi:10.1016/j.neurobiolaging.2010.03.024\n"
)
JMOL_AT = (
    "1. Scalfani VF, Williams AJ, Tkachenko V, Karapetyan K, Pshenichnov A, Hanson RM, et al. "
    "Programmatic conversion of crystal structures into 3D printable files using Jmol. "
    "J Cheminform. 2016;8:{}. PMID: 27933103.\n"
)


def found(text: str, select: str | list[str] = "RL4") -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in lint(text, offline=False, select=select)]


PAGES = ["RL402", "RL417"]  # the PLOS record also carries a correction notice (RL411)


def test_crossref_article_number_names_the_range_the_pdf_page_span(registry):
    registry.add_work(crossref_work(SREP))
    text = SREP_AT.format("1-12")
    [finding] = lint(text, offline=False, select="RL4")
    assert finding.code == "RL417"
    assert finding.severity.name == "WARNING"
    assert finding.message == (
        "`1-12` is the PDF's page span: the record of 10.1038/srep16696 gives article number 16696"
    )
    [edit] = finding.edits
    assert edit.text == "16696"
    assert text[edit.start_offset : edit.end_offset] == "1-12"
    assert finding.fix_applicability is not None and finding.fix_applicability.name == "UNSAFE"


def test_the_fixed_entry_is_confirmed(registry):
    registry.add_work(crossref_work(SREP))
    assert found(SREP_AT.format("16696")) == []


def test_elife_article_number_with_its_e(registry):
    registry.add_work(crossref_work(ELIFE))
    assert found(ELIFE_AT.format("1–19")) == [
        (
            "RL417",
            "`1–19` is the PDF's page span: the record of 10.7554/elife.01567 gives article "
            "number e01567",
        )
    ]
    assert found(ELIFE_AT.format("e01567")) == []


def test_crossref_page_that_is_one_e_number(registry):
    registry.add_work(crossref_work(PLOS))
    [(code, message)] = found(PLOS_AT.format("1-9"), PAGES)
    assert code == "RL417" and message.endswith("gives article number e33693")


def test_crossref_page_written_as_a_span_of_one_number(registry):
    # Nature's older deposits: `e1603-e1603`, one article number written as a span
    registry.add_work(crossref_work(PLOS, page="e33693-e33693"))
    [(code, message)] = found(PLOS_AT.format("1-9"), PAGES)
    assert code == "RL417" and message.endswith("e33693")


def test_a_range_not_from_one_where_the_record_has_only_an_article_number(registry):
    registry.add_work(crossref_work(SREP))
    # the DOI itself encodes the article number, so the entry contradicts it offline too
    assert found(SREP_AT.format("11-22")) == [
        (
            "RL417",
            "`11-22` is no pages of the record: the record of 10.1038/srep16696 gives article "
            "number 16696",
        ),
        (
            "RL418",
            "first page 11, but the entry's DOI 10.1038/srep16696 gives first page 16696; one of "
            "the two is wrong",
        ),
    ]


def test_openalex_biblio_with_one_locator(registry):
    # Crossref and DataCite do not hold it: OpenAlex's record, `first_page` = `last_page` = e30
    registry.add_openalex(recorded(OA_PLOS))
    text = (
        "1. Ralser M, Heeren G, Breitenbach M, Lehrach H. Triose phosphate isomerase deficiency "
        "is caused by altered dimerization--not catalytic inactivity--of the mutant enzymes. "
        "PLoS One. 2006;1(1):{}. doi:10.1371/journal.pone.0000030\n"
    )
    [(code, message)] = found(text.format("1-10"))
    assert code == "RL417" and message.endswith("gives article number e30")
    assert found(text.format("e30")) == []


def test_openalex_number_without_e(registry):
    registry.add_openalex(recorded(OA_GENOMICS))
    text = (
        "1. Herger M, Kajba CM, Buckley M, Cunha A. High-throughput screening of human genetic "
        "variants by pooled prime editing. Cell Genom. 2025;5:1-22. "
        "doi:10.1016/j.xgen.2025.100814\n"
    )
    [(code, message)] = found(text)
    assert code == "RL417" and message.endswith(
        "gives one locator, 100814, where pages would be a span"
    )


def test_pubmed_pages_that_are_one_number(registry):
    registry.add_pubmed(("J Cheminform", "2016", "8", "66", "Scalfani VF"), "27933103", JMOL)
    [(code, message)] = found(JMOL_AT.format("1-12"))
    assert code == "RL417"
    assert (
        message
        == "`1-12` looks like the PDF's page span: the record of 10.1186/s13321-016-0181-z gives "
        "one locator, 66, where pages would be a span"
    )


def test_pubmed_elocation_item_number(registry):
    summary = {**JMOL, "pages": "", "elocationid": "pii: 66. doi: 10.1186/s13321-016-0181-z"}
    registry.add_pubmed(("J Cheminform", "2016", "8", "66", "Scalfani VF"), "27933103", summary)
    [(code, message)] = found(JMOL_AT.format("1-12"))
    assert code == "RL417" and message.endswith("gives article number 66")


def test_an_entry_the_grammar_cannot_read_is_read_from_its_tail(registry):
    registry.add_work(crossref_work(SREP))
    text = (
        "1. Tosatto, L., Horrocks, M.H. and Dear, A.J. (2015) "
        f"{SREP_TITLE}. Sci. Rep., 5, 1–12. doi: 10.1038/srep16696\n"
    )
    codes = [code for code, _ in found(text)]
    assert "RL417" in codes


# ---- what must stay silent ----


def test_a_real_page_span_from_one_in_a_paginated_journal(registry):
    # the record holds pages 1-17 and no article number: the range is the work's own pages
    registry.add_work(crossref_work(AGING, page="1-17"))
    assert found(AGING_AT.format("1-17")) == []


def test_a_record_with_pages_leaves_a_wrong_range_to_rl402(registry):
    registry.add_work(crossref_work(AGING))
    [(code, message)] = found(AGING_AT.format("1-17"))
    assert code == "RL402" and "first page 1 differs" in message


def test_a_record_with_no_locator_says_nothing(registry):
    registry.add_work(crossref_work(SPARSE))
    text = (
        "1. Stravopodis DJ. Human bladder cancer cells undergo cisplatin-induced apoptosis that "
        "is associated with p53-dependent and p53-independent responses. Int J Oncol. "
        "2009;34:1-12. doi:10.3892/ijo_00000311\n"
    )
    assert [c for c, _ in found(text.replace("10.3892/ijo_00000311", _doi(SPARSE)))] == []


def test_openalex_page_span_from_one_is_the_works_own(registry):
    registry.add_openalex(recorded(OA_PAGED))
    text = (
        "1. Adak S, Bandyopadhyay D, Bandyopadhyay U, Banerjee RK. An essential role of active "
        "site arginine residue in iodide binding and histidine residue in electron transfer for "
        "iodide oxidation by horseradish peroxidase. Mol Cell Biochem. 2001;218(1-2):1-11. "
        "doi:10.1023/a:1007154515475\n"
    )
    assert found(text) == []


def test_a_single_page_from_one_is_not_a_span(registry):
    registry.add_work(crossref_work(SREP))
    assert "RL417" not in [c for c, _ in found(SREP_AT.format("1"))]


def test_offline_says_nothing(registry):
    registry.add_work(crossref_work(SREP))
    assert [d.code for d in lint(SREP_AT.format("1-12"), select="RL417")] == []


def _doi(name: str) -> str:
    return str(recorded(name)["message"]["DOI"])


def test_ieee_pages_marker_goes_with_the_range(registry):
    registry.add_work(crossref_work(SREP))
    text = (
        f'1. L. Tosatto, M. H. Horrocks, and A. J. Dear, "{SREP_TITLE}," Sci. Rep., vol. 5, '
        "pp. 1–12, 2015, doi: 10.1038/srep16696.\n"
    )
    [finding] = lint(text, offline=False, select="RL417")
    [edit] = finding.edits
    assert text[edit.start_offset : edit.end_offset] == "pp. 1–12"
    assert edit.text == "16696"


def test_a_row_stored_before_records_kept_their_last_page_is_fetched_again(registry, tmp_path):
    # a paginated record stored without its last page would read as a lone locator, an article
    # number: such rows carry the older schema number and are asked again
    import json
    import sqlite3

    from refslint.lookup.store import SCHEMA

    registry.add_work(crossref_work(AGING))
    [(code, _)] = found(AGING_AT.format("1-17"))
    assert code == "RL402"
    path = tmp_path / "cache" / "answers.sqlite"

    def keep_without_last_page(schema: int) -> None:
        with sqlite3.connect(path) as db:
            for key, outcome in db.execute("SELECT key, outcome FROM answers").fetchall():
                stored = json.loads(outcome)
                if (stored.get("record") or {}).get("doi") == _doi(AGING).lower():
                    stored["record"].pop("last_page", None)  # the shape an older refslint kept
                    db.execute(
                        "UPDATE answers SET outcome = ?, schema = ? WHERE key = ?",
                        (json.dumps(stored), schema, key),
                    )
                    return
        raise AssertionError("the record was not stored")

    # read as today's shape, the row would make page 588 a lone locator: an article number
    keep_without_last_page(SCHEMA)
    assert [code for code, _ in found(AGING_AT.format("1-17"))] == ["RL417"]
    # under the older schema number it is not taken: the record is read again
    keep_without_last_page(SCHEMA - 1)
    [(code, _)] = found(AGING_AT.format("1-17"))
    assert code == "RL402"


def test_an_entry_without_identifier_found_by_search(registry):
    # Hindawi's lists print no DOIs: the record is the search candidate judged to be the work
    registry.search(lambda q: "alpha-synuclein" in q, [crossref_work(SREP)])
    text = f"1. Tosatto L, Horrocks MH, Dear AJ. {SREP_TITLE}. Sci Rep. 2015;5:1-12.\n"
    [(code, message)] = found(text)
    assert code == "RL417" and message.endswith("gives article number 16696")
    assert "the record of 10.1038/srep16696" in message


def test_rl586_leaves_the_range_to_rl417_where_the_record_speaks(registry):
    # the DOI's number (RL586, offline) and the record's (RL417) are one fault, said once
    registry.add_work(crossref_work(SREP))
    text = SREP_AT.format("1-12")
    [offline] = lint(text, select=["RL417", "RL586"])  # nothing asked, nothing stored
    assert offline.code == "RL586" and offline.message.endswith("gives article number 16696")
    assert [c for c, _ in found(text, ["RL417", "RL586"])] == ["RL417"]
