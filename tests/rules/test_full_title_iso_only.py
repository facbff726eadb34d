"""A journal printed as its full title in a list of undotted abbreviations is flagged with its
standard form also where the shipped lists know only its ISO 4 form (`International Dairy
Journal` -> `Int Dairy J`): the full title cuts no word, so the ISO form is trusted, and its
one-letter last word is `J`, not a section letter. A full title they do not know is flagged
without a form where a word names it a journal (`Acta`, `Journal`), and left alone elsewhere."""

from __future__ import annotations

NLM = "".join(
    f"{i}. Smith AB, Jones C. Title {i}. {journal} 2019;{i}:1-9.\n"
    for i, journal in enumerate(
        [
            "J Bacteriol",
            "Appl Environ Microbiol",
            "Front Microbiol",
            "J Biol Chem",
            "Mol Microbiol",
        ],
        1,
    )
)


def test_a_full_title_known_only_in_iso_form_is_flagged(lint):
    text = NLM + "6. Mattila T. Lactic acid bacteria. International Dairy Journal 1999;9:25-35.\n"
    found = lint(text, select=["RL811"])
    assert [(d.code, d.entry) for d in found] == [("RL811", 6)]
    assert "(`Int Dairy J`)" in found[0].message


def test_an_unknown_full_title_is_flagged_where_a_word_names_it_a_journal(lint):
    for journal in ["Journal of Lactic Studies", "Acta Agronomica Sinica"]:
        text = NLM + f"6. Mattila T. Lactic acid bacteria. {journal} 1999;9:25-35.\n"
        found = lint(text, select=["RL811"])
        assert [(d.code, d.entry) for d in found] == [("RL811", 6)]
        assert found[0].message == (
            f"journal `{journal}` is printed as a full title; 5 of 6 journals are printed as "
            "undotted abbreviations"
        )


def test_an_unknown_full_title_without_such_a_word_is_left_alone(lint):
    # a museum's series, a report's name: read as a journal, but maybe none
    for name in ["BP Bishop Museum", "Lactic Studies Series"]:
        text = NLM + f"6. Mattila T. Lactic acid bacteria. {name} 1999;9:25-35.\n"
        assert lint(text, select=["RL811"]) == []


def test_an_unknown_full_title_whose_words_the_list_cuts_elsewhere_is_flagged(lint):
    # `Journal` and `Microbiology`: the list prints `J` and `Microbiol` in its other journals
    text = NLM + "6. Mattila T. Lactic acid bacteria. Journal of Dairy Microbiology 1999;9:25-35.\n"
    found = lint(text, select=["RL811"])
    assert [(d.code, d.entry) for d in found] == [("RL811", 6)]
    assert found[0].message == (
        "journal `Journal of Dairy Microbiology` is printed as a full title; 5 of 6 journals are "
        "printed as undotted abbreviations"
    )


def test_a_full_title_that_may_be_nlms_own_passes(lint):
    # the lists know no NLM form of Stem Cell Reports, whose ISO 4 form cuts one word: NLM
    # keeps it whole; a title with a small word NLM drops is still flagged
    text = NLM + "6. Mattila T. Stem cells. Stem Cell Reports 2019;9:25-35.\n"
    assert lint(text, select=["RL811"]) == []
    text = NLM + "6. Mattila T. Tumours. Frontiers in Oncology 2019;9:25.\n"
    assert [(d.code, d.entry) for d in lint(text, select=["RL811"])] == [("RL811", 6)]
