"""`--format html`: one self-contained page a copy editor reads in a browser.

The list is shown as written, each finding underlined at its exact span, with a side panel of
findings (fixes as before and after, lookup findings beside their registry record, shown once
per entry and referred to by each finding about it), filters by
rule, category and severity, a summary with a bar chart, jump links to entries and keyboard
navigation. Everything is in the one file: the style sheet and script are ours and inline, and a
Content-Security-Policy lets only those two (by their hashes) run or apply, so the page asks the
network for nothing and text from a list can never become markup or script. Every piece of text
goes through `escape` on its way into the page.
"""

from __future__ import annotations

import base64
import hashlib
import html
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TextIO
from urllib.parse import quote

from refslint.diagnostics import Category, Located, RecordComparison, Severity
from refslint.lines import LineIndex
from refslint.reporters import RunSummary, Source, entry_lines, plural, summary_line

RUN = "The whole run"  # the panel's heading for notes about the run, placed in no file
CONTEXT = 60  # characters of the line shown either side of a fix's change
KEYS = "j or n: next finding · k or p: previous finding · Esc: clear"
BAR_COLOUR = "#3566a8"  # the summary chart's bars (tests read it back from a screenshot)
CHART_WIDTH, BAR_HEIGHT, LABEL_WIDTH = 360, 18, 110
# The list and panel are laid out once, when the page's script shows them at the end of parsing:
# shown while a long page is parsed, they would be laid out again at each pause of the parser,
# which made opening a page grow with the square of its length. Without scripts, this shows them.
NO_SCRIPT_CSS = "main.pending { display: block; }"


def escape(text: object) -> str:
    """Text as HTML: `<`, `>`, `&` and both quotes become entities, so it is safe in element
    content and in quoted attribute values alike."""
    return html.escape(str(text), quote=True)


