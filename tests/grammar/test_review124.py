"""The real 124-entry list from a published review: every entry parses, fields land where they belong."""

import re

import pytest

from refslint.grammar import parse_entry
from refslint.model import Entry, Kind, PositionMap
from tests.data import REVIEW_124 as LIST


@pytest.fixture(scope="module")
def refs():
    out = {}
    for line in LIST.read_text(encoding="utf-8").splitlines():
        found = re.match(r"^(\d+)\.\s", line)
        if found:
            entry = Entry(
                line, PositionMap((0,), (1,), (1,)), len(out) + 1, int(found[1]), len(found[1]) + 1
            )
            out[entry.number] = parse_entry(entry)
    return out


def test_all_123_numbered_entries_parse_without_a_problem(refs):
    assert len(refs) == 123  # 111 is missing from the list itself
    assert [n for n, r in refs.items() if r.problem] == []


def test_every_journal_article_has_journal_year_volume_and_locator(refs):
    articles = {n: r for n, r in refs.items() if r.kind == Kind.ARTICLE}
    assert len(articles) >= 100
    for n, ref in articles.items():
        assert ref.container and ref.date and ref.title and ref.authors, n
        assert ref.pages or ref.article_number, n
        assert ref.volume or n == 51, (
            n
        )  # entry 51 really has no volume: "J Am Chem Soc 2021:9423-8"


def test_compact_article_fields(refs):
    ref = refs[1]
    assert [a.family for a in ref.authors] == ["Zheng", "Yao", "Ou"] and ref.et_al
    assert ref.container.text == "Chem Soc Rev"
    assert (ref.date.year, ref.volume.text, ref.pages.first, ref.pages.last) == (
        2020,
        "49",
        "8790",
        "8839",
    )
    assert ref.text[ref.title.span.start : ref.title.span.end] == ref.title.text
    assert ref.title.text.endswith("advanced structures")


def test_article_number_that_is_a_doi_fragment_is_read_as_article_number(refs):
    assert refs[19].article_number.text == "BFnpjcompumats201628"
    assert refs[123].article_number.text == "BFs415700180121"


def test_preprint_with_access_date(refs):
    ref = refs[14]
    assert ref.kind == Kind.PREPRINT and ref.container.text == "arXiv"
    assert (ref.date.year, ref.date.month, ref.date.day) == (2024, 3, 1)
    assert ref.accessed.iso() == "2024-10-21" and ref.access_wording == "accessed on"
    assert ref.doi.text == "10.48550/arXiv.2401.00096" and ref.arxiv.text == "2401.00096"
    assert refs[47].arxiv.text == "2312.15492"  # from an arxiv.org/html/...v1 link


def test_web_page(refs):
    ref = refs[54]
    assert ref.kind == Kind.WEBPAGE and ref.title.text == "The Materials Project"
    assert ref.urls[0].text == "https://www.Materialsproject.Org/"
    assert ref.accessed.iso() == "2024-10-21" and ref.access_wording == "Last accessed on"


def test_conference_paper_with_unknown_month(refs):
    ref = refs[74]
    assert ref.kind == Kind.CONFERENCE and ref.in_marker.text == "In."
    assert ref.container.text.startswith("SC20: International Conference")
    event = next(d for d in ref.dates if d.month_token and d.month_token.text == "Noc")
    assert event.month is None and (event.day, event.end_day) == (9, 19)
    assert ref.publisher.text == "IEEE" and ref.date.year == 2020 and ref.pages.text == "1-14"


def test_names_with_particles_diacritics_apostrophes_and_one_letter_family(refs):
    names = {a.text: a for n in (24, 72, 76, 87, 108) for a in refs[n].authors}
    assert names["O’Hayre R"].family == "O’Hayre"
    assert names["E W"].family == "E" and names["E W"].initials == "W"
    assert names["Péter Kovács D"].family == "Péter Kovács"
    assert names["de Picciotto L"].family == "de Picciotto"
    assert names["von Rottkay K"].initials == "K"
