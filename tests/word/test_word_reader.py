"""Reading a .docx: the list found, automatic and typed numbers, runs, hyperlinks and fields, and
positions as paragraph and character."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from refslint.sources.docx import WordSource
from tests.word import build


def faults(found: list[dict]) -> set[tuple[int | None, str]]:
    return {(d["entry"], d["code"]) for d in found}


def test_the_same_faults_at_the_same_entries_as_the_plain_text(
    findings, plain, auto_docx, typed_docx
):
    from_text = faults(findings(plain))
    assert from_text == build.FAULTS
    assert faults(findings(auto_docx)) == from_text
    assert faults(findings(typed_docx)) == from_text


def test_automatic_numbers_are_computed_with_the_start_override(auto_docx):
    source = WordSource.read(auto_docx)
    numbers = [entry.number for entry in source.found.entries]
    assert numbers == [1, 2, 4, 5, 6, 7]
    # the entry text is what Word displays: the number, a space, the paragraph's text
    for (number, segments), entry in zip(build.ENTRIES, source.found.entries, strict=True):
        assert entry.text == f"{number}. {build.entry_text(segments)}"


def test_runs_hyperlinks_fields_and_breaks_are_read_as_the_text_shows(typed_docx):
    source = WordSource.read(typed_docx)
    by_number = {entry.number: entry.text for entry in source.found.entries}
    assert by_number[6].endswith("Available from: https://example.org/page")  # a hyperlink
    assert by_number[7].endswith("doi:10.1103/PhysRevE.97.012345")  # a field's result
    assert "HYPERLINK" not in source.text  # the field's instruction is not text
    assert "reaction products at the electrolyte" in by_number[4]  # a line break is a space
    assert "2020 Noc;49" in by_number[1]  # one word across a bold and a plain run
    assert "Not a reference" not in " ".join(by_number.values())  # the list ends at a heading


def test_positions_name_the_paragraph_and_the_character(
    findings, run, plain, auto_docx, typed_docx
):
    text = {(d["entry"], d["code"]): d for d in findings(plain)}
    typed = {(d["entry"], d["code"]): d for d in findings(typed_docx)}
    auto = {(d["entry"], d["code"]): d for d in findings(auto_docx)}
    paragraphs = [p.text for p in docx.Document(auto_docx).paragraphs]
    for key, found in auto.items():
        assert found["place"] == {
            "unit": "paragraph",
            "paragraph": found["line"],
            "character": found["column"],
            "label": f"¶{found['line']}:{found['column']}",
        }
        # a typed "1.<tab>" is as long as the text's "1. ": the same column; Word's automatic
        # number is no part of the paragraph's text, so its characters are 3 fewer
        assert typed[key]["column"] == text[key]["column"]
        if key[1] != "RL101":  # the skipped number is the automatic one: character 1
            assert found["column"] == text[key]["column"] - 3
    month = auto[(1, "RL204")]
    paragraph = paragraphs[month["line"] - 1]
    assert paragraph[month["column"] - 1 : month["end_column"] - 1] == "Noc"
    status, out, _ = run(str(auto_docx))
    assert status == 1
    assert f"{auto_docx}:¶{month['line']}:{month['column']}: RL204 'Noc' is not a month" in out
    assert "(entry 1)" in out


def test_text_files_keep_their_json_fields(findings, plain):
    assert all("place" not in d for d in findings(plain))


def test_a_reference_style_without_a_heading_is_the_list(tmp_path, findings):
    document = docx.Document()
    document.add_paragraph("Some text that is not a list. 2020 Noc is not read here.")
    styles = document.styles
    from docx.enum.style import WD_STYLE_TYPE

    styles.add_style("Bibliography", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph(
        "Smith J. A title. J Things. 2019 Feb 30;3(2):100-9.", style="Bibliography"
    )
    document.add_paragraph(
        "Jones K. Another title. J Things. 2019;3(2):110-9.", style="Bibliography"
    )
    path = tmp_path / "styled.docx"
    document.save(path)
    found = findings(path)
    assert faults(found) == {(1, "RL203")}
    assert found[0]["line"] == 2


def test_a_document_without_a_list_is_quiet(tmp_path, run):
    document = docx.Document()
    document.add_paragraph("A letter. Nothing numbered, nothing cited.")
    path = tmp_path / "letter.docx"
    document.save(path)
    status, out, _ = run(str(path))
    assert status == 0
    assert "No reference list found in 1 file." in out


def test_a_file_python_docx_cannot_open_is_one_error(tmp_path, run):
    cases = {
        "notzip.docx": b"just some text, not a zip",
        "renamed.docx": bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600,  # an old .doc
    }
    broken = tmp_path / "nodocument.docx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hello.txt", "a zip, but not a Word document")
    cases[broken.name] = broken.read_bytes()
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        for extra in ([], ["--fix"], ["--format", "docx", "--output", str(tmp_path / "r.docx")]):
            status, _, err = run(str(path), *extra)
            assert status == 2
            lines = [line for line in err.splitlines() if line.startswith("refslint: error:")]
            assert lines == [
                line for line in lines if "not a Word document that can be opened" in line
            ]
            assert len(lines) == 1, err
            assert "Traceback" not in err
            assert path.read_bytes() == data  # never written
        assert not (tmp_path / "r.docx").exists()
    _, _, err = run(str(tmp_path / "renamed.docx"))
    assert "an old binary Word (.doc) file; save it as .docx" in err


def test_a_missing_extra_is_one_line_naming_it(auto_docx):
    """python-docx made unimportable in a fresh interpreter, as where the extra is not installed."""
    code = (
        "import sys; sys.modules['docx'] = None\n"
        "from refslint.cli import main\n"
        f"raise SystemExit(main(['--offline', {str(auto_docx)!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if line.startswith("refslint: error:")]
    assert errors == [
        f"refslint: error: {auto_docx}: reading Word files needs the 'word' extra:"
        " pip install 'refslint[word]'"
    ]


def test_a_folder_walk_lints_word_files(tmp_path, run):
    folder = tmp_path / "paper"
    folder.mkdir()
    build.word_document(folder / "paper.docx")
    status, out, _ = run(str(folder))
    assert status == 1
    assert "paper.docx:¶3:119: RL204" in out


def test_a_folder_walk_without_the_extra_says_what_it_skipped(tmp_path):
    folder = tmp_path / "paper"
    folder.mkdir()
    build.word_document(folder / "paper.docx")
    (folder / "refs.txt").write_text(build.plain_text(), encoding="utf-8")
    code = (
        "import sys; sys.modules['docx'] = None\n"
        "from refslint.cli import main\n"
        f"raise SystemExit(main(['--offline', {str(folder)!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 1  # the text list was linted
    assert "refs.txt:4:122: RL204" in done.stdout
    assert "paper.docx" not in done.stdout
    assert (
        f"refslint: note: {folder}: 1 .docx file not linted: reading Word files needs the"
        " 'word' extra" in done.stderr
    )


def test_paragraph_numbers_count_table_paragraphs_and_skip_text_boxes(tmp_path, findings):
    document = docx.Document()
    table = document.add_table(rows=1, cols=1)
    table.cell(0, 0).paragraphs[0].add_run("A cell")
    document.add_paragraph("References")
    document.add_paragraph("1. Smith J. A title. J Things. 2019 Feb 30;3(2):100-9.")
    path = tmp_path / "table.docx"
    document.save(path)
    (found,) = findings(path)
    assert found["code"] == "RL203"
    assert found["line"] == 3  # the cell's paragraph is ¶1


def test_parse_prints_what_the_grammar_read_from_a_word_file(capsys, auto_docx):
    import json

    from refslint.cli import main

    capsys.readouterr()
    assert main(["parse", str(auto_docx)]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [item["citation-number"] for item in items] == ["1", "2", "4", "5", "6", "7"]
    assert items[-1]["DOI"] == "10.1103/PhysRevE.97.012345"  # read from the field's result


@pytest.mark.slow
def test_a_zip_that_unpacks_to_too_much_is_refused_unread(tmp_path, run):
    from refslint.sources.docx import MAX_UNPACKED_BYTES

    path = tmp_path / "bomb.docx"
    chunk = b" " * 1_000_000
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as part,
    ):
        for _ in range(MAX_UNPACKED_BYTES // len(chunk)):
            part.write(chunk)
        part.write(b" ")
    data = path.read_bytes()
    assert len(data) < 1_000_000
    status, _, err = run("--fix", str(path))
    assert status == 2
    assert f"{path}: unpacks to 200 MB, over the 200 MB limit for one Word file; not read" in err
    assert path.read_bytes() == data


def test_a_bold_heading_typed_by_hand_ends_the_list_and_hidden_text_is_not_read(tmp_path, findings):
    document = docx.Document()
    document.add_paragraph().add_run("References").bold = True
    document.add_paragraph("1. Smith J. A title. J Things. 2019 Feb 30;3(2):100-9.")
    second = document.add_paragraph("2. Jones K. Another title. J Things. 2019;3(2):110-9.")
    second.add_run(" 2019 Noc").font.hidden = True
    document.add_paragraph().add_run("Figure legends").bold = True
    document.add_paragraph("Figure 1. Things in places, 2020 Noc.")
    path = tmp_path / "bold.docx"
    document.save(path)
    source = WordSource.read(path)
    assert [e.text for e in source.found.entries] == [
        "1. Smith J. A title. J Things. 2019 Feb 30;3(2):100-9.",
        "2. Jones K. Another title. J Things. 2019;3(2):110-9.",
    ]
    assert faults(findings(path)) == {(1, "RL203")}


def _numbering(document, text: str, start: int, fmt: str = "decimal") -> int:
    """A list definition of our own: level 0 shows `text` (`[%1]`), from `start`; its num id."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract_id = 90 + len(numbering.findall(qn("w:abstractNum")))
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:lvl w:ilvl="0">'
            f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            "</w:lvl></w:abstractNum>"
        ),
    )
    num_id = 90 + len(numbering.findall(qn("w:num")))
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            "</w:num>"
        )
    )
    return num_id


