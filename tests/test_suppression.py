"""Suppression comments in Markdown, LaTeX and plain text, and the opt-in unused-suppression rule."""

from __future__ import annotations

import json

import pytest

from refslint.cli import main

STALE = "Statistics Norway. Hospital statistics [Internet]. 2019 [accessed 2020 Jan 3]. Available from: https://www.ssb.no/en/x"
BAD_MONTH = "Dahl PK, Borg T. Seasonal influenza vaccination uptake. Vaccine. 2006 Noc;24(3):12-20."
OTHER_MONTH = (
    "Kern JH, Ortiz MA. Cytokine patterns in graft rejection. J Immunol. 1994 Noc;152:2110-8."
)
OTHER_STALE = STALE.replace("Hospital", "Clinic").replace("/x", "/y")


def lint(tmp_path, capsys, name: str, text: str, *args: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    main(["--offline", "--today", "2026-11-26", "--format", "json", *args, str(path)])
    return [(d["line"], d["code"]) for d in json.loads(capsys.readouterr().out)]


def markdown(*lines: str) -> str:
    return "# References\n\n" + "\n".join(lines) + "\n"


def test_markdown_comment_silences_the_next_entry_only(tmp_path, capsys):
    text = markdown(
        "<!-- refslint: disable=RL301 -->", f"1. {STALE}", f"2. {OTHER_STALE}", f"3. {BAD_MONTH}"
    )
    assert lint(tmp_path, capsys, "paper.md", text) == [(5, "RL301"), (6, "RL204")]


@pytest.mark.parametrize("codes", ["RL301,RL204", "rl3, RL2", "RL"])
def test_codes_and_prefixes_separated_by_commas(tmp_path, capsys, codes):
    text = markdown(
        f"1. {BAD_MONTH}", f"<!-- refslint: disable={codes} -->", f"2. {STALE} 2006 Noc."
    )
    assert lint(tmp_path, capsys, "paper.md", text) == [(3, "RL204")]


def test_disable_file_by_prefix_and_for_everything(tmp_path, capsys):
    text = markdown(f"1. {STALE}", f"2. {BAD_MONTH}", "<!-- refslint: disable-file=RL3 -->")
    assert lint(tmp_path, capsys, "paper.md", text) == [(4, "RL204")]
    everything = "<!-- refslint: disable-file -->\nSee [9].\n\n" + markdown(f"1. {BAD_MONTH}")
    assert lint(tmp_path, capsys, "paper.md", everything) == []


def test_latex_comment_silences_the_next_bibitem(tmp_path, capsys):
    text = (
        "\\begin{thebibliography}{9}\n"
        f"\\bibitem{{a}} {BAD_MONTH}\n"
        "% refslint: disable=RL204\n"
        f"\\bibitem{{b}} {OTHER_MONTH}\n"
        "\\end{thebibliography}\n"
    )
    assert lint(tmp_path, capsys, "paper.tex", text) == [(2, "RL204")]


def test_plain_text_directive_line_is_not_part_of_the_entry_above(tmp_path, capsys):
    text = f"1. {BAD_MONTH}\n# refslint: disable=RL204\n2. {OTHER_MONTH}\n"
    assert lint(tmp_path, capsys, "refs.txt", text) == [(1, "RL204")]
    parsed = tmp_path / "refs.txt"
    main(["parse", "--format", "json", str(parsed)])
    assert "refslint" not in capsys.readouterr().out


def test_unused_suppression_is_reported_only_when_selected(tmp_path, capsys):
    text = markdown(
        "<!-- refslint: disable=RL204, RL301 -->",  # RL301 is used, RL204 is not
        f"1. {STALE}",
        "<!-- refslint: disable -->",  # nothing to silence in entry 2
        f"2. {BAD_MONTH.replace('Noc', 'Nov')}",
        "<!-- refslint: disable-file=RL201 -->",
        "<!-- refslint: disable=RL301 -->",  # no entry follows
    )
    assert lint(tmp_path, capsys, "paper.md", text) == []
    path = tmp_path / "paper.md"
    main(
        [
            "--offline",
            "--today",
            "2026-11-26",
            "--format",
            "json",
            "--extend-select",
            "RL002",
            str(path),
        ]
    )
    found = json.loads(capsys.readouterr().out)
    assert [(d["line"], d["column"], d["code"], d["message"]) for d in found] == [
        (
            3,
            1,
            "RL002",
            "unused suppression of RL204: no RL204 finding in entry 1, the entry it applies to",
        ),
        (5, 1, "RL002", "unused suppression: no finding in entry 2, the entry it applies to"),
        (7, 1, "RL002", "unused suppression of RL201: no RL201 finding in this file"),
        (
            8,
            1,
            "RL002",
            "unused suppression of RL301: no RL301 finding (no entry follows the comment)",
        ),
    ]
    assert found[0]["end_column"] == len("<!-- refslint: disable=RL204, RL301 -->") + 1


def test_per_file_ignores_still_apply_to_manuscripts(tmp_path, capsys):
    (tmp_path / "refslint.toml").write_text('[per-file-ignores]\n"paper/*.md" = ["RL2"]\n')
    (tmp_path / "paper").mkdir()
    text = markdown(f"1. {BAD_MONTH}", f"2. {STALE}")
    assert lint(tmp_path, capsys, "paper/draft.md", text) == [(4, "RL301")]
