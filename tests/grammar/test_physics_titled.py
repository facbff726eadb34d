"""The titled physics form (SciPost's style, titled APS lists): `I. Surname and I. Surname,
Title, J. Abbrev. Volume, page (Year), doi:...` is read as an article whose journal is the
longest run after a comma that reads as one, the title all before it; a journal's volume and
page (`Contr. 60, 1427`) are no month, day and year. A title's first word that begins as a month
does (`Julia:`, `Marchenko:`) is read as the title's, not a month."""

from __future__ import annotations

import datetime as dt

import pytest

from refslint.engine import lint_text
from refslint.model import Kind
from tests.grammar.reading import names, parse


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume", "year"),
    [
        (
            "C. L. Degen, F. Reinhard and P. Cappellaro, Quantum sensing, Rev. Mod. Phys. 89,"
            " 035002 (2017), doi:10.1103/RevModPhys.89.035002.",
            "Quantum sensing",
            "Rev. Mod. Phys.",
            "89",
            2017,
        ),
        (
            "A. Konnov and V. F. Krotov, On global methods of successive improvement of controlled"
            " processes, Autom. Rem. Contr. 60, 1427 (1999).",
            "On global methods of successive improvement of controlled processes",
            "Autom. Rem. Contr.",
            "60",
            1999,
        ),
        (
            "R. H. Byrd, P. Lu, J. Nocedal and C. Zhu, A limited memory algorithm for bound"
            " constrained optimization, SIAM J. Sci. Comput. 16, 1190 (1995).",
            "A limited memory algorithm for bound constrained optimization",
            "SIAM J. Sci. Comput.",
            "16",
            1995,
        ),
        (
            "A. Smith, B. Jones, and C. Brown, Spin waves, magnons, and phonons in thin films,"
            " Phys. Rev. B 50, 17953 (1994).",
            "Spin waves, magnons, and phonons in thin films",
            "Phys. Rev. B",
            "50",
            1994,
        ),
        (
            "A. Smith, Optimal control of open systems, Nature Commun. 9, 1 (2018).",
            "Optimal control of open systems",
            "Nature Commun.",
            "9",
            2018,
        ),
    ],
)
def test_the_title_and_the_journal_are_read_apart(text, title, journal, volume, year):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.volume.text == volume
    assert ref.date is not None and ref.date.year == year
    assert [d.year for d in ref.dates] == [year]


@pytest.mark.parametrize(
    "text",
    [
        # no journal's shape after the last comma: a book's place and publisher
        "A. Smith, Quantum Computation, Cambridge University Press (2000).",
        # the untitled form keeps its reading
        "C. Kittel, Phys. Rev. Lett. 39, 1098 (1977).",
    ],
)
def test_other_forms_are_not_read_as_titled_articles(text):
    ref = parse(text)
    assert not (ref.kind is Kind.ARTICLE and ref.title is not None and ref.volume is not None)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "J. Bezanson and V. Shah, Julia: A fresh approach to numerical computing, SIAM Rev."
            " 59, 65 (2017).",
            "Julia: A fresh approach to numerical computing",
        ),
        (
            "V. Shah, Marchenko: A fresh approach to numerical computing, SIAM Rev. 59, 65 (2017).",
            "Marchenko: A fresh approach to numerical computing",
        ),
        ("V. Shah, Maya: The city, SIAM Rev. 59, 65 (2017).", "Maya: The city"),
    ],
)
def test_a_title_led_by_a_month_like_word_is_read(text, title):
    ref = parse(text)
    assert ref.title is not None and ref.title.text == title
    assert ref.date is not None and ref.date.year == 2017 and ref.date.month is None


def test_a_month_before_its_pages_is_still_a_month():
    ref = parse("Smith A. Title of the work. Lancet. 2019 Jul:12-15.")
    assert ref.date is not None and ref.date.month == 7


FAULTY = """\
[1] A. Konnov and V. F. Krotov, On global methods of successive improvement of controlled processes, Autom. Rem. Contr. 60, 1427 (1999).
[2] R. H. Byrd, P. Lu, J. Nocedal and C. Zhu, A limited memory algorithm for bound constrained optimization, SIAM J. Sci. Comput. 16, 1190 (1995).
[3] J. Bezanson, A. Edelman, S. Karpinski and V. Shah, Julia: A fresh approach to numerical computing, SIAM Rev. 59, 65 (2017).
"""


def test_no_date_finding_and_no_rejection_on_the_titled_form():
    found = lint_text(FAULTY, today=dt.date(2026, 12, 7), offline=True)
    codes = {f.code for f in found}
    assert not codes & {"RL001", "RL202", "RL203", "RL204"}, codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a given name written out after `and`, another name after it
            "L. Frunzio, L. Jiang, and Michel H. Devoret and R. J. Schoelkopf, Implementing a"
            " universal gate set, Nature Commun. 8, 94 (2017).",
            [("Frunzio", "L"), ("Jiang", "L"), ("Devoret", "MH"), ("Schoelkopf", "RJ")],
        ),
        (  # the same between commas
            "L. Jiang, and Michel H. Devoret, R. J. Schoelkopf, Implementing a universal gate"
            " set, Nature Commun. 8, 94 (2017).",
            [("Jiang", "L"), ("Devoret", "MH"), ("Schoelkopf", "RJ")],
        ),
        (  # a Vancouver name and a title after `and`: no name given first
            "Reed M, Syverson P and Goldschlag D. Anonymous Connections and Onion Routing. IEEE"
            " J Sel Areas Commun. 1998;16(4):482-94.",
            [("Reed", "M"), ("Syverson", "P"), ("Goldschlag", "D")],
        ),
    ],
)
def test_a_name_given_first_after_and_is_read(text, expected):
    ref = parse(text)
    assert names(ref.authors) == expected
    assert ref.title is not None and ref.title.text.startswith(("Implementing", "Anonymous"))


@pytest.mark.parametrize(
    ("text", "month", "year"),
    [
        (
            "P. J. Dellar, D. Lapitski, and S. Succi. Isotropy of three-dimensional quantum"
            " lattice boltzmann schemes. Phys. Rev. E, 83:046706, Apr 2011."
            " doi:https://doi.org/10.1103/PhysRevE.83.046706.",
            4,
            2011,
        ),
        (
            "A. M. Steane. Overhead and noise threshold. Phys. Rev. A, 68(4):042322, Oct 2003.",
            10,
            2003,
        ),
    ],
)
def test_a_month_and_year_after_the_pages_are_the_date(text, month, year):
    ref = parse(text)
    assert ref.date is not None and (ref.date.month, ref.date.year) == (month, year)
    assert ref.volume is not None and ref.volume.text in ("83", "68")
