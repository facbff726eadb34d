"""How RL811 tells a journal's form: the shipped lists recognise full titles and NLM abbreviations
that the word heuristics cannot (`CA: a cancer journal for clinicians`, `Health Promotion
Practice`, `Tob Control`), and a journal RL810 reports as written two ways is not measured twice.
Lists written here, after the published lists of tests/data/real-lists."""

from __future__ import annotations

from refslint_rules.style.journals import _name_form


def article(n: int, journal: str) -> str:
    return f"Author{chr(65 + n)} A, Second B. Study number {n}. {journal}. 2015;{10 + n}(2):{100 + n}-9."


def numbered(journals: list[str]) -> str:
    return "".join(f"{n}. {article(n, j)}\n" for n, j in enumerate(journals, 1))


FULL_SENTENCE_CASE = [
    "American journal of obstetrics and gynecology",
    "Obstetrics and gynecology",
    "Gynecologic oncology",
    "The American journal of surgical pathology",
    "Journal of the National Cancer Institute",
    "International journal of cancer",
]
ABBREVIATED = ["Am J Public Health", "Prev Med", "J Community Health", "Annu Rev Public Health",
               "Subst Use Misuse", "Psychol Methods"]  # fmt: skip


def rl811(lint, journals: list[str]) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(numbered(journals), select=["RL811"])]


def test_a_full_title_the_lists_know_is_a_full_title_whatever_its_words(lint):
    # `CA: a cancer journal for clinicians` is that journal's full title, printed like the rest
    assert _name_form("CA: a cancer journal for clinicians", True) == "full title"
    assert rl811(lint, ["CA: a cancer journal for clinicians", *FULL_SENTENCE_CASE]) == []


def test_a_full_title_among_nlm_abbreviations_is_flagged_though_it_has_no_small_word(lint):
    assert _name_form("Health Promotion Practice", True) == "full title"
    (finding,) = rl811(lint, [*ABBREVIATED, "Health Promotion Practice"])
    assert finding == (
        7,
        "journal `Health Promotion Practice` is printed as a full title; 6 of 7 journals are "
        "printed as undotted abbreviations (`Health Promot Pract`)",
    )


def test_an_nlm_abbreviation_is_told_from_a_dotted_one_by_the_lists(lint):
    # `Tob Control.`: ISO 4 writes `Tob. Control`, so without its inner period it is NLM's form
    assert _name_form("Tob Control", True) == "undotted abbreviation"
    # `Health Place.` could be either: left out
    assert _name_form("Health Place", True) is None


def test_words_of_other_languages_and_ampersands_are_not_taken_for_abbreviations(lint):
    # German `am`, not `Am J`; `Natur` printed whole makes it a full title
    assert _name_form("Natur am Niederrhein (NF)", True) == "full title"
    assert _name_form("Biodiversity & Conservation", True) == "full title"
    full = [
        "Journal of Applied Ecology",
        "Annual Review of Entomology",
        "Insect Conservation and Diversity",
        "Trends in Ecology and Evolution",
        "Global Change Biology",
    ]
    assert rl811(lint, [*full, "Natur am Niederrhein (NF)", "Biodiversity & Conservation"]) == []


def test_the_other_spelling_of_a_journal_is_told_by_rl810_alone(lint):
    journals = [
        "BMC Infect Dis",
        "J Hepatol",
        "Rev Bras Epidemiol",
        "Can J Gastroenterol Hepatol",
        "Annals of Hepatology",
        "BMC Infectious Diseases",
    ]
    found = {(d.entry, d.code) for d in lint(numbered(journals), select=["RL810", "RL811"])}
    # `BMC Infectious Diseases` is RL810's (entry 1 prints it `BMC Infect Dis`), not RL811's; and
    # it does not count among the full titles, so the list's form is still NLM's (4 of 5)
    assert found == {(6, "RL810"), (5, "RL811")}
