"""RL822 and RL823: marks a list prints the same way in every journal article, broken in one (no
mark before the DOI, a stray mark between the journal and its volume), learnt from the list in
each style, and silent where the list has no habit."""

from __future__ import annotations

import pytest

from refslint.api import Applicability
from refslint.fixes import apply_once

# PLOS of its day: `Journal Volume: pages. doi: ...`
PLOS = [
    "Parola P, Raoult D (1998) Murine typhus. Emerg Infect Dis 4: 677–680. doi: 10.3201/eid0404.980423",
    "Civen R, Ngo V (2008) Murine typhus. Clin Infect Dis 46: 913–918. doi: 10.1086/527443",
    "Hayes EB (2009) Zika virus outside Africa. Emerg Infect Dis 15: 1347–1350. doi: 10.3201/eid1509.090442",
    "Dumler JS, Walker DH (1991) Murine typhus in Texas. JAMA 266: 1365–1370. doi: 10.1001/jama.266.10.1365",
    "Stockdale AJ, Lever AM (2011) Severe typhus. Am J Trop Med Hyg 85: 1121–1123. doi: 10.4269/ajtmh.2011.11-0340",
    "Khairallah M, Ben Yahia S (2004) West Nile virus. Ophthalmology 111: 2065–2070. doi: 10.1016/j.ophtha.2004.03.032",
    "Chaliotis G, Gikas A (2012) Murine typhus in Greece. Int J Infect Dis 16: 591–596. doi: 10.1016/j.ijid.2012.03.010",
    "Gasem MH, Adi MS (2009) Murine typhus and leptospirosis. Emerg Infect Dis 15: 975–977. doi: 10.3201/eid1506.081405",
]
# RSC: `J. Abbrev., Year, Volume, pages, DOI: ...`
RSC = [
    f"A. Ortiz and B. Lund, Title {n}, J. Chem. Phys., 2018, 14{n}, 10{n}–11{n}, DOI: 10.1063/1.50{n}"
    for n in range(8)
]
# the Royal Society: `Journal Volume, pages. (doi:...)`
ROYAL = [
    f"Langer P. 2009 Title {n}. J. Mammal. 9{n}, 332–339. (doi:10.1644/08-MAMM-A-00{n})"
    for n in range(8)
]


def _text(entries):
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


def _found(lint, entries, code):
    return [(d.code, d.entry) for d in lint(_text(entries), select=[code])]


def test_no_mark_before_the_doi_is_flagged_in_each_style_and_fixed_to_the_list_s(lint):
    plos = [
        *PLOS,
        "Azari A, Barney NP (2013) Conjunctivitis. JAMA 310: 1721 doi: 10.1001/jama.2013.280318",
    ]
    assert _found(lint, plos, "RL822") == [("RL822", 9)]
    rsc = [*RSC, "C. Sato, Title 9, J. Chem. Phys., 2019, 151, 1200–1210 DOI: 10.1063/1.5099"]
    assert _found(lint, rsc, "RL822") == [("RL822", 9)]
    royal = [
        *ROYAL,
        "Roy E. 2014 Title 9. Phil. Trans. R. Soc. B 369, 20140072 (doi:10.1098/rstb.2014.0072)",
    ]
    assert _found(lint, royal, "RL822") == [("RL822", 9)]
    text = _text(rsc)
    fixed, applied, _ = apply_once(text, lint(text, select=["RL822"]), Applicability.SAFE)
    assert applied == 1 and "1200–1210, DOI: 10.1063/1.5099" in fixed


def test_no_habit_no_finding(lint):
    # fewer than eight entries with a DOI
    short = [
        *PLOS[:5],
        "Azari A (2013) Conjunctivitis. JAMA 310: 1721 doi: 10.1001/jama.2013.280318",
    ]
    assert _found(lint, short, "RL822") == []
    # a list that mixes its marks before the DOI evenly
    mixed = [e.replace(". doi:", " doi:") if i % 2 else e for i, e in enumerate(PLOS * 2)]
    assert _found(lint, mixed, "RL822") == []
    # a list that never prints a mark there is its own style
    bare = [e.replace(". doi:", " doi:") for e in PLOS]
    assert _found(lint, bare, "RL822") == []


