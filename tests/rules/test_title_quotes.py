"""RL862: a title's period on the other side of its closing quotation mark than the list's, on
lists written here in German, English, Spanish and French marks, and the lists it leaves alone."""

from __future__ import annotations

GERMAN = [
    "Dumont, Stefan. 2020. „Kommentieren in digitalen Editionen.“ In Annotieren, 175–193.",
    "Meier, Anna. 2018. „Briefe im Netz.“ Editio 32: 12–30.",
    "Sahle, Patrick. 2013. „Digitale Editionsformen.“ Norderstedt: BoD.",
    "Bauer, Jan. 2019. „Register und Normdaten.“ In Edieren, hrsg. von Eva Roth, 1–9.",
]
ENGLISH_INSIDE = [
    'Garry, M. "Sedan Chairmen in London." Journal of Transport History 37 (2016): 45–63.',
    'Vickery, A. "His and Hers: Household Accounting." Past & Present 1 (2006): 12–38.',
    'Harvey, K. "The Little Republic." Gender & History 21 (2009): 1–20.',
]
BRITISH_OUTSIDE = [
    "Garry, M. (2016) “Sedan chairmen in London”. Journal of Transport History, 37, 45–63.",
    "Vickery, A. (2006) “His and hers: household accounting”. Past & Present, 1, 12–38.",
    "Harvey, K. (2009) “The little republic”. Gender & History, 21, 1–20.",
    "Smith, J. (2011) “What is a household?”. Social History, 36, 1–9.",
]


def found(lint, entries: list[str]):
    return lint("References\n" + "".join(e + "\n" for e in entries), select=["RL862"])


def test_a_period_outside_in_a_german_list_that_closes_inside(lint):
    odd = "Hunfeld, Barbara. 2011. „Eduard Berend und die Jean-Paul-Ausgabe“. In Editoren, 1–20."
    (finding,) = found(lint, [*GERMAN, odd])
    assert finding.entry == 5
    assert "period after its closing quotation mark (`“.`)" in finding.message
    assert "4 of 5 quoted titles close with the period inside the marks" in finding.message
    assert [e.text for e in finding.edits] == [".“"]


def test_straight_and_curly_marks_in_lists_that_close_inside(lint):
    odd = 'Moretti, F. "Network Theory, Plot Analysis". Literary Lab Pamphlets 2 (2011): 1–11.'
    (finding,) = found(lint, [*ENGLISH_INSIDE, odd])
    assert finding.entry == 4 and '(`".`)' in finding.message
    # a quotation inside the title, in the same marks, closes before the title's own period
    inner = 'Rosa, M. "Los "Episodios Nacionales"." Caracteres 6 (2017): 1–20.'
    assert found(lint, [*ENGLISH_INSIDE, inner]) == []


def test_a_period_after_a_titles_own_question_mark(lint):
    odd = "Sahle, Patrick. 2016. „What is a Scholarly Digital Edition?“. In Digital Editing, 19–39."
    (finding,) = found(lint, [*GERMAN, odd])
    assert "a period after the title's own `?` (`?“.`)" in finding.message
    assert [e.text for e in finding.edits] == [""]
    # a list that closes outside prints the period after a question mark too
    assert found(lint, BRITISH_OUTSIDE) == []


def test_a_period_inside_in_a_list_that_closes_outside(lint):
    odd = "Reith, R. (2022) “Exploring private consumption.” Vierteljahrschrift, 109, 72–86."
    (finding,) = found(lint, [*BRITISH_OUTSIDE, odd])
    assert finding.entry == 5
    assert "period inside its closing quotation mark (`.”`)" in finding.message
    assert [e.text for e in finding.edits] == ["”."]


def test_french_guillemets_closed_outside_with_their_spaces(lint):
    french = [
        "Burnard, Lou. « What Is TEI Conformance ? ». Journal of the TEI 12 (2019).",
        "Pierazzo, Elena. « Editing Texts ». Digital Humanities Quarterly 9 (2015).",
        "Sahle, Patrick. « Les éditions numériques ». Revue de synthèse 2 (2018).",
        "Viglianti, R. « Un modèle d’édition ». Médiévales 73 (2017).",
    ]
    assert found(lint, french) == []
    odd = "Riva, Anne. « Éditer en continu. » Revue de synthèse 4 (2020)."
    (finding,) = found(lint, [*french, odd])
    assert finding.entry == 5 and "(`. »`)" in finding.message
    assert [e.text for e in finding.edits] == [" »."]


def test_lists_split_short_or_quoting_names_pass(lint):
    assert found(lint, GERMAN) == []
    # one title each way, and too few titles to tell
    assert found(lint, [*GERMAN[:2], *BRITISH_OUTSIDE[:2]]) == []
    assert found(lint, [GERMAN[0], "Roth, E. 2011. „Briefe“. In Editoren, 1–20."]) == []
    # a quoted name among the authors opens no title
    named = "Arbeitskreis „Editionsprobleme der Neuzeit“. 2013. Empfehlungen. Regensburg: AHF."
    assert found(lint, [*GERMAN, named]) == []


def test_a_title_closed_by_its_mark_alone_before_what_follows(lint):
    english = [
        "Bleeker, Elli. 2015. “Melville’s Marginalia Online.” RIDE 3: 1–9.",
        "Clark, Andy. 1998. “The Extended Mind.” Analysis 58: 10–23.",
        "Pape, Sebastian. 2012. “TEICHI and the Tools Paradox.” Journal of the TEI 2: 1–9.",
    ]
    for odd, shown in (
        ("Van Hulle, Dirk. 2016. “A Rapprochement” Variants 12: 34–56.", "Rapprochement” Variants"),
        ("Van Hulle, Dirk. 2016. “Enactive Cognition” In Editing, 107–118.", "Cognition” In"),
        ("TEI Consortium. 2024. “<add>” Guidelines for Encoding. 4.8.1.", "“<add>” Guidelines"),
    ):
        (finding,) = found(lint, [*english, odd])
        assert finding.entry == 4 and f"no period closes the title (`{shown}`)" in finding.message
        assert [e.text for e in finding.edits] == [".”"]
    # a list closing as many titles with no mark as with one has no habit to hold them to
    bare = [e.replace(".” ", "” ") for e in english]
    assert found(lint, [*english, *bare]) == []
    # a title closed by its comma, or followed by a lower-case word, is no title closed bare
    assert found(lint, [*english, "Roe, J. 2001. “Letters,” Editio 4: 1–2."]) == []
    assert found(lint, [*english, "Roe, J. 2001. “Letters” edited by A. Lee."]) == []
