"""RL524 on a house's name capitalised but for its house word (`Academic press`), in Vancouver's,
Copernicus' and APA's forms, and the names and words near it where it keeps quiet; Copernicus'
books read (`Title, Publisher, Place, 771 pp., Year.`)."""

from __future__ import annotations

import pytest

from refslint.grammar import parse_entry
from refslint.model import Kind
from refslint.sources import read_document

COPERNICUS_BOOK = "Hillel, D.: Environmental soil physics, Academic Press, London, 771 pp., 1998."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "1. Hillel D. Environmental soil physics. London: Academic press; 1998.\n",
            "Academic Press",
        ),
        (
            "References\nHillel, D.: Environmental soil physics, Academic press, London, 771 pp., "
            "1998.\n",
            "Academic Press",
        ),
        (
            "1. Holm, J. (1987). Cereals in a European context. Chichester: Ellis Horwood "
            "publishers.\n",
            "Ellis Horwood Publishers",
        ),
    ],
)
def test_a_house_word_in_lower_case(lint, text, name):
    (finding,) = lint(text, select=["RL524"])
    assert "in lower case" in finding.message
    assert finding.message.endswith(f"write `{name}`")


@pytest.mark.parametrize(
    "text",
    [
        "1. Hillel D. Environmental soil physics. London: Academic Press; 1998.\n",
        f"References\n{COPERNICUS_BOOK}\n",
        # a press release, and the word in a title, are not a house's name
        "1. WHO. Measles cases rise. Geneva: WHO Press Office press release; 2019.\n",
        "1. Smith J. Freedom of the Free press in Europe. London: Verso; 2001.\n",
    ],
)
def test_house_names_as_printed_pass(lint, text):
    assert lint(text, select=["RL524"]) == []


def test_a_copernicus_book_is_read_with_its_publisher_and_place():
    ref = parse_entry(read_document("refs.txt", f"References\n{COPERNICUS_BOOK}\n").entries[0])
    assert ref.kind is Kind.BOOK
    assert ref.title is not None and ref.title.text == "Environmental soil physics"
    assert ref.publisher is not None and ref.publisher.text == "Academic Press"
    assert ref.place is not None and ref.place.text == "London"
    assert ref.date is not None and ref.date.year == 1998
