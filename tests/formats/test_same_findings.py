"""The same faults land on the same entries whatever format the list arrives in.

Each writer turns the annotated list (`annotated.py`) into one file format; the test lints every
file and compares (entry number, code) pairs with the annotations and with each other. A new
format is one more writer in `WRITERS`.
"""

from __future__ import annotations

import re
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


# One writer per format: it writes `ENTRIES` (in order, with their printed numbers) into a file of
# that format in the folder it is given and returns the file's path. The Word (.docx) and PDF
# readers add theirs here ("docx": a python-docx or LibreOffice document, "pdf": LibreOffice's
# PDF of it); the tests below then hold them to the same findings.
WRITERS: dict[str, Writer] = {
    "text": plain_text,
    "jats": jats_mixed,
}


def findings(path: Path) -> set[tuple[int, str]]:
    text = path.read_text("utf-8")
    found = lint_text(text, path=str(path), today=TODAY, offline=True)
    return {(d.entry, d.code) for d in found if d.entry is not None}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_each_format_finds_the_annotated_faults_at_their_entries(kind, tmp_path):
    if kind == "jats":
        pytest.importorskip("lxml")
    assert findings(WRITERS[kind](tmp_path)) == expected()


def test_every_format_agrees_with_plain_text(tmp_path):
    pytest.importorskip("lxml")
    results = {}
    for kind, write in WRITERS.items():
        folder = tmp_path / kind
        folder.mkdir()
        results[kind] = findings(write(folder))
    assert all(found == results["text"] for found in results.values()), results
