"""How long a 300-entry Word (.docx) list takes to lint offline, against the same list as text.

    .venv/bin/python benchmarks/word.py            # 300 generated entries
    .venv/bin/python benchmarks/word.py -n 600 --runs 7

The list is `generate.py`'s, written into a .docx by python-docx: a "References" heading, Word's
automatic numbering (the typed numbers taken off), each journal name in italics and the volume in
bold, so every entry has several runs. Rows: reading the document (open, paragraphs, numbering,
the list), a whole in-process lint of the .docx through the command's code (`cli.main`, report to
a buffer) against the same for the .txt, and whole `refslint --offline` processes for both. Each
figure is the median of `--runs`, after one untimed warm-up; the goal is under 1 s for the .docx
on one core. Where LibreOffice is installed, the .docx printed to PDF is read and linted too. Pin the process to one core with `taskset -c 0` to measure that case.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from generate import generate  # this folder is on sys.path when a script here runs
from measure import refslint_command, table, timed

TODAY = "2026-11-24"
GOAL = 1.0  # seconds for a 300-entry .docx
LABEL = re.compile(r"^\d+\.\s+")
FORMATTED = re.compile(
    r"^(?P<before>.*?\. )(?P<journal>[A-Z][^.]{2,40})(?P<mid>\. \d{4}[^;]*;)(?P<volume>\d+)(?P<after>.*)$"
)


def write_docx(text: str, path: Path) -> int:
    """The list as a .docx with automatic numbering and mixed formatting; returns the entry count."""
    import docx

    document = docx.Document()
    document.add_paragraph("A review of the literature, with its reference list below.")
    document.add_heading("References", level=1)
    entries: list[str] = []
    for line in text.splitlines()[1:]:
        if LABEL.match(line) or not entries:
            entries.append(LABEL.sub("", line))
        else:  # a wrapped line of the text: the .docx holds each entry in one paragraph
            entries[-1] += " " + line.strip()
    for entry in entries:
        paragraph = document.add_paragraph(style="List Number")
        match = FORMATTED.match(entry)
        if match is None:
            paragraph.add_run(entry)
        else:
            paragraph.add_run(match["before"])
            paragraph.add_run(match["journal"]).italic = True
            paragraph.add_run(match["mid"])
            paragraph.add_run(match["volume"]).bold = True
            paragraph.add_run(match["after"])
    document.save(path)
    return len(entries)


def in_process(path: Path) -> float:
    from refslint.cli import main

    def run() -> None:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            main(["--offline", "--today", TODAY, str(path)])

    run()  # warm-up: grammar and rules loaded
    return timed(run, ARGS.runs)[0]


def reading(path: Path) -> tuple[float, int]:
    from refslint.sources.docx import WordSource

    WordSource.read(path)
    seconds, source = timed(lambda: WordSource.read(path), ARGS.runs)
    return seconds, len(source.found.entries)


def pdf_rows(word: Path, text_lint: float) -> list[tuple[str, str, str]]:
    """The same list printed to PDF by LibreOffice (when it is installed): reading and linting."""
    import shutil

    program = shutil.which("soffice") or shutil.which("libreoffice")
    if program is None:
        return [("PDF rows", "skipped", "LibreOffice (soffice) is not installed")]
    profile = word.parent / "profile"
    subprocess.run(
        [program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
         "pdf", "--outdir", str(word.parent), str(word)],
        capture_output=True, check=True, timeout=300,
    )  # fmt: skip
    pdf = word.with_suffix(".pdf")
    from refslint.sources.pdf import PdfSource

    PdfSource.read(pdf)
    seconds, source = timed(lambda: PdfSource.read(pdf), ARGS.runs)
    pages = source.lines[-1].page if source.lines else 0
    lint = in_process(pdf)
    return [
        (
            "read the .pdf (PdfSource.read)",
            f"{seconds * 1000:.0f} ms",
            f"{len(source.found.entries)} entries on {pages} pages",
        ),
        (
            "lint the .pdf in-process (cli.main)",
            f"{lint * 1000:.0f} ms",
            f"{lint / text_lint:.2f}x the .txt",
        ),
    ]


def process(path: Path) -> tuple[float, float]:
    """A whole process's median wall time, and its median CPU time (user and system), which a
    busy machine disturbs less."""
    import resource
    import statistics

    command, _ = refslint_command()
    full = [*command, "--offline", "--today", TODAY, str(path)]
    subprocess.run(full, capture_output=True, check=False)
    cpu: list[float] = []

    def once() -> None:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(full, capture_output=True, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)

    wall = timed(once, ARGS.runs)[0]
    return wall, statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="entries (default 300)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per figure (median)")
    global ARGS
    ARGS = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        text = generate(ARGS.n)
        plain = Path(folder) / "list.txt"
        plain.write_text(text, encoding="utf-8")
        word = Path(folder) / "list.docx"
        entries = write_docx(text, word)
        read_seconds, found = reading(word)
        rows = [
            (
                "read the .docx (WordSource.read)",
                f"{read_seconds * 1000:.0f} ms",
                f"{found} entries found of {entries}",
            ),
        ]
        docx_lint, text_lint = in_process(word), in_process(plain)
        rows.append(
            (
                "lint the .docx in-process (cli.main)",
                f"{docx_lint * 1000:.0f} ms",
                f"{docx_lint / text_lint:.2f}x the .txt",
            )
        )
        rows.append(("lint the .txt in-process (cli.main)", f"{text_lint * 1000:.0f} ms", ""))
        rows.extend(pdf_rows(word, text_lint))
        (docx_wall, docx_cpu), (text_wall, text_cpu) = process(word), process(plain)
        met = "met" if docx_cpu < GOAL else "not met"
        rows += [
            ("refslint --offline list.docx (a process)", f"{docx_wall * 1000:.0f} ms", f"{docx_wall / text_wall:.2f}x the .txt"),
            ("  its CPU time (user + system)", f"{docx_cpu * 1000:.0f} ms", f"goal under {GOAL:.0f} s of one core: {met}; {docx_cpu / text_cpu:.2f}x the .txt"),
            ("refslint --offline list.txt (a process)", f"{text_wall * 1000:.0f} ms", ""),
            ("  its CPU time (user + system)", f"{text_cpu * 1000:.0f} ms", ""),
        ]  # fmt: skip
    print(f"{entries} entries, median of {ARGS.runs} runs each, Python {sys.version.split()[0]}")
    print(table(("measure", "median", "notes"), rows))


ARGS: argparse.Namespace

if __name__ == "__main__":
    main()
