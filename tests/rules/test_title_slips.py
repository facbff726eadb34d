"""RL839 (a hyphen spaced on one side), RL840 (a taxon's `nov` without its period) and RL841 (a
page range's letter in two cases), on entries written here in several styles, and silent on the
correct entries that look closest to them."""

from __future__ import annotations

import pytest

from refslint.api import Applicability
from refslint.fixes import apply_edits


def _codes(lint, text: str, code: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=[code])]


@pytest.mark.parametrize(
    "entry",
    [
        "1. Pruett JP, Clement DJ. Cyclic fatigue testing of Nickel- titanium endodontic "
        "instruments. J Endod. 1997;23:77-85.",
        "1. Pruett, J. P., & Clement, D. J. (1997). Cyclic fatigue of nickel- titanium files. "
        "Journal of Endodontics, 23, 77–85.",
        '1. J. P. Pruett and D. J. Clement, "Cyclic fatigue of Nickel- Titanium Files," '
        "J. Endod. 23, 77 (1997).",
    ],
)
def test_a_hyphen_spaced_after_is_flagged(lint, entry):
    found = lint(entry + "\n", select=["RL839"])
    assert [d.code for d in found] == ["RL839"]
    assert "ickel- " in found[0].message


@pytest.mark.parametrize(
    "title",
    [
        "Pre- and post-operative pain after root canal treatment",
        "Short- to long-term outcomes of rotator cuff repair",
        "Mid- or late-stage disease in adults",
        "Cyclic fatigue of nickel-titanium files",
        "Cyclic fatigue – a review of nickel-titanium files",
        "Hoch- und Tiefbau in der Zahnmedizin",
        "Das Institut für Bibliotheksforschung, Dokumentations- u. Informationswesen",
        "Korotko- sredne- i dlinnolatentnyie potentsialyi pri mono- i binauralnom razdrazhenii",
        "Short-, medium- and long-term outcomes",
        "Моно- и бинауральные потенциалы",
    ],
)
def test_suspended_compounds_and_closed_hyphens_pass(lint, title):
    entry = f"1. Pruett JP, Clement DJ. {title}. J Endod. 1997;23:77-85.\n"
    assert lint(entry, select=["RL839"]) == []


def test_the_hyphen_is_closed_by_the_fix(lint):
    text = "1. Pruett JP. Cyclic fatigue of Nickel- titanium files. J Endod. 1997;23:77-85.\n"
    (found,) = lint(text, select=["RL839"])
    assert found.fix_applicability is Applicability.UNSAFE
    assert "Nickel-titanium files" in (apply_edits(text, found.edits) or "")


def test_a_hyphen_in_a_doi_or_address_is_not_read(lint):
    text = (
        "1. Pruett JP. Cyclic fatigue. J Endod. 1997;23:77-85. "
        "https://example.org/nickel- titanium\n"
    )
    assert lint(text, select=["RL839"]) == []


@pytest.mark.parametrize(
    "entry",
    [
        "References\nHanafy RA, Elshahed MS (2018) Feramyces austinii, gen. nov, sp. nov., an "
        "anaerobic gut fungus. Mycologia 110: 513–525.\nKing A (2001) Gut fungi. Mycologia 9: "
        "1–5.",
        "1. Ozkose E. Cyllamyces aberensis gen.nov, sp. nov.: a new fungus. Stud Mycol. "
        "2001;45:23-32.",
        "1. Ozkose E. Piromyces (sp. nov) from the rumen. Stud Mycol. 2001;45:23-32.",
        "1. Ozkose E. Neocallimastix comb. nov and its allies. Stud Mycol. 2001;45:23-32.",
    ],
)
def test_nov_without_its_period_is_flagged(lint, entry):
    found = lint(entry + "\n", select=["RL840"])
    assert [d.code for d in found] == ["RL840"]
    assert found[0].fix_applicability is Applicability.SAFE


