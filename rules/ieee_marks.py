"""IEEE's labelled elements (RL829) and its conference papers' pages (RL830).

IEEE's style labels a journal article's volume, issue and pages (`Journal, vol. 55, no. 4, pp.
1572–1582, 2012.`) and gives a conference paper its pages (`in Proc. Conf., 2016, pp. 770–778.`).
Both are learnt from the list itself: only where most of its entries in this form label an element
(or give pages) is an entry that does not flagged, so a list in another style, or one that drops
the labels throughout, is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from refslint.api import (
    Category,
    Context,
    Diagnostic,
    Field,
    Kind,
    Reference,
    Severity,
    Span,
    list_rule,
    pattern,
)

from .style.conventions import Convention, deviations, holds_two_citations

# An element's label just before it (`vol. `, `no. `, `pp. `), by element
_LABELS = {
    "volume": pattern(r"\b[Vv]ol\.\s*$"),
    "issue": pattern(r"\b[Nn]o\.\s*$"),
    "pages": pattern(r"\b(?:pp?\.|pages)\s*$"),
}
_SHOWN = {"volume": "`vol.`", "issue": "`no.`", "pages": "`pp.`"}
_QUOTES = '“"”'


def _quoted_title(ref: Reference) -> bool:
    """Whether the title stands in quotation marks, as IEEE sets it."""
    title = ref.title
    return title is not None and ref.text[title.span.start - 1 : title.span.start] in _QUOTES


def _element(ref: Reference, name: str) -> Field | None:
    value = getattr(ref, name)
    return value if isinstance(value, Field) or value is None else None


def _label_form(name: str):
    """The form of `name` in an IEEE-shaped entry: `labelled`, `bare`, or None (not measured)."""

    def form(ref: Reference) -> str | None:
        kinds = (Kind.ARTICLE, Kind.CONFERENCE) if name == "pages" else (Kind.ARTICLE,)
        if ref.kind not in kinds or ref.problem is not None or not _quoted_title(ref):
            return None
        value = ref.pages if name == "pages" else _element(ref, name)
        if value is None:
            return None
        before = ref.text[max(value.span.start - 12, 0) : value.span.start]
        if _LABELS[name].search(before):
            return "labelled"
        return "bare" if before.rstrip().endswith(",") else None  # (set off by commas: IEEE's)

    return form


@list_rule(
    code="RL829",
    name="ieee-label-missing",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A volume, issue or pages without the `vol.`, `no.` or `pp.` the list's entries give",
)
def label_missing(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list's entries in IEEE's form (the title in quotation marks, the elements
    set off by commas) label the volume, the issue and the pages (`vol. 55, no. 4, pp.
    1572–1582`), and flags an entry printing one of them bare.

    ## Why is this bad?
    IEEE's style labels each element; a bare number reads as something else (`68, 4` may be a
    volume and an issue, or a volume and a page). A copy editor adds the label.

    ## Example
    Four entries set the convention, the fifth drops `pp.`:

        [1] A. Author, “Channel estimation,” IEEE Trans. Commun., vol. 68, no. 4, pp. 1–9, 2020.
        [2] B. Author, “Beam search,” IEEE Trans. Signal Process., vol. 66, no. 2, pp. 10–19, 2018.
        [3] C. Author, “Edge caching,” IEEE Access, vol. 9, no. 1, pp. 203–215, 2021.
        [4] D. Author, “Graph networks,” Proc. IEEE, vol. 109, no. 5, pp. 20–29, May 2021.
        [5] E. Author, “Deep learning,” Nature, vol. 521, no. 7553, 436–444, May 2015.

    Use instead:
        [1] A. Author, “Channel estimation,” IEEE Trans. Commun., vol. 68, no. 4, pp. 1–9, 2020.
        [2] B. Author, “Beam search,” IEEE Trans. Signal Process., vol. 66, no. 2, pp. 10–19, 2018.
        [3] C. Author, “Edge caching,” IEEE Access, vol. 9, no. 1, pp. 203–215, 2021.
        [4] D. Author, “Graph networks,” Proc. IEEE, vol. 109, no. 5, pp. 20–29, May 2021.
        [5] E. Author, “Deep learning,” Nature, vol. 521, no. 7553, pp. 436–444, May 2015.

    ## Limitations
    Only entries whose title is in quotation marks and whose elements are set off by commas are
    measured; a list needs five of them, four in five labelling the element, before it speaks.
    """
    for name in ("volume", "issue", "pages"):
        found, odd = deviations(refs, _label_form(name))
        if found is None or found.form != "labelled":
            continue
        for ref, _ in odd:
            value = ref.pages if name == "pages" else _element(ref, name)
            assert value is not None
            yield Diagnostic(
                Span(value.span.start, value.span.end),
                f"{name} `{value.text}` printed without {_SHOWN[name]}; "
                f"{found.says(f'entries write {_SHOWN[name]} before it')}",
                ref=ref,
            )


