"""RL525: a place of publication in another language's form or misspelt, in English lists of
several styles; silent in lists of other languages and on the places' right names."""

from __future__ import annotations

import datetime as dt

import pytest
from refslint_rules.place_names import one_letter_apart

TODAY = dt.date(2024, 8, 1)

VANCOUVER = """\
1. Zheng Y, Yao Y. Composite electrolytes for lithium batteries. Chem Soc Rev. 2020;49:8790-839.
2. Wang C, Aykol M. Ionic conduction in solid electrolytes. ACS Nano. 2020;14:5510-9.
3. Gao YC, Yao N. Reductive stability of the electrolyte. J Am Chem Soc. 2023;145:23764-70.
4. Lombardo T, Duquesnoy M. Battery research and the future of energy. Chem Rev. 2022;122:10899-969.
5. Anderberg MR. Cluster analysis for applications. New York: Academic Press; 1973.
"""
F1000 = """\
1. Mechoulam R: Structure of the plant cannabinoids and their effects on the brain. J Org Chem. 1965; 30: 1-8.
2. Devinsky O: Cannabidiol in patients with treatment-resistant epilepsy. Lancet Neurol. 2016; 15: 270-8.
3. Bonn-Miller MO: Labeling accuracy of cannabidiol extracts sold online. JAMA. 2017; 318: 1708-9.
4. Grotenhermen F: Pharmacokinetics and pharmacodynamics of cannabinoids in humans. Clin Pharmacokinet. 2003; 42: 327-60.
5. Nutt DJ: Drug harms in the UK: a multicriteria decision analysis. Lancet. 2010; 376: 1558-65.
"""
ABNT = """\
1. SILVA, A. B. Aleitamento materno no primeiro ano de vida. Revista de Saúde Pública, v. 50, p. 1-9, 2016.
2. SOUZA, C. D. Cuidado de enfermagem à criança hospitalizada. Escola Anna Nery, v. 21, p. 3-8, 2017.
3. LIMA, E. F. Vacinação e cobertura vacinal no Brasil. Cadernos de Saúde Pública, v. 33, p. 1-12, 2017.
4. COSTA, G. H. Saúde da criança e atenção básica. Ciência & Saúde Coletiva, v. 22, p. 5-14, 2018.
5. WORLD HEALTH ORGANIZATION. Guideline: protecting breastfeeding. Genebra: WHO, 2017. Disponível em: https://who.int/x. Acesso em: 2 mar. 2020.
"""
HARVARD = """\
References
Adger, W.N., 2006, 'Vulnerability of coastal communities to climate change', Global Environmental Change 16(3), 268-281.
Birkmann, J., 2007, 'Risk and vulnerability indicators at different scales', Environmental Hazards 7(1), 20-31.
Cutter, S.L. & Shirley, W.L., 2003, 'Social vulnerability to environmental hazards', Social Science Quarterly 84(2), 242-261.
Few, R., 2003, 'Flooding, vulnerability and coping strategies', Progress in Development Studies 3(1), 43-58.
Pelling, M., 1999, 'The political ecology of flood hazard in urban Guyana', Geoforum 30(3), 249-261.
"""


def found(lint, text: str) -> list[str]:
    return [d.message for d in lint(text, select=["RL525"], today=TODAY)]


@pytest.mark.parametrize(
    ("head", "entry", "words"),
    [
        (
            F1000,
            "6. Expert Committee on Drug Dependence: Cannabidiol (CBD) - Critical review report. "
            "World Health Organization: Genf, Schweiz, 2018.",
            "write `Geneva`",
        ),
        (
            F1000,
            "6. PhEur Gastric juice, artificial: European Pharmacopoeia. 9th edition: The European "
            "Directorate for the Quality of Medicines: Strassbourg, France, 2019.",
            "write `Strasbourg`",
        ),
        (
            VANCOUVER,
            "6. Feller W. An introduction to probability theory. Wien: Springer; 2008.",
            "write `Vienna`",
        ),
        (
            VANCOUVER,
            "6. Feller W. An introduction to probability theory. Amsterdan: Elsevier; 2008.",
            "write `Amsterdam`",
        ),
        (
            VANCOUVER,
            "6. Feller W. An introduction to probability theory. Chichester, Untied Kingdom: "
            "Wiley; 2008.",
            "",
        ),
        # an entry the grammar left untyped: the words after its names and year
        (
            HARVARD,
            "Van Niekerk, D., 2011, Introduction to disaster risk reduction, USAID/OFDA, "
            "Potchefsroom.",
            "write `Potchefstroom`",
        ),
        (
            VANCOUVER,
            "6. Cohen J. Statistical power analysis for the behavioral sciences. Hilsdale: "
            "Lawrence Erlbaum Associates; 1988.",
            "write `Hillsdale`",
        ),
    ],
)
def test_a_place_in_another_languages_form_or_misspelt(lint, head, entry, words):
    messages = found(lint, head + entry + "\n")
    if not words:  # a country outside the table: left alone
        assert messages == []
        return
    assert len(messages) >= 1 and words in messages[0]


@pytest.mark.parametrize(
    ("head", "entry"),
    [
        (VANCOUVER, "6. WHO. Critical review report. Geneva, Switzerland: WHO; 2018."),
        (
            VANCOUVER,
            "6. Feller W. An introduction to probability theory. Amsterdam: Elsevier; 2008.",
        ),
        # a house whose name holds another language's word for its country
        (VANCOUVER, "6. Rozman C. Medicina interna. Barcelona: Elsevier España; 2012."),
        # the words in a title are not a place of publication
        (VANCOUVER, "6. Brown A. Printing in Genf and Wien. Oxford: Clarendon Press; 1990."),
        # IEEE, the place before the house
        (
            VANCOUVER,
            "[6] M. R. Anderberg, Cluster Analysis for Applications. Cambridge, MA: MIT Press, 1973.",
        ),
        (
            HARVARD,
            "Van Niekerk, D., 2011, Introduction to disaster risk reduction, USAID/OFDA, "
            "Potchefstroom.",
        ),
        # Stamford and Darlington are places, not slips for Stanford and Arlington
        (VANCOUVER, "6. Lange A. Clinical medicine. Stamford, CT: Appleton & Lange; 1998."),
        # Portuguese (ABNT) writes `Genebra`
        (ABNT, ""),
    ],
)
def test_english_names_and_other_languages_lists_pass(lint, head, entry):
    assert found(lint, head + entry + ("\n" if entry else "")) == []


def test_one_letter_apart():
    assert one_letter_apart("Strassbourg", "Strasbourg")
    assert one_letter_apart("Amsterdan", "Amsterdam")
    assert one_letter_apart("Cambrigde", "Cambridge")  # two letters swapped
    assert not one_letter_apart("Cambridge", "Cambridge")
    assert not one_letter_apart("Edinburg", "Strasbourg")
