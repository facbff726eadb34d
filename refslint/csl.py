"""What `refslint parse` prints: CSL-JSON for pandoc, Zotero and citeproc, or every span it read.

CSL-JSON is lossy on purpose: it carries what a citation processor needs and nothing a processor
would reject (an impossible month, a duplicate id, "et al." posing as an author). The span JSON is
the opposite: everything the grammar read, each piece tied to its line and column in the file, for
editors and for checking the grammar itself.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any

from refslint import patterns
from refslint.model import (
    SEASONS,
    Author,
    Entry,
    Field,
    Kind,
    Pages,
    PartialDate,
    Reference,
    Span,
    days_in_month,
)

CSL_TYPES: dict[Kind, str] = {
    Kind.ARTICLE: "article-journal",
    Kind.PREPRINT: "article",
    Kind.WEBPAGE: "webpage",
    Kind.BOOK: "book",
    Kind.CHAPTER: "chapter",
    Kind.CONFERENCE: "paper-conference",
    Kind.THESIS: "thesis",
    Kind.REPORT: "report",
    Kind.STANDARD: "standard",
    Kind.PATENT: "patent",
    Kind.SOFTWARE: "software",
    Kind.DATASET: "dataset",
    Kind.UNKNOWN: "document",
}

# Dashes people print in page ranges; citeproc expects a hyphen-minus and picks its own dash.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-"))
# Sentence punctuation after an identifier belongs to the sentence, not to the DOI or URL.
_TRAILING_PUNCT = ".,;"
_LABEL_TRIM = "[]().: \t"
_ARXIV_DOI = patterns.compile(r"^10\.48550/arxiv\.", re.IGNORECASE)


def to_csl(ref: Reference) -> dict[str, Any]:
    """One CSL-JSON item; absent fields are omitted, never written as empty strings or nulls."""
    number = _citation_number(ref)
    item: dict[str, Any] = {"id": f"ref-{number}", "citation-number": number}
    item["type"] = CSL_TYPES[ref.kind]

    notes: list[str] = []
    _put_names(item, "author", ref.authors)
    _put_names(item, "editor", ref.editors)
    _put_text(item, "title", ref.title, strip_period=True)
    if "author" not in item and "editor" not in item:
        _split_group_author(item)
    _put_text(item, "container-title", ref.container, strip_period=True)
    meeting = _meeting_date(ref) if ref.kind is Kind.CONFERENCE else None
    issued = _publication_date(ref, meeting)
    _put_date(item, "issued", issued, notes)
    _put_date(item, "accessed", ref.accessed, notes)
    _put_text(item, "volume", ref.volume)
    _put_issue(item, ref)
    if ref.pages is not None:
        item["page"] = page_range(ref.pages)
    _put_text(item, "number", ref.article_number)
    if ref.doi is not None:
        item["DOI"] = ref.doi.text.strip().rstrip(_TRAILING_PUNCT)
    if ref.urls:
        item["URL"] = ref.urls[0].text.strip().rstrip(_TRAILING_PUNCT)
    _put_text(item, "publisher", ref.publisher, strip_period=True)
    if ref.kind is Kind.CONFERENCE:
        _put_event(item, ref, meeting, notes)
    else:
        _put_text(item, "publisher-place", ref.place, strip_period=True)
    _put_text(item, "edition", ref.edition)
    _put_text(item, "PMID", ref.pmid)

    if ref.kind is Kind.PREPRINT:
        _as_preprint(item, ref)
    if notes:
        item["note"] = "; ".join(notes)
    return {key: value for key, value in item.items() if value not in ("", [], None)}


def to_csl_list(refs: Iterable[Reference]) -> list[dict[str, Any]]:
    """CSL items for a whole list, with unique ids: citeproc rejects a bibliography with duplicates.

    A list that prints the same number twice keeps the first `ref-12`; the next is `ref-12-2`.
    """
    items = []
    seen: dict[str, int] = {}
    for ref in refs:
        item = to_csl(ref)
        count = seen.get(item["id"], 0) + 1
        seen[item["id"]] = count
        if count > 1:
            item["id"] = f"{item['id']}-{count}"
        items.append(item)
    return items


def _citation_number(ref: Reference) -> str:
    if ref.label is not None:
        printed = ref.label.text.strip(_LABEL_TRIM)
        if printed:
            return printed
    return str(ref.number if ref.number is not None else ref.index)


def _clean(text: str, strip_period: bool) -> str:
    text = " ".join(text.split())
    if strip_period and text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    return text


def _put_text(item: dict[str, Any], key: str, value: Field | None, strip_period=False) -> None:
    if value is not None:
        item[key] = _clean(value.text, strip_period)


_INITIALS = patterns.compile(r"^[A-Z\u00c0-\u024f]{1,4}$")


def given_name(initials: str) -> str:
    """Vancouver's run-together initials as CSL wants them: `GE` becomes `G. E.`.

    A processor reads `GE` as one given name and keeps its first letter (`Hinton G`); as `G. E.`
    it keeps both, and a style with `initialize-with=""` prints `Hinton GE` again. Anything that
    is not a short run of capitals (a spelled-out name, `Ch`) is passed on as printed.
    """
    initials = initials.strip()
    if _INITIALS.match(initials) and initials.isupper():
        return " ".join(f"{letter}." for letter in initials)
    return initials


def _name(author: Author) -> dict[str, str]:
    if author.is_group:
        return {"literal": _clean(author.text or author.family, strip_period=True)}
    name = {"family": author.family.strip()}
    if author.initials:
        name["given"] = given_name(author.initials)
    if author.suffix:
        name["suffix"] = author.suffix.strip()
    return name


def _put_names(item: dict[str, Any], key: str, names: tuple[Author, ...]) -> None:
    # "et al." is not a name: the grammar keeps it apart, and a processor prints its own.
    found = [_name(a) for a in names if (a.family or a.text).strip(" .").lower() != "et al"]
    if found:
        item[key] = found


def page_range(pages: Pages) -> str:
    """The range in full (`8790-8839`), as CSL wants it: the style shortens it its own way, and a
    processor handed `8790-839` may read the end as page 839 (citeproc-py prints `8790–8739`)."""
    if pages.last is not None and pages.first.isdigit() and pages.last.isdigit():
        return f"{pages.first}-{pages.last}"
    if pages.last is not None and pages.last_printed is not None:
        return f"{pages.first}-{pages.last}"
    return pages.text.strip().translate(_DASHES)


def _put_issue(item: dict[str, Any], ref: Reference) -> None:
    # CSL has no supplement variable; Vancouver prints "12(Suppl 2)", so it joins the issue.
    parts = [_clean(f.text, False) for f in (ref.issue, ref.supplement) if f is not None]
    if parts:
        item["issue"] = " ".join(parts)


def _real_day(year: int, month: int, day: int) -> bool:
    return 1 <= day <= days_in_month(year, month)


def date_parts(date: PartialDate) -> list[list[int]]:
    """The printed date at its printed precision, keeping only parts that name a real calendar day.

    An unreadable month ("Noc") drops the month and everything after it; an impossible day (Feb 30)
    drops the day. A range ("2019 Jun 9-15") becomes two date-parts of the same length.
    """
    start = [date.year]
    if date.month is not None and 1 <= date.month <= 12:
        start.append(date.month)
        if date.day is not None and _real_day(date.year, date.month, date.day):
            start.append(date.day)
    parts = [start]

    if date.end_month is None and date.end_day is None:
        return parts
    end_month = date.end_month if date.end_month is not None else date.month
    end = [date.year]
    if len(start) > 1 and end_month is not None and 1 <= end_month <= 12:
        end.append(end_month)
        end_day = date.end_day
        if len(start) > 2 and end_day is not None and _real_day(date.year, end_month, end_day):
            end.append(end_day)
    if len(end) == len(start) and end > start:
        parts.append(end)
    return parts


def impossible(date: PartialDate) -> str | None:
    """Why a printed date names no calendar day (`2017 Jun 31`, `2013 Mrch`), or None if it does."""
    if date.month_token is not None and date.month is None:
        if date.month_token.text.strip().lower() in SEASONS:
            return None
        return f"{date.month_token.text.strip()!r} is not a month"
    if date.end_month_token is not None and date.end_month is None:
        return f"{date.end_month_token.text.strip()!r} is not a month"
    if date.month is not None and not 1 <= date.month <= 12:
        return f"month {date.month} does not exist"
    if date.month is not None and date.day is not None and not date.day_is_valid:
        return "that day is not in that month"
    parts = date_parts(date)
    ranged = date.end_month is not None or date.end_day is not None
    if ranged and (len(parts) < 2 or len(parts[1]) != len(parts[0])):
        return "the range does not run forward through real days"
    return None


_DATE_LABELS = {"issued": "date", "accessed": "access date", "event-date": "meeting date"}


def _put_date(
    item: dict[str, Any], key: str, date: PartialDate | None, notes: list[str] | None = None
) -> None:
    """A real date as date-parts; an impossible one is left out, and the note says what was printed.

    Cutting `2017 Jun 31` down to `2017 Jun` would export a date nobody wrote, so nothing of it
    goes into the date variable: the item's `note` keeps the printed text and the reason.
    """
    if date is None:
        return
    why = impossible(date)
    if why is not None:
        if notes is not None:
            label = _DATE_LABELS.get(key, key)
            notes.append(f"{label} left out: printed {' '.join(date.text.split())!r}, {why}")
        return
    value: dict[str, Any] = {"date-parts": date_parts(date)}
    month = date.month_token
    if (
        month is not None
        and len(value["date-parts"][0]) == 1
        and month.text.strip().lower() in SEASONS
    ):
        value["season"] = month.text.strip()
    item[key] = value


_ORG_WORD = patterns.compile(r"^(?:[A-Z\u00c0-\u024f][\w'&.-]*|of|for|and|the|on|in|de|&)$")


def _split_group_author(item: dict[str, Any]) -> None:
    """`National Cancer Institute. Cancer stat facts` with no author: the first sentence is the
    organisation that wrote it (Citing Medicine's form), so it becomes a `literal` name.

    Only a run of two to twelve capitalised words (with `of`, `for`, `and`...) qualifies, so a
    title that merely has two sentences keeps both.
    """
    title = item.get("title")
    if not title or ". " not in title:
        return
    head, tail = title.split(". ", 1)
    words = head.split()
    if not 2 <= len(words) <= 12 or not tail.strip() or not words[0][0].isupper():
        return
    if all(_ORG_WORD.match(word) for word in words):
        item["author"] = [{"literal": head.strip()}]
        item["title"] = tail.strip()


def _meeting_date(ref: Reference) -> PartialDate | None:
    """The date a conference met: printed after the conference's name, before the publisher
    (`SC20: ...; 2020 Nov 9-19; Atlanta, USA. IEEE; 2020`); the publication year comes last."""
    if ref.container is None:
        return None
    after = ref.container.span.end
    found = [d for d in ref.dates if d.span.start >= after and d is not ref.accessed]
    if len(found) < 2:
        return None
    return found[0]


def _publication_date(ref: Reference, meeting: PartialDate | None) -> PartialDate | None:
    if meeting is None or ref.date is not meeting:
        return ref.date
    later = [d for d in ref.dates if d.span.start > meeting.span.start and d is not ref.accessed]
    return later[-1] if later else ref.date


def _put_event(
    item: dict[str, Any], ref: Reference, meeting: PartialDate | None, notes: list[str]
) -> None:
    """A conference's name, place and dates as CSL's event variables, not as the publisher's.

    The container names the proceedings; the meeting is that name without `Proceedings of the`.
    The place is the grammar's, else the undated piece printed between the conference's name
    and the publisher (`...; 2020 Nov 9-19; Atlanta, USA. IEEE; 2020`).
    """
    if ref.container is None:
        return
    name = _clean(ref.container.text, strip_period=True)
    proceedings = _PROCEEDINGS.match(name)
    item["event-title"] = proceedings.group(1) if proceedings else name
    if ref.place is not None:
        _put_text(item, "event-place", ref.place, strip_period=True)
    else:
        place = _printed_place(ref, meeting)
        if place:
            item["event-place"] = place
    _put_date(item, "event-date", meeting, notes)


_PROCEEDINGS = patterns.compile(r"^(?:Proceedings|Proc\.?)\s+of\s+(?:the\s+)?(.+)$", re.I)


def _printed_place(ref: Reference, meeting: PartialDate | None) -> str | None:
    assert ref.container is not None
    start = ref.container.span.end
    later = [
        f.span.start
        for f in (ref.publisher, ref.page_marker, ref.doi, *ref.urls, ref.pages)
        if f is not None and f.span.start > start
    ]
    later += [d.span.start for d in ref.dates if d.span.start > start and d is not meeting]
    stop = min(later, default=len(ref.text))
    pieces = [p.strip() for p in re.split(r"[;.]", ref.text[start:stop])]
    undated = [p for p in pieces if p and not any(c.isdigit() for c in p)]
    return undated[0] if len(undated) == 1 else None


def _is_arxiv(ref: Reference) -> bool:
    if ref.arxiv is not None:
        return True
    if ref.doi is not None and _ARXIV_DOI.match(ref.doi.text.strip()):
        return True
    if ref.container is not None and ref.container.text.strip(" .").lower() == "arxiv":
        return True
    return any("arxiv.org/" in url.text.lower() for url in ref.urls)


def _as_preprint(item: dict[str, Any], ref: Reference) -> None:
    """Preprints as Zotero exports them: the server is the publisher, the server's id the number."""
    item["genre"] = "Preprint"
    if _is_arxiv(ref):
        item["publisher"] = "arXiv"
        if ref.arxiv is not None and "number" not in item:
            item["number"] = f"arXiv:{ref.arxiv.text.strip()}"
    elif "container-title" in item and "publisher" not in item:
        item["publisher"] = item["container-title"]
    # "arXiv" printed where a journal would stand is the server, already given as publisher.
    if item.get("container-title", "").lower() == item.get("publisher", "").lower():
        item.pop("container-title", None)


# --- span JSON ---------------------------------------------------------------------------------


def to_span_json(ref: Reference, entry: Entry) -> dict[str, Any]:
    """Every field the grammar read, with its text, offsets and 1-based line/column in the file.

    Positions follow the diagnostics contract: `end_column` is exclusive. Fields are found by
    walking the `Reference` dataclass, so a field added to the model appears here unasked.
    """
    out: dict[str, Any] = {
        "index": ref.index,
        "number": ref.number,
        "kind": ref.kind.value,
        "text": ref.text,
        **_located(ref.span, entry),
    }
    skip = {"text", "index", "number", "kind", "problem"}
    for f in dataclasses.fields(ref):
        if f.name in skip:
            continue
        value = _node(getattr(ref, f.name), entry)
        if value is not None:
            out[f.name] = value
    if ref.problem is not None:
        where = entry.positions.position(ref.problem.offset)
        problem = {
            "message": ref.problem.message,
            "offset": ref.problem.offset,
            "line": where.line,
            "column": where.column,
        }
        if ref.problem.context:
            problem["context"] = ref.problem.context
        out["problem"] = problem
    return out


def _located(span: Span, entry: Entry) -> dict[str, int]:
    start = entry.positions.position(span.start)
    end = entry.positions.end_position(span.end)
    return {
        "start": span.start,
        "end": span.end,
        "line": start.line,
        "column": start.column,
        "end_line": end.line,
        "end_column": end.column,
    }


def _node(value: Any, entry: Entry) -> Any:
    """JSON for one model value; None for anything absent so the caller can leave it out."""
    if value is None or value == "" or value == ():
        return None
    if isinstance(value, Span):
        return {"text": entry.text[value.start : value.end], **_located(value, entry)}
    if isinstance(value, tuple):
        return [_node(v, entry) for v in value]
    if isinstance(value, Kind):
        return value.value
    if not dataclasses.is_dataclass(value):
        return value
    out: dict[str, Any] = {}
    span = getattr(value, "span", None)
    if isinstance(span, Span):
        text = getattr(value, "text", None)
        out["text"] = text if text is not None else entry.text[span.start : span.end]
        out.update(_located(span, entry))
    for f in dataclasses.fields(value):
        if f.name in ("text", "span"):
            continue
        child = _node(getattr(value, f.name), entry)
        if child is not None:
            out[f.name] = child
    if isinstance(value, PartialDate):
        out["iso"] = value.iso()
        out["precision"] = value.precision.name.lower()
    return out
