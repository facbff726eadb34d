"""Text damage (RL510-RL513): mojibake, doubled punctuation, stray words, repeated initials."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from refslint.cli import main

DAMAGE = ["RL510", "RL511", "RL512", "RL513"]


def test_mojibake_is_flagged_with_the_repaired_text_as_an_unsafe_fix(lint):
    text = "1. Jørgensen PB, Ã˜stergaard L. Selective Î²-blockers in Ã¸stfold. Chest 2005;127:1176-85.\n"
    results = lint(text, select=["RL510"])
    assert len(results) == 1
    (d,) = results
    assert d.message == (
        "`Ã˜stergaard L. Selective Î²-blockers in Ã¸` looks like mojibake (text decoded with "
        "the wrong codec); expected `Østergaard L. Selective β-blockers in ø`"
    )
    assert str(d.fix_applicability) == "unsafe"


def test_mojibake_fix_through_the_command(tmp_path):
    path = tmp_path / "refs.txt"
    path.write_text("1. Kim S. Selective Î²-blockers. Chest 2005;127:1176-85.\n", encoding="utf-8")
    assert main([str(path), "--select", "RL510", "--fix"]) == 1  # unsafe: not applied
    assert "Î²" in path.read_text(encoding="utf-8")
    assert main([str(path), "--select", "RL510", "--fix", "--unsafe-fixes"]) == 1
    assert path.read_text(encoding="utf-8") == (
        "1. Kim S. Selective β-blockers. Chest 2005;127:1176-85.\n"
    )
    assert main([str(path), "--select", "RL510", "--fix", "--unsafe-fixes"]) == 0


def test_clean_text_with_accents_is_not_mojibake(lint):
    text = (
        "1. Schütt KT, Csányi G, Jørgensen PB. Ångström-scale models. Phys Rev B 2013;87:184115.\n"
    )
    assert lint(text, select=DAMAGE) == []


def test_a_clean_run_does_not_import_ftfy(tmp_path):
    path = tmp_path / "refs.txt"
    path.write_text("1. Schütt KT. Crystal models. Phys Rev B 2013;87:184115.\n", encoding="utf-8")
    code = (
        "import sys\nfrom refslint.cli import main\n"
        f"main([{str(path)!r}, '--offline', '--today', '2026-11-26'])\n"
        "assert 'ftfy' not in sys.modules, 'ftfy was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_doubled_punctuation_is_removed_by_a_safe_fix(tmp_path, lint):
    text = "1. Weber L, Garcia M.. A study of things,, again. J Chem Phys 2018;148:241722.\n"
    results = lint(text, select=["RL511"])
    assert [d.message for d in results] == [
        "`..` is doubled punctuation; expected `.`",
        "`,,` is doubled punctuation; expected `,`",
    ]
    path = tmp_path / "refs.txt"
    path.write_text(text, encoding="utf-8")
    assert main([str(path), "--select", "RL511", "--fix"]) == 1
    assert path.read_text(encoding="utf-8") == text.replace("..", ".").replace(",,", ",")


def test_a_run_of_one_mark_is_one_finding_and_one_fix(tmp_path, lint):
    text = "1. Weber L. A study::::::::::::: of things;;; again. J Chem Phys 2018;148:241722.\n"
    results = lint(text, select=["RL511"])
    assert [d.message for d in results] == [
        "`:::...:::` is repeated (13 times) punctuation; expected `:`",
        "`;;;` is repeated (3 times) punctuation; expected `;`",
    ]
    path = tmp_path / "refs.txt"
    path.write_text(text, encoding="utf-8")
    assert main([str(path), "--select", "RL511", "--fix"]) == 1
    fixed = "1. Weber L. A study: of things; again. J Chem Phys 2018;148:241722.\n"
    assert path.read_text(encoding="utf-8") == fixed
    assert main([str(path), "--select", "RL511", "--fix"]) == 0  # nothing left to do


def test_a_mark_twice_with_a_space_between_is_doubled(tmp_path, lint):
    text = (
        "1. Spili P, Messer HH. . The impact of fracture. J Endod. 2005;31:845-50.\n"
        "2. Weber L. A study of things, , again. J Chem Phys 2018;148:241722.\n"
        "3. Weber L. Waiting for . . . something. J Chem Phys 2018;148:241723.\n"
    )
    results = lint(text, select=["RL511"])
    assert [(d.entry, d.message) for d in results] == [
        (1, "`. .` is doubled punctuation; expected `.`"),
        (2, "`, ,` is doubled punctuation; expected `,`"),
    ]
    path = tmp_path / "refs.txt"
    path.write_text(text, encoding="utf-8")
    assert main([str(path), "--select", "RL511", "--fix"]) == 1
    fixed = text.replace("HH. . The", "HH. The").replace("things, , again", "things, again")
    assert path.read_text(encoding="utf-8") == fixed


def test_an_ellipsis_and_links_are_not_doubled_punctuation(lint):
    text = (
        "1. Weber L. Waiting for... something. J Chem Phys 2018;148:241722.\n"
        "2. Page [Internet]. 2024 [cited 2026 Oct 1]. Available from: https://x.org/a..b/\n"
    )
    assert lint(text, select=["RL511"]) == []


def test_a_period_and_a_colon_in_a_row_after_a_word(lint):
    text = (
        "References\n"
        "Labrousse, Mallorie. 2018. Étude comparée, du 13e au 20e siècle.: Paris 8 dissertation.\n"
        "Roe, Ann, ed.: Handbook of syntax. Oxford: Blackwell, 2001.\n"  # an abbreviation's stop
        "Poe, Bert. 2004. Clauses. Lingua 114. 1–20. https://x.org/stuff.:a\n"
    )
    [found] = lint(text, select=["RL511"])
    assert found.entry == 1 and "`.:`" in found.message
    assert found.fix_applicability is not None and str(found.fix_applicability) == "unsafe"


def test_a_mark_left_where_a_field_was_cut_is_removed_by_a_safe_fix(tmp_path, lint):
    """A period between a number and a comma (the DOI after it emptied), in Frontiers' and
    Vancouver's forms, and a mark opening a year's parentheses."""
    text = (
        "1. Jiang J, Xu N. Gastric cancer. Anticancer Res. (2006) 26:2237–42., PMID: 16821594\n"
        "2. Wu C, Xu N. Lung cancer. Anticancer Res. (. 2008) 28:3997–4002.\n"
        "3. Banchereau J. Dendritic cells. Nature 1998;392:245–52. doi: 10.1038/32588., PMID: 9521319\n"
    )
    results = lint(text, select=["RL511"])
    assert [(d.entry, d.message) for d in results] == [
        (1, "`.` is a stray mark before the comma; expected nothing there"),
        (2, "`.` is a stray mark after the opening parenthesis; expected nothing there"),
        (3, "`.` is a stray mark before the comma; expected nothing there"),
    ]
    path = tmp_path / "refs.txt"
    path.write_text(text, encoding="utf-8")
    assert main([str(path), "--select", "RL511", "--fix"]) == 1
    fixed = text.replace("42., PMID", "42, PMID").replace("(. 2008)", "(2008)")
    assert path.read_text(encoding="utf-8") == fixed.replace("32588., PMID", "32588, PMID")


def test_abbreviations_decimals_and_identifiers_keep_their_marks(lint):
    text = (
        "1. Smith J, et al., editors. Handbook. London: Wiley, Inc., 2010. p. 12.\n"
        "2. Jones K. Effects at the (.05) level. Lancet. 2001;357:1-2.\n"
        "3. A. Bleakley, “Title,” Medical Education 53, no. 1 (2019): 15–24, 10.1111/medu.13740.\n"
    )
    assert [(d.entry, d.code) for d in lint(text, select=["RL511"])] == []


def test_an_ordinal_before_its_editions_word_keeps_its_period(lint):
    text = (
        "1. Sarodnick F, Brau H. Methoden der Usability Evaluation (3., unveränderte Auflage). "
        "Bern: Hogrefe; 2016.\n"
        "2. Meyer K. Bibliotheksrecht. 2., erw. Aufl. München: Saur; 1999.\n"
        "3. Jiang J. Gastric cancer. Anticancer Res. 2006;26:2237–42., unveränderte Ergebnisse.\n"
    )
    assert [d.entry for d in lint(text, select=["RL511"])] == [3]


def test_stray_word_in_the_author_list(lint):
    results = lint(
        "1. Nakamura T and, Weber L. A study of things. J Chem Phys 2018;148:241722.\n"
        "2. Nakamura T, Weber L & Garcia M. A study of others. J Chem Phys 2018;148:241723.\n",
        select=["RL512"],
    )
    assert [(d.entry, d.message) for d in results] == [
        (1, "stray `and` in the author list; Vancouver separates names with commas only"),
        (2, "stray `&` in the author list; Vancouver separates names with commas only"),
    ]
    assert [e.text for d in results for e in d.edits] == ["", ","]


def test_stray_word_after_compact_initials_closed_by_a_period(lint):
    # `IA. &`: compact initials with a period, `N.G. &`: a period after each letter run
    # together; `R. K. and`: dotted initials spaced, the style's `and`
    text = (
        "1. Ali MA., Mohamed IA. & Babiker EE. Millet. World J Dairy Food Sci. 2009;4:41-5.\n"
        "2. Lord R. K., Fehr B. and Krishna R. Dogs. Vet Rec. 2010;4:41-5.\n"
        "3. Holm J., Asp N.G. & Björck I. Cereal starches. In: Cereals. Chichester: Horwood; "
        "1987. p. 169-87.\n"
    )
    results = lint(text, select=["RL512"])
    assert [(d.entry, d.message) for d in results] == [
        (1, "stray `&` in the author list; Vancouver separates names with commas only"),
        (3, "stray `&` in the author list; Vancouver separates names with commas only"),
    ]


def test_and_inside_a_group_author_or_title_is_not_stray(lint):
    text = (
        "1. Society for Science and Technology. Annual report. Nature 2018;148:241722.\n"
        "2. Weber L. Nakamura T and Weber L revisited. J Chem Phys 2018;148:241722.\n"
    )
    assert lint(text, select=["RL512"]) == []


def test_repeated_initials(lint, tmp_path):
    text = "1. Smith JA JA, Weber L. A study of things. J Chem Phys 2018;148:241722.\n"
    (d,) = lint(text, select=["RL513"])
    assert d.message == "initials `JA` printed twice; expected `JA` once"
    path = tmp_path / "refs.txt"
    path.write_text(text, encoding="utf-8")
    main([str(path), "--select", "RL513", "--fix", "--unsafe-fixes"])
    assert path.read_text(encoding="utf-8") == text.replace("JA JA", "JA")


def test_the_planted_list_damage(lint):
    text = (
        Path(__file__).resolve().parents[1] / "lists" / "style-citing-medicine-planted.txt"
    ).read_text(encoding="utf-8")
    assert {(d.entry, d.code) for d in lint(text, select=DAMAGE)} == {
        (1, "RL513"),
        (3, "RL512"),
        (12, "RL511"),
        (14, "RL510"),
    }


def test_a_run_of_marks_among_initials_is_one_finding_without_a_fix(lint):
    text = (
        "1. B. Wang and C. .-.-. J. Kuo. A sentence embedding method. IEEE Trans. 28 (2020) 1–9.\n"
        "2. B. Wang and C.-C. J. Kuo. A sentence embedding method. IEEE Trans. 28 (2020) 1–9.\n"
        "3. B. Wang and C. J. Kuo. A sentence embedding method. Science. . 28 (2020) 1–9.\n"
    )
    results = lint(text, select=["RL511"])
    assert [(d.entry, d.message) for d in results] == [
        (1, "`.-.-.` is a run of stray marks among a name's initials; expected initials"),
        (3, "`. .` is doubled punctuation; expected `.`"),
    ]
    assert results[0].fix_applicability is None


def test_bibtex_and_left_between_names(lint):
    chicago = (
        "1. Kurtz, Christian L. AND Miraldi, Zachary D. AND Müller. 2015. “Sparse Inverse "
        "Covariance.” PLOS Computational Biology 11 (5): e1004226.\n"
    )
    found = lint(chicago, select=["RL512"])
    assert [d.message for d in found] == [
        "BibTeX's `AND` left between names; expected a comma or `and`"
    ] * 2
    # a body's name in capitals, and a title's `AND`, are no separator
    bodies = (
        "1. FOOD AND AGRICULTURE ORGANIZATION. The state of food. Rome: FAO; 2019.\n"
        "2. Smith, Ann. 2019. “Sense AND Sensibility Revisited.” Novel Studies 3 (1): 1–9.\n"
    )
    assert lint(bodies, select=["RL512"]) == []
