"""Is a search candidate this reference's work, another work, or the same title by other authors?

Every field both sides have is compared: the title (typo-tolerant, a dropped subtitle forgiven),
every author's family name (how many of the printed ones the record has, and the first), the year,
the journal (abbreviations allowed), volume, issue and first page or article number. Agreements
are evidence for the same work, disagreements for another; a search's candidates then give one
verdict: confirmed (the record may still differ in some fields, which RL402 reports), the title
belongs to other authors, no record (every candidate is clearly another work), or undecided.

Candidates are `Record`s, whichever registry returned them. Pure functions, no network.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from refslint.diagnostics import RecordComparison, RecordField
from refslint.lookup import match
from refslint.lookup.records import Record
from refslint.model import Field, Reference

SAME_TITLE = match.SAME_TITLE  # at or above: the same title, whatever else differs
EXACT_TITLE = 0.9  # at or above: the title beyond doubt, enough to say it is others' work
OTHER_TITLE = match.OTHER_TITLE  # below: another title, whatever else agrees
LOOSE_TITLE = 0.7  # below this (and not the same authors), one disagreement settles "another"
DISTINCT_WORDS = 4  # a title this long is not shared by chance ("Editorial", "Introduction")


class Judgement(str, Enum):
    SAME = "same"  # this work (some fields may still differ)
    OTHER_AUTHORS = "other-authors"  # this title, but none of the printed authors
    OTHER = "other"  # clearly another work
    UNCLEAR = "unclear"  # neither


class Verdict(str, Enum):
    CONFIRMED = "confirmed"
    OTHER_AUTHORS = "other-authors"
    NO_RECORD = "no-record"
    UNDECIDED = "undecided"


@dataclass(frozen=True)
class Evidence:
    """How one candidate compares with the reference; None where one side lacks the field."""

    record: Record
    title: float | None
    authors: str  # "same" (first author and most others), "some", "other", "" unknown
    year: str  # "same", "near" (one off), "far", ""
    journal: bool | None
    volume: bool | None
    issue: bool | None  # told, never counted: issues are numbered and printed too loosely
    page: bool | None

    @property
    def supports(self) -> int:
        """Fields beyond title and authors that agree."""
        fields = (self.journal, self.volume, self.page)
        return sum(f is True for f in fields) + (self.year == "same")

    @property
    def conflicts(self) -> int:
        """Fields beyond title and authors that disagree (a year one off is not counted)."""
        fields = (self.journal, self.volume, self.page)
        return sum(f is False for f in fields) + (self.year == "far")

    @property
    def judgement(self) -> Judgement:
        title = self.title if self.title is not None else 0.0
        agree = self.authors in ("same", "some")
        if title >= SAME_TITLE:
            if agree or (self.authors == "" and self.conflicts == 0):
                return Judgement.SAME
            if self.authors == "other" and title >= EXACT_TITLE:
                distinct = len(match.fold(self.record.title).split()) >= DISTINCT_WORDS
                if distinct or self.supports >= 1:
                    return Judgement.OTHER_AUTHORS
            return Judgement.UNCLEAR
        if agree and self.conflicts == 0 and self.supports >= 3:
            # authors, year, journal, volume, page: all the record's, and the title not. Only
            # the title is wrong, or the record's title is not the one people cite: look at it
            certain = title >= OTHER_TITLE and self.year == "same"
            return Judgement.SAME if certain else Judgement.UNCLEAR
        if title < OTHER_TITLE or self.authors == "other":
            return Judgement.OTHER
        # a title only half alike: the rest of the evidence decides
        if agree and self.conflicts >= 2:
            return Judgement.OTHER  # the same authors' other paper
        if not agree and title < LOOSE_TITLE and self.conflicts >= 1:
            return Judgement.OTHER
        return Judgement.UNCLEAR

    def differences(self) -> list[str]:
        """Why this candidate is not the work, in words: `other authors, other journal`."""
        out = []
        if self.authors == "other":
            out.append("other authors")
        if self.journal is False:
            out.append("other journal")
        if self.year == "far":
            out.append("other year")
        if self.volume is False:
            out.append("other volume")
        if self.issue is False:
            out.append("other issue")
        if self.page is False:
            out.append("other first page")
        if self.title is not None:
            out.append(f"title similarity {self.title:.2f}")
        return out

    def agreements(self) -> list[str]:
        """What speaks for this candidate, in words."""
        out = []
        if self.authors == "same":
            out.append("same authors")
        elif self.authors == "some":
            out.append("some authors in common")
        for name, value in (
            ("journal", self.journal),
            ("volume", self.volume),
            ("issue", self.issue),
        ):
            if value:
                out.append(f"same {name}")
        if self.year in ("same", "near"):
            out.append("same year" if self.year == "same" else "year one off")
        if self.page:
            out.append("same first page")
        if self.title is not None:
            out.append(f"title similarity {self.title:.2f}")
        return out


def _authors(ref: Reference, record: Record) -> str:
    printed = [a.family for a in ref.authors if a.family]
    if not printed or not record.families:
        return ""
    found = [any(match.same_family(p, f) for f in record.families) for p in printed]
    if not any(found):
        return "other"
    first = match.same_family(printed[0], record.families[0])
    return "same" if first and sum(found) * 2 >= len(printed) else "some"


def _year(ref: Reference, record: Record) -> str:
    if ref.date is None or not record.years:
        return ""
    if ref.date.year in record.years:
        return "same"
    return "near" if any(abs(ref.date.year - y) <= 1 for y in record.years) else "far"


def _plain(value: str) -> str:
    return match.fold(value).replace(" ", "").lstrip("0").removeprefix("e") or "0"


def _equal(printed: str | None, recorded: str) -> bool | None:
    if not printed or not recorded:
        return None
    return _plain(printed) == _plain(recorded)


def _page(ref: Reference, record: Record) -> bool | None:
    printed = ref.article_number.text if ref.article_number is not None else None
    if printed is None and ref.pages is not None:
        printed = ref.pages.first
    recorded = [v for v in (record.article_number, record.first_page) if v]
    if not printed or not recorded:
        return None
    return any(_equal(printed, value) for value in recorded)


def evidence(ref: Reference, record: Record) -> Evidence:
    """Compare every field both sides have."""
    title = None
    if ref.title is not None and record.title:
        title = match.title_similarity(ref.title.text, record.title)
    journal = None
    if ref.container is not None and record.containers:
        journal = match.journal_named(ref.container.text, record)
    return Evidence(
        record=record,
        title=title,
        authors=_authors(ref, record),
        year=_year(ref, record),
        journal=journal,
        volume=_equal(ref.volume.text if ref.volume else None, record.volume),
        issue=_equal(ref.issue.text if ref.issue else None, record.issue),
        page=_page(ref, record),
    )


def comparison(ref: Reference, record: Record) -> RecordComparison:
    """The entry's fields beside the record's, each marked where the evidence says they differ:
    what a report shows side by side for a lookup finding."""
    seen = evidence(ref, record)
    page = ref.article_number.text if ref.article_number is not None else ""
    if not page and ref.pages is not None:
        page = ref.pages.first
    rows = (
        (
            "authors",
            ", ".join(a.text.rstrip(",.") for a in ref.authors),
            record.authors(most=len(record.families)),
            seen.authors == "other",
        ),
        (
            "title",
            ref.title.text if ref.title is not None else "",
            record.title,
            seen.title is not None and seen.title < EXACT_TITLE,
        ),
        (
            "journal",
            ref.container.text if ref.container is not None else "",
            record.container,
            seen.journal is False,
        ),
        (
            "year",
            str(ref.date.year) if ref.date is not None else "",
            "/".join(str(y) for y in sorted(record.years)),
            seen.year in ("near", "far"),
        ),
        ("volume", _text(ref.volume), record.volume, seen.volume is False),
        ("issue", _text(ref.issue), record.issue, seen.issue is False),
        ("page", page, record.article_number or record.first_page, seen.page is False),
    )
    return RecordComparison(
        source=record.source,
        doi=record.doi,
        fields=tuple(RecordField(*row) for row in rows if row[1] or row[2]),
    )


def _text(value: Field | None) -> str:
    return value.text if value is not None else ""


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    record: Record | None  # the work found, or the nearest candidate
    reason: str
    notes: tuple[str, ...]


def _name(record: Record) -> str:
    by = record.authors()
    year = f" ({record.year})" if record.year else ""
    return f"'{record.title}'" + (f" by {by}" if by else "") + year


def _rank(item: Evidence) -> tuple[float, int]:
    return (item.title or 0.0, item.supports - item.conflicts)


def decide(ref: Reference, candidates: Iterable[Record]) -> Decision:
    """One verdict from all of a search's candidates.

    "No record" needs a clean parse and every candidate clearly another work, so a sloppy entry
    is never called invented; "other authors" needs the title itself (not a near miss) and none
    of the printed authors.
    """
    judged = [evidence(ref, record) for record in candidates]
    notes = tuple(
        f"{e.record.doi}: {e.judgement.value}; {', '.join(e.agreements() or ['nothing in common'])}"
        for e in judged
    )
    same = [e for e in judged if e.judgement is Judgement.SAME]
    if same:
        best = max(same, key=_rank)
        return Decision(Verdict.CONFIRMED, best.record, "; ".join(best.agreements()), notes)
    other_authors = [e for e in judged if e.judgement is Judgement.OTHER_AUTHORS]
    if other_authors:
        best = max(other_authors, key=_rank)
        reason = f"the title is that of {_name(best.record)}"
        return Decision(Verdict.OTHER_AUTHORS, best.record, reason, notes)
    if not judged:
        verdict = Verdict.NO_RECORD if ref.problem is None else Verdict.UNDECIDED
        return Decision(verdict, None, "the search returned no candidates", notes)
    nearest = max(judged, key=_rank)
    if ref.problem is None and all(e.judgement is Judgement.OTHER for e in judged):
        reason = f"nearest: {_name(nearest.record)}: {', '.join(nearest.differences())}"
        return Decision(Verdict.NO_RECORD, nearest.record, reason, notes)
    unclear = [e for e in judged if e.judgement is Judgement.UNCLEAR] or judged
    nearest = max(unclear, key=_rank)
    reason = f"nearest: {_name(nearest.record)}: {', '.join(nearest.agreements())}"
    return Decision(Verdict.UNDECIDED, nearest.record, reason, notes)
