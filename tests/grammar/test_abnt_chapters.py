"""An ABNT chapter's imprint, `Place: Publisher, Year.` with a comma before the year, is read as
the book's place, publisher and year, with the pages after it, a translator or an edition
before it; RL501 then no longer says that the chapter has no publisher."""

from __future__ import annotations

import pytest

from tests.grammar.reading import parse

_CHAPTER = "BAKHTIN, M. M. Formas de tempo no romance [1975]. In: BAKHTIN, M. M. Questões de "


@pytest.mark.parametrize(
    ("text", "place", "publisher", "year", "pages"),
    [
        (
            _CHAPTER + "literatura. Tradução de Aurora Bernardini et al. São Paulo: Ed. da UNESP, "
            "1988. p.211-362.",
            "São Paulo",
            "Ed. da UNESP",
            1988,
            "211-362",
        ),
        (
            "SOBRAL, A. U.; GIACOMELLI, K. Elementos sobre as propostas. In: RODRIGUES, R. H. "
            "(org.). Estudos dialógicos da linguagem. São Carlos: Pedro & João Editores, 2016. "
            "p. 141-162.",
            "São Carlos",
            "Pedro & João Editores",
            2016,
            "141-162",
        ),
        (
            "GAULARD, M. The Chinese economic crisis. In: CARCHEDI, G.; ROBERTS, M. (Ed.). World "
            "in crisis: a global analysis. Chicago: Haymarket Books, 2018.",
            "Chicago",
            "Haymarket Books",
            2018,
            None,
        ),
        (
            "PLUTARCO. Sobre el anciano. In: Obras morales y de costumbres. Madrid: Gredos , 2003.",
            "Madrid",
            "Gredos",
            2003,
            None,
        ),
    ],
)
def test_an_abnt_chapter_has_its_imprint(text, place, publisher, year, pages):
    ref = parse(text)
    assert ref.place is not None and ref.place.text == place
    assert ref.publisher is not None and ref.publisher.text == publisher
    assert ref.date is not None and ref.date.year == year
    assert (ref.pages.text if ref.pages else None) == pages


def test_a_colon_in_a_note_before_the_imprint_is_no_place():
    ref = parse(
        "VOLOCHÍNOV, V. Que é a linguagem? [1930]. In: VOLOCHÍNOV, V. N. A construção da "
        "enunciação. Organização, tradução e notas: João Geraldi. São Carlos: Pedro & João "
        "Editores, 2013. p.131-156."
    )
    assert ref.place is not None and ref.place.text == "São Carlos"
    assert ref.date is not None and ref.date.year == 2013


def test_a_chapter_without_an_imprint_still_has_no_publisher(lint):
    text = (
        "References\nACOSTA PEREIRA, R.; RODRIGUES, R. H. Por uma análise dialógica. In: ALVES, M. "
        "P. C. (org.). Práticas discursivas: olhares da Linguística Aplicada. 2015.\n"
    )
    assert ref_has_no_publisher(text)
    found = lint(text, select=["RL501"])
    assert [d.code for d in found] == ["RL501"]
    good = text.replace("Aplicada. 2015.", "Aplicada. Natal: EDUFRN, 2015.")
    assert lint(good, select=["RL501"]) == []


def ref_has_no_publisher(text: str) -> bool:
    return parse(text.split("\n")[1]).publisher is None
