"""`--format docx --output FILE`: a reviewed copy with one Word comment per finding, anchored on
the text it is about; the original untouched. LibreOffice opens the copy and the documents made
by LibreOffice are read with the same findings as the plain-text list."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from tests.word import build

HAS_SOFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None


def anchors(path: Path) -> dict[str, str]:
    """Comment id -> the text between its range start and end, read from the document body."""
    body = docx.Document(path).element.body
    open_ranges: dict[str, list[str]] = {}
    found: dict[str, str] = {}
    for element in body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ranges[element.get(qn("w:id"))] = []
        elif element.tag == qn("w:commentRangeEnd"):
            found[element.get(qn("w:id"))] = "".join(open_ranges.pop(element.get(qn("w:id"))))
        elif element.tag == qn("w:t"):
            for pieces in open_ranges.values():
                pieces.append(element.text or "")
    return found


def review(run, source: Path, target: Path) -> tuple[int, str, str]:
    return run("--format", "docx", "--output", str(target), str(source))


def test_one_comment_per_finding_anchored_on_its_text(run, findings, auto_docx, tmp_path):
    original = auto_docx.read_bytes()
    expected = findings(auto_docx)
    reviewed = tmp_path / "reviewed.docx"
    status, out, err = review(run, auto_docx, reviewed)
    assert status == 1
    assert out == ""
    assert f"Wrote {reviewed} with 5 comments." in err
    assert auto_docx.read_bytes() == original  # the original untouched
    document = docx.Document(reviewed)
    comments = list(document.comments)
    assert len(comments) == len(expected) == 5
    by_code = {c.text.splitlines()[1].split()[0]: c for c in comments}
    assert set(by_code) == {code for _, code in build.FAULTS}
    for comment in comments:
        assert comment.author == "refslint"
        assert comment.initials == "RL"
    month = by_code["RL204"].text.splitlines()
    assert month[0] == "'Noc' is not a month (2020 Noc); did you mean 'Nov'?"
    assert month[1] == "RL204 month-invalid (error)"
    assert month[2].startswith("Fix: ") and "“Noc” → “Nov”" in month[2]
    assert "not applied in Word" in month[2]  # it crosses the bold "N"
    assert "Fix:" not in by_code["RL203"].text  # no fix, none said
    texts = anchors(reviewed)
    assert texts[str(by_code["RL204"].comment_id)] == "Noc"
    assert texts[str(by_code["RL511"].comment_id)] == ".."
    assert texts[str(by_code["RL203"].comment_id)] == "30"
    assert texts[str(by_code["RL301"].comment_id)] == "2023 Jan 5"
    # the skipped number is Word's own, not text: the comment goes on the entry's first word
    assert texts[str(by_code["RL101"].comment_id)] == "Wang"
    # splitting runs to anchor the comments changed nothing a reader sees
    before = [p.text for p in docx.Document(auto_docx).paragraphs]
    assert [p.text for p in document.paragraphs] == before
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert "".join(bold) == "N4911"


def test_a_review_needs_an_output_file_and_one_word_file(run, auto_docx, plain, tmp_path):
    status, out, err = run("--format", "docx", str(auto_docx))
    assert status == 2 and out == ""
    assert err.strip() == (
        "refslint: error: --format docx writes a reviewed copy of the Word file: name it with"
        " --output FILE.docx"
    )
    status, _, err = run("--format", "docx", "--output", str(tmp_path / "r.docx"), str(plain))
    assert status == 2 and "name exactly one .docx file" in err
    status, _, err = run("--format", "docx", "--output", str(auto_docx), str(auto_docx))
    assert status == 2 and "is the file being reviewed" in err
    assert not (tmp_path / "r.docx").exists()


@pytest.mark.slow
@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_reviewed_copy(run, auto_docx, tmp_path):
    reviewed = tmp_path / "reviewed.docx"
    review(run, auto_docx, reviewed)
    pdf = build.soffice(reviewed, "pdf", tmp_path / "pdf", tmp_path / "profile")
    assert pdf.stat().st_size > 1000
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.slow
@pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice is not installed")
def test_a_list_written_by_libreoffice_has_the_same_faults(run, findings, plain, tmp_path):
    page = tmp_path / "list.html"
    page.write_text(build.html_document(), encoding="utf-8")
    made = build.soffice(page, 'docx:"MS Word 2007 XML"'.replace('"', ""), tmp_path, tmp_path / "p")
    from_text = {(d["entry"], d["code"]) for d in findings(plain)}
    found = findings(made)
    assert {(d["entry"], d["code"]) for d in found} == from_text == build.FAULTS
    # LibreOffice wrote Word's numbering (restarted at 4), not typed numbers
    document = docx.Document(made)
    numbered = [
        p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None
    ]
    assert len(numbered) == len(build.ENTRIES)
    assert not any(p.text.lstrip()[:1].isdigit() for p in numbered)
    # its fixes keep the formatting too, and a second --fix is a no-op
    run("--fix", "--unsafe-fixes", str(made))
    once = hashlib.sha256(made.read_bytes()).hexdigest()
    run("--fix", "--unsafe-fixes", str(made))
    assert hashlib.sha256(made.read_bytes()).hexdigest() == once
    after = json.loads(run("--format", "json", str(made))[1])
    assert (2, "RL511") not in {(d["entry"], d["code"]) for d in after}
    italic = [r.text for p in docx.Document(made).paragraphs for r in p.runs if r.italic]
    assert "Nat Commun" in italic and "Chem Soc Rev" in italic


def test_the_html_report_shows_the_paragraphs_of_a_word_file(run, auto_docx, tmp_path):
    report = tmp_path / "report.html"
    status, _, _ = run("--format", "html", "--output", str(report), str(auto_docx))
    assert status == 1
    page = report.read_text(encoding="utf-8")
    # the paragraph's own text, the finding's characters marked in it: positions count the same
    assert ">Noc</span>;49:8790-839." in page
    assert "Chem Soc Rev. 2020 <del>Noc</del>;49" in page  # the fix's change, shown in context
