"""RL530 after inverted names set off by a comma (`Liu, R. et al.`): a fault only against the
list's own habit, since styles differ there; Vancouver names keep their rule."""

from __future__ import annotations


def numbered(*entries: str) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


_WITH_COMMA = [
    "Modelska, A., Turro, E., Russell, R., et al. (2015) The malignant phenotype. Breast "
    "Cancer Res., 17, 1-14.",
    "Lai, C.H., Huang, Y.C., Lee, J.C., et al. (2017) Translational upregulation of Aurora-A. "
    "Oncogene, 36, 5582-5595.",
    "Wang, L., Lang, G.T., Xue, M.Z., et al. (2020) Dissecting the heterogeneity. Mol. Cancer, "
    "19, 1-18.",
    "Xiang, Y., Ye, Y., Lou, Y., et al. (2018) Comprehensive characterization. Cell Rep., 23, "
    "239-254.",
    "Edelstein, A.D., et al. (2014) Advanced methods of microscope control. J. Biol. Methods, "
    "1, e10.",
]
_RUN_ON = (
    "Liu, R. et al. (2007) The prognostic role of a gene signature. N. Engl. J. Med., 356, 217-226."
)


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    findings = lint(text, select=["RL530", "RL001"])
    assert [d.entry for d in findings if d.code == "RL001"] == []
    return [(d.entry, d.message) for d in findings]


def test_a_run_on_et_al_against_the_lists_comma_is_reported_and_fixed(lint):
    text = numbered(*_WITH_COMMA, _RUN_ON)
    assert _found(lint, text) == [
        (
            6,
            "no comma before `et al.`; expected `Liu, R., et al.` (5 of 6 entries with `et al.` "
            "after an inverted name put a comma before it)",
        )
    ]
    (finding,) = lint(text, select=["RL530"])
    assert [e.text for e in finding.edits] == [", "]


def test_a_list_that_writes_no_comma_there_is_its_own_style(lint):
    # Harvard as some publishers set it: `Smith, J. et al.` throughout
    text = numbered(*(e.replace(", et al.", " et al.") for e in _WITH_COMMA), _RUN_ON)
    assert _found(lint, text) == []
    # too few entries with `et al.` to tell the list's habit
    few = numbered(*_WITH_COMMA[:3], _RUN_ON)
    assert _found(lint, few) == []


def test_vancouver_names_keep_their_rule_in_any_list(lint):
    text = numbered(
        "Barré T, Marcellin F, Protopopescu C et al. Hepatitis C virus cure. Liver Int. "
        "2020;40(4):811-21.",
    )
    assert [e for e, _ in _found(lint, text)] == [1]