@cache
def _asset(name: str) -> str:
    return resources.files("refslint.reporters").joinpath(name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def report(results: Sequence[Located], run: RunSummary, out: TextIO) -> None:
    out.write(render(results, run))


@dataclass(frozen=True)
class _Finding:
    """A result with its number in the page and its place in its file's text (offsets)."""

    id: int
    result: Located
    start: int = -1  # -1: its file's text is not in the page
    end: int = -1
    anchor: str = ""  # the id of its entry's block, for the jump link


@dataclass(frozen=True)
class _Block:
    """Lines `first`..`last` (1-based) shown together: one entry, or text between entries."""

    first: int
    last: int
    anchor: str = ""  # set for an entry
    number: str = ""  # the entry's number as the nav and gutter show it


def render(results: Sequence[Located], run: RunSummary) -> str:
    """The whole page."""
    css, script = _asset("html.css"), _asset("html.js")
    files = {source.path: index for index, source in enumerate(run.sources)}
    order = sorted(  # notes about the whole run first, then file by file in the order linted
        range(len(results)),
        key=lambda i: (
            not results[i].run_level,
            files.get(results[i].path, len(files)),
            results[i].path,
            results[i],
        ),
    )
    ordered = [results[i] for i in order]
    sections: list[str] = []
    placed: dict[int, _Finding] = {}
    per_file: dict[str, list[tuple[int, Located]]] = {}
    for i, r in enumerate(ordered):
        if not r.run_level:  # placed in no file: the panel shows it, the text does not
            per_file.setdefault(r.path, []).append((i, r))
    for index, source in enumerate(run.sources):
        section, located = _file_section(index, source, per_file.get(source.path, []))
        sections.append(section)
        placed.update((f.id, f) for f in located)
    findings = [placed.get(i) or _Finding(i, r) for i, r in enumerate(ordered)]
    records = _record_groups(ordered)
    policy = (
        f"default-src 'none'; style-src {_hash(css)} {_hash(NO_SCRIPT_CSS)}; "
        f"script-src {_hash(script)}; "
        "base-uri 'none'; form-action 'none'"
    )
    title = "refslint report" + (f": {run.sources[0].path}" if len(run.sources) == 1 else "")
    return "".join(
        (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{escape(policy)}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="generator" content="refslint">\n',
            f"<title>{escape(title)}</title>\n<style>{css}</style>\n",
            f"<noscript><style>{NO_SCRIPT_CSS}</style></noscript>\n</head>\n<body>\n",
            '<header id="top">\n<h1>refslint report</h1>\n',
            f'<p class="summary-line">{escape(summary_line(len(results), run))}</p>\n',
            _summary(ordered),
            _filters(ordered),
            f'<p class="keys no-print">Keys: {escape(KEYS)}.</p>\n</header>\n',
            '<main class="pending">\n<div id="text">\n',
            "".join(sections) or '<p class="empty">No text to show.</p>\n',
            "</div>\n",
            _panel(findings, run, records),
            "</main>\n",
            '<div id="tip" role="tooltip" hidden></div>\n',
            f"<script>{script}</script>\n</body>\n</html>\n",
        )
    )


# --- summary and filters ---------------------------------------------------------------------


def _summary(results: Sequence[Located]) -> str:
    """Counts per category, as a table and as a bar chart the page draws in inline SVG."""
    by_category = Counter(r.category for r in results)
    by_severity = Counter(r.severity for r in results)
    rows = [(c, by_category[c]) for c in Category if by_category[c]]
    severities = " ".join(
        f'<span class="badge sev-{s}">{escape(plural(by_severity[s], str(s), str(s) + "s"))}</span>'
        for s in sorted(Severity, reverse=True)
        if by_severity[s]
    )
    if not rows:
        return '<section id="summary"><p>No findings.</p></section>\n'
    return (
        '<section id="summary">\n<h2>Findings per category</h2>\n'
        f'<p class="severities">{severities}</p>\n{_chart(rows)}\n</section>\n'
    )


def _chart(rows: Sequence[tuple[Category, int]]) -> str:
    most = max(count for _, count in rows)
    height = len(rows) * (BAR_HEIGHT + 6) + 4
    parts = [
        f'<svg id="chart" role="img" width="{LABEL_WIDTH + CHART_WIDTH + 50}" height="{height}" '
        f'viewBox="0 0 {LABEL_WIDTH + CHART_WIDTH + 50} {height}" '
        'xmlns="http://www.w3.org/2000/svg" aria-labelledby="chart-title">'
        '<title id="chart-title">Findings per category</title>'
    ]
    for row, (category, count) in enumerate(rows):
        y = 4 + row * (BAR_HEIGHT + 6)
        width = max(round(CHART_WIDTH * count / most), 2)
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + BAR_HEIGHT - 5}" text-anchor="end">'
            f"{escape(category)}</text>"
            f'<rect class="bar" data-category="{escape(category)}" x="{LABEL_WIDTH}" y="{y}" '
            f'width="{width}" height="{BAR_HEIGHT}" fill="{BAR_COLOUR}"></rect>'
            f'<text x="{LABEL_WIDTH + width + 6}" y="{y + BAR_HEIGHT - 5}">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _filters(results: Sequence[Located]) -> str:
    if not results:
        return ""
    severities = Counter(str(r.severity) for r in results)
    categories = Counter(str(r.category) for r in results)
    rules = Counter(r.code for r in results)
    names = {r.code: r.name for r in results}
    groups = (
        ("Severity", "sev", [(str(s), str(s), severities[str(s)]) for s in sorted(Severity)[::-1]]),
        ("Category", "cat", [(str(c), str(c), categories[str(c)]) for c in Category]),
        ("Rule", "rule", [(code, f"{code} {names[code]}", rules[code]) for code in sorted(rules)]),
    )
    out = ['<section id="filters" class="no-print">\n']
    for legend, kind, options in groups:
        out.append(f'<fieldset data-kind="{kind}"><legend>{legend}</legend>')
        for value, label, count in options:
            if count:
                out.append(
                    f'<label><input type="checkbox" checked data-kind="{kind}" '
                    f'value="{escape(value)}"> {escape(label)} <span class="count">{count}</span>'
                    "</label> "
                )
        out.append("</fieldset>\n")
    out.append(
        '<p><button type="button" id="show-all">Show all</button> '
        f'<span id="shown" aria-live="polite">{plural(len(results), "finding")} shown</span></p>\n'
        "</section>\n"
    )
    return "".join(out)


