"""IEEE's labelled volume and issue (`Journal, vol. 55, no. 4, pp. 1572–1582, 2012.`): read as the
article's volume and issue, with the quoted title and the journal between them told apart."""

from pathlib import Path

import pytest

from refslint.model import Kind
from tests.grammar.reading import names, parse

LISTS = Path(__file__).parents[1] / "lists"


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume", "issue", "pages", "year"),
    [
        (
            "B. A. Writer and J.-F. Autor, “A preclinical review,” CNS Drug Reviews, vol. 9, "
            "no. 1, pp. 41–56, 2003.",
            "A preclinical review",
            "CNS Drug Reviews",
            "9",
            "1",
            "41–56",
            2003,
        ),
        (  # no issue, the comma outside the quotation marks, an abbreviated journal
            'A. Author, "Composite electrolytes", Chem. Soc. Rev., vol. 49, pp. 8790-8839, 2020.',
            "Composite electrolytes",
            "Chem. Soc. Rev.",
            "49",
            None,
            "8790-8839",
            2020,
        ),
        (  # a month before the year, `Vol.` capitalised
            "J. Doe, “A title,” IEEE Trans. Comput., Vol. 12, no. 3, pp. 1–9, Jan. 2016.",
            "A title",
            "IEEE Trans. Comput.",
            "12",
            "3",
            "1–9",
            2016,
        ),
        (  # no quotation marks: the title ends at its period
            "J. Doe, A title of the work. IEEE Trans. Comput., vol. 12, pp. 1–9, 2012.",
            "A title of the work",
            "IEEE Trans. Comput.",
            "12",
            None,
            "1–9",
            2012,
        ),
    ],
)
def test_labelled_volume_and_issue_are_read(text, title, journal, volume, issue, pages, year):
    ref = parse(text)
    assert ref.kind == Kind.ARTICLE
    assert ref.title is not None and ref.title.text == title
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.volume.text == volume
    assert (ref.issue.text if ref.issue else None) == issue
    assert ref.pages is not None and ref.pages.text == pages
    assert ref.date is not None and ref.date.year == year
    # the fields' spans point at their text
    assert ref.text[ref.volume.span.start : ref.volume.span.end] == volume


def test_a_month_and_year_after_the_pages_and_a_doi_after_them_are_read():
    ref = parse(
        "Y. LeCun, Y. Bengio, and G. Hinton, “Deep learning,” Nature, vol. 521, no. 7553, "
        "pp. 436–444, May 2015, doi: 10.1038/nature14539."
    )
    assert ref.date is not None and (ref.date.year, ref.date.month) == (2015, 5)
    assert ref.pages is not None and ref.pages.text == "436–444"
    assert ref.doi is not None and ref.doi.text == "10.1038/nature14539"


def test_an_article_number_and_et_al_after_initials_first():
    ref = parse(
        "M. Chen et al., “A survey on edge computing,” IEEE Access, vol. 8, Art. no. 123456, 2020."
    )
    assert names(ref.authors) == [("Chen", "M")] and ref.et_al is not None
    assert ref.article_number is not None and ref.article_number.text == "123456"
    assert ref.volume is not None and ref.volume.text == "8"
    assert ref.date is not None and ref.date.year == 2020


def test_an_ieee_list_raises_no_finding(lint):
    """Eight IEEE entries as IEEE prints them (articles, a conference paper, a book, a preprint):
    nothing to flag offline."""
    text = (LISTS / "ieee-clean.txt").read_text(encoding="utf-8")
    assert [(d.entry, d.code) for d in lint(text) if d.code != "RL409"] == []


def test_initials_with_a_hyphen_first_are_a_name():
    ref = parse(
        "J.-F. Autor, M. Deville, and F. I. Tarazi, “New derivatives,” Journal of Medicinal "
        "Chemistry, vol. 55, no. 4, pp. 1572–1582, 2012."
    )
    assert names(ref.authors) == [("Autor", "J-F"), ("Deville", "M"), ("Tarazi", "FI")]


@pytest.mark.parametrize(
    "text",
    [
        # a book's `vol. 124.` with no comma after it stays text
        "Plummer M. JAGS. In: Proceedings of the Workshop. vol. 124. Vienna; 2003. p. 125.",
        # a title's `No. 5` is no issue
        "Smith J. Symphony No. 5, a study. Music J. 2001;12:4-9.",
        # Vancouver's volume after the year
        "Smith J. A title. Nat Med. 2012;18(3):1572-82.",
    ],
)
def test_other_forms_do_not_take_a_labelled_volume(text):
    ref = parse(text)
    assert ref.volume is None or ref.text[: ref.volume.span.start].rstrip()[-4:] != "vol."


def test_the_required_fields_rule_reads_ieee_articles(lint):
    """Complete IEEE articles pass RL501; one whose pages were left out is reported, as a journal
    article (before the volume was read, the entry's kind could not be told and it passed)."""
    entries = [
        "A. One, “First work,” Journal of Things, vol. 3, no. 1, pp. 1–9, 2010.",
        "B. Two, “Second work,” Journal of Things, vol. 4, no. 2, pp. 10–19, 2011.",
        "C. Three, “Third work,” Journal of Things, vol. 5, no. 1, 2012.",
    ]
    text = "".join(f"[{n}] {e}\n" for n, e in enumerate(entries, 1))
    found = [(d.entry, d.code) for d in lint(text) if d.code in {"RL501", "RL001"}]
    assert found == [(3, "RL501")]
