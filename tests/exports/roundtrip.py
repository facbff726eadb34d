"""Render a list's CSL-JSON with real CSL processors, read the output back with refslint's own
grammar, and compare the two readings field by field.

The comparison is of content, not typography: quotes and dashes are folded, page ranges compared
expanded ("284-7" and "284–287" are the same pages), DOIs without regard to case. A field counts
when the source reading has it; a date counts only when it names a real calendar day, since an
impossible date is left out of the export on purpose (its item carries a `note` instead).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from refslint.csl import impossible, to_csl_list
from refslint.grammar import parse_entry
from refslint.model import Author, PartialDate, Reference
from refslint.sources import read_entries

DATA = Path(__file__).resolve().parents[1] / "data"
STYLE = DATA / "csl" / "nlm-citation-sequence.csl"
LISTS = (
    DATA / "corpus" / "review-124.txt",
    Path(__file__).resolve().parents[1] / "lists" / "citing-medicine-clean.txt",
    Path(__file__).resolve().parents[1] / "lists" / "style-citing-medicine-consistent.txt",
)
FIELDS = (
    "authors", "title", "container", "date", "volume", "issue", "pages", "doi", "url",
    "accessed", "publisher", "place", "editors", "edition",
)  # fmt: skip

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def read(path: Path | str, text: str | None = None) -> list[Reference]:
    if text is None:
        text = Path(path).read_text(encoding="utf-8")
    return [parse_entry(entry) for entry in read_entries(str(path), text)]


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value.text).translate(_FOLD).split())
    return text.rstrip(".").strip() or None


def _names(names: Iterable[Author]) -> tuple[tuple[str, ...], ...] | None:
    out = tuple(
        (" ".join(a.text.split()).rstrip("."),)
        if a.is_group
        else (a.family.translate(_FOLD).strip(), a.initials.strip(), a.suffix.strip(" ."))
        for a in names
        if (a.family or a.text).strip(" .").lower() != "et al"
    )
    return out or None


def _date(date: PartialDate | None) -> tuple[Any, ...] | None:
    if date is None or impossible(date) is not None:
        return None
    return (date.year, date.month, date.day, date.end_month, date.end_day)


def fields(ref: Reference) -> dict[str, Any]:
    """The comparable content of one reading; absent fields are None."""
    if ref.pages is not None:
        pages: Any = ("pages", ref.pages.first, ref.pages.last)
    elif ref.article_number is not None:
        pages = ("number", _text(ref.article_number))
    else:
        pages = None
    issue = " ".join(t for t in (_text(ref.issue), _text(ref.supplement)) if t) or None
    return {
        "authors": _names(ref.authors),
        "title": _text(ref.title),
        "container": _text(ref.container),
        "date": _date(ref.date),
        "volume": _text(ref.volume),
        "issue": issue,
        "pages": pages,
        "doi": _text(ref.doi).lower() if ref.doi is not None else None,  # type: ignore[union-attr]
        "url": _text(ref.urls[0]) if ref.urls else None,
        "accessed": _date(ref.accessed),
        "publisher": _text(ref.publisher),
        "place": _text(ref.place),
        "editors": _names(ref.editors),
        "edition": _text(ref.edition),
    }


# --- the two processors ----------------------------------------------------------------------


def pandoc_binary() -> str | None:
    """The system's pandoc (Debian's package; `.ci/run` installs it)."""
    return shutil.which("pandoc")


def pandoc_version(binary: str) -> str:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True)
    return out.stdout.split("\n", 1)[0]


def render_pandoc(
    items: list[dict[str, Any]], work: Path, binary: str, style: Path = STYLE
) -> list[str]:
    bib = work / "items.json"
    bib.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    doc = work / "cite-all.md"
    doc.write_text('---\nnocite: "@*"\n---\n', encoding="utf-8")
    out = subprocess.run(
        [binary, str(doc), "--citeproc", "--bibliography", str(bib), "--csl", str(style),
         "-t", "plain", "--wrap=none"],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return [para.strip() for para in out.stdout.split("\n\n") if para.strip()]


def render_citeproc_py(items: list[dict[str, Any]], work: Path, style: Path = STYLE) -> list[str]:
    from citeproc import (  # type: ignore[import-untyped]
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON  # type: ignore[import-untyped]

    parsed = CitationStylesStyle(str(style), validate=False)
    bibliography = CitationStylesBibliography(parsed, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    return [str(entry) for entry in bibliography.bibliography()]


# --- the processors' faults ---------------------------------------------------------------------
#
# Each processor misprints some things the style asks for. A field lost that way is not the
# export's loss, so it is counted apart: the list is rendered a second time with the fault worked
# around (a copy of the style saying the same thing in a form the processor honours, or the printed
# entry repaired), and a field lost the first time but equal the second is a processor fault.


@dataclass(frozen=True)
class Workaround:
    """One processor's documented faults undone: `style` rewrites the style's text, `output`
    one printed entry."""

    style: Callable[[str], str]
    output: Callable[[str], str] = lambda entry: entry


_NAMES_OPEN = re.compile(r'(<names variable="[^"]+">)')
SPELLED_NAME = (
    '<name delimiter=", " delimiter-precedes-last="always" initialize-with="" '
    'name-as-sort-order="all" sort-separator=" "/>'
)


def spell_out_names(style: str) -> str:
    """pandoc 2.17: name options set on `<style>` are ignored (`Y. C. Gao` for `Gao YC`), and a
    `<names>` with no `<name/>` prints its label before the names (`In, editorsVogelstein B`).
    The same options written on a `<name/>` in every `<names>` (CSL 1.0.2: they are inherited)."""
    return _NAMES_OPEN.sub(lambda m: m[1] + SPELLED_NAME, style)


_LOCALE_DATE = re.compile(r'<date delimiter=" " form="text">(.*?)</date>', re.S)


def full_page_ranges(style: str) -> str:
    """Both processors: `page-range-format="minimal"` shortens `1-14` to `1–4` (CSL keeps a range
    whose ends differ in length whole), so ranges are printed in full; the comparison expands
    them anyway."""
    return style.replace('page-range-format="minimal"', 'page-range-format="expanded"')


def spell_out_dates(style: str) -> str:
    """citeproc-py: the locale's date delimiter is ignored (`2002Jul25`, `[cited 2024Oct21]`),
    so the space goes on each date part after the first instead."""

    def spaced(m: re.Match[str]) -> str:
        parts = m[1].split("<date-part ")
        return (
            '<date form="text">'
            + parts[0]
            + "<date-part "
            + parts[1]
            + "".join(f'<date-part prefix=" " {part}' for part in parts[2:])
            + "</date>"
        )

    return _LOCALE_DATE.sub(spaced, style)


_TWICE = re.compile(r"(\b[^.]+, editors?\.)(.*?) \1")


def editors_once(entry: str) -> str:
    """citeproc-py prints an edited book's editors twice: as its authors (the style's
    `<substitute>`) and again after the title, where CSL says a substituted name is not repeated."""
    return _TWICE.sub(r"\1\2", entry, count=1)


PANDOC_FAULTS = Workaround(style=lambda style: full_page_ranges(spell_out_names(style)))
CITEPROC_PY_FAULTS = Workaround(
    style=lambda style: full_page_ranges(spell_out_dates(style)), output=editors_once
)


# --- comparing -------------------------------------------------------------------------------

_NUMBER = re.compile(r"^\s*(\d+)\.\s*")


def as_list(rendered: list[str]) -> str:
    """The rendered entries as a numbered list refslint reads. The style aligns the number in a
    column of its own (`second-field-align`), which a processor may print with no space after it."""
    lines = ["References", ""]
    for entry in rendered:
        lines.append(_NUMBER.sub(lambda m: f"{m[1]}. ", " ".join(entry.split()), count=1))
    return "\n".join(lines) + "\n"


@dataclass
class Tally:
    present: Counter[str] = field(default_factory=Counter)
    equal: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)  # lost to the processor's faults
    losses: list[str] = field(default_factory=list)
    fault_losses: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        """Fields back equal, of all fields present in the source."""
        return sum(self.equal.values()) / max(sum(self.present.values()), 1)

    @property
    def renderable(self) -> int:
        return sum(self.present.values()) - sum(self.faults.values())

    @property
    def renderable_ratio(self) -> float:
        """Fields back equal, of the fields the processor prints as the style asks."""
        return sum(self.equal.values()) / max(self.renderable, 1)

    def lines(self) -> list[str]:
        out = [
            f"{name:10} {self.equal[name]}/{self.present[name]}"
            + (f" ({self.faults[name]} lost to the processor)" if self.faults[name] else "")
            for name in FIELDS
            if self.present[name]
        ]
        equal = sum(self.equal.values())
        return [
            *out,
            f"overall {equal}/{sum(self.present.values())} = {self.ratio:.4f}",
            f"without processor faults {equal}/{self.renderable} = {self.renderable_ratio:.4f}",
        ]


Render = Callable[[list[dict[str, Any]], Path, Path], list[str]]


def _read_back(path: Path, rendered: list[str]) -> dict[int, Reference]:
    # processors number the entries 1, 2, 3...: the n-th entry rendered is the n-th read
    return {ref.index: ref for ref in read(path.name, as_list(rendered))}


def round_trip(render: Render, work: Path, tally: Tally, faults: Workaround | None = None) -> None:
    """Tally every list of `LISTS` rendered with the style; with `faults`, count a field lost
    but equal when the processor's faults are worked around as lost to the processor."""
    variant = work / "variant.csl"
    if faults is not None:
        variant.write_text(faults.style(STYLE.read_text(encoding="utf-8")), encoding="utf-8")
    for path in LISTS:
        source = read(path)
        items = to_csl_list(source)
        back = _read_back(path, render(items, work, STYLE))
        fixed: dict[int, Reference] = {}
        if faults is not None:
            fixed = _read_back(path, [faults.output(e) for e in render(items, work, variant)])
        for ref in source:
            before = fields(ref)
            number = ref.number if ref.number is not None else ref.index
            after = fields(back[ref.index]) if ref.index in back else dict.fromkeys(FIELDS)
            repaired = fields(fixed[ref.index]) if ref.index in fixed else dict.fromkeys(FIELDS)
            for name in FIELDS:
                if before[name] is None:
                    continue
                tally.present[name] += 1
                line = f"{path.name}#{number} {name}: {before[name]!r} -> {after[name]!r}"
                if before[name] == after[name]:
                    tally.equal[name] += 1
                elif before[name] == repaired[name]:
                    tally.faults[name] += 1
                    tally.fault_losses.append(line)
                else:
                    tally.losses.append(line)
