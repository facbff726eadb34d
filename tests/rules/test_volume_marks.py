"""RL572: the mark between a volume and its pages, learnt from the list, in lists written here."""

from __future__ import annotations

COMMA_LIST = (
    "1. Gruber, A.J. (2019) Alternative cleavage. Nat. Rev. Genet., 20, 599–614.\n"
    "2. Derti, A. (2012) An atlas of polyadenylation. Genome Res., 22, 1173–1183.\n"
    "3. Wang, R. (2018) Cleavage sites. Nucleic Acids Res., 46, D315–D319.\n"
    "4. Lee, S.H. (2018) Intronic polyadenylation. Nature, 561, 127–131.\n"
    "5. Xia, Z. (2014) Dynamic analyses. Nat. Commun., 5:5274. doi: 10.1038/ncomms6274\n"
    "6. Avery, K.A. (2014) Decreased expression. BMC Cancer, 14: 51.\n"
    "7. Dobson, T. (2013) Dysregulating translation. Mol. Cancer Res., 11, 887–900.\n"
    "8. Naso, F.D. (2021) Nuclear localisation. Oncogene, 40, 3917–3928.\n"
    "9. Willems, E. (2018) Aurora kinases. Cell Div., 13, 17.\n"
    "10. Lai, C.H. (2017) Translational upregulation. Cell Death Dis., 8, e2555.\n"
)


def _found(lint, text: str) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL572"])]


def test_a_colon_where_the_list_sets_volume_and_pages_off_by_commas(lint):
    assert _found(lint, COMMA_LIST) == [
        (
            5,
            "volume and pages joined by a colon (`5:5274`); 8 of 10 journal tails write `Volume, pages`",
        ),
        (
            6,
            "volume and pages joined by a colon (`14: 51`); 8 of 10 journal tails write `Volume, pages`",
        ),
    ]


def test_a_comma_where_the_list_joins_them_by_colons(lint):
    text = (
        "1. Avery SV: Microbial cell individuality. Nat Rev Microbiol 2006, 4:577-587.\n"
        "2. Smith J: Cell growth. Cell Div 2010, 5:12.\n"
        "3. Doe A: Protein folding. BMC Biol 2011, 9:1-9.\n"
        "4. Roe B: Yeast genetics. Genome Biol 2012, 13:R4.\n"
        "5. Poe C: Cell cycle. BMC Cell Biol 2013, 14:22-30.\n"
        "6. Low D: Translation. BMC Genomics 2014, 15, 100-109.\n"
    )
    assert _found(lint, text) == [
        (
            6,
            "volume and pages joined by a comma (`15, 100-109`); 5 of 6 journal tails write "
            "`Volume: pages`",
        ),
    ]


def test_silent_where_the_list_has_not_settled_or_writes_another_form(lint):
    mixed = COMMA_LIST.replace("Res., 22, 1173", "Res., 22:1173").replace("561, 127", "561:127")
    assert _found(lint, mixed) == []  # 4 of 10 colons: no convention
    vancouver = (
        "1. Behler J. Atom-centered functions. J Chem Phys. 2011;134:074106.\n"
        "2. Drautz R. Cluster expansion. Phys Rev B. 2019;99(1):014104.\n"
        "3. Shapeev AV. Tensor potentials. Multiscale Model Simul. 2016;14:1153-73.\n"
        "4. Zuo Y. Performance of potentials. J Phys Chem A. 2020;124:731-45.\n"
        "5. Deringer VL. Gaussian process regression. Chem Rev. 2021;121:10073-141.\n"
        "6. Low D. Translation. BMC Genomics. 2014, 15, 100-9.\n"
    )
    assert _found(lint, vancouver) == []
    # a tail with an issue is not measured: its colon may be the issue's own
    issues = COMMA_LIST.replace("5:5274", "5(1):5274").replace("14: 51", "14(2): 51")
    assert _found(lint, issues) == []
