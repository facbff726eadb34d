"""The README is part of the interface: its table, commands, config and plugin example must be true."""

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

from refslint import ruletable
from refslint.config import from_mapping
from refslint.registry import load_rules

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def fenced(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def test_rule_table_matches_the_installed_rules():
    assert ruletable.updated(README, load_rules()) == README, "run: python -m refslint.ruletable"
    for rule in load_rules():
        assert f'| <a id="{rule.code.lower()}"></a>{rule.code} | `{rule.name}` |' in README


def test_every_rule_has_an_anchor_in_the_rule_table():
    from refslint.reporters import rule_anchor

    anchors = re.findall(r'<a id="([^"]+)"></a>(\w+) \|', README)
    assert {code: anchor for anchor, code in anchors} == {
        rule.code: rule_anchor(rule.code) for rule in load_rules()
    }
    assert "\n## Rules\n" in README  # the table a reader is sent to


def test_ci_runs_the_readme_test_command():
    commands = [line for line in fenced("sh")[0].splitlines() if line and not line.startswith("#")]
    assert len(commands) == 2
    assert "refslint --offline examples/references.txt" in commands[0]
    assert "pytest" in commands[1]
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_hook_named_in_the_readme_exists():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    for hook in hooks:
        assert f"id: {hook['id']}" in README


def test_configuration_example_is_valid():
    table = tomllib.loads(fenced("toml")[0])["tool"]["refslint"]
    config = from_mapping(table, load_rules(), source="README")
    assert config is not None


def test_plugin_example_works_when_installed(plugin, lint):
    source = fenced("python")[0]
    module = plugin(source)
    doc = next(r for r in load_rules() if r.code == "ACME001")
    assert doc.origin.startswith("plugin ")
    bad = textwrap.dedent(doc.docs.split("## Example")[1].split("Use instead:")[0]).strip()
    good = textwrap.dedent(doc.docs.split("Use instead:")[1]).strip()
    assert [d.code for d in lint(bad, select="ACME001")] == ["ACME001"]
    assert lint(good, select="ACME001") == []
    assert module


def test_example_list_shows_its_planted_faults():
    script = ROOT / ".venv" / "bin" / "refslint"
    command = [str(script)] if script.exists() else ["refslint"]
    result = subprocess.run(
        [*command, "--offline", "--today", "2026-11-24", str(ROOT / "examples" / "references.txt")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 1
    assert {"RL101", "RL204", "RL301"} <= set(re.findall(r": (RL\d{3}) ", result.stdout))
