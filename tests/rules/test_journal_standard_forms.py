"""Journal names measured against every standard form the shipped tables know (RL811), and report
series lines that are no journal names (RL535), in lists of several styles written here."""

from __future__ import annotations

from functools import partial

from tests.timing import assert_linear


def numbered(entries: list[str], bracket: bool = False) -> str:
    return "".join(f"[{n}] {e}\n" if bracket else f"{n}. {e}\n" for n, e in enumerate(entries, 1))


CAPITALISED_LIST = [
    "Bellard C, Leadley P. Impacts of climate change. Ecology Letters. 2012;15(4):365-77.",
    "Mori AS, Spies TA. Reframing management. Biological Conservation. 2013;165:115-27.",
    "Guisan A, Lehmann A. Making predictions. Journal of Applied Ecology. 2006;43(3):386-92.",
    "Elith J, Hastie T. A statistical explanation. Diversity and Distributions. 2011;17:43-57.",
    "Loiselle BA, Howell CA. Avoiding pitfalls. Conservation Biology. 2003;17(6):1591-600.",
]
SERIES = (
    "IPCC. The physical science basis. Contribution of working group I to the Fourth Assessment "
    "Report of the Intergovernmental Panel on Climate Change. 2007; 996."
)


def test_a_report_series_line_is_no_journal_name(lint):
    assert lint(numbered([*CAPITALISED_LIST, SERIES]), select=["RL535"]) == []


def test_a_long_journal_name_in_lower_case_with_pages_is_still_flagged(lint):
    lower = (
        "Smith J. Title. Proceedings of the national academy of sciences of the united states "
        "of america. 2010;107(3):1-9."
    )
    found = lint(numbered([*CAPITALISED_LIST, SERIES, lower]), select=["RL535"])
    assert [d.entry for d in found] == [7]
    assert "`national`, `academy`" in found[0].message


def test_a_short_journal_name_in_lower_case_without_pages_is_still_flagged(lint):
    lower = "Smith J. Title. Journal of vegetation science. 2010; 21."
    found = lint(numbered([*CAPITALISED_LIST, lower]), select=["RL535"])
    assert [d.entry for d in found] == [6]


def test_a_journals_own_subtitle_after_a_colon_keeps_its_sentence_case(lint):
    subtitled = [
        "Ward K. Title. Counselling and Psychotherapy Research: Linking research with practice. "
        "2019;19(2):1-9.",
        "Ward K. Title. Nursing Standard: promoting excellence in care. 2018;32(4):40-7.",
    ]
    assert lint(numbered([*CAPITALISED_LIST, *subtitled]), select=["RL535"]) == []


def test_a_name_in_lower_case_before_its_subtitle_is_still_flagged(lint):
    lower = "Ward K. Title. Counselling and psychotherapy research: Linking research. 2019;19:1-9."
    found = lint(numbered([*CAPITALISED_LIST, lower]), select=["RL535"])
    assert [d.entry for d in found] == [6]
    assert "`psychotherapy`, `research`" in found[0].message


def test_a_journal_written_out_in_another_language_keeps_its_sentence_case(lint):
    own = [
        "Smith J. Title. Rossiyskiy psihiatricheskiy zhurnal. 2010;21(3):1-9.",
        "Smith J. Title. Sovremennaya terapiya psihicheskih rasstroystv. 2011;4(2):5-9.",
    ]
    capitalised = [
        *CAPITALISED_LIST,
        "Pauls SU, Nowak C. The impact of global climate change. Molecular Ecology. 2013;22:925-46.",
        "Parmesan C, Yohe G. A globally coherent fingerprint. Global Change Biology. 2003;9:1-9.",
        "Chen IC, Hill JK. Rapid range shifts of species. Ecological Applications. 2011;21:1-9.",
        "Thomas CD, Cameron A. Extinction risk. Animal Conservation. 2004;7:145-8.",
        "Hickling R, Roy DB. The distributions of a wide range. Functional Ecology. 2006;20:1-9.",
        "Root TL, Price JT. Fingerprints of global warming. Nature Climate Change. 2003;1:57-60.",
        "Walther GR, Post E. Ecological responses. Frontiers in Ecology. 2002;4:389-95.",
    ]
    assert lint(numbered([*capitalised, *own]), select=["RL535"]) == []
    # an abbreviation in lower case, or an English word misspelt among English ones, still is
    for lower in (
        "Souza M. Title. Rev bras epidemiol. 2012;15(1):1-9.",
        "Smith J. Title. The bichavioral and Brain Sciences. 2013;36(2):1-9.",
    ):
        found = lint(numbered([*capitalised, own[0], lower]), select=["RL535"])
        assert [d.entry for d in found] == [14]


