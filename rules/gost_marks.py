"""GOST's edition statement and number of volumes printed wrongly (RL859, RL860).

GOST R 7.0.5 and 7.1 print an edition as an ordinal with its word after the statement of
responsibility (`/ А.А. Самарский. – 2-е изд. – Москва : Физматлит, 2001.`) and a set's number
of volumes after the title as `в 3 т.`. A reference manager that fills the style from a record
prints what the record holds: the edition's bare number (`– 2. – Москва`), or the number with
the word but no ending (`5 изд.`), or the ending but no word (`– 6-е.`), and an English
interface's `in 3 т.`.
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

# GOST's dash between the areas of an entry (`. – `)
_AREA = r"\.\s[–—]\s"
# what follows an edition: a place before its publisher (`Москва :`, `М. :`) or a publisher
# before the year (`Committee on Publication Ethics, 2019`)
_IMPRINT_AHEAD = r"(?=\s[–—]\s[^\W\d_][^–—]{0,60}?(?:\s:\s|,\s(?:1[5-9]|20)\d\d))"
# the edition's bare number between two dashes (`– 2. – Москва`), or its ordinal without the
# word (`– 6-е. – Санкт-Петербург`), or the word after a bare number (`5 изд.`)
_BARE = pattern(rf"(?<={_AREA})(?P<number>\d{{1,2}})\.{_IMPRINT_AHEAD}")
_NO_WORD = pattern(rf"(?<={_AREA})(?P<number>\d{{1,2}})-е\.{_IMPRINT_AHEAD}")
_NO_ENDING = pattern(r"(?<![\w./-])(?P<number>\d{1,2})\s+изд\.")
# the number of volumes after the English `in` (`in 3 т.`)
_IN_VOLUMES = pattern(r"(?<![\w-])in(?=\s+(\d{1,3})\s+т\.)")


@rule(
    code="RL859",
    name="gost-edition-form",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="An edition in a GOST entry printed as a bare number (`– 2.`), or without its "
    "ending (`5 изд.`) or word (`– 6-е.`)",
    fixable=True,
)
def gost_edition_form(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags an edition that GOST's area between the dashes prints as a number alone (`– 2. –
    Москва : Физматлит`), as an ordinal's ending without the word (`– 6-е. – Санкт-Петербург :
    Питер`), or as the word after a bare number (`5 изд.`). A bare number is read as an edition
    only between two of GOST's dashes and before the place and publisher (`Москва :`) or the
    publisher and year (`Publisher, 2019`), where nothing else stands; a volume, an issue and
    pages carry their labels (`Т. 5`, `№ 2`, `С. 10`).

    ## Why is this bad?
    GOST writes the edition as an ordinal and its word, `2-е изд.`: a bare `2` is a number
    the reader cannot place, the record's field printed without the style's words.

    ## Example
        1. Самарский, А.А. Математическое моделирование / А.А. Самарский.
           – 2. – Москва : Физматлит, 2001. – 320 с.

    Use instead:
        1. Самарский, А.А. Математическое моделирование / А.А. Самарский.
           – 2-е изд. – Москва : Физматлит, 2001. – 320 с.

    ## Fix safety
    Unsafe: the number is read as an edition from where it stands.
    """
    text = ref.text
    if "изд." in text or "-е." in text or ". – " in text or ". — " in text:
        for found, what in (
            (_BARE.search(text, ref.body_start), "as a bare number"),
            (_NO_WORD.search(text, ref.body_start), "without its word"),
            (_NO_ENDING.search(text, ref.body_start), "without its ordinal's ending"),
        ):
            if found is None:
                continue
            wanted = f"{found['number']}-е изд."
            span = Span(found.start(), found.end())
            yield Diagnostic(
                span,
                f"edition printed {what} (`{found.group()}`); GOST writes `{wanted}`",
                fix=Fix.unsafe(Edit(span, wanted), message=f"Write `{wanted}`"),
            )


@rule(
    code="RL860",
    name="gost-volumes-in-english",
    category=Category.FORMAT,
    severity=Severity.WARNING,
    summary="The number of volumes in a GOST entry after an English `in` (`in 3 т.`)",
    fixable=True,
)
def gost_volumes_in_english(ref: Reference, ctx: Context) -> Iterator[Diagnostic]:
    """## What it does
    Flags the number of a set's volumes printed after the English `in` before GOST's Russian
    `т.` (`Теоретическая физика : in 10 т.`), as a reference manager set in English prints it.

    ## Why is this bad?
    GOST writes `в 10 т.`: one English word in a Russian statement reads as a slip of the
    software's language.

    ## Example
        1. Ландау, Л.Д. Теоретическая физика : in 10 т. / Л.Д. Ландау, Е.М. Лифшиц. – Москва :
           Физматлит, 2003. – 656 с.

    Use instead:
        1. Ландау, Л.Д. Теоретическая физика : в 10 т. / Л.Д. Ландау, Е.М. Лифшиц. – Москва :
           Физматлит, 2003. – 656 с.

    ## Fix safety
    Safe: only the word changes.
    """
    if " т." not in ref.text:
        return
    for found in _IN_VOLUMES.finditer(ref.text, ref.body_start):
        span = Span(found.start(), found.end())
        yield Diagnostic(
            span,
            f"number of volumes after the English `in`; GOST writes `в` (`в {found[1]} т.`)",
            fix=Fix.safe(Edit(span, "в"), message="Write `в`"),
        )
