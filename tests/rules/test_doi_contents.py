"""An entry against its own DOI (RL418) and a DOI of another kind of work (RL419), on small lists
written here in Vancouver, APA, IEEE, physics and Harvard styles, with the right entries that must
pass and the DOI forms that say nothing."""

from __future__ import annotations

import pytest

# --- RL418: what the DOI encodes against what the entry prints ----------------------------------

CONTRADICTED = [
    # MDPI: volume, two-digit issue, first page (paged years) or article number
    (
        "Gayer J, Smith G. Micronutrient fortification of food. Nutrients. 2015;7(12):646–658. "
        "doi:10.3390/nu7010646",
        "issue 12, but the entry's DOI 10.3390/nu7010646 gives issue 1; one of the two is wrong",
    ),
    (
        "Wirth J, Nichols E. External mill monitoring. Nutrients. 2013;6(11):4741–4759. "
        "doi:10.3390/nu5114741",
        "volume 6, but the entry's DOI 10.3390/nu5114741 gives volume 5; one of the two is wrong",
    ),
    (
        "Wang L, Chen Y. Air pollution and asthma. Int J Environ Res Public Health. "
        "2021;17(19):10061. doi:10.3390/ijerph181910061",
        "volume 17, but the entry's DOI 10.3390/ijerph181910061 gives volume 18; one of the two "
        "is wrong",
    ),
    # Copernicus (APA): volume, first page and year
    (
        "Smith, A., & Jones, B. (2013). Aerosol nucleation in the boreal forest. Atmospheric "
        "Chemistry and Physics, 12(1), 345–360. https://doi.org/10.5194/acp-12-345-2012",
        "year 2013, but the entry's DOI 10.5194/acp-12-345-2012 gives year 2012; one of the two "
        "is wrong",
    ),
    # APS (IEEE): volume and first page
    (
        'J. P. Perdew, K. Burke, and M. Ernzerhof, "Generalized gradient approximation made '
        'simple," Phys. Rev. Lett., vol. 78, pp. 3865–3868, 1996, doi: '
        "10.1103/PhysRevLett.77.3865.",
        "volume 78, but the entry's DOI 10.1103/PhysRevLett.77.3865 gives volume 77; one of the "
        "two is wrong",
    ),
    # PLOS, eLife, BMJ, BMJ's open journals: the article number
    (
        "Xu J, Wu X. Aurora-A identifies early recurrence. PLoS One. 2015;10(6):e0130621. "
        "doi:10.1371/journal.pone.0130620",
        "page or article number e0130621, but the entry's DOI 10.1371/journal.pone.0130620 gives "
        "page or article number e0130620; one of the two is wrong",
    ),
    (
        "Nguyen T, Tran H. Cell fate decisions. eLife. 2016;5:e12346. doi:10.7554/eLife.12345",
        "page or article number e12346, but the entry's DOI 10.7554/eLife.12345 gives page or "
        "article number e12345; one of the two is wrong",
    ),
    (
        "Lee K, Park S. Sepsis in adults. BMJ. 2020;368:m1243. doi:10.1136/bmj.m1234",
        "page or article number m1243, but the entry's DOI 10.1136/bmj.m1234 gives page or "
        "article number m1234; one of the two is wrong",
    ),
    (
        "Pievani A, Biondi M. CARs are sharpening their weapons. J Immunother Cancer. (2024) "
        "12(1):6. doi: 10.1136/jitc-2023-008275",
        "page or article number 6, but the entry's DOI 10.1136/jitc-2023-008275 gives page or "
        "article number e008275; one of the two is wrong",
    ),
    # the BMJ before 2008: volume, issue, first page
    (
        "Altman DG, Bland JM. Statistics notes. BMJ. 1994;308(6943):1552. "
        "doi:10.1136/bmj.308.6943.1553",
        "page or article number 1552, but the entry's DOI 10.1136/bmj.308.6943.1553 gives page "
        "or article number 1553; one of the two is wrong",
    ),
    # SICI: volume, issue, first page and the cover year
    (
        "Brown T, Green P. Randomised trials of dosing. Stat Med. 1999;18(4):335-48. "
        "doi:10.1002/(SICI)1097-0258(19990215)18:3<335::AID-SIM336>3.0.CO;2-Z",
        "issue 4, but the entry's DOI 10.1002/(SICI)1097-0258(19990215)18:3<335::AID-SIM336>"
        "3.0.CO;2-Z gives issue 3; one of the two is wrong",
    ),
    # IOP before 2012: volume, issue, first page
    (
        "Rossi M, Bianchi L. Spin waves in thin films. J Phys Condens Matter. 2002;14(12):302-10. "
        "doi:10.1088/0953-8984/14/11/302",
        "issue 12, but the entry's DOI 10.1088/0953-8984/14/11/302 gives issue 11; one of the two "
        "is wrong",
    ),
    # Nature's monthly journals, 1998-2008: month, year and first page (Harvard)
    (
        "Nagai, T. and Ibata, K. (2002) A variant of yellow fluorescent protein. Genetics, 20, "
        "1585–1588. doi: 10.1038/nbt0102-87",
        "first page 1585, but the entry's DOI 10.1038/nbt0102-87 gives first page 87; one of the "
        "two is wrong",
    ),
    # a DOI registered after the year printed
    (
        "Kumar A, Watkins R. Cell therapy with TILs. Front Immunol. 2019;12:690499. "
        "doi:10.3389/fimmu.2021.690499",
        "year 2019, but the entry's DOI 10.3389/fimmu.2021.690499 was registered in 2021, after "
        "that year; one of the two is wrong",
    ),
    # an article of 1965, its year before the volume, with a DOI of 2018: another work's
    (
        "Benson JV, Patterson JA. Amino acids on spherical resin. Anal Chem 1965; 37: 1108–10. "
        "DOI: 10.1016/j.jup.2018.07.002",
        "year 1965, but the entry's DOI 10.1016/j.jup.2018.07.002 was registered in 2018, after "
        "that year; one of the two is wrong",
    ),
]


