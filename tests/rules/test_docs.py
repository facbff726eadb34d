"""Every registered rule documents itself, and its examples are checked by running them.

The docstring is what `--explain` prints: the `## Example` entry must be flagged by its rule, the
`Use instead:` entry must pass it (and every other rule, so the advice is safe to follow).
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from importlib.metadata import entry_points
from types import ModuleType

import pytest

from refslint.api import Rule
from refslint.rule import DOC_SECTIONS

TODAY = dt.date(2026, 11, 24)  # the date the examples say they were linted on
GROUP = "refslint.rules"
FAMILIES = {
    "refslint_rules.numbering": {"RL101", "RL102", "RL103", "RL104", "RL105"},
    "refslint_rules.dates": {"RL201", "RL202", "RL203", "RL204", "RL205", "RL206"},
    "refslint_rules.year_letters": {"RL881"},
    "refslint_rules.access_date": {"RL301", "RL302", "RL303", "RL304"},
    "refslint_rules.identifiers": {"RL401", "RL406", "RL407", "RL408", "RL415"},
    "refslint_rules.doi_contents": {"RL418", "RL419"},
    "refslint_rules.addresses": {"RL420", "RL421"},
    "refslint_rules.format": {
        "RL501",
        "RL502",
        "RL520",
        "RL521",
        "RL522",
        "RL523",
        "RL524",
        "RL525",
        "RL568",
        "RL569",
        "RL585",
        "RL599",
        "RL827",
        "RL828",
        "RL833",
        "RL834",
        "RL880",
    },
    "refslint_rules.reading": {
        "RL515",
        "RL516",
        "RL517",
        "RL518",
        "RL519",
        "RL564",
        "RL565",
        "RL566",
    },
    "refslint_rules.article_numbers": {"RL417", "RL580", "RL586"},
    "refslint_rules.lookup": {
        "RL402",
        "RL403",
        "RL404",
        "RL405",
        "RL409",
        "RL410",
        "RL411",
        "RL412",
        "RL413",
        "RL414",
    },
    "refslint_rules.title_marks": {"RL591", "RL592", "RL593", "RL594", "RL595"},
    "refslint_rules.title_signs": {"RL528", "RL529", "RL563"},
    "refslint_rules.apparatus": {"RL596", "RL597", "RL598"},
    "refslint_rules.apparatus_habits": {"RL820"},
    "refslint_rules.title_words": {"RL554", "RL555", "RL556"},
    "refslint_rules.entry_marks": {"RL557", "RL558", "RL567"},
    "refslint_rules.repositories": {"RL559"},
    "refslint_rules.ieee_marks": {"RL829", "RL830"},
}


def _registered() -> dict[str, list[Rule]]:
    by_module: dict[str, list[Rule]] = {}
    for point in entry_points(group=GROUP):
        loaded = point.load()
        values = vars(loaded).values() if isinstance(loaded, ModuleType) else [loaded]
        by_module.setdefault(point.value, []).extend(v for v in values if isinstance(v, Rule))
    return by_module


RULES = sorted(
    {r.code: r for rules in _registered().values() for r in rules}.values(), key=lambda r: r.code
)


def blocks(docs: str) -> tuple[str, str]:
    """The indented entries under `## Example` and under `Use instead`, dedented."""
    example = docs.split("## Example", 1)[1]
    bad, good = re.split(r"^Use instead.*:$", example, maxsplit=1, flags=re.M)
    good = re.split(r"^## ", good, maxsplit=1, flags=re.M)[0]

    def indented(section: str) -> str:
        lines = [line for line in section.splitlines() if line.startswith("    ")]
        return textwrap.dedent("\n".join(lines)) + "\n" if lines else ""

    return indented(bad), indented(good)


def test_every_family_is_registered_with_its_codes():
    registered = _registered()
    for module, codes in FAMILIES.items():
        assert {r.code for r in registered.get(module, [])} == codes, module


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_docs_have_every_section(rule: Rule):
    for section in DOC_SECTIONS:
        assert section in rule.docs, f"{rule.code} docs lack {section!r}"
    assert re.fullmatch(r"[a-z]+(?:-[a-z0-9]+)*", rule.name)
    assert rule.summary
    if rule.options is not None:
        assert "## Options" in rule.docs
        for key in rule.option_keys():
            assert f"`{key}`" in rule.docs, f"{rule.code} does not document option {key!r}"
    if rule.fixable:
        assert "## Fix safety" in rule.docs
    if rule.requires_lookup:  # a registry's verdict says how it was reached
        assert "## How it decides" in rule.docs, f"{rule.code} does not say how it decides"
    bad, good = blocks(rule.docs)
    for block in (bad, good):
        assert block.strip(), f"{rule.code}: empty example"
        assert re.match(r"\[?\d+[.\]]", block), f"{rule.code}: example entries carry their number"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_example_is_flagged_and_use_instead_is_not(rule: Rule, lint):
    if rule.requires_lookup:
        pytest.skip("run against the local registry in tests/lookup/test_docs_examples.py")
    bad, good = blocks(rule.docs)
    assert rule.code in {d.code for d in lint(bad, today=TODAY, select=[rule.code])}
    assert lint(good, today=TODAY, select=[rule.code]) == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_use_instead_passes_every_rule(rule: Rule, lint):
    _, good = blocks(rule.docs)
    assert [(d.code, d.message) for d in lint(good, today=TODAY)] == []