# --- the text, with findings underlined ---------------------------------------------------------


def _file_section(
    index: int, source: Source, mine: Sequence[tuple[int, Located]]
) -> tuple[str, list[_Finding]]:
    lines = LineIndex(source.text)
    blocks = _blocks(index, source, lines)
    block_firsts = [b.first for b in blocks]
    located: list[_Finding] = []
    for number, result in mine:
        start = lines.clamped_offset(result.line, result.column)
        end = max(lines.clamped_offset(result.end_line, result.end_column), start)
        block = blocks[max(bisect_right(block_firsts, result.line) - 1, 0)] if blocks else None
        anchor = block.anchor if block is not None else ""
        located.append(_Finding(number, result, start, end, anchor or f"file-{index}"))
    by_line = _findings_by_line(located, lines)
    flagged = {f.anchor for f in located}
    nav = "".join(
        f'<a href="#{b.anchor}"{" class=has" if b.anchor in flagged else ""}>'
        f"{escape(b.number)}</a> "
        for b in blocks
        if b.anchor
    )
    out = [
        f'<section class="file" id="file-{index}">\n<h2>{escape(source.path)}</h2>\n',
        f'<nav class="entries" aria-label="Entries">Entries: {nav}</nav>\n' if nav else "",
        '<div class="source">',
    ]
    for block in blocks:
        if block.anchor:
            out.append(f'<div class="entry" id="{block.anchor}" data-n="{escape(block.number)}">')
        for line in range(block.first, block.last + 1):
            out.append(_line(lines, line, by_line.get(line, ())))
        if block.anchor:
            out.append("</div>")
    out.append("</div>\n</section>\n")
    return "".join(out), located


def _blocks(index: int, source: Source, lines: LineIndex) -> list[_Block]:
    """Each entry's lines as one block (anchored for the jump links), and the lines between."""
    from refslint.sources import read_entries

    found = source.entries
    if found is None:
        found = entry_lines(read_entries(source.path, source.text))
    spans: list[tuple[int, int, str]] = []
    for entry in found:
        first, number = max(entry.first, 1), entry.number
        last = min(max(entry.last, first), len(lines))
        if first > last:  # lines the text does not have: nothing to anchor
            continue
        if spans and first <= spans[-1][1]:  # two entries on one line: one block, both numbers
            before = spans[-1]
            spans[-1] = (before[0], max(last, before[1]), f"{before[2]}, {number}")
        else:
            spans.append((first, last, number))
    blocks: list[_Block] = []
    line = 1
    for count, (first, last, number) in enumerate(spans):
        if first > line:
            blocks.append(_Block(line, first - 1))
        blocks.append(_Block(first, last, f"f{index}-e{count + 1}", number))
        line = last + 1
    if line <= len(lines):
        blocks.append(_Block(line, len(lines)))
    return blocks


def _findings_by_line(located: Iterable[_Finding], lines: LineIndex) -> dict[int, list[_Finding]]:
    by_line: dict[int, list[_Finding]] = {}
    for finding in located:
        first = lines.position(finding.start)[0]
        last = lines.position(finding.end)[0]
        for line in range(first, last + 1):
            by_line.setdefault(line, []).append(finding)
    return by_line


