"""A registry record in one line, as the language server lists it under a lookup finding."""

from __future__ import annotations

from refslint.diagnostics import RecordComparison, RecordField


def comparison(*fields: RecordField) -> RecordComparison:
    return RecordComparison("Crossref", "10.1038/srep16696", fields)


def test_the_line_names_the_work_then_what_differs():
    record = comparison(
        RecordField("authors", "Lee H, Kim J", "Lee H, Kim J, Park S, Cho Y"),
        RecordField("title", "A short title", "A short title"),
        RecordField("year", "2018", "2019", True),
        RecordField("volume", "", "12", False),
        RecordField("page", "101", "", True),
    )
    assert record.summary() == (
        "record: title 'A short title' (2019) by Lee H, Kim J, Park S, et al., "
        "doi:10.1038/srep16696 (Crossref); differs: year 2019 (entry 2018), page (none) (entry 101)"
    )
    assert [f.name for f in record.differing()] == ["year", "page"]


def test_a_long_title_is_cut_and_a_bare_record_still_names_its_doi():
    record = comparison(RecordField("title", "x", "word " * 30))
    line = record.summary(longest=20)
    assert line == "record: title 'word word word word…', doi:10.1038/srep16696 (Crossref)"
    assert comparison().summary() == "record: doi:10.1038/srep16696 (Crossref)"
