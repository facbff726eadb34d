"""RL593 on the one spaced hyphen of a list that prints its ranges with dashes (`New Research -
Country Report`), in lists written here in several styles; silent where spaced hyphens are the
list's own form, where the words after it go on the title's phrase, and where the list types
its ranges with hyphens."""

from __future__ import annotations

import pytest


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL593"])]


def _numbered(*entries: str) -> str:
    return "".join(f"{n}. {entry}\n" for n, entry in enumerate(entries, 1))


VANCOUVER = (
    "Lee A, Kim B. Dengue in the Pacific. Clim Res. 1998;11:31–38.",
    "Park C, Cho D. Rainfall and malaria. Trop Med Health. 2011;39:101–109.",
    "Ng E, Ho F. Heat and health in cities. Environ Res. 2015;136:210–218.",
    "Pacific Climate Change Science Program. Climate change in the Pacific: scientific "
    "assessment and new research - Country report for Kiribati. Melbourne: CSIRO; 2011.",
)
APA = (
    "Lee, A., & Kim, B. (1998). Dengue in the Pacific. Climate Research, 11, 31–38.",
    "Park, C. (2011). Rainfall and malaria. Tropical Medicine and Health, 39, 101–109.",
    "Ng, E. (2015). Heat and health in cities. Environmental Research, 136, 210–218.",
    "Kouba, P., & Tichý, T. (2023). Detection of fatigue using voice analysis - An EEG "
    "validation study. International Journal of Industrial Ergonomics, 95, 103–110.",
)


@pytest.mark.parametrize(
    ("entries", "printed"), [(VANCOUVER, "research—Country"), (APA, "analysis—An")]
)
def test_the_lone_spaced_hyphen_of_a_list_with_dashes(lint, entries, printed):
    found = _found(lint, _numbered(*entries))
    assert len(found) == 1
    entry, message = found[0]
    assert entry == 4 and f"expected `{printed}`" in message


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        ("Crystal fingerprint space - a novel paradigm for crystal-structure sets", "space—a"),
        ("Controlling the false discovery rate - a practical approach", "rate—a"),
        ("Heat waves in the Pacific - the case of Kiribati", "Pacific—the"),
    ],
)
def test_an_article_opening_a_clause_after_the_lone_spaced_hyphen(lint, title, printed):
    entries = (*VANCOUVER[:3], f"Lee A. {title}. J Pac Health. 2020;12:100–109.")
    ((entry, message),) = _found(lint, _numbered(*entries))
    assert entry == 4 and f"expected `{printed}`" in message


def test_a_lower_case_word_after_the_title_s_first_word_alone(lint):
    # the title's first word set off as its head: a subtitle, whatever its case
    title = "Adrenoleukodystrophy - neuroendocrine pathogenesis and redefinition of natural history"
    entries = (*VANCOUVER[:3], f"Kemp S. {title}. Nat Rev Endocrinol. 2016;12:606–615.")
    ((entry, message),) = _found(lint, _numbered(*entries))
    assert entry == 4 and "expected `Adrenoleukodystrophy—neuroendocrine`" in message
    # two short names joined, as a firm's pair is (`SAP - NEC`), are no head and subtitle
    entries = (*VANCOUVER[:3], "Sap - nec reference architecture for hana and hadoop. 2016.")
    assert _found(lint, _numbered(*entries)) == []
    # after more words, a lower-case word after a word opens the subtitle too
    title = "Adrenoleukodystrophy in adults - neuroendocrine pathogenesis"
    entries = (*VANCOUVER[:3], f"Kemp S. {title}. Nat Rev Endocrinol. 2016;12:606–615.")
    ((entry, message),) = _found(lint, _numbered(*entries))
    assert entry == 4 and "expected `adults—neuroendocrine`" in message


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        (
            "Exposure to particles and mitochondrial DNA - relevance for blood pressure",
            "DNA—relevance",
        ),
        ("Fire area simulator - model development and evaluation", "simulator—model"),
        ("Ratio of growth - another measure of the economy", "growth—another"),
    ],
)
def test_a_lower_case_word_after_a_word_opens_the_subtitle(lint, title, printed):
    entries = (*VANCOUVER[:3], f"Lee A. {title}. J Pac Health. 2020;12:100–109.")
    ((entry, message),) = _found(lint, _numbered(*entries))
    assert entry == 4 and f"expected `{printed}`" in message


def test_the_fix_writes_an_em_dash(lint):
    (finding,) = lint(_numbered(*VANCOUVER), select=["RL593"])
    assert finding.fix_message == "Write an em dash"
    (edit,) = finding.edits
    assert edit.text == "—"


def test_two_spaced_hyphens_are_the_list_own_form(lint):
    entries = (
        *VANCOUVER[:3],
        "Lachenmeier DW. Hemp food products - A problem? Deut Lebensm Rundsch. 2004;100:481–490.",
        "Lachenmeier DW. Cannabidiol - Critical review report. Geneva: WHO; 2018.",
    )
    assert _found(lint, _numbered(*entries)) == []


@pytest.mark.parametrize(
    "title",
    [
        "first approval of cell therapy with lymphocytes (TILs) - lifileucel (Amtagvi)",
        "Vaccination coverage, December 2021 - April 2022",
        "Outbreaks in 1990 - 2000 in the Pacific",
        "Results of the HIV - AIDS cohort",  # a capital word alone: an abbreviation
        "Distance x - a to the boundary of the grid",  # a minus before a letter
        "Costs of dose - dependent effects in children",  # a compound spaced
    ],
)
def test_words_that_go_on_the_title(lint, title):
    entries = (*VANCOUVER[:3], f"Lee A. {title}. J Pac Health. 2020;12:100–109.")
    assert _found(lint, _numbered(*entries)) == []


def test_a_list_that_types_its_ranges_with_hyphens(lint):
    # a stray dash or two among hyphen ranges: the list had no dash to hand, and the spaced
    # hyphen may be its form for every dash (judged right in such a list)
    entries = (
        "Lee A, Kim B. Dengue in the Pacific. Clim Res. 1998;11:31-38.",
        "Park C, Cho D. Rainfall and malaria. Trop Med Health. 2011;39:101-109.",
        "Ng E, Ho F. Heat and health in cities. Environ Res. 2015;136:210–218.",
        "Valier MR. Vaccination coverage among children aged 5-17 years - National "
        "Immunization Survey. MMWR. 2022;71:1-7.",
    )
    assert _found(lint, _numbered(*entries)) == []


def test_a_word_in_capitals_after_a_word_in_lower_case(lint):
    # a part set off in capitals (`Principles - FINAL`); two acronyms paired are left alone
    title = "Joint declaration of data citation principles - FINAL"
    entries = (*VANCOUVER[:3], f"Lee A. {title}. J Pac Health. 2020;12:100–109.")
    ((entry, message),) = _found(lint, _numbered(*entries))
    assert entry == 4 and "expected `principles—FINAL`" in message
    entries = (*VANCOUVER[:3], "Lee A. Results of the HIV - AIDS cohort. J Pac Health. 2020;1:1.")
    assert _found(lint, _numbered(*entries)) == []
