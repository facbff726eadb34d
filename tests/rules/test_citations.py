"""Citation rules (RL7xx) through the command: each fault once, at the citation or entry."""

from __future__ import annotations

import json

import pytest

from refslint.cli import main

ENTRIES = [
    "Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.",
    "Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.",
    "Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.",
    "Bartok AP. Gaussian approximation potentials. Phys Rev Lett 2010;104:136403.",
]
NUMBERED = "".join(f"{n}. {entry}\n" for n, entry in enumerate(ENTRIES, start=1))
BIBITEMS = "".join(
    f"\\bibitem{{{key}}} {entry}\n" for key, entry in zip("abcd", ENTRIES, strict=True)
)


def lint(tmp_path, capsys, name: str, text: str) -> list[tuple[int, int, int, str, int | None]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    main(["--offline", "--format", "json", "--select", "RL7", str(path)])
    found = json.loads(capsys.readouterr().out)
    return [(d["line"], d["column"], d["end_column"], d["code"], d["entry"]) for d in found]


def test_markdown_missing_uncited_and_out_of_order_each_once(tmp_path, capsys):
    text = (
        "# Paper\n\n"
        "Descriptors [1] came first, then tensors [3] and expansions [2].\n"
        "Tensors again [3], and a reference that is gone [7], [7].\n\n"
        f"## References\n\n{NUMBERED}"
    )
    assert lint(tmp_path, capsys, "paper.md", text) == [
        (3, 43, 44, "RL703", 3),  # [3] is cited before [2]: the first place the order breaks
        (4, 50, 51, "RL701", None),  # each citation of the missing 7
        (4, 55, 56, "RL701", None),
        (11, 1, 3, "RL702", 4),  # entry 4 is never cited
    ]


def test_latex_keys_missing_uncited_and_out_of_order(tmp_path, capsys):
    text = (
        "\\begin{document}\n"
        "Descriptors \\cite{a} came first, then \\citep{c,b} and \\citet{nope}.\n"
        "Tensors~\\cite[p.~4]{c} and \\cite{d,b}.\n"
        f"\\begin{{thebibliography}}{{9}}\n{BIBITEMS}\\end{{thebibliography}}\n\\end{{document}}\n"
    )
    # c and b are cited together, so their order is fine; nothing is uncited
    assert lint(tmp_path, capsys, "paper.tex", text) == [(2, 62, 66, "RL701", None)]
    reordered = text.replace("\\citep{c,b}", "\\citep{c}").replace("\\cite{d,b}", "\\cite{b,d}")
    assert lint(tmp_path, capsys, "paper.tex", reordered) == [
        (2, 46, 47, "RL703", 3),
        (2, 60, 64, "RL701", None),
    ]


def test_plain_text_body_before_the_references_heading(tmp_path, capsys):
    text = f"1. Introduction\nSee [1]-[3] and [4, 5-6].\n\nReferences\n{NUMBERED}"
    assert lint(tmp_path, capsys, "paper.txt", text) == [(2, 21, 24, "RL701", None)]


def test_a_range_of_missing_numbers_is_one_finding(tmp_path, capsys):
    text = f"Everything [1-4], and more [3-9].\n\n# References\n\n{NUMBERED}"
    path = tmp_path / "paper.md"
    path.write_text(text, encoding="utf-8")
    main(["--offline", "--format", "json", "--select", "RL7", str(path)])
    (found,) = json.loads(capsys.readouterr().out)
    assert found["code"] == "RL701" and found["category"] == "citation"
    assert (found["line"], found["column"], found["end_column"]) == (1, 29, 32)
    assert found["message"] == (
        "references 5, 6, 7, 8, 9 are cited, but the list has no such entries (it numbers up to 4)"
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("refs.md", f"# References\n\n{NUMBERED}"),  # a bare list: no body text
        ("refs.txt", NUMBERED),
        ("refs.tex", f"\\begin{{thebibliography}}{{9}}\n{BIBITEMS}\\end{{thebibliography}}\n"),
        ("notes.md", f"# Notes\n\nWe cite by name: Behler (2011).\n\n## References\n\n{NUMBERED}"),
    ],
)
def test_off_without_body_text_or_without_any_citation(tmp_path, capsys, name, text):
    assert lint(tmp_path, capsys, name, text) == []


def test_a_clean_manuscript_passes(tmp_path, capsys):
    text = f"Intro [1], then [2, 3] and [4].\n\n## References\n\n{NUMBERED}"
    assert lint(tmp_path, capsys, "paper.md", text) == []
