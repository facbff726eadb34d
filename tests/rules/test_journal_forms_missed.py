"""Journal names printed otherwise than the list prints them (RL811), learnt here on lists of
several styles: a full title among abbreviations, counted by journal and not by entry; a title a
journal has since changed; an acronym where the list abbreviates; a slip of a known abbreviation;
and the lists where each must stay silent."""

from __future__ import annotations

from functools import partial

from tests.timing import assert_linear


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


# Vancouver, NLM abbreviations; one journal cited twice in full
NLM = [
    "Riper H, Keuken M. Curbing problem drinking. Am J Prev Med. 2009;36:247-55.",
    "Proudfoot J, Klein B. Reporting internet interventions. Cogn Behav Ther. 2011;40:82-97.",
    "Litvin EG, Brown RA. Computer interventions. Addict Behav. 2013;38:1747-56.",
    "Dedert EA, Stein R. Electronic interventions. Ann Intern Med. 2015;163:205-14.",
    "Smith J, Lee K. Home monitoring. Telemedicine and Telecare. 2012;18:137-44.",
    "Khoja S, Durrani H. An evaluation tool. J Telemed Telecare. 2013;19:48-53.",
]


def rl811(lint, entries: list[str]) -> list[tuple[int, str]]:
    return [(d.entry, d.message) for d in lint(numbered(entries), select=["RL811"])]


def test_a_journal_cited_often_in_full_does_not_outvote_the_lists_abbreviations(lint):
    """Four journals abbreviated, one printed in full twice: by journal the list abbreviates."""
    entries = [
        *NLM[:4],
        "Morrison LG, Yardley L. Design features. Journal of Telemedicine and Telecare. "
        "2012;18:137-44.",
        "Khoja S, Durrani H. An evaluation tool. Journal of Telemedicine and Telecare. "
        "2013;19:48-53.",
    ]
    found = rl811(lint, entries)
    assert [n for n, _ in found] == [5, 6]
    assert "4 of 5 journals are printed as undotted abbreviations" in found[0][1]
    assert "(`J Telemed Telecare`)" in found[0][1]


def test_a_list_of_full_titles_or_an_even_mix_is_left_alone(lint):
    full = [
        "Bellard C, Leadley P. Climate change. Ecology Letters. 2012;15:365-77.",
        "Mori AS, Spies TA. Reframing management. Biological Conservation. 2013;165:115-27.",
        "Guisan A, Lehmann A. Predictions. Journal of Applied Ecology. 2006;43:386-92.",
        "Elith J, Hastie T. An explanation. Diversity and Distributions. 2011;17:43-57.",
        "Loiselle BA, Howell CA. Avoiding pitfalls. Conservation Biology. 2003;17:1591-600.",
        "Morrison LG, Yardley L. Design. Journal of Telemedicine and Telecare. 2012;18:137-44.",
        "Khoja S, Durrani H. A tool. Journal of Telemedicine and Telecare. 2013;19:48-53.",
    ]
    assert rl811(lint, full) == []
    mixed = [*NLM[:3], *full[:3]]
    assert rl811(lint, mixed) == []


def test_a_title_the_journal_has_taken_since_gets_the_lists_abbreviation(lint):
    """`Telemedicine and e-Health` is Telemedicine Journal and E-Health, NLM's `Telemed J E
    Health`: the shipped lists know the older title, one word more."""
    entries = [
        *NLM[:4],
        "Morrison LG, Yardley L. Design features. Telemedicine and e-Health. 2012;18:137-44.",
    ]
    found = rl811(lint, entries)
    assert [n for n, _ in found] == [5]
    assert "(`Telemed J E Health`, the abbreviation of " in found[0][1]


def test_an_acronym_standing_for_one_journal_gets_its_abbreviation(lint):
    entries = [
        *NLM[:4],
        NLM[5],
        "Webb TL, Michie S. Using the internet. JMIR. 2010;12:e4.",
        "Eysenbach G. CONSORT-EHEALTH. JMIR. 2011;13:e126.",
    ]
    found = rl811(lint, entries)
    assert [n for n, _ in found] == [6, 7]
    assert "journal `JMIR` is printed as an acronym" in found[0][1]
    assert (
        "(`J Med Internet Res`, the abbreviation of Journal of medical Internet research)"
        in (found[0][1])
    )


def test_a_journal_named_by_its_acronym_or_an_ambiguous_one_passes(lint):
    entries = [
        *NLM[:4],
        NLM[5],
        "Agarwal S, Mehl G. Mobile health. BMJ. 2016;352:i1174.",
        "Lee K. Survey. JAMA. 2019;321:1-9.",
        "Lee K. Survey. CMAJ. 2019;191:1-9.",
        "Lee K. A trial. NEJM. 2019;380:1-9.",  # New England, or New Egyptian
        "Lee K. A trial. JCO. 2019;37:1-9.",  # Clinical Oncology, or Clinical Orthodontics
        "Lee K. A trial. RSC. 2019;9:1-9.",  # three letters begin titles by chance
        "Lee K. Apps. JMIR Mhealth Uhealth. 2019;7:e1.",
        "Lee K. Apps. PLoS One. 2019;14:e1.",
    ]
    assert rl811(lint, entries) == []


