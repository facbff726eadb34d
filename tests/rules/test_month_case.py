"""RL546 the other way round: a month capitalised (`17 Maio 2017`) in a list that writes its
months in lower case (`17 out 1995`, `[citado 2020 dez 23]`, ABNT's `mar. 2020`)."""

from __future__ import annotations

from refslint.fixes import apply_edits


def _web(n: int, month: str) -> str:
    return (
        f"{n}. Agência {n}. Relatório {n} [Internet]. Brasília: Agência; 2019 [citado 2020 {month} "
        f"{n}]. Disponível em: https://example.org/{n}\n"
    )


def test_a_capitalised_month_among_lower_case_ones_is_flagged_and_lowered(lint):
    text = "".join(_web(n, m) for n, m in enumerate(["dez", "jun", "out", "mar", "set"], 1))
    text += (
        "6. Resolução nº 546 (BR). Diário Oficial da União [periódico na internet], Brasília (DF), "
        "17 Maio 2017: Seção 1: 93 [citado 2020 dez 21]. Disponível em: http://www.cofen.gov.br/a\n"
    )
    found = lint(text, select=["RL546"])
    assert [(d.entry, str(d.severity)) for d in found] == [(6, "warning")]
    assert found[0].message == (
        "month `Maio` capitalised; 6 of 7 months in the list's dates are in lower case"
    )
    assert "17 maio 2017: Seção" in apply_edits(text, [e for d in found for e in d.edits])


def test_abnt_months_count_and_english_or_split_lists_are_left_alone(lint):
    abnt = (
        "".join(
            f"{n}. SILVA, A. B. Saúde {n}. Revista, v. {n}, p. 1-9, {m}. 2020. Disponível em: "
            f"https://www.scielo.br/{n}. Acesso em: 3 {m}. 2021.\n"
            for n, m in enumerate(["jan", "fev", "mar"], 1)
        )
        + "4. SILVA, A. B. Saúde 4. Revista, v. 4, p. 1-9, Abr. 2020.\n"
    )
    found = lint(abnt, select=["RL546"])
    assert [d.entry for d in found] == [4]
    english = "".join(
        f"{n}. Lee B. Radar {n}. Sensors. 2020 {m};{n}(1):1-9.\n"
        for n, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun"], 1)
    )
    split = "".join(_web(n, m) for n, m in enumerate(["dez", "jun", "Out", "Mar", "set"], 1))
    short = "".join(_web(n, m) for n, m in enumerate(["dez", "jun", "Out"], 1))
    for text in (english, split, short):
        assert lint(text, select=["RL546"]) == [], text


def test_month_words_outside_dates_are_not_months(lint):
    text = "".join(_web(n, "dez") for n in range(1, 6)) + (
        "6. Lee B. Mar Vista and May 2020 elections. Polit Sci. 2021;3(2):1-9.\n"
    )
    assert lint(text, select=["RL546"]) == []


def _abnt(entries: list[str]) -> str:
    return "References\n" + "".join(f"{e}\n" for e in entries)


def test_a_spanish_or_portuguese_month_capitalised_in_its_own_date(lint):
    text = _abnt(
        [
            "FOUCAULT, M. Conferencia pronunciada en Tokio el 27 de abril de 1978. Asahi "
            "Jaanaru, 2 de Junio de 1978.",
            "BRASIL. Decreto nº 2848, de 7 de dezembro de 1940. Brasília, DF: Senado, 1940.",
            "BRASIL. Lei nº 13104, de 9 de Março de 2015. Brasília, DF: Senado, 2015.",
        ]
    )
    found = lint(text, select=["RL546"])
    assert [d.entry for d in found] == [1, 3]
    assert found[0].message == (
        "month `Junio` capitalised; 2 of 4 months in the list's dates written `2 de junio de "
        "1978` are in lower case"
    )
    assert "2 de junio de 1978" in apply_edits(text, [e for d in found for e in d.edits])


def test_months_capitalised_throughout_or_in_the_majority_pass(lint):
    # a list that capitalises them all, as Portugal did before 1990, has no lower case to learn
    capitalised = [
        "BRASIL. Decreto nº 2848, de 7 de Dezembro de 1940. Lisboa: Imprensa Nacional, 1940.",
        "BRASIL. Lei nº 104, de 9 de Março de 1975. Lisboa: Imprensa Nacional, 1975.",
    ]
    assert lint(_abnt(capitalised), select=["RL546"]) == []
    # two capitalised against one in lower case: the list's own habit is not this rule's to judge
    lower = "BRASIL. Lei nº 5, de 2 de maio de 1980. Lisboa: Imprensa Nacional, 1980."
    assert lint(_abnt([*capitalised, lower]), select=["RL546"]) == []
    # an English date is no Spanish one
    english = "Smith, J. (2020, June 2). The 2 de June meeting. The Times."
    assert lint(_abnt([english, lower]), select=["RL546"]) == []
