"""CSL-JSON and span JSON from References built by hand, checked against the CSL schema's types."""

from __future__ import annotations

import calendar
import json
from typing import Any

import pytest

from refslint.csl import to_csl, to_csl_list, to_span_json
from refslint.model import (
    Author,
    Entry,
    Field,
    Kind,
    Pages,
    ParseProblem,
    PartialDate,
    PositionMap,
    Reference,
    Span,
)

# --- a structural check of CSL-JSON, after the CSL 1.0.2 data schema ------------------------------

CSL_TYPES = {
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
    "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
    "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
    "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
    "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
    "standard", "thesis", "treaty", "webpage",
}  # fmt: skip
NAME_VARIABLES = {
    "author", "chair", "collection-editor", "compiler", "composer", "container-author",
    "contributor", "curator", "director", "editor", "editorial-director", "executive-producer",
    "guest", "host", "illustrator", "interviewer", "narrator", "organizer", "original-author",
    "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator",
    "translator",
}  # fmt: skip
DATE_VARIABLES = {
    "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
}  # fmt: skip
TEXT_VARIABLES = {
    "citation-number", "collection-number", "container-title", "container-title-short", "DOI",
    "edition", "event-place", "event-title", "genre", "ISBN", "ISSN", "issue", "language",
    "medium", "note", "number", "page", "page-first", "PMCID", "PMID", "publisher",
    "publisher-place", "source", "status", "title", "title-short", "URL", "version", "volume",
}  # fmt: skip
NAME_KEYS = {
    "family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal",
}  # fmt: skip


def csl_problems(item: Any) -> list[str]:
    """Every way `item` breaks the CSL-JSON schema's types; empty when a processor will take it."""
    if not isinstance(item, dict):
        return ["item is not an object"]
    found = []
    if not isinstance(item.get("id"), (str, int)) or item.get("id") == "":
        found.append("id must be a non-empty string or a number")
    if item.get("type") not in CSL_TYPES:
        found.append(f"type {item.get('type')!r} is not a CSL type")
    for key, value in item.items():
        if key in ("id", "type"):
            continue
        if key in NAME_VARIABLES:
            found += [f"{key}: {p}" for p in _name_problems(value)]
        elif key in DATE_VARIABLES:
            found += [f"{key}: {p}" for p in _date_problems(value)]
        elif key in TEXT_VARIABLES:
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                found.append(f"{key} must be a string or number, not {type(value).__name__}")
            elif value == "":
                found.append(f"{key} is an empty string")
        else:
            found.append(f"{key} is not a CSL variable")
    return found


def _name_problems(value: Any) -> list[str]:
    if not isinstance(value, list) or not value:
        return ["names must be a non-empty list"]
    found = []
    for name in value:
        if not isinstance(name, dict):
            found.append(f"name {name!r} is not an object")
            continue
        if set(name) - NAME_KEYS:
            found.append(f"unknown name parts {sorted(set(name) - NAME_KEYS)}")
        if any(not isinstance(v, str) or not v for v in name.values()):
            found.append(f"name parts must be non-empty strings: {name!r}")
        if "literal" in name and ("family" in name or "given" in name):
            found.append("a literal name has no family or given part")
        if "literal" not in name and "family" not in name:
            found.append(f"name {name!r} has neither family nor literal")
        if "et al" in json.dumps(name).lower():
            found.append("'et al.' is not a name")
    return found


def _date_problems(value: Any) -> list[str]:
    if not isinstance(value, dict):
        return ["a date must be an object"]
    if set(value) - {"date-parts", "season", "circa", "literal", "raw"}:
        return [f"unknown date keys {sorted(value)}"]
    parts = value.get("date-parts")
    if not isinstance(parts, list) or not 1 <= len(parts) <= 2:
        return ["date-parts must be a list of one or two dates"]
    found = []
    for part in parts:
        if (
            not isinstance(part, list)
            or not 1 <= len(part) <= 3
            or not all(type(p) is int for p in part)
        ):
            found.append(f"date-part {part!r} must be 1-3 integers")
            continue
        if len(part) > 1 and not 1 <= part[1] <= 12:
            found.append(f"month {part[1]} in {part!r}")
        elif len(part) > 2 and not 1 <= part[2] <= calendar.monthrange(part[0], part[1])[1]:
            found.append(f"day {part[2]} in {part!r}")
    return found


