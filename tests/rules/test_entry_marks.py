"""RL557, RL558, RL567: a number run into its word, a bracket never closed, a volume with a
leading zero, in lists written here in several styles, and silence on right entries."""

from __future__ import annotations

import pytest


def _found(lint, text: str, code: str) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(text, select=[code])]


def _fixed(lint, text: str, code: str) -> str:
    (finding,) = lint(text, select=[code])
    line = text.rstrip("\n")
    for edit in sorted(finding.edits, key=lambda e: e.start_offset, reverse=True):
        line = line[: edit.start_offset] + edit.text + line[edit.end_offset :]
    return line


# --- RL557 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "word"),
    [  # Vancouver report, APA software, IEEE manual, ABNT
        (
            "Biggerstaff BJ. PooledInfRate, Version4.0: a Microsoft Office add-in. Fort Collins "
            "(CO): Centers for Disease Control and Prevention; 2009.",
            "Version4.0",
        ),
        ("Lee, A. (2020). Survey tools (release2) [Computer software]. Acme.", "release2"),
        ('A. Lee, "Quality of life in children, Part2: a scale," J. Qual., vol. 3, 2020.', "Part2"),
        ("LEE, A. Manual do sistema: Chapter5. São Paulo: Acme, 2020.", "Chapter5"),
        (
            "Smyth, G. K. (2004) Linear models for microarray experiments. Stat. Appl. Genet. "
            "Mol. Biol. 3, Article3",
            "Article3",
        ),
    ],
)
def test_a_number_run_into_its_word(lint, entry, word):
    found = _found(lint, f"1. {entry}\n", "RL557")
    assert len(found) == 1 and f"`{word}`" in found[0][1]


def test_the_fix_puts_a_space_before_the_number(lint):
    text = "1. Lee A. PooledInfRate, Version4.0: an add-in. Atlanta: CDC; 2009.\n"
    assert _fixed(lint, text, "RL557") == (
        "1. Lee A. PooledInfRate, Version 4.0: an add-in. Atlanta: CDC; 2009."
    )


@pytest.mark.parametrize(
    "entry",
    [
        "Lee A. PooledInfRate, Version 4.0: an add-in. Atlanta: CDC; 2009.",
        "Lee A. Phase3D imaging of cells. J Cell Biol. 2020;12:1-9.",  # a name
        "Lee A. Part2B receptors in the brain. J Neurosci. 2020;12:1-9.",
        "Lee A. The PhaseII trial. Lancet. 2020;12:1-9.",  # a roman numeral: not read
        "Lee A. Tools. 2020. Available from: https://example.org/Version4.0/index.html",
        "Lee A. Stages of sleep. Sleep. 2020;12:1-9. doi:10.1/Stage4.2020",
        "Smyth GK. Linear models. Stat Appl Genet Mol Biol. 2004;3:Article 3.",
        "Zhang B. A framework. Stat Appl Genet Mol Biol. 2005; 4:Article17.",  # PubMed's form
        "Zhang B. A framework. Stat Appl Genet Mol Biol. 2005;4:Article17.",
        "Lee A. Rights online. 2020. Available from: https://example.org/Article19/",
    ],
)
def test_no_run_in_number(lint, entry):
    assert _found(lint, f"1. {entry}\n", "RL557") == []


# --- RL558 ---------------------------------------------------------------------------------------

UNCLOSED = "opens a parenthesis that is never closed"


@pytest.mark.parametrize(
    "entry",
    [  # Physical Review, Vancouver, APA, ABNT
        "G. Straub and W. Slattery, (Los Alamos National Laboratory report, 1990 (unpublished).",
        "Lee A, Kim B. Cells in (vitro culture. J Cell Sci. 2019;12:100-9.",
        "Lee, A., & Kim, B. (2019. Cells in culture. Journal of Cell Science, 12, 100-109.",
        "LEE, A. Células em cultura (in vitro. Rev Bras Biol, v. 12, p. 100-109, 2019.",
    ],
)
def test_a_parenthesis_never_closed(lint, entry):
    found = _found(lint, f"1. {entry}\n", "RL558")
    assert len(found) == 1 and UNCLOSED in found[0][1]


