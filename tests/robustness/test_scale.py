"""Size and time: huge lists, a megabyte on one line, deep nesting, and the worst inputs found for
each reader's regular expressions all finish, in time that grows linearly with the input.

Ratio bounds are generous (under 6x for 4x the input, under 15x for 10x) so a busy machine does
not fail them, while quadratic behaviour (16x, 100x) always would.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from refslint.cli import main
from refslint.engine import lint_text
from tests.conftest import TODAY
from tests.timing import assert_linear

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> Callable[[int], str]:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate


generate = _generator()


def run(path: Path) -> tuple[int, list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--offline", "--today", "2026-11-26", "--format", "json", str(path)])
    return status, json.loads(out.getvalue()), err.getvalue()


def lint_once(text: str, path: str) -> None:
    lint_text(text, path=path, today=TODAY, offline=True)


# The worst inputs tried for each reader: long runs of the characters its patterns repeat.
WORST: dict[str, tuple[str, Callable[[int], str]]] = {
    "digits": ("refs.txt", lambda n: "1. " + "1" * n),
    "author list": ("refs.txt", lambda n: "1. " + "Smith J, " * (n // 9)),
    "dots": ("refs.txt", lambda n: "1. " + ". " * (n // 2)),
    "open citations": ("refs.txt", lambda n: "1. " + "[1," * (n // 3)),
    "page ranges": ("refs.txt", lambda n: "1. " + "1:1-" * (n // 4)),
    "a DOI that never ends": ("refs.txt", lambda n: "1. A B. T. doi:10.1000/" + "a/" * (n // 2)),
    "a URL that never ends": ("refs.txt", lambda n: "1. A B. T. http://" + "a." * (n // 2)),
    "access dates": ("refs.txt", lambda n: "1. " + "[accessed on 2024 " * (n // 18)),
    "invisible spaces": ("refs.txt", lambda n: "1. A" + "\t\u00a0\u200b" * (n // 3) + "B."),
    "numbers only": ("refs.txt", lambda n: "1.\n" * (n // 3)),
    "backticks": ("refs.md", lambda n: "## References\n\n1. " + "`" * n),
    "mixed backtick runs": (
        "refs.md",
        lambda n: (
            "## References\n\n1. " + "".join("`" * (k % 50 + 1) + "a" for k in range(n // 26))
        ),
    ),
    "comment openers": ("refs.md", lambda n: "## References\n\n1. " + "<!--" * (n // 4)),
    "link openers": ("refs.md", lambda n: "## References\n\n1. " + "[a](" * (n // 4)),
    "link texts": ("refs.md", lambda n: "## References\n\n1. " + "[a[b]" * (n // 5)),
    "emphasis": ("refs.md", lambda n: "## References\n\n1. " + "*_" * (n // 2)),
    "braces": ("refs.tex", lambda n: "\\begin{thebibliography}{9}\n\\bibitem{a} " + "{" * n),
    "commands": (
        "refs.tex",
        lambda n: "\\begin{thebibliography}{9}\n\\bibitem{a} " + "\\x[" * (n // 3),
    ),
    "cite openers": (
        "refs.tex",
        lambda n: "\\begin{document}" + "\\cite{" * (n // 6) + "\\begin{thebibliography}{9}",
    ),
    "directives": ("refs.md", lambda n: "<!-- refslint: disable=" + "RL1," * (n // 4) + " -->"),
}


@pytest.mark.parametrize("case", sorted(WORST))
def test_the_worst_inputs_found_take_linear_time(case):
    path, make = WORST[case]
    small, large = make(25_000), make(100_000)
    # 4x the input should take about 4x the time; quadratic work would take 16x
    assert_linear(
        partial(lint_once, small, path),
        partial(lint_once, large, path),
        bound=8,
        fast_enough=0.25,
        what=case,
    )


def test_a_megabyte_on_one_line_without_a_newline(tmp_path):
    real = "Tosatto L, Horrocks MH. Single-molecule FRET. Sci Rep. 2015;5:16696. "
    heads = {
        "letters.txt": ("1. ", "x"),
        "words.txt": ("1. ", real),
        "markdown.md": ("## References\n\n1. ", real),
        "latex.tex": ("\\begin{thebibliography}{9}\\bibitem{a} ", real),
    }
    for name, (head, unit) in heads.items():
        paths = {}
        for size in (250_000, 1_000_000):
            paths[size] = tmp_path / f"{size}-{name}"
            paths[size].write_text(head + unit * (size // len(unit)), encoding="utf-8")

        def checked_line(path: Path, name: str = name) -> None:
            status, found, err = run(path)
            assert status in (0, 1) and "Traceback" not in err, name
            assert all(d["line"] <= 3 for d in found)

        # 4x the line should take about 4x the time; quadratic work would take 16x
        assert_linear(
            partial(checked_line, paths[250_000]),
            partial(checked_line, paths[1_000_000]),
            bound=8,
            runs=2,
            warm_up=False,
            fast_enough=0.5,
            what=name,
        )


@pytest.mark.parametrize("suffix", [".txt", ".md", ".tex"])
def test_brackets_nested_a_hundred_thousand_deep(tmp_path, suffix):
    head = {".txt": "", ".md": "## References\n\n", ".tex": "\\begin{thebibliography}{9}\n"}
    label = "\\bibitem{a} " if suffix == ".tex" else "1. "
    for opening, closing in ("()", "[]", "{}"):
        paths = {}
        for depth in (25_000, 100_000):
            paths[depth] = tmp_path / f"refs{depth}{suffix}"
            body = opening * depth + "Smith J. T. J Test. 2020;1:1." + closing * depth
            paths[depth].write_text(head[suffix] + label + body + "\n", encoding="utf-8")
        assert_linear(
            partial(checked, paths[25_000]),
            partial(checked, paths[100_000]),
            bound=8,
            warm_up=False,
            fast_enough=0.5,
            what=opening * 3,
        )


def checked(path: Path) -> None:
    status, _, err = run(path)
    assert status in (0, 1) and "Traceback" not in err


@pytest.mark.slow
def test_a_hundred_thousand_entries_finish_in_linear_time(tmp_path):
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text(generate(10_000), encoding="utf-8")
    large.write_text(generate(100_000), encoding="utf-8")
    runs: dict[Path, tuple[int, list[dict], str]] = {}

    def keep(path: Path) -> None:
        runs[path] = run(path)

    assert_linear(
        partial(keep, small), partial(keep, large), bound=15, runs=1, warm_up=False, what="10x"
    )
    status, found_small, _ = runs[small]
    assert status == 1
    status, found_large, err = runs[large]
    assert status == 1 and "Traceback" not in err
    assert max(d["line"] for d in found_large) > 100_000  # the last entries were read
    assert len(found_large) > 9 * len(found_small)
