"""Build `data/pool.jsonl`, the evaluation's registry of real works, from AnyStyle's labelled
citations (BSD-2, see `data/LICENSE` and `data/SOURCES.md`).

Keeps journal articles whose labelled segments give every field cleanly: authors (each family
name read without doubt, no "et al."), title of 4 to 35 words, journal, year, volume (and issue),
first page; one work per title. The evaluation itself reads only the file this writes.

    python evaluation/build_pool.py [ANYSTYLE_DIR]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[1] / "shared" / "data" / "citation-corpora" / "anystyle"
FILES = ("core", "gold", "good", "ugly", "bad")
OUT = HERE / "data" / "pool.jsonl"

UPPER = "A-ZÀ-ÖØ-Þ"
PARTICLE = r"(?:(?:van|von|de|der|den|del|della|di|da|du|la|le|dos|das|ten|ter|al|el)\s+)"
# a family name's word has a lower-case letter, or is three capitals or more ("LOAS")
WORD = rf"[{UPPER}](?:[^\s\d.,;()]*[a-zà-ÿ][^\s\d.,;()]*|[{UPPER}]{{2,}})"
FAMILY = rf"{PARTICLE}*{WORD}(?:[\s-]{WORD})?"
INITIALS = rf"[{UPPER}](?:[.\-\s]*[{UPPER}]){{0,3}}\.?"
GIVEN = rf"[{UPPER}][a-zà-ÿ]+(?:[\s-][{UPPER}][a-zà-ÿ]+)*(?:\s+{INITIALS})?"
VANCOUVER = re.compile(rf"({FAMILY})\s+({INITIALS})")
INITIALS_FIRST = re.compile(rf"({INITIALS})\s+({FAMILY})")
BARE = re.compile(FAMILY)
GIVEN_PART = re.compile(rf"{INITIALS}|{GIVEN}")
VOLUME = re.compile(
    r"(?:\d{4}\s*;\s*)?(?:vol\.?|v\.?|volume)?\s*(\d{1,4})"
    r"(?:,?\s*\((\d{1,4})\)|,?\s*(?:no\.?|n°|issue)\s*(\d{1,4})|,\s*(\d{1,3}))?",
    re.I,
)
DASH = r"\s*(?:-|–|—|--|‑)\s*"
PAGE = r"[A-Za-z]?\d{1,8}"
PAGES = re.compile(rf"(?:pp?\.?|pages)?\s*({PAGE})(?:{DASH}({PAGE}))?", re.I)
NATURAL = re.compile(rf"({GIVEN})\s+({FAMILY})")
YEAR = re.compile(r"\b(19[3-9]\d|20[0-2]\d)\b")
QUOTES = "\"“”‘’'«»"


def _letters(given: str) -> str:
    return "".join(c for c in given if c.isupper())


def parse_authors(text: str) -> list[dict[str, str]] | None:
    """Family names and initials, or None when any name is in doubt."""
    text = re.sub(r"[,\s]*(?:et al\.?|et coll\.?)[,:.\s]*$", "", text.strip(" :"))
    if re.search(r"et al|…|\.\.\.|\bothers\b|[()*:?\d]", text, re.I):
        return None
    text = re.sub(r"\s+(?:and|&|und|et|y|e)\s+", ", ", text)
    parts = [p.strip(" .,;") for p in re.split(r"[;,]", text)]
    parts = [p for p in parts if p]
    authors: list[dict[str, str]] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        following = parts[i + 1] if i + 1 < len(parts) else ""
        if BARE.fullmatch(part) and following and GIVEN_PART.fullmatch(following):
            authors.append({"family": part, "initials": _letters(following)})
            i += 2
            continue
        if m := INITIALS_FIRST.fullmatch(part):
            authors.append({"family": m.group(2), "initials": _letters(m.group(1))})
        elif m := VANCOUVER.fullmatch(part):
            authors.append({"family": m.group(1), "initials": _letters(m.group(2))})
        elif m := NATURAL.fullmatch(part):
            authors.append({"family": m.group(2), "initials": _letters(m.group(1))})
        else:
            return None
        i += 1
    if not authors or len(authors) > 20:
        return None
    for author in authors:  # "LOAS" -> "Loas": the registry's form
        if author["family"].isupper() and len(author["family"]) > 2:
            author["family"] = author["family"].title()
    return authors


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:").strip(QUOTES).strip(" .,;:")


def work(segments: list[tuple[str, str]]) -> dict | None:
    """One pool record from a labelled citation, or None when a field is missing or unclear."""
    fields: dict[str, str] = {}
    for tag, text in segments:
        tag = "journal" if tag == "container-title" else tag
        if tag in fields:  # a second title or date: not a plain journal article
            return None
        fields[tag] = unicodedata.normalize("NFC", text or "")  # as registries serve text
    if not {"author", "title", "journal", "date", "volume", "pages"} <= fields.keys():
        return None
    if any(c in fields[tag] for tag in ("author", "title", "journal") for c in "<>*_[]{}|"):
        return None  # markup left from the source document
    if {"editor", "publisher", "location", "edition", "isbn"} & fields.keys():
        return None
    authors = parse_authors(" ".join(fields["author"].split()))
    title = _clean(fields["title"])
    journal = _clean(re.sub(r"^In:?\s+", "", fields["journal"].strip()))
    year = YEAR.search(fields["date"])
    volume = VOLUME.fullmatch(_clean(fields["volume"]))
    pages = PAGES.fullmatch(_clean(fields["pages"]))
    if authors is None or year is None or volume is None or pages is None:
        return None
    words = title.split()
    if not 4 <= len(words) <= 35:
        return None
    if not journal or len(journal.split()) > 12 or re.search(r"\d", journal):
        return None
    return {
        "title": title,
        "authors": authors,
        "journal": journal,
        "year": int(year.group(1)),
        "volume": volume.group(1),
        "issue": volume.group(2) or volume.group(3) or volume.group(4) or "",
        "first_page": pages.group(1),
        "last_page": pages.group(2) or "",
    }


def _key(title: str) -> str:
    return re.sub(r"\W+", " ", title.lower()).strip()


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else DEFAULT
    from refslint import journals

    pool: dict[str, dict] = {}
    for name in FILES:
        root = ET.parse(source / f"{name}.xml").getroot()
        for index, sequence in enumerate(root):
            record = work([(element.tag, element.text or "") for element in sequence])
            if record is None or _key(record["title"]) in pool:
                continue
            known = journals.lookup(record["journal"])
            full, short = record["journal"], ""
            if len(known) == 1:
                full, short = known[0].title, known[0].nlm or known[0].undotted
            record.update(journal=full, journal_short=short, source=f"{name}.xml#{index + 1}")
            pool[_key(record["title"])] = record
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as out:
        for number, record in enumerate(pool.values(), 1):
            record = {"id": f"W{number:05d}", **record}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(pool)} works written to {OUT.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
