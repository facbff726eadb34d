"""RL880 (one publisher printed two ways in one list), on lists written here in Chicago
author-date, Vancouver and APA, and silent where the list names each publisher one way."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("entries", "printed"),
    [
        (  # Chicago in German: a word cut to a catalogue's stem
            [
                "Semper, Gottfried. 1860. Die textile Kunst. Frankfurt am Main: Verlag für Kunst"
                " und Wissenschaft.",
                "Semper, Gottfried. 1863. Keramik. Frankfurt am Main: Verl. für Kunst und"
                " Wissenschaft.",
            ],
            "Verl. für Kunst und Wissenschaft",
        ),
        (  # a given name in the house's name cut short
            [
                "Semper, Gottfried. 1863. Keramik. München: Friedrich Bruckmann’s Verlag.",
                "Semper, Gottfried. 1878. Tektonik. München: Friedr. Bruckmann’s Verlag.",
            ],
            "Friedr. Bruckmann’s Verlag",
        ),
        (  # Vancouver: a letter lost
            [
                "1. Smith A. Digital editions. Cambridge: Open Book Publishers; 2016.",
                "2. Jones B. Editing texts. Cambridge: Open Book Publisher; 2018.",
            ],
            "Open Book Publisher",
        ),
        (  # APA: a hyphenated house short of its last letter
            [
                "Karge, H. (2014). Gesammelte Schriften. Hildesheim: Olms-Weidmann.",
                "Karge, H. (2008). Nachdruck. Olms-Weidman.",
            ],
            "Olms-Weidman",
        ),
    ],
)
def test_a_publisher_printed_two_ways_is_flagged(lint, entries, printed):
    text = "References\n" + "\n".join(entries) + "\n"
    [found] = lint(text, select=["RL880"])
    assert found.entry == 2
    assert f"`{printed}`" in found.message


@pytest.mark.parametrize(
    "entries",
    [
        [  # one way throughout
            "1. Smith A. Digital editions. Cambridge: Open Book Publishers; 2016.",
            "2. Jones B. Editing texts. Cambridge: Open Book Publishers; 2018.",
        ],
        [  # two houses whose names share words
            "1. Smith A. Plants. Berlin: Springer; 2016.",
            "2. Jones B. Animals. Berlin: Springer Nature; 2018.",
            "3. Lee C. Fungi. New York: Academic Press; 2018.",
        ],
        [  # a place cut to a stem that is not the start of another (`Bern.` and `Berlin`)
            "Roe, Anna. 2013. Texte. Berlin: Akademie Verlag.",
            "Poe, Bert. 2014. Formen. Bern. Lang.",
        ],
        [  # a journal's abbreviated name, among reports of the organisation it is named for
            "1. Parashar UD, Glass RI. The burden of disease. Bull World Health Organ. "
            "2003;81(4):236-40.",
            "2. World Health Organization. The treatment of diarrhoea. Geneva: World Health "
            "Organization; 2005.",
        ],
        [  # the shorter form in a title, before the imprint
            "1. Smith A. Why Every Open Book Publisher Needs an Editor. London: Verso; 2016.",
            "2. Jones B. Editing texts. Cambridge: Open Book Publishers; 2018.",
        ],
        [  # an editor's given name, inverted before `(eds.)`, that is a house's name short
            "Roe, Anna. 2013. Grammar. Amsterdam: John Benjamins.",
            "Poe, Bert & Lee, Cy. 2019. Atlas. In Lee, Cy & Molineaux, Benjamin (eds.), Dialects"
            " in the digital age, 19–38. Edinburgh: Edinburgh University Press.",
        ],
        [  # a title's word after its part's colon read as a house, and the word a letter
            # short running on into another in the titles of a government's list
            "[ISO 2382-37] Standards Body, Information technology — Vocabulary — Part 37: "
            "Biometrics, 2017, available at: https://example.org/iso-2382-37.",
            "[ISO 24745] Standards Body, Information technology — Biometric information "
            "protection, 2011, available at: https://example.org/iso-24745.",
            "[Usability] Standards Institute, Usability & Biometrics, Ensuring Successful "
            "Biometric Systems, June 11, 2008, available at: https://example.org/usability.",
        ],
    ],
)
def test_publishers_named_one_way_pass(lint, entries):
    assert lint("References\n" + "\n".join(entries) + "\n", select=["RL880"]) == []
