"""Is a registry record this reference's work? Title, authors, year and journal, compared the way
a copy editor would: ignoring case, accents, punctuation, typos, a dropped subtitle and standard
journal abbreviations.

Pure functions, no network; the rules and the search's verdict (`verdict.py`) both use them.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from refslint import patterns
from refslint.lookup.records import Record
from refslint.model import Reference

# Words that journal abbreviations drop altogether ("J" for "Journal" is kept: it is a prefix).
DROPPED = frozenset(
    {"a", "an", "and", "the", "of", "in", "on", "for", "to", "at", "by", "with", "&"}
    | {"de", "der", "die", "des", "la", "le", "et", "und"}
)
WORD = patterns.compile(r"[^\W_]+")  # letters and digits of any script
SUBTITLE = patterns.compile(r"\s*[:;]\s+|\s+[-\u2013\u2014]+\s+|(?<=[?!.])\s+(?=[A-Z0-9])")
WORD_ALIKE = 80  # rapidfuzz ratio at which two words are one word with a typo
MAIN_WORDS, MAIN_CHARS = 3, 12  # a main title shorter than this cannot stand for the whole

# How similar titles must be: at or above SAME the record is this work, below OTHER it is another.
SAME_TITLE = 0.85
OTHER_TITLE = 0.5


@functools.lru_cache(maxsize=16_384)
def fold(text: str) -> str:
    """Lower case, accents removed, every run of non-alphanumerics one space.

    The lookup rules fold the same record titles and names again for every reference compared
    with them, and a run's lists share works: kept for the strings seen last. ASCII text has no
    accents to remove."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(WORD.findall(text.lower()))


def _word_cover(a: str, b: str) -> float:
    """The share of the longer title's words that the other title has (a typo still counts): a
    title made of half of another shares its letters widely but half its words."""
    from rapidfuzz.fuzz import ratio

    wa, wb = a.split(), b.split()
    longer, shorter = (wa, wb) if len(wa) >= len(wb) else (wb, wa)
    pool = set(shorter)
    found = 0
    for word in longer:
        if word in pool or (
            len(word) >= 4 and any(ratio(word, w) >= WORD_ALIKE for w in pool if len(w) >= 4)
        ):
            found += 1
    return found / len(longer)


def _alike(fa: str, fb: str) -> float:
    from rapidfuzz.fuzz import ratio  # only once a record is compared: a run without, none

    return (ratio(fa, fb) / 100 + _word_cover(fa, fb)) / 2


def title_similarity(a: str, b: str) -> float:
    """0..1: the mean of letter-level likeness (typo-tolerant) and the share of words in common.

    A subtitle left off one side ("Title" vs "Title: a subtitle"), or words run on after the
    title, still count as the same title (0.95 at best, so an exact title ranks first): the
    longer title cut where a subtitle starts must then match the whole shorter one, subtitles
    and all, so a subtitle replaced by another is no match.
    """
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    score = _alike(fa, fb)
    for longer, shorter, folded in ((a, b, fb), (b, a, fa)):
        parts = len(SUBTITLE.findall(shorter))
        cuts = list(SUBTITLE.finditer(longer))
        if len(cuts) <= parts:
            continue
        main = fold(longer[: cuts[parts].start()])  # as many subtitles as the shorter has
        if len(main.split()) >= MAIN_WORDS and len(main) >= MAIN_CHARS:
            score = max(score, 0.95 * _alike(main, folded))
    return score


def same_family(a: str, b: str) -> bool:
    """One family name, however it is written: accents, particles ("de la Macorra" is
    "Macorra"), and initials left attached where the text could not be split ("Köllner P",
    with its accent as a separate combining mark, as PDFs and some systems write it)."""
    for fa in _family_forms(a):
        for fb in _family_forms(b):
            if fa == fb or fa.endswith(fb) or fb.endswith(fa):
                return True
    return False


def _family_forms(name: str) -> list[str]:
    words = fold(name).split()
    forms = ["".join(words)] if words else []
    if len(words) > 1 and len(words[-1]) <= 3:
        forms.append("".join(words[:-1]))
    return forms


def journal_matches(printed: str, full: str) -> bool:
    """Whether `printed` names the journal `full`, in full or abbreviated.

    "J Am Chem Soc" names "Journal of the American Chemical Society": each printed word starts a
    word of the title, in order, and the title words skipped are ones abbreviations drop.
    """
    words = [w for w in fold(printed).split() if w not in DROPPED]
    target = [w for w in fold(full).split() if w not in DROPPED]
    if not words or not target:
        return False
    if words == target:
        return True
    i = 0
    for word in words:
        while i < len(target) and not target[i].startswith(word):
            i += 1
        if i == len(target):
            return False
        i += 1
    return len(words) >= len(target) - 1  # at most one title word left unabbreviated


def journal_named(printed: str, record: Record) -> bool:
    return any(
        journal_matches(printed, c) or journal_matches(c, printed) for c in record.containers
    )


@dataclass(frozen=True)
class Comparison:
    """Whether a record is the reference's work, and the comparisons that decided it (for a
    record found by DOI; search candidates get the fuller verdict of `verdict.py`)."""

    same: bool
    other: bool  # clearly a different work
    reasons: tuple[str, ...]


def compare(ref: Reference, record: Record) -> Comparison:
    """Compare what both sides have: title, first author's family name, year (within one)."""
    reasons: list[str] = []
    agree = disagree = 0
    title_ok = title_bad = False
    if ref.title is not None and record.title:
        score = title_similarity(ref.title.text, record.title)
        title_ok, title_bad = score >= SAME_TITLE, score < OTHER_TITLE
        reasons.append(f"title similarity {score:.2f}")
    family = next((a.family for a in ref.authors if a.family), "")
    if family and record.families:
        ok = same_family(family, record.families[0]) or any(
            same_family(family, f) for f in record.families[:3]
        )
        agree, disagree = agree + ok, disagree + (not ok)
        reasons.append(
            f"first author {family} {'matches' if ok else 'differs from'} {record.families[0]}"
        )
    if ref.date is not None and record.years:
        ok = any(abs(ref.date.year - y) <= 1 for y in record.years)
        agree, disagree = agree + ok, disagree + (not ok)
        reasons.append(
            f"year {ref.date.year} {'within one of' if ok else 'far from'} {record.years[0]}"
        )
    same = title_ok and disagree == 0
    other = title_bad and (disagree > 0 or agree == 0)
    return Comparison(same=same, other=other, reasons=tuple(reasons))


def searchable(ref: Reference) -> bool:
    """Enough to search with: a title of some words, an author and a year."""
    return (
        ref.title is not None
        and len(fold(ref.title.text).split()) >= 3
        and any(a.family for a in ref.authors)
        and ref.date is not None
    )


def search_query(ref: Reference) -> str:
    """The free text for Crossref's bibliographic search: authors, title, journal, year."""
    parts = [a.family for a in ref.authors[:3] if a.family]
    if ref.title is not None:
        parts.append(ref.title.text)
    if ref.container is not None:
        parts.append(ref.container.text)
    if ref.date is not None:
        parts.append(str(ref.date.year))
    return " ".join(" ".join(parts).split())
