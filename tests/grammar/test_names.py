"""Names as lists from other languages write them: many initials, editor words, decomposed accents."""

import unicodedata

import pytest

from refslint.model import Kind
from tests.grammar.reading import names, parse


def test_five_and_six_initials_are_a_name_not_a_group():
    ref = parse(
        "Silva MCFAB, Souza ALMFD, Andrade JMCFS. Saúde bucal de adolescentes. "
        "Rev Saude Publica. 2010;44(3):1-9."
    )
    assert names(ref.authors) == [("Silva", "MCFAB"), ("Souza", "ALMFD"), ("Andrade", "JMCFS")]
    assert not any(a.is_group for a in ref.authors)
    assert ref.title.text == "Saúde bucal de adolescentes"
    assert ref.container.text == "Rev Saude Publica"


def test_five_initials_in_an_editor_list():
    ref = parse(
        "Souza AB. Vigilância em saúde. In: Minayo MCFAB, Lima C, organizadores. Saúde coletiva. "
        "Rio de Janeiro: Fiocruz; 2009. p. 10-20."
    )
    assert ref.kind is Kind.CHAPTER
    assert names(ref.editors) == [("Minayo", "MCFAB"), ("Lima", "C")]


@pytest.mark.parametrize(
    "word",
    [
        "editores",
        "editor",
        "editors",
        "eds",
        "Hrsg.",
        "Hg.",
        "(Hrsg.)",
        "éditeurs",
        "éd.",
        "a cura di",
        "(a cura di)",
        "red.",
        "(org.)",
        "(orgs.)",
        "coord.",
        "coordenadores",
        "organizadora",
    ],
)
def test_editor_words_of_other_languages_mark_the_editors_of_a_chapter(word):
    comma = "" if word.startswith("(") else ","
    stop = "" if word.endswith(".") else "."
    ref = parse(
        f"Souza AB, Lima C. Capítulo sobre a saúde. In: Pereira D, Costa E{comma} {word}{stop} "
        "Livro de saúde pública. São Paulo: Hucitec; 2009. p. 10-20."
    )
    assert ref.kind is Kind.CHAPTER
    assert names(ref.authors) == [("Souza", "AB"), ("Lima", "C")]
    assert names(ref.editors) == [("Pereira", "D"), ("Costa", "E")]
    assert ref.container.text == "Livro de saúde pública"
    assert ref.publisher.text == "Hucitec"


def test_an_editor_word_heads_an_edited_book():
    ref = parse("Minayo MCS (org.). O desafio do conhecimento. São Paulo: Hucitec; 2010.")
    assert ref.kind is Kind.BOOK and names(ref.editors) == [("Minayo", "MCS")]
    assert ref.title.text == "O desafio do conhecimento"


def test_family_names_that_are_editor_words_stay_names():
    ref = parse("Red A, Ed B, Hg C. A title of a study. Nature. 2001;3:4-5.")
    assert names(ref.authors) == [("Red", "A"), ("Ed", "B"), ("Hg", "C")]
    assert ref.editors == ()


def test_decomposed_accents_are_read_as_one_family_name():
    composed = "Müller K, Gérard É, Štěpánek J. A title of a study. Nature. 2001;3:4-5."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    ref = parse(decomposed)
    assert [unicodedata.normalize("NFC", a.family) for a in ref.authors] == [
        "Müller",
        "Gérard",
        "Štěpánek",
    ]
    assert not any(a.is_group for a in ref.authors)
    # spans point into the decomposed text as given: nothing was normalised behind the reader's back
    first = ref.authors[0]
    assert decomposed[first.span.start : first.span.end] == first.text == "Mu\u0308ller K"
    assert ref.title.text == "A title of a study"


def test_soft_hyphen_and_unicode_hyphen_inside_a_family_name():
    ref = parse(
        "Aleshko-\u00ad\u2010Ozhevskii IuP, Gapparov MM. A study. Vopr Pitan. 2001;70(3):25-7."
    )
    assert names(ref.authors)[1] == ("Gapparov", "MM")
    assert ref.authors[0].initials == "IuP"


LIST = """\
References
1. Silva MCFAB, Souza ALMFD, Andrade JMCFS. Saúde bucal de adolescentes no Nordeste. Rev Saude Publica. 2010;44(3):415-23.
2. Minayo MCS, organizadora. Pesquisa social: teoria, método e criatividade. 28ª ed. Petrópolis: Vozes; 2009.
3. Paim JS, Almeida-Filho N. Saúde coletiva: uma "nova saúde pública" ou campo aberto a novos paradigmas? Rev Saude Publica. 1998;32(4):299-316.
4. Campos GWS. Saúde pública e saúde coletiva: campo e núcleo de saberes e práticas. In: Campos GWS, Minayo MCS, Akerman M, Drumond Júnior M, Carvalho YM, organizadores. Tratado de saúde coletiva. São Paulo: Hucitec; 2006. p. 53-92.
5. Victora CG, Barreto ML, Leal MC, Monteiro CA, Schmidt MI, Paim J, et al. Health conditions and health-policy innovations in Brazil: the way forward. Lancet. 2011;377(9782):2042-53.
6. Müller K, Gérard É. Gesundheit und Gesellschaft. In: Meier A, Schulz B (Hrsg.). Handbuch Public Health. Berlin: Springer; 2012. p. 101-20.
7. Rossi M. La salute pubblica in Italia. In: Bianchi A, a cura di. Manuale di igiene. Roma: Carocci; 2015. p. 33-61.
"""


def test_a_clean_list_with_these_names_gets_no_findings(lint):
    """Four of these entries gave RL001 before names could carry five initials and editor words of
    other languages; now the list is read whole and nothing is flagged."""
    assert [(d.code, d.line, d.message) for d in lint(LIST)] == []


@pytest.mark.parametrize(
    "family", ["Martin", "Marino", "Mariano", "Junge", "Augustin", "Febres", "Mayer", "Decker"]
)
def test_a_family_name_that_begins_like_a_month_is_a_name(family):
    # MDPI and ACS write `Family, I.;`: the comma after a month-like name once made it a date
    for text in (
        f"{family}, R.A.; Pérez, E. A gradient. Astron. Astrophys. 2014, 563, A49.",
        f"Pérez, E.; {family}, R.A. A gradient. Astron. Astrophys. 2014, 563, A49.",
    ):
        ref = parse(text)  # read without a problem
        assert ref.date is not None and ref.date.text == "2014" and ref.date.month is None


@pytest.mark.parametrize("month", ["Sept", "Septmber", "Febuary", "March", "Juni", "Dec."])
def test_months_and_their_common_misspellings_still_date_an_entry(month):
    ref = parse(f"Smith A. A title. Report of the board; {month} 2019.")
    assert ref.date is not None and ref.date.year == 2019 and ref.date.month_token.text == month


@pytest.mark.parametrize(
    "names_and_role",
    ["Mitre, B. (ed. y anot.).", "Mitre, B (Ed. y Trad.).", "Mitre, B. (ed. and trans.)."],
)
def test_two_roles_in_parentheses_mark_the_editors_of_a_book(names_and_role):
    ref = parse(f"{names_and_role} (1903). Viaje al Río de la Plata. Cabaut y Cía.")
    assert ref.problem is None and ref.kind is Kind.BOOK
    assert names(ref.editors) == [("Mitre", "B")] and ref.authors == ()
    assert ref.title.text == "Viaje al Río de la Plata"
