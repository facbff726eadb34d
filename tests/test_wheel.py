"""The built wheel works on its own: console script, grammar files, `refslint_rules` package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "references.txt"

pytestmark = pytest.mark.slow


def run(*args: object, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=False, **kwargs
    )


def test_wheel_installs_and_lints(tmp_path, project_copy, installer_env):
    dist = tmp_path / "dist"
    built = run(
        sys.executable, "-m", "build", "--wheel", "--outdir", dist, project_copy, env=installer_env
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = dist.glob("refslint-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "refslint_rules/numbering.py" in names
    assert "refslint_rules/parse.py" in names
    assert "refslint_rules/style/journals.py" in names  # a rules sub-package
    assert "refslint_rules/place_words.txt" in names  # RL575's word tables
    assert "refslint_rules/place_adjectives.txt" in names
    assert "refslint_rules/name_words.txt" in names  # RL587's and RL588's tables
    assert "refslint_rules/capital_words.txt" in names  # RL576's
    assert "refslint_rules/genera.txt" in names
    assert any(name.startswith("refslint/grammar/") and name.endswith(".lark") for name in names)

    venv = tmp_path / "venv"
    assert run(sys.executable, "-m", "venv", venv, env=installer_env).returncode == 0
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    installed = run(bin_dir / "python", "-m", "pip", "install", wheel, env=installer_env)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    work = tmp_path / "work"  # away from the source tree, so only the wheel can be imported
    work.mkdir()
    (work / "references.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    linted = run(
        bin_dir / "refslint", "--today", "2026-11-26", "references.txt", cwd=work, env=installer_env
    )
    assert linted.returncode == 1, linted.stderr
    assert "references.txt:11:1: RL101 " in linted.stdout
    assert " RL204 " in linted.stdout  # needs the grammar's .lark files from the wheel
    page = run(
        bin_dir / "refslint", "--today", "2026-11-26", "--format", "html", "references.txt",
        cwd=work, env=installer_env,
    )  # fmt: skip
    assert page.returncode == 1, page.stderr
    assert "<style>:root" in page.stdout  # the report's style sheet and script ship in the wheel

    probe = "import refslint, refslint_rules.numbering as rules\n"
    probe += "print(refslint.__file__)\nprint(rules.__file__)"
    imported = run(bin_dir / "python", "-c", probe, cwd=work, env=installer_env)
    assert imported.returncode == 0, imported.stderr
    for path in imported.stdout.splitlines():
        assert Path(path).is_relative_to(venv)