@pytest.mark.parametrize(("entry", "message"), CONTRADICTED)
def test_an_element_the_doi_contradicts_is_flagged(lint, entry, message):
    found = lint(f"1. {entry}\n", select=["RL418"])
    assert [(d.message, str(d.severity)) for d in found] == [(message, "warning")]


EARTH_SCIENCES = (
    # Copernicus's own style, the year after the DOI
    "1. Kulmala, M. and Nieminen, T.: Measurement of the nucleation of atmospheric aerosol "
    "particles, Atmos. Chem. Phys., 13, 345–360, https://doi.org/10.5194/acp-12-345-2012, 2012.\n"
    # AGU, Wiley and Elsevier DOIs carry the year the manuscript came in (APA)
    "2. Lee, K. (2013). Rainfall extremes. Geophysical Research Letters, 42(3), 123–130. "
    "https://doi.org/10.1002/2014GL061038\n"
    "3. Wu, X. (2018). Solar cells. Advanced Materials, 32(1), 1904567. "
    "https://doi.org/10.1002/adma.201904567\n"
    "4. Chen, Y. (2018). Cleaner production. Journal of Cleaner Production, 245, 118123. "
    "https://doi.org/10.1016/j.jclepro.2019.118123\n"
)
EARTH_SCIENCES_RIGHT = (
    "1. Kulmala, M. and Nieminen, T.: Measurement of the nucleation of atmospheric aerosol "
    "particles, Atmos. Chem. Phys., 12, 345–360, https://doi.org/10.5194/acp-12-345-2012, 2012.\n"
    "2. Lee, K. (2015). Rainfall extremes. Geophysical Research Letters, 42(3), 123–130. "
    "https://doi.org/10.1002/2014GL061038\n"
    "3. Wu, X. (2020). Solar cells. Advanced Materials, 32(1), 1904567. "
    "https://doi.org/10.1002/adma.201904567\n"
    "4. Chen, Y. (2020). Cleaner production. Journal of Cleaner Production, 245, 118123. "
    "https://doi.org/10.1016/j.jclepro.2019.118123\n"
    "5. Smith, A.: Karst floods, Hydrol. Earth Syst. Sci. Discuss. [preprint], "
    "https://doi.org/10.5194/hess-2019-123, in review, 2019.\n"
)


def test_earth_science_dois_are_read_in_their_own_styles(lint):
    found = lint(EARTH_SCIENCES, select=["RL418", "RL419"])
    assert [(d.entry, d.code) for d in found] == [(n, "RL418") for n in (1, 2, 3, 4)]
    assert found[0].message.startswith("volume 13, but the entry's DOI")
    assert all("was registered in" in d.message for d in found[1:])
    assert lint(EARTH_SCIENCES_RIGHT, select=["RL418", "RL419"]) == []


def test_the_finding_points_at_the_printed_element(lint):
    text = "1. Gayer J. Fortification. Nutrients. 2015;7(12):646–658. doi:10.3390/nu7010646\n"
    (found,) = lint(text, select=["RL418"])
    assert found.column == text.index("12)") + 1


