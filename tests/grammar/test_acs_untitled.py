"""ACS's journal references without titles (`Shen, J.; Okamoto, Y.; Chem. Rev. 2016, 116,
1094.`, also with a period before the journal): read as articles with no title, the journal's
abbreviated words kept together, and no rule asks for the title the style leaves out. Lists with
titles, and Vancouver's one-word titles, keep their readings."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "journal", "year", "volume", "page", "authors"),
    [
        (
            "Shen, J.; Okamoto, Y.; Chem. Rev. 2016, 116, 1094.",
            "Chem. Rev",
            2016,
            "116",
            "1094",
            ["Shen", "Okamoto"],
        ),
        (
            "Shen, J.; Okamoto, Y. Chem. Rev. 2016, 116, 1094.",
            "Chem. Rev",
            2016,
            "116",
            "1094",
            ["Shen", "Okamoto"],
        ),
        (
            "Pellissier, H.; Adv. Synth. Catal. 2011, 353, 1613.",
            "Adv. Synth. Catal",
            2011,
            "353",
            "1613",
            ["Pellissier"],
        ),
        (
            "Costa, M. R.; Omori, A. T.; Food Technol. Biotechnol. 2017, 55, 231.",
            "Food Technol. Biotechnol",
            2017,
            "55",
            "231",
            ["Costa", "Omori"],
        ),
        (
            "Wang, X.; Huang, C.; Sustainable Energy Fuels 2018, 2, 1530.",
            "Sustainable Energy Fuels",
            2018,
            "2",
            "1530",
            ["Wang", "Huang"],
        ),
        (
            "Omori, A. T.; Porto, A. L. M.; Tetrahedron: Asymmetry 2007, 18, 1048.",
            "Tetrahedron: Asymmetry",
            2007,
            "18",
            "1048",
            ["Omori", "Porto"],
        ),
        (
            "Bertero, N. M.; Marchi, A. J.; Appl. Catal., A 2013, 458, 28.",
            "Appl. Catal., A",
            2013,
            "458",
            "28",
            ["Bertero", "Marchi"],
        ),
        (  # a suffix before the comma, and a particle
            "Gonzalez, W. A.; Faro Jr., A. C.; de Vos, D. E.; Fuel Process. Technol. 2013, 106, 619.",
            "Fuel Process. Technol",
            2013,
            "106",
            "619",
            None,
        ),
        (  # two works under one number: the first is read
            "Calcaterra, A.; D’Acquarica, I.; J. Pharm. Biomed. Anal. 2018, 147, 323; Jeschke, P.; "
            "Pest Manage. Sci. 2018, 74, 2389.",
            "J. Pharm. Biomed. Anal",
            2018,
            "147",
            "323",
            ["Calcaterra", "D’Acquarica"],
        ),
    ],
)
def test_an_acs_reference_without_a_title_is_an_untitled_article(
    text, journal, year, volume, page, authors
):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.title is None
    assert ref.container is not None and ref.container.text == journal
    assert ref.date is not None and ref.date.year == year
    assert ref.volume is not None and ref.volume.text == volume
    assert ref.pages is not None and ref.pages.text == page
    if authors is not None:
        assert [a.family for a in ref.authors] == authors
    else:
        assert [a.family for a in ref.authors] == ["Gonzalez", "Faro Jr.", "de Vos"]


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        (  # ACS with titles: unchanged
            "Shen, J.; Okamoto, Y. Chiral stationary phases. Chem. Rev. 2016, 116, 1094-1138.",
            "Chiral stationary phases",
            "Chem. Rev",
        ),
        (  # a one-word title after the names' period stays a title
            "Smith, J.; Jones, K. Cancer. Lancet 2016, 116, 1094.",
            "Cancer",
            "Lancet",
        ),
        (  # Vancouver: a one-word title before the journal stays a title
            "Smith J, Jones K. Cancer. Lancet. 2016;116:1094.",
            "Cancer",
            "Lancet",
        ),
        (  # ACS's semicolon names with a title
            "Smith, J.; Jones, K.; Chiral phases for separation. J. Am. Chem. Soc. 2016, 116, 1094.",
            "Chiral phases for separation",
            "J. Am. Chem. Soc",
        ),
    ],
)
def test_titled_entries_keep_their_titles(text, title, journal):
    ref = parse(text)
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal


def test_a_semicolon_name_before_et_al_or_another_name_is_still_a_name():
    ref = parse("Smith, J.; Jones, K.; et al. Chem. Rev. 2016, 116, 1094.")
    assert [a.family for a in ref.authors] == ["Smith", "Jones"]
    assert ref.et_al is not None


ACS_LIST = """\
1. Shen, J.; Okamoto, Y.; Chem. Rev. 2016, 116, 1094.
2. Ni, Y.; Xu, J.-H.; Biotechnol. Adv. 2012, 30, 1279.
3. Pellissier, H.; Adv. Synth. Catal. 2011, 353, 1613.
4. Verho, O.; Bäckvall, J.-E.; J. Am. Chem. Soc. 2015, 137, 3996.
5. Wang, X.; Song, Y.; Huang, C.; Wang, B.; Sustainable Energy Fuels 2018, 2, 1530.
6. Conley, B. L.; Boz, E.; Williams, T. J.; Chem. Rev. 2010, 110, 2294.
"""


def test_an_acs_list_without_titles_raises_nothing(lint):
    """No parse failure, no missing title (RL501), no title run into the journal (RL514)."""
    found = lint(ACS_LIST)
    assert [(d.entry, d.code) for d in found if d.code in ("RL001", "RL501", "RL514")] == []
