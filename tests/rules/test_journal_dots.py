"""RL811 on a dotted journal abbreviation with a period after a word the standard forms keep whole
(`J. Essent. Oil. Res.`) or none after a word they only cut (`Rev. Bras Farmacogn.`), whether or
not the shipped lists know the journal; silent on standard forms, on a cut that is another word's
standard form (`Bio.`, Biology's), on contractions (`Natl`), on the last word, and in lists that
print no periods."""

from __future__ import annotations

from functools import partial

from tests.timing import assert_linear

ACS = [
    "Zhao, S.; Malfait, W. J. Aerogels. Angew. Chem., Int. Ed. 2018, 57, 7580-7608.",
    "Smit, B.; Frenkel, D. Vapor-liquid equilibria. J. Chem. Phys. 1991, 94, 5663-5668.",
    "Lee, K.; Park, J. Ozone exposure. Environ. Health Perspect. 2014, 122, 11-20.",
    "Kantor, Y.; Webman, I. Percolating systems. Phys. Rev. Lett. 1984, 52, 1891-1894.",
    "Kim, H.; Choi, Y. Drinking water. J. Water Health 2015, 13, 21-30.",
]
VANCOUVER = [
    "Smit B, Frenkel D. Vapor-liquid equilibria. J Chem Phys. 1991;94:5663-8.",
    "Lee K, Park J. Ozone exposure. Environ Health Perspect. 2014;122:11-20.",
    "Kantor Y, Webman I. Percolating systems. Phys Rev Lett. 1984;52:1891-4.",
    "Kim H, Choi Y. Drinking water. J Water Health. 2015;13:21-30.",
    "Roe A, Fox B. Fungi. Mycologia. 2001;93:1-9.",
]


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


def rl811(lint, entries: list[str]) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(numbered(entries), select=["RL811"])]


def test_a_period_after_a_whole_word_is_flagged_known_journal_or_not(lint):
    known = "Ali, B. Thyme oil. J. Essent. Oil. Res. 2010, 22, 1-9."
    ((entry, message),) = rl811(lint, [*ACS, known])
    assert entry == 6 and "period after the whole word `Oil`" in message
    (finding,) = lint(numbered([*ACS, known]), select=["RL811"])
    assert finding.edits[0].text == "J. Essent. Oil Res"  # the period after it stays
    unknown = "Rao, P. Typhoid drugs. Int. J. Pharma. Bio. Sci. 2012, 3, 10-19."
    ((entry, message),) = rl811(lint, [*ACS, unknown])
    assert entry == 6 and "whole word `Pharma`" in message and "`Bio`" not in message


def test_a_cut_word_without_its_period_is_flagged_where_no_title_prints_it_whole(lint):
    entry_text = "Silva, A. Plant drugs. Rev. Bras Farmacogn. 2015, 25, 1-9."
    ((entry, message),) = rl811(lint, [*ACS, entry_text])
    assert entry == 6 and "leaves out the period of the shortened word `Bras`" in message
    (finding,) = lint(numbered([*ACS, entry_text]), select=["RL811"])
    assert finding.edits[0].text == "Rev. Bras. Farmacogn"


def test_standard_forms_contractions_and_last_words_pass(lint):
    good = [
        "Silva, A. Plant drugs. Rev. Bras. Farmacogn. 2015, 25, 1-9.",
        "Ali, B. Thyme oil. J. Essent. Oil Res. 2010, 22, 1-9.",
        "Day, C. Dengue. Expert Rev. Anti Infect. Ther. 2011, 9, 1-9.",
        "Fox, E. Soils. Bio. Fertil. Soils 2012, 48, 1-9.",  # `Bio.` is Biology's cut too
        "Roe, D. Tumours. J. Natl Cancer Inst. 2013, 105, 1-9.",  # a contraction
        "Lee, F. Fuels. Energy Fuels Oil. 2014, 28, 1-9.",  # the last word is not looked at
    ]
    assert rl811(lint, [*ACS, *good]) == []


def test_an_undotted_list_is_left_alone(lint):
    assert rl811(lint, [*VANCOUVER, "Ali B. Thyme oil. J Essent Oil Res. 2010;22:1-9."]) == []


def _many(count: int) -> str:
    entries = [*ACS, "Ali, B. Thyme oil. J. Essent. Oil. Res. 2010, 22, 1-9."] * (count // 6 + 1)
    return numbered(entries[:count])


def test_the_check_takes_time_in_proportion_to_the_list(lint):
    small, large = _many(600), _many(1200)
    pair = assert_linear(
        partial(lint, small, select=["RL811"]), partial(lint, large, select=["RL811"]), bound=3
    )
    assert pair.ratio < 3
