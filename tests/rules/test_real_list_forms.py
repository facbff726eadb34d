"""Rules on forms the published lists of tests/data/real-lists print, each in a list written here."""

from __future__ import annotations

PORTUGUESE_WEB = (
    "[1] A. Heeger, Semiconducting and Metallic Polymers, disponível em: "
    "https://www.nobelprize.org/prizes/chemistry/2000/heeger/lecture/, acessado em 01/07/2021.\n"
    "[2] H. Shirakawa, The Discovery of Polyacetylene Film, disponível em: "
    "https://www.nobelprize.org/prizes/chemistry/2000/shirakawa/lecture/, acessado em 01/07/2021.\n"
)


def test_an_access_date_in_portuguese_words_is_not_missing(lint):
    assert lint(PORTUGUESE_WEB, select=["RL304", "RL807"]) == []
    # without the date it is
    bare = PORTUGUESE_WEB.replace(", acessado em 01/07/2021", "")
    assert [d.code for d in lint(bare, select=["RL304"])] == ["RL304", "RL304"]


def test_a_note_in_other_words_among_cited_notes_is_an_odd_wording(lint):
    cited = "".join(
        f"{n}. Site {n} [Internet]. 2023 [cited 2023 Nov 3]. Available from: https://s{n}.org\n"
        for n in range(1, 6)
    )
    abnt = "6. Site 6 [Internet]. 2023. Available from: https://s6.org. Acesso em: 3 nov. 2023.\n"
    found = lint(cited + abnt, select=["RL807"])
    assert [(d.code, d.entry) for d in found] == [("RL807", 6)]
    assert "`Acesso em`" in found[0].message
