"""Citing Medicine's journal article on the Internet, `Journal [Internet]. 2016 Apr [cited 2017
Jul 31];1017–18:211–20. Available from: URL`: the volume and pages after the access note are the
article's, where two volumes bound as one stand before the pages (`1017–18`, whose first the
lexer would take for a year) and where the stop before `Available from:` is lost (`;2(1)
Available from:`), and where the volume is named by its year (`;2010:1–8`); Citing Medicine's
`[date unknown; cited ...]` is an access note. A year with a volume that is a page range elsewhere keeps its reading."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "volume", "issue", "first"),
    [
        (
            "Lind P. Residues in honey. J Chromatogr A [Internet]. 2016 Apr [cited 2017 Jul 31];"
            "1017–18:211–20. Available from: http://www.example.org/lind",
            "1017–18",
            None,
            "211",
        ),
        (
            "Mensah KA, Osei B. Lead in cassava flour. J Food Saf Res [Internet]. 2015 Mar [cited"
            " 2019 Jun 2];4(2) Available from: 10.1234/jfsr.2015.42",
            "4",
            "2",
            None,
        ),
        # a volume named by its year, the year the date gave already
        (
            "Rashid A. Hydrocarbons in bread. Int J Anal Chem [Internet]. 2010 Jul [cited 2017"
            " Jul 31];2010:1–8. Available from: https://www.example.org/ijac/2010/821216/",
            "2010",
            None,
            "1",
        ),
        # the bound volumes in the printed form too
        ("Lind P. Residues in honey. J Chromatogr A. 2016;1017-18:211-20.", "1017-18", None, "211"),
    ],
)
def test_the_tail_after_the_access_note_is_the_articles(text, volume, issue, first):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.volume is not None and ref.volume.text == volume
    assert (ref.issue.text if ref.issue else None) == issue
    assert (ref.pages.first if ref.pages else None) == first
    assert ref.date is not None and ref.date.year in (2010, 2015, 2016)
    assert all(d.year >= 1500 for d in ref.dates)


def test_a_volume_and_its_pages_keep_their_reading():
    ref = parse("Lind P. Residues in honey. J Chromatogr A. 2016;17:211-20.")
    assert ref.volume is not None and ref.volume.text == "17"
    assert ref.pages is not None and (ref.pages.first, ref.pages.last) == ("211", "220")


def test_an_access_note_after_an_unknown_date_is_read():
    # Citing Medicine's `[date unknown; cited ...]` for a work that gives no date
    ref = parse(
        "Country food diets [Internet]. Geneva: World Health Organization; [date unknown; cited"
        " 2017 Aug 8]. 2 p. Available from: http://www.example.org/diets.pdf"
    )
    assert ref.accessed is not None and (ref.accessed.year, ref.accessed.month) == (2017, 8)
