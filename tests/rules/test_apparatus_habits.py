"""RL820: a mark of the apparatus printed unlike the list's others (the colon between place and
publisher, the colon before an article number), learnt from lists written here; silent where
the list is split, short, or in a style that prints the marks otherwise."""

from __future__ import annotations

from refslint.fixes import apply_edits

PLACES = (
    "São Paulo: Moraes",
    "Porto Alegre: Artes Médicas",
    "Rio de Janeiro: LTC",
    "Brasília (DF): Ministério da Saúde",
    "New York, NY: Springer",
    "Goiânia: AB",
)


def _books(imprints) -> str:
    return "".join(
        f"{n}. Winnicott DW. Book number {n}. {imprint}; {1980 + n}.\n"
        for n, imprint in enumerate(imprints, 1)
    )


def _fixed(text, found):
    return apply_edits(text, [e for d in found for e in d.edits])


def test_a_semicolon_between_place_and_publisher_is_flagged_where_the_list_writes_a_colon(lint):
    text = _books([*PLACES, "São Paulo; Martins Fontes"])
    found = lint(text, select=["RL820"])
    assert [(d.entry, str(d.severity)) for d in found] == [(7, "warning")]
    assert found[0].message == (
        "place and publisher set apart by a semicolon (`São Paulo; Martins Fontes`); 6 of 7 "
        "entries with a place and publisher write `Place: Publisher`"
    )
    assert "São Paulo: Martins Fontes; 1987." in _fixed(text, found)


def test_place_and_publisher_left_alone_when_split_short_or_another_style(lint):
    assert lint(_books((*PLACES[:3], "São Paulo; Martins Fontes")), select=["RL820"]) == []
    split = _books((*PLACES[:3], "São Paulo; Martins Fontes", "Rio; LTC", "Recife; UFPE"))
    assert lint(split, select=["RL820"]) == []
    abnt = "".join(
        f"{n}. SILVA, A. B. Livro {n}. {n}. ed. São Paulo: Moraes, {1990 + n}.\n"
        for n in range(1, 7)
    )
    apa = "".join(
        f"{n}. Hart, A. ({2000 + n}). Statistics {n}. London: Arnold.\n" for n in range(1, 7)
    )
    # a meeting's date and place between semicolons is no imprint
    meetings = _books(PLACES) + (
        "7. Lee B. Radar imaging. In: Proceedings of the Radar Conference; 2019 Jun 3-5; "
        "Lisbon, Portugal. Piscataway: IEEE; 2019. p. 1-9.\n"
    )
    for other in (abnt, apa, meetings):
        assert lint(other, select=["RL820"]) == [], other


def _articles(numbers) -> str:
    return "".join(
        f"{n}. Rambaut A, Lam TT. Temporal structure {n}. Virus Evol. {2010 + n};{n}(1):{number}. "
        f"doi: 10.1093/ve/v{n}\n"
        for n, number in enumerate(numbers, 1)
    )


def test_a_space_before_an_article_number_is_flagged_where_the_list_prints_none(lint):
    text = _articles(["vey016", "e11745", "e0009290", "693743", " vew007"])
    found = lint(text, select=["RL820"])
    assert [d.entry for d in found] == [5]
    assert found[0].message == (
        "a space after the colon before the article number (`5(1): vew007`); 4 of 5 entries with "
        "an article number print no space after the colon"
    )
    assert "2015;5(1):vew007." in _fixed(text, found)


def test_a_list_that_spaces_the_colon_is_its_own_style(lint):
    spaced = _articles([" vey016", " e11745", " e0009290", " 693743", " e1", "vew007"])
    found = lint(spaced, select=["RL820"])
    assert [d.entry for d in found] == [6]
    assert "2016;6(1): vew007." in _fixed(spaced, found)
    assert lint(_articles([" e1", " e2", " e3", "e4", "e5", "e6"]), select=["RL820"]) == []
    # pages are not measured
    pages = _articles(["101-9", "201-9", "301-9", "401-9", " 501-9"])
    assert lint(pages, select=["RL820"]) == []


def test_a_comma_before_a_publisher_of_two_words_is_flagged_where_the_list_writes_a_colon(lint):
    text = _books([*PLACES, "Geneva, World Health Organization"])
    found = lint(text, select=["RL820"])
    assert [d.entry for d in found] == [7]
    assert "set apart by a comma (`Geneva, World Health Organization`)" in found[0].message
    assert "Geneva: World Health Organization; 1987." in _fixed(text, found)


def test_a_place_and_its_country_with_no_publisher_pass(lint):
    # one word after the comma may be the place's country, printed with no publisher after it
    text = _books([*PLACES, "Lagos, Nigeria"])
    assert lint(text, select=["RL820"]) == []


def test_a_comma_in_a_list_that_writes_place_and_publisher_with_commas_passes(lint):
    text = _books(
        ["São Paulo, Editora Moraes", "Porto Alegre, Artes Médicas", "Rio de Janeiro, Editora LTC"]
        * 2
        + ["Goiânia: Editora AB"]
    )
    assert lint(text, select=["RL820"]) == []
