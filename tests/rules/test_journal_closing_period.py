"""RL811 on a dotted abbreviation whose last shortened word lost its period, with none after it
(`Nat. Commun 5, 5277` for `Nat. Commun.`), in a list that closes its other journals' last
shortened word with one; silent where the list leaves that period out throughout, where a period
follows the journal, and where the last word is whole (`Nat. Methods`)."""

from __future__ import annotations

ASBMB = [
    "Lee, K., and Park, J. (2010) Proteomes. J. Proteome Res. 9, 1–9",
    "Lee, K. (2011) Models. PLoS Comput. Biol. 7, 10–19",
    "Park, J. (2012) Genomes. Genome Biol. 13, 20–29",
    "Kim, S. (2013) Methods. Nat. Methods 10, 30–39",
    "Cho, D. (2014) Acids. Nucleic Acids Res. 42, 40–49",
]


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {entry}\n" for n, entry in enumerate(entries, 1))


def found(lint, entries: list[str]) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(numbered(entries), select=["RL811"])]


def test_a_closing_period_lost(lint):
    entries = [*ASBMB, "Kim, S., and Pevzner, P. A. (2014) Search tools. Nat. Commun 5, 5277"]
    ((entry, message),) = found(lint, entries)
    assert entry == 6 and "leaves out the period of the shortened word `Commun`" in message
    (finding,) = lint(numbered(entries), select=["RL811"])
    assert finding.edits[0].text == "Nat. Commun."


def test_a_list_without_closing_periods_or_a_period_after_is_left_alone(lint):
    bare = [e.replace("Res. ", "Res ").replace("Biol. ", "Biol ") for e in ASBMB]
    assert found(lint, [*bare, "Kim, S. (2014) Search tools. Nat. Commun 5, 5277"]) == []
    vancouver = [
        "Lee K, Park J. Proteomes. J. Proteome Res. 2010;9:1-9.",
        "Lee K. Models. PLoS Comput. Biol. 2011;7:10-9.",
        "Park J. Genomes. Genome Biol. 2012;13:20-9.",
        "Kim S. Search tools. Nat. Commun. 2014;5:5277.",
    ]
    assert found(lint, vancouver) == []


def test_a_journal_the_lists_do_not_know_ending_on_a_cut_stem(lint):
    # `Proteom` is no word and no title's word, and opens `proteomics`: a word cut at its stem
    entries = [*ASBMB, "Kim, S. (2015) Abundance. EuPA Open Proteom 7, 11–19"]
    ((entry, message),) = found(lint, entries)
    assert entry == 6 and "`EuPA Open Proteom` is printed as an undotted abbreviation" in message
    # a whole last word, and the same journal in a list that prints no periods, pass
    assert found(lint, [*ASBMB, "Kim, S. (2015) Abundance. EuPA Open Proteomics 7, 11–19"]) == []
    bare = [e.replace("Res. ", "Res ").replace("Biol. ", "Biol ") for e in ASBMB]
    bare = [
        e.replace("J. ", "J ").replace("Comput. ", "Comput ").replace("Nat. ", "Nat ") for e in bare
    ]
    assert found(lint, [*bare, "Kim, S. (2015) Abundance. EuPA Open Proteom 7, 11–19"]) == []
