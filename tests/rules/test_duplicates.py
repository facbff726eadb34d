"""RL601: the same work under two numbers, found by first author, year and title."""

from __future__ import annotations

from pathlib import Path

LISTS = Path(__file__).resolve().parents[1] / "lists"

SCHNET = "Schütt KT, Müller KR. SchNet - a deep learning architecture. J Chem Phys 2018;148:241722."


def codes(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.code) for d in lint(text, select=["RL601", "RL408"])]


def test_case_punctuation_and_diacritics_do_not_hide_a_duplicate(lint):
    text = (
        f"1. {SCHNET}\n"
        "2. Other A. Something else entirely. Nature 2019;1:1-2.\n"
        "3. Schutt KT, Muller KR. SchNet: A Deep-Learning Architecture! J Chem Phys 2018;148:241722.\n"
    )
    results = lint(text, select=["RL601"])
    assert [(d.entry, d.message) for d in results] == [
        (3, "same work as entry 1 (first author, year and title match); cite it under one number")
    ]


def test_a_different_year_or_first_author_is_a_different_work(lint):
    text = (
        f"1. {SCHNET}\n"
        f"2. {SCHNET.replace('2018', '2019')}\n"
        f"3. {SCHNET.replace('Schütt KT, Müller KR', 'Müller KR, Schütt KT')}\n"
    )
    assert codes(lint, text) == []


def test_a_repeated_doi_is_reported_once_by_rl408_not_again_by_rl601(lint):
    doi = " doi:10.1063/1.5019779"
    text = f"1. {SCHNET}{doi}\n2. {SCHNET}{doi}\n"
    assert codes(lint, text) == [(2, "RL408")]


def test_two_articles_whose_dois_are_cut_to_the_journals_issn_are_two_works(lint):
    text = (
        "1. Buchwald J, Erwin R. Midlatency responses in adults. Electroencephalogr Clin "
        "Neurophysiol. 1992;84:164-71. doi:10.1016/0168-5597\n"
        "2. McCarthy G, Nobre A. Semantic processing and attention. Electroencephalogr Clin "
        "Neurophysiol. 1993;88:210-9. doi:10.1016/0168-5597\n"
    )
    assert codes(lint, text) == []
    whole = text.replace("0168-5597\n", "0168-5597(92)90016-6\n")
    assert codes(lint, whole) == [(2, "RL408")]


def test_the_planted_list_duplicate(lint):
    text = (LISTS / "style-citing-medicine-planted.txt").read_text(encoding="utf-8")
    assert codes(lint, text) == [(22, "RL601")]


def test_a_doi_written_as_a_resolver_address_after_its_label_still_repeats(lint):
    text = (
        "1. Smith J. A study. Lancet. 2010;375:100-9. doi:10.1016/S0140-6736(10)60001-1\n"
        "2. Smith J. A study. Lancet. 2010;375:100-9. "
        "doi: http://dx.doi.org/10.1016/S0140-6736(10)60001-1\n"
    )
    assert [d.code for d in lint(text, select=["RL408", "RL601"])] == ["RL408"]


def test_years_told_apart_by_their_letters_are_different_works(lint):
    text = (
        "Schirn Kunsthalle. 2015a. „STURM-Frauen. Künstlerinnen der Avantgarde.“ Schirn. "
        "https://example.org/a.\n"
        "Schirn Kunsthalle. 2015b. „STURM-Frauen. Premiere für die Künstlerinnen.“ Schirn. "
        "https://example.org/b.\n"
        "Schirn Kunsthalle. 2015b. „STURM-Frauen. Premiere für die Künstlerinnen.“ Schirn. "
        "https://example.org/b.\n"
    )
    assert codes(lint, "References\n" + text) == [(3, "RL601")]
