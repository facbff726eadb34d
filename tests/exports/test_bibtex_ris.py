"""`refslint parse --format bibtex|ris` read back by other libraries: bibtexparser (with its LaTeX
decoding) and pybtex for BibTeX, rispy for RIS, compared field by field with the CSL-JSON items
the exports are made from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from refslint.cli import main
from refslint.model import Field, Kind, Reference, Span
from tests.exports.roundtrip import LISTS

bibtexparser = pytest.importorskip("bibtexparser")
rispy = pytest.importorskip("rispy")


def run(capsys, *argv: str) -> str:
    assert main(["parse", *argv]) == 0
    return capsys.readouterr().out


def csl_items(capsys) -> list[dict[str, Any]]:
    return json.loads(run(capsys, *map(str, LISTS)))


def bibtex_library(text: str):
    from bibtexparser import middlewares

    library = bibtexparser.parse_string(
        text,
        append_middleware=[
            middlewares.LatexDecodingMiddleware(),
            middlewares.SeparateCoAuthors(),
            middlewares.SplitNameParts(),
        ],
    )
    assert library.failed_blocks == []
    return library


def given(name: dict[str, str]) -> str:
    return name.get("given", "")


def test_bibtex_reads_back_field_for_field(capsys):
    items = csl_items(capsys)
    text = run(capsys, "--format", "bibtex", *map(str, LISTS))
    library = bibtex_library(text)
    entries = {entry.key: entry for entry in library.entries}
    assert list(entries) == [item["id"] for item in items]
    compared = 0
    for item in items:
        entry = entries[item["id"]]
        fields = {f.key: f.value for f in entry.fields}
        for csl_key, bib_key in (
            ("title", "title"), ("volume", "volume"), ("issue", "number"), ("DOI", "doi"),
            ("URL", "url"), ("publisher", "publisher"), ("publisher-place", "address"),
            ("edition", "edition"), ("note", "note"),
        ):  # fmt: skip
            if csl_key in item:
                assert fields[bib_key] == item[csl_key], (item["id"], bib_key)
                compared += 1
        if "container-title" in item:
            container = fields.get("journal") or fields.get("booktitle") or fields["howpublished"]
            assert container == item["container-title"]
            compared += 1
        if "issued" in item:
            assert fields["year"] == str(item["issued"]["date-parts"][0][0])
            compared += 1
        if "page" in item:
            assert fields["pages"].replace("–", "-") == item["page"]  # `--` decodes to a dash
            compared += 1
        for role in ("author", "editor"):
            if role not in item:
                continue
            names = fields[role]
            assert len(names) == len(item[role]), (item["id"], role)
            for name, expected in zip(names, item[role], strict=True):
                if "literal" in expected:
                    assert " ".join(name.last) == expected["literal"]
                else:
                    assert " ".join([*name.von, *name.last]) == expected["family"]
                    assert " ".join(name.first) == given(expected)
            compared += 1
    assert compared > 800


def test_bibtex_reads_back_in_pybtex_with_names_and_arxiv_fields(capsys):
    from pybtex.database import parse_string

    text = run(capsys, "--format", "bibtex", str(LISTS[0]))
    data = parse_string(text, "bibtex")
    assert len(data.entries) == 123
    entry = data.entries["ref-14"]
    assert entry.type == "misc"
    assert (entry.fields["eprint"], entry.fields["archiveprefix"]) == ("2401.00096", "arXiv")
    assert entry.fields["urldate"] == "2024-10-21"
    assert entry.fields["date"] == "2024-03-01"
    author = data.entries["ref-18"].persons["author"][0]
    assert (author.last_names, author.first_names, author.middle_names) == (
        ["Gebauer"], ["N."], ["W.", "A."],
    )  # fmt: skip
    assert data.entries["ref-7"].fields["eid"] == "1903242"  # an article number
    assert data.entries["ref-1"].fields["pages"] == "8790--8839"
    conference = data.entries["ref-74"]
    assert conference.type == "inproceedings"
    assert conference.fields["venue"] == "Atlanta, USA"
    assert "Noc" in conference.fields["note"]  # the impossible meeting date, said not exported
    assert "eventdate" not in conference.fields


def test_latex_specials_are_escaped_and_read_back_as_printed():
    from refslint.exports import to_bibtex

    title = 'Costs 50% & $5 for #1 of {a} } x_y ^ ~ "quoted" \\ path in DScribe'
    text = f"1. Ng A. {title}. J Test. 2020;1:1."
    ref = Reference(
        text=text, index=1, number=1, kind=Kind.ARTICLE,
        title=Field(title, Span(9, 9 + len(title))),
    )  # fmt: skip
    written = to_bibtex([ref])
    assert "{DScribe}" in written  # kept in its case by styles that lowercase titles
    library = bibtex_library(written)
    [entry] = library.entries
    # pylatexenc reads \textasciicircum as the modifier letter U+02C6 (LaTeX prints a caret) and
    # drops \textbraceright, the lone brace's safe spelling, which it does not know
    assert "\\textbraceright{}" in written
    decoded = entry.fields_dict["title"].value.replace("\u02c6", "^")
    assert decoded == title.replace("} x_y", " x_y")
    from pybtex.database import parse_string

    assert parse_string(written, "bibtex").entries["ref-1"]  # pybtex reads it too


def test_ris_reads_back_field_for_field(capsys):
    items = csl_items(capsys)
    text = run(capsys, "--format", "ris", *map(str, LISTS))
    assert text.startswith("TY  - ")  # no numbering line before a record
    records = rispy.loads(text)
    assert [r["id"] for r in records] == [item["id"] for item in items]
    compared = 0
    for item, record in zip(items, records, strict=True):
        for csl_key, ris_key in (
            ("title", "title"), ("container-title", "secondary_title"), ("volume", "volume"),
            ("issue", "number"), ("DOI", "doi"), ("publisher", "publisher"),
            ("publisher-place", "place_published"), ("edition", "edition"), ("number", "custom7"),
        ):  # fmt: skip
            if csl_key in item:
                assert record[ris_key] == item[csl_key], (item["id"], ris_key)
                compared += 1
        if "URL" in item:
            assert record["urls"] == [item["URL"]]
        if "issued" in item:
            assert record["year"] == str(item["issued"]["date-parts"][0][0])
            compared += 1
        if "page" in item:
            joined = "-".join(filter(None, (record["start_page"], record.get("end_page"))))
            assert joined == item["page"]
            compared += 1
        if "accessed" in item:
            y, m, d = item["accessed"]["date-parts"][0]
            assert record["access_date"] == f"{y:04d}/{m:02d}/{d:02d}/"  # RIS's YYYY/MM/DD/
        for role, key in (("author", "authors"), ("editor", "secondary_authors")):
            if role in item:
                expected = [
                    n.get("literal")
                    or ", ".join(filter(None, (n["family"], n.get("given"), n.get("suffix"))))
                    for n in item[role]
                ]
                assert record[key] == expected
                compared += 1
    assert compared > 850
    assert {r["type_of_reference"] for r in records} >= {
        "JOUR",
        "UNPB",
        "ELEC",
        "BOOK",
        "CHAP",
        "CPAPER",
    }


def test_empty_input_gives_empty_exports(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("no list here\n", encoding="utf-8")
    assert run(capsys, "--format", "bibtex", str(empty)) == ""
    assert run(capsys, "--format", "ris", str(empty)) == ""


def test_without_the_export_extra_the_format_says_which_extra(tmp_path: Path) -> None:
    import subprocess
    import sys

    listing = tmp_path / "refs.txt"
    listing.write_text("1. Smith J. A title. Nature. 2020;5:1-2.\n", encoding="utf-8")
    hide = "import sys; sys.modules['pybtex'] = sys.modules['rispy'] = None; "
    for fmt in ("bibtex", "ris"):
        run = "from refslint.cli import main; sys.exit(main(['parse', '--format', %r, %r]))"
        done = subprocess.run(
            [sys.executable, "-c", hide + run % (fmt, str(listing))],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 2
        assert "pip install 'refslint[export]'" in done.stderr
        assert "Traceback" not in done.stderr
