"""RL550 and RL524 on the houses' table: a publisher's or issuing body's name with a word one
letter off, or split in two, in lists of several styles; silent on the houses' right names, on
the spellings they allow and on surnames that look like them."""

from __future__ import annotations

import datetime as dt

import pytest
from refslint_rules.houses import _slips, houses

TODAY = dt.date(2024, 8, 1)

HARVARD = """\
References
Adger, W.N., 2006, 'Vulnerability', Global Environmental Change 16(3), 268-281.
Blaikie, P., Cannon, T., Davis, I. & Wisner, B., 1994, At risk: Natural hazards, people's vulnerability and disasters, Routledge, London.
Cutter, S.L., Boruff, B.J. & Shirley, W.L., 2003, 'Social vulnerability to environmental hazards', Social Science Quarterly 84(2), 242-261.
Wisner, B., 2004, At risk: Natural hazards and disasters, 2nd edn., Routledge, London.
"""
APA = """\
References
Adams, J. (2001). Serve reception in table tennis. Journal of Sports Sciences, 19(3), 101-110.
Brown, K. (2005). Visual search in racket sports. Perception, 34(2), 211-220.
Carter, M. (2010). Anticipation in fast ball sports. Human Movement Science, 29(1), 1-12.
Davis, L. (2012). Expertise and gaze. Journal of Motor Behavior, 44(4), 301-309.
"""
VANCOUVER = """\
1. Zheng Y, Yao Y. Composite electrolytes for lithium batteries. Chem Soc Rev. 2020;49:8790-839.
2. Wang C, Aykol M. Ionic conduction in solid electrolytes. ACS Nano. 2020;14:5510-9.
3. Gao YC, Yao N. Reductive stability of the electrolyte. J Am Chem Soc. 2023;145:23764-70.
"""


def messages(lint, text: str, code: str) -> list[str]:
    return [d.message for d in lint(text, select=[code], today=TODAY)]


@pytest.mark.parametrize(
    ("head", "entry", "code", "words"),
    [
        (
            HARVARD,
            "Campbell-Lendrum, D. & Woodruff, R., 2007, Climate change: the health impact, "
            "Environmental Burden of Disease Series, No. 14, Worl Health Organization, Geneva.\n",
            "RL550",
            "`World Health Organization`",
        ),
        (
            HARVARD,
            "Max-Neef, M., 1992, 'Development and human needs', in P. Ekins (ed.), Real-life "
            "economics, Rutledge, New York.\n",
            "RL550",
            "`Routledge`",
        ),
        (
            APA,
            "Cohen, J. (1988). Statistical power analysis for the behavioral sciences. Hillsdale, "
            "NJ: Lawrence Earlbaum Associates.\n",
            "RL550",
            "`Lawrence Erlbaum Associates`",
        ),
        (
            VANCOUVER,
            "4. Feller W. An introduction to probability theory. Amsterdam: Elsever; 2008.\n",
            "RL550",
            "`Elsevier`",
        ),
        (
            HARVARD,
            "Kates, R., 1985, Hazard assessment: Art, science, and ideology, West View Press, "
            "Boulder, CO.\n",
            "RL524",
            "`Westview Press`, in one word",
        ),
        (
            VANCOUVER,
            "4. Evans G. Mosquitoes of the world. New York: Mc Graw-Hill; 1999.\n",
            "RL524",
            "`McGraw-Hill`",
        ),
        # the house's `&` lost between its words, as a BibTeX export drops an unescaped one
        (
            APA,
            "Beck, A. T. (1976). Cognitive therapy. W. W. Norton Company.\n",
            "RL524",
            "lost the house's `&`: it prints `W. W. Norton & Company`",
        ),
        (
            VANCOUVER,
            "4. Feller W. Probability. New York: John Wiley Sons; 1968.\n",
            "RL524",
            "`John Wiley & Sons`",
        ),
        (
            HARVARD,
            "Jones, K., 2004, Vulnerability, Taylor Francis, London.\n",
            "RL524",
            "`Taylor & Francis`",
        ),
        # two of the house's words run together, each with its capital
        (
            APA,
            "Link, G. (1983). Plurals. In R. Bauerle (Ed.), Meaning and language. DeGruyter.\n",
            "RL524",
            "runs the house's words together: it prints `De Gruyter`",
        ),
        # the house's name in capitals throughout, as a catalogue records it
        (
            VANCOUVER,
            "4. Hanke U. Teaching methods. In: Information literacy. DE GRUYTER SAUR; 2012.\n",
            "RL524",
            "is in capitals, as a catalogue records it: it prints `De Gruyter`",
        ),
    ],
)
def test_a_house_misspelt_or_split(lint, head, entry, code, words):
    found = messages(lint, head + entry, code)
    assert len(found) == 1 and words in found[0]


