"""RL586 and RL580 without a numbered sibling: a page span from 1 where the DOI or the journal's
name says the journal numbers its articles, in Vancouver, APA, Nature's, ACS and IEEE lists;
and where both must stay silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from refslint.cli import main
from tests.conftest import lint


def found(text: str) -> list[tuple[int | None, str, str]]:
    return [(d.entry, d.code, d.severity.name) for d in lint(text, select=["RL580", "RL586"])]


VANCOUVER = (
    "1. Xu J, Wu X, Zhou W, Liu A. Aurora-A identifies early recurrence in triple negative "
    "breast cancer. PLoS One. 2013;8(2):1-11. doi:10.1371/journal.pone.0056919\n"
    "2. Jonkman JE, Cathcart JA, Xu F. An ImageJ plugin for scratch wound healing assays. "
    "PLoS One. 2020;15:1-14. doi:10.1371/journal.pone.0232565\n"
    "3. Tanenbaum ME, Stern-Ginossar N, Vale RD. Regulation of mRNA translation during "
    "mitosis. eLife. 2015;4:1-19. doi:10.7554/eLife.07957\n"
    "4. Lindon C, Grant R, Min M. Ubiquitin-mediated degradation of Aurora kinases. Front "
    "Oncol. 2016;5:1-13. doi:10.3389/fonc.2015.00307\n"
    "5. Willems E, Rogister B. The functional diversity of Aurora kinases: a comprehensive "
    "review. Cell Div. 2018;13:1-17. doi:10.1186/s13008-018-0040-6\n"
    "6. Liu Z, Hao CL, Luo K. Motion characteristics of supercavitating projectiles. Energies. "
    "2022;15(1):1-7.\n"
    "7. Gruber AJ, Zavolan M. Alternative cleavage and polyadenylation in health and disease. "
    "Nat Rev Genet. 2019;20(10):599-614. doi:10.1038/s41576-019-0145-z\n"
)


def test_vancouver_the_doi_gives_the_number_or_the_family_or_name_says_so():
    assert found(VANCOUVER) == [
        (1, "RL586", "WARNING"),
        (2, "RL586", "WARNING"),
        (3, "RL586", "WARNING"),
        (4, "RL586", "WARNING"),
        (5, "RL580", "INFO"),
        (6, "RL580", "INFO"),
    ]
    messages = [d.message for d in lint(VANCOUVER, select="RL586")]
    assert [m.rsplit(" ", 1)[-1] for m in messages] == ["e56919", "e0232565", "e07957", "307"]
    assert messages[0].startswith("`1-11` is the PDF's page span: the DOI")


def test_apa_doi_links_and_the_cell_press_and_mdpi_forms():
    text = (
        "References\n\n"
        "Amin, A., & Ali, M. (2021). Efficacy and mechanistic insights. Heliyon, 7(8), 1–12. "
        "https://doi.org/10.1016/j.heliyon.2021.e07706\n\n"
        "Baker, C., & Cole, D. (2024). Myeloid-derived suppressor cells. iScience, 27(4), 1–18. "
        "https://doi.org/10.1016/j.isci.2024.109546\n\n"
        "Chen, X., & Dong, Q. (2020). Rethinking kinase inhibitors. International Journal of "
        "Molecular Sciences, 21(3), 1–17. https://doi.org/10.3390/ijms21031234\n\n"
        "Du, R., & Dong, Z. (2021). Targeting AURKA in cancer. Molecular Cancer, 20, 1–27. "
        "https://doi.org/10.1186/s12943-020-01305-3\n\n"
        "Evans, P. (2019). Cell polarity. Journal of Cell Science, 132(4), 1–12. "
        "https://doi.org/10.1242/jcs.230946\n"
    )
    numbers = [d.message.rsplit(" ", 1)[-1] for d in lint(text, select="RL586")]
    assert numbers == ["e07706", "109546", "1234"]
    assert [(e, c) for e, c, _ in found(text)] == [
        (1, "RL586"),
        (2, "RL586"),
        (3, "RL586"),
        (4, "RL580"),
    ]


def test_nature_style_by_name_and_by_the_portfolio_doi():
    text = (
        "1. Lee, A. et al. Gut microbiome sample collection. Sci. Rep. 12, 1–9 (2022).\n"
        "2. Kim, B. et al. CD47 blockade. Nat. Commun. 13, 1–14 (2022).\n"
        "3. Park, C. et al. Targeted therapy. Signal Transduct. Target. Ther. 9, 1–20 (2024).\n"
        "4. Viel, S. et al. TGF-beta inhibits NK cells. Nature 561, 1–5 (2016).\n"
    )
    assert found(text) == [(1, "RL580", "INFO"), (2, "RL580", "INFO"), (3, "RL580", "INFO")]


def test_the_communications_journals_by_name_and_by_doi():
    text = (
        "1. Sasgen, I. et al. Return to rapid ice loss in Greenland. Commun. Earth Environ. 1, "
        "1–8 (2020).\n"
        "2. Ozer, M. et al. Coral microbiomes. Communications Biology 4, 1–12 (2021).\n"
        "3. Ito, K. et al. A quantum sensor. Communications Physics 5, 1–9 (2022).\n"
        "4. Ames, J. Communicating risk. Commun. Med. 3, 1–9 (2006).\n"
    )
    assert found(text) == [(1, "RL580", "INFO"), (2, "RL580", "INFO"), (3, "RL580", "INFO")]
    # by the DOI alone, whatever the journal is called
    vancouver = (
        "1. Ito K, Abe H. A quantum sensor. Commun Phys J. 2022;5:1-9. "
        "doi:10.1038/s42005-022-00811-5\n"
        "2. Ozer M, Lee K. Coral microbiomes. Coral Res. 2021;4:1-12. doi:10.1000/cr.2021.4\n"
    )
    assert found(vancouver) == [(1, "RL580", "INFO")]


def test_acs_style_with_a_doi_label():
    text = (
        "(1) Smith, J.; Jones, K. Kinase inhibitors revisited. Int. J. Mol. Sci. 2020, 21, "
        "1–17. DOI: 10.3390/ijms21031234.\n"
        "(2) Brown, A.; Green, B. A full article. J. Am. Chem. Soc. 2020, 142, 1–10. DOI: "
        "10.1021/jacs.9b12345.\n"
        "(3) Lee, C. Flaring from radiometer data. Energies 2016, 9, 1–15. 10.3390/en9010014.\n"
    )
    assert found(text) == [(1, "RL586", "WARNING"), (3, "RL586", "WARNING")]
    numbers = [d.message.rsplit(" ", 1)[-1] for d in lint(text, select="RL586")]
    assert numbers == ["1234", "14"]


def test_ieee_hindawi_article_id_in_the_lists_own_form():
    text = (
        '[1] A. Author and B. Author, "A first study," Neural Plasticity, vol. 2016, Article ID '
        "6503162, 2016.\n"
        '[2] C. Author, "A second study," Neural Plasticity, vol. 2017, pp. 1–9, 2017, doi: '
        "10.1155/2017/1234567.\n"
    )
    [finding] = lint(text, select="RL586")
    assert finding.entry == 2 and finding.message.endswith("gives article number 1234567")
    assert [e.text for e in finding.edits] == ["Article ID 1234567"]


@pytest.mark.parametrize(
    "entry",
    [
        # a range not from 1 is the journal's own pages
        "Xu J, Liu A. Aurora-A. PLoS One. 2013;8:1233-1240. doi:10.1371/journal.pone.0056919",
        # the number printed beside the range is the list's choice
        "Xu J, Liu A. Aurora-A. PLoS One. 2013;8(2):e56919, 1-11. doi:10.1371/journal.pone.0056919",
        "Du R, Dong Z. Targeting AURKA. Mol Cancer. 2021;20:45, 1-27. "
        "doi:10.1186/s12943-020-01305-3",
        # before the journal numbered its articles
        "Sahin U, Kim A. A molecule. Molecules. 2015;20:1-17. doi:10.3390/molecules20010001",
        "Kowal J, Thery C. Vesicles. EMBO J. 2017;36:1-15. doi:10.15252/embj.201696003",
        "Liu Z, Luo K. Motion of projectiles. Energies. 2012;5:1-7.",
        "Smith J. Cancers of the skin. Curr Issues Mol Biol. 2024;46:1-12. "
        "doi:10.3390/cimb46080528",
        # a paged journal whose name ends alike, and DOIs of no numbering family
        "Siegel RL, Miller KD. Cancer statistics. Cancer. 2020;126:1-10.",
        "Lee J, Kim K. A cell paper. Cell. 2020;180:1-12. doi:10.1016/j.cell.2020.01.001",
        "Rees J. A review. Clin Pediatr. 2018;57:1-8. doi:10.1177/0009922817693298",
        # a chapter in a book named like a numbered journal
        "Smith J. Introduction. In: Jones K, editor. Frontiers in Oncology: a history. Boston: "
        "Beacon; 2015. p. 1-17.",
    ],
)
def test_silent(entry):
    assert found(f"1. {entry}\n") == []


def test_silent_where_the_list_prints_the_journals_pages():
    # the journal printed pages once: a range from 1 may be a volume's first article
    text = (
        "1. Du R, Dong Z. Early markers. Mol Cancer. 2003;2:1-10.\n"
        "2. Lee K, Park J. Later markers. Mol Cancer. 2003;2:45-52.\n"
    )
    assert found(text) == []


def _fix(path: Path, *extra: str) -> int:
    return main([str(path), "--offline", "--select", "RL586", *extra])


def test_the_fix_writes_the_number_and_a_second_fix_changes_nothing(tmp_path):
    path = tmp_path / "refs.txt"
    path.write_bytes(VANCOUVER.encode())
    assert _fix(path, "--fix") == 1  # unsafe: nothing written without --unsafe-fixes
    assert path.read_bytes() == VANCOUVER.encode()
    assert _fix(path, "--fix", "--unsafe-fixes") == 1
    expected = (
        VANCOUVER.replace("2013;8(2):1-11.", "2013;8(2):e56919.")
        .replace("2020;15:1-14.", "2020;15:e0232565.")
        .replace("2015;4:1-19.", "2015;4:e07957.")
        .replace("2016;5:1-13.", "2016;5:307.")
    )
    assert path.read_text() == expected
    assert _fix(path, "--fix", "--unsafe-fixes") == 0
    assert path.read_text() == expected


def test_a_short_number_is_printed_only_as_a_locator():
    # Frontiers' article 27: a `27` in the title is no article number; `, 27, 1-9` is the list's
    title = "1. Ali A, Khan B. Twenty-seven 27 plant extracts. Front Pharmacol. 2016;7:{}. "
    doi = "doi:10.3389/fphar.2016.00027\n"
    assert found(title.format("1-9") + doi) == [(1, "RL586", "WARNING")]
    assert found(title.format("27, 1-9") + doi) == []
