"""Months capitalised in a list that writes its months in lower case (`17 Maio 2017` among
`17 out 1995` and `[citado 2020 dez 23]`), for RL546: Portuguese, Spanish and French lists, and
ABNT's `mar. 2020`, write month names in lower case.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from refslint.api import Diagnostic, Edit, Fix, Reference, Span, pattern

# Month names and abbreviations in English, Portuguese, Spanish and French.
_MONTHS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "fev",
        "abr",
        "mai",
        "ago",
        "set",
        "out",
        "dez",
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
        "ene",
        "dic",
        "enero",
        "febrero",
        "marzo",
        "mayo",
        "junio",
        "julio",
        "septiembre",
        "setiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "janv",
        "févr",
        "avr",
        "juil",
        "sept",
        "oct",
        "déc",
        "janvier",
        "février",
        "mars",
        "avril",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ]
)
_YEAR = r"(?:1[5-9]|20)\d\d"
# A month in a date: `2020 dez 23`, `2013 Mar;`, `17 Maio 2017`, `17 de maio de 2017`, `mar. 2020`.
_DATED_MONTH = pattern(
    r"(?<![\w/.-])(?:" + _YEAR + r"\s+(?P<ymd>[^\W\d_]{3,10})\.?(?=\s*(?:\d{1,2}\b|[;:\],]))"
    r"|\d{1,2}\s+(?:de\s+)?(?P<dmy>[^\W\d_]{3,10})\.?\s+(?:de\s+)?" + _YEAR + r"(?!\d)"
    r"|(?P<my>[^\W\d_]{3,4})\.\s+" + _YEAR + r"(?!\d))"
)
MIN_MONTHS = 5  # months in dates before the list has a case for them
SHARE = 0.8


def _months(ref: Reference) -> Iterator[Span]:
    kept = [f.span for f in (ref.doi, *ref.urls) if f is not None]
    for m in _DATED_MONTH.finditer(ref.text, ref.body_start):
        group = next(g for g in ("ymd", "dmy", "my") if m.group(g))
        if m.group(group).lower() not in _MONTHS:
            continue
        at = m.start(group)
        if not any(span.start <= at < span.end for span in kept):
            yield Span(at, m.end(group))


# Spanish's and Portuguese's months written out, which both write in lower case (RAE's
# Ortografía, 2010; the Portuguese Orthographic Agreement of 1990, base XIX)
_WRITTEN_OUT = frozenset(
    [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "setiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "janeiro",
        "fevereiro",
        "março",
        "maio",
        "junho",
        "julho",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ]
)
# a date in their own words, `2 de junio de 1978`, `7 de dezembro de 1940`
_DE_DATE = pattern(r"\b\d{1,2}º?\s+de\s+(?P<month>[^\W\d_]{4,10})\s+de\s+" + _YEAR + r"(?!\d)")


def _de_months(refs: Sequence[Reference]) -> list[tuple[Reference, Span]]:
    """Spanish and Portuguese months written out in their `2 de junio de 1978` dates."""
    return [
        (ref, Span(m.start("month"), m.end("month")))
        for ref in refs
        if " de " in ref.text
        for m in _DE_DATE.finditer(ref.text, ref.body_start)
        if m.group("month").lower() in _WRITTEN_OUT
    ]


def capitalised_months(refs: Sequence[Reference]) -> Iterator[Diagnostic]:
    """Months printed with a capital where at least `MIN_MONTHS` of the list's dated months, and
    `SHARE` of them, are in lower case; or, in Spanish's and Portuguese's own dates (`2 de Junio
    de 1978`), where the list writes at least as many such months in lower case."""
    found = [(ref, span) for ref in refs for span in _months(ref)]
    lower = sum(1 for ref, span in found if ref.text[span.start : span.end].islower())
    dates = "the list's dates"
    if lower < MIN_MONTHS or lower < SHARE * len(found):
        found = _de_months(refs)
        lower = sum(1 for ref, span in found if ref.text[span.start : span.end].islower())
        if lower == 0 or lower < len(found) - lower:
            return
        dates = "the list's dates written `2 de junio de 1978`"
    for ref, span in found:
        word = ref.text[span.start : span.end]
        if word.islower():
            continue
        yield Diagnostic(
            span,
            f"month `{word}` capitalised; {lower} of {len(found)} months in {dates} are in "
            "lower case",
            fix=Fix.safe(Edit(span, word.lower()), message=f"Write `{word.lower()}`"),
            ref=ref,
        )
