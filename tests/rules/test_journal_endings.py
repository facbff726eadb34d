"""Journal abbreviations cut at other letters than the table's (RL816, a hint, where RL811 used to
warn), and a period or NLM's place qualifier after a journal where the list prints neither
(RL817). Each across styles, with the lists where the rules must stay silent. Lists written here."""

from __future__ import annotations

from refslint.diagnostics import Severity


def iop(journals: list[str]) -> str:
    """IOP's numbered Harvard: `[n] Surname A B and Surname C Year Title Journal Volume pages`."""
    return "".join(
        f"[{n}] Author{chr(64 + n)} A B and Second C {1990 + n} Study number {n} {j} {n + 10} "
        f"{n}01–{n}09\n"
        for n, j in enumerate(journals, 1)
    )


def vancouver(journals: list[str]) -> str:
    return "".join(
        f"{n}. Author{chr(64 + n)} A, Second B. Study number {n}. {j}. 2015;{10 + n}(2):{100 + n}-9.\n"
        for n, j in enumerate(journals, 1)
    )


def plos_year(journals: list[str]) -> str:
    """PLOS's earlier numbered style: year after the authors, `Journal 11: 193.`"""
    return "".join(
        f"{n}. Author{chr(64 + n)} A, Second B ({1990 + n}) Study number {n}. {j} {n + 10}: "
        f"{n}01–{n}09.\n"
        for n, j in enumerate(journals, 1)
    )


SURNAMES = ["Zheng", "Wang", "Gao", "Lombardo", "Merchant", "Li", "Kong", "Hudson", "Zhao"]


def apa(journals: list[str]) -> str:
    return "".join(
        f"{n}. {SURNAMES[n - 1]}, A., & Yao, B. ({1990 + n}). Study number {n}. {j}, {n + 10}(2), "
        f"{n}01–{n}09.\n"
        for n, j in enumerate(journals, 1)
    )


def copernicus(journals: list[str]) -> str:
    """Copernicus' author-date style, the year last: `Surname, A. B. and Second, C.: Title,
    J. Abbrev., Volume, first–last, Year.`, unnumbered under a heading."""
    return "References\n" + "".join(
        f"{SURNAMES[n - 1]}, A. B. and Second, C.: Study number {n}, {j}, {n + 10}, "
        f"{n}01–{n}09, {1990 + n}.\n"
        for n, j in enumerate(journals, 1)
    )


def found(lint, text: str, code: str) -> list[tuple[int | None, str]]:
    return [(d.entry, d.message) for d in lint(text, select=[code])]


DOTTED = ["Mater. Sci. Eng. A", "J. Alloys Compd.", "J. Mater. Process. Technol.", "JOM",
          "Chem. Rev.", "Vacuum", "Appl. Surf. Sci.", "Metall. Mater. Trans. B"]  # fmt: skip
NLM = ["Am J Public Health", "Prev Med", "J Community Health", "Annu Rev Public Health",
       "Subst Use Misuse", "Psychol Methods"]  # fmt: skip
FULL = ["Journal of Applied Ecology", "Global Change Biology", "Molecular Ecology",
        "Biological Conservation", "Functional Ecology", "Physical Review Letters"]  # fmt: skip


# --- RL816: words cut at another letter ---------------------------------------------------------


def test_a_dotted_abbreviation_cutting_its_words_elsewhere_is_a_hint_not_a_warning(lint):
    for name, standard in [
        ("J. Clean. Prod.", "J. Cleaner Prod."),
        ("Int. J. Heat Mass Transf.", "Int. J. Heat Mass Transfer"),
        ("Adv. Funct. Mat.", "Adv. Funct. Mater."),
        ("Tob. Contr.", "Tob. Control"),
    ]:
        text = iop([*DOTTED, name])
        assert found(lint, text, "RL811") == [], name
        ((entry, message),) = found(lint, text, "RL816")
        assert entry == 9 and f"`{name}` cuts the words" in message and f"`{standard}`" in message
        (hint,) = lint(text, select=["RL816"])
        assert hint.severity is Severity.INFO
        assert hint.edits[0].text == standard.rstrip(".") or hint.edits[0].text == standard


def test_two_words_cut_each_on_either_side_of_a_hyphen_are_a_variant(lint):
    # `Bound.-Lay.` cuts both words of Boundary-Layer, as Copernicus prints it
    text = copernicus([*DOTTED, "Bound.-Lay. Meteorol."])
    assert found(lint, text, "RL811") == []
    ((entry, message),) = found(lint, text, "RL816")
    assert entry == 9 and "`Bound.-Lay. Meteorol.` cuts the words" in message
    # a word after the hyphen that is no cut of the title's is no variant
    assert found(lint, copernicus([*DOTTED, "Bound.-Lyr. Meteorol."]), "RL816") == []


def test_a_word_that_is_no_cut_of_the_title_keeps_its_warning(lint):
    # `Lettr.` is no start of `Letters`: a wrong word, not another place to cut
    text = iop([*DOTTED, "Phys. Rev. Lettr."])
    assert found(lint, text, "RL816") == []
    ((entry, message),) = found(lint, text, "RL811")
    assert entry == 9 and "expected `Phys. Rev. Lett.`" in message
    (warning,) = lint(text, select=["RL811"])
    assert warning.severity is Severity.WARNING