@pytest.mark.parametrize(
    ("head", "entry"),
    [
        # the houses' right names, and the spellings they allow
        (HARVARD, "WHO, 2018, Climate and health, World Health Organisation, Geneva.\n"),
        (HARVARD, "Smith, J., 2001, Anthropology, Routledge, London.\n"),
        (VANCOUVER, "4. Wolf H. Topology. Basel: Birkhauser; 1999.\n"),
        (VANCOUVER, "4. Ash R. Analysis. Berlin: Springer-Verlag; 1972.\n"),
        # a surname like a house's: an editor (initials follow), inside a phrase, in the names
        (
            HARVARD,
            "Max-Neef, M., 1992, 'Development', in Rutledge, P. (ed.), Real-life economics, "
            "Routledge, New York.\n",
        ),
        (HARVARD, "Rutledge, M., 1992, Development and human needs, Routledge, New York.\n"),
        (APA, "Ellis, J. (2003). Rutledge and the court. Law Review, 12(2), 1-30.\n"),
        # a house one letter from another of the table
        (VANCOUVER, "4. Lister R. Poverty. Bristol: Policy Press; 2004.\n"),
        (VANCOUVER, "4. Smet A. Flemish art. Ghent: Academia Press; 2004.\n"),
        # a short house's name one letter off is as often a word or a surname
        (VANCOUVER, "4. Brown A. Statistics. Oxford: Wiler; 2001.\n"),
        # the houses' `&` in place, and their names in words (`and`), which they print too
        (APA, "Beck, A. T. (1976). Cognitive therapy. W. W. Norton & Company.\n"),
        (HARVARD, "Jones, K., 2004, Vulnerability, Taylor and Francis, London.\n"),
        (VANCOUVER, "4. Feller W. Probability. New York: John Wiley & Sons; 1968.\n"),
        # a title's own words
        (
            VANCOUVER,
            "4. Lee J. Taylor Francis and the trade. London: Routledge; 1990.\n",
        ),
        # the house's own form; its name in a web address; a house of one word in capitals, as
        # its own logo prints it (`ELSEVIER`)
        (APA, "Link, G. (1983). Plurals. De Gruyter. https://www.degruyter.com/x\n"),
        (VANCOUVER, "4. Mann P. Statistics. Amsterdam: ELSEVIER; 2004.\n"),
        # a body in capitals as an author or an editor, as ABNT prints it
        (
            VANCOUVER,
            "4. SILVA J. Capítulo. In: WORLD BANK (ed.). Report on things. Washington, DC: World "
            "Bank; 2019. p. 1-10.\n",
        ),
        (VANCOUVER, "4. WORLD BANK. World development report. Washington, DC: World Bank; 2019.\n"),
        (
            VANCOUVER,
            "4. Hall T. The West View Press and its books. Boulder: Westview Press; 1990.\n",
        ),
    ],
)
def test_right_names_and_surnames_pass(lint, head, entry):
    text = head + entry
    assert messages(lint, text, "RL550") == [] and messages(lint, text, "RL524") == []


def test_the_table_reads_names_as_their_words():
    table = houses()
    assert ("Taylor", "&", "Francis") in table and ("Routledge",) in table
    assert all(name and not name[0].startswith("#") for name in table)


def test_rl550_reuses_rl524s_reading_of_each_entry_in_a_long_list(lint):
    """RL524 reads every entry for the houses' names and RL550 asks the same after it: the
    reading is kept for the whole list, not only the last few hundred entries."""
    entries = [
        f"{n}. Author A{n}. A book on topic {n}. London: Routledge; {1990 + n % 30}."
        for n in range(1, 601)
    ]
    _slips.cache_clear()
    lint("\n".join(entries) + "\n", select=["RL524", "RL550"], today=TODAY)
    kept = _slips.cache_info()
    assert kept.misses == len(entries)  # each entry read once ...
    assert kept.hits >= len(entries)  # ... and asked again by the second rule
