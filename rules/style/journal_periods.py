"""A period after a journal name, or NLM's place qualifier or section period, where the list
prints none (RL817).

Where a list sets the volume straight after the journal (`J. Alloys Compd. 666`, `JOM 50`), the
only period there is an abbreviation's own. A period after a word that is not abbreviated
(`China Foundry. 14`, `Heat Recover. Syst. CHP. 13`), or a second one, was left by a pasted
entry. Lists that put the year or a comma after the journal (Vancouver's `Nature. 2010;`, APA's
`Nature, 12`) are not measured. NLM writes some journals with a place (`Materials (Basel)`); in a
list of ISO 4 forms or full titles that qualifier is NLM's, not the list's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Kind,
    Reference,
    Severity,
    Span,
    journal_word_shortened_form,
    journal_word_starts_longer,
    journal_word_usually_shortened,
    journal_word_usually_whole,
    journals_named,
    list_rule,
    pattern,
)

from ..date_strays import stray_before
from .conventions import convention, deviations, style_form
from .journals import _MEETING, _forms

PERIOD = "a period after the journal"
NONE = "no period after the journal"
# `(Basel)`, `(London, England)`, `(Baltimore, Md.)`, not `(NF)`, `(Barc.)`, `(Engl Ed)`
_QUALIFIER = pattern(r"\s+\(([A-Z][a-z]+(?:,\s+[A-Z][a-z]+\.?){0,2})\)$")
# how a subject's name ends, as no place's does: a title's own bracket (`Journal of the Royal
# Statistical Society Series B (Methodological)`), not NLM's place qualifier
_SUBJECT_ENDINGS = ("ological", "ical", "ics", "ology")
# A month, and perhaps its day, between a journal and its volume (`Cleve Clin J Med. Mar 77(3)`)
_MONTH_BETWEEN = pattern(
    r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?\s+"
)
# NLM's period before a journal's section letter (`Journal of chromatography. A`): after a word
# printed whole, where a list of full titles prints `Journal of Chromatography A`
_SECTION = pattern(r"(?<=[a-z]{4})(\.)\s+[A-H]$")


class Ending(NamedTuple):
    """How one journal name meets the volume printed straight after it."""

    form: str  # PERIOD or NONE
    period: Span | None  # a period no abbreviation owns, where one is certainly stray
    qualifier: Span | None  # ` (Basel)`, where the name ends in a one-word parenthesis
    section: Span | None = None  # the period of `Chromatography. A`, before a section letter
    # the period after an undotted name (`J Postgrad Med. 51`): stray where no journal of the
    # list carries an abbreviation's period, as no cut word of the name owns it
    bare: Span | None = None


def _ending(ref: Reference) -> Ending | None:
    """The ending of a journal set straight before its volume; None for other entries."""
    if ref.kind is not Kind.ARTICLE or ref.container is None or ref.volume is None:
        return None
    if _MEETING.search(ref.container.text):
        return None
    text, span = ref.text, ref.container.span
    printed = text[span.start : span.end].rstrip()
    end = span.start + len(printed)
    after = end + 1 if text.startswith(".", end) else end
    period = None if after == end and not printed.endswith(".") else Span(after - 1, after)
    between = text[after : ref.volume.span.start]
    if _MONTH_BETWEEN.fullmatch(between):
        between = " "  # `Cleve Clin J Med. Mar 77(3)`: a month (a fault of its own) before it
    if between.strip() or not between:
        return None  # a year, a comma or an issue between: not a journal set before its volume
    body = text[span.start : period.start if period else end]
    qualifier = _QUALIFIER.search(body)
    if qualifier and any(qualifier.group(1) in j.iso for j in journals_named(body)):
        # the ISO form's own (`Biol. Med. (Paris)`, and Physical Review's `Nature (London)` for
        # ISO's `Nature, London`), not NLM's
        qualifier = None
    if qualifier and qualifier.group(1).endswith(_SUBJECT_ENDINGS):
        qualifier = None  # the title's own subject (`Series B (Methodological)`), not a place
    where = (
        Span(span.start + qualifier.start(), span.start + qualifier.end()) if qualifier else None
    )
    section = _SECTION.search(body)
    if section is not None:
        at = span.start + section.start(1)
        return Ending(NONE if period is None else PERIOD, None, where, Span(at, at + 1))
    if period is None:
        return Ending(NONE, None, where)
    if body.endswith(".") or _whole(body):
        return Ending(PERIOD, period, where)
    words = body.split()
    if len(words) < 2:
        return None  # `Lett.`: an abbreviation's period or the list's, nothing to tell
    if any(word.endswith(".") for word in words[:-1]):
        return Ending(NONE, None, where)  # the abbreviation's own period: `J. Alloys Compd.`
    # an undotted name (`Nat Rev Microbiol.`): the period is the list's, not the abbreviation's;
    # it counts towards the convention, and is called stray where the list dots no journal
    return Ending(PERIOD, None, where, bare=period)


def _whole(body: str) -> bool:
    """Whether the last word of a journal name is printed whole, so that a period after it is
    no abbreviation's: a parenthesis, an acronym (`JOM`, `CHP`), a word the table's titles keep
    or print whole and that begins no longer one (`Process.` may be `Processing` cut), a word
    ending in `y` (ISO 4 cuts `Technology` to `Technol.`, never after the `y`), or the last word
    of a form the table knows without a final period."""
    words = body.split()
    if not words:
        return False
    last = words[-1]
    if last.endswith(")"):
        return True
    if "." in last:
        return False  # `U.S.A.`: the last period is the initialism's own
    letters = re.sub(r"[^A-Za-z]", "", last)
    if len(letters) < 2:
        return False  # `J`, `B`: a journal or a section, nothing to tell
    if letters.isupper():
        return True
    word = letters.lower()
    if journal_word_shortened_form(word) or journal_word_starts_longer(word):
        return False  # `Process.` may be `Processing` cut short
    if journal_word_usually_whole(word) or journal_word_usually_shortened(word):
        return True
    if word.endswith("y") and len(word) >= 4:
        return True
    forms = [f for j in journals_named(body) for f in (j.iso, j.nlm) if f]
    return bool(forms) and all(f.split()[-1].lower() == last.lower() for f in forms)


def _journal_form(refs: Sequence[Reference], ctx: Context) -> str | None:
    """The list's (or its style's) form of journal names; None where it has no settled one."""
    pinned, _style = style_form(ctx, lambda s: s.journal)
    form: str | None = pinned or getattr(convention(_forms(refs)), "form", None)
    return form


@list_rule(
    code="RL817",
    name="journal-stray-period",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A period after a journal name, or NLM's place qualifier, the list does not print",
    fixable=True,
)
def journal_stray_period(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list sets the volume straight after the journal with no period between
    (`J. Alloys Compd. 666`, `JOM 50`: only an abbreviation's own period), and flags a period
    after a word that is not abbreviated (`China Foundry. 14`, `Heat Recover. Syst. CHP. 13`)
    or a doubled one; where no journal of the list is dotted (`Am J Trop Med Hyg 57`), a period
    after an undotted name too (`J Postgrad Med. 51`), which no cut word of it owns; a month
    between the journal and its volume (`Cleve Clin J Med. Mar 77(3)`) does not hide the period
    before it. Where the
    list prints ISO 4 forms or full titles, it also flags NLM's place qualifier (`Metals
    (Basel)`, `Eye (London, England)`; a subject in brackets is the title's own, not a place:
    `Series B (Methodological)`), and where it prints full titles, NLM's period before a
    section letter (`Journal of Chromatography. A`) and its year qualifier, which tells apart
    journals of one name (`Social Science & Medicine (1982)`), wherever the volume stands.

    Where the list runs its undotted journals into the year with a space (`Cien Saude Colet
    2011; 16(10)`, the older ICMJE form), a period between the journal and the year (`J Orofac
    Orthop. 2007;68(1)`, Citing Medicine's) is flagged too. Lists of dotted names are not
    measured there (the period may be the abbreviation's own), nor lists that put a comma
    after the journal.

    ## Why is this bad?
    The period and the qualifier come from another style, pasted with the entry.

    ## Example
        1. Li Y, Xu Z 2011 Hydrogen content Mater. Sci. Eng. A 704 1201–4
        2. Majidi O, Shabestari S 2007 Fluxing temperature J. Mater. Process. Technol. 182 450–5
        3. Hudson S, Apelian D 2016 Inclusion detection J. Alloys Compd. 10 289–305
        4. Zhao Q, Qian Z 2016 Conductivity of Al-Mg-Si alloy JOM 66 50–7
        5. Kong X, Yang B 2014 Removal of impurities Appl. Surf. Sci. 105 17–20
        6. Gaustad G, Olivetti E 2012 Aluminium recycling Vacuum 58 79–87
        7. Li C, Li J 2017 Oxide inclusions China Foundry. 14 233–43

    Use instead:
        1. Li Y, Xu Z 2011 Hydrogen content Mater. Sci. Eng. A 704 1201–4
        2. Majidi O, Shabestari S 2007 Fluxing temperature J. Mater. Process. Technol. 182 450–5
        3. Hudson S, Apelian D 2016 Inclusion detection J. Alloys Compd. 10 289–305
        4. Zhao Q, Qian Z 2016 Conductivity of Al-Mg-Si alloy JOM 66 50–7
        5. Kong X, Yang B 2014 Removal of impurities Appl. Surf. Sci. 105 17–20
        6. Gaustad G, Olivetti E 2012 Aluminium recycling Vacuum 58 79–87
        7. Li C, Li J 2017 Oxide inclusions China Foundry 14 233–43

    ## Fix safety
    Safe for the period alone; unsafe where the qualifier is dropped too (check that the bare
    name leaves no doubt which journal is meant).
    """
    endings = {id(ref): e for ref in refs if (e := _ending(ref)) is not None}

    def form_of(ref: Reference) -> str | None:
        ending = endings.get(id(ref))
        return ending.form if ending is not None else None

    found, _odd = deviations(refs, form_of)
    periods = found is not None and found.form == NONE
    qualified = any(e.qualifier or e.section for e in endings.values())
    bare = periods and any(e.bare for e in endings.values())
    form = _journal_form(refs, ctx) if qualified or bare else None
    not_nlm = form in ("dotted abbreviation", "full title")
    undotted = bare and form == "undotted abbreviation" and not _dots_any(refs)
    for ref in refs:
        ending = endings.get(id(ref))
        if ending is None or ref.container is None:
            continue
        period = (ending.period or (ending.bare if undotted else None)) if periods else None
        qualifier = ending.qualifier if not_nlm else None
        section = ending.section if form == "full title" else None
        if period is None and qualifier is None and section is None:
            continue
        marks, reasons = [], []
        if section is not None:
            letter = ref.text[section.end :].lstrip()[:1]
            marks.append(f"NLM's period before its section `{letter}`")
            reasons.append("the list prints full titles")
        if qualifier is not None:
            place = ref.text[qualifier.start : qualifier.end].strip()
            marks.append(f"NLM's place qualifier `{place}`")
            reasons.append(f"the list prints {form}s")
        if period is not None and found is not None:
            marks.append("a period after it")
            owner = (
                "with no period but an abbreviation's"
                if ending.period
                else "with no period, and no journal of the list is dotted"
            )
            reasons.append(f"{found.says('journals are followed straight by the volume')}, {owner}")
        edits = [Edit(s, "") for s in (section, qualifier, period) if s is not None]
        cut = qualifier or period
        kept = ref.text[ref.container.span.start : cut.start if cut else ref.container.span.end]
        if section is not None:
            kept = (
                kept[: section.start - ref.container.span.start]
                + kept[section.end - ref.container.span.start :]
            )
        make = Fix.unsafe if qualifier is not None else Fix.safe
        yield Diagnostic(
            ref.container.span,
            f"journal `{ref.container.text}` carries {' and '.join(marks)}; {'; '.join(reasons)}",
            fix=make(*edits, message=f"Write `{kept.strip()}`"),
            ref=ref,
        )
    yield from _periods_before_year(refs)
    qualified_by_year = [
        ref
        for ref in refs
        if ref.kind is Kind.ARTICLE
        and ref.container is not None
        and _YEAR_QUALIFIER.search(ref.container.text)
    ]
    if qualified_by_year:  # (the journal table is read only where one is there to judge)
        yield from _year_qualifiers(qualified_by_year, _journal_form(refs, ctx))


