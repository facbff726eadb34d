"""Family names in capitals where the list prints them in mixed case (RL560)."""

from __future__ import annotations

MIXED = [
    "Wang Y, Chen L. Grain refinement of aluminium. Mater Lett. 2015;12:10-4.",
    "Li X, Zhou H. Melt purification. J Mater Sci. 2016;51:33-9.",
    "Sun B, Ding W, Shu D. Purification of aluminium. Metall Trans. 2004;11:134-41.",
    "Cao X, Campbell J. Iron in aluminium alloys. Int J Cast Met Res. 2004;17:1-11.",
    "Kong X, Yang B. Vacuum distillation. Vacuum. 2014;105:17-20.",
    "Dearden JC. Boiling points. Environ Toxicol Chem. 2003;22:1696-703.",
]


def numbered(entries: list[str]) -> str:
    return "".join(f"{i}. {e}\n" for i, e in enumerate(entries, 1))


def test_capitals_in_a_mixed_case_list_are_flagged_with_a_guess(lint):
    text = numbered(
        [*MIXED, "YANG W, GAO F, JI S. Intermetallics. Trans Met Soc. 2015;25:1704-14."]
    )
    (d,) = lint(text, select=["RL560"])
    assert d.entry == 7 and str(d.severity) == "warning"
    assert d.message == (
        "family names `YANG`, `GAO`, `JI` printed in capitals; "
        "6 of 7 entries print family names in mixed case"
    )
    assert str(d.fix_applicability) == "unsafe"
    assert [e.text for e in d.edits] == ["Yang", "Gao", "Ji"]


def test_other_name_forms_in_capitals_are_flagged(lint):
    apa = [
        "Wang, Y., & Chen, L. (2015). Grain refinement. Mater Lett, 12, 10-14.",
        "Li, X., & Zhou, H. (2016). Melt purification. J Mater Sci, 51, 33-39.",
        "Sun, B., & Ding, W. (2004). Purification. Metall Trans, 11, 134-141.",
        "Cao, X., & Campbell, J. (2004). Iron in alloys. Int J Cast Met Res, 17, 1-11.",
        "Kong, X., & Yang, B. (2014). Vacuum distillation. Vacuum, 105, 17-20.",
        "ZHAO, L., & WANG, Z. (2011). Silicon purification. Trans Met Soc, 21, 1185-1192.",
    ]
    (d,) = lint(numbered(apa), select=["RL560"])
    assert d.entry == 6 and "`ZHAO`, `WANG`" in d.message


def test_a_list_in_capitals_is_its_own_style(lint):
    abnt = [
        "SILVA, J. A.; SOUZA, M. Saúde pública. Rev Saude Publica, v. 12, p. 1-9, 2015.",
        "COSTA, P.; LIMA, R. Vigilância. Cad Saude Publica, v. 30, p. 5-9, 2014.",
        "ALMEIDA, F.; ROCHA, T. Epidemiologia. Rev Bras Epidemiol, v. 8, p. 2-7, 2013.",
        "PEREIRA, C.; GOMES, L. Atenção básica. Saude Soc, v. 4, p. 11-20, 2012.",
        "SANTOS, B.; MELO, D. Hepatites. Rev Saude Publica, v. 9, p. 3-8, 2011.",
        "Ferreira, A.; Nunes, B. Mortalidade. Cad Saude Publica, v. 2, p. 1-4, 2010.",
    ]
    assert lint(numbered(abnt), select=["RL560"]) == []


def test_group_acronyms_and_one_name_in_capitals_are_left_alone(lint):
    text = numbered(
        [
            *MIXED,
            "WHO. Global tuberculosis report. Geneva: World Health Organization; 2020.",
            "CDC, NICE. Joint guidance on sepsis. London: NICE; 2019.",
            "ZHANG W. Silicon refining. J Mater Sci. 2012;47:1-9.",
            "Yang W, GAO F. One name of two. Trans Met Soc. 2015;25:1704-14.",
            "Cheng-Gang Lu, Wang YJ. Attack angle. Transducer Technol. 2016;35:32-5.",
        ]
    )
    assert lint(text, select=["RL560"]) == []


def test_short_lists_set_no_convention(lint):
    text = numbered([*MIXED[:3], "YANG W, GAO F. Intermetallics. Trans Met Soc. 2015;25:1704-14."])
    assert lint(text, select=["RL560"]) == []
