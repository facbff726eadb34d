"""Journal names the eighth and ninth held-out sets showed refslint missing, on lists written
here in several styles, with those where each check must stay silent: a word cut short where the
list prints it whole in its other journals and the standard forms keep it whole (RL811: `Disaster
Heal` among `Environ Health Perspect`), a dotted list's title word without its period, a standard
form stopped inside its subtitle, and PubMed's subtitled form beside the short one (RL810)."""

from __future__ import annotations

from functools import partial

from tests.timing import assert_linear


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


def rl811(lint, entries: list[str]) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(numbered(entries), select=["RL811"])]


# Vancouver (NLM abbreviations, undotted), in the Japanese society journal's variant
VANCOUVER = [
    "Kovats R, Ebi K. Heat waves. Environ Health Perspect 2006; 114: 1-7.",
    "Hashizume M, Wagatsuma Y. Rotavirus infections. Int J Epidemiol 2008; 37: 1-10.",
    "Lloyd S, Kovats R. Flooding and health. J Water Health 2008; 6: 11-20.",
    "McMichael A, Woodruff R. Climate change. Annu Rev Public Health 2008; 29: 21-30.",
    "Banu S, Hu W. Dengue transmission. Trop Med Int Health 2011; 16: 598-607.",
    "Bi P, Parton K. Temperature and mortality. Environ Health 2012; 11: 31-40.",
]
# ACS (ISO 4 abbreviations, dotted)
ACS = [
    "Zhao, S.; Malfait, W. J. Aerogels. Angew. Chem., Int. Ed. 2018, 57, 7580-7608.",
    "Rege, A.; Itskov, M. Cellulose aerogels. Soft Matter 2016, 12, 7079-7088.",
    "Smit, B.; Frenkel, D. Vapor-liquid equilibria. J. Chem. Phys. 1991, 94, 5663-5668.",
    "Lee, K.; Park, J. Ozone exposure. Environ. Health Perspect. 2014, 122, 11-20.",
    "Budtova, T. Cellulose II aerogels. Cellulose 2019, 26, 81-121.",
    "Kim, H.; Choi, Y. Drinking water. J. Water Health 2015, 13, 21-30.",
    "Kantor, Y.; Webman, I. Percolating systems. Phys. Rev. Lett. 1984, 52, 1891-1894.",
    "Gostick, J. T. Pore networks. Phys. Rev. E 2017, 96, 23307-23315.",
]


def test_a_word_cut_short_that_the_list_prints_whole_is_flagged(lint):
    entries = [*VANCOUVER, "Brown L, Murray V. Flooding in Europe. Disaster Heal 2013; 1: 117-27."]
    ((entry, message),) = rl811(lint, entries)
    assert entry == 7
    assert "cuts `Health` to `Heal`" in message and "(entries 1, 3, 4, 5, 6)" in message
    assert "expected `Disaster Health`" in message
    (finding,) = lint(numbered(entries), select=["RL811"])
    assert finding.edits[0].text == "Disaster Health"
    assert str(finding.fix_applicability) == "unsafe"


def test_a_dotted_list_is_measured_the_same_way(lint):
    entries = [*ACS, "Brown, L.; Murray, V. Flooding in Europe. Disaster Heal. 2013, 1, 117-127."]
    ((entry, message),) = rl811(lint, entries)
    assert entry == 9 and "cuts `Health` to `Heal`" in message


def test_a_cut_the_list_never_prints_whole_is_left_alone(lint):
    # without `Health` printed whole elsewhere, `Heal` may be `Healing` (`Heal Light`, NLM's)
    others = [
        "Hashizume M, Wagatsuma Y. Rotavirus infections. Int J Epidemiol 2008; 37: 1-10.",
        "Kim J, Lee S. Malaria vectors. Am J Trop Med Hyg 2010; 82: 1-9.",
        "Ono T, Sato K. Diarrhoea. Epidemiol Infect 2011; 139: 10-19.",
        "Ito H, Abe R. Leptospirosis. Trends Parasitol 2012; 40: 20-29.",
        "Abe K, Ito T. Rainfall. Clim Res 2012; 41: 30-39.",
    ]
    entries = [*others, "Brown L, Murray V. Wound care. Disaster Heal 2013; 1: 117-27."]
    assert rl811(lint, entries) == []


def test_a_standard_cut_or_a_word_of_titles_is_no_wrong_cut(lint):
    # `Environ` is how every standard cuts `Environmental`; `Cell` is a word of titles
    entries = [
        *VANCOUVER,
        "Lu X, Li Y. Pollution. Environmental Research 2013; 1: 117-27.",
        "Ma Q, Xu P. Signalling. Cellular Signalling 2014; 2: 12-27.",
        "Hu W, Tong S. Waterborne disease. Environ Sci Pollut 2013; 1: 117-27.",
        "Chen Z, Wu L. Stem cells. Cell Rep Stem 2014; 2: 12-27.",
    ]
    assert [m for _, m in rl811(lint, entries) if "cuts `" in m] == []


