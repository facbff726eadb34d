"""ABNT's chapters and their names: two initials before a semicolon read whole (`SOBRAL, A. U.;`),
the book's editors read after `In:`, RL569 on a chapter whose editors lost their role (silent on
an author's own book and on a publisher named `Editores`), and RL538 on a surname spelt two ways
by an editor or, in a long surname, by its accents alone. Entries written for these tests."""

from __future__ import annotations

import datetime as dt

from refslint.engine import lint_text
from refslint.grammar import parse_entry
from refslint.sources import read_document

TODAY = dt.date(2024, 8, 1)

HEAD = """\
References
ALVES, M. P.; COSTA, R. H. Gêneros do discurso e ensino. Revista Letras, Santa Maria, v. 20, n. 40, p. 147-162, 2010.
ALVES, M. P.; COSTA, R. H. Valoração e ideologia. Letra Magna, v. 3, n. 19, p. 1-18, 2016.
BRAIT, B. Análise e teoria do discurso. In: BRAIT, B. (org.). Bakhtin: outros conceitos. São Paulo: Contexto, 2006. p. 9-32.
DIAS, F. Notícias e gênero. In: MOURA, C. M.; NUNES, G. (org.). Discurso e imagem. Belo Horizonte: Ed. UFMG, 2013. p. 38-55.
"""


def _refs(text: str):
    return [parse_entry(e) for e in read_document("refs.txt", text).entries]


def _messages(text: str, code: str) -> list[str]:
    return [f.message for f in lint_text(text, select=[code], offline=True, today=TODAY)]


def test_two_initials_before_a_semicolon_are_one_name_and_the_editors_are_read():
    text = HEAD + (
        "SOBRAL, A. U.; GIACOMELLI, K. Elementos sobre Voloshinov. In: RODRIGUES, R. H.; "
        "ALVES, M. P. (org.). Estudos dialógicos. São Carlos: Pedro & João, 2016. p. 141-162.\n"
    )
    ref = _refs(text)[-1]
    assert [a.text for a in ref.authors] == ["SOBRAL, A. U.", "GIACOMELLI, K."]
    assert [e.family for e in ref.editors] == ["RODRIGUES", "ALVES"]


def test_a_chapter_whose_editors_lost_their_role_is_pointed_at():
    text = HEAD + (
        "FRANCO, N. Por uma análise dialógica. In: GARCIA, D. A.; SOARES, A. S. F. De 1969 a "
        "2019. Campinas: Pontes Editores, 2019. p. 275-300.\n"
    )
    found = _messages(text, "RL569")
    assert len(found) == 1
    assert found[0].startswith("the names after `In` carry no role")


def test_an_authors_own_book_after_in_needs_no_role():
    text = HEAD + (
        "BAKHTIN, M. M. O discurso no romance. In: BAKHTIN, M. M. Teoria do romance. São Paulo: "
        "Editora 34, 2015. p. 19-167.\n"
        "VOLOCHÍNOV, V. Que é a linguagem? In: VOLOCHÍNOV, V. N. A construção da enunciação. São "
        "Carlos: Pedro & João Editores, 2013. p. 131-156.\n"
    )
    assert _messages(text, "RL569") == []


def test_an_editor_whose_double_surname_is_run_together_is_flagged():
    text = HEAD.replace("COSTA, R. H.", "COSTA REIS, R. H.") + (
        "SOBRAL, A. U. Elementos sobre Voloshinov. In: ALVES, M. P.; COSTAREIS, R. H. (org.). "
        "Estudos dialógicos. São Carlos: Pedro & João, 2016. p. 141-162.\n"
    )
    found = _messages(text, "RL538")
    assert len(found) == 1
    assert found[0].startswith("`COSTAREIS, R. H.` is spelt `COSTA REIS, R. H` in entry 1")


def test_a_long_surname_spelt_with_other_accents_is_one_person():
    text = HEAD + (
        "VOLÓCHINOV, V. Marxismo e filosofia da linguagem. São Paulo: Editora 34, 2018.\n"
        "VOLOCHINOV, V. A palavra na vida. São Paulo: Editora 34, 2019.\n"
    )
    found = _messages(text, "RL538")
    assert len(found) == 1
    assert found[0].startswith("`VOLOCHINOV, V` is spelt `VOLÓCHINOV, V`")


def test_a_short_surname_with_other_accents_and_one_initial_is_left_alone():
    text = HEAD + (
        "MÜLLER, J. Sprache und Gesellschaft. Berlin: Akademie, 2018.\n"
        "MULLER, J. Language and society. London: Verso, 2019.\n"
    )
    assert _messages(text, "RL538") == []
