"""A reference manager's fields printed as stored: a month's number (RL874), an ISSN (RL875), and
authors joined by `&` and then cut by `et al.` (RL876)."""

from __future__ import annotations

import pytest

CODES = ["RL874", "RL875", "RL876"]

# correct entries that come close: a day and a month's name, a volume and year in brackets, an
# issue's number before the year in the Physical Review's manner, a journal named `ISSN`-less, a
# whole author list joined by `&`, and `et al.` after a comma with no `&`
CLEAN = (
    "References\n"
    "D. Abad and J. Yague. Order flow toxicity. Spanish Review of Financial Economics, "
    "10(2):74–83, 2012. doi: 10.1016/j.srfe.2012.10.002.\n"
    "Smith, J., & Jones, K. (2014, 12 May). A talk on trading. Finance Blog. "
    "https://example.org/7-2012\n"
    "Brown D, Green E. Markets in motion. J Finance. 2012 Jul;7(2):1-9.\n"
    "Bai, Y., Jones, A., Ndousse, K., et al. (2022). Training a helpful assistant. "
    "https://arxiv.org/abs/2204.05862\n"
    "Book, G., Traue, A., & Balakrishna, P. (2021). Motor control. IEEE Open Journal of Power "
    "Electronics, 2, 187–201.\n"
    "Silver D, Huang A, Maddison CJ, et al. Mastering the game of Go. Nature. 2016;529:484-9.\n"
)


def _list(*entries: str) -> str:
    """The close correct entries, then `entries`: a list of several, as refslint reads one."""
    return CLEAN + "".join(entry + "\n" for entry in entries)


def test_correct_entries_that_look_close_are_silent(lint):
    assert lint(CLEAN, select=CODES) == []
    # the same list with one faulty entry more: it is read, and only that entry is flagged
    (d,) = lint(
        _list("A. Smith. Markets. Journal of Finance, 69(1):363–404, 2 2014."), select=CODES
    )
    assert d.code == "RL874" and d.line == 8


@pytest.mark.parametrize(
    ("entry", "printed"),
    [
        (
            "H. Ahn and J. Kang. Index options. Journal of Futures Markets, 28(12):1118–1146, "
            "12 2008. doi: 10.1002/FUT.20369.",
            "12 2008",
        ),
        (
            "O. Aktas. Trade classification. Journal of International Markets, 33:259–282, 8 2014.",
            "8 2014",
        ),
        ("D. Bongaerts. Informed trading. SSRN Electronic Journal, 12 2014.", "12 2014"),
        ("Smith, A. (2012). Order flow. Review of Finance, 16(3), 7 2012, 51–60.", "7 2012"),
    ],
)
def test_month_number_before_the_year(lint, entry, printed):
    (d,) = lint(_list(entry), select=["RL874"])
    assert d.code == "RL874" and f"`{printed}`" in d.message
    assert d.message.endswith(f"(`{printed.split()[1]}`) or the month's name")


@pytest.mark.parametrize(
    "entry",
    [
        # not a month: 13, a range of months, a page and year with no comma, and a number in a link
        "A. Smith. Markets. Journal of Finance, 69(1):363–404, 13 2014.",
        "A. Smith. Markets. Journal of Finance, 69(1):363–404, 7-8 2014.",
        "Smith A. Markets. J Finance 69 12 2014.",
        "A. Smith. Markets. Finance, 2014. URL https://example.org/a, 7 2012.html",
    ],
)
def test_what_is_not_a_month_number_is_silent(lint, entry):
    assert lint(_list(entry), select=["RL874"]) == []


@pytest.mark.parametrize(
    "issn", ["ISSN 1096-9934", "ISSN 00221082", "ISSN: 0304405X", "eISSN 1540-6261"]
)
def test_issn_in_an_article_is_flagged(lint, issn):
    entry = (
        "H. Ahn and J. Kang. Index options. Journal of Futures Markets, 28(12):1118–1146, 2008. "
        f"{issn}."
    )
    (d,) = lint(_list(entry), select=["RL875"])
    assert d.code == "RL875" and d.message.startswith(f"`{issn}`")


def test_issn_of_a_body_or_inside_a_link_is_silent(lint):
    text = _list(
        "World Health Organization. Annual report. Geneva: WHO; 2019. ISSN 1234-5678.",
        "Smith A. Markets. J Finance. 2014;69:363-404. Available from: "
        "https://example.org/ISSN-0022-1082",
    )
    assert lint(text, select=["RL875"]) == []


@pytest.mark.parametrize(
    ("entry", "name", "join"),
    [
        (
            "Bai, Y., Jones, A., & Ndousse, K. et al. (2022). Training a helpful assistant. "
            "https://arxiv.org/abs/2204.05862",
            "Ndousse, K.",
            "&",
        ),
        (
            "Silver, D., Huang, A., & Maddison, C. J., et al. (2016). Mastering Go. Nature, 529, "
            "484–489.",
            "Maddison, C. J.",
            "&",
        ),
        (
            "D. Silver, A. Huang and C. J. Maddison et al. Mastering Go. Nature, 529:484–489, 2016.",
            "C. J. Maddison",
            "and",
        ),
        (
            "Jaderberg, M., Vinyals, O., & M. Czarnecki, W. et al. (2019). StarCraft II. Nature, "
            "575, 350–354.",
            "M. Czarnecki, W.",
            "&",
        ),
    ],
)
def test_joined_then_cut_is_flagged(lint, entry, name, join):
    (d,) = lint(_list(entry), select=["RL876"])
    assert d.code == "RL876"
    assert d.message.startswith(f"the authors are joined by `{join}` before `{name}`")