def test_a_bracket_never_closed(lint):
    text = "1. Lee A. Cells [Internet. 2019 [cited 2020 Jan 3]. Available from: https://a.org/x\n"
    found = _found(lint, text, "RL558")
    assert len(found) == 1 and "opens a bracket that is never closed" in found[0][1]


@pytest.mark.parametrize(
    "entry",
    [
        "G. Straub and W. Slattery, Los Alamos National Laboratory report, 1990 (unpublished).",
        "Lee A. (R)-3-hydroxy acids [(S) and (R)] in cells. J Cell Sci. 2019;12(3):100-9.",
        "Lee A. Steps a) and b) of the method. J Cell Sci. 2019;12:100-9.",  # closers alone
        "Lee A. Mixing on the interval [0, 1) of the line. J Math Biol. 2019;12:100-9.",
        "Lee A. Cells. 2019. Available from: https://en.wikipedia.org/wiki/Cell_(biology",
        "Lee A. Cells. J Cell Sci. 2019;12:100-9. doi:10.1002/(SICI)1097-0258(19980315",
        # a closing bracket printed as an opening one at the end: RL598's
        "Lee A. Cells. 2019 [cited 2020 Jan 3]. Available from: https://a.org [In Portuguese[.",
    ],
)
def test_brackets_that_close(lint, entry):
    assert _found(lint, f"1. {entry}\n", "RL558") == []


# --- RL567 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "fixed"),
    [  # ACS, Vancouver, APS
        (
            "Lee, A.; Kim, B. Cellulose fibers. Am. J. Anal. Chem. 2018, 09, 303−310.",
            "Lee, A.; Kim, B. Cellulose fibers. Am. J. Anal. Chem. 2018, 9, 303−310.",
        ),
        (
            "Lee A, Kim B. Cellulose fibers. Am J Anal Chem. 2018;009(2):303-10.",
            "Lee A, Kim B. Cellulose fibers. Am J Anal Chem. 2018;9(2):303-10.",
        ),
    ],
)
def test_a_volume_with_a_leading_zero(lint, entry, fixed):
    text = f"1. {entry}\n"
    found = _found(lint, text, "RL567")
    assert len(found) == 1 and "leading zero" in found[0][1]
    assert _fixed(lint, text, "RL567") == f"1. {fixed}"


@pytest.mark.parametrize(
    "entry",
    [
        "Lee A, Kim B. Cellulose fibers. Chin J Anal Chem. 2018;40(02):303-10.",  # an issue
        "Lee A, Kim B. Cellulose fibers. PLoS One. 2018;13(2):e0192345.",  # an article number
        "Lee A, Kim B. Cellulose fibers. Am J Anal Chem. 2018;9:303-10.",
    ],
)
def test_volumes_without_padding(lint, entry):
    assert _found(lint, f"1. {entry}\n", "RL567") == []


ISSUES = "".join(
    f"{n}. Lee A, Kim B. Study {n}. Int J Environ Health Res. 2006;{10 + n}({n}):{100 + n}-9.\n"
    for n in range(1, 5)
)


def test_an_issue_padded_among_the_lists_bare_issues(lint):
    text = ISSUES + "5. Thomas KM. Weather events. Int J Environ Health Res. 2006;16(03):167-80.\n"
    ((entry, message),) = _found(lint, text, "RL567")
    assert entry == 5 and "issue `03`" in message and "4 of the list's issues" in message
    assert _fixed(lint, text, "RL567").endswith("2006;16(3):167-80.")
    # a list whose issues are padded throughout, or with too few bare issues, is its own form
    padded = ISSUES.replace("(1)", "(01)").replace("(2)", "(02)")
    assert _found(lint, padded, "RL567") == []