# NLM's year qualifier, which tells apart journals of one name (`Social Science & Medicine (1982)`,
# `J Am Pharm Assoc (2003)`): the year the title began, not the issue's
_YEAR_QUALIFIER = pattern(r"\s+\((?:1[6-9]|20)\d\d\)$")


def _year_qualifiers(refs: Sequence[Reference], form: str | None) -> Iterator[Diagnostic]:
    """NLM's year qualifier after a journal's full title (`refs`: the articles printing one),
    where the list prints full titles."""
    if form != "full title":
        return
    for ref in refs:
        assert ref.container is not None
        found = _YEAR_QUALIFIER.search(ref.container.text)
        if found is None:
            continue
        start = ref.container.span.start
        kept = ref.container.text[: found.start()]
        yield Diagnostic(
            ref.container.span,
            f"journal `{ref.container.text}` carries NLM's year qualifier "
            f"`{found.group().strip()}`; the list prints full titles, which have none",
            fix=Fix.unsafe(
                Edit(Span(start + found.start(), start + found.end()), ""),
                message=f"Write `{kept}`",
            ),
            ref=ref,
        )


# A word cut short with a period (`J.`, `Chem.`): a list of dotted names is not measured before
# the year, as the period after such a name is the abbreviation's own.
_CUT_WORD = pattern(r"\b[A-Z][a-z]{0,8}\.(?=\s|$)")