# a Vancouver list with few DOIs, each article closed by a period after its numbers
VANCOUVER = [
    f"Sancak Y, Peterson TR. Title {n}. Science. 200{n}; 32{n}(5):149{n}–501." for n in range(8)
]


def test_with_few_dois_the_stop_after_the_numbers_is_the_list_s_mark(lint):
    odd = "Hodson N, Brown T. Amino acid transport. Nutrients. 2017; 10(1) doi: 10.3390/nu10010023."
    assert _found(lint, [*VANCOUVER, odd], "RL822") == [("RL822", 9)]
    (finding,) = lint(_text([*VANCOUVER, odd]), select=["RL822"])
    assert "8 of 9 journal articles print `.` after their last number" in finding.message
    text = _text([*VANCOUVER, odd])
    fixed, applied, _ = apply_once(text, [finding], Applicability.SAFE)
    assert applied == 1 and "2017; 10(1). doi: 10.3390/nu10010023." in fixed
    pages = "Hodson N. Amino acids. Nutrients. 2017; 10: 23–9 doi: 10.3390/nu10010023"
    assert _found(lint, [*VANCOUVER, pages], "RL822") == [("RL822", 9)]


def test_with_few_dois_and_no_stop_after_the_numbers_nothing_is_said(lint):
    bare = [e.rstrip(".") for e in VANCOUVER]
    odd = "Hodson N, Brown T. Amino acid transport. Nutrients. 2017; 10(1) doi: 10.3390/nu10010023"
    assert _found(lint, [*bare, odd], "RL822") == []
    # a note between the numbers and the DOI is another element's business
    note = "Hodson N. Amino acids. Nutrients. 2017; 10: 23–9. Epub 2017 Jan 3 doi: 10.3390/nu1001"
    assert _found(lint, [*VANCOUVER, note], "RL822") == []


def test_a_stray_semicolon_between_the_journal_and_its_volume_is_flagged(lint):
    stray = [
        *PLOS,
        "Al-Hazmi A, Abboud EB (2005) Rift Valley fever. Ophthalmology; 112: 313–318. doi: 10.1016/j.ophtha.2004.09.018",
    ]
    found = lint(_text(stray), select=["RL823"])
    assert [(d.code, d.entry) for d in found] == [("RL823", 9)]
    fixed, applied, _ = apply_once(_text(stray), found, Applicability.SAFE)
    assert applied == 1 and "Ophthalmology 112: 313–318" in fixed
    # a period after the journal is RL817's, not this rule's
    period = [*PLOS, "Rathinam SR (2005) Leptospirosis. J Postgrad Med. 51: 189–194. doi: 10.1/x"]
    assert _found(lint, period, "RL823") == []


def test_a_comma_list_is_held_to_its_comma_and_vancouver_is_never_measured(lint):
    comma = [
        f"Ortiz A, Lund B (201{n}) Title {n}. J Fish Biol, 1{n}: 10{n}–11{n}." for n in range(8)
    ]
    odd = "Sato C (2019) Title 9. J Fish Biol; 19: 200–210."
    assert _found(lint, [*comma, odd], "RL823") == [("RL823", 9)]
    # leaving the list's comma out is no stray mark
    bare = "Sato C (2019) Title 9. J Fish Biol 19: 200–210."
    assert _found(lint, [*comma, bare], "RL823") == []
    # Vancouver's year stands between the journal and its volume: nothing to learn
    vancouver = [
        f"Ortiz A, Lund B. Title {n}. J Fish Biol. 201{n};1{n}:10{n}-1{n}." for n in range(9)
    ]
    assert _found(lint, vancouver, "RL823") == []


def test_a_list_split_between_semicolon_and_nothing_has_no_habit(lint):
    split = [
        f"Ortiz A (201{n}) Title {n}. J Fish Biol{';' if n % 2 else ''} 1{n}: 10{n}–11{n}."
        for n in range(10)
    ]
    assert _found(lint, split, "RL823") == []
    # the same list with one semicolon in ten has a habit, and the semicolon breaks it
    one = [e.replace(";", "") if i != 9 else e for i, e in enumerate(split)]
    assert _found(lint, one, "RL823") == [("RL823", 10)]


