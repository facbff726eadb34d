"""Habits a list keeps everywhere but once (RL584 apparatus period, RL818 serial comma, RL819 title in
capitals): learnt from lists written here in several styles, silent where the list has no habit."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from refslint.fixes import apply_edits
from tests.timing import assert_linear

JOURNALS = ("Water Research", "Aquaculture", "Food Chemistry", "Marine Biology", "Ecology")


def _wiley(marks: list[str]) -> str:
    """A list in Wiley's numbered style, one entry per issue mark given (`no.`, `no`)."""
    return "".join(
        f"{n}. A. Ortiz, B. Lund, and C. Sato, “Odours in Water Number {n},” "
        f"{JOURNALS[n % 5]} {30 + n}, {mark} {n} ({1990 + n}): {n}1–{n}9.\n"
        for n, mark in enumerate(marks, 1)
    )


# --- RL584: an apparatus word without its period --------------------------------------------------


def test_an_issue_mark_without_its_period_is_flagged_where_the_list_writes_it(lint):
    text = _wiley(["no."] * 5 + ["no"])
    found = lint(text, select=["RL584"])
    assert [(d.entry, str(d.severity)) for d in found] == [(6, "warning")]
    assert found[0].message == "`no` without its period; 5 of 6 entries with `no` write `no.`"
    assert "Aquaculture 36, no. 6 (1996)" in apply_edits(text, [e for d in found for e in d.edits])


def test_ieee_volumes_and_editions_are_learnt_word_by_word(lint):
    ieee = "".join(
        f"{n}. A. Lee and B. Kim, “Radar imaging {n},” IEEE Trans. Geosci. Remote Sens., "
        f"{vol} {n}, no. {n}, pp. {n}1–{n}9, {2000 + n}.\n"
        for n, vol in enumerate(["vol."] * 5 + ["vol"], 1)
    )
    books = "".join(
        f"{n}. Hart A. Statistics {n}. {n + 1}th {ed} London: Arnold; {2000 + n}.\n"
        for n, ed in enumerate(["ed."] * 5 + ["ed"], 1)
    )
    assert [(d.entry, d.message) for d in lint(ieee, select=["RL584"])] == [
        (6, "`vol` without its period; 5 of 6 entries with `vol` write `vol.`")
    ]
    assert [d.entry for d in lint(books, select=["RL584"])] == [6]


def test_bare_apparatus_a_split_list_or_a_short_one_is_left_alone(lint):
    assert lint(_wiley(["no"] * 6), select=["RL584"]) == []  # the list's own style
    assert lint(_wiley(["no."] * 3 + ["no"] * 3), select=["RL584"]) == []  # not settled
    assert lint(_wiley(["no.", "no.", "no"]), select=["RL584"]) == []  # too few
    harvard = (
        "".join(
            f"{n}. Hart, A. ({2000 + n}) Statistics {n}. {n + 1}th edn London: Arnold.\n"
            for n in range(1, 6)
        )
        + "6. Hart, A. (2007) Statistics. 2nd ed. London: Arnold.\n"
    )
    assert lint(harvard, select=["RL584"]) == []  # `edn` is learnt apart from `ed.`
    abnt = "".join(
        f"{n}. SILVA, A. B. Saúde {n}. Revista de Saúde Pública, v. {n}, n. {n}, p. 1-9, "
        f"{2000 + n}.\n"
        for n in range(1, 7)
    )
    assert lint(abnt, select=["RL584"]) == []
    titled = _wiley(["no."] * 5) + (
        "6. D. Peña, E. Roy, and F. Wu, “There Is No 1 Answer to Vol 2 of Odours,” "
        "Ecology 36, no. 6 (1996): 61–69.\n"
    )
    assert lint(titled, select=["RL584"]) == []  # a title's own words
    erratum = "".join(
        f"{n}. A. Lee and B. Kim, “Radar imaging {n},” IEEE Trans. Geosci. Remote Sens., "
        f"vol. {n}, no. {n}, pp. {n}1–{n}9, {2000 + n}.\n"
        for n in range(1, 6)
    ) + (
        # a stray number before the names: the grammar cannot tell where the title ends
        '6. 7 Puurunen, R. L. "Growth per cycle: A theoretical model (vol 9, pg 249, 2003)". '
        "Chem. Vapor. Depos. 10, 124-124, (2004).\n"
    )
    assert lint(erratum, select=["RL584"]) == []


# --- RL818: no serial comma before the last author ------------------------------------------------


