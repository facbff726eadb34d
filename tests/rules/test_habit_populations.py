"""House-style habits learnt from the right entries and at the right share (RL803, RL806, RL808,
RL809, RL813, RL821): an issue before one page, a DOI resolver's other host, a bare DOI ending an
entry, AMA's `et al.` past six, and a longer list's habit with a few strays. Each on small lists
written here in the styles that have the habit, and in those where the rule must stay silent."""

from __future__ import annotations


def _text(entries):
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


def _entries(lint, entries, code):
    return [d.entry for d in lint(_text(entries), select=[code])]


# --- RL821: an issue before a single page or an article number ------------------------------------

# J-STAGE's Vancouver variant: `Journal Year; Volume: first–last.`, no issue
JSTAGE = [f"Ortiz A, Lund B. Title {n}. Clim Res 199{n}; 1{n}: 3{n}–4{n}." for n in range(8)]


def test_an_issue_before_one_page_breaks_a_volume_alone_habit(lint):
    one_page = "Jouret J. Respiratory implications. Lancet Respir Med 2013; 1(3): 196."
    number = "Abe H. Title nine. PLoS One 2014; 9(5): e96341."
    found = lint(_text([*JSTAGE, one_page, number]), select=["RL821"])
    assert [(d.entry, str(d.severity)) for d in found] == [(9, "info"), (10, "info")]
    assert "`(3)`" in found[0].message


def test_single_pages_alone_teach_no_habit_and_supplements_stay(lint):
    # the list's habit is learnt from its page ranges only: eight single pages set none
    singles = [f"Ortiz A. Title {n}. Clim Res 199{n}; 1{n}: 3{n}." for n in range(8)]
    assert _entries(lint, [*singles, "Abe H. Title. Clim Res 2014; 9(5): 96."], "RL821") == []
    # ASCO's abstract supplement (`37(15_suppl)`) is a supplement, which every style names
    asco = "Jazaeri AA. Title. J Clin Oncol 2019; 37(15_suppl): 2538."
    assert _entries(lint, [*JSTAGE, asco], "RL821") == []
    # a list that prints its issues is its own style
    issues = [e.replace("; 1", "; 1").replace(": 3", "(2): 3") for e in JSTAGE]
    assert _entries(lint, [*issues, "Abe H. Title. Clim Res 2014; 9(5): 96."], "RL821") == []


# --- RL809: a DOI resolver's other host or scheme ---------------------------------------------------


def _vancouver_links(prefix: str, n: int) -> str:
    return f"Lima S{n}, Braga J. Title {n}. Rev Bras Enferm. 201{n};7{n}(2):1{n}-9. {prefix}10.1590/0034-716{n}"


def test_a_resolver_of_another_host_or_scheme_breaks_the_list_form(lint):
    entries = [_vancouver_links("http://dx.doi.org/", n) for n in range(6)]
    entries.append(_vancouver_links("https://doi.org/", 7))
    found = lint(_text(entries), select=["RL809"])
    assert [d.entry for d in found] == [7]
    assert "`https://doi.org/`" in found[0].message
    assert "6 of 7 DOIs are printed as `http://dx.doi.org/`" in found[0].message


def test_one_resolver_throughout_is_silent_and_apa_links_stay(lint):
    apa = [
        f"Ortiz, A., & Lund, B. (201{n}). Title {n}. Journal of Psychology, {n + 3}(2), "
        f"1{n}–2{n}. https://doi.org/10.1037/a00{n}"
        for n in range(8)
    ]
    assert _entries(lint, apa, "RL809") == []
    same = [_vancouver_links("http://dx.doi.org/", n) for n in range(8)]
    assert _entries(lint, same, "RL809") == []


# --- RL808: a bare DOI ends an entry as a link does ---------------------------------------------


