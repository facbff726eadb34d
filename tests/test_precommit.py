"""The pre-commit hook, run for real by `pre-commit try-repo` on a copy of this repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CLEAN = (ROOT / "tests" / "data" / "clean.txt").read_text(encoding="utf-8")
FAULTY = CLEAN.replace("\n3. Wang", "\n4. Wang")


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
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == hook["entry"] == "refslint"
    assert hook["name"] == "lint reference lists"
    assert hook["language"] == "python"
    assert hook["types_or"] == ["plain-text", "markdown", "tex"]
    assert hook["require_serial"] is True
    assert hook["minimum_pre_commit_version"] == "3.2.0"


@pytest.mark.slow
def test_hook_fails_on_a_faulty_list_and_passes_on_a_clean_one(
    tmp_path, project_copy, installer_env
):
    env = {
        **installer_env,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
    }
    git(project_copy, "init", "-q", env=env)
    git(project_copy, "add", "-A", env=env)
    git(project_copy, "commit", "-q", "-m", "hook repository", env=env)

    work = tmp_path / "paper"
    work.mkdir()
    git(work, "init", "-q", env=env)
    refs = work / "refs.txt"

    def try_repo() -> subprocess.CompletedProcess[str]:
        git(work, "add", "-A", env=env)
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "pre_commit",
                "try-repo",
                str(project_copy),
                "refslint",
                "--all-files",
            ],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )

    refs.write_text(FAULTY, encoding="utf-8")
    failed = try_repo()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "lint reference lists" in failed.stdout and "Failed" in failed.stdout
    assert "refs.txt:4:1: RL101 " in failed.stdout

    refs.write_text(CLEAN, encoding="utf-8")
    passed = try_repo()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
