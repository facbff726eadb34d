"""A JATS `<element-citation>` read field by field into a `Reference`, without the grammar.

The fields are laid end to end in Vancouver order ("Surname GN, Surname GN. Title. Source.
2015 Jan 5;5(2):285-299. doi ...") only so that each field has a span, and the rules a place to
point at: every character of a field maps to its own text in the XML, and the separators the
rendering adds are placed inside a start tag, where no fix can land.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from refslint import patterns
from refslint.grammar.roles import expand_pages
from refslint.model import (
    MONTHS,
    Author,
    Entry,
    Field,
    Kind,
    PartialDate,
    Reference,
    Span,
)
from refslint.sources.document import Mapped

if TYPE_CHECKING:
    from refslint.sources.jats import Jats, Stretch, _Reading

KINDS = {
    "journal": Kind.ARTICLE,
    "article": Kind.ARTICLE,
    "book": Kind.BOOK,
    "chapter": Kind.CHAPTER,
    "book-chapter": Kind.CHAPTER,
    "confproc": Kind.CONFERENCE,
    "conf-proc": Kind.CONFERENCE,
    "conference": Kind.CONFERENCE,
    "proceedings": Kind.CONFERENCE,
    "web": Kind.WEBPAGE,
    "webpage": Kind.WEBPAGE,
    "website": Kind.WEBPAGE,
    "preprint": Kind.PREPRINT,
}
TITLES = ("article-title", "chapter-title", "part-title", "data-title")
DOI_URL = patterns.compile(r"(?:https?://)?(?:dx\.)?doi\.org/(10\.\S+)", re.I)
YEAR = patterns.compile(r"\d{4}")
ACCESS_TYPES = patterns.compile(r"access|cited|retriev", re.I)
# the forms an access date is written in, tried in this order (the first that matches wins, so
# "cited 2022 Mar 5" is read as a day, not as the month "cited" of 2022)
ACCESS_FORMS = (
    ("iso", patterns.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")),
    ("ymd", patterns.compile(r"(?P<y>\d{4})\s+(?P<m>[A-Za-z]+)\.?\s+(?P<d>\d{1,2})\b")),
    ("dmy", patterns.compile(r"\b(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]+)\.?,?\s+(?P<y>\d{4})")),
    ("mdy", patterns.compile(r"\b(?P<m>[A-Za-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})")),
    ("ym", patterns.compile(r"(?P<y>\d{4})\s+(?P<m>[A-Za-z]{3,9})\b")),
    ("my", patterns.compile(r"\b(?P<m>[A-Za-z]{3,9})\.?\s+(?P<y>\d{4})")),
    ("y", patterns.compile(r"(?P<y>\d{4})")),
)


class _Render:
    """The rendered text, growing field by field, each character mapped to the file."""

    def __init__(self, jats: Jats, plain: list[Stretch]):
        self.jats = jats
        self.out = Mapped()
        self.plain = plain

    def __len__(self) -> int:
        return len(self.out)

    def text(self, span: Span) -> str:
        return self.out.text[span.start : span.end]

    def add(self, element: Any) -> tuple[Span, str]:
        """An element's text, cleaned; its span and its text."""
        found = self.jats.clean(element)
        self.plain.extend(found.plain)
        return self.mapped(found.text), found.text.text

    def mapped(self, text: Mapped) -> Span:
        start = len(self.out)
        self.out.extend(text)
        return Span(start, len(self.out))

    def field(self, element: Any | None, before: str = " ") -> Field | None:
        if element is None:
            return None
        self.sep(before, element)
        span, text = self.add(element)
        return Field(text, span) if text else None

    def sep(self, text: str, element: Any) -> Span:
        """Text of the rendering's own, placed inside `element`'s start tag."""
        if not len(self.out):
            text = text.lstrip()
        start = len(self.out)
        self.out.extend(Mapped.put(text, self.jats.tag_point(element)))
        return Span(start, len(self.out))


def entry(
    jats: Jats,
    citation: Any,
    label: _Reading | None,
    number: int | None,
    index: int,
    plain: list[Stretch],
) -> Entry:
    """The entry of one `<element-citation>`, its `Reference` already made."""
    out = _Render(jats, plain)
    fields: dict[str, Any] = {}
    label_end = 0
    if label is not None and label.text.text:
        plain.extend(label.plain)
        label_end = out.mapped(label.text).end
        fields["label"] = Field(label.text.text, Span(0, label_end))
    _people(jats, out, citation, fields)
    _titles(jats, out, citation, fields)
    _date(jats, out, citation, fields)
    _numbers(jats, out, citation, fields)
    _identifiers(jats, out, citation, fields)
    _accessed(jats, out, citation, fields)
    dates = tuple(d for d in (fields.get("date"), fields.get("accessed")) if d is not None)
    reference = Reference(text=out.out.text, index=index, number=number, dates=dates, **fields)
    return Entry(
        text=out.out.text,
        positions=out.out.positions(jats.starts),
        index=index,
        number=number,
        label_end=label_end,
        reference=reference,
    )


