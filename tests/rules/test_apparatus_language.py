"""RL807 learns the language of the access apparatus (`[cited ...]`, `Available from:`) and flags
an entry in another: lists written here in English and Portuguese Citing Medicine, and ABNT."""

from __future__ import annotations

from refslint.fixes import apply_edits


def _page(n: int, note: str, label: str) -> str:
    return (
        f"{n}. Agency {n}. Report number {n} [Internet]. Brasília: Agency; 2020 [{note} 2022 Mar "
        f"{n}]. {label} https://example.org/{n}\n"
    )


def test_a_portuguese_note_among_english_ones_is_flagged_and_translated(lint):
    text = "".join(_page(n, "cited", "Available from:") for n in range(1, 5))
    text += _page(5, "atualizado 2020 Mar 11; citado", "Disponível em:")
    text += _page(6, "citado", "Disponível em:")
    found = lint(text, select=["RL807"])
    assert [(d.entry, str(d.severity)) for d in found] == [(5, "warning"), (6, "warning")]
    assert found[0].message == (
        "access apparatus in Portuguese (`atualizado`, `citado`, `Disponível em`); 4 of 6 entries "
        "with an access note or link label write it in English"
    )
    fixed = apply_edits(text, [e for d in found for e in d.edits])
    assert "[updated 2020 Mar 11; cited 2022 Mar 5]. Available from: https://example.org/5" in fixed
    assert "[cited 2022 Mar 6]. Available from: https://example.org/6" in fixed
    assert lint(fixed, select=["RL807"]) == []


def test_one_english_note_in_a_portuguese_list_is_flagged_without_a_fix(lint):
    text = "".join(_page(n, "citado", "Disponível em:") for n in range(1, 6))
    text += _page(6, "cited", "")
    found = lint(text, select=["RL807"])
    assert [d.entry for d in found] == [6]
    assert found[0].message == (
        "access apparatus in English (`cited`); 5 of 6 entries with an access note or link label "
        "write it in Portuguese"
    )
    assert found[0].edits == ()
    # a label in English among Portuguese ones is the link wording's to report, once
    text = text.replace("2022 Mar 6]. https", "2022 Mar 6]. Available from: https")
    assert [d.entry for d in lint(text, select=["RL807"])] == [6]


def test_one_language_a_split_list_or_a_short_one_is_left_alone(lint):
    portuguese = "".join(_page(n, "citado", "Disponível em:") for n in range(1, 7))
    split = "".join(_page(n, "cited", "Available from:") for n in range(1, 4)) + "".join(
        _page(n, "citado", "Disponível em:") for n in range(4, 7)
    )
    short = "".join(_page(n, "cited", "Available from:") for n in range(1, 4)) + _page(
        4, "citado", "Disponível em:"
    )
    abnt = "".join(
        f"{n}. SILVA, A. B. Saúde {n}. Revista, v. {n}, p. 1-9, 2020. Disponível em: "
        f"https://www.scielo.br/{n}. Acesso em: 3 mar. 2021.\n"
        for n in range(1, 7)
    )
    for text in (portuguese, split, short, abnt):
        assert lint(text, select=["RL807"]) == [], text


def test_apparatus_words_in_a_title_do_not_count(lint):
    text = "".join(_page(n, "citado", "Disponível em:") for n in range(1, 6))
    text += "6. Lee B. The most cited papers: updated counts. Scientometrics. 2020;12(3):45-67.\n"
    assert lint(text, select=["RL807"]) == []


def test_a_thesis_marked_in_portuguese_among_english_apparatus_is_flagged_and_translated(lint):
    text = "".join(_page(n, "cited", "Available from:") for n in range(1, 6))
    text += (
        "6. Guimarães EA. O processo de implementação do programa [dissertação]. Viçosa, MG: "
        "Universidade Federal de Viçosa; 2013.\n"
    )
    found = lint(text, select=["RL807"])
    assert [(d.entry, str(d.severity)) for d in found] == [(6, "warning")]
    assert found[0].message.startswith("access apparatus in Portuguese (`dissertação`)")
    fixed = apply_edits(text, [e for d in found for e in d.edits])
    assert "programa [dissertation]. Viçosa" in fixed
    # in a Portuguese list the mark is the list's own; a word in a title is no mark
    portuguese = "".join(_page(n, "citado", "Disponível em:") for n in range(1, 6)) + (
        "6. Guimarães EA. O processo de implementação [dissertação]. Viçosa: UFV; 2013.\n"
    )
    assert lint(portuguese, select=["RL807"]) == []
    titled = text.replace("programa [dissertação]", "programa: uma tese sobre habitação")
    assert lint(titled, select=["RL807"]) == []
