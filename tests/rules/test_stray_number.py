"""A stray token before an entry's number (RL105): the entry starts at its number, not above it."""

from __future__ import annotations

from refslint.cli import main
from refslint.sources import plaintext

LIST = (
    "30. Behler J. Atom-centered symmetry functions. J Chem Phys 2011;134:074106.\n"
    "31. Drautz R. Atomic cluster expansion. Phys Rev B 2019;99:014104.\n"
    "{stray}32. Shapeev AV. Moment tensor potentials. Multiscale Model Simul 2016;14:1153-73.\n"
    "33. Zuo Y, Chen C. Performance and cost assessment of machine learning interatomic\n"
    "    potentials. J Phys Chem A 2020;124:731-45.\n"
)


def test_the_entry_starts_at_its_number_and_the_stray_token_is_named(lint):
    text = LIST.format(stray="1 ")
    entries = plaintext.read_entries(text)
    assert [e.number for e in entries] == [30, 31, 32, 33]
    assert entries[1].text.endswith("014104.")  # entry 31 did not swallow entry 32
    found = lint(text, select=["RL1"])
    assert sorted((d.code, d.message, d.line, d.column) for d in found) == [
        ("RL104", "the list starts at 30; expected 1", 1, 1),
        ("RL105", "stray `1` before the number 32; the entry starts at 32", 3, 1),
    ]
    assert not any(d.code == "RL101" for d in found)  # no gap: 32 is there


def test_bullets_and_letters_are_stray_tokens_too(lint):
    for stray in ("• ", "- ", "a ", "12 "):
        found = [d for d in lint(LIST.format(stray=stray), select=["RL1"]) if d.code != "RL104"]
        assert [d.message for d in found] == [
            f"stray `{stray.strip()}` before the number 32; the entry starts at 32"
        ], stray


def test_a_gap_after_a_stray_token_names_the_right_numbers(lint):
    text = LIST.format(stray="1 ").replace("33. Zuo", "35. Zuo")
    gaps = [d.message for d in lint(text, select=["RL101"])]
    assert gaps == ["numbers 33-34 are missing: the list jumps from 32 to 35"]


def test_a_wrapped_line_that_starts_with_a_number_stays_in_its_entry():
    text = (
        "31. Drautz R. Atomic cluster expansion for the study of things. Phys Rev B\n"
        "2019;99:014104.\n"
        "32. Shapeev AV. Moment tensor potentials in\n"
        "1 40. and more words. Multiscale Model Simul 2016;14:1153-73.\n"  # not the next number
        "33. Zuo Y. Performance of potentials. J Phys Chem A 2020;124:731-45.\n"
    )
    assert [e.number for e in plaintext.read_entries(text)] == [31, 32, 33]


def test_the_fix_removes_the_stray_token(tmp_path):
    path = tmp_path / "refs.txt"
    path.write_text(LIST.format(stray="1 "), encoding="utf-8")
    assert main([str(path), "--select", "RL105", "--fix", "--offline"]) == 1  # as every fix run
    assert path.read_text(encoding="utf-8") == LIST.format(stray="")
    assert main([str(path), "--select", "RL105", "--offline"]) == 0
