"""`--format html` as text: what the page holds, read back with an HTML parser (the browser tests
in test_html_browser.py check what it does)."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from refslint.cli import main
from refslint.diagnostics import (
    Applicability,
    Category,
    Located,
    LocatedEdit,
    RecordComparison,
    RecordField,
    Severity,
)
from refslint.reporters import RunSummary, Source
from refslint.reporters.html import BAR_COLOUR, render

HOSTILE = "2. Smith J. Notes on <script>window.__pwned=1</script> & \"quoted\" 'things'. J Test. 2019 Noc;3:1-9.\n"


class Page(HTMLParser):
    """The text under each finding's underline, the panel's findings, and every tag seen."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.underlined: dict[int, str] = {}
        self.items: list[dict[str, str]] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._open: list[list[int] | None] = []
        self._raw: str | None = None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attributes))
        if tag in ("script", "style"):
            self._raw = ""
        if tag == "span":
            ids = attributes.get("data-f")
            self._open.append([int(i) for i in ids.split()] if ids else None)
        if tag == "li" and "finding" in attributes.get("class", ""):
            self.items.append(attributes)

    def handle_endtag(self, tag):
        if tag == "span" and self._open:
            self._open.pop()
        if tag in ("script", "style") and self._raw is not None:
            (self.scripts if tag == "script" else self.styles).append(self._raw)
            self._raw = None

    def handle_data(self, data):
        if self._raw is not None:
            self._raw += data
            return
        for ids in self._open:
            for i in ids or ():
                self.underlined[i] = self.underlined.get(i, "") + data


def located(path: str, line: int, column: int, end_column: int, code: str, **more) -> Located:
    fields = {
        "end_line": line,
        "end_column": end_column,
        "entry": 1,
        "name": "some-rule",
        "category": Category.FORMAT,
        "severity": Severity.WARNING,
        "message": "a message",
    }
    fields.update(more)
    return Located(path=path, line=line, column=column, code=code, **fields)


def lint_to_html(tmp_path: Path, capsys, *texts: str, args: tuple[str, ...] = ()) -> str:
    paths = []
    for number, text in enumerate(texts):
        path = tmp_path / f"refs{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    main([*paths, "--offline", "--today", "2025-01-01", "--format", "html", *args])
    return capsys.readouterr().out


def test_every_finding_is_underlined_at_its_exact_span(tmp_path, capsys):
    text = (
        "References\n\n1. Doe J. A title. J Test. 2019 Noc;3:1-9.\n"
        "2. Roe R. Another title. J Test. 2031;4:5-6.\n"
    )
    page = lint_to_html(tmp_path, capsys, text)
    parsed = Page(page)
    lines = text.split("\n")
    json_path = tmp_path / "out.json"
    main([str(tmp_path / "refs0.txt"), "--offline", "--today", "2025-01-01", "--format", "json",
          "-o", str(json_path)])  # fmt: skip
    import json

    results = json.loads(json_path.read_text(encoding="utf-8"))
    assert {r["code"] for r in results} >= {"RL204", "RL201"}
    assert len(parsed.items) == len(results)
    for item, result in zip(parsed.items, results, strict=True):
        assert item["data-rule"] == result["code"]
        i = int(item["data-i"])
        line = lines[result["line"] - 1]
        assert parsed.underlined[i] == line[result["column"] - 1 : result["end_column"] - 1]


def test_hostile_text_is_escaped_and_the_policy_runs_only_our_script(tmp_path, capsys):
    page = lint_to_html(tmp_path, capsys, "1. Doe J. A title. J Test. 2019;3:1-9.\n" + HOSTILE)
    assert "<script>window.__pwned" not in page
    assert (
        "&lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &quot;quoted&quot; &#x27;things&#x27;"
        in page
    )
    parsed = Page(page)
    assert [tag for tag, _ in parsed.tags].count("script") == 1
    assert not any(k.startswith("on") or k == "src" for _, attrs in parsed.tags for k in attrs)
    [policy] = [
        a["content"] for t, a in parsed.tags if a.get("http-equiv") == "Content-Security-Policy"
    ]
    [script] = parsed.scripts
    assert len(parsed.styles) == 2  # the page's, and the one that shows the list without scripts
    for body in (script, *parsed.styles):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy


def test_nothing_is_fetched_from_elsewhere(tmp_path, capsys):
    page = lint_to_html(tmp_path, capsys, "1. Doe J. A title. J Test. 2019 Noc;3:1-9.\n")
    parsed = Page(page)
    assert not [a for t, a in parsed.tags if "src" in a or t in ("link", "img", "iframe")]
    assert "url(" not in parsed.styles[0] and "@import" not in parsed.styles[0]
    assert not re.search(r"fetch\(|XMLHttpRequest|import\(|\.src\s*=", parsed.scripts[0])


