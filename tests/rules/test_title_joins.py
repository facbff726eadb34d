"""RL854: German, Swedish, Danish or Norwegian `and` inside an English title; German titles with
English terms, titles in those languages and short titles pass."""

from __future__ import annotations

import pytest

from refslint.cli import main


@pytest.mark.parametrize(
    ("entry", "word"),
    [
        (
            # Chicago author-date with German `und` between the names
            'Roy, Dwaipayan, und Philipp Mayr. 2022. "Studying Retrievability of Publications und '
            'Datasets in an Integrated Retrieval System." In Proceedings of JCDL, 1–9.',
            "und",
        ),
        (
            # APA
            "Sun, G., & Mathiak, B. (2022). Comparing perspectives of support specialists und "
            "researchers on the data discovery infrastructure. arXiv.",
            "und",
        ),
        (
            # Vancouver, Swedish `och`
            "1. Lind A. Measures of reading och writing in the primary school. Scand J Educ. "
            "2019;12:1-9.",
            "och",
        ),
    ],
)
def test_another_languages_and_in_an_english_title(lint, entry, word):
    found = lint("References\n" + entry + "\n", select=["RL854"])
    assert [d.code for d in found] == ["RL854"]
    assert f"`{word}`" in found[0].message


@pytest.mark.parametrize(
    "entry",
    [
        # German titles, with English terms too
        "Fischer, G. (2024). Open Access und die VG Wort: Was es zu beachten gilt. iRights.",
        "Kindling, M. (2023). Open Access und Open Science in Bibliotheken. O-Bib, 9(1), 1–5.",
        "Siems, R. (2022). Data Tracking und User Tracking: Ein Informationspapier für "
        "Bibliotheken. O-Bib, 9(1), 1–25.",
        # a Swedish title
        "Lind A. Läsning och skrivning i skolan. Pedagogisk Forskning. 2019;12:1-9.",
        # an English title with `and`, and a short one that cannot tell its language
        "Roy, D. (2022). Studying retrievability of publications and datasets in a system. JCDL.",
        "Weber, L. (2020). Hoch und Tief. Berlin: Olms.",
    ],
)
def test_titles_in_their_own_language_pass(lint, entry):
    assert lint("References\n" + entry + "\n", select=["RL854"]) == []


def test_the_fix_writes_and(tmp_path):
    path = tmp_path / "refs.txt"
    path.write_text(
        "1. Lind A. Measures of reading und writing in the primary school. Scand J Educ. "
        "2019;12:1-9.\n",
        encoding="utf-8",
    )
    main([str(path), "--select", "RL854", "--fix", "--unsafe-fixes"])
    assert "reading and writing" in path.read_text(encoding="utf-8")
