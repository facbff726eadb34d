"""What a reference manager's export prints that no style does (RL874, RL875, RL876).

A list typeset from a library's records without a look at the result keeps the records' fields as
they were stored: the month as its number before the year (`33:259–282, 8 2014.`), which reads as
a volume or a day and is neither the style's year alone nor a month's name (RL874); the journal's
ISSN (`ISSN 1096-9934`), which names the journal, not the article, and helps no reader find it
(RL875); and a list of authors cut after the third but still joined by `&` before the last name
shown (`Bai, Y., Jones, A., & Ndousse, K. et al.`): the `&` says the list is whole, the `et al.`
that it is not (RL876).
"""

from __future__ import annotations

from collections.abc import Iterator

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Reference,
    Severity,
    Span,
    pattern,
    rule,
)

# `, 7 2012.` after a journal's pages, volume or name: a month's number, a space and the year,
# closing its element; a day (`12 May 2014`), a season or a range (`7-8 2012`) is not this
_MONTH_NUMBER = pattern(
    r"(?<=[\w)–],\s)(?P<month>0?[1-9]|1[0-2])\s(?P<year>(?:1[6-9]|20)\d\d)(?=\.(?:\s|$)|,\s|\s*$)"
)
# what the comma before the month may close: pages (`74–83`), an issue (`10(2)`) or a volume
# after its colon (`33:`), or a journal's name (`SSRN Electronic Journal`)
_BEFORE = pattern(r"(?:\d+[–-]\d+|\d+\([\w–-]+\)|:\d+|\d+|[A-Za-z]{3,})$")


@rule(
    code="RL874",
    name="month-as-number",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A month printed as a bare number before the year (`74–83, 7 2012.`)",
)
def month_as_number(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a month printed as its bare number before the year, after a comma closing the
    journal's pages, volume or name (`Journal of Futures Markets, 28(12):1118–1146, 12 2008.`).

    ## Why is this bad?
    No style prints a month as a number before the year: it is the reference manager's stored
    field, and the reader cannot tell it from a volume, an issue or a day. Give the year alone,
    or the month's name if the style wants it.

    ## Example
        [1] D. Abad and J. Yague, “From PIN to VPIN: An introduction to order flow toxicity,”
        Spanish Review of Financial Economics, vol. 10, no. 2, pp. 74–83, 7 2012.

    Use instead:
        [1] D. Abad and J. Yague, “From PIN to VPIN: An introduction to order flow toxicity,”
        Spanish Review of Financial Economics, vol. 10, no. 2, pp. 74–83, Jul. 2012.
    """
    if ", " not in ref.text:
        return
    for found in _MONTH_NUMBER.finditer(ref.text, ref.body_start):
        before = ref.text[max(ref.body_start, found.start() - 40) : found.start() - 2]
        if not _BEFORE.search(before) or _in_link(ref, found.start()):
            continue
        yield Diagnostic(
            Span(found.start(), found.end()),
            f"`{found[0]}` prints the month as a bare number before the year; expected the "
            f"year alone (`{found['year']}`) or the month's name",
            ref=ref,
        )


# `ISSN 1096-9934`, `ISSN: 00221082`: eight digits, the last perhaps X, with or without the hyphen
_ISSN = pattern(r"\b(?:e-?|p-?)?ISSN\s*:?\s*\d{4}-?\d{3}[\dXx]\b")


@rule(
    code="RL875",
    name="issn-printed",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A journal's ISSN printed in an article's reference (`ISSN 1096-9934`)",
)
def issn_printed(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an ISSN printed in an entry that names its authors: a work of people, not a catalogue
    record of the journal itself.

    ## Why is this bad?
    The ISSN names the journal, not the article, and no citation style prints it for an
    article; it is a catalogue field the reference manager exported. The DOI or the journal's
    name, volume and pages lead the reader to the work.

    ## Example
        1. Ahn HJ, Kang J, Ryu D. Informed trading in the index option market: the case of
        KOSPI 200 options. J Futures Mark. 2008;28(12):1118-46. ISSN 1096-9934.

    Use instead:
        1. Ahn HJ, Kang J, Ryu D. Informed trading in the index option market: the case of
        KOSPI 200 options. J Futures Mark. 2008;28(12):1118-46.
    """
    if "ISSN" not in ref.text or not ref.authors or all(a.is_group for a in ref.authors):
        return
    for found in _ISSN.finditer(ref.text, ref.body_start):
        if _in_link(ref, found.start()):
            continue
        yield Diagnostic(
            Span(found.start(), found.end()),
            f"`{found[0]}` is the journal's catalogue number, which a reference does not "
            "print; leave it out",
            ref=ref,
        )


# `& Ndousse, K. et al.`, `and M. Silver et al.`: the last name shown after `&` or `and`, then
# `et al.`
_JOINED_THEN_CUT = pattern(
    r"(?P<join>&|\band\b)\s+(?P<name>[^\W\d][^&;()\d]{1,40}?)\s*,?\s+(?P<etal>et\.?\s+al\.?)"
)


@rule(
    code="RL876",
    name="joined-then-et-al",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="Authors joined by `&` before the last name and then cut by `et al.`",
)
def joined_then_et_al(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an author list whose last name shown follows `&` or `and` and is followed by
    `et al.` (`Bai, Y., Jones, A., & Ndousse, K. et al.`).

    ## Why is this bad?
    The `&` says the names are all there, the `et al.` that others follow: the list was cut
    after it was joined. A style that shortens the list ends it with `et al.` after a comma and
    no `&`; one that does not gives every name, with `&` before the last.

    ## Example
        1. Silver D, Huang A, and Maddison CJ et al. Mastering the game of Go with deep neural
        networks and tree search. Nature. 2016;529(7587):484-9.

    Use instead:
        1. Silver D, Huang A, Maddison CJ, et al. Mastering the game of Go with deep neural
        networks and tree search. Nature. 2016;529(7587):484-9.
    """
    if "al" not in ref.text:
        return
    end = ref.title.span.start if ref.title is not None else len(ref.text)
    head = ref.text[:end]
    found = _JOINED_THEN_CUT.search(head, ref.body_start)
    if found is None:
        return
    yield Diagnostic(
        Span(found.start(), found.end()),
        f"the authors are joined by `{found['join']}` before `{found['name'].strip()}` and "
        f"then cut by `{found['etal']}`; expected `et al.` after a comma without "
        f"`{found['join']}`, or every name",
        ref=ref,
    )


def _in_link(ref: Reference, at: int) -> bool:
    return any(u.span.start <= at < u.span.end for u in ref.urls) or (
        ref.doi is not None and ref.doi.span.start <= at < ref.doi.span.end
    )
