"""RL593 on spaced hyphens in a list whose titles print a spaced dash elsewhere (`Jupyter
notebooks – a publishing format` beside `Coursera tutorial - Basics`): the same dash typed as a
hyphen, in several styles; silent where the only spaced dash is in a title of another language,
and where short words either side are as often two names joined."""

from __future__ import annotations


def _found(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL593"])]


APA = (
    "References\n\n"
    "Bourke, D. (2022). Machine learning for beginners – Full course. Learning Press.\n\n"
    "Mishra, S. (2021). Free deep learning tutorial - Basics of neural networks. Learning "
    "Press.\n\n"
    "Slim, J. (2020). Recurrent networks explained - a practical guide. Learning Press.\n\n"
    "Tan, K. (2019). Signal processing for engineers. Learning Press.\n"
)
POLISH = (
    "References\n\n"
    "Czarnota, J. (2010). Dopasowanie człowiek – organizacja i tożsamość organizacyjna. "
    "Warszawa: Scholar.\n\n"
    "Durniat, K. (2016). Ponad wskaźniki behawioralne - prezentacja polskiego kwestionariusza "
    "do badania mobbingu. Wrocław: Uniwersytet.\n"
)


def test_a_spaced_hyphen_beside_a_spaced_dash_of_the_same_language_is_flagged(lint):
    assert [entry for entry, _ in _found(lint, APA)] == [2, 3]
    assert _found(lint, APA)[0][1] == (
        "spaced hyphen where the title has a dash (`tutorial - Basics`), in a list that prints "
        "a spaced dash between a title's words; expected `tutorial—Basics`"
    )
    assert [entry for entry, _ in _found(lint, POLISH)] == [2]


def test_a_dash_in_a_title_of_another_language_is_no_evidence(lint):
    # F1000's English titles keep their spaced hyphens beside a German title's dash
    text = (
        "1. Lachenmeier DW: Hemp food products - A problem? Deut Lebensm Rundsch. 2004; 100: "
        "481–490.\n"
        "2. Lachenmeier DW, Bock V: Hemp food products - an update. Deut Lebensm Rundsch. 2019; "
        "115: 351–372.\n"
        "3. BfR: Tetrahydrocannabinolgehalte sind in vielen hanfhaltigen Lebensmitteln zu hoch – "
        "gesundheitliche Beeinträchtigungen sind möglich. Berlin: Bundesinstitut; 2018.\n"
    )
    assert _found(lint, text) == []


def test_short_words_either_side_and_unspaced_dashes_are_left_alone(lint):
    text = (
        "[1] ISO. Information technology — reference architecture for services — part 1: "
        "Terminology. Geneva: ISO; 2016.\n"
        "[2] A. Lee. Sap - nec reference architecture for data platforms. Tokyo: NEC; 2016.\n"
    )
    assert _found(lint, text) == []
    text = (
        "References\n\n"
        "Lima, A. (2012). Hospital care—a review. Health Policy, 4(1), 1–9.\n\n"
        "Lee, B. (2013). Quality of care - a survey. Health Policy, 5(1), 10–19.\n\n"
        "Kim, C. (2014). Quality of care - the second survey. Health Policy, 6(1), 20–29.\n"
    )
    assert _found(lint, text) == []


def test_a_version_number_before_the_hyphen_is_no_range(lint):
    # `Binder 2.0 - Reproducible`: a number then a word is a name's version, not a range
    text = (
        "References\n\n"
        "Epinat, B. (2008). A kinematic survey of spiral galaxies – VI. New data cubes. Monthly "
        "Notices, 390(2), 466–504.\n\n"
        "Jupyter, P. (2018). Binder 2.0 - Reproducible, interactive, sharable environments. In "
        "Proceedings of the Python in Science Conference (pp. 113–120).\n\n"
        "Lee, K. (2019). Rainfall records 1990 - 2000 in coastal towns. Climate Research, 4, "
        "10–19.\n"
    )
    assert _found(lint, text) == [
        (
            2,
            "spaced hyphen where the title has a dash (`2.0 - Reproducible`), in a list that "
            "prints its ranges with dashes; expected `2.0—Reproducible`",
        )
    ]


def test_a_spaced_hyphen_after_a_conjunction_is_a_suspended_compound(lint):
    # `und - Portale` is `und -portale` with a space crept in: no dash follows a conjunction
    text = (
        "References\n\n"
        "Bauer, K. 2019. „Bibliotheken – Orte des Lernens“. Bibliotheksdienst 53 (2): 10–20.\n\n"
        "Lang, M. 2021. Onlineservices und - Portale der öffentlichen Verwaltung. Berlin: "
        "Springer.\n\n"
        "Roth, E. 2020. Digitale Dienste - ein Überblick. Berlin: Springer.\n"
    )
    assert [entry for entry, _ in _found(lint, text)] == [3]
