"""Locators no journal prints (RL564-RL566): an issue number too high for its volume
(`16(6230)`), the journal's ISSN printed as the page range (`20(2):1741–2552`), a double volume
printed as a volume and its issue (`167, no. 168`).

Each is a value a reference manager put in the wrong field, or took from another record; the
entry still reads, but its locator sends the reader nowhere. Each test is narrow: numbers that
real journals print (the weeklies' running issue numbers, long ranges, twenty-four issues a
volume) stay well inside it.
"""

from __future__ import annotations

from collections.abc import Iterator

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
    rule,
)


def _number(text: str | None) -> int | None:
    return int(text) if text is not None and text.isdigit() else None


# --- RL564: an issue number no issue of the volume can have --------------------------------------

# Weeklies that number their issues from their first (the Lancet, the BMJ, Nature, Science, the
# Pharmaceutical Journal) print about 26 issues a volume, two volumes a year or more: their issue
# numbers stay below 30 times the volume. A weekly with a volume a year (Rev Med Suisse,
# `15(642)`) runs up to 52 times its volume, but none has reached volume 100. An issue number of
# four digits or more past these many times the volume is no issue.
RUNNING_ISSUES = 35
YEARLY_ISSUES = 60
YEARLY_BELOW = 100  # volumes below this may be a yearly weekly's
RUNNING_FROM = 1000
# an issue that reads as a year is left alone: a year after the volume (`24 (1935)`) is read so
YEARS = (1700, 2100)
# the Lancet's and the BMJ's half-year volumes `1` and `2` (`Lancet 1987;1(8536)`) run far past it
HALF_YEARS = 2


