"""What a registry says about a work, in one shape whichever registry said it.

Crossref, DataCite, OpenAlex and PubMed describe the same facts in different shapes; rules compare
a reference with a `Record` and never see any of them. Pure data and parsing: no network, cheap
to import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from refslint import patterns

TAG = patterns.compile(r"</?[a-zA-Z][^>]*>")  # JATS and HTML markup inside titles
GIVEN_PARTS = patterns.compile(r"[\s.\-]+")
CROSSREF = "Crossref"
DATACITE = "DataCite"


@dataclass(frozen=True)
class Update:
    """A notice that changes a work: a retraction, correction or expression of concern."""

    kind: str  # "retraction", "correction", "expression_of_concern", "withdrawal", ...
    doi: str
    date: str = ""  # ISO, as precise as the registry gives it


@dataclass(frozen=True)
class Record:
    """A registry's record of one work; absent values are empty."""

    source: str
    doi: str
    title: str = ""
    containers: tuple[str, ...] = ()  # full titles first, then the registry's abbreviations
    years: tuple[int, ...] = ()  # issued, print, online: a reference may print any of them
    volume: str = ""
    issue: str = ""
    first_page: str = ""
    article_number: str = ""
    last_page: str = ""  # "" for a single page or locator: with `first_page`, the page span
    families: tuple[str, ...] = ()  # authors' family names (or group names), in order
    initials: tuple[str, ...] = ()  # each author's initials ("JN"), beside `families`
    type: str = ""
    updates: tuple[Update, ...] = ()
    published_as: tuple[str, ...] = ()  # DOIs of the journal version of a preprint

    @property
    def year(self) -> int | None:
        return self.years[0] if self.years else None

    @property
    def container(self) -> str:
        return self.containers[0] if self.containers else ""

    def authors(self, most: int = 3) -> str:
        """`Lee H, Kim J, Park S, et al.`: the first `most` authors, to name them in a message."""
        initials = self.initials if len(self.initials) == len(self.families) else ()
        names = [
            f"{family} {initials[i] if initials else ''}".strip()
            for i, family in enumerate(self.families[: most + 1])
        ]
        if len(names) > most:
            return ", ".join(names[:most]) + ", et al."
        return ", ".join(names)

    def describe(self) -> str:
        """`"Title" (Journal 2020)`, to name the work in a message."""
        short = self.containers[-1] if self.containers else ""
        where = " ".join(part for part in (short, str(self.year or "")) if part)
        return f'"{self.title}"' + (f" ({where})" if where else "")


class Status(str, Enum):
    FOUND = "found"  # the registry has a record, and for searches it is convincingly this work
    NOT_FOUND = "not-found"  # the DOI resolves nowhere, or every search candidate is another work
    UNCERTAIN = "uncertain"  # a search found only weak candidates: neither confirm nor deny
    OTHER_AUTHORS = "other-authors"  # a search found this title, by other authors
    FAILED = "failed"  # the registry could not be asked (network, timeout, bad answer)
    SKIPPED = "skipped"  # nothing to look up (no identifier and too little to search with)
    OFFLINE = "offline"  # not in the cache, and the network is off


@dataclass(frozen=True)
class Outcome:
    """The answer for one reference, with how it was reached (for messages and `--explain`).

    `record` is the work found; for a search that found none (not found, other authors,
    undecided) it is the nearest candidate, and `reason` says why it is not this work.
    """

    status: Status
    record: Record | None = None
    via: str = ""  # "doi", "arxiv", "search"
    key: str = ""  # the DOI or query asked
    sources: tuple[str, ...] = ()  # registries asked
    reason: str = ""  # why it failed, or how a search decided
    from_cache: bool = False
    notes: tuple[str, ...] = field(default=())


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if value is None:
        return ""
    return " ".join(TAG.sub("", str(value)).split()).replace(" / ", "/")


def _initials(given: str) -> str:
    """`"Jan-Niklas"` -> `"JN"`; a given name's initials the way Vancouver lists print them."""
    return "".join(part[0] for part in GIVEN_PARTS.split(given) if part and part[0].isalpha())