def test_a_bare_doi_ending_an_entry_is_left_out_like_a_link(lint):
    ama = [
        f"Ortiz A, Lund B. Title {n}. Public Health Nutr. 200{n};{n + 1}(2):1{n}–2{n}. "
        f"10.1079/PHN20057{n}."
        for n in range(6)
    ]
    books = [f"Hart A. Statistics {n}. London: Arnold; 199{n}." for n in range(5)]
    bare = "Hemenway D. Monitoring. Greenwich, CT: JAI Press; 1985 10.1002/pam.4050050217"
    assert _entries(lint, [*ama, *books, bare], "RL808") == []
    # an entry that ends on its own element without the period is still told
    unclosed = "Hemenway D. Monitoring. Greenwich, CT: JAI Press; 1985"
    assert _entries(lint, [*ama, *books, unclosed], "RL808") == [12]


def test_a_title_closing_the_entry_inside_its_quotes_ends_with_a_period(lint):
    # Chicago author-date prints an unpublished paper's title last, the period inside the quotes
    chicago = [
        f"Ortiz, Ana, and Ben Lund. 201{n}. \u201cTitle {n}.\u201d Biometrika {n + 3} (2): 1{n}\u201322."
        for n in range(6)
    ]
    closed = "Hart, Ann. 2019. \u201cCorrelated variables in regression.\u201d"
    assert _entries(lint, [*chicago, closed], "RL808") == []
    unclosed = "Hart, Ann. 2019. \u201cCorrelated variables in regression\u201d"
    assert _entries(lint, [*chicago, unclosed], "RL808") == [7]


# --- RL806: AMA's three names past six -------------------------------------------------------------


def _names(count: int) -> str:
    return ", ".join(f"Name{chr(65 + i)} {chr(65 + i)}" for i in range(count))


def _ama(counts: list[int], cut: int) -> list[str]:
    whole = [
        f"{_names(c)}. Title {i}. Clin Infect Dis. 2001;{i + 1}:1-9." for i, c in enumerate(counts)
    ]
    cuts = [f"{_names(3)}, et al. Title {i}. JAMA. 2002;{i + 1}:1-9." for i in range(cut)]
    return whole + cuts


def test_lists_longer_than_six_printed_whole_break_a_three_and_et_al_list(lint):
    # six printed whole twice, seven three times, ten cut to three: "up to six, else three"
    entries = _ama([2, 4, 6, 6, 7, 7, 7, 9], cut=10)
    found = lint(_text(entries), select=["RL806"])
    assert [d.entry for d in found] == [5, 6, 7, 8]
    assert "all authors up to 6, else 3 and et al." in found[0].message


def test_a_list_printing_long_lists_whole_more_often_than_it_cuts_keeps_its_limit(lint):
    # seven printed whole six times against five cut: the list's own limit is seven
    entries = _ama([2, 6, 6, 7, 7, 7, 7, 7, 7, 9], cut=5)
    assert _entries(lint, entries, "RL806") == [10]
    # a list that never prints six whole shows no such rule
    entries = _ama([2, 4, 5, 7, 7, 7], cut=8)
    assert _entries(lint, entries, "RL806") == []


# --- RL803 and RL813: a longer list's habit, with a few strays --------------------------------------


def _plos(years: list[str], ranges: list[str]) -> list[str]:
    return [
        f"Ortiz A, Lund B {year} Title number {n}. Emerg Infect Dis {n + 1}: {pages}."
        for n, (year, pages) in enumerate(zip(years, ranges, strict=True))
    ]


FULL = [f"{n}1–{n}9" if n < 10 else f"{n}1–{n}8" for n in range(1, 20)]


def test_eleven_full_ranges_against_four_abbreviated_are_a_habit(lint):
    ranges = [*FULL[:11], "91–5", "1365–70", "189–94", "207–13"]
    entries = _plos(["(2001)"] * 15, ranges)
    found = lint(_text(entries), select=["RL803"])
    assert [d.entry for d in found] == [12, 13, 14, 15]
    assert "11 of 15 page ranges in this list are full" in found[0].message


def test_a_split_or_a_short_list_of_ranges_stays_silent(lint):
    split = [*FULL[:7], "91–5", "1365–70", "189–94", "207–13", "301–9"]  # 7 of 12
    assert _entries(lint, _plos(["(2001)"] * 12, split), "RL803") == []
    short = [*FULL[:8], "91–5", "1365–70", "189–94"]  # 8 of 11: too few for the longer rule
    assert _entries(lint, _plos(["(2001)"] * 11, short), "RL803") == []