def test_one_section_per_file_with_numbered_jump_links(tmp_path, capsys):
    page = lint_to_html(
        tmp_path,
        capsys,
        "1. Doe J. A title. J Test. 2019 Noc;3:1-9.\n2. Roe R. Title. J Test. 2019;4:5-6.\n",
        "1. Poe E. Raven. J Test. 2031;4:5-6.\n",
    )
    parsed = Page(page)
    sections = [a["id"] for t, a in parsed.tags if t == "section" and "file" in a.get("class", "")]
    assert sections == ["file-0", "file-1"]
    links = [a["href"] for t, a in parsed.tags if t == "a" and a.get("href", "").startswith("#f")]
    entries = [a["id"] for t, a in parsed.tags if t == "div" and a.get("class") == "entry"]
    assert entries == ["f0-e1", "f0-e2", "f1-e1"]
    assert {"#f0-e1", "#f0-e2", "#f1-e1"} <= set(links)
    files = [i["data-rule"] for i in parsed.items]
    assert files == ["RL204", "RL201"]


def test_output_file_or_standard_output(tmp_path, capsys):
    refs = tmp_path / "refs.txt"
    refs.write_text("1. Doe J. A title. J Test. 2019 Noc;3:1-9.\n", encoding="utf-8")
    report = tmp_path / "report.html"
    assert main([str(refs), "--offline", "--format", "html", "--output", str(report)]) == 1
    assert capsys.readouterr().out == ""
    written = report.read_text(encoding="utf-8")
    assert written.startswith("<!DOCTYPE html>") and "RL204" in written
    assert main([str(refs), "--offline", "--format", "html"]) == 1
    assert capsys.readouterr().out == written


def test_fix_shows_before_and_after():
    text = "1. Doe J. A title. J Test. 2019 Noc;3:1-9.\n"
    column = text.index("Noc") + 1
    fix = located(
        "refs.txt", 1, column, column + 3, "RL204",
        fix_applicability=Applicability.SAFE, fix_message="write Nov",
        edits=(LocatedEdit(1, column, 1, column + 3, "Nov"),),
    )  # fmt: skip
    page = render([fix], RunSummary(files=1, entries=1, sources=(Source("refs.txt", text),)))
    assert '<dd class="before">1. Doe J. A title. J Test. 2019 <del>Noc</del>;3:1-9.</dd>' in page
    assert '<dd class="after">1. Doe J. A title. J Test. 2019 <ins>Nov</ins>;3:1-9.</dd>' in page
    assert "Fix (safe): write Nov" in page


def test_record_beside_entry_with_differences_marked_and_doi_linked():
    record = RecordComparison(
        "Crossref",
        "10.1000/a<b>&c",
        (RecordField("year", "2014", "2015", True), RecordField("title", "T & U", "T & U")),
    )
    result = located("refs.txt", 1, 1, 3, "RL402", category=Category.IDENTIFIER, record=record)
    page = render([result], RunSummary(files=1, entries=1))
    assert '<tr class="differs"><th scope="row">year</th><td>2014</td><td>2015</td></tr>' in page
    assert '<tr class="agrees"><th scope="row">title</th><td>T &amp; U</td>' in page
    assert 'href="https://doi.org/10.1000/a%3Cb%3E%26c"' in page
    assert ">10.1000/a&lt;b&gt;&amp;c</a>" in page


SHARED = RecordComparison(
    "Crossref",
    "10.1038/srep16696",
    (
        RecordField("year", "2014", "2015", True),
        RecordField("volume", "6", "5", True),
        RecordField("page", "16696", "16696"),
    ),
)
SHARED_TEXT = (
    "1. Tosatto L. A title. Sci Rep. 2014;6:16696.\n2. Roe R. Another. J Test. 2014;6:1-2.\n"
)


def shared_record_findings() -> list[Located]:
    """Entry 1: two RL402s and an RL403 about one record; entry 2: an RL402 with its own."""
    return [
        located("refs.txt", 1, 32, 36, "RL402", category=Category.LOOKUP, record=SHARED),
        located("refs.txt", 1, 37, 38, "RL402", category=Category.LOOKUP, record=SHARED),
        located("refs.txt", 1, 4, 11, "RL403", category=Category.LOOKUP, record=SHARED),
        located("refs.txt", 2, 29, 33, "RL402", category=Category.LOOKUP, entry=2, record=SHARED),
    ]


