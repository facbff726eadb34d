"""`refslint parse --format bibtex|ris`: the parsed list for reference managers.

Both are made from the CSL-JSON items (`refslint.csl`), so every export says the same thing: names
split into family and initials, organisations kept whole, page ranges in full, impossible dates
left out with a note. BibTeX is written by pybtex, RIS by rispy; both are imported only when
their format is asked for.

BibTeX text is plain text made safe for LaTeX: backslashes, braces, `$` and `^` are escaped here,
`% & # _ ~` by pybtex, and words with capitals past their first letter (`DScribe`, `DFT`) are
braced so a style that lowercases titles leaves them as printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from refslint.model import Reference

BIBTEX_TYPES = {
    "article-journal": "article",
    "article": "misc",
    "webpage": "misc",
    "book": "book",
    "chapter": "incollection",
    "paper-conference": "inproceedings",
    "thesis": "misc",
    "report": "techreport",
    "standard": "misc",
    "patent": "misc",
    "software": "misc",
    "dataset": "misc",
    "document": "misc",
}
RIS_TYPES = {
    "article-journal": "JOUR",
    "article": "UNPB",
    "webpage": "ELEC",
    "book": "BOOK",
    "chapter": "CHAP",
    "paper-conference": "CPAPER",
    "thesis": "THES",
    "report": "RPRT",
    "standard": "STAND",
    "patent": "PAT",
    "software": "COMP",
    "dataset": "DATA",
    "document": "GEN",
}

_LATEX = {"\\": r"\textbackslash{}", "$": r"\$", "^": r"\textasciicircum{}"}
_LATEX_CHARS = re.compile(r"[\\{}$^]")
# BibTeX counts every brace, escaped or not, to find a field's end: a brace without its partner
# is written as a command with no brace of its own.
_LONE_BRACE = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
_CONTAINER_FIELDS = {
    "article-journal": "journal",
    "chapter": "booktitle",
    "paper-conference": "booktitle",
}
_ARXIV_NUMBER = re.compile(r"^arXiv:(.+)$", re.IGNORECASE)


def _paired_braces(text: str) -> set[int]:
    """Offsets of the braces that open and close in pairs."""
    paired: set[int] = set()
    opened: list[int] = []
    for i, char in enumerate(text):
        if char == "{":
            opened.append(i)
        elif char == "}" and opened:
            paired.update((opened.pop(), i))
    return paired


def latex_text(text: str) -> str:
    """Plain text with the characters pybtex leaves alone escaped for LaTeX: paired braces as
    `\\{ \\}`, a lone brace as `\\textbraceleft{}` so BibTeX still finds the field's end."""
    paired = _paired_braces(text)

    def escape(m: re.Match[str]) -> str:
        char = m.group()
        if char in "{}":
            return "\\" + char if m.start() in paired else _LONE_BRACE[char]
        return _LATEX[char]

    return _LATEX_CHARS.sub(escape, text)


def protected_title(text: str) -> str:
    """Brace each word with a capital after its first letter, so BibTeX keeps its case."""
    words = []
    for word in latex_text(text).split(" "):
        if any(c.isupper() for c in word[1:]) and "\\" not in word:
            word = "{" + word + "}"
        words.append(word)
    return " ".join(words)


def _iso(date: dict[str, Any]) -> str:
    """A CSL date as ISO 8601, a range as `start/end` (biblatex's `date` form)."""
    parts = [
        "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(d))
        for d in date["date-parts"]
    ]
    return "/".join(parts)


def _people(names: list[dict[str, str]]) -> list[Any]:
    from pybtex.database import Person

    people = []
    for name in names:
        if (
            "literal" in name
        ):  # braced: BibTeX reads it as one family name, never "Organization, World"
            people.append(Person(string="{" + latex_text(name["literal"]) + "}"))
        else:
            people.append(
                Person(
                    first=latex_text(name.get("given", "")),
                    last=latex_text(name["family"]),
                    lineage=latex_text(name.get("suffix", "")),
                )
            )
    return people


