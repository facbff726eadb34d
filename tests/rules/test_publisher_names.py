"""RL524: a publisher named in a catalogue's form or an English institution's name in lower
case, on entries written here in several styles, and the same words where they must pass."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2024, 8, 1)


def found(lint, text: str) -> list[str]:
    return [d.message for d in lint(text, select=["RL524"], today=TODAY)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # Wiley's numbered Chicago
            "24. A. Bleakley, J. Bligh, and J. Browne, Medical Education for the Future: Identity, "
            "Power and Location. Vol. 1 (Springer Science & Business Media, 2011).",
            "write `Springer`",
        ),
        (  # Vancouver
            "1. Feller W. An introduction to probability theory. Berlin: Springer Science and "
            "Business Media; 2008.",
            "write `Springer`",
        ),
        (  # APA 7
            "1. Feller, W. (2008). An introduction to probability theory. Springer Science & "
            "Business Media.",
            "write `Springer`",
        ),
        (  # the ACM Digital Library's record, in IEEE's form and in Vancouver
            "[38] A. L. Pope. The CORBA reference guide. Addison-Wesley Longman Publishing Co., "
            "Inc., 1998.",
            "write `Addison-Wesley`",
        ),
        (
            "2. Gamma E, Johnson R. Design patterns. Boston: Addison-Wesley Longman Publishing "
            "Co., Inc.; 1995.",
            "write `Addison-Wesley`",
        ),
        (  # F1000's `Author: Title. Publisher, Year.`
            "47. MOCCAE: National Climate Change Plan of the United Arab Emirates 2017-2050. "
            "Ministry of climate change and environment, 2017.",
            "`Ministry of climate change and environment`",
        ),
        (  # run into the country with a hyphen
            "45. MOEAW: State of Environment Report of the United Arab Emirates 2015. The Ministry "
            "of environment and water-United Arab Emirates, 2015.",
            "a comma, not a hyphen",
        ),
        (  # Vancouver book
            "3. Smith J. Road safety in rural areas. London: Department for transport; 2019.",
            "`Department for Transport ...`",
        ),
        (  # IEEE, a catalogue's imprint: the two towns printed again in the house's name
            "[12] N. Piterman and A. Pnueli, \u201cSynthesis of reactive designs,\u201d in "
            "Verification, Model Checking, E. A. Emerson, Ed. Berlin, Heidelberg: Springer Berlin "
            "Heidelberg, 2006, pp. 364\u2013380.",
            "repeats the place `Berlin, Heidelberg` in its name, as a library catalogue records "
            "the imprint; write `Springer`",
        ),
        (  # Chicago author-date, one town after a house of the table
            "1. Smith, John. 2010. Topology. New York: Springer New York.",
            "write `Springer`",
        ),
        (  # APA 7, the company's form written out as a book catalogue records it
            "1. Howard, J., & Gugger, S. (2020). Deep learning for coders with fastai and pytorch. "
            "O\u2019Reilly Media, Incorporated.",
            "the house prints `O\u2019Reilly Media`",
        ),
    ],
)
def test_a_publisher_in_a_form_it_does_not_print(lint, text, words):
    (message,) = found(lint, text)
    assert words in message


@pytest.mark.parametrize(
    "text",
    [
        "1. Feller W. An introduction to probability theory. Berlin: Springer; 2008.",
        "1. Pope AL. The CORBA reference guide. Reading, MA: Addison-Wesley Longman; 1998.",
        "1. Pope AL. The CORBA reference guide. Boston: Addison-Wesley; 1998.",
        # Springer's legal name, with its plus, as its copyright pages print it
        "1. Feller W. An introduction to probability theory. New York: Springer Science+Business "
        "Media; 2008.",
        "47. MOCCAE: National Climate Change Plan. Ministry of Climate Change and Environment, "
        "2017.",
        "3. Smith J. Road safety. London: Department for Transport; 2019.",
        # the words of an institution in lower case inside a title are a title's business
        "2. Brown A. How the Ministry of health shaped policy. Health Policy. 2019;12:1-9.",
        "5. Jones B. The role of the Institute of medicine in the reform. J Med. 2020;3:4-8.",
        # ABNT, a body's name in capitals
        "1. BRASIL. Ministério da Saúde. Guia alimentar. Brasília, DF: Ministério da Saúde, 2014.",
        # French keeps its own capitals
        "1. Dupont J. Rapport annuel. Paris: Ministère de la santé; 2018.",
        # IEEE, the publisher's name whole
        "[1] M. R. Anderberg, Cluster Analysis for Applications. New York: Academic Press, 1973.",
        # a body named after its town, and a house whose name holds its town (not at its end)
        "6. Hahn K. Account books. Salzburg: Stadtarchiv Salzburg; 2005.",
        "7. Link G. Plurals. Oxford: Oxford University Press; 1983.",
        "8. Howard J. Deep learning. Sebastopol: O\u2019Reilly Media, Inc.; 2020.",
        # `of the` before a capitalised name
        "1. Council of the European Union. Regulation (EU) 2015/2283. Brussels: Council of the "
        "European Union; 2015.",
    ],
)
def test_names_as_their_bodies_print_them_pass(lint, text):
    assert found(lint, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # MDPI: `Title; Publisher: Place, Year.`, the host's name misspelt as printed
        "15. Sánchez, S.F.; Pérez, E.; Sánchez-Blázquez, P. Pipe3D, A Pipeline to Analyze "
        "Integral Field Spectroscopy Data; Cornell Unversity: Ithaca, NY, USA, 2015.",
        # Vancouver
        "3. Smith J, Brown K, Lee M. Deep networks for galaxy spectra. Ithaca (NY): Cornell "
        "University Library; 2019.",
    ],
)
def test_a_preprint_published_by_arxivs_host(lint, text):
    (message,) = found(lint, text)
    assert "arXiv identifier" in message


@pytest.mark.parametrize(
    "text",
    [
        "3. Smith J. Agrarian change in the Andes. Ithaca (NY): Cornell University Press; 2019.",
        "3. Smith J. Agrarian change in the Andes [dissertation]. Ithaca (NY): Cornell University; "
        "2019.",
        "3. Smith J, Brown K. Deep networks for galaxy spectra. arXiv:1509.08552 [Preprint]. "
        "Ithaca (NY): Cornell University; 2015.",
        "[3] J. Smith, \u201cDeep networks for galaxy spectra,\u201d Ph.D. thesis, Cornell University, "
        "Ithaca, NY, 2019.",
    ],
)
def test_cornells_press_theses_and_preprints_with_their_identifier_pass(lint, text):
    assert found(lint, text) == []


# --- RL568: a publisher printed twice -----------------------------------------------------------


def test_a_publisher_printed_twice_is_flagged(lint):
    text = (
        "[1] D.M. Gay. Electronic mail distribution of test problems. COAL Newsletter, (1985), "
        "10-12.\n"
        "[2] C.D. Meyer. Matrix analysis and applied linear algebra. SIAM Publications, SIAM, "
        "(2000).\n"
        "[3] S.J. Wright. Primal-dual interior-point methods. SIAM Publications, SIAM, "
        "Philadelphia, PA, USA, (1997).\n"
        "[4] A. Lee. Handbook of sensors. CRC Press, CRC, Boca Raton (2012).\n"
    )
    found = lint(text, select=["RL568"])
    assert [(d.entry, str(d.severity)) for d in found] == [
        (2, "warning"),
        (3, "warning"),
        (4, "warning"),
    ]
    assert found[0].message == (
        "the publisher is printed twice (`SIAM Publications, SIAM`); name it once "
        "(`SIAM Publications`)"
    )


def test_a_house_and_its_city_or_a_title_s_words_are_left_alone(lint):
    text = (
        "1. Lee A. Handbook of care. Oxford: Oxford University Press, Oxford; 2001.\n"
        "2. Smith J. (2003) Statistics. Cambridge University Press, Cambridge.\n"
        "3. Kim B. The IEEE Press, IEEE and the rise of standards. Hist Comput. 2010;4:1-9.\n"
        "4. Moore T. Methods. 2nd ed. SIAM Publications, Philadelphia, PA; 2005.\n"
        "5. Hall S. Models. IEEE Press, Piscataway; 2019.\n"
    )
    assert lint(text, select=["RL568"]) == []