def _authors(joins: list[str], style: str = "wiley") -> str:
    lines = []
    for n, join in enumerate(joins, 1):
        if style == "wiley":
            names = f"A. Ortiz, B. Lund{join}C. Sato"
            lines.append(f"{n}. {names}, “Odours {n},” Aquaculture {n}, no. 2 (2001): 5–9.\n")
        elif style == "apa":
            names = f"Ortiz, A., Lund, B.{join}Sato, C."
            lines.append(f"{n}. {names} (2001). Odours {n}. Aquaculture, {n}(2), 5–9.\n")
        else:  # IEEE
            names = f"A. Ortiz, B. Lund{join}C. Sato"
            lines.append(f"{n}. {names}, “Odours {n},” Aquaculture, vol. {n}, pp. 5–9, 2001.\n")
    return "".join(lines)


def test_a_missing_serial_comma_is_flagged_in_lists_that_print_it(lint):
    for style, serial, plain in (
        ("wiley", ", and ", " and "),
        ("ieee", ", and ", " and "),
    ):
        text = _authors([serial] * 10 + [plain], style)
        found = lint(text, select=["RL818"])
        assert [(d.entry, str(d.severity)) for d in found] == [(11, "warning")], style
        word = serial.strip(", ")
        assert found[0].message == (
            f"no comma before `{word}` and the last author; "
            "10 of 11 entries of three or more authors put a comma before the last one"
        )
        fixed = apply_edits(text, [e for d in found for e in d.edits])
        assert f"11. {_authors([serial] * 11, style).splitlines()[10][4:]}" in fixed, style


def test_lists_without_the_serial_comma_two_authors_and_vancouver_are_left_alone(lint):
    assert lint(_authors([" and "] * 6), select=["RL818"]) == []  # Harvard's `A, B and C`
    assert lint(_authors([", & "] * 6, "apa"), select=["RL818"]) == []  # APA's, kept throughout
    assert lint(_authors([", and "] * 3 + [" and "] * 3), select=["RL818"]) == []
    # eight in ten is a list that mixes the two, as pasted entries do
    assert lint(_authors([", and "] * 8 + [" and "] * 2), select=["RL818"]) == []
    two = _authors([", and "] * 5) + (
        "6. A. Ortiz and B. Lund, “Odours 6,” Aquaculture 6, no. 2 (2001): 5–9.\n"
    )
    assert lint(two, select=["RL818"]) == []
    vancouver = "".join(
        f"{n}. Ortiz A, Lund B, Sato C. Odours {n}. Aquaculture. 2001;{n}(2):5-9.\n"
        for n in range(1, 7)
    )
    assert lint(vancouver, select=["RL818"]) == []
    abnt = "".join(
        f"{n}. ORTIZ, A.; LUND, B.; SATO, C. Odores {n}. Aquicultura, v. {n}, n. 2, p. 5-9, 2001.\n"
        for n in range(1, 7)
    )
    assert lint(abnt, select=["RL818"]) == []


CHICAGO = [
    "Bludau, Mark-Jan, Viktoria Brüggemann, and Peer Trilcke. 2019. Fontanes Bibliothek. Berlin: Lit.",
    "Cohen, Matt, Ed Folsom, and Kenneth M. Price, eds. 2023. The Whitman Archive. Lincoln: UNP.",
    "Pape, Sebastian, Christof Schöch, and Lutz Wegner. 2012. “TEICHI.” Journal of the TEI 2: 1–9.",
]


@pytest.mark.parametrize(
    "pair",
    [
        "Clark, Andy and David J. Chalmers. 1998. “The Extended Mind.” Analysis 58: 10–23.",
        "Hutto, Daniel D. and Erik Myin. 2013. Radicalizing Enactivism. Cambridge, MA: MIT Press.",
    ],
)
def test_two_names_without_the_comma_after_the_inverted_first_in_a_short_serial_list(lint, pair):
    found = lint("References\n" + "".join(e + "\n" for e in [*CHICAGO, pair]), select=["RL818"])
    assert [d.entry for d in found] == [4]
    assert "no comma before `and` after the inverted first name" in found[0].message
    assert "3 of 3 entries of three or more authors" in found[0].message
    assert [e.text for e in found[0].edits] == [","]


