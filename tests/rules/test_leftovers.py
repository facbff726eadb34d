"""TeX markup left in a plain list (RL561) and placeholders for pages or volumes (RL562)."""

from __future__ import annotations

import pytest

from refslint.cli import main

CLEAN = (
    "1. Smith AB, Jones C. Alloys containing 0.7% magnesium and R&D costs. J Met. 2001;12:1-9.\n"
    "2. Schrödinger E. The α-phase of iron. Phys Rev. 1935;48:xxi-xxiv.\n"
    "3. Brown D. Snake_case names in code. Softw Pract. 2019;49:33-9. Available from: "
    "https://example.org/a\\_b\n"
    "4. Green E. Pricing at $5 and $10. Econ J. 2010;8:100-10.\n"
    "5. Hale K. Gene regulation. Cell. 2024. In press.\n"
)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("0.7\\% magnesium", "%"),
        ("Smith \\& Sons", "&"),
        ("snake\\_case", "_"),
        ('Schr{\\"o}dinger', "ö"),
        ('Schr\\"odinger', "ö"),
        ("{\\'e}tude", "é"),
        ("\\alpha-Al phase", "α"),
        ("the \\textit{E. coli} genome", "E. coli"),
    ],
)
def test_tex_markup_is_flagged_with_what_tex_prints(lint, printed, expected):
    text = f"1. Smith AB. A study of {printed} in alloys. J Met. 2001;12:1-9.\n"
    (d,) = lint(text, select=["RL561"])
    assert d.code == "RL561" and str(d.severity) == "warning"
    assert d.message.endswith(f"expected `{expected}`")


def test_tex_math_is_flagged_without_a_fix(lint):
    text = "1. Smith AB. Growth of $\\alpha$-Al and $H_2$ release. J Met. 2001;12:1-9.\n"
    results = lint(text, select=["RL561"])
    assert [d.message.split("`")[1] for d in results] == ["$\\alpha$", "$H_2$"]
    assert all(d.fix_applicability is None for d in results)


def test_escape_fix_through_the_command(tmp_path):
    path = tmp_path / "refs.txt"
    path.write_text("1. Smith AB. Alloys with 0.7\\% Mg. J Met. 2001;12:1-9.\n", encoding="utf-8")
    assert main([str(path), "--select", "RL561", "--fix"]) == 1  # found, and fixed
    assert (
        path.read_text(encoding="utf-8")
        == "1. Smith AB. Alloys with 0.7% Mg. J Met. 2001;12:1-9.\n"
    )
    assert main([str(path), "--select", "RL561"]) == 0


def test_clean_text_prices_links_and_markdown_escapes_are_silent(lint, tmp_path):
    assert lint(CLEAN, select=["RL561", "RL562"]) == []
    # Markdown's own escapes (`\%`, `\_`) are read by its reader, not left in the text
    markdown = (
        "# References\n\n1. Smith AB. Alloys with 0.7\\% Mg and snake\\_case. J Met. 2001;12:1-9.\n"
    )
    assert lint(markdown, select=["RL561"], path="paper.md") == []


def test_latex_sources_are_left_alone(tmp_path):
    tex = tmp_path / "paper.tex"
    tex.write_text(
        "\\documentclass{article}\\begin{document}See \\cite{a}.\n"
        "\\begin{thebibliography}{9}\n"
        "\\bibitem{a} Smith AB. Alloys with 0.7\\% Mg and $\\alpha$-Al in Schr{\\\"o}dinger's "
        "\\textit{cat}. J Met. 2001;12:1-9.\n"
        "\\end{thebibliography}\\end{document}\n",
        encoding="utf-8",
    )
    assert main([str(tex), "--select", "RL561"]) == 0


@pytest.mark.parametrize(
    ("entry", "placeholder"),
    [
        ("Hickman KC. Adventures in vacuum chemistry. Am Sci. 1945;33:xxx-231.", "xxx-231"),
        ("Hickman KC. Adventures in vacuum chemistry. Am Sci. 1945;33:207-??.", "207-??"),
        ("Hickman KC. Adventures in vacuum chemistry. Am Sci. 1945;33:000-000.", "000-000"),
        ("Hickman KC. Adventures in vacuum chemistry. Am Sci. 1945;???:207-31.", "???"),
        ("Hickman KC. Adventures in vacuum chemistry. Am Sci. 1945;33:XXX-XXX.", "XXX-XXX"),
        ("Hickman KC. Adventures in vacuum chemistry. Am Sci. 1945;33:??-??.", "??-??"),
        ("Boadi KO. Childhood diarrheal morbidity. World Health Popul. 2005;0:0.", "0:0"),
        # an export's word for an empty issue, in Chicago's and Vancouver's forms
        ("Hickman, Ken. 1945. “Adventures.” American Scientist 6 (none): 1–13.", "none"),
        ("Hickman KC. Adventures in vacuum chemistry. Am Sci. 1945;33(null):207-31.", "null"),
        # physics and Harvard forms
        ("K. C. Hickman, Am. Sci. 33, XXX–231 (1945).", "XXX–231"),
        ("Hickman K C D 1945 Adventures in vacuum chemistry Am. Sci. 33 xxx–231", "xxx–231"),
    ],
)
def test_placeholders_are_flagged(lint, entry, placeholder):
    (d,) = lint(f"1. {entry}\n", select=["RL562"])
    assert d.message.startswith(f"`{placeholder}` is a placeholder")
    assert str(d.severity) == "warning"


@pytest.mark.parametrize(
    "entry",
    [
        "Hale K. Preface. In: Brown D, editor. Genes. London: Wiley; 2001. p. xxi-xxiv.",
        "Hale K. Preface. Genes. 2001;20:xx-xxv.",
        "Hale K. Preface. Genes. 2001;20:xx-xxx.",
        "Hale K. Foreword. Ann Hist. 1920;XX:1-9.",
        "Hale K. Gene regulation. Cell. 2024. In press.",
        "Hale K. Which way??? Essays on choice. London: Wiley; 2001.",
        "Hale K. Vitamin X2-231 binding. Cell. 2001;20:100-12.",
        "Hale K. Pages 1000-1009. Cell. 2001;20:1000-9.",
        "Hale K. Gene regulation. Cell. 2001;10:0-9.",  # a page numbered from 0, a volume 10
        "Hale K. Why (none) of it matters. Cell. 2001;10(2):1-9.",  # a title's word
    ],
)
def test_roman_ranges_status_words_and_titles_are_no_placeholders(lint, entry):
    assert lint(f"1. {entry}\n", select=["RL562"]) == []
