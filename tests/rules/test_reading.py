"""Run-together and lost marks (RL515-RL518) on lists written for them."""

from __future__ import annotations

from refslint.cli import main

ARTICLES = [
    "Behler J. Atom-centered symmetry functions. J Chem Phys{sep} 2011;134:1073-89.",
    "Drautz R. Atomic cluster expansion. Phys Rev B{sep} 2019;99:1410-8.",
    "Shapeev AV. Moment tensor potentials. Multiscale Model Simul{sep} 2016;14:1153-73.",
    "Zuo Y. Performance of potentials. J Phys Chem A{sep} 2020;124:731-45.",
    "Deringer VL. Gaussian process regression. Chem Rev{sep} 2021;121:10073-141.",
]


def listing(lines: list[str]) -> str:
    return "".join(f"{n}. {line}\n" for n, line in enumerate(lines, start=1))


# RL515 et-al-no-period


def test_et_al_without_its_period_is_flagged_and_fixed(tmp_path, lint):
    text = "1. Weber L, Garcia M, et al A study of things. J Chem Phys 2018;148:241722.\n"
    (found,) = lint(text, select="RL515")
    assert (found.message, found.line, found.column) == (
        "`et al` has no period; expected `et al.`",
        1,
        23,
    )
    path = tmp_path / "refs.txt"
    path.write_text(text, encoding="utf-8")
    main([str(path), "--select", "RL515", "--fix", "--offline"])
    assert path.read_text(encoding="utf-8") == text.replace("et al A", "et al. A")


def test_et_al_with_its_period_passes(lint):
    for et_al in ("et al.", "et al.,", "et al.:"):
        text = f"1. Weber L, Garcia M, {et_al} A study of things. J Chem Phys 2018;148:241722.\n"
        assert lint(text, select="RL515") == [], et_al


def test_amas_et_al_before_a_group_author_passes(lint):
    text = (
        "1. Boyce JA, Assa'ad A, Burks AW, et al; NIAID Expert Panel. Guidelines for food "
        "allergy. J Allergy Clin Immunol. 2010;126(6):1105-1118.\n"
    )
    assert lint(text, select="RL515") == []
    # a semicolon straight into the title is no group: the period is still missing
    bare = "1. Weber L, Garcia M, et al; a study of things. J Chem Phys. 2018;148:241722.\n"
    assert [d.code for d in lint(bare, select="RL515")] == ["RL515"]


def test_et_al_with_its_period_moved_to_et_where_the_names_were_not_read(lint):
    text = (
        "References\nSahle, Patrick et. al, Hrsg. 2020ff. A Catalogue of Digital Editions. "
        "https://dig-ed-cat.acdh.oeaw.ac.at/.\n"
    )
    (found,) = lint(text, select="RL515")
    assert (
        found.message == "`et. al` has its period after `et` and none after `al`; expected `et al.`"
    )
    assert [e.text for e in found.edits] == ["et al."]
    # a word ending in `et` before a word starting `al` is no `et al`
    assert lint("References\nBudget. Allocations. London: HMSO, 2001.\n", select="RL515") == []


# RL516 journal-year-run-together


def test_a_journal_run_into_its_year_breaks_the_list_convention(lint):
    lines = [line.format(sep=".") for line in ARTICLES]
    lines[2] = ARTICLES[2].format(sep="")
    (found,) = lint(listing(lines), select="RL516")
    assert found.message == (
        "no period between the journal `Multiscale Model Simul` and the year; "
        "4 of 5 journal articles put one there"
    )
    assert (found.line, found.column) == (3, 42)


def test_a_list_that_never_puts_the_period_is_its_own_style(lint):
    assert lint(listing([line.format(sep="") for line in ARTICLES]), select="RL516") == []


def test_dotted_abbreviations_are_not_measured(lint):
    lines = [line.format(sep=".").replace("J Chem Phys", "J. Chem. Phys") for line in ARTICLES]
    lines[2] = ARTICLES[2].format(sep="")
    assert lint(listing(lines), select="RL516") == []


# RL517 page-dash-lost


def test_a_question_mark_where_the_dash_was_is_flagged(lint):
    text = (
        "1. Weber L. A study of things. Nature. 1998;33(1?6).\n"
        "2. Weber L. Another study. J Chem Phys 2018;148:112\ufffd9.\n"
        "3. Weber L. Is 1?2 a question? J Chem Phys 2018;148:112-9.\n"  # in the title: not a range
    )
    found = lint(text, select="RL517")
    assert [(d.line, d.message) for d in found] == [
        (1, "`1?6` has `?` where a dash was lost; expected `1-6`"),
        (2, "`112\ufffd9` has `\ufffd` where a dash was lost; expected `112-9`"),
    ]
    assert all(str(d.fix_applicability) == "unsafe" for d in found)


# RL518 page-range-collapsed


def test_a_collapsed_range_in_a_list_of_ranges_is_flagged(lint):
    lines = [line.format(sep=".") for line in ARTICLES]
    lines[1] = "Drautz R. Atomic cluster expansion. Phys Rev B. 2019;99:802822."
    (found,) = lint(listing(lines), select="RL518")
    assert found.message == (
        "`802822` reads as the page range 802-822 with its dash lost; expected `802-822`"
    )


def test_long_article_numbers_elsewhere_keep_it_an_article_number(lint):
    lines = [line.format(sep=".") for line in ARTICLES]
    lines[1] = "Drautz R. Atomic cluster expansion. Phys Rev B. 2019;99:802822."
    lines[3] = "Zuo Y. Performance of potentials. J Chem Phys. 2020;124:074106."
    assert lint(listing(lines), select="RL518") == []


