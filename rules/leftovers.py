"""What the typesetting left behind (RL561, RL562): TeX markup in a plain list, and a placeholder
where a page or volume belongs.

A list exported from a LaTeX or BibTeX source into plain text or Markdown keeps what only TeX reads:
`0.7\\% magnesium`, `Schr{\\"o}dinger`, `$\\alpha$-Al`, `\\textit{E. coli}`. In a LaTeX source these
are the source's own markup, which its reader decodes, so RL561 speaks only for plain text and
Markdown. A page range printed `xxx–231` or `000–000`, or `???` where the volume stands, is what a
typesetter or author put in until the real number was known; RL562 flags it (`in press` is a
status, not a placeholder, and is left alone).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import PurePath

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

# The files read as plain text or Markdown (`<stdin>` and `<string>` have no suffix): a `.tex`
# source's markup is its own, decoded by its reader, and a JATS or Word file has none of it.
PLAIN_SUFFIXES = frozenset(("", ".txt", ".text", ".md", ".markdown"))
_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303"}
_GREEK = (
    "alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho"
    "|sigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Phi|Psi|Omega"
)
_TEXT_COMMANDS = (
    "textit|textbf|textsc|textrm|textsf|texttt|textup|textsl|emph|mbox|hbox|text|textsuperscript"
    "|textsubscript|mathrm|mathit|mathbf|mathsf|mathcal|ensuremath|url|cite|footnote|uppercase"
)
MARKUP = pattern(
    r"\\(?P<special>[%&_#$])"  # 0.7\% magnesium, Smith \& Sons
    rf"|\{{\\(?P<acc1>[\"'`^~])\s*(?:\{{(?P<b1>[A-Za-z])\}}|(?P<b2>[A-Za-z]))\}}"  # {\"o}, {\'{e}}
    rf"|\\(?P<acc2>[\"'`^~])(?:\{{(?P<b3>[A-Za-z])\}}|(?P<b4>[A-Za-z]))"  # \"o, \'{e}
    rf"|\$(?P<math>[^$\n]{{0,60}}?(?:\\[A-Za-z]+|[_^])[^$\n]{{0,60}}?)\$"  # $\alpha$, $H_2$
    rf"|\\(?P<greek>{_GREEK})(?![A-Za-z])"  # \alpha-Al outside math
    rf"|\\(?P<command>{_TEXT_COMMANDS})\s*\{{(?P<argument>[^{{}}\n]{{0,200}})\}}"  # \textit{x}
)


def _in_link(ref: Reference, at: int) -> bool:
    return any(u.span.start <= at < u.span.end for u in ref.urls) or (
        ref.doi is not None and ref.doi.span.start <= at < ref.doi.span.end
    )


def _greek(name: str) -> str:
    case = "CAPITAL" if name[0].isupper() else "SMALL"
    letter = name.removeprefix("var").upper()
    letter = {"LAMBDA": "LAMDA"}.get(letter, letter)  # Unicode spells it without the b
    return unicodedata.lookup(f"GREEK {case} LETTER {letter}")


def _plain(found: re.Match[str]) -> str | None:
    """What TeX prints for the markup `found`, where plain text can hold it; None for math."""
    if found["special"]:
        return found["special"]
    accent = found["acc1"] or found["acc2"]
    if accent:
        base = found["b1"] or found["b2"] or found["b3"] or found["b4"]
        return unicodedata.normalize("NFC", base + _ACCENTS[accent])
    if found["greek"]:
        return _greek(found["greek"])
    if found["command"]:
        return found["argument"]
    return None


@rule(
    code="RL561",
    name="tex-markup",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary='TeX escape or markup left in a plain-text list (`0.7\\% magnesium`, `{\\"o}`)',
    fixable=True,
)
def tex_markup(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    In a plain-text or Markdown list, flags what only TeX reads: an escaped special character
    (`\\%`, `\\&`, `\\_`), an accent command (`{\\"o}`, `\\'e`), math (`$\\alpha$`, `$H_2$`), a
    Greek letter's command (`\\alpha`) and a text command (`\\textit{...}`). LaTeX sources are
    left alone: there the markup is the source's, and it is decoded before any rule reads it.

    ## Why is this bad?
    The list was exported from a TeX source without being typeset; readers see the backslashes
    and braces, and a search for the title finds nothing.

    ## Example
        1. Chadwick R. Sheet alloys containing 0.7\\% magnesium. J Inst Met. 1953;82:1-9.

    Use instead:
        1. Chadwick R. Sheet alloys containing 0.7% magnesium. J Inst Met. 1953;82:1-9.

    ## Fix safety
    Safe for escapes, accents and Greek letters (the character TeX prints); unsafe for a text
    command, whose italics or bold plain text cannot keep. Math has no fix.
    """
    if PurePath(ctx.path).suffix.lower() not in PLAIN_SUFFIXES:
        return
    if "\\" not in ref.text and "$" not in ref.text:
        return  # a cheap first look: most entries have neither
    for found in MARKUP.finditer(ref.text, ref.body_start):
        if _in_link(ref, found.start()):
            continue
        span = Span(found.start(), found.end())
        plain = _plain(found)
        fix = None
        if plain is not None:
            edit = Edit(span, plain)
            message = f"Replace with `{plain}`"
            fix = (
                Fix.unsafe(edit, message=message)
                if found["command"]
                else Fix.safe(edit, message=message)
            )
        what = "TeX math" if found["math"] is not None else "TeX markup"
        expected = f"; expected `{plain}`" if plain is not None else ""
        yield Diagnostic(
            span,
            f"{what} `{found[0]}` left in a plain-text list{expected}",
            fix=fix,
            ref=ref,
        )


