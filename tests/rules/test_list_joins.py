"""RL850 and RL851: names joined by `&` or `/` among semicolons, and a labelled volume and issue
printed unlike the list's others, on lists written here in several forms, with the lists and
entries where they must keep quiet."""

from __future__ import annotations

import pytest

ABNT = [
    "ACOSTA PEREIRA, R.; RODRIGUES, R. H. Por uma análise dialógica. Natal: EDUFRN, 2017.",
    "BRAIT, B.; PISTORI, M. H. C. A produtividade do conceito. Alfa, v. 56, n. 2, p. 1-9, 2012.",
    "SOBRAL, A. U.; GIACOMELLI, K. Elementos sobre as propostas. Campinas: Pontes, 2018.",
    "FRANCO, N.; COSTA, T. C.; LIMA, S. Por uma análise. Campinas: Pontes, 2019.",
    "LOURO, G. L.; SILVA, T. Gênero. Educação e Realidade, v. 20, n. 2, p. 101-132, 1995.",
    "RAMOS, M. D. Reflexões. Estudos Feministas, v. 20, n. 1, p. 53-73, 2012.",
    "ROHLING, N. A pesquisa. Cadernos de Linguagem, v. 15, n. 2, p. 44-60, 2014.",
    "DESTRI, A. Análise. Revista da ABRALIN, v. 20, n. 2, p. 1-25, 2021.",
]
APA = [
    "Carpinella, C., & Bauer, N. M. (2021). Framing. Political Behavior, 9(2), 369-386.",
    "Dan, V., Arendt, F., & Lee, K. (2021). Visual cues. Politics, 26(1), 22-45.",
    "Huang, J., Fisher, B. T., & Tam, V. (2022). Masks. Health Affairs, 41(3), 445-453.",
    "Palmer, C. L., & Peterson, R. D. (2020). Toxic mask-ulinity. Politics, 16(4), 1044-1051.",
    "Valentino, N. A., & White, I. K. (2002). Cues that matter. APSR, 96(1), 75-90.",
]


def author_date(entries: list[str]) -> str:
    return "References\n" + "".join(f"{e}\n" for e in entries)


def found(lint, entries: list[str], code: str):
    return lint(author_date(entries), select=[code])


@pytest.mark.parametrize(
    ("odd", "join"),
    [
        ("DESTRI, A./ MARCHEZAN, R. Análise dialógica. Revista, v. 2, n. 1, p. 1-5, 2021.", "/"),
        (
            "BRAIT, B. Reflexões. In: MACHADO, I. L. & MENDES, E. (org.). Discurso e imagem. "
            "Belo Horizonte: Ed. UFMG, 2013. p. 38-55.",
            "&",
        ),
        ("MOURA, A.; LIMA, B., & SOUZA, C. Texto. São Paulo: Ática, 2001.", "&"),
    ],
)
def test_a_join_unlike_the_list_s_semicolons(lint, odd, join):
    (finding,) = found(lint, [*ABNT, odd], "RL850")
    assert f"names joined by `{join}`" in finding.message
    assert "joins between names in the list are semicolons" in finding.message
    assert [e.text for e in finding.edits] == ["; "]


def test_apa_s_ampersands_and_a_split_list_pass(lint):
    assert found(lint, APA, "RL850") == []
    assert found(lint, ABNT, "RL850") == []
    # two of each: no convention
    assert found(lint, ABNT[:2] + APA[:3], "RL850") == []
    # a publisher's own `&` is no join between names
    publisher = "AMORIM, M. O pesquisador. São Carlos: Pedro & João Editores, 2004."
    assert found(lint, [*ABNT, publisher], "RL850") == []


@pytest.mark.parametrize(
    ("odd", "said"),
    [
        (
            "OLIVEIRA, A. Análise. Revista Educação e Linguagens, n. 16, v. 9, p. 245-264, 2020.",
            "the issue before the volume (`n. 16, v. 9`)",
        ),
        (
            "ROHLING, N. Cronotopo. Fórum Linguístico, v. 17 n. 4, p. 5221-5237, 2020.",
            "no comma between the volume and the issue (`v. 17 n. 4`)",
        ),
    ],
)
def test_a_volume_and_issue_unlike_the_list(lint, odd, said):
    (finding,) = found(lint, [*ABNT, odd], "RL851")
    assert said in finding.message
    assert "5 of 6 entries with both print the volume, a comma and the issue" in finding.message


def test_vol_and_no_learnt_the_same_way(lint):
    entries = [
        f"A. Author{n}, “Title {n},” IEEE Trans. Power Syst., vol. {n}, no. 2, pp. 1-9, 2020."
        for n in range(1, 6)
    ]
    odd = "B. Writer, “Title,” IEEE Trans. Power Syst., no. 4, vol. 12, pp. 10-19, 2021."
    (finding,) = found(lint, [*entries, odd], "RL851")
    assert "`no. 4, vol. 12`" in finding.message


def test_a_list_keeping_to_one_form_or_split_passes(lint):
    assert found(lint, ABNT, "RL851") == []
    swapped = [e.replace("v. 20, n. 2", "n. 2, v. 20") for e in ABNT]
    assert found(lint, swapped[:6], "RL851") == []  # three of each: no convention
