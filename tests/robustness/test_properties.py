"""Property tests: whatever a file holds, refslint finishes, and every position it reports is real.

Inputs are built from real reference entries (the review-124 corpus and the test lists) that are
then damaged character by character, mixed with arbitrary Unicode, control characters, every kind
of line ending, BOMs, tabs, zero-width and non-breaking spaces and deeply nested brackets; they are
read as plain text, Markdown and LaTeX, through `lint_text` and through the command itself.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, seed
from hypothesis import strategies as st

from refslint.cli import main
from refslint.engine import lint_text
from refslint.sources import decode, read_document
from tests.conftest import TODAY
from tests.data import REVIEW_124 as CORPUS
from tests.robustness.conftest import SEED, bounded

ROOT = Path(__file__).resolve().parents[2]


def _real_lines() -> list[str]:
    files = [CORPUS, *sorted((ROOT / "tests" / "lists").glob("*.txt"))]
    lines: list[str] = []
    for file in files:
        lines.extend(line for line in file.read_text(encoding="utf-8").splitlines() if line)
    return lines


REAL = _real_lines()
pytestmark = pytest.mark.slow  # many examples drawn from the review list and the test lists
NEWLINES = ["\n", "\r\n", "\r", "\u2028"]
AWKWARD = [
    "\t", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u2028", "\u2029",
    "\x0b", "\x0c", "\x1c", "\x85", "\x7f", "\x01", "\x1b", "\u0301", "\u202e", "\ufffd",
    "(", ")", "[", "]", "{", "}", "<", ">", "\\", "$", "%", "&", "#", "*", "_", "`", "^", "~",
    "–", "—", "-", ";", ":", ".", ",", "/", "\"", "'", "0", "1", "9", " ", "  ",
    "doi:", "10.", "arXiv:", "http://", "[accessed on ", "2024", "Nov", "\\bibitem{x}",
    "\\end{thebibliography}", "## ", "References", "<!-- ", " -->", "```", "\U0001f600",
]  # fmt: skip

awkward = st.sampled_from(AWKWARD)
any_char = st.characters(codec="utf-8")  # every code point a UTF-8 file can hold


@st.composite
def damaged_line(draw: st.DrawFn) -> str:
    """A real entry with a few characters replaced, inserted or deleted."""
    line = draw(st.sampled_from(REAL))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(line)))
        piece = draw(st.one_of(awkward, any_char))
        action = draw(st.sampled_from(["replace", "insert", "delete"]))
        if action == "insert":
            line = line[:at] + piece + line[at:]
        elif action == "replace":
            line = line[:at] + piece + line[at + 1 :]
        else:
            line = line[:at] + line[at + 1 :]
    return line


@st.composite
def nested(draw: st.DrawFn) -> str:
    depth = draw(st.integers(1, 400))
    opening, closing = draw(st.sampled_from(["()", "[]", "{}", "<>"]))
    inner = draw(st.sampled_from(REAL))
    balanced = draw(st.booleans())
    return opening * depth + inner + (closing * depth if balanced else "")


line = st.one_of(
    damaged_line(),
    st.sampled_from(REAL),
    st.lists(st.one_of(any_char, awkward), max_size=60).map("".join),
    st.lists(awkward, max_size=20).map("".join),
    nested(),
)


@st.composite
def document(draw: st.DrawFn) -> str:
    """Lines joined by mixed line endings, sometimes under a heading or in a LaTeX list."""
    lines = draw(st.lists(line, min_size=0, max_size=12))
    shape = draw(st.sampled_from(["bare", "heading", "markdown", "latex", "numbered"]))
    if shape == "numbered":
        lines = [f"{n}. {text}" for n, text in enumerate(lines, 1)]
    elif shape == "latex":
        lines = [f"\\bibitem{{k{n}}} {text}" for n, text in enumerate(lines)]
        lines = ["\\begin{thebibliography}{99}", *lines, "\\end{thebibliography}"]
    elif shape == "markdown":
        lines = ["# Paper", "Body cites [1] and [2-3].", "", "## References", "", *lines]
    elif shape == "heading":
        lines = ["REFERENCES", *lines]
    text = ""
    for part in lines:
        text += part + draw(st.sampled_from(NEWLINES))
    if draw(st.booleans()):
        text = text.rstrip("\n\r")
    if draw(st.integers(0, 9)) == 0:
        text = "\ufeff" + text
    return text


SUFFIX = st.sampled_from([".txt", ".md", ".tex"])


def file_lines(text: str) -> list[str]:
    """The file's lines as line numbers count them: split at CR LF, CR and LF only."""
    return re.split(r"\r\n|\r|\n", text)


def assert_inside(text: str, where: dict) -> None:
    """A reported range lies within the file: real lines, real columns, end not before start."""
    lines = file_lines(text)
    line, column = where["line"], where["column"]
    end_line, end_column = where["end_line"], where["end_column"]
    assert 1 <= line <= len(lines), where
    assert 1 <= end_line <= len(lines), where
    assert 1 <= column <= len(lines[line - 1]) + 1, where
    assert 1 <= end_column <= len(lines[end_line - 1]) + 1, where
    assert (end_line, end_column) >= (line, column), where


