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


def render_pandoc(items: list[dict[str, Any]], work: Path, binary: str) -> list[str]:
    bib = work / "items.json"
    bib.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    doc = work / "cite-all.md"
    doc.write_text('---\nnocite: "@*"\n---\n', encoding="utf-8")
    out = subprocess.run(
        [binary, str(doc), "--citeproc", "--bibliography", str(bib), "--csl", str(STYLE),
         "-t", "plain", "--wrap=none"],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return [para.strip() for para in out.stdout.split("\n\n") if para.strip()]


def render_citeproc_py(items: list[dict[str, Any]], work: Path) -> list[str]:
    from citeproc import (  # type: ignore[import-untyped]
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON  # type: ignore[import-untyped]

    style = CitationStylesStyle(str(STYLE), validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    return [str(entry) for entry in bibliography.bibliography()]


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
    losses: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return sum(self.equal.values()) / max(sum(self.present.values()), 1)

    def lines(self) -> list[str]:
        out = [
            f"{name:10} {self.equal[name]}/{self.present[name]}"
            for name in FIELDS
            if self.present[name]
        ]
        return [*out, f"overall {sum(self.equal.values())}/{sum(self.present.values())} "
                f"= {self.ratio:.4f}"]  # fmt: skip


def round_trip(
    render: Callable[[list[dict[str, Any]], Path], list[str]], work: Path, tally: Tally
) -> None:
    for path in LISTS:
        source = read(path)
        items = to_csl_list(source)
        rendered = render(items, work)
        # processors number the entries 1, 2, 3...: the n-th entry rendered is the n-th read
        back = {ref.index: ref for ref in read(path.name, as_list(rendered))}
        for ref in source:
            before = fields(ref)
            number = ref.number if ref.number is not None else ref.index
            after = fields(back[ref.index]) if ref.index in back else dict.fromkeys(FIELDS)
            for name in FIELDS:
                if before[name] is None:
                    continue
                tally.present[name] += 1
                if before[name] == after[name]:
                    tally.equal[name] += 1
                else:
                    tally.losses.append(
                        f"{path.name}#{number} {name}: {before[name]!r} -> {after[name]!r}"
                    )
