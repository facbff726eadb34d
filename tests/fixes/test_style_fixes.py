"""Fixes of the house-style rules: initials (RL805), access wording (RL807), DOI form (RL809)."""

from __future__ import annotations

from pathlib import Path

from refslint.cli import main

AUTHORS = [
    "Zheng Y, Yao Y, Ou J",
    "Wang C, Aykol M, Mueller T",
    "Gao YC, Yao N, Chen X",
    "Lombardo T, Duquesnoy M, Ong SP",
    "Chen C, Ye W, Zuo Y",
    "Li S, Pan F, Nie Z",
    "Ward L, Dunn A, Jain A",
    "Kim M, Kang S, Min K",
]
DOTTED = [
    "Merchant A., Batzner S., Cubuk E.D., et al",  # dotted, then et al.
    "Smith J.A., Drautz R.S",  # dotted, the last author's period closes the list
]


def entries(authors: list[str], tail: str = "") -> str:
    return "".join(
        f"{n}. {a}. Title number {n}. Chem Soc Rev 2020;49:{n}10-9.{tail}\n"
        for n, a in enumerate(authors, 1)
    )


def fix(path: Path, select: str, *extra: str) -> int:
    return main([str(path), "--offline", "--today", "2026-11-26", "--select", select, *extra])


def test_initials_are_rewritten_in_the_lists_form_and_a_second_fix_changes_nothing(tmp_path):
    path = tmp_path / "refs.txt"
    text = entries(AUTHORS + DOTTED)
    path.write_bytes(text.encode())
    assert fix(path, "RL805", "--fix") == 1
    expected = text.replace(
        "Merchant A., Batzner S., Cubuk E.D.,", "Merchant A, Batzner S, Cubuk ED,"
    )
    expected = expected.replace("Smith J.A., Drautz R.S.", "Smith JA, Drautz RS.")
    assert path.read_bytes() == expected.encode()
    assert fix(path, "RL805") == 0
    assert fix(path, "RL805", "--fix") == 0
    assert path.read_bytes() == expected.encode()


def test_initials_fix_toward_periods_follows_the_lists_spacing(tmp_path):
    dotted = [
        ", ".join(
            f"{family} {'. '.join(initials)}." for family, initials in map(str.split, a.split(", "))
        )
        for a in AUTHORS
    ]
    assert dotted[2] == "Gao Y. C., Yao N., Chen X."  # the list writes `Y. C.`, with a space
    path = tmp_path / "refs.txt"
    text = "".join(
        f"{n}. {a} Title number {n}. Chem Soc Rev 2020;49:{n}10-9.\n"
        for n, a in enumerate([*dotted, "Merchant A, Batzner S, Cubuk ED."], 1)
    )
    path.write_bytes(text.encode())
    assert fix(path, "RL805", "--fix") == 1
    expected = text.replace(
        "Merchant A, Batzner S, Cubuk ED.", "Merchant A., Batzner S., Cubuk E. D."
    )
    assert path.read_bytes() == expected.encode()
    assert fix(path, "RL805", "--fix") == 0
    assert path.read_bytes() == expected.encode()


def test_access_wording_fix_keeps_the_date(tmp_path):
    path = tmp_path / "refs.txt"
    lines = [
        f"{n}. Database {n} [Internet]. 2023 [cited 2026 Oct 21]. Available from: https://example.org/{n}"
        for n in range(1, 9)
    ]
    lines.append(
        "9. Database 9 [Internet]. 2023 [Last accessed on 21 Oct 2026]. Available from: https://example.org/9"
    )
    text = "\r\n".join(lines) + "\r\n"
    path.write_bytes(text.encode())
    assert fix(path, "RL807", "--fix") == 1
    expected = text.replace("[Last accessed on 21 Oct 2026]", "[cited 21 Oct 2026]")
    assert path.read_bytes() == expected.encode()
    assert fix(path, "RL807", "--fix") == 0
    assert path.read_bytes() == expected.encode()


def test_doi_form_fix_is_unsafe(tmp_path, capsys):
    path = tmp_path / "refs.txt"
    text = entries(AUTHORS[:5], " doi:10.1000/x").replace(
        "5. Chen C, Ye W, Zuo Y. Title number 5. Chem Soc Rev 2020;49:510-9. doi:10.1000/x",
        "5. Chen C, Ye W, Zuo Y. Title number 5. Chem Soc Rev 2020;49:510-9. https://doi.org/10.1000/x",
    )
    path.write_bytes(text.encode())
    assert fix(path, "RL809", "--fix") == 1
    assert path.read_bytes() == text.encode()  # nothing safe to apply
    assert "1 hidden fix can be enabled with --unsafe-fixes" in capsys.readouterr().out
    assert fix(path, "RL809", "--fix", "--unsafe-fixes") == 1
    expected = text.replace("https://doi.org/10.1000/x", "doi:10.1000/x")
    assert path.read_bytes() == expected.encode()
    assert fix(path, "RL809", "--fix", "--unsafe-fixes") == 0
    assert path.read_bytes() == expected.encode()