def test_numbers_that_are_no_range_are_left_alone(lint):
    lines = [line.format(sep=".") for line in ARTICLES]
    for number in ("822802", "802990", "080288", "12345678"):
        lines[1] = f"Drautz R. Atomic cluster expansion. Phys Rev B. 2019;99:{number}."
        assert lint(listing(lines), select="RL518") == [], number


# RL519 author-list-read-as-group


def test_personal_names_read_as_one_group_are_flagged(lint):
    text = (
        "1. Smith John, Doe Jane. A study of things. J Chem Phys 2018;148:241722.\n"
        "2. Won-S.C, Eunhwa C. A study of other things. J Chem Phys 2018;148:241723.\n"
    )
    found = lint(text, select="RL519")
    assert [(d.line, d.column, d.message) for d in found] == [
        (
            1,
            4,
            "the authors were read as one group author, as `Smith John` is not a name the"
            " grammar reads; Vancouver writes each name as `Family AB`",
        ),
        (
            2,
            4,
            "the authors were read as one group author, as `Won-S.C` is not a name the"
            " grammar reads; Vancouver writes each name as `Family AB`",
        ),
    ]


def test_organisations_and_readable_names_are_not_flagged(lint):
    text = (
        "1. WHO Collaborating Centre, Geneva. A study of things. J Chem Phys 2018;148:241722.\n"
        "2. American Heart Association, American Stroke Association. A study. Circulation."
        " 2018;148:1-9.\n"
        "3. Silva MCFAB, Souza ALMFD. Saude bucal. Rev Saude Publica. 2010;44(3):1-9.\n"
        "4. World Health Organization. Global tuberculosis report 2019. Geneva: WHO; 2019.\n"
    )
    assert lint(text, select="RL519") == []


def test_names_in_their_natural_order_joined_by_and_are_not_flagged(lint):
    """IEEE, BibTeX's `plain` and Chicago print given names first and join the last name by
    `and`: a style of its own, not Vancouver's names read wrong."""
    natural = (
        "1. Robert Cloutier, Gerrit Muller, and Mary Bone. The concept of reference"
        " architectures. Syst Eng. 2010;13(1):14-27.\n"
        "2. Maura Borrego, Margaret J Foster, and Jeffrey E Froyd. Systematic literature"
        " reviews. J Eng Educ. 2014;103(1):45-76.\n"
    )
    assert lint(natural, select="RL519") == []
    # the same names without the `and` are still read as one group and flagged
    run_on = natural.replace(", and ", ", ")
    assert [d.line for d in lint(run_on, select="RL519")] == [1, 2]


def test_a_collapsed_abbreviated_range_in_a_list_that_cuts_its_ranges_is_flagged(lint):
    # Vancouver as SciELO's journals print it: the last page cut short (`1073-89`)
    lines = [line.format(sep=".") for line in ARTICLES]
    lines[1] = "Drautz R. Atomic cluster expansion. Saude Debate. 2021;45(128):141051."
    (found,) = lint(listing(lines), select="RL518")
    assert found.entry == 2 and str(found.severity) == "warning"
    assert found.message.startswith("`141051` reads as a page range whose dash was lost (`1410-51`")
    assert not found.edits  # the dash may have become a digit (`141-51`): no fix is sure


def test_an_abbreviated_reading_needs_a_list_that_cuts_its_ranges(lint):
    whole = [
        "Behler J. Atom-centered symmetry functions. J Chem Phys. 2011;134:1073-1089.",
        "Drautz R. Atomic cluster expansion. Saude Debate. 2021;45(128):141051.",
        "Shapeev AV. Moment tensor potentials. Multiscale Model Simul. 2016;14:1153-1173.",
        "Zuo Y. Performance of potentials. J Phys Chem A. 2020;124:731-745.",
    ]
    assert lint(listing(whole), select="RL518") == []
    # APA prints its ranges whole, with an en dash
    apa = (
        "Behler, J. (2011). Atom-centered symmetry functions. J. Chem. Phys., 134, 1073–1089.\n\n"
        "Drautz, R. (2019). Atomic cluster expansion. Phys. Rev. B, 99, 141051.\n\n"
        "Zuo, Y. (2020). Performance of potentials. J. Phys. Chem. A, 124, 731–745.\n"
    )
    assert lint(apa, select="RL518") == []


def test_an_article_number_of_a_cutting_list_is_left_alone_where_another_is_printed(lint):
    lines = [line.format(sep=".") for line in ARTICLES]
    lines[1] = "Drautz R. Atomic cluster expansion. Saude Debate. 2021;45(128):141051."
    lines[3] = "Zuo Y. Performance of potentials. Sci Rep. 2020;10:123456."
    assert lint(listing(lines), select="RL518") == []
    # nor one its DOI ends with (a publisher's own article number)
    lines[3] = "Zuo Y. Performance of potentials. J Phys Chem A. 2020;124:731-45."
    lines[1] += " doi:10.3389/fpubh.2021.141051"
    assert lint(listing(lines), select="RL518") == []


def test_a_journal_known_to_number_its_articles_keeps_its_number(lint):
    lines = [line.format(sep=".") for line in ARTICLES]
    lines[1] = "Drautz R. Atomic cluster expansion. Sci Rep. 2021;11(1):141051."
    assert lint(listing(lines), select="RL518") == []


def test_an_article_number_with_no_issue_is_no_collapsed_range(lint):
    # Elsevier's six-digit article numbers read as `1000-45` by chance; no issue is printed
    lines = [line.format(sep=".") for line in ARTICLES]
    lines[1] = "Okonjo C. Seasonal admissions. Lancet Reg Health Eur. 2021;3:100045."
    assert lint(listing(lines), select="RL518") == []