def test_structural_check_rejects_what_a_processor_would():
    good = {"id": "ref-1", "type": "article-journal", "issued": {"date-parts": [[2020, 2, 29]]}}
    assert csl_problems(good) == []
    assert csl_problems({**good, "type": "journal-article"})
    assert csl_problems({**good, "author": "Zheng Y"})
    assert csl_problems({**good, "author": [{"family": "Zheng", "initials": "Y"}]})
    assert csl_problems({**good, "author": [{"literal": "et al."}]})
    assert csl_problems({**good, "issued": {"date-parts": [[2020, 0]]}})
    assert csl_problems({**good, "issued": {"date-parts": [[2021, 2, 29]]}})
    assert csl_problems({**good, "issued": {"date-parts": [["2020", "Noc"]]}})
    assert csl_problems({**good, "volume": ""})
    assert csl_problems({**good, "volume": None})
    assert csl_problems({**good, "doi": "10.1/x"})


# --- building References by hand --------------------------------------------------------------


def at(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part))


def fld(text: str, part: str, after: int = 0) -> Field:
    return Field(part, at(text, part, after))


def author(text: str, printed: str, family: str, initials: str = "", **kw: Any) -> Author:
    return Author(printed, at(text, printed), family, initials, **kw)


def date(
    text: str, printed: str, year: int, month_word: str | None = None, **kw: Any
) -> PartialDate:
    span = at(text, printed)
    token = Field(month_word, at(text, month_word, span.start)) if month_word else None
    return PartialDate(
        printed, span, year, at(text, str(year), span.start), month_token=token, **kw
    )


def label(text: str) -> Field:
    return fld(text, text.split(" ", 1)[0])


ARTICLE = (
    "1. Zheng Y, Yao Y, Ou J, et al. A review of composite solid-state electrolytes for "
    "lithium batteries. Chem Soc Rev 2020;49:8790\u2013839."
)


def article() -> Reference:
    t = ARTICLE
    return Reference(
        text=t,
        index=1,
        number=1,
        label=label(t),
        kind=Kind.ARTICLE,
        authors=(
            author(t, "Zheng Y", "Zheng", "Y"),
            author(t, "Yao Y", "Yao", "Y"),
            author(t, "Ou J", "Ou", "J"),
        ),
        et_al=fld(t, "et al."),
        title=fld(t, "A review of composite solid-state electrolytes for lithium batteries"),
        container=fld(t, "Chem Soc Rev"),
        date=date(t, "2020", 2020),
        volume=fld(t, "49"),
        pages=Pages("8790\u2013839", at(t, "8790\u2013839"), "8790", "8839", "839", "\u2013"),
    )


PREPRINT = (
    "14. Batatia I, Benner P, Chiang Y, et al. A foundation model for atomistic materials "
    "chemistry. arXiv. [Preprint.] Mar 1, 2024 [accessed on 2024 Oct 21]. Available from: "
    "https://doi.org/10.48550/arXiv.2401.00096."
)


def preprint() -> Reference:
    t = PREPRINT
    day = at(t, "1, 2024")
    published = date(
        t, "Mar 1, 2024", 2024, "Mar", month=3, day=1, day_span=Span(day.start, day.start + 1),
        order="mdy",
    )  # fmt: skip
    accessed = date(t, "2024 Oct 21", 2024, "Oct", month=10, day=21, day_span=at(t, "21]"))
    return Reference(
        text=t,
        index=14,
        number=14,
        label=label(t),
        kind=Kind.PREPRINT,
        authors=(
            author(t, "Batatia I", "Batatia", "I"),
            author(t, "Benner P", "Benner", "P"),
            author(t, "Chiang Y", "Chiang", "Y"),
        ),
        et_al=fld(t, "et al."),
        title=fld(t, "A foundation model for atomistic materials chemistry."),
        container=fld(t, "arXiv"),
        medium=fld(t, "[Preprint.]"),
        date=published,
        doi=fld(t, "10.48550/arXiv.2401.00096"),
        doi_marker=fld(t, "https://doi.org/"),
        arxiv=fld(t, "2401.00096"),
        urls=(fld(t, "https://doi.org/10.48550/arXiv.2401.00096"),),
        accessed=accessed,
        access_note=fld(t, "[accessed on 2024 Oct 21]"),
        access_wording="accessed on",
        dates=(published, accessed),
    )


