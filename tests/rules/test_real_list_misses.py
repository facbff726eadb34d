"""Faults the published lists of tests/data/real-lists showed refslint missing, each in a list
written here: a month written in full with four letters (`2017 July` where the list also
writes `Jul`, RL812), and `and` before a last author whose name opens with a particle (`and de
Vink EP`, RL512)."""

from __future__ import annotations

from refslint_rules.style.dates import _in_full

MONTHS = ("Nov", "Jan", "Mar", "Apr", "Aug", "Feb")


def article(n: int, month: str) -> str:
    return (
        f"{n}. Author{chr(65 + n)} A, Second B. Study number {n}. J Hepatol. "
        f"2020 {month};{40 + n}(5):{100 + n}-9.\n"
    )


def test_june_and_july_are_months_in_full_for_all_their_four_letters(lint):
    assert _in_full("July") and _in_full("June") and _in_full("September")
    assert not _in_full("Jul") and not _in_full("Sept") and not _in_full("May")
    assert _in_full("março") and not _in_full("mar")  # other languages go by length
    # the real list cuts July elsewhere (`2023 Jul`): its `2017 July` breaks its own form
    text = "".join(article(n, m) for n, m in enumerate(MONTHS, 1)) + article(7, "July")
    found = [(d.entry, d.message) for d in lint(text + article(8, "Jul"), select=["RL812"])]
    assert found == [
        (
            7,
            "'2020 July' is written year month day, month in full; 7 of 8 publication dates "
            "are written year month day, abbreviated month",
        )
    ]
    # a list that writes July only whole does as the styles that cut only longer months do
    assert lint(text, select=["RL812"]) == []
    # a list that writes `Jul` everywhere has nothing to say
    same = "".join(article(n, "Jul") for n in range(1, 8))
    assert lint(same, select=["RL812"]) == []


def test_and_before_a_last_author_with_a_particle_is_a_stray_word(lint):
    text = (
        "22. Mauw S, Verschuren JHS and de Vink EP. A formalization of anonymity and onion "
        "routing. In: Samarati P, editor. Computer security: ESORICS 2004. Berlin: Springer; "
        "2004. p. 109-24.\n"
    )
    (found,) = lint(text, select=["RL512"])
    assert found.entry == 22
    assert text[found.column - 1 : found.end_column - 1].strip() == "and"
    assert lint(text.replace(" and de Vink", ", de Vink"), select=["RL512"]) == []


def _fixed(text: str, finding) -> str:
    """`text` with the finding's one edit applied (its offsets index the file's text)."""
    (edit,) = finding.edits
    return text[: edit.start_offset] + edit.text + text[edit.end_offset :]


def test_a_pubmed_central_id_with_its_prefix_twice_or_none_is_malformed(lint):
    doubled = (
        "3. Hawkins CH. Legal restrictions on minors' smoking. Am J Public Health. "
        "1964;54:1741-4. Epub 1964/10/01. pmid:14240497; PubMed Central PMCID: PMCPMC1255050.\n"
    )
    (found,) = lint(doubled, select=["RL415"])
    assert (found.entry, str(found.severity), found.message) == (
        3,
        "error",
        "PubMed Central id 'PMCPMC1255050' prints its prefix twice; expected 'PMC1255050'",
    )
    assert "PMCID: PMC1255050." in _fixed(doubled, found)
    mixed = doubled.replace("PMCPMC1255050", "PMCPmc1255050")
    assert [d.code for d in lint(mixed, select=["RL415"])] == ["RL415"]
    bare = doubled.replace("PMCPMC1255050", "1255050")
    (found,) = lint(bare, select=["RL415"])
    assert (
        found.message == "PubMed Central id '1255050' lacks its 'PMC' prefix; expected 'PMC1255050'"
    )
    assert "PMCID: PMC1255050." in _fixed(bare, found)
    # the right form, and the label itself, are no finding
    assert lint(doubled.replace("PMCPMC1255050", "PMC1255050"), select=["RL415"]) == []
