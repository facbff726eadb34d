"""biblatex's standard styles print `In:` before a journal and a preprint server as before a book:
`“Title.” In: Journal 9.8 (1997), pp. 1–9.` is read as a journal article and `In: arXiv preprint
arXiv:NNNN.NNNNN (2019).` as a preprint, not as chapters without a publisher."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse

_NAMES = "A. Novak and B. Okafor. "


@pytest.mark.parametrize(
    ("tail", "journal", "volume", "issue", "year", "pages"),
    [
        (
            "In: Neural Computation 9.8 (1997), pp. 1735–1780.",
            "Neural Computation",
            "9",
            "8",
            1997,
            "1735–1780",
        ),
        (
            "In: Nature 585 (2020), pp. 357–362. DOI: 10.1038/s41586-020-2649-2.",
            "Nature",
            "585",
            None,
            2020,
            "357–362",
        ),
        (
            "In: Journal of Plant Ecology 12.3 (2019), p. 44.",
            "Journal of Plant Ecology",
            "12",
            "3",
            2019,
            "44",
        ),
        ("In: Semantic Web 6.2 (2015).", "Semantic Web", "6", "2", 2015, None),
        # the month with the year, and an abbreviated journal whose periods end sentences
        (
            "In: Commun. ACM 61.5 (Apr. 2018), pp. 103–115. DOI: 10.1145/3191513.",
            "Commun. ACM",
            "61",
            "5",
            2018,
            "103–115",
        ),
        ("In: Phys. Rev. Lett. 12 (Sept. 2001), p. 7.", "Phys. Rev. Lett.", "12", None, 2001, "7"),
        ("In: Ecology 88.4 (April 2007), pp. 9–19.", "Ecology", "88", "4", 2007, "9–19"),
    ],
)
def test_a_journal_after_in_is_an_article(tail, journal, volume, issue, year, pages):
    ref = parse(_NAMES + "“A Study of Things.” " + tail)
    assert ref.kind is Kind.ARTICLE
    assert ref.container is not None and ref.container.text == journal
    assert ref.volume is not None and ref.volume.text == volume
    assert (ref.issue.text if ref.issue else None) == issue
    assert ref.date is not None and ref.date.year == year
    assert (ref.pages.text if ref.pages else None) == pages


@pytest.mark.parametrize(
    "tail",
    [
        "In: arXiv preprint arXiv:1901.09590 (2019).",
        "In: CoRR abs/1901.09590 (2019).",
        "In: CoRR abs/1901.09590 (2019). arXiv: 1901.09590. URL: http://arxiv.org/abs/1901.09590.",
        "In: arXiv e-prints (2019). arXiv: 1901.09590.",
    ],
)
def test_a_preprint_server_after_in_is_a_preprint(tail):
    ref = parse(_NAMES + "“A Study of Things.” " + tail)
    assert ref.kind is Kind.PREPRINT
    assert ref.date is not None and ref.date.year == 2019
    assert ref.container is not None and ref.container.text.startswith(tail[4:8])


@pytest.mark.parametrize(
    "tail",
    [
        # a book and a proceedings keep their reading
        "In: Handbook of Things. Ed. by C. Lee. Berlin: Springer, 2019, pp. 1–20.",
        "In: Proceedings of the 12th Workshop on Things. Online: ACL, July 2020, pp. 1–9.",
        "In: Advances in Things 2. Berlin: Springer, 2019, pp. 1–20.",
        # a meeting's year is no volume
        "In: Proc. Workshop on Things. Berlin: Springer, Apr. 2019, pp. 1–9.",
        "In: Workshop on Things 2019 (2019), pp. 1–9.",
        # the server's name inside a proceedings' title is no preprint
        "In: arXiv Workshop on Things. Berlin: Springer, 2019, pp. 1–20.",
    ],
)
def test_a_book_or_proceedings_after_in_is_no_article(tail):
    ref = parse(_NAMES + "“A Study of Things.” " + tail)
    assert ref.kind in (Kind.CHAPTER, Kind.CONFERENCE)
