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


def _absent_or(check: Check) -> Check:
    return lambda value: value is None or check(value)


def _text(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _list_of(check: Check) -> Check:
    return lambda value: isinstance(value, list) and all(check(item) for item in value)


def _texts(value: Any) -> bool:
    """Crossref writes titles as a list of strings; a lone string is read the same way."""
    return _text(value) or _list_of(_text)(value)


def _fields(spec: Mapping[str, Check]) -> Check:
    def check(value: Any) -> bool:
        return isinstance(value, Mapping) and all(
            _absent_or(test)(value.get(name)) for name, test in spec.items()
        )

    return check


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_DATE = _fields({"date-parts": _list_of(_list_of(_absent_or(_whole)))})
_PERSON = _fields({"family": _text, "given": _text, "name": _text})
_UPDATE = _fields({"DOI": _text, "type": _text, "updated": _DATE})
_RELATED = _fields({"id": _text, "id-type": _text})

crossref_work = _fields(
    {
        "DOI": _text,
        "title": _texts,
        "container-title": _list_of(_text),
        "short-container-title": _list_of(_text),
        "issued": _DATE,
        "published-print": _DATE,
        "published-online": _DATE,
        "published": _DATE,
        "author": _list_of(_PERSON),
        "page": _text,
        "volume": _text,
        "issue": _text,
        "article-number": _text,
        "type": _text,
        "updated-by": _list_of(_UPDATE),
        "relation": lambda value: (
            isinstance(value, Mapping) and all(_list_of(_RELATED)(item) for item in value.values())
        ),
        "score": _text,
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
    return _list_of(crossref_work)(answer["message"].get("items"))


_DATACITE_ATTRIBUTES = _fields(
    {
        "doi": _text,
        "titles": _list_of(_fields({"title": _text})),
        "creators": _list_of(_fields({"familyName": _text, "givenName": _text, "name": _text})),
        "container": _fields({"title": _text, "volume": _text, "issue": _text, "firstPage": _text}),
        "publicationYear": _text,
        "relatedIdentifiers": _list_of(
            _fields({"relatedIdentifier": _text, "relationType": _text})
        ),
        "types": _fields({"resourceTypeGeneral": _text}),
    }
)


def datacite_record(answer: Any) -> bool:
    """`/dois/{doi}`: a data object with attributes."""
    if not isinstance(answer, Mapping):
        return False
    data = answer.get("data")
    return isinstance(data, Mapping) and _DATACITE_ATTRIBUTES(data.get("attributes") or {})
