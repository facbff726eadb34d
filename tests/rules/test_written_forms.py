"""RL865: a word without the accent the list prints on it elsewhere, on lists written here in ABNT,
APA and Vancouver forms, with the words and lists where it must keep quiet."""

from __future__ import annotations

import pytest

ABNT = [
    "ROHLING, N. A análise dialógica do discurso. Cadernos de Linguagem, v. 15, p. 44-60, 2014.",
    "BRAIT, B. Por uma análise dos gêneros. Alfa, v. 56, n. 2, p. 371-401, 2012.",
    "FRANCO, N. Cinismo y pasión en la política. Madrid: Gredos, 2003.",
    "PAQUET, L. Curso en el Collège de France. Paris: Seuil, 2001.",
    "GOMES, T. Le cours au Collège de France. Paris: Seuil, 2004.",
]


def author_date(entries: list[str]) -> str:
    return "References\n" + "".join(f"{e}\n" for e in entries)


def found(lint, entries: list[str]):
    return lint(author_date(entries), select=["RL865"])


@pytest.mark.parametrize(
    ("odd", "said"),
    [
        (
            "SOUZA, B. Analise e teoria do discurso. São Paulo: Contexto, 2006.",
            "`Analise` without the accent of `análise`, as the list prints it 2 times",
        ),
        (
            "LIMA, A. Estudos sobre a politica del Estado. Revista de Politica y Sociedad, "
            "v. 3, p. 1-9, 2001.",
            "`politica` without the accent of `política`",
        ),
        (
            "RUIZ, M. El gobierno de sí. Curso en el Collége de France. Madrid: Akal, 2009.",
            "`Collége` with another accent than `collège`, as the list prints it 2 times",
        ),
    ],
)
def test_a_word_without_the_list_s_accent(lint, odd, said):
    findings = found(lint, [*ABNT, odd])
    assert findings
    assert said in findings[0].message
    assert all(f.line == len(ABNT) + 2 for f in findings)  # the odd entry alone


def test_a_vancouver_list_and_its_journal_written_out(lint):
    entries = [
        "1. Silva A, Costa B. Atenção à saúde da criança. Saúde em Debate. 2019;43(1):1-9.",
        "2. Lima C. Vigilância em saúde no Brasil. Rev Bras Epidemiol. 2018;21:e1.",
        "3. Souza D. Cuidado e saude da família. Cad Saúde Colet. 2017;25(2):10-9.",
    ]
    (finding,) = lint("".join(f"{e}\n" for e in entries), select=["RL865"])
    assert finding.line == 3 and "`saude` without the accent of `saúde`" in finding.message


FRENCH_APA = [
    "Terré, N. et Adé, D. (2022). L’appropriation d’outils par les enseignants d’Éducation "
    "physique. eJRIEPS, 5, 1-20.",
    "Vors, O. et Andrieu, B. (2023). Les méthodes mixtes en Éducation physique et en Sport. "
    "STAPS, 141, 5-19.",
    # a letter and its combining accent, as some files write `é`: the same word
    "Barbier, J.M. (2013). L’activite\u0301 : un objet intégrateur pour les sciences. Savoirs, 3, "
    "9-22.",
    "Mayen, P. (2003). L’activité et la formation. Savoirs, 1, 13-53.",
]


def test_a_word_whose_stretch_names_no_language_is_held_to_its_titles(lint):
    # `de l’Education physique comme « action située » ` names no language; its title's
    # `pour` names French, as the list's `Éducation` is
    odd = (
        "Gal-Petitfaux, N. (2001). L’enseignement de l’Education physique comme « action située » "
        ": propositions pour une approche cognitive. STAPS, 55, 79-100."
    )
    (finding,) = found(lint, [*FRENCH_APA, odd])
    assert finding.line == len(FRENCH_APA) + 2
    assert "`Education` without the accent of `éducation`" in finding.message
    assert found(lint, FRENCH_APA) == []


def test_the_list_s_own_spelling_and_other_languages_pass(lint):
    assert found(lint, ABNT) == []
    # an English title keeps its own spelling beside a Portuguese one
    english = "Costa, B. (2019). Urban areas and the virus. Health & Place, 5(2), 1-9."
    portuguese = "COSTA, B. Vírus nas áreas urbanas do Brasil. Saúde em Debate, v. 2, p. 1-9, 2019."
    assert found(lint, [*ABNT, english, portuguese]) == []
    # a German title's `Diogenes` beside a Spanish title's `Diógenes`
    german = "NIEHUES, H. Der Kynismus des Diogenes und der Begriff. Frankfurt: Suhrkamp, 1988."
    spanish = "GARCÍA, J. Vida de Diógenes y los cínicos. Madrid: Gredos, 2010."
    assert found(lint, [*ABNT, german, spanish]) == []
    # NLM's abbreviation drops accents: no Romance text to read it in
    nlm = "5. Ramos D. Mortalidade por causas externas. Rev Saude Publica. 2018;52:83."
    assert found(lint, [*ABNT, nlm.removeprefix("5. ")]) == []
    # also after a title that ends with its question
    asked = "Paim JS. Saúde coletiva: uma nova saúde pública? Rev Saude Publica. 1998;32:299-316."
    assert found(lint, [*ABNT, asked]) == []
    # Portuguese's `filosofia` and `teoria` beside Spanish's `filosofía` and `teoría`
    two = [
        "SILVA, A. Teoria e filosofia da linguagem. São Paulo: Ática, 2001.",
        "RUIZ, M. La teoría y la filosofía del lenguaje. Madrid: Akal, 2003.",
    ]
    assert found(lint, [*ABNT, *two]) == []
    # two people: `Garcia` and `García`, and a surname in capitals
    names = [
        "GARCIA, D. A. Por uma análise. Campinas: Pontes, 2019.",
        "GARCÍA, M. La historia de la análise. Madrid: Akal, 2008.",
        "Garcia, P., & García, L. (2020). A la carte de la cuisine. Paris: Seuil.",
    ]
    assert found(lint, [*ABNT, *names]) == []
    # a web page's site name after its title's bar is a name of its own, not the title's text
    page = [
        "Ruiz, M. (2020). La educación en méxico. https://ejemplo.mx/educacion",
        "Matt. (2020). El nivel de inglés en méxico ‹ GO blog | EF blog mexico. https://ef.mx/b",
    ]
    assert found(lint, [*ABNT, *page]) == []
    # while the title before the bar is still read
    slip = "Matt. (2020). El nivel de inglés en mexico ‹ GO blog | EF blog. https://ef.mx/b"
    (finding,) = found(lint, [*ABNT, page[0], slip])
    assert "`mexico` without the accent of `méxico`" in finding.message


