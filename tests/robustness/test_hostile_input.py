"""Input built to be costly: each case, doubled, must take about twice the time, not four or eight.

Every run goes through `refslint.cli.main` on a file, as a user's run would. Each case is a pattern
that once took quadratic or cubic time: autolink-like runs and unclosed link targets in Markdown,
escaped `%` and comment lines in LaTeX, a heading followed by a run of spaces, and long entries,
lines and files whose text was grown one piece at a time. Times are the best CPU time of three
runs (`tests.timing`); a run that takes longer than `GUARD` seconds is stopped, so a regression
fails instead of hanging.
"""

from __future__ import annotations

import contextlib
import io
import signal
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import pytest

from refslint.cli import main
from tests.timing import assert_linear

GUARD = 30  # seconds for one run; the linear readers need well under one at these sizes
MD = "## References\n\n1. "
TEX = "\\begin{thebibliography}{9}\n\\bibitem{a} "

# name: (file name, text of about n characters, n for the smaller run)
CASES: dict[str, tuple[str, Callable[[int], str], int]] = {
    "markdown <a@a. run": ("refs.md", lambda n: MD + "<a@a." * (n // 5), 100_000),
    "markdown <http:// run": ("refs.md", lambda n: MD + "<http://" * (n // 8), 100_000),
    "markdown [a](< run": ("refs.md", lambda n: MD + "[a](<" * (n // 5), 100_000),
    "markdown [a](b ( run": ("refs.md", lambda n: MD + "[a](b (" * (n // 7), 200_000),
    "markdown line with a comment": ("refs.md", lambda n: MD + "x" * n + "<!-- c -->", 250_000),
    "markdown entry of many lines": (
        "refs.md",
        lambda n: MD + "A\n" + "   more words of the same entry\n" * (n // 32),
        250_000,
    ),
    "latex \\% on one line": ("refs.tex", lambda n: TEX + "\\%" * (n // 2), 100_000),
    "latex % comment lines": ("refs.tex", lambda n: TEX + "A\n" + "a %\n" * (n // 4), 250_000),
    "a heading followed by spaces": (
        "refs.txt",
        lambda n: "References" + " " * n + "x\n1. A",
        200_000,
    ),
    "latex a~ run": ("refs.tex", lambda n: TEX + "a~" * (n // 2), 250_000),
    "a run of colons": ("refs.txt", lambda n: "1. A. " + ":" * n + "\n", 1_000_000),
    "plain-text entry of many lines": (
        "refs.txt",
        lambda n: "1. A\n" + "more words of the same entry\n" * (n // 29),
        250_000,
    ),
}


class TookTooLong(BaseException):
    """Raised from the alarm: a BaseException, so the command's own error handling lets it by."""


@contextlib.contextmanager
def guard(seconds: int) -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise TookTooLong(f"one run took over {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def once(path: Path) -> None:
    """One whole run of the command on `path`, which must end as a run ends, without a traceback."""
    out, err = io.StringIO(), io.StringIO()
    with guard(GUARD), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--offline", "--today", "2026-11-26", "--format", "json", str(path)])
    assert status in (0, 1), err.getvalue()
    assert "Traceback" not in err.getvalue()


@pytest.mark.parametrize("case", sorted(CASES))
def test_doubling_the_input_about_doubles_the_time(tmp_path, case):
    name, make, size = CASES[case]
    small, large = tmp_path / "small" / name, tmp_path / "large" / name
    for path, n in ((small, size), (large, 2 * size)):
        path.parent.mkdir()
        path.write_text(make(n), encoding="utf-8")
    try:
        # linear work takes about 2x; quadratic 4x, cubic 8x
        assert_linear(partial(once, small), partial(once, large), bound=3, what=case)
    except TookTooLong as exc:
        pytest.fail(f"{case}: {exc}")