WEBPAGE = (
    "54. The Materials Project. Available from: https://www.Materialsproject.Org/. "
    "[Last accessed on 21 Oct 2024]."
)


def webpage() -> Reference:
    t = WEBPAGE
    accessed = date(t, "21 Oct 2024", 2024, "Oct", month=10, day=21, order="dmy")
    return Reference(
        text=t,
        index=54,
        number=54,
        label=label(t),
        kind=Kind.WEBPAGE,
        authors=(author(t, "The Materials Project", "The Materials Project", is_group=True),),
        urls=(fld(t, "https://www.Materialsproject.Org/"),),
        accessed=accessed,
        access_wording="Last accessed on",
        dates=(accessed,),
    )


CONFERENCE = (
    "74. Jia W, Wang H, Chen M, Lu D, Lin L, Car R. Pushing the limit of molecular dynamics. In. "
    "SC20: International Conference for High Performance Computing; 2020 Noc 09-19; Atlanta, USA. "
    "IEEE; 2020. pp. 1-14."
)


def conference() -> Reference:
    t = CONFERENCE
    meeting = date(
        t, "2020 Noc 09-19", 2020, "Noc", day=9, day_span=at(t, "09"), end_day=19,
        end_day_span=at(t, "19", t.index("09")),
    )  # fmt: skip
    return Reference(
        text=t,
        index=74,
        number=74,
        label=label(t),
        kind=Kind.CONFERENCE,
        authors=tuple(
            author(t, name, *name.split())
            for name in ("Jia W", "Wang H", "Chen M", "Lu D", "Lin L", "Car R")
        ),
        title=fld(t, "Pushing the limit of molecular dynamics"),
        in_marker=fld(t, "In."),
        container=fld(t, "SC20: International Conference for High Performance Computing"),
        date=meeting,
        place=fld(t, "Atlanta, USA"),
        publisher=fld(t, "IEEE"),
        page_marker=fld(t, "pp."),
        pages=Pages("1-14", at(t, "1-14"), "1", "14", "14", "-"),
        dates=(meeting, date(t, "2020.", 2020)),
    )


CHAPTER = (
    "[7] Meltzer PS, Kallioniemi A, Trent JM Jr. Chromosome alterations in human solid tumors. "
    "In: Vogelstein B, Kinzler KW, editors. The genetic basis of human cancer. 2nd ed. "
    "New York: McGraw-Hill; 2002. p. 93\u2013113."
)


def chapter() -> Reference:
    t = CHAPTER
    return Reference(
        text=t,
        index=7,
        number=7,
        label=fld(t, "[7]"),
        kind=Kind.CHAPTER,
        authors=(
            author(t, "Meltzer PS", "Meltzer", "PS"),
            author(t, "Kallioniemi A", "Kallioniemi", "A"),
            author(t, "Trent JM Jr", "Trent", "JM", suffix="Jr"),
        ),
        title=fld(t, "Chromosome alterations in human solid tumors"),
        editors=(
            author(t, "Vogelstein B", "Vogelstein", "B"),
            author(t, "Kinzler KW", "Kinzler", "KW"),
        ),
        container=fld(t, "The genetic basis of human cancer."),
        edition=fld(t, "2nd"),
        place=fld(t, "New York"),
        publisher=fld(t, "McGraw-Hill"),
        date=date(t, "2002", 2002),
        pages=Pages("93\u2013113", at(t, "93\u2013113"), "93", "113", "113", "\u2013"),
    )


def all_refs() -> list[Reference]:
    return [article(), preprint(), webpage(), conference(), chapter()]


# --- CSL-JSON ----------------------------------------------------------------------------------


