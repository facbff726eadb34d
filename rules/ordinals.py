"""An ordinal number with the wrong suffix (RL877): `22th` for `22nd`, `3th`, `11st`; or an
edition's number with none (`5 ed.` for `5th ed.`).

English ordinals take `st`, `nd` and `rd` after a last digit 1, 2 and 3 and `th` after the rest,
and `th` after 11, 12 and 13 whatever the digit. A suffix typed by hand against that rule is a
slip no spell checker catches, in an edition (`22th ed.`) or a meeting's number alike.
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

# a number standing as a word with an English ordinal's suffix (`22th`, not `v22th` or `22thx`)
_ORDINAL = pattern(r"(?<![\w./-])(\d{1,4})(st|nd|rd|th)(?![^\W_])")
_SUFFIX_AFTER_DIGIT = pattern(r"\d(?:st|nd|rd|th)")
# an edition's number with no suffix nor period (`5 ed.`; ABNT's `3. ed.` and German's `3.
# Aufl.` print the period that makes the ordinal)
_BARE_EDITION = pattern(r"(?<![\w./-])(\d{1,2})\s+(?:ed\.|edn\b|[Ee]dition\b)")


def suffix(number: int) -> str:
    """The suffix English writes after `number` as an ordinal."""
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


@rule(
    code="RL877",
    name="ordinal-suffix",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An ordinal number with the wrong suffix (`22th` for `22nd`), or an edition's with "
    "none (`5 ed.`)",
    fixable=True,
)
def ordinal_suffix(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an ordinal number whose suffix is not the one English gives it (`22th`, `3th`,
    `11st`, `112nd`), outside links and DOIs, and an edition's number printed bare before
    `ed.`, `edn` or `edition` in an English title's entry (`5 ed.` for `5th ed.`); ABNT's `3.
    ed.` keeps the period that makes it an ordinal, and an entry in another language is left
    alone.

    ## Why is this bad?
    The suffix follows the number's last digits: `st`, `nd` and `rd` after 1, 2 and 3, `th`
    after 11, 12 and 13 and every other digit. A wrong one is a slip in typing the number.

    ## Example
        1. Y. Guan and J. Verschelde. Parallel implementation of a solver, in Proceedings
           of the 22th High Performance Computing Symposium, pages 117-123, 2008.

    Use instead:
        1. Y. Guan and J. Verschelde. Parallel implementation of a solver, in Proceedings
           of the 22nd High Performance Computing Symposium, pages 117-123, 2008.

    ## Fix safety
    Safe: only the suffix changes, to the one the number takes.
    """
    yield from _bare_editions(ref)
    if _SUFFIX_AFTER_DIGIT.search(ref.text, ref.body_start) is None:
        return  # most entries: a quick look for a digit and a suffix after it
    for found in _ORDINAL.finditer(ref.text, ref.body_start):
        wanted = suffix(int(found[1]))
        if found[2] == wanted or _in_link(ref, found.start()):
            continue
        span = Span(found.start(2), found.end(2))
        yield Diagnostic(
            Span(found.start(), found.end()),
            f"`{found[0]}` has the wrong ordinal suffix; expected `{found[1]}{wanted}`",
            fix=Fix.safe(Edit(span, wanted), message=f"Write `{found[1]}{wanted}`"),
        )


def _bare_editions(ref: Reference) -> Iterator[Diagnostic]:
    """An edition's number with no suffix (`5 ed.`), in an entry whose title reads as English
    (Spanish and Portuguese write `ed.` too, and their ordinals otherwise)."""
    text = ref.text
    if " ed." not in text and " edn" not in text and "dition" not in text:
        return  # most entries: no edition's word
    found = _BARE_EDITION.search(text, ref.body_start)
    if found is None or ref.title is None or _in_link(ref, found.start()):
        return
    from .spelling import english_words, reads_as_english

    words = english_words()
    english = reads_as_english(ref.title.text, words)
    if english is None:  # a title too short to tell (`European pharmacopoeia`): the whole entry
        english = reads_as_english(ref.text[ref.body_start :], words)
    if not english:
        return
    number = found[1]
    wanted = f"{number}{suffix(int(number))}"
    yield Diagnostic(
        Span(found.start(), found.end()),
        f"the edition's number has no ordinal suffix (`{found[0]}`); expected "
        f"`{wanted}{found[0][len(number) :]}`",
        fix=Fix.safe(
            Edit(Span(found.end(1), found.end(1)), wanted[len(number) :]),
            message=f"Write `{wanted}`",
        ),
    )


def _in_link(ref: Reference, at: int) -> bool:
    return any(u.span.start <= at < u.span.end for u in ref.urls) or (
        ref.doi is not None and ref.doi.span.start <= at < ref.doi.span.end
    )
