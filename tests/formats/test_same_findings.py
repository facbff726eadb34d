"""The same faults land on the same entries whatever format the list arrives in.

Each writer turns the annotated list (`annotated.py`) into one file format; the test lints every
file and compares (entry number, code) pairs with the annotations and with each other. A new
format is one more writer in `WRITERS`.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest

from refslint.engine import lint_text
from tests.formats.annotated import ENTRIES, TODAY, expected

Writer = Callable[[Path], Path]


def plain_text(folder: Path) -> Path:
    path = folder / "refs.txt"
    path.write_text("References\n\n" + "".join(f"{n}. {s}\n" for n, s, _ in ENTRIES), "utf-8")
    return path


URL = re.compile(r"https?://\S+")
DOI = re.compile(r"(?<=doi:)10\.\S+")


def _mixed(text: str) -> str:
    """An entry as a `<mixed-citation>`: escaped, its URL in an `<ext-link>`, its DOI in a
    `<pub-id>`, its first author in `<person-group>` markup."""
    out = escape(text)
    out = URL.sub(
        lambda m: (
            f'<ext-link ext-link-type="uri" xlink:href={quoteattr(m.group())}>'
            f"{m.group()}</ext-link>"
        ),
        out,
    )
    out = DOI.sub(lambda m: f'<pub-id pub-id-type="doi">{m.group()}</pub-id>', out)
    first, _, rest = out.partition(" ")
    return f'<person-group person-group-type="author"><string-name>{first}</string-name></person-group> {rest}'


def jats_mixed(folder: Path) -> Path:
    refs = "\n".join(
        f'      <ref id="r{n}">\n        <label>{n}</label>\n'
        f'        <mixed-citation publication-type="journal">{_mixed(s)}</mixed-citation>\n'
        "      </ref>"
        for n, s, _ in ENTRIES
    )
    path = folder / "refs.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article">\n'
        "  <back>\n    <ref-list>\n"
        f"{refs}\n"
        "    </ref-list>\n  </back>\n</article>\n",
        "utf-8",
    )
    return path


def word(folder: Path) -> Path:
    """A .docx written by python-docx: a heading, then each entry as a paragraph with its number
    typed before a tab and its first word in bold (two runs of different formatting)."""
    import docx

    document = docx.Document()
    document.add_heading("References", level=1)
    for n, text, _ in ENTRIES:
        first, _, rest = text.partition(" ")
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{n}.\t")
        paragraph.add_run(first).bold = True
        paragraph.add_run(f" {rest}")
    path = folder / "refs.docx"
    document.save(path)
    return path


def pdf(folder: Path) -> Path:
    """LibreOffice's PDF of the .docx."""
    from tests.word.build import soffice

    return soffice(word(folder), "pdf", folder / "pdf", folder / "profile")


# One writer per format: it writes `ENTRIES` (in order, with their printed numbers) into a file of
# that format in the folder it is given and returns the file's path; the tests below hold every
# format to the same findings.
WRITERS: dict[str, Writer] = {
    "text": plain_text,
    "jats": jats_mixed,
    "docx": word,
    "pdf": pdf,
}
NEEDS = {"jats": "lxml", "docx": "docx", "pdf": "pypdfium2"}
HAS_SOFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None


def findings(path: Path) -> set[tuple[int, str]]:
    if path.suffix in (".docx", ".pdf"):  # not text: through the command line, as JSON
        from refslint.cli import main

        report = path.with_suffix(".json")
        main(
            [
                "--offline",
                "--today",
                TODAY.isoformat(),
                "--format",
                "json",
                "-o",
                str(report),
                str(path),
            ]
        )
        return {
            (d["entry"], d["code"]) for d in json.loads(report.read_text("utf-8")) if d["entry"]
        }
    text = path.read_text("utf-8")
    found = lint_text(text, path=str(path), today=TODAY, offline=True)
    return {(d.entry, d.code) for d in found if d.entry is not None}


def _available(kind: str) -> None:
    if kind in NEEDS:
        pytest.importorskip(NEEDS[kind])
    if kind == "pdf" and not HAS_SOFFICE:
        pytest.skip("LibreOffice (soffice) is not installed")


KINDS = [
    pytest.param(kind, marks=pytest.mark.slow) if kind == "pdf" else kind
    for kind in sorted(WRITERS)
]


@pytest.mark.parametrize("kind", KINDS)
def test_each_format_finds_the_annotated_faults_at_their_entries(kind, tmp_path):
    _available(kind)
    assert findings(WRITERS[kind](tmp_path)) == expected()


@pytest.mark.slow
def test_every_format_agrees_with_plain_text(tmp_path):
    results = {}
    for kind, write in WRITERS.items():
        _available(kind)
        folder = tmp_path / kind
        folder.mkdir()
        results[kind] = findings(write(folder))
    assert all(found == results["text"] for found in results.values()), results