def _line(lines: LineIndex, line: int, findings: Sequence[_Finding]) -> str:
    """One line of text, cut where findings start and end; each piece names its findings."""
    start, end = lines.starts[line - 1], lines.ends[line - 1]
    text = lines.text
    if not findings:
        return f'<div class="ln">{escape(text[start:end])}</div>'
    cuts = {start, end}
    for f in findings:
        cuts.update(min(max(x, start), end) for x in (f.start, f.end))
    points = sorted(cuts)
    out = ['<div class="ln">']
    for k, a in enumerate(points):
        empty = [f for f in findings if f.start == f.end == a]  # a finding at a point
        if empty:
            out.append(_underlined(empty, "", point=True))
        if k + 1 < len(points):
            b = points[k + 1]
            here = [f for f in findings if f.start < b and f.end > a]
            piece = escape(text[a:b])
            out.append(_underlined(here, piece) if here else piece)
    out.append("</div>")
    return "".join(out)


def _underlined(findings: Sequence[_Finding], piece: str, point: bool = False) -> str:
    worst = max(int(f.result.severity) for f in findings)
    ids = " ".join(str(f.id) for f in findings)
    kind = "u z" if point else "u"
    return f'<span class="{kind}" data-s="{worst}" data-f="{ids}">{piece}</span>'


# --- the side panel ----------------------------------------------------------------------------


def _record_groups(results: Sequence[Located]) -> dict[int, tuple[int, int]]:
    """For each finding with a record, (its record's number, the first finding showing it).

    An entry whose year, volume and page all differ from its record has three RL402 findings
    speaking of one record; the panel shows that record once, in the first of them, and the others
    refer to it. Findings share a record when they are about the same entry of the same file and
    the comparisons are equal (all its differing fields marked in each)."""
    first: dict[tuple[str, int | None, RecordComparison], tuple[int, int]] = {}
    groups: dict[int, tuple[int, int]] = {}
    for i, r in enumerate(results):
        if r.record is None:
            continue
        key = (r.path, r.entry, r.record)
        groups[i] = first.setdefault(key, (len(first), i))
    return groups


def _panel(
    findings: Sequence[_Finding], run: RunSummary, records: dict[int, tuple[int, int]]
) -> str:
    texts = {source.path: LineIndex(source.text) for source in run.sources}
    out = ['<aside id="panel" aria-label="Findings">\n<h2>Findings</h2>\n']
    if not findings:
        out.append("<p>Nothing to report.</p>\n")
    current: str | None = None
    for finding in findings:
        group = RUN if finding.result.run_level else finding.result.path
        if group != current:
            if current is not None:
                out.append("</ol>\n")
            out.append(f'<h3 class="panel-file">{escape(group)}</h3>\n<ol class="findings">\n')
            current = group
        shared = records.get(finding.id)
        out.append(_item(finding, None if group == RUN else texts.get(group), shared))
    if current is not None:
        out.append("</ol>\n")
    out.append("</aside>\n")
    return "".join(out)


def _item(finding: _Finding, lines: LineIndex | None, shared: tuple[int, int] | None = None) -> str:
    r = finding.result
    where = _where(r)
    if r.entry is not None:
        where = f"entry {r.entry}, {where}"
    if r.run_level:
        where = "no file: it speaks of the whole run"
    link = f"#{finding.anchor}" if finding.anchor else ""
    place = f'<a class="go" href="{escape(link)}">{escape(where)}</a>' if link else escape(where)
    rec = f' data-rec="{shared[0]}"' if shared is not None else ""
    parts = [
        f'<li class="finding" id="d{finding.id}" data-i="{finding.id}" '
        f'data-rule="{escape(r.code)}" data-cat="{escape(r.category)}" '
        f'data-sev="{escape(r.severity)}"{rec}>',
        f'<div class="head"><span class="badge sev-{r.severity}">{escape(r.severity)}</span> ',
        f'<code class="code">{escape(r.code)}</code> <span class="name">{escape(r.name)}</span>',
        f'<span class="cat">{escape(r.category)}</span></div>',
        f'<p class="msg">{escape(r.message)}</p>',
        f'<p class="where">{place}</p>',
    ]
    if r.fix_applicability is not None:
        parts.append(_fix(r, lines))
    if r.record is not None and shared is not None:
        number, holder = shared
        parts.append(_record_reference(r.record, number, shown=holder != finding.id))
        if holder == finding.id:
            parts.append(_record(r.record, number))
    parts.append("</li>\n")
    return "".join(parts)