def _date_year(value: Any) -> int | None:
    if isinstance(value, Mapping):
        parts = value.get("date-parts") or [[None]]
        first = parts[0] if parts else [None]
        if first and isinstance(first[0], int):
            return first[0]
    return None


def _date_iso(value: Any) -> str:
    if isinstance(value, Mapping):
        parts = (value.get("date-parts") or [[]])[0] or []
        return "-".join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(parts) if p)
    return ""


def _unique(values: list[Any]) -> tuple[Any, ...]:
    out: list[Any] = []
    for value in values:
        if value and value not in out:
            out.append(value)
    return tuple(out)


def from_crossref(message: Mapping[str, Any]) -> Record:
    """A Crossref `work` message (the `message` of `/works/{doi}`, or a search item)."""
    years = [
        _date_year(message.get(key))
        for key in ("issued", "published-print", "published-online", "published")
    ]
    families, initials = [], []
    for author in message.get("author") or []:
        if isinstance(author, Mapping):
            families.append(_text(author.get("family") or author.get("name")))
            initials.append(_initials(_text(author.get("given"))) if author.get("family") else "")
    page = _text(message.get("page"))
    updates = []
    for item in message.get("updated-by") or []:
        if isinstance(item, Mapping) and item.get("DOI"):
            kind = str(item.get("type") or "update").lower().replace("-", "_")
            updates.append(Update(kind, str(item["DOI"]), _date_iso(item.get("updated"))))
    relation = message.get("relation") or {}
    published_as = [
        str(r.get("id"))
        for r in relation.get("is-preprint-of") or []
        if isinstance(r, Mapping) and r.get("id-type") == "doi"
    ]
    return Record(
        source=CROSSREF,
        doi=str(message.get("DOI") or "").lower(),
        title=_text(message.get("title")),
        containers=_unique(
            [*(message.get("container-title") or []), *(message.get("short-container-title") or [])]
        ),
        years=_unique(years),
        volume=_text(message.get("volume")),
        issue=_text(message.get("issue")),
        first_page=page.split("-")[0].strip() if page else "",
        last_page=page.split("-")[1].strip() if page.count("-") == 1 else "",
        article_number=_text(message.get("article-number")),
        families=tuple(families),
        initials=tuple(initials),
        type=str(message.get("type") or ""),
        updates=tuple(updates),
        published_as=tuple(published_as),
    )


def from_datacite(data: Mapping[str, Any]) -> Record:
    """A DataCite `data` object (from `/dois/{doi}`)."""
    attributes = data.get("attributes") or {}
    titles = attributes.get("titles") or []
    title = _text(titles[0].get("title")) if titles and isinstance(titles[0], Mapping) else ""
    families, initials = [], []
    for creator in attributes.get("creators") or []:
        if isinstance(creator, Mapping):
            name = creator.get("familyName") or str(creator.get("name") or "").split(",")[0]
            families.append(_text(name))
            initials.append(_initials(_text(creator.get("givenName"))))
    container = attributes.get("container") or {}
    year = attributes.get("publicationYear")
    published_as = [
        str(item.get("relatedIdentifier"))
        for item in attributes.get("relatedIdentifiers") or []
        if isinstance(item, Mapping)
        and item.get("relationType") == "IsPreviousVersionOf"
        and str(item.get("relatedIdentifierType", "")).upper() == "DOI"
    ]
    return Record(
        source=DATACITE,
        doi=str(attributes.get("doi") or data.get("id") or "").lower(),
        title=title,
        containers=_unique([_text(container.get("title"))]),
        years=(int(str(year)),) if str(year or "").isdigit() else (),
        volume=_text(container.get("volume")),
        issue=_text(container.get("issue")),
        first_page=_text(container.get("firstPage")),
        families=tuple(families),
        initials=tuple(initials),
        type=str((attributes.get("types") or {}).get("resourceTypeGeneral") or ""),
        published_as=tuple(published_as),
    )


def to_json(record: Record) -> dict[str, Any]:
    """Plain data, for `--explain` style output and tests."""
    from dataclasses import asdict

    return asdict(record)
