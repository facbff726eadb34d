"""ABNT's access notes with no brackets, in English (`Last access: Jan. 14, 2024.`) and cut short
in Portuguese (`Acesso: 10 maio 2022.`), are read as access dates, so that RL304 does not call
them missing and RL807 can compare their wording with the list's others."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.grammar.reading import parse

_PAGE = "HE, L. China's economy. CNN, Oct. 6, 2023. Available at: https://edition.cnn.com/a.html. "
_ARTICLE = (
    "RAMOS, M. D. Reflexões sobre o processo. Revista Estudos Feministas, v. 20, n. 1, "
    "p. 53-73, 2012. Disponível em: https://periodicos.example.org/a. "
)


@pytest.mark.parametrize(
    ("text", "iso", "wording"),
    [
        (_PAGE + "Last access: Jan. 14, 2024.", "2024-01-14", "Last access"),
        (_PAGE + "Last accessed: Jan. 13, 2024.", "2024-01-13", "Last accessed"),
        (_PAGE + "Last access: 14 January 2024.", "2024-01-14", "Last access"),
        (_ARTICLE + "Acesso: 10 maio 2022.", "2022-05-10", ""),
        (_ARTICLE + "Acesso em: 10 maio 2022.", "2022-05-10", ""),
    ],
)
def test_an_abnt_access_note_is_an_access_date(text, iso, wording):
    ref = parse(text)
    assert ref.accessed is not None and ref.accessed.iso() == iso
    assert ref.access_wording == wording


@pytest.mark.parametrize(
    "text",
    [
        # `access` is no note without its colon: a title's words stay the title's
        "SMITH, J. Last access to care in rural clinics. Health Policy, v. 2, p. 1-9, 2020.",
        "SOUZA, A. O acesso 2020 à saúde. Revista de Saúde, v. 2, p. 1-9, 2020.",
    ],
)
def test_access_words_in_a_title_are_no_access_note(text):
    ref = parse(text)
    assert ref.accessed is None
    assert ref.title is not None and ref.title.text.startswith(("Last access", "O acesso"))


def test_rl304_is_silent_on_a_page_with_last_access(lint):
    text = "References\n" + _PAGE + "Last access: Jan. 14, 2024.\n"
    assert lint(text, select=["RL304"], today=dt.date(2024, 3, 1)) == []
    bare = "References\n" + _PAGE + "\n"
    assert [d.code for d in lint(bare, select=["RL304"], today=dt.date(2024, 3, 1))] == ["RL304"]


def test_rl807_flags_last_accessed_among_last_access(lint):
    notes = ["Last access"] * 4 + ["Last accessed"]
    text = "References\n" + "".join(
        f"AUTHOR{n}, A. Page {n}. Site, 2023. Available at: https://example.org/{n}. "
        f"{note}: Jan. {n}, 2024.\n"
        for n, note in enumerate(notes, start=1)
    )
    found = lint(text, select=["RL807"], today=dt.date(2024, 3, 1))
    assert [d.entry for d in found] == [5]
    assert "`Last accessed`" in found[0].message


def test_rl807_flags_acesso_cut_short_among_acesso_em(lint):
    notes = ["Acesso em:"] * 4 + ["Acesso:"]
    text = "References\n" + "".join(
        f"AUTOR{n}, A. Título {n}. Revista, v. {n}, n. 2, p. 1-9, 2020. Disponível em: "
        f"https://example.org/{n}. {note} 10 nov. 2021.\n"
        for n, note in enumerate(notes, start=1)
    )
    found = lint(text, select=["RL807"], today=dt.date(2022, 3, 1))
    assert [d.entry for d in found] == [5]
    assert "`Acesso:`" in found[0].message