def _where(r: Located) -> str:
    """A finding's place in the reader's units: a text file's line and column, a Word file's
    paragraph and character, a PDF's page, line and character."""
    place = r.place
    if place is None:
        return f"line {r.line}, column {r.column}"
    if place.unit == "page":
        return f"page {place.number}, line {place.line}, character {place.column}"
    return f"paragraph {place.number}, character {place.column}"


def _fix(r: Located, lines: LineIndex | None) -> str:
    head = f'<p class="fix-head">Fix ({escape(r.fix_applicability)}): {escape(r.fix_message)}</p>'
    if lines is None or not r.edits:
        return f'<div class="fix">{head}</div>'
    text = lines.text
    changes = sorted(
        (
            lines.clamped_offset(e.line, e.column),
            max(
                lines.clamped_offset(e.end_line, e.end_column),
                lines.clamped_offset(e.line, e.column),
            ),
            e.text,
        )
        for e in r.edits
    )
    first_line = lines.position(changes[0][0])[0]
    last_line = lines.position(changes[-1][1])[0]
    begin = max(lines.starts[first_line - 1], changes[0][0] - CONTEXT)
    finish = min(lines.ends[last_line - 1], changes[-1][1] + CONTEXT)
    before, after = [], []
    at = begin
    for start, end, new in changes:
        if start < at:  # overlapping edits: show what can be shown without repeating text
            continue
        same = escape(text[at:start])
        before.append(f"{same}<del>{escape(text[start:end])}</del>")
        after.append(f"{same}<ins>{escape(new)}</ins>")
        at = end
    tail = escape(text[at:finish])
    lead = "…" if begin > lines.starts[first_line - 1] else ""
    trail = "…" if finish < lines.ends[last_line - 1] else ""
    return (
        f'<div class="fix">{head}<dl class="before-after">'
        f'<dt>Before</dt><dd class="before">{lead}{"".join(before)}{tail}{trail}</dd>'
        f'<dt>After</dt><dd class="after">{lead}{"".join(after)}{tail}{trail}</dd>'
        "</dl></div>"
    )


def _record_reference(record: RecordComparison, number: int, shown: bool) -> str:
    """What a finding says of a record shown with another finding: its DOI, linked to the table,
    and the fields that differ. The finding showing the table keeps it hidden, ready for the
    page's script, which moves the table to the first finding a filter leaves shown."""
    differing = ", ".join(f.name for f in record.differing()) or "none"
    return (
        f'<p class="see-record"{"" if shown else " hidden"}>Compared with the record of '
        f'<a href="#rec-{number}">{escape(record.doi)}</a> above; differing: '
        f"{escape(differing)}.</p>"
    )


def _record(record: RecordComparison, number: int) -> str:
    doi = escape(record.doi)
    href = escape("https://doi.org/" + quote(record.doi, safe="/:;()._-"))
    rows = "".join(
        f'<tr class="{"differs" if f.differs else "agrees"}"><th scope="row">{escape(f.name)}</th>'
        f"<td>{escape(f.printed) or '—'}</td><td>{escape(f.recorded) or '—'}</td></tr>"
        for f in record.fields
    )
    return (
        f'<table class="record" id="rec-{number}"><caption>The entry beside the '
        f'{escape(record.source)} record of <a class="doi" href="{href}" target="_blank" '
        f'rel="noopener noreferrer">{doi}</a></caption>'
        '<thead><tr><th scope="col">field</th><th scope="col">entry</th>'
        f'<th scope="col">record</th></tr></thead><tbody>{rows}</tbody></table>'
    )