def test_a_journal_named_in_german_keeps_its_adjectives_in_lower_case(lint):
    german = [
        "Dg. Title. Bibliothek aktuell: Informationsblatt für die Mitarbeiter. 1969;1(3):12-5.",
        "Ra. Title. Bibliotheksdienst aktuell und kritisch. 1970;2(1):7-9.",
    ]
    assert lint(numbered([*CAPITALISED_LIST, *german]), select=["RL535"]) == []
    # the same name with no German word or letter is read as English, and flagged
    english = "Dg. Title. Library aktuell: News for the staff. 1969;1(3):12-5."
    found = lint(numbered([*CAPITALISED_LIST, english]), select=["RL535"])
    assert [d.entry for d in found] == [6]


# --- RL811: every standard form is a standard form ------------------------------------------------

NLM = ["Ecol Lett", "Biol Conserv", "J Appl Ecol", "Trends Ecol Evol", "Conserv Biol"]
ISO = ["Ecol. Lett.", "Biol. Conserv.", "J. Appl. Ecol.", "Trends Ecol. Evol.", "Conserv. Biol."]
FULL = ["Ecology Letters", "Biological Conservation", "Journal of Applied Ecology",
        "Trends in Ecology and Evolution", "Conservation Biology"]  # fmt: skip


def vancouver(journals: list[str]) -> str:
    """F1000Research's Vancouver: `Surname AB, Surname C: Title. Journal. Year; Volume(Issue): pages.`"""
    return "".join(
        f"{n}. Author{chr(64 + n)} A, Second B: Study number {n}. {j}. {2000 + n}; {10 + n}(2): "
        f"{n}01–{n}09.\n"
        for n, j in enumerate(journals, 1)
    )


def physics(journals: list[str]) -> str:
    """A physics list: `[n] A. Surname and B. Surname, Journal Volume, pages (Year).`"""
    return "".join(
        f"[{n}] A. Author{chr(64 + n)} and B. Second, {j} {10 + n}, {n}01 ({2000 + n}).\n"
        for n, j in enumerate(journals, 1)
    )


def rl811(lint, text: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=["RL811"])]


def test_iso_4_forms_without_periods_pass_in_a_list_of_nlm_forms(lint):
    # NLM writes `Ecol Modell` and `For Ecol Manage`; ISO 4 `Ecol. Model.`, and `Manag.` for
    # `Management`, `Forest` kept whole as Web of Science prints it: all standard words
    text = vancouver([*NLM, "Ecol Model", "Forest Ecol Manag", "Ecol Modell", "For Ecol Manage"])
    assert rl811(lint, text) == []


def test_nlm_forms_with_periods_pass_in_a_dotted_list(lint):
    assert rl811(lint, vancouver([*ISO, "Ecol. Modell."])) == []


def test_a_form_no_standard_knows_is_still_flagged(lint):
    # `Energ` and `Mat` are shortenings no standard uses for `Energy` and `Materials`
    found = rl811(lint, vancouver([*NLM, "Sol Energ Mat Sol C", "Forest Ecol Man"]))
    assert [entry for entry, _ in found] == [6, 7]
    assert "expected `Sol Energy Mater Sol Cells`" in found[0][1]
    assert "expected `For Ecol Manage` (NLM)" in found[1][1]


def test_a_shortening_no_standard_uses_in_a_journal_the_tables_do_not_know(lint):
    text = vancouver([*NLM, "Off J Europ Union", "Rev Canad Hemp Stud"])
    found = lint(text, select=["RL811"])
    assert [(d.entry, d.message) for d in found] == [
        (
            6,
            "journal `Off J Europ Union` shortens `European` to `Europ`, where the standard "
            "abbreviations (NLM, ISO 4) write `Eur`; expected `Off J Eur Union`",
        ),
        (
            7,
            "journal `Rev Canad Hemp Stud` shortens `Canadian` to `Canad`, where the standard "
            "abbreviations (NLM, ISO 4) write `Can`; expected `Rev Can Hemp Stud`",
        ),
    ]
    assert [e.text for e in found[0].edits] == ["Off J Eur Union"]
    assert str(found[0].fix_applicability) == "unsafe"


def test_a_word_every_standard_form_cuts_printed_whole_in_a_journal_the_tables_do_not_know(lint):
    text = vancouver([*NLM, "Proc Pakistan Acad Sci", "J Hemp Security Stud"])
    found = lint(text, select=["RL811"])
    assert [(d.entry, d.message) for d in found] == [
        (
            6,
            "journal `Proc Pakistan Acad Sci` prints `Pakistan` whole, where the standard "
            "abbreviations (NLM, ISO 4) write `Pak`; expected `Proc Pak Acad Sci`",
        ),
        (
            7,
            "journal `J Hemp Security Stud` prints `Security` whole, where the standard "
            "abbreviations (NLM, ISO 4) write `Secur`; expected `J Hemp Secur Stud`",
        ),
    ]
    # words some standard form keeps whole (`Global`, `Community`, `Health`) pass
    names = ["Clin Hemp Global Health", "J Community Hemp Stud", "Pak J Hemp Sci"]
    # and so does a body's long series, named as the body prints it
    names += ["US Dept Agr Pac SW Forest Range Exp Stat Resource Bull"]
    assert rl811(lint, vancouver([*NLM, *names])) == []


