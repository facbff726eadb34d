"""Nature's numbered style: `Surname, I. & Surname, I. Title. Abbrev. J. 20, 1002–1022 (2023).`

Every entry here is written for these tests (none is taken from a published list). The tail
(volume, pages or article number, year in parentheses) is read by its shape; a page that looks
like a year after an abbreviation is never a date, and a right list draws no finding.
"""

from __future__ import annotations

from functools import partial

import pytest

from refslint.engine import lint_text
from refslint.model import Kind
from tests.grammar.reading import names, parse
from tests.timing import assert_linear

RIGHT_LIST = """\
1. Okafor, C. & Lindqvist, K. A. Signalling of growth factors in tumour stroma. Cell Mol. Immunol. 20, 1002–1022 (2023).
2. Moreau, P. et al. Natural killer cells in acute viral infection. Front. Immunol. 9, 1947 (2018).
3. Ruiz, E., Berg, P. & Sato, K. Grain growth in annealed copper films. Nat. Rev. Mater. 5, 233–243 (2016).
4. Haldane, J. B. On being the right size. Nature 118, 1212–1214 (1926).
5. Kowal, T. A single-page note on immune evasion. Oncologist 21, 1233 (2016).
6. Novak, J. & Cho, T. T. Pathways of TGF-β signalling. Proc. Natl Acad. Sci. USA 117, 4021–4030 (2020).
"""


def _entry(number: int) -> str:
    line = RIGHT_LIST.splitlines()[number - 1]
    return line.split(" ", 1)[1]


def test_the_tail_reads_journal_volume_pages_and_year():
    ref = parse(_entry(1))
    assert ref.kind is Kind.ARTICLE
    assert names(ref.authors) == [("Okafor", "C"), ("Lindqvist", "K.A")]
    assert ref.title.text == "Signalling of growth factors in tumour stroma"
    assert ref.container.text == "Cell Mol. Immunol."
    assert ref.volume.text == "20"
    assert (ref.pages.first, ref.pages.last) == ("1002", "1022")
    assert ref.date.year == 2023
    assert [d.year for d in ref.dates] == [2023]  # `Immunol. 20, 1002` is no date


def test_an_article_number_that_looks_like_a_year_is_not_a_date():
    ref = parse(_entry(2))
    assert ref.et_al is not None and names(ref.authors) == [("Moreau", "P")]
    assert ref.container.text == "Front. Immunol."
    assert ref.pages.first == "1947" and not ref.pages.is_range
    assert [d.year for d in ref.dates] == [2018]


@pytest.mark.parametrize(
    ("number", "journal"),
    [(3, "Nat. Rev. Mater."), (4, "Nature"), (5, "Oncologist"), (6, "Proc. Natl Acad. Sci. USA")],
)
def test_the_journal_starts_after_the_title(number, journal):
    ref = parse(_entry(number))
    assert ref.kind is Kind.ARTICLE and ref.container.text == journal
    assert not ref.title.text.endswith(".")


def test_names_before_an_ampersand_and_et_al_keep_their_periods():
    ref = parse(_entry(3))
    assert names(ref.authors) == [("Ruiz", "E"), ("Berg", "P"), ("Sato", "K")]


def test_a_right_list_draws_no_finding():
    found = lint_text(RIGHT_LIST, offline=True, ignore=["RL8"])
    assert [(f.code, f.line, f.message) for f in found] == []


def test_a_physics_entry_without_a_title_keeps_its_reading():
    # `A. Author, Phys. Rev. Lett. 39, 1098 (1977)`: no title, so not this form
    ref = parse("C. K. Chiang, Y. W. Park e A. J. Heeger, Phys. Rev. Lett. 39, 1098 (1977).")
    assert ref.container is None or ref.container.text != "Lett."


def test_a_vancouver_entry_reads_as_before():
    ref = parse("Okafor C, Ruiz E. Grain growth in copper. J Appl Phys. 2019 Oct 9;125(3):245-9.")
    assert ref.kind is Kind.ARTICLE and ref.date.year == 2019 and ref.date.month == 10
    assert ref.container.text == "J Appl Phys"


def test_a_particle_cut_to_its_letter_after_the_initials_is_read_into_the_name():
    ref = parse(
        "Aguiar, R. B. d. & Moraes, J. Z. d. Mechanisms of growth factors. Front. Immunol. 10,"
        " 1023 (2019)."
    )
    assert [a.family for a in ref.authors] == ["d. Aguiar", "d. Moraes"]
    assert ref.title.text == "Mechanisms of growth factors"


def test_a_portuguese_e_between_names_is_no_particle():
    ref = parse(
        "Silva, J. A. e Souza, B. C. Crescimento urbano. Cad. Saude Publica 10, 12–19 (2019)."
    )
    assert all(not a.family.startswith(("e ", "e.")) for a in ref.authors)


def test_a_journal_set_off_by_a_comma_is_not_read_as_this_form():
    # physics with a title: `Title, Phys. Rev. Lett. 39, 1098 (1977)`: the journal follows a comma
    ref = parse("A. Okafor and B. Ruiz, Grain growth in films, Phys. Rev. Lett. 39, 1098 (1977).")
    assert ref.container is None or ref.container.text != "Rev. Lett."


def test_science_style_with_initials_first_reads_the_same_tail():
    ref = parse("C. Okafor, E. Ruiz, Grain growth in copper films. Science 258, 1474–1476 (1992).")
    assert ref.kind is Kind.ARTICLE and ref.container.text == "Science"
    assert ref.volume.text == "258" and ref.date.year == 1992


def _read(text: str) -> None:
    from refslint.grammar import parse_entry
    from refslint.model import Entry, PositionMap

    parse_entry(Entry(text, PositionMap((0,), (1,), (1,)), 1, None, 0))


def test_reading_the_tail_grows_linearly_with_the_entry():
    """Runs of what the tail's reader looks for (sentence ends, `Volume, page`): twice the text
    costs about twice the time, not four times."""
    shapes = [
        lambda n: "Smith, A. Title. " + "Mol. J. 12, 1947 " * n + "Immunol. 12, 1002 (2020).",
        lambda n: "Smith, A. Title. " + "Cell. " * n + "Immunol. 12, 1002–1004 (2020).",
    ]
    for make in shapes:
        small, large = make(400), make(800)
        assert_linear(
            partial(_read, small), partial(_read, large), bound=3, runs=5, what=small[:30]
        )
