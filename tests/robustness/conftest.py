"""Shared settings for the robustness tests: bounded, reproducible, and nothing kept on disk.

Property tests run a fixed number of examples from a fixed seed, so CI is deterministic and fast;
`REFSLINT_FUZZ_SEED` picks another seed and `REFSLINT_FUZZ_EXAMPLES` runs longer. A failing test's
report names the seed that reproduces it.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

SEED = int(os.environ.get("REFSLINT_FUZZ_SEED", "20261126"))
EXAMPLES = int(os.environ.get("REFSLINT_FUZZ_EXAMPLES", "0"))

settings.register_profile(
    "refslint-robustness",
    database=None,  # write nothing outside temporary folders
    deadline=2000,  # milliseconds for one example: a slow example is a finding
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def bounded(examples: int) -> settings:
    """Settings for one property: `examples` in CI, or as many as REFSLINT_FUZZ_EXAMPLES asks."""
    return settings(settings.get_profile("refslint-robustness"), max_examples=EXAMPLES or examples)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.failed and report.when == "call" and hasattr(item.obj, "hypothesis"):
        report.sections.append(
            ("fuzz seed", f"REFSLINT_FUZZ_SEED={SEED} python -m pytest {item.nodeid}")
        )
