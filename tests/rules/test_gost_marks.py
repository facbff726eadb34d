"""RL859 and RL860: GOST's edition statement and number of volumes as a reference manager prints
them from a record. Entries written here."""

from __future__ import annotations

import pytest

from refslint.fixes import apply_edits

BOOK = (
    "1. Самарский, А.А. Математическое моделирование / А.А. Самарский, А.П. Михайлов. – {edition}"
    " – Москва : Физматлит, 2001. – 320 с.\n"
)


@pytest.mark.parametrize(
    ("edition", "what"),
    [
        ("2.", "as a bare number"),
        ("13.", "as a bare number"),
        ("6-е.", "without its word"),
        ("5 изд.", "without its ordinal's ending"),
    ],
)
def test_an_edition_printed_without_gost_words_is_flagged(lint, edition, what):
    text = BOOK.format(edition=edition)
    (finding,) = lint(text, select=["RL859"])
    number = edition.split()[0].split("-")[0].rstrip(".")
    assert what in finding.message and f"`{number}-е изд.`" in finding.message
    fixed = apply_edits(text, list(finding.edits))
    assert f"– {number}-е изд. – Москва" in fixed


@pytest.mark.parametrize(
    "text",
    [
        BOOK.format(edition="2-е изд."),
        BOOK.format(edition="2-е изд., испр. и доп."),
        # a journal's volume, issue and pages carry their labels
        "1. Girard, P.R. The quaternion group / P.R. Girard // European Journal of Physics. –"
        " 1984. – Т. 5. – № 1. – Сс. 25–32.\n",
        # a bare number before a label is no edition (a volume, a part)
        "1. Иванов, И.И. Собрание сочинений / И.И. Иванов. – Москва : Наука, 1975. – 2. – С. 10–20.\n",
        # an English edition in the GOST form is left to RL877
        "1. Smith, J. Networks / J. Smith. – 2nd ed. – London : Pearson, 2019. – 320 p.\n",
    ],
)
def test_an_edition_in_gost_form_or_no_edition_is_left_alone(lint, text):
    assert lint(text, select=["RL859"]) == []


def test_volumes_after_the_english_in_are_flagged(lint):
    text = (
        "1. Ландау, Л.Д. Теоретическая физика : in 10 т. Т. 8. Электродинамика сплошных сред /"
        " Л.Д. Ландау. – Москва : Физматлит, 2003. – 656 с.\n"
    )
    (finding,) = lint(text, select=["RL860"])
    assert "`в 10 т.`" in finding.message
    assert ": в 10 т. Т. 8." in apply_edits(text, list(finding.edits))


@pytest.mark.parametrize(
    "text",
    [
        "1. Ландау, Л.Д. Теоретическая физика : в 10 т. / Л.Д. Ландау. – Москва : Физматлит, 2003.\n",
        # English `in` before a number that is no count of volumes
        "1. Smith J. Growth in 3 trials. J Tests. 2019;5:1-9.\n",
    ],
)
def test_volumes_in_gost_words_are_left_alone(lint, text):
    assert lint(text, select=["RL860"]) == []
