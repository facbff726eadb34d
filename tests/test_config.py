"""Config discovery and validation, through the command line where the user meets them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from refslint.cli import main
from refslint.config import ConfigError, from_mapping
from refslint.registry import load_rules

GAP = "References\n1. Smith J. A title. Lancet 2020;1:2.\n3. Doe K. Other title. BMJ 2021;2:3.\n"
WEB = (
    "1. Materials Data Consortium. Open battery materials database [Internet]. Berkeley (CA): "
    "Materials Data Consortium; 2019 [cited 2026 Jan 10]. Available from: https://example.org/db\n"
)


@pytest.fixture
def cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def codes(capsys) -> list[str]:
    return [line.split(": ")[1].split()[0] for line in capsys.readouterr().out.splitlines()[:-1]]


def error(capsys) -> str:
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    return err.removeprefix("refslint: error: ").rstrip("\n")


# --- discovery ------------------------------------------------------------------------------------


def test_pyproject_is_found_by_walking_up_from_the_file(cwd, capsys):
    write(
        cwd / "pyproject.toml", '[project]\nname = "paper"\n\n[tool.refslint]\nignore = ["RL101"]\n'
    )
    write(cwd / "paper" / "refs" / "list.txt", GAP)
    assert main([str(cwd / "paper" / "refs" / "list.txt")]) == 0


def test_a_pyproject_without_the_table_is_passed_over(cwd, capsys):
    write(cwd / "refslint.toml", 'ignore = ["RL101"]\n')
    write(cwd / "sub" / "pyproject.toml", '[project]\nname = "paper"\n')
    write(cwd / "sub" / "list.txt", GAP)
    assert main(["sub/list.txt"]) == 0


def test_the_nearest_file_wins_and_dot_refslint_toml_first(cwd, capsys):
    write(cwd / "refslint.toml", 'ignore = ["RL101"]\n')
    write(cwd / "sub" / "refslint.toml", 'select = ["RL104"]\n')
    write(cwd / "sub" / ".refslint.toml", 'select = ["RL101"]\n')
    write(cwd / "sub" / "list.txt", GAP)
    write(cwd / "top.txt", GAP)
    assert main(["sub/list.txt", "top.txt"]) == 1
    assert codes(capsys) == ["RL101"]  # from sub/list.txt only


def test_explicit_config_replaces_discovery(cwd, capsys):
    write(cwd / "refslint.toml", 'ignore = ["RL101"]\n')
    write(cwd / "strict.toml", 'select = ["RL1"]\n')
    write(cwd / "list.txt", GAP)
    assert main(["list.txt", "--config", "strict.toml"]) == 1
    assert main(["list.txt", "--config", "none.toml"]) == 2
    assert error(capsys) == "none.toml: config file not found"


def test_stdin_uses_the_config_of_the_working_directory(cwd, capsys, monkeypatch):
    import io
    import sys

    write(cwd / ".refslint.toml", 'ignore = ["RL101"]\n')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GAP.encode())))
    assert main(["-"]) == 0


def test_per_file_ignores_match_globs_relative_to_the_config(cwd, capsys):
    write(
        cwd / "refslint.toml",
        '[per-file-ignores]\n"legacy/*.txt" = ["RL1"]\n"old.md" = ["RL101"]\n',
    )
    write(cwd / "legacy" / "a.txt", GAP)
    write(cwd / "current" / "a.txt", GAP)
    write(cwd / "docs" / "old.md", GAP)
    assert main(["legacy/a.txt", "docs/old.md", "current/a.txt"]) == 1
    out = capsys.readouterr().out
    assert "current/a.txt:3:1: RL101" in out
    assert "legacy" not in out and "old.md" not in out


def test_command_line_select_replaces_config_and_extend_select_adds(cwd, capsys):
    write(cwd / "refslint.toml", 'select = ["RL104"]\n')
    write(cwd / "list.txt", GAP)
    assert main(["list.txt"]) == 0
    assert main(["list.txt", "--extend-select", "RL101"]) == 1
    assert main(["list.txt", "--select", "RL1"]) == 1
    write(cwd / "refslint.toml", 'ignore = ["RL101"]\nextend-select = []\n')
    assert main(["list.txt", "--extend-select", "RL101"]) == 1


def test_today_and_max_access_age_from_config_and_cli_today_wins(cwd, capsys):
    write(cwd / "list.txt", WEB)
    write(cwd / "refslint.toml", 'select = ["RL301"]\ntoday = "2026-03-01"\nmax-access-age = 30\n')
    assert main(["list.txt"]) == 1
    assert codes(capsys) == ["RL301"]
    write(cwd / "refslint.toml", 'select = ["RL301"]\ntoday = 2026-03-01\nmax-access-age = 60\n')
    assert main(["list.txt"]) == 0
    assert main(["list.txt", "--today", "2026-12-31"]) == 1


# --- validation -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("max-acess-age = 30\n", "unknown key 'max-acess-age' (did you mean 'max-access-age'?)"),
        (
            "max_access_age = 30\n",
            "unknown key 'max_access_age' (keys use dashes: 'max-access-age')",
        ),
        (
            'max-access-age = "30"\n',
            "'max-access-age' must be a whole number of days from 0 to 36,500, not '30'",
        ),
        (
            "max-access-age = -1\n",
            "'max-access-age' must be a whole number of days from 0 to 36,500, not -1",
        ),
        (
            "max-access-age = true\n",
            "'max-access-age' must be a whole number of days from 0 to 36,500, not true",
        ),
        ('select = "RL1"\n', "'select' must be a list of rule codes, not 'RL1'"),
        (
            'ignore = ["RL3O1"]\n',
            "'ignore': unknown rule code or prefix 'RL3O1' (did you mean 'RL301'?)",
        ),
        ('today = "26/11/2026"\n', "'today' must be a date as YYYY-MM-DD, not '26/11/2026'"),
        ('per-file-ignores = ["a"]\n', "'per-file-ignores' must be a table of glob = [codes]"),
        (
            '[per-file-ignores]\n"*.md" = "RL1"\n',
            "per-file-ignores '*.md' must be a list of rule codes, not 'RL1'",
        ),
        (
            '[lookup]\ncrossref_url = "x"\n',
            "unknown key 'lookup.crossref_url' (did you mean 'crossref-url'?)",
        ),
        ("[lookup]\nmailto = 1\n", "'lookup.mailto' must be a string, not 1"),
        ('earliest-year = "1600"\n', "'earliest-year' must be an integer, not '1600'"),
    ],
)
def test_bad_values_stop_the_run_naming_the_file(cwd, capsys, body, message):
    write(cwd / "refslint.toml", body)
    write(cwd / "list.txt", GAP)
    assert main(["list.txt"]) == 2
    assert error(capsys) == f"{(cwd / 'refslint.toml').resolve()}: {message}"


def test_errors_in_pyproject_name_the_table(cwd, capsys):
    write(cwd / "pyproject.toml", "[tool.refslint]\nselectt = []\n")
    write(cwd / "list.txt", GAP)
    assert main(["list.txt"]) == 2
    assert error(capsys) == (
        f"{(cwd / 'pyproject.toml').resolve()}: [tool.refslint]: "
        "unknown key 'selectt' (did you mean 'select'?)"
    )


def test_malformed_toml_is_one_line_with_the_parser_message(cwd, capsys):
    write(cwd / "refslint.toml", 'select = ["RL1"]\nmax-access-age == 3\n')
    write(cwd / "list.txt", GAP)
    assert main(["list.txt"]) == 2
    message = error(capsys)
    assert message.startswith(f"{(cwd / 'refslint.toml').resolve()}: invalid TOML: ")
    assert message.endswith("(at line 2, column 17)")


def test_a_bad_config_prints_no_diagnostics(cwd, capsys):
    write(cwd / "good" / "list.txt", GAP)
    write(cwd / "bad" / "refslint.toml", "ignore = 3\n")
    write(cwd / "bad" / "list.txt", GAP)
    assert main(["good/list.txt", "bad/list.txt"]) == 2
    assert capsys.readouterr().out == ""


def test_rule_options_are_typed_from_the_rules_own_dataclass():
    config = from_mapping(
        {
            "earliest-year": 1900,
            "max-access-age": 0,
            "today": dt.date(2026, 1, 2),
            "lookup": {"mailto": "lab@example.org"},
        },
        load_rules(),
        source="settings",
    )
    assert config.options == {"earliest-year": 1900, "max-access-age": 0}
    assert config.today == dt.date(2026, 1, 2)
    assert config.lookup == {"mailto": "lab@example.org"}
    with pytest.raises(
        ConfigError, match=r"settings: 'earliest-year' must be an integer, not 1900\.5"
    ):
        from_mapping({"earliest-year": 1900.5}, load_rules(), source="settings")


def test_the_house_style_reaches_rules_as_ctx_style_not_as_an_option():
    from refslint_rules.style.conventions import style_form

    from refslint.rule import Context

    config = from_mapping({"style": "vancouver-nlm"}, load_rules(), source="settings")
    assert "style" not in config.options
    assert config.style is not None and config.style.name == "vancouver-nlm"
    ctx = Context(today=dt.date(2026, 1, 2), settings=config.options, style=config.style)
    assert style_form(ctx, lambda s: s.in_marker) == (config.style.in_marker, "vancouver-nlm")
    assert style_form(Context(today=dt.date(2026, 1, 2)), lambda s: s.in_marker) == (None, "")