def _numbered(paragraph, num_id: int) -> None:
    props = paragraph._p.get_or_add_pPr()
    num_pr = props.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def test_bracketed_automatic_numbers_from_a_start_value_and_simple_fields(tmp_path, findings):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Literature cited")
    num_id = _numbering(document, "[%1]", 7)
    first = document.add_paragraph("Smith J. A title. J Things. 2019 Feb 30;3(2):100-9. ")
    first._p.append(
        parse_xml(  # a simple field whose result is the DOI
            f'<w:fldSimple {nsdecls("w")} w:instr=" HYPERLINK &quot;https://doi.org/10.1000/a1&quot; ">'
            "<w:r><w:t>doi:10.1000/a1</w:t></w:r></w:fldSimple>"
        )
    )
    second = document.add_paragraph("Jones K. Another title. J Things. 2019;3(2):110-9.")
    for paragraph in (first, second):
        _numbered(paragraph, num_id)
    path = tmp_path / "brackets.docx"
    document.save(path)
    source = WordSource.read(path)
    assert [(e.number, e.text[:8]) for e in source.found.entries] == [
        (7, "[7] Smit"),
        (8, "[8] Jone"),
    ]
    assert source.found.entries[0].text.endswith("100-9. doi:10.1000/a1")
    found = findings(path)
    assert faults(found) == {(7, "RL104"), (7, "RL203")}  # the list starts at 7, not 1
    day = next(d for d in found if d["code"] == "RL203")
    # the character counts the paragraph's own text: "[7] " is Word's, not the paragraph's
    assert day["column"] == "Smith J. A title. J Things. 2019 Feb 30".index("30") + 1


