"""RL503 (the editors' role word in their number) and RL831 (`and` before the last editor in a
list that joins names with commas), in Vancouver and APA lists; silent on the right
number and on lists that join their authors with `and`."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2024, 8, 1)

VANCOUVER = """\
1. Ruiz A, Lee B. Serve reception in table tennis. Sports Med. 2019;49:101-10.
2. Kim C, Park D. Visual search in racket sports. Sports Med. 2018;48:211-20.
3. Ito E, Sato F. Anticipation in fast ball sports. Hum Mov Sci. 2010;29:1-12.
4. Roy G, Das H. Expertise and gaze in athletes. J Mot Behav. 2012;44:301-9.
5. Wu J, Li K. Grip and stroke in racket sports. J Sports Sci. 2015;33:50-8.
"""
APA = """\
References
Adger, W. N., & Kelly, P. M. (1999). Social vulnerability to climate change. Mitigation and Adaptation Strategies for Global Change, 4(3), 253-266.
Cutter, S. L., & Shirley, W. L. (2003). Social vulnerability to environmental hazards. Social Science Quarterly, 84(2), 242-261.
"""


def messages(lint, text: str, code: str) -> list[str]:
    return [d.message for d in lint(text, select=[code], today=TODAY)]


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        (
            "6. Mackay MC, Street K. Germplasm strategy. In: Black CK, Panozzo JF, Rebetzke GJ "
            "(ed). Proceedings of the 54th Cereal Chemistry Conference. Melbourne: RACI; 2004. "
            "p. 138-41.",
            "`ed` after 3 editors; write `eds`",
        ),
        (
            "6. Mackay MC, Street K. Germplasm strategy. In: Black CK, Panozzo JF, editor. "
            "Cereal chemistry. Melbourne: RACI; 2004. p. 138-41.",
            "`editor` after 2 editors; write `editors`",
        ),
        (
            "6. Mackay MC, Street K. Germplasm strategy. In: Black CK, editors. Cereal "
            "chemistry. Melbourne: RACI; 2004. p. 138-41.",
            "`editors` after one editor; write `editor`",
        ),
    ],
)
def test_a_role_word_out_of_number(lint, entry, words):
    assert messages(lint, VANCOUVER + entry + "\n", "RL503") == [words]


def test_an_apa_role_word_out_of_number(lint):
    entry = (
        "Max-Neef, M. (1992). Development and human needs. In P. Ekins & M. Max-Neef (Ed.), "
        "Real-life economics (pp. 197-213). Routledge.\n"
    )
    assert messages(lint, APA + entry, "RL503") == ["`Ed` after 2 editors; write `Eds`"]
    right = entry.replace("(Ed.)", "(Eds.)")
    assert messages(lint, APA + right, "RL503") == []
    # one of two roles may be the last name's alone (`& B. Mitre (ed. y anot.)`)
    both = entry.replace("(Ed.)", "(ed. y anot.)")
    assert messages(lint, APA + both, "RL503") == []


@pytest.mark.parametrize(
    "entry",
    [
        "6. Mackay MC. Germplasm. In: Black CK, Panozzo JF, Rebetzke GJ, editors. Cereal "
        "chemistry. Melbourne: RACI; 2004. p. 138-41.",
        "6. Mackay MC. Germplasm. In: Black CK, editor. Cereal chemistry. Melbourne: RACI; 2004. "
        "p. 138-41.",
        # an edition after a book's authors is no role
        "6. Black CK, Panozzo JF. Cereal chemistry. 2nd ed. Melbourne: RACI; 2004.",
    ],
)
def test_the_right_number_passes(lint, entry):
    assert messages(lint, VANCOUVER + entry + "\n", "RL503") == []


CHAPTER_AND = (
    "6. Mackay MC, Street K. Germplasm strategy. In: Black CK, Panozzo JF, and Rebetzke GJ, "
    "editors. Proceedings of the 54th Cereal Chemistry Conference. Melbourne: RACI; 2004. "
    "p. 138-41.\n"
)


def test_and_before_the_last_editor_in_a_list_of_commas(lint):
    found = messages(lint, VANCOUVER + CHAPTER_AND, "RL831")
    assert len(found) == 1 and found[0].startswith("`and` before the last editor")
    ampersand = CHAPTER_AND.replace(", and Rebetzke", " & Rebetzke")
    assert len(messages(lint, VANCOUVER + ampersand, "RL831")) == 1


def test_lists_that_join_authors_with_and_pass(lint):
    joined = VANCOUVER.replace("4. Roy G, Das H.", "4. Roy G, and Das H.")
    assert messages(lint, joined + CHAPTER_AND, "RL831") == []
    # too few entries of several authors to tell the list's way
    short = "".join(VANCOUVER.splitlines(keepends=True)[:3])
    assert messages(lint, short + CHAPTER_AND.replace("6.", "4."), "RL831") == []
    # commas alone among the editors
    commas = CHAPTER_AND.replace(", and Rebetzke", ", Rebetzke")
    assert messages(lint, VANCOUVER + commas, "RL831") == []