def test_article_maps_to_standard_variables():
    item = to_csl(article())
    assert item == {
        "id": "ref-1",
        "citation-number": "1",
        "type": "article-journal",
        "author": [
            {"family": "Zheng", "given": "Y."},
            {"family": "Yao", "given": "Y."},
            {"family": "Ou", "given": "J."},
        ],
        "title": "A review of composite solid-state electrolytes for lithium batteries",
        "container-title": "Chem Soc Rev",
        "issued": {"date-parts": [[2020]]},
        "volume": "49",
        "page": "8790-8839",  # in full: the style shortens it its own way
    }


def test_et_al_is_not_an_author():
    item = to_csl(article())
    assert len(item["author"]) == 3
    assert "et al" not in json.dumps(item)
    # even where a reader kept it among the names
    ref = article()
    as_name = Author("et al.", ref.et_al.span, "et al.")
    item = to_csl(Reference(text=ref.text, index=1, authors=(*ref.authors, as_name)))
    assert [a["family"] for a in item["author"]] == ["Zheng", "Yao", "Ou"]


def test_arxiv_preprint_is_an_article_published_by_arxiv():
    item = to_csl(preprint())
    assert item["type"] == "article"
    assert item["genre"] == "Preprint"
    assert item["publisher"] == "arXiv"
    assert "container-title" not in item  # the server is the publisher, not a journal
    assert item["number"] == "arXiv:2401.00096"
    assert item["DOI"] == "10.48550/arXiv.2401.00096"
    assert item["URL"] == "https://doi.org/10.48550/arXiv.2401.00096"
    assert item["title"] == "A foundation model for atomistic materials chemistry"
    assert item["issued"] == {"date-parts": [[2024, 3, 1]]}
    assert item["accessed"] == {"date-parts": [[2024, 10, 21]]}


def test_non_arxiv_preprint_names_its_server_as_publisher():
    t = "3. Lee K. A study. bioRxiv [Preprint]. 2021."
    ref = Reference(
        text=t,
        index=3,
        number=3,
        label=label(t),
        kind=Kind.PREPRINT,
        title=fld(t, "A study"),
        container=fld(t, "bioRxiv"),
        date=date(t, "2021", 2021),
    )
    item = to_csl(ref)
    assert item["publisher"] == "bioRxiv"
    assert "container-title" not in item
    assert "number" not in item


def test_webpage_with_group_author_and_access_date():
    item = to_csl(webpage())
    assert item["type"] == "webpage"
    assert item["author"] == [{"literal": "The Materials Project"}]
    assert item["accessed"] == {"date-parts": [[2024, 10, 21]]}
    assert item["URL"] == "https://www.Materialsproject.Org/"
    assert "issued" not in item


def test_conference_date_and_place_are_the_event_s_and_an_impossible_one_is_noted():
    item = to_csl(conference())
    # the meeting "2020 Noc 09-19" names no real day: left out, and the note says what was printed
    assert item["issued"] == {"date-parts": [[2020]]}  # the proceedings' year, printed last
    assert "event-date" not in item
    assert item["note"] == "meeting date left out: printed '2020 Noc 09-19', 'Noc' is not a month"
    assert item["type"] == "paper-conference"
    assert item["event-place"] == "Atlanta, USA"
    assert "publisher-place" not in item  # Atlanta is where they met, not where IEEE publishes
    assert item["event-title"] == "SC20: International Conference for High Performance Computing"
    assert item["publisher"] == "IEEE"
    assert item["page"] == "1-14"
    assert csl_problems(item) == []


def test_a_real_meeting_date_is_the_event_date():
    t = CONFERENCE.replace("Noc", "Nov")
    ref = conference()
    meeting = date(
        t, "2020 Nov 09-19", 2020, "Nov", month=11, day=9, day_span=at(t, "09"), end_day=19,
        end_day_span=at(t, "19", t.index("09")),
    )  # fmt: skip
    ref = Reference(
        text=t, index=74, kind=Kind.CONFERENCE, container=ref.container, date=meeting,
        dates=(meeting, date(t, "2020.", 2020)),
    )  # fmt: skip
    item = to_csl(ref)
    assert item["event-date"] == {"date-parts": [[2020, 11, 9], [2020, 11, 19]]}
    assert item["issued"] == {"date-parts": [[2020]]}
    assert "note" not in item