def test_a_list_of_full_titles_is_not_told_to_abbreviate_an_acronym_or_a_new_title(lint):
    full = [
        "Bellard C, Leadley P. Climate change. Ecology Letters. 2012;15:365-77.",
        "Mori AS, Spies TA. Reframing management. Biological Conservation. 2013;165:115-27.",
        "Guisan A, Lehmann A. Predictions. Journal of Applied Ecology. 2006;43:386-92.",
        "Elith J, Hastie T. An explanation. Diversity and Distributions. 2011;17:43-57.",
        "Loiselle BA, Howell CA. Avoiding pitfalls. Conservation Biology. 2003;17:1591-600.",
        "Morrison LG, Yardley L. Design features. Telemedicine and e-Health. 2012;18:137-44.",
        "Webb TL, Michie S. Using the internet. JMIR. 2010;12:e4.",
    ]
    assert rl811(lint, full) == []


def test_a_slip_in_a_known_abbreviation_is_flagged(lint):
    entries = [*NLM[:3], NLM[5], "Dedert EA, Stein R. Interventions. Ann Inter Med. 2015;1:2-9."]
    found = rl811(lint, entries)
    assert [n for n, _ in found] == [5]
    assert "expected `Ann Intern Med`" in found[0][1]


NATURE = [
    "Li, Y. & Xu, Z. Hydrogen content. J. Am. Chem. Soc. 704, 1201–1204 (2011).",
    "Majidi, O. & Shabestari, S. Fluxing. J. Mater. Process. Technol. 182, 450–455 (2007).",
    "Hudson, S. & Apelian, D. Inclusions. J. Alloys Compd. 10, 289–305 (2016).",
    "Zhao, Q. & Qian, Z. Conductivity. Chem. Rev. 666, 50–57 (2016).",
    "Kong, X. & Yang, B. Removal. Appl. Surf. Sci. 105, 17–20 (2014).",
]


def test_a_dotted_list_dots_every_shortened_word_of_an_nlm_form(lint):
    entries = [*NATURE, "Lee, K. Natural killer cells. J. Control Release 367, 768–778 (2024)."]
    found = rl811(lint, entries)
    assert [n for n, _ in found] == [6]
    assert "leaves out the period of the shortened word `Control`" in found[0][1]
    assert "expected `J. Control. Release`" in found[0][1]
    # the same name undotted in an NLM list, and dotted whole in this one, pass
    assert (
        rl811(lint, [*NLM[:4], NLM[5], "Lee K. Cells. J Control Release. 2024;367:768-78."]) == []
    )
    assert rl811(lint, [*NATURE, "Lee, K. Cells. J. Control. Release 367, 768–778 (2024)."]) == []


def _many(n: int) -> str:
    """`n` entries of an NLM list in which every sixth journal is an unknown full title or
    acronym, each another name: the slowest case of the new look-ups, each asked once a name."""
    entries = []
    for i in range(n):
        if i % 6 == 4:
            name = f"Telemedicine and Health {i}" if i % 12 == 4 else "JMIR"
        else:
            name = NLM[i % 4].split(". ")[-2]
        entries.append(f"Lee K, Kim J. A study {i}. {name}. 2015;{i % 90 + 1}:1-9.")
    return numbered(entries)


def test_the_new_look_ups_take_time_in_proportion_to_the_list(lint):
    small, large = _many(600), _many(1200)
    assert_linear(
        partial(lint, small, select=["RL811"]), partial(lint, large, select=["RL811"]), bound=3
    )


def test_a_slip_in_an_abbreviation_is_misspelt_where_the_list_sets_no_form(lint):
    """Three journals set no convention, so RL811 says nothing; `Ann Inter Med` is still one
    letter from NLM's `Ann Intern Med`, and `Inter` is no cut the standards make of `Internal`."""
    entries = [NLM[0], NLM[1], "Dedert EA, Stein R. Interventions. Ann Inter Med. 2015;1:2-9."]
    found = [
        (d.entry, d.code, d.message) for d in lint(numbered(entries), select=["RL811", "RL815"])
    ]
    assert [(n, code) for n, code, _ in found] == [(3, "RL815")]
    assert "write `Ann Intern Med`" in found[0][2]
    # with a convention RL811 tells it, and RL815 does not tell it again
    found = lint(numbered([*NLM[:3], NLM[5], entries[2]]), select=["RL811", "RL815"])
    assert [(d.entry, d.code) for d in found] == [(5, "RL811")]