def test_the_accent_is_kept_even_in_the_minority(lint):
    # `análise` once, `analise` twice: an accent is lost far more often than added
    entries = [
        "SOUZA, B. Analise e teoria do discurso. São Paulo: Contexto, 2006.",
        "LIMA, B. Analise de dados da pesquisa. São Paulo: Ática, 2007.",
        "ROHLING, N. A análise dialógica do discurso. Cadernos, v. 15, p. 44-60, 2014.",
    ]
    findings = found(lint, entries)
    assert [f.line for f in findings] == [2, 3]


@pytest.mark.parametrize(
    ("entry", "said", "fixed"),
    [
        (
            "Fowler, E. F., & Ridout, T. N. (2021). Political advertising (2nd). Routledge.",
            "edition `(2nd)` without its word; expected `(2nd ed.)`",
            "Political advertising (2nd ed.). Routledge.",
        ),
        (
            "Smith, J. 2010. Statistics for Ecology (3rd). Oxford: Blackwell.",
            "edition `(3rd)` without its word",
            "Statistics for Ecology (3rd ed.). Oxford",
        ),
        (
            "Hajnal, Z. L. (2006). Changing white attitudes (1st edition). Cambridge University "
            "Press.",
            "a first edition marked (`(1st edition)`)",
            "Changing white attitudes. Cambridge",
        ),
        (
            "Doe, A. (2001). A book of marks (First ed.). Academic Press.",
            "a first edition marked (`(First ed.)`)",
            "A book of marks. Academic",
        ),
    ],
)
def test_an_edition_in_brackets_without_its_word_or_first(lint, entry, said, fixed):
    text = author_date([entry])
    (finding,) = lint(text, select=["RL866"])
    assert said in finding.message
    (edit,) = finding.edits
    mended = text[: edit.start_offset] + edit.text + text[edit.end_offset :]
    assert fixed in mended


def test_editions_written_right_pass(lint):
    entries = [
        "Fowler, E. F., & Ridout, T. N. (2021). Political advertising (2nd ed.). Routledge.",
        "Smith, J. 2010. Statistics for Ecology. 3rd ed. Oxford: Blackwell.",
        "Dijkstra A, Massart D. 1978. Evaluation of laboratory methods. 1st ed. Elsevier.",
        "BAKHTIN, M. M. Estética da criação verbal. 4. ed. São Paulo: Martins Fontes, 2011.",
        "Lee, K. (2019). The 21st century (pp. 1-9). In Proceedings of the 2nd Meeting. ACM.",
        "Roe, B. (2018). Papers of the meeting [Data set]. https://x.org/a_(2nd)",
    ]
    assert lint(author_date(entries), select=["RL866"]) == []


@pytest.mark.parametrize(
    ("entry", "code"),
    [
        ("CHAVES, E. Michel Foucault e a verdade cínica. Campinas, Sp: Editora PHI, 2013.", "Sp"),
        ("Silva, J. (2010). História de Belém. Belém, Pa: Editora UFPA.", "Pa"),
        ("1. Souza J. Métodos clínicos. 3a ed. Porto Alegre, Rs: Artmed; 1990.", "Rs"),
        ("LIMA, A. Estudos. Rio de Janeiro, Rj: Tempo Brasileiro, 1984.", "Rj"),
    ],
)
def test_a_state_code_in_lower_case(lint, entry, code):
    text = author_date([entry])
    (finding,) = lint(text, select=["RL867"])
    assert f"state `{code}` in lower case after its city; expected `{code.upper()}`" in (
        finding.message
    )
    (edit,) = finding.edits
    assert text[edit.start_offset : edit.end_offset] == code and edit.text == code.upper()


def test_state_codes_in_capitals_and_words_pass(lint):
    entries = [
        "CHAVES, E. Michel Foucault e a verdade cínica. Campinas, SP: Editora PHI, 2013.",
        "1. Doe J. Clinical methods. 3rd ed. Baltimore, Md: Williams & Wilkins; 1990.",
        "SILVA, A. O capítulo, In: SOUZA, B. (org.). O livro. Natal: EDUFRN, 2015.",
        "Chen Q, Guo X, Ma W. Opportunities and challenges. Cancer Lett. 2020;5:1-9.",
        "He Y, Ma W and Lei Y 2019 Aluminium: refining J. Mater. 4 1-9",
    ]
    assert lint(author_date(entries), select=["RL867"]) == []