def test_undotted_lists_keep_their_warning_for_another_system(lint):
    # a Web of Science or a cut-short NLM form is no variant where the list prints NLM's forms
    text = vancouver([*NLM, "Multiscale Model Sim"])
    assert found(lint, text, "RL816") == []
    ((entry, message),) = found(lint, text, "RL811")
    assert entry == 7 and "expected `Multiscale Model Simul`" in message


def test_the_standard_form_itself_gets_no_hint(lint):
    assert found(lint, iop([*DOTTED, "J. Cleaner Prod."]), "RL816") == []
    assert found(lint, apa([*FULL, "Journal of Cleaner Production"]), "RL816") == []


# --- RL817: a period or a place qualifier the list does not print --------------------------------


def test_a_period_after_a_whole_word_is_flagged_where_the_volume_follows_directly(lint):
    for name in ["China Foundry.", "Mater. Sci. Forum.", "Heat Recover. Syst. CHP.",
                 "J. Alloys Compd..", "Nature."]:  # fmt: skip
        text = iop([*DOTTED, name])
        ((entry, message),) = found(lint, text, "RL817")
        assert entry == 9 and "a period after it" in message and "8 of 9 journals" in message
        (finding,) = lint(text, select=["RL817"])
        assert finding.fix_applicability is not None and str(finding.fix_applicability) == "safe"
        assert [e.text for e in finding.edits] == [""]


def test_an_abbreviations_own_period_is_not_stray(lint):
    # `Process.` may be `Processing` cut short; `Res.`, `J.` are abbreviations
    for name in ["Mater. Sci. Semicond. Process.", "Adv. Mater. Res.", "Chem. Eng. J.",
                 "Phys. Rev. B", "Proc. Natl. Acad. Sci. U.S.A."]:  # fmt: skip
        assert found(lint, iop([*DOTTED, name]), "RL817") == [], name


def test_lists_that_print_a_period_or_a_comma_after_the_journal_are_silent(lint):
    # Vancouver sets the year after the journal's period; APA a comma and the volume
    text = vancouver([*NLM, "Nature", "Cancer", "China Foundry"])
    assert len([d for d in lint(text) if d.code == "RL811" or d.code == "RL817"]) <= 1
    assert found(lint, text, "RL817") == []
    assert found(lint, apa([*FULL, "Nature", "China Foundry."]), "RL817") == []


def test_other_styles_that_set_the_volume_after_the_journal_are_measured_too(lint):
    # PLOS's `Nature 13: 301` puts no period after the journal either
    undotted = ["Nat Rev Microbiol", "Mol Microbiol", "J Bacteriol", "Nature", "Science"]
    text = plos_year([*undotted, "Lancet."])
    ((entry, message),) = found(lint, text, "RL817")
    assert entry == 6 and "5 of 6 journals" in message
    # and the same list with its periods is a list that prints them: silent
    assert found(lint, plos_year([f"{j}." for j in undotted] + ["Lancet"]), "RL817") == []
    # `Cell.` may be `Cellular` cut short, `Science.` `Sciences`: not told
    assert found(lint, plos_year([*undotted, "Cell."]), "RL817") == []


def test_a_period_after_an_undotted_name_is_stray_where_no_journal_is_dotted(lint):
    # PLOS's `J Postgrad Med. 51(3)` among `Am J Trop Med Hyg 57`: no cut word of an undotted name
    # owns a period, so where no journal of the list is dotted the period is the pasted entry's
    undotted = ["Am J Trop Med Hyg", "Int J Infect Dis", "Emerg Infect Dis", "Clin Infect Dis",
                "Ophthalmology", "Br J Ophthalmol"]  # fmt: skip
    text = plos_year([*undotted, "J Postgrad Med."])
    ((entry, message),) = found(lint, text, "RL817")
    assert entry == 7 and "no journal of the list is dotted" in message
    (finding,) = lint(text, select=["RL817"])
    assert [e.text for e in finding.edits] == [""] and str(finding.fix_applicability) == "safe"
    # a list that dots its journals owns such periods (`Vision Res.`, ISO's form and NLM's alike)
    assert found(lint, iop([*DOTTED, "Vision Res.", "Nat Rev Microbiol."]), "RL817") == []
    assert found(lint, plos_year([*undotted, "Eur. J. Cancer", "J Postgrad Med."]), "RL817") == []
    # Vancouver's period before the year, APA's comma: no journal is set before its volume
    assert found(lint, vancouver([*undotted, "J Postgrad Med"]), "RL817") == []
    assert found(lint, apa([*undotted, "J Postgrad Med."]), "RL817") == []
    # a list of undotted names that prints the period throughout is one that prints it
    assert found(lint, plos_year([f"{j}." for j in undotted] + ["J Postgrad Med"]), "RL817") == []


