"""`--fix`, `--unsafe-fixes` and `--diff` through the `refslint` command, byte for byte."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest

from refslint.cli import main
from refslint.diagnostics import Applicability, Located, LocatedEdit
from refslint.fixes import apply_once

TODAY = "2026-11-26"
# Five conference papers set the list's marker (`In:`) and page marker (`p.`); the list ends every
# entry with a period. Entry 6 breaks all three (safe fixes); entry 7 has a misspelt month (an
# unsafe fix).
PROCEEDINGS = (
    "Proceedings of the 34th International Conference on Machine Learning; Sydney, Australia"
)
LIST = "".join(
    f"{n}. Author{n} J, Writer K. Paper number {n}. In: {PROCEEDINGS}. 2017. p. 12-9.\n"
    for n in range(1, 6)
) + (
    f"6. Gilmer J, Dahl GE. Neural message passing. In. {PROCEEDINGS}. 2017. pp. 1263-72\n"
    "7. Smith J. A title. J Chem Phys. 2020 Noc 9;12:1-5.\n"
)
FIXED_SAFE = LIST.replace("In. ", "In: ").replace("pp. 1263-72\n", "p. 1263-72.\n")
FIXED_ALL = FIXED_SAFE.replace("Noc", "Nov")
SELECT = ["--select", "RL801,RL802,RL808,RL204"]


def lint(path: Path, *args: str) -> int:
    return main([str(path), "--today", TODAY, *SELECT, *args])


@pytest.fixture
def listfile(tmp_path: Path) -> Path:
    path = tmp_path / "refs.txt"
    path.write_bytes(LIST.encode())
    return path


def test_fix_applies_safe_fixes_only_and_reports_what_remains(listfile, capsys):
    assert lint(listfile, "--fix") == 1  # changed, and RL204 remains
    assert listfile.read_bytes() == FIXED_SAFE.encode()
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"{listfile}:7:40: RL204 'Noc' is not a month (2020 Noc 9); did you mean 'Nov'?",
        "Fixed 3 problems; found 1 problem in 1 file (7 entries); "
        "no fixes available (1 hidden fix can be enabled with --unsafe-fixes).",
    ]


def test_second_fix_is_a_no_op_byte_for_byte(listfile, capsys):
    lint(listfile, "--fix")
    capsys.readouterr()
    first = listfile.read_bytes()
    mtime = listfile.stat().st_mtime_ns
    assert lint(listfile, "--fix") == 1  # RL204 still there
    assert listfile.read_bytes() == first
    assert listfile.stat().st_mtime_ns == mtime  # not even rewritten
    assert "Fixed" not in capsys.readouterr().out


def test_unsafe_fixes_apply_too_and_a_clean_result_exits_1_once_then_0(listfile, capsys):
    assert lint(listfile, "--fix", "--unsafe-fixes") == 1  # it changed the file
    assert listfile.read_bytes() == FIXED_ALL.encode()
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Fixed 4 problems; all checks passed: 7 entries in 1 file."
    )
    assert lint(listfile, "--fix", "--unsafe-fixes") == 0
    assert listfile.read_bytes() == FIXED_ALL.encode()


def test_text_output_marks_fixable_diagnostics(listfile, capsys):
    assert lint(listfile) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": ", 1)[1].split(" ", 2)[:2] for line in lines[:-1]] == [
        ["RL801", "[*]"],
        ["RL802", "[*]"],
        ["RL808", "[*]"],
        ["RL204", "'Noc'"],  # unsafe: not marked without --unsafe-fixes
    ]
    assert lines[-1] == (
        "Found 4 problems in 1 file (7 entries); 3 fixable with --fix "
        "(1 hidden fix can be enabled with --unsafe-fixes)."
    )
    lint(listfile, "--unsafe-fixes")
    out = capsys.readouterr().out
    assert "RL204 [*]" in out
    assert out.splitlines()[-1].endswith("; 4 fixable with --fix --unsafe-fixes.")
    assert listfile.read_bytes() == LIST.encode()  # --unsafe-fixes alone writes nothing


def test_diff_prints_a_unified_diff_and_writes_nothing(listfile, capsys):
    assert lint(listfile, "--diff") == 1
    captured = capsys.readouterr()
    assert listfile.read_bytes() == LIST.encode()
    assert captured.out.splitlines()[:3] == [
        f"--- a/{listfile}",
        f"+++ b/{listfile}",
        "@@ -3,5 +3,5 @@",
    ]
    removed = [line for line in captured.out.splitlines() if line.startswith("-6.")]
    added = [line for line in captured.out.splitlines() if line.startswith("+6.")]
    assert removed == ["-" + LIST.splitlines()[5]]
    assert added == ["+" + FIXED_SAFE.splitlines()[5]]
    assert captured.err == "Would fix 3 problems.\n"


def test_diff_with_nothing_to_fix_prints_nothing_and_exits_0(tmp_path, capsys):
    path = tmp_path / "refs.txt"
    path.write_bytes(FIXED_SAFE.encode())
    assert lint(path, "--diff") == 0  # RL204 remains, but --diff only speaks of fixes
    assert capsys.readouterr() == ("", "No fixes to apply.\n")


def test_fix_refuses_standard_input(capsys):
    assert main(["-", "--fix"]) == 2
    assert capsys.readouterr().err == (
        "refslint: error: --fix cannot write back to standard input; use --diff to see the fixes\n"
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("final", [True, False])
def test_encoding_line_endings_and_final_newline_are_kept(
    tmp_path, encoding, newline, final, capsys
):
    def encoded(text: str) -> bytes:
        text = text.replace("\n", newline)
        if not final:
            text = text.removesuffix(newline)
        bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(
            encoding, b""
        )
        return bom + text.encode(encoding)

    path = tmp_path / "refs.txt"
    path.write_bytes(encoded(LIST))
    lint(path, "--fix", "--unsafe-fixes")
    assert path.read_bytes() == encoded(FIXED_ALL)
    assert "Fixed 4 problems" in capsys.readouterr().out


def test_the_write_is_atomic_and_keeps_permissions(listfile):
    os.chmod(listfile, 0o640)
    lint(listfile, "--fix")
    assert stat.S_IMODE(listfile.stat().st_mode) == 0o640
    assert sorted(p.name for p in listfile.parent.iterdir()) == ["refs.txt"]  # no temporary left


def test_a_symlinked_list_stays_a_symlink(tmp_path):
    real = tmp_path / "real.txt"
    real.write_bytes(LIST.encode())
    link = tmp_path / "refs.txt"
    link.symlink_to(real)
    lint(link, "--fix")
    assert link.is_symlink()
    assert real.read_bytes() == FIXED_SAFE.encode()


def test_a_read_only_folder_is_a_clear_error(tmp_path, capsys):
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "refs.txt"
    path.write_bytes(LIST.encode())
    folder.chmod(0o500)
    try:
        assert lint(path, "--fix") == 2
    finally:
        folder.chmod(0o700)
    assert path.read_bytes() == LIST.encode()
    assert "cannot write" in capsys.readouterr().err


# --- edits across the line breaks of wrapped entries -----------------------------------------------

# A plugin rule whose edit ends on the space that joins two wrapped lines: it replaces "In. "
# (marker and the joining space) with "In: ". In the file that space is the line break and the next
# line's indentation, which must survive.
JOIN_PLUGIN = """
from refslint.api import Category, Diagnostic, Edit, Fix, Severity, Span, rule

