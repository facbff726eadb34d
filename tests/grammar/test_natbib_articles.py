"""BibTeX's `plainnat` and `plain` articles, as natbib and R Journal lists print them:
`Title. Journal, 47(2):577–605, 1992.`, the month as a number before the year, an `ISSN` note
and the DOI after; read as journal articles with their volume, issue and pages."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse

_NAMES = "D. Easley and M. O'Hara. Time and the process of price adjustment. "


@pytest.mark.parametrize(
    ("tail", "journal", "volume", "issue", "pages", "year"),
    [
        (
            "Journal of Finance, 47(2):577–605, 1992.",
            "Journal of Finance",
            "47",
            "2",
            "577–605",
            1992,
        ),
        (
            "Spanish Review of Financial Economics, 10(2):74–83, 7 2012. ISSN 21731268. "
            "doi: 10.1016/j.srfe.2012.10.002.",
            "Spanish Review of Financial Economics",
            "10",
            "2",
            "74–83",
            2012,
        ),
        (
            "The Journal of Finance, 51(4):1405, 9 1996. ISSN 00221082. doi: 10.2307/2329399.",
            "The Journal of Finance",
            "51",
            "4",
            "1405",
            1996,
        ),
        ("R Journal, 10(1):31–42, 2018.", "R Journal", "10", "1", "31–42", 2018),
    ],
)
def test_a_plainnat_article_is_read(tail, journal, volume, issue, pages, year):
    ref = parse(_NAMES + tail)
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.volume.text == volume
    assert ref.issue is not None and ref.issue.text == issue
    assert ref.pages is not None and ref.pages.text == pages
    assert ref.date is not None and ref.date.year == year
    assert ref.title is not None and ref.title.text == "Time and the process of price adjustment"


def test_other_forms_keep_their_reading():
    # APA's page after the issue is no year
    apa = parse(_NAMES + "Journal of Open Source Software, 4(43), 1686. https://doi.org/10.21105/x")
    assert apa.pages is not None and apa.pages.text == "1686" and apa.date is None
    # a series' volume is no journal's
    assert parse(_NAMES + "Lecture Notes, 4151, 2006.").kind is not Kind.ARTICLE
