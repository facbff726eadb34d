"""A page range whose two ends are the same page (RL585): one page printed as a range.

Reference managers that hold a first and a last page print both even when they are one
(`1212–1212`, `ra19–ra19`, `e123-e123`): a one-page item, or an article number copied into both
fields. The range says nothing the single value does not, and a copy editor writes it once.
"""

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

# the plural page label right before the range (`pp. 33–33`, `pp.33-33`)
_PLURAL_MARK = pattern(r"\b([Pp])p(\.\s*)$")


@rule(
    code="RL585",
    name="page-range-same-ends",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A page range whose two ends are the same page or article number",
    fixable=True,
)
def page_range_same_ends(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a page range that starts and ends on the same page or article number, printed the same
    way at both ends (`1212–1212`, `ra19–ra19`, `e123-e123`, `xii-xii`), and an abbreviated
    range whose last end writes out to the first (`1212-12`), with no fix: it may be a slip for
    another range.

    ## Why is this bad?
    A one-page item, or an article number, is printed once; as a range it reads like a slip
    (the last page lost, or the article number copied into both page fields), and a reader
    checks it for nothing.

    ## Example
        1. Okafor C. A one-page note on growth factors. Cancer Res. 2025;85:1212-1212.

    Use instead:
        1. Okafor C. A one-page note on growth factors. Cancer Res. 2025;85:1212.

    ## Fix safety
    Safe: the range is replaced by its first end, which is also its last (and a `pp.` before it by
    `p.`); nothing else changes.
    """
    pages = ref.pages
    if pages is None or not pages.is_range or pages.last_printed is None:
        return
    if pages.first and pages.last == pages.first != pages.last_printed:
        yield Diagnostic(  # (`2867–67`: one page, or a slip for another range; no fix)
            pages.span,
            f"page range `{pages.text}` writes out to `{pages.first}` at both ends: one page "
            f"printed as a range, or its last page lost; expected `{pages.first}` or the range",
        )
        return
    if pages.first != pages.last_printed or not pages.first:
        return
    edit = Edit(pages.span, pages.first)
    marker = _PLURAL_MARK.search(ref.text, 0, pages.span.start)
    if marker is not None:  # `pp. 33–33`: one page takes `p.`
        start = marker.start()
        edit = Edit(Span(start, pages.span.end), marker.group(1) + marker.group(2) + pages.first)
    yield Diagnostic(
        pages.span,
        f"page range `{pages.text}` starts and ends on the same page; expected `{pages.first}`",
        fix=Fix.safe(edit, message=f"Write `{pages.first}` once"),
    )
