"""RL806 in a Vancouver list that names every author: a single entry cut with `et al.` against
three or more printed whole past six is the deviation, however small the list."""

from __future__ import annotations


def numbered(*entries: str) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


SEVEN = "Ab A, Bc B, Cd C, De D, Ef E, Fg F, Gh G"
CUT = "Riper H, van Straten A, Keuken M, et al. Curbing problem drinking. Am J Prev Med. 2009;36:247-55."
WHOLE = [
    f"{SEVEN}. Exposure to internet interventions. JMIR. 2011;13:e2.",
    f"{SEVEN}, Hi H. Electronic interventions. Ann Intern Med. 2015;163:205-14.",
    f"{SEVEN}, Ij I. Internet intervention research. Cogn Behav Ther. 2011;40:82-97.",
    "Webb TL, Joseph J, Michie S. Using the internet. JMIR. 2010;12:e4.",
    "Abraham C, Michie S. A taxonomy of techniques. Health Psychol. 2008;27:379-87.",
]


def _entries(lint, text: str) -> list[int | None]:
    findings = lint(text, select=["RL806", "RL001"])
    assert [d.entry for d in findings if d.code == "RL001"] == []
    return [d.entry for d in findings]


def test_one_entry_cut_against_three_printed_whole_is_flagged(lint):
    text = numbered(CUT, *WHOLE)
    (finding,) = lint(text, select=["RL806"])
    assert finding.entry == 1
    assert finding.message.startswith("names 3 authors before `et al.`; 3 of 4 entries")


def test_fewer_whole_lists_or_more_cut_ones_set_no_rule(lint):
    # two printed whole against one cut: too little to tell the list's habit
    assert _entries(lint, numbered(CUT, *WHOLE[1:])) == []
    # two cut against three whole: the list cuts too
    other = CUT.replace("Riper H", "Oenema A").replace("2009;36", "2010;37")
    assert _entries(lint, numbered(CUT, other, *WHOLE)) == []


def test_author_date_and_initials_first_lists_keep_silent(lint):
    # outside Vancouver the rule learns nothing from lists printed whole
    physics = [
        "A. Ab, B. Bc, C. Cd, D. De, E. Ef, F. Fg, G. Gh, Phys. Rev. Lett. 39, 1098 (1977).",
        "A. Ab, B. Bc, C. Cd, D. De, E. Ef, F. Fg, G. Gh, H. Hi, Phys. Rev. B 22, 2099 (1980).",
        "A. Ab, B. Bc, C. Cd, D. De, E. Ef, F. Fg, G. Gh, I. Ij, Rev. Mod. Phys. 60, 781 (1988).",
        "H. Shirakawa et al., J. Chem. Soc. Chem. Commun. 16, 578 (1977).",
    ]
    assert _entries(lint, numbered(*physics)) == []
