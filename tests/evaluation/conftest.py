"""The evaluation script of published lists, loaded once for the tests of every judged set."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

EVALUATION = Path(__file__).resolve().parents[2] / "evaluation"


@pytest.fixture(scope="session")
def real_lists() -> ModuleType:
    """`evaluation/real_lists.py`, which is a script and not part of the package."""
    spec = importlib.util.spec_from_file_location(
        "refslint_real_lists", EVALUATION / "real_lists.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module