def _people(jats: Jats, out: _Render, citation: Any, fields: dict[str, Any]) -> None:
    for group in jats.children(citation, "person-group"):
        role = group.get("person-group-type", "author")
        if role not in ("author", "editor") or (role + "s") in fields:
            continue
        people: list[Author] = []
        for person in group:
            if not isinstance(person.tag, str):
                continue
            name = jats.local(person)
            if name == "etal":
                if role == "author":
                    at = out.sep(", et al" if people else "et al", person)
                    fields["et_al"] = Field(out.text(at).lstrip(", "), at)
                continue
            if name not in ("name", "string-name", "collab", "name-alternatives"):
                continue
            out.sep(", " if people else " ", person)
            found = _person(jats, out, person)
            if found is not None:
                people.append(found)
        if not people:
            continue
        fields[role + "s"] = tuple(people)
        if role == "author":
            fields["authors_span"] = Span(people[0].span.start, people[-1].span.end)
        out.sep(", editors." if role == "editor" else ".", group)


def _person(jats: Jats, out: _Render, person: Any) -> Author | None:
    kind = jats.local(person)
    if kind == "name-alternatives":
        inner = jats.child(person, "name", "string-name")
        return _person(jats, out, inner) if inner is not None else None
    surname = jats.child(person, "surname") if kind != "collab" else None
    if surname is None:  # a group, or a name not broken into parts
        span, text = out.add(person)
        return Author(text, span, text, is_group=kind == "collab") if text else None
    start = len(out)
    _, family = out.add(surname)
    given = jats.child(person, "given-names")
    initials = ""
    if given is not None:
        out.sep(" ", given)
        initials = _initials(out.add(given)[1])
    suffix = jats.child(person, "suffix")
    suffix_text = ""
    if suffix is not None:
        out.sep(" ", suffix)
        suffix_text = out.add(suffix)[1]
    span = Span(start, len(out))
    return Author(out.text(span), span, family, initials, suffix_text)


def _initials(given: str) -> str:
    """ "DA" stays "DA"; "John A." is "JA"; "Jean-Pierre" is "JP"."""
    compact = given.replace(".", "").replace(" ", "")
    if compact.isupper() and len(compact) <= 4:
        return compact
    return "".join(part[0] for part in re.split(r"[\s.\-‐]+", given) if part and part[0].isalpha())


def _titles(jats: Jats, out: _Render, citation: Any, fields: dict[str, Any]) -> None:
    kind = (citation.get("publication-type") or citation.get("citation-type") or "").lower()
    title_element = jats.child(citation, *TITLES)
    source = jats.child(citation, "source")
    chapter = jats.child(citation, "chapter-title", "part-title")
    resolved = KINDS.get(kind, Kind.UNKNOWN)
    if resolved is Kind.BOOK and chapter is not None:
        resolved = Kind.CHAPTER
    fields["kind"] = resolved
    if title_element is None and resolved is Kind.BOOK:
        title_element, source = source, None  # a whole book: its title is the source
    fields["title"] = out.field(title_element)
    if title_element is not None:
        out.sep(".", title_element)
    container = source if source is not None else jats.child(citation, "conf-name")
    fields["container"] = out.field(container)
    if container is not None:
        out.sep(".", container)
    fields["edition"] = out.field(jats.child(citation, "edition"))
    fields["place"] = out.field(jats.child(citation, "publisher-loc"))
    fields["publisher"] = out.field(jats.child(citation, "publisher-name"), ": ")


def _date(jats: Jats, out: _Render, citation: Any, fields: dict[str, Any]) -> None:
    year = jats.child(citation, "year")
    if year is None:
        return
    out.sep(" ", year)
    year_span, year_text = out.add(year)
    found = YEAR.search(year_text)
    if found is None:  # "n.d.", "in press": no date to check
        return
    start = year_span.start
    parts: dict[str, Any] = {
        "year": int(found.group()),
        "year_span": Span(start + found.start(), start + found.end()),
    }
    month = jats.child(citation, "month")
    if month is not None:
        out.sep(" ", month)
        span, text = out.add(month)
        parts["month_token"] = Field(text, span)
        parts["month"] = _month(text)
    day = jats.child(citation, "day")
    if day is not None and "month" in parts:
        out.sep(" ", day)
        span, text = out.add(day)
        if text.isdigit():
            parts["day"] = int(text)
            parts["day_span"] = span
    whole = Span(start, len(out))
    fields["date"] = PartialDate(out.text(whole), whole, **parts)


def _month(text: str) -> int | None:
    if text.isdigit():
        value = int(text)
        return value if 1 <= value <= 12 else None
    return MONTHS.get(text.lower().rstrip("."))


