"""ABNT's names in capitals: a two-word family name whose second word could pass for Vancouver's
initials (`TEN BRINK, T.`), a family name left without its initials at the end of the names
(`; BRACHT BRANHAM.`), an initial without its period among dotted ones (RL805), and the role
word ABNT keeps singular for several editors (RL503 silent). Entries written for these tests."""

from __future__ import annotations

import datetime as dt

from refslint.engine import lint_text

TODAY = dt.date(2024, 8, 1)

ABNT = """\
References
ALVES, M. P.; COSTA, R. Gêneros do discurso e ensino. Revista Letras, Santa Maria, v. 20, n. 40, p. 147-162, 2010.
BRITO, L. A.; DUARTE, E. Análise dialógica do discurso. Linguagem em Discurso, Tubarão, v. 14, n. 1, p. 177-194, 2014.
CASTRO, P. Valoração e ideologia. Letra Magna, n. 19, p. 1-18, 2016.
DIAS, F.; MOURA, C. M.; NUNES, G. Notícias e gênero. Revista da Anpoll, v. 51, n. 2, p. 89-107, 2020.
{entry}
"""


def _found(entry: str, code: str) -> list[str]:
    text = ABNT.format(entry=entry)
    return [f.message for f in lint_text(text, select=[code], offline=True, today=TODAY)]


def _problems(entry: str) -> list[str]:
    text = ABNT.format(entry=entry)
    return [f.message for f in lint_text(text, select=["RL001"], offline=True, today=TODAY)]


def test_a_two_word_family_name_in_capitals_is_read_before_its_initials():
    entry = (
        "GOMES, A. P.; PAULS, R.; TEN BRINK, T. Industrial policy and the creation of markets. "
        "Cambridge Journal of Economics, v. 47, n. 1, p. 45-66, 2023."
    )
    assert _problems(entry) == []


def test_a_family_name_without_initials_closing_the_names_is_read():
    entry = (
        "GOULET-CAZÉ, M.-O.; BRACHT BRANHAM. Introducción. In: BRANHAM, B.; GOULET-CAZÉ, M.-O. "
        "(ed.). Los cínicos. Barcelona: Seix Barral, 2000."
    )
    assert _problems(entry) == []


def test_vancouver_names_in_capitals_keep_their_reading():
    text = (
        "1. SMITH AB, JONES CD. Growth of cells in culture. J Cell Biol. 2001;12:1-9.\n"
        "2. BROWN EF, WHITE GH, GREEN K. Growth of roots. Plant Physiol. 2003;14:11-19.\n"
    )
    found = lint_text(text, select=["RL001"], offline=True, today=TODAY)
    assert found == []


def test_an_initial_without_its_period_among_dotted_ones_is_flagged():
    entry = (
        "FRANCO, N.; ACOSTA PEREIRA, R; COSTA, T. C. Por uma análise dialógica. Revista da "
        "Abralin, v. 20, n. 2, p. 1-25, 2021."
    )
    found = _found(entry, "RL805")
    assert len(found) == 1
    assert found[0].startswith("the initial closing `ACOSTA PEREIRA, R` has no period")


def test_a_hyphenated_pair_of_initials_without_its_last_period_is_flagged():
    entry = (
        "GOULET-CAZÉ, M.-O; BRANHAM, B. Introducción. Revista de Filosofía, v. 3, n. 1, "
        "p. 11-42, 2000."
    )
    assert len(_found(entry, "RL805")) == 1


def test_dotted_initials_everywhere_pass():
    entry = (
        "FRANCO, N.; ACOSTA PEREIRA, R.; COSTA, T. C. Por uma análise dialógica. Revista da "
        "Abralin, v. 20, n. 2, p. 1-25, 2021."
    )
    assert _found(entry, "RL805") == []


def test_a_list_writing_initials_without_periods_is_left_alone():
    text = (
        "References\n"
        "Alves, MP; Costa, R; Dias, F. Title one. Journal One, v. 1, p. 1-9, 2010.\n"
        "Brito, LA; Duarte, E; Moura, CM. Title two. Journal Two, v. 2, p. 1-9, 2011.\n"
        "Castro, P; Nunes, G; Lima, J. Title three. Journal Three, v. 3, p. 1-9, 2012.\n"
    )
    assert lint_text(text, select=["RL805"], offline=True, today=TODAY) == []


def test_abnt_keeps_the_role_singular_after_several_editors():
    entry = (
        "LIMA, J. Introdução. In: BRANHAM, B.; GOULET-CAZÉ, M.-O. (ed.). Os cínicos. "
        "Barcelona: Seix Barral, 2000. p. 11-42."
    )
    assert _found(entry, "RL503") == []


def test_the_role_of_several_editors_in_a_mixed_case_list_is_still_held_to_its_number():
    text = (
        "References\n"
        "Lima, J. (2000). Introduction. In B. Branham & M.-O. Goulet-Cazé (Ed.), The Cynics "
        "(pp. 11-42). University of California Press.\n"
        "Mackay MC, Street K. Focused identification. In: Black CK, Panozzo JF (ed). "
        "Proceedings of the Conference. Melbourne: RACI; 2004. p. 138-41.\n"
    )
    found = [f.code for f in lint_text(text, select=["RL503"], offline=True, today=TODAY)]
    assert "RL503" in found