def test_a_record_is_shown_once_per_entry_and_referred_to_by_each_finding():
    run = RunSummary(files=1, entries=2, sources=(Source("refs.txt", SHARED_TEXT),))
    page = render(shared_record_findings(), run)
    parsed = Page(page)
    assert page.count('<table class="record"') == 2  # one per entry, not one per finding
    tables = [a["id"] for tag, a in parsed.tags if tag == "table"]
    assert tables == ["rec-0", "rec-1"]
    assert [item.get("data-rec") for item in parsed.items] == ["0", "0", "0", "1"]
    # the first finding about entry 1 holds the table; the other two refer to it, fields named
    holder, *others = page.split('<li class="finding"')[1:4]
    assert 'id="rec-0"' in holder and '<p class="see-record" hidden>' in holder
    for item in others:
        assert "<table" not in item
        assert (
            '<p class="see-record">Compared with the record of <a href="#rec-0">'
            "10.1038/srep16696</a> above; differing: year, volume.</p>"
        ) in item
    assert page.count('<tr class="differs">') == 4  # year and volume, in each of the two tables


def test_summary_chart_has_one_bar_per_category_scaled_to_the_most():
    results = [
        located("refs.txt", 1, 1, 2, "RL201", category=Category.DATE),
        located("refs.txt", 1, 1, 2, "RL204", category=Category.DATE),
        located("refs.txt", 1, 1, 2, "RL501", category=Category.FORMAT),
    ]
    page = render(results, RunSummary(files=1, entries=1))
    bars = re.findall(r'<rect class="bar" data-category="([a-z-]+)"[^>]* width="(\d+)"', page)
    assert bars == [("date", "360"), ("format", "180")]
    assert f'fill="{BAR_COLOUR}"' in page


@pytest.mark.parametrize(
    "text", ["", "\n", "\ufeffReferences\r\n\r\n1. Doe J. T. J Test. 2031;1:1.\r\n"]
)
def test_odd_texts_render(tmp_path, capsys, text):
    page = lint_to_html(tmp_path, capsys, text)
    assert page.rstrip().endswith("</html>")


def test_statistics_cannot_be_a_page(tmp_path, capsys):
    refs = tmp_path / "refs.txt"
    refs.write_text("1. Doe J. A title. J Test. 2019 Noc;3:1-9.\n", encoding="utf-8")
    assert main([str(refs), "--offline", "--format", "html", "--statistics"]) == 2
    assert "cannot be combined with --format html" in capsys.readouterr().err


def shown_lines(page: str) -> list[str]:
    """The text of the list as the page shows it, line by line."""
    import html

    return [
        html.unescape(re.sub(r"<[^>]+>", "", line))
        for line in re.findall(r'<div class="ln">(.*?)</div>', page)
    ]


def test_after_fix_the_page_shows_the_fixed_text(tmp_path, capsys):
    review = Path(__file__).resolve().parents[1] / "data" / "corpus" / "review-124.txt"
    refs = tmp_path / "review.txt"
    refs.write_text(review.read_text(encoding="utf-8"), encoding="utf-8")
    before = refs.read_text(encoding="utf-8")
    report = tmp_path / "report.html"
    main([str(refs), "--offline", "--today", "2025-01-01", "--fix", "--format", "html", "-o", str(report)])  # fmt: skip
    after = refs.read_text(encoding="utf-8")
    assert after != before
    page = report.read_text(encoding="utf-8")
    assert shown_lines(page) == after.split("\n")
    parsed = Page(page)
    assert parsed.items and all(int(i["data-i"]) in parsed.underlined for i in parsed.items)


def test_a_missing_browser_skips_here_but_fails_under_ci(monkeypatch, tmp_path):
    from tests.reporters import browser

    monkeypatch.setattr(browser, "CHROMIUM", str(tmp_path / "no-chromium"))
    assert "no-chromium" in browser.missing() and "chromium-driver" in browser.missing()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must test the HTML report"):
        browser.require_browser()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="no-chromium"):
        browser.require_browser()


def test_a_note_about_the_whole_run_is_in_the_panel_and_in_no_file():
    text = "1. Doe J. A title. J Test. 2019 Noc;3:1-9.\n"
    column = text.index("Noc") + 1
    note = located(
        "refs.txt", 1, 1, 1, "RL409", category=Category.LOOKUP, severity=Severity.INFO,
        message="could not verify 1 entry", run_level=True,
    )  # fmt: skip
    month = located("refs.txt", 1, column, column + 3, "RL204", severity=Severity.ERROR)
    page = render(
        [month, note], RunSummary(files=1, entries=1, sources=(Source("refs.txt", text),))
    )
    parsed = Page(page)
    assert [i["data-rule"] for i in parsed.items] == ["RL409", "RL204"]
    assert parsed.underlined == {1: "Noc"}
    headings = re.findall(r'<h3 class="panel-file">([^<]*)</h3>', page)
    assert headings == ["The whole run", "refs.txt"]
    assert "no file: it speaks of the whole run" in page
