"""How the command treats the garbage collector around a run: it imports Lark, the grammar and
the rules with fewer collections, and at exit leaves what is alive to the operating system."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from refslint.collector import COLLECTION_THRESHOLDS

ROOT = Path(__file__).resolve().parents[2]
CLEAN = ROOT / "tests" / "data" / "clean.txt"  # no problems
GAP = "1. Smith J. A title. J Test. 2020;1:1-2.\n3. Jones K. Another. J Test. 2021;2:3-4.\n"


def _python(code: str, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`code` run by a fresh interpreter: nothing of refslint's is imported yet."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "REFSLINT_CACHE_DIR": str(tmp_path / "cache")},
        check=False,
        timeout=120,
    )


def test_lark_and_the_rules_are_imported_with_fewer_collections(tmp_path):
    code = """
import gc, sys
gc.set_threshold(700, 10, 10)
seen = {}
class Watching:  # finds nothing: notes the collector's thresholds as a module is first looked for
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name in ("lark", "refslint_rules.spelling"):
            seen.setdefault(name, gc.get_threshold())
sys.meta_path.insert(0, Watching)
from refslint.cli import main
status = main(["--offline", sys.argv[1]])
print(status, seen.get("lark"), seen.get("refslint_rules.spelling"), gc.get_threshold())
"""
    done = _python(code, str(CLEAN), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    high, restored = str(COLLECTION_THRESHOLDS), str((700, 10, 10))
    assert done.stdout.split("\n")[-2] == f"0 {high} {high} {restored}"


def test_the_command_freezes_what_is_alive_at_exit_and_keeps_the_status(tmp_path):
    listed = tmp_path / "gap.txt"
    listed.write_text(GAP, encoding="utf-8")
    code = """
import atexit, gc, sys
atexit.register(lambda: print("frozen", gc.get_freeze_count()))
from refslint.cli import run
sys.argv = ["refslint", "--offline", *sys.argv[1:]]
run()
"""
    done = _python(code, str(listed), tmp_path=tmp_path)
    assert done.returncode == 1, done.stderr  # RL101: number 2 is missing
    assert "RL101" in done.stdout
    frozen = done.stdout.splitlines()[-1]
    assert frozen.startswith("frozen ") and int(frozen.split()[1]) > 10_000


def test_main_alone_leaves_the_collector_as_it_was(tmp_path):
    code = """
import gc, sys
from refslint.cli import main
status = main(["--offline", sys.argv[1]])
print(status, gc.get_freeze_count(), gc.get_threshold() == (700, 10, 10))
"""
    done = _python(code, str(CLEAN), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[-2] == "0 0 True"