AGREEING = (
    "1. Gayer J, Smith G. Micronutrient fortification of food. Nutrients. 2015;7(1):646–658. "
    "doi:10.3390/nu7010646\n"
    "2. Smith, A., & Jones, B. (2012). Aerosol nucleation in the boreal forest. Atmospheric "
    "Chemistry and Physics, 12(1), 345–360. https://doi.org/10.5194/acp-12-345-2012\n"
    "3. J. P. Perdew, K. Burke, and M. Ernzerhof, Phys. Rev. Lett. 77, 3865 (1996). "
    "https://doi.org/10.1103/PhysRevLett.77.3865\n"
    "4. Xu J, Wu X. Aurora-A identifies early recurrence. PLoS One. 2013;8(2):e54970. "
    "doi:10.1371/journal.pone.0054970\n"
    "5. Lee K, Park S. Sepsis in adults. BMJ. 2020;368:m1234. doi:10.1136/bmj.m1234\n"
    "6. Altman DG, Bland JM. Statistics notes. BMJ. 1994;308(6943):1552. "
    "doi:10.1136/bmj.308.6943.1552\n"
    "7. Brown T, Green P. Randomised trials of dosing. Stat Med. 1999;18(3):335-48. "
    "doi:10.1002/(SICI)1097-0258(19990215)18:3<335::AID-SIM336>3.0.CO;2-Z\n"
    "8. Kumar A, Watkins R. Cell therapy with TILs. Front Immunol. 2022;12:690499. "
    "doi:10.3389/fimmu.2021.690499\n"
    "9. Rossi M, Bianchi L. Spin waves in thin films. J Phys Condens Matter. 2002;14(11):302-10. "
    "doi:10.1088/0953-8984/14/11/302\n"
    "10. Nguyen T, Tran H. Cell fate decisions. eLife. 2016;5:e12345. doi:10.7554/eLife.12345\n"
    "11. Wang L, Chen Y. Air pollution and asthma. Int J Environ Res Public Health. "
    "2021;18(19):10061. doi:10.3390/ijerph181910061\n"
    "12. Davies P. Prognosis after stroke. BMJ Open. 2018;8:e015823. "
    "doi:10.1136/bmjopen-2017-015823\n"
    '13. A. Author, "A Hindawi paper," J. Chem., vol. 2016, Article ID 6503162, 10 pages, 2016. '
    "doi:10.1155/2016/6503162\n"
    "14. Kessels HW, Wolkers MC. Immunotherapy through TCR gene transfer. Nat Immunol. (2001) "
    "2:957–61. doi: 10.1038/ni1001-957\n"
    "15. Baker, J. (2019). Hydrology of karst. Hydrology and Earth System Sciences, 23, 1–20. "
    "https://doi.org/10.5194/hess-23-1-2019\n"
)


def test_an_entry_agreeing_with_its_doi_passes_in_every_style(lint):
    assert lint(AGREEING, select=["RL418"]) == []


SILENT = (
    # MDPI's number is not the first page in every paged journal (CIMB until 2024)
    "1. Rossi P. Immune checkpoints. Curr Issues Mol Biol. 2024;46:8945–57. "
    "doi:10.3390/cimb46080528\n"
    # a PII's year is when the item was registered; back issues carry later ones
    "2. Horton R. Offline: a pandemic. Lancet. 2021;395(10223):497-506. "
    "doi:10.1016/S0140-6736(20)30183-5\n"
    # printed a year after the DOI was registered: online in one year, in an issue the next
    "3. Müller K, Schmidt A. Screening uptake. BMC Public Health. 2021;20:1234. "
    "doi:10.1186/s12889-020-09123-4\n"
    "4. Zhang Q. Glia in repair. Cell. 2019;176(1):1-15. doi:10.1016/j.cell.2018.11.045\n"
    # opaque suffixes say nothing
    "5. Kim H. A survey of caching. IEEE Trans Comput. 2019;68(3):301-12. "
    "doi:10.1109/TC.2018.2874552\n"
    "6. Young, S. (2020). Attention and memory. Psychological Science, 31(3), 245–256. "
    "https://doi.org/10.1177/0956797619898834\n"
    "7. Rao V. Rewiring. Mol Biol Cell. 2019;30(5):650-62. doi:10.1091/mbc.E18-08-0507\n"
    # MDPI's proceedings put a year first
    "8. Silva J. Sensors for bees. Eng Proc. 2023;59:1. doi:10.3390/engproc2023059001\n"
    # a volume where a year would stand (`Acta 1862`) is no date to hold against the DOI
    "9. Lee K. Lipid rafts. Biochim Biophys Acta. 1862;2017:100-10. "
    "doi:10.1016/j.bbalip.2017.01.002\n"
    "10. Müller K. Opening talk. Med Sci Forum. 2022;2(1):1. doi:10.3390/msf2022002001\n"
    # a page span from 1 is RL586's
    "11. Xu J. Aurora-A. PLoS One. 2013;8:1-11. doi:10.1371/journal.pone.0056919\n"
)