def _pages_form(ref: Reference) -> str | None:
    if ref.kind is not Kind.CONFERENCE or ref.problem is not None:
        return None
    return "pages" if ref.pages is not None or ref.article_number is not None else "none"


_END = re.compile(r"[\s.]*$")
# A long list settles with a smaller share: twelve papers or more, two in three with pages (14 of
# 21 give theirs and 7 none: seven that lost them, where 5 of 7 may be a venue that prints none)
_LONG_LIST = 12


def _pages_convention(refs: Sequence[Reference]) -> tuple[Convention | None, list[Reference]]:
    """The list's papers' convention, when it is to give pages, and the papers that give none."""
    found, odd = deviations(refs, _pages_form)
    if found is None:
        papers = [ref for ref in refs if not holds_two_citations(ref)]
        measured = [(ref, form) for ref in papers if (form := _pages_form(ref)) is not None]
        count = sum(form == "pages" for _, form in measured)
        if len(measured) >= _LONG_LIST and 3 * count >= 2 * len(measured):
            found = Convention("pages", count, len(measured))
            odd = [(ref, form) for ref, form in measured if form == "none"]
    if found is None or found.form != "pages":
        return None, []
    return found, [ref for ref, _ in odd]


@list_rule(
    code="RL830",
    name="conference-pages-missing",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A conference paper without its pages where the list's other papers give theirs",
)
def conference_pages(refs: Sequence[Reference], ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Learns whether the list gives its conference papers' pages (`in Proc. Conf., 2016, pp.
    770–778.`) and flags a conference paper that gives none.

    ## Why is this bad?
    IEEE's style, and most others, give a paper in proceedings its pages, so that a reader finds
    it in the volume; where the list's other papers give theirs, one without has lost them.

    ## Example
    Four papers give their pages, the fifth none:

        [1] A. Author, “Residual learning,” in Proc. IEEE Conf. Comput. Vis., 2016, pp. 770–778.
        [2] B. Author, “Batch normalization,” in Proc. Int. Conf. Mach. Learn., 2015, pp. 448–456.
        [3] C. Author, “Segmentation,” in Proc. IEEE Conf. Comput. Vis., 2015, pp. 3431–3440.
        [4] D. Author, “Dropout,” in Proc. Int. Conf. Mach. Learn., 2014, pp. 1–9.
        [5] E. Author, “Attention,” in Proc. Neural Inf. Process. Syst., 2017.

    Use instead:
        [1] A. Author, “Residual learning,” in Proc. IEEE Conf. Comput. Vis., 2016, pp. 770–778.
        [2] B. Author, “Batch normalization,” in Proc. Int. Conf. Mach. Learn., 2015, pp. 448–456.
        [3] C. Author, “Segmentation,” in Proc. IEEE Conf. Comput. Vis., 2015, pp. 3431–3440.
        [4] D. Author, “Dropout,” in Proc. Int. Conf. Mach. Learn., 2014, pp. 1–9.
        [5] E. Author, “Attention,” in Proc. Neural Inf. Process. Syst., 2017, pp. 5998–6008.

    ## Limitations
    A list needs five conference papers, four in five with pages, before it speaks (twelve or
    more, two in three with pages: a long list's third without has lost them); a list whose
    papers give none (many computing lists cite proceedings so) is left alone.
    """
    found, odd = _pages_convention(refs)
    if found is None:
        return
    for ref in odd:
        end = len(ref.text) - len(_END.search(ref.text)[0])  # type: ignore[index]
        at = ref.date.span if ref.date is not None else Span(end, end)
        yield Diagnostic(
            at,
            f"conference paper without its pages; {found.says('conference papers give theirs')}",
            ref=ref,
        )
