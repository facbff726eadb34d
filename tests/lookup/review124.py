"""Registry content for the 124-entry review list (`tests/data/corpus/review-124.txt`).

Only records whose truth can be justified are served:

- entry 28: the issue states its true record (DOI 10.1038/s41524-021-00585-0, article number 114);
  the list printed 585, a piece of that DOI;
- every other entry not listed in `UNKNOWN`: a record built from what the list prints (it is
  presumed sound), in the shape Crossref gives it: the journal's full title from JabRef's
  abbreviation lists (their rows for this list's journals: `review-124-journals.csv`) beside the
  printed abbreviation, page ranges written out in full, article numbers in `article-number`, a
  DOI under Crossref's test prefix 10.5555 (the list prints none); arXiv preprints as DataCite
  records under their arXiv DOI;
- `UNKNOWN`: entries whose article number came from a DOI or a link (49, 65, 71; 19, 55, 123) but
  whose true article number nothing here states: the registry holds no record for them.
"""

from __future__ import annotations

import csv
import functools
import re
from typing import Any

from refslint.grammar import parse_entry
from refslint.lookup.match import fold
from refslint.lookup.service import lookup_key
from refslint.model import Reference
from refslint.sources.plaintext import read_entries
from tests.data import REVIEW_124, REVIEW_124_JOURNALS

LIST = REVIEW_124
ENTRY_28_DOI = "10.1038/s41524-021-00585-0"
ENTRY_28_ARTICLE_NUMBER = "114"
UNKNOWN = frozenset({19, 49, 55, 65, 71, 123})


@functools.cache
def full_titles() -> dict[str, str]:
    """Dotless abbreviation (folded) -> full journal title, from JabRef's lists."""
    titles: dict[str, str] = {}
    with REVIEW_124_JOURNALS.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) >= 2 and row[0] and row[1]:
                titles.setdefault(fold(row[1].replace(".", "")), row[0])
    return titles


def references() -> list[Reference]:
    text = LIST.read_text(encoding="utf-8")
    return [parse_entry(entry) for entry in read_entries(text)]


def _locator(ref: Reference) -> dict[str, Any]:
    if ref.article_number is not None:
        return {"article-number": ref.article_number.text}
    if ref.pages is None:
        return {}
    if ref.pages.last is None:
        return {"article-number": ref.pages.first}  # "2020;11:2310": a one-number locator
    return {"page": f"{ref.pages.first}-{ref.pages.last}"}


def crossref_message(ref: Reference) -> dict[str, Any]:
    """A Crossref work message saying what `ref` prints."""
    assert ref.title is not None and ref.date is not None
    printed = ref.container.text if ref.container is not None else ""
    full = full_titles().get(fold(printed), printed)
    message: dict[str, Any] = {
        "DOI": f"10.5555/review124.{ref.number}",
        "type": "journal-article",
        "title": [ref.title.text],
        "author": [{"family": a.family, "sequence": "additional"} for a in ref.authors],
        "container-title": [full] if full else [],
        "short-container-title": [printed] if printed else [],
        "issued": {"date-parts": [[ref.date.year]]},
        **_locator(ref),
    }
    if ref.volume is not None:
        message["volume"] = ref.volume.text
    if ref.issue is not None:
        message["issue"] = ref.issue.text
    return message


def entry_28(ref: Reference) -> dict[str, Any]:
    message = crossref_message(ref)
    message.update(DOI=ENTRY_28_DOI, **{"article-number": ENTRY_28_ARTICLE_NUMBER})
    return message


def datacite_data(ref: Reference, doi: str) -> dict[str, Any]:
    """A DataCite `data` object for an arXiv preprint, saying what `ref` prints."""
    assert ref.title is not None and ref.date is not None
    return {
        "id": doi,
        "type": "dois",
        "attributes": {
            "doi": doi,
            "titles": [{"title": ref.title.text}],
            "creators": [{"familyName": a.family} for a in ref.authors],
            "publicationYear": ref.date.year,
            "types": {"resourceTypeGeneral": "Preprint"},
        },
    }


def load(registry: Any) -> dict[str, list[int]]:
    """Serve the list's records from `registry`; which entries were served how."""
    served: dict[str, list[int]] = {"search": [], "datacite": [], "unknown": []}
    searchable: list[tuple[str, dict[str, Any]]] = []
    for ref in references():
        key = lookup_key(ref)
        if key is None:
            continue
        if ref.number in UNKNOWN:
            served["unknown"].append(ref.index)
        elif key.startswith("doi:10.48550/"):
            doi = key.removeprefix("doi:")
            registry.dois[doi] = datacite_data(ref, doi)
            served["datacite"].append(ref.index)
        else:
            assert ref.title is not None
            message = entry_28(ref) if ref.number == 28 else crossref_message(ref)
            searchable.append((fold(ref.title.text), message))
            served["search"].append(ref.index)
    for title, message in searchable:
        registry.search(lambda query, title=title: title in fold(query), [message])
    # what a bibliographic search answers for a work it does not hold: the nearest other works
    others = [message for _, message in searchable[:5]]
    registry.search(lambda query: True, others)
    return served


def entry_line(ref_number: int) -> int:
    """The file line of entry `ref_number` (the list has a heading line and no wrapped entries)."""
    for line_number, line in enumerate(LIST.read_text(encoding="utf-8").splitlines(), 1):
        if re.match(rf"{ref_number}\. ", line):
            return line_number
    raise LookupError(ref_number)
