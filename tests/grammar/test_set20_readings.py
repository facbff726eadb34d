"""Readings the twentieth held-out set asked for: IEEE's double issue dated by two months joined
by a slash (`Jan./Feb. 2018`), and its lower-case `in` before the proceedings or book, which marks
the container as `In:` does in other styles."""

from __future__ import annotations

import pytest

from refslint.model import Kind
from tests.grammar.reading import parse

ARTICLE = (
    "A. Saracino and F. Martinelli, “Behavior-based malware detection,” IEEE Trans. Dependable"
    " Secure Comput., vol. 15, no. 1, pp. 83–97, {date}."
)


@pytest.mark.parametrize(
    ("date", "first", "last"),
    [("Jan./Feb. 2018", 1, 2), ("Nov./Dec. 2019", 11, 12), ("Jan.–Feb. 2018", 1, 2)],
)
def test_two_months_joined_by_a_slash_or_a_dash_date_a_double_issue(date, first, last):
    ref = parse(ARTICLE.format(date=date))
    assert ref.kind is Kind.ARTICLE
    assert ref.date is not None and ref.date.text == date
    assert (ref.date.month, ref.date.end_month) == (first, last)
    assert ref.date.end_month_token is not None and ref.date.end_month_token.text[:3] in (
        "Feb",
        "Dec",
    )


def test_one_month_keeps_no_end_month():
    ref = parse(ARTICLE.format(date="Jan. 2018"))
    assert ref.date is not None and (ref.date.month, ref.date.end_month) == (1, None)


@pytest.mark.parametrize(
    ("text", "container"),
    [
        (
            "L. Deshotels and A. Lakhotia, “Automated familial classification of Android"
            " malware,” in Proc. ACM SIGPLAN Program Protection Reverse Eng. Workshop (PPREW),"
            " 2014, pp. 1–12.",
            "Proc. ACM SIGPLAN Program Protection Reverse Eng. Workshop (PPREW)",
        ),
        (
            "K. W. Wong and H. Kress-Gazit, “Need-based coordination for robot control,” in 2016"
            " IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS), Oct 2016,"
            " pp. 2209–2216.",
            "2016 IEEE/RSJ International Conference on Intelligent Robots and Systems (IROS)",
        ),
    ],
)
def test_ieees_lower_case_in_is_the_containers_mark(text, container):
    ref = parse(text)
    assert ref.kind is Kind.CONFERENCE
    assert ref.container is not None and ref.container.text == container
    assert ref.in_marker is not None and ref.in_marker.text == "in"
    assert text[ref.in_marker.span.start : ref.in_marker.span.end] == "in"


def test_proceedings_with_no_in_have_no_mark():
    ref = parse(
        'H. Shin and C. Hu, "Thin oxide damage by plasma etching," Proc. IEEE/IRPS, pp. 37-41, 1992.'
    )
    assert ref.kind is Kind.CONFERENCE
    assert ref.in_marker is None


@pytest.mark.parametrize(
    ("after", "publisher", "place"),
    [
        ("NIST Special Publication, Tech. Rep., Nov. 2017.", "NIST Special Publication", None),
        (
            "U.S. Department of Agriculture, Forest Service, Rocky Mountain Research Station,"
            " Tech. Rep., Mar. 2018.",
            "U.S. Department of Agriculture, Forest Service, Rocky Mountain Research Station",
            None,
        ),
        (
            "Dept. Mech. Eng., Stanford Univ., Stanford, CA, USA, Tech. Rep. TR-12, 2019.",
            "Dept. Mech. Eng., Stanford Univ.",
            "Stanford, CA, USA",
        ),
        ("Tech. Rep., 2019.", None, None),
    ],
)
def test_the_body_before_tech_rep_issued_the_report(after, publisher, place):
    ref = parse(f"D. Thomas and J. Fung, “The costs and losses of wildfires,” {after}")
    assert ref.kind is Kind.REPORT
    assert (None if ref.publisher is None else ref.publisher.text) == publisher
    assert (None if ref.place is None else ref.place.text) == place
