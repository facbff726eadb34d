"""Named house styles (`style = "vancouver-nlm"`): conventions pinned by a TOML file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from refslint import styles
from refslint.cli import main
from tests.data import REVIEW_124 as REVIEW

LISTS = Path(__file__).resolve().parents[1] / "lists"


def run(folder: Path, config: str, name: str, capsys, *extra: str) -> tuple[int, list[str]]:
    (folder / ".refslint.toml").write_text(config, encoding="utf-8")
    code = main(
        [str(folder / name), "--offline", "--today", "2026-11-26", "--select", "RL8", *extra]
    )
    out = capsys.readouterr().out.splitlines()
    return code, [line.split(": ", 1)[1] for line in out[:-1]]


def copy(tmp_path: Path, *names: str) -> Path:
    for name in names:
        shutil.copy(LISTS / name, tmp_path / name)
    return tmp_path


def codes(lines: list[str]) -> list[str]:
    return [line.split()[0] for line in lines]


def test_built_in_styles_are_data_files():
    assert styles.built_in() == ["vancouver-compact", "vancouver-nlm"]
    nlm = styles.load("vancouver-nlm")
    assert (nlm.in_marker, nlm.page_range, nlm.dash, nlm.initials) == (
        "In:",
        "abbreviated",
        "-",
        "without periods",
    )
    assert (nlm.et_al.up_to, nlm.et_al.listed, nlm.doi_link) == (6, 6, "doi:")
    assert nlm.journal == "undotted abbreviation"
    compact = styles.load("vancouver-compact")
    assert compact.et_al.describe() == "all authors up to 6, else 3 and et al."
    assert compact.wording_for("preprint") == "accessed on"
    assert compact.wording_for("webpage") == "Last accessed on"


def test_vancouver_nlm_is_quiet_on_a_citing_medicine_list(tmp_path, capsys):
    folder = copy(tmp_path, "style-citing-medicine-consistent.txt")
    code, lines = run(
        folder, 'style = "vancouver-nlm"\n', "style-citing-medicine-consistent.txt", capsys
    )
    assert (code, lines) == (0, [])


def test_vancouver_nlm_names_itself_as_the_reason(tmp_path, capsys):
    folder = copy(tmp_path, "style-citing-medicine-planted.txt")
    code, lines = run(
        folder, 'style = "vancouver-nlm"\n', "style-citing-medicine-planted.txt", capsys
    )
    assert code == 1
    assert sorted(codes(lines)) == sorted(
        ["RL803", "RL801", "RL804", "RL805", "RL808", "RL811", "RL810", "RL806", "RL809", "RL807"]
    )
    assert "RL801 [*] writes `In.` before the title; entries with the marker write `In:` " \
        "(style `vancouver-nlm`)" in lines  # fmt: skip
    assert "RL806 names 3 authors before `et al.`; the rule is all authors up to 6, else 6 " \
        "and et al. (style `vancouver-nlm`)" in lines  # fmt: skip


def test_a_pinned_convention_applies_below_the_inference_threshold(tmp_path, capsys):
    # Two entries set no convention of their own; the style still says what is right.
    (tmp_path / "refs.txt").write_text(
        "1. Smith J, Jones K. A title. Eur Respir J. 2002;20(1):242-248.\n"
        "2. Brown A, Green B. Another title. Brain Res. 2002;935(1-2):40-6.\n",
        encoding="utf-8",
    )
    code, lines = run(tmp_path, 'style = "vancouver-nlm"\n', "refs.txt", capsys)
    assert (code, codes(lines)) == (1, ["RL803"])
    code, lines = run(tmp_path, "", "refs.txt", capsys)
    assert (code, lines) == (0, [])


def test_the_et_al_rule_flags_entries_listing_more_authors_than_it_allows(tmp_path, capsys):
    seven = "Aa A, Bb B, Cc C, Dd D, Ee E, Ff F, Gg G"
    (tmp_path / "refs.txt").write_text(
        f"1. {seven}. Seven authors. Brain Res. 2002;935:40-6.\n"
        "2. Aa A, Bb B, Cc C, et al. Three and et al. Brain Res. 2002;935:40-6.\n"
        "3. Aa A, Bb B, Cc C, Dd D, Ee E, Ff F. Six. Brain Res. 2002;935:40-6.\n",
        encoding="utf-8",
    )
    code, lines = run(tmp_path, 'style = "vancouver-compact"\n', "refs.txt", capsys)
    assert code == 1
    assert sorted(lines) == [
        "RL806 lists all 7 authors; the rule is all authors up to 6, else 3 and et al. "
        "(style `vancouver-compact`)"
    ]


def test_the_et_al_rule_is_learnt_in_full_without_a_style(lint):
    three = "Aa A, Bb B, Cc C, et al. Title. Brain Res. 2002;935:40-6."
    four = "Aa A, Bb B, Cc C, Dd D. Title. Brain Res. 2002;935:40-6."
    eight = "Aa A, Bb B, Cc C, Dd D, Ee E, Ff F, Gg G, Hh H. Title. Brain Res. 2002;935:40-6."
    text = "".join(f"{n}. {e}\n" for n, e in enumerate([three] * 5 + [four] * 2 + [eight], 1))
    (d,) = lint(text, select=["RL806"])
    assert (d.entry, d.message) == (
        8,
        "lists all 8 authors; the list follows all authors up to 4, else 3 and et al.",
    )


def test_vancouver_compact_on_the_review_it_was_written_for(tmp_path, capsys):
    shutil.copy(REVIEW, tmp_path / "review.txt")
    code, lines = run(tmp_path, 'style = "vancouver-compact"\n', "review.txt", capsys)
    assert code == 1
    # the same findings as without a style: the review follows its style but for these
    assert sorted(codes(lines)) == [
        *["RL801"] * 2,
        *["RL802"] * 2,
        *["RL808"] * 2,
        "RL809",
        "RL810",
        *["RL811"] * 4,  # 33, 91, 108 and 112 (`Prog Nat Sci Mater`, cut inside its subtitle)
    ]


def test_a_style_file_beside_the_config_adds_a_house_style(tmp_path, capsys):
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "house.toml").write_text(
        '[style]\nname = "acme"\nin-marker = "In"\n', encoding="utf-8"
    )
    copy(tmp_path, "style-citing-medicine-consistent.txt")
    code, lines = run(
        tmp_path, 'style = "styles/house.toml"\n', "style-citing-medicine-consistent.txt", capsys
    )
    assert code == 1
    assert set(codes(lines)) == {"RL801"}
    assert all("(style `acme`)" in line for line in lines)


@pytest.mark.parametrize(
    ("config", "style_file", "message"),
    [
        ('style = "vancover-nlm"', None, "unknown style 'vancover-nlm'; built-in styles are "
            "'vancouver-compact', 'vancouver-nlm', or give the path of a .toml file"),
        ("style = 3", None, "'style' must be a style name or a .toml path, not 3"),
        ('style = "missing.toml"', None, "cannot read"),
        ('style = "house.toml"', "in-marker = 'In;'", "'in-marker' must be one of 'In:', 'In.', "
            "'In', not 'In;'"),
        ('style = "house.toml"', "dash = '-'", "'dash' must be one of 'hyphen', 'en dash'"),
        ('style = "house.toml"', "et-al = 3", "'et-al' must be a table { up-to = 6, listed = 3 }"),
        ('style = "house.toml"', "et-al = { up-to = 3, listed = 6 }", "listed <= up-to"),
        ('style = "house.toml"', "access-wording = { poster = 'x' }", "unknown entry kind "
            "'poster'"),
        ('style = "house.toml"', "colour = 'red'", "unknown key 'colour'"),
        ('style = "house.toml"', "in-marker = ", "invalid TOML"),
    ],
)  # fmt: skip
def test_bad_styles_are_config_errors(tmp_path, capsys, config, style_file, message):
    if style_file is not None:
        (tmp_path / "house.toml").write_text(style_file + "\n", encoding="utf-8")
    (tmp_path / "refs.txt").write_text("1. Smith J. A title. Brain Res. 2002;935:40-6.\n")
    (tmp_path / ".refslint.toml").write_text(config + "\n", encoding="utf-8")
    assert main([str(tmp_path / "refs.txt"), "--offline"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert ".refslint.toml" in err and message in err


def test_the_style_key_works_in_pyproject_and_in_library_settings(tmp_path, capsys, lint):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.refslint]\nstyle = "vancouver-nlm"\n', encoding="utf-8"
    )
    (tmp_path / "refs.txt").write_text("1. Smith J. A title. In. Proceedings; 2002. p. 40-6.\n")
    assert main([str(tmp_path / "refs.txt"), "--offline", "--select", "RL801"]) == 1
    assert "(style `vancouver-nlm`)" in capsys.readouterr().out
    text = "1. Smith J. A title. In. Proceedings; 2002. p. 40-6.\n"
    (d,) = lint(text, select=["RL801"], style="vancouver-nlm")
    assert d.message.endswith("(style `vancouver-nlm`)")
