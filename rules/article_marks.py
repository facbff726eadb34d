"""Forms a list prints the same way in every journal article, broken in one (RL821, RL822,
RL823, RL826): an issue where the list gives the volume alone, no mark before the DOI where the
list prints `. doi:`, and a stray mark or a month between the journal and its volume (`Ophthalmic
Res; 49`, `Cleve Clin J Med. Mar 77`) where the list prints none.

Each habit is learnt from the list, as the house-style rules learn theirs: enough entries with the
feature, most of them in one form, else nothing is said. A list that mixes its forms has no habit
to break.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

from refslint.api import (
    MONTHS,
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Kind,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

MIN_ENTRIES = 8  # entries with the feature before the list counts as having a habit
HABIT_SHARE = 2 / 3  # of them in one form; a list split more evenly has none
NONE = "none"  # the form of an entry that prints no mark


def _habit(
    refs: Sequence[Reference], form_of: Callable[[Reference], str | None]
) -> tuple[str, int, int] | None:
    """(the list's form, entries in it, entries measured), where one form makes a habit."""
    forms = [form for ref in refs if (form := form_of(ref)) is not None]
    if len(forms) < MIN_ENTRIES:
        return None
    form, count = Counter(forms).most_common(1)[0]
    if count < HABIT_SHARE * len(forms):
        return None
    return form, count, len(forms)


# --- RL821: an issue where the list gives the volume alone ----------------------------------------

VOLUME_ALONE_SHARE = 0.8  # of the list's articles with a page range, before an issue is odd
# a supplement as an issue: `Suppl 1`, `S2`, ASCO's `15_suppl`
_SUPPLEMENT = pattern(r"(?i)\s*(?:suppl|supl|sup\b|s\d)|.*?(?:suppl|supl)")


def _printed_issue(ref: Reference) -> bool | None:
    """Whether a journal article with a volume prints its issue; None where it has no volume,
    or where its issue is a supplement (`62(Suppl 1)`), which every style names."""
    if ref.kind is not Kind.ARTICLE or ref.volume is None or ref.supplement is not None:
        return None
    if ref.issue is not None and _SUPPLEMENT.match(ref.issue.text):
        return None
    return ref.issue is not None


def _issue_form(ref: Reference) -> str | None:
    """`issue` or `volume alone` for a journal article with a volume and a page range: journals
    that number pages by issue or volume have issues to print, so what the list does with them
    shows. Article numbers and single pages are left out of what the list is learnt from (many
    online journals have no issues to print)."""
    printed = _printed_issue(ref)
    if printed is None or ref.pages is None or not ref.pages.is_range:
        return None
    return "issue" if printed else "volume alone"


@list_rule(
    code="RL821",
    name="issue-where-volume-alone",
    category=Category.FORMAT,
    severity=Severity.INFO,
    summary="An issue printed where the list gives its journal articles' volume alone",
    fixable=True,
)
def issue_where_volume_alone(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list prints the issue of its journal articles (`11(5): 5224–5240`) or
    the volume alone (`11: 31–38`), counting articles with a page range, and flags an issue
    printed where at least eight such articles and four in five of them give the volume alone,
    also before a single page or an article number (`1(3): 196`, `310(16): 1721`). A list that
    prints issues, or mixes the two, is never flagged, nor a supplement (`62(Suppl 1)`).

    ## Why is this bad?
    The style gives the volume alone (PLOS of its day, many journals' own Vancouver variants);
    an issue shows the entry was pasted from another list. It is a hint, not a fault: the issue
    is true and harms no reader, and many editors leave it.

    ## Example
    Eight entries give the volume alone, the ninth its issue too:

        1. Ortiz A, Lund B. Title one. Clim Res 1998; 11: 31–38.
        2. Sato C, Peña D. Title two. Glob Environ Change 2010; 20: 140–150.
        3. Roy E, Wu F. Title three. Clim Res 2001; 14: 51–59.
        4. Kim G, Abe H. Title four. Lancet 2005; 365: 1101–1109.
        5. Nagy I, Diaz J. Title five. Nature 2005; 438: 310–317.
        6. Lund B, Sato C. Title six. Clim Res 2003; 16: 61–69.
        7. Peña D, Roy E. Title seven. Lancet 2007; 369: 201–209.
        8. Wu F, Kim G. Title eight. Nature 2008; 451: 71–79.
        9. Abe H, Nagy I. Title nine. Int J Environ Res Public Health 2014; 11(5): 5224–5240.

    Use instead:
        1. Ortiz A, Lund B. Title one. Clim Res 1998; 11: 31–38.
        2. Sato C, Peña D. Title two. Glob Environ Change 2010; 20: 140–150.
        3. Roy E, Wu F. Title three. Clim Res 2001; 14: 51–59.
        4. Kim G, Abe H. Title four. Lancet 2005; 365: 1101–1109.
        5. Nagy I, Diaz J. Title five. Nature 2005; 438: 310–317.
        6. Lund B, Sato C. Title six. Clim Res 2003; 16: 61–69.
        7. Peña D, Roy E. Title seven. Lancet 2007; 369: 201–209.
        8. Wu F, Kim G. Title eight. Nature 2008; 451: 71–79.
        9. Abe H, Nagy I. Title nine. Int J Environ Res Public Health 2014; 11: 5224–5240.

    ## Fix safety
    Unsafe: the issue and its parentheses are removed; a reader who needs it must look it up.
    """
    forms = [form for ref in refs if (form := _issue_form(ref)) is not None]
    if len(forms) < MIN_ENTRIES:
        return
    alone = forms.count("volume alone")
    if alone < VOLUME_ALONE_SHARE * len(forms):
        return
    for ref in refs:
        if not _printed_issue(ref):
            continue  # (an issue before one page or an article number breaks the habit too)
        issue, volume = ref.issue, ref.volume
        assert issue is not None and volume is not None
        start, end = _issue_marks(ref.text, volume.span.end, issue.span)
        yield Diagnostic(
            Span(start, end),
            f"issue `{ref.text[start:end].strip()}` printed; {alone} of {len(forms)} journal "
            "articles with a page range give the volume alone",
            fix=Fix.unsafe(Edit(Span(start, end), ""), message="Remove the issue"),
            ref=ref,
        )


def _issue_marks(text: str, after_volume: int, issue: Span) -> tuple[int, int]:
    """The issue with its parentheses (`(5)`), where they stand right around it."""
    start, end = issue.start, issue.end
    if text[after_volume:start].strip() == "(" and text.startswith(")", end):
        return after_volume, end + 1
    return start, end


# --- RL822: no mark before the DOI ----------------------------------------------------------------

# The DOI's label or resolver, with a parenthesis opening it (`(doi:10...`, the Royal Society's)
_DOI_LABEL = pattern(
    r"(?<![\w/.:-])(?P<open>\(\s*)?(?:doi\s*:|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE
)


def _before_doi(ref: Reference) -> tuple[str, int] | None:
    """(the mark printed before the entry's DOI, where the text before it ends), or None where
    the entry gives no DOI after other text. `none` where a letter or digit runs up to it."""
    m = _DOI_LABEL.search(ref.text, ref.body_start)
    if m is None:
        return None
    before = ref.text[ref.body_start : m.start()].rstrip()
    if not before:
        return None
    last = before[-1]
    return (NONE if last.isalnum() else last), ref.body_start + len(before)


def _doi_mark(ref: Reference) -> str | None:
    found = _before_doi(ref)
    return found[0] if found is not None else None


def _locator_end(ref: Reference) -> int | None:
    """Where a dated journal article's last locator (pages, number, issue or volume) ends, its
    issue's parenthesis with it."""
    if ref.kind is not Kind.ARTICLE or ref.date is None:
        return None
    fields = (ref.pages, ref.article_number, ref.issue, ref.volume)
    ends = [f.span.end for f in fields if f is not None]
    if not ends:
        return None
    end = max(ends)
    return end + 1 if ref.text.startswith(")", end) else end


def _locator_stop(ref: Reference) -> str | None:
    """The mark after a journal article's last locator (`.`), `none` where a letter or a space
    follows it, or None for other entries and a locator that ends the text."""
    end = _locator_end(ref)
    if end is None or end >= len(ref.text.rstrip()):
        return None
    after = ref.text[end]
    return after if after in ".,;" else NONE


@list_rule(
    code="RL822",
    name="doi-mark-missing",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="No mark before the DOI where the list prints one (`. doi:`)",
    fixable=True,
)
def doi_mark_missing(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns the mark the list prints between an entry's last element and its DOI (`1721. doi:`,
    `252. (doi:`, `2018, 9, 303, DOI:`) and flags an entry that prints none (`1721 doi:`),
    where at least eight entries give a DOI and two thirds of them one mark. A list with fewer
    DOIs is held to the stop its journal articles print after their last number (`2008;
    320(5882):1496-501.`, eight articles at least, two thirds of them), where the DOI follows
    that number (`2017; 10(1) doi:`). A list that prints no mark there, or mixes its marks, has
    no habit and is never flagged.

    ## Why is this bad?
    The period (or comma) ends the element before the DOI; without it the page or article
    number runs into the identifier, and the list's own form is broken.

    ## Example
    Eight entries print `. doi:`, the ninth does not:

        1. Parola P (1998) Murine typhus. Emerg Infect Dis 4: 677–680. doi: 10.3201/eid0404
        2. Civen R (2008) Murine typhus. Clin Infect Dis 46: 913–918. doi: 10.1086/527443
        3. Hayes EB (2009) Murine typhus. Emerg Infect Dis 15: 1347–1350. doi: 10.3201/eid1509
        4. Dumler JS (1991) Murine typhus. JAMA 266: 1365–1370. doi: 10.1001/jama.266
        5. Stockdale AJ (2011) Typhus. Am J Trop Med Hyg 85: 1121–1123. doi: 10.4269/ajtmh.2011
        6. Khairallah M (2004) Typhus. Ophthalmology 111: 2065–2070. doi: 10.1016/j.ophtha.2004
        7. Chaliotis G (2012) Murine typhus. Int J Infect Dis 16: 591–596. doi: 10.1016/j.ijid.2012
        8. Gasem MH (2009) Murine typhus. Emerg Infect Dis 15: 975–977. doi: 10.3201/eid1506
        9. Azari A (2013) Conjunctivitis. JAMA 310: 1721 doi: 10.1001/jama.2013

    Use instead:
        1. Parola P (1998) Murine typhus. Emerg Infect Dis 4: 677–680. doi: 10.3201/eid0404
        2. Civen R (2008) Murine typhus. Clin Infect Dis 46: 913–918. doi: 10.1086/527443
        3. Hayes EB (2009) Murine typhus. Emerg Infect Dis 15: 1347–1350. doi: 10.3201/eid1509
        4. Dumler JS (1991) Murine typhus. JAMA 266: 1365–1370. doi: 10.1001/jama.266
        5. Stockdale AJ (2011) Typhus. Am J Trop Med Hyg 85: 1121–1123. doi: 10.4269/ajtmh.2011
        6. Khairallah M (2004) Typhus. Ophthalmology 111: 2065–2070. doi: 10.1016/j.ophtha.2004
        7. Chaliotis G (2012) Murine typhus. Int J Infect Dis 16: 591–596. doi: 10.1016/j.ijid.2012
        8. Gasem MH (2009) Murine typhus. Emerg Infect Dis 15: 975–977. doi: 10.3201/eid1506
        9. Azari A (2013) Conjunctivitis. JAMA 310: 1721. doi: 10.1001/jama.2013

    ## Fix safety
    Safe: the list's mark is put after the element before the DOI; nothing else changes.
    """
    habit = _habit(refs, _doi_mark)
    what = "entries with a DOI print `{mark}` before it"
    if habit is None:  # too few DOIs: the stop the list's articles print after their locators
        habit = _habit(refs, _locator_stop)
        what = "journal articles print `{mark}` after their last number"
    if habit is None or habit[0] == NONE:
        return
    mark, count, total = habit
    by_stop = what.startswith("journal")
    for ref in refs:
        found = _before_doi(ref)
        if found is None or found[0] not in (NONE, ")" if by_stop else NONE):
            continue
        at = found[1]
        if by_stop and at != _locator_end(ref):
            continue  # the DOI after another element than the article's numbers (or its issue)
        yield Diagnostic(
            Span(at - 1, at),
            f"no `{mark}` before the DOI; {count} of {total} " + what.format(mark=mark),
            fix=Fix.safe(Edit(Span(at, at), mark), message=f"Put `{mark}` before the DOI"),
            ref=ref,
        )


# --- RL823: a stray mark between the journal and its volume ---------------------------------------

_MARKS = pattern(r"[\s;,:]*")


def _journal_gap(ref: Reference) -> Span | None:
    """What stands between a journal article's journal and its volume, where that is marks and
    spaces only (not a year, as in Vancouver's `J. 2005;51`)."""
    if ref.kind is not Kind.ARTICLE or ref.container is None or ref.volume is None:
        return None
    start, end = ref.container.span.end, ref.volume.span.start
    if end < start or (start < end and ref.text[start] == "."):
        return None  # a period after the journal is RL817's
    if _MARKS.fullmatch(ref.text, start, end) is None:
        return None
    return Span(start, end)


def _gap_form(ref: Reference) -> str | None:
    gap = _journal_gap(ref)
    if gap is None:
        return None
    return "".join(ref.text[gap.start : gap.end].split()) or NONE


@list_rule(
    code="RL823",
    name="journal-volume-stray-mark",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A mark between the journal and its volume that the list does not print",
    fixable=True,
)
def journal_volume_stray_mark(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns what the list prints between a journal article's journal and its volume (nothing, as
    in `Ophthalmology 111: 2065`, or a comma, as in `J. Chem. Phys., 148`) and flags an entry
    that prints another mark there (`Ophthalmology; 112: 313`), where at least eight articles
    set the journal right before the volume and two thirds of them one way; in a list too short
    for that, a comma before the volume of Chicago's `Journal 26 (2020): 379–403` where at least
    three of its tails print none. A period after the
    journal is RL817's; an entry that leaves out the list's mark is not flagged; a list that
    mixes its forms has no habit to break.

    ## Why is this bad?
    The semicolon belongs to another style (Vancouver's `Journal. Year;Volume`) and was left
    when the entry was set out again.

    ## Example
    Eight entries set the volume right after the journal, the ninth puts a semicolon between:

        1. Parola P, Raoult D (1998) Murine typhus. Emerg Infect Dis 4: 677–680.
        2. Civen R, Ngo V (2008) Murine typhus. Clin Infect Dis 46: 913–918.
        3. Hayes EB (2009) Zika virus outside Africa. Emerg Infect Dis 15: 1347–1350.
        4. Dumler JS, Walker DH (1991) Murine typhus in Texas. JAMA 266: 1365–1370.
        5. Stockdale AJ, Lever AM (2011) Severe typhus. Am J Trop Med Hyg 85: 1121–1123.
        6. Khairallah M, Ben Yahia S (2004) West Nile virus. Ophthalmology 111: 2065–2070.
        7. Chaliotis G, Gikas A (2012) Murine typhus in Greece. Int J Infect Dis 16: 591–596.
        8. Gasem MH, Adi MS (2009) Murine typhus and leptospirosis. Emerg Infect Dis 15: 975–977.
        9. Al-Hazmi A, Abboud EB (2005) Rift Valley fever. Ophthalmology; 112: 313–318.

    Use instead:
        1. Parola P, Raoult D (1998) Murine typhus. Emerg Infect Dis 4: 677–680.
        2. Civen R, Ngo V (2008) Murine typhus. Clin Infect Dis 46: 913–918.
        3. Hayes EB (2009) Zika virus outside Africa. Emerg Infect Dis 15: 1347–1350.
        4. Dumler JS, Walker DH (1991) Murine typhus in Texas. JAMA 266: 1365–1370.
        5. Stockdale AJ, Lever AM (2011) Severe typhus. Am J Trop Med Hyg 85: 1121–1123.
        6. Khairallah M, Ben Yahia S (2004) West Nile virus. Ophthalmology 111: 2065–2070.
        7. Chaliotis G, Gikas A (2012) Murine typhus in Greece. Int J Infect Dis 16: 591–596.
        8. Gasem MH, Adi MS (2009) Murine typhus and leptospirosis. Emerg Infect Dis 15: 975–977.
        9. Al-Hazmi A, Abboud EB (2005) Rift Valley fever. Ophthalmology 112: 313–318.

    ## Fix safety
    Safe: the marks between the journal and the volume are replaced by what most of the list's
    entries print there.
    """
    habit = _habit(refs, _gap_form)
    if habit is None:
        yield from _chicago_comma(refs)
        return
    form, count, total = habit
    usual = Counter(
        ref.text[gap.start : gap.end]
        for ref in refs
        if (gap := _journal_gap(ref)) is not None and _gap_form(ref) == form
    ).most_common(1)[0][0]
    said = "nothing" if form == NONE else f"`{form}`"
    for ref in refs:
        printed = _gap_form(ref)
        if printed is None or printed in (form, NONE):
            continue
        gap = _journal_gap(ref)
        assert gap is not None and ref.container is not None
        yield Diagnostic(
            gap,
            f"`{printed}` between the journal and its volume; {count} of {total} journal "
            f"articles print {said} there",
            fix=Fix.safe(Edit(gap, usual), message=f"Print {said} there"),
            ref=ref,
        )


# Chicago's journal tail, the year in parentheses after the volume and the pages after a colon
# (`Signos Históricos 29 (2013): 102–41`, `Caracteres 7, no. 2 (2018): 240–267`), a comma perhaps
# left between the journal's last word and the volume
_CHICAGO_TAIL = pattern(
    r"(?<=[^\W\d_])(?P<comma>,?)\s(?P<volume>\d{1,4})(?:,\s+no\.\s+[^\s(]{1,12})?"
    r"\s+\((?:[A-Za-z]+\.?\s+)?(?:1[5-9]|20)\d\d[a-z]?\):\s"
)
CHICAGO_PLAIN = 3  # the list's own entries in Chicago's form without the comma


def _chicago_comma(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """A comma before the volume of Chicago's `Journal 26 (2020): 379–403`, where the list too
    short for a habit prints at least three of its tails the style's way, with none."""
    tails = [(ref, m) for ref in refs if (m := _CHICAGO_TAIL.search(ref.text)) is not None]
    plain = sum(1 for _, m in tails if not m["comma"])
    if plain < CHICAGO_PLAIN:
        return
    for ref, m in tails:
        if m["comma"]:
            at = m.start("comma")
            shown = ref.text[max(ref.body_start, at - 12) : m.end("volume")].split(None, 1)[-1]
            yield Diagnostic(
                Span(at, at + 1),
                f"a comma between the journal and its volume (`{shown}`); Chicago's "
                f"`Journal Volume (Year): pages` prints none, as {plain} of the list's "
                f"{len(tails)} such tails do",
                fix=Fix.safe(Edit(Span(at, at + 1), ""), message="Drop the comma"),
                ref=ref,
            )


# --- RL826: a month between the journal and its volume --------------------------------------------

# A month alone between the journal and its volume, with the journal's period before it perhaps:
# `Cleve Clin J Med. Mar 77(3)` (a Vancouver date's month left when its year was moved)
_MONTH_GAP = pattern(r"\.?\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+")


def _month_between(ref: Reference) -> Span | None:
    """Where a month stands alone between a journal article's journal and its volume."""
    if ref.kind is not Kind.ARTICLE or ref.container is None or ref.volume is None:
        return None
    start, end = ref.container.span.end, ref.volume.span.start
    found = _MONTH_GAP.fullmatch(ref.text, start, end) if start < end else None
    if found is None or found["month"].lower() not in MONTHS:
        return None
    return Span(found.start("month"), found.end("month"))


@list_rule(
    code="RL826",
    name="month-before-volume",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A month between the journal and its volume where the list prints the volume after "
    "the journal",
)
def month_before_volume(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns, as RL823 does, whether the list sets a journal article's volume right after its
    journal (`Ophthalmology 111: 2065`, `J. Chem. Phys., 148`), and flags an article that prints
    a month between them (`Cleve Clin J Med. Mar 77(3): 207–13`), where at least eight articles
    set the volume after the journal and two thirds of them with the same marks. Lists that date
    their articles between the journal and the volume (Vancouver's `J Med. 2010 Mar;77(3)`) have
    no such habit and are never flagged.

    ## Why is this bad?
    The month is what is left of a Vancouver date whose year was moved after the names: the
    list's style gives no month there, and it reads as part of the volume.

    ## Example
    Eight entries set the volume right after the journal, the ninth puts a month between:

        1. Parola P, Raoult D (1998) Murine typhus. Emerg Infect Dis 4: 677–680.
        2. Civen R, Ngo V (2008) Murine typhus. Clin Infect Dis 46: 913–918.
        3. Hayes EB (2009) Zika virus outside Africa. Emerg Infect Dis 15: 1347–1350.
        4. Dumler JS, Walker DH (1991) Murine typhus in Texas. JAMA 266: 1365–1370.
        5. Stockdale AJ, Lever AM (2011) Severe typhus. Am J Trop Med Hyg 85: 1121–1123.
        6. Khairallah M, Ben Yahia S (2004) West Nile virus. Ophthalmology 111: 2065–2070.
        7. Chaliotis G, Gikas A (2012) Murine typhus in Greece. Int J Infect Dis 16: 591–596.
        8. Gasem MH, Adi MS (2009) Murine typhus and leptospirosis. Emerg Infect Dis 15: 975–977.
        9. Sabella C (2010) Measles: not just a childhood rash. Cleve Clin J Med. Mar 77: 207–213.

    Use instead:
        1. Parola P, Raoult D (1998) Murine typhus. Emerg Infect Dis 4: 677–680.
        2. Civen R, Ngo V (2008) Murine typhus. Clin Infect Dis 46: 913–918.
        3. Hayes EB (2009) Zika virus outside Africa. Emerg Infect Dis 15: 1347–1350.
        4. Dumler JS, Walker DH (1991) Murine typhus in Texas. JAMA 266: 1365–1370.
        5. Stockdale AJ, Lever AM (2011) Severe typhus. Am J Trop Med Hyg 85: 1121–1123.
        6. Khairallah M, Ben Yahia S (2004) West Nile virus. Ophthalmology 111: 2065–2070.
        7. Chaliotis G, Gikas A (2012) Murine typhus in Greece. Int J Infect Dis 16: 591–596.
        8. Gasem MH, Adi MS (2009) Murine typhus and leptospirosis. Emerg Infect Dis 15: 975–977.
        9. Sabella C (2010) Measles: not just a childhood rash. Cleve Clin J Med 77: 207–213.

    ## Limitations
    There is no fix: whether the month belongs after the year, or nowhere, is the style's to say.
    """
    habit = _habit(refs, _gap_form)
    if habit is None:
        return
    form, count, total = habit
    said = "nothing" if form == NONE else f"`{form}`"
    for ref in refs:
        month = _month_between(ref)
        if month is None:
            continue
        yield Diagnostic(
            month,
            f"month `{ref.text[month.start : month.end]}` printed between the journal and its "
            f"volume; {count} of {total} journal articles print {said} there",
            ref=ref,
        )
