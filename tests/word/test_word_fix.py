"""`--fix` on a .docx: edits inside one run are applied and keep its formatting; the rest are
withheld and said so; a second `--fix` changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

from tests.word import build

W_RUN, W_LINK = qn("w:r"), qn("w:hyperlink")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def paragraph_xml(path: Path) -> list[bytes]:
    body = docx.Document(path).element.body
    return [etree.tostring(p) for p in body.iter(qn("w:p"))]


def formatting(path: Path) -> dict[str, list]:
    """Everything about the document's look and links, apart from the plain runs' text."""
    document = docx.Document(path)
    body = document.element.body
    runs = []
    for run in body.iter(W_RUN):
        props = run.find(qn("w:rPr"))
        shown = etree.tostring(props) if props is not None and len(props) else b""
        in_link = run.getparent().tag == W_LINK
        if shown or in_link:
            runs.append((shown, in_link, "".join(t.text or "" for t in run.iter(qn("w:t")))))
    links = [document.part.rels[link.get(qn("r:id"))].target_ref for link in body.iter(W_LINK)]
    fields = [(c.get(qn("w:fldCharType"))) for c in body.iter(qn("w:fldChar"))]
    instructions = [i.text for i in body.iter(qn("w:instrText"))]
    return {"runs": runs, "links": links, "fields": fields, "instructions": instructions}


def test_fixes_inside_runs_are_applied_and_keep_every_format(run, auto_docx):
    before_xml = paragraph_xml(auto_docx)
    before_format = formatting(auto_docx)
    status, out, err = run("--fix", "--unsafe-fixes", str(auto_docx))
    assert status == 1
    assert "Fixed 2 problems" in out
    text = "\n".join(p.text for p in docx.Document(auto_docx).paragraphs)
    assert "cathodes.. " not in text and "lithium-ion battery cathodes. Nat" in text  # RL511
    assert "[cited 2026 Nov 26]" in text  # RL301, an unsafe fix
    assert "2020 Noc;" in text  # RL204 would cross the bold "N": withheld
    assert (
        f"refslint: note: {auto_docx}: 1 fix withheld to keep the document's formatting"
        " (1 across runs with different formatting)" in err
    )
    assert formatting(auto_docx) == before_format  # bold, italic, hyperlink, field all kept
    after_xml = paragraph_xml(auto_docx)
    changed = [i for i, (a, b) in enumerate(zip(before_xml, after_xml, strict=True)) if a != b]
    assert len(changed) == 2  # only the two fixed paragraphs differ
    # the withheld fix is shown, not counted as one --fix could apply
    assert "RL204 'Noc' is not a month" in out
    assert "RL204 [*]" not in out


def test_a_second_fix_changes_nothing(run, auto_docx):
    run("--fix", "--unsafe-fixes", str(auto_docx))
    once = digest(auto_docx)
    status, out, err = run("--fix", "--unsafe-fixes", str(auto_docx))
    assert digest(auto_docx) == once
    assert "Fixed" not in out
    assert status == 1  # the findings without a fix remain
    assert "1 fix withheld" in err


def test_safe_fixes_only_without_unsafe_fixes(run, typed_docx):
    _, out, _ = run("--fix", str(typed_docx))
    assert "Fixed 1 problem" in out
    text = "\n".join(p.text for p in docx.Document(typed_docx).paragraphs)
    assert "cathodes. Nat" in text
    assert "[cited 2023 Jan 5]" in text


def test_diff_shows_the_paragraphs_and_writes_nothing(run, auto_docx):
    before = digest(auto_docx)
    status, out, err = run("--diff", str(auto_docx))
    assert status == 1
    assert digest(auto_docx) == before
    assert f"--- a/{auto_docx}" in out
    assert "-2. Jiang Z" in out and "+2. Jiang Z" in out
    assert "Would fix 1 problem." in err


def test_a_hyperlinks_text_is_not_edited(run, tmp_path):
    segments = [
        ("Jiang Z. ", ""),
        ("Statistics of detachment in cathodes..", "link:https://example.org/paper"),
        (" Nat Commun. 2020;11:2310.", ""),
    ]
    document = docx.Document()
    document.add_paragraph("References")
    paragraph = document.add_paragraph("1. ")
    build._add_segments(document, paragraph, segments)
    path = tmp_path / "linked.docx"
    document.save(path)
    before = digest(path)
    _, out, err = run("--fix", str(path))
    assert digest(path) == before
    assert "1 inside a hyperlink, whose target would not follow" in err
    assert "RL511 `..` is doubled punctuation" in out


def test_a_reference_managers_bibliography_field_is_left_to_it(run, tmp_path):
    """Zotero and EndNote keep the list as one field's result, which they rewrite: no edit."""
    document = docx.Document()
    document.add_paragraph(build.BODY)
    document.add_paragraph("References")
    entries = [f"{n}. {build.entry_text(s)}" for n, s in build.ENTRIES]
    paragraphs = [document.add_paragraph() for _ in entries]
    build._field_start(paragraphs[0], "ADDIN ZOTERO_BIBL {} CSL_BIBLIOGRAPHY")
    for paragraph, text in zip(paragraphs, entries, strict=True):
        paragraph.add_run(text)
    build._field_end(paragraphs[-1])
    path = tmp_path / "zotero.docx"
    document.save(path)
    before = digest(path)
    status, out, err = run("--fix", "--unsafe-fixes", str(path))
    assert status == 1
    assert digest(path) == before
    assert "3 fixes withheld" in err and "3 inside a field's result" in err
    assert {line.split(": ")[1].split()[0] for line in out.splitlines()[:-1]} == {
        code for _, code in build.FAULTS
    }