# RL821: an issue where the list gives the volume alone
VOLUME_ALONE = [f"Ortiz A, Lund B. Title {n}. Clim Res 199{n}; 1{n}: 3{n}–4{n}." for n in range(8)]


def test_an_issue_among_volumes_alone_is_a_hint_with_its_parentheses(lint):
    odd = "Abe H. Title nine. Int J Environ Res Public Health 2014; 11(5): 5224–5240."
    found = lint(_text([*VOLUME_ALONE, odd]), select=["RL821"])
    assert [(d.code, d.entry, str(d.severity)) for d in found] == [("RL821", 9, "info")]
    assert "`(5)`" in found[0].message
    fixed, applied, _ = apply_once(_text([*VOLUME_ALONE, odd]), found, Applicability.UNSAFE)
    assert applied == 1 and "Health 2014; 11: 5224–5240." in fixed
    # PLOS's author-date form too
    plos = [e.replace(". doi:", ".").split(" doi:")[0] for e in PLOS]
    odd_plos = "Hayes EB (2009) Zika virus outside Africa. Emerg Infect Dis 15(9): 1347–1350."
    assert [d.entry for d in lint(_text([*plos, odd_plos]), select=["RL821"])] == [9]


def test_lists_that_print_issues_or_mix_them_and_supplements_are_left_alone(lint):
    issues = [e.replace("; 1", "; 1").replace(": 3", "(2): 3") for e in VOLUME_ALONE]
    bare = "Abe H. Title nine. Clim Res 2014; 11: 52–60."
    assert lint(_text([*issues, bare]), select=["RL821"]) == []
    mixed = VOLUME_ALONE[:5] + issues[:3]
    assert lint(_text(mixed), select=["RL821"]) == []
    supplement = "Abe H. Title nine. Drugs 2002; 62(Suppl 1): 79–88."
    assert lint(_text([*VOLUME_ALONE, supplement]), select=["RL821"]) == []
    # an article number is no page range: an online journal's issue-less entries do not count
    numbers = [f"Ortiz A. Title {n}. PLoS One 201{n}; {n + 5}: e1000{n}." for n in range(8)]
    odd = "Abe H. Title nine. Int J Environ Res Public Health 2014; 11(5): 5224–5240."
    assert lint(_text([*numbers, odd]), select=["RL821"]) == []


# --- RL823: a comma before the volume of Chicago's `Journal 26 (2020): 379–403` --------------------

CHICAGO_TAILS = [
    'Calvo, J. "Diseño de corpus." Revista de Humanidades Digitales 4 (2019): 115-125.',
    'Martínez, E. "Una interpretación." Caracteres 7, no. 2 (2018): 240-267.',
    'Moretti, F. "Network Theory." Stanford Literary Lab Pamphlets 2 (2011): 1-11.',
    'Rodríguez, J. "Cómo utilizar redes." Signos Históricos 29 (2013): 102-141.',
]


@pytest.mark.parametrize(
    ("odd", "shown"),
    [
        ('Martínez, E. "Aproximación." Artnodes, 24 (2019): 134-141.', "Artnodes, 24"),
        (
            'Isasi, J. "Personajes." Estudios culturales, 6, no. 2 (2017a): 107-137.',
            "culturales, 6",
        ),
    ],
)
def test_a_comma_before_the_volume_of_chicagos_tail(lint, odd, shown):
    text = "References\n" + "".join(e + "\n" for e in [*CHICAGO_TAILS, odd])
    (found,) = lint(text, select=["RL823"])
    assert found.entry == 5 and f"(`{shown}`)" in found.message
    assert "4 of the list's 5 such tails" in found.message
    assert [e.text for e in found.edits] == [""]


def test_chicago_commas_need_three_tails_printed_the_styles_way(lint):
    commas = [e.replace(" 4 (", ", 4 (").replace(" 29 (", ", 29 (") for e in CHICAGO_TAILS]
    assert lint("References\n" + "".join(e + "\n" for e in commas), select=["RL823"]) == []
    # APA's comma before the volume is no Chicago tail
    apa = "Reith, R. (2022). Consumption. Vierteljahrschrift, 109(1), 72-86."
    text = "References\n" + "".join(e + "\n" for e in [*CHICAGO_TAILS, apa])
    assert lint(text, select=["RL823"]) == []
