"""Small damage (RL581 edition marked twice, RL582 dash spaced on one side, RL583 open page range):
each in lists written here in several styles, with the right entries that must pass."""

from __future__ import annotations

from collections.abc import Callable

from refslint.fixes import apply_edits
from tests.timing import assert_linear

# --- RL581: an edition marked twice ---------------------------------------------------------------

TWICE = (
    "1. G. E. Box, J. S. Hunter, and W. G. Hunter, Statistics for Experimenters, Second Edition "
    "ed. (John Wiley & Sons, 2005).\n"
    "2. Altman DG. Practical statistics for medical research. 2nd ed. edn. London: Chapman and "
    "Hall; 1991.\n"
    "3. Field, A. (2013). Discovering statistics using SPSS (4th edn ed.). Sage.\n"
    "4. R. Sedgewick, Algorithms, 3rd edition, ed. Boston: Addison-Wesley, 1998.\n"
)


def test_an_edition_marked_twice_is_flagged_in_every_style(lint):
    found = lint(TWICE, select=["RL581"])
    assert [(d.entry, str(d.severity)) for d in found] == [(n, "warning") for n in (1, 2, 3, 4)]
    assert found[0].message == (
        "edition marked twice (`Second Edition ed.`); expected `Second Edition`"
    )
    fixed = apply_edits(TWICE, [e for d in found for e in d.edits])
    assert "Second Edition (John" in fixed and "2nd ed. London" in fixed
    assert "(4th edn)." in fixed and "3rd edition. Boston" in fixed


def test_an_edition_marked_once_or_an_editor_after_it_is_left_alone(lint):
    right = (
        "1. Altman DG. Practical statistics for medical research. 2nd ed. London: Chapman and "
        "Hall; 1991.\n"
        "2. Field, A. (2013). Discovering statistics using SPSS (4th ed.). Sage.\n"
        "3. Hart A. Statistics. 3rd edn. Edinburgh: Churchill Livingstone; 2001.\n"
        "4. Pérez J. Farmacología. 2ª ed. Ed. Médica Panamericana; 2010.\n"
        "5. Silva AB. Epidemiologia. 2. ed. São Paulo: Ed. Atheneu; 2005.\n"
        "6. Brown T. Chapter. In: Smith J, ed. Handbook. 5th ed. Edited by K. Lee. Oxford: OUP; 2004.\n"
        "7. Kay L. Guide. 2nd ed. Ed. by M. Ross. New York: Wiley; 2012.\n"
        "8. R. Sedgewick, Algorithms, 3rd ed. (Addison-Wesley, Boston, 1998).\n"
    )
    assert lint(right, select=["RL581"]) == []


# --- RL582: a dash in a title spaced on one side only ---------------------------------------------

ONE_SIDED = (
    "1. Peng XR, Cheng J. NK cells in the treatment of acute myeloid leukemia –review. Zhongguo "
    "Shi Yan Xue Ye Xue Za Zhi. (2023) 31:1905–9.\n"
    "2. Smith J, Lee K (2020) Soil carbon– a synthesis. Geoderma 12: 45–67.\n"
    "3. A. Lee, “Radar imaging —a survey,” IEEE Trans. Geosci. Remote Sens., vol. 5, no. 2, "
    "pp. 1–9, 2019.\n"
)


def test_a_dash_spaced_on_one_side_is_flagged_and_spaced_on_both(lint):
    found = lint(ONE_SIDED, select=["RL582"])
    assert [(d.entry, str(d.severity)) for d in found] == [
        (1, "warning"),
        (2, "warning"),
        (3, "warning"),
    ]
    assert "dash spaced on one side only (`leukemia –review`)" in found[0].message
    fixed = apply_edits(ONE_SIDED, [e for d in found for e in d.edits])
    assert "leukemia – review." in fixed and "carbon – a synthesis" in fixed
    assert "imaging — a survey" in fixed


