"""An ABNT article, `Title. Journal, Place, v. 20, n. 40, p. 147-162, 2010.`, is read as a
journal article with its journal, volume, issue, pages and year, so that the rules see them;
an `n.` of four figures with no pages is the article's number."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue", "pages", "year"),
    [
        (
            "CINTRA, M. A. M.; PINTO, E. C. China em transformação: transição e estratégias. "
            "Revista de Economia Política, v. 37, n. 2, p. 381-400, abr./jun. 2017.",
            "Revista de Economia Política",
            "37",
            "2",
            "381-400",
            2017,
        ),
        (
            "ACOSTA-PEREIRA, R. A.; RODRIGUES, R. H. Os gêneros do discurso. Revista Letras, "
            "Santa Maria, v. 20, n. 40, p.147-162, 2010. Disponível em: https://example.org/a. "
            "Acesso em: 10 nov. 2021.",
            "Revista Letras",
            "20",
            "40",
            "147-162",
            2010,
        ),
        (
            "ACOSTA PEREIRA, R. A orientação sociológica. Letra Magna, n. 19, p.1-18, 2016.",
            "Letra Magna",
            None,
            "19",
            "1-18",
            2016,
        ),
        (
            "ROZELLE, S. et al. Moving beyond Lewis: employment and wage trends. Comp. Econ. "
            "Stud., v. 62, p. 555-589, 2020.",
            "Comp. Econ. Stud.",
            "62",
            None,
            "555-589",
            2020,
        ),
        (
            "MEDEIROS, C. A. A China como um duplo pólo na economia mundial. Brazil J. Polit. "
            "Econ., v. 6, n. 3, Sept. 2006.",
            "Brazil J. Polit. Econ.",
            "6",
            "3",
            None,
            2006,
        ),
    ],
)
def test_an_abnt_article_is_read(text, journal, volume, issue, pages, year):
    ref = parse(text)
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == journal
    assert (ref.volume.text if ref.volume else None) == volume
    assert (ref.issue.text if ref.issue else None) == issue
    assert (ref.pages.text if ref.pages else None) == pages
    assert ref.date is not None and ref.date.year == year


def test_a_long_number_with_no_pages_is_the_article_number():
    ref = parse(
        "CHEN, J. et al. Carbon peak and its mitigation implications. Sci Rep, v. 12, n. 3473, "
        "2022. Available at: https://doi.org/10.1038/s41598-022-07283-4."
    )
    assert ref.issue is None
    assert ref.article_number is not None and ref.article_number.text == "3473"


def test_a_book_is_no_article():
    ref = parse(
        "KOTZ, D. M.; MCDONOUGH, T. Social structures of accumulation: the political economy of "
        "growth. Cambridge: Cambridge University Press, 1994."
    )
    assert ref.kind is not Kind.ARTICLE and ref.container is None


def test_rl501_flags_an_abnt_article_without_pages(lint):
    text = (
        "References\nMEDEIROS, C. A. A China como um duplo pólo. Revista de Economia Política, "
        "v. 6, n. 3, Sept. 2006.\n"
    )
    assert [d.code for d in lint(text, select=["RL501"])] == ["RL501"]
    good = text.replace("n. 3, Sept.", "n. 3, p. 21-56, Sept.")
    assert lint(good, select=["RL501"]) == []
