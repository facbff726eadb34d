"""What a usable answer looks like, checked before it is used or kept.

A registry (or a proxy or a broken deployment in its place) can answer 200 with anything: a list,
a string, `null`, numbers where text belongs. Such an answer is "could not verify", never a crash
and never a cached poison. Each check looks at exactly the fields the record readers use; fields
that are absent or null are fine, since real records are often sparse.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]


def absent_or(check: Check) -> Check:
    return lambda value: value is None or check(value)


def text(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def list_of(check: Check) -> Check:
    return lambda value: isinstance(value, list) and all(check(item) for item in value)


def texts(value: Any) -> bool:
    """Crossref writes titles as a list of strings; a lone string is read the same way."""
    return text(value) or list_of(text)(value)


def fields(spec: Mapping[str, Check]) -> Check:
    def check(value: Any) -> bool:
        return isinstance(value, Mapping) and all(
            absent_or(test)(value.get(name)) for name, test in spec.items()
        )

    return check


def whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_DATE = fields({"date-parts": list_of(list_of(absent_or(whole)))})
_PERSON = fields({"family": text, "given": text, "name": text})
_UPDATE = fields({"DOI": text, "type": text, "updated": _DATE})
_RELATED = fields({"id": text, "id-type": text})

crossref_work = fields(
    {
        "DOI": text,
        "title": texts,
        "container-title": list_of(text),
        "short-container-title": list_of(text),
        "issued": _DATE,
        "published-print": _DATE,
        "published-online": _DATE,
        "published": _DATE,
        "author": list_of(_PERSON),
        "page": text,
        "volume": text,
        "issue": text,
        "article-number": text,
        "type": text,
        "updated-by": list_of(_UPDATE),
        "relation": lambda value: (
            isinstance(value, Mapping) and all(list_of(_RELATED)(item) for item in value.values())
        ),
        "score": text,
    }
)


def crossref_record(answer: Any) -> bool:
    """`/works/{doi}`: a work message."""
    return isinstance(answer, Mapping) and crossref_work(answer.get("message"))


def crossref_list(answer: Any) -> bool:
    """`/works?query...` or `?filter=...`: a work list, whose `items` are there even when empty
    (an answer without them is not one that found nothing)."""
    if not isinstance(answer, Mapping) or not isinstance(answer.get("message"), Mapping):
        return False
    return list_of(crossref_work)(answer["message"].get("items"))


_DATACITE_ATTRIBUTES = fields(
    {
        "doi": text,
        "titles": list_of(fields({"title": text})),
        "creators": list_of(fields({"familyName": text, "givenName": text, "name": text})),
        "container": fields({"title": text, "volume": text, "issue": text, "firstPage": text}),
        "publicationYear": text,
        "relatedIdentifiers": list_of(fields({"relatedIdentifier": text, "relationType": text})),
        "types": fields({"resourceTypeGeneral": text}),
    }
)


def datacite_record(answer: Any) -> bool:
    """`/dois/{doi}`: a data object with attributes."""
    if not isinstance(answer, Mapping):
        return False
    data = answer.get("data")
    return isinstance(data, Mapping) and _DATACITE_ATTRIBUTES(data.get("attributes") or {})
