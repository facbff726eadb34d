"""Markdown and LaTeX files (read as plain text until their own sources land): only a list under a
"References" heading is a bibliography, so numbered steps in a README are never linted."""

import json

from refslint.cli import main

README = """# A tool

1. Install it with pip.
2. Run it on a list.

## References

1. Kern JH, Ortiz MA. Cytokine patterns in graft rejection. J Immunol. 1994;152:2110-8.
3. Dahl PK, Borg T. Seasonal influenza vaccination uptake. Vaccine. 2006 Noc;24(3):12-20.

## Appendix

1. Something numbered that is not a reference.
"""


def test_numbered_steps_without_a_heading_are_not_a_reference_list(tmp_path, capsys):
    readme = tmp_path / "README.md"
    readme.write_text("# Steps\n\n1. Install it.\n2. Run it.\n", encoding="utf-8")
    assert main(["--offline", "--format", "json", str(readme)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_only_the_list_under_the_references_heading_is_read(tmp_path, capsys):
    paper = tmp_path / "paper.md"
    paper.write_text(README, encoding="utf-8")
    assert main(["--offline", "--today", "2026-11-24", "--format", "json", str(paper)]) == 1
    found = sorted((d["line"], d["code"]) for d in json.loads(capsys.readouterr().out))
    assert found == [(9, "RL101"), (9, "RL204")]  # both on "3. Dahl ...", nothing from the steps
