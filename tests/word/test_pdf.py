"""PDF, read only: a PDF that LibreOffice makes from the Word list has the same faults as the text
list, at the right page, line and character; entries across lines, columns and pages are read
whole; nothing is ever written."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from refslint.sources.pdf import PdfSource
from tests.word import build

HAS_SOFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None
needs_soffice = pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice is not installed")


def printed_line(pdf: Path, page: int, line: int) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        text = document[page - 1].get_textpage().get_text_range()
    finally:
        document.close()
    return text.replace("\ufffe", "-\n").replace("\r\n", "\n").split("\n")[line - 1]


@pytest.fixture
def pdf_of_word_list(auto_docx, tmp_path) -> Path:
    return build.soffice(auto_docx, "pdf", tmp_path / "pdf", tmp_path / "profile")


@pytest.mark.slow
@needs_soffice
def test_a_pdf_of_the_word_list_has_the_same_faults(findings, plain, auto_docx, pdf_of_word_list):
    """One annotated list as text, as Word and as the PDF LibreOffice prints of the Word file."""
    from_text = {(d["entry"], d["code"]) for d in findings(plain)}
    from_word = {(d["entry"], d["code"]) for d in findings(auto_docx)}
    found = findings(pdf_of_word_list)
    assert {(d["entry"], d["code"]) for d in found} == from_word == from_text == build.FAULTS
    for d in found:
        place = d["place"]
        assert place["unit"] == "page" and place["page"] == 1
        assert place["label"] == f"p1:{place['line']}:{place['character']}"
        if d["fix"] is not None:
            assert d["fix"]["applicability"] == "display-only"
            assert d["fix"]["message"].endswith("(a PDF is read only)")
    month = next(d for d in found if d["code"] == "RL204")
    line = printed_line(pdf_of_word_list, 1, month["place"]["line"])
    start = month["place"]["character"] - 1
    assert line[start : start + 3] == "Noc"


@pytest.mark.slow
@needs_soffice
def test_a_pdf_is_never_written(run, pdf_of_word_list):
    before = hashlib.sha256(pdf_of_word_list.read_bytes()).hexdigest()
    status, out, err = run("--fix", "--unsafe-fixes", str(pdf_of_word_list))
    assert status == 1
    assert "Fixed" not in out
    assert f"{pdf_of_word_list}: a PDF is read only: 3 fixes not applied" in err
    assert hashlib.sha256(pdf_of_word_list.read_bytes()).hexdigest() == before


SIDES = ("north", "south", "east", "west")


@pytest.mark.slow
@needs_soffice
def test_entries_across_lines_columns_and_pages_are_read_whole(tmp_path, findings):
    """A 90-entry list set in two columns: entries wrap, cross from one column to the next and
    from one page to the next, DOIs break inside themselves; every entry is read whole. (The
    titles' lengths vary with words that are never repeated, which RL563 would report.)"""
    document = docx.Document()
    document.add_paragraph("References")
    lines = ["References"]
    for n in range(1, 91):
        text = (
            f"{n}. Writer{n} A, Author B, Other C. A long title about things number {n} in places"
            f" and times{''.join(f' and places {w}' for w in SIDES[: n * 7 % 5])}. J Things."
            f" 2019;{n}(2):100-9."
            f" doi:10.1000/things.2019.{n:05d}.long.suffix"
        )
        document.add_paragraph(text)
        lines.append(text)
    columns = document.sections[0]._sectPr.find(qn("w:cols"))
    if columns is None:
        columns = OxmlElement("w:cols")
        document.sections[0]._sectPr.append(columns)
    columns.set(qn("w:num"), "2")
    made = tmp_path / "columns.docx"
    document.save(made)
    pdf = build.soffice(made, "pdf", tmp_path, tmp_path / "profile")
    source = PdfSource.read(pdf)
    entries = source.found.entries
    assert [e.number for e in entries] == list(range(1, 91))
    assert [e.text for e in entries] == lines[1:]  # hyphen and DOI breaks joined whole
    pages = {line.page for line in source.lines}
    assert len(pages) >= 2
    spanning = [
        e for e in entries if len({source.lines[n - 1].page for n in e.positions.lines}) > 1
    ]
    assert spanning, "no entry crosses a page: make the list longer"
    text = tmp_path / "columns.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert findings(pdf) == [] == findings(text)


def test_a_file_pdfium_cannot_open_is_one_error(tmp_path, run):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\nnot really a pdf")
    status, _, err = run("--fix", str(path))
    assert status == 2
    errors = [line for line in err.splitlines() if line.startswith("refslint: error:")]
    assert len(errors) == 1 and "not a PDF that can be opened" in errors[0]
    assert path.read_bytes() == b"%PDF-1.7\nnot really a pdf"


def test_a_missing_pdf_extra_is_one_line_naming_it(tmp_path):
    path = tmp_path / "paper.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    code = (
        "import sys; sys.modules['pypdfium2'] = None\n"
        "from refslint.cli import main\n"
        f"raise SystemExit(main(['--offline', {str(path)!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"refslint: error: {path}: reading PDF files needs the 'pdf' extra:"
        " pip install 'refslint[pdf]'"
    )


def test_printed_lines_are_joined_as_the_page_shows_them():
    """Lines as pdfium gives them: a range broken after its hyphen is no new entry, a number
    printed without a space before the text is still a label, a DOI broken inside is whole."""
    from refslint.sources.pdf import Line, find_entries

    printed = [
        "References",
        "1. Smith J. A title. In: Proceedings of a meeting; 2003. pp. 4147-",
        "60.",
        "2.Jones K. Another title. J Things. 2019;3(2):110-9. doi:10.1000/things.2019.0",
        "0042.long",
        "3. Brown A. Web [Internet]. 2021 [cited 2023 Jan 5]. Available from: https://example.org/",
        "page",
        "Appendix",
        "4. Not an entry.",
    ]
    lines = [Line(n, 1, n, text) for n, text in enumerate(printed, start=1)]
    entries = find_entries(lines)
    assert [(e.number, e.text) for e in entries] == [
        (1, "1. Smith J. A title. In: Proceedings of a meeting; 2003. pp. 4147-60."),
        (
            2,
            "2. Jones K. Another title. J Things. 2019;3(2):110-9. doi:10.1000/things.2019.00042.long",
        ),
        (
            3,
            "3. Brown A. Web [Internet]. 2021 [cited 2023 Jan 5]. Available from: https://example.org/page",
        ),
    ]
    second = entries[1]
    assert second.positions.position(3).column == 3  # "Jones" is the line's third character
    assert second.positions.position(0).column == 1
