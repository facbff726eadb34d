"""The command line through `main([...])` and, for a few, the installed console script."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from refslint import __version__
from refslint.cli import main

ROOT = Path(__file__).resolve().parents[2]
CLEAN = (ROOT / "tests" / "data" / "clean.txt").read_text(encoding="utf-8")  # no problems
GAP = CLEAN.replace("\n3. Wang", "\n4. Wang")  # number 3 is missing: RL101 on line 4

PLUGIN = '''
from refslint.api import Category, Diagnostic, Edit, Fix, Severity, Span, rule

@rule(code="XT001", name="no-percent", category=Category.FORMAT, severity=Severity.WARNING,
      summary="A percent sign in an entry", fixable=True)
def no_percent(ref, ctx):
    """## What it does
    Flags a percent sign.
    """
    i = ref.text.find("%")
    if i >= 0:
        span = Span(i, i + 1)
        fix = Fix.safe(Edit(span, " percent"), message="Spell it out")
        yield Diagnostic(span, "50% sign,\\nhere", fix=fix)

@rule(code="XT002", name="info-only", category=Category.FORMAT, severity=Severity.INFO, summary="s")
def info_only(ref, ctx):
    if "Info" in ref.text:
        yield Diagnostic(None, "just so you know")

@rule(code="XT003", name="crashes", category=Category.FORMAT, severity=Severity.ERROR, summary="s")
def crashes(ref, ctx):
    if "Crash" in ref.text:
        raise RuntimeError("rule bug")
    yield from ()
'''


@pytest.fixture
def cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def stdin_bytes(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --- output formats and exit status ---------------------------------------------------------------


def test_text_output_and_summary(cwd, capsys, plugin):
    plugin(PLUGIN)
    write(cwd / "refs.txt", "1. Smith J. Yield of 5% here. 2020.\n2. Doe K. Info only. 2021.\n")
    assert main(["refs.txt", "--select", "XT"]) == 1
    out, err = capsys.readouterr()
    assert out == (
        "refs.txt:1:23: XT001 [*] 50% sign,\nhere\n"
        "refs.txt:2:1: XT002 just so you know\n"
        "Found 2 problems in 1 file (2 entries); 1 fixable with --fix.\n"
    )
    assert err == ""


@pytest.mark.parametrize(
    ("files", "summary"),
    [
        ({"a.txt": CLEAN}, "All checks passed: 3 entries in 1 file."),
        (
            {"a.txt": "References\nSmith J. Only one. 2020.\n"},
            "All checks passed: 1 entry in 1 file.",
        ),
        ({"a.txt": CLEAN, "b.txt": CLEAN}, "All checks passed: 6 entries in 2 files."),
        ({"a.txt": GAP}, "Found 1 problem in 1 file (3 entries)."),
    ],
)
def test_summary_line_counts_in_the_right_forms(cwd, capsys, files, summary):
    for name, text in files.items():
        write(cwd / name, text)
    status = main([*files, "--select", "RL101"])
    assert capsys.readouterr().out.splitlines()[-1] == summary
    assert status == (1 if "Found" in summary else 0)


def test_info_never_fails_the_run_and_exit_zero_forgives_warnings(cwd, capsys, plugin):
    plugin(PLUGIN)
    write(cwd / "info.txt", "1. Doe K. Info only. 2021.\n")
    write(cwd / "warn.txt", "1. Doe K. 5% of it. 2021.\n")
    assert main(["info.txt", "--select", "XT"]) == 0
    assert main(["warn.txt", "--select", "XT"]) == 1
    assert main(["warn.txt", "--select", "XT", "--exit-zero"]) == 0
    assert "XT001" in capsys.readouterr().out


def test_json_output_is_the_design_contract(cwd, capsys, plugin):
    plugin(PLUGIN)
    write(cwd / "refs.txt", "References\n1. Smith J. Yield of\n   5% here. 2020.\n")
    assert main(["refs.txt", "--format", "json", "--select", "XT001"]) == 1
    (item,) = json.loads(capsys.readouterr().out)
    assert item == {
        "path": "refs.txt",
        "line": 3,
        "column": 5,
        "end_line": 3,
        "end_column": 6,
        "entry": 1,
        "code": "XT001",
        "name": "no-percent",
        "category": "format",
        "severity": "warning",
        "message": "50% sign,\nhere",
        "fix": {
            "applicability": "safe",
            "message": "Spell it out",
            "edits": [{"line": 3, "column": 5, "end_line": 3, "end_column": 6, "text": " percent"}],
        },
    }


def test_json_output_of_a_clean_run_is_an_empty_array(cwd, capsys):
    write(cwd / "refs.txt", CLEAN)
    assert main(["refs.txt", "--format", "json", "--select", "RL1"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_github_output_escapes_data_and_properties(cwd, capsys, plugin):
    plugin(PLUGIN)
    write(cwd / "a,b:c.txt", "1. Smith J. 5% here. 2020.\n2. Info K. Title. 2021.\n")
    assert main(["a,b:c.txt", "--format", "github", "--select", "XT"]) == 1
    assert capsys.readouterr().out == (
        "::warning file=a%2Cb%3Ac.txt,line=1,col=14,endLine=1,endColumn=15,"
        "title=XT001 no-percent::50%25 sign,%0Ahere\n"
        "::notice file=a%2Cb%3Ac.txt,line=2,col=1,endLine=2,endColumn=3,"
        "title=XT002 info-only::just so you know\n"
    )


def test_github_output_uses_error_for_error_rules(cwd, capsys):
    write(cwd / "refs.txt", GAP)
    assert main(["refs.txt", "--format", "github", "--select", "RL101"]) == 1
    assert capsys.readouterr().out.startswith(
        "::error file=refs.txt,line=4,col=1,endLine=4,endColumn=3,title=RL101 number-gap::"
    )


def test_statistics_count_per_rule(cwd, capsys, plugin):
    plugin(PLUGIN)
    write(cwd / "refs.txt", "1. A 5%.\n2. B 5%.\n3. Info C.\n")
    assert main(["refs.txt", "--statistics", "--select", "XT"]) == 1
    assert capsys.readouterr().out == (
        "2\tXT001\tno-percent\n1\tXT002\tinfo-only\n"
        "Found 3 problems in 1 file (3 entries); 2 fixable with --fix.\n"
    )
    assert main(["refs.txt", "--statistics", "--format", "json", "--select", "XT"]) == 1
    assert json.loads(capsys.readouterr().out) == [
        {"code": "XT001", "name": "no-percent", "count": 2, "fixable": True, "fixable_count": 2},
        {"code": "XT002", "name": "info-only", "count": 1, "fixable": False, "fixable_count": 0},
    ]


# --- inputs ---------------------------------------------------------------------------------------


def test_stdin(cwd, capsys, monkeypatch):
    stdin_bytes(monkeypatch, GAP.replace("\n", "\r\n").encode("utf-8"))
    assert main(["-", "--select", "RL101"]) == 1
    assert capsys.readouterr().out.startswith("<stdin>:4:1: RL101 ")


def test_directories_are_walked_for_text_markdown_and_latex(cwd, capsys):
    write(cwd / "docs" / "a.txt", GAP)
    write(cwd / "docs" / "sub" / "b.md", GAP)
    write(cwd / "docs" / "sub" / "c.tex", GAP)
    write(cwd / "docs" / "d.bib", GAP)  # not a list format we read
    write(cwd / "docs" / ".hidden" / "e.txt", GAP)
    write(cwd / "docs" / "venv" / "pyvenv.cfg", "home = /usr\n")
    write(cwd / "docs" / "venv" / "f.txt", GAP)
    assert main(["docs", "--select", "RL101"]) == 1
    paths = [line.split(":")[0] for line in capsys.readouterr().out.splitlines()[:-1]]
    assert paths == [
        os.path.join("docs", "a.txt"),
        os.path.join("docs", "sub", "b.md"),
        os.path.join("docs", "sub", "c.tex"),
    ]


def test_a_named_file_is_linted_whatever_its_suffix(cwd, capsys):
    write(cwd / "REFS", GAP)
    assert main(["REFS", "--select", "RL101"]) == 1
    assert capsys.readouterr().out.startswith("REFS:4:1: RL101")


def test_files_without_a_list_are_quiet(cwd, capsys):
    write(cwd / "requirements.txt", "lark>=1.2\npytest\n")
    assert main(["requirements.txt"]) == 0
    assert capsys.readouterr().out == "No reference list found in 1 file.\n"


def test_an_unnumbered_list_without_its_heading_gets_a_hint(cwd, capsys):
    apa = (
        "Kahneman, D. (2011). Thinking, fast and slow. Farrar, Straus and Giroux.\n"
        "Tversky, A., & Kahneman, D. (1974). Judgment under uncertainty. Science, 185, 1124.\n"
    )
    write(cwd / "refs.txt", apa)
    assert main(["--offline", "refs.txt"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "No reference list found in 1 file.\n"
    assert "refs.txt: these lines read like an unnumbered reference list" in captured.err
    write(cwd / "refs.txt", "References\n\n" + apa)  # with the heading it is read
    main(["--offline", "refs.txt"])
    captured = capsys.readouterr()
    assert "(2 entries)" in captured.out or "2 entries in 1 file" in captured.out
    assert "unnumbered" not in captured.err
    write(cwd / "notes.txt", "2024-01-02 Fixed the crash. See the log.\nSome prose, 2020.\n")
    main(["--offline", "notes.txt"])
    assert "unnumbered" not in capsys.readouterr().err


def test_a_failed_file_is_never_summarised_as_all_checks_passed(cwd, capsys):
    write(cwd / "refs.txt", "1. Kern JH. Title here. J Immunol. 1994;152:2110-8.\n")
    (cwd / "broken.txt").write_bytes(b"1. Kern JH. Title \xff\xfe here.\n")
    assert main(["--offline", "refs.txt", "broken.txt"]) == 2
    captured = capsys.readouterr()
    assert "All checks passed" not in captured.out
    assert "1 error stopped part of the run" in captured.out
    assert "broken.txt" in captured.err and "offset 18" in captured.err


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (
            lambda d: None,
            ["missing.txt"],
            "refslint: error: missing.txt: no such file or directory\n",
        ),
        (
            lambda d: (d / "empty").mkdir(),
            ["empty"],
            "refslint: error: empty: no .txt, .md or .tex files to lint\n",
        ),
        (
            lambda d: (d / "l.txt").write_bytes(b"1. M\xfcller K.\n"),
            ["l.txt"],
            "refslint: error: l.txt: not UTF-8 text: cannot decode byte 0xfc at offset 4\n",
        ),
        (
            lambda d: None,
            [],
            "refslint: error: no paths given: name files or directories to lint, "
            "or - for standard input\n",
        ),
        (
            lambda d: None,
            ["x.txt", "--select", "RL3O1"],
            "refslint: error: unknown rule code or prefix 'RL3O1' (did you mean 'RL301'?)\n",
        ),
        (
            lambda d: None,
            ["-", "--fix"],
            "refslint: error: --fix cannot write back to standard input; use --diff to see the fixes\n",
        ),
        (lambda d: None, ["--explain", "RL99"], "refslint: error: unknown rule code 'RL99'"),
    ],
)
def test_failed_runs_exit_2_with_one_line(cwd, capsys, setup, args, message):
    setup(cwd)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert len(err.splitlines()) == 1
    assert "Traceback" not in err


def test_an_unreadable_file_does_not_stop_the_others(cwd, capsys):
    (cwd / "bad.txt").write_bytes(b"1. M\xfcller K.\n")
    write(cwd / "good.txt", GAP)
    assert main(["bad.txt", "good.txt", "--select", "RL101"]) == 2
    out, err = capsys.readouterr()
    assert out.startswith("good.txt:4:1: RL101")
    assert err.startswith("refslint: error: bad.txt: not UTF-8 text")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (
            ["--today", "2026-13-01", "x.txt"],
            "argument --today: not a date as YYYY-MM-DD: '2026-13-01'",
        ),
        (["--format", "xml", "x.txt"], "argument --format: invalid choice: 'xml'"),
        (["--no-such-flag"], "unrecognized arguments: --no-such-flag"),
    ],
)
def test_usage_errors_exit_2(cwd, capsys, args, fragment):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "refslint: error: " in err and fragment in err


def test_a_crashing_rule_names_itself_and_the_rest_is_still_reported(cwd, capsys, plugin):
    plugin(PLUGIN)
    write(cwd / "refs.txt", "1. Crash A. 5%.\n3. B.\n")
    assert main(["refs.txt", "--select", "XT,RL101"]) == 2
    out, err = capsys.readouterr()
    assert "refs.txt:1:14: XT001" in out and "refs.txt:2:1: RL101" in out
    assert err.startswith(
        "refslint: error: rule XT003 (crashes) from plugin 'extra1' (dist refslint-test-plugin-1) "
        "failed on entry 1 of refs.txt: RuntimeError: rule bug"
    )


def test_a_broken_plugin_is_named(cwd, capsys, plugin):
    plugin("import refslint_no_such_module\n")
    write(cwd / "refs.txt", CLEAN)
    assert main(["refs.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "refslint: error: plugin 'extra1' (dist refslint-test-plugin-1): cannot load"
    )
    assert len(err.splitlines()) == 1


# --- selection ------------------------------------------------------------------------------------


def test_select_ignore_and_extend_select(cwd, capsys):
    write(cwd / "refs.txt", GAP)
    assert main(["refs.txt", "--ignore", "RL101"]) == 0
    assert main(["refs.txt", "--select", "RL104"]) == 0
    assert main(["refs.txt", "--select", "RL104", "--extend-select", "RL101"]) == 1
    assert main(["refs.txt", "--select", "rl1", "--ignore", "RL10"]) == 0
    out = capsys.readouterr().out
    assert out.count("RL101") == 1


# --- rule documentation ---------------------------------------------------------------------------


def test_list_rules_prints_a_table(capsys):
    assert main(["--list-rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["code", "name", "category", "severity", "fixable", "summary"]
    parse = next(line for line in lines if line.startswith("RL001"))
    assert parse.split()[:5] == ["RL001", "parse-error", "parse", "error", "no"]
    assert parse.endswith("Entry could not be read as a reference")
    codes = [line.split()[0] for line in lines[1:]]
    assert codes == sorted(codes)


def test_explain_prints_header_and_docs(capsys):
    assert main(["--explain", "rl001"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("RL001 parse-error: Entry could not be read as a reference\n")
    for section in ("## What it does", "## Why is this bad?", "## Example", "Use instead:"):
        assert section in out


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"refslint {__version__}\n"


# --- refslint parse -------------------------------------------------------------------------------


def test_parse_prints_csl_json_and_span_json(cwd, capsys):
    write(cwd / "refs.txt", CLEAN)
    assert main(["parse", "refs.txt"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [item["citation-number"] for item in items] == ["1", "2", "3"]
    assert items[0]["title"].startswith("A review of composite solid-state electrolytes")
    assert main(["parse", "refs.txt", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_parse_reports_unreadable_files(cwd, capsys):
    assert main(["parse", "missing.txt"]) == 2
    assert capsys.readouterr().err == "refslint: error: missing.txt: no such file or directory\n"


# --- the installed command ------------------------------------------------------------------------


def installed_command() -> list[str]:
    script = shutil.which("refslint", path=os.path.dirname(sys.executable))
    if script is None:
        pytest.skip("the refslint console script is not installed beside this Python")
    return [script]


def test_console_script_lints_the_example(capsys):
    result = subprocess.run(
        [*installed_command(), "--today", "2026-11-26", str(ROOT / "examples" / "references.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    codes = {line.split(": ")[1].split()[0] for line in result.stdout.splitlines()[:-1]}
    assert {"RL101", "RL204", "RL301"} <= codes
    assert result.stdout.splitlines()[-1].startswith("Found ")


def test_python_m_refslint_and_errors_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "refslint", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert (
        result.stderr == f"refslint: error: {tmp_path / 'missing.txt'}: no such file or directory\n"
    )


def test_cold_start_leaves_heavy_modules_unloaded():
    probe = (
        "import sys, refslint.cli\n"
        "heavy = ['lark', 'json', 'difflib', 'tomllib', 'refslint.csl', 'refslint.grammar',"
        " 'refslint.reporters.json', 'refslint_rules']\n"
        "print([name for name in heavy if name in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
