"""A pool work as each registry would answer it, and which registries hold which works.

Crossref gives family and given names, OpenAlex display names ("J. C. de la Macorra") and PubMed
"Family IN"; Crossref and OpenAlex give the journal's full title, PubMed its abbreviation beside
it. No registry holds everything: `coverage` draws, with a fixed seed, which works each holds.
"""

from __future__ import annotations

import random
import re
from typing import Any

PREFIX = "10.5555/refslint-pool."  # 10.5555 is the prefix registries keep for examples and tests
CROSSREF, OPENALEX, PUBMED = "Crossref", "OpenAlex", "PubMed"
# the share of the pool each registry holds; PubMed's of the biomedical works only
SHARES = {CROSSREF: 0.85, OPENALEX: 0.95, PUBMED: 0.95}
BIOMEDICAL = re.compile(
    r"med|clin|bio|cell|neuro|gene|physiol|pharm|endocr|diabet|cancer|onco|immun|surg|dent|endod"
    r"|pathol|psychiat|nurs|health|vet|viro|microb|lancet|bmj|jama|plos|natl acad|nature|science"
    r"|neuron|eye|vision|anthropol|brain|toxic|nutri|epidem|pediat|cardi|blood|molec|protein",
    re.I,
)
PMID_BASE = 30_000_000


def doi(work: dict[str, Any]) -> str:
    return PREFIX + work["id"].lower()


def pmid(work: dict[str, Any]) -> str:
    return str(PMID_BASE + int(work["id"].lstrip("W")))


def pages(work: dict[str, Any]) -> str:
    return work["first_page"] + (f"-{work['last_page']}" if work.get("last_page") else "")


def biomedical(work: dict[str, Any]) -> bool:
    return bool(BIOMEDICAL.search(f"{work['journal']} {work.get('journal_short') or ''}"))


def coverage(works: list[dict[str, Any]], seed: int) -> dict[str, set[str]]:
    """Registry -> the ids of the works it holds. Every work is held by at least one: a real work
    no registry holds cannot be told from an invented one, by refslint or anyone."""
    rng = random.Random(seed)
    held: dict[str, set[str]] = {name: set() for name in SHARES}
    for work in works:
        draws = {name: rng.random() for name in SHARES}  # three draws a work, whatever it is
        for name, share in SHARES.items():
            if draws[name] < share and (name != PUBMED or biomedical(work)):
                held[name].add(work["id"])
        if not any(work["id"] in ids for ids in held.values()):
            held[OPENALEX].add(work["id"])  # the broadest of the three
    return held


def crossref_item(work: dict[str, Any]) -> dict[str, Any]:
    """A pool work as Crossref gives it in a search result."""
    item: dict[str, Any] = {
        "DOI": doi(work),
        "type": "journal-article",
        "title": [work["title"]],
        "author": [
            {
                "given": " ".join(f"{c}." for c in a["initials"]),
                "family": a["family"],
                "sequence": "first" if i == 0 else "additional",
            }
            for i, a in enumerate(work["authors"])
        ],
        "container-title": [work["journal"]],
        "short-container-title": [work["journal_short"]] if work.get("journal_short") else [],
        "volume": work["volume"],
        "issued": {"date-parts": [[work["year"]]]},
        "page": pages(work),
    }
    if work.get("issue"):
        item["issue"] = work["issue"]
    return item


def openalex_work(work: dict[str, Any]) -> dict[str, Any]:
    """A pool work as OpenAlex gives it: display names, the source's name, `biblio`."""
    number = int(work["id"].lstrip("W"))
    return {
        "id": f"https://openalex.org/W{4_000_000_000 + number}",
        "doi": f"https://doi.org/{doi(work)}",
        "title": work["title"],
        "display_name": work["title"],
        "publication_year": work["year"],
        "type": "article",
        "biblio": {
            "volume": work["volume"] or None,
            "issue": work.get("issue") or None,
            "first_page": work["first_page"] or None,
            "last_page": work.get("last_page") or None,
        },
        "authorships": [
            {
                "author_position": "first" if i == 0 else "middle",
                "author": {
                    "id": f"https://openalex.org/A{5_000_000_000 + number * 40 + i}",
                    "display_name": " ".join([*(f"{c}." for c in a["initials"]), a["family"]]),
                },
                "raw_author_name": f"{a['family']}, {'. '.join(a['initials'])}.".rstrip(", ."),
            }
            for i, a in enumerate(work["authors"])
        ],
        "primary_location": {
            "is_oa": False,
            "source": {"display_name": work["journal"], "type": "journal"},
        },
    }


def pubmed_summary(work: dict[str, Any]) -> dict[str, Any]:
    """A pool work as an esummary (JSON, version 0.3) document."""
    names = [f"{a['family']} {a['initials']}".strip() for a in work["authors"]]
    return {
        "uid": pmid(work),
        "pubdate": str(work["year"]),
        "epubdate": "",
        "source": work.get("journal_short") or work["journal"],
        "authors": [{"name": n, "authtype": "Author", "clusterid": ""} for n in names],
        "lastauthor": names[-1] if names else "",
        "title": work["title"].rstrip(".") + ".",
        "volume": work["volume"],
        "issue": work.get("issue") or "",
        "pages": pages(work),
        "fulljournalname": work["journal"],
        "pubtype": ["Journal Article"],
        "articleids": [
            {"idtype": "pubmed", "idtypen": 1, "value": pmid(work)},
            {"idtype": "doi", "idtypen": 3, "value": doi(work)},
        ],
    }
