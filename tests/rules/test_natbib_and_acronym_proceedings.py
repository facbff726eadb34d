"""BibTeX's natbib styles (`Journal, 10(2):74–83, 2012.`) have no field for an access date, so
RL304 asks none of their web sources; a meeting named by its acronym alone after `In:` (`In:
AAAI. 2018.`) is a proceedings, not a book whose publisher RL501 asks for."""

from __future__ import annotations

from refslint.model import Kind
from tests.grammar.reading import parse

_ARTICLES = [
    "D. Abad and J. Yagüe. From pin to vpin. Spanish Review of Financial Economics, "
    "10(2):74–83, 7 2012. doi: 10.1016/j.srfe.2012.10.002.",
    "H. Ahn and D. Ryu. Informed trading in options. Journal of Futures Markets, "
    "28(12):1118–1146, 12 2008.",
    "D. Easley and M. O'Hara. Time and the process of price adjustment. Journal of Finance, "
    "47(2):577–605, 1992.",
    "K. Chan and W. Fong. Trade size and volatility. Journal of Financial Economics, "
    "57(2):247–273, 2000.",
    "L. Glosten and P. Milgrom. Bid, ask and transaction prices. Journal of Financial Economics, "
    "14(1):71–100, 1985.",
]
_PACKAGE = (
    "D. Vaughan and M. Dancho. furrr: Apply Mapping Functions in Parallel using Futures, 2022. "
    "https://github.com/DavisVaughan/furrr, https://furrr.futureverse.org/."
)


def _numbered(entries: list[str]) -> str:
    return "\n".join(f"{i}. {entry}" for i, entry in enumerate(entries, 1)) + "\n"


def test_a_natbib_list_asks_its_web_sources_no_access_date(lint):
    text = _numbered([*_ARTICLES, _PACKAGE])
    assert lint(text, select=["RL304"]) == []


def test_a_list_of_other_articles_still_asks_one(lint):
    vancouver = [
        "Abad D, Yagüe J. From pin to vpin. Span Rev Financ Econ. 2012;10(2):74-83.",
        "Ahn H, Ryu D. Informed trading in options. J Futures Mark. 2008;28(12):1118-46.",
        "Easley D, O'Hara M. Price adjustment. J Finance. 1992;47(2):577-605.",
        "Chan K, Fong W. Trade size and volatility. J Financ Econ. 2000;57(2):247-73.",
        "Glosten L, Milgrom P. Bid, ask and transaction prices. J Financ Econ. 1985;14(1):71-100.",
        "OQMD: the open quantum materials database. https://oqmd.org",
    ]
    found = lint(_numbered(vancouver), select=["RL304"])
    assert [(d.code, d.entry) for d in found] == [("RL304", 6)]


def test_natbib_articles_in_a_few_entries_only_do_not_decide_the_style(lint):
    pages = [f"Page number {n}. https://example.org/page{n}" for n in range(1, 7)]
    found = lint(_numbered([*_ARTICLES, *pages]), select=["RL304"])
    assert len(found) == 6


# `plainurl`/`alphaurl`: the month's name before the year; a `@misc` page dated by the month and
# year after its link
_ALPHA = [
    "F. Corradini and B. Re. A formal approach. Journal of Systems and Software, 180:111007, "
    "October 2021. doi:10.1016/j.jss.2021.111007.",
    "F. Corradini and C. Muzi. Formalising instances. Information Systems, 103:101459, January "
    "2022. doi:10.1016/j.is.2019.101459.",
    "A. Rensink and E. Zambon. Graph transformation. Software and Systems Modeling, "
    "12(2):249–270, 2013.",
    "S. Schneider and T. Wahl. Process models. Formal Aspects of Computing, 33(4):625–650, "
    "August 2021.",
    "W. Aalst and A. Hofstede. Workflow patterns. Distributed and Parallel Databases, 14:5–51, "
    "July 2003.",
]
_MISC = "Camunda Services GmbH. Bpmnlint. https://github.com/bpmn-io/bpmnlint, October 2023."


def test_alphaurl_articles_and_a_page_dated_after_its_link_ask_no_access_date(lint):
    assert lint(_numbered([*_ALPHA, _MISC]), select=["RL304"]) == []
    # the month and year after the link date a page in any list
    vancouver = [
        "Abad D, Yagüe J. From pin to vpin. Span Rev Financ Econ. 2012;10(2):74-83.",
        "Ahn H, Ryu D. Informed trading in options. J Futures Mark. 2008;28(12):1118-46.",
        _MISC,
        "Bpmn-js. https://github.com/bpmn-io/bpmn-js",
    ]
    found = lint(_numbered(vancouver), select=["RL304"])
    assert [d.entry for d in found] == [4]


def test_a_physics_list_with_dois_after_the_year_asks_no_access_date(lint):
    scipost = [
        f"A. Author{n} and B. Writer, Title {n}, Phys. Rev. A {80 + n}, 0223{n}6 (2011), "
        f"doi:10.1103/PhysRevA.{80 + n}.0223{n}6."
        for n in range(1, 6)
    ]
    nlopt = (
        "S. G. Johnson, The NLopt nonlinear-optimization package, http://ab-initio.mit.edu/nlopt."
    )
    assert lint(_numbered([*scipost, nlopt]), select=["RL304"]) == []


_QUOTED = 'Y. Zhang and L. Song. "Variational Reasoning for Question Answering." In: '


def test_an_acronym_alone_after_in_is_a_meeting(lint):
    for meeting in ("AAAI. 2018.", "ICML 2019. 2019.", "NeurIPS. 2020.", "EMNLP-IJCNLP. 2019."):
        assert parse(_QUOTED + meeting).kind is Kind.CONFERENCE, meeting
        assert lint("1. " + _QUOTED + meeting + "\n", select=["RL501"]) == []


def test_a_book_with_a_title_of_words_is_still_a_chapter(lint):
    for book in ("Reasoning Systems. 2018.", "DNA. 2018.", "Handbook of AI. 2018."):
        assert parse(_QUOTED + book).kind is Kind.CHAPTER, book
    found = lint("1. " + _QUOTED + "Reasoning Systems. 2018.\n", select=["RL501"])
    assert [d.code for d in found] == ["RL501"]