def test_proceedings_title_names_the_meeting_as_event_title():
    from refslint.grammar import parse_entry
    from refslint.sources.plaintext import read_entries

    text = (
        "68. Gilmer J, Dahl GE. Neural message passing for Quantum chemistry. In. Proceedings of "
        "the 34th International Conference on Machine Learning; Sydney, Australia. 2017. pp. 1263-72."
    )
    item = to_csl(parse_entry(read_entries(text)[0]))
    assert item["event-title"] == "34th International Conference on Machine Learning"
    assert item["event-place"] == "Sydney, Australia"
    assert item["author"][1] == {"family": "Dahl", "given": "G. E."}


@pytest.mark.parametrize(
    ("printed", "kw", "expected"),
    [
        ("2021 Feb 30", {"month": 2, "day": 30}, None),
        ("2020 Feb 29", {"month": 2, "day": 29}, [[2020, 2, 29]]),
        ("2019 Jun 9-15", {"month": 6, "day": 9, "end_day": 15}, [[2019, 6, 9], [2019, 6, 15]]),
        ("2019 Jun-Jul", {"month": 6, "end_month": 7}, [[2019, 6], [2019, 7]]),
        ("2019 Jun 28-Jul 3", {"month": 6, "day": 28, "end_month": 7, "end_day": 3},
         [[2019, 6, 28], [2019, 7, 3]]),
        ("2019 Jun 9-31", {"month": 6, "day": 9, "end_day": 31}, None),
        ("2019 Jun 15-9", {"month": 6, "day": 15, "end_day": 9}, None),
        ("2019 Jun 0", {"month": 6, "day": 0}, None),
        ("2017 Jun 31", {"month": 6, "day": 31}, None),
    ],
)  # fmt: skip
def test_dates_keep_only_real_calendar_parts(printed, kw, expected):
    t = f"5. Ng A. Title. J Test {printed};1:1."
    ref = Reference(
        text=t, index=5, kind=Kind.ARTICLE, date=date(t, printed, int(printed[:4]), **kw)
    )
    item = to_csl(ref)
    if expected is None:  # never a date that was not written: left out, and said so
        assert "issued" not in item
        assert item["note"].startswith(f"date left out: printed {printed!r}")
    else:
        assert item["issued"]["date-parts"] == expected
        assert "note" not in item
    assert csl_problems(item) == []


def test_an_unreadable_month_leaves_the_date_out_with_a_note():
    t = "5. Ng A. Title. J Test 2013 Mrch;1:1."
    ref = Reference(text=t, index=5, kind=Kind.ARTICLE, date=date(t, "2013 Mrch", 2013, "Mrch"))
    item = to_csl(ref)
    assert "issued" not in item
    assert item["note"] == "date left out: printed '2013 Mrch', 'Mrch' is not a month"


@pytest.mark.parametrize(
    ("initials", "given"),
    [("GE", "G. E."), ("Y", "Y."), ("NWA", "N. W. A."), ("Ch", "Ch"), ("John", "John")],
)
def test_run_together_initials_become_separate_initials(initials, given):
    from refslint.csl import given_name

    assert given_name(initials) == given


def test_organisation_written_before_the_title_is_a_literal_author():
    t = (
        "13. European Centre for Disease Prevention and Control. Surveillance atlas of "
        "infectious diseases [Internet]. Stockholm: ECDC; 2023."
    )
    ref = Reference(
        text=t, index=13, kind=Kind.WEBPAGE,
        title=fld(t, "European Centre for Disease Prevention and Control. Surveillance atlas of infectious diseases"),
    )  # fmt: skip
    item = to_csl(ref)
    assert item["author"] == [{"literal": "European Centre for Disease Prevention and Control"}]
    assert item["title"] == "Surveillance atlas of infectious diseases"
    # a title of two sentences whose first is no organisation's name stays whole
    t2 = "3. Cancer in the young. A review of cases. 2020."
    ref = Reference(text=t2, index=3, title=fld(t2, "Cancer in the young. A review of cases"))
    assert to_csl(ref)["title"] == "Cancer in the young. A review of cases"


def test_season_is_kept_beside_the_year():
    t = "5. Ng A. Title. J Test 2019 Spring;1:1."
    ref = Reference(text=t, index=5, date=date(t, "2019 Spring", 2019, "Spring"))
    assert to_csl(ref)["issued"] == {"date-parts": [[2019]], "season": "Spring"}