def bibtex_fields(item: dict[str, Any]) -> dict[str, str]:
    """The BibTeX (and biblatex) fields of one CSL item, as LaTeX text."""
    kind = item["type"]
    fields: dict[str, str] = {}
    if "title" in item:
        fields["title"] = protected_title(item["title"])
    container = item.get("container-title")
    if container:
        key = {
            "article-journal": "journal",
            "chapter": "booktitle",
            "paper-conference": "booktitle",
        }
        fields[key.get(kind, "howpublished")] = latex_text(container)
    if "issued" in item:
        first = item["issued"]["date-parts"][0]
        fields["year"] = str(first[0])
        if len(first) > 1:
            fields["month"] = str(first[1])
        fields["date"] = _iso(item["issued"])
    plain = {
        "volume": "volume",
        "issue": "number",
        "edition": "edition",
        "publisher": "publisher",
        "publisher-place": "address",
        "DOI": "doi",
        "URL": "url",
        "PMID": "pmid",
        "note": "note",
        "event-title": "eventtitle",
        "event-place": "venue",
    }
    for csl_key, bib_key in plain.items():
        if csl_key in item:
            fields[bib_key] = latex_text(str(item[csl_key]))
    if "page" in item:
        fields["pages"] = latex_text(item["page"].replace("-", "--"))
    number = item.get("number")
    if number:
        arxiv = _ARXIV_NUMBER.match(number)
        if arxiv:
            fields["eprint"] = latex_text(arxiv.group(1))
            fields["archiveprefix"] = "arXiv"
        else:
            fields["eid"] = latex_text(number)
    if "accessed" in item:
        fields["urldate"] = _iso(item["accessed"])
    if "event-date" in item:
        fields["eventdate"] = _iso(item["event-date"])
    return fields


def to_bibtex(refs: Iterable[Reference]) -> str:
    """One BibTeX entry per reference, keyed by the CSL id (`ref-12`), in list order."""
    from pybtex.database import BibliographyData, Entry

    from refslint.csl import to_csl_list

    entries = {}
    for item in to_csl_list(refs):
        persons = {
            role: _people(item[key])
            for key, role in (("author", "author"), ("editor", "editor"))
            if key in item
        }
        entries[item["id"]] = Entry(
            BIBTEX_TYPES[item["type"]], fields=bibtex_fields(item), persons=persons
        )
    if not entries:
        return ""
    return BibliographyData(entries=entries).to_string("bibtex")


def _ris_name(name: dict[str, str]) -> str:
    if "literal" in name:
        return name["literal"]
    parts = [name["family"], name.get("given", ""), name.get("suffix", "")]
    return ", ".join(p for p in parts if p)


def _ris_date(date: dict[str, Any]) -> str:
    """RIS `DA`: `YYYY/MM/DD/`, empty parts left empty."""
    first = date["date-parts"][0]
    parts = [f"{first[0]:04d}", *(f"{p:02d}" for p in first[1:]), "", ""][:3]
    return "/".join(parts) + "/"


def ris_record(item: dict[str, Any]) -> dict[str, Any]:
    """One CSL item as rispy's record (tag names in rispy's words)."""
    record: dict[str, Any] = {"type_of_reference": RIS_TYPES[item["type"]], "id": item["id"]}
    if "author" in item:
        record["authors"] = [_ris_name(n) for n in item["author"]]
    if "editor" in item:
        record["secondary_authors"] = [_ris_name(n) for n in item["editor"]]
    simple = {
        "title": "title",
        "container-title": "secondary_title",
        "volume": "volume",
        "issue": "number",
        "DOI": "doi",
        "publisher": "publisher",
        "publisher-place": "place_published",
        "edition": "edition",
    }
    for csl_key, ris_key in simple.items():
        if csl_key in item:
            record[ris_key] = str(item[csl_key])
    if "issued" in item:
        record["year"] = str(item["issued"]["date-parts"][0][0])
        record["date"] = _ris_date(item["issued"])
    if "page" in item:
        first, _, last = item["page"].partition("-")
        record["start_page"] = first
        if last:
            record["end_page"] = last
    if "number" in item:
        record["custom7"] = str(item["number"])  # C7, "article number" in Zotero and EndNote
    if "URL" in item:
        record["urls"] = [item["URL"]]
    if "accessed" in item:
        record["access_date"] = _ris_date(item["accessed"])
    if "event-title" in item and item.get("container-title") != item["event-title"]:
        record["tertiary_title"] = item["event-title"]  # T3
    notes = [item["note"]] if "note" in item else []
    if "event-place" in item:
        notes.append(f"conference place: {item['event-place']}")
    if notes:
        record["notes"] = notes
    return record


def to_ris(refs: Iterable[Reference]) -> str:
    """The list as RIS records (TY ... ER), in list order."""
    import rispy

    from refslint.csl import to_csl_list

    class Writer(rispy.RisWriter):
        def set_header(self, count: int) -> str:
            return ""  # no "1." line before each record: not RIS, and some readers stop at it

    records = [ris_record(item) for item in to_csl_list(refs)]
    return str(rispy.dumps(records, implementation=Writer)) if records else ""