@rule(
    code="RL564",
    name="issue-number-impossible",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An issue number no issue of the volume can have (`16(6230)`)",
)
def issue_number_impossible(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal article's issue number of four digits or more that no issue of its volume
    can have (`Leuk Res Rep. 2021;16(6230)`, `Biochem Pharmacol. 2025;236(10400)`), and an
    issue `0`, an export's value for an issue it never got (`3 (0): 205–38`).

    ## How it decides
    Journals that number their issues from their first issue, rather than within each volume,
    are weeklies: the Lancet (`401(10374)`), the BMJ, Nature, Science, each with about 26
    issues a volume, so that the issue number stays below 30 times the volume; a weekly with a
    volume a year (Rev Med Suisse, `15(642)`) stays below 52 times, and none has reached volume
    100. An issue number over 35 times a volume of 100 or more, or over 60 times a lower one, is
    no issue of the volume: it was taken from another field (an article or record number). The
    half-year volumes `1` and `2` that the Lancet and the BMJ once printed (`Lancet
    1987;1(8536)`), and an issue that reads as a year (`Operations Research 36, 3 (1988)`), are
    left alone.

    ## Why is this bad?
    A reader who looks the issue up finds none, and a registry lookup that matches on the
    issue misses the article.

    ## Example
        1. Sun J, Chen Y, Azab AK. CD47-targeting antibodies in hematologic malignancies. Leuk
           Res Rep. 2021;16(6230):100268.

    Use instead:
        1. Sun J, Chen Y, Azab AK. CD47-targeting antibodies in hematologic malignancies. Leuk
           Res Rep. 2021;16:100268.

    ## Limitations
    There is no fix: the issue's right number, if the volume has issues at all, needs the
    article.
    """
    if ref.kind is not Kind.ARTICLE or ref.issue is None or ref.volume is None:
        return
    volume, issue = _number(ref.volume.text), _number(ref.issue.text)
    if volume and issue == 0:
        yield Diagnostic(ref.issue.span, "issue `0` is no issue: issues are numbered from 1")
        return
    if volume is None or issue is None or volume <= HALF_YEARS:
        return
    most = (YEARLY_ISSUES if volume < YEARLY_BELOW else RUNNING_ISSUES) * volume
    if issue < RUNNING_FROM or issue <= most:
        return
    if YEARS[0] <= issue <= YEARS[1]:
        return  # a year: Chicago's `24 (1935)` read as an issue, or the year printed as one
    yield Diagnostic(
        ref.issue.span,
        f"issue `{issue}` is no issue of volume {volume}: journals that number their issues "
        f"from the first (the Lancet's `401(10374)`) reach {issue} only near volume "
        f"{issue // 30}; check the issue",
    )


# --- RL565: the journal's ISSN printed as the page range -----------------------------------------

# A real range this long is a book's, not a journal article's
LONGEST_ARTICLE = 300


def _issn_checks(digits: str) -> bool:
    """Whether eight characters (seven digits and a check digit or `X`) are a valid ISSN."""
    if len(digits) != 8 or not digits[:7].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:7], range(8, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return digits[7] == ("X" if check == 10 else str(check))


@rule(
    code="RL565",
    name="issn-as-pages",
    category=Category.FORMAT,
    severity=Severity.ERROR,
    summary="The journal's ISSN printed as the page range (`20(2):1741–2552`)",
)
def issn_as_pages(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal article's page range of two four-digit halves that together are an ISSN,
    its check digit right (`J Neural Eng. 2023;20(2):1741–2552`: ISSN 1741-2552), and that no
    article spans: over 300 pages, running backwards, or starting with a zero (`0028-0836`).

    ## Why is this bad?
    The pages are the journal's number, not the article's place in it: the article cannot be
    found by them, and the article number or pages it has are missing.

    ## Example
        1. Fontana F, Ricotti L. Low-intensity pulsed ultrasound in models of peripheral
           neuropathies. J Neural Eng. 2023;20(2):1741-2552.

    Use instead:
        1. Fontana F, Ricotti L. Low-intensity pulsed ultrasound in models of peripheral
           neuropathies. J Neural Eng. 2023;20(2):026010.

    ## Limitations
    There is no fix: the article number must come from the article. One range in eleven has a
    right check digit by chance; the length test keeps real ranges out.
    """
    pages = ref.pages
    if ref.kind is not Kind.ARTICLE or pages is None or pages.last_printed is None:
        return
    first, last = pages.first, pages.last_printed
    if len(first) != 4 or len(last) != 4 or not first.isdigit() or not last[:3].isdigit():
        return
    if not _issn_checks(first + last.upper()):
        return
    if last.isdigit() and first[0] != "0" and 0 < int(last) - int(first) <= LONGEST_ARTICLE:
        return
    yield Diagnostic(
        pages.span,
        f"the page range `{pages.text}` is the ISSN {first}-{last}, not the article's pages; "
        "give its pages or article number",
    )


# --- RL566: a double volume printed as a volume and its issue ------------------------------------

# Journals print up to a hundred issues a volume (Chem Commun's 100 a year, in volume 60 in 2024):
# a volume and an issue one apart above it are a double volume's two numbers
DOUBLE_FROM = 101


@rule(
    code="RL566",
    name="double-volume-as-issue",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A double volume printed as a volume and its issue (`167, no. 168`)",
    fixable=True,
)
def double_volume_as_issue(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a journal article whose issue number is its volume's plus one, above 100 (`Int J
    Mass Spectrom Ion Process. 1997;167(168):375-88`): the two numbers of a double volume
    (`167-168`), the second taken for an issue.

    ## How it decides
    No journal prints more than about a hundred issues a volume (Chem Commun prints a hundred
    a year, and is at volume 60 in 2024), and the weeklies that number their issues from their
    first (`401(10374)`) run far past their volumes: an issue one past a volume above 100
    is the volume's second number.

    ## Why is this bad?
    The volume reads as one of a pair, and the issue as one that does not exist; a registry
    lookup by issue misses the article.

    ## Example
        1. Spanel P, Smith D. SIFT studies of the reactions of H3O+ with alcohols. Int J Mass
           Spectrom Ion Process. 1997;167(168):375-88.

    Use instead:
        1. Spanel P, Smith D. SIFT studies of the reactions of H3O+ with alcohols. Int J Mass
           Spectrom Ion Process. 1997;167-168:375-88.

    ## Fix safety
    Unsafe: the volume and issue become one range with the dash the entry's pages use; check
    that the volume is a double one.
    """
    if ref.kind is not Kind.ARTICLE or ref.issue is None or ref.volume is None:
        return
    volume, issue = _number(ref.volume.text), _number(ref.issue.text)
    if volume is None or issue is None or volume < DOUBLE_FROM or issue != volume + 1:
        return
    dash = ref.pages.dash if ref.pages is not None and ref.pages.dash else "-"
    start, end = ref.volume.span.start, ref.issue.span.end
    if ref.text.startswith(")", end):
        end += 1  # `167(168)`: the closing parenthesis goes with the issue
    written = f"{volume}{dash}{issue}"
    printed = ref.text[start:end]
    yield Diagnostic(
        Span(start, end),
        f"volume {volume} and issue {issue} (`{printed}`) are a double volume's two numbers; "
        f"expected `{written}`",
        fix=Fix.unsafe(Edit(Span(start, end), written), message=f"Write `{written}`"),
    )
