"""The README's pre-commit recipe for JATS is a valid pre-commit config, scoped to XML articles,
and the hook it extends does not take XML by type (a repository's other XML stays out of it)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pre_commit.clientlib import load_config

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def jats_recipe() -> str:
    section = README[README.index("\n## JATS XML\n") : README.index("\n## pre-commit\n")]
    (block,) = re.findall(r"```yaml\n(.*?)```", section, flags=re.S)
    return block


def test_readme_recipe_is_a_valid_config_scoped_to_xml_articles(tmp_path):
    path = tmp_path / ".pre-commit-config.yaml"
    path.write_text(jats_recipe(), encoding="utf-8")
    config = load_config(str(path))  # pre-commit's own schema: raises on a bad key or value
    hooks = config["repos"][0]["hooks"]
    assert [h["id"] for h in hooks] == ["refslint", "refslint"]
    jats = hooks[1]
    assert jats["types_or"] == ["xml"]
    assert re.search(jats["files"], "articles/paper.xml")
    assert not re.search(jats["files"], "pom.xml")
    assert any(dep.startswith("lxml") for dep in jats["additional_dependencies"])


def test_the_hook_itself_does_not_take_xml_by_type():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [hook for hook in hooks if hook["id"] == "refslint"]
    assert "xml" not in hook["types_or"]
    assert not any("xml" in hook.get("files", "") for hook in hooks)
