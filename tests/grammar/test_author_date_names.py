"""APA's and Chicago's names before a year in parentheses: organisations, dated works, given names
written out. Before these were read, the names were taken for the title and the year was lost."""

from __future__ import annotations

import pytest

from refslint.grammar import parse_entry
from refslint.sources.plaintext import read_entries


def parse(line: str):
    return parse_entry(read_entries(f"References\n\n{line}\n")[0])


@pytest.mark.parametrize(
    ("line", "group", "title", "year"),
    [
        (
            "World Health Organization. (2021). Mental health: Strengthening our response. "
            "https://www.who.int/news-room/fact-sheets/detail/mental-health",
            "World Health Organization",
            "Mental health: Strengthening our response",
            2021,
        ),
        (
            "National Academies of Sciences, Engineering, and Medicine. (2019). Reproducibility "
            "and replicability in science. National Academies Press.",
            "National Academies of Sciences, Engineering, and Medicine",
            "Reproducibility and replicability in science",
            2019,
        ),
        (
            "Open Science Collaboration. (2015). Estimating the reproducibility of psychological "
            "science. Science, 349(6251), Article aac4716.",
            "Open Science Collaboration",
            "Estimating the reproducibility of psychological science",
            2015,
        ),
        ("UNESCO. (2017b). Education for all. UNESCO.", "UNESCO", "Education for all", 2017),
    ],
)
def test_an_organisation_before_the_year_is_the_author(line, group, title, year):
    ref = parse(line)
    assert [(a.text, a.is_group) for a in ref.authors] == [(group, True)]
    assert ref.title is not None and ref.title.text == title
    assert ref.date is not None and ref.date.year == year


def test_a_dated_work_keeps_its_month_and_day():
    ref = parse("Smith, J. (2021, June 17). A post on lists. Example Blog. https://example.org/p")
    assert [a.text for a in ref.authors] == ["Smith, J."]  # the period is the initial's
    assert ref.date is not None
    assert (ref.date.year, ref.date.month, ref.date.day) == (2021, 6, 17)
    assert ref.title is not None and ref.title.text == "A post on lists"


def test_a_month_in_another_language_is_read_as_its_month():
    ref = parse("Divay, S. (2011, Mars). Une rationalisation. Langage et société, pp. 91-111.")
    assert ref.date is not None and (ref.date.year, ref.date.month) == (2011, 3)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Cox, Kevin. (1997). WFU switches prefix. Press release.", [("Cox", "K")]),
        (
            "Vaughn, Jennifer, & Chapman, Harriet. (1989). Honor council meets. Old Gold, 73(1), 1.",
            [("Vaughn", "J"), ("Chapman", "H")],
        ),
        (
            "Lagoze, Carl, Dean Krafft, and John Saylor. (2006). Metadata aggregation. In Proc. "
            "JCDL (pp. 1–10).",
            [("Lagoze", "C"), ("Krafft", "D"), ("Saylor", "J")],
        ),
        ("Allen, James F. (1979). A plan-based approach. PhD thesis.", [("Allen", "JF")]),
    ],
)
def test_given_names_written_out_are_people(line, names):
    ref = parse(line)
    assert [(a.family, a.initials, a.is_group) for a in ref.authors] == [
        (family, initials, False) for family, initials in names
    ]
    assert ref.date is not None


def test_an_organisation_with_a_comma_stays_one_author():
    ref = parse("Department of Health, Victoria. (2019). Annual report. Melbourne: DHHS.")
    assert [(a.text, a.is_group) for a in ref.authors] == [("Department of Health, Victoria", True)]


def test_a_person_with_initials_is_still_read_as_before():
    ref = parse("Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.")
    assert [(a.family, a.initials) for a in ref.authors] == [("Kahneman", "D")]
    assert ref.title is not None and ref.title.text == "Thinking, fast and slow"


@pytest.mark.parametrize(
    "line",
    [
        "Marx, Karl, and Friedrich Engels. 1998. The Communist Manifesto. New York: Verso.",
        "Marshall, Thomas. 1950. Citizenship and Social Class. Cambridge: Cambridge University Press.",
        "May, Ernest. 1973. Lessons of the Past. New York: Oxford University Press.",
        "Jansen, Peter. 2001. A title here. Journal of Things 3 (1): 5–9.",
        "Novak, Maxmillian E. 1984. The Works of John Dryden. Berkeley: University of California Press.",
    ],
)
def test_a_surname_that_begins_like_a_month_is_no_month(line):
    """`Marshall, Thomas.` was read as the month `Marshall` and the entry rejected (RL001)."""
    ref = parse(line)
    assert ref.problem is None
    assert ref.authors and ref.authors[0].text == line.split(".")[0].split(", and")[0]


def test_a_month_before_a_comma_and_a_day_is_still_a_month():
    ref = parse("1. Smith J. Title. J Things. 2019 Mar, 12(3):45-9.")
    assert ref.problem is None and ref.date is not None and ref.date.month == 3


@pytest.mark.parametrize(
    ("line", "family", "initials"),
    [
        (
            "Losada Palenzuela, José Luis. 2011. “Cantar en falsete.” In Visiones, edited by "
            "Christoph Strosetzki, 511–526. Alcalá de Henares: Centro de Estudios.",
            "Losada Palenzuela",
            "JL",
        ),
        (
            "García Márquez, Gabriel. 1967. Cien años de soledad. Buenos Aires: Sudamericana.",
            "García Márquez",
            "G",
        ),
    ],
)
def test_one_person_with_a_double_surname_is_a_person(line, family, initials):
    ref = parse(line)
    assert [(a.family, a.initials, a.is_group) for a in ref.authors] == [(family, initials, False)]


def test_names_given_first_and_cut_by_commas_are_still_no_person():
    ref = parse("Anoop Gupta, Andrew Tucker, and Sam Lee. 2005. Meetings online. Redmond: Press.")
    assert not any(a.family == "Anoop Gupta" for a in ref.authors)


def test_german_names_joined_by_und_and_editors_named_hrsg():
    ref = parse(
        "Arnold, Eckhart und Stefan Müller. 2017. Wie permanent sind Permalinks? Berlin: Lit."
    )
    assert [(a.family, a.initials) for a in ref.authors] == [("Arnold", "E"), ("Müller", "S")]
    ref = parse("Ralle, Inga Hanna, Hrsg. 2017. Selbstzeugnisse der Neuzeit. Wolfenbüttel: HAB.")
    assert not ref.authors and [a.family for a in ref.editors] == ["Ralle"]
    assert ref.title is not None and ref.title.text == "Selbstzeugnisse der Neuzeit"
