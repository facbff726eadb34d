"""A chapter's pages after its year, set off by a comma (`CRC Press; 2007, pp. 867–93.`) or run
on after the book (`Book, 1987 pp. 169–187.`): read as pages with their marker, the comma no
part of it; the year of a title and a name's initial are not taken for them."""

from __future__ import annotations

import pytest

from refslint.grammar import parse_entry
from refslint.sources import read_document


def _ref(entry: str):
    return parse_entry(read_document("refs.txt", f"1. {entry}\n").entries[0])


@pytest.mark.parametrize(
    ("entry", "pages", "marker", "container"),
    [
        (
            "Leistner L. Combined methods for food preservation. In: Rahman MS, ed. Handbook of "
            "food preservation. Boca Raton, FL: CRC Press; 2007, pp. 867–93.",
            "867–93",
            "pp.",
            None,
        ),
        (
            "Klapper DG. A new amino acid analyser. In: Elzinga M, ed. Methods in protein "
            "sequence analysis. Clifton, NJ: Humana Press; 1982, p. 509.",
            "509",
            "p.",
            None,
        ),
        (
            "Holm J, Asp NG. Degradation of cereal starches. In: Cereals in a European context, "
            "1987 Pp. 169–187. Chichester: Ellis Horwood.",
            "169–187",
            "Pp.",
            "Cereals in a European context",
        ),
    ],
)
def test_pages_after_the_year(entry, pages, marker, container):
    ref = _ref(entry)
    assert ref.pages is not None and ref.pages.text == pages
    assert ref.page_marker is not None and ref.page_marker.text == marker
    assert ref.date is not None and ref.date.year in (1982, 1987, 2007)
    if container is not None:
        assert ref.container is not None and ref.container.text == container


def test_a_year_in_a_title_and_an_initial_stay_what_they_are():
    ref = _ref("Pristas P. 2017. Cell walls of lactobacilli. Benef Microbes 8:291–297.")
    assert ref.page_marker is None
    ref = _ref("Smith J. The 2019, pandemic at a glance. Lancet. 2020;395:1-9.")
    assert ref.page_marker is None and ref.date is not None and ref.date.year == 2020


SHORT = (
    "1. Leistner L. Combined methods. In: Rahman MS, ed. Handbook of food preservation. Boca "
    "Raton: CRC Press; 2007, pp. 867–93.\n"
    "2. Holm J, Asp NG. Degradation of cereal starches. In: Cereals in a European context, "
    "1987 Pp. 169–87. Chichester: Ellis Horwood.\n"
)


def test_a_capital_page_marker_among_lower_case_ones_is_flagged_however_few(lint):
    # (`In:` makes these Citing Medicine's entries, whose `pp.` is RL802's too: `p.`)
    capital = [f for f in lint(SHORT, select=["RL802"]) if "`Pp.`" in f.message]
    assert [f.entry for f in capital] == [2]
    assert "the list's other entries mark pages in lower case (`pp.`)" in capital[0].message
    assert [e.text for e in capital[0].edits] == ["pp."]
    lower = lint(SHORT.replace("Pp.", "pp."), select=["RL802"])
    assert all("`Pp.`" not in f.message for f in lower)
    # a capital alone says nothing of the list's habit against another
    assert lint(SHORT.replace("2007, pp. 867–93", "2007"), select=["RL802"]) == []
