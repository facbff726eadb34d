"""The physics and chemistry styles that print no article titles (APS, AIP, AVS, RBEF): `I.
Surname, I. Surname, and I. Surname, J. Abbrev. Volume, page (Year).` is read as an article whose
journal is everything between the names' comma and the volume, not a title `Phys` and a journal
`Rev. Lett.`; the rules then see the journal as printed. Titled entries in Nature's, PNAS's,
Vancouver's and ACS's forms, books and a one-word title keep their readings."""

from __future__ import annotations

import datetime as dt

import pytest

from refslint.engine import lint_text
from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "journal", "volume", "page", "year", "authors"),
    [
        (
            "A. M. Dziewonski and D. L. Anderson, Phys. Earth Planet. Inter. 25, 297 (1981).",
            "Phys. Earth Planet. Inter.",
            "25",
            "297",
            1981,
            2,
        ),
        ("C. Kittel, Phys. Rev. Lett. 39, 1098 (1977).", "Phys. Rev. Lett.", "39", "1098", 1977, 1),
        (
            "J. Smith, K. Lee, and M. Brown, J. Chem. Phys. 120, 2054 (2004).",
            "J. Chem. Phys.",
            "120",
            "2054",
            2004,
            3,
        ),
        (
            "C. Fang, Y. Cao, D. Wu, and A. Li, Prog. Nat. Sci.: Mater. Int. 28, 667 (2018).",
            "Prog. Nat. Sci.: Mater. Int.",
            "28",
            "667",
            2018,
            4,
        ),
        ("D. Alfè, Nature (London) 401, 462 (1999).", "Nature (London)", "401", "462", 1999, 1),
        ("A. Einstein, Ann. Phys. (Leipzig) 17, 891 (1905).", "Ann. Phys. (Leipzig)", "17", "891", 1905, 1),
        ("P. E. Blöchl, Phys. Rev. B 50, 17953 (1994).", "Phys. Rev. B", "50", "17953", 1994, 1),
        ("D. Vanderbilt, Phys. Rev. B 41, 7892(R) (1990).", "Phys. Rev. B", "41", "7892", 1990, 1),
        ("W. Weijer et al., J. Geophys. Res. Oceans 124, 5336 (2019).", "J. Geophys. Res. Oceans", "124", "5336", 2019, 1),
        ("A. B. Brown, Science 300, 1 (2003).", "Science", "300", "1", 2003, 1),
        # RBEF's Portuguese `e` before the last name, journals written out or cut
        ("T.S. Schmidt e J. Huenteler, Glob. Environ. Chang. 38, 8 (2016).", "Glob. Environ. Chang.", "38", "8", 2016, 2),
        ("Y.S. Kurniawan, Biomed J Sci & Tech Res 12, 9442 (2019).", "Biomed J Sci & Tech Res", "12", "9442", 2019, 1),
        ("M. Pohanka, Materials (Basel) 11, 448 (2018).", "Materials (Basel)", "11", "448", 2018, 1),
        ("M. Hussain e F. Rupp, TrAC – Trends in Analytical Chemistry 102, 194 (2018).", "TrAC – Trends in Analytical Chemistry", "102", "194", 2018, 2),
        ("M. Hussain, TrAC, Trends Anal. Chem. 102, 194 (2018).", "TrAC, Trends Anal. Chem.", "102", "194", 2018, 1),
        (
            "M. Michalzik, R. Wilke e S. Büttgenbach, Sensors and Actuators, B: Chemical 111–112, 410 (2005).",
            "Sensors and Actuators, B: Chemical",
            "111–112",
            "410",
            2005,
            3,
        ),
        ("K.K. Kanazawa e J.G. Gordon, Acta 175, 99 (1985).", "Acta", "175", "99", 1985, 2),
        ("E. Fermi, Rend. Accad. Naz. Lincei 6, 602 (1927).", "Rend. Accad. Naz. Lincei", "6", "602", 1927, 1),
    ],
)  # fmt: skip
def test_the_journal_is_read_whole_and_no_title(text, journal, volume, page, year, authors):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.title is None
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.volume.text == volume
    assert ref.pages is not None and ref.pages.first == page
    assert ref.date is not None and ref.date.year == year
    assert len(ref.authors) == authors


@pytest.mark.parametrize(
    ("text", "journal", "authors"),
    [
        ("A. Smith, Z. Phys. 11, 609 (1910).", "Z. Phys.", ["Smith"]),
        ("A. Smith and B. Jones, J. Phys. 12, 34 (1950).", "J. Phys.", ["Smith", "Jones"]),
        ("A. Smith, J. Catal. 12, 34 (1950).", "J. Catal.", ["Smith"]),
        ("A. Smith, Z. Naturforsch. A 12, 34 (1950).", "Z. Naturforsch. A", ["Smith"]),
        ("A. Smith, B. Jones, Z. Phys. B 12, 34 (1979).", "Z. Phys. B", ["Smith", "Jones"]),
        ("A. Smith, J. Physiol. (London) 12, 34 (1979).", "J. Physiol. (London)", ["Smith"]),
        ("A. Smith, J. Phys. (Paris) 12, 34 (1950).", "J. Phys. (Paris)", ["Smith"]),
        ("T. S. Schmidt e J. Huenteler, J. Phys. 12, 34 (1950).", "J. Phys.", ["Schmidt", "Huenteler"]),
        ("A. Smith, K. Lee, and M. Brown, J. Phys. 120, 2054 (2004).", "J. Phys.", ["Smith", "Lee", "Brown"]),
    ],
)  # fmt: skip
def test_a_journal_shaped_like_a_name_is_no_last_author(text, journal, authors):
    """`J. Phys.` has a name's shape (an initial, a word); a volume and its comma, a section or
    a place after its period say it is the journal, as no title follows a name so."""
    ref = parse(text)
    assert [a.family for a in ref.authors] == authors
    assert ref.kind is Kind.ARTICLE and ref.title is None
    assert ref.container is not None and ref.container.text == journal


