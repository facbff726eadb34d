"""False alarms on linguistics lists in the Unified Style Sheet, at their cause: a corpus dated
by an open range (`2002-.`) or a paper `to appear` read as undated, and linguistics' terms one
edit from a common word (`clitic`, `spellout`). Lists written here."""

from __future__ import annotations

from tests.grammar.reading import parse

# Given names written out (the humanities' form), most web sources with no access date
LIST = """\
References
Adger, David. 2003. Core syntax: A Minimalist approach. Oxford: Oxford University Press.
Baker, Mark. 1988. Incorporation: A theory of grammatical function changing. Chicago: \
University of Chicago Press.
Corver, Norbert. 2008. Uniformity and diversity in the syntax of evaluative vocatives. \
Journal of Comparative Germanic Linguistics 11(1). 43–93.
Davies, Mark. 2002-. Corpus do Português: 45 million words, 1300s–1900s. \
http://www.corpusdoportugues.org/hist-gen/.
Embick, David. 2010. Localism versus globalism in morphology and phonology. Cambridge, MA: \
MIT Press.
Simonenko, Alexandra. to appear. Full vs. clitic vs. bound determiners. Oxford Handbook of \
Determiners. https://ling.auf.net/lingbuzz/004519.
Starke, Michal. 2018. Complex left branches, spellout, and prefixes. In Lena Baunaz (ed.), \
Exploring nanosyntax, 239–249. Oxford: Oxford University Press.
Kitagawa, Chisato. 2005. Typological variations of head-internal relatives in Japanese. Lingua 115. 1243–1276.
Kim, Min-Joo. 2007. Formal linking in internally headed relatives. Natural Language Semantics 15. 279–315.
"""


def test_an_open_range_is_dated_by_its_first_year():
    ref = parse(
        "Davies, Mark. 2002-. Corpus do Português: 45 million words, 1300s–1900s. "
        "http://www.corpusdoportugues.org/hist-gen/."
    )
    assert ref.date is not None and ref.date.year == 2002
    assert [a.family for a in ref.authors] == ["Davies"]
    assert ref.title is not None and ref.title.text.startswith("Corpus do Português")


def test_a_work_to_appear_has_its_names_and_whole_title():
    ref = parse(
        "Simonenko, Alexandra. to appear. Full vs. clitic vs. bound determiners. Oxford "
        "Handbook of Determiners. https://ling.auf.net/lingbuzz/004519."
    )
    assert ref.date is None
    assert [a.family for a in ref.authors] == ["Simonenko"]
    assert ref.title is not None and ref.title.text == "Full vs. clitic vs. bound determiners"


def test_no_access_date_or_year_asked_of_a_dated_corpus_or_a_work_to_appear(lint):
    assert lint(LIST, select=["RL304", "RL520"]) == []
    # an undated page with no such mark is still asked for its year
    undated = LIST.replace("Alexandra. to appear.", "Alexandra.")
    assert [(d.code, d.entry) for d in lint(undated, select=["RL520"])] == [("RL520", 6)]


def test_linguistics_terms_are_no_misspellings(lint):
    assert lint(LIST, select=["RL550"]) == []
    slip = LIST.replace("Complex left branches", "Compelx left branches")
    assert [(d.code, d.entry) for d in lint(slip, select=["RL550"])] == [("RL550", 7)]