def _numbers(jats: Jats, out: _Render, citation: Any, fields: dict[str, Any]) -> None:
    fields["volume"] = out.field(jats.child(citation, "volume"), ";")
    fields["issue"] = out.field(jats.child(citation, "issue"), "(")
    if fields["issue"] is not None:
        out.sep(")", jats.child(citation, "issue"))
    fields["supplement"] = out.field(jats.child(citation, "supplement"))
    first = jats.child(citation, "fpage")
    last = jats.child(citation, "lpage")
    ranged = jats.child(citation, "page-range")
    if first is not None:
        begin = out.field(first, ":")
        end = out.field(last, "-") if last is not None else None
        if begin is not None:
            span = Span(begin.span.start, end.span.end if end is not None else begin.span.end)
            fields["pages"] = expand_pages(Field(out.text(span), span))
    elif ranged is not None:
        found = out.field(ranged, ":")
        if found is not None:
            fields["pages"] = expand_pages(found)
    fields["article_number"] = out.field(jats.child(citation, "elocation-id"), ":")


def _identifiers(jats: Jats, out: _Render, citation: Any, fields: dict[str, Any]) -> None:
    for pub_id in jats.children(citation, "pub-id", "object-id"):
        kind = (pub_id.get("pub-id-type") or "").lower()
        name = {"doi": "doi", "pmid": "pmid", "arxiv": "arxiv"}.get(kind)
        if name is None or fields.get(name) is not None:
            continue
        fields[name] = out.field(pub_id, ". ")
    urls: list[Field] = []
    for link in jats.descendants(citation, "ext-link", "uri"):
        href = jats.attribute(link, "xlink:href")
        text = jats.clean(link)
        value = text.text if text.text.text.startswith(("http", "ftp", "www", "10.")) else href
        if value is None or not value.text:
            continue
        out.sep(". ", link)
        out.plain.extend(text.plain)
        span = out.mapped(value)
        found = Field(value.text, span)
        doi = DOI_URL.match(value.text)
        if (link.get("ext-link-type") == "doi" or doi) and fields.get("doi") is None:
            cut = doi.start(1) if doi else 0
            fields["doi"] = Field(value.text[cut:], Span(span.start + cut, span.end))
            if not doi:
                continue
        urls.append(found)
    fields["urls"] = tuple(urls)


def _accessed(jats: Jats, out: _Render, citation: Any, fields: dict[str, Any]) -> None:
    for element in jats.children(citation, "date-in-citation"):
        words = f"{element.get('content-type', '')} {jats.clean(element).text.text}"
        if not ACCESS_TYPES.search(words):
            continue
        out.sep(" [", element)
        span, text = out.add(element)
        out.sep("]", element)
        found = _access_date(text, span, element.get("iso-8601-date"))
        if found is None:
            continue
        fields["accessed"] = found
        fields["access_note"] = Field(text, span)
        wording = text[: found.span.start - span.start].strip(" :,.[")
        fields["access_wording"] = " ".join(wording.split())
        return


def _access_date(text: str, span: Span, iso: str | None) -> PartialDate | None:
    """The date a `<date-in-citation>` gives: its `iso-8601-date`, else the date in its text."""
    base = span.start
    if iso:
        match = next((m for _, f in ACCESS_FORMS if (m := f.search(text))), None)
        pieces = [int(p) for p in re.findall(r"\d+", iso)[:3]]
        if not pieces:
            return None
        where = Span(base + match.start(), base + match.end()) if match else span
        year_at = text.find(str(pieces[0]))
        year_span = Span(base + year_at, base + year_at + 4) if year_at >= 0 else where
        return PartialDate(
            text[where.start - base : where.end - base],
            where,
            pieces[0],
            year_span,
            month=pieces[1] if len(pieces) > 1 and 1 <= pieces[1] <= 12 else None,
            day=pieces[2] if len(pieces) > 2 else None,
            order="iso",
        )
    for order, form in ACCESS_FORMS:
        found = form.search(text)
        if found is None:
            continue
        names = found.groupdict()
        if order in ("ym", "my") and _month(names["m"]) is None:
            continue  # "cited 2022": a word, not a month, before the year
        month_token = None
        month: int | None = None
        if names.get("m") is not None:
            month = _month(names["m"])
            month_token = Field(names["m"], Span(base + found.start("m"), base + found.end("m")))
        day = int(names["d"]) if names.get("d") is not None else None
        day_span = Span(base + found.start("d"), base + found.end("d")) if day is not None else None
        return PartialDate(
            found.group(),
            Span(base + found.start(), base + found.end()),
            int(names["y"]),
            Span(base + found.start("y"), base + found.end("y")),
            month=month,
            month_token=month_token,
            day=day,
            day_span=day_span,
            order="ymd" if order in ("ym", "y") else "mdy" if order == "my" else order,
        )
    return None


__all__: Sequence[str] = ("entry",)