def test_two_names_with_their_comma_or_both_inverted_or_a_list_without_serial_commas_pass(lint):
    good = [
        "Clark, Andy, and David J. Chalmers. 1998. “The Extended Mind.” Analysis 58: 10–23.",
        "Olsen-Smith, Steven and Norberg, Peter, eds. 2025. Melville’s Marginalia. Boise: BSU.",
    ]
    assert (
        lint("References\n" + "".join(e + "\n" for e in [*CHICAGO, *good]), select=["RL818"]) == []
    )
    # a short list of two entries with the comma is too short to hold the pair to it
    pair = "Clark, Andy and David J. Chalmers. 1998. “The Extended Mind.” Analysis 58: 10–23."
    short = "References\n" + "".join(e + "\n" for e in [*CHICAGO[:2], pair])
    assert lint(short, select=["RL818"]) == []
    plain = [e.replace(", and ", " and ") for e in CHICAGO]
    assert lint("References\n" + "".join(e + "\n" for e in [*plain, pair]), select=["RL818"]) == []


# --- RL819: a title in capitals -------------------------------------------------------------------

TITLES = (
    "Immune evasion in prostate cancer",
    "Adoptive cell transfer in solid tumours",
    "Tumour infiltrating lymphocytes in practice",
    "Natural killer cells in leukaemia",
    "Checkpoint inhibitors and their limits",
)


def _vancouver(titles: list[str]) -> str:
    return "".join(
        f"{n}. Ortiz A, Lund B. {title}. Acta Clin Croat. (2019) {n}:1–9.\n"
        for n, title in enumerate(titles, 1)
    )


def test_a_title_in_capitals_among_titles_that_are_not_is_flagged(lint):
    text = _vancouver([*TITLES, "CHALLENGES IN MANIPULATING IMMUNE SYSTEM TO TREAT CANCER"])
    found = lint(text, select=["RL819"])
    assert [(d.entry, str(d.severity)) for d in found] == [(6, "warning")]
    assert found[0].message == (
        "title printed in capitals (`CHALLENGES IN MANIPULATING IMMUNE SYSTEM ...`); "
        "5 of 6 titles are in sentence or title case"
    )
    plos = "".join(
        f"{n}. Ortiz A, Lund B ({2000 + n}) {t}. Ecology {n}: 1–9.\n"
        for n, t in enumerate([*TITLES, "SOIL CARBON AND THE GLOBAL NITROGEN CYCLE"], 1)
    )
    assert [d.entry for d in lint(plos, select=["RL819"])] == [6]


def test_lists_in_capitals_acronyms_and_capitalised_authors_are_left_alone(lint):
    capitals = [t.upper() for t in TITLES] + ["CHALLENGES IN MANIPULATING IMMUNE SYSTEM"]
    assert lint(_vancouver(capitals), select=["RL819"]) == []  # the list's own style
    acronyms = _vancouver([*TITLES, "BRCA1 and PD-L1 in HER2 tumours", "ATLAS"])
    assert lint(acronyms, select=["RL819"]) == []
    assert lint(_vancouver([*TITLES, "MRI OF THE KNEE"]), select=["RL819"]) == []  # too short
    abnt = "".join(
        f"{n}. SILVA, A. B.; SOUZA, C. {t}. Revista de Saúde Pública, v. {n}, n. 2, p. 1-9, "
        f"{2000 + n}.\n"
        for n, t in enumerate(TITLES, 1)
    ) + (
        "6. BRASIL. MINISTÉRIO DA SAÚDE. Guia de vigilância em saúde. Brasília: Ministério da "
        "Saúde, 2019.\n"
    )
    assert lint(abnt, select=["RL819"]) == []
    grouped = _vancouver(TITLES) + (
        "6. INSTITUT UPSA DE LA DOULEUR. Soins palliatifs en équipe : le rôle infirmier. "
        "Rueil-Malmaison : INSTITUT UPSA DE LA DOULEUR, 2006. 208 p.\n"
    )
    assert lint(grouped, select=["RL819"]) == []
    assert (
        lint(_vancouver([*TITLES[:3], "SOIL CARBON AND THE NITROGEN CYCLE"]), select=["RL819"])
        == []
    )


