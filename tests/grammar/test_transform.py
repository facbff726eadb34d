"""The transformer's hand-written shortcuts agree with the patterns and shapes they stand in for."""

import itertools

import pytest

from refslint.grammar.fragments import SENTENCE_END
from refslint.grammar.transform import _closing_at
from tests.grammar.reading import parse


def test_closing_at_finds_what_the_sentence_end_pattern_finds():
    # Every string of up to five characters over the punctuation that matters and two others.
    for size in range(1, 6):
        for chars in itertools.product(".?!\"'”’»a ", repeat=size):
            text = "".join(chars).rstrip()
            if not text:
                continue
            found = SENTENCE_END.search(text)
            assert _closing_at(text) == (found.start() if found else -1), text


@pytest.mark.parametrize(
    ("tail", "volume", "issue", "supplement", "pages"),
    [
        (";49(7):8790-839.", "49", "7", None, "8790-839"),
        (";12( 4 ) Suppl 2:S12-20.", "12", " 4 ", "Suppl 2", "S12-20"),
        ("(3):45-9.", None, "3", None, "45-9"),
        (":123.", None, None, None, "123"),
    ],
)
def test_each_tail_shape_gives_its_fields_with_their_spans(tail, volume, issue, supplement, pages):
    ref = parse(f"Doe J. A title. J Biol Chem. 2020{tail}")
    for found, want in ((ref.volume, volume), (ref.issue, issue), (ref.supplement, supplement)):
        assert (found.text if found else None) == want
        assert found is None or ref.text[found.span.start : found.span.end] == found.text
    assert ref.pages.text == pages
    assert ref.text[ref.pages.span.start : ref.pages.span.end] == pages


@pytest.mark.parametrize(("printed", "year", "start"), [("2020", 2020, 0), ("c2019", 2019, 1)])
def test_a_year_alone_keeps_its_printed_form(printed, year, start):
    ref = parse(f"Doe J. A book. Geneva: WHO; {printed}.")
    at = ref.text.index(printed)
    assert (ref.date.text, ref.date.year, ref.date.month) == (printed, year, None)
    assert (ref.date.span.start, ref.date.year_span.start) == (at, at + start)