def _dots_any(refs: Sequence[Reference]) -> bool:
    """Whether any journal of the list prints a word cut short with a period (`J. Chem.`)."""
    return any(_CUT_WORD.search(ref.container.text) for ref in refs if ref.container)


def _year_gap(ref: Reference) -> str | None:
    """What stands between the journal and the year (`PERIOD`, `NONE` for a space alone), or
    None where the year does not follow the journal or something else stands between."""
    if ref.kind is not Kind.ARTICLE or ref.container is None or ref.date is None:
        return None
    end, year = ref.container.span.end, ref.date.span.start
    stray = stray_before(ref)  # `Research. 2.2014;5:` (RL871's number): the gap is before it
    gap = ref.text[end : stray.start if stray else year]
    if not gap or end > year or ref.container.text.endswith("."):
        return None
    return {"": NONE, ".": PERIOD}.get(gap.strip())


def _periods_before_year(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """A period between an undotted journal and its year, in a list that runs its journals
    into the year with a space (`Cien Saude Colet 2011; 16(10)`, the older ICMJE form)."""
    if _dots_any(refs):
        return  # dotted abbreviations: the period after a name says nothing about the style
    found, odd = deviations(refs, _year_gap)
    if found is None or found.form != NONE:
        return
    for ref, form in odd:
        assert ref.container is not None
        if form != PERIOD:
            continue
        end = ref.container.span.end
        at = end + ref.text[end:].index(".")
        yield Diagnostic(
            ref.container.span,
            f"journal `{ref.container.text}` carries a period before the year; "
            f"{found.says('journals run into the year with a space')}",
            fix=Fix.safe(Edit(Span(at, at + 1), ""), message=f"Write `{ref.container.text}`"),
            ref=ref,
        )