def test_a_known_journal_is_measured_against_its_own_standard_form(lint):
    # `Trop Med Int Heal` is a known journal's: RL811's standard-form message names it, once
    entries = [*VANCOUVER[:4], VANCOUVER[5], "Banu S. Dengue. Trop Med Int Heal 2011; 16: 598-607."]
    found = rl811(lint, entries)
    assert [n for n, _ in found] == [6]
    assert "cuts `" not in found[0][1] and "`Trop Med Int Health`" in found[0][1]


def test_a_list_of_full_titles_is_not_measured(lint):
    # APA prints full titles: a cut word there is no abbreviation the list sets out to make
    apa = [
        "Kovats, R., & Ebi, K. (2006). Heat waves. Environmental Health Perspectives, 114, 1-7.",
        "Lloyd, S., & Kovats, R. (2008). Flooding. Journal of Water and Health, 6, 11-20.",
        "McMichael, A. (2008). Climate. Annual Review of Public Health, 29, 21-30.",
        "Banu, S. (2011). Dengue. Tropical Medicine & International Health, 16, 598-607.",
        "Bi, P. (2012). Temperature. Global Health Action, 11, 31-40.",
        "Brown, L. (2013). Flooding in Europe. Disaster Heal, 1, 117-127.",
    ]
    assert [m for _, m in rl811(lint, apa) if "cuts `" in m] == []


# --- a dotted list: a word of the title cut short without its period -----------------------------

IOP = [
    "Mater. Sci. Eng. A", "J. Alloys Compd.", "J. Mater. Process. Technol.", "JOM", "Chem. Rev.",
    "Vacuum", "Appl. Surf. Sci.",
]  # fmt: skip


def iop(journals: list[str]) -> str:
    """IOP's numbered Harvard: `[n] Surname A B and Surname C Year Title Journal Volume pages`."""
    return "".join(
        f"[{n}] Author{chr(64 + n)} A B and Second C {1990 + n} Study number {n} {j} {n + 10} "
        f"{n}01–{n}09\n"
        for n, j in enumerate(journals, 1)
    )


def test_a_title_word_cut_without_its_period_is_flagged_where_the_standard_cuts_it_otherwise(lint):
    # ISO 4's form in the shipped lists is `Phys. Earth Planet. In.`; the printed name has the
    # title's words, `Planet` cut short of `Planetary` without the period the list gives its cuts
    acs = [*ACS, "Dziewonski, A. M. Earth model. Phys. Earth Planet Inter. 1981, 25, 297-356."]
    for text in (numbered(acs), iop([*IOP, "Phys. Earth Planet Inter."])):
        found = [(d.entry, d.message) for d in lint(text, select=["RL811"])]
        ((entry, message),) = found
        assert entry == len(text.splitlines())
        assert "leaves out the period of the shortened word `Planet`" in message
        assert "expected `Phys. Earth Planet. Inter" in message and "the title's words" in message


def test_whole_words_contractions_and_undotted_lists_keep_their_names(lint):
    for name in ["Proc. Natl Acad. Sci. USA", "Phys. Earth Planet. Inter.", "Soft Matter"]:
        entries = [*ACS, f"Dziewonski, A. M. Earth model. {name} 1981, 25, 297-356."]
        assert [m for _, m in rl811(lint, entries) if "period" in m] == [], name
    # an undotted list prints no periods at all: the same name there is another matter
    entries = [*VANCOUVER, "Dziewonski AM. Earth model. Phys Earth Planet Inter 1981; 25: 297-356."]
    assert [m for _, m in rl811(lint, entries) if "period" in m] == []


# --- an abbreviation that stops inside the journal's subtitle -----------------------------------


def test_an_abbreviation_stopping_inside_the_subtitle_is_flagged(lint):
    # AIP's and ACS's dotted forms, and an NLM-style undotted list (Web of Science's cut)
    dotted = [*ACS, "Sterne, P. Melting. Prog. Nat. Sci. Mater. 2016, 26, 1-8."]
    ((entry, message),) = [(n, m) for n, m in rl811(lint, dotted) if "subtitle" in m]
    assert entry == 9 and "expected `Prog. Nat. Sci. Mater. Int.` (ISO 4)" in message
    undotted = [*VANCOUVER, "Zhang T, Li D. Electrodes. Prog Nat Sci Mater 2013; 23: 256-72."]
    ((entry, message),) = [(n, m) for n, m in rl811(lint, undotted) if "subtitle" in m]
    assert entry == 7 and "expected `Prog Nat Sci Mater Int`" in message
    (finding,) = [d for d in lint(numbered(undotted), select=["RL811"]) if "subtitle" in d.message]
    assert finding.edits[0].text == "Prog Nat Sci Mater Int"


