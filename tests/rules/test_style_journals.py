"""Journal abbreviations checked against the shipped NLM and ISO 4 lists (RL810, RL811, RL514)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import refslint.journals
from refslint.cli import main
from tests.data import JABREF

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [
    "Zheng Y, Yao Y, Ou J, et al. Composite electrolytes. Chem Soc Rev 2020;49:8790-839.",
    "Wang C, Aykol M, Mueller T, et al. Ionic conduction. ACS Nano 2020;12:55510-9.",
    "Gao YC, Yao N, Chen X, et al. Reductive stability. J Am Chem Soc 2023;145:23764-70.",
    "Lombardo T, Duquesnoy M, Ong SP, et al. Battery research. Chem Rev 2022;122:10899-969.",
    "Merchant A, Batzner S, Cubuk ED, et al. Deep learning. Phys Rev Lett 2023;624:80-5.",
]


def numbered(entries: list[str]) -> str:
    return "".join(f"{n}. {e}\n" for n, e in enumerate(entries, 1))


TABLE_CACHES = (
    "_heads",
    "_table",
    "_exact",
    "_resembling",
    "_words",
    "_title_words",
    "_title_words_starting",
)


def table_read() -> bool:
    """Whether this process has opened the abbreviation table or read its index."""
    journals = refslint.journals
    return any(f.cache_info().currsize for f in (journals._heads, journals._table))


def forget_table() -> None:
    journals = refslint.journals
    if journals._table.cache_info().currsize:
        journals._table()[0].close()
    for name in TABLE_CACHES:
        getattr(journals, name).cache_clear()


@pytest.fixture
def unloaded():
    """The abbreviation table as if no run had read it yet in this process, and again after."""
    forget_table()
    yield
    forget_table()


def build_script():
    spec = importlib.util.spec_from_file_location(
        "build_journals", ROOT / "scripts/build_journals.py"
    )
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def test_a_run_that_needs_no_journal_does_not_load_the_table(unloaded, tmp_path):
    path = tmp_path / "refs.txt"
    path.write_text(numbered(ARTICLES), encoding="utf-8")
    assert main([str(path), "--offline", "--select", "RL1,RL2,RL3,RL5"]) == 0
    assert not table_read()
    # a list of full titles sets no abbreviation style to check against
    full = [a.replace("Chem Soc Rev", "Chemical Society Reviews") for a in ARTICLES[:1]]
    path.write_text(numbered(full), encoding="utf-8")
    assert main([str(path), "--offline"]) == 0
    assert not table_read()


def test_a_run_that_checks_abbreviations_loads_it(unloaded, tmp_path, capsys):
    path = tmp_path / "refs.txt"
    entry = "Shapeev AV. Moment tensor potentials. Multiscale Model Sim 2016;14:1153-73."
    path.write_text(numbered([*ARTICLES, entry]), encoding="utf-8")
    assert main([str(path), "--offline", "--select", "RL811"]) == 1
    assert table_read()
    out = capsys.readouterr().out
    assert "RL811 journal `Multiscale Model Sim` is not the standard abbreviation" in out


def test_standard_forms_pass_and_other_systems_are_named(lint):
    entries = [
        *ARTICLES,
        "Rubin M, Wen SJ. Electrochromic oxide. Sol Energ Mat Sol C 1998;54:59-66.",
        "Yang N, Xu X. Independent regulation. Phys Rev Mater 2024;8:015403.",
        "Chen X, Shen X. Applying learning. Angew Chem Int Ed Engl 2021;60:24354-66.",
        "Halpern SD, Ubel PA. Transplantation. N Engl J Med 2002;347:284-7.",
        "Ye Y, Hu Z. Polarons. Acta Phys Chim Sin 2021;37:75-87.",
    ]
    results = lint(numbered(entries), select=["RL811"])
    assert [(d.entry, d.message) for d in results] == [
        (
            6,
            "journal `Sol Energ Mat Sol C` is not the standard abbreviation of Solar Energy "
            "Materials & Solar Cells; expected `Sol Energy Mater Sol Cells` (ISO 4, periods "
            "removed)",
        )
    ]  # `Phys Rev Mater`: the list's `Phys. Rev. Materials` keeps `Materials` whole
    (d,) = results
    assert str(d.fix_applicability) == "unsafe"
    assert [e.text for e in d.edits] == ["Sol Energy Mater Sol Cells"]


def test_a_dotted_list_is_checked_against_iso_4(lint):
    entries = [
        "Kim S, Lee J. One. Phys. Rev. B 2019;99:014104.",
        "Park K, Choi B. Two. J. Am. Chem. Soc. 2020;101:014105.",
        "Han T, Li J. Three. Chem. Mater. 2021;103:014106.",
        "Min K, Cho E. Four. Acta Mater. 2022;105:014107.",
        "Lee S, Oh E. Five. Phys. Rev. Lett. 2022;105:014108.",
        "Kang H, Yu J. Six. J. Chem. Phy. 2023;158:234802.",
    ]
    results = lint(numbered(entries), select=["RL811"])
    assert [(d.entry, d.message) for d in results] == [
        (
            6,
            "journal `J. Chem. Phy` is not the standard abbreviation of The Journal of chemical "
            "physics; expected `J. Chem. Phys.` (ISO 4)",
        )
    ]
    (d,) = results
    assert [e.text for e in d.edits] == ["J. Chem. Phys"]  # the entry's own period follows


def test_journal_written_two_ways_names_the_standard_and_flags_the_other_form(lint):
    entries = [
        "Tor M, Turker H. Oxygen therapy. Eur Resp J 2002;20:242-8.",
        "Moore YZ, Nash AB. Long-term oxygen. Eur Respir J 2006;28:330-8.",
    ]
    (d,) = lint(numbered(entries), select=["RL810"])
    assert (d.entry, d.message) == (
        1,
        "journal written `Eur Resp J` here and `Eur Respir J` in entry 2; the standard "
        "abbreviation of European Respiratory Journal is `Eur Respir J` (NLM)",
    )
    assert [e.text for e in d.edits] == ["Eur Respir J"]


def test_a_long_list_is_named_by_a_few_entries_and_a_count(lint):
    entries = ["Tor M, Turker H. Oxygen therapy. Eur Resp J 2002;20:242-8."] + [
        f"Moore YZ, Nash AB. Long-term oxygen {n}. Eur Respir J 2006;28:{n}-9." for n in range(300)
    ]
    (d,) = lint(numbered(entries), select=["RL810"])
    assert "`Eur Respir J` in entries 2, 3, 4, 5, 6 and 295 others;" in d.message
    assert len(d.message) < 300  # one line, however long the list


def test_missing_period_between_title_and_journal(lint):
    entries = [
        "Zheng Y, Yao Y. A review of solid-state electrolytes Chem Soc Rev 2020;49:8790-839.",
        "Merchant A, Batzner S. Scaling deep learning for materials discovery Nature 2023;624:80-5.",
        "Halpern SD, Ubel PA. Solid-organ transplantation. N Engl J Med. 2002;347(4):284-7.",
        "Ward L, Dunn A. Matminer: a toolkit in Python Comput Mater Sci 2018;152:60-9.",
    ]
    results = lint(numbered(entries), select=["RL514"])
    assert [(d.entry, d.message) for d in results] == [
        (1, "no period between the title and the journal `Chem Soc Rev`; expected `. Chem Soc Rev`"),
        (2, "no period between the title and the journal `Nature`; expected `. Nature`"),
        (4, "no period between the title and the journal `Comput Mater Sci`; "
            "expected `. Comput Mater Sci`"),
    ]  # fmt: skip


def test_missing_period_fix_then_a_second_fix_is_a_no_op(tmp_path):
    path = tmp_path / "refs.txt"
    text = "1. Zheng Y, Yao Y. A review of electrolytes Chem Soc Rev 2020;49:8790-839.\n"
    path.write_bytes(text.encode())
    assert main([str(path), "--offline", "--select", "RL514", "--fix"]) == 1  # it had a finding
    fixed = text.replace("electrolytes Chem", "electrolytes. Chem").encode()
    assert path.read_bytes() == fixed
    assert main([str(path), "--offline", "--select", "RL514", "--fix"]) == 0
    assert path.read_bytes() == fixed


@pytest.mark.slow  # reads 2.6 MB of JabRef lists
def test_the_shipped_table_is_what_the_build_script_makes(tmp_path):
    build = build_script()
    lines = build.build(JABREF)
    shipped = ROOT / "refslint/journals/abbreviations.tsv"
    assert shipped.read_text("utf-8").splitlines() == lines
    index = (ROOT / "refslint/journals/abbreviations.idx").read_bytes()
    assert index == b"\n".join(build.heads(("\n".join(lines) + "\n").encode())) + b"\n"
    lines = build.build(JABREF, whole_titles=False)  # the word tables are learnt without them
    words = (ROOT / "refslint/journals/abbreviated-words.txt").read_text("utf-8").split()
    assert words == build.abbreviated_words(lines)
    assert "materials" in words and "energy" not in words
    whole = (ROOT / "refslint/journals/whole-words.txt").read_text("utf-8").split()
    assert whole == build.abbreviated_words(lines, shortened=False)
    assert "theory" in whole and "energy" in whole and "materials" not in whole
    short = (ROOT / "refslint/journals/abbreviation-words.txt").read_text("utf-8").split()
    assert short == build.abbreviation_words(lines)
    assert "clin" in short and "rehabil" in short and "clinical" not in short and "j" not in short
    title_words = (ROOT / "refslint/journals/title-words.tsv").read_text("utf-8").splitlines()
    assert title_words == build.title_words(lines)


def test_title_words_say_how_the_standards_shorten_each_word():
    management = refslint.journals.title_word("management")
    assert management is not None and management.titles > 100
    assert management.uses("manage") > management.uses("manag") > 0  # NLM's and ISO 4's
    european = refslint.journals.title_word("european")
    assert european is not None and european.uses("eur") > 100 * european.uses("europ")
    assert refslint.journals.title_word("europ") is not None  # `Roentgen-Europ`, one title
    starting = refslint.journals.title_words_starting("europ")
    assert {"europe", "european", "europhysics"} <= {w.word for w in starting}
    assert all(w.word.startswith("europ") for w in starting)
    assert refslint.journals.title_word("notaword") is None


def test_title_words_are_found_by_bisecting_the_table_as_a_scan_finds_them():
    """The title words are bisected in the table's text: every prefix gives the lines a plain
    scan of the sorted table gives, at its first and last words and at every start."""
    journals = refslint.journals
    rows = Path(journals.HERE, "title-words.tsv").read_text(encoding="utf-8").splitlines()
    words = [row.partition("\t")[0] for row in rows]
    assert words == sorted(words)
    prefixes = {"", "zzzz", words[0], words[-1], words[-1] + "s", words[len(words) // 2]}
    prefixes |= {w[:n] for w in words for n in (1, 2)}
    for prefix in prefixes:
        found = journals._title_words_starting.__wrapped__(prefix)
        assert [w.word for w in found] == [w for w in words if w.startswith(prefix)], prefix


def test_lookup_knows_nlm_and_iso_forms():
    (journal,) = refslint.journals.lookup("J. Chem. Phys.")
    assert (journal.iso, journal.nlm) == ("J. Chem. Phys.", "J Chem Phys")
    assert refslint.journals.lookup("j chem phys") == (journal,)
    assert refslint.journals.lookup("Journal of Chemical Physics") == (journal,)
    (resembling,) = refslint.journals.resembling("Multiscale Model Sim")
    assert resembling.undotted == "Multiscale Model Simul"
    assert refslint.journals.lookup("Not A Journal Of Anything") == ()


def test_every_data_file_is_package_data():
    tomllib = pytest.importorskip("tomllib" if sys.version_info >= (3, 11) else "tomli")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    listed = config["tool"]["setuptools"]["package-data"]["refslint.journals"]
    folder = ROOT / "refslint/journals"
    assert sorted(listed) == sorted(
        p.name for p in folder.iterdir() if p.suffix != ".py" and p.is_file()
    )


def test_the_shipped_index_heads_each_block_of_the_shipped_table():
    table = (ROOT / "refslint/journals/abbreviations.tsv").read_bytes()
    index = (ROOT / "refslint/journals/abbreviations.idx").read_bytes()
    assert index == b"\n".join(build_script().heads(table)) + b"\n"
    lines = table.decode("utf-8").splitlines()
    assert lines == sorted(lines)
    assert max(len(line.encode()) for line in lines) < refslint.journals.LONGEST
    for line in lines[::97]:
        shape, key, _title, _iso, _nlm, flags = line.split("\t")
        assert shape == refslint.journals.shape(key) and flags in ("", "v")


def test_lookups_read_the_right_blocks(tmp_path, monkeypatch, unloaded):
    """A table of many short blocks, with keys whose lines span several blocks, at its very start
    and at its end: every lookup finds what a scan of every line finds."""
    shape = refslint.journals.shape
    rows = [("aa bb", "A", 3), ("ab cd", "B", 40), ("ab cde", "C", 2), ("abc defg", "E", 25)]
    rows += [(f"k{n:03d} x{n % 7}", f"T{n}", n % 3 + 1) for n in range(120)]
    rows += [("zz zz zz", "Z", 30)]
    lines = sorted(
        f"{shape(k)}\t{k}\t{title} {i:02d}\t{title}.\t\t"
        for k, title, count in rows
        for i in range(count)
    )
    table = ("\n".join(lines) + "\n").encode()
    build = build_script()
    monkeypatch.setattr(build, "BLOCK", 64)
    (tmp_path / "t.tsv").write_bytes(table)
    (tmp_path / "t.idx").write_bytes(b"\n".join(build.heads(table)) + b"\n")
    monkeypatch.setattr(refslint.journals, "BLOCK", 64)
    monkeypatch.setattr(refslint.journals, "TABLE", str(tmp_path / "t.tsv"))
    monkeypatch.setattr(refslint.journals, "INDEX", str(tmp_path / "t.idx"))
    for k in [k for k, _, _ in rows] + ["a", "ab", "aa b", "k050", "k1", "zz zz", "zzz", "0"]:
        for prefix in (f"{shape(k)}\t{k}\t", f"{shape(k)}\t{k}"):
            assert refslint.journals._lines(prefix) == [x for x in lines if x.startswith(prefix)]
    titles = [f"B {i:02d}" for i in range(40)]
    assert [j.title for j in refslint.journals.lookup("AB cd")] == titles
    assert [j.title for j in refslint.journals.resembling("Ab Cdef")] == ["C 00", "C 01"]
    found = refslint.journals.resembling("Abcd Def")
    assert [j.title for j in found] == [f"E {i:02d}" for i in range(25)]