def assert_all_inside(text: str, found: list[dict]) -> None:
    for item in found:
        assert_inside(text, item)
        for edit in (item.get("fix") or {}).get("edits", ()):
            assert_inside(text, edit)


@seed(SEED)
@bounded(200)
@given(text=document(), suffix=SUFFIX)
def test_lint_text_never_raises_and_places_every_diagnostic_in_the_file(text, suffix):
    found = lint_text(text, path=f"refs{suffix}", today=TODAY, offline=True)
    assert_all_inside(text, [d.as_json() for d in found])


@seed(SEED)
@bounded(200)
@given(text=document(), suffix=SUFFIX)
def test_every_entry_maps_back_into_the_file(text, suffix):
    document = read_document(f"refs{suffix}", text)
    lines = file_lines(text)
    for entry in document.entries:
        for index in range(len(entry.text)):
            where = entry.positions.position(index)
            assert 1 <= where.line <= len(lines), (index, where)
            assert 1 <= where.column <= len(lines[where.line - 1]) + 1, (index, where)


def run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    return status, out.getvalue(), err.getvalue()


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be"])


def encoded(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-le":
        return codecs.BOM_UTF16_LE + text.encode(encoding)
    if encoding == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode(encoding)
    return text.encode(encoding)


@seed(SEED)
@bounded(120)
@given(text=document(), suffix=SUFFIX, encoding=ENCODINGS)
def test_the_command_finishes_with_positions_inside_the_file(
    tmp_path_factory, text, suffix, encoding
):
    if encoding == "utf-8" and text.startswith("\ufeff"):
        encoding = "utf-8-sig"  # a leading U+FEFF in a UTF-8 file is its BOM
    data = encoded(text.removeprefix("\ufeff") if encoding != "utf-8" else text, encoding)
    path = tmp_path_factory.mktemp("fuzz") / f"refs{suffix}"
    path.write_bytes(data)
    status, out, err = run(["--offline", "--today", "2026-11-26", "--format", "json", str(path)])
    assert status in (0, 1), err
    assert "Traceback" not in err
    if "\x00" in text and encoding.startswith("utf-8"):
        assert (
            err
            == f"refslint: note: {path}: binary file (NUL byte at offset {data.index(0)}): skipped\n"
        )
        assert json.loads(out) == []
        return
    decoded, _, _ = decode(data, str(path))
    assert_all_inside(decoded, json.loads(out))


@seed(SEED)
@bounded(80)
@given(text=document(), suffix=SUFFIX, unsafe=st.booleans())
def test_fixing_never_fails_and_leaves_a_readable_file(tmp_path_factory, text, suffix, unsafe):
    text = text.lstrip("\ufeff").replace("\x00", "")
    path = tmp_path_factory.mktemp("fuzz") / f"refs{suffix}"
    path.write_bytes(text.encode("utf-8"))
    argv = ["--offline", "--today", "2026-11-26", "--fix", str(path)]
    status, _, err = run([*argv, "--unsafe-fixes"] if unsafe else argv)
    assert status in (0, 1), err
    fixed, encoding, _ = decode(path.read_bytes(), str(path))
    assert encoding == "utf-8"
    status, out, err = run(["--offline", "--today", "2026-11-26", "--format", "json", str(path)])
    assert status in (0, 1), err
    assert_all_inside(fixed, json.loads(out))


@seed(SEED)
@bounded(150)
@given(
    data=st.one_of(
        st.binary(max_size=300),
        document()
        .map(lambda t: t.encode("utf-8"))
        .flatmap(
            lambda b: st.tuples(st.just(b), st.binary(min_size=1, max_size=4), st.integers(0, 300))
        )
        .map(lambda t: t[0][: t[2]] + t[1] + t[0][t[2] :]),
    ),
    suffix=SUFFIX,
)
def test_any_bytes_give_findings_or_one_clear_line_never_a_traceback(
    tmp_path_factory, data, suffix
):
    path = tmp_path_factory.mktemp("fuzz") / f"refs{suffix}"
    path.write_bytes(data)
    status, out, err = run(["--offline", "--today", "2026-11-26", "--format", "json", str(path)])
    assert "Traceback" not in err
    assert status in (0, 1, 2)
    if status == 2:
        [message] = [line for line in err.splitlines() if line.strip()]
        assert message.startswith(f"refslint: error: {path}: not UTF-"), message
        assert re.search(r"at offset \d+$", message), message
    elif "binary file" in err:
        assert err.startswith(f"refslint: note: {path}: binary file (NUL byte at offset ")
        assert json.loads(out) == []
    else:
        decoded, _, _ = decode(data, str(path))
        assert_all_inside(decoded, json.loads(out))


@seed(SEED)
@bounded(150)
@given(text=st.text(max_size=200), suffix=SUFFIX)
def test_lone_surrogates_and_any_code_point_in_a_string_do_not_crash(text, suffix):
    lint_text(text, path=f"refs{suffix}", today=TODAY, offline=True)