def test_an_issue_printed_as_zero_is_not_a_padded_issue(lint):
    # a database's placeholder issue `(0)` has no zero before a digit to take away
    text = ISSUES + "5. Thomas KM. Weather events. Int J Environ Health Res. 2006;16(0):167-80.\n"
    assert _found(lint, text, "RL567") == []


# --- RL557: a letter for a digit -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("titles", "term", "expected"),
    [
        (
            ("Nonstructural proteins nsP3 and nsP4 of alphaviruses", "A complex of protein nsPl"),
            "nsPl",
            "nsP1",
        ),
        (("Serum IL-6 in sepsis", "IL-l and fever in children"), "IL-l", "IL-1"),
    ],
)
def test_a_letter_for_the_digit_one(lint, titles, term, expected):
    text = "".join(
        f"{n}. Lee A, Kim B. {title}. J Virol. 2019;{n}:100-9.\n"
        for n, title in enumerate(titles, 1)
    )
    found = _found(lint, text, "RL557")
    assert len(found) == 1
    entry, message = found[0]
    assert entry == 2 and f"`{term}`" in message and f"expected `{expected}`" in message


@pytest.mark.parametrize(
    "titles",
    [
        ("A complex of protein nsPl", "Cells in culture"),  # the list numbers no `nsP`
        ("Uptake of HCl and Cl in cells", "Cl2 and Al3 in water"),  # elements' symbols
        ("Serum IL-6 in sepsis", "MHC-I and IL-6 in children"),  # a roman numeral
        ("Serum IL-6 in sepsis", "An IL-like domain"),
    ],
)
def test_no_letter_for_a_digit(lint, titles):
    text = "".join(
        f"{n}. Lee A, Kim B. {title}. J Virol. 2019;{n}:100-9.\n"
        for n, title in enumerate(titles, 1)
    )
    assert _found(lint, text, "RL557") == []


# --- RL567: a section letter cut off by a comma --------------------------------------------------

PHYSICS = (
    "L. Stixrude, Phys. Rev. B 89, 224109 (2014).",
    "R. Caracas, Phys. Rev. E 99, 043201 (2019).",
    "J. Lee, J. Vac. Sci. Technol. A 39, 020802 (2021).",
    "A. Kim, Nature 409, 1092 (2001).",
    "L. Stixrude, Philos. Trans. R. Soc., A 372, 20130076 (2014).",
)


def _list(*entries: str) -> str:
    return "".join(f"[{n}] {entry}\n" for n, entry in enumerate(entries, 1))


def test_a_section_letter_cut_off_by_a_comma(lint):
    text = _list(*PHYSICS)
    found = _found(lint, text, "RL567")
    assert len(found) == 1
    entry, message = found[0]
    assert entry == 5 and "expected `Soc. A 372`" in message
    (finding,) = lint(text, select=["RL567"])
    assert finding.fix_message == "Remove the comma"


def test_section_letters_in_an_acs_list(lint):
    # CASSI's `Philos. Trans. R. Soc., A` is ACS's own form; ACS closes `Year, Volume, pages.`
    text = "".join(
        f"({n}) {entry}\n"
        for n, entry in enumerate(
            (
                "Lee, A. Melts. J. Phys. Chem. B 2018, 122, 100−109.",
                "Kim, B. Cores. J. Phys. Chem. A 2019, 123, 200−209.",
                "Park, C. Iron. J. Phys. Chem. C 2020, 124, 300−309.",
                "Cho, D. Planets. Philos. Trans. R. Soc., A 2014, 372, 20130076.",
            ),
            1,
        )
    )
    assert _found(lint, text, "RL567") == []


def test_no_bare_section_letters_to_hold_it_to(lint):
    # the list's only section letters are comma'd: its form, whatever it is
    text = _list(*PHYSICS[3:], *PHYSICS[3:4] * 4)
    assert _found(lint, text, "RL567") == []