def test_fifteen_years_in_parentheses_against_four_with_a_period(lint):
    years = ["(2001)"] * 15 + ["(2002).", "(2003).", "(2004).", "(2005)."]
    found = lint(_text(_plos(years, FULL)), select=["RL813"])
    assert [d.entry for d in found] == [16, 17, 18, 19]
    assert "15 of 19 entries" in found[0].message
    # nine against four is too short a list to settle at that share
    assert _entries(lint, _plos(years[6:], FULL[6:]), "RL813") == []


# --- RL826: a month between the journal and its volume ----------------------------------------------

# PLOS of its day: the volume right after the journal
PLOS = [
    f"Parola P, Raoult D ({1990 + n}) Murine typhus {n}. Emerg Infect Dis {n + 1}: 6{n}7–6{n}9."
    for n in range(8)
]


def test_a_month_between_the_journal_and_its_volume_breaks_the_list_form(lint):
    odd = "Sabella C (2010) Measles. Cleve Clin J Med. Mar 77(3): 207–213."
    found = lint(_text([*PLOS, odd]), select=["RL826"])
    assert [(d.entry, str(d.severity)) for d in found] == [(9, "warning")]
    assert found[0].message.startswith("month `Mar` printed between the journal and its volume")


def test_vancouver_dates_and_short_lists_have_no_month_habit(lint):
    vancouver = [
        f"Ortiz A, Lund B. Title {n}. Clin Infect Dis. 201{n} Mar;{n + 4}(2):1{n}-9."
        for n in range(9)
    ]
    assert _entries(lint, vancouver, "RL826") == []
    odd = "Sabella C (2010) Measles. Cleve Clin J Med. Mar 77(3): 207–213."
    assert _entries(lint, [*PLOS[:5], odd], "RL826") == []  # five set no habit
    # a title word that is no month (`Mars`, `May be`) is not one
    mars = "Sabella C (2010) Dust storms. Icarus Mars 77: 207–213."
    assert _entries(lint, [*PLOS, mars], "RL826") == []


# --- RL827: a date or an ordinal split by a space ---------------------------------------------------


def test_a_date_or_an_ordinal_split_by_a_space_is_mended(lint):
    text = _text(
        [
            "OpenQCM. https://openqcm.com/openqcm, acessado em 14/11/ 2019.",
            "Golub GH, Van Loan CF. Matrix computations.3 a ed. Baltimore: JHU Press; 1996.",
            "Lima S. Título. 2 a edição. São Paulo: Moraes; 2005.",
        ]
    )
    found = lint(text, select=["RL827"])
    assert [d.entry for d in found] == [1, 2, 3]
    from refslint.fixes import apply_edits

    fixed = apply_edits(text, [e for d in found for e in d.edits])
    assert "acessado em 14/11/2019." in fixed and "computations.3ª ed." in fixed
    assert "2ª edição" in fixed


def test_whole_dates_ordinals_and_links_are_left_alone(lint):
    text = _text(
        [
            "OpenQCM. https://openqcm.com/openqcm, acessado em 14/11/2019.",
            "Golub GH. Matrix computations. 3ª ed. Baltimore: JHU Press; 1996.",
            "Hart A. Statistics. 2nd ed. London: Arnold; 1996.",
            "Roy E. Title. Available from: https://a.org/x?d=14/11/ 2019",
            "Wu F. Group 3 a edition of the survey. Nature. 2019;5:1-9.",
        ]
    )
    assert lint(text, select=["RL827"]) == []


# --- RL828: an access date in numbers that reads two ways -------------------------------------------


def test_an_english_access_date_that_reads_two_ways_is_flagged(lint):
    entries = [
        "Ortiz A, Lund B. Title one. J. Phys. Chem. 2019, 12, 1–9.",
        "The Engineering ToolBox. 2001. https://www.engineeringtoolbox.com (accessed 11.01.2024).",
        "Roy E. Atlas. Available from: https://c.org/atlas. Cited 03/04/2020.",
    ]
    found = lint(_text(entries), select=["RL828"])
    assert [(d.entry, str(d.severity)) for d in found] == [(2, "warning"), (3, "warning")]
    assert "11 January or 1 November 2024" in found[0].message