def test_dashes_spaced_alike_paired_suspended_or_in_ranges_are_left_alone(lint):
    right = (
        "1. Peng XR. NK cells in acute myeloid leukemia – a review. Blood. 2023;31:1905–9.\n"
        "2. Smith J, Lee K (2020) Soil carbon—a synthesis. Geoderma 12: 45–67.\n"
        "3. García A. La salud —según los datos— mejora. Rev Esp Salud Publica. 2019;93:1–9.\n"
        "4. Jones K. Pre– and post-operative care. BMJ. 2001;322:1–5.\n"
        "5. Lee A. Trends 1990 –2000 in Europe. Lancet. 2004;363:10–19.\n"
        "6. SILVA, A. B. Saúde – uma revisão. Revista de Saúde Pública, v. 49, n. 2, p. 1-9, 2015.\n"
        "7. Kay L. Short– to long-term outcomes. Lancet. 2010;375:1–9.\n"
        "8. Wu F. Silica with –OH groups on the surface. Langmuir. 2011;27:1–9.\n"
    )
    assert lint(right, select=["RL582"]) == []


# --- RL583: a page range left open ----------------------------------------------------------------

OPEN = (
    "1. Jazaeri AA, Zsiros E. Adoptive cell transfer. J Clin Oncol. (2019) 37(15 Suppl):2538-.\n"
    "2. Garcia JV, Maestro B. Outcomes of CML. Blood. 2012;120(21):3764-.\n"
    "3. Smith J, Lee K (2020) Soil carbon. Geoderma 12: 123–. https://doi.org/10.1016/j.geo.2020.1\n"
    "4. A. Lee, “Radar imaging,” IEEE Trans. Geosci. Remote Sens., vol. 5, no. 2, pp. 123–, 2019.\n"
)


def test_a_page_range_with_no_last_page_is_flagged(lint):
    found = lint(OPEN, select=["RL583"])
    assert [(d.entry, str(d.severity)) for d in found] == [(n, "warning") for n in (1, 2, 3, 4)]
    assert found[0].message == (
        "page range `2538-` has no last page; write the range, or the first page alone"
    )


def test_closed_ranges_single_pages_and_article_numbers_are_left_alone(lint):
    right = (
        "1. Jazaeri AA. Adoptive cell transfer. J Clin Oncol. (2019) 37(15 Suppl):2538.\n"
        "2. Garcia JV. Outcomes of CML. Blood. 2012;120(21):3764-9.\n"
        "3. Smith, J. (2020). Soil carbon. Geoderma, 12(3), 123–130. https://doi.org/10.1016/x-\n"
        "4. A. Lee, “Radar,” IEEE Trans. Geosci., vol. 5, no. 2, pp. 1–9, 2019.\n"
        "5. SILVA, A. B. Saúde. Revista de Saúde Pública, v. 49, n. 2, p. 1-9, 2015.\n"
        "6. Roy E. Checkpoints. PLoS One. 2014;9(3):e91296.\n"
        "7. Kay L. Trials. ISSN 1234-5678. Lancet. 2010;375:1–9.\n"
        "8. World Health Organization. Annual report on tobacco: 2015–. Geneva: WHO; 2016.\n"
        "9. Smith J, Lee K (2020) Soil carbon. Geoderma 12: 123–130.\n"
    )
    assert lint(right, select=["RL583"]) == []


def test_each_pattern_grows_linearly_with_what_it_looks_for():
    """Long runs of what each pattern looks for (edition marks, spaces before a dash, numbers and
    dashes after colons): twice the text costs about twice the time, not four times."""
    from refslint_rules import small_damage as rules

    shapes = {
        "RL581": (rules._TWO_MARKS, "2nd ed, ", "ed edn. London"),
        "RL582 before": (rules._OPEN_BEFORE, "a" + " " * 50, "b –c"),
        "RL582 after": (rules._OPEN_AFTER, "a–" + " " * 50, "b"),
        "RL583": (rules._MARKED_OPEN, ": 12–  ", ": 123–."),
        "RL583 pages": (rules._OPEN_RANGE, "1" * 7 + "–  ", "123–."),
    }
    for name, (found, unit, end) in shapes.items():

        def scan(n: int, found=found, unit=unit, end=end) -> Callable[[], object]:
            text = unit * n + end
            return lambda: list(found.finditer(text))

        assert_linear(scan(2000), scan(4000), bound=3, what=name)