def test_families_whose_doi_encodes_nothing_sure_stay_silent(lint):
    assert lint(SILENT, select=["RL418"]) == []


# --- RL419: a DOI of another kind of work ---------------------------------------------------------

ANOTHER_KIND = (
    "1. Osorio JC, Smith P, Knorr DA. Anti-CD47 antibodies require Fc interactions. Cancer Cell. "
    "2023;41(12):2051–65. doi:10.1101/2023.06.29.547082\n"
    "2. Khanduri, I., & Maki, H. (2024). Macrophage polarization in liver metastasis. BJC "
    "Reports, 2(1), 37. https://doi.org/10.21203/rs.3.rs-3439308/v1\n"
    '3. R. Gupta and L. Chen, "Sparse attention for graphs," IEEE Trans. Neural Netw. Learn. '
    "Syst., vol. 34, no. 2, pp. 101–112, 2023, doi: 10.48550/arXiv.2101.01234.\n"
    "4. van Helden MJ, Zwarthoff SA. BYON4228 is a pan-allelic SIRPalpha antibody. J Immunother "
    "Cancer. 2023;11(4):e006567. doi:10.1158/1538-7445.am2022-5589\n"
    "5. Kolb B, Ettre LS. Static headspace-gas chromatography: theory and practice. 2nd ed. "
    "Hoboken: John Wiley & Sons; 2006. doi:10.1002/0471914584.ch2\n"
    "6. Kolb, B. and Ettre, L.S. (2006) Static headspace-gas chromatography: theory and "
    "practice. 2nd edn. Hoboken, NJ: Wiley. doi:10.1002/0471914584.ch2\n"
    "7. Hemenway D. Monitoring and compliance: the political economy of inspection. Greenwich, "
    "CT: JAI Press; 1985. doi:10.1002/pam.4050050217\n"
    "8. Patel R. Deep learning for imaging. Cham: Springer; 2019. "
    "doi:10.1007/978-3-030-12345-6_4\n"
    # a Copernicus discussion paper's DOI for the final paper
    "9. Smith, A.: Karst floods, Hydrol. Earth Syst. Sci., 24, 1234–1250, "
    "https://doi.org/10.5194/hess-2019-123, 2020.\n"
)


def test_a_doi_of_another_kind_of_work_is_flagged_in_every_style(lint):
    found = lint(ANOTHER_KIND, select=["RL419"])
    assert [(d.entry, str(d.severity)) for d in found] == [(n, "warning") for n in range(1, 10)]
    words = [d.message.split(", but")[0] for d in found]
    assert words[0] == "DOI 10.1101/2023.06.29.547082 is a preprint's (bioRxiv or medRxiv)"
    assert words[1].endswith("is a preprint's (Research Square)")
    assert words[2].endswith("is a preprint's (arXiv)")
    assert words[3].endswith("is a meeting abstract's (abstract 5589)")
    assert words[4].endswith("is one chapter's") and words[7].endswith("is one chapter's")
    assert words[6] == "DOI 10.1002/pam.4050050217 is a journal article's"
    assert words[8].endswith("is a preprint's (Copernicus discussion paper)")