_DASH = r"\s*(?:\-|[\u2010-\u2015\u2212]{1})\s*"
# A placeholder in a page range against a real page (`xxx–231`, `12–??`), a range of zeros
# (`000–000`) or of one placeholder twice: never a Roman range (`xxi–xxiv`, `xx–xxx`).
_HOLDER = r"(?:[xX]{2,}|\?{2,})"
PLACEHOLDER_RANGE = pattern(
    rf"(?<![\w?])(?P<a>{_HOLDER}{_DASH}\d+|\d+{_DASH}{_HOLDER}|0{{2,}}{_DASH}0{{2,}}"
    # `XXX–XXX`, `??–??`: the same placeholder at both ends (a Roman range has two numbers)
    rf"|(?P<x>[xX]{{2,}}){_DASH}(?P=x)|\?{{2,}}{_DASH}\?{{2,}})(?![\w?])"
)
# `???` where a volume, issue or page stands: after the date's `;`, `:` or `,`, or in parentheses
PLACEHOLDER_FIELD = pattern(r"(?<=[;:,(])\s*(?P<a>\?{2,})(?=\s*[;:,().]|\s*$)")
# zeros where both the volume and the page stand after the year (`2005;0:0`): no journal has a
# page 0, and an export writes 0 for a field it never got
ZERO_LOCATOR = pattern(r"(?<=\d;)\s*(?P<a>0+(?:\(0*\))?:0+)(?=\s*[.;,]|\s*$)")
# an export's word for an empty field where the issue stands, after the volume (`6 (none): 1–9`)
EMPTY_ISSUE = pattern(r"(?<=\d)\s?\((?P<a>none|None|null|undefined|nan|NaN)\)")


@rule(
    code="RL562",
    name="placeholder-locator",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="A placeholder where a page, volume or issue belongs (`xxx–231`, `???`, `(none)`)",
)
def placeholder_locator(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags a placeholder left for a number the entry never got: a page range whose first or last
    page is `xxx` or `??` against a real page (`xxx–231`), a range of zeros (`000–000`), `???`
    where the volume, issue or pages stand, or zeros for both the volume and the page after the
    year (`2005;0:0`), and an export's word for an empty issue (`6 (none)`). A Roman page range
    (`xxi–xxiv`) and `in press` are left alone.

    ## Why is this bad?
    The reference cannot be followed to its page: the number was to be filled in and never was.

    ## Example
        1. Hickman KC. Adventures in vacuum chemistry. Am Sci. 1945;33:xxx-231.

    Use instead:
        1. Hickman KC. Adventures in vacuum chemistry. Am Sci. 1945;33:207-31.
    """
    anchor = ref.date.span.start if ref.date is not None else ref.body_start
    for found in PLACEHOLDER_RANGE.finditer(ref.text, ref.body_start):
        if not _in_link(ref, found.start()):
            yield _placeholder(ref, Span(found.start("a"), found.end("a")))
    for field in (PLACEHOLDER_FIELD, ZERO_LOCATOR, EMPTY_ISSUE):
        for found in field.finditer(ref.text, max(anchor, ref.body_start)):
            if ref.date is not None and not _in_link(ref, found.start("a")):
                yield _placeholder(ref, Span(found.start("a"), found.end("a")))


def _placeholder(ref: Reference, span: Span) -> Diagnostic:
    printed = ref.text[span.start : span.end]
    return Diagnostic(
        span,
        f"`{printed}` is a placeholder, not a page or volume; expected the real number",
        ref=ref,
    )
