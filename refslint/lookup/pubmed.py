"""PubMed through NCBI's E-utilities: biomedical references matched by their citation alone.

`ecitmatch` matches journal, year, volume, first page and first author to a PMID, for many
entries in one request; `esummary` gives the records of PMIDs (those matched, and those printed
in a list). NCBI allows 3 requests a second, 10 with an API key (`NCBI_API_KEY`), and asks every
client to name itself with `tool` and `email`. Pure data: questions and readings, no network.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from refslint.lookup import shapes
from refslint.lookup.records import Record, _text, _unique
from refslint.model import Kind, Reference

PUBMED = "PubMed"
PER_SECOND = 3.0  # documented: E-utilities usage guidelines
PER_SECOND_WITH_KEY = 10.0
AT_ONCE = 1
BATCH = 50  # citations in one ecitmatch request, PMIDs in one esummary request
TOOL = "refslint"
_UNSAFE = re.compile(r"[|\r\n]+")  # ecitmatch's field and line separators
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
# `elocationid` "pii: e109823. doi: 10...": a publisher item number that is an article number
# (`e109823`, `24356`); publishers' other PIIs (`S0092-8674(13)...`, `gkx1000`) are not
_ARTICLE_PII = re.compile(r"\bpii:\s*([eE]?\d{1,12})\.?(?=\s|$)")


class Citation(NamedTuple):
    """What ecitmatch matches on; `key` comes back with the answer."""

    journal: str
    year: str
    volume: str
    first_page: str
    author: str  # "mann bj": family name and initials, as PubMed writes them
    key: str

    def line(self) -> str:
        fields = (
            self.journal.lower(),
            self.year,
            self.volume,
            self.first_page,
            self.author.lower(),
        )
        return "|".join(_UNSAFE.sub(" ", field).strip() for field in fields) + f"|{self.key}|"


def citation(ref: Reference, key: str = "1") -> Citation | None:
    """What ecitmatch needs of a journal article, or None when the entry lacks any of it."""
    first = ref.authors[0] if ref.authors else None
    page = ref.pages.first if ref.pages is not None else None
    page = page or (ref.article_number.text if ref.article_number is not None else None)
    if (
        ref.kind is not Kind.ARTICLE
        or first is None
        or first.is_group
        or ref.container is None
        or ref.date is None
        or ref.volume is None
        or not page
    ):
        return None
    author = f"{first.family} {first.initials}".strip()
    return Citation(ref.container.text, str(ref.date.year), ref.volume.text, page, author, key)


def identify(api_key: str, email: str) -> dict[str, str]:
    """The parameters every request carries: who asks, and the key that raises the limit."""
    params = {"tool": TOOL}
    if email:
        params["email"] = email
    if api_key:
        params["api_key"] = api_key
    return params


def ecitmatch(citations: Sequence[Citation]) -> dict[str, str]:
    """Parameters for `ecitmatch.cgi`: one line a citation, separated by carriage returns."""
    return {"db": "pubmed", "retmode": "xml", "bdata": "\r".join(c.line() for c in citations)}


def matched(text: str) -> dict[str, str | None]:
    """key -> PMID, or None for `NOT_FOUND` and `AMBIGUOUS` answers, from ecitmatch's lines."""
    found: dict[str, str | None] = {}
    for line in text.splitlines():
        fields = line.split("|")
        if len(fields) < 7:
            continue
        key, answer = fields[5].strip(), fields[6].strip()
        found[key] = answer if answer.isdigit() else None
    return found


def esummary(pmids: Sequence[str]) -> dict[str, str]:
    return {"db": "pubmed", "id": ",".join(pmids), "retmode": "json"}


def _author(name: str) -> tuple[str, str]:
    """("Scalfani", "VF") from PubMed's "Scalfani VF"; a group name stays whole."""
    parts = name.split()
    if len(parts) > 1 and parts[-1].isupper() and len(parts[-1]) <= 4:
        return " ".join(parts[:-1]), parts[-1]
    return name, ""


def from_pubmed(summary: Mapping[str, Any]) -> Record:
    """One `esummary` document (JSON, version 0.3)."""
    names = [
        _author(_text(a.get("name")))
        for a in summary.get("authors") or []
        if isinstance(a, Mapping) and a.get("authtype", "Author") == "Author"
    ]
    years = [
        int(m.group(1))
        for m in map(_YEAR.search, (_text(summary.get("pubdate")), _text(summary.get("epubdate"))))
        if m
    ]
    doi = ""
    for item in summary.get("articleids") or []:
        if isinstance(item, Mapping) and item.get("idtype") == "doi":
            doi = _text(item.get("value")).lower()
    pages = _text(summary.get("pages"))
    first, _, last = pages.partition("-")
    pii = _ARTICLE_PII.search(_text(summary.get("elocationid")))
    return Record(
        source=PUBMED,
        doi=doi,
        title=_text(summary.get("title")).rstrip("."),
        containers=_unique([_text(summary.get("fulljournalname")), _text(summary.get("source"))]),
        years=_unique(years),
        volume=_text(summary.get("volume")),
        issue=_text(summary.get("issue")),
        first_page=first.strip(),
        last_page=last.strip(),
        article_number=pii.group(1) if pii else "",
        families=tuple(family for family, _ in names if family),
        initials=tuple(initials for family, initials in names if family),
        type=", ".join(_text(t) for t in summary.get("pubtype") or []),
    )


def records(answer: Mapping[str, Any]) -> dict[str, Record]:
    """PMID -> record, for the uids an esummary answer holds."""
    result = answer.get("result") or {}
    return {
        str(uid): from_pubmed(result[str(uid)])
        for uid in result.get("uids") or []
        if isinstance(result.get(str(uid)), Mapping) and "error" not in result[str(uid)]
    }


_SUMMARY = shapes.fields(
    {
        "title": shapes.text,
        "source": shapes.text,
        "fulljournalname": shapes.text,
        "pubdate": shapes.text,
        "epubdate": shapes.text,
        "volume": shapes.text,
        "issue": shapes.text,
        "pages": shapes.text,
        "elocationid": shapes.text,
        "authors": shapes.list_of(shapes.fields({"name": shapes.text, "authtype": shapes.text})),
        "articleids": shapes.list_of(shapes.fields({"idtype": shapes.text, "value": shapes.text})),
        "pubtype": shapes.list_of(shapes.text),
    }
)


def summary_answer(answer: Any) -> bool:
    """`esummary.fcgi?retmode=json`: `result` with `uids` and a document for each."""
    if not isinstance(answer, Mapping) or not isinstance(answer.get("result"), Mapping):
        return False
    result = answer["result"]
    uids = result.get("uids")
    return shapes.list_of(shapes.text)(uids) and all(_SUMMARY(result.get(str(uid))) for uid in uids)