def test_chapter_with_editors_suffix_and_publisher():
    item = to_csl(chapter())
    assert item["id"] == "ref-7"
    assert item["citation-number"] == "7"
    assert item["type"] == "chapter"
    assert item["author"][2] == {"family": "Trent", "given": "J. M.", "suffix": "Jr"}
    assert item["editor"] == [
        {"family": "Vogelstein", "given": "B."},
        {"family": "Kinzler", "given": "K. W."},
    ]
    assert item["container-title"] == "The genetic basis of human cancer"
    assert item["edition"] == "2nd"
    assert item["publisher"] == "McGraw-Hill"
    assert item["publisher-place"] == "New York"
    assert item["page"] == "93-113"


def test_article_number_pmid_issue_and_supplement():
    t = "9. Kim S. Title. J Test. 2018;12(3 Suppl 2):e1558. doi:10.1000/xyz1. PMID: 12345678."
    ref = Reference(
        text=t,
        index=9,
        kind=Kind.ARTICLE,
        volume=fld(t, "12"),
        issue=fld(t, "3"),
        supplement=fld(t, "Suppl 2"),
        article_number=fld(t, "e1558"),
        doi=fld(t, "10.1000/xyz1."),
        pmid=fld(t, "12345678"),
    )
    item = to_csl(ref)
    assert item["id"] == "ref-9"  # no printed label: the position in the list
    assert item["issue"] == "3 Suppl 2"
    assert item["number"] == "e1558"
    assert item["DOI"] == "10.1000/xyz1"
    assert item["PMID"] == "12345678"


def test_unreadable_entry_still_gives_a_valid_item():
    t = "12. something the grammar could not read"
    ref = Reference(
        text=t, index=12, number=12, label=label(t), problem=ParseProblem(4, "no title")
    )
    assert to_csl(ref) == {"id": "ref-12", "citation-number": "12", "type": "document"}


def test_every_item_passes_the_structural_check_and_round_trips():
    items = to_csl_list(all_refs())
    for item in items:
        assert csl_problems(item) == [], item
    assert json.loads(json.dumps(items, ensure_ascii=False)) == items


def test_list_ids_are_unique_when_a_number_is_printed_twice():
    items = to_csl_list([article(), article(), article()])
    assert [i["id"] for i in items] == ["ref-1", "ref-1-2", "ref-1-3"]
    assert {i["citation-number"] for i in items} == {"1"}


# --- span JSON ---------------------------------------------------------------------------------


def wrapped_entry(ref: Reference, first_line: int, wrap_at: str) -> Entry:
    """The entry as a plain-text source would give it: wrapped once, continuation indented by 3."""
    cut = ref.text.index(wrap_at)
    positions = PositionMap(starts=(0, cut), lines=(first_line, first_line + 1), columns=(1, 4))
    return Entry(ref.text, positions, ref.index, ref.number, label_end=ref.label.span.end)


