"""Entry-point discovery reads `entry_points.txt` files directly; it must agree with importlib.metadata."""

import importlib.metadata
import sys

from refslint.plugins import entry_points


def test_finds_the_same_rule_entry_points_as_importlib_metadata():
    ours = {(p.name, p.value) for p in entry_points("refslint.rules")}
    theirs = {(p.name, p.value) for p in importlib.metadata.entry_points(group="refslint.rules")}
    assert ours == theirs
    assert ("dates", "refslint_rules.dates") in ours


def _dist(folder, name, body):
    info = folder / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "entry_points.txt").write_text(body, encoding="utf-8")


def test_first_distribution_of_a_name_on_the_path_wins_and_other_groups_are_ignored(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    _dist(
        first,
        "acme_rules",
        "[console_scripts]\nacme = acme:main\n\n[refslint.rules]\nacme = acme_rules.checks\n",
    )
    _dist(second, "Acme.Rules", "[refslint.rules]\nold = acme_rules.old\n")
    _dist(second, "other", "[refslint.rules]\n# a comment\nother = other_pkg:RULE  # trailing\n")
    found = {
        (p.name, p.value, p.dist)
        for p in entry_points(
            "refslint.rules", [str(first), str(second), str(tmp_path / "missing")]
        )
    }
    assert found == {
        ("acme", "acme_rules.checks", "acme-rules"),
        ("other", "other_pkg:RULE", "other"),
    }


def test_load_resolves_module_and_attribute(tmp_path, monkeypatch):
    (tmp_path / "demo_plugin.py").write_text("VALUE = {'answer': 42}\n", encoding="utf-8")
    _dist(tmp_path, "demo", "[refslint.rules]\ndemo = demo_plugin:VALUE\nmod = demo_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    points = {p.name: p for p in entry_points("refslint.rules", [str(tmp_path)])}
    assert points["demo"].load() == {"answer": 42}
    assert points["mod"].load() is sys.modules["demo_plugin"]