def test_an_abbreviation_cut_as_a_standard_cuts_it_is_no_slip(lint):
    # ISO 4 `Manag.` and NLM `Manage`; `Ecol Model` and NLM's `Ecol Modell`; `Phys Rev Mater`
    entries = [
        "Lee K. Waste. J Mater Cycles Waste Manag. 2015;1:2-9.",
        "Lee K. Models. Ecol Model. 2015;1:2-9.",
        "Lee K. Cells. Cell Oncol. 2015;1:2-9.",
        # American and British spellings, and a word of another journal's (Journal of Pathogens)
        "Lee K. Tumours. Tumor Biol. 2015;1:2-9.",
        "Lee K. Anaesthesia. Can. J. Anesth. 2015;1:2-9.",
        "Lee K. Pathogens. J. Pathog. 2015;1:2-9.",
    ]
    assert lint(numbered(entries), select=["RL815"]) == []
    slips = ["Lee K. Plasmas. Phys. Plasma 2015;1:2-9.", "Lee K. Images. Eur. Radio. 2015;1:2-9."]
    assert [d.entry for d in lint(numbered(slips), select=["RL815"])] == [1, 2]


def test_a_list_of_full_titles_abbreviating_the_journals_it_cites_most_is_mixed(lint):
    """Five journals in full once each, two abbreviated and each cited three times: by journal
    the list writes full titles, by entry it mixes; it is not told to write them out."""
    full = [
        "Bellard C, Leadley P. Climate change. Ecology Letters. 2012;15:365-77.",
        "Mori AS, Spies TA. Reframing management. Biological Conservation. 2013;165:115-27.",
        "Guisan A, Lehmann A. Predictions. Journal of Applied Ecology. 2006;43:386-92.",
        "Elith J, Hastie T. An explanation. Diversity and Distributions. 2011;17:43-57.",
        "Loiselle BA, Howell CA. Avoiding pitfalls. Conservation Biology. 2003;17:1591-600.",
        "Smith J, Lee K. Another study. Global Change Biology. 2003;17:1591-600.",
        "Smith J, Lee K. Another study. Landscape Ecology. 2003;17:1591-600.",
        "Smith J, Lee K. Another study. Functional Ecology. 2003;17:1591-600.",
    ]
    cited = [f"Lee K. Study {n}. {j} 2015;{n}:1-9." for n in (1, 2, 3) for j in NATURE_NAMES]
    assert rl811(lint, full + cited) == []


NATURE_NAMES = ["J. Am. Chem. Soc.", "Chem. Rev."]


# full titles as PubMed prints them, some with a section after a period
FULL = [
    "Otto CM, Nishimura RA. Valve disease. Journal of the American College of Cardiology. "
    "2021;77:25-197.",
    "Lee K, Park J. Calcium scoring. JACC. Cardiovascular Imaging. 2023;16:314-28.",
    "Gold M, Hart B. Spin waves. Journal of Physics. Condensed Matter. 2019;31:123001.",
    "Ray A, Moss T. Elderly patients. European Heart Journal. 2020;41:111-8.",
    "Kim S, Roh J. Outcomes after repair. The Annals of Thoracic Surgery. 2018;105:50-7.",
    "Wu H, Ito Y. A registry. Circulation. Cardiovascular Interventions. 2022;15:e011.",
]


def test_a_full_title_with_a_section_after_a_period_is_a_full_title(lint):
    """`JACC. Cardiovascular Imaging`, `Journal of Physics. Condensed Matter`: the period ends an
    acronym or a whole word before the section, and abbreviates nothing."""
    assert rl811(lint, FULL) == []


def test_a_dotted_abbreviation_among_full_titles_is_still_found(lint):
    entries = [*FULL[:5], "Wu H, Ito Y. A registry. Circ. Cardiovasc. Interv. 2022;15:e011."]
    found = rl811(lint, entries)
    assert [entry for entry, _ in found] == [6]
    assert "dotted abbreviation" in found[0][1]


# full titles, PubMed's qualifier printed for some entries of a journal and not for others
QUALIFIED = [
    "Lee K, Park J. Ear electrodes. Sensors (Basel, Switzerland). 2024;24:101.",
    "Kim S, Roh J. Wearable sensing. Sensors. 2025;25:3321.",
    "Wu H, Ito Y. Gait analysis. Sensors (Basel, Switzerland). 2023;23:77.",
    "Ray A, Moss T. Trial reporting. BMJ. 2020;368:m115.",
    "Gold M, Hart B. Screening in practice. BMJ Open. 2019;9:e0123.",
    "Otto CM, Lane D. Valve disease. Journal of the American College of Cardiology. 2021;77:25-97.",
]


def test_a_journal_printed_with_and_without_pubmeds_qualifier_is_written_two_ways(lint):
    from refslint.fixes import apply_edits

    text = numbered(QUALIFIED)
    found = [d for d in lint(text, select=["RL810"])]
    assert [d.entry for d in found] == [2]
    assert "`Sensors (Basel, Switzerland)` in entries 1, 3" in found[0].message
    fixed = apply_edits(text, found[0].edits)
    assert fixed is not None
    assert "Wearable sensing. Sensors (Basel, Switzerland). 2025" in fixed  # the list's form


def test_one_journal_always_printed_one_way_with_its_qualifier_is_left_alone(lint):
    entries = [e.replace("Sensors. 2025", "Sensors (Basel, Switzerland). 2025") for e in QUALIFIED]
    entries[3] = entries[3].replace("BMJ. 2020", "BMJ (Clinical Research Ed.). 2020")
    assert [d.entry for d in lint(numbered(entries), select=["RL810"])] == []