def spans_in(node: Any, path: str = "") -> list[tuple[str, dict]]:
    """Every object in the JSON that carries offsets, with where it sits."""
    found = []
    if isinstance(node, dict):
        if "start" in node and "end" in node:
            found.append((path, node))
        for key, value in node.items():
            found += spans_in(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += spans_in(value, f"{path}[{i}]")
    return found


def test_span_json_gives_text_offsets_and_file_positions():
    ref = preprint()
    entry = wrapped_entry(ref, first_line=20, wrap_at="chemistry.")
    out = to_span_json(ref, entry)
    assert out["kind"] == "preprint"
    assert out["number"] == 14
    assert "problem" not in out

    title = out["title"]
    assert title["text"] == "A foundation model for atomistic materials chemistry."
    assert (title["line"], title["column"]) == (20, 1 + ref.text.index("A foundation"))
    # "chemistry." opens the second line, after an indent of three
    assert (title["end_line"], title["end_column"]) == (21, 4 + len("chemistry."))
    assert out["authors"][1]["family"] == "Benner"
    assert out["authors"][1]["text"] == "Benner P"
    assert out["accessed"]["month_token"]["text"] == "Oct"
    assert out["accessed"]["iso"] == "2024-10-21"
    assert out["accessed"]["precision"] == "day"
    assert out["urls"][0]["line"] == 21
    assert [d["text"] for d in out["dates"]] == ["Mar 1, 2024", "2024 Oct 21"]
    assert out["access_wording"] == "accessed on"


def test_every_span_in_span_json_matches_its_text():
    for ref in all_refs():
        entry = wrapped_entry(ref, first_line=3, wrap_at=ref.text.split()[3])
        out = to_span_json(ref, entry)
        assert json.loads(json.dumps(out)) == out
        spans = spans_in(out)
        assert len(spans) > 5
        for where, node in spans:
            assert ref.text[node["start"] : node["end"]] == node["text"], where
            assert (node["line"], node["column"]) <= (node["end_line"], node["end_column"]), where


def test_span_json_reports_the_problem_where_reading_stopped():
    t = "12. Zheng Y. A title. Chem Soc Rev 2020;49:8790-839 extra words"
    ref = Reference(
        text=t,
        index=12,
        number=12,
        label=label(t),
        title=fld(t, "A title"),
        problem=ParseProblem(t.index("extra"), "unexpected text after the pages", "839 extra"),
    )
    entry = Entry(t, PositionMap((0,), (40,), (5,)), 12, 12, label_end=3)
    out = to_span_json(ref, entry)
    assert out["kind"] == "unknown"
    assert out["label"]["text"] == "12."
    assert out["problem"] == {
        "message": "unexpected text after the pages",
        "offset": t.index("extra"),
        "line": 40,
        "column": 5 + t.index("extra"),
        "context": "839 extra",
    }
    assert "container" not in out  # absent fields are left out, not null


def test_a_field_ending_a_line_ends_on_that_line():
    ref = article()
    cut = ref.text.index(" 2020;49")  # the line breaks after "Chem Soc Rev"
    entry = Entry(ref.text, PositionMap((0, cut), (8, 9), (1, 3)), 1, 1, label_end=2)
    container = to_span_json(ref, entry)["container"]
    assert (container["line"], container["end_line"]) == (8, 8)
    assert container["end_column"] == 1 + cut


# --- with the real grammar and source ------------------------------------------------------------

LIST = """REFERENCES
1. Okonkwo AB, van der Linde C, et al. Sparse transport in porous electrodes. J Appl Tribol
   2020;49:8790-839.
2. Ferreira-Lutz M, Nakamura T. Latent folding of thin films. arXiv. [Preprint.] Mar 1, 2024
   [accessed on 2024 Oct 21]. Available from: https://doi.org/10.48550/arXiv.2401.00096.
3. Polymer Hub. Available from: https://www.polymerhub.org/. [Last accessed on 21 Oct 2024].
4. Quist B, Sørlie E. Stochastic inference of ion channels. In: Proceedings of the 9th
   International Conference on Diffusion; 2020 Noc 09-19; Tartu, Estonia. Halden Press; 2020.
   pp. 1-14.
"""


def test_what_the_grammar_reads_is_valid_csl_and_spans_match():
    from refslint.grammar import parse_entry
    from refslint.sources.plaintext import read_entries

    entries = read_entries(LIST)
    refs = [parse_entry(entry) for entry in entries]
    items = to_csl_list(refs)
    assert [item["type"] for item in items] == [
        "article-journal",
        "article",
        "webpage",
        "paper-conference",
    ]
    for item in items:
        assert csl_problems(item) == [], item
    lines = LIST.splitlines()
    for ref, entry in zip(refs, entries, strict=True):
        for where, node in spans_in(to_span_json(ref, entry)):
            assert ref.text[node["start"] : node["end"]] == node["text"], where
            if node["line"] == node["end_line"] and "\n" not in node["text"]:
                printed = lines[node["line"] - 1][node["column"] - 1 : node["end_column"] - 1]
                assert printed == node["text"], where


def test_access_note_text_is_its_span():
    from refslint.grammar import parse_entry
    from refslint.sources.plaintext import read_entries

    entry = read_entries(LIST)[1]
    note = parse_entry(entry).access_note
    assert note is not None
    assert note.text == entry.text[note.span.start : note.span.end] == "[accessed on 2024 Oct 21]"
