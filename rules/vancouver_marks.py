"""Marks a Vancouver list prints (RL530-RL532): the comma before `et al.`, a family name's
particle in front of it, the semicolon and colon around the volume. All are faults published lists
carry and a copy editor corrects."""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Edit,
    Fix,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

# A Vancouver name: family words, then capital initials (`Protopopescu C`, `Kwong JC`).
_VANCOUVER_NAME = pattern(r"^\S.*\s[A-Z\u00c0-\u00de\u0100-\u017f]{1,6}$")
_YEAR = pattern(r"(?<![\w/.-])(?:1[5-9]|20)\d\d[a-z]?(?=\s*,)")
# After a year: `, 33(4): 420–431` (volume, optional issue, pages set off by a comma and spaces).
_COMMA_VOLUME = pattern(
    r"(?P<comma>\s*,\s*)(?P<volume>\d{1,5}[A-Za-z]?)(?P<issue>\s*\([^()]{1,20}\))?"
    r"(?P<colon>\s*:\s*)(?P<pages>[A-Za-z]{0,3}\d+(?:\s*[\-\u2010-\u2015]\s*[A-Za-z]{0,3}\d+)?)"
)
# A particle after the initials: `Silva MRF da` (the grammar reads it into the family name).
_TRAILING_PARTICLE = pattern(r"^(?P<family>.+?)\s+(?P<initials>\S+)\s+(?P<particle>[a-z]{2,5})$")


@rule(
    code="RL530",
    name="et-al-no-comma",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="No comma between the last name and `et al.`",
    fixable=True,
)
def et_al_no_comma(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags `et al.` run on from the last name without the comma before it (`Protopopescu C et
    al.`), in an author list of Vancouver names (family name, then initials).

    ## Why is this bad?
    Citing Medicine and the ICMJE form separate `et al.` from the names like one more name:
    `Protopopescu C, et al.`. Without the comma `et al.` reads as part of the last name.

    ## Example
        1. Barré T, Marcellin F, Protopopescu C et al. Hepatitis C virus cure. Liver Int.
           2020;40(4):811-21.

    Use instead:
        1. Barré T, Marcellin F, Protopopescu C, et al. Hepatitis C virus cure. Liver Int.
           2020;40(4):811-21.

    ## Fix safety
    Safe: a comma is put after the last name; no word changes.
    """
    et_al, authors = ref.et_al, ref.authors
    if et_al is None or not authors:
        return
    last = authors[-1]
    if last.is_group or not _VANCOUVER_NAME.match(last.text):
        return
    gap = ref.text[last.span.end : et_al.span.start]
    if gap.strip() or last.span.end > et_al.span.start:
        return  # a comma, or anything else, stands between
    yield Diagnostic(
        Span(last.span.start, et_al.span.end),
        f"no comma before `{et_al.text}`; expected `{last.text}, {et_al.text}`",
        fix=Fix.safe(Edit(Span(last.span.end, et_al.span.start), ", "), message="Add the comma"),
    )


@rule(
    code="RL531",
    name="name-particle-after-initials",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A family name's particle printed after the initials",
    fixable=True,
)
def name_particle_after_initials(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author whose family name's particle (`da`, `de`, `dos`, `van`, `von`...) is printed
    after the initials (`Silva MRF da`) instead of before the family name.

    ## Why is this bad?
    A Vancouver name is the family name, then the initials. A particle after the initials is a
    reference manager's inversion of `Maria R. F. da Silva` gone wrong: it reads as one more
    initial word, and the name no longer sorts or matches the author's other papers.

    ## Example
        1. Lima SAV, Silva MRF da, Braga JPR. Access to primary care. Physis. 2015;25(2):631-55.

    Use instead:
        1. Lima SAV, da Silva MRF, Braga JPR. Access to primary care. Physis. 2015;25(2):631-55.

    ## Fix safety
    Unsafe: some names keep the particle after the family name instead (`Silva MRF da` may be
    indexed as `Silva MRF`); check the author's own form.
    """
    for author in ref.authors:
        if author.is_group or not author.family.startswith(author.family.split(" ", 1)[0] + " "):
            continue
        found = _TRAILING_PARTICLE.match(author.text)
        if found is None or found.group("particle") + " " + found.group("family") != author.family:
            continue
        wanted = f"{found.group('particle')} {found.group('family')} {found.group('initials')}"
        yield Diagnostic(
            author.span,
            f"name particle `{found.group('particle')}` after the initials in `{author.text}`; "
            f"expected `{wanted}`",
            fix=Fix.unsafe(Edit(author.span, wanted), message=f"Write `{wanted}`"),
        )


@rule(
    code="RL532",
    name="volume-after-comma",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Year, volume and pages set off by a comma and spaces (`2010, 33(4): 420-31`)",
    fixable=True,
)
def volume_after_comma(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a year followed by a comma, then the volume, issue and pages with spaces between them
    (`Computer Communications. 2010, 33(4): 420-31`).

    ## Why is this bad?
    Vancouver writes the year, volume, issue and pages as one unit with a semicolon and a colon
    and no spaces (`2010;33(4):420-31`). The comma form is another house style's, and in a
    Vancouver list it reads as a list of separate numbers.

    ## Example
        1. Ren J, Wu J. Survey on anonymous communications. Comput Commun. 2010, 33(4): 420-31.

    Use instead:
        1. Ren J, Wu J. Survey on anonymous communications. Comput Commun. 2010;33(4):420-31.

    ## Fix safety
    Safe: only the marks between the numbers change.
    """
    # searched in the text: the grammar reads `Journal, 2010, 33(4)` as one stretch of text
    for year in _YEAR.finditer(ref.text):
        found = _COMMA_VOLUME.match(ref.text, year.end())
        if found is None:
            continue
        start, stop = year.start(), found.end()
        issue = (found.group("issue") or "").strip()
        wanted = f"{year.group()};{found.group('volume')}{issue}:{found.group('pages')}"
        yield Diagnostic(
            Span(start, stop),
            f"year, volume and pages set out as `{ref.text[start:stop]}`; "
            f"Vancouver writes `{wanted}`",
            fix=Fix.safe(Edit(Span(start, stop), wanted), message=f"Write `{wanted}`"),
        )
        return
