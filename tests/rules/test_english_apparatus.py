"""RL863: English apparatus in a list whose apparatus is German or French, on lists written here
in both languages, and the English, mixed and short lists it leaves alone."""

from __future__ import annotations

import pytest

GERMAN = [
    "Dumont, Stefan und Anna Meier. 2020. „Kommentieren.“ Editio 34: 175–193.",
    "Karge, Henrik, Hrsg. 2014. Gesammelte Schriften. Hildesheim: Olms.",
    "Sahle, Patrick. 2013. Digitale Editionsformen. Bd. 1. Norderstedt: BoD.",
    "Roth, Eva. o. D. Register. https://example.org/register. Zugriff am 3. März 2024.",
]
FRENCH = [
    "Burnard, Lou. « What Is TEI Conformance? » Journal of the TEI 12 (2019).",
    "Clark, James, dir. Jing and Trang. https://github.com/relaxng/jing-trang.",
    "Godbarge, Clément, éd. Filippo Cavriana. https://pantagrueliste.github.io/.",
    "Vaughan, N. « Introduction ». Traduction par M. García. Programming Historian 8 (2026).",
]


def found(lint, entries: list[str]):
    return lint("References\n" + "".join(e + "\n" for e in entries), select=["RL863"])


@pytest.mark.parametrize(
    ("odd", "word"),
    [
        ("Piel, Friedrich, ed. 1977. Der Stil. Mittenwald: Mäander.", "ed."),
        ("Uhl, Elke und Irene Auerbach. eds. 2013. Der Aufbruch. Berlin: Lit.", "eds."),
        ("Karge, Henrik (Editor). 2008. Schriften. Hildesheim: Olms.", "(Editor)"),
        (
            "Buttlar, Adrian. 1977. „Semper.“ In Der Stil, edited by Friedrich Piel, 1–22. "
            "Mittenwald: Mäander.",
            "edited by",
        ),
        ("Arnold, Eckhart and Stefan Müller. 2017. Permalinks. Berlin: Lit.", "and"),
    ],
)
def test_english_apparatus_in_a_german_list(lint, odd, word):
    (finding,) = found(lint, [*GERMAN, odd])
    assert finding.entry == 5
    assert f"`{word}` is English where the list's apparatus is German" in finding.message


def test_english_join_and_undated_mark_in_a_french_list(lint):
    odd = ["CERN and OpenAIRE. Zenodo. https://zenodo.org.", "TEI. RomaJS. n.d. https://x.org."]
    findings = found(lint, [*FRENCH, *odd])
    assert [(f.entry, f.message.split("`")[1]) for f in findings] == [(5, "and"), (6, "n.d.")]
    # `and` inside a title after a role word is the title's own (`dir. Jing and Trang`)
    assert found(lint, FRENCH) == []


def test_english_mixed_and_short_lists_pass(lint):
    english = [
        "Clark, Andy, and David Chalmers. 1998. “The Extended Mind.” Analysis 58: 10–23.",
        "Cohen, Matt, ed. 2023. The Whitman Archive. Accessed January 8, 2025. https://x.org.",
        "Jackson, H. J. 2001. Marginalia. New Haven: Yale University Press.",
        "Sahle, Patrick. 2016. “What Is an Edition?” In Editing, edited by M. Driscoll, 19–39.",
        "Karge, Henrik, Hrsg. 2014. Gesammelte Schriften. Hildesheim: Olms.",
    ]
    assert found(lint, english) == []
    # two German entries against two English ones: no language to hold the list to
    assert found(lint, [*GERMAN[:2], *english[:2]]) == []
    # too few entries mark the list German
    assert found(lint, [GERMAN[0], GERMAN[1], english[2], english[3]]) == []


SPANISH = [
    "Ruiz, A. y Soto, B. (2019). Archivos. Revista de Historia, 3(2), 1-9.",
    "Díaz, C. (2018). Mapas del sur. Accesible desde: https://example.org/mapas.",
    "Vega, D. (2015). Las redes [Tesis doctoral, Universidad de Cuyo].",
    "Mora, E. (Ed.). (2012). Crónicas (F. Gil, Trad.). Editorial Sur.",
]


@pytest.mark.parametrize(
    ("odd", "word"),
    [
        ("Paz, G. (2010). Rutas. In Ruiz, A. (Eds.), Viajes, 1-9. Lima: Sur.", "In"),
        ("Paz, G. (2010). Rutas. En: Viajes, edited by Ana Ruiz, 1-9. Lima: Sur.", "edited by"),
        ("Paz, G. (2010). Rutas. En: Ruiz, A. and Soto, B. (Eds.), Viajes. Lima: Sur.", "and"),
        ("Paz, G., & Ruiz, A. (with Soto, B.). (2010). Rutas. Lima: Sur.", "(with"),
    ],
)
def test_english_apparatus_in_a_spanish_list(lint, odd, word):
    (finding,) = found(lint, [*SPANISH, odd])
    assert finding.entry == 5
    assert f"`{word}` is English where the list's apparatus is Spanish" in finding.message
    # `(Ed.)` and `(Eds.)` are Spanish too, and `In` in German is the list's own
    assert found(lint, SPANISH) == []


def test_and_in_an_english_title_after_a_german_colon_passes(lint):
    german = [e.replace("„Kommentieren.“", "Kommentieren") for e in GERMAN]
    titles = [
        "Duban, Jeffrey M.: Ancient and Modern Images of Sappho. Lanham: UPA 1983.",
        "Robinson, David M.: Sappho and Her Influence. Norwood: Plimpton 1924.",
    ]
    assert found(lint, [*german, *titles]) == []
    odd = "Arnold, Eckhart and Stefan Müller: Permalinks. Berlin: Lit 2017."
    assert [f.entry for f in found(lint, [*german, *titles, odd])] == [7]