def test_too_few_entries_set_no_convention(lint):
    assert found(lint, iop(["JOM", "Vacuum", "China Foundry."]), "RL817") == []


def test_nlm_place_qualifier_is_flagged_where_the_list_prints_iso_forms(lint):
    text = iop([*DOTTED, "Materials (Basel)."])
    ((entry, message),) = found(lint, text, "RL817")
    assert entry == 9
    assert "NLM's place qualifier `(Basel)` and a period after it" in message
    assert "the list prints dotted abbreviations" in message
    (finding,) = lint(text, select=["RL817"])
    assert str(finding.fix_applicability) == "unsafe" and finding.fix_message == "Write `Materials`"
    # the qualifier alone, with no period
    ((entry, message),) = found(lint, iop([*DOTTED, "Sensors (Basel)"]), "RL817")
    assert entry == 9 and "`(Basel)`" in message and "period" not in message


def test_nlm_place_qualifier_is_left_alone_where_the_list_prints_nlm_forms(lint):
    assert found(lint, vancouver([*NLM, "Materials (Basel)", "Sensors (Basel)"]), "RL817") == []
    # nor is an ISO form's own dotted qualifier, or a series in capitals
    assert found(lint, iop([*DOTTED, "An. Pediatr. (Barc.)"]), "RL817") == []
    # nor a place the ISO 4 form itself carries
    assert found(lint, iop([*DOTTED, "Biol. Med. (Paris)"]), "RL817") == []
    assert found(lint, iop([*DOTTED, "Natur am Niederrhein (NF)"]), "RL817") == []


def wiley(journals: list[str]) -> str:
    """Wiley's numbered Chicago: `I. Surname, “Title,” Journal Title 12, no. 3 (2020): 45–67.`"""
    return "".join(
        f"{n}. A. Author{chr(64 + n)} and B. Second, “Study Number {n},” {j} {n + 10}, no. 2"
        f" ({1990 + n}): {n}01–{n}09.\n"
        for n, j in enumerate(journals, 1)
    )


def test_nlm_qualifier_of_several_words_and_section_period_in_a_list_of_full_titles(lint):
    text = wiley([*FULL, "Eye (London, England)", "Journal of Chromatography. A"])
    findings = lint(text, select=["RL817"])
    assert [(f.entry, f.message) for f in findings] == [
        (
            7,
            "journal `Eye (London, England)` carries NLM's place qualifier `(London, England)`;"
            " the list prints full titles",
        ),
        (
            8,
            "journal `Journal of Chromatography. A` carries NLM's period before its section `A`;"
            " the list prints full titles",
        ),
    ]
    assert findings[1].fix_message == "Write `Journal of Chromatography A`"
    assert str(findings[1].fix_applicability) == "safe"


def test_a_section_after_an_abbreviations_period_or_in_nlm_lists_is_left_alone(lint):
    # `J. Chromatogr. A`: the abbreviation's own period
    assert found(lint, iop([*DOTTED, "J. Chromatogr. A"]), "RL817") == []
    # NLM's own form, in a list of NLM forms
    assert found(lint, vancouver([*NLM, "J Chromatogr A", "Physical review. A"]), "RL817") == []


def icmje(journals: list[str]) -> str:
    """The older ICMJE form: the year straight after the journal, `Journal 2015; 11(2):101-9.`"""
    return "".join(
        f"{n}. Author{chr(64 + n)} A, Second B. Study number {n}. {j} 2015; {10 + n}(2):"
        f"{100 + n}-9.\n"
        for n, j in enumerate(journals, 1)
    )


def test_a_period_before_the_year_is_flagged_where_the_list_runs_journals_into_it(lint):
    text = icmje(NLM) + "7. Grabowski R. Occlusal findings. J Orofac Orthop. 2007;68(1):26-37.\n"
    (finding,) = lint(text, select=["RL817"])
    assert finding.entry == 7 and str(finding.severity) == "warning"
    assert finding.message == (
        "journal `J Orofac Orthop` carries a period before the year; 6 of 7 journals run into "
        "the year with a space"
    )
    assert str(finding.fix_applicability) == "safe"
    assert [e.text for e in finding.edits] == [""]


def test_citing_medicine_lists_and_dotted_lists_keep_the_period_before_the_year(lint):
    # Citing Medicine puts the period there: one entry without it is RL516's, not RL817's
    text = vancouver(NLM) + "7. Grabowski R. Occlusal findings. J Orofac Orthop 2007;68(1):26-37.\n"
    assert found(lint, text, "RL817") == []
    # a dotted list's period after the name is the abbreviation's own
    dotted = icmje(["Am. J. Public Health", "Prev. Med.", "J. Community Health", "Psychol. Methods",
                    "Annu. Rev. Public Health", "Subst. Use Misuse"])  # fmt: skip
    dotted += "7. Grabowski R. Occlusal findings. J. Orofac. Orthop. 2007;68(1):26-37.\n"
    assert found(lint, dotted, "RL817") == []
    # APA: a comma after the journal, and the year elsewhere
    assert found(lint, apa([*FULL, "Nature.", "China Foundry"]), "RL817") == []
