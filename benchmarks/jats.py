"""A 300-reference JATS article linted offline, against the same list as plain text.

    .venv/bin/python benchmarks/jats.py            # 300 and 600 references
    .venv/bin/python benchmarks/jats.py -n 1000 --runs 3

The list is `generate.py`'s; each entry becomes one `<ref>` with a `<label>` and a
`<mixed-citation>` (text escaped, URLs in `<ext-link>`), in an `<article>` whose body is a few
paragraphs. Each in-process figure is the least CPU time of `--runs` runs after one untimed
warm-up, the three texts taking turns (a busy machine only ever adds time); the CLI figures are
the median wall time and the least CPU time of whole `refslint --offline` processes on the JATS
file, start-up included. Then the same references as
`<element-citation>`s (structured, read field by field) for the structured path's cost.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from generate import generate  # this folder is on sys.path when a script here runs
from measure import refslint_command, table

TODAY = dt.date(2026, 11, 24)
URL = re.compile(r"https?://\S+")
BODY = "<p>Text that cites [1] and [2].</p>" * 20


def texts(n: int) -> list[tuple[int | None, str]]:
    """(printed number, entry text without its number) of `generate(n)`'s list."""
    from refslint.sources import read_entries

    out = []
    for entry in read_entries("generated.txt", generate(n)):
        out.append((entry.number, entry.text[entry.label_end :].strip()))
    return out


def mixed(text: str) -> str:
    return URL.sub(
        lambda m: (
            f'<ext-link ext-link-type="uri" xlink:href={quoteattr(m.group())}>'
            f"{m.group()}</ext-link>"
        ),
        escape(text),
    )


def article(refs: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article">\n'
        f"<body>{BODY}</body>\n<back>\n<ref-list>\n" + "\n".join(refs) + "\n</ref-list>\n"
        "</back>\n</article>\n"
    )


def jats_mixed(entries: list[tuple[int | None, str]]) -> str:
    return article(
        [
            f'<ref id="r{i}"><label>{n}</label>\n  <mixed-citation>{mixed(t)}</mixed-citation>\n</ref>'
            for i, (n, t) in enumerate(entries, start=1)
        ]
    )


def jats_structured(entries: list[tuple[int | None, str]]) -> str:
    """The grammar's reading of each entry, written back as an `<element-citation>`."""
    from refslint.grammar import parse_entry
    from refslint.sources import read_entries

    plain = "".join(f"{n}. {t}\n" for n, t in entries)
    refs = []
    for i, entry in enumerate(read_entries("g.txt", plain), start=1):
        ref = parse_entry(entry)
        people = "".join(
            f"<name><surname>{escape(a.family)}</surname>"
            f"<given-names>{escape(a.initials)}</given-names></name>"
            for a in ref.authors
        )
        parts = [f'<person-group person-group-type="author">{people}</person-group>']
        for tag, found in (
            ("article-title", ref.title),
            ("source", ref.container),
            ("volume", ref.volume),
            ("issue", ref.issue),
        ):
            if found is not None:
                parts.append(f"<{tag}>{escape(found.text)}</{tag}>")
        if ref.date is not None:
            parts.append(f"<year>{ref.date.year}</year>")
        if ref.pages is not None:
            parts.append(f"<fpage>{escape(ref.pages.first)}</fpage>")
        if ref.doi is not None:
            parts.append(f'<pub-id pub-id-type="doi">{escape(ref.doi.text)}</pub-id>')
        refs.append(
            f'<ref id="r{i}"><label>{entry.number}</label><element-citation '
            f'publication-type="journal">{"".join(parts)}</element-citation></ref>'
        )
    return article(refs)


def lint_seconds(texts: dict[str, tuple[str, str]], runs: int) -> dict[str, tuple[float, int]]:
    """The fastest of `runs` in-process lints of each text, the texts taking turns so a busy
    machine slows all of them alike; and how many findings each had."""
    from refslint.engine import lint_text

    best = {}
    for name, (text, path) in texts.items():  # warm-up: grammar, rules, lxml
        best[name] = (float("inf"), len(lint_text(text, path=path, today=TODAY, offline=True)))
    for _ in range(runs):
        for name, (text, path) in texts.items():
            start = time.process_time()  # CPU time: what other work on the machine takes less
            lint_text(text, path=path, today=TODAY, offline=True)
            seconds = time.process_time() - start
            best[name] = (min(best[name][0], seconds), best[name][1])
    return best


def cli_seconds(text: str, suffix: str, runs: int) -> tuple[float, float]:
    """Median wall time and least CPU time (user + system) of a whole `refslint` process."""
    import resource
    import statistics

    command, _ = refslint_command()
    walls: list[float] = []
    cpus: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"refs{suffix}"
        path.write_text(text, "utf-8")
        args = [*command, "--offline", "--today", TODAY.isoformat(), str(path)]
        subprocess.run(args, capture_output=True)  # warm the file and grammar caches
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(args, capture_output=True)
            walls.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), min(cpus)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, nargs="*", default=[300, 600], help="list lengths")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each")
    args = parser.parse_args(argv)
    rows = []
    for n in args.n:
        entries = texts(n)
        plain = "References\n\n" + "".join(f"{num}. {t}\n" for num, t in entries)
        xml = jats_mixed(entries)
        structured = jats_structured(entries)
        best = lint_seconds(
            {
                "text": (plain, "refs.txt"),
                "mixed": (xml, "refs.xml"),
                "structured": (structured, "refs.xml"),
            },
            args.runs,
        )
        (text_s, text_found), (xml_s, xml_found) = best["text"], best["mixed"]
        struct_s = best["structured"][0]
        wall, cpu = cli_seconds(xml, ".xml", max(1, args.runs // 2))
        rows.append(
            (
                len(entries),
                f"{text_s * 1000:.0f} ms",
                f"{xml_s * 1000:.0f} ms",
                f"{xml_s / text_s:.2f}",
                f"{struct_s * 1000:.0f} ms",
                f"{wall:.2f} s wall, {cpu:.2f} s CPU",
                f"{text_found}/{xml_found}",
            )
        )
    print(
        table(
            (
                "refs",
                "text",
                "JATS mixed",
                "JATS/text",
                "JATS structured",
                "CLI on JATS",
                "findings text/JATS",
            ),
            rows,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