@pytest.mark.parametrize(
    "text",
    [
        "A. Smith, B. Jones. 2019. A title of the work. J. Phys. 12, 34.",
        "J. Ou, K. Lee. A review of things. Phys. Rev. 12, 34 (2001).",
    ],
)
def test_a_last_name_before_a_title_stays_a_name(text):
    ref = parse(text)
    assert len(ref.authors) == 2


def test_an_article_number_with_its_leading_zero():
    ref = parse("S. M. George, J. Vac. Sci. Technol. A 39, 032601 (2021).")
    assert ref.container is not None and ref.container.text == "J. Vac. Sci. Technol. A"
    assert ref.article_number is not None and ref.article_number.text == "032601"


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        # PNAS: a title after the names' comma, closed by a period that no cut word owns
        ("A. Smith, Climate Change. Nature 5, 1 (2020).", "Climate Change", "Nature"),
        ("J. Doe, Magnetism. Phys. Rev. 12, 34 (2001).", "Magnetism", "Phys. Rev."),
        (
            "W. Weijer et al., Stability of the Atlantic Meridional Overturning Circulation: A"
            " review and synthesis. J. Geophys. Res. Oceans 124, 5336–5375 (2019).",
            "Stability of the Atlantic Meridional Overturning Circulation: A review and synthesis",
            "J. Geophys. Res. Oceans",
        ),
        # Nature's: the names closed by a period
        (
            "Smith, J. A., Jones, B. & Brown, C. Deep learning for cells. Nat. Methods 21,"
            " 233–243 (2016).",
            "Deep learning for cells",
            "Nat. Methods",
        ),
        # Vancouver's
        (
            "Zheng Y, Yao Y. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.",
            "Composite electrolytes",
            "Chem Soc Rev",
        ),
    ],
)
def test_titled_forms_keep_their_titles(text, title, journal):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal


def test_a_book_stays_a_book():
    ref = parse("C. Kittel, Introduction to Solid State Physics (Wiley, New York, 2005).")
    assert ref.kind is Kind.BOOK
    assert ref.title is not None and ref.title.text == "Introduction to Solid State Physics"


def test_acs_untitled_keeps_its_reading():
    ref = parse("Shen, J.; Okamoto, Y.; Chem. Rev. 2016, 116, 1094.")
    assert ref.title is None
    assert ref.container is not None and ref.container.text.startswith("Chem. Rev")


CLEAN = """\
References

[1] A. M. Dziewonski and D. L. Anderson, Phys. Earth Planet. Inter. 25, 297 (1981).
[2] C. Kittel, Phys. Rev. Lett. 39, 1098 (1977).
[3] J. P. Perdew, K. Burke, and M. Ernzerhof, Phys. Rev. Lett. 77, 3865 (1996).
[4] R. Car and M. Parrinello, Phys. Rev. Lett. 55, 2471 (1985).
[5] S. M. George, Acc. Chem. Res. 53, 1151 (2020).
[6] D. Alfè, Nature (London) 401, 462 (1999).
[7] G. Kresse and J. Furthmüller, Comput. Mater. Sci. 6, 15 (1996).
[8] P. E. Blöchl, Phys. Rev. B 50, 17953 (1994).
[9] A. Einstein, Ann. Phys. (Leipzig) 17, 891 (1905).
[10] C. Kittel, Introduction to Solid State Physics (Wiley, New York, 2005).
[11] W. Weijer et al., J. Geophys. Res. Oceans 124, 5336 (2019).
[12] D. Vanderbilt, Phys. Rev. B 41, 7892(R) (1990).
[13] N. Marzari, A. A. Mostofi, J. R. Yates, I. Souza, and D. Vanderbilt, Rev. Mod. Phys. 84, 1419 (2012).
[14] K. K. Kanazawa and J. G. Gordon, Anal. Chim. Acta 175, 99 (1985).
"""


def _findings(text: str) -> list[tuple[int, str, str]]:
    found = lint_text(text, today=dt.date(2026, 12, 6), offline=True)
    return sorted((f.entry or 0, f.code, str(f.severity).lower()) for f in found)


def test_no_warning_on_a_clean_list():
    assert [f for f in _findings(CLEAN) if f[2] != "info"] == []


def test_the_journal_faults_of_a_faulty_list_are_found():
    faulty = (
        CLEAN.replace("Planet. Inter.", "Planet Inter.")
        .replace("Acc. Chem. Res.", "Accounts Chem. Res.")
        .replace("Anal. Chim. Acta 175", "Analytica Chimica Acta 175")
    )
    found = _findings(faulty)
    assert (1, "RL811", "warning") in found  # `Phys. Earth Planet Inter.`: a period lost
    assert (5, "RL811", "warning") in found  # `Accounts Chem. Res.`: a first word left whole
    assert (14, "RL811", "warning") in found  # a full title among abbreviations
    assert [f for f in found if f[2] != "info" and f[1] != "RL811"] == []
