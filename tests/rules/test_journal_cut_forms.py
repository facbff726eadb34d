"""RL811 on shortened words: a dotted list's cut word printed without its period, and an NLM
list's cut of a word the ISO 4 form keeps whole where the shipped lists lack the NLM form.

Lists written for these tests, in Nature's dotted style and in Vancouver's undotted one.
"""

from __future__ import annotations

NATURE = [
    "Okafor, C. & Ruiz, E. Growth factors in stroma. Cancer Immunol. Res. 5, 426–433 (2017).",
    "Berg, P. et al. Interleukins in cancer. Nat. Rev. Cancer 21, 481–499 (2021).",
    "Sato, K. Immune suppression. Int. Immunol. 30, 445–455 (2018).",
    "Kowal, T. Regulatory T cells. J. Transl. Med. 22, 293 (2024).",
    "Novak, J. Signalling of TGF-β. Proc. Natl Acad. Sci. USA 117, 4021–4030 (2020).",
]
VANCOUVER = [
    "Okafor C, Ruiz E. Growth factors in stroma. Cancer Immunol Res. 2017;5:426-33.",
    "Berg P, Sato K. Interleukins in cancer. Nat Rev Cancer. 2021;21:481-99.",
    "Sato K. Immune suppression. Int Immunol. 2018;30:445-55.",
    "Kowal T. Regulatory T cells. J Transl Med. 2024;22:293.",
    "Liu W. Targets in tumour cells. Br J Cancer. 2021;124:37-48.",
]


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


def test_a_cut_word_without_its_period_in_a_dotted_list_is_flagged(lint):
    entry = "Pan, B. et al. A self-rescue role. Cell Oncol. 46, 1625–1644 (2023)."
    found = lint(numbered([*NATURE, entry]), select=["RL811"])
    assert [(d.entry, d.code) for d in found] == [(6, "RL811")]
    assert "`Cell`" in found[0].message and "`Cell. Oncol.`" in found[0].message


def test_a_contraction_and_a_right_dotted_list_are_not(lint):
    # `Natl` keeps National's last letter: British usage prints no period after it
    assert lint(numbered(NATURE), select=["RL811"]) == []


def test_the_last_word_may_lose_its_period_into_the_element_end(lint):
    entry = "Pan, B. Galaxies. Astrophys. J 563, 12–19 (2001)."
    assert lint(numbered([*NATURE, entry]), select=["RL811"]) == []


def test_an_nlm_cut_of_a_word_iso_keeps_whole_is_not_flagged(lint):
    # NLM writes `Biomark Res`; the shipped lists give only ISO 4's `Biomarker Res.`
    entry = "Chen D. CD47 in tumours. Biomark Res. 2023;11:15."
    assert lint(numbered([*VANCOUVER, entry]), select=["RL811"]) == []


def test_a_known_nlm_form_is_still_required(lint):
    entry = "Chen D. Moment tensors. Multiscale Model Sim. 2016;14:1153-73."
    found = lint(numbered([*VANCOUVER, entry]), select=["RL811"])
    assert [d.entry for d in found] == [6] and "Multiscale Model Simul" in found[0].message
