"""An offline run, or one without lookup rules, never loads the HTTP stack."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.lookup.test_lookup import SREP_ENTRY

HEAVY = ("requests", "requests_cache", "urllib3")
PROBE = """
import sys
from refslint.cli import main
status = main(sys.argv[1:])
print(",".join(m for m in {heavy!r} if m in sys.modules))
raise SystemExit(status)
"""


def run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    refs = tmp_path / "refs.txt"
    refs.write_text(SREP_ENTRY, encoding="utf-8")
    env = {**os.environ, "REFSLINT_CACHE_DIR": str(tmp_path / "cache")}  # nothing cached yet
    return subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args, str(refs)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_offline_run_imports_no_http_library(tmp_path):
    result = run(tmp_path, "--offline", "--format", "json")
    assert result.stdout.splitlines()[-1] == "", result.stderr


def test_run_without_lookup_rules_imports_no_http_library(tmp_path):
    result = run(tmp_path, "--select", "RL1,RL2", "--format", "json")
    assert result.stdout.splitlines()[-1] == "", result.stderr


def test_a_lookup_run_does_load_it(tmp_path):
    """The probe itself works: a run with lookups (refused at once here) loads requests."""
    result = run(tmp_path, "--format", "json")
    assert "requests" in result.stdout.strip().splitlines()[-1], result.stderr