def test_settled_orders_and_notes_in_other_languages_are_left_alone(lint):
    # a day over twelve in another note of the list settles the order
    settled = [
        "Site one. https://a.org (accessed 21.05.2021).",
        "Site two. https://b.org (accessed 11.01.2024).",
    ]
    assert _entries(lint, settled, "RL828") == []
    # ISO 8601 and a month in words are one reading each; the same day and month is one too
    clear = [
        "Site one. https://a.org (accessed 2024-01-11).",
        "Site two. https://b.org (accessed 11 Jan 2024).",
        "Site three. https://c.org (accessed 05.05.2024).",
    ]
    assert _entries(lint, clear, "RL828") == []
    # Portuguese and French notes read the day first
    other = [
        "Site um. Disponível em: https://a.org. Acesso em: 11/01/2024.",
        "Site deux. https://b.org (consulté le 11/01/2024).",
    ]
    assert _entries(lint, other, "RL828") == []


# --- RL809: a database's page in the DOI's place -----------------------------------------------------


def _rsp(n: int) -> str:
    return (
        f"Lima S{n}, Braga J. Title {n}. Health Place. 201{n};4{n}:1{n}9-20{n}. "
        f"https://doi.org/10.1016/j.healthplace.201{n}.04.00{n}"
    )


def test_a_database_page_where_the_list_gives_dois_is_flagged(lint):
    jstor = (
        "Braveman P, Gottlieb L. The social determinants of health. Public Health Rep. "
        "2014;129 Suppl 2:19-31. https://www.jstor.org/stable/23646782"
    )
    found = lint(_text([*(_rsp(n) for n in range(6)), jstor]), select=["RL809"])
    assert [d.entry for d in found] == [7]
    assert "database's page (`https://www.jstor.org/stable/23646782`)" in found[0].message


def test_pages_read_online_a_journal_site_and_lists_without_dois_stay(lint):
    # Citing Medicine's article read online: its page after `Available from:`, with `[cited]`
    online = (
        "Gill MA. Making space for siblings. Pediatr Nurs [Internet]. 2020 [cited 2020 Dec 18];"
        "46(1):48-51. Available from: https://www.proquest.com/openview/dfdf015cc6db/1"
    )
    assert _entries(lint, [*(_rsp(n) for n in range(6)), online], "RL809") == []
    # APA 7 links an article without a DOI to its journal's own page
    apa = [
        f"Ortiz, A. (201{n}). Title {n}. Journal of Psychology, {n + 3}(2), 1{n}–2{n}. "
        f"https://doi.org/10.1037/a00{n}"
        for n in range(6)
    ]
    site = "Roy, E. (2015). Title. Open Journal, 3(1), 1–9. https://openjournal.org/article/12"
    assert _entries(lint, [*apa, site], "RL809") == []
    # a list that gives few DOIs has no DOI habit for the page to break
    few = [_rsp(n) for n in range(3)]
    jstor = (
        "Braveman P. Title. Public Health Rep. 2014;129:19-31. https://www.jstor.org/stable/2364"
    )
    assert _entries(lint, [*few, jstor], "RL809") == []


def test_a_range_the_grammar_left_after_a_spaced_colon_counts_and_is_told(lint):
    # a title holding years (`Texas, 1980 through 1987.`) leaves the entry unread; its range
    # after `266: ` is still the list's to learn from and to hold to its habit
    unread = (
        "Dumler JS, Walker DH (1991) Clinical features of murine typhus in Texas, 1980 through "
        "1987. JAMA 266: 1365–70."
    )
    entries = [*_plos(["(2001)"] * 12, FULL[:12]), unread]
    found = lint(_text(entries), select=["RL803"])
    assert [d.entry for d in found] == [13]
    assert "`1365–70` is abbreviated" in found[0].message