def test_a_name_stopping_at_the_end_of_a_title_or_a_known_name_is_left_alone(lint):
    # `Eur J Cancer` is a journal of its own beside `Eur J Cancer Prev`; `J Phys Condens Matter`
    # is the whole form; `Prog Nat Sci` stops before the subtitle (the journal's older name)
    for name in ["Eur J Cancer", "J Phys Condens Matter", "Prog Nat Sci"]:
        entries = [*VANCOUVER, f"Zhang T, Li D. Electrodes. {name} 2013; 23: 256-72."]
        assert [m for _, m in rl811(lint, entries) if "subtitle" in m] == [], name
    # a list of full titles is not measured
    apa = [
        "Kovats, R., & Ebi, K. (2006). Heat waves. Environmental Health Perspectives, 114, 1-7.",
        "Lloyd, S., & Kovats, R. (2008). Flooding. Journal of Water and Health, 6, 11-20.",
        "McMichael, A. (2008). Climate. Annual Review of Public Health, 29, 21-30.",
        "Banu, S. (2011). Dengue. Tropical Medicine & International Health, 16, 598-607.",
        "Bi, P. (2012). Temperature. Global Health Action, 11, 31-40.",
        "Zhang, T. (2013). Electrodes. Progress in Natural Science: Materials, 23, 256-272.",
    ]
    assert [m for _, m in rl811(lint, apa) if "subtitle" in m] == []


def _many(count: int) -> str:
    """A Vancouver list of `count` entries, every third a journal no list knows, each another."""
    entries = []
    for i in range(count):
        if i % 3:
            entries.append(VANCOUVER[i % 6])
            continue
        tag = "".join(chr(97 + int(d)) for d in str(i))  # a word of its own per entry
        name = f"Disaster Heal Q{tag}" if i % 2 else f"Prog Nat Sci Q{tag}"
        entries.append(f"Lee K, Kim J. A study {i}. {name} 2013; {i % 90 + 1}: 1-9.")
    return numbered(entries)


def test_the_checks_take_time_in_proportion_to_the_list(lint):
    small, large = _many(600), _many(1200)
    pair = assert_linear(
        partial(lint, small, select=["RL811", "RL817"]),
        partial(lint, large, select=["RL811", "RL817"]),
        bound=3,
    )
    assert pair.ratio < 3


# --- RL810: a journal printed once with PubMed's subtitle and once without ----------------------


def rl810(lint, entries: list[str]) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(numbered(entries), select=["RL810"])]


def test_on_a_tie_pubmeds_subtitled_form_is_the_odd_one_where_the_short_name_is_standard(lint):
    # PubMed's `Phys. Rev. B Condens. Matter` (the catalogue's title of the 1990s) beside the
    # journal's own `Phys. Rev. B`: the later entry is the right one, the earlier is flagged
    acs = [
        *ACS,
        "Kresse, G. Plane waves. Phys. Rev. B Condens. Matter 1996, 54, 11169-11186.",
        "Kresse, G. Ab initio. Phys. Rev. B 1993, 47, 558-561.",
    ]
    ((entry, message),) = rl810(lint, acs)
    assert (
        entry == 9 and "the standard abbreviation of Physical Review B is `Phys. Rev. B`" in message
    )
    vancouver = [
        *VANCOUVER,
        "Kresse G. Plane waves. Phys Rev B Condens Matter 1996; 54: 11169-86.",
        "Kresse G. Ab initio. Phys Rev B 1993; 47: 558-61.",
    ]
    ((entry, message),) = rl810(lint, vancouver)
    assert entry == 7 and "`Phys Rev B`" in message


def test_a_qualified_pair_or_a_majority_keeps_its_own_reading(lint):
    # PubMed's qualifier is `_odd_qualifier`'s to weigh; a majority is the list's own form
    qualified = [*VANCOUVER, "Lee K. Trial. BMJ (Clinical Research Ed.) 2010; 3: 1-9.",
                 "Kim J. Cohort. BMJ 2011; 4: 1-9."]  # fmt: skip
    ((entry, message),) = rl810(lint, qualified)
    assert entry == 8 and "write one journal one way" in message  # as before: the later
    majority = [
        *ACS,
        "Kresse, G. Metals. Phys. Rev. B 1994, 49, 14251-14269.",
        "Kresse, G. Plane waves. Phys. Rev. B Condens. Matter 1996, 54, 11169-11186.",
        "Perdew, J. GGA. Phys. Rev. B 1996, 54, 16533-16539.",
    ]
    assert [n for n, _ in rl810(lint, majority)] == [10]


def test_a_name_rl811_reports_is_not_told_again_as_a_misspelling(lint):
    # `Prog Nat Sci Mater` is also one word from the list's `Prog Nat Sci Mater Int` (RL815's
    # reading); RL811 names the journal, and RL815 leaves it there
    entries = [
        *VANCOUVER,
        "Zhang T, Li D. Electrodes. Prog Nat Sci Mater 2013; 23: 256-72.",
        "Wu F, Xu K. Cathodes. Prog Nat Sci Mater Int 2014; 24: 1-9.",
    ]
    text = numbered(entries)
    assert [d.entry for d in lint(text, select=["RL811"]) if "subtitle" in d.message] == [7]
    assert [d.entry for d in lint(text, select=["RL815"])] == []