RIGHT_KIND = (
    "1. Osorio JC, Smith P. Anti-CD47 antibodies. bioRxiv [Preprint]. 2023 Jun 30. "
    "doi:10.1101/2023.06.29.547082\n"
    "2. Martins T, Kaymak D. CAR T cells and a CD47 blocker. Nat Commun. 2024;15(1):9718. "
    "Preprint at bioRxiv, doi:10.1101/2023.08.31.555122\n"
    # Cold Spring Harbor's journals share bioRxiv's prefix
    "3. Dobin A, Davis CA. STAR: ultrafast universal RNA-seq aligner. Genome Res. "
    "2013;23(1):15-21. doi:10.1101/gr.111111.110\n"
    "4. van Helden MJ. Abstract 5589: BYON4228 binds SIRPalpha. Cancer Res. 2022;82(12 "
    "Suppl):5589. doi:10.1158/1538-7445.am2022-5589\n"
    "5. Kolb B, Ettre LS. Static headspace-gas chromatography. 2nd ed. Hoboken: John Wiley & "
    "Sons; 2006. doi:10.1002/0471914584\n"
    "6. Kolb B. Theory. In: Kolb B, Ettre LS, editors. Static headspace-gas chromatography. "
    "Hoboken: Wiley; 2006. p. 19-50. doi:10.1002/0471914584.ch2\n"
    "7. Patel R. Deep learning for imaging. Cham: Springer; 2019. doi:10.1007/978-3-030-12345-6\n"
    "8. Khanduri, I. (2023). Macrophage polarization. Research Square. "
    "https://doi.org/10.21203/rs.3.rs-3439308/v1\n"
    "9. Smith J, Doe A. Working paper on wages. SSRN Electronic Journal. 2019. "
    "doi:10.2139/ssrn.3312345\n"
    "10. Cohen A. Immunotherapy outcomes. J Clin Oncol. 2020;38(15 suppl):4000. "
    "doi:10.1200/JCO.2020.38.15_suppl.4000\n"
    "11. Lander ES. The heroes of CRISPR. Cell. 2016;164(1-2):18-28. "
    "doi:10.1016/j.cell.2015.12.041\n"
    # an article online before its volume: no volume, and no book either
    "12. Smith, J., & Lee, K. (2021). Attention in working memory. Cognition. Advance online "
    "publication. https://doi.org/10.1016/j.cognition.2021.104567\n"
    "13. Smith J, Lee K. Attention in working memory. Cognition. 2021. "
    "doi:10.1016/j.cognition.2021.104567\n"
    # arXiv as DBLP names it
    '14. A. Vaswani et al., "Attention is all you need," CoRR, vol. abs/1706.03762, 2017. '
    "doi: 10.48550/arXiv.1706.03762.\n"
    # a whole book's DOI at Oxford and Springer
    "15. Smith J. Book title. Oxford: Oxford University Press; 2019. "
    "doi:10.1093/oso/9780198812345.001.0001\n"
    "16. Smith, J. (2019). Great book. Springer. https://doi.org/10.1007/978-3-030-12345-6\n"
    # a journal article whose markup made it read as a book published by `387`
    "17. Aguilera, R.F. & Ripple, R.D., 2012. Technological progress. <italic>Applied Energy,"
    "</italic> 96: 387. http://dx.doi.org/10.1016/j.apenergy.2012.02.069.\n"
)


def test_a_doi_of_the_cited_kind_passes(lint):
    assert lint(RIGHT_KIND, select=["RL419"]) == []


@pytest.mark.parametrize(
    "entry",
    [
        "1. Yao C, Levy D. Author Correction: Genome-wide mapping of plasma protein QTLs. Nat "
        "Commun. 2018;9:3853. doi:10.1038/s41467-018-06231-z",
        "1. Yao, C., & Levy, D. (2018). Author correction: genome-wide mapping of plasma protein "
        "QTLs. Nature Communications, 9, 3853. https://doi.org/10.1038/s41467-018-06231-z",
        "1. Lee A, Kim B. 2019. Erratum to: Sparse models of growth. Ecology 100:e02700. DOI: "
        "https://doi.org/10.1002/ecy.2700",
        '1. Lee A. Corrigendum to "Heat flow in thin films". Appl Therm Eng. 2019;150:1-2. '
        "doi:10.1016/j.applthermaleng.2019.01.001",
    ],
)
def test_a_correction_notice_cited_for_its_article(lint, entry):
    (found,) = lint(entry + "\n", select=["RL419"])
    assert "is a correction notice's (the title opens `" in found.message


@pytest.mark.parametrize(
    "entry",
    [
        # the word inside a title, and a notice without its DOI, say nothing
        "1. Lee A. Correction of refractive error: a review. Ophthalmology. 2019;126:1-9. "
        "doi:10.1016/j.ophtha.2019.01.001",
        "1. Lee A. Erratum handling in databases. J Doc. 2019;75:1-9. doi:10.1108/JD-01-2019-0001",
        "1. Yao C. Author Correction: Genome-wide mapping. Nat Commun. 2018;9:3853.",
    ],
)
def test_other_titles_and_notices_without_a_doi_pass(lint, entry):
    assert lint(entry + "\n", select=["RL419"]) == []
