"""Run-together and lost marks (RL515-RL518): what the grammar reads past, said instead of passed.

Each of these entries still parses, because a copy editor can read it: `et al` runs into the
title, a journal into its year, a page range lost its dash to an encoding (`1?6`) or to a paste
(`802822`). The grammar takes the likeliest reading; these rules say that it had to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

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
    list_rule,
    pattern,
    rule,
    year_after_names,
)

from . import numbered_journals
from .locators import double_volume_as_issue as double_volume_as_issue
from .locators import issn_as_pages as issn_as_pages
from .locators import issue_number_impossible as issue_number_impossible
from .style.conventions import deviations

# a group author after the names, as AMA prints it with its bare `et al` (`et al; NIAID Panel.`)
_GROUP_AFTER = pattern(r";\s+[A-Z][^.;:]{2,120}\.\s")
# `et. al`: the period moved from `al`, an abbreviation, to `et`, a whole word
_PERIOD_AFTER_ET = pattern(r"(?<!\w)et\.\s?al(?![.\w])")


@rule(
    code="RL515",
    name="et-al-no-period",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="`et al` with no period after it",
    fixable=True,
)
def et_al_no_period(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags `et al` printed without its period, whether the title runs straight on (`et al Title`)
    or a comma or colon follows it, and `et. al`, its period moved to `et`, where the grammar
    read no `et al.`. IOP's numbered Harvard prints it bare before the year
    (`Brandt H et al 2020 Title`), and AMA before a semicolon and the group that wrote the work
    with the named authors (`Burks AW, et al; NIAID Expert Panel. Title`): there it is left
    alone.

    ## Why is this bad?
    `al.` is an abbreviation (of `alii`) and every Vancouver style prints its period; without it
    the author list has no end, and the title's first word reads as one more name.

    ## Example
        1. Weber L, Garcia M, et al A study of things. J Chem Phys 2018;148:241722.

    Use instead:
        1. Weber L, Garcia M, et al. A study of things. J Chem Phys 2018;148:241722.

    ## Fix safety
    Safe: a period is put after `al`; when a title follows with no mark between, that period
    also ends the author list.
    """
    et_al = ref.et_al
    if et_al is None:
        moved = _PERIOD_AFTER_ET.search(ref.text, ref.body_start)
        if moved is not None:  # `Sahle, Patrick et. al, Hrsg.`: the names the grammar did not read
            span = Span(moved.start(), moved.end())
            yield Diagnostic(
                span,
                f"`{moved.group()}` has its period after `et` and none after `al`; expected "
                "`et al.`",
                fix=Fix.safe(Edit(span, "et al."), message="Write `et al.`"),
            )
        return
    if et_al.text.endswith("."):
        return
    end = et_al.span.end
    if ref.text.startswith(".", end):
        return  # the period stands just after (a structured source renders it as a separator)
    if year_after_names(ref):
        return  # `Brandt H et al 2020 Title`: IOP's numbered Harvard prints no period
    if _GROUP_AFTER.match(ref.text, end):
        return  # `Burks AW, et al; NIAID Expert Panel.`: AMA's names, then the group's
    yield Diagnostic(
        et_al.span,
        f"`{et_al.text}` has no period; expected `{et_al.text}.`",
        fix=Fix.safe(Edit(Span(end, end), "."), message="Add the period"),
    )


def _journal_year_gap(ref: Reference) -> str | None:
    """What stands between the journal and the year: "period", "space", "comma" or None (not
    measured)."""
    if ref.kind is not Kind.ARTICLE or ref.container is None or ref.date is None:
        return None
    gap = ref.text[ref.container.span.end : ref.date.span.start]
    if not gap or ref.container.span.end > ref.date.span.start:
        return None
    if gap.strip() == "":
        return "space"
    return {".": "period", ",": "comma"}.get(gap.strip())  # "Annals of Hepatology, 2019"


# A word cut short with a period (`J.`, `Chem.`), unlike an acronym's (`MMWR. Morbidity and ...`).
_ABBREVIATED_WORD = pattern(r"\b[A-Z][a-z]{0,8}\.(?=\s|$)")