def test_learning_a_habit_grows_linearly_with_the_list():
    """Twice the entries cost about twice the time, and a long run of spaces between the names
    is looked at once, not from every space in it."""
    import datetime as dt

    from refslint_rules.list_habits import _LAST_AND

    from refslint.grammar import parse_entry
    from refslint.registry import load_rules
    from refslint.rule import Context
    from refslint.sources.plaintext import read_entries

    ctx = Context(today=dt.date(2026, 11, 26))
    small_list, large_list = (
        [parse_entry(e) for e in read_entries(_wiley(["no."] * n + ["no"]))] for n in (300, 600)
    )
    for chosen in [r for r in load_rules() if r.code in ("RL584", "RL818", "RL819")]:
        assert_linear(
            lambda rule=chosen: list(rule.check(small_list, ctx)),
            lambda rule=chosen: list(rule.check(large_list, ctx)),
            bound=3,
            what=chosen.code,
        )

    def scan(n: int) -> Callable[[], object]:
        text = "1. A. Ortiz, B. Lund" + " " * n + "x and C. Sato"
        return lambda: list(_LAST_AND.finditer(text))

    assert_linear(scan(20_000), scan(40_000), bound=3, what="RL818's pattern")


def test_a_french_no_is_right_as_french_prints_it(lint):
    """French writes `no` (n°) as a contraction, its last letter kept, and a contraction takes
    no period: a French entry's `no 3` among English `no.` is right, and is left alone."""
    french = (
        "6. M. Dupont et J. Martin, « Les inégalités de santé dans les villes et les campagnes "
        "françaises », Revue française de sociologie 36, no 3 (1995) : 45–67.\n"
    )
    assert lint(_wiley(["no."] * 5) + french, select=["RL584"]) == []
    # the same mark in an English entry of the same list is still a lost period
    english = _wiley(["no."] * 5 + ["no"])
    assert [d.entry for d in lint(english, select=["RL584"])] == [6]


def test_an_edition_run_into_the_place_is_flagged_where_the_list_has_no_habit(lint):
    # the list's only edition (a Vancouver list of articles): no habit to learn, a slip still
    vancouver = (
        "1. Hemenway D. Monitoring and compliance. J Policy Anal Manage. 1986;5:394-402.\n"
        "2. Nathan R. Regulation of fortified foods. 3rd ed Ottawa, Canada: Micronutrient "
        "Initiative; 1999.\n"
        "3. Mannar MG. Food fortification. 2nd ed. Geneva: WHO; 2006.\n"
    )
    found = lint(vancouver, select=["RL584"])
    assert [(d.entry, str(d.severity)) for d in found] == [(2, "warning")]
    assert found[0].message == (
        "`ed` without its period, run into what follows (`3rd ed Ottawa`); write `ed.`"
    )
    fixed = apply_edits(vancouver, [e for d in found for e in d.edits])
    assert "3rd ed. Ottawa, Canada" in fixed
    assert lint(fixed, select=["RL584"]) == []


def test_an_edition_set_off_by_a_mark_or_printed_bare_throughout_is_left_alone(lint):
    harvard = (
        "1. Hart, A. (2001) Statistics. 2nd edn, London: Arnold.\n"  # Harvard's comma
        "2. Lee, B. (2003) Methods. 3rd edn. Oxford: Blackwell.\n"
        "3. Kim, C. (2005) Models. 4th ed., New York: Wiley.\n"
    )
    assert lint(harvard, select=["RL584"]) == []
    bare = "".join(  # two entries printed so: the list's way, too few to tell a habit
        f"{n}. Hart A. Statistics {n}. {n + 1}th ed London: Arnold; {2000 + n}.\n"
        for n in range(1, 3)
    )
    assert lint(bare, select=["RL584"]) == []


def test_the_editors_word_run_into_the_books_title_is_flagged(lint):
    text = (
        "1. Leistner L. Food preservation. In: Rahman MS, ed Handbook of food preservation. Boca "
        "Raton, FL: CRC Press; 2007. p. 867-93.\n"
        "2. Phillips RD. Extrusion. In: Phillips RD, Finley JW, eds Protein quality. New York: "
        "Marcel Dekker; 1989. p. 219-46.\n"
        "3. Klapper DG. Analysers. In: Elzinga M, ed. Methods in protein sequence analysis. "
        "Clifton, NJ: Humana Press; 1982. p. 509-15.\n"
        "4. Patel R. Care. In: Brown A, editor. Handbook of care. Springer; 2015. p. 1-20.\n"
        "5. Brown E, Ed K. A study of eds. J Food Sci. 2001;4:1-5.\n"
    )
    found = lint(text, select=["RL584"])
    assert [(d.entry, d.message) for d in found] == [
        (1, "`ed` without its period, run into the book's title; write `ed.`"),
        (2, "`eds` without its period, run into the book's title; write `eds.`"),
    ]
    fixed = apply_edits(text, [e for d in found for e in d.edits])
    assert "Rahman MS, ed. Handbook" in fixed and "Finley JW, eds. Protein" in fixed
    assert lint(fixed, select=["RL584"]) == []
