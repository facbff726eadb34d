"""How fast an HTML report opens and filters in headless Chromium, for a 1,000-entry list.

The list is `generate.py`'s (same seed, same list), linted offline by the `refslint` command into
`--format html`; the page is then opened from a file:// address in the system's chromium
through chromedriver (as the tests drive it), and timed inside the page with `performance.now()`:

- open: from the start of navigation until the loaded page is laid out (parsing, the page's own
  script setting up its filters, style and layout), read with `performance.now()` right after
  the load, so it includes one round trip of the driver;
- filter: one click on a filter checkbox (the severity "warning") until the page has restyled and
  laid out again, then the same until the next two animation frames (painted).

Each figure is the best of `--runs` (5) fresh loads and clicks. The list is also doubled, to show
how the page scales. Goal: a 1,000-entry report opens and filters in under a second.

    .venv/bin/python benchmarks/html_report.py
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generate import generate  # this folder is on sys.path when a script here runs
from measure import REPO, refslint_command, table

sys.path.insert(0, str(REPO))
from tests.reporters.browser import chromium, missing, open_page

CLICK = """
const box = document.querySelector('#filters input[data-kind="sev"][value="warning"]')
    || document.querySelector('#filters input[data-kind]');
const start = performance.now();
box.click();
document.body.getBoundingClientRect();  // style and layout done
const laidOut = performance.now() - start;
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => requestAnimationFrame(() => done([laidOut, performance.now() - start])));
"""
OPENED = "document.body.getBoundingClientRect(); return performance.now()"  # laid out, since start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="entries (default 1000)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    reason = missing()
    if reason:
        print(f"html_report: cannot run: {reason}")
        return 0
    rows = []
    with tempfile.TemporaryDirectory() as folder, chromium() as driver:
        driver.set_script_timeout(30)
        for n in (args.n, 2 * args.n):
            refs = Path(folder) / f"refs-{n}.txt"
            refs.write_text(generate(n), encoding="utf-8")
            page = Path(folder) / f"report-{n}.html"
            command, _ = refslint_command()
            started = time.perf_counter()
            subprocess.run(
                [*command, str(refs), "--offline", "--today", "2026-12-06", "--format", "html",
                 "-o", str(page)],
                check=False, capture_output=True,
            )  # fmt: skip
            written = time.perf_counter() - started
            opened, laid_out, painted = [], [], []
            for _ in range(args.runs):
                driver.get("about:blank")
                open_page(driver, page)
                opened.append(driver.execute_script(OPENED))
                layout, paint = driver.execute_async_script(CLICK)
                laid_out.append(layout)
                painted.append(paint)
            findings = driver.execute_script(
                "return document.querySelectorAll('li.finding').length"
            )
            rows.append(
                (
                    n,
                    findings,
                    f"{page.stat().st_size / 1e6:.2f} MB",
                    f"{written:.2f} s",
                    f"{min(opened):.0f} ms",
                    f"{min(laid_out):.1f} ms",
                    f"{min(painted):.1f} ms",
                )
            )
    print(
        table(
            ("entries", "findings", "page", "lint + write", "open", "filter (layout)",
             "filter (painted)"),
            rows,
        )
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