@list_rule(
    code="RL516",
    name="journal-year-run-together",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="No period (or a comma) between the journal and the year where the list puts one",
    fixable=True,
)
def journal_year_run_together(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal article whose journal runs into its year with no period (`Nature 1998;12:3`),
    or with a comma (`Nature, 1998;12:3`), in a list whose journal articles put a period there
    (`Nature. 1998;12:3`), naming how many do.

    ## Why is this bad?
    Citing Medicine ends the journal's abbreviation with a period before the date; the older ICMJE
    form leaves it out. Either is a style, but one list should not mix them, and a name run into
    its year is where a reader (and a program) loses the journal's end.

    ## Example
        1. Behler J. Atom-centered symmetry functions. J Chem Phys. 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B. 2019;99:014104.
        3. Shapeev AV. Moment tensor potentials. Multiscale Model Simul. 2016;14:1153-73.
        4. Zuo Y. Performance of potentials. J Phys Chem A. 2020;124:731-45.
        5. Deringer VL. Gaussian process regression. Chem Rev 2021;121:10073-141.

    Use instead:
        1. Behler J. Atom-centered symmetry functions. J Chem Phys. 2011;134:074106.
        2. Drautz R. Atomic cluster expansion. Phys Rev B. 2019;99:014104.
        3. Shapeev AV. Moment tensor potentials. Multiscale Model Simul. 2016;14:1153-73.
        4. Zuo Y. Performance of potentials. J Phys Chem A. 2020;124:731-45.
        5. Deringer VL. Gaussian process regression. Chem Rev. 2021;121:10073-141.

    ## Fix safety
    Safe: a period is put after the journal (in the comma's place); no word changes.

    ## Limitations
    The list's own convention decides, as for the house-style rules: at least 5 journal articles,
    80% of them with the period. A list that prints dotted abbreviations (`J. Immunol. 1994`) is
    not measured: there the period after the name is the abbreviation's own.
    """
    if any(_ABBREVIATED_WORD.search(ref.container.text) for ref in refs if ref.container):
        return  # dotted abbreviations: the period after a name says nothing about the style
    convention, breaking = deviations(refs, _journal_year_gap)
    if convention is None or convention.form != "period":
        return
    for ref, form in breaking:
        assert ref.container is not None
        if ref.container.text.endswith("."):
            continue  # `J. Chem. Phys. 2019`: the abbreviation's own period may be the one
        end = ref.container.span.end
        name = ref.container.text
        if form == "comma":
            what = f"a comma for the period between the journal `{name}` and the year"
            comma = end + ref.text[end:].index(",")
            edit = Edit(Span(comma, comma + 1), ".")
            end = comma + 1
        else:
            what = f"no period between the journal `{name}` and the year"
            edit = Edit(Span(end, end), ".")
        yield Diagnostic(
            Span(ref.container.span.start, end),
            f"{what}; {convention.says('journal articles put one there')}",
            fix=Fix.safe(edit, message="Put a period after the journal"),
            ref=ref,
        )


LOST_DASH = pattern(r"(?<!\d)(\d+)[?\ufffd](\d+)")


@rule(
    code="RL517",
    name="page-dash-lost",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A `?` where a range's dash was lost (`33(1?6)`, `112?9`)",
    fixable=True,
)
def page_dash_lost(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a `?` (or the replacement character `\ufffd`) between two numbers after the title: the
    trace of an en dash that passed through a program or encoding that could not hold it.

    ## Why is this bad?
    The range is unreadable as printed: `1?6` is neither pages 1 to 6 nor any page, and programs
    that read the list lose the pages.

    ## Example
        1. Weber L, Garcia M. A study of things. J Chem Phys 2018;148:112?9.

    Use instead:
        1. Weber L, Garcia M. A study of things. J Chem Phys 2018;148:112-9.

    ## Fix safety
    Unsafe: the mark is replaced by a hyphen, the likeliest reading; check the range.
    """
    if "?" not in ref.text and "\ufffd" not in ref.text:
        return
    start = ref.title.span.end if ref.title else ref.body_start
    if ref.date is not None:
        start = max(start, ref.date.span.start)
    for m in LOST_DASH.finditer(ref.text, start):
        if any(u.span.start <= m.start() < u.span.end for u in ref.urls):
            continue
        mark = m.start(2) - 1
        yield Diagnostic(
            Span(m.start(), m.end()),
            f"`{m.group()}` has `{ref.text[mark]}` where a dash was lost; "
            f"expected `{m.group(1)}-{m.group(2)}`",
            fix=Fix.unsafe(Edit(Span(mark, mark + 1), "-"), message="Put a hyphen back"),
        )


COLLAPSED = pattern(r"[1-9]\d{2,3}")
MAX_LENGTH = 50  # pages: a longer "range" is more likely an article number than a lost dash


def _collapsed(number: str) -> tuple[str, str] | None:
    """ "802822" -> ("802", "822"): two equal halves, the second a little after the first."""
    if len(number) not in (6, 8) or not number.isdigit():
        return None
    half = len(number) // 2
    first, last = number[:half], number[half:]
    if not (COLLAPSED.fullmatch(first) and COLLAPSED.fullmatch(last)):
        return None
    return (first, last) if 0 < int(last) - int(first) <= MAX_LENGTH else None


def _collapsed_short(number: str) -> str | None:
    """ "141051" -> "1410-51": a first page, then a last page cut to its last digits as a list
    that abbreviates its ranges prints it, at most 50 pages on. The split is not always the one
    meant (the dash may have become a digit), so it is only shown, never written in."""
    if not number.isdigit() or number[0] == "0":
        return None
    for cut in (3, 4):  # a first page of three or four digits, a last cut to two digits or more
        first, last = number[:cut], number[cut:]
        if not 2 <= len(last) < len(first) or last[0] == "0":
            continue
        whole = int(first[: len(first) - len(last)] + last)
        if 0 < whole - int(first) <= MAX_LENGTH:
            return f"{first}-{last}"
    return None


def _abbreviates(refs: Sequence[Reference]) -> bool:
    """Whether most of the list's page ranges that could cut their last page short do
    (`4077-85`); `15-21` and `98-102` could not."""
    short = whole = 0
    for ref in refs:
        pages = ref.pages
        last = pages.last_printed if pages is not None else None
        if pages is None or last is None or not (pages.first.isdigit() and last.isdigit()):
            continue
        if len(last) < len(pages.first):
            short += 1
        elif len(last) == len(pages.first) and last[0] == pages.first[0]:
            whole += 1
    return short >= 3 and short > whole


def _in_doi(ref: Reference) -> bool:
    """Whether the entry's DOI ends with its number: then it is the article's own number
    (Frontiers' `2021;9:693743`, doi `...fpubh.2021.693743`)."""
    number = ref.article_number
    assert number is not None
    doi = ref.doi
    return doi is not None and bool(re.search(rf"(?<![0-9]){number.text}$", doi.text.rstrip(".")))


def _numbers_articles(ref: Reference) -> bool:
    """Whether the entry's journal is known to number its articles (by its DOI or name)."""
    year = ref.date.year if ref.date is not None else None
    volume = ref.volume.text if ref.volume is not None else None
    if ref.doi is not None and numbered_journals.from_doi(ref.doi.text, year, volume) is not None:
        return True
    return ref.container is not None and numbered_journals.by_name(ref.container.text, year)


def _reading(ref: Reference, abbreviates: bool) -> tuple[str, str | None] | None:
    """The range a collapsed number reads as, and the first half to put a hyphen after (None
    where the split is uncertain); None where it is no collapsed range."""
    number = ref.article_number
    assert number is not None
    if _in_doi(ref):
        return None
    halves = _collapsed(number.text)
    if halves is not None:
        return "-".join(halves), halves[0]
    if abbreviates:
        short = _collapsed_short(number.text)
        if short is not None:
            return short, None
    return None


@list_rule(
    code="RL518",
    name="page-range-collapsed",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A page range that lost its dash (`802822` for `802-822`)",
    fixable=True,
)
def page_range_collapsed(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an "article number" that reads as a page range with its dash lost: two halves of equal
    length, the second at most 50 pages after the first (`802822`, `11071123`), in a list whose
    other journal articles give page ranges, not article numbers in digits. Where most of the
    list's ranges cut the last page short (`4077-85`), the list's one number in digits that
    reads as such a range (`45(128):141051`: `1410-51`) is flagged too, where an issue is
    printed before it (journals that number their articles seldom print issues: `3:100045` is
    Elsevier's article number) and its journal is not known to number its articles; with no
    fix: the dash may have been lost or turned into a digit (`141-51`), and only the article
    tells which. Where the list lost the dash of every range (at least three such numbers, no
    range printed with its dash), a journal article's lone page of three or four digits that
    cuts one way only into a short range (`4462` for `44-62`, `124` for `1-24`) is flagged too,
    with no fix.

    ## Why is this bad?
    Printed as one number it sends the reader to article 802822, which does not exist; the pages
    are 802 to 822.

    ## Example
        1. Weber L, Garcia M. A study of things. J Chem Phys 2018;148:802822.

    Use instead:
        1. Weber L, Garcia M. A study of things. J Chem Phys 2018;148:802-822.

    ## Fix safety
    Unsafe: a hyphen is put between the halves; check the range against the article.

    ## Limitations
    A list where another article gives an article number in digits (`Phys Rev B 2019;99:014104`,
    `Nat Commun 2016;7:13890`) is not checked: there `802822` may well be an article number. So is
    a list where an entry's DOI ends with its number (`2021;9:693743`, `doi:
    10.3389/fpubh.2021.693743`): that is the article's own number.
    """
    numbers = [r for r in refs if r.article_number is not None and r.article_number.text.isdigit()]
    if not numbers:
        return
    # the abbreviated reading fits half of all numbers by chance (Elsevier's `3:100045` reads as
    # `1000-45`): it is tried only on the list's one number in digits, printed after an issue (a
    # journal that numbers its articles seldom prints issues), in a journal not known to number
    # its articles
    only = numbers[0]
    abbreviates = (
        len(numbers) == 1
        and only.issue is not None
        and not _numbers_articles(only)
        and _abbreviates(refs)
    )
    candidates = [(r, _reading(r, abbreviates)) for r in numbers]
    found = [(r, reading) for r, reading in candidates if reading is not None]
    if not found or len(found) < len(candidates):
        return  # the list has real long article numbers: these may be ones too
    yield from _short_pages_collapsed(refs, len(found))
    for ref, (reading, first) in found:
        number = ref.article_number
        assert number is not None
        if first is None:
            yield Diagnostic(
                number.span,
                f"`{number.text}` reads as a page range whose dash was lost (`{reading}` in the "
                "list's abbreviated form) or turned into a digit, not an article number: the "
                "list's other journal articles give page ranges",
                ref=ref,
            )
            continue
        middle = number.span.start + len(first)
        yield Diagnostic(
            number.span,
            f"`{number.text}` reads as the page range {reading} with its dash lost; "
            f"expected `{reading}`",
            fix=Fix.unsafe(Edit(Span(middle, middle), "-"), message=f"Write `{reading}`"),
            ref=ref,
        )


# a list that lost every dash of its ranges: this many collapsed ranges, and no range with a dash
MIN_COLLAPSED = 3


def _split_range(number: str) -> str | None:
    """ "4462" -> "44-62", "124" -> "1-24": the one way to cut a short number into a first page
    and a last a little after it (neither half opening on a zero); None where no cut or more
    than one reads so."""
    if not number.isdigit() or not 3 <= len(number) <= 4:
        return None
    readings = [
        f"{number[:cut]}-{number[cut:]}"
        for cut in range(1, len(number))
        if number[cut] != "0" and 0 < int(number[cut:]) - int(number[:cut]) <= MAX_LENGTH
    ]
    return readings[0] if len(readings) == 1 and number[0] != "0" else None


def _short_pages_collapsed(refs: Sequence[Reference], collapsed: int) -> Iterator[Diagnostic]:
    """In a list whose ranges all lost their dash (at least three collapsed, none printed with
    one), a journal article's lone page of three or four digits that reads as a short range
    (`4462` for `44-62`): such a list prints no lone pages but by the same loss."""
    if collapsed < MIN_COLLAPSED:
        return
    articles = [r for r in refs if r.kind is Kind.ARTICLE and r.pages is not None]
    if any(r.pages is not None and r.pages.last is not None for r in articles):
        return  # the list prints ranges with their dash: a lone page is a lone page
    for ref in articles:
        pages = ref.pages
        assert pages is not None
        reading = _split_range(pages.text)
        if reading is None:
            continue
        yield Diagnostic(
            pages.span,
            f"`{pages.text}` reads as the page range {reading} with its dash lost, in a list "
            f"whose page ranges all lost theirs; expected `{reading}`",
            ref=ref,
        )


# A personal name in some form the author-list grammar does not read: family words, then
# initials in any punctuation (`J.P`, `MCFAB`) or a given name (`John`).
PERSON = pattern(
    r"(?:[^\W\d_][\w'’\-]*\s+){1,3}(?:[A-Z][A-Z.\-]{0,9}|[A-Z][a-z]{1,12})"
    r"|[^\W\d_][\w'’]*-[A-Z](?:\.[A-Z])?"  # `Won-S.C`
)
ORGANISATION = pattern(
    r"group|committee|organi[sz]ation|cent(?:re|er)|association|society|institut|council|"
    r"collaborat|consortium|investigators|department|university|agency|network|trust|"
    r"foundation|board|working|team|panel|ministry|office|program|service|national|world|"
    r"health|federal|college|academy|commission|union|registry|study|project|alliance",
    re.IGNORECASE,
)

# The last name joined by `and` (`..., Eirik Hole, and Mary Bone`): names in their natural order,
# as IEEE, BibTeX's `plain` and Chicago print them, not Vancouver's names read wrong
NATURAL_ORDER = pattern(r",?\s+and\s+[^,]+$")
# A name as Vancouver writes it (what the grammar reads): family words, then capital initials.
NAME_AS_READ = pattern(r"(?:[^\W\d_][\w'’\-]*\s+)+[A-Z]{1,6}(?:\s+(?:Jr|Sr|II|III|IV))?")


@rule(
    code="RL519",
    name="author-list-read-as-group",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Personal names read as one group author, as no name could be read",
)
def author_list_read_as_group(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author list that the grammar could only read as one group author although it is a
    list of personal names, naming the first name it could not read: names written in another
    form (`Smith John`, `Janssens J.P`) or garbled (`Won-S.C`).

    ## Why is this bad?
    Read as an organisation, the authors are lost to every check that compares them (duplicates,
    registry records), and the names are usually not in the list's form either.

    ## Example
        1. Smith John, Doe Jane. A study of things. J Chem Phys 2018;148:241722.

    Use instead:
        1. Smith J, Doe J. A study of things. J Chem Phys 2018;148:241722.

    ## Limitations
    Only where at least two comma-separated pieces look like personal names, none carries an
    organisation's word (`Group`, `Committee`, `Centre`, `Society` ...) and no digit stands among
    them; names whose last is joined by `and` (`Robert Cloutier, ..., and Mary Bone`) are in
    their natural order, a style of their own, and are left alone.
    """
    if len(ref.authors) != 1 or not ref.authors[0].is_group:
        return
    group = ref.authors[0]
    pieces = [p.strip() for p in group.text.split(",")]
    if len(pieces) < 2 or ORGANISATION.search(group.text) or any(c.isdigit() for c in group.text):
        return  # an organisation, or something other than names ("Writer1 A", "9.Percival SL")
    if NATURAL_ORDER.search(group.text):
        return
    if sum(1 for p in pieces if PERSON.fullmatch(p)) < 2:
        return
    unread = next((p for p in pieces if not NAME_AS_READ.fullmatch(p)), pieces[0])
    yield Diagnostic(
        group.span,
        f"the authors were read as one group author, as `{unread}` is not a name the grammar "
        "reads; Vancouver writes each name as `Family AB`",
    )
