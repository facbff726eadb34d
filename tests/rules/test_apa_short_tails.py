"""APA's article sentence that lost its pages or its volume (`Journal, 4(1).`, `Journal,
119–147.`) read as an article, so that RL501 says what is lost; a meeting's proceedings set out
so, and a name that is no journal's, are left alone. Entries written for these tests."""

from __future__ import annotations

import datetime as dt

from refslint.engine import lint_text
from refslint.grammar import parse_entry
from refslint.model import Kind
from refslint.sources import read_document

TODAY = dt.date(2024, 8, 1)


def _ref(entry: str):
    return parse_entry(read_document("refs.txt", f"References\n{entry}\n").entries[0])


def _messages(entry: str) -> list[str]:
    text = f"References\n{entry}\n"
    return [f.message for f in lint_text(text, select=["RL501"], offline=True, today=TODAY)]


def test_an_article_without_its_volume_is_read_and_flagged():
    entry = (
        "Huddy, L., & Terkildsen, N. (1993). Gender stereotypes and candidates. American "
        "Journal of Political Science, 119–147."
    )
    ref = _ref(entry)
    assert ref.kind is Kind.ARTICLE and ref.volume is None
    assert ref.pages is not None and ref.pages.text == "119–147"
    assert [m.split(";")[0] for m in _messages(entry)] == ["journal article has no volume"]


def test_an_article_without_its_pages_is_read_and_flagged():
    entry = (
        "Neumann, M., & Ridout, T. N. (2022). Body language in campaign video. Computational "
        "Communication Research, 4(1)."
    )
    ref = _ref(entry)
    assert ref.kind is Kind.ARTICLE
    assert (ref.volume.text, ref.issue.text) == ("4", "1")
    assert [m.split(";")[0] for m in _messages(entry)] == [
        "journal article has no pages or article number"
    ]


def test_a_whole_article_passes():
    entry = (
        "Neumann, M., & Ridout, T. N. (2022). Body language in campaign video. Computational "
        "Communication Research, 4(1), 1–29."
    )
    assert _messages(entry) == []


def test_proceedings_set_out_so_are_not_asked_for_a_volume():
    entry = (
        "Khodak, M., & Arora, S. (2018). Cheap induction of feature vectors. Proceedings of the "
        "56th Annual Meeting of the Association for Computational Linguistics, 12–22."
    )
    assert _ref(entry).kind is not Kind.ARTICLE


def test_a_name_that_is_no_journals_is_not_read_so():
    entry = "Smith, J. (2020). Notes on gardens. Green Thoughts, 12."
    assert _ref(entry).kind is not Kind.ARTICLE
