"""Shared test helpers: `lint(text, ...)` runs the installed rules over a list given as a string."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

# Every cache the tests, what they import and their subprocesses write goes to a temporary folder.
# Set before refslint is first imported: its modules compile their patterns through the pattern
# cache as they load, and that cache is kept in this folder.
if "REFSLINT_CACHE_DIR" not in os.environ:
    import tempfile

    os.environ["REFSLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="refslint-test-cache-")

from refslint.diagnostics import Located
from refslint.engine import lint_text

TODAY = dt.date(2026, 11, 26)


# A closed port: a lookup that escapes a test's own registry server is refused at once, and no
# test can reach the real registries (subprocesses inherit the environment).
UNREACHABLE = "http://127.0.0.1:9"


# Skips that mean "a program or package this machine lacks": fine on a contributor's machine,
# never under CI, which installs them all (`.ci/run` sets CI=true), so a test that silently stops
# running there fails instead of passing by skipping.
MISSING = ("not installed", "could not import")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    outcome = yield
    report = outcome.get_result()
    if not report.skipped or os.environ.get("CI", "").lower() != "true":
        return
    reason = str(report.longrepr[-1]) if isinstance(report.longrepr, tuple) else ""
    if any(words in reason for words in MISSING):
        report.outcome = "failed"
        report.longrepr = f"CI must run this test, but it was skipped: {reason}"


def pytest_configure(config: pytest.Config) -> None:
    """Point registry lookups at a port where nothing listens."""
    os.environ["REFSLINT_CROSSREF_URL"] = UNREACHABLE
    os.environ["REFSLINT_DATACITE_URL"] = UNREACHABLE
    os.environ["REFSLINT_OPENALEX_URL"] = UNREACHABLE
    os.environ["REFSLINT_PUBMED_URL"] = UNREACHABLE
    os.environ.pop("REFSLINT_MAILTO", None)
    os.environ.pop("REFSLINT_REGISTRIES", None)
    os.environ.pop("NCBI_API_KEY", None)


Lint = Callable[..., list[Located]]


def lint(
    text: str,
    *,
    today: dt.date = TODAY,
    select: str | Sequence[str] | None = None,
    ignore: str | Sequence[str] | None = None,
    path: str = "refs.txt",
    offline: bool = True,
    **settings: Any,
) -> list[Located]:
    """Lint `text` as the CLI would; option keywords use underscores (`max_access_age=30`).

    Offline unless told otherwise: registry lookups answer from the (empty) test cache only, so
    rule tests see what the list says, not what a registry says about it.
    """
    table = {key.replace("_", "-"): value for key, value in settings.items()}
    return lint_text(
        text, path=path, today=today, select=select, ignore=ignore, settings=table, offline=offline
    )


@pytest.fixture(name="lint")
def lint_fixture() -> Lint:
    return lint


@pytest.fixture
def plugin(tmp_path_factory, monkeypatch):
    """Install a rule plugin for one test: a module and a `.dist-info` naming it, on sys.path.

    `plugin(source, target=None)` writes `source` as a fresh module and registers `target` (default:
    the module itself) in the `refslint.rules` group, exactly as an installed distribution would.
    """
    import importlib
    import itertools
    import sys
    import textwrap

    from refslint import registry

    root = tmp_path_factory.mktemp("site")
    monkeypatch.syspath_prepend(str(root))
    counter = itertools.count(1)
    modules: list[str] = []

    def install(source: str, target: str | None = None) -> str:
        number = next(counter)
        module = f"refslint_test_plugin_{number}_{id(root)}"
        dist = f"refslint-test-plugin-{number}"  # one per plugin: metadata dedupes by name
        modules.append(module)
        (root / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = root / f"{dist.replace('-', '_')}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n")
        value = f"{module}:{target}" if target else module
        (info / "entry_points.txt").write_text(f"[refslint.rules]\nextra{number} = {value}\n")
        importlib.invalidate_caches()
        registry.load_rules.cache_clear()
        return module

    yield install
    registry.load_rules.cache_clear()
    for module in modules:
        sys.modules.pop(module, None)


ROOT = Path(__file__).resolve().parents[1]
PROJECT_FILES = (
    "pyproject.toml",
    "README.md",
    "LICENSE",
    ".pre-commit-hooks.yaml",
    "refslint",
    "rules",
)


def copy_project(folder: Path) -> Path:
    """The project's sources copied under `folder`: building them writes nothing in the checkout."""
    target = folder / "project"
    target.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "*.lark-cache")
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, target / name)
    return target


def isolated_environment(folder: Path) -> dict[str, str]:
    """Environment for installers: caches and app data under `folder`, not the home folder."""
    env = dict(os.environ)
    env.update(
        PIP_NO_CACHE_DIR="1",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        VIRTUALENV_OVERRIDE_APP_DATA=str(folder / "virtualenv-data"),
        XDG_CACHE_HOME=str(folder / "cache"),
        PRE_COMMIT_HOME=str(folder / "pre-commit-home"),
        # pip and build tools probe toolchains (rustc) that write under the home folder
        HOME=str(folder / "home"),
    )
    env.pop("PYTHONPATH", None)
    return env


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    return copy_project(tmp_path)


@pytest.fixture
def installer_env(tmp_path: Path) -> dict[str, str]:
    return isolated_environment(tmp_path)
