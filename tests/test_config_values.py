"""Every config value is range-checked before anything runs: a value out of range stops the run
with exit 2 and one line naming the file and the key (or the environment variable), never an
internal error. Each case is a whole `refslint` process, as the user meets it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from refslint.lookup.settings import registry_key

ENTRY = "1. Smith J. A title. Lancet 2020;1:2. doi:10.1000/xyz.1\n"


def refslint(folder: Path, *args: str, **environ: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REFSLINT_")}
    env.update(REFSLINT_CACHE_DIR=str(folder / "cache"), **environ)
    command = [sys.executable, "-m", "refslint", "--today", "2026-11-26", *args]
    return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=60)


def error_line(run: subprocess.CompletedProcess) -> str:
    assert run.returncode == 2, run.stdout + run.stderr
    assert run.stdout == ""
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, run.stderr
    [line] = run.stderr.splitlines()
    return line


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "[lookup]\nfound-days = 1e7",
            "'lookup.found-days' must be a number of days above 0 and at most 3,650, "
            "not 10000000.0",
        ),
        (
            "[lookup]\nnot-found-days = 0",
            "'lookup.not-found-days' must be a number of days above 0 and at most 3,650, not 0",
        ),
        (
            "[lookup]\nbudget = 1e300",
            "'lookup.budget' must be a number of seconds above 0 and at most 86,400, not 1e+300",
        ),
        (
            "[lookup]\nbudget = nan",
            "'lookup.budget' must be a number of seconds above 0 and at most 86,400, not nan",
        ),
        (
            "[lookup]\ntimeout = inf",
            "'lookup.timeout' must be a number of seconds above 0 and at most 300, not inf",
        ),
        (
            '[lookup]\ncrossref-url = "http://[::1"',
            "'lookup.crossref-url' must be an http or https address such as "
            "'https://api.crossref.org', not 'http://[::1'",
        ),
        (
            '[lookup]\ndatacite-url = "http://127.0.0.1:99999"',
            "'lookup.datacite-url' must be an http or https address such as "
            "'https://api.crossref.org', not 'http://127.0.0.1:99999'",
        ),
        (
            '[lookup]\ncrossref-url = "https://127.0.0.1:0"',
            "'lookup.crossref-url' must be an http or https address such as "
            "'https://api.crossref.org', not 'https://127.0.0.1:0'",
        ),
        (
            '[lookup]\ncrossref-url = "file:///etc"',
            "'lookup.crossref-url' must be an http or https address such as "
            "'https://api.crossref.org', not 'file:///etc'",
        ),
        (
            '[lookup]\nmailto = "editor"',
            "'lookup.mailto' must be an email address such as 'editor@example.org', not 'editor'",
        ),
        (
            '[lookup]\ncache-dir = "cache\\u0000x"',
            "'lookup.cache-dir' must be at most 2,000 characters, without control characters, "
            "not 'cache\\x00x'",
        ),
        (
            "max-access-age = 9223372036854775807",
            "'max-access-age' must be a whole number of days from 0 to 36,500, "
            "not 9223372036854775807",
        ),
        ("earliest-year = 100000", "'earliest-year' must be from 1 to 9999, not 100000"),
        ("earliest-year = -5", "'earliest-year' must be from 1 to 9999, not -5"),
    ],
)
def test_a_value_out_of_range_names_the_file_and_the_key(tmp_path, body, message):
    (tmp_path / "refslint.toml").write_text(body + "\n", encoding="utf-8")
    (tmp_path / "list.txt").write_text(ENTRY, encoding="utf-8")
    for args in (["--offline"], []):  # refused before any lookup, online or not
        line = error_line(refslint(tmp_path, "list.txt", *args))
        assert line == f"refslint: error: {tmp_path / 'refslint.toml'}: {message}"


def test_a_long_value_is_shown_cut_short(tmp_path):
    (tmp_path / "refslint.toml").write_text(f'[lookup]\nbudget = "{"9" * 5000}"\n')
    (tmp_path / "list.txt").write_text(ENTRY, encoding="utf-8")
    line = error_line(refslint(tmp_path, "list.txt", "--offline"))
    assert "'lookup.budget' must be a number of seconds" in line
    assert line.endswith("...") and len(line) < 250


def test_the_largest_values_in_range_are_accepted(tmp_path):
    (tmp_path / "refslint.toml").write_text(
        "max-access-age = 36500\nearliest-year = 9999\n[lookup]\n"
        "timeout = 300\nbudget = 86400\nfound-days = 3650\nnot-found-days = 3650\n"
        'mailto = "editor@example.org"\ncrossref-url = "http://[::1]:9/"\n',
        encoding="utf-8",
    )
    (tmp_path / "list.txt").write_text(ENTRY, encoding="utf-8")
    run = refslint(tmp_path, "list.txt", "--offline")
    assert run.returncode == 1 and "error" not in run.stderr, run.stderr  # RL202: year < 9999


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("refslint.toml", "select = " + "[" * 100_000 + "]" * 100_000),
        ("pyproject.toml", "[tool.refslint.lookup]\nmailto = " + "{a = " * 50_000 + "}" * 50_000),
    ],
)
def test_values_nested_too_deep_name_the_file_and_the_key(tmp_path, name, body):
    (tmp_path / name).write_text(body + "\n", encoding="utf-8")
    (tmp_path / "list.txt").write_text(ENTRY, encoding="utf-8")
    line = error_line(refslint(tmp_path, "list.txt", "--offline"))
    key = "select" if name == "refslint.toml" else "tool.refslint.lookup.mailto"
    assert line == (
        f"refslint: error: {tmp_path / name}: invalid TOML: "
        f"arrays or tables nested too deeply at {key!r}"
    )


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        (
            "REFSLINT_CROSSREF_URL",
            "http://[::1",
            "must be an http or https address such as 'https://api.crossref.org', "
            "not 'http://[::1'",
        ),
        (
            "REFSLINT_DATACITE_URL",
            "api.datacite.org",
            "must be an http or https address such as 'https://api.crossref.org', "
            "not 'api.datacite.org'",
        ),
        (
            "REFSLINT_MAILTO",
            "editor@example.org\r\nX-Evil: 1",
            "must be at most 2,000 characters, without control characters, "
            "not 'editor@example.org\\r\\nX-Evil: 1'",
        ),
    ],
)
def test_a_bad_environment_variable_is_named(tmp_path, variable, value, message):
    (tmp_path / "list.txt").write_text(ENTRY, encoding="utf-8")
    line = error_line(refslint(tmp_path, "list.txt", "--offline", **{variable: value}))
    assert line == f"refslint: error: environment variable {variable} {message}"


def test_registry_addresses_are_kept_in_one_spelling():
    assert registry_key("HTTPS://API.Crossref.org:443/") == "https://api.crossref.org"
    assert registry_key("http://127.0.0.1:80/api/") == "http://127.0.0.1/api"
    assert registry_key("http://[::1]:8080") == "http://[::1]:8080"
    assert registry_key("http://127.0.0.1:8080") != registry_key("http://127.0.0.1:8081")
