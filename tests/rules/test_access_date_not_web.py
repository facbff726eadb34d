"""A thesis, report or book that gives a link is not a web page: its access date is optional,
so RL304 stays silent on it; a page known only by its URL still needs one, and so does whatever
Citing Medicine sets out as read online (`Available from:`)."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    "entry",
    [
        # IOP/physics: a thesis, its university before the link, no thesis mark
        "[9] Paik C-H 1993 Pitting corrosion of aluminium alloys at iron inclusions University "
        "of Illinois at Urbana-Champaign (https://example.org/openview/61e55d95/1)",
        # Harvard: a marked thesis with its link
        "9. Lee, K. (2001) Food microbiology in schools. PhD thesis. University of Leeds. "
        "https://example.org/etd/1234",
        # APA: a doctoral thesis from a repository
        "9. Souza, M. (2019). Redes de cuidado (Tese de doutorado). Universidade de Sao Paulo. "
        "https://example.org/teses/2019.pdf",
        # a technical report with its number
        "9. Wang J, Li Q. Flood risk in coastal towns. Technical Report TR-2020-14. "
        "https://example.org/reports/tr-2020-14.pdf",
        # a book with its ISBN
        "9. Brown TA. Gene cloning and DNA analysis. ISBN 978-1-119-07256-0. "
        "https://example.org/books/gene-cloning",
        # a book whose house and year stand as sentences of their own, linked to a shop's page
        "9. Wilkinson MJ, Taub PR. Prevention of heart disease. Springer Nature. 2021. "
        "https://example.org/store/books/details?id=X1",
        "9. Hale R. Soil and water. Oxford University Press; 2019. https://example.org/soil",
    ],
)
def test_a_thesis_report_or_book_with_a_link_needs_no_access_date(lint, entry):
    assert lint(entry + "\n", today=TODAY, select=["RL304"]) == []


@pytest.mark.parametrize(
    "entry",
    [
        "9. MatBench. Available from: https://example.org/matbench/.",
        "9. World Health Organization. Hand hygiene in schools [Internet]. Available from: "
        "https://example.org/who/hand-hygiene",
        # a university's own page: the university is the author, not the degree's grantor
        "9. University of Oxford. Research data policy. https://example.org/oxford/rdm",
        # a press named in the title is no imprint, nor a press with no year after it
        "9. Smith J. How Cambridge University Press prints. 2021. https://example.org/cup",
        "9. Smith J. News of the press. Oxford University Press. https://example.org/oup/news",
        # a person's page whose title names a university and ends before the link is still a
        # page when it says so
        "9. Smith J. Visiting the University of Leeds [Internet]. https://example.org/leeds",
        # Citing Medicine dates whatever was read online, a thesis too (PLOS: `Available:`)
        "9. Lee K. Food microbiology in schools [dissertation]. Leeds: University of Leeds; "
        "2001. Available from: https://example.org/etd/1234",
        "9. Ma H (2002) Study of expression of PTEN in vulvar cancer. M.Sc. Thesis. Qingdao "
        "University. 2002. Available: https://example.org/cnki/2002093004",
    ],
)
def test_a_web_page_still_needs_one(lint, entry):
    found = lint(entry + "\n", today=TODAY, select=["RL304"])
    assert [(d.code, d.entry) for d in found] == [("RL304", 9)]
