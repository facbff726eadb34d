"""RL501 on works read as book chapters: a web magazine's article dated by its day, a body's own
report cited after `In:` by the body and year, and a chapter whose publisher DIN 1505 or an
author's own form prints after a dash or before the pages need no publisher asked; a chapter
that names none is still asked."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "entry",
    [
        # a web magazine's article, dated by its day, at its (archived) link
        "Fischer, Georg (2024). Second publication right before the court. In: iRights info, "
        "17.04.2023, https://example.org/3UJV",
        "Lange, Marc (2022). Libraries and lending. In: Netzpolitik, 2022-05-03, "
        "https://example.org/lending",
        # a body's own report, cited after `In:` by the body and the year
        "Kindling, Maxi (2024) Organisational development. In: Open-Access-Büro Berlin et al. "
        "(2024) Open-Access-Bericht Berlin. DOI: https://doi.org/10.21428/986c5d43.3ba47a23",
        # DIN 1505: the place and publisher after a dash, two places joined by a slash
        "Hilpert, Wilhelm: Ten years with a search company. In: Klaus Ceynowa [u. a.] (Hg.): "
        "Bibliotheken: Innovation aus Tradition. – Berlin/Boston: De Gruyter, 2015, S. 258–266.",
        # a house named before the pages
        "Oberländer, Anja (2017) Institutional infrastructures. In: Söllner, Konstanze [Hrsg.] "
        "Praxishandbuch Open Access. De Gruyter Saur, S. 137–145.",
    ],
)
def test_no_publisher_asked_where_none_is_missing(lint, entry):
    assert lint("References\n" + entry + "\n", select=["RL501"]) == []


@pytest.mark.parametrize(
    "entry",
    [
        # a chapter of a person's book with neither place nor publisher, nor a day's date
        "Fischer, Georg (2024). Second publication right. In: Lange, Marc (Hg.): Copyright "
        "today, S. 10–20.",
        # a day's date but no link: a book's chapter still
        "Fischer, Georg (2024). Second publication right. In: Lange, Marc (Hg.): Festschrift "
        "zum 17.04.2023, S. 10–20.",
        # a person's book cited by author and year after `In:`
        "Kindling, Maxi (2024) Organisational development. In: Lange, Marc (2024) Handbook of "
        "open access. DOI: https://doi.org/10.21428/986c5d43.3ba47a23",
    ],
)
def test_a_chapter_without_its_publisher_is_still_asked(lint, entry):
    found = lint("References\n" + entry + "\n", select=["RL501"])
    assert [d.code for d in found] == ["RL501"]


def test_a_journal_that_numbers_no_pages_is_asked_for_none(lint):
    entry = (
        'Gregory, Kathleen, und Sally Wyatt. 2020. "Lost or Found? Discovering Data Needed for '
        'Research." Harvard Data Science Review 2 (2). https://doi.org/10.1162/99608f92.e38165eb.'
    )
    assert lint("References\n" + entry + "\n", select=["RL501"]) == []
    other = entry.replace("Harvard Data Science Review", "Journal of Data Science")
    assert [d.code for d in lint("References\n" + other + "\n", select=["RL501"])] == ["RL501"]