@pytest.mark.parametrize(
    "entry",
    [
        "1. Ozkose E. Cyllamyces aberensis gen. nov., sp. nov., a new fungus. Stud Mycol. "
        "2001;45:23-32.",
        "1. Ozkose E. Piromyces finnis sp. nov. Stud Mycol. 2001;45:23-32.",
        "1. Novak A. The nova and the novel: supernovae in November. Astron J. 2001;45:23-32.",
        "1. Ozkose E. Gen. nov. fungi. Stud Mycol. 2001;45:23-32. https://example.org/gen.nov,x",
    ],
)
def test_nov_with_its_period_passes(lint, entry):
    assert lint(entry + "\n", select=["RL840"]) == []


def test_the_period_is_put_back(lint):
    text = "1. Ozkose E. Feramyces gen. nov, sp. nov., a fungus. Stud Mycol. 2001;45:23-32.\n"
    (found,) = lint(text, select=["RL840"])
    assert "gen. nov., sp. nov.," in (apply_edits(text, found.edits) or "")


@pytest.mark.parametrize(
    ("pages", "wanted"),
    [("C604–c11", "C604–C11"), ("e101-E110", "e101-e110"), ("S12–s19", "S12–S19")],
)
def test_a_page_letter_in_two_cases_is_flagged(lint, pages, wanted):
    text = f"1. Ogasawara R. Resistance exercise. Am J Physiol Cell Physiol. 2014;306:{pages}.\n"
    found = lint(text, select=["RL841"])
    assert [d.code for d in found] == ["RL841"]
    assert f"`{wanted}`" in found[0].message
    assert wanted in (apply_edits(text, found[0].edits) or "")


@pytest.mark.parametrize("pages", ["C604–C611", "C604–11", "e101-e110", "D524-7", "604–611"])
def test_page_letters_alike_pass(lint, pages):
    text = f"1. Ogasawara R. Resistance exercise. Am J Physiol Cell Physiol. 2014;306:{pages}.\n"
    assert lint(text, select=["RL841"]) == []


def test_author_date_page_letters(lint):
    text = (
        "References\nOgasawara R, Fujita S (2014) Resistance exercise. American Journal of "
        "Physiology 306: C604–c11.\nKing A (2001) Exercise. Physiology 9: 1–5.\n"
    )
    assert [d.code for d in lint(text, select=["RL841"])] == ["RL841"]


@pytest.mark.parametrize(
    ("entry", "wanted"),
    [
        (
            "1. Peters OA. Canal geometry assessed by threedimensional imaging. J Endod. "
            "2001;27:1-6.",
            "three-dimensional",
        ),
        (
            "References\nPeters OA (2001) Twodimensional gel electrophoresis of root proteins. "
            "J Endod 27: 1–6.\nKing A (2001) Root canals. J Endod 9: 1–5.",
            "Two-dimensional",
        ),
        (
            "1. O. A. Peters, “The halfmaximal inhibitory concentration of a new drug,” Mol. "
            "Pharmacol., vol. 27, pp. 1–6, 2001.",
            "half-maximal",
        ),
    ],
)
def test_a_compound_that_lost_its_hyphen_is_flagged(lint, entry, wanted):
    text = entry + "\n"
    found = lint(text, select=["RL845"])
    assert [d.code for d in found] == ["RL845"]
    assert f"`{wanted}`" in found[0].message
    assert wanted in (apply_edits(text, found[0].edits) or "")


@pytest.mark.parametrize(
    "title",
    [
        "A twofold rise in onetime costs, halfway through the study",
        "Three-dimensional imaging of root canals",
        "Selfreported and crosslinked measures",  # prefixes science also writes solid
        "Threonine and tenderness in tenascin",  # no number at the word's start
        "Estudo tridimensional dos canais radiculares em dentes humanos",
    ],
)
def test_solid_words_and_hyphenated_compounds_pass(lint, title):
    text = f"1. Peters OA. {title}. J Endod. 2001;27:1-6.\n"
    assert lint(text, select=["RL845"]) == []
