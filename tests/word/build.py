"""One annotated list, written three ways: plain text, a .docx made with python-docx, and a .docx
made by LibreOffice from HTML. Each entry is a list of segments `(text, form)`; `form` is "" (plain),
"i", "b", "link:URL", or "field:INSTRUCTION" (a complex field whose result is the text). A "\\n" in
a segment is a line break inside the paragraph (a space in the plain text).
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

BODY = "A body paragraph citing [1], [2] and [4-7]."
DOI_FIELD = 'HYPERLINK "https://doi.org/10.1103/PhysRevE.97.012345"'
ENTRIES: list[tuple[int, list[tuple[str, str]]]] = [
    (1, [
        ("Zheng Y, Yao Y, Ou J, et al. A review of composite solid-state electrolytes for lithium batteries. ", ""),
        ("Chem Soc Rev", "i"), (". 2020 ", ""), ("N", "b"), ("oc;", ""), ("49", "b"), (":8790-839.", ""),
    ]),
    (2, [
        ("Jiang Z, Li J, Yang Y, et al. Machine-learning-revealed statistics of the particle-carbon/binder detachment in lithium-ion battery cathodes.. ", ""),
        ("Nat Commun", "i"), (". 2020;", ""), ("11", "b"), (":2310.", ""),
    ]),
    (4, [
        ("Wang C, Aoyagi K, Aykol M, Mueller T. Ionic conduction through reaction products\nat the electrolyte-electrode interface. ", ""),
        ("ACS Appl Mater Interfaces", "i"), (". 2020;12:55510-55519.", ""),
    ]),
    (5, [("Smith J, Jones K. A study of things in places. ", ""), ("J Things", "i"), (". 2019 Feb 30;3(2):100-9.", "")]),
    (6, [
        ("Brown A. Web resources for everyone [Internet]. 2021 [cited 2023 Jan 5]. Available from: ", ""),
        ("https://example.org/page", "link:https://example.org/page"),
    ]),
    (7, [
        ("Garcia M, Lopez P. Rare events in common systems. ", ""), ("Phys Rev E", "i"),
        (". 2018;97:012345. ", ""), ("doi:10.1103/PhysRevE.97.012345", f"field:{DOI_FIELD}"),
    ]),
]  # fmt: skip
# What each version must report, entry by entry: a misspelt month (its fix crosses a bold run in
# the .docx), doubled punctuation (safe fix inside one run), a skipped number, a day that does not
# exist, a stale access date (unsafe fix inside one run).
FAULTS = {(1, "RL204"), (2, "RL511"), (4, "RL101"), (5, "RL203"), (6, "RL301")}


def entry_text(segments: list[tuple[str, str]]) -> str:
    return "".join(text for text, _ in segments).replace("\n", " ")


def plain_text() -> str:
    lines = [BODY, "", "References"]
    lines += [f"{number}. {entry_text(segments)}" for number, segments in ENTRIES]
    return "\n".join(lines) + "\n"


def _add_segments(document: docx.document.Document, paragraph, segments) -> None:
    for text, form in segments:
        if form.startswith("link:"):
            _hyperlink(document, paragraph, form[5:], text)
        elif form.startswith("field:"):
            _field(paragraph, form[6:], text)
        else:
            run = paragraph.add_run(text)  # "\t" becomes a tab, "\n" a line break
            run.italic = form == "i" or None
            run.bold = form == "b" or None


def _hyperlink(document, paragraph, url: str, text: str) -> None:
    rel = document.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:u")
    style.set(qn("w:val"), "single")
    props.append(style)
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _field_char(paragraph, kind: str) -> None:
    run = OxmlElement("w:r")
    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), kind)
    run.append(mark)
    paragraph._p.append(run)


def _field_start(paragraph, instruction: str) -> None:
    """A complex field's beginning, instruction and separator: its result follows, in as many
    runs and paragraphs as it takes, until `_field_end`."""
    _field_char(paragraph, "begin")
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run.append(instr)
    paragraph._p.append(run)
    _field_char(paragraph, "separate")


def _field_end(paragraph) -> None:
    _field_char(paragraph, "end")


def _field(paragraph, instruction: str, result: str) -> None:
    """A complex field within one paragraph: begin, instruction, separate, result, end."""
    _field_start(paragraph, instruction)
    paragraph.add_run(result)
    _field_end(paragraph)


def _restart_numbering(document, paragraphs, start: int) -> None:
    """Give `paragraphs` a new instance of their style's list that starts at `start`."""
    numbering = document.part.numbering_part.element
    style = document.styles["List Number"].element
    num_id = style.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(num_id).abstractNumId.val
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract))
    num.append(ref)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    begin = OxmlElement("w:startOverride")
    begin.set(qn("w:val"), str(start))
    override.append(begin)
    num.append(override)
    numbering.append(num)
    for paragraph in paragraphs:
        props = paragraph._p.get_or_add_pPr()
        num_pr = props.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = new_id


def word_document(path: Path, *, numbering: str = "auto") -> Path:
    """The list as a .docx: Word's automatic numbering (restarted at 4 by a start override), or
    numbers typed before a tab (`numbering="typed"`)."""
    document = docx.Document()
    document.add_paragraph(BODY)
    document.add_heading("References", level=1)
    restarted = []
    for number, segments in ENTRIES:
        if numbering == "auto":
            paragraph = document.add_paragraph(style="List Number")
            if number >= 4:
                restarted.append(paragraph)
        else:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{number}.\t")
        _add_segments(document, paragraph, segments)
    if restarted:
        _restart_numbering(document, restarted, 4)
    document.add_heading("Appendix", level=1)
    document.add_paragraph("1. Not a reference: the list ends at the heading above.")
    document.save(path)
    return path


def html_document() -> str:
    """The list as HTML for LibreOffice: ordered lists (the second starts at 4), italics, bold,
    a link; a field has no HTML form, so its result is plain text."""

    def segment(text: str, form: str) -> str:
        shown = html.escape(text).replace("\n", "<br/>")
        if form == "i":
            return f"<i>{shown}</i>"
        if form == "b":
            return f"<b>{shown}</b>"
        if form.startswith("link:"):
            return f'<a href="{html.escape(form[5:])}">{shown}</a>'
        return shown

    items = {n: "".join(segment(t, f) for t, f in s) for n, s in ENTRIES}
    first = "".join(f"<li>{items[n]}</li>" for n in items if n < 4)
    second = "".join(f"<li>{items[n]}</li>" for n in items if n >= 4)
    return (
        f"<html><body><p>{html.escape(BODY)}</p><h1>References</h1><ol>{first}</ol>"
        f'<ol start="4">{second}</ol><h1>Appendix</h1><p>Nothing more.</p></body></html>'
    )


def soffice(source: Path, target_format: str, out_dir: Path, profile: Path) -> Path:
    """Convert with LibreOffice in its own profile (so parallel runs do not share one)."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    assert program, "LibreOffice (soffice) is not installed"
    command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    if source.suffix == ".html":
        command.append("--infilter=HTML (StarWriter)")
    command += ["--convert-to", target_format, "--outdir", str(out_dir), str(source)]
    env = dict(os.environ, HOME=str(profile))
    subprocess.run(command, check=True, capture_output=True, timeout=180, env=env)
    produced = out_dir / f"{source.stem}.{target_format.split(':')[0]}"
    assert produced.is_file(), f"LibreOffice wrote no {produced.name}"
    return produced