def test_words_that_are_no_cuts_pass_in_journals_the_tables_do_not_know(lint):
    names = [
        "Deut Lebensm Rundsch",  # no standard shortens `Deutsche` by cutting it
        "Schweiz Z Ganzheitsmed",
        "J Ind Hemp",
        "Automot Engine Technol",  # `Engine`: a word titles keep whole
        "J Archaeol Method Theory",  # `Method`: the singular of a title word
    ]
    assert rl811(lint, vancouver([*NLM, *names])) == []


def test_a_dotted_list_keeps_its_own_system_of_cuts(lint):
    # `Europ.` is MathSciNet's cut, `Canad.` an older one: in a dotted list, a system of its own
    text = physics(["Phys. Rev. B", "Phys. Rev. Lett.", "J. Chem. Phys.", "Europ. J. Hemp Stud.",
                    "Rev. Canad. Hemp Stud.", "Appl. Phys. Lett."])  # fmt: skip
    assert rl811(lint, text) == []


def test_a_full_title_list_is_not_measured_against_abbreviations(lint):
    text = vancouver([*FULL, "Official Journal of the European Union"])
    assert rl811(lint, text) == []


def test_a_spaced_dash_where_the_standard_abbreviation_has_none(lint):
    text = vancouver(
        [*NLM, "Biochim Biophys Acta - Mol Basis Dis", "Biochim Biophys Acta Rev Cancer"]
    )
    found = lint(text, select=["RL811"])
    assert [(d.entry, d.message) for d in found] == [
        (
            6,
            "journal `Biochim Biophys Acta - Mol Basis Dis` sets a part off with a spaced dash, "
            "which the standard abbreviation does not; expected `Biochim Biophys Acta Mol Basis "
            "Dis` (ISO 4, periods removed)",
        )
    ]
    assert [e.text for e in found[0].edits] == ["Biochim Biophys Acta Mol Basis Dis"]


def test_checking_the_words_of_unknown_journals_costs_time_in_proportion_to_the_list(lint):
    syllables = ["ka", "ro", "mi", "tu", "le", "sa", "po", "ne", "vi", "da"]

    def name(k: int) -> str:  # a journal no table knows, each its own, some with a wrong cut
        word = "".join(syllables[(k // 10**i) % 10] for i in range(3)).capitalize()
        return f"{('J', 'Rev', 'Europ J', 'Canad J')[k % 4]} {word} {('Res', 'Stud', 'Sci')[k % 3]}"

    def text(n: int) -> str:
        return vancouver([*NLM, *(name(k) for k in range(n))])

    small, large = text(300), text(600)
    # linear: about 2 on a quiet machine (the tables are read in the untimed first run)
    assert_linear(
        partial(lint, small, select=["RL811"]), partial(lint, large, select=["RL811"]), bound=3
    )


def test_two_standard_forms_of_one_journal_in_one_list_keep_the_commoner(lint):
    # NLM's `Ecol Modell` once, ISO 4's `Ecol Model` three times: the list is not told to use
    # NLM's form, only to write the journal one way
    text = vancouver([*NLM[:2], "Ecol Model", "Ecol Model", "Ecol Model", "Ecol Modell"])
    found = lint(text, select=["RL810", "RL811"])
    assert [(d.code, d.entry, d.message) for d in found] == [
        (
            "RL810",
            6,
            "journal written `Ecol Modell` here and `Ecol Model` in entries 3, 4, 5; write one "
            "journal one way",
        )
    ]
    assert [e.text for e in found[0].edits] == ["Ecol Model"]
    # a form no standard knows is still the one flagged, with the standard named
    text = vancouver([*NLM[:2], "Ecol Mod", "Ecol Mod", "Ecol Modell"])
    assert [(d.code, d.entry) for d in lint(text, select=["RL810"])] == [("RL810", 3), ("RL810", 4)]


def test_its_is_a_minor_word_of_a_capitalised_journal_name(lint):
    its = "Hua D. Symmetric solutions. Linear Algebra and its Applications. 1990;131:1-7."
    assert lint(numbered([*CAPITALISED_LIST, its]), select=["RL535"]) == []
    lower = "Hua D. Symmetric solutions. Linear algebra and its applications. 1990;131:1-7."
    found = lint(numbered([*CAPITALISED_LIST, lower]), select=["RL535"])
    assert [d.entry for d in found] == [6]
    assert "`its`" not in found[0].message