def test_the_new_habits_grow_linearly_with_the_list():
    """Twice the entries cost about twice the time (best of runs, CPU time, a ratio under 3)."""
    import datetime as dt

    from refslint.grammar import parse_entry
    from refslint.registry import load_rules
    from refslint.rule import Context
    from refslint.sources.plaintext import read_entries
    from tests.timing import assert_linear

    odd = [
        "Sabella C (2010) Measles. Cleve Clin J Med. Mar 77(3): 207–213.",
        "Site. https://www.jstor.org/stable/2364 (accessed 11.01.2024), acessado em 14/11/ 2019.",
    ]

    def parsed(n: int):
        entries = [*(PLOS * n), *(_rsp(i % 10) for i in range(8 * n)), *(odd * n)]
        return [parse_entry(e) for e in read_entries(_text(entries))]

    ctx = Context(today=dt.date(2026, 11, 26))
    small_list, large_list = parsed(30), parsed(60)
    codes = ("RL806", "RL809", "RL821", "RL826", "RL827", "RL828")
    for chosen in [r for r in load_rules() if r.code in codes]:
        if chosen.kind.value == "list":
            small, large = (
                (lambda r=chosen: list(r.check(small_list, ctx))),
                (lambda r=chosen: list(r.check(large_list, ctx))),
            )
        else:
            small = lambda r=chosen: [list(r.check(ref, ctx)) for ref in small_list]  # noqa: E731
            large = lambda r=chosen: [list(r.check(ref, ctx)) for ref in large_list]  # noqa: E731
        assert_linear(small, large, bound=3, what=chosen.code)


# --- lists kept in one style throughout: nothing to say ---------------------------------------------

CLEAN = {
    "ieee": [
        f'[{n}] A. Ortiz, B. Lund, and C. Sato, "Radar imaging {n}," IEEE Trans. Geosci. Remote '
        f"Sens., vol. {n + 40}, no. {n}, pp. {n}01–{n}19, Mar. 20{10 + n}, "
        f"doi: 10.1109/TGRS.20{10 + n}.00{n}."
        for n in range(1, 13)
    ],
    "cell": [
        f"Ortiz, A., Lund, B., and Sato, C. (20{10 + n}). Cell fate {n}. Cell {n + 150}, "
        f"{n}01–{n}19. https://doi.org/10.1016/j.cell.20{10 + n}.01.0{n}."
        for n in range(1, 13)
    ],
    "chicago": [
        f"Ortiz, Ana, and Ben Lund. 20{10 + n}. “Migration {n}.” American Sociological Review "
        f"{n + 70} ({n}): {n}01–{n}19. https://doi.org/10.1177/00031224{n}."
        for n in range(1, 13)
    ],
    "harvard": [
        f"Ortiz, A. and Lund, B. (20{10 + n}) ‘Rivers {n}’, Journal of Hydrology, {n + 500}, "
        f"pp. {n}01–{n}19. Available at: https://doi.org/10.1016/j.jhydrol.20{10 + n}.{n} "
        f"(Accessed: 1{n % 10} March 2024)."
        for n in range(1, 13)
    ],
    "ama": [
        f"Ortiz A, Lund B, Sato C, et al. Statins {n}. JAMA. 20{10 + n};{n + 300}({n}):"
        f"{n}01-{n}19. doi:10.1001/jama.20{10 + n}.{n}"
        for n in range(1, 13)
    ],
    "bmj": [
        f"Ortiz A, Lund B, Sato C. Asthma {n}. BMJ 20{10 + n};{n + 340}:e{n}123. "
        f"doi:10.1136/bmj.e{n}123"
        for n in range(1, 13)
    ],
}
CODES = ["RL803", "RL806", "RL808", "RL809", "RL813", "RL821", "RL826", "RL827", "RL828"]


def test_lists_in_one_style_throughout_have_nothing_said(lint):
    for style, entries in CLEAN.items():
        text = "".join(e + "\n" for e in entries) if style == "ieee" else _text(entries)
        assert [(d.code, d.entry) for d in lint(text, select=CODES)] == [], style


def test_the_same_lists_with_one_stray_are_told_of_it(lint):
    cell = [
        *CLEAN["cell"][:11],
        CLEAN["cell"][11].replace("https://doi.org/", "http://dx.doi.org/"),
    ]
    assert [(d.code, d.entry) for d in lint(_text(cell), select=CODES)] == [("RL809", 12)]
    chicago = [*CLEAN["chicago"][:11], CLEAN["chicago"][11].replace("1201–1219", "1201–19")]
    assert [(d.code, d.entry) for d in lint(_text(chicago), select=CODES)] == [("RL803", 12)]