@rule(code="XJ001", name="marker-and-space", category=Category.FORMAT,
      severity=Severity.WARNING, summary="s")
def check(ref, ctx):
    at = ref.text.find("In. ")
    if at >= 0:
        span = Span(at, at + 4)
        yield Diagnostic(span, "marker", fix=Fix.safe(Edit(span, "In: "), message="m"))
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_an_edit_ending_on_a_joining_space_keeps_the_line_break(tmp_path, plugin, newline):
    plugin(JOIN_PLUGIN)
    text = (
        f"1. Gilmer J. Neural message passing. In.{newline}   Proceedings of ICML; 2017.{newline}"
    )
    path = tmp_path / "refs.txt"
    path.write_bytes(text.encode())
    assert main([str(path), "--select", "XJ", "--fix"]) == 1
    assert path.read_bytes() == text.replace("In.", "In:").encode()
    assert main([str(path), "--select", "XJ", "--fix"]) == 0


# Two rules fixing the same word: both fixes overlap, the first is applied, the second is left for
# the next pass, where its rule no longer fires. Without resolution the text would read "NovNov".
OVERLAP_PLUGIN = """
from refslint.api import Category, Diagnostic, Edit, Fix, Severity, Span, rule

def _fix(ref, code, extra):
    at = ref.text.find("Noc")
    if at >= 0:
        span = Span(at, at + 3 + extra)
        yield Diagnostic(span, code, fix=Fix.safe(Edit(span, "Nov" + ref.text[at + 3:at + 3 + extra]), message="m"))

@rule(code="XO001", name="one", category=Category.FORMAT, severity=Severity.WARNING, summary="s")
def one(ref, ctx):
    yield from _fix(ref, "one", 0)

@rule(code="XO002", name="two", category=Category.FORMAT, severity=Severity.WARNING, summary="s")
def two(ref, ctx):
    yield from _fix(ref, "two", 2)
"""


def test_overlapping_fixes_are_resolved_not_merged(tmp_path, plugin, capsys):
    plugin(OVERLAP_PLUGIN)
    path = tmp_path / "refs.txt"
    path.write_bytes(b"1. Smith J. A title. J Chem Phys. 2020 Noc 9;12:1-5.\n")
    assert main([str(path), "--select", "XO", "--fix"]) == 1
    assert path.read_bytes() == b"1. Smith J. A title. J Chem Phys. 2020 Nov 9;12:1-5.\n"
    assert capsys.readouterr().out.splitlines()[-1].startswith("Fixed 1 problem; all checks passed")


def _located(line: int, column: int, end_column: int, text: str) -> Located:
    edit = LocatedEdit(line, column, line, end_column, text)
    return Located(
        "x",
        line,
        column,
        "X1",
        line,
        end_column,
        1,
        "n",
        "format",
        2,
        "m",  # type: ignore[arg-type]
        fix_applicability=Applicability.SAFE,
        edits=(edit,),
    )


def test_apply_once_defers_overlaps_and_drops_edits_it_cannot_place():
    text = "abcdef\n"
    results = [_located(1, 2, 4, "XY"), _located(1, 3, 5, "ZZ"), _located(9, 1, 2, "?")]
    new, applied, deferred = apply_once(text, results, Applicability.SAFE)
    assert (new, applied, deferred) == ("aXYdef\n", 1, 1)
