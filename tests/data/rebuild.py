"""Copy the test fixtures from the team's data folder (`../shared`) into `tests/data/`.

    python tests/data/rebuild.py [/path/to/shared]

Tests read only `tests/data/`; this script is how that folder was made, and how to refresh it when
a test starts using another recorded response. Files are copied byte for byte, except
`journal-abbreviations/review-124-journals.csv`, which is derived: the JabRef rows that give the
full title of each journal the review list prints (see its SOURCES.md). Each folder's SOURCES.md
is written by hand and left alone.
"""

from __future__ import annotations

import csv
import io
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

# Every recorded answer of the registries refslint asks, as the real services sent it (the
# transport tests serve each back as recorded). Left out: Semantic Scholar (not asked), and the
# HAWC recordings, whose licence asks for a notice its source does not spell out.
REGISTRIES = ("crossref-", "datacite-", "openalex-", "pubmed-")
LEFT_OUT_SOURCES = ("shapiromatron/hawc",)


# The lists `scripts/build_journals.py` reads: a test rebuilds the shipped table from them.
JABREF_LISTS = (
    "entrez",
    "medicus",
    "general",
    "acs",
    "lifescience",
    "geology_physics",
    "mechanical",
    "geology_physics_variations",
    "ieee",
)


def copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)


def review_journals(jabref: Path, review: Path) -> str:
    """The first row, over every JabRef list in name order, whose abbreviation (periods dropped,
    folded) is a journal the review prints: what a lookup over all the lists would find."""
    sys.path.insert(0, str(ROOT))
    from refslint.grammar import parse_entry
    from refslint.lookup.match import fold
    from refslint.sources.plaintext import read_entries

    text = review.read_text(encoding="utf-8")
    refs = [parse_entry(entry) for entry in read_entries(text)]
    printed = {fold(ref.container.text) for ref in refs if ref.container is not None}
    rows: dict[str, list[str]] = {}
    for path in sorted(jabref.glob("journal_abbreviations_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                if len(row) >= 2 and row[0] and row[1]:
                    folded = fold(row[1].replace(".", ""))
                    if folded in printed and folded not in rows:
                        name = path.stem.removeprefix("journal_abbreviations_")
                        rows[folded] = [row[0], row[1], name]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for folded in sorted(rows):
        writer.writerow(rows[folded])
    return out.getvalue()


def main(shared: Path) -> None:
    data = shared / "data"
    import json

    for meta in sorted((data / "api-responses").glob("*.meta.json")):
        about = json.loads(meta.read_text(encoding="utf-8"))
        if not meta.name.startswith(REGISTRIES) or about["source_repo"] in LEFT_OUT_SOURCES:
            continue
        for name in (meta.name, about["file"]):
            copy(data / "api-responses" / name, HERE / "api-responses" / name)
    anystyle = data / "citation-corpora" / "anystyle"
    for name in ("derived-vancouver-family.jsonl", "LICENSE"):
        copy(anystyle / name, HERE / "citation-corpora" / "anystyle" / name)
    jabref = data / "journal-abbreviations" / "jabref-abbrv"
    for name in JABREF_LISTS:
        file = f"journal_abbreviations_{name}.csv"
        copy(jabref / file, HERE / "journal-abbreviations" / "jabref" / file)
    copy(jabref / "LICENSE.md", HERE / "journal-abbreviations" / "jabref" / "LICENSE.md")
    review = shared / "corpus" / "review-124.txt"
    copy(review, HERE / "corpus" / "review-124.txt")
    derived = HERE / "journal-abbreviations" / "review-124-journals.csv"
    derived.write_text(review_journals(jabref, review), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared")
