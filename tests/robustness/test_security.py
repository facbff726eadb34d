"""Rules come only from installed entry points: a config file cannot make refslint run a file."""

from __future__ import annotations

from refslint.cli import main

EVIL = "from pathlib import Path\nPath(__file__).with_name('imported').write_text('yes')\n"


def test_a_config_cannot_name_a_rule_file_to_load(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "evil.py").write_text(EVIL)
    (tmp_path / "refs.txt").write_text("1. Smith J. T. J Test. 2020;1:1-9.\n")
    for key in ("plugins", "rules", "plugin-paths"):
        (tmp_path / "pyproject.toml").write_text(f'[tool.refslint]\n{key} = ["evil.py"]\n')
        assert main(["--offline", "refs.txt"]) == 2
        assert f"unknown key '{key}'" in capsys.readouterr().err
    (tmp_path / "pyproject.toml").write_text('[tool.refslint]\nselect = ["evil"]\n')
    assert main(["--offline", "refs.txt"]) == 2
    capsys.readouterr()
    assert not (tmp_path / "imported").exists()  # never imported, not even from the working folder
