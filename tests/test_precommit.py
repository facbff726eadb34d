"""The pre-commit hook, run for real (`pre-commit try-repo`, and `pre-commit run` with the README's
recipe) on a copy of this repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import copy_project, isolated_environment

ROOT = Path(__file__).resolve().parents[1]
CLEAN = (ROOT / "tests" / "data" / "clean.txt").read_text(encoding="utf-8")
FAULTY = CLEAN.replace("\n3. Wang", "\n4. Wang")
MANUSCRIPT = (ROOT / "tests" / "manuscripts" / "paper.md").read_text(encoding="utf-8")


def git(cwd: Path, *args: str, env: dict[str, str]) -> None:
    identity = [
        "-c",
        "user.name=refslint tests",
        "-c",
        "user.email=tests@example.org",
        "-c",
        "commit.gpgsign=false",
    ]
    subprocess.run(["git", *identity, *args], cwd=cwd, env=env, check=True, capture_output=True)


def test_hook_manifest_follows_the_conventions():
    hook, word = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == hook["entry"] == "refslint"
    assert hook["name"] == "lint reference lists"
    assert hook["language"] == "python"
    assert hook["types_or"] == ["plain-text", "markdown", "tex"]
    assert hook["require_serial"] is True
    assert hook["minimum_pre_commit_version"] == "3.2.0"
    # identify names no type for Word files (a .docx is `binary`): its own hook picks them by name
    from identify import identify

    assert identify.tags_from_filename("paper.docx") == set()
    assert word["id"] == "refslint-docx" and word["entry"] == "refslint"
    assert word["files"] == r"\.docx$" and word["types"] == ["binary"]
    assert word["additional_dependencies"] == ["python-docx>=1.2"]


@pytest.fixture(scope="module")
def hook_repository(tmp_path_factory) -> tuple[Path, str, dict[str, str]]:
    """This repository copied and committed once per module, with an environment whose pre-commit
    home is shared, so every test here installs the hook only once."""

    tmp = tmp_path_factory.mktemp("precommit")
    project = copy_project(tmp)
    env = isolated_environment(tmp)
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=str(tmp / "gitconfig"))
    git(project, "init", "-q", env=env)
    git(project, "add", "-A", env=env)
    git(project, "commit", "-q", "-m", "hook repository", env=env)
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=project, env=env, capture_output=True, text=True
    ).stdout.strip()
    return project, head, env


def pre_commit(work: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    git(work, "add", "-A", env=env)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_hook_fails_on_a_faulty_list_and_passes_on_a_clean_one(tmp_path, hook_repository):
    project, _, env = hook_repository
    work = tmp_path / "paper"
    work.mkdir()
    git(work, "init", "-q", env=env)
    refs = work / "refs.txt"

    def try_repo() -> subprocess.CompletedProcess[str]:
        return pre_commit(work, env, "try-repo", str(project), "refslint", "--all-files")

    refs.write_text(FAULTY, encoding="utf-8")
    failed = try_repo()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "lint reference lists" in failed.stdout and "Failed" in failed.stdout
    assert "refs.txt:4:1: RL101 " in failed.stdout

    refs.write_text(CLEAN, encoding="utf-8")
    passed = try_repo()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


@pytest.mark.slow
def test_readme_recipe_lints_only_the_manuscript_under_paper_offline(tmp_path, hook_repository):
    """The README's recipe (`files: ^paper/`, `args: [--offline]`) on a repository holding a
    Markdown manuscript: its faults fail the commit; a faulty list elsewhere is not linted."""
    project, head, env = hook_repository
    work = tmp_path / "thesis"
    (work / "paper").mkdir(parents=True)
    git(work, "init", "-q", env=env)
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {project.as_posix()}\n    rev: {head}\n    hooks:\n"
        "      - id: refslint\n        files: ^paper/\n"
        "        args: [--offline, --today, '2026-11-26']\n",
        encoding="utf-8",
    )
    (work / "notes.txt").write_text(FAULTY, encoding="utf-8")  # outside paper/: not linted
    (work / "README.md").write_text("# Thesis\n\n1. Write.\n2. Submit.\n", encoding="utf-8")
    manuscript = work / "paper" / "paper.md"
    manuscript.write_text(MANUSCRIPT, encoding="utf-8")

    failed = pre_commit(work, env, "run", "--all-files")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "paper/paper.md:18:9: RL204 " in failed.stdout
    assert "paper/paper.md:20:1: RL101 " in failed.stdout
    assert "notes.txt" not in failed.stdout and "README" not in failed.stdout

    manuscript.write_text(
        MANUSCRIPT.replace("Noc", "Nov")
        .replace("\n4. Müller", "\n3. Müller")
        .replace("\n5. Rénard", "\n4. Rénard")
        .replace("[4, 5]", "[3, 4]")
        .replace("[accessed 2020 Jan 3]", "[accessed 2026 Jan 3]")
        .replace("2031", "2021"),
        encoding="utf-8",
    )
    passed = pre_commit(work, env, "run", "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


@pytest.mark.slow
def test_word_hook_fails_on_a_faulty_docx(tmp_path, hook_repository):
    from tests.word import build

    project, _, env = hook_repository
    work = tmp_path / "paper"
    work.mkdir()
    git(work, "init", "-q", env=env)
    build.word_document(work / "paper.docx")
    (work / "notes.txt").write_text(FAULTY, encoding="utf-8")  # the text hook's, not this one's
    failed = pre_commit(
        work, env, "try-repo", str(project), "refslint-docx", "--all-files", "--verbose"
    )
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "lint reference lists in Word files" in failed.stdout
    assert "paper.docx:¶3:119: RL204 " in failed.stdout
    assert "notes.txt" not in failed.stdout
