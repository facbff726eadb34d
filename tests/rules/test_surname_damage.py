"""RL551 (a capital I for an l inside a surname) and RL552 (a surname cut to its particle), in
Vancouver, author-date, IEEE, physics and ABNT styles; entries written for these tests."""

from __future__ import annotations

import pytest


def _found(lint, entries, codes="RL551,RL552"):
    """The findings, on entries the grammar reads whole (a silence on an entry it could not
    read would prove nothing)."""
    text = "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))
    found = lint(text, select=[*codes.split(","), "RL001"])
    assert [d.entry for d in found if d.code == "RL001"] == []
    return [(d.entry, d.code, d.message) for d in found]


@pytest.mark.parametrize(
    ("entry", "wanted"),
    [
        (
            "Carolan-OIah MC, Lechuga J. Educational and intervention programmes for gestational "
            "diabetes. Women Birth. 2016;29(4):334-40.",
            "`Carolan-Olah`",
        ),
        (
            "OIiveira, M. R., & Santos, P. (2019). Prenatal care in Brazil. Revista de Saúde "
            "Pública, 53, 12–20.",
            "`Oliveira`",
        ),
        (
            "K. S. Elvira, X. CasadevaII i Solvas, and A. J. deMello, “The past, present and "
            "potential for microfluidic reactor technology,” Nat. Chem., vol. 5, pp. 905–915, 2013.",
            "`Casadevall i Solvas`",
        ),
        (
            "SILVA, J.; BeIIo, M. A. Ensaio sobre a cegueira. São Paulo: Companhia das Letras, 1995.",
            "`Bello`",
        ),
    ],
)
def test_a_capital_i_for_an_l_in_a_surname_is_flagged(lint, entry, wanted):
    found = _found(lint, [entry], "RL551")
    assert len(found) == 1
    assert wanted in found[0][2]


@pytest.mark.parametrize(
    "entry",
    [
        # a capital I after a lower-case letter, or a name's own capitals
        "McIntosh AM, DiIorio CK, MacIver RN, DiMaggio J. Epilepsy. Epilepsia. 2018;59:1-9.",
        # Dutch IJ, Arabic and Korean names, names in capitals
        "van IJzendoorn MH, Al-Issa I, Kim IS. Attachment. Dev Psychol. 2010;46:1-9.",
        "SILVA, J. M.; IRIARTE, P. Estudo de caso. Rio de Janeiro: Fiocruz, 2012.",
        "A. Einstein and I. Ivanov, Phys. Rev. Lett. 98, 010401 (2007).",
    ],
)
def test_names_with_a_rightful_capital_i_are_left_alone(lint, entry):
    assert _found(lint, [entry], "RL551") == []


def test_a_surname_cut_to_its_particle_is_flagged(lint):
    entries = [
        "Li J, Qu L, de P, Harrington B. Functionalized graphene. Electrochim Acta. "
        "2014;130:45-52.",
        "Matusiak M, Hickey J, van ID, Lu G. Spatially segregated macrophages. Cancer Discov. "
        "2024;14(8):1418-39.",
    ]
    found = _found(lint, entries, "RL552")
    assert [(e, c) for e, c, _ in found] == [(1, "RL552"), (2, "RL552")]
    assert "`de P` has no surname" in found[0][2]


@pytest.mark.parametrize(
    "entry",
    [
        # capitalised particles are surnames of their own: Indian `De`, Vietnamese `Le`, `Do`
        "De M, Van J, Le T, Do H. Deep learning for triage. J Med Syst. 2020;44:1-9.",
        # particles in front of a surname
        "da Silva MRF, de Carvalho EMF, van der Berg J. Vaccination. Physis. 2015;25:631-55.",
        "de la Cruz, A., & van Dijk, T. (2015). Learning. Journal of Education, 3, 1–9.",
        # a surname in capitals after its particle, in a list printing surnames so
        "BIRD M. I., FIFIELD L.K., di TADA M. L., HAUSLADEN P. A. 2003 Radiocarbon dating at "
        "Border Cave, Quaternary Science Reviews, 22, 943-947.",
    ],
)
def test_a_particle_before_a_surname_or_a_surname_of_its_own_is_left_alone(lint, entry):
    assert _found(lint, [entry], "RL552") == []


@pytest.mark.parametrize(
    "entry",
    [
        # a comma between two authors lost
        "Silva MR, Costa J Santos P, Lima AB. Esthetic impact of malocclusions. Am J Orthod "
        "Dentofacial Orthop. 2021;159(1):53-8.",
        "McClelland R L J N B M B M. MESA risk score for coronary calcium. J Am Coll Cardiol. "
        "2015;66(15):1643-53.",
    ],
)
def test_a_lone_letter_in_a_surname_is_flagged(lint, entry):
    found = _found(lint, [entry], "RL553")
    assert [c for _, c, _ in found] == ["RL553"]
    assert "lone letter" in found[0][2]


@pytest.mark.parametrize(
    "entry",
    [
        # a one-letter surname (Weinan E), a conjunction in capitals, MEDLINE's spaced particle
        "Wang H, Zhang L, Han J, E W. DeePMD-kit. Comput Phys Commun. 2018;228:178-84.",
        "Ortega Y Gasset J, Casadevall I Solvas X. Essays. Madrid: Alianza; 1983.",
        "Siqueira JS, Fernandes R de CP. Vaccination coverage. Cien Saude Colet. 2016;21:1-9.",
        "Li J, Qu L, de B Harrington P. Graphene. Electrochim Acta. 2014;130:45-52.",
        "de F C Lichtenfels AJ, de Jong K. Air. Environ Health Perspect. 2018;126:027004.",
        # spaced initials in IOP's style, after and before the surname
        "Zou Y Z, Wang W C and Zeng J M 2010 Impurities in melt Adv. Mater. Res. 97 1045–8",
        "J. R. Smith and K. L. Jones, Phys. Rev. Lett. 98, 010401 (2007).",
        # Korean, Arabic and Portuguese names of several words
        "Abd El-Hack ME, Park SY, dos Santos Dullius AI. Poultry. Animals. 2021;11:1-9.",
    ],
)
def test_surnames_without_a_stray_initial_are_left_alone(lint, entry):
    assert _found(lint, [entry], "RL553") == []