def test_lettered_and_bulleted_lists_have_entries_without_numbers(tmp_path):
    document = docx.Document()
    document.add_paragraph("References")
    bullets = _numbering(document, "•", 1, "bullet")
    for text in (
        "Smith J. A title. J Things. 2019;3(2):100-9.",
        "Jones K. B. J Things. 2019;3:1-9.",
    ):
        _numbered(document.add_paragraph(text), bullets)
    path = tmp_path / "bullets.docx"
    document.save(path)
    entries = WordSource.read(path).found.entries
    assert [(e.number, e.text[:5]) for e in entries] == [(None, "Smith"), (None, "Jones")]


def test_superscript_citations_in_the_body_are_read(tmp_path, findings):
    document = docx.Document()
    body = document.add_paragraph("Earlier work")
    for text, raised in (("1,3-4", True), (" grew 10", False), ("6", True), (" cells.", False)):
        body.add_run(text).font.superscript = raised or None
    document.add_heading("References", level=1)
    for n, title in enumerate(("One", "Two", "Three", "Four"), start=1):
        document.add_paragraph(f"{n}. Smith J. {title}. J Things. 2019;3(2):100-9.")
    path = tmp_path / "superscript.docx"
    document.save(path)
    source = WordSource.read(path)
    cited = [(c.number, c.location.column, c.group) for c in source.found.citations or ()]
    # "¹,³⁻⁴" after "Earlier work": 1 at character 13, 3 and 4 from the range at 15; not 10⁶
    assert cited == [(1, 13, 1), (3, 15, 1), (4, 15, 1)]
    found = {(d["entry"], d["code"]) for d in findings(path)}
    assert (2, "RL702") in found  # entry 2 is never cited
    assert not any(code == "RL701" for _, code in found)  # no citation of a 6th entry


def test_sarif_results_carry_the_place(run, auto_docx):
    import json

    status, out, _ = run("--format", "sarif", str(auto_docx))
    assert status == 1
    results = json.loads(out)["runs"][0]["results"]
    month = next(r for r in results if r["ruleId"] == "RL204")
    region = month["locations"][0]["physicalLocation"]["region"]
    assert month["properties"]["place"] == {
        "unit": "paragraph",
        "paragraph": region["startLine"],
        "character": region["startColumn"],
        "label": f"¶{region['startLine']}:{region['startColumn']}",
    }


def test_word_comments_suppress_findings_as_comment_lines_do(tmp_path, findings):
    path = build.word_document(tmp_path / "commented.docx")
    document = docx.Document(path)
    paragraphs = {p.text[:5]: p for p in document.paragraphs}
    document.add_comment(paragraphs["Smith"].runs, "refslint: disable=RL203", "Author", "AU")
    document.add_comment(paragraphs["A bod"].runs, "refslint: disable-file=RL301", "Author", "AU")
    document.add_comment(paragraphs["Garci"].runs, "refslint: disable=RL204", "Author", "AU")
    document.save(path)
    found = findings(path, "--extend-select", "RL002")
    codes = {(d["entry"], d["code"]) for d in found}
    assert codes == (build.FAULTS - {(5, "RL203"), (6, "RL301")}) | {(None, "RL002")}
    unused = next(d for d in found if d["code"] == "RL002")
    garcia = [p.text for p in document.paragraphs].index(paragraphs["Garci"].text) + 1
    assert unused["place"]["paragraph"] == garcia
